"""Label audit of the language-identification benchmark: held-out lines whose corpus label
is not the language of their text, found by fixed rules (never by hand, never by a
detector's answer).

    PYTHONPATH=. python bench/langid_audit.py [--corpus ../shared/data/lid] [--per-class 400]

The LID corpus labels a line by the page it came from, so an Uzbek news file holds a
few lines that are not Uzbek text: an Arabic quotation, a brand list in English.  Two
rules, applied to every line labelled uz-Cyrl or uz-Latn:

* `script`: most of its letters are not in the label's script (an Arabic verse in the
  Cyrillic file, "uz ва regulation." of Latin words).  Such a line is not text of
  that class: it leaves the relabelled set.
* `english`: it has no Uzbek-specific evidence — no Uzbek letter (oʻ gʻ ʻ ʼ; ў қ ғ
  ҳ), no word of the Uzbek word list (`models/langdetect/words/uz-*.tsv`) that the
  English training text lacks, no Uzbek ending (`pipeline/langid/data/word_endings.tsv`)
  — and every word of it occurs in the English training lines of the same corpus
  (`en-Latn.txt`, the lines the profiles are built from, never the held-out ones).
  Relabelled `en`.

Prints every line a rule touches, with its rule, new label and the answers of both
detectors; `bench/langid_bench.py` reports the figures on the raw and the relabelled
labels.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.langid.model import word_endings  # noqa: E402
from pipeline.langid.ngrams import prepare, words_of  # noqa: E402
from pipeline.langid.profiles import PROFILE_DIR, WORDS_DIR_NAME, read_corpus, read_words  # noqa: E402
from pipeline.langid.scripts import letters_by_script  # noqa: E402

UZBEK_LETTERS = {"uz-Latn": re.compile("[oOgG][ʻ‘’'`]|[ʻʼ]"), "uz-Cyrl": re.compile("[ўқғҳЎҚҒҲ]")}
"""Letters of the Uzbek orthographies that English lacks: oʻ gʻ (any apostrophe), the
modifier letters ʻ ʼ; ў қ ғ ҳ."""


@cache
def english_words(corpus: Path) -> frozenset[str]:
    """Words of the English training lines (held-out lines excluded)."""
    train, _ = read_corpus(corpus, "en-Latn")
    return frozenset(w for line in train for w in words_of(prepare(line)))


@cache
def uzbek_words(profile: str) -> frozenset[str]:
    return frozenset(read_words(PROFILE_DIR / WORDS_DIR_NAME / f"{profile}.tsv")[0])


@cache
def _ending(profile: str) -> re.Pattern[str]:
    ends = sorted(word_endings().get(profile, {}), key=len, reverse=True)
    return re.compile(r"\w{3}(?:%s)$" % "|".join(map(re.escape, ends)))


def uzbek_evidence(profile: str, text: str, english: frozenset[str]) -> bool:
    """Whether `text` shows anything Uzbek that English text would not.

    >>> uzbek_evidence("uz-Latn", "ANIMAL PLANET", frozenset({"animal", "planet"}))
    False
    >>> uzbek_evidence("uz-Latn", "Toshkentda", frozenset())
    True
    """
    if UZBEK_LETTERS[profile].search(text):
        return True
    words = words_of(prepare(text))
    known = uzbek_words(profile)
    return any((w in known and w not in english) or _ending(profile).search(w) for w in words)


def rule_for(gold: str, text: str, english: frozenset[str]) -> tuple[str, str] | None:
    """(rule, new label) for a held-out line whose label the rules reject, else None;
    new label "" means: leaves the relabelled set.

    >>> rule_for("uz-Cyrl", "أَوْ يُزَوِّجُهُمْ ذُكْرَانًا", frozenset())
    ('script', '')
    >>> rule_for("uz-Latn", "TV 1000 ACTION 86.", frozenset({"tv", "action"}))
    ('english', 'en')
    >>> rule_for("uz-Latn", "Sensatsion natija.", frozenset()) is None
    True
    """
    if not gold.startswith("uz-"):
        return None
    script, _, _ = letters_by_script(prepare(text))  # URLs and e-mail addresses are no text
    if script != gold[3:]:
        return ("script", "")
    words = words_of(prepare(text))
    if words and not uzbek_evidence(gold, text, english) and all(w in english for w in words):
        return ("english", "en")
    return None


def relabel(texts: list[tuple[str, str, bool]], corpus: Path) -> tuple[list[tuple[str, str, bool]], list[tuple]]:
    """The texts with the rules applied (`rule_for`), and the (gold, rule, new label, text)
    of every line a rule touched."""
    english = english_words(corpus)
    kept, touched = [], []
    for gold, text, short in texts:
        hit = rule_for(gold, text, english)
        if hit is None:
            kept.append((gold, text, short))
            continue
        touched.append((gold, *hit, text))
        if hit[1]:
            kept.append((hit[1], text, short))
    return kept, touched


def main(argv=None) -> int:
    from langid_bench import DEFAULT_CORPUS, load_texts, ours, py3

    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--per-class", type=int, default=400)
    args = ap.parse_args(argv)
    texts = load_texts(args.corpus, args.per_class)
    _, touched = relabel(texts, args.corpus)
    detectors: list[tuple[str, Callable[[str], str]]] = [("ours", ours), ("py3langid", py3)]
    print("gold\trule\tnew label\tours\tpy3langid\ttext")
    for gold, rule, new, text in touched:
        answers = "\t".join(fn(text) for _, fn in detectors)
        print(f"{gold}\t{rule}\t{new or '(dropped)'}\t{answers}\t{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
