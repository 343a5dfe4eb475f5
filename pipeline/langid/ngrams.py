"""Character n-grams the way langdetect makes them, case-folded, for training and detection.

langdetect (`langdetect.utils.ngram.NGram`) maps every character through
`NGram.normalize` (ASCII punctuation, digits and General Punctuation such as ‘ ’ become
spaces; ʻ stays a letter), pads each word with spaces and takes its 1-, 2- and 3-grams,
skipping the positions inside an all-capital word.  This module does the same, word by
word instead of character by character (several times faster), and then case-folds the
n-grams so that a sentence-initial capital or a lower-cased corpus (Tajik) does not
matter.  The same function feeds the profile builder and the detector.

Uzbek Latin apostrophes are unified first with `pipeline.normalize.normalize_apostrophes`
(o' g' ‘ ’ → oʻ gʻ, others → ʼ) when the text looks Uzbek Latin, exactly as the
pipeline's own normalisation does, so training and detection see the same letters.
"""
from __future__ import annotations

import re
import unicodedata

import numpy as np
from langdetect.utils.ngram import NGram

from ..normalize import looks_uzbek_latin, misplaced_apostrophe, normalize_apostrophes

_URL_RE = re.compile(r"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}|www\.[-_.?&~;+=/#0-9A-Za-z]{1,2076}")
_MAIL_RE = re.compile(r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}")
_HANDLE_RE = re.compile(r"(?<![\w@])@[_0-9A-Za-z][-_.0-9A-Za-z]{0,63}")
"""A social-media handle (@olga_n_photo): a name, no evidence of the text's language."""
_MIXED = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
_WORD = re.compile(r"\w+")
_CYR_LIKE_LAT = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")
_LAT_LIKE_CYR = str.maketrans("ABEKMHOPCTXaeopcyx", "АВЕКМНОРСТХаеорсух")


def _unmix(match: re.Match[str]) -> str:
    """A word typed in two scripts ("Мurod" with a Cyrillic М) in the script of most of
    its letters, when the others are look-alikes; otherwise unchanged.

    >>> _WORD.sub(_unmix, "Мurod Тошкентda")
    'Murod Тошкентda'
    """
    word = match.group()
    if not _MIXED.search(word):
        return word
    cyr = sum("\u0400" <= ch <= "\u04ff" for ch in word)
    lat = sum(ch.isascii() and ch.isalpha() for ch in word)
    out = word.translate(_CYR_LIKE_LAT if lat > cyr else _LAT_LIKE_CYR)
    return word if _MIXED.search(out) else out


class _NormTable(dict):
    """str.translate table: langdetect's per-character normalisation, filled lazily."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if 0x300 <= code <= 0x36F:
            self[code] = ""  # stress marks and other combining accents left after NFC
            return ""
        out = NGram.normalize(ch)
        if out != " " and unicodedata.category(out)[0] in "PSNZC":
            out = " "  # punctuation, symbols, digits of other blocks are no evidence
        self[code] = out
        return out


class _LowerTable(dict):
    """Case folding that keeps one character per character (İ → i, not i + dot)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        low = ch.lower()
        out = low if len(low) == 1 else ch
        self[code] = out
        return out


class _NormLowerTable(dict):
    """Both of the above in one table."""

    def __missing__(self, code: int) -> str:
        out = _NORM[code].translate(_LOWER)
        self[code] = out
        return out


_NORM = _NormTable()
_LOWER = _LowerTable()
_NORM_LOWER = _NormLowerTable()
_DMARK = re.compile("[\u0300-\u0323]")
_CAPS_PAIR = re.compile(
    "[%s]{2}" % "".join(chr(c) for c in [*range(0x41, 0x530), *range(0x1E00, 0x1F00)] if chr(c).isupper())
)


def prepare(text: str) -> str:
    """NFC, words typed in two scripts unmixed (`_unmix`), URLs, e-mail addresses and
    @handles removed, Uzbek apostrophes unified.

    >>> prepare("O'zbekiston https://kun.uz/news g‘alla")
    'Oʻzbekiston   gʻalla'
    >>> prepare("Аккаунт: @olga_n_photo")
    'Аккаунт:  '
    """
    return unify_apostrophes(prepare_chars(text))


def prepare_many(texts: list[str]) -> list[str]:
    """`prepare` of each text (lines without a newline), the character steps done once on
    all of them (none of them crosses a line; the apostrophes are decided per text).

    >>> prepare_many(["O'zbekiston", "don't"])
    ['Oʻzbekiston', "don't"]
    """
    joined = prepare_chars("\n".join(texts))
    parts = joined.split("\n")
    if len(parts) != len(texts):  # a newline inside a text: one by one
        return [prepare(t) for t in texts]
    if not misplaced_apostrophe(joined):  # (an apostrophe to fix has letters around it)
        return parts
    return [unify_apostrophes(p) if misplaced_apostrophe(p) else p for p in parts]


