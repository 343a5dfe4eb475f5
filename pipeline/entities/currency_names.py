"""Country-qualified currency names from CLDR (Babel) for the numeric extractor's tables.

Hand-written `currencies.tsv` rows cover the common words (сўм, доллар, рубль…); CLDR adds
the names of every currency in legal use with their country ("Gonkong dollari",
"швейцарских франков", "Hong Kong dollars"), so "300 минг Ҳонконг доллари" or
"191 mln Tayvan dollariga" get an ISO code. Only names of two or more words are taken: a bare
CLDR word ("лари", "драм") is too ambiguous in running text. Uzbek Cyrillic names that CLDR
lacks are transliterated from the Latin ones (`pipeline.translit`). Currencies that were
legal tender since `HISTORIC_SINCE` (francs, marks, lire before the euro) come after those in
use, under their plain CLDR names ("French francs"; none with a date range in brackets).
Russian names are inflected with pymorphy3 into every case and number ("в японских иенах",
"около 6 миллиардов французских франков"), the adjectives agreeing with the noun.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

# the legal tenders on this day define "currencies in use" (a fixed day keeps builds stable)
IN_USE_ON = dt.date(2025, 1, 1)
HISTORIC_SINCE = dt.date(1950, 1, 1)
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_LOCALES = {"uz-Cyrl": "uz_Cyrl", "uz-Latn": "uz_Latn", "ru": "ru", "en": "en"}
# plural-category sample counts: one, few, many, and a fraction (genitive singular in ru)
_COUNTS = (1, 2, 5, 1.5)
# "Yangi Tayvan dollari", "новый тайваньский доллар": news drops the "new"
_NEW = ("yangi ", "янги ", "новый ", "новых ", "нового ", "new ")


@cache
def _tenders(since: dt.date = IN_USE_ON) -> dict[str, tuple[str, ...]]:
    """ISO code -> the territories where it was legal tender between `since` and `IN_USE_ON`."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    out: dict[str, list[str]] = {}
    for territory in sorted(Locale.parse("en").territories):
        if len(territory) != 2 or not territory.isalpha():
            continue
        for code in get_territory_currencies(territory, start_date=since, end_date=IN_USE_ON,
                                             tender=True):
            out.setdefault(code, []).append(territory)
    return {code: tuple(ts) for code, ts in out.items()}


def historic_currencies() -> tuple[str, ...]:
    """ISO codes of legal tender since `HISTORIC_SINCE` that is no longer in use.

    >>> {"FRF", "DEM", "ITL"} <= set(historic_currencies()), "EUR" in historic_currencies()
    (True, False)
    """
    return tuple(sorted(set(_tenders(HISTORIC_SINCE)) - set(_tenders())))


@cache
def _morph():  # noqa: ANN202 - pymorphy3.MorphAnalyzer (build time only)
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def ru_forms(name: str) -> list[str]:
    """Every case and number of a Russian currency name "<adjectives> <noun> [rest]".

    >>> forms = ru_forms("Французский франк")
    >>> "французских франков" in forms, "французскими франками" in forms
    (True, True)
    >>> "японских иенах" in ru_forms("японская иена"), ru_forms("Рубль СССР")[:2]
    (True, ['рубль СССР', 'рубля СССР'])
    """
    morph = _morph()
    words = name.split()
    head = None
    for h, w in enumerate(words):
        # a currency is a thing: the inanimate reading first ("франк", not the Frank)
        parses = sorted(morph.parse(w.lower()), key=lambda p: "inan" not in p.tag)
        noun = next((p for p in parses if p.tag.POS == "NOUN" and "nomn" in p.tag
                     and p.normal_form == w.lower()), None)
        if noun is not None:
            head = h
            break
        if not any(p.tag.POS == "ADJF" for p in morph.parse(w.lower())):
            return []
    if head is None:
        return []
    adjs = []
    for w in words[:head]:
        a = next(p for p in morph.parse(w.lower()) if p.tag.POS == "ADJF")
        adjs.append(a)
    gender = noun.tag.gender
    rest = words[head + 1:]
    out: list[str] = []
    for number in ("sing", "plur"):
        for case in _CASES:
            want = {case, number} | ({gender} if number == "sing" and gender else set())
            n = noun.word if "Fixd" in noun.tag else getattr(noun.inflect({case, number}), "word", None)
            forms = [getattr(a.inflect(want | ({"inan"} if case == "accs" else set())), "word", None)
                     for a in adjs]
            if n is None or None in forms:
                continue
            out.append(" ".join([*forms, n, *rest]))
    return list(dict.fromkeys(out))


