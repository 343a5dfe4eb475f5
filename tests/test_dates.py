"""parse_date: standalone date strings from web pages and feeds (cases in tests/cases)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.entities.dates import parse_date

CASES = Path(__file__).parent / "cases"


def _rows(name: str) -> list:
    lines = [
        line
        for line in (CASES / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    params = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        marks = [pytest.mark.xfail(strict=True)] if row["status"] == "xfail" else []
        params.append(pytest.param(row, id=row["label"], marks=marks))
    return params


@pytest.mark.parametrize("row", _rows("parse_date.tsv"))
def test_parse_date(row: dict) -> None:
    lang = None if row["lang"] == "-" else row["lang"]
    expected = None if row["expected"] == "None" else row["expected"]
    assert parse_date(row["input"], lang) == expected
