"""Web-page bytes to text: BOM, HTTP charset, <meta> charset, then detection on the text.

The order follows the HTML standard's encoding sniffing. A declaration that does not decode
strictly is skipped (servers lie), and a page that declares nothing is detected from its
visible text rather than its ASCII markup, so undeclared cp1251/koi8-r pages come out right.
"""
from __future__ import annotations

import codecs
import re

from ..decode import decode_bytes
from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:+-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_TAGS = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>",
                   re.IGNORECASE | re.DOTALL)
# WHATWG encoding labels whose meaning differs from Python's codec of the same name.
_WHATWG = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "iso-8859-9": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "x-cp1251": "cp1251", "win-1251": "cp1251", "gb2312": "gb18030", "gbk": "gb18030",
    "x-sjis": "shift_jis", "unicode": "utf-16-le", "utf-16": "utf-16-le",
}


def charset_from_content_type(value: str | None) -> str | None:
    """The charset parameter of a Content-Type header value.

    >>> charset_from_content_type('text/html; charset="windows-1251"')
    'windows-1251'
    >>> charset_from_content_type("text/html") is None
    True
    """
    if not value:
        return None
    m = _HEADER_CHARSET.search(value)
    return m.group(1) if m else None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in <meta charset>, http-equiv, or an XML declaration.

    >>> declared_charset(b'<head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    'koi8-r'
    """
    head = data[:16384]
    m = _META_CHARSET.search(head) or _XML_DECL.search(head[:512])
    return m.group(1).decode("ascii").strip().lower() if m else None


def python_codec(label: str | None) -> str | None:
    """Map an encoding label to a Python codec name (WHATWG aliases), None if unknown.

    >>> python_codec("ISO-8859-1"), python_codec("Windows-1251"), python_codec("nonsense")
    ('cp1252', 'cp1251', None)
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _try(data: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        # a declared UTF-16 on a byte stream without a BOM is almost always a lie
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def visible_bytes(data: bytes) -> bytes:
    """The page bytes without tags, scripts, styles and comments (for charset detection).

    >>> visible_bytes(b"<p class='x'>\\xcf\\xf0\\xe8</p><script>var a=1;</script>")
    b' \\xcf\\xf0\\xe8  '
    """
    return _TAGS.sub(b" ", data)


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def detection_sample(data: bytes, limit: int = 4096) -> bytes:
    r"""Up to ``limit`` bytes of text between tags that contains non-ASCII bytes (charset
    detection is slow on long inputs and misled by ASCII markup). Stops early.

    >>> detection_sample(b"<p>abc</p><p>\xcf\xf0\xe8</p>")
    b'\xcf\xf0\xe8'
    """
    runs: list[bytes] = []
    size = pos = 0
    while size < limit:
        m = _HIGH_BYTE.search(data, pos)
        if m is None:
            break
        i = m.start()
        start = max(data.rfind(b">", 0, i), data.rfind(b"<", 0, i), data.rfind(b"\n", 0, i)) + 1
        ends = [e for e in (data.find(b"<", i), data.find(b">", i), data.find(b"\n", i)) if e >= 0]
        end = min(ends) if ends else len(data)
        run = data[start:end].strip()
        if run:
            runs.append(run)
            size += len(run) + 1
        pos = end + 1
    sample = b"\n".join(runs)[:limit]
    return sample or data[:limit]


_WORD = re.compile(r"[^\W\d_]+")


def mixed_script_share(text: str) -> float:
    """Share of non-ASCII words that mix Latin and Cyrillic letters (mojibake sign).

    >>> mixed_script_share("eBay-Individuallцsungen kostengьnstigen"), mixed_script_share("Привет, Тошкент")
    (1.0, 0.0)
    """
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0
    mixed = sum(1 for w in words
                if any("a" <= c.lower() <= "z" for c in w) and any("\u0400" <= c <= "\u04ff" for c in w))
    return mixed / len(words)


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Decode a web page; returns (text, Python codec name).

    Raises InputError (code ``decode``/``binary``) when nothing fits.

    >>> decode_html("<p>Привет</p>".encode("koi8-r"), "koi8-r")
    ('<p>Привет</p>', 'koi8-r')
    >>> decode_html(b'<meta charset="utf-8"><p>caf\\xc3\\xa9</p>')[1]
    'utf-8'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec
            except UnicodeDecodeError as exc:
                raise InputError(f"bad {codec} after BOM: {exc}", code="decode") from None
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    for label in (http_charset, declared_charset(data)):
        codec = python_codec(label)
        if utf8 is not None and codec and codec != "utf-8" and not codec.startswith("utf"):
            # valid multi-byte UTF-8 is practically never a legacy single-byte page:
            # the declaration is stale (a CMS switched to UTF-8 and kept its template)
            if len(utf8) < len(data):
                return utf8, "utf-8"
        text = _try(data, codec)
        if text is not None:
            return text, codec  # type: ignore[return-value]
    if utf8 is not None:
        return utf8, "utf-8"
    # Undeclared (or wrongly declared) legacy encoding: detect on the visible text only,
    # where the non-ASCII letters are not drowned in markup.
    sample = detection_sample(data)
    guess, codec = decode_bytes(sample)
    codec = python_codec(codec) or codec
    if codec != "cp1252" and mixed_script_share(guess) > 0.2 and _try(sample, "cp1252"):
        # "Individuallцsungen": a Western page read as Cyrillic; WHATWG's default instead
        codec = "cp1252"
    return data.decode(codec, errors="replace"), codec
