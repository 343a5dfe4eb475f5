"""Uzbek suffix stripping (both scripts) and the word folding used for name matching.

Names in Uzbek take case, possessive, plural and derivational suffixes
(`Ўзбекистонга`, `Federatsiyasining`, `МИЗнинг`, `Kun.uz'dagi`). Matching a gazetteer
needs the candidate stems; the suffix inventory is data
(`pipeline/langdata/uz-Cyrl/suffixes.tsv`, `uz-Latn/suffixes.tsv`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import repeat
from typing import NamedTuple

from ..langdata.loader import table

# slots from the outside of a word inwards; a suffix stack uses each slot at most once
SLOTS = ("case", "poss", "plural", "deriv")
VOWELS = frozenset("аеёиоуэюяўaeiouАЕЁИОУЭЮЯЎAEIOU")
# apostrophes (and a hyphen) that may separate a suffix from a foreign name: GTL’ning
JOINERS = "'ʼʻ‘’`´-"
_APOSTROPHES = re.compile("['ʼʻ‘’`´]")
# the apostrophes that write the letter gʻ (a stem ending in it keeps it: Qorabogʻ; no Uzbek
# stem ends in oʻ, while a foreign name before an apostrophe does: Alter Ego’ga, Volvo'ga)
_LETTER_MARKS = "'ʻ‘’`"


class Analysis(NamedTuple):
    """One way to read a word: `stem` + `suffixes` (outermost last)."""

    stem: str
    suffixes: tuple[str, ...]
    slots: tuple[str, ...]


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Matching key: NFC, lower case, every apostrophe variant as ', ё as е.

    >>> fold("O‘zbekiston") == fold("Oʻzbekiston") == "o'zbekiston"
    True
    >>> fold("Соединённые  Штаты")
    'соединенные штаты'
    """
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        text = _APOSTROPHES.sub("'", text.lower().replace("ё", "е"))
    else:
        text = text.lower().replace("`", "'")
    return " ".join(text.split()) if not text.isalnum() else text


def script_tag(tag: str) -> str:
    """The suffix table for a tag: Uzbek Latin for uz-Latn, Cyrillic otherwise.

    >>> script_tag("uz-Latn"), script_tag("uz-Cyrl"), script_tag("uz")
    ('uz-Latn', 'uz-Cyrl', 'uz-Cyrl')
    """
    return "uz-Latn" if tag.endswith("Latn") else "uz-Cyrl"


@cache
def suffix_table(tag: str) -> tuple[tuple[str, str, str], ...]:
    """(suffix, slot, condition) rows for a script, longest suffix first."""
    rows = table(script_tag(tag), "suffixes")
    out = [(fold(r["suffix"]), r["slot"], r["after"]) for r in rows]
    for _, slot, _ in out:
        if slot not in SLOTS:
            raise ValueError(f"unknown suffix slot {slot!r} in {script_tag(tag)}/suffixes.tsv")
    return tuple(sorted(out, key=lambda r: -len(r[0])))


@cache
def case_endings(*cases: str) -> frozenset[str]:
    """Folded case suffixes of both Uzbek scripts whose `case` column is one of `cases`.

    >>> sorted(case_endings("locative", "relative"))
    ['da', 'dagi', 'да', 'даги']
    """
    return frozenset(fold(r["suffix"]) for tag in ("uz-Latn", "uz-Cyrl")
                     for r in table(tag, "suffixes") if r["slot"] == "case" and r["case"] in cases)


_DEVOICED = str.maketrans("дd", "тt")


def devoiced(endings: frozenset[str]) -> frozenset[str]:
    """The spellings of `endings` with д/d devoiced to т/t after a voiceless consonant
    (Ташкентта, Kent'ta), which the suffix tables do not list and `analyse` does not strip.

    >>> sorted(devoiced(case_endings("locative", "ablative")))
    ['ta', 'tan', 'та', 'тан']
    """
    return frozenset(e[0].translate(_DEVOICED) + e[1:] for e in endings if e[:1] in "дd")


def ending_pattern(endings: frozenset[str]) -> re.Pattern[str]:
    """A regex that finds a word ending in one of `endings` (`.search(folded)`).

    >>> bool(ending_pattern(case_endings("dative")).search("toshkentga"))
    True
    """
    return re.compile("(?:" + "|".join(sorted(endings)) + ")$")


