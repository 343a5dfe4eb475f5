"""Lists of names joined by commas or dashes (line-ups: Latsio – Strakosha, Radu, ...;
Sterling (29), Martines (30), ...)."""
from __future__ import annotations

import re
from typing import Any

from ..scan import Scan
from .words import (
    _blocked, _initial, _memo, _place_derived, _plain_stem, _product_like, surname_stem, unglued,
)
from .russian import _name
from .foreign import IRISH


# (a booking's minute after a comma: Koklen, 34; Koselni, 53 – Markinos, 31)
_LIST_GAP = re.compile(r"\s*(\(\d{1,3}(?:\+\d)?[’'′]?\)|,\s\d{1,3}(?:\+\d)?(?=;|\s[–—-]))?"
                       r"\s*(?:[,;]|\s[–—-]|\s(?:va|ва|и|and)\s)\s*")
_SUB_MINUTE = re.compile(r",\s*\d{1,3}(?:\+\d)?[’'′]?\)")  # (Yansson, 87): a substitute and his minute
_LAST_NUMBER = re.compile(r"\s*\(\d{1,3}(?:\+\d)?[’'′]?\)|,\s\d{1,3}(?:\+\d)?(?=[.;]|\s*$)")


_OG_MARK = re.compile(r"(?<=[oOgG])[ʻʼ‘’'`]")
# a word and a dash right before a list's first name (Latsio – Strakosha, ...): the word is a side
_DASH_BEFORE_LIST = re.compile(r"[\w»”\"][ \t]?[–—-][ \t]?$")


def _after_team_colon(scan: Scan, k: int) -> bool:
    """Token k follows a team (a place or body word) and a colon: Barselona: ter Shtegen, ..."""
    t = k - 1
    while t >= 0 and not scan.cap(t) and k - t <= 2:
        t -= 1  # (ter Shtegen: a lower-case particle before the first name)
    if t < 0 or not re.fullmatch(r"[»”\"]?:\s*", scan.gap(t, t + 1)):
        return False
    return bool(_blocked(scan, t) or _place_derived(scan, t) or scan.stem_in(t, scan.lex.known_org_words)
                or scan.uzbek and _side_opening_sentence(scan, t))


def _side_opening_sentence(scan: Scan, t: int) -> bool:
    """Uzbek: token t ends one or two capitalised words that open their sentence right before
    a colon or dash, no plural common noun (Arsenal:, Manchester Siti:; not Ishtirokchilar:).
    Tests only the side's name before a list; the list is read here (`_name_lists`).
    `locations._TEAM_SHEET_LINE` is a different test: a whole line of a side and four or
    more one-word names, whose places are no locations."""
    s = t - 1 if t > 0 and scan.cap(t - 1) and scan.adjacent(t - 1, t) else t
    word = scan.folded[t]
    return scan.sentence_initial(s) and not word.endswith(("lar", "лар", "lari", "лари")) \
        and not scan.function_word(t)


def _player_between(scan: Scan, k: int, starts: dict[int, int], depth: int = 1) -> bool:
    """Uzbek, inside a team's line-up: token k, a one-word capitalised name that is also a
    place (Monreal, Santander, Henderson), before a list item (or one more such word) is a player."""
    tok = scan.tokens[k].text
    if not (scan.cap(k) and tok.isalpha() and tok[1:].islower() and len(tok) >= 3):
        return False
    m = _LIST_GAP.match(scan.text, scan.tokens[k].end)
    nxt = starts.get(m.end()) if m else None
    return nxt is not None and scan.cap(nxt) and (
        _list_item(scan, nxt) or depth > 0 and _player_between(scan, nxt, starts, depth - 1))


def _list_item(scan: Scan, k: int) -> bool:
    """Token k may be one name in a list: a capitalised word, no acronym, place or body word."""
    tok = scan.tokens[k].text
    memo = _memo(scan, "list_item")  # a function of the word alone
    got = memo.get(tok)
    if got is None:
        got = memo[tok] = _list_word(scan, k)
    return got


def _list_word(scan: Scan, k: int) -> bool:
    tok = scan.tokens[k].text
    bare = tok[1:].replace("-", "")
    if scan.uzbek:
        bare = _OG_MARK.sub("", tok)[1:].replace("-", "")  # O‘zil, G‘ofurov (not Sa'diy)
    if len(tok) < 3 or not tok[:1].isupper() or not bare.isalpha() or tok.isupper():
        return False
    if scan.uzbek and IRISH.match(tok):
        return True  # OʻShi: no Osh
    if _blocked(scan, k) or _place_derived(scan, k) or _product_like(scan, k):
        return False
    words = scan.lex.not_person_words.get(scan.tag)
    return not (words and scan.stem_in(k, words)) and not scan.stem_in(k, scan.lex.known_org_words)


