"""The fast scoring paths give exactly langdetect's naive-Bayes sums."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from pipeline.langid.detect import score
from pipeline.langid.model import get_model
from pipeline.langid.ngrams import extract, prepare, word_keys, word_ngrams
from pipeline.langid.scripts import dominant_script, script_counts

FIXTURES = Path(__file__).parent / "fixtures" / "langid"


def _texts() -> list[str]:
    with open(FIXTURES / "heldout_cases.tsv", encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        texts = [r["text"] for r in rows]
    return texts + ["NATO va BMT Toshkentda «O‘zbekiston» 2024", "ЎзА  ва   ТАСС хабар   берди"]


def _reference(text: str) -> tuple[str, np.ndarray]:
    """Sum of log P(n-gram | profile) over langdetect's n-grams, one dict look-up each."""
    sample = prepare(text)
    table = get_model().tables[dominant_script(script_counts(sample))]
    rows = [table.index.get(g, 0) for g in extract(sample)]
    return sample, table.logp[rows].sum(axis=0)


@pytest.mark.parametrize("text", _texts())
def test_scoring_equals_reference(text: str) -> None:
    sample, expected = _reference(text)
    table = get_model().tables[dominant_script(script_counts(sample))]
    scores, _ = score(table, sample)
    assert np.allclose(scores, expected)
    # the word-by-word path (taken for acronyms) gives the same sums too
    keys = word_keys(sample)
    rows = [table.index.get(g, 0) for k in keys for g in word_ngrams(k)]
    assert np.allclose(table.logp[rows].sum(axis=0), expected)


def test_long_text_scored_in_pieces_equals_reference() -> None:
    text = " ".join(_texts()[:12])  # Uzbek Cyrillic lines, well over one piece
    sample, expected = _reference(text)
    table = get_model().tables["Cyrl"]
    import pipeline.langid.detect as detect

    old = detect.STOP_MARGIN
    detect.STOP_MARGIN = float("inf")  # no early stop: every piece is scored
    try:
        scores, _ = score(table, sample)
    finally:
        detect.STOP_MARGIN = old
    assert len(detect._pieces(sample)) > 1
    assert np.allclose(scores, expected)