def currencies_in_use() -> tuple[str, ...]:
    """ISO codes that are legal tender somewhere on `IN_USE_ON`.

    >>> {"USD", "HKD", "UZS", "KGS"} <= set(currencies_in_use()), "SUR" in currencies_in_use()
    (True, False)
    """
    return tuple(sorted(_tenders()))


@cache
def _country_names(tag: str) -> dict[str, tuple[str, ...]]:
    """Territory -> its names in one Uzbek tag: CLDR's and the aliases of
    `langdata/shared/country_aliases.tsv` ("Quvayt" and CLDR's "Kuvayt")."""
    from babel import Locale

    from ..langdata.loader import table

    names: dict[str, list[str]] = {}
    for code, name in Locale.parse(_LOCALES[tag]).territories.items():
        names.setdefault(code, []).append(name)
    for row in table("shared", "country_aliases"):
        if row["tag"] == tag:
            names.setdefault(row["iso"], []).append(row["alias"])
    return {code: tuple(dict.fromkeys(ns)) for code, ns in names.items()}


def _other_countries(name: str, code: str, tag: str) -> list[str]:
    """An Uzbek currency name with its country part in every other spelling of that country
    ("Kuvayt dinori" -> "Quvayt dinori"); Uzbek names are "<country> <currency>-i"."""
    names = _country_names(tag)
    key = name.lower()
    out: list[str] = []
    for territory in _tenders().get(code, ()):
        variants = names.get(territory, ())
        for v in variants:
            if key.startswith(v.lower() + " "):
                rest = name[len(v):]
                out += [w + rest for w in variants if w != v]
    return out


def _names(code: str, locale: str) -> list[str]:
    from babel import Locale
    from babel.numbers import get_currency_name

    loc = Locale.parse(locale)
    out = []
    if code in loc.currencies:
        out.append(loc.currencies[code])
        for n in _COUNTS:
            out.append(get_currency_name(code, n, locale))
    return out


def currency_rows(tag: str) -> list[list[str]]:
    """[name, iso, "word"] rows of multi-word CLDR currency names for one tag.

    >>> rows = currency_rows("ru")
    >>> ["швейцарских франков", "CHF", "word"] in rows, ["гонконгский доллар", "HKD", "word"] in rows
    (True, True)
    >>> ["Гонконг доллари", "HKD", "word"] in currency_rows("uz-Cyrl")
    True
    >>> ["Quvayt dinori", "KWD", "word"] in currency_rows("uz-Latn")
    True
    """
    rows: list[list[str]] = []
    seen: set[str] = set()
    in_use = currencies_in_use()
    for code in in_use + historic_currencies():
        names = _names(code, _LOCALES[tag])
        if tag == "uz-Cyrl":
            from ..translit import to_cyrillic

            names += [to_cyrillic(n) for n in _names(code, "uz_Latn")]
        names += [n.split(" ", 1)[1] for n in names if n.lower().startswith(_NEW)]
        if tag in ("uz-Cyrl", "uz-Latn"):
            names += [o for n in names for o in _other_countries(n, code, tag)]
        if tag == "ru":
            names += [f for n in names if len(n.split()) >= 2 for f in ru_forms(n)]
        for name in names:
            key = name.lower()
            if len(name.split()) < 2 or key in seen or "(" in name:  # "… (1991–1998)"
                continue
            seen.add(key)
            rows.append([name, code, "word"])
    return rows
