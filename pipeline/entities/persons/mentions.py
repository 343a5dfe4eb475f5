"""Linking mentions of one person: known people by full name, surname keys (Собянину ->
собянин), and every other mention of a name found in the article (repeat-mention linking)."""
from __future__ import annotations

import re
from itertools import compress
from typing import Any

from ..locations import morph_analyzer
from ..morph import case_endings, fold
from ..scan import Candidate, Scan
from .words import (
    _acronym, _after_open_quote, _blocked, _honorific_before, _initial, _is_first_name,
    _place_derived, _title_word,
)


# a Russian surname in the plural: a family (Демидовых, Петровыми, Ростовы), no one person
_FAMILY = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:ых|ыми)$|(?:ов|ев|ёв)ы$")  # (not Ирины, Марины)


def _surname_keys(scan: Scan, word: str, i: int | None = None) -> set[str]:
    """Folded forms a surname is recognised by: the word, its case-stripped stems (Uzbek) or
    pymorphy3 normal forms (Russian: Собянина, Собянину → собянин)."""
    keys = {fold(word)}
    if i is not None:
        keys |= {fold(a.stem) for a in scan.analyses(i) if set(a.slots) <= {"case"}}
    if scan.russian:
        parses = scan.parses(i) if i is not None else morph_analyzer().parse(word)
        keys |= {fold(p.normal_form) for p in parses[:4] if "Surn" in p.tag or "Name" in p.tag}
    return keys


def _known_by_prefix(scan: Scan) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Known full names (Cyrillic) by the first four letters of their first word."""
    memo = scan.lex.cache("known_full_prefix")
    got = memo.get("ru")
    if got is None:
        got = memo["ru"] = {}
        for head, entries in scan.lex.known_full.items():
            if not head.isascii() and len(head) >= 4:
                got.setdefault(head[:4], []).extend(entries)
    return got


def _same_word(seen: str, listed: str, inflected: bool) -> bool:
    """A word of a known name as written, or (Russian) in another case (нарендры ~ нарендра).

    >>> _same_word("нарендры", "нарендра", True), _same_word("наргиза", "нарендра", True)
    (True, False)
    """
    if seen == listed:
        return True
    return inflected and len(listed) >= 4 and seen.startswith(listed[:-1] if listed[-1] in "аяйь" else listed) \
        and len(seen) - len(listed) <= 2


def _known_full(scan: Scan, i: int, add: Any) -> bool:
    """The full name of a known person starts at token i (the last word may carry suffixes)."""
    entries = scan.lex.known_full.get(scan.folded[i])
    inflected = False
    if not entries and scan.tag == "ru":  # Нарендры Моди, Шавкату Мирзиёеву: inflected first words
        entries = _known_by_prefix(scan).get(scan.folded[i][:4])
        inflected = True
    if not entries:
        return False
    tokens = scan.tokens
    for words, name in entries:
        last = i + len(words) - 1
        if last >= len(tokens) or any(not scan.adjacent(k, k + 1) for k in range(i, last)):
            continue
        if any(not _same_word(scan.folded[i + k], words[k], inflected) for k in range(len(words) - 1)):
            continue
        keys = {fold(a.stem) for a in scan.analyses(last) if set(a.slots) <= {"case"}}
        if scan.tag == "ru":
            keys |= {scan.folded[last]} | {fold(p.normal_form) for p in scan.parses(last)[:3]}
        if words[-1] in keys:
            add(i, last, name, words[-1])
            return True
    return False


def _name_before(scan: Scan, i: int) -> bool:
    """Token i follows a capitalised word that may be a given name (Ferran Torres), not a
    title, place, acronym or a sentence's common first word."""
    k = i - 1
    if k < 0 or not scan.adjacent(k, i) or not scan.cap(k) or _acronym(scan.tokens[k].text):
        return False
    if _title_word(scan, k) or _blocked(scan, k) or _place_derived(scan, k) or _honorific_before(scan, i):
        return False
    return not _initial(scan, k) or _is_first_name(scan, k)


# case endings that make a name a place (Beruniyda, Beruniygacha)
_PLACE_SUFFIXES = case_endings("locative", "ablative", "dative", "relative", "terminative")


def _place_surname(scan: Scan, i: int, full: str) -> bool:
    """Uzbek: token i, a place name, repeats the last word of the article's full name of a
    person (Abu Rayhon Beruniy ... Beruniy birinchilardan): the person, unless a place's
    case ending (Beruniyda) or a place word (Beruniy tumani) marks the town."""
    if not scan.uzbek or " " not in full or "." in full:
        return False
    word = scan.folded[i]
    last = fold(full.rsplit(" ", 1)[1])
    if not word.startswith(last) or word[len(last):] in _PLACE_SUFFIXES:
        return False
    from ..locations import _place_word
    return not (i + 1 < len(scan.tokens) and _place_word(scan, i + 1) is not None)


def _repeated_mentions(scan: Scan, out: list[Candidate], taken: set[int], add: Any) -> None:
    """Add untaken capitalised tokens whose surname key is that of a person already found, and
    give single-word mentions found before the article's full name that name."""
    names: dict[str, str] = {}
    for c in out:
        key = c.extra.get("surname")
        if not key or len(key) < 3:
            continue
        name = c.value["name"]
        keys = {key}
        if scan.russian and " " in name:  # (Рахимовой: the lemma рахимов, not рахимова)
            keys |= _surname_keys(scan, name.rsplit(" ", 1)[1])
        for k in keys:
            old = names.get(k)
            if old is None or ("." not in name, len(name.split())) > ("." not in old, len(old.split())):
                names[k] = name
    if not names:
        return
    for k, c in enumerate(out):  # a surname alone found before its full name (Bruch ... CEO Christian Bruch)
        key = c.extra.get("surname", "")
        full = names.get(key)
        if full and " " in full and "." not in full and " " not in c.value["name"] \
                and key in _surname_keys(scan, full.rsplit(" ", 1)[1]):
            out[k] = Candidate(c.label, c.start, c.end, {"name": full}, c.rank, c.extra)
    heads = {k[:3] for k in names}
    tokens = scan.tokens
    folded = scan.folded
    for i in compress(range(len(tokens)), scan._caps):  # capitalised tokens only (C loop)
        if i in taken or folded[i][:3] not in heads or _acronym(tokens[i].text):
            continue
        hit = next((k for k in _surname_keys(scan, tokens[i].text, i) if k in names), None)
        if hit is None or _after_open_quote(scan, i):
            continue
        if (_blocked(scan, i) or _place_derived(scan, i)) and not _place_surname(scan, i, names[hit]):
            continue
        if scan.russian and _FAMILY.search(folded[i]):
            continue  # заводы Демидовых: the family, not the one man
        if i + 1 < len(tokens) and scan.adjacent(i, i + 1) and scan.cap(i + 1) \
                and not _acronym(tokens[i + 1].text):
            continue  # part of a longer capitalised run (another person or a body)
        add(i, i, names[hit], hit)
