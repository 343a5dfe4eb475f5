"""The publisher's calendar date for UTC timestamps in page metadata.

Many sites write ``datePublished`` in UTC ("2020-12-05T23:15:00Z"); the release date is the
date where it was published (an Italian page: 2020-12-06). The publisher's country comes
from the URL's country-code domain, else the region of the page language ("en-US"); its
zone from ``data/primary_zones.tsv`` or, for one-offset countries, CLDR via Babel.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DATA = Path(__file__).parent / "data"
_UTC_STAMP = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*"
    r"(?:Z|UTC|GMT|[+-]00:?00)\s*$",
    re.IGNORECASE,
)
_RFC822_UTC = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|UT|Z|[+-]0000)\s*$", re.IGNORECASE)


@cache
def _generic_cctlds() -> frozenset[str]:
    text = (DATA / "generic_cctlds.txt").read_text(encoding="utf-8")
    return frozenset(x.strip().lower() for x in text.splitlines() if x.strip() and not x.startswith("#"))


@cache
def _primary_zones() -> dict[str, str]:
    with open(DATA / "primary_zones.tsv", encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return {r["country"].strip().upper(): r["zone"].strip() for r in rows}


@cache
def zone_for_country(country: str) -> ZoneInfo | None:
    """The publisher zone of a country, None when the country spans several offsets
    and has no primary zone.

    >>> str(zone_for_country("UZ")), str(zone_for_country("IT")), zone_for_country("XX")
    ('Asia/Tashkent', 'Europe/Rome', None)
    """
    country = country.upper()
    name = _primary_zones().get(country)
    if name is None:
        from babel.core import get_global

        zones = get_global("territory_zones").get(country, ())
        probe = dt.datetime(2025, 1, 15)
        try:
            infos = [ZoneInfo(z) for z in zones]
        except (ZoneInfoNotFoundError, ValueError):
            return None
        if not infos or len({z.utcoffset(probe) for z in infos}) != 1:
            return None
        return infos[0]
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def page_country(url: str | None, lang: str | None = None) -> str | None:
    """The publisher's country: a country-code domain, else the language tag's region.

    >>> page_country("https://kun.uz/news/1"), page_country("https://x.co.uk/a")
    ('UZ', 'GB')
    >>> page_country("https://abc7ny.com/x", "en-US"), page_country("https://x.com/", "ru"), page_country(None)
    ('US', None, None)
    """
    host = (urlsplit(url).hostname or "") if url else ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) == 2 and tld.isalpha() and tld not in _generic_cctlds():
        return "GB" if tld == "uk" else tld.upper()
    if lang:
        parts = re.split(r"[-_]", lang)
        for part in parts[1:]:
            if len(part) == 2 and part.isalpha():
                return part.upper()
    return None


def local_date(value: str, zone: ZoneInfo | None, *, rfc822: bool = False) -> str | None:
    """The calendar date in ``zone`` of a UTC timestamp; None for anything else.

    ISO 8601 stamps always; RFC 822 ones ("..., 21:30:00 GMT", the feed format) with
    ``rfc822=True`` (in page metadata they measured worse: bench/html_eval.py, Media Cloud).

    >>> local_date("2020-12-05T23:15:00Z", ZoneInfo("Europe/Rome"))
    '2020-12-06'
    >>> local_date("2025-11-11T21:30:00+00:00", ZoneInfo("Asia/Tashkent"))
    '2025-11-12'
    >>> local_date("2025-11-11T21:30:00+05:00", ZoneInfo("Asia/Tashkent")) is None
    True
    """
    if zone is None:
        return None
    m = _UTC_STAMP.match(value)
    if m:
        y, mo, d, h, mi, s = (int(x) if x else 0 for x in m.groups())
        try:
            stamp = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.UTC)
        except ValueError:
            return None
    elif rfc822 and _RFC822_UTC.search(value):  # feeds: "Tue, 11 Nov 2025 21:30:00 GMT"
        try:
            stamp = parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
    else:
        return None
    return stamp.astimezone(zone).date().isoformat()


def publication_date(raw: str | None, url: str | None = None, lang: str | None = None
                     ) -> str | None:
    """A feed/JSONL date string as the publisher's calendar date: UTC stamps move to the
    publisher's zone (found from ``url``/``lang``), other forms are read as written.

    >>> publication_date("Tue, 11 Nov 2025 21:30:00 GMT", "https://kun.uz/news/1")
    '2025-11-12'
    >>> publication_date("Wed, 12 Nov 2025 02:30:00 +0500"), publication_date("12-noyabr, 2025")
    ('2025-11-12', '2025-11-12')
    """
    from ..entities.dates import parse_date

    if not raw:
        return None
    country = page_country(url, lang)
    zone = zone_for_country(country) if country else None
    return local_date(raw, zone, rfc822=True) or parse_date(raw)
