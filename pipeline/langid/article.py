"""`identify_article`: the language of each paragraph and of the whole article.

Every paragraph is identified like `detect.identify` would, but the n-gram scores of all
paragraphs in one script come from one vectorised pass (`score_many`: one look-up and one
`np.add.reduceat` for the article instead of a look-up and a matrix sum per paragraph),
each paragraph on a bounded sample (its first PARAGRAPH_CHARS characters; a longer
paragraph whose sample leaves a close call is scored again in full by `identify`).
"""
from __future__ import annotations

import re

import numpy as np

from .detect import (
    EVIDENCE_NGRAMS,
    MAX_CHARS,
    MIN_P,
    NAME_TEXT_CHARS,
    POSTERIOR_CUT,
    STOP_MARGIN,
    WORD_MARGIN,
    _function_word_evidence,
    _KANA,
    has_lower_word,
    name_discount,
    _rule_trigger,
    letter_language,
    finish,
    identify,
    script_only,
)
from .identification import UNDETERMINED, Identification
from .model import LidModel, ScriptTable, get_model
from .ngrams import _CAPS_PAIR, _DMARK, _NORM, prepare_many
from .scripts import NO_SCRIPT, letters_by_line, letters_by_script

PARAGRAPH_CHARS = 400
"""Characters of a paragraph scored at first (cut back to a space)."""
SHORT_PARAGRAPH = 40
"""Letters below which a paragraph's own answer may yield to the article's language."""


class _UpperMask(dict):
    """str.translate table aligned with `NgramIndex.raw_rows`'s codes: "\\x01" for a
    capital (after langdetect's normalisation), "\\x00" for any other character kept,
    "" for what the codes drop (combining accents)."""

    def __missing__(self, code: int) -> str:
        norm = _NORM[code]
        out = "" if norm == "" else "\x01" if norm.isupper() else "\x00"
        self[code] = out
        return out


_UPPER = _UpperMask()
_CAPITAL = np.zeros(0x10000, dtype=bool)  # code point → a capital after normalisation
_SEEN = np.zeros(0x10000, dtype=bool)


def _capitals(text: str) -> np.ndarray:
    """`_UPPER`'s flags of a text no character of which is dropped, from a numpy table of
    the Basic Multilingual Plane characters met so far (str.translate beyond it)."""
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if len(cps) and cps.max() > 0xFFFF:
        return np.frombuffer(text.translate(_UPPER).encode("utf-32-le"), dtype=np.uint32).astype(bool)
    new = cps[~_SEEN[cps]]
    if len(new):
        for cp in sorted(set(new.tolist())):  # (np.unique would import numpy.ma: ~25 ms of start-up)
            _CAPITAL[cp] = _UPPER[cp] == "\x01"
            _SEEN[cp] = True
    return _CAPITAL[cps]
_DROPPED = re.compile("[\u0300-\u036f]")
"""Characters langdetect's normalisation drops (combining accents left after NFC)."""


