"""`identify(text)`: language and script of a text (`article.identify_article`: per paragraph)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np

from .identification import UNDETERMINED, Identification
from .model import FUNCTION_WORD_CAP, MAX_ENDING_WORDS, LidModel, ScriptTable, get_model
from .ngrams import _CAPS_PAIR, _DMARK, _NORM, normalize_chars, prepare, word_keys, word_ngrams, words_of
from .scripts import NO_SCRIPT, dominant_with_count, sole_language

MAX_CHARS = 1000
"""Characters looked at, at most (a bounded sample from the start of the text)."""
CHUNK_CHARS = 400
"""The sample is scored in pieces of about this many characters ..."""
STOP_MARGIN = 40.0
"""... and scoring stops once the best profile leads the next by this many nats."""
EVIDENCE_NGRAMS = 60.0
"""Confidence treats a longer text as this many n-grams of evidence (keeps p < 1)."""
MIN_P = 0.01
POSTERIOR_CUT = 20.0
"""Candidates this many nats (after scaling) behind the best get probability 0."""
BONUS_WEIGHT = 2.0
"""Nats of Uzbek word bonus per nat a word's frequency stands above an unknown word."""
BONUS_CAP = 12.0
"""At most this many nats of word bonus per word (stops "bu bir" outvoting Azerbaijani ə)."""
LETTER_RULE_CONFIDENCE = 0.75
WORD_WEIGHT = 3.0
"""A word's weight against its letter n-grams (which count the same letters 3 times)."""
WORD_MARGIN = 40.0
"""Close call: the two best profiles within this many nats (then words are weighed)."""
NAME_WEIGHT = 0.5
"""Weight of a capitalised word after the first (a name, a title: "The Wall Street
Journal" in an Uzbek sentence) against the text's lower-case words ..."""
NAME_TEXT_CHARS = 80
"""... in texts up to this long (longer texts have evidence enough), when the best
profile leads the next by less than WORD_MARGIN."""
_KANA = re.compile("[\u3041-\u30ff]")
_TOKEN = re.compile(r"\w+|[.!?:…—–]")
"""Words, and the punctuation after which a capital starts a sentence or a caption."""



def _letter_evidence(table: ScriptTable, low: str) -> np.ndarray | None:
    """Per-candidate penalty for the distinctive letters in `low` (None if none occur):
    each letter's count (at most its cap) times its penalty vector, memoised per
    combination of letters and counts (a text has few distinctive letters)."""
    if table.letter_re is None:
        return None
    found = table.letter_re.findall(low)
    if not found:
        return None
    key = "".join(sorted(found))
    memo = table.letter_memo
    vec = memo.get(key)
    if vec is None:
        row = table.letter_row
        counts = np.zeros(len(row))
        for letter in set(found):
            i, cap = row[letter]
            counts[i] = min(found.count(letter), cap)
        vec = counts @ table.letter_matrix
        if len(memo) >= LETTER_MEMO:
            memo.clear()
        memo[key] = vec
    return vec


LETTER_MEMO = 4096
"""Combinations of distinctive letters memoised per script at most."""


def _function_word_evidence(table: ScriptTable, sample: str, scores: np.ndarray) -> np.ndarray:
    """Scores less the penalties of `data/function_words.tsv` for the text's words:
    Bulgarian е/са/това costs Russian, Ukrainian що/від costs the others, ...
    (`identify` asks only when a profile of the group is within WORD_MARGIN of the best)."""
    table_words = table.function_words
    found: dict[str, int] = {}
    for word in words_of(sample):
        if word in table_words:
            found[word] = found.get(word, 0) + 1
    for word, n in found.items():
        scores = scores + table_words[word] * min(n, FUNCTION_WORD_CAP)
    return scores


_ONES = np.ones(3 * (CHUNK_CHARS + 2 * 200), dtype=np.float64)


def _sum_rows(table: ScriptTable, rows: np.ndarray) -> np.ndarray:
    """Column sums of the table's log-probabilities over `rows` (a BLAS product, faster
    than `.sum(axis=0)` on the small matrices of short texts)."""
    block = table.logp.take(rows, axis=0)
    if len(rows) <= len(_ONES):
        return _ONES[: len(rows)] @ block
    return block.sum(axis=0)


