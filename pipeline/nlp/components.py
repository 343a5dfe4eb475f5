"""Thin spaCy components around the pure extractors in `pipeline.entities`.

Each component matches on `doc.text` with its extractor (for the language tag in
`doc._.presspipe_tag`) and adds its candidate mentions (exact character offsets and typed
values) to `doc.user_data["presspipe_mentions"]`. The resolver keeps one reading where
candidates overlap and exposes the result as `doc.spans["presspipe"]` (token-aligned spans
for spaCy users; the exact mentions stay in user_data). Extractor tables are saved by `to_disk` and given back
by `from_disk`, so a loaded pipeline reads no language data files.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..entities.base import Extractor, Mention
from .extractors import EXTRACTORS, LABEL_PRIORITY, extractor_class, resolve_overlaps, shared_extractor

__all__ = ["EXTRACTORS", "LABEL_PRIORITY", "resolve_overlaps", "doc_to_mentions", "extractor_mentions"]

SPANS_KEY = "presspipe"
MENTIONS_KEY = "presspipe_mentions"

if not Doc.has_extension("presspipe_tag"):
    Doc.set_extension("presspipe_tag", default=None)


class ExtractorComponent:
    """Adds an extractor's candidate mentions to the Doc."""

    def __init__(self, nlp: Language, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind
        self._extractor: Extractor | None = None

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:  # defaults from pipeline/langdata (build time only)
            self._extractor = extractor_class(self.kind)()
        return self._extractor

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        """Load the extractor's default tables (from language data) so they can be saved."""
        self._extractor = extractor_class(self.kind)()

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
        self._extractor = shared_extractor(self.kind, Path(path) / "tables.json")
        return self


@Language.factory("presspipe_extractor", default_config={"kind": "numeric"})
def make_extractor(nlp: Language, name: str, kind: str) -> ExtractorComponent:
    if kind not in EXTRACTORS:
        raise ValueError(f"unknown extractor kind {kind!r}; known: {sorted(EXTRACTORS)}")
    return ExtractorComponent(nlp, name, kind)


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
