"""Build the Latin -> Cyrillic restoration lexicon from real Uzbek Cyrillic text.

Every Cyrillic word of the corpus is evidence of its own spelling: it is put through
the Cyrillic -> Latin engine, and wherever the Latin -> Cyrillic letter rules would not
give the word back, the (Latin, Cyrillic) pair is kept.  Inflected words also give
stems (Latin stem -> Cyrillic stem as written before a suffix), so unseen inflections
of a known stem are restored too.

    python -m pipeline.translit.build [--corpus PATH] [--holdout K] [--out DIR]

writes `lexicon.tsv`, `stems.tsv` and `keep_latin.txt` into `pipeline/translit/data/`.
With `--holdout K` every K-th line is left out (for evaluation, see `evaluate.py`).
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from . import cyr2lat, lat2cyr, lexicon
from .alphabet import DATA_DIR, letters

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "lid" / "uz-Cyrl.txt"
_WORD = re.compile(r"[\u0400-\u04FF]+")
_LATIN_TOKEN = re.compile(r"(?<![\w.@/-])[A-Za-z][A-Za-z0-9]+(?![\w.@/-])")
_EVIDENCE = re.compile("[ьъцэёюя]")
MIN_STEM = 4


@dataclass
class Built:
    words: dict[str, str]
    stems: dict[str, str]
    keep_latin: list[str]


def _rules(lw: str, after_vowel: bool | None = None) -> str:
    return "".join(c for _, c in lat2cyr.rules(lw, after_vowel))


def _fallback(lw: str) -> str:
    """What Latin -> Cyrillic gives for a word outside the lexicon: rules + rewrites."""
    return lat2cyr.rewrite(_rules(lw))


def _resolve(lw: str, stems: dict[str, str], chains: lexicon.SuffixChains) -> str:
    """What Latin -> Cyrillic gives for `lw` without the whole-word lexicon."""
    if lw in stems:
        return stems[lw]
    for k in range(len(lw) - 1, 1, -1):
        if lw[k:] in chains:
            stem = stems.get(lw[:k])
            if stem is not None:
                return lat2cyr._join(stem, lw[k:])
    return _fallback(lw)


def split_lines(lines: list[str], holdout: int) -> tuple[list[str], list[str]]:
    """(training lines, held-out lines): every `holdout`-th line is held out (0 = none)."""
    if holdout <= 0:
        return lines, []
    train = [l for i, l in enumerate(lines) if i % holdout != holdout - 1]
    held = [l for i, l in enumerate(lines) if i % holdout == holdout - 1]
    return train, held


def build(lines: Iterable[str]) -> Built:
    """The lexicons learnt from Uzbek Cyrillic `lines`."""
    alphabet = {c for c, _, _ in letters()}
    counts: Counter[str] = Counter()
    latin_tokens: Counter[str] = Counter()
    for line in lines:
        counts.update(w.lower() for w in _WORD.findall(line))
        latin_tokens.update(_LATIN_TOKEN.findall(line))
    vocab = {w: n for w, n in counts.items() if len(w) > 1 and set(w) <= alphabet}

    # Latin form -> Cyrillic spellings seen for it
    by_latin: dict[str, Counter[str]] = defaultdict(Counter)
    for w, n in vocab.items():
        by_latin[cyr2lat.convert_word(w)][w] += n
    # (a Latin form that reading Latin would spell otherwise, like oʼ read as oʻ, is useless)
    best_all = {lat: c.most_common(1)[0][0] for lat, c in by_latin.items() if lat2cyr.canonical(lat) == lat}

    # stems: every split of a corpus word into stem + suffix chain
    chains = lexicon.suffix_chains()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    soft_kept = soft_dropped = 0
    for lat, cyr in best_all.items():
        n = vocab[cyr]
        for k in range(MIN_STEM, len(lat)):
            chain = lat[k:]
            if chain not in chains:
                continue
            stem_lat = lat[:k]
            for cut in range(len(cyr) - 1, MIN_STEM - 2, -1):
                stem_cyr = cyr[:cut]
                if lat2cyr._join(stem_cyr, chain) == cyr and cyr2lat.convert_word(stem_cyr) == stem_lat:
                    if _fallback(stem_lat) != stem_cyr:
                        votes[stem_lat][stem_cyr] += n
                    if stem_cyr.endswith("ь"):
                        soft_kept += n
                    elif stem_cyr + "ь" in vocab:
                        soft_dropped += n
                    break
        if _fallback(lat) != cyr and len(lat) >= MIN_STEM:
            votes[lat][cyr] += n  # the bare word is a stem too
    drop_soft = soft_dropped >= soft_kept
    stems: dict[str, str] = {}
    for stem_lat, c in votes.items():
        cyr = c.most_common(1)[0][0]
        if drop_soft and cyr.endswith("ь"):
            bare = cyr[:-1]
            if c.get(bare, 0) or not any(v.endswith("ь") and v != cyr for v in c):
                cyr = bare
        stems[stem_lat] = cyr

    # prune stems that restore corpus words wrongly more often than rightly
    good: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    for lat, cyr in best_all.items():
        for k in range(len(lat) - 1, 1, -1):
            if lat[k:] in chains and lat[:k] in stems:
                if lat2cyr._join(stems[lat[:k]], lat[k:]) == cyr:
                    good[lat[:k]] += 1
                else:
                    bad[lat[:k]] += 1
                break
    stems = {s: c for s, c in stems.items() if bad[s] * 2 <= good[s] or (not bad[s])}

    # a stem that another stem + suffix chain already gives is redundant
    for s in sorted(stems, key=len):
        for k in range(len(s) - 1, MIN_STEM - 1, -1):
            shorter = stems.get(s[:k])
            if shorter is not None and s[k:] in chains:
                if lat2cyr._join(shorter, s[k:]) == stems[s]:
                    del stems[s]
                break
    # whole words: every corpus word spelt with a letter Latin does not show one to one
    # (ь ъ ц э ё ю я) is evidence of its spelling and is kept, and so is every other
    # word that rules, rewrites or a stem would misspell
    words = {
        lat: cyr
        for lat, cyr in best_all.items()
        if _EVIDENCE.search(cyr) or _resolve(lat, stems, chains) != cyr
    }

    keep = []
    for tok in latin_tokens:
        if len(tok) < 2 or tok.islower():
            continue  # lower-case Latin in Cyrillic text is mostly URL and domain parts
        as_cyr = lat2cyr.canonical(tok).lower()
        if _rules(as_cyr) in vocab:
            continue  # an Uzbek word that Cyrillic text writes in Cyrillic
        keep.append(tok)
    return Built(words=words, stems=stems, keep_latin=sorted(keep))


def write(built: Built, out: Path, source: str) -> None:
    head = f"# Built by `python -m pipeline.translit.build` from {source}; do not edit.\n"
    with open(out / "lexicon.tsv", "w", encoding="utf-8") as f:
        f.write(head + "# Latin word (lower case, canonical ʻ ʼ) -> Cyrillic, where the letter rules differ.\nlat\tcyr\n")
        f.writelines(f"{k}\t{v}\n" for k, v in sorted(built.words.items()))
    with open(out / "stems.tsv", "w", encoding="utf-8") as f:
        f.write(head + "# Latin stem -> Cyrillic stem as written before a suffix (see suffixes.tsv).\nlat\tcyr\n")
        f.writelines(f"{k}\t{v}\n" for k, v in sorted(built.stems.items()))
    with open(out / "keep_latin.txt", "w", encoding="utf-8") as f:
        f.write(head + "# Latin-script names and acronyms that Uzbek Cyrillic text keeps in Latin.\n")
        f.writelines(f"{k}\n" for k in built.keep_latin)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--holdout", type=int, default=0, help="leave out every K-th line")
    p.add_argument("--out", type=Path, default=DATA_DIR)
    args = p.parse_args(argv)
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    train, _ = split_lines(lines, args.holdout)
    built = build(train)
    write(built, args.out, f"uz-Cyrl.txt ({len(train)} lines)")
    print(f"{len(built.words)} words, {len(built.stems)} stems, {len(built.keep_latin)} Latin names -> {args.out}")


if __name__ == "__main__":
    main()
