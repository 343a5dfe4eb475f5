"""English-only person rules (issue #5) that the shared passes in `persons/__init__.py` leave out."""
from __future__ import annotations

import re

from ..morph import fold
from ..scan import Candidate, Scan
from .single import _EN_PLURAL, _EN_REPORTING, _EN_SPEAKER_AFTER, _no_english_surname, _surname_shaped
from .words import RANK

# a speaker named by one word at the end of a quotation (`…,” York said`) or of a clause
# (`…, said Hamilton.`): the word is the speaker's surname even when a place has that name
# (the reporting verbs of `single._english_speakers`)
_SPEECH_VERBS = sorted(_EN_REPORTING | _EN_SPEAKER_AFTER)
_SPEAKER_BEFORE = re.compile(rf"[,?!][\"”] ([A-Z][a-z]{{2,}}) (?:{'|'.join(sorted(_EN_REPORTING))})\b")
_SPEAKER_AFTER = re.compile(rf"(?:[,?!][\"”]|,) (?:{'|'.join(sorted(_EN_SPEAKER_AFTER))}) ([A-Z][a-z]{{2,}})(?=[.,;]|$)")


def place_named_speakers(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """PERSON candidates for a one-word name that is also a place's name (York,
    Kennedy, Hamilton) when it names the speaker of a quotation or clause; the person
    passes skip place words, and the LOC candidate of the same span ranks lower.

    Not a country, known organisation or a word a person candidate already covers."""
    text = scan.text
    if not any(f" {verb}" in text for verb in _SPEECH_VERBS):
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


_JOINED = frozenset({"and", "or", "&"})


def coordinated_surnames(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """PERSON candidates for one capitalised word joined by `and`/`or` to a person found by one
    word (Volker and Morrison said, Noel and Thomas signed): two people named alike, by surname.

    The word stands alone (no capital next to it), is no English word, place, country,
    organisation word, acronym, given name (Trump and Melania), month or weekday."""
    singles = {c.start: c for c in found if c.label == "PERSON" and " " not in scan.text[c.start:c.end]}
    if not singles or _JOINED.isdisjoint(scan.folded):
        return []
    from ..orgs.english import capital_words  # (English words of 4-6 letters)
    tokens = scan.tokens
    n = len(tokens)
    starts = scan.start_index
    taken = [(c.start, c.end) for c in found]
    lex = scan.lex
    names = lex.first_names
    out: list[Candidate] = []
    for start in singles:
        k = starts.get(start)
        if k is None:
            continue
        for other, joint in ((k - 2, k - 1), (k + 2, k + 1)):
            if not 0 <= other < n or scan.folded[joint] not in _JOINED \
                    or not (scan.adjacent(min(other, joint), max(other, joint))
                            and scan.adjacent(min(k, joint), max(k, joint))):
                continue
            tok = tokens[other].text
            word = tok.removesuffix("'s").removesuffix("’s")
            key = fold(word)
            if not _surname_shaped(word):
                continue
            if any(0 <= m < n and m != k and scan.adjacent(min(m, other), max(m, other)) and scan.cap(m)
                   for m in (other - 1, other + 1)):
                continue  # part of a longer name (Goldman Sachs and Morgan)
            if _EN_PLURAL.search(key) and key not in names.get("en_surnames", ()):
                continue  # Biden and Democrats: a plural noun (Williams is a listed surname)
            if key in capital_words() or key in names.get("en", ()) or key in lex.countries.get("en", {}) \
                    or key in lex.locations.get("en", {}) or _no_english_surname(scan, other, key):
                continue
            s, e = tokens[other].start, tokens[other].start + len(word)
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            out.append(Candidate("PERSON", s, tokens[other].end, {"name": word}, RANK, {"surname": key}))
    return out
