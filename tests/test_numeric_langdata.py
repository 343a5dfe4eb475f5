"""The numeric language tables are well formed (a bad row is caught here, not in production)."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from pipeline.entities.numeric import TAGS, build_tables

TABLES = build_tables()["tags"]


@pytest.mark.parametrize("tag", TAGS)
def test_number_words(tag: str) -> None:
    rows = TABLES[tag]["number_words"]
    words = [w.lower() for w, _, _ in rows]
    assert len(words) == len(set(words)), "duplicate number word"
    for word, value, kind in rows:
        assert kind in ("unit", "hundred", "scale", "fraction", "fraction_after", "article"), word
        assert Decimal(value) >= 0, word
    scales = {Decimal(v) for _, v, k in rows if k == "scale"}
    assert {Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9} <= scales


@pytest.mark.parametrize("tag", TAGS)
def test_currencies_units_qualifiers(tag: str) -> None:
    t = TABLES[tag]
    for word, iso, kind in t["currencies"]:
        assert re.fullmatch(r"[A-Z]{3}", iso), word
        assert kind in ("word", "symbol", "code", "subunit"), word
    for word, label, value, context in t["units"]:
        assert label in ("PERCENT", "MULTIPLIER"), word
        assert not value or Decimal(value) > 0, word
        assert context == "-" or context.startswith(("next:", "prev:", "near:")), word
    for word, position, requires in t["hedges"]:
        assert position in ("before", "after", "verb"), word
    for word, bound, position, requires in t["bounds"]:
        assert bound in ("gt", "ge", "lt", "le"), word
        assert position in ("before", "mid", "after"), word
        if position == "after" and tag.startswith("uz"):  # "-": the phrase holds its own
            # ablative ("12 foiz va undan yuqori": 12 percent and more)
            assert requires in t["suffixes"] or requires == "-", f"{word}: unknown suffix {requires}"


@pytest.mark.parametrize("tag", TAGS)
def test_every_month_has_a_name(tag: str) -> None:
    months = TABLES[tag]["months"]
    assert {m for _, m in months["stems"]} == set(range(1, 13))
