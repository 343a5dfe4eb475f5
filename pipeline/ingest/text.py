"""Plain-text releases: optional ` date YYYY-MM-DD <title>` line, then lead, then paragraphs."""
from __future__ import annotations

import hashlib
import re

from ..decode import decode_bytes
from ..errors import InputError
from .article import Article, Source

_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$")


def parse_layout(text: str) -> tuple[str | None, str, str, list[str]]:
    """Split a release into (published, title, lead, paragraphs).

    >>> parse_layout(" date 2025-11-12 Title\\nLead.\\nBody one.\\n\\nBody two.")
    ('2025-11-12', 'Title', 'Lead.', ['Body one.', 'Body two.'])
    >>> parse_layout("Just one line")
    (None, 'Just one line', '', [])
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return None, "", "", []
    published = None
    match = _HEADER.match(lines[0])
    if match:
        published, title = match.group(1), match.group(2).strip()
        rest = lines[1:]
        if not title and rest:
            title, rest = rest[0], rest[1:]
    else:
        title, rest = lines[0], lines[1:]
    lead = rest[0] if rest else ""
    return published, title, lead, rest[1:]


def read_text(data: bytes, path: str | None = None) -> Article:
    """Decode and split a text release; raises InputError (empty, binary, decode)."""
    if not data.strip():
        raise InputError("empty input: no text to process", code="empty")
    text, encoding = decode_bytes(data)
    published, title, lead, paragraphs = parse_layout(text)
    if not (title or lead or paragraphs):
        raise InputError("empty input: only white space after decoding", code="empty")
    source = Source(
        path=path, format="text", sha256=hashlib.sha256(data).hexdigest(), encoding=encoding
    )
    return Article(
        source=source, title=title, lead=lead, paragraphs=tuple(paragraphs), published=published
    )