def _condition_ok(condition: str, stem: str) -> bool:
    if not stem:
        return False
    last = stem[-1].lower()
    if condition == "any":
        return True
    if condition == "vowel":
        return last in VOWELS
    if condition == "consonant":
        return last.isalpha() and last not in VOWELS
    if condition.startswith("not-"):
        return last not in condition[4:]
    return last in condition


def _suffix_ok(condition: str, slot: str, stem: str) -> bool:
    """A suffix of `slot` with `condition` may follow `stem`; a case suffix follows any
    acronym, which is read letter by letter (ДСҚга, DUKga, БААда: de-es-qa-ga).

    >>> _suffix_ok("not-kq", "case", "DUK"), _suffix_ok("not-kq", "case", "Bank")
    (True, False)
    """
    return _condition_ok(condition, stem) or (slot == "case" and stem.isupper())


_Entry = tuple[str, str, int, str]  # suffix, slot, slot rank, condition
# (suffixes by their last letter: (suffix, its length, its rows) longest first; every suffix)
_SuffixIndex = tuple[dict[str, tuple[tuple[str, int, tuple[_Entry, ...]], ...]], tuple[str, ...]]
_INDEXES: dict[int, tuple[tuple[tuple[str, str, str], ...], _SuffixIndex]] = {}


def _suffix_index(rows: tuple[tuple[str, str, str], ...]) -> _SuffixIndex:
    """The suffix rows grouped by suffix and indexed by its last letter, longest first, so a
    word is matched against the few suffixes that end like it, and a word that ends in no
    suffix is told by one `str.endswith`; kept per rows tuple."""
    got = _INDEXES.get(id(rows))
    if got is None or got[0] is not rows:
        index: dict[str, list[_Entry]] = {}
        for suffix, slot, condition in rows:
            if not suffix:
                raise ValueError("an empty suffix in a suffix table")
            index.setdefault(suffix, []).append((suffix, slot, SLOTS.index(slot), condition))
        by_last: dict[str, list[tuple[str, int, tuple[_Entry, ...]]]] = {}
        for suffix in sorted(index, key=len, reverse=True):  # (stable: table order within a length)
            by_last.setdefault(suffix[-1], []).append((suffix, len(suffix), tuple(index[suffix])))
        if len(_INDEXES) > 64:
            _INDEXES.clear()
        got = _INDEXES[id(rows)] = (rows, ({k: tuple(v) for k, v in by_last.items()}, tuple(index)))
    return got[1]


def analyse(word: str, tag: str, *, min_stem: int = 2,
            rows: tuple[tuple[str, str, str], ...] | None = None) -> list[Analysis]:
    """Every stem + suffix-stack reading of `word`, the unsuffixed word first.

    Stems keep the word's own spelling (case, apostrophes); a joiner before the
    first suffix (`Kun.uz'dagi`, `GTL’ning`) is dropped from the stem.

    >>> [a.stem for a in analyse("Федерациясининг", "uz-Cyrl")][:3]
    ['Федерациясининг', 'Федерацияси', 'Федерация']
    >>> analyse("Kun.uz'dagi", "uz-Latn")[1]
    Analysis(stem='Kun.uz', suffixes=('dagi',), slots=('case',))

    Suffix harmony holds for words, not for acronyms, which are read letter by letter:

    >>> [a.stem for a in analyse("DUKga", "uz-Latn")], [a.stem for a in analyse("Bankga", "uz-Latn")]
    (['DUKga', 'DUK'], ['Bankga'])

    A stem ending in gʻ keeps its apostrophe (the bare reading follows it):

    >>> [a.stem for a in analyse("Qorabogʻida", "uz-Latn")]
    ['Qorabogʻida', 'Qorabogʻi', 'Qorabogʻ', 'Qorabog']
    """
    rows = rows if rows is not None else suffix_table(tag)
    by_last, ends = _suffix_index(rows)
    out: list[Analysis] = [Analysis(word, (), ())]
    if not word.lower().endswith(ends):
        return out  # no suffix at the end (most words): nothing to walk
    seen = {word}

    def walk(stem: str, suffixes: tuple[str, ...], slots: tuple[str, ...], level: int) -> None:
        low = stem.lower()
        size = len(low)
        for ending, length, entries in by_last.get(low[-1:], ()):
            if length >= size or not low.endswith(ending):
                continue
            for suffix, slot, rank, condition in entries:
                if rank < level:
                    continue
                rest = stem[: len(stem) - length]
                bare = rest.rstrip(JOINERS)
                if len(bare) < min_stem or not (
                        bool(bare) if condition == "any" else _suffix_ok(condition, slot, bare)):
                    continue
                new = Analysis(bare, (suffix, *suffixes), (slot, *slots))
                if bare[-1] in "gG" and len(rest) > len(bare) and rest[len(bare)] in _LETTER_MARKS \
                        and rest[:len(bare) + 1] not in seen:  # Qorabogʻida: the stem keeps gʻ
                    seen.add(rest[:len(bare) + 1])  # (and the bare reading below: Samsung'ga)
                    out.append(Analysis(rest[:len(bare) + 1], new.suffixes, new.slots))
                if bare not in seen:
                    seen.add(bare)
                    out.append(new)
                walk(bare, new.suffixes, new.slots, rank + 1)

    walk(word, (), (), 0)
    return out


