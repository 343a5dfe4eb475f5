"""Table-driven test cases: TSV files in tests/cases/ with `label` and `status` columns."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"


def case_params(name: str) -> list:
    """One pytest.param per row of `tests/cases/<name>`; `status` xfail rows are strict xfails."""
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
