"""The listed-companies table (models/gazetteer/companies.json) and how it is built."""
from __future__ import annotations

import doctest
import json

import pytest

from pipeline.entities import build_companies
from pipeline.entities.build_gazetteer import COMPANIES_FILE, NAMES_FILE, PLACES_FILE, TOWNS_FILE, dump
from pipeline.paths import MODELS_DIR

GAZ = MODELS_DIR / "gazetteer"


def _committed(name: str) -> dict:
    return json.loads((GAZ / name).read_text(encoding="utf-8"))


def test_companies_json_is_up_to_date() -> None:
    for package in ("pytickersymbols", "english_words", "names", "babel"):
        pytest.importorskip(package, reason="build-time dependency of the companies table")
    built = build_companies.build_companies(_committed(PLACES_FILE), _committed(TOWNS_FILE), _committed(NAMES_FILE))
    assert (GAZ / COMPANIES_FILE).read_text(encoding="utf-8") == dump(built), (
        "models/gazetteer/companies.json is stale: run `python -m pipeline.entities.build_gazetteer --companies`")


def test_short_names_and_filters() -> None:
    table = _committed(COMPANIES_FILE)
    en, words = table["en"], set(table["en_words"])
    assert en["airbnb"] == "Airbnb" and en["home depot"] == "Home Depot"   # Home Depot, Inc.
    assert en["volkswagen"] == "Volkswagen" and en["walt disney"] == "Walt Disney"  # Group, The … Company
    assert en["schwab"] == "Schwab"                      # Charles Schwab Corporation: the founder's surname
    for word in ("target", "visa", "ball", "pool", "stores", "energy", "half", "ford", "bmw"):
        assert word not in en, word  # common words, generic heads, frequent surnames, acronyms
    assert {"chevron", "oracle", "orion"} <= words and "airbnb" not in words  # mid-sentence only


def test_every_key_word_is_one_token() -> None:
    from pipeline.entities.morph import fold, tokenize

    # the Lexicon splits keys on spaces instead of tokenizing them at start-up
    for key in _committed(COMPANIES_FILE)["en"]:
        assert [fold(t.text) for t in tokenize(key)] == key.split(" "), key


def test_doctests() -> None:
    assert doctest.testmod(build_companies).failed == 0
