"""NumericExtractor on realistic release sentences (tests/cases/numeric.tsv) and its contract."""
from __future__ import annotations

import json
import sys

import pytest

from pipeline.entities.numeric import NumericExtractor
from tests.case_table import case_params
from tests.numeric_cases import canon_all


@pytest.fixture(scope="module")
def extractor() -> NumericExtractor:
    return NumericExtractor()


@pytest.mark.parametrize("row", case_params("numeric.tsv"))
def test_case(extractor: NumericExtractor, row: dict) -> None:
    found = extractor.extract(row["input"], row["tag"])
    for m in found:
        assert row["input"][m.start:m.end] == m.text
    assert canon_all(found) == row["expected"]


def test_case_file_covers_every_language() -> None:
    tags = [p.values[0]["tag"] for p in case_params("numeric.tsv")]
    for tag in ("uz-Cyrl", "uz-Latn", "ru", "en"):
        assert tags.count(tag) >= 30, tag


def test_tables_are_json_and_enough_without_babel(extractor: NumericExtractor, monkeypatch) -> None:
    """A saved pipeline gives the tables back: no language files, no Babel needed."""
    tables = json.loads(json.dumps(extractor.tables, ensure_ascii=False))
    monkeypatch.setitem(sys.modules, "babel", None)  # any Babel import would now fail
    monkeypatch.setattr("pipeline.langdata.loader._lines", _no_files)
    from pipeline.langdata import loader
    from pipeline.entities import months

    loader.table.cache_clear()  # so a cached table cannot hide a read
    loader.word_list.cache_clear()
    months.default_month_tables.cache_clear()
    loaded = NumericExtractor(tables=tables)
    text = "2025 йилнинг январидан июнигача қарийб 1 миллиард рубллик маҳсулот, 30%га"
    assert canon_all(loaded.extract(text, "uz-Cyrl")) == canon_all(extractor.extract(text, "uz-Cyrl"))
    assert "MONEY[қарийб 1 миллиард рубллик]=1000000000 RUB ~" in canon_all(loaded.extract(text, "uz-Cyrl"))


def _no_files(tag: str, name: str):
    raise AssertionError(f"read {tag}/{name} while running from saved tables")


def test_bad_tables_format_is_refused() -> None:
    with pytest.raises(ValueError, match="format"):
        NumericExtractor(tables={"format": 999, "tags": {}})


@pytest.mark.parametrize("tag", ["kk", "", "xx-Latn"])
def test_unknown_tag_gives_nothing(extractor: NumericExtractor, tag: str) -> None:
    assert extractor.extract("5 млрд рублей, 30%", tag) == []


def test_plain_uz_tag_picks_script(extractor: NumericExtractor) -> None:
    assert canon_all(extractor.extract("Narxlar 30%ga oshdi, 5 mlrd soʻm", "uz")) == (
        "PERCENT[30%ga]=30 | MONEY[5 mlrd soʻm]=5000000000 UZS"
    )
    assert canon_all(extractor.extract("5 млрд сўм", "uz")) == "MONEY[5 млрд сўм]=5000000000 UZS"


def test_empty_text(extractor: NumericExtractor) -> None:
    assert extractor.extract("", "ru") == []


def test_offsets_hold_on_a_long_mixed_text(extractor: NumericExtractor) -> None:
    text = " ".join(p.values[0]["input"] for p in case_params("numeric.tsv"))
    for tag in ("uz-Cyrl", "uz-Latn", "ru", "en"):
        found = extractor.extract(text, tag)
        assert found
        for m in found:
            assert text[m.start:m.end] == m.text
        spans = [(m.start, m.end) for m in found]
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "mentions overlap"


def test_case_labels_are_unique() -> None:
    labels = [p.id for p in case_params("numeric.tsv")]
    assert len(labels) == len(set(labels))
