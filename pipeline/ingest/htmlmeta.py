"""Page metadata from a parsed lxml tree: title, publication date, language, URL, description.

Works on the same tree trafilatura extracts the body from (the page is parsed once).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from zoneinfo import ZoneInfo

from lxml.html import HtmlElement

from ..entities.dates import parse_date
from .timezone import local_date

# " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " / ", " ~ "
_SEP = re.compile(r"(\s+(?:[|\-–—»«·•~/]|::)\s+)")
_WS = re.compile(r"\s+")
_ARTICLE_TYPES = (
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "scholarlyarticle", "techarticle", "report", "webpage", "liveblogposting", "posting",
    "opinionnewsarticle", "backgroundnewsarticle", "socialmediaposting", "review",
)
_DATEISH = re.compile(r"date|time|publi|posted|byline|meta|data|info|created|dateline",
                      re.IGNORECASE)


def squash(text: str | None) -> str:
    """Collapse white space.

    >>> squash("  a \\n b ")
    'a b'
    """
    return _WS.sub(" ", text or "").strip()


# --------------------------------------------------------------------------- collection
def meta_map(tree: HtmlElement) -> dict[str, list[str]]:
    """All <meta> name/property/itemprop/http-equiv keys (lower case) -> non-empty contents."""
    out: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        content = el.get("content") or el.get("value") or el.get("datetime")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(content.strip())
    return out


def _walk_ld(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_ld(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(node.get(key), (list, dict)):
                yield from _walk_ld(node[key])


def json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    """JSON-LD objects of the page (graphs flattened); malformed blocks are skipped."""
    out: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                continue
        out.extend(_walk_ld(data))
    return out


def _ld_types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type", [])
    return [x.lower() for x in ([t] if isinstance(t, str) else t) if isinstance(x, str)]


def _ld_articles(ld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in ld if any(t in _ARTICLE_TYPES for t in _ld_types(o))]


# --------------------------------------------------------------------------- title
def _host_core(url: str | None) -> str:
    """The registrable-looking part of a URL's host, e.g. 'gothamist' for www.gothamist.com."""
    if not url:
        return ""
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "news")]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else "")


def _site_like(segment: str, site_names: Iterable[str], host: str) -> bool:
    seg = segment.casefold().strip()
    flat = re.sub(r"[\W_]+", "", seg)
    if not flat:
        return True
    for name in site_names:
        n = name.casefold().strip()
        if n and (seg == n or flat == re.sub(r"[\W_]+", "", n)):
            return True
    return bool(host) and len(host) >= 3 and (host in flat or flat in host) and len(flat) >= 3


def strip_site_name(title: str, site_names: Iterable[str] = (), url: str | None = None) -> str:
    """Remove a leading or trailing site name segment from a page title.

    >>> strip_site_name("Rezoning plan plagues Bronx - Gothamist", url="https://gothamist.com/x")
    'Rezoning plan plagues Bronx'
    >>> strip_site_name("Kolumne: Ein wenig lost | Frollein Herr", ["Frollein Herr"])
    'Kolumne: Ein wenig lost'
    >>> strip_site_name("Signa in Sorge – Finanzdaten und Auftrag")
    'Signa in Sorge – Finanzdaten und Auftrag'
    >>> strip_site_name("Eksport oshdi — Kun.uz — Oʻzbekiston yangiliklari", url="https://kun.uz/news/1")
    'Eksport oshdi'
    """
    title = squash(title)
    names = list(site_names)
    host = _host_core(url)
    parts = _SEP.split(title)  # [text, sep, text, sep, text...]
    if len(parts) < 3:
        return title
    segs, seps = parts[0::2], parts[1::2]
    # "Headline — Kun.uz — Oʻzbekiston yangiliklari": the site name and its slogan go
    inner = [i for i in range(1, len(segs) - 1) if _site_like(segs[i], names, host)]
    if inner:
        segs, seps = segs[: inner[0]], seps[: inner[0] - 1]
    changed = True
    while changed and len(segs) > 1:
        changed = False
        if _site_like(segs[-1], names, host):
            segs, seps, changed = segs[:-1], seps[:-1], True
        elif _site_like(segs[0], names, host):
            segs, seps, changed = segs[1:], seps[1:], True
    if len(segs) == len(parts[0::2]) and len(segs) >= 2:
        # no known site name: a trailing "| Something" is a site name when the separator is
        # a pipe or a guillemet (headlines use dashes, not pipes)
        last_sep = seps[-1].strip()
        if last_sep in ("|", "»", "«", "::", "•", "·") and len(segs[-1]) < len(segs[0]):
            segs, seps = segs[:-1], seps[:-1]
    out = segs[0]
    for sep, seg in zip(seps, segs[1:], strict=True):
        out += sep + seg
    return out.strip()


