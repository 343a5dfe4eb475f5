"""Tokens with offsets and a multi-word lexicon that accepts Uzbek suffixes on the last word.

The tokenizer keeps digit groups whole ("3 076,8", "1,496.2") and splits every sign into its
own token, so "30%га" is `30` `%` `га` and "$8,7" is `$` `8,7`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from operator import attrgetter, eq
from typing import Any, Iterable, NamedTuple

from .months import APOSTROPHES

_APOS = re.escape(APOSTROPHES)
TOKEN_RE = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)*)"
    rf"|(?P<word>[^\W\d_]+(?:[{_APOS}][^\W\d_]+)*)"
    r"|(?P<sym>[^\s\w]|_)"
)
_KINDS = {TOKEN_RE.groupindex[k]: k for k in ("num", "word", "sym")}
_KIND = [_KINDS.get(n, "") for n in range(max(_KINDS) + 1)].__getitem__  # group number -> kind
_LASTINDEX = attrgetter("lastindex")
_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group
# the key of the token that separates two windows of a text (matches no lexicon entry)
GAP = "\x00"
_LATIN_LETTER = re.compile("[a-z]")
_CYR_LETTER = re.compile("[\u0400-\u04ff]")
_LOOKALIKES = str.maketrans("аеорсухкмтнв", "aeopcyxkmthb")
_APOS_TABLE = str.maketrans({ch: "'" for ch in APOSTROPHES})


class Token(NamedTuple):
    """One token: kind is num | word | sym; key is the lookup form; glued = no space before.

    A tuple (built without a Python-level call per token, see `tokenize`); read-only."""

    kind: str
    start: int
    end: int
    text: str
    key: str
    glued: bool


_new_tuple = tuple.__new__


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """Lookup key of a word: lower case, one apostrophe, ё as е; in a word that mixes
    scripts, Cyrillic look-alike letters become Latin ("АQSh" typed with a Cyrillic А).

    >>> norm_key("Toʻrt"), norm_key("ТРЁХ"), norm_key("АQSh")
    ("to'rt", 'трех', 'aqsh')
    """
    key = text.lower().translate(_APOS_TABLE).replace("ё", "е")
    if key.isascii() or not _LATIN_LETTER.search(key) or not _CYR_LETTER.search(key):
        return key
    return key.translate(_LOOKALIKES)


_KEYS: dict[str, str] = {}


def _key(word: str) -> str:
    """`norm_key(word)` memoised in `_KEYS` (cleared when it grows large)."""
    got = _KEYS.get(word)
    if got is None:
        if len(_KEYS) >= 200_000:
            _KEYS.clear()
        got = _KEYS[word] = norm_key(word)
    return got


def tokenize(text: str, windows: Iterable[tuple[int, int]] | None = None) -> list[Token]:
    """Tokens of a text with exact offsets; with `windows` ((start, end) character ranges
    that begin and end at a space), only the tokens inside them, each window followed by a
    `GAP` token that no lexicon matches (so no phrase runs from one window into the next).

    >>> [t.text for t in tokenize("$8,7 millionlik, 30%га va 3 076,8 so‘m")]
    ['$', '8,7', 'millionlik', ',', '30', '%', 'га', 'va', '3 076,8', 'so‘m']
    >>> [t.key == GAP or t.text for t in tokenize("a 1 b c 2 d", [(0, 5), (8, 11)])]
    ['a', '1', 'b', True, '2', 'd']
    """
    out: list[Token] = []
    if windows is None:
        windows = ((0, len(text)),)
    n = len(text)
    finditer = TOKEN_RE.finditer
    for a, b in windows:
        found = list(finditer(text, a, b))
        if found:  # each field one C-level pass over the matches, then the tuples
            starts = list(map(_START, found))
            ends = list(map(_END, found))
            words = list(map(_GROUP, found))
            keys = list(map(_KEYS.get, words))  # norm_key through a plain dict memo
            if None in keys:  # new words: fill only those
                keys = [k if k is not None else _key(w) for k, w in zip(keys, words)]
            before = [-1]
            before += ends[:-1]  # a token is glued when it starts where the previous one ended
            out += map(_new_tuple, repeat(Token, len(found)), zip(
                map(_KIND, map(_LASTINDEX, found)), starts, ends, words, keys,
                map(eq, starts, before)))
        if b < n:
            out.append(Token("sym", b, b, "", GAP, False))
    return out


def _trie_char(ch: str) -> str:
    if ch == "'":
        return "[" + _APOS + "]"
    if ch == "е":
        return "[её]"
    return re.escape(ch)


def trie_pattern(keys: Iterable[str]) -> str:
    """A regex (no groups) matching any of the lookup keys `keys`, written as a character trie
    (one branch per letter, so a failing position costs one test, not one per word); "'"
    matches any apostrophe and "е" also "ё". Use with re.IGNORECASE.

    >>> rx = re.compile(trie_pattern(["bir", "billion", "to'rt"]) + "$", re.I)
    >>> [bool(rx.match(w)) for w in ("Bir", "billion", "toʻrt", "bi")]
    [True, True, True, False]
    """
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [_trie_char(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    out = emit(trie)
    return out if out else "(?!)"


def word_start_pattern(keys: Iterable[str], tail: str = "") -> str:
    """A regex matching a whole word that is one of `keys` (lookup keys) followed by `tail`,
    case-insensitively, written so that the regex engine skips every position whose letter
    starts no key (each branch opens with a literal first letter, upper or lower case).

    >>> rx = re.compile(word_start_pattern(["bir", "billion", "ming"], "(?:ta)?"))
    >>> [m.group() for m in rx.finditer("Bir billionta, mingta birga ming")]
    ['Bir', 'billionta', 'mingta', 'ming']
    """
    by_first: dict[str, list[str]] = {}
    for key in keys:
        if key:
            by_first.setdefault(key[0], []).append(key[1:])
    alts = []
    for first, rests in sorted(by_first.items()):
        chars = {first, first.upper()} | ({"ё", "Ё"} if first == "е" else set())
        if first == "'":
            chars = set(APOSTROPHES)
        rest = trie_pattern(rests) if any(rests) else ""  # an optional branch if "" is in
        body = rf"(?<![^\W\d_].)(?i:{rest})"
        alts += [re.escape(ch) + body for ch in sorted(chars) if len(ch) == 1]
    return f"(?:{'|'.join(alts)}){tail}(?![^\\W\\d_])" if alts else "(?!)"


def _keys(phrase: str) -> tuple[str, ...]:
    """The keys of a phrase's tokens (`tokenize` without the token tuples)."""
    return tuple(map(norm_key, map(_GROUP, TOKEN_RE.finditer(phrase))))


