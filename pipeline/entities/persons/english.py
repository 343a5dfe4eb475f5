"""English-only person rules (issue #5) that the shared passes in `persons/__init__.py` leave out."""
from __future__ import annotations

import re

from ..morph import fold
from ..scan import Candidate, Scan
from .words import RANK

# a speaker named by one word at the end of a quotation (`…,” York said`) or of a clause
# (`…, said Hamilton.`): the word is the speaker's surname even when a place has that name
_SPEAKER_BEFORE = re.compile(r"[,?!][\"”] ([A-Z][a-z]{2,}) (?:said|says|added|told|wrote|explained|noted|continued)\b")
_SPEAKER_AFTER = re.compile(r"(?:[,?!][\"”]|,) (?:said|says|added|wrote) ([A-Z][a-z]{2,})(?=[.,;]|$)")


def place_named_speakers(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """PERSON candidates for a one-word name that is also a place's name (York,
    Kennedy, Hamilton) when it names the speaker of a quotation or clause; the person
    passes skip place words, and the LOC candidate of the same span ranks lower.

    Not a country, known organisation or a word a person candidate already covers."""
    text = scan.text
    if " said" not in text and " says" not in text and " added" not in text and " told" not in text \
            and " wrote" not in text and " explained" not in text and " noted" not in text and " continued" not in text:
        return []
    lex = scan.lex
    spans = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    for m in (*_SPEAKER_BEFORE.finditer(text), *_SPEAKER_AFTER.finditer(text)):
        word = m.group(1)
        key = fold(word)
        start, end = m.start(1), m.end(1)
        if key in lex.countries.get("en", {}) or key not in lex.locations.get("en", {}) \
                or any(s < end and start < e for s, e in spans):
            continue  # only what the place list took from the person rules (Bridenstine is theirs)
        out.append(Candidate("PERSON", start, end, {"name": word}, RANK, {"surname": key}))
    return out
