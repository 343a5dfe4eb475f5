"""Names and titles inside short texts, kana with Chinese characters, @handles (data-driven)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

import pipeline.langid.detect as detect
from pipeline.langid import identify

CASES = Path(__file__).parent / "cases" / "langid_names_scripts.tsv"


def _cases():
    with open(CASES, encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        for r in rows:
            marks = [pytest.mark.xfail(strict=True, reason="known failure")] if r["status"] == "xfail" else []
            yield pytest.param(r["input"], r["expected"], r["check"], id=r["label"], marks=marks)


@pytest.mark.parametrize("text,expected,check", list(_cases()))
def test_names_and_scripts(text: str, expected: str, check: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert identify(text).tag == expected
    if check == "name_weight":
        monkeypatch.setattr(detect, "NAME_WEIGHT", 1.0)
        assert identify(text).tag != expected
