"""Standalone date strings (web page bylines, feed dates) -> ISO "YYYY-MM-DD".

`parse_date` reads the forms seen on Uzbek, Russian and English news sites:
"12 ноябрь 2025", "12-noyabr, 2025", "13:09 / 16.08.2021", "12 ноября 2025 года",
"November 12, 2025", "2025-yil 12-noyabr", "2025-11-12T10:00:00+05:00".
Month names come from CLDR (Babel) via `months.py`.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from .months import default_month_tables, month_number, month_regex

# lang argument -> month tables to use (None: all of them)
_LANG_TAGS = {
    "uz": ("uz-Cyrl", "uz-Latn"),
    "uz-Cyrl": ("uz-Cyrl",),
    "uz-Latn": ("uz-Latn",),
    "ru": ("ru",),
    "en": ("en",),
}

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])")
_YMD = re.compile(r"(?<!\d)(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d.])")


def _merge(tags: tuple[str, ...]) -> dict[str, Any]:
    tables = default_month_tables()
    merged: dict[str, Any] = {"stems": [], "abbr": [], "endings": []}
    for t in tags:
        for key in merged:
            merged[key].extend(x for x in tables[t][key] if x not in merged[key])
    return merged


class _DateForms:
    """Compiled day-month-year patterns for one set of month tables."""

    def __init__(self, months: dict[str, Any]) -> None:
        self.months = months
        mon = month_regex(months)
        b = r"(?<![^\W\d_])"  # not preceded by a letter
        e = r"(?![^\W\d_])"  # not followed by a letter
        day = r"(?<!\d)(?P<d>[0-3]?\d)(?:-?(?:st|nd|rd|th|е|го|chi|нчи|inchi))?(?!\d)"
        year = r"(?<!\d)(?P<y>[12]\d{3})(?!\d)"
        sep = r"[\s,./-]*"
        self.dmy = re.compile(rf"{day}{sep}{b}(?P<m>{mon}){e}{sep}{year}", re.I)
        self.mdy = re.compile(rf"{b}(?P<m>{mon}){e}{sep}{day}{sep}{year}", re.I)
        # 2025-yil 12-noyabr, 2025 йил 12 ноябрь, 2025 г. 12 ноября
        self.ydm = re.compile(
            rf"{year}[\s-]*(?:[^\W\d_]+\.?)?{sep}{day}{sep}{b}(?P<m>{mon}){e}", re.I
        )

    def find(self, text: str) -> dt.date | None:
        for rx in (self.dmy, self.mdy, self.ydm):
            for m in rx.finditer(text):
                month = month_number(m.group("m"), self.months)
                got = _date(m.group("y"), month, m.group("d"))
                if got:
                    return got
        return None


@cache
def _forms(lang: str | None) -> _DateForms:
    tags = _LANG_TAGS.get(lang or "", tuple(default_month_tables()))
    return _DateForms(_merge(tags))


def _date(y: str | int, m: str | int | None, d: str | int) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d)) if m else None
    except ValueError:
        return None


def parse_date(text: str, lang: str | None = None) -> str | None:
    """A standalone date expression -> "YYYY-MM-DD", or None when there is no full date.

    `lang` ("uz", "uz-Cyrl", "uz-Latn", "ru", "en" or None for any) picks month names.

    >>> parse_date("12 ноябрь 2025"), parse_date("12-noyabr, 2025")
    ('2025-11-12', '2025-11-12')
    >>> parse_date("13:09 / 16.08.2021"), parse_date("12 ноября 2025 года", "ru")
    ('2021-08-16', '2025-11-12')
    >>> parse_date("November 12, 2025"), parse_date("2025-11-12T10:00:00+05:00")
    ('2025-11-12', '2025-11-12')
    >>> parse_date("2025-yil 12-noyabr"), parse_date("Wed, 12 Nov 2025 10:00:00 GMT")
    ('2025-11-12', '2025-11-12')
    >>> parse_date("жорий йил"), parse_date("31.02.2025")
    (None, None)
    """
    if not text:
        return None
    text = text.strip()
    for m in _ISO.finditer(text):
        got = _date(m.group(1), m.group(2), m.group(3))
        if got:
            return got.isoformat()
    for m in _YMD.finditer(text):
        got = _date(m.group(1), m.group(3), m.group(4))
        if got:
            return got.isoformat()
    for m in _DMY.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        got = _date(m.group(4), b, a)
        if got is None and m.group(2) == "/":  # US month/day/year
            got = _date(m.group(4), a, b)
        if got:
            return got.isoformat()
    got = _forms(lang).find(text)
    return got.isoformat() if got else None
