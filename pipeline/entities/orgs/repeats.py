"""Later mentions of an article's one-word organisation names: once `Roodell kompaniyasi` or
“Медплант” МЧЖ has named a company, a bare `Roodell’ning` or `Медплантнинг` elsewhere in the
article is the same organisation."""
from __future__ import annotations

from bisect import bisect_right
from itertools import compress

from ..morph import fold
from ..scan import Candidate, Scan
from .common import RANK, caps, is_place_word


def repeated_names(scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """ORG candidates for capitalised tokens whose stem is the one-word name of a sure candidate
    elsewhere in the text (a known name, a quoted name with a legal form, a name before a company
    noun); not a place, a first name or a bloc, not inside another candidate."""
    lex = scan.lex
    firsts = lex.first_names.get(scan.script, frozenset())
    names = {}
    for c in cands:
        name = c.value["name"]
        if (c.rank <= RANK and not c.extra.get("firm")) or " " in name or len(name) < 3 or not name[:1].isupper() or not name.isalpha():
            continue
        key = fold(name)
        if key in lex.not_orgs or key in firsts or is_place_word(scan, name):
            continue
        names[key] = name
    if not names:
        return []
    spans = sorted((c.start, c.end) for c in cands)
    starts = [s for s, _ in spans]
    out = []
    tokens = scan.tokens
    for i in compress(range(len(tokens)), caps(scan)):
        key = next((k for k in scan.stem_keys(i) if k in names), None)
        if key is None:
            continue
        tok = tokens[i]
        if i > 0 and scan.adjacent(i - 1, i) and scan.folded[i - 1] in firsts:
            continue  # Nikola Tesla: a person's surname
        if scan.tag == "en" and i + 1 < len(tokens) and scan.adjacent(i, i + 1) and scan.cap(i + 1) \
                and not scan.function_word(i + 1):
            continue  # Amazon Music Unlimited, Amazon Alexa: a product or another name
        k = bisect_right(starts, tok.start) - 1
        if any(s <= tok.start < e or tok.start <= s < tok.end for s, e in spans[max(0, k - 3):k + 4]):
            continue  # inside (or overlapping) a candidate already
        out.append(Candidate("ORG", tok.start, tok.end, {"name": names[key]}, RANK - 1))
    return out
