"""Uzbek: foreign names of one given name with a regnal numeral (Q: qirol Charlz III,
Муҳаммад VIни), of a surname opened by a lower-case particle (V: van Basten, ter Shtegen) and
Irish surnames alone (I: OʻShi, O'Xaraning).

Ruler words: `langdata/<uz>/person_rulers.txt`; particles: `_SURNAME_PARTICLES` below.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...langdata.loader import word_list
from ..morph import case_endings, fold
from ..scan import Scan
from .words import _acronym, _blocked, _common_noun, _is_first_name, _place_derived, _plain_stem

Add = Callable[[int, int, str, str], None]

# Uzbek case endings after a regnal numeral, glued on or written apart (VIни, IIIga, II-ning,
# Yelizaveta II ga)
_NUMERAL_CASES = case_endings("genitive", "accusative", "dative", "locative", "ablative")
# a Roman numeral with an Uzbek case ending glued on (VIни, IIIga, II-ning)
_NUMERAL = re.compile(r"^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[-‘ʼ']?"
                      rf"({'|'.join(sorted(_NUMERAL_CASES, key=len, reverse=True))})?$")
# Dutch and German particles that open a surname written without the given name
# an Irish surname: O, an apostrophe, a capital (O‘Nil, OʻShi, О’Нил); Uzbek writes no capital
# after o‘ (O‘sh, o‘zi), so the word is no place or common noun
IRISH = re.compile(r"^[OО][ʻ‘’'`][A-ZА-ЯЎҚҒҲ][a-zа-яўқғҳ]+$")
_IRISH_IN_TEXT = re.compile(r"[OО][ʻ‘’'`][A-ZА-ЯЎҚҒҲ]")
# a double given name before the particle (Mark-Andre, Жан-Клод)
_HYPHENED_GIVEN = re.compile(r"^[A-ZА-ЯЎҚҒҲ][a-zа-яўқғҳ]+-[A-ZА-ЯЎҚҒҲ][a-zа-яўқғҳ]+$")
_SURNAME_PARTICLES = frozenset({"van", "von", "ter", "ten", "ван", "тер"})  # not fon/фон: a background


@lru_cache(maxsize=2)
def ruler_words(tag: str) -> frozenset[str]:
    """Folded ruler words of one Uzbek script."""
    return frozenset(map(fold, word_list(tag, "person_rulers")))


def regnal_numeral(word: str) -> str | None:
    """The Roman numeral of a regnal word, its case ending stripped.

    >>> regnal_numeral("VIни"), regnal_numeral("III"), regnal_numeral("Vaqt"), regnal_numeral("")
    ('VI', 'III', None, None)
    """
    m = _NUMERAL.match(word)
    return m.group(1) if m and m.group(1) else None


def _ruler_before(scan: Scan, i: int) -> bool:
    """The word right before token i is a ruler word (qirol, Қироли, papasi)."""
    if i == 0 or not scan.adjacent(i - 1, i):
        return False
    words = ruler_words(scan.tag)
    return scan.stem_in(i - 1, words) is not None


def regnal_names(scan: Scan, caps: list[int], taken: set[int], add: Add) -> None:
    """Pass Q: a given name and a regnal numeral after a ruler word (Qirolicha Yelizaveta II),
    or a listed first name and a numeral from II up (Filipp VI ning, Абдуллахон II); not I
    without a ruler (Van I: a Chinese name) nor a run going on in capitals (Боязид II Султон
    Жомеъси: a mosque)."""
    tokens, n = scan.tokens, len(scan.tokens)
    for i in caps:
        if i + 1 >= n or tokens[i + 1].text[:1] not in "IVX" or i in taken or i + 1 in taken \
                or not scan.adjacent(i, i + 1):
            continue  # cheap checks first: a Roman numeral follows
        numeral = regnal_numeral(tokens[i + 1].text)
        if numeral is None or not tokens[i].text.isalpha() or _acronym(tokens[i].text):
            continue
        nxt = i + 2
        if nxt < n and fold(tokens[nxt].text) in _NUMERAL_CASES:
            nxt += 1  # Yelizaveta II ga: the case ending written apart
        if nxt < n and scan.adjacent(nxt - 1, nxt) and scan.cap(nxt):
            continue
        ruler = _ruler_before(scan, i)
        if not ruler and (numeral == "I" or not _is_first_name(scan, i, known_only=True) or _blocked(scan, i)):
            continue
        add(i, i + 1, f"{tokens[i].text} {numeral}", tokens[i].text)


def particle_surnames(scan: Scan, taken: set[int], add: Add) -> None:
    """Pass V: a lower-case van/von/ter and a capitalised word, with no capitalised word
    right before (van Basten, ter Shtegen, 22; Lui van Gaal is pass A0): one surname."""
    tokens, n = scan.tokens, len(scan.tokens)
    if _SURNAME_PARTICLES.isdisjoint(scan.folded):
        return  # cheap check first: most texts hold no particle
    for k in range(n - 1):
        if scan.folded[k] not in _SURNAME_PARTICLES or not tokens[k].text.islower() or k in taken \
                or k + 1 in taken or not scan.adjacent(k, k + 1) or not scan.cap(k + 1):
            continue
        first = k
        if k > 0 and scan.adjacent(k - 1, k) and scan.cap(k - 1):
            if not _HYPHENED_GIVEN.match(tokens[k - 1].text) or k - 1 in taken:
                continue  # a given name before: pass A0 (or no name at all)
            first = k - 1  # Mark-Andre ter Shtegen
        j = k + 1
        if not tokens[j].text.isalpha() or _acronym(tokens[j].text) or _blocked(scan, j) or _place_derived(scan, j) \
                or _common_noun(scan, j):
            continue
        stem = _plain_stem(scan, j)
        given = f"{tokens[first].text} " if first < k else ""
        add(first, j, f"{given}{tokens[k].text} {stem}", stem)


def irish_surnames(scan: Scan, caps: list[int], taken: set[int], add: Add) -> None:
    """Pass I: an Irish surname alone (himoyachi OʻShi, O'Xaraning): a person, whatever the
    gazetteers say of the folded word (O‘shi: Osh's)."""
    if not _IRISH_IN_TEXT.search(scan.text):
        return  # cheap check first
    for i in caps:
        if i in taken or not IRISH.match(scan.tokens[i].text):
            continue
        stem = _plain_stem(scan, i)
        add(i, i, stem, stem)