def _headings(tree: HtmlElement) -> list[tuple[str, list[str]]]:
    """Each <h1>'s text, with the texts of its parts (a kicker <span> + the headline)."""
    heads = []
    for h in tree.iter("h1"):
        text = squash(h.text_content())
        if not text or len(text) >= 400:
            continue
        parts = [squash(h.text)] + [squash(c.text_content()) for c in h if isinstance(c.tag, str)]
        parts += [squash(c.tail) for c in h]
        heads.append((text, [p for p in parts if p and p != text]))
    return heads


def norm_key(text: str) -> str:
    """Letters and digits only, case-folded: the key titles are compared by.

    >>> norm_key("Alles hat seine Zeit…") == norm_key("alles hat seine Zeit...")
    True
    """
    return re.sub(r"[\W_]+", "", text.casefold())


def _segment_runs(title: str, min_len: int = 12) -> Iterator[str]:
    """Every run of consecutive separator-delimited segments of a title."""
    parts = _SEP.split(title)
    segs = parts[0::2]
    for i in range(len(segs)):
        for j in range(i + 1, len(segs) + 1):
            run = "".join(parts[2 * i : 2 * j - 1])
            if len(run) >= min_len:
                yield run


def find_title(tree: HtmlElement, meta: dict[str, list[str]], ld: list[dict[str, Any]],
               url: str | None = None) -> str:
    """The headline as shown: an <h1> (or part of one) confirmed by og:title, JSON-LD or
    <title>; else the first <h1> that is not the site's name; else og:title, JSON-LD
    headline or <title> with the site name stripped."""
    site_names = meta.get("og:site_name", []) + meta.get("application-name", [])
    for obj in ld:
        pub = obj.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            site_names.append(pub["name"])
        if "website" in _ld_types(obj) and isinstance(obj.get("name"), str):
            site_names.append(obj["name"])
    page_title = ""
    title_el = tree.find(".//title")
    if title_el is not None:
        page_title = squash(title_el.text_content())
    ld_head = ""
    for obj in _ld_articles(ld):
        h = obj.get("headline") or obj.get("name")
        if isinstance(h, str) and h.strip():
            ld_head = squash(h)
            break
    metas = [squash(x) for key in ("og:title", "twitter:title") for x in meta.get(key, [])[:1]]
    metas = [m for m in (*metas, ld_head) if m]
    sources = [*metas, page_title] if page_title else metas
    stripped = [strip_site_name(s, site_names, url) for s in sources]
    # strong: the headline the page declares; weak: any run of segments of <title>
    strong = {norm_key(s) for s in metas + stripped[: len(metas)]}
    weak = set(strong) | {norm_key(s) for s in sources + stripped}
    site_keys = {norm_key(n) for n in site_names if n.strip()}
    for src, short in zip(sources, stripped, strict=True):
        weak.update(norm_key(r) for r in _segment_runs(src))
        kept = norm_key(short)
        site_keys.update(norm_key(seg) for seg in _SEP.split(src)[0::2]
                         if norm_key(seg) and norm_key(seg) not in kept)
    site_keys.discard("")
    strong.discard("")
    host = _host_core(url)

    def is_site(text: str) -> bool:
        k = norm_key(text)
        return (len(k) < 3 or k in site_keys
                or bool(host) and k.startswith(host) and len(k) <= len(host) + 6)

    def confirmed(text: str, keys: set[str]) -> bool:
        k = norm_key(text)
        if k in keys:
            return True
        # the h1 is the declared headline minus a trailing addition (", Thailand")
        return len(k) >= 20 and any(x.startswith(k) and len(k) >= 0.75 * len(x) for x in keys)

    heads = [(t, parts) for t, parts in _headings(tree) if not is_site(t)]
    for keys in (strong, weak):
        for text, parts in heads:
            if confirmed(text, keys):
                return text
            for part in parts:
                if len(part) >= 12 and confirmed(part, keys) and not is_site(part):
                    return part
    for text, _ in heads:
        if len(text.split()) >= 2 or not stripped:
            return text
    return stripped[0] if stripped else (heads[0][0] if heads else "")


