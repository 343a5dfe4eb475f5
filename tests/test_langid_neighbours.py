"""Tajik and Kyrgyz text is never called Uzbek (issue #8), on real held-out lines closest
to Uzbek (`tests/cases/langid_not_uzbek.tsv`), alone and as one article."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.langid import identify, identify_article

CASES = Path(__file__).parent / "cases" / "langid_not_uzbek.tsv"
UZBEK = ("uz-Cyrl", "uz-Latn")


def _rows() -> list[dict[str, str]]:
    with open(CASES, encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["label"])
def test_neighbour_line_is_not_uzbek(row: dict[str, str]) -> None:
    result = identify(row["text"])
    assert result.tag not in UZBEK, (row["text"], result)


@pytest.mark.parametrize("lang", ["tg", "ky"])
def test_neighbour_article_is_not_uzbek(lang: str) -> None:
    text = "\n".join(row["text"] for row in _rows() if row["gold"] == lang)
    ident, segments = identify_article(text)
    assert ident.tag == lang
    assert not [s for s in segments if s["code"] in UZBEK], segments


def test_cases_cover_both_languages_short_and_long() -> None:
    labels = [row["label"] for row in _rows()]
    for lang in ("tg", "ky"):
        assert sum(label.startswith(f"{lang}-short") for label in labels) >= 8
        assert sum(label.startswith(f"{lang}-long") for label in labels) >= 4
