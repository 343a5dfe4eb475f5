"""The loaded detector: langdetect's model from our profiles, as scoring tables.

`LidModel.factory` is a private langdetect `DetectorFactory` (never the global one) with
our profiles and the stock ones, added through `add_profile` exactly as its
`load_json_profile` does, once per factory (loading twice corrupts a factory), from an
explicit list of names, never a folder listing (a stray file would break it), seeded
(`set_seed(0)`).  Its `word_lang_prob_map` (n-gram → P(n-gram | language)) is what
langdetect's detector samples from at random; `base_tables` computes the same map
directly and we score the naive-Bayes model exactly: log(P + alpha / BASE_FREQ) summed
over every n-gram, langdetect's own smoothing.  That is the value langdetect's random
walk estimates, without its sampling noise and 7 trials (the benchmark runs both).  The
tables are cached in `models/langdetect/tables.npz` (`pipeline.langid.tables`), so a
process loads them in milliseconds instead of rebuilding them from the profiles.

Candidates are the profiles of the text's script only (a Cyrillic text is never English),
one `ScriptTable` per script: the log-probability matrix, a vectorised n-gram index,
distinctive-letter penalties, priors and the word lists for close calls.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.utils.lang_profile import LangProfile

from .profiles import PROFILE_DIR, WORDS_DIR_NAME, all_profiles, built_specs, read_words, stock_lang
from .ngram_index import NgramIndex
from .scripts import script_of

SEED = 0
ALPHA = Detector.ALPHA_DEFAULT
SMOOTHING = ALPHA / Detector.BASE_FREQ


class GramRows:
    """n-gram → table row (row i + 1 for grams[i]), the dict built on first use: only
    acronyms and names need it (`NgramIndex` does the usual look-ups), so loading the
    model does not pay for it.

    >>> GramRows(["a", "ab"]).get("ab"), GramRows(["a"]).get("x", 0)
    (2, 0)
    """

    def __init__(self, grams: list[str]) -> None:
        self._grams = grams
        self._rows: dict[str, int] | None = None

    def get(self, gram: str, default: int | None = None) -> int | None:
        rows = self._rows
        if rows is None:
            rows = self._rows = {g: i for i, g in enumerate(self._grams, 1)}
        return rows.get(gram, default)


@dataclass
class ScriptTable:
    """Scoring table of the profiles written in one script."""

    script: str
    columns: list[int]  # indexes into the factory's langlist
    index: "GramRows"  # n-gram → row (.get)
    logp: np.ndarray  # rows × columns
    letter_penalty: dict[str, tuple[int, np.ndarray]] = field(default_factory=dict)
    letter_re: re.Pattern[str] | None = None  # any letter of letter_penalty
    letter_row: dict[str, tuple[int, int]] = field(default_factory=dict)  # letter → (row, cap)
    letter_matrix: np.ndarray | None = None  # letters × columns: letter_penalty stacked
    letter_codes: np.ndarray | None = None  # n-gram code → letter_matrix row (article.score_many)
    letter_memo: dict[str, np.ndarray] = field(default_factory=dict)  # detect._letter_evidence
    prior: np.ndarray | None = None  # log prior per column (data/priors.tsv)
    name_prior: np.ndarray | None = None  # the prior of a line without lower-case words
    ngrams: NgramIndex | None = None  # vectorised n-gram → row look-up
    word_cols: np.ndarray | None = None  # positions (in columns) of profiles with word lists
    word_pos: tuple[int, ...] = ()  # the same, as Python ints
    word_index: dict[str, int] = field(default_factory=dict)  # word → row of word_logp
    word_logp: np.ndarray | None = None  # words × word_cols: log P(word | language)
    word_pos_set: frozenset[int] = frozenset()  # word_pos as a set
    list_col: dict[int, int] = field(default_factory=dict)  # position → column of word_bonus
    bonus_pos: tuple[int, ...] = ()  # positions of BONUS_PROFILES (detect._word_bonus)
    word_bonus: np.ndarray | None = None  # word_logp minus each list's unknown-word floor
    word_logp_weighted: np.ndarray | None = None  # word_logp × detect.WORD_WEIGHT
    word_gain: np.ndarray | None = None  # min(word_bonus × detect.BONUS_WEIGHT, detect.BONUS_CAP)
    endings: dict[int, tuple[re.Pattern[str], dict[str, float]]] = field(default_factory=dict)
    # position → (regex of an unknown word's ending, ending → bonus), data/word_endings.tsv
    marks: dict[int, tuple[tuple[bool, re.Pattern[str], float], ...]] = field(default_factory=dict)
    # position → (names only?, regex, bonus) per spelling mark, data/word_marks.tsv
    function_words: dict[str, np.ndarray] = field(default_factory=dict)  # word → penalties
    group_pos: np.ndarray | None = None  # positions of the function-word group's profiles
    group_list: tuple[int, ...] = ()  # the same, as Python ints


@dataclass
class LidModel:
    """Everything `identify` needs, built once per process."""

    profiles: list[str]
    langs: list[str]
    scripts: list[str]
    tables: dict[str, ScriptTable]
    profile_dir: Path = PROFILE_DIR

    @cached_property
    def factory(self) -> DetectorFactory:
        """A private langdetect factory with the same profiles (built on first use: only
        langdetect's own sampling detector needs it; scoring uses the tables)."""
        data = all_profiles(self.profile_dir)
        factory = DetectorFactory()
        # what factory.load_json_profile does, minus a JSON round trip per profile
        for index, profile in enumerate(data):
            factory.add_profile(LangProfile(**profile), index, len(data))
        factory.set_seed(SEED)
        return factory


def _profile_script(freq: dict[str, int]) -> str:
    counts: dict[str, int] = {}
    for gram, count in freq.items():
        if len(gram) == 1:
            script = script_of(gram)
            if script:
                counts[script] = counts.get(script, 0) + count
    return max(counts, key=counts.__getitem__) if counts else "Zyyy"


def _gram_script(gram: str) -> str:
    """The one script of a gram's letters, "" for none, "*" for several."""
    found = {s for s in map(script_of, gram) if s}
    if not found:
        return ""
    return found.pop() if len(found) == 1 else "*"


@cache
def letter_rules() -> tuple[tuple[str, frozenset[str], float], ...]:
    """(letter, profiles that use it, penalty) from `data/letters.tsv`."""
    text = (files("pipeline.langid") / "data" / "letters.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple((r[0], frozenset(r[1].split()), float(r[2])) for r in rows[1:])


MIN_STEM = 3
"""Letters a word needs before an ending of `data/word_endings.tsv`."""
MAX_ENDING_WORDS = 5


@cache
def word_endings() -> dict[str, dict[str, float]]:
    """profile → {ending: bonus nats} from `data/word_endings.tsv`."""
    text = (files("pipeline.langid") / "data" / "word_endings.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    out: dict[str, dict[str, float]] = {}
    for r in rows[1:]:
        out.setdefault(r[0], {})[r[1]] = float(r[2])
    return out


@cache
def word_marks() -> dict[str, tuple[tuple[bool, re.Pattern[str], float], ...]]:
    """profile → (names only, compiled pattern, bonus nats) from `data/word_marks.tsv`."""
    text = (files("pipeline.langid") / "data" / "word_marks.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    out: dict[str, list[tuple[bool, re.Pattern[str], float]]] = {}
    for r in rows[1:]:
        out.setdefault(r[0], []).append((r[1] == "name", re.compile(r[2]), float(r[3])))
    return {k: tuple(v) for k, v in out.items()}


FUNCTION_WORD_PENALTY = 6.0
"""Nats a group profile loses per occurrence of a function word its language lacks."""
FUNCTION_WORD_CAP = 3
"""Occurrences of one function word counted at most."""


@cache
def function_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(the group of profiles, word → the group profiles whose language has it) from
    `data/function_words.tsv` (built by `pipeline.langid.function_words`)."""
    text = (files("pipeline.langid") / "data" / "function_words.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    scope = next(line for line in lines if "Scope:" in line).split("Scope:", 1)[1].split()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return frozenset(scope), {r[0]: frozenset(r[1].split()) for r in rows[1:]}


@cache
def priors() -> dict[str, tuple[float, float]]:
    """profile → (prior log-odds, extra for a line without lower-case words) from
    `data/priors.tsv`."""
    text = (files("pipeline.langid") / "data" / "priors.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {r[0]: (float(r[1]), float(r[2])) for r in rows[1:]}


@dataclass
class BaseTables:
    """What the profiles alone give (the costly part, cached in `TABLES_FILE`): profile
    names, their languages and scripts, and per script the candidate columns, n-grams
    and log-probability matrix (row 0 all zeros)."""

    profiles: list[str]
    langs: list[str]
    scripts: list[str]
    tables: dict[str, tuple[list[int], list[str], np.ndarray]]


def base_tables(profile_dir: Path = PROFILE_DIR) -> BaseTables:
    """The per-script n-gram tables from the profiles: P(n-gram | profile) exactly as
    langdetect's `DetectorFactory.add_profile` computes it (count / n_words of its
    length; the rows in the factory's first-seen order), as log(P + smoothing)."""
    data = all_profiles(profile_dir)
    ours = {s.profile: s for s in built_specs()}
    profiles = [p["name"] for p in data]
    langs, scripts = [], []
    for p in data:
        spec = ours.get(p["name"])
        langs.append(spec.lang if spec else stock_lang(p["name"]))
        scripts.append(spec.script if spec else _profile_script(p["freq"]))
    # the factory's word_lang_prob_map, built directly: grams in first-seen order
    index: dict[str, int] = {}
    for p in data:
        for g in p["freq"]:
            if g not in index:
                index[g] = len(index)
    full = np.zeros((len(index), len(data)), dtype=np.float64)
    for col, p in enumerate(data):
        grams = [g for g in p["freq"] if 1 <= len(g) <= 3]
        counts = np.array([p["freq"][g] for g in grams], dtype=np.float64)
        lengths = np.array([len(g) for g in grams], dtype=np.intp)
        full[[index[g] for g in grams], col] = 1.0 * counts / np.array(p["n_words"], dtype=np.float64)[lengths - 1]
    all_grams = list(index)
    gram_scripts = np.array([_gram_script(g) for g in all_grams])
    tables = {}
    for script in sorted(set(scripts)):
        cols = [i for i, s in enumerate(scripts) if s == script]
        # only n-grams of this script's letters: a Latin name in a Cyrillic text is no
        # evidence (some stock Cyrillic profiles kept Latin n-grams, ours did not)
        sub = full[:, cols]
        keep = (sub > 0.0).any(axis=1) & ((gram_scripts == script) | (gram_scripts == ""))
        grams = [all_grams[i] for i in np.flatnonzero(keep)]
        # row 0: the n-grams none of these profiles has, which score nothing
        logp = np.vstack([np.zeros((1, len(cols))), np.log(sub[keep] + SMOOTHING)])
        tables[script] = (cols, grams, logp)
    return BaseTables(profiles, langs, scripts, tables)


def build_model(profile_dir: Path = PROFILE_DIR, base: BaseTables | None = None) -> LidModel:
    """The detector from the profiles (or from `base`, their cached tables): per-script
    tables with letter, prior, function-word and word evidence attached."""
    base = base or base_tables(profile_dir)
    profiles = base.profiles
    tables: dict[str, ScriptTable] = {}
    for script, (cols, grams, logp) in base.tables.items():
        table = ScriptTable(script, cols, GramRows(grams), logp)
        for letter, users, penalty in letter_rules():
            vec = np.array([0.0 if profiles[c] in users else -penalty for c in cols], dtype=np.float64)
            if vec.any() and not all(v < 0 for v in vec):
                table.letter_penalty[letter] = (5, vec)
        if len(cols) > 1:  # a single-profile script is answered without scoring
            table.ngrams = NgramIndex(grams)
        _attach_words(table, [profiles[c] for c in cols], profile_dir)
        table.prior = np.array([priors().get(profiles[c], (0.0, 0.0))[0] for c in cols], dtype=np.float64)
        table.name_prior = table.prior + np.array([priors().get(profiles[c], (0.0, 0.0))[1] for c in cols])
        group, words = function_words()
        in_group = [profiles[c] in group for c in cols]
        if sum(in_group) > 1:
            table.function_words = {
                w: np.array(
                    [-FUNCTION_WORD_PENALTY if g and profiles[c] not in users else 0.0 for c, g in zip(cols, in_group)]
                )
                for w, users in words.items()
            }
            table.group_pos = np.flatnonzero(in_group)
            table.group_list = tuple(table.group_pos.tolist())
        table.letter_row = {k: (i, cap) for i, (k, (cap, _)) in enumerate(table.letter_penalty.items())}
        if table.letter_penalty:
            table.letter_matrix = np.vstack([vec for _, vec in table.letter_penalty.values()])
        if table.letter_penalty:
            table.letter_re = re.compile("[" + "".join(table.letter_penalty) + "]")
        tables[script] = table
    return LidModel(profiles, base.langs, base.scripts, tables, profile_dir)


BONUS_PROFILES = frozenset({"uz-Cyrl", "uz-Latn"})
"""Profiles whose known words count against a close rival that has no word list."""
MIN_WORD_TOKENS = 20_000
"""Word lists counted from fewer tokens (tt, az) are too thin to weigh words with."""


def _attach_words(table: ScriptTable, names: list[str], profile_dir: Path) -> None:
    """Word lists of the built profiles in this table, as log-probabilities.

    A word a language's list lacks gets half the probability of its rarest kept word
    (its floor); `word_bonus` is how far above that floor a word is, per list.
    """
    lists = []
    for pos, name in enumerate(names):
        path = profile_dir / WORDS_DIR_NAME / f"{name}.tsv"
        if path.is_file():
            words, total = read_words(path)
            if words and total >= MIN_WORD_TOKENS:
                lists.append((pos, words, total))
    if len(lists) < 2:
        return
    index = {w: i for i, w in enumerate(dict.fromkeys(w for _, words, _ in lists for w in words))}
    vocab = index
    mat = np.empty((len(vocab), len(lists)), dtype=np.float64)
    bonus = np.zeros_like(mat)
    for j, (_, words, total) in enumerate(lists):
        floor = np.log(0.5 * min(words.values()) / total)
        mat[:, j] = floor
        counts = np.fromiter(words.values(), dtype=np.float64, count=len(words))
        mat[[index[w] for w in words], j] = np.log(counts / total)
        bonus[:, j] = mat[:, j] - floor
    table.word_cols = np.array([pos for pos, _, _ in lists])
    table.word_pos = tuple(pos for pos, _, _ in lists)
    table.word_index = index
    table.word_logp = mat
    table.word_pos_set = frozenset(table.word_pos)
    table.word_bonus = bonus
    # what detect._close_call and detect._word_bonus weigh, computed once
    from .detect import BONUS_CAP, BONUS_WEIGHT, WORD_WEIGHT

    table.word_logp_weighted = mat * WORD_WEIGHT
    table.word_gain = np.minimum(bonus * BONUS_WEIGHT, BONUS_CAP)
    table.list_col = {pos: j for j, pos in enumerate(table.word_pos)}
    table.bonus_pos = tuple(pos for pos in table.word_pos if names[pos] in BONUS_PROFILES)
    for pos in table.word_pos:
        ends = word_endings().get(names[pos])
        if ends:
            alts = "|".join(sorted(map(re.escape, ends), key=len, reverse=True))
            table.endings[pos] = (re.compile(rf"\w{{{MIN_STEM}}}({alts})$"), ends)
        if names[pos] in BONUS_PROFILES and (marks := word_marks().get(names[pos])):
            table.marks[pos] = marks


_LOCK = threading.Lock()
_MODEL: LidModel | None = None


def get_model() -> LidModel:
    """The process-wide model, built on first use (thread-safe) from the cached tables
    (`tables.load_base`) when they match the profiles, else from the profiles."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                from .tables import load_base

                _MODEL = build_model(base=load_base())
    return _MODEL
