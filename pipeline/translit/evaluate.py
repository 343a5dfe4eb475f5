"""Self-check on held-out real text: Cyrillic -> Latin -> Cyrillic round trip, and
Cyrillic -> Latin agreement with PyPI `UzTransliterator` (if installed).

    python -m pipeline.translit.evaluate [--corpus PATH] [--holdout 10] [--show 30]

The lexicon is rebuilt in memory without the held-out lines (every K-th line).
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from . import build, cyr2lat, lat2cyr, lexicon

_WORD = re.compile(r"[\u0400-\u04FF]+")


def round_trip(lines: list[str]) -> tuple[float, float, list[tuple[str, str]]]:
    """(line exact match, word exact match, word failures) of Cyrillic -> Latin -> Cyrillic."""
    ok_lines = 0
    words = ok_words = 0
    fails: list[tuple[str, str]] = []
    for line in lines:
        back = lat2cyr.to_cyrillic(cyr2lat.to_latin(line))
        ok_lines += back == line
        a, b = _WORD.findall(line), _WORD.findall(back)
        if len(a) == len(b):
            for x, y in zip(a, b):
                words += 1
                if x == y:
                    ok_words += 1
                else:
                    fails.append((x, y))
        else:
            words += len(a)
    return ok_lines / max(len(lines), 1), ok_words / max(words, 1), fails


def _uzt_normal(s: str) -> str:
    """UzTransliterator's output with canonical apostrophes."""
    return s.replace("‘", "ʻ").replace("’", "ʼ")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", type=Path, default=build.DEFAULT_CORPUS)
    p.add_argument("--holdout", type=int, default=10)
    p.add_argument("--show", type=int, default=30)
    args = p.parse_args(argv)
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    train, held = build.split_lines(lines, args.holdout)
    built = build.build(train)
    lexicon.install(built.words, built.stems, built.keep_latin)
    try:
        line_acc, word_acc, fails = round_trip(held)
        print(f"held-out lines: {len(held)} (lexicon from {len(train)} lines: "
              f"{len(built.words)} words, {len(built.stems)} stems)")
        print(f"round trip Cyr->Lat->Cyr: lines {line_acc:.2%}, words {word_acc:.2%}")
        for x, y in fails[: args.show]:
            print(f"  {x} -> {cyr2lat.to_latin(x)} -> {y}")
        try:
            from UzTransliterator import UzTransliterator
        except ImportError:
            return
        uzt = UzTransliterator()
        same = 0
        diffs: list[tuple[str, str]] = []
        for line in held:
            ours = cyr2lat.to_latin(line)
            theirs = _uzt_normal(uzt.transliterate(line, from_="cyr", to="lat"))
            if ours == theirs:
                same += 1
            else:
                a, b = ours.split(), theirs.split()
                for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
                    if op != "equal":
                        diffs.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
        print(f"Cyr->Lat lines identical to UzTransliterator: {same / max(len(held), 1):.2%}")
        print(f"differing token groups: {len(diffs)}; most frequent:")
        for (a, b), n in Counter(diffs).most_common(args.show):
            print(f"  {n:4d}  ours {a!r}  UzTransliterator {b!r}")
    finally:
        lexicon.install(None, None, None)


if __name__ == "__main__":
    main()
