"""Uzbek text: other spellings of the world's large cities (`models/gazetteer/world_towns.json`,
GeoNames alternate names: Peshovar, Halab, Iskandariya, Gollivud) in a place's context only.

Many such spellings also name a brand, a club or a person (Marca, Romanov), so one counts
only when it is no sentence's first word, stands alone (no capitalised word right before or
after it, but a place) and its context places it: a place case suffix (Halabga,
Iskandariyadagi, Gollivudda), a place word after it (Kraystcherch shahrida), or a place found
before or after it in a list or route (Termiz — Kobul — Peshovar; Vellington, Gamilton)."""
from __future__ import annotations

from itertools import compress

from .locations import _PLACE_CASES, _place_word, may_start
from .morph import fold
from .scan import Candidate, Scan

RANK = 2  # as the places of the gazetteer
# the separators of a list or route of places (Kraystcherch, Vellington; Termiz — Kobul)
_JOINERS = frozenset({", ", " — ", " – ", " - ", "-", " va ", " ва ", " ҳамда ", " hamda "})


def _suffix(scan: Scan, i: int, key: str) -> str:
    """What token i carries after the name `key` ('' when bare)."""
    word = scan.folded[i]
    return word[len(key):] if word.startswith(key) else ""


def _listed(scan: Scan, i: int, last: int, starts: set[int], ends: set[int]) -> bool:
    """A place found right before or after tokens i..last, joined as in a list or route."""
    tokens = scan.tokens
    if i > 0 and tokens[i - 1].end in ends and scan.text[tokens[i - 1].end:tokens[i].start] in _JOINERS:
        return True
    return last + 1 < len(tokens) and tokens[last + 1].start in starts \
        and scan.text[tokens[last].end:tokens[last + 1].start] in _JOINERS


def uzbek_towns(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """World-town candidates (see the module docstring); `found`: the places so far."""
    keys = scan.lex.world_towns.get(scan.tag)
    if not keys:
        return []
    places = [c for c in found if c.label == "LOC"]
    starts = {c.start for c in places}
    ends = {c.end for c in places}
    out: list[Candidate] = []
    tokens = scan.tokens
    n = len(tokens)
    memo = scan.lex.cache(f"may start world towns {scan.tag}")
    index = scan._phrase_index(keys)
    folded = scan.folded
    for i in compress(range(n), scan._caps):
        may = memo.get(folded[i])
        if may is None:
            may = memo[folded[i]] = may_start(folded[i], keys, index)
        if not may or tokens[i].start in starts or tokens[i].text.isupper() or scan.sentence_initial(i):
            continue
        hit = scan.longest_phrase(i, keys, 2)
        if hit is None:
            continue
        last, name = hit
        listed = _listed(scan, i, last, starts, ends)
        if not listed and ((i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not scan.sentence_initial(i - 1))
                           or (last + 1 < n and scan.adjacent(last, last + 1) and scan.cap(last + 1))):
            continue  # Tajibay Romanov, Okadzaki Xut: part of a longer name
        suffix = _suffix(scan, last, fold(name.split()[-1]))
        if suffix and suffix not in _PLACE_CASES:
            continue  # Peshovarlik: a demonym
        place_word = last + 1 < n and scan.adjacent(last, last + 1) and tokens[last + 1].text.islower() \
            and _place_word(scan, last + 1) is not None
        if listed or (suffix and suffix != "ning" and suffix != "нинг") or place_word:
            out.append(Candidate("LOC", tokens[i].start, tokens[last].end, {"name": name}, RANK))
    return out
