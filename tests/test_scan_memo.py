"""Scan's per-word memos (shared across texts) give each language its own answers."""
from __future__ import annotations

import pytest

from pipeline.entities.names import NameExtractor
from pipeline.entities.scan import Scan


@pytest.fixture(scope="module")
def lex():
    return NameExtractor().lexicon


def test_stems_memo_is_per_language(lex) -> None:
    text = "Самаркандга борди."
    uz = Scan(text, "uz-Cyrl", lex)
    assert uz.stems(0) == ["Самаркандга", "Самарканд"]
    # the same word in a Russian text: no Uzbek suffix stripped, memo or not
    assert Scan(text, "ru", lex).stems(0) == ["Самаркандга"]
    assert Scan(text, "uz-Cyrl", lex).stems(0) == ["Самаркандга", "Самарканд"]


def test_stems_returns_a_fresh_list(lex) -> None:
    scan = Scan("Самаркандга борди.", "uz-Cyrl", lex)
    got = scan.stems(0)
    got.append("x")  # a caller's change must not reach the memo
    assert scan.stems(0) == ["Самаркандга", "Самарканд"]


def test_sentence_initial_and_currency_word(lex) -> None:
    scan = Scan("Narx oshdi. Keyin 5 dollarga tushdi", "uz-Latn", lex)
    words = [t.text for t in scan.tokens]
    assert [scan.sentence_initial(k) for k in range(len(words))] == [True, False, True, False, False, False]
    assert scan.currency_word(words.index("dollarga")) and not scan.currency_word(words.index("Keyin"))
    assert not scan.currency_word(len(words))  # past the end


def test_currency_word_is_not_europe(lex) -> None:
    # yevro/евро start the euro and Europe alike: currency_not_stems keeps Europe out
    for text, tag in (("yevroga Yevropaga Yevroosiyo", "uz-Latn"), ("еврога Европага Евроосиё", "uz-Cyrl")):
        scan = Scan(text, tag, lex)
        assert [scan.currency_word(k) for k in range(3)] == [True, False, False]
