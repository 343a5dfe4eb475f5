"""Build langdetect profiles from real text, and load ours plus the stock ones.

Profiles are langdetect's own JSON format (`{"name", "freq", "n_words"}`), counted with
`langdetect.utils.lang_profile.LangProfile` and pruned by its `omit_less_freq` (rare
n-grams and, for non-Latin languages, Latin noise), so any langdetect `DetectorFactory`
can load them.  Our n-grams are case-folded (see `ngrams`); the stock profiles are
case-folded the same way when loaded.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from langdetect.utils.lang_profile import LangProfile

from ..paths import MODELS_DIR
from .ngrams import _LOWER, extract, prepare, words_of

PROFILE_DIR = MODELS_DIR / "langdetect"
WORDS_DIR_NAME = "words"  # models/langdetect/words/<profile>.tsv
HOLD_OUT_EVERY = 10
"""Line i of a corpus file (0-based) is held out of training when i % 10 == 9."""

#: stock langdetect profile name → ISO 639-1 code where they differ
_STOCK_CODES = {"zh-cn": "zh", "zh-tw": "zh"}


@dataclass(frozen=True)
class ProfileSpec:
    """One profile we build: its langdetect name, reported language and script, corpus."""

    profile: str
    lang: str
    script: str
    corpus: str
    stock: str = ""  # a stock langdetect profile mixed in (equal weight), or ""


@cache
def built_specs() -> tuple[ProfileSpec, ...]:
    """The rows of `data/profiles.tsv`."""
    text = (files("pipeline.langid") / "data" / "profiles.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header = rows[0]
    return tuple(ProfileSpec(**dict(zip(header, row))) for row in rows[1:])


def split_lines(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """(training lines, held-out lines): every 10th non-empty line is held out.

    >>> split_lines([str(i) for i in range(20)])[1]
    ['9', '19']
    """
    train: list[str] = []
    held: list[str] = []
    for i, line in enumerate(ln.strip() for ln in lines):
        if not line:
            continue
        (held if i % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1 else train).append(line)
    return train, held


def read_corpus(corpus_dir: Path, corpus: str) -> tuple[list[str], list[str]]:
    """Training and held-out lines of `<corpus_dir>/<corpus>.txt`."""
    with open(corpus_dir / f"{corpus}.txt", encoding="utf-8") as fh:
        return split_lines(fh)


def build_profile(name: str, lines: Iterable[str], stock: str = "") -> LangProfile:
    """Count the n-grams of `lines` into a pruned langdetect profile.

    With `stock`, langdetect's stock profile of that name (case-folded) is mixed in
    with the same weight as our text: its counts are scaled to our number of n-grams.
    """
    profile = LangProfile(name)
    add = profile.add
    for line in lines:
        for gram in extract(prepare(line)):
            add(gram)
    if stock:
        with open(_stock_dir() / stock, encoding="utf-8") as fh:
            data = _casefold(json.load(fh))
        for n in range(3):
            ratio = profile.n_words[n] / data["n_words"][n]
            for gram, count in data["freq"].items():
                if len(gram) == n + 1:
                    scaled = round(count * ratio)
                    profile.freq[gram] += scaled
            profile.n_words[n] *= 2
    profile.omit_less_freq()
    return profile


WORDS_KEPT = 6000
"""Most frequent words kept per built profile (the word lists for close calls)."""


def count_words(lines: Iterable[str]) -> Counter[str]:
    """Case-folded words (letters only, as the n-grams see them) of `lines`."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(words_of(prepare(line)))
    return counts


def words_tsv(counts: Counter[str], kept: int = WORDS_KEPT) -> str:
    """The `kept` most frequent words with counts; a `#total` line carries all tokens."""
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:kept]
    body = "".join(f"{w}\t{c}\n" for w, c in top)
    return f"#total\t{sum(counts.values())}\nword\tcount\n" + body


def read_words(path: Path) -> tuple[dict[str, int], int]:
    """(word → count, total tokens) from a `words_tsv` file."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("word\tcount\n")
    first = head.split("\t")
    if sep and first[0] == "#total" and head.count("\n") == 1:
        fields = body.split()  # word, count, word, count ... (words have no spaces)
        return dict(zip(fields[::2], map(int, fields[1::2]))), int(first[1])
    words: dict[str, int] = {}
    total = 0
    for line in text.splitlines():
        w, _, c = line.partition("\t")
        if w == "#total":
            total = int(c)
        elif w != "word" and c:
            words[w] = int(c)
    return words, total


def profile_json(profile: LangProfile) -> str:
    """langdetect's JSON profile format, keys sorted, so rebuilds are byte-identical."""
    data = {"freq": dict(sorted(profile.freq.items())), "n_words": profile.n_words, "name": profile.name}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def _stock_dir() -> Path:
    import langdetect

    return Path(langdetect.__file__).parent / "profiles"


def _casefold(data: dict) -> dict:
    freq: dict[str, int] = {}
    for gram, count in data["freq"].items():
        low = gram.translate(_LOWER)
        freq[low] = freq.get(low, 0) + count
    return {"name": data["name"], "freq": freq, "n_words": data["n_words"]}


def stock_profiles(exclude: Iterable[str]) -> Iterator[dict]:
    """langdetect's stock profiles (case-folded), except the names in `exclude`."""
    skip = set(exclude)
    folder = _stock_dir()
    for name in sorted(os.listdir(folder)):
        if name.startswith(".") or name in skip or not (folder / name).is_file():
            continue
        with open(folder / name, encoding="utf-8") as fh:
            yield _casefold(json.load(fh))


def stock_lang(profile: str) -> str:
    """ISO 639-1 code of a stock profile name.

    >>> stock_lang("zh-tw"), stock_lang("bg")
    ('zh', 'bg')
    """
    return _STOCK_CODES.get(profile, profile)


def all_profiles(profile_dir: Path = PROFILE_DIR) -> list[dict]:
    """Our built profiles (from `profile_dir`) followed by the stock ones we do not replace."""
    ours = []
    for spec in built_specs():
        path = profile_dir / f"{spec.profile}.json"
        with open(path, encoding="utf-8") as fh:
            ours.append(json.load(fh))
    return ours + list(stock_profiles(s.profile for s in built_specs()))