class Lexicon:
    """Phrases (one or more tokens) -> payload; the last word may carry a suffix.

    >>> lex = Lexicon([("АҚШ доллар", "USD"), ("доллар", "USD")], suffixes=["и", "ини"])
    >>> toks = tokenize("1,3 млрд АҚШ доллари")
    >>> lex.match(toks, 2)
    (4, 'USD', 'и')
    >>> lex.match(toks, 3), lex.match(toks, 1)
    ((4, 'USD', 'и'), None)
    """

    def __init__(self, entries: Iterable[tuple[str, Any]], suffixes: Iterable[str] = ()) -> None:
        self.suffixes = frozenset(norm_key(s) for s in suffixes)
        self._splits: dict[str, list[tuple[str, str]]] = {}
        self._cands: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.max_suffix = max((len(s) for s in self.suffixes), default=0)
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.stems: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in entries:
            keys = _keys(phrase)
            if not keys:
                continue
            self.by_first.setdefault(keys[0], []).append((keys, payload))
        for lst in self.by_first.values():
            lst.sort(key=lambda e: -len(e[0]))
        self.digit_keys = any(k[:1].isdigit() for k in self.by_first)
        # single-token stems by key, for suffix splitting
        for first, lst in self.by_first.items():
            for keys, payload in lst:
                if len(keys) == 1:
                    self.stems.setdefault(first, []).append((keys, payload))

    def _split(self, key: str) -> list[tuple[str, str]]:
        """(stem, suffix) candidates of a word, longest stem first (memoised per lexicon)."""
        got = self._splits.get(key)
        if got is not None:
            return got
        out = [(key, "")]
        if self.suffixes:
            for cut in range(max(1, len(key) - self.max_suffix), len(key)):
                suf = key[cut:]
                if suf in self.suffixes:
                    out.append((key[:cut], suf))
        if len(self._splits) < 100_000:
            self._splits[key] = out
        return out

    def _candidates(self, first: str) -> list[tuple[tuple[str, ...], Any]]:
        """Entries that can start at a token with key `first` (memoised per lexicon)."""
        got = self._cands.get(first)
        if got is None:
            got = list(self.by_first.get(first, ()))
            for stem, _ in self._split(first)[1:]:
                got.extend((k, p) for k, p in self.stems.get(stem, ()) if len(k) == 1)
            if len(self._cands) < 100_000:
                self._cands[first] = got
        return got

    def match(self, tokens: list[Token], i: int) -> tuple[int, Any, str] | None:
        """Longest phrase starting at token i: (end index, payload, suffix) or None."""
        if i >= len(tokens):
            return None
        tok = tokens[i]
        if tok.kind == "num" and not self.digit_keys:  # no entry starts with digits
            return None
        candidates = self._cands.get(tok.key)
        if candidates is None:
            candidates = self._candidates(tok.key)
        if not candidates:
            return None
        best: tuple[int, Any, str] | None = None
        for keys, payload in candidates:
            n = len(keys)
            if i + n > len(tokens):
                continue
            ok = True
            suffix = ""
            for k in range(n):
                tok = tokens[i + k]
                if k and tok.kind == "word" and tokens[i + k - 1].kind == "word" and tok.glued:
                    ok = False
                    break
                if tok.key == keys[k]:
                    continue
                if k == n - 1 and tok.kind == "word":
                    found = [s for st, s in self._split(tok.key)[1:] if st == keys[k]]
                    if found:
                        suffix = found[0]
                        continue
                ok = False
                break
            if ok and (best is None or i + n > best[0]):
                best = (i + n, payload, suffix)
        return best

    def match_ending_at(self, tokens: list[Token], end: int) -> tuple[int, Any] | None:
        """Longest phrase (no suffix) whose last token is tokens[end - 1]: (start index, payload)."""
        best = None
        for n in range(1, 5):
            i = end - n
            if i < 0:
                break
            for keys, payload in self.by_first.get(tokens[i].key, ()):
                if len(keys) == n and all(tokens[i + k].key == keys[k] for k in range(n)):
                    best = (i, payload)
        return best
