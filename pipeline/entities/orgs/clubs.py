"""Uzbek football clubs named by their town and a club acronym (Buxoro FK, Navoiy FMM,
Qarshi PFKning, Самарқанд ФК): the town and the acronym are one organisation."""
from __future__ import annotations

import re

from ..locations import CLUB_AFTER, CLUB_ACRONYM
from ..scan import Candidate, Scan
from .common import RANK, token_at

# a capitalised word, a space, the acronym and an optional case suffix in lower case
_CLUB = re.compile(r"(?<![\w‘’ʻʼ'-])([A-ZА-ЯЁЎҚҒҲ][\w‘’ʻʼ'-]+)" + CLUB_ACRONYM)


def uz_clubs(scan: Scan) -> list[Candidate]:
    """Town + club acronym as one ORG (`Buxoro FK`), not after a quote («Paxtakor» FK: the
    quoted name is the club) and not a function word before the acronym."""
    text = scan.text
    if not CLUB_AFTER.search(text):
        return []  # the common case: no club acronym in the text
    out = []
    for m in _CLUB.finditer(text):
        i = token_at(scan, m.start(), after=True)
        if i is None or scan.tokens[i].start != m.start() or scan.function_word(i):
            continue
        name = f"{m.group(1)} {m.group(2)}"
        out.append(Candidate("ORG", m.start(), m.end(), {"name": name}, RANK + 1))
    return out
