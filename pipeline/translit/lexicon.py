"""Lazily loaded Latin -> Cyrillic lexicons (built `lexicon.tsv` / `stems.tsv` plus hand lists).

Nothing is read at import time; each table is read once on first use and cached.
"""
from __future__ import annotations

from functools import cache
import re
from typing import Iterable

from .alphabet import DATA_DIR, read_tsv


_installed: dict[str, object] = {}


def install(words_: dict[str, str] | None, stems_: dict[str, str] | None, keep: Iterable[str] | None) -> None:
    """Use these tables instead of the committed files (None = back to the files); for evaluation."""
    _installed.clear()
    if words_ is not None:
        _installed.update(words=words_, stems=stems_ or {}, keep=frozenset(keep or ()))
    for f in (words, stems, keep_latin, stem_index):
        f.cache_clear()
    from . import lat2cyr

    lat2cyr._cache.clear()


@cache
def words() -> dict[str, str]:
    """Lower-case canonical Latin word -> Cyrillic, where the letter rules get it wrong."""
    table = {r["lat"]: r["cyr"] for r in read_tsv("lat_loans.tsv")}
    table.update(_installed["words"] if _installed else ((r["lat"], r["cyr"]) for r in read_tsv("lexicon.tsv")))  # type: ignore[call-overload]
    table.update((r["lat"], r["cyr"]) for r in read_tsv("lat_manual.tsv"))
    for r in read_tsv("cyr_exceptions.tsv"):  # the Cyrillic -> Latin exceptions, read back
        table.setdefault(r["lat"], r["cyr"])
    return table


@cache
def stems() -> dict[str, str]:
    """Latin stem -> Cyrillic stem as written before a suffix (апрел- in апрелда)."""
    table = {r["lat"]: r["cyr"].removesuffix("ь") for r in read_tsv("lat_loans.tsv") if len(r["lat"]) > 4}
    table.update(_installed["stems"] if _installed else ((r["lat"], r["cyr"]) for r in read_tsv("stems.tsv")))  # type: ignore[call-overload]
    for r in read_tsv("lat_manual.tsv"):
        if r["stem"] != "yes":
            continue
        cyr = r["cyr"]
        table.setdefault(r["lat"], cyr[:-1] if cyr.endswith("ь") else cyr)
    for r in read_tsv("cyr_exceptions.tsv"):
        table.setdefault(r["lat"], r["cyr"])
    return table


class SuffixChains:
    """Membership test for chains of Uzbek noun suffixes, at most one per slot, in slot
    order (from `suffixes.tsv`), by one compiled regex instead of a set of ~70,000 strings."""

    def __init__(self, slots: dict[str, list[str]]):
        alts = ["(?:" + "|".join(sorted(map(re.escape, v), key=len, reverse=True)) + ")?" for v in slots.values()]
        self._match = re.compile("".join(alts)).fullmatch
        self.longest = sum(max(map(len, v)) for v in slots.values())

    def __contains__(self, chain: object) -> bool:
        return isinstance(chain, str) and chain != "" and self._match(chain) is not None


@cache
def suffix_chains() -> SuffixChains:
    """The suffix chains of `suffixes.tsv`.

    >>> "larimizdagi" in suffix_chains(), "xyz" in suffix_chains(), "" in suffix_chains()
    (True, False, False)
    """
    slots: dict[str, list[str]] = {}
    for r in read_tsv("suffixes.tsv"):
        slots.setdefault(r["slot"], []).append(r["suffix"])
    return SuffixChains(slots)


@cache
def stem_index() -> dict[str, list[tuple[str, str]]]:
    """Stems by their first three letters, longest first (a fast pre-filter)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for lat, cyr in sorted(stems().items(), key=lambda kv: -len(kv[0])):
        index.setdefault(lat[:3], []).append((lat, cyr))
    return index


@cache
def keep_latin() -> frozenset[str]:
    """Latin names that Uzbek Cyrillic text leaves in Latin (from `keep_latin.txt`)."""
    if _installed:
        return _installed["keep"]  # type: ignore[return-value]
    items: set[str] = set()
    for name in ("keep_latin.txt", "keep_latin_manual.txt"):
        text = (DATA_DIR / name).read_text(encoding="utf-8")
        items.update(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(items)
