"""Vectorised n-gram look-up: a text's 1-3-grams → rows of a scoring table, in numpy.

Every character of the table's n-grams gets a small code (1 is the space, 0 any
character no n-gram has); a text becomes an array of codes with one `str.translate`,
and its bigrams and trigrams become integers (c1·B + c2, (c1·B + c2)·B + c3), looked up
in a dense bigram table and a sorted array of trigram numbers.  No Python loop per
character.

The text given is the words joined by single spaces and padded (" w1 w2 ... "), so the
n-grams are exactly langdetect's padded-word n-grams plus strings in no profile (" ",
"x y"), which find no row.
"""
from __future__ import annotations

import numpy as np

from .ngrams import _NORM, _NORM_LOWER

SPACE = 1
DENSE_TRIGRAM_BASE = 160
"""Alphabets up to this size get a dense trigram table (160³ int32 = 16 MB at most)."""
MAX_BASE = 1625
"""Codes per table at most: trigram numbers (c1·B + c2)·B + c3 must fit in 32 bits."""


class _Codes(dict):
    """str.translate table: known characters → their code, everything else → code 0."""

    def __missing__(self, code: int) -> str:
        return "\x00"


class _RawCodes(dict):
    """str.translate table from raw text straight to codes: langdetect's character
    normalisation and case folding (`ngrams._NORM_LOWER`), then the table's code;
    anything that is not a letter becomes the space."""

    def __init__(self, codes: _Codes) -> None:
        super().__init__()
        self._codes = codes

    def __missing__(self, code: int) -> str:
        norm = _NORM_LOWER[code]
        out = "" if norm == "" else chr(SPACE) if norm == " " else self._codes.get(ord(norm), "\x00")
        self[code] = out
        return out