# --------------------------------------------------------------------------- dates
def _plausible(iso: str | None, today: dt.date | None = None) -> str | None:
    if not iso:
        return None
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return None
    today = today or dt.date.today()
    if d.year < 1995 or d > today + dt.timedelta(days=1):
        return None
    return iso


def _date_value(value: Any, lang: str | None, zone: ZoneInfo | None = None) -> str | None:
    """A metadata date value -> ISO date; UTC timestamps become the publisher's local date."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    if not isinstance(value, str):
        return None
    value = value.strip()
    if re.fullmatch(r"1\d{9}(?:\d{3})?", value):  # Unix time (s or ms)
        stamp = dt.datetime.fromtimestamp(int(value[:10]), dt.UTC)
        return (stamp.astimezone(zone) if zone else stamp).date().isoformat()
    return _plausible(local_date(value, zone) or parse_date(value[:80], lang))


_URL_DATE = re.compile(
    r"(?<![\d])((?:19|20)\d{2})([/_.-]?)(0[1-9]|1[0-2]|[1-9])\2(0[1-9]|[12]\d|3[01]|[1-9])(?![\d])")


def url_date(url: str | None) -> str | None:
    """A full date in a URL path ("/2020/02/17/", "-20200217-"), checked for validity.

    >>> url_date("https://laprensafl.com/2020/02/17/tenemos-silvia/")
    '2020-02-17'
    >>> url_date("https://x.uz/news/20251112-uzbek"), url_date("https://x.com/2020/02/"), url_date(None)
    ('2025-11-12', None, None)
    """
    if not url:
        return None
    path = urlsplit(url).path
    for m in _URL_DATE.finditer(path):
        if not m.group(2) and len(m.group(0)) != 8:
            continue
        try:
            d = dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        return _plausible(d.isoformat())
    return None


# Measured on the gold dates (Media Cloud / trafilatura-eval): JSON-LD first 0.938 / 0.856,
# <meta> first 0.928 / 0.864; og:locale as a country hint: +1 page on each ordering of MC.
META_BEFORE_LD = False
USE_OG_LOCALE = True


def _ld_date(meta: dict[str, list[str]], ld: list[dict[str, Any]], lang: str | None,
             zone: ZoneInfo | None) -> str | None:
    for obj in _ld_articles(ld) + ld:
        got = _date_value(obj.get("datePublished") or obj.get("dateCreated"), lang, zone)
        if got:
            return got
    return None


@cache
def date_meta_keys() -> tuple[str, ...]:
    """<meta> keys that carry the publication date, best first (data/date_meta_keys.txt)."""
    text = (Path(__file__).parent / "data" / "date_meta_keys.txt").read_text(encoding="utf-8")
    return tuple(k for k in (line.strip() for line in text.splitlines())
                 if k and not k.startswith("#"))


def _meta_date(meta: dict[str, list[str]], ld: list[dict[str, Any]], lang: str | None,
               zone: ZoneInfo | None) -> str | None:
    for key in date_meta_keys():
        for value in meta.get(key, ()):
            got = _date_value(value, lang, zone)
            if got:
                return got
    return None


def structured_date(tree: HtmlElement, meta: dict[str, list[str]], ld: list[dict[str, Any]],
                    lang: str | None = None, zone: ZoneInfo | None = None) -> str | None:
    """Publication date declared in JSON-LD, <meta> or itemprop/<time> markup: the date as
    written, or for a UTC timestamp the date in the publisher's ``zone``."""
    sources = [_meta_date, _ld_date] if META_BEFORE_LD else [_ld_date, _meta_date]
    for source in sources:
        got = source(meta, ld, lang, zone)
        if got:
            return got
    for el in tree.xpath('//*[@itemprop="datePublished" or @property="datePublished"]'
                         '|//time[@pubdate]|//abbr[@class="published"]'):
        got = _date_value(el.get("datetime") or el.get("content") or el.get("title")
                          or el.text_content(), lang, zone)
        if got:
            return got
    return None


_CJK_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


