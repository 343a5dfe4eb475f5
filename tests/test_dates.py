"""parse_date: standalone date strings from web pages and feeds (cases in tests/cases)."""
from __future__ import annotations

import pytest

from pipeline.entities.dates import parse_date
from tests.case_table import case_params


@pytest.mark.parametrize("row", case_params("parse_date.tsv"))
def test_parse_date(row: dict) -> None:
    lang = None if row["lang"] == "-" else row["lang"]
    expected = None if row["expected"] == "None" else row["expected"]
    assert parse_date(row["input"], lang) == expected