class NgramIndex:
    """Rows of `grams` (row i + 1 for grams[i]; row 0 is "unknown")."""

    def __init__(self, grams: list[str]) -> None:
        alphabet = sorted({ch for g in grams for ch in g} - {" "})
        if len(alphabet) + 2 > MAX_BASE:
            raise ValueError(f"alphabet of {len(alphabet)} characters: trigram numbers overflow")
        self.base = len(alphabet) + 2
        self._b = np.uint32(self.base)
        self._codes = _Codes({ord(ch): chr(i) for i, ch in enumerate(alphabet, 2)})
        self._codes[ord(" ")] = chr(SPACE)
        self._raw = _RawCodes(self._codes)
        # code point → code for raw_codes, filled on first sight (thread-safe: an entry
        # is written before it is marked known)
        self._lut = np.zeros(0x10000, dtype=np.uint32)
        self._known = np.zeros(0x10000, dtype=bool)
        b = self.base
        self.uni = np.zeros(b, dtype=np.intp)
        # every gram's character codes at once: grams joined, one translate
        lengths = np.fromiter(map(len, grams), dtype=np.int64, count=len(grams))
        codes = np.frombuffer("".join(grams).translate(self._codes).encode("utf-32-le"), dtype=np.uint32)
        codes = codes.astype(np.int64)
        starts = np.cumsum(lengths) - lengths
        rows = np.arange(1, len(grams) + 1, dtype=np.intp)
        one, two, three = (lengths == 1), (lengths == 2), (lengths == 3)
        self.uni[codes[starts[one]]] = rows[one]
        s2, s3 = starts[two], starts[three]
        ids2, rows2 = codes[s2] * b + codes[s2 + 1], rows[two]
        ids3, rows3 = (codes[s3] * b + codes[s3 + 1]) * b + codes[s3 + 2], rows[three]
        # bigrams: a dense table (at most MAX_BASE² entries); trigrams: sorted numbers
        self.bi = np.zeros(b * b, dtype=np.intp)
        self.bi[np.array(ids2, dtype=np.intp)] = np.array(rows2, dtype=np.intp)
        self.tri_ids, self.tri_rows = self._sorted(ids3, rows3)
        # small alphabets (Cyrillic, Latin): a dense trigram table too, one look-up
        self.tri: np.ndarray | None = None
        if b <= DENSE_TRIGRAM_BASE:
            # one dense table for all three: unigram c, bigram b + id2, trigram b + b² + id3
            self.tri = np.zeros(b + b * b + b * b * b, dtype=np.int32)
            self.tri[:b] = self.uni
            self.tri[b : b + b * b] = self.bi
            self.tri[np.array(ids3, dtype=np.intp) + (b + b * b)] = np.array(rows3, dtype=np.int32)
            self._off2 = np.uint32(b)
            self._off3 = np.uint32(b + b * b)

    @staticmethod
    def _sorted(ids: list[int], rows: list[int]) -> tuple[np.ndarray, np.ndarray]:
        a = np.array(ids, dtype=np.uint32)
        r = np.array(rows, dtype=np.intp)
        order = np.argsort(a, kind="stable")
        # a sentinel past every real id keeps searchsorted in range
        return np.append(a[order], np.uint32(0xFFFFFFFF)), np.append(r[order], 0)

    _DROP = np.uint32(0xFFFFFFFF)
    _CAPITAL = np.uint32(0x10000)
    """Flag added to a table entry whose character is a capital after normalisation."""

    def _lookup(self, cps: np.ndarray) -> np.ndarray:
        """Table entries of Basic Multilingual Plane code points: code, plus `_CAPITAL`
        for a capital, or `_DROP` (the table is filled from `_RawCodes` on first sight)."""
        lut = self._lut
        new = cps[~self._known[cps]]
        if len(new):
            for cp in sorted(set(new.tolist())):  # (np.unique would import numpy.ma: ~25 ms of start-up)
                out = self._raw[cp]
                norm = _NORM[cp]
                lut[cp] = (ord(out) | (self._CAPITAL if norm.isupper() else 0)) if out else self._DROP
                self._known[cp] = True
        return lut[cps]

    def raw_codes(self, text: str) -> np.ndarray:
        """`text.translate(self._raw)` as codes (uint32), through a numpy table of the
        Basic Multilingual Plane characters met so far: faster on long texts than
        `str.translate` with a dict.

        >>> idx = NgramIndex(["a", "b", " a"])
        >>> idx.raw_codes(" Ab, c ").tolist() == [ord(ch) for ch in " Ab, c ".translate(idx._raw)]
        True
        """
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        if len(cps) and cps.max() > 0xFFFF:  # beyond the table (emoji ...): str.translate
            return np.frombuffer(text.translate(self._raw).encode("utf-32-le"), dtype=np.uint32)
        entries = self._lookup(cps)
        if (entries == self._DROP).any():
            entries = entries[entries != self._DROP]
        return entries & np.uint32(0xFFFF)

    def codes_and_capitals(self, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """`raw_codes(text)` and which characters are capitals after langdetect's
        normalisation, from one table look-up; None when a character is beyond the Basic
        Multilingual Plane or dropped (combining accents), where positions shift.

        >>> idx = NgramIndex(["a", "b", " a"])
        >>> codes, caps = idx.codes_and_capitals(" Ab, c ")
        >>> codes.tolist() == idx.raw_codes(" Ab, c ").tolist(), caps.tolist()
        (True, [False, True, False, False, False, False, False])
        >>> idx.codes_and_capitals("a\u0301") is None
        True
        """
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        if len(cps) and cps.max() > 0xFFFF:
            return None
        entries = self._lookup(cps)
        if (entries == self._DROP).any():
            return None
        return entries & np.uint32(0xFFFF), entries >= self._CAPITAL

    def codes(self, padded: str) -> np.ndarray:
        """Character codes of a text (uint32 array)."""
        return np.frombuffer(padded.translate(self._codes).encode("utf-32-le"), dtype=np.uint32)

    def raw_rows(self, text: str) -> np.ndarray:
        """`rows` of a raw text (normalised, case-folded and padded on the way).

        Runs of spaces stay: the n-grams they make ("  ", "a  ") are in no profile, so
        the rows are those of the text with single spaces.  Texts with acronyms
        (two capitals in a row) need `ngrams.word_keys` instead.
        """
        return self._rows(np.frombuffer((" " + text + " ").translate(self._raw).encode("utf-32-le"), dtype=np.uint32))

    def rows(self, padded: str) -> np.ndarray:
        """Table rows of every 1-, 2- and 3-gram of `padded` (0 where unknown).

        >>> idx = NgramIndex(["a", "b", " a", "ab", "b ", " ab", "ab "])
        >>> idx.rows(" ab ").tolist()
        [0, 1, 2, 0, 3, 4, 5, 6, 7]
        """
        return self._rows(self.codes(padded))

    def gram_rows(self, grams: list[str]) -> np.ndarray:
        """Rows of explicit 1-3-grams (their order is not kept: callers sum them).

        >>> idx = NgramIndex(["a", "b", " a", "ab", "b ", " ab", "ab "])
        >>> sorted(idx.gram_rows(["ab", "a", "x", " ab", "zz"]).tolist())
        [0, 0, 1, 4, 6]
        """
        b = self.base
        parts = []
        for n in (1, 2, 3):
            sel = [g for g in grams if len(g) == n]
            if not sel:
                continue
            c = self.codes("".join(sel)).astype(np.intp).reshape(-1, n)
            if n == 1:
                parts.append(self.uni[c[:, 0]])
            elif n == 2:
                parts.append(self.bi[c[:, 0] * b + c[:, 1]])
            else:
                ids = (c[:, 0] * b + c[:, 1]) * b + c[:, 2]
                if self.tri is not None:
                    parts.append(self.tri[ids + int(self._off3)].astype(np.intp))
                else:
                    pos = np.searchsorted(self.tri_ids, ids.astype(np.uint32))
                    rows = self.tri_rows[pos]
                    rows[self.tri_ids[pos] != ids] = 0
                    parts.append(rows)
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.intp)

    def _rows(self, c: np.ndarray) -> np.ndarray:
        if len(c) < 3:
            return self.uni[c]
        bi = c[:-1] * self._b + c[1:]
        tri = bi[:-1] * self._b + c[2:]
        if self.tri is not None:
            return self.tri[np.concatenate([c, bi + self._off2, tri + self._off3])]
        pos3 = np.searchsorted(self.tri_ids, tri)
        rows3 = self.tri_rows[pos3]
        rows3[self.tri_ids[pos3] != tri] = 0
        return np.concatenate([self.uni[c], self.bi[bi], rows3])
