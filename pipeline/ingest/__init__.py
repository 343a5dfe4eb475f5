"""Readers that turn input files into articles (the HTML/feed/WARC/JSONL dispatch lands here)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .article import Article, Failure, Source
from .text import read_text

__all__ = ["Article", "Failure", "Source", "read_input", "read_text"]


def read_input(path: Path, data: bytes | None = None, **_: object) -> Iterator[Article | Failure]:
    """Read one input file into articles (plain text only until the other readers land)."""
    if data is None:
        data = Path(path).read_bytes()
    try:
        yield read_text(data, str(path))
    except InputError as exc:
        yield Failure(str(path), exc.code, exc.message)
