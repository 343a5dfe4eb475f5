"""English towns of the English-speaking countries (`models/gazetteer/towns.json`, GeoNames
towns of 15 000+ people not in the world-cities table) in a place's context only, and US
states after a town (`Alpharetta, GA`, `Reston, Va.`, `Saratoga Springs, NY`).

A town name counts when a state follows after a comma (its postal code, its AP abbreviation
`Ga.`, a state or country the other rules found: `McAllen, Texas`), also in capitals in a
dateline (`ALPHARETTA, Ga.`) and for towns named like people (`Austin, TX`); or when
`in/from/near/outside` (`at` for a name of two or more words) comes before it and no
capitalised word follows (`in Alpharetta`; not `in Temple Bar`). A town of the rest of the
world (`world_towns.json` en: Hoshiarpur, Wolfsburg) counts only right after
`in/from/near/outside`, written not in capitals, with no capitalised word after it. A state code or abbreviation
counts after a place and a comma unless a capitalised word follows (`Raleigh, NC`; not
`Raleigh, NC State`)."""
from __future__ import annotations

import re
from functools import cache
from itertools import compress

from ..langdata.loader import word_list
from .morph import fold

from .locations import may_start
from .scan import Candidate, Scan

RANK = 4  # as the `in X, <state>` town of `locations`
_CUES = frozenset({"in", "from", "near", "outside"})
# an AP state abbreviation as written (Ga., Calif., N.Y., W.Va.), checked against us_state_ap
_AP = re.compile(r"[A-Z]\.[A-Z]\.|W\. ?Va\.|[A-Z][a-z]{1,4}\.")


def _state(scan: Scan, last: int) -> tuple[int, int] | None:
    """The span of a US state code (no capitalised word after it: not NC State) or AP
    abbreviation right after `<token last>, ` (Raleigh, NC; Reston, Va.)."""
    text = scan.text
    at = scan.tokens[last].end + 2
    if text[at - 2:at] != ", ":
        return None
    m = _AP.match(text, at)
    if m and m.group() in scan.lex.us_state_ap:
        return m.start(), m.end()
    k = last + 1
    if k < len(scan.tokens) and scan.tokens[k].start == at and scan.tokens[k].text in scan.lex.us_states \
            and not (k + 1 < len(scan.tokens) and scan.adjacent(k, k + 1) and scan.cap(k + 1)):
        return at, scan.tokens[k].end
    return None


def _region_after(scan: Scan, last: int, starts: set[int]) -> bool:
    """`<token last>, ` is followed by a place found before (Texas, Georgia) or a country."""
    k = last + 1
    if k >= len(scan.tokens) or scan.gap(last, k) != ", " or not scan.cap(k):
        return False
    if scan.tokens[k].start in starts:
        return True
    return scan.longest_phrase(k, scan.lex.countries.get("en", {}), scan.lex.max_country_words) is not None


