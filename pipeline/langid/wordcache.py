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

LIMIT = 50_000
"""Words cached per script table and thread (beyond the preloaded common words)
before the cache starts afresh."""


class _Cache:
    __slots__ = ("index", "vecs", "used", "n", "base")

    def __init__(self, ncols: int, base: "_Cache | None" = None) -> None:
        if base is None:
            self.index: dict[str, int] = {}
            self.vecs = np.zeros((1024, ncols), dtype=np.float64)
            self.used = np.zeros(1024, dtype=np.intp)
            self.n = 0
        else:  # start from the pre-computed common words
            self.index = dict(base.index)
            self.vecs = np.concatenate([base.vecs[: base.n], np.zeros((1024, ncols))])
            self.used = np.concatenate([base.used[: base.n], np.zeros(1024, dtype=np.intp)])
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

    def _word_vectors(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Score vector and known n-gram count of each word, vectorised.

        The words (lower-case keys) are joined by single spaces into s = " w1 w2 ... ";
        word k starting at p_k owns the characters [p_k, p_k+1 - 1), the bigrams and
        the trigrams starting in [p_k - 1, p_k+1 - 1): partitions of the three n-gram
        sequences of s, summed with one `reduceat` each.  The bigram and trigram across
        two words (" x y") are in no profile, so they add nothing.
        """
        get = self._index.get
        logp = self._logp
        s = " " + " ".join(words) + " "
        n = len(s)
        lengths = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
        starts = np.empty(len(words), dtype=np.intp)
        starts[0] = 1
        np.cumsum(lengths[:-1] + 1, out=starts[1:])
        starts[1:] += 1
        uni = np.fromiter(map(get, s, repeat(0)), dtype=np.intp, count=n)
        bi = np.fromiter(map(get, [s[i : i + 2] for i in range(n - 1)], repeat(0)), dtype=np.intp, count=n - 1)
        tri = np.fromiter(map(get, [s[i : i + 3] for i in range(n - 2)], repeat(0)), dtype=np.intp, count=n - 2)
        vecs = np.add.reduceat(logp.take(uni, axis=0), starts, axis=0)
        vecs += np.add.reduceat(logp.take(bi, axis=0), starts - 1, axis=0)
        vecs += np.add.reduceat(logp.take(tri, axis=0), starts - 1, axis=0)
        used = np.add.reduceat(uni != 0, starts) + np.add.reduceat(bi != 0, starts - 1)
        used += np.add.reduceat(tri != 0, starts - 1)
        return vecs, used.astype(np.intp)

    def _caps_vectors(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The same for words with capitals (acronyms), position by position."""
        grams: list[str] = []
        bounds = []
        for w in words:
            bounds.append(len(grams))
            grams.extend(word_ngrams(w))
        rows = np.fromiter(map(self._index.get, grams, repeat(0)), dtype=np.intp, count=len(grams))
        if not len(rows):
            return np.zeros((len(words), self._logp.shape[1])), np.zeros(len(words), dtype=np.intp)
        vecs = np.add.reduceat(self._logp.take(rows, axis=0), bounds, axis=0)
        used = np.add.reduceat((rows != 0).astype(np.intp), bounds)
        return vecs, used

    def _add(self, cache: _Cache, words: list[str], limit: int | None = LIMIT) -> None:
        base_n = cache.base.n if cache.base is not None else 0
        if limit is not None and cache.n + len(words) > base_n + limit:
            fresh = _Cache(self._logp.shape[1], cache.base)
            cache.index, cache.vecs, cache.used, cache.n = fresh.index, fresh.vecs, fresh.used, fresh.n
        plain = [w for w in words if w.islower() or w == w.lower()]
        caps = [w for w in words if not (w.islower() or w == w.lower())]
        words = plain + caps
        parts = []
        if plain:
            parts.append(self._word_vectors(plain))
        if caps:
            parts.append(self._caps_vectors(caps))
        vecs = np.concatenate([v for v, _ in parts])
        used = np.concatenate([u for _, u in parts])
        need = cache.n + len(words)
        if need > len(cache.vecs):
            size = max(need, 2 * len(cache.vecs))
            grown = np.zeros((size, cache.vecs.shape[1]), dtype=np.float64)
            grown[: cache.n] = cache.vecs[: cache.n]
            cache.vecs = grown
            used_grown = np.zeros(size, dtype=np.intp)
            used_grown[: cache.n] = cache.used[: cache.n]
            cache.used = used_grown
        cache.vecs[cache.n : need] = vecs
        cache.used[cache.n : need] = used
        for i, w in enumerate(words, cache.n):
            cache.index[w] = i
        cache.n = need

    def score(self, words: list[str]) -> tuple[np.ndarray, int]:
        """Summed score vector of `words` (n-gram keys, see `word_key`) and n-grams known."""
        cache = self._cache()
        get = cache.index.get
        rows = list(map(get, words, repeat(-1)))
        if -1 in rows:
            missing = list(dict.fromkeys(w for w, r in zip(words, rows) if r == -1))
            if len(missing) > LIMIT:  # one huge text: score it without caching
                return self._direct(words)
            self._add(cache, missing)
            rows = list(map(cache.index.get, words))
        idx = np.array(rows, dtype=np.intp)
        return cache.vecs.take(idx, axis=0).sum(axis=0), int(cache.used.take(idx).sum())

    def _direct(self, words: list[str]) -> tuple[np.ndarray, int]:
        grams = [g for w in words for g in word_ngrams(w)]
        rows = np.fromiter(map(self._index.get, grams, repeat(0)), dtype=np.intp, count=len(grams))
        return self._logp.take(rows, axis=0).sum(axis=0), int(np.count_nonzero(rows))
