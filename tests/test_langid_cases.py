"""Language identification on real held-out sentences and on edge cases (data-driven)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.langid import Identification, identify

FIXTURES = Path(__file__).parent / "fixtures" / "langid"


def _heldout_cases():
    with open(FIXTURES / "heldout_cases.tsv", encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                              quoting=csv.QUOTE_NONE)
        for row in rows:
            marks = [pytest.mark.xfail(strict=True, reason="known failure")] if row["status"] == "xfail" else []
            yield pytest.param(row["text"], row["expected"], id=row["label"], marks=marks)


def _edge_cases():
    for case in json.loads((FIXTURES / "edge_cases.json").read_text(encoding="utf-8")):
        marks = [pytest.mark.xfail(strict=True, reason="known failure")] if case["status"] == "xfail" else []
        yield pytest.param(case["text"], case["lang"], case["script"], id=case["label"], marks=marks)


@pytest.mark.parametrize("text,expected", list(_heldout_cases()))
def test_heldout_sentence(text: str, expected: str) -> None:
    result = identify(text)
    assert result.tag == expected, result
    assert 0.0 <= result.confidence <= 1.0


@pytest.mark.parametrize("text,lang,script", list(_edge_cases()))
def test_edge_case(text: str, lang: str, script: str) -> None:
    result = identify(text)
    assert isinstance(result, Identification)
    assert (result.lang, result.script) == (lang, script), result
    if lang == "und":
        assert result.confidence == 0.0 and result.alternatives == ()
