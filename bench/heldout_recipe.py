"""How the held-out sets `bench/heldout4/` .. `bench/heldout22/` were drawn (deterministic):
line eligibility, number cues, the earlier sets' lines, pooled selection, pseudo-article
layout, and each set's seed and plan (`SETS`). Rebuild a set's texts, byte for byte, with

    python bench/heldout_recipe.py heldout8 [/work/shared/data/lid]
    python bench/heldout_recipe.py heldout13 [/work/shared/data/html/aeb/gold.json]
    python bench/heldout_recipe.py heldout21 [/work/shared/data/html]
    python bench/heldout_recipe.py heldout22 FITRAT/language_detector/data/train.txt

Sets from the LID text (`pooled_set`): eligible lines (`eligible`) not used by any earlier set
are split into *number-cue* lines (`number_cue`: a digit plus a currency, percent or
multiplier word, a month name or a year) and the others; the cue pool of the Uzbek files is
split once more into *money-cue* lines (`money_cue`) and the rest. Each pool is shuffled with
the set's seed; every article takes its cue, money and other lines in order, and its lines are
then shuffled with `seed + article number` (`pooled_articles`). Sets from English news
(`news_set`): the same selection over the sentences of the AEB benchmark's hand-made bodies
(`news_lines`; MIT, see `/work/shared/data/html/aeb/SOURCES.md`). Text is never changed.
Sets of whole pages (`pages_set`, heldout21): the text presspipe extracts from real Russian
news pages of the HTML benchmarks.
Sets from fitrat's lines (`fitrat_set`, heldout22): the same selection over the Uzbek lines of
the PyPI package `fitrat` 0.0.9's language-ID training file (MIT; `pip download fitrat==0.0.9
--no-deps`, unzip the wheel) that the project's LID text does not hold: the LID files are a
capped sample of the same file, so these lines were never in the repository or its sources.
`bench/heldout/` .. `heldout3/` keep their own older scripts.
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

from babel.dates import get_month_names

LINES = 8
HEADER = " date 2025-01-01 "
_CAP_INSIDE = re.compile(r"\s[\"'“”«„‘’(]*[A-ZА-ЯЁЎҚҒҲ]")

_CUE_WORDS = (
    # currencies (words and signs)
    r"[$€£₽]|доллар\w*|dollar\w*|сўм\w*|so[‘'’ʻ`]?m\w*|сум\w*|рубл\w*|rubl\w*|руб\.?|евро\w*"
    r"|yevro\w*|euro\w*|тенге|tenge|юан\w*|yuan\w*|USD|UZS|EUR|RUB"
    # percentages
    r"|%|фоиз\w*|foiz\w*|процент\w*|percent\w*|per cent"
    # multipliers
    r"|бара[вб]ар\w*|баро[вб]ар\w*|bara[vb]ar\w*|baro[vb]ar\w*|раза?|times|марта|marta|karra"
)
_MONEY = re.compile(
    r"(?<!\w)(?:доллар\w*|dollar\w*|сўм\w*|so[‘'’ʻ`]?m\w*|рубл\w*|rubl\w*|евро\w*|yevro\w*)"
    r"|\$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_LOCALES = ("uz_Latn", "uz_Cyrl", "ru", "en")


def _month_words() -> list[str]:
    """Month names (format and stand-alone, wide) from CLDR via Babel."""
    words: set[str] = set()
    for loc in _LOCALES:
        for ctx in ("format", "stand-alone"):
            words.update(n.lower() for n in get_month_names("wide", ctx, locale=loc).values())
    return sorted(words, key=len, reverse=True)


_CUE = re.compile(r"(?<!\w)(?:" + _CUE_WORDS + "|" + "|".join(map(re.escape, _month_words()))
                  + r")(?!\w)|%|\$|€", re.IGNORECASE)


def eligible(line: str) -> bool:
    """Long enough and entity-bearing (a digit, or a capital after the first word).

    >>> eligible("x" * 59 + "1"), eligible("short 1"), eligible("Tom " + "a" * 60)
    (True, False, False)
    """
    return len(line) >= 60 and (any(ch.isdigit() for ch in line) or bool(_CAP_INSIDE.search(line)))


def number_cue(line: str) -> bool:
    """A digit plus a currency, percent or multiplier word, a month name, or a year.

    >>> number_cue("narxi 5 ming so‘m"), number_cue("2019 yilda"), number_cue("uch baravar")
    (True, True, False)
    >>> number_cue("15 марта"), number_cue("12 kishi")
    (True, False)
    """
    if not any(ch.isdigit() for ch in line):
        return False
    return bool(_YEAR.search(line) or _CUE.search(line))


def money_cue(line: str) -> bool:
    """A number-cue line with a currency word or sign (so'm, dollar, $, rubl, yevro).

    >>> money_cue("narxi 5 mln so‘m"), money_cue("$5 mln"), money_cue("5 foiz"), money_cue("сўм")
    (True, True, False, False)
    """
    return number_cue(line) and bool(_MONEY.search(line))


def article_lines(text: str) -> list[str]:
    """The source lines of a pseudo-article (the header prefix removed).

    >>> article_lines(" date 2025-01-01 Title 1\\nSecond\\n")
    ['Title 1', 'Second']
    """
    lines = text.splitlines()
    if lines and lines[0].startswith(HEADER):
        lines[0] = lines[0][len(HEADER):]
    return lines


def used_lines(bench: Path, earlier: Iterable[str]) -> set[str]:
    """Every line of the earlier held-out sets (folders of `bench`)."""
    used: set[str] = set()
    for name in earlier:
        for path in sorted((bench / name).glob("*.txt")):
            used.update(article_lines(path.read_text(encoding="utf-8")))
    return used


def source_lines(src: Path, name: str) -> list[str]:
    """The lines of one LID text file."""
    return [ln.rstrip("\n") for ln in (src / name).read_text(encoding="utf-8").splitlines()]


def pooled_articles(lines: list[str], files: int, used: set[str], *, seed: int,
                    cue_lines: int, money_lines: int = 0) -> list[list[str]]:
    """``files`` articles of ``LINES`` lines: ``cue_lines`` with a number cue (``money_lines``
    of them with a currency) and the rest without; pools shuffled with ``seed``, each
    article's lines with ``seed + its index``.

    >>> pool = [f"line {i} Xx " + "a" * 60 + (" 5%" if i % 2 else "") for i in range(100)]
    >>> arts = pooled_articles(pool, 2, set(pool[:50]), seed=1, cue_lines=5)
    >>> [len(a) for a in arts], set(sum(arts, [])) & set(pool[:50])
    ([8, 8], set())
    >>> [sum(map(number_cue, a)) for a in arts]
    [5, 5]
    >>> mpool = pool + [f"m {i} Xx " + "b" * 60 + " 5 so‘m" for i in range(10)]
    >>> arts = pooled_articles(mpool, 2, set(), seed=1, cue_lines=5, money_lines=2)
    >>> [sum(map(money_cue, a)) >= 2 for a in arts]
    [True, True]
    """
    rest = list(dict.fromkeys(ln for ln in lines if eligible(ln) and ln not in used))
    cue = [ln for ln in rest if number_cue(ln)]
    other = [ln for ln in rest if not number_cue(ln)]
    random.Random(seed).shuffle(cue)
    random.Random(seed).shuffle(other)
    m = money_lines
    cash = [ln for ln in cue if money_cue(ln)] if m else []
    plain = [ln for ln in cue if not money_cue(ln)] if m else cue
    k = LINES - cue_lines
    out = []
    for i in range(files):
        chunk = cash[i * m:(i + 1) * m] + plain[i * (cue_lines - m):(i + 1) * (cue_lines - m)]
        chunk += other[i * k:(i + 1) * k]
        random.Random(seed + i).shuffle(chunk)
        out.append(chunk)
    return out


def write_articles(out: Path, stem: str, chunks: Iterable[list[str]]) -> None:
    """`<stem>-01.txt`, ...: the first line as the title in the reference layout."""
    for i, chunk in enumerate(chunks):
        text = f"{HEADER}{chunk[0]}\n" + "".join(ln + "\n" for ln in chunk[1:])
        (out / f"{stem}-{i + 1:02d}.txt").write_text(text, encoding="utf-8")


def pooled_set(src: Path, out: Path, *, seed: int, earlier: Iterable[str], cue_lines: int,
               plan: Iterable[tuple[str, str, int, int]]) -> None:
    """Write one pooled held-out set into `out`: for each (source file, stem, articles,
    money-cue lines) of `plan`, articles drawn by `pooled_articles` from the lines that no
    `earlier` sibling set used."""
    used = used_lines(out.parent, earlier)
    for name, stem, files, money_lines in plan:
        chunks = pooled_articles(source_lines(src, name), files, used, seed=seed,
                                 cue_lines=cue_lines, money_lines=money_lines)
        write_articles(out, stem, chunks)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def news_lines(gold: Path, lang: str) -> list[str]:
    """Sentences of the hand-made article bodies of an HTML benchmark's `gold.json`
    (`{id: {"articleBody": ..., "lang_guess": ...}}`) whose guessed language is `lang`,
    one per line, in page-id order.

    >>> import json, tempfile
    >>> g = Path(tempfile.mkdtemp()) / "gold.json"
    >>> _ = g.write_text(json.dumps({"b": {"articleBody": "One. Two!\\nThree", "lang_guess": "en"},
    ...                              "a": {"articleBody": "Um.", "lang_guess": "pt"}}))
    >>> news_lines(g, "en")
    ['One.', 'Two!', 'Three']
    """
    import json

    pages = json.loads(gold.read_text(encoding="utf-8"))
    out: list[str] = []
    for key in sorted(pages):
        page = pages[key]
        if page.get("lang_guess") != lang or not page.get("articleBody"):
            continue
        for para in page["articleBody"].splitlines():
            out.extend(s.strip() for s in _SENTENCE_END.split(para) if s.strip())
    return out


def news_set(gold: Path, out: Path, *, seed: int, earlier: Iterable[str], lang: str,
             stem: str, files: int, cue_lines: int, money_lines: int) -> None:
    """Write a held-out set of `files` pseudo-articles drawn (`pooled_articles`) from the
    sentences of an HTML benchmark's gold bodies (`news_lines`), none used by `earlier`."""
    used = used_lines(out.parent, earlier)
    chunks = pooled_articles(news_lines(gold, lang), files, used, seed=seed,
                             cue_lines=cue_lines, money_lines=money_lines)
    write_articles(out, stem, chunks)


_LID = Path("/work/shared/data/lid")
_AEB = Path("/work/shared/data/html/aeb/gold.json")
_PLAN = (("uz-Cyrl.txt", "uz-cyrl", 8, 2), ("uz-Latn.txt", "uz-latn", 7, 2),
         ("ru-Cyrl.txt", "ru", 4, 0), ("en-Latn.txt", "en", 4, 0))  # file, stem, articles, money lines
_EARLY = ("heldout", "heldout2", "heldout3")
# every set's parameters; `earlier` names the sets whose lines it excludes
SETS: dict[str, dict] = {
    "heldout4": {"kind": "lid", "seed": 424242, "cue_lines": 4, "earlier": _EARLY,
                 "plan": (("uz-Cyrl.txt", "uz-cyrl", 10, 0), ("uz-Latn.txt", "uz-latn", 10, 0),
                          ("ru-Cyrl.txt", "ru", 4, 0), ("en-Latn.txt", "en", 4, 0))},
    "heldout5": {"kind": "lid", "seed": 5150, "cue_lines": 5, "earlier": (*_EARLY, "heldout4"),
                 "plan": (("uz-Cyrl.txt", "uz-cyrl", 8, 2), ("uz-Latn.txt", "uz-latn", 8, 2),
                          ("ru-Cyrl.txt", "ru", 3, 0), ("en-Latn.txt", "en", 3, 0))},
    **{f"heldout{n}": {"kind": "lid", "seed": seed, "cue_lines": 5, "plan": _PLAN,
                       "earlier": (*_EARLY, *(f"heldout{k}" for k in range(4, n) if k not in (10, 11)))}
       for n, seed in ((6, 6160), (7, 7170), (8, 8180), (9, 9190), (12, 12130))},
    "heldout10": {"kind": "news", "seed": 10110, "earlier": ()},
    "heldout11": {"kind": "news", "seed": 11120, "earlier": ("heldout10",)},
    "heldout13": {"kind": "news", "seed": 13140, "earlier": ("heldout10", "heldout11")},
    "heldout14": {"kind": "lid", "seed": 14150, "cue_lines": 5, "plan": _PLAN,
                  "earlier": (*_EARLY, *(f"heldout{k}" for k in (4, 5, 6, 7, 8, 9, 12)))},
    "heldout15": {"kind": "lid", "seed": 15160, "cue_lines": 5, "plan": (("ru-Cyrl.txt", "ru", 10, 0),),
                  "earlier": (*_EARLY, *(f"heldout{k}" for k in (4, 5, 6, 7, 8, 9, 12, 14)))},
    "heldout16": {"kind": "news", "seed": 16170, "earlier": ("heldout10", "heldout11", "heldout13")},
    "heldout17": {"kind": "lid", "seed": 17180, "cue_lines": 5,
                  "plan": (("uz-Cyrl.txt", "uz-cyrl", 10, 2), ("uz-Latn.txt", "uz-latn", 9, 2),
                           ("ru-Cyrl.txt", "ru", 4, 0), ("en-Latn.txt", "en", 4, 0)),
                  "earlier": (*_EARLY, *(f"heldout{k}" for k in (4, 5, 6, 7, 8, 9, 12, 14, 15)))},
    "heldout18": {"kind": "news", "seed": 18190,
                  "earlier": ("heldout10", "heldout11", "heldout13", "heldout16")},
    "heldout19": {"kind": "lid", "seed": 19200, "cue_lines": 5,
                  "plan": (("uz-Cyrl.txt", "uz-cyrl", 12, 2), ("uz-Latn.txt", "uz-latn", 11, 2)),
                  "earlier": (*_EARLY, *(f"heldout{k}" for k in (4, 5, 6, 7, 8, 9, 12, 14, 15, 17)))},
    "heldout20": {"kind": "news", "seed": 20210,
                  "earlier": ("heldout10", "heldout11", "heldout13", "heldout16", "heldout18")},
    # every Russian news page of the HTML benchmarks whose body presspipe extracts cleanly
    # (rzn.mk.ru and oren.mk.ru give their region menus: left out)
    "heldout21": {"kind": "pages", "stem": "ru",
                  "pages": (("htmldate-mediacloud", "mc1647262025"), ("htmldate-mediacloud", "mc1716561772"),
                            ("htmldate-mediacloud", "mc1719330438"), ("htmldate-mediacloud", "mc1742998174"),
                            ("htmldate-mediacloud", "mc1784458132"), ("htmldate-mediacloud", "mc1786902045"),
                            ("htmldate-mediacloud", "mc1810559448"), ("trafilatura-eval", "tf0220"))},
    # Uzbek news lines no project file holds (session 8: a fresh blind set for both scripts)
    "heldout22": {"kind": "fitrat", "seed": 22230, "cue_lines": 5,
                  "plan": (("uz_cyr", "uz-Cyrl.txt", "uz-cyrl", 10, 2), ("uz_lat", "uz-Latn.txt", "uz-latn", 10, 2))},
}


def pages_set(html: Path, out: Path, *, stem: str, pages: Iterable[tuple[str, str]]) -> None:
    """Write the article text presspipe extracts from whole HTML benchmark pages
    (`<html>/<benchmark>/html/<id>.html.gz`), one file a page, numbered in `pages` order.
    The text is the record's `text`, so it depends on the HTML extractor's version."""
    import gzip
    import tempfile

    from pipeline import process_file

    texts = []
    with tempfile.TemporaryDirectory() as tmp:
        for bench, page in pages:
            path = Path(tmp) / f"{page}.html"
            path.write_bytes(gzip.decompress((html / bench / "html" / f"{page}.html.gz").read_bytes()))
            texts.append(process_file(path)["text"])
    out.mkdir(exist_ok=True)
    for k, text in enumerate(texts, 1):
        (out / f"{stem}-{k:02d}.txt").write_text(text, encoding="utf-8")


def fitrat_lines(train: Path, label: str, lid_file: Path) -> list[str]:
    """The lines of fitrat's `train.txt` (`__label__<label> <text>`) that `lid_file` does not
    hold, in file order, without repeats.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "train.txt").write_text("__label__uz_lat Bir\\n__label__rus Два\\n__label__uz_lat Uch\\n"
    ...                                  "__label__uz_lat Bir\\n", encoding="utf-8")
    >>> _ = (d / "lid.txt").write_text("Uch\\n", encoding="utf-8")
    >>> fitrat_lines(d / "train.txt", "uz_lat", d / "lid.txt")
    ['Bir']
    """
    seen = {ln.strip() for ln in lid_file.read_text(encoding="utf-8").splitlines()}
    prefix = f"__label__{label} "
    lines = (ln[len(prefix):].strip() for ln in train.read_text(encoding="utf-8").splitlines()
             if ln.startswith(prefix))
    return [ln for ln in dict.fromkeys(lines) if ln and ln not in seen]


def fitrat_set(train: Path, out: Path, *, seed: int, cue_lines: int,
               plan: Iterable[tuple[str, str, str, int, int]]) -> None:
    """Write a held-out set from fitrat's lines the LID text lacks: for each (fitrat label, LID
    file, stem, articles, money-cue lines) of `plan`, articles drawn by `pooled_articles`."""
    out.mkdir(exist_ok=True)
    for label, lid_name, stem, files, money_lines in plan:
        chunks = pooled_articles(fitrat_lines(train, label, _LID / lid_name), files, set(), seed=seed,
                                 cue_lines=cue_lines, money_lines=money_lines)
        write_articles(out, stem, chunks)


def rebuild(name: str, source: Path | None = None) -> None:
    """Rewrite the texts of `bench/<name>/` from `source` (LID folder, AEB gold file, HTML
    benchmark folder or fitrat's train.txt)."""
    spec = SETS[name]
    out = Path(__file__).resolve().parent / name
    if spec["kind"] == "fitrat":
        if source is None:
            raise SystemExit(f"{name}: pass the path of fitrat 0.0.9's language_detector/data/train.txt")
        fitrat_set(source, out, seed=spec["seed"], cue_lines=spec["cue_lines"], plan=spec["plan"])
    elif spec["kind"] == "pages":
        pages_set(source or _AEB.parent.parent, out, stem=spec["stem"], pages=spec["pages"])
    elif spec["kind"] == "lid":
        pooled_set(source or _LID, out, seed=spec["seed"], earlier=spec["earlier"],
                   cue_lines=spec["cue_lines"], plan=spec["plan"])
    else:
        news_set(source or _AEB, out, seed=spec["seed"], earlier=spec["earlier"], lang="en",
                 stem="en", files=10, cue_lines=6, money_lines=3)


if __name__ == "__main__":
    import sys

    rebuild(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else None)
