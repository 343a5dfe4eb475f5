"""Build `data/function_words.tsv`: frequent words that tell close Cyrillic languages
apart (Bulgarian е, са, със, това; Ukrainian що, від, які; Russian это, что, был ...).

Source: the stop lists of PyPI `jusText` 3.0.2 (BSD 2-Clause; words in Wikipedia
frequency order, `justext/stoplists/<Language>.txt`), a build-time input only:

    PYTHONPATH=. python -m pipeline.langid.function_words > pipeline/langid/data/function_words.tsv

A word among the TOP most frequent of one language's list is kept when it is missing
from the whole list (about 1,000-5,000 words) of at least one other language of the
group; the TSV names every language whose list has it.  `detect` then charges each
group profile whose list lacks a word of the text (see `data/function_words.tsv`).
"""
from __future__ import annotations

import sys
from importlib.resources import files

GROUP = {"bg": "Bulgarian", "mk": "Macedonian", "ru": "Russian", "uk": "Ukrainian"}
"""langdetect profile → jusText stop list: the Cyrillic languages confused on short text."""
TOP = 120
MIN_LETTERS = 1


def stoplist(name: str) -> list[str]:
    """Lower-cased words of a jusText stop list, in its order, first occurrence kept."""
    text = (files("justext") / "stoplists" / f"{name}.txt").read_text(encoding="utf-8")
    seen: dict[str, None] = {}
    for line in text.splitlines():
        word = line.strip().lower()
        if word and word.isalpha():
            seen.setdefault(word, None)
    return list(seen)


def build() -> list[tuple[str, list[str]]]:
    """(word, profiles whose list has it) for every distinctive frequent word."""
    lists = {p: stoplist(name) for p, name in GROUP.items()}
    sets = {p: set(ws) for p, ws in lists.items()}
    out: dict[str, list[str]] = {}
    for profile, words in lists.items():
        for word in words[:TOP]:
            if len(word) < MIN_LETTERS or word in out:
                continue
            users = sorted(p for p in GROUP if word in sets[p])
            if len(users) < len(GROUP):
                out[word] = users
    return sorted(out.items())


def main() -> int:
    print("# Frequent function words of close Cyrillic languages and the profiles whose")
    print("# jusText 3.0.2 stop list (BSD 2-Clause) has them; built by")
    print("# `python -m pipeline.langid.function_words` (see that module).  Scope: " + " ".join(GROUP))
    print("word\tprofiles")
    for word, users in build():
        print(f"{word}\t{' '.join(users)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
