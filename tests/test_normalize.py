"""Normalisation: Unicode, white space, Uzbek apostrophes, look-alike letters."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.normalize import (
    _INVISIBLE,
    _MIXED,
    _SPACES,
    has_mixed_word,
    misplaced_apostrophe,
    normalize_apostrophes,
    normalize_line,
    normalize_paragraph,
    normalize_text,
)

CASES = [
    # label, input, expected text, expected repair counts
    ("okina variants", "O'zbekiston g`alla o‘sdi", "Oʻzbekiston gʻalla oʻsdi", {"uzbek_apostrophes": 3}),
    ("tutuq", "ma'lumot va san’at bilan", "maʼlumot va sanʼat bilan", {"uzbek_apostrophes": 2}),
    ("canonical kept", "Oʻzbekiston va maʼlumot", "Oʻzbekiston va maʼlumot", {}),
    ("english untouched", "The company's exports grew", "The company's exports grew", {}),
    ("latin T in cyrillic", "“TЗМОИ” томонидан", "“ТЗМОИ” томонидан", {"mixed_script_letters": 1}),
    ("cyrillic A in latin", "АQSh dollari", "AQSh dollari", {"mixed_script_letters": 1}),
    ("nbsp and spaces", "3\u00a0076,8\u2009млн  сўм\t", "3 076,8 млн сўм", {}),
    ("nfc", "\u0438\u0306ил", "йил", {"unicode_nfc": 1}),
    ("soft hyphen", "экс\u00adпорт", "экспорт", {}),
    ("html entities", "Компания ``РусГидро&#39;&#39; и AT&amp;T", "Компания “РусГидро” и AT&T",
     {"html_entities": 3, "tex_quotes": 1}),
    ("entity with nbsp", "5&nbsp;млн&#x20;сўм", "5 млн сўм", {"html_entities": 2}),
    ("bare ampersands kept", "R&D & Co; AT&T", "R&D & Co; AT&T", {}),
    ("unpaired backticks kept", "Он сказал ``да и ушёл", "Он сказал ``да и ушёл", {}),
]


@pytest.mark.parametrize("label,raw,expected,repairs", CASES, ids=[c[0] for c in CASES])
def test_normalize_paragraph(label, raw, expected, repairs):
    text, found = normalize_paragraph(raw)
    assert text == expected
    assert dict(found) == repairs


def test_normalize_text_drops_empty_lines_and_sums_repairs():
    text, found = normalize_text("O'zbekiston va Xitoy\n\n   \nTЗМОИ")
    assert text == "Oʻzbekiston va Xitoy\nТЗМОИ"
    assert found == {"uzbek_apostrophes": 1, "mixed_script_letters": 1}


_APOSTROPHE_TEXT = st.text(alphabet="oOgGaxZ ʻʼ'`‘’´ʹ′ я1", max_size=12)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_APOSTROPHE_TEXT)
def test_misplaced_apostrophe_is_exactly_what_normalize_apostrophes_changes(text):
    # the pre-check lets normalisation and langid skip looks_uzbek_latin: it must be
    # True whenever normalize_apostrophes would change the text, and only then
    changed = normalize_apostrophes(text)[0] != text
    assert misplaced_apostrophe(text) == changed


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=" \t\u00a0\u2009\u200b\u00ad\ufeff\u3000aя\u0306и", max_size=12))
def test_normalize_line_pre_checks_change_nothing(line):
    # normalize_line skips its substitutions when a cheap test says they cannot match
    plain = _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", line))).strip()
    assert normalize_line(line) == plain


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="aQʻ'éЖя ўαβ1_-", max_size=14))
def test_mixed_word_pre_check_is_the_mixed_pattern(text):
    # has_mixed_word uses a pattern without backtracking; it must find what _MIXED finds
    assert has_mixed_word(text) == bool(not text.isascii() and _MIXED.search(text))
