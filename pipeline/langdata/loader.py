"""Read the authored language tables in `pipeline/langdata/<tag>/`.

Tables are TSV with a header row, lists are TXT with one item per line; both allow
`#` comments and blank lines and are UTF-8 NFC.
"""
from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

from ..errors import DataTableError

Row = dict[str, str]


def _read(tag: str, name: str) -> list[str]:
    """The raw lines of `<tag>/<name>`."""
    path = files("pipeline.langdata") / tag / name
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataTableError(f"{tag}/{name}: no such table") from None


def _lines(tag: str, name: str, raw: list[str] | None = None) -> list[tuple[int, str]]:
    """(line number, NFC line) of the content lines (no comment, no blank) of `<tag>/<name>`,
    or of its `raw` lines already read."""
    out = []
    for number, line in enumerate(_read(tag, name) if raw is None else raw, 1):
        line = unicodedata.normalize("NFC", line.rstrip("\n"))
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((number, line))
    return out


@cache
def table(tag: str, name: str) -> tuple[Row, ...]:
    """Rows of `<tag>/<name>.tsv` as dicts keyed by the header."""
    lines = _lines(tag, f"{name}.tsv")
    if not lines:
        raise DataTableError(f"{tag}/{name}.tsv: empty table")
    header = lines[0][1].split("\t")
    rows = []
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise DataTableError(
                f"{tag}/{name}.tsv:{number}: {len(cells)} columns, expected {len(header)}"
            )
        rows.append(dict(zip(header, cells)))
    return tuple(rows)


@cache
def word_list(tag: str, name: str) -> tuple[str, ...]:
    """Items of `<tag>/<name>.txt`, one per line."""
    return tuple(line.strip() for _, line in _lines(tag, f"{name}.txt"))


@cache
def word_list_section(tag: str, name: str, header: str) -> tuple[str, ...]:
    """Items of `<tag>/<name>.txt` after its first comment line that starts with `header`
    (the list's last section); empty when no comment line does."""
    raw = _read(tag, f"{name}.txt")
    for number, line in enumerate(raw, 1):
        if line.startswith(header):
            return tuple(item.strip() for n, item in _lines(tag, f"{name}.txt", raw) if n > number)
    return ()
