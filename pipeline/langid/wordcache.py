"""Per-word scores, cached: a text's n-gram score is the sum of its words' scores.

langdetect pads every word with spaces, so each n-gram lies inside one padded word and
the score of a text (the sum of log P(n-gram | language) over its n-grams) is the sum
of its words' scores.  Words repeat (Zipf), so caching the score vector of each word
turns most of the work into one dictionary look-up per word.  The cache is per thread
(no locks) and bounded: it starts afresh when full.
"""
from __future__ import annotations

import threading
from itertools import repeat

import numpy as np

from .ngrams import word_ngrams

DIRECT_WORDS = 12
"""Texts of at most this many words with an uncached word are scored without the cache."""
LIMIT = 50_000
"""Words cached per script table and thread (beyond the preloaded common words)
before the cache starts afresh."""


class _Cache:
    __slots__ = ("index", "vecs", "n", "base")

    def __init__(self, ncols: int, base: "_Cache | None" = None) -> None:
        if base is None:
            self.index: dict[str, int] = {}
            self.vecs = np.zeros((1024, ncols), dtype=np.float64)
            self.n = 0
        else:  # start from the pre-computed common words
            self.index = dict(base.index)
            self.vecs = np.concatenate([base.vecs[: base.n], np.zeros((1024, ncols))])
            self.n = base.n
        self.base = base


class WordScorer:
    """Scores words against one script table's log-probability matrix."""

    def __init__(self, index: dict[str, int], logp: np.ndarray) -> None:
        self._index = index
        self._logp = logp
        self._local = threading.local()
        self._base: _Cache | None = None

    def preload(self, words: list[str]) -> None:
        """Pre-compute the scores of common words, shared by every thread's cache."""
        words = list(dict.fromkeys(w for w in words if w and w == w.lower() and " " not in w))
        base = _Cache(self._logp.shape[1])
        for start in range(0, len(words), 5000):
            self._add(base, words[start : start + 5000], limit=None)
        self._base = base
        self._local = threading.local()

    def _cache(self) -> _Cache:
        cache = getattr(self._local, "cache", None)
        if cache is None:
            cache = self._local.cache = _Cache(self._logp.shape[1], self._base)
        return cache

    def _word_vectors(self, words: list[str]) -> np.ndarray:
        """Score vector of each word, vectorised.

        The words (lower-case keys) are joined by single spaces into s = " w1 w2 ... ";
        word k starting at p_k owns the characters [p_k, p_k+1 - 1), the bigrams and
        the trigrams starting in [p_k - 1, p_k+1 - 1): partitions of the three n-gram
        sequences of s.  The three sequences are concatenated and summed per word with
        one `reduceat`.  The bigram and trigram across two words (" x y") are in no
        profile (row 0), so they add nothing.
        """
        k = len(words)
        s = " " + " ".join(words) + " "
        n = len(s)
        starts = np.empty(k, dtype=np.intp)
        starts[0] = 1
        if k > 1:
            np.cumsum(np.fromiter(map(len, words[:-1]), dtype=np.intp, count=k - 1) + 1, out=starts[1:])
            starts[1:] += 1
        grams = [*s, *[s[i : i + 2] for i in range(n - 1)], *[s[i : i + 3] for i in range(n - 2)]]
        rows = np.fromiter(map(self._index.get, grams, repeat(0)), dtype=np.intp, count=len(grams))
        # segment starts in the concatenation: unigrams at 0, bigrams at n, trigrams at 2n - 1
        seg = np.concatenate([starts, starts + (n - 1), starts + (2 * n - 2)])
        sums = np.add.reduceat(self._logp.take(rows, axis=0), seg, axis=0)
        return sums[:k] + sums[k : 2 * k] + sums[2 * k :]

    def _caps_vectors(self, words: list[str]) -> np.ndarray:
        """The same for words with capitals (acronyms), position by position."""
        grams: list[str] = []
        bounds = []
        for w in words:
            bounds.append(len(grams))
            grams.extend(word_ngrams(w))
        if not grams:
            return np.zeros((len(words), self._logp.shape[1]))
        rows = np.fromiter(map(self._index.get, grams, repeat(0)), dtype=np.intp, count=len(grams))
        return np.add.reduceat(self._logp.take(rows, axis=0), bounds, axis=0)

    def _add(self, cache: _Cache, words: list[str], limit: int | None = LIMIT) -> None:
        base_n = cache.base.n if cache.base is not None else 0
        if limit is not None and cache.n + len(words) > base_n + limit:
            fresh = _Cache(self._logp.shape[1], cache.base)
            cache.index, cache.vecs, cache.n = fresh.index, fresh.vecs, fresh.n
        plain = [w for w in words if w == w.lower()]
        caps = [w for w in words if w != w.lower()]
        if caps:
            words = plain + caps
            parts = ([self._word_vectors(plain)] if plain else []) + [self._caps_vectors(caps)]
            vecs = np.concatenate(parts)
        else:
            vecs = self._word_vectors(plain)
        need = cache.n + len(words)
        if need > len(cache.vecs):
            size = max(need, 2 * len(cache.vecs))
            grown = np.zeros((size, cache.vecs.shape[1]), dtype=np.float64)
            grown[: cache.n] = cache.vecs[: cache.n]
            cache.vecs = grown
        cache.vecs[cache.n : need] = vecs
        cache.index.update(zip(words, range(cache.n, need)))
        cache.n = need

    def score(self, words: list[str]) -> np.ndarray:
        """Summed score vector of `words` (n-gram keys, see `ngrams.word_keys`).

        All zeros when no candidate profile knows any of their n-grams.
        """
        cache = self._cache()
        rows = list(map(cache.index.get, words, repeat(-1)))
        if -1 in rows:
            if len(words) <= DIRECT_WORDS and all(w == w.lower() for w in words):
                # a short text with a new word: cheaper to score whole than to cache
                return self._joined(words)
            missing = list(dict.fromkeys(w for w, r in zip(words, rows) if r == -1))
            if len(missing) > LIMIT:  # one huge text: score it without caching
                return self._direct(words)
            self._add(cache, missing)
            rows = list(map(cache.index.get, words))
        return cache.vecs.take(rows, axis=0).sum(axis=0)

    def _joined(self, words: list[str]) -> np.ndarray:
        """Score of lower-case words without caching: n-grams of the joined text."""
        s = " " + " ".join(words) + " "
        n = len(s)
        grams = [*s, *[s[i : i + 2] for i in range(n - 1)], *[s[i : i + 3] for i in range(n - 2)]]
        rows = np.fromiter(map(self._index.get, grams, repeat(0)), dtype=np.intp, count=len(grams))
        return self._logp.take(rows, axis=0).sum(axis=0)

    def _direct(self, words: list[str]) -> np.ndarray:
        grams = [g for w in words for g in word_ngrams(w)]
        rows = np.fromiter(map(self._index.get, grams, repeat(0)), dtype=np.intp, count=len(grams))
        return self._logp.take(rows, axis=0).sum(axis=0)