def strip_suffixes(word: str, tag: str) -> list[str]:
    """Candidate stems of an Uzbek word, the word itself first, then longest first.

    Derivational readings (-лик/-lik) are included; callers that match names of
    places skip them with `analyse(...)` slots (`хитойлик` is a demonym).

    >>> strip_suffixes("Ўзбекистонга", "uz-Cyrl")
    ['Ўзбекистонга', 'Ўзбекистон']
    >>> strip_suffixes("Qozogʻistonga", "uz-Latn")
    ['Qozogʻistonga', 'Qozogʻiston']
    >>> "Бангкок" in strip_suffixes("Бангкокка", "uz-Cyrl")
    True
    >>> "Собянин" in strip_suffixes("Собяниннинг", "uz-Cyrl")
    True
    """
    stems = [a.stem for a in analyse(word, tag)]
    return stems[:1] + sorted(stems[1:], key=len, reverse=True)


class Token(NamedTuple):
    """A word of the text: `text == source[start:end]`; `i` is its index."""

    i: int
    start: int
    end: int
    text: str


_LOWER_AFTER_DOT = "a-zа-яёўқғҳ"
# a joiner inside a word: an apostrophe before a letter (or a hyphenated part), oʻ/gʻ's
# apostrophe, a hyphen before a letter or digit, a domain dot before two lower-case letters
_JOINER = (
    r"(?:['ʼʻ‘’`´](?=[^\W\d_]|-[^\W_])|(?<=[gGoO])['ʼʻ‘’`´]|-(?=[^\W_])"
    r"|\.(?=[" + _LOWER_AFTER_DOT + r"]{2}))"
)
# letters and digits in runs, joiners between them (the unrolled form of one alternation
# per character: a third faster, the same tokens)
_TOKEN = re.compile(r"[^\W_]+(?:" + _JOINER + r"[^\W_]*)*")


_new_tuple = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """Words with offsets; apostrophes and hyphens inside words and domain dots are kept.

    >>> [t.text for t in tokenize("Oʻzbekiston’ga, Kun.uz'dagi “Некс-Т” Ш.Мирзиёев tog‘-kon")]
    ['Oʻzbekiston’ga', "Kun.uz'dagi", 'Некс-Т', 'Ш', 'Мирзиёев', 'tog‘-kon']
    """
    found = list(_TOKEN.finditer(text))
    n = len(found)  # Token(i, start, end, text) made without a Python-level call per token
    return list(map(_new_tuple, repeat(Token, n), zip(
        range(n), map(re.Match.start, found), map(re.Match.end, found), map(re.Match.group, found))))


def is_capitalised(word: str) -> bool:
    """First letter upper case (digits and quotes skipped).

    >>> is_capitalised("Тошкент"), is_capitalised("тошкент"), is_capitalised("iPhone")
    (True, False, False)
    """
    if word[:1].isalpha():
        return word[0].isupper()  # the common case
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False
