"""Uzbek pass B3: a surname and a given name alone on their line, as winners' and staff lists
print them (Ҳусанов Эшқобил; 2- ўрин: Тўхтасинов Рўзимуҳаммад (88 балл); Садоатов Шаҳобиддин2.
with a footnote digit glued on, which stays outside the span). Any given name: the line vouches
for it; the surname must have a strong shape (-ов, -ева) in the nominative."""
from __future__ import annotations

import re

from ..morph import fold
from ..scan import Candidate, Scan
from .words import (
    RANK, _STRONG_SURNAME, _acronym, _blocked, _common_noun, _place_derived, surname_stem,
)

# what may open the line before the pair: a number, a place in a ranking (1-ўрин:, 2- o‘rin:)
_LINE_HEAD = re.compile(r"[ \t]*(?:\d{1,3}\s*[-–.)]?\s*(?:ўрин|o[‘ʻ'’]rin)?\s*[:.)-]?\s*)?")
# what may close it: a glued footnote digit, a full stop or semicolon, a score in brackets
_LINE_TAIL = re.compile(r"\d{0,2}[.;,]?[ \t]*(?:\(\d{1,3}[ \t]*(?:балл|ball)\)[.;]?)?[ \t]*(?:\n|$)")
_GIVEN = re.compile(r"^[A-ZА-ЯЎҚҒҲ][a-zа-яўқғҳʻ‘’']{2,}")


def listed_pairs(scan: Scan, caps: list[int], taken: set[int], out: list[Candidate]) -> None:
    """Add the pairs of surname + given name that fill their line (see the module)."""
    tokens, n, text = scan.tokens, len(scan.tokens), scan.text
    for i in [i for i in caps if i + 1 < n and scan.cap(i + 1)]:  # (a capital next: the cheap test first)
        j = i + 1
        if i in taken or j in taken or not scan.adjacent(i, j):
            continue
        head = text.rfind("\n", 0, tokens[i].start) + 1
        if tokens[i].start - head > 16 or not _LINE_HEAD.fullmatch(text, head, tokens[i].start):
            continue  # cheap check first: the surname opens its line
        given = _GIVEN.match(tokens[j].text)
        if given is None or not _LINE_TAIL.match(text, tokens[j].start + given.end()):
            continue
        sur = surname_stem(scan, i)
        if sur != tokens[i].text or not _STRONG_SURNAME.search(fold(sur)):
            continue
        if _acronym(tokens[j].text) or _blocked(scan, j) or _place_derived(scan, j) or _common_noun(scan, j):
            continue
        end = tokens[j].start + given.end()
        out.append(Candidate("PERSON", tokens[i].start, end, {"name": text[tokens[i].start:end]}, RANK,
                             {"surname": fold(sur)}))
        taken.update((i, j))