_CAPS_OR_MARK = re.compile(f"{_CAPS_PAIR.pattern}|{_DMARK.pattern}")


def _score_piece(table: ScriptTable, piece: str) -> tuple[np.ndarray, int]:
    """Scores of one piece of prepared text, and the n-grams looked at."""
    if not _CAPS_OR_MARK.search(piece):
        # the whole piece at once (runs of spaces make only n-grams no profile has)
        rows = table.ngrams.raw_rows(piece)
        return _sum_rows(table, rows), len(rows)
    # acronyms (langdetect skips positions inside them) or marks to compose: by words
    keys = word_keys(piece)
    plain = [k for k in keys if k == k.lower()]
    rows = table.ngrams.rows(" " + " ".join(plain) + " ")
    if len(plain) < len(keys):
        extra = table.ngrams.gram_rows([g for k in keys if k != k.lower() for g in word_ngrams(k)])
        rows = np.concatenate([rows, extra])
    return _sum_rows(table, rows), len(rows)


def _pieces(text: str) -> list[str]:
    """The text cut at spaces into pieces of about CHUNK_CHARS characters."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            space = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = space if space > start else end
        out.append(text[start:end])
        start = end
    return out


def score(table: ScriptTable, text: str) -> tuple[np.ndarray, int]:
    """Log-likelihood per candidate profile of a prepared text (the sum over its
    n-grams of log(P(n-gram | profile) + langdetect's smoothing)), and the number of
    n-grams looked at.  Long texts are scored piece by piece, stopping once the best
    profile leads the next by STOP_MARGIN nats.

    Row 0 of the table is all zeros: n-grams no candidate profile knows land there.
    """
    pieces = _pieces(text)
    if len(pieces) == 1:
        return _score_piece(table, text)
    scores = np.zeros(len(table.columns), dtype=np.float64)
    used = 0
    for piece in pieces:
        vec, n = _score_piece(table, piece)
        scores += vec
        used += n
        if len(scores) > 1:
            top2 = np.partition(scores, -2)[-2:]
            if top2[1] - top2[0] > STOP_MARGIN:
                break
    return scores, used


def _top2(scores: list[float]) -> tuple[int, int]:
    """Positions of the best and second-best scores.

    >>> _top2([-3.0, -1.0, -2.0])
    (1, 2)
    """
    best = max(scores)
    first = scores.index(best)
    scores[first] = -math.inf
    second = scores.index(max(scores))
    scores[first] = best
    return first, second


def _close_call(
    table: ScriptTable, scores: list[float], sample: str, top2: tuple[int, int] | None = None
) -> list[float]:
    """Add word evidence when the two best profiles are close.

    Uzbek/Tajik, Kazakh/Kyrgyz, Russian/Uzbek... share most letter trigrams; their
    frequent words (the built word lists) tell them apart.  When the best has a word list
    and so has the second or another profile within WORD_MARGIN (a stock profile may
    stand between Uzbek and Turkish), every profile with a list gets its words'
    log-probabilities and profiles without one the worst of those, so a close call
    never goes to them by this step.  When
    the best has no list (a stock profile such as Finnish or Swedish on a short Uzbek
    line), the profiles with lists within WORD_MARGIN may gain by `_word_bonus`.
    `top2`: the positions of the two best scores, when known.  Returns `scores` itself
    when it adds nothing.
    """
    if table.word_cols is None or len(scores) < 2:
        return scores
    first, second = top2 or _top2(scores)
    if scores[first] - scores[second] > WORD_MARGIN:
        return scores
    pos = table.word_pos_set
    if first in pos:
        # another profile with a list within WORD_MARGIN (a stock profile may stand
        # between them: "Yol kaygan." uz, Somali, Tagalog, tr)
        floor = scores[first] - WORD_MARGIN
        if second not in pos and not any(scores[p] > floor for p in table.word_pos if p != first):
            return scores
        rows = [r for r in map(table.word_index.get, words_of(sample)) if r is not None]
        if not rows:
            return scores
    else:
        return _word_bonus(table, scores, sample, scores[first] - WORD_MARGIN)
    word_scores = table.word_logp_weighted.take(rows, axis=0).sum(axis=0).tolist()
    worst = min(word_scores)
    out = [v + worst for v in scores]
    for p, ws in zip(table.word_pos, word_scores):
        out[p] += ws - worst
    return out


def _word_bonus(table: ScriptTable, scores: list[float], sample: str, floor: float) -> list[float]:
    """Each Uzbek profile (`model.BONUS_PROFILES`) scoring above `floor` gains what
    each of the text's words weighs in its word list above an unknown word
    (BONUS_WEIGHT per nat, at most BONUS_CAP nats a word), and the bonus of
    `data/word_endings.tsv` for each unknown word with an Uzbek ending (at most
    MAX_ENDING_WORDS).  Nothing else moves: giving Russian, English or Turkish the same
    bonus wins their held-out lines but costs short Bulgarian, Catalan, Danish and
    Azerbaijani text (spaCy's example sentences), which have no word list to answer."""
    near = [p for p in table.bonus_pos if scores[p] > floor]
    if not near:
        return scores
    get = table.word_index.get
    words = words_of(sample)
    rows = [r for r in map(get, words) if r is not None]
    out = list(scores)
    if rows:
        gains = table.word_gain.take(rows, axis=0).sum(axis=0).tolist()
        for p in near:
            out[p] += gains[table.list_col[p]]
    for p in near:
        if p in table.endings:
            pattern, bonus = table.endings[p]
            hits = [m.group(1) for w in words if get(w) is None and (m := pattern.search(w))]
            out[p] += sum(bonus[e] for e in hits[:MAX_ENDING_WORDS])
        if p in table.marks:
            out[p] += _mark_bonus(table.marks[p], sample, words, get)
    return out


def _mark_bonus(marks, sample: str, words: list[str], get) -> float:
    """Nats of `data/word_marks.tsv` spelling marks in the text's unknown words (a
    name mark only in a capitalised word that does not start a text with lower-case
    words), all marks a word has, at most
    MAX_ENDING_WORDS words."""
    raw = sample.translate(_NORM).split()  # the same words, case kept
    if len(raw) != len(words):
        caps = [False] * len(words)
    else:  # a capitalised first word is a name only in a line of names
        caps = [w[:1].isupper() for w in raw]
        caps[0] = caps[0] and not any(w[:1].islower() for w in raw)
    gains = []
    for w, cap in zip(words, caps):
        if get(w) is not None:
            continue
        gain = sum(b for name, rx, b in marks if (cap or not name) and rx.search(w))
        if gain:
            gains.append(gain)
    return sum(gains[:MAX_ENDING_WORDS])


@dataclass(frozen=True)
class LetterRule:
    """A language told by letters only its orthography has (`data/letter_languages.tsv`)."""

    lang: str
    script: str
    groups: tuple[str, ...]
    min_count: int
    excludes: str


@cache
def letter_rules() -> tuple[LetterRule, ...]:
    text = (files("pipeline.langid") / "data" / "letter_languages.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(
        LetterRule(r[0], r[1], tuple(r[2].split()), int(r[3]), r[4] if len(r) > 4 else "") for r in rows[1:]
    )


@cache
def _rule_trigger(script: str) -> re.Pattern[str] | None:
    """Letters one of which every rule of `script` needs (its first group's)."""
    letters = "".join(r.groups[0] for r in letter_rules() if r.script == script)
    return re.compile(f"[{re.escape(letters)}]") if letters else None


def letter_language(script: str, low: str, letters: int) -> str | None:
    """The language a letter rule gives for a lower-cased text, or None.

    >>> letter_language("Cyrl", "башҡортостан республикаһы ҙур", 27)
    'ba'
    >>> letter_language("Cyrl", "ўзбекистон", 10) is None
    True
    """
    trigger = _rule_trigger(script)
    if trigger is None or not trigger.search(low):
        return None
    for rule in _script_rules(script):
        if rule.excludes and any(ch in low for ch in rule.excludes):
            continue
        total = 0
        for group in rule.groups:
            count = 0
            for ch in group:  # (a loop, not sum(generator): this runs per paragraph)
                count += low.count(ch)
            if not count:  # every group must occur
                break
            total += count
        else:
            if total >= rule.min_count and total >= 0.005 * letters:
                return rule.lang
    return None


@cache
def _script_rules(script: str) -> tuple[LetterRule, ...]:
    """The letter rules of `script`."""
    return tuple(r for r in letter_rules() if r.script == script)


def identify(text: str, model: LidModel | None = None) -> Identification:
    """Language and script of `text`; "und" (never an exception) when it has no letters.

    >>> identify("Тошкент шаҳрида янги мактаб қурилди.").tag
    'uz-Cyrl'
    >>> identify("Toshkent shahrida yangi maktab qurildi.").tag
    'uz-Latn'
    >>> identify("  2024 — 15 %  ").lang
    'und'
    """
    if not text or not text.strip():
        return UNDETERMINED
    sample = prepare(text[:MAX_CHARS])
    script, n_letters = dominant_with_count(sample)
    if script == NO_SCRIPT:
        return UNDETERMINED
    model = model or get_model()
    table = model.tables.get(script)
    if table is None or len(table.columns) == 1 or (script == "Hani" and _KANA.search(sample)):
        return script_only(model, script, table, sample)
    scores, used = score(table, sample)
    return finish(model, table, sample, n_letters, scores, used)


def script_only(model: LidModel, script: str, table: ScriptTable | None, sample: str = "") -> Identification:
    """The answer for a script with at most one candidate profile (no scoring), and for
    Chinese characters mixed with kana, which only Japanese writes.

    >>> script_only(get_model(), "Hani", None, "東京都の人口").lang
    'ja'
    """
    if script == "Hani" and _KANA.search(sample):
        return Identification("ja", "Jpan", 1.0, ())
    if table is None:
        lang = sole_language(script) or "und"
        return Identification(lang, script, 1.0 if lang != "und" else 0.0, ())
    return Identification(model.langs[table.columns[0]], script, 1.0, ())


def name_discount(table: ScriptTable, sample: str) -> np.ndarray | None:
    """What to add to a short text's scores so that its capitalised words after the first
    weigh NAME_WEIGHT (names and titles travel between languages; the lower-case words
    carry the language), or None when it has no such word or no lower-case word.

    >>> t = get_model().tables["Latn"]
    >>> name_discount(t, "Toshkent shahri") is None, name_discount(t, "Suhbat The Wall Street Journal nashrida") is None
    (True, False)
    >>> name_discount(t, "Foto: Arxiv surat") is None  # a caption's first word is no name
    True
    """
    if len(sample) > NAME_TEXT_CHARS:
        return None
    words = sample.split()
    if not any(w[0].isupper() for w in words[1:]):
        return None
    if not any(w[0].islower() for w in words):
        return _caption_names(table, words)
    names, lower, start = [], False, True
    for m in _TOKEN.finditer(sample):
        tok = m.group()
        if not tok[0].isalpha():
            start = not tok[0].isdigit()
            continue
        if tok[0].isupper():
            if not start:
                names.append(tok)
        else:
            lower = True
        start = False
    if not names or not lower:
        return None
    return _discount(table, names)


def _caption_names(table: ScriptTable, words: list[str]) -> np.ndarray | None:
    """A caption line without lower-case words ("Manba: Reuters", "Foto: Anna Smith"):
    its label carries the language and the names after it weigh NAME_WEIGHT.

    >>> t = get_model().tables["Latn"]
    >>> _caption_names(t, "Manba: Reuters".split()) is None, _caption_names(t, "Orient Finance Bank".split()) is None
    (False, True)
    """
    if len(words) < 2 or not words[0].endswith(":") or not _LABEL.fullmatch(words[0]):
        return None
    names = [m.group() for w in words[1:] for m in _WORD.finditer(w) if m.group()[0].isupper()]
    return _discount(table, names) if names else None


_LABEL = re.compile(r"[^\W\d_]{2,}:")
_WORD = re.compile(r"[^\W\d_]+")


def _discount(table: ScriptTable, names: list[str]) -> np.ndarray:
    """(NAME_WEIGHT - 1) times the n-gram scores of `names`."""
    names = [w for tok in names for w in normalize_chars(tok).split()]
    plain = [w for w in names if not _CAPS_PAIR.search(w)]
    rows = table.ngrams.raw_rows(" ".join(plain)) if plain else np.zeros(0, dtype=np.intp)
    if len(plain) < len(names):  # acronyms: langdetect skips positions inside them
        extra = table.ngrams.gram_rows([g for w in names if _CAPS_PAIR.search(w) for g in word_ngrams(w)])
        rows = np.concatenate([rows, extra])
    return table.logp[rows].sum(axis=0) * (NAME_WEIGHT - 1.0)


def prior_of(table: ScriptTable, sample: str) -> np.ndarray:
    """The table's prior, or its `name_prior` when no word of `sample` starts lower-case.

    >>> t = get_model().tables["Latn"]
    >>> (prior_of(t, "Orient Finance Bank") > prior_of(t, "Orient finans bank")).any()
    np.True_
    """
    return table.prior if has_lower_word(sample) else table.name_prior


def has_lower_word(text: str, head: int = 8) -> bool:
    """Whether a word (split at white space) of `text` starts with a lower-case letter;
    the first `head` words are split off first (the answer is nearly always there).

    >>> has_lower_word("Orient Finance Bank"), has_lower_word("A B C D E F G H I J k")
    (False, True)
    """
    words = text.split(None, head)
    for w in words[:head] if len(words) > head else words:  # (a loop: no generator per call)
        if w[0].islower():
            return True
    if len(words) > head:
        for w in words[head].split():
            if w[0].islower():
                return True
    return False


def finish(
    model: LidModel, table: ScriptTable, sample: str, n_letters: int, scores: np.ndarray, used: int
) -> Identification:
    """The answer from a sample's n-gram `scores` (see `score`): priors, letter, function-word
    and word evidence, letter rules, and the posterior over the candidates."""
    script = table.script
    low = sample.lower()
    by_letters = letter_language(script, low, n_letters)
    letters = _letter_evidence(table, low)
    # no candidate profile knows any n-gram (every row was 0) and no distinctive letter
    if letters is None and not any(scores.tolist()):
        lang = sole_language(script) or "und"
        return Identification(lang, script, 0.0, ())
    scores = scores + prior_of(table, sample)
    if letters is not None:
        scores += letters
    vals = scores.tolist()  # small vectors: plain Python from here is cheaper than numpy
    top2 = _top2(vals)
    if len(sample) <= NAME_TEXT_CHARS:
        if vals[top2[0]] - vals[top2[1]] < WORD_MARGIN and (names := name_discount(table, sample)) is not None:
            scores += names
            vals = scores.tolist()
            top2 = _top2(vals)
    if table.group_pos is not None and vals[top2[0]] - max(vals[i] for i in table.group_list) < WORD_MARGIN:
        vals = _function_word_evidence(table, sample, scores).tolist()
        top2 = _top2(vals)
    final = _close_call(table, vals, sample, top2)
    if final is not vals:
        top2 = _top2(final)
    # posterior over the candidates; long texts count as EVIDENCE_NGRAMS n-grams
    scale = min(1.0, EVIDENCE_NGRAMS / used) if used else 1.0
    top = final[top2[0]]
    # candidates more than POSTERIOR_CUT nats behind count as 0 (p < 1e-9)
    floor = top - POSTERIOR_CUT / scale
    if len(final) < 2 or final[top2[1]] <= floor:  # the best alone
        near, total = [(1.0, top2[0])], 1.0
    else:
        near = [(math.exp((v - top) * scale), i) for i, v in enumerate(final) if v > floor]
        total = sum(e for e, _ in near)
        near.sort(reverse=True)
    p_best, best = near[0]
    col = table.columns[best]
    if by_letters is not None:
        return Identification(by_letters, script, LETTER_RULE_CONFIDENCE, ((model.langs[col], script, 0.25),))
    alts = tuple(
        (model.langs[table.columns[i]], script, round(e / total, 4)) for e, i in near[1:4] if e / total >= MIN_P
    )
    return Identification(model.langs[col], script, round(p_best / total, 4), alts)
