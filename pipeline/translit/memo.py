"""Pieces both directions share: a bounded word memo and the ordinal-date rewrite."""
from __future__ import annotations

import re
from collections.abc import Callable


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
