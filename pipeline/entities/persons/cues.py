"""Names marked by the words around them: Uzbek person cues (`langdata/<uz>/person_cues.tsv`:
Sharipovning ta'kidlashicha, — dedi Berri, Jonibek ismli, Modi hukumati), a long surname at a
sentence start, and Russian/English appositions (Hakan Fidan, Turkey's foreign minister)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from ...langdata.loader import word_list
from ..morph import case_endings, fold
from ..scan import Scan
from .words import (
    _GENITIVE, _blocked, _case_marked, _common_start, _extend, _initial, _is_first_name, _lower_elsewhere,
    _place_derived, _plain_stem, _product_like, _russian_common, _thing_after, _title_token,
    surname_stem,
)
from .russian import _name


_VERBAL_NOUN = re.compile(r"(?:[yng]lov|[йнг]лов)$")
_LONG_SURNAME = re.compile(r"(?:ov|ev|yev|ova|eva|yeva|ов|ев|ёв|ова|ева|ёва)$")


def _initial_surname(scan: Scan, i: int) -> bool:
    """Uzbek: a sentence's first word is a surname alone when it is long and surname-shaped
    (Tajimuratov 5 iyulgacha ...; not Sinov, Tergov), before a lower-case word, and never
    written in lower case in the article."""
    tok = scan.tokens[i].text
    if len(tok) < 7 or not tok[1:].islower() or not tok.isalpha() or i + 1 >= len(scan.tokens) \
            or not scan.adjacent(i, i + 1) \
            or not scan.tokens[i + 1].text[:1].islower() and not scan.tokens[i + 1].text[:1].isdigit():
        return False
    stems = [a.stem for a in scan.analyses(i) if not a.slots or a.slots == ("case",) and a.suffixes[-1] in _GENITIVE]
    if not any(_LONG_SURNAME.search(fold(st)) and len(st) >= 7 and not _VERBAL_NOUN.search(fold(st))
               for st in stems) or _common_start(scan, i):
        return False  # Tayinlovga, Saylovda: verbal nouns
    low = scan.tokens[i].text.lower()
    return re.search(rf"(?<![\w'ʻ‘’]){re.escape(low)}", scan.text) is None


def cue_word(scan: Scan, k: int) -> bool:
    """Token k may be a word of a person's name marked by a cue (see `_cue_word`)."""
    return _cue_word(scan, k, set())


def _cue_word(scan: Scan, k: int, taken: set[int]) -> bool:
    """Token k may be a word of a name found by a person cue: an unknown capitalised word that
    is no place, country, organisation word, title, acronym or plural."""
    tok = scan.tokens[k].text
    if k in taken or not scan.cap(k) or tok[:2].isupper() or len(tok) < 3 or not tok[:1].isalpha():
        return False  # (FXXda: an acronym with a suffix)
    if _blocked(scan, k) or _place_derived(scan, k) or scan.stem_in(k, scan.lex.known_org_words):
        return False
    if scan.stem_in(k, scan.lex.not_person_words.get(scan.tag, frozenset())) \
            and not scan.stem_in(k, scan.lex.first_names.get(scan.script, frozenset())):
        return False  # Шайх, Қуръон (but Olim, a first name too)
    return not any("plural" in a.slots for a in scan.analyses(k))


def _run_before_cue(scan: Scan, j: int, kind: str, taken: set[int]) -> tuple[int, int] | None:
    """The capitalised words right before cue j (Sharipovning ta’kidlashicha, Jonibek ismli)."""
    last = j - 1
    if last < 0 or not scan.adjacent(last, j) or not _cue_word(scan, last, taken):
        return None
    if kind == "after_genitive" and not any(
            a.slots == ("case",) and a.suffixes[-1] in _GENITIVE for a in scan.analyses(last)):
        return None
    if kind == "after" and _case_marked(scan, last):
        return None
    first = last
    while first > 0 and last - first < 2 and scan.adjacent(first - 1, first) \
            and _cue_word(scan, first - 1, taken) and not _case_marked(scan, first - 1) and (
                not _initial(scan, first - 1)
                or scan.folded[first - 1] in scan.lex.first_names.get(scan.script, ())):
        first -= 1  # Sudlangan Jonibek ismli: a sentence's first word only if a first name
    return first, last