def cjk_date(text: str) -> str | None:
    """A Chinese/Japanese/Korean numeric date ("2020年07月12日", "2020년 7월 12일").

    >>> cjk_date("2020年07月12日 | 競馬"), cjk_date("2020년 7월 12일")
    ('2020-07-12', '2020-07-12')
    """
    m = _CJK_DATE.search(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def image_date(meta: dict[str, list[str]]) -> str | None:
    """The date in the lead image's URL (og:image "/uploads/2020/10/13/..."), a weak signal."""
    for key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image"):
        for value in meta.get(key, [])[:1]:
            got = url_date(value)
            if got:
                return got
    return None


@cache
def _relative_days() -> dict[str, int]:
    path = Path(__file__).parent / "data" / "relative_days.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return {r["word"].strip().casefold(): int(r["days"]) for r in rows}


_REL_WORD = re.compile(r"^\W*([^\W\d_]+)")


def relative_date(text: str, reference: dt.date) -> str | None:
    """A byline that starts with "today"/"yesterday" (Uzbek, Russian, English), resolved
    against ``reference`` (the crawl date).

    >>> relative_date("Bugun, 13:09", dt.date(2025, 11, 12)), relative_date("Вчера в 18:40", dt.date(2025, 11, 12))
    ('2025-11-12', '2025-11-11')
    >>> relative_date("Kecha boʻlib oʻtgan uchrashuvda koʻplab masalalar muhokama qilindi", dt.date(2025, 11, 12))
    """
    if len(text) > 40:
        return None
    m = _REL_WORD.match(text)
    if not m:
        return None
    days = _relative_days().get(m.group(1).casefold())
    if days is None:
        return None
    return (reference + dt.timedelta(days=days)).isoformat()


def _scan_dates(scope: HtmlElement, lang: str | None, limit: int,
                zone: ZoneInfo | None = None, reference: dt.date | None = None) -> str | None:
    seen = 0
    for el in scope.iter("time", "span", "div", "p", "li", "small", "em", "a", "td", "header"):
        if el.tag == "time" and el.get("datetime"):
            got = _date_value(el.get("datetime"), lang, zone)
            if got:
                return got
        marker = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))
        if el.tag != "time" and not _DATEISH.search(marker):
            continue
        text = squash(el.text_content())
        if not text or len(text) > 120:
            continue
        seen += 1
        got = _plausible(parse_date(text, lang) or cjk_date(text)
                         or (relative_date(text, reference) if reference else None))
        if got:
            return got
        if seen >= limit:
            break
    return None


def textual_date(tree: HtmlElement, lang: str | None = None, limit: int = 40,
                 zone: ZoneInfo | None = None, reference: dt.date | None = None) -> str | None:
    """A date written in words or digits in a byline-like element ("12 ноябрь 2025",
    "12-noyabr, 2025", "13:09 / 16.08.2021"), read with the project's date parser.

    The search starts next to the headline (the <h1>'s nearest containers) and widens to
    the <article> and then the whole page, so a teaser's date in a side column loses to
    the byline.
    """
    scopes: list[HtmlElement] = []
    h1 = next(tree.iter("h1"), None)
    node = h1
    for _ in range(4):
        node = node.getparent() if node is not None else None
        if node is None or node.tag in ("body", "html"):
            break
        scopes.append(node)
    scopes.extend(list(tree.iter("article"))[:1])
    scopes.append(tree)
    for scope in scopes:
        got = _scan_dates(scope, lang, limit, zone, reference)
        if got:
            return got
    return None


def htmldate_date(tree: HtmlElement, url: str | None, *, extensive: bool) -> str | None:
    """htmldate's publication date guess (it deep-copies the tree, ours stays intact)."""
    from htmldate import find_date

    try:
        return _plausible(find_date(tree, extensive_search=extensive, original_date=True,
                                    url=url, deferred_url_extractor=True))
    except Exception:  # noqa: BLE001 - htmldate raises on odd markup; a missing date is fine
        return None


# Order measured on the Media Cloud and trafilatura-eval gold dates (bench/html_eval.py).
DATE_STAGES = ("url", "structured", "image", "htmldate", "textual", "htmldate_extensive")
# htmldate knows no Uzbek or Russian month names: our byline reader goes first there.
DATE_STAGES_UZ_RU = ("url", "structured", "textual", "image", "htmldate", "htmldate_extensive")


