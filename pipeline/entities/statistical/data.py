"""Gold files (`X.txt` + `X.gold.json`) as spaCy training docs.

The text is the one the pipeline scores (read, laid out and normalised as `process_file`
does); gold mentions carry no offsets, so each gold surface is found in the text at word
boundaries, longest surfaces first, as many times as the gold lists it.  Occurrences of a
gold surface beyond that count are marked *missing* (no loss), not *outside*: the gold may
have skipped them on purpose (a header) or by mistake.  `nested` entries are not spans.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

GOLD_SUFFIX = ".gold.json"
# gold list -> label the model learns (COUNTRY is learnt so that countries are not LOC)
GOLD_LISTS = {"persons": "PERSON", "organizations": "ORG", "locations": "LOC", "countries": "COUNTRY"}


@dataclass
class GoldDoc:
    """One article: its scored text, language tag and gold spans (char offsets)."""

    path: str
    text: str
    tag: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    missing: list[tuple[int, int]] = field(default_factory=list)
    unfound: int = 0

    @property
    def lang(self) -> str:
        return self.tag.split("-")[0]


def article_text(path: Path) -> str:
    """The normalised text `process_file` scores for a text release."""
    from ...ingest.text import read_text
    from ...process import assemble_text

    article = read_text(path.read_bytes(), str(path))
    return assemble_text(article)[2]


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or (after.isalnum() and text[end - 1].isalnum()))


def occurrences(text: str, surface: str) -> Iterator[tuple[int, int]]:
    """Word-bounded occurrences of `surface` in `text`.

    >>> list(occurrences("Ali va Alisher, Ali.", "Ali"))
    [(0, 3), (16, 19)]
    """
    start = text.find(surface)
    while start >= 0:
        end = start + len(surface)
        if _bounded(text, start, end):
            yield start, end
        start = text.find(surface, start + 1)


def align(text: str, gold: dict) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]], int]:
    """(spans, missing, number of gold mentions not found) for one article."""
    from ...normalize import normalize_paragraph

    wanted: Counter[tuple[str, str]] = Counter()
    for key, label in GOLD_LISTS.items():
        for entry in gold.get(key) or ():
            surface = (entry.get("text") or "").strip()
            if surface and surface not in text:  # the text is normalised; so is its gold
                surface = normalize_paragraph(surface)[0]
            if surface:
                wanted[surface, label] += 1
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, int, str]] = []
    missing: list[tuple[int, int]] = []
    unfound = 0

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for (surface, label), n in sorted(wanted.items(), key=lambda kv: (-len(kv[0][0]), kv[0])):
        for s, e in occurrences(text, surface):
            if not free(s, e):
                continue
            taken.append((s, e))
            if n > 0:
                spans.append((s, e, label))
                n -= 1
            else:
                missing.append((s, e))
        unfound += n
    return sorted(spans), sorted(missing), unfound


def language_tag(gold: dict) -> str:
    lang = gold.get("lang") or "en"
    return f"uz-{gold.get('script') or 'Cyrl'}" if lang == "uz" else lang


def gold_pairs(dirs: Iterable[Path]) -> list[tuple[Path, Path]]:
    """(text, gold) pairs of the folders, sorted."""
    pairs = []
    for folder in dirs:
        for gold in sorted(Path(folder).glob("*" + GOLD_SUFFIX)):
            source = gold.with_name(gold.name[: -len(GOLD_SUFFIX)] + ".txt")
            if source.is_file():
                pairs.append((source, gold))
    return pairs


def load_gold_docs(dirs: Iterable[Path]) -> list[GoldDoc]:
    docs = []
    for source, gold_path in gold_pairs(dirs):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = article_text(source)
        spans, missing, unfound = align(text, gold)
        docs.append(GoldDoc(str(source), text, language_tag(gold), spans, missing, unfound))
    return docs


def to_doc(nlp: Language, gold: GoldDoc) -> Doc:
    """The article tokenised by `nlp` with its gold entities (missing where unsure)."""
    doc = nlp.make_doc(gold.text)
    ents, unsure = [], []
    for s, e, label in gold.spans:
        span = doc.char_span(s, e, label=label)
        if span is None:  # not on token boundaries: no loss there
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                unsure.append(span)
            continue
        ents.append(span)
    for s, e in gold.missing:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            unsure.append(span)
    ents = _disjoint(ents)
    unsure = [u for u in _disjoint(unsure) if all(u.end <= x.start or u.start >= x.end for x in ents)]
    doc.set_ents(ents, missing=unsure, default="outside")
    return doc


def _disjoint(spans: list) -> list:
    out: list = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not out or span.start >= out[-1].end:
            out.append(span)
    return out
