"""English towns of the English-speaking countries (`models/gazetteer/towns.json`, GeoNames
towns of 15 000+ people not in the world-cities table) in a place's context only, and US
state postal codes after a place (`Alpharetta, GA`, `Saratoga Springs, NY`).

A town name counts when a state, state code or country follows after a comma (`McAllen,
Texas`), or when `in/from/near/outside` (`at` for a name of two or more words) comes before
it and no capitalised word follows (`in Alpharetta`; not `in Temple Bar`, not `in Delta
Air Lines`). A state code counts after a place and a comma at the end of a phrase (`Raleigh,
NC`; not `Raleigh, NC State`)."""
from __future__ import annotations

from itertools import compress

from .scan import Candidate, Scan

RANK = 4  # as the `in X, <state>` town of `locations`
_CUES = frozenset({"in", "from", "near", "outside"})


def _region_after(scan: Scan, last: int, states: frozenset[str], starts: set[int]) -> int | None:
    """The token after `<last>, ` that is a US state code, a found place (Georgia) or a
    country; None otherwise."""
    k = last + 1
    if k >= len(scan.tokens) or scan.gap(last, k) != ", " or not scan.cap(k):
        return None
    if scan.tokens[k].text in states or scan.tokens[k].start in starts:
        return k
    countries = scan.lex.countries.get("en", {})
    found = scan.longest_phrase(k, countries, scan.lex.max_country_words)
    return k if found else None


def _state_code(scan: Scan, k: int, states: frozenset[str]) -> Candidate | None:
    """Token k, a US state code, is the state unless a capitalised word follows (NC State)."""
    tok = scan.tokens[k]
    if tok.text not in states or (k + 1 < len(scan.tokens) and scan.adjacent(k, k + 1) and scan.cap(k + 1)):
        return None
    return Candidate("LOC", tok.start, tok.end, {"name": tok.text}, RANK)


def english_towns(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """Town and state-code candidates (see the module docstring); `found`: the places so far."""
    towns = scan.lex.towns
    states = scan.lex.us_states
    if not towns:
        return []
    starts = {c.start for c in found}
    ends = {c.end for c in found}
    out: list[Candidate] = []
    tokens = scan.tokens
    n = len(tokens)
    nxt = 0
    for i in compress(range(n), scan._caps):
        if i < nxt or tokens[i].text.isupper():
            continue
        town = scan.longest_phrase(i, towns, 3)
        if town is None:
            if tokens[i].end in ends and i + 1 < n and scan.gap(i, i + 1) == ", ":
                code = _state_code(scan, i + 1, states)  # after a place found before: Raleigh, NC
                if code:
                    out.append(code)
            continue
        last, name = town
        region = _region_after(scan, last, states, starts)
        cue = i > 0 and scan.adjacent(i - 1, i) and (
            scan.folded[i - 1] in _CUES or (scan.folded[i - 1] == "at" and last > i))
        alone = not (last + 1 < n and scan.adjacent(last, last + 1) and scan.cap(last + 1))
        if region is None and not (cue and alone):
            continue
        out.append(Candidate("LOC", tokens[i].start, tokens[last].end, {"name": name}, RANK))
        nxt = last + 1
        if region is not None:
            code = _state_code(scan, region, states)
            if code:
                out.append(code)
    return out
