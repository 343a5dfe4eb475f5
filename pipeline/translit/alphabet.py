"""The letter table (`data/alphabet.tsv`) and the other small data files of the package.

Everything else (engine maps, the `transliterate` pack's tables) is derived from here.
"""
from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

Row = dict[str, str]


def read_tsv(name: str) -> list[Row]:
    """Rows of `pipeline/translit/data/<name>` keyed by its header (`#` comments skipped)."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    header: list[str] | None = None
    rows: list[Row] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = unicodedata.normalize("NFC", line).split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            raise ValueError(f"translit/data/{name}:{number}: {len(cells)} columns, expected {len(header)}")
        rows.append(dict(zip(header, cells)))
    return rows


@cache
def letters() -> tuple[tuple[str, str, bool], ...]:
    """(cyrillic, latin, is-default-reverse) for every lower-case letter of the table.

    >>> ("ш", "sh", True) in letters()
    True
    """
    return tuple((r["cyr"], r["lat"], r["reverse"] == "yes") for r in read_tsv("alphabet.tsv"))


@cache
def cyr_to_lat() -> dict[str, str]:
    """Cyrillic letter -> default Latin spelling, lower and upper case (upper is title case).

    >>> cyr_to_lat()["Ш"], cyr_to_lat()["ў"]
    ('Sh', 'oʻ')
    """
    out: dict[str, str] = {}
    for cyr, lat, _ in letters():
        out[cyr] = lat
        out[cyr.upper()] = lat[:1].upper() + lat[1:]
    return out


@cache
def lat_to_cyr() -> dict[str, str]:
    """Latin unit (letter or digraph, lower case) -> default Cyrillic letter.

    >>> lat_to_cyr()["sh"], lat_to_cyr()["s"], lat_to_cyr()["yo"]
    ('ш', 'с', 'ё')
    """
    return {lat: cyr for cyr, lat, rev in letters() if rev and lat}


@cache
def latin_variants() -> dict[str, str]:
    """Letters of the 1993 / draft alphabets -> 1995 spelling (lower and upper case)."""
    out: dict[str, str] = {}
    for r in read_tsv("latin_variants.tsv"):
        v, c = r["variant"], r["canonical"]
        out[v] = c
        out[v.upper()] = c[:1].upper() + c[1:]
    return out


@cache
def apostrophes() -> str:
    """Every character real text uses for ʻ / ʼ (from `langdata/shared/apostrophes.txt`)."""
    from ..langdata.loader import word_list  # the project's shared apostrophe list

    chars = set(word_list("shared", "apostrophes")) | {"ʻ", "ʼ"}
    return "".join(sorted(chars))
