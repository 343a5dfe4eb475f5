"""The fast scoring paths give exactly langdetect's naive-Bayes sums."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from pipeline.langid.detect import score
from pipeline.langid.model import get_model
from pipeline.langid.ngrams import extract, prepare, word_keys
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
def test_word_path_and_whole_text_path_equal_reference(text: str) -> None:
    sample, expected = _reference(text)
    table = get_model().tables[dominant_script(script_counts(sample))]
    by_words, _ = score(table, word_keys(sample))
    assert np.allclose(by_words, expected)
    if sample == sample.lower() or not any(a.isupper() and b.isupper() for a, b in zip(sample, sample[1:])):
        whole = table.logp.take(table.ngrams.raw_rows(sample), axis=0).sum(axis=0)
        assert np.allclose(whole, expected)
