"""Build step: US census surnames that English text writes mostly in lower case (house, case,
born, shield ...): common words, never a person when standing alone. The measured words go to
the marked section of `langdata/shared/not_single_names.txt`.

    python -m pipeline.entities.persons.lowercase /work/shared/data/lid/en-Latn.txt
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

_WORD = re.compile(r"[A-Za-z]+|[.!?:;\"“]")
_MARK = "# measured: US census surnames"
_FILE = Path(__file__).resolve().parents[2] / "langdata" / "shared" / "not_single_names.txt"


def case_counts(text: str) -> tuple[Counter[str], Counter[str]]:
    """(lower-case counts, counts capitalised inside a sentence) of the words of `text`.

    >>> low, cap = case_counts("The House said. A house, the house of Day.")
    >>> low["house"], cap["house"], cap["day"], cap["a"]
    (2, 1, 1, 0)
    """
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for line in text.splitlines():
        prev = "."
        for tok in _WORD.findall(line):
            if tok.isalpha():
                if tok.islower():
                    low[tok] += 1
                elif tok[1:].islower() and prev not in ".!?:;\"“":
                    cap[tok.lower()] += 1
            prev = tok
    return low, cap


def lowercase_words(text: str, surnames: set[str], given: set[str]) -> list[str]:
    """Surnames (no given names: Drew, Nick stay names) seen at least twice in lower case and
    more often so than capitalised inside a sentence.

    >>> lowercase_words("a house. the house. In House.", {"house", "drew"}, {"drew"})
    ['house']
    """
    low, cap = case_counts(text)
    return sorted(w for w in surnames - given if low[w] >= 2 and low[w] > cap[w])


def main(path: str) -> None:
    from ..build_gazetteer import english_surnames
    from ..gazetteer import MODELS_DIR, _read_json

    given = set(_read_json(MODELS_DIR / "gazetteer" / "first_names.json").get("en", []))
    words = lowercase_words(Path(path).read_text(encoding="utf-8"), english_surnames(), given)
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    start = next((k for k, line in enumerate(lines) if line.startswith(_MARK)), len(lines))
    keep = lines[:start]
    _FILE.write_text("\n".join([*keep, _MARK + " written mostly in lower case in English text",
                                "# (persons/lowercase.py over the English LID text; not English given names)",
                                *words]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
