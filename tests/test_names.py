"""Table-driven tests for NameExtractor (cases in tests/cases/names*.tsv)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.entities.base import Mention
from pipeline.entities.names import NameExtractor, resolve
from pipeline.entities.scan import Candidate

CASES = sorted((Path(__file__).parent / "cases").glob("names*.tsv"))


def _cases() -> list:
    rows = []
    for path in CASES:
        header = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            marks = [pytest.mark.xfail(strict=True)] if row["status"] == "xfail" else []
            case_id = f"{path.stem}:{number}-{row['check']}-{row['tag']}"
            rows.append(pytest.param(row, id=case_id, marks=marks))
    return rows


@pytest.fixture(scope="module")
def extractor() -> NameExtractor:
    return NameExtractor()


def _shown(m: Mention) -> str:
    value = m.value.get("iso") or m.value.get("name")
    return f"{m.text}={value}"


@pytest.mark.parametrize("case", _cases())
def test_case(extractor: NameExtractor, case: dict) -> None:
    got = extractor.extract(case["input"], case["tag"])
    for m in got:
        assert case["input"][m.start:m.end] == m.text
    labels = set(case["check"].split(","))
    shown = [_shown(m) for m in got if m.label in labels]
    expected = [] if case["expected"] == "-" else case["expected"].split(";")
    assert shown == expected


def test_labels_and_flat_output(extractor: NameExtractor) -> None:
    text = "“Технополис Москва” МИЗ резидентлари Москвада ва Хитойга."
    got = extractor.extract(text, "uz-Cyrl")
    assert extractor.labels == ("COUNTRY", "ORG", "PERSON", "LOC")
    assert [m.label for m in got] == ["ORG", "LOC", "COUNTRY"]
    spans = [(m.start, m.end) for m in got]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no overlaps


def test_tables_round_trip_through_json(extractor: NameExtractor) -> None:
    tables = json.loads(json.dumps(extractor.tables))
    again = NameExtractor(tables)
    text = "Ўзбекистон Статистика агентлиги маълумотига кўра, экспорт Хитойга ўсди."
    assert again.extract(text, "uz-Cyrl") == extractor.extract(text, "uz-Cyrl")


def test_given_tables_are_used_not_files(extractor: NameExtractor) -> None:
    tables = json.loads(json.dumps(extractor.tables))
    tables["countries"]["uz-Cyrl"]["хитой"] = "TW"  # a deliberately different table
    tables["countries"]["ru"].pop("хитой", None)
    got = NameExtractor(tables).extract("Хитойга", "uz-Cyrl")
    assert [m.value for m in got] == [{"iso": "TW"}]


@pytest.mark.parametrize("tag", ["kk", "xx", ""])
def test_other_tags_best_effort(extractor: NameExtractor, tag: str) -> None:
    got = extractor.extract("Москва и Казахстан", tag)
    assert all(m.text == "Москва и Казахстан"[m.start:m.end] for m in got)
    if tag == "kk":
        assert {m.label for m in got} == {"LOC", "COUNTRY"}
    else:
        assert got == []


def test_empty_text(extractor: NameExtractor) -> None:
    assert extractor.extract("", "uz-Cyrl") == []


def test_resolve_prefers_longest_then_rank() -> None:
    country = Candidate("COUNTRY", 0, 10, {"iso": "UZ"}, 1)
    loc = Candidate("LOC", 0, 17, {"name": "Oʻzbekiston tumani"}, 3)
    org = Candidate("ORG", 20, 25, {"name": "X"}, 4)
    person = Candidate("PERSON", 20, 25, {"name": "X"}, 3)
    assert [c.label for c in resolve([country, loc, person, org])] == ["LOC", "ORG"]


def test_doctests() -> None:
    import doctest

    from pipeline.entities import build_gazetteer, gazetteer, names, orgs
    from pipeline.entities import persons
    from pipeline.entities.persons import build_names, russian, words

    for module in (names, orgs, build_gazetteer, gazetteer, build_names, persons, russian, words):
        assert doctest.testmod(module).failed == 0, module.__name__


def test_given_tables_need_no_files(extractor: NameExtractor, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.entities import gazetteer, morph

    tables = json.loads(json.dumps(extractor.tables))

    def no_files(*args: object, **kwargs: object) -> None:
        raise AssertionError("read a language-data file")

    monkeypatch.setattr(morph, "table", no_files)
    monkeypatch.setattr(gazetteer, "table", no_files)
    monkeypatch.setattr(gazetteer, "word_list", no_files)
    monkeypatch.setattr(gazetteer, "_read_json", no_files)
    morph.suffix_table.cache_clear()
    text = "“Oʻzbekneftgaz”ga Qozogʻistondan Laziz Saidov keldi, Toshkent viloyatida."
    try:
        got = NameExtractor(tables).extract(text, "uz-Latn")
    finally:
        morph.suffix_table.cache_clear()
    assert [m.label for m in got] == ["ORG", "COUNTRY", "PERSON", "LOC"]


def test_world_names_current() -> None:
    """`models/gazetteer/world_names.json` is what `persons.build_names` builds today."""
    pytest.importorskip("gender_guesser")
    pytest.importorskip("english_words")
    import gender_guesser

    from pipeline.entities.persons import build_names

    built = build_names.build(Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt")
    committed = json.loads(build_names.OUT.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(built)), "stale: python -m pipeline.entities.persons.build_names"
