"""Short texts decided by word evidence: Uzbek words and endings, Cyrillic function
words, the Serbian letter rule (cases in tests/cases/langid_*.tsv)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.langid import identify
from pipeline.langid.detect import letter_language
from pipeline.langid.function_words import build
from pipeline.langid.model import function_words

CASES = Path(__file__).parent / "cases"


def _cases(name: str):
    with open(CASES / name, encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                              quoting=csv.QUOTE_NONE)
        for row in rows:
            marks = [pytest.mark.xfail(strict=True, reason="known failure")] if row["status"] == "xfail" else []
            yield pytest.param(row["input"], row["expected"], id=row["label"], marks=marks)


@pytest.mark.parametrize("text,expected", list(_cases("langid_short_evidence.tsv")))
def test_short_text_word_evidence(text: str, expected: str) -> None:
    assert identify(text).tag == expected


@pytest.mark.parametrize("text,expected", list(_cases("langid_cyrillic_short.tsv")))
def test_short_cyrillic(text: str, expected: str) -> None:
    assert identify(text).lang == expected


def test_serbian_letters_without_macedonian_ones() -> None:
    ident = identify("Новак Ђоковић је најбољи тенисер света.")
    assert (ident.lang, ident.script) == ("sr", "Cyrl")
    # ѓ (Macedonian) excludes the Serbian rule even with ћ present
    assert identify("Ѓорѓе и ћерка дојдоа во Скопје вчера.").lang != "sr"


def test_function_word_table_matches_its_build() -> None:
    """data/function_words.tsv is what `python -m pipeline.langid.function_words` gives."""
    scope, words = function_words()
    assert scope == {"bg", "mk", "ru", "uk"}
    assert {w: set(users) for w, users in build()} == {w: set(u) for w, u in words.items()}
    assert words["това"] == {"bg"} and words["это"] == {"ru"} and words["і"] == {"uk"}


def _rule_cases():
    with open(CASES / "langid_letter_rules.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                                quoting=csv.QUOTE_NONE):
            marks = [pytest.mark.xfail(strict=True, reason="known failure")] if r["status"] == "xfail" else []
            yield pytest.param(r["script"], r["input"], r["expected"], id=r["label"], marks=marks)


@pytest.mark.parametrize("script,text,expected", list(_rule_cases()))
def test_letter_rules(script: str, text: str, expected: str) -> None:
    """`letter_language` (data/letter_languages.tsv): every group present, none of the
    excluded letters; '-' for no rule."""
    letters = sum(ch.isalpha() for ch in text)
    assert (letter_language(script, text, letters) or "-") == expected