def prepare_chars(text: str) -> str:
    """`prepare` without the apostrophes: NFC, two-script words, URLs, e-mail, @handles."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _has_mixed(text):
        text = _WORD.sub(_unmix, text)
    if "http" in text or "www." in text:
        text = _URL_RE.sub(" ", text)
    if "@" in text:  # neither pattern matches without one
        text = _HANDLE_RE.sub(" ", _MAIL_RE.sub(" ", text))
    return text


MIXED_NUMPY_CHARS = 400
"""From this length `_has_mixed` looks at the code points with numpy (the regex
alternation scans a 3 KB article in ~80 µs, numpy in ~15)."""


def _has_mixed(text: str) -> bool:
    """Whether a Latin letter touches a Cyrillic one (`_MIXED`), the answer of
    `_MIXED.search` found faster on long texts.

    >>> _has_mixed("Мurod"), _has_mixed("Toshkent Тошкент " * 40), _has_mixed("xМ" + "я" * 500)
    (True, False, True)
    """
    if text.isascii():
        return False
    if len(text) < MIXED_NUMPY_CHARS:
        return _MIXED.search(text) is not None
    c = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    cyr = (c >= 0x400) & (c <= 0x4FF)
    if not cyr.any():
        return False
    lat = ((c | 32) - 97) < 26  # A-Z a-z (unsigned: everything below wraps round)
    return bool(((lat[:-1] & cyr[1:]) | (cyr[:-1] & lat[1:])).any())


def unify_apostrophes(text: str) -> str:
    """Uzbek Latin apostrophes unified (o' g' ‘ ’ → oʻ gʻ, others → ʼ) when the text looks
    Uzbek Latin (`pipeline.normalize`)."""
    if misplaced_apostrophe(text) and looks_uzbek_latin(text):
        text = normalize_apostrophes(text)[0]
    return text


def normalize_chars(text: str) -> str:
    """langdetect's character normalisation over a whole string; combining accents go.

    >>> normalize_chars("Ўзбек, 2024-йил!")
    'Ўзбек       йил '
    """
    return NGram.normalize_vi(text).translate(_NORM)


def _has_inner_capitals(word: str) -> bool:
    prev = False
    for ch in word:
        up = ch.isupper()
        if up and prev:
            return True
        prev = up
    return False


def word_ngrams(word: str) -> list[str]:
    """1-3-grams of one word (no spaces inside), as langdetect counts them, case-folded.

    Positions where the character and the one before it are both capitals (inside an
    acronym such as NATO) give no n-grams, as in langdetect.

    >>> word_ngrams("Tosh")
    ['t', ' t', 'o', 'to', ' to', 's', 'os', 'tos', 'h', 'sh', 'osh', 'h ', 'sh ']
    >>> word_ngrams("BMT")
    ['b', ' b', 't ', 'mt ']
    """
    s = " " + word + " "
    low = s.translate(_LOWER)
    out: list[str] = []
    last = len(s) - 1
    prev_upper = False
    for j in range(1, len(s)):
        upper = s[j].isupper()
        if upper and prev_upper:
            prev_upper = True
            continue
        prev_upper = upper
        if j < last:
            out.append(low[j])
        out.append(low[j - 1 : j + 1])
        if j >= 2:
            out.append(low[j - 2 : j + 1])
    return out


def extract(text: str, limit: int | None = None) -> list[str]:
    """All n-grams of an already `prepare`d text (at most `limit` characters).

    Same n-grams as `word_ngrams` word by word, made from the whole text at once: words
    are joined by single spaces, so every bigram of the joined string is a padded
    bigram of one word, and only trigrams with a space in the middle must go.

    >>> sorted(extract("Ok, 12 do'st")) == sorted(
    ...     word_ngrams("Ok") + word_ngrams("do") + word_ngrams("st"))
    True
    """
    return [g for g in candidate_ngrams(text, limit) if g != " " and not (len(g) == 3 and g[1] == " ")]


def candidate_ngrams(text: str, limit: int | None = None) -> list[str]:
    """`extract` plus strings no profile contains (" ", "a b"): for fast table lookups."""
    if limit is not None:
        text = text[:limit]
    if _DMARK.search(text):
        text = NGram.normalize_vi(text)
    low = text.translate(_NORM_LOWER)
    out: list[str] = []
    if _CAPS_PAIR.search(text):
        # words with two capitals in a row take the slow, position-by-position path
        plain = []
        for w, lw in zip(text.translate(_NORM).split(), low.split()):
            if w[1:] != lw[1:] and _has_inner_capitals(w):
                out.extend(word_ngrams(w))
            else:
                plain.append(lw)
        s = " " + " ".join(plain) + " "
    else:
        s = " " + " ".join(low.split()) + " "
    n = len(s)
    if n < 3:
        return out
    out += s
    out += [s[i : i + 2] for i in range(n - 1)]
    out += [s[i : i + 3] for i in range(n - 2)]
    return out


def words_of(text: str) -> list[str]:
    """Case-folded words of a `prepare`d text, split where langdetect splits.

    >>> words_of("Oʻzbekiston, 2024-yil: NATO")
    ['oʻzbekiston', 'yil', 'nato']
    """
    if _DMARK.search(text):  # Vietnamese marks to compose first (normalize_chars)
        text = NGram.normalize_vi(text)
    return text.translate(_NORM_LOWER).split()


def word_keys(text: str) -> list[str]:
    """The words of a `prepare`d text as n-gram keys: `word_ngrams(key)` gives each
    word's n-grams.  Lower-cased, except words with two capitals in a row (acronyms),
    whose skipped positions depend on their case.

    >>> word_keys("NATO va Toshkent, BMTda")
    ['NATO', 'va', 'toshkent', 'BMTda']
    """
    if _DMARK.search(text):
        text = NGram.normalize_vi(text)
    low = text.translate(_NORM_LOWER).split()
    if not _CAPS_PAIR.search(text):
        return low
    norm = text.translate(_NORM).split()
    return [lw if w[1:] == lw[1:] or not _has_inner_capitals(w) else w for w, lw in zip(norm, low)]
