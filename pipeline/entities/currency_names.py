"""Country-qualified currency names from CLDR (Babel) for the numeric extractor's tables.

Hand-written `currencies.tsv` rows cover the common words (сўм, доллар, рубль…); CLDR adds
the names of every currency in legal use with their country ("Gonkong dollari",
"швейцарских франков", "Hong Kong dollars"), so "300 минг Ҳонконг доллари" or
"191 mln Tayvan dollariga" get an ISO code. Only names of two or more words are taken: a bare
CLDR word ("лари", "драм") is too ambiguous in running text. Uzbek Cyrillic names that CLDR
lacks are transliterated from the Latin ones (`pipeline.translit`).
"""
from __future__ import annotations

import datetime as dt
from functools import cache

# the legal tenders on this day define "currencies in use" (a fixed day keeps builds stable)
IN_USE_ON = dt.date(2025, 1, 1)
_LOCALES = {"uz-Cyrl": "uz_Cyrl", "uz-Latn": "uz_Latn", "ru": "ru", "en": "en"}
# plural-category sample counts: one, few, many, and a fraction (genitive singular in ru)
_COUNTS = (1, 2, 5, 1.5)
# "Yangi Tayvan dollari", "новый тайваньский доллар": news drops the "new"
_NEW = ("yangi ", "янги ", "новый ", "новых ", "нового ", "new ")


@cache
def currencies_in_use() -> tuple[str, ...]:
    """ISO codes that are legal tender somewhere on `IN_USE_ON`.

    >>> {"USD", "HKD", "UZS", "KGS"} <= set(currencies_in_use()), "SUR" in currencies_in_use()
    (True, False)
    """
    from babel import Locale
    from babel.numbers import get_territory_currencies

    codes: set[str] = set()
    for territory in Locale.parse("en").territories:
        if len(territory) != 2 or not territory.isalpha():
            continue
        codes.update(get_territory_currencies(territory, start_date=IN_USE_ON, tender=True))
    return tuple(sorted(codes))


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
    """
    rows: list[list[str]] = []
    seen: set[str] = set()
    for code in currencies_in_use():
        names = _names(code, _LOCALES[tag])
        if tag == "uz-Cyrl":
            from ..translit import to_cyrillic

            names += [to_cyrillic(n) for n in _names(code, "uz_Latn")]
        names += [n.split(" ", 1)[1] for n in names if n.lower().startswith(_NEW)]
        for name in names:
            key = name.lower()
            if len(name.split()) < 2 or key in seen:
                continue
            seen.add(key)
            rows.append([name, code, "word"])
    return rows