def _run_after_cue(scan: Scan, j: int, taken: set[int]) -> tuple[int, int] | None:
    """A speech verb right before the name, which ends the sentence or clause (— dedi Berri.)."""
    n = len(scan.tokens)
    first = j + 1
    if first >= n or not scan.adjacent(j, first) or not _cue_word(scan, first, taken):
        return None
    last = first
    while last + 1 < n and last - first < 2 and not _case_marked(scan, last) \
            and scan.adjacent(last, last + 1) and _cue_word(scan, last + 1, taken):
        last += 1
    if last + 1 < n and scan.adjacent(last, last + 1) and (
            not scan.tokens[last + 1].text[:1].islower() or _title_token(scan, last + 1)
            or _thing_after(scan, last) or last + 2 < n and _title_token(scan, last + 2)):
        return None  # — dedi Yevropa parlamenti vakili, degan Investec bosh menejeri: not the speaker
    return first, last  # (— dedi Berri jurnalistlarga)


def _ruler_name(scan: Scan, first: int, last: int) -> bool:
    """The run before a leader's government word (Erdogʻan hukumati) is a name: not the first
    word of a sentence (Poytaxt, Mamlakat maʼmuriyati) and, unless a known first name or
    person, surname-shaped (Sharipov hukumati), no word written in lower case elsewhere (Federal) and not a country (Саудия Арабистони)."""
    lex = scan.lex
    named = _is_first_name(scan, first) or scan.folded[last] in lex.known_persons
    if not named and (_initial(scan, first) or surname_stem(scan, last) is None):
        return False  # (Federal, Spot maʼmuriyati: an adjective, a media outlet)
    if any(_lower_elsewhere(scan, k) for k in range(first, last + 1)):
        return False
    head = " ".join(scan.folded[first:last])
    countries = lex.countries.get(scan.tag, {})
    return not any(fold(f"{head} {st}" if head else st) in countries for st in scan.stems(last))


@lru_cache(maxsize=2)
def epithets(tag: str) -> frozenset[str]:
    """Folded epithets of the Prophet (`langdata/<uz>/person_epithets.txt`)."""
    return frozenset(map(fold, word_list(tag, "person_epithets")))


def _cued_runs(scan: Scan, taken: set[int]) -> list[tuple[int, int]]:
    """Uzbek: runs of 1-3 capitalised words marked as a name by a person cue next to them
    (`langdata/<uz>/person_cues.tsv`): Рукийнинг сўзларига кўра, Sharipovning ta’kidlashicha,
    — dedi Berri., Jonibek ismli yigit, Norboboyev ma'lum qildi (kind `both`: a speech verb
    after its subject or before the speaker)."""
    cues = scan.lex.person_cues.get(scan.tag)
    if not cues:
        return []
    folded = scan.folded
    present = cues.keys() & set(folded)
    if not present:
        return []  # cheap check first: most texts hold no cue word
    runs = []
    for j in [j for j, w in enumerate(folded) if w in present]:
        kind = cues[folded[j]]
        ruler = kind == "ruler"  # Modi hukumati (places are no cue words)
        blessing = kind == "blessing"  # Жобир розияллоҳу анҳудан
        if kind in ("work", "ruler", "blessing"):
            kind = "after"  # Навоий асарларини
        run = None
        if kind in ("after_genitive", "after", "both"):
            run = _run_before_cue(scan, j, "after" if kind == "both" else kind, taken)
        if run is None and kind in ("before", "both"):
            run = _run_after_cue(scan, j, taken)
        if run is None:
            continue
        first, last = run
        if scan.tokens[first].start > 0 and scan.text[scan.tokens[first].start - 1] in "«“\"„(":
            continue
        if _initial(scan, first) and _common_start(scan, first):
            continue
        if not ruler and _thing_after(scan, last):
            continue  # (hukumati is an org word itself)
        if ruler and not _ruler_name(scan, first, last):
            continue
        if blessing:
            if scan.stem_in(first, epithets(scan.tag)):
                continue  # Расулуллоҳ соллаллоҳу алайҳи васаллам: the Prophet's epithet, no name
            first = _extend(scan, first, last)[0]  # Баро ибн Озиб розияллоҳу анҳу
        runs.append((first, last))
        taken.update(range(first, last + 1))
    return runs


