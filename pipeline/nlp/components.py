"""Thin spaCy components around the pure extractors in `pipeline.entities`.

Each component matches on `doc.text` with its extractor (for the language tag in
`doc._.presspipe_tag`) and adds its candidate mentions (exact character offsets and typed
values) to `doc.user_data["presspipe_mentions"]`. The resolver keeps one reading where
candidates overlap and exposes the result as `doc.spans["presspipe"]` (token-aligned spans
for spaCy users; the exact mentions stay in user_data). Extractor tables are saved by `to_disk` and given back
by `from_disk`, so a loaded pipeline reads no language data files.
"""
from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..entities.base import Extractor, Mention

SPANS_KEY = "presspipe"
MENTIONS_KEY = "presspipe_mentions"

# extractor kind -> "module:Class"
EXTRACTORS = {
    "numeric": "pipeline.entities.numeric:NumericExtractor",
    "names": "pipeline.entities.names:NameExtractor",
}

# tie-break when two overlapping candidates are equally long (lower wins)
LABEL_PRIORITY = {
    "MONEY": 0, "DATE": 1, "PERCENT": 2, "MULTIPLIER": 3,
    "ORG": 4, "PERSON": 5, "COUNTRY": 6, "LOC": 7,
}

# extractors loaded from byte-identical tables, shared by the pipelines of one process (the
# uz, ru, en and xx pipelines ship the same tables: one gazetteer in memory, not four);
# extractors are pure functions of (text, tag) once built, so sharing changes no output
_LOADED: dict[tuple[str, str], Extractor] = {}

if not Doc.has_extension("presspipe_tag"):
    Doc.set_extension("presspipe_tag", default=None)


def _extractor_class(kind: str) -> type:
    module, _, cls = EXTRACTORS[kind].partition(":")
    return getattr(importlib.import_module(module), cls)


class ExtractorComponent:
    """Adds an extractor's candidate mentions to the Doc."""

    def __init__(self, nlp: Language, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind
        self._extractor: Extractor | None = None

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:  # defaults from pipeline/langdata (build time only)
            self._extractor = _extractor_class(self.kind)()
        return self._extractor

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        """Load the extractor's default tables (from language data) so they can be saved."""
        self._extractor = _extractor_class(self.kind)()

    def __call__(self, doc: Doc) -> Doc:
        tag = doc._.presspipe_tag or doc.lang_
        found = self.extractor.extract(doc.text, tag)
        doc.user_data[MENTIONS_KEY] = [*doc.user_data.get(MENTIONS_KEY, []), *found]
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"kind": self.kind})
        (path / "tables.json").write_text(
            json.dumps(self.extractor.tables, ensure_ascii=False, sort_keys=True), encoding="utf-8"
        )

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> "ExtractorComponent":
        path = Path(path)
        tables_file = path / "tables.json"
        if not tables_file.exists():
            raise ValueError(f"{self.name}: no tables.json in {path} (rebuild: python -m pipeline.build)")
        data = tables_file.read_bytes()
        key = (self.kind, hashlib.sha256(data).hexdigest())
        extractor = _LOADED.get(key)
        if extractor is None:
            extractor = _LOADED[key] = _extractor_class(self.kind)(tables=json.loads(data))
        self._extractor = extractor
        return self


@Language.factory("presspipe_extractor", default_config={"kind": "numeric"})
def make_extractor(nlp: Language, name: str, kind: str) -> ExtractorComponent:
    if kind not in EXTRACTORS:
        raise ValueError(f"unknown extractor kind {kind!r}; known: {sorted(EXTRACTORS)}")
    return ExtractorComponent(nlp, name, kind)


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (flat annotation), in text order.

    >>> a = Mention("MONEY", 0, 17, "1,3 млрд АҚШ доллари")
    >>> b = Mention("COUNTRY", 9, 12, "АҚШ")
    >>> [m.label for m in resolve_overlaps([b, a])]
    ['MONEY']
    """
    ranked = sorted(
        mentions, key=lambda m: (-(m.end - m.start), LABEL_PRIORITY.get(m.label, 99), m.start)
    )
    kept: list[Mention] = []
    for m in ranked:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


@Language.component("presspipe_resolver")
def resolver(doc: Doc) -> Doc:
    """One reading per stretch of text: drop candidates overlapped by a longer one."""
    kept = resolve_overlaps(doc.user_data.get(MENTIONS_KEY, []))
    doc.user_data[MENTIONS_KEY] = kept
    spans: list[Span] = []
    for m in kept:
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc


def doc_to_mentions(doc: Doc) -> list[Mention]:
    """The resolved mentions of a processed Doc (spaCy types stop here)."""
    return list(doc.user_data.get(MENTIONS_KEY, []))


def extractor_mentions(nlp: Language, text: str, tag: str) -> list[Mention] | None:
    """The mentions `nlp` would give for `text`, without making a Doc (no tokenising, no
    spans), when its pipeline is only extractor components and the resolver; else None."""
    found: list[Mention] = []
    resolved = False
    for _, proc in nlp.pipeline:
        if isinstance(proc, ExtractorComponent) and not resolved:
            found.extend(proc.extractor.extract(text, tag or nlp.lang))
        elif proc is resolver and not resolved:
            found, resolved = resolve_overlaps(found), True
        else:
            return None
    return found if resolved else None
