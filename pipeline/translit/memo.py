"""Pieces both directions share: a bounded word memo and the ordinal-date rewrite."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable


class WordCache(dict):
    """Converted words by source word; cleared when it grows past `limit` entries."""

    def __init__(self, convert: Callable[[str], str], limit: int = 50_000) -> None:
        super().__init__()
        self._convert, self._limit = convert, limit

    def __missing__(self, word: str) -> str:
        if len(self) > self._limit:
            self.clear()
        value = self[word] = self._convert(word)
        return value


def ordinal_date_rewriter(separator: str) -> Callable[[re.Match[str]], str]:
    """A `re.sub` callback putting `separator` after a year (before йил/yil) or a day (before
    a month): '-' for Latin (1995-yil 24-avgust), ' ' for Cyrillic (1995 йил 24 август).

    The match has the number as group 1 and, for years, the year word as group 2.
    """

    def rewrite(m: re.Match[str]) -> str:
        start, digits, text = m.start(), m.group(1), m.string
        if start and (text[start - 1].isdigit() or text[start - 1] in ".,"):
            return m.group()
        n = int(digits)
        year = m.group(2) and len(digits) == 4 and 1000 <= n <= 2099
        day = not m.group(2) and 1 <= n <= 31 and digits[0] != "0"
        return digits + separator if year or day else m.group()

    return rewrite


def ordinal_dates(text: str, hits: Iterable[re.Match[str]], separator: str) -> str:
    r"""`re.sub(rf"(\d{1,4}){SEP}(?={YEAR}|{MONTH})", ordinal_date_rewriter(separator), text)`
    from the matches (in order) of the separator alone, `{SEP}(?=({YEAR})|{MONTH})` with the
    year word as group 1: the number is the run of at most 4 decimal digits before it,
    found by hand.  Much faster than the full pattern, which the regex engine tries at
    every position of the text (no literal to skip ahead to).

    >>> ordinal_dates("1995-yil 2-mart, 12345-yil", re.finditer("-(?=(yil)|mart)", "1995-yil 2-mart, 12345-yil"), " ")
    '1995 yil 2 mart, 12345-yil'
    """
    out: list[str] = []
    last = 0
    for m in hits:
        sep = m.start()
        start = sep
        while start > 0 and sep - start < 4 and text[start - 1].isdecimal():  # \d is isdecimal
            start -= 1
        if start == sep or (start and (text[start - 1].isdigit() or text[start - 1] in ".,")):
            continue  # no number, or part of a longer number / decimal: as the rewriter
        digits = text[start:sep]
        n = int(digits)
        year = m.group(1) and len(digits) == 4 and 1000 <= n <= 2099
        day = not m.group(1) and 1 <= n <= 31 and digits[0] != "0"
        if year or day:
            out.append(text[last:sep])
            out.append(separator)
            last = sep + 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