def find_published(tree: HtmlElement, meta: dict[str, list[str]], ld: list[dict[str, Any]],
                   url: str | None, lang: str | None,
                   stages: tuple[str, ...] | None = None,
                   crawled: str | None = None) -> tuple[str | None, str | None]:
    """(publication date, the stage that found it), trying ``stages`` in order: a date in
    the URL, declared metadata, a byline date in words (our parser: Uzbek/Russian month
    names), the lead image's URL, htmldate on markup, htmldate's extensive text search."""
    from .timezone import page_country, zone_for_country

    short = lang.split("-")[0] if lang else None
    if stages is None:
        stages = DATE_STAGES_UZ_RU if short in ("uz", "ru") else DATE_STAGES
    country = page_country(url, lang)
    for locale in meta.get("og:locale", [])[:1] if country is None and USE_OG_LOCALE else ():
        country = page_country(None, locale)
    zone = zone_for_country(country) if country else None
    for stage in stages:
        if stage == "url":
            got = url_date(url)
        elif stage == "structured":
            got = structured_date(tree, meta, ld, short, zone)
        elif stage == "textual":
            reference = None
            if crawled:
                ref = local_date(crawled, zone) or parse_date(crawled[:10])
                reference = dt.date.fromisoformat(ref) if ref else None
            got = textual_date(tree, short, zone=zone, reference=reference)
        elif stage == "image":
            got = image_date(meta)
        elif stage == "htmldate":
            got = htmldate_date(tree, url, extensive=False)
        elif stage == "htmldate_extensive":
            got = htmldate_date(tree, url, extensive=True)
        else:
            raise ValueError(f"unknown date stage {stage!r}")
        if got:
            return got, stage
    return None, None


# --------------------------------------------------------------------------- language, URLs
def canonical_lang(tag: str | None) -> str | None:
    """A BCP 47 tag with conventional casing; None for empty or invalid values.

    Uzbek sites often tag Latin-script Uzbek "oz" (as in their /oz/ paths): read as uz-Latn.

    >>> canonical_lang("ru_RU"), canonical_lang("uz-latn"), canonical_lang(" EN "), canonical_lang("")
    ('ru-RU', 'uz-Latn', 'en', None)
    >>> canonical_lang("oz"), canonical_lang("uz-UZ")
    ('uz-Latn', 'uz-UZ')
    """
    if not tag:
        return None
    parts = re.split(r"[-_]", tag.strip())
    if parts[0].lower() == "oz":
        parts = ["uz", "Latn", *parts[1:]]
    if not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return None
    out = [parts[0].lower()]
    for p in parts[1:]:
        if len(p) == 4 and p.isalpha():
            out.append(p.title())
        elif len(p) in (2, 3):
            out.append(p.upper())
        elif p:
            out.append(p.lower())
    return "-".join(out)


def find_lang(tree: HtmlElement, meta: dict[str, list[str]]) -> str | None:
    """html[lang], else Content-Language, else og:locale."""
    for value in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  *meta.get("content-language", [])[:1], *meta.get("og:locale", [])[:1],
                  *meta.get("language", [])[:1]):
        got = canonical_lang(value.split(",")[0] if value else None)
        if got:
            return got
    return None


def hreflangs(tree: HtmlElement, base: str | None = None) -> dict[str, str]:
    """<link rel=alternate hreflang> language -> URL."""
    out = {}
    for link in tree.iter("link"):
        lang, href = link.get("hreflang"), link.get("href")
        if lang and href and "alternate" in (link.get("rel") or "").lower():
            out[lang.strip()] = urljoin(base, href.strip()) if base else href.strip()
    return out


def find_url(tree: HtmlElement, meta: dict[str, list[str]], url: str | None) -> str | None:
    """Canonical URL (<link rel=canonical>, og:url), resolved against the page URL."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            href = link.get("href").strip()
            full = urljoin(url, href) if url else href
            if full.startswith(("http://", "https://")):
                return full
    for value in meta.get("og:url", []):
        if value.startswith(("http://", "https://")):
            return value
    return url


def find_description(meta: dict[str, list[str]]) -> str:
    """og:description, else the description <meta>."""
    for key in ("og:description", "description", "twitter:description"):
        for value in meta.get(key, []):
            if squash(value):
                return squash(value)
    return ""