def _sample(text: str) -> tuple[str, bool]:
    """The first PARAGRAPH_CHARS characters of a paragraph, cut back to a space, and
    whether it was cut.

    >>> _sample("ab cd")
    ('ab cd', False)
    """
    if len(text) <= PARAGRAPH_CHARS:
        return text, False
    cut = text.rfind(" ", PARAGRAPH_CHARS // 2, PARAGRAPH_CHARS)
    return text[: cut if cut > 0 else PARAGRAPH_CHARS], True


def score_many(table: ScriptTable, samples: list[str]) -> tuple[np.ndarray, list[int], np.ndarray]:
    """`detect.score` of each prepared sample (no early stop): a samples × candidates
    matrix of log-likelihoods, the n-grams looked at per sample, and the samples ×
    candidates distinctive-letter evidence (`detect._letter_evidence`, zeros if none).

    The padded samples are translated to codes and concatenated; an n-gram that spans two
    samples always has a space in the middle or is two spaces, which no profile holds, so
    each sample's sum is a contiguous run of the n-gram rows (`np.add.reduceat`).
    Positions inside acronyms (a capital after a capital) give no n-gram, as in langdetect.
    """
    idx = table.ngrams
    joined = "".join(" " + s + " " for s in samples)
    lengths = [len(s) + 2 for s in samples]
    mask: np.ndarray | None
    got = idx.codes_and_capitals(joined)  # the usual case: codes and capitals at once
    if got is not None:
        codes, mask = got
    else:  # combining accents dropped (lengths change) or characters beyond the BMP
        if _DROPPED.search(joined):
            parts = [(" " + s + " ").translate(idx._raw) for s in samples]
            lengths = [len(p) for p in parts]
            codes = np.frombuffer("".join(parts).encode("utf-32-le"), dtype=np.uint32)
        else:
            codes = idx.raw_codes(joined)
        mask = None
        if len(codes) == len(joined):  # nothing dropped: capitals from a table of code points
            mask = _capitals(joined)
        elif _CAPS_PAIR.search(joined):
            mask = np.frombuffer(joined.translate(_UPPER).encode("utf-32-le"), dtype=np.uint32).astype(bool)
    n = len(codes)
    rows = idx._rows(codes)
    if mask is not None and (pairs := mask[1:] & mask[:-1]).any():
        skip = np.zeros(n, dtype=bool)
        skip[1:] = pairs
        rows = rows.copy()
        rows[np.concatenate([skip, skip[1:], skip[2:]])] = 0
    # rows: n unigrams, n - 1 bigrams, n - 2 trigrams; each sample's are a run in each
    # part, so one reduceat over the three parts' starts gives 3 partial sums a sample
    k = len(samples)
    starts = np.cumsum([0] + lengths[:-1])
    sums = np.add.reduceat(table.logp.take(rows, axis=0), np.concatenate([starts, starts + n, starts + (2 * n - 1)]), axis=0)
    out = sums[:k] + sums[k : 2 * k] + sums[2 * k :]
    letters = np.zeros_like(out)
    lookup = _letter_codes(table)
    if lookup is not None:
        found = lookup[codes]
        at = np.flatnonzero(found >= 0)
        if len(at):
            k = len(table.letter_row)
            seg = np.searchsorted(starts, at, side="right") - 1  # the sample of each
            counts = np.bincount(seg * k + found[at], minlength=len(samples) * k).reshape(len(samples), k)
            letters = np.minimum(counts, LETTER_CAP) @ table.letter_matrix
    return out, [3 * m - 3 for m in lengths], letters


LETTER_CAP = 5
"""Occurrences of one distinctive letter counted at most (as `model.build_model` sets)."""


def _letter_codes(table: ScriptTable) -> np.ndarray | None:
    """code → row of `table.letter_matrix` (-1 for other characters), cached on the table."""
    if table.letter_codes is None and table.letter_row:
        lookup = np.full(table.ngrams.base, -1, dtype=np.intp)
        for letter, (row, cap) in table.letter_row.items():
            code = ord(letter.translate(table.ngrams._codes))
            if code == 0 or cap != LETTER_CAP:
                raise ValueError(f"distinctive letter {letter!r}: not in the n-gram alphabet or cap {cap}")
            lookup[code] = row
        table.letter_codes = lookup
    return table.letter_codes


def _decide(
    model: LidModel,
    table: ScriptTable,
    items: list[tuple[int, str, int, bool]],
    scores: np.ndarray,
    used: np.ndarray,
    letters: np.ndarray,
) -> list[tuple[int, Identification | None]]:
    """The answers `detect.finish` would give, computed for all samples at once, for those
    whose best profile leads by more than WORD_MARGIN after priors, letters, the name
    discount and function words (so no word evidence is weighed) and no letter rule
    fires; None for the others (and for a cut sample whose n-grams leave a close call)."""
    lower = np.array([has_lower_word(sample) for _, sample, _, _ in items])
    ranked = scores + letters + np.where(lower[:, None], table.prior, table.name_prior)
    short = [j for j, (_, sample, _, _) in enumerate(items) if len(sample) <= NAME_TEXT_CHARS]
    if short:
        part = np.partition(ranked[short], -2, axis=1)
        for j, margin in zip(short, (part[:, -1] - part[:, -2]).tolist()):
            if margin < WORD_MARGIN and (names := name_discount(table, items[j][1])) is not None:
                ranked[j] += names
    if table.group_pos is not None:  # function words where `finish` weighs them
        near = ranked.max(axis=1) - ranked[:, table.group_pos].max(axis=1) < WORD_MARGIN
        for j in np.flatnonzero(near).tolist():
            ranked[j] = _function_word_evidence(table, items[j][1], ranked[j])
    part = np.partition(ranked, -2, axis=1)
    top, second = part[:, -1], part[:, -2]
    ok = (top - second > WORD_MARGIN).tolist()
    raw = np.partition(scores, -2, axis=1)
    close = ((raw[:, -1] - raw[:, -2]) <= STOP_MARGIN).tolist()
    trigger = _rule_trigger(table.script)
    if trigger is not None and not trigger.search("\n".join(sample for _, sample, _, _ in items).lower()):
        trigger = None  # no sample has a letter any rule needs: no per-sample look
    # the posterior (detect.finish): long samples count as EVIDENCE_NGRAMS n-grams
    scale = np.minimum(1.0, EVIDENCE_NGRAMS / np.maximum(used, 1.0))[:, None]
    rel = ranked - top[:, None]
    e = np.exp(rel * scale)
    e[rel <= -POSTERIOR_CUT / scale] = 0.0
    p = e / e.sum(axis=1, keepdims=True)
    best = ranked.argmax(axis=1).tolist()
    p_best = p.max(axis=1).tolist()
    n_alts = (p >= MIN_P).sum(axis=1).tolist()
    out: list[tuple[int, Identification | None]] = []
    for j, (_, sample, n_script, cut) in enumerate(items):
        if (cut and close[j]) or not ok[j]:
            out.append((j, None))
            continue
        if trigger is not None and trigger.search(low := sample.lower()):
            if letter_language(table.script, low, n_script) is not None:
                out.append((j, None))
                continue
        alts: tuple[tuple[str, str, float], ...] = ()
        if n_alts[j] > 1:
            order = sorted(((v, i) for i, v in enumerate(p[j].tolist()) if v >= MIN_P and i != best[j]), reverse=True)
            alts = tuple((model.langs[table.columns[i]], table.script, round(v, 4)) for v, i in order[:3])
        out.append((j, Identification(model.langs[table.columns[best[j]]], table.script, round(p_best[j], 4), alts)))
    return out


def _identify_paragraphs(texts: list[str], model: LidModel) -> list[tuple[Identification, int]]:
    """(identification, letters) of each stripped paragraph."""
    out: list[tuple[Identification, int] | None] = [None] * len(texts)
    batches: dict[str, list[tuple[int, str, int, bool]]] = {}
    raws = [_sample(text[:MAX_CHARS]) for text in texts]
    samples = prepare_many([raw for raw, _ in raws])
    joined = "\n".join(samples)
    scripts = letters_by_line(joined)
    marks = _DMARK.search(joined) is not None  # else no sample has a mark to compose
    for i, (text, (_, cut), sample, (script, n_script, n_letters)) in enumerate(zip(texts, raws, samples, scripts)):
        if cut:
            n_letters = letters_by_script(text)[2]
        table = model.tables.get(script)
        if script == NO_SCRIPT:
            out[i] = (UNDETERMINED, n_letters)
        elif table is None or len(table.columns) == 1 or (script == "Hani" and _KANA.search(sample)):
            out[i] = (script_only(model, script, table, sample), n_letters)
        elif marks and _DMARK.search(sample):  # marks to compose (Vietnamese): the general path
            out[i] = (identify(text, model), n_letters)
        else:
            batches.setdefault(script, []).append((i, sample, n_script, cut))
            out[i] = (UNDETERMINED, n_letters)
    for script, items in batches.items():
        table = model.tables[script]
        scores, used, letters = score_many(table, [sample for _, sample, _, _ in items])
        for j, ident in _decide(model, table, items, scores, np.array(used, dtype=np.float64), letters):
            i, sample, n_script, cut = items[j]
            if ident is None and cut:  # a close call on the sample: the whole paragraph
                ident = identify(texts[i], model)
            elif ident is None:
                ident = finish(model, table, sample, n_script, scores[j], used[j])
            out[i] = (ident, out[i][1])  # type: ignore[index]
    return out  # type: ignore[return-value]


def _smooth_short(
    paragraphs: list[tuple[int, int, Identification, int]],
) -> list[tuple[int, int, Identification, int]]:
    """A short paragraph ("Foto: Reuters", a name) goes to the article's majority language
    when that language is among its own alternatives (p >= 0.05, same script): its own
    evidence is too thin to start a segment.  A short paragraph that is clearly another
    language (a quotation) keeps its answer."""
    letters: dict[tuple[str, str], int] = {}
    for _, _, ident, n in paragraphs:
        key = (ident.lang, ident.script)
        letters[key] = letters.get(key, 0) + n
    if len(letters) < 2:  # one language (the usual article): nothing to smooth
        return paragraphs
    major = max(letters, key=lambda k: (letters[k], k))
    major_ident = next(i for _, _, i, _ in paragraphs if (i.lang, i.script) == major)
    out = []
    for start, end, ident, n in paragraphs:
        if n < SHORT_PARAGRAPH and (ident.lang, ident.script) != major:
            p = next((p for lang, script, p in ident.alternatives if (lang, script) == major), 0.0)
            if p >= 0.05:
                ident = Identification(major_ident.lang, major_ident.script, p, ((ident.lang, ident.script, ident.confidence),))
        out.append((start, end, ident, n))
    return out


def identify_article(text: str, model: LidModel | None = None) -> tuple[Identification, list[dict]]:
    """Article language (the one covering most letters) and one segment per paragraph.

    `text` is the normalised article, paragraphs joined by "\\n".  Segments are
    `{"start", "end", "code", "script", "confidence"}` with exact offsets into `text`;
    consecutive paragraphs of the same language and script are merged.  Paragraphs
    without letters join their neighbours' segment (or stand as "und" when alone); a
    short paragraph whose answer is uncertain joins the article's language.
    """
    model = model or get_model()
    spans: list[tuple[int, int]] = []
    texts: list[str] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
        texts.append(stripped)
    if not texts:
        return UNDETERMINED, []
    resolved = [(s, e, ident, n) for (s, e), (ident, n) in zip(spans, _identify_paragraphs(texts, model))]
    if any(ident.lang == "und" for _, _, ident, _ in resolved):
        # letterless paragraphs (dates, figures) take the language of the paragraph before
        paragraphs, resolved = resolved, []
        for start, end, ident, n in paragraphs:
            if ident.lang == "und" and resolved:
                ident = resolved[-1][2]
            resolved.append((start, end, ident, n))
        first_known = next((r[2] for r in resolved if r[2].lang != "und"), None)
        if first_known is not None:
            resolved = [(s, e, first_known if i.lang == "und" else i, n) for s, e, i, n in resolved]
    resolved = _smooth_short(resolved)
    return _summarise(resolved)


def _summarise(resolved: list[tuple[int, int, Identification, int]]) -> tuple[Identification, list[dict]]:
    """Merged segments and the article's language (most letters; confidence = its share
    of the letters times its mean confidence)."""
    segments: list[dict] = []
    weights: dict[str, float] = {}
    conf_sum: dict[str, float] = {}
    by_tag: dict[str, Identification] = {}
    last = ""  # key of the last segment
    seg: dict = {}
    for start, end, ident, n in resolved:
        tag, script = ident.tag, ident.script
        key = f"{tag}|{script}"
        c = n * ident.confidence
        if key in weights:
            weights[key] += n
            conf_sum[key] += c
        else:
            weights[key] = n
            conf_sum[key] = 0.0 + c
            by_tag[key] = ident
        if key == last:  # same language and script as the paragraph before: one segment
            seg["end"] = end
            seg["_n"] += n
            seg["_c"] += c
        else:
            seg = {"start": start, "end": end, "code": tag, "script": script, "_n": n, "_c": c}
            segments.append(seg)
            last = key
    for seg in segments:
        n = seg.pop("_n")
        c = seg.pop("_c")
        seg["confidence"] = round(c / n, 4) if n else 0.0
    total = sum(weights.values())
    best_key = max(weights, key=lambda k: (weights[k], k))
    best = by_tag[best_key]
    if not total:
        return best, segments
    share = weights[best_key] / total
    mean_conf = conf_sum[best_key] / weights[best_key]
    alts = tuple(
        (by_tag[k].lang, by_tag[k].script, round(w / total, 4))
        for k, w in sorted(weights.items(), key=lambda kv: -kv[1])
        if k != best_key
    )
    return Identification(best.lang, best.script, round(share * mean_conf, 4), alts), segments