def english_towns(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """Town and state candidates (see the module docstring); `found`: the places so far."""
    lex = scan.lex
    if not lex.towns:
        return english_territories(scan)
    starts = {c.start for c in found}
    ends = {c.end for c in found}
    out: list[Candidate] = []
    tokens = scan.tokens
    n = len(tokens)
    nxt = 0
    memo = lex.cache("may start towns en")  # folded word -> (may start a town, a named town)
    indexes = scan._phrase_index(lex.towns), scan._phrase_index(lex.named_towns)
    folded = scan.folded
    world_keys = lex.world_towns.get("en", {})
    for i in compress(range(n), scan._caps):
        if i < nxt:
            continue
        may = memo.get(folded[i])
        if may is None:
            may = memo[folded[i]] = (may_start(folded[i], lex.towns, indexes[0]),
                                     may_start(folded[i], lex.named_towns, indexes[1]))
        town = scan.longest_phrase(i, lex.towns, 3) if may[0] else None
        named = scan.longest_phrase(i, lex.named_towns, 3) if may[1] and not town else None
        world = None
        if not town and not named and world_keys and i > 0 and scan.folded[i - 1] in _CUES:
            world = scan.longest_phrase(i, world_keys, 3)  # in Bathinda: a town of the world, cue only
            if world and not (world[0] + 1 < n and scan.adjacent(world[0], world[0] + 1) and scan.cap(world[0] + 1)) \
                    and scan.adjacent(i - 1, i) and not tokens[i].text.isupper():
                out.append(Candidate("LOC", tokens[i].start, tokens[world[0]].end, {"name": world[1]}, RANK))
                nxt = world[0] + 1
                continue
        if not town and not named:
            if tokens[i].end in ends:  # a state after a place found before: Raleigh, NC
                state = _state(scan, i)
                if state:
                    out.append(Candidate("LOC", *state, {"name": scan.text[state[0]:state[1]]}, RANK))
            continue
        last, name = town or named
        upper = tokens[i].text.isupper()
        state = _state(scan, last)
        region = state is not None or _region_after(scan, last, starts)
        cue = i > 0 and scan.adjacent(i - 1, i) and (
            scan.folded[i - 1] in _CUES or (scan.folded[i - 1] == "at" and last > i))
        alone = not (last + 1 < n and scan.adjacent(last, last + 1) and scan.cap(last + 1))
        if not region and not (town and cue and alone and not upper):
            continue
        out.append(Candidate("LOC", tokens[i].start, tokens[last].end, {"name": name}, RANK))
        if state:
            out.append(Candidate("LOC", *state, {"name": scan.text[state[0]:state[1]]}, RANK))
        nxt = last + 1
    return out + english_territories(scan) + unlisted_towns(scan, found + out)


# one to three capitalised words and a US state's postal code or AP abbreviation, at a line's
# start, after a dash, a venue's comma or `in/near/from/outside`: a small town the gazetteer
# lacks (`Jiffy Lube Live, Bristow, VA`, `June 29 – Holmdel, NJ @ ...`, `in Elkton, Md.`); the
# code is found first (a rare pattern), then the town before it
_STATE_CODE = re.compile(r", ([A-Z]{2}\b|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)(?![\w-]| [A-Z][a-z])")
_TOWN_BEFORE = re.compile(r"(?:^|(?<=[-–—] )|(?<=[a-z], )|(?<=\bin )|(?<=\bnear )|(?<=\bfrom )|(?<=\boutside ))"
                          r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]{2,})$", re.M)


def unlisted_towns(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """LOC candidates for a town the gazetteers lack and its state, where a US state's code or
    AP abbreviation follows it (see `_STATE_CODE`); not a given name, a company word or a place
    found already; ranked over an organisation's reading of the same word."""
    text = scan.text
    if ", " not in text:
        return []
    lex = scan.lex
    spans = [(c.start, c.end) for c in found]
    given = lex.first_names.get("en", ())
    forms = lex.org_forms.get("en", {})
    out: list[Candidate] = []
    for c in _STATE_CODE.finditer(text):
        code = c.group(1)
        if code not in lex.us_states and code not in lex.us_state_ap:
            continue
        left = max(0, c.start() - 40)
        m = _TOWN_BEFORE.search(text, left, c.start())
        if not m or m.start(1) == left and left > 0:
            continue  # (a window's first word may be cut)
        words = m.group(1).split(" ")
        start, end = m.start(1), m.end(1)
        if any(s < end and start < e for s, e in spans) or fold(words[0]) in given \
                or any(fold(w) in forms or fold(w) in lex.function_words.get("en", ()) for w in words):
            continue
        out.append(Candidate("LOC", start, end, {"name": m.group(1)}, RANK + 1))
        out.append(Candidate("LOC", c.start(1), c.end(1), {"name": code}, RANK))
    return out


@cache
def territories() -> dict[str, str]:
    """Territory names (`langdata/en/territories.txt`): folded -> as written."""
    return {fold(line): line for line in word_list("en", "territories")}


_TERRITORY_RANK = RANK + 1  # over an organisation reading of the same words (West Bank)


def english_territories(scan: Scan) -> list[Candidate]:
    """English: territories the gazetteers lack (the West Bank, Golan Heights, Donbas), written
    with capitals, as locations."""
    return [Candidate("LOC", start, end, {"name": name}, _TERRITORY_RANK)
            for start, end, name in _phrases(scan, territories())]


@cache
def _first_words(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(key.split(" ")[0] for key in keys)


def _phrases(scan: Scan, table: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the table's names written in the text, word for word, capitalised."""
    firsts = _first_words(tuple(table))
    if firsts.isdisjoint(scan.folded):
        return []  # the common case (one C-level test)
    out = []
    tokens = scan.tokens
    for i in compress(range(len(tokens)), scan._caps):
        if scan.folded[i] not in firsts:
            continue
        hit = scan.longest_phrase(i, table, 3)
        if hit and all(scan.cap(m) for m in range(i, hit[0] + 1)):
            out.append((tokens[i].start, tokens[hit[0]].end, hit[1]))
    return out
