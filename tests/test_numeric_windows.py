"""The extractor tokenises only windows around anchors (digits, number words): it must find
exactly what it finds when it tokenises the whole text (corpus releases and the case table)."""
from __future__ import annotations

import pytest

from pipeline.entities.numeric import NumericExtractor
from tests.case_table import case_params
from tests.test_numeric_corpus import _articles, _tag


@pytest.fixture(scope="module")
def pair() -> tuple[NumericExtractor, NumericExtractor]:
    fast = NumericExtractor()
    whole = NumericExtractor(fast.tables)
    for tag in ("uz-Cyrl", "uz-Latn", "ru", "en"):  # one window: the whole text
        whole._grammar(tag).windows = lambda text, digits=None: [(0, len(text))]
    return fast, whole


def _same(pair: tuple[NumericExtractor, NumericExtractor], text: str, tag: str) -> None:
    fast, whole = pair
    a = [(m.label, m.start, m.end, m.value) for m in fast.extract(text, tag)]
    b = [(m.label, m.start, m.end, m.value) for m in whole.extract(text, tag)]
    assert a == b


@pytest.mark.parametrize("name", [name for name, _, _ in _articles()])
def test_corpus_windows(pair: tuple[NumericExtractor, NumericExtractor], name: str) -> None:
    _, text, gold = next(a for a in _articles() if a[0] == name)
    _same(pair, text, _tag(gold))


def test_case_table_windows(pair: tuple[NumericExtractor, NumericExtractor]) -> None:
    rows = [p.values[0] for p in case_params("numeric.tsv")]
    text = "\n".join(r["input"] for r in rows if r["tag"] == "uz-Cyrl")  # one long text
    _same(pair, text, "uz-Cyrl")
    for tag in ("uz-Latn", "ru", "en"):
        _same(pair, " ".join(r["input"] for r in rows if r["tag"] == tag), tag)