def _name_lists(scan: Scan, taken: set[int], add: Any, caps: list[int]) -> None:
    """Lists of three or more names (one or two capitalised words each) joined by commas or
    dashes: all of them people when each is followed by a number in brackets (minutes or shirt
    numbers), when the list follows a team and a dash (Latsio – Strakosha, Radu, Uolles), or
    when at least half of them are already known as names or have a surname's shape."""
    tokens = scan.tokens
    n = len(tokens)
    text = scan.text
    starts: dict[int, int] | None = None

    def item_end(k: int) -> int:
        """The last token of the list item starting at k (Mauro Junior: two words)."""
        if k in taken:  # a name found before: its last word
            while k + 1 < n and k + 1 in taken and scan.adjacent(k, k + 1):
                k += 1
            return k
        if k + 1 < n and scan.adjacent(k, k + 1) and scan.cap(k + 1) and k + 1 not in taken \
                and _list_item(scan, k + 1):
            return k + 1
        return k

    if text.count(",") + text.count("–") < 2:
        return
    done = -1
    for i in caps:
        if i <= done:
            continue
        if not (_LIST_GAP.match(text, tokens[i].end) or i + 1 < n and scan.adjacent(i, i + 1)
                and _LIST_GAP.match(text, tokens[i + 1].end)):
            continue  # cheap checks first: a list separator must follow the first word or two
        if not (i in taken or _list_item(scan, i)):
            continue
        if scan.tag == "en" and i not in taken and i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1):
            continue  # the Orange County Register, Denver Post: the last word of a longer name
        last = item_end(i)
        if _LIST_GAP.match(text, tokens[last].end) is None:
            i = last + 1  # cheap checks first: a list separator must follow
            continue
        if starts is None:
            starts = scan.start_index
        items = [(i, last)]
        first_start = tokens[i].start
        team = scan.uzbek and i > 0 and (
            bool(_DASH_BEFORE_LIST.search(text, max(0, first_start - 4), first_start)) and _side_opening_sentence(scan, i - 1)
            or _after_team_colon(scan, i))
        numbered = True
        dashes = []
        subs: list[tuple[int, int]] = []
        while last + 1 < n:
            end = tokens[last].end
            if team and text.startswith(" (", end) and (k := starts.get(end + 2)) is not None \
                    and scan.cap(k) and _list_item(scan, k) \
                    and (close := _SUB_MINUTE.match(text, tokens[item_end(k)].end)):
                subs.append((k, item_end(k)))  # Durmaz (Yansson, 87): the substitute, then on
                end = close.end()
            m = _LIST_GAP.match(text, end)
            nxt = starts.get(m.end()) if m else None
            if nxt is None or not (nxt in taken or (scan.cap(nxt) and _list_item(scan, nxt))
                                   or team and _player_between(scan, nxt, starts)):
                break
            numbered = numbered and m.group(1) is not None
            dashes.append("," not in m.group() and ";" not in m.group() and m.group().strip()[-1:] in "–—-")
            last = item_end(nxt)
            items.append((nxt, last))
        if numbered:
            numbered = bool(_LAST_NUMBER.match(text, tokens[last].end))
        done = last
        first_start = tokens[items[0][0]].start
        lineup = bool(_DASH_BEFORE_LIST.search(text, max(0, first_start - 4), first_start)) \
            or _after_team_colon(scan, items[0][0])
        if not lineup and len(items) >= 4 and dashes[0] and not any(dashes[1:3]):
            items = items[1:]  # the team before the dash is no player
            lineup = True
        if len(items) < 3:
            continue
        if not numbered and not lineup:
            m = _LIST_GAP.match(text, tokens[last].end)
            nxt = starts.get(m.end()) if m else None
            if nxt is not None and scan.cap(nxt):
                continue  # the list goes on with a body or a place (Ferrari, Maserati, Nike): no names
            names = scan.lex.first_names
            evidence = sum(1 for a, b in items if a in taken or surname_stem(scan, b)
                           or scan.folded[a] in names.get(scan.script, ())
                           or scan.folded[b] in names.get("en_surnames", ()))
            if evidence * 2 < len(items) or evidence < 2:
                continue
        for a, b in items + subs:
            if a in taken or b in taken:
                continue
            before = text[:tokens[a].start].rstrip()[-1:]
            if numbered or lineup or not _initial(scan, a) or before in ":–—":
                # only the last name of a list carries the case (Koselni inside is a name)
                stem = _plain_stem(scan, b) if (a, b) == items[-1] else unglued(tokens[b].text)
                add(a, b, _name(scan, a, b, stem), stem)