# the end of a quotation before its reporting verb: ”, — / », / , — (a quote opened lines before)
# (the leading look-ahead: every match starts with a quote or comma, a cheap test at every offset)
_QUOTE_END = re.compile(r"(?=[”»\",])(?:(?:[”»\"]\s*,?|,)\s*[—–-]\s*|[”»\"]\s*,\s*)")
_APOSTROPHES = str.maketrans("", "", "‘’ʻʼ'`")
_LOCATIVE = tuple(case_endings("locative", "relative"))


def _verb_word(word: str) -> bool:
    """A lower-case word of letters (the okina and apostrophes allowed): qo‘shimcha, qildi."""
    return word.islower() and word.translate(_APOSTROPHES).isalpha()


def quoted_speakers(scan: Scan, taken: set[int]) -> list[tuple[int, int]]:
    """Uzbek: the speaker named after a quotation and a reporting verb of one to three
    lower-case words that no cue lists (», — deb tushuntiradi Xegay., ”, — deya xulosa qildi
    Sabina.): runs of 1-3 capitalised words that end the clause, as `_run_after_cue` takes them."""
    text = scan.text
    if "”" not in text and "»" not in text and '"' not in text and "—" not in text:
        return []  # cheap check first: no quotation
    tokens = scan.tokens
    n = len(tokens)
    runs = []
    for m in _QUOTE_END.finditer(text):
        first = bisect_left(scan.starts, m.end())
        if first >= n or tokens[first].start != m.end():
            continue
        k = first
        while k < n and k - first < 3 and _verb_word(tokens[k].text) and (k == first or scan.adjacent(k - 1, k)):
            k += 1
        if k == first or k >= n or k in taken or not scan.cap(k) or not scan.adjacent(k - 1, k):
            continue
        run = _run_after_cue(scan, k - 1, taken)
        if run is None or tokens[run[0]].text.isupper() or scan.folded[run[1]].endswith(_LOCATIVE):
            continue  # (deb aytgan aktyor Los-Anjyelesda o‘tgan marosimda: a place)
        runs.append(run)
        taken.update(range(run[0], run[1] + 1))
    return runs


def _appositive_word(scan: Scan, k: int) -> bool:
    """Token k may be a word of a name with no other evidence: a capitalised alphabetic word,
    no acronym, place, title, organisation or (Russian) dictionary common word."""
    tok = scan.tokens[k].text
    if len(tok) < 2 or not tok.replace("-", "").isalpha() or not tok[1:].replace("-", "").islower():
        return False
    if _blocked(scan, k) or _place_derived(scan, k) or scan.stem_in(k, scan.lex.known_org_words) \
            or _title_token(scan, k) or _product_like(scan, k):
        return False
    if scan.tag == "en":
        return scan.folded[k] not in scan.lex.first_names.get("en_not_names", ())
    return not _russian_common(scan, k) and "ADJF" not in scan.parses(k)[0].tag


def _appositive_titles(scan: Scan, caps: list[int], taken: set[int], add: Any) -> None:
    """Two or three capitalised words, then a comma and, within four words, a title or
    position: the words are a person's name (Hakan Fidan, Turkey's foreign minister, ...)."""
    tokens = scan.tokens
    n = len(tokens)
    for i in caps:
        if i in taken or i + 2 >= n or not scan.adjacent(i, i + 1) or not scan.cap(i + 1):
            continue  # cheap checks first
        last = i + 1
        if last + 1 < n and scan.adjacent(last, last + 1) and scan.cap(last + 1):
            last += 1
        if last + 1 >= n or scan.gap(last, last + 1).strip() != ",":
            continue
        if i > 0 and scan.adjacent(i - 1, i) and scan.cap(i - 1) and not _initial(scan, i):
            continue  # part of a longer capitalised run
        if any(k in taken or not _appositive_word(scan, k) for k in range(i, last + 1)):
            continue
        titled = False
        for k in range(last + 1, min(n, last + 5)):
            if k > last + 1 and not scan.adjacent(k - 1, k) and scan.gap(k - 1, k).strip() not in ("'", "’"):
                break  # the position must follow in the same phrase
            if _title_token(scan, k):
                titled = True
                break
        if titled:
            stem = _plain_stem(scan, last)
            add(i, last, _name(scan, i, last, stem), stem)
