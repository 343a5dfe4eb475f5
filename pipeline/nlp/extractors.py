"""The entity stage of a built pipeline, run without spaCy.

The pipelines in `models/nlp/<lang>` are extractor components plus the resolver: their
mentions are a function of the text alone (no tokenizer, no `Doc`).  `load_extractors`
reads such a pipeline's `config.cfg` and each component's `tables.json` and gives back the
same extractors and the same overlap resolution as the spaCy components
(`components.ExtractorComponent`, `components.resolver`), so a batch need not import
spaCy (0.5-0.7 s of its start-up).  Any other pipeline (another component, a disabled
one, a missing folder) gives None, and the caller runs it through spaCy.

This module imports no spaCy; the components import their shared parts from here.
"""
from __future__ import annotations

import configparser
import importlib
import json
from bisect import bisect_right
from functools import cache
from pathlib import Path

from ..entities.base import Extractor, Mention

EXTRACTOR_FACTORY = "presspipe_extractor"
RESOLVER_FACTORY = "presspipe_resolver"

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
# extractors are pure functions of (text, tag) once built, so sharing changes no output.
# Keyed by (kind, size); the bytes are compared (a memcmp: no hash of megabytes of tables)
_LOADED: dict[tuple[str, int], list[tuple[bytes, Extractor]]] = {}


def extractor_class(kind: str) -> type:
    module, _, cls = EXTRACTORS[kind].partition(":")
    return getattr(importlib.import_module(module), cls)


def shared_extractor(kind: str, tables_file: Path) -> Extractor:
    """The extractor of `kind` built from a saved `tables.json`, one per distinct content."""
    if not tables_file.exists():
        raise ValueError(f"{kind}: no tables.json in {tables_file.parent} (rebuild: python -m pipeline.build)")
    data = tables_file.read_bytes()
    same_size = _LOADED.setdefault((kind, len(data)), [])
    for loaded, extractor in same_size:
        if loaded == data:
            return extractor
    extractor = extractor_class(kind)(tables=json.loads(data))
    same_size.append((data, extractor))
    return extractor


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
    if ranked and ranked[-1].end <= ranked[-1].start:  # an empty span: the plain test
        kept_all: list[Mention] = []
        for m in ranked:
            if all(m.end <= k.start or m.start >= k.end for k in kept_all):
                kept_all.append(m)
        return sorted(kept_all, key=lambda m: (m.start, m.end))
    starts: list[int] = []  # the kept spans, disjoint, sorted by start
    ends: list[int] = []
    kept: list[Mention] = []
    for m in ranked:
        k = bisect_right(starts, m.start)
        if k > 0 and ends[k - 1] > m.start:
            continue  # overlaps the kept span starting at or before it
        if k < len(starts) and starts[k] < m.end:
            continue  # overlaps the kept span starting after it
        starts.insert(k, m.start)
        ends.insert(k, m.end)
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


class Extractors:
    """A pipeline's extractors in pipeline order, then the resolver."""

    def __init__(self, lang: str, extractors: list[Extractor]) -> None:
        self.lang = lang
        self.extractors = extractors

    def __call__(self, text: str, tag: str | None) -> list[Mention]:
        found: list[Mention] = []
        for extractor in self.extractors:
            found.extend(extractor.extract(text, tag or self.lang))
        return resolve_overlaps(found)


def _json_value(section: configparser.SectionProxy, key: str) -> object:
    return json.loads(section.get(key, "null"))


def read_pipeline(path: Path) -> Extractors | None:
    """The extractors of the pipeline saved at `path` when it is only extractor components
    followed by the resolver, none disabled; else None."""
    config_file = path / "config.cfg"
    if not config_file.exists():
        return None
    config = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    config.optionxform = str  # type: ignore[assignment,method-assign]  (keys keep their case)
    try:
        config.read_string(config_file.read_text(encoding="utf-8"))
        nlp = config["nlp"]
        names = _json_value(nlp, "pipeline")
        disabled = _json_value(nlp, "disabled")
        lang = _json_value(nlp, "lang")
        specs = [config[f"components.{name}"] for name in names]  # type: ignore[union-attr]
        factories = [_json_value(spec, "factory") for spec in specs]
        kinds = [_json_value(spec, "kind") for spec in specs]
    except (configparser.Error, KeyError, TypeError, ValueError):
        return None
    if disabled or not names or not isinstance(lang, str) or factories[-1] != RESOLVER_FACTORY:
        return None
    if any(f != EXTRACTOR_FACTORY or k not in EXTRACTORS for f, k in zip(factories[:-1], kinds[:-1])):
        return None
    return Extractors(lang, [shared_extractor(str(k), path / str(n) / "tables.json")
                             for n, k in zip(names[:-1], kinds[:-1])])  # type: ignore[index]


@cache
def load_extractors(lang: str, models_dir: Path | None = None) -> Extractors | None:
    """The spaCy-free entity stage for a detected language code (see the module's
    docstring), one per pipeline per process; None when spaCy must run the pipeline."""
    from ..paths import MODELS_DIR
    from . import pipeline_lang

    return _load(pipeline_lang(lang), models_dir or MODELS_DIR)


@cache
def _load(pipeline: str, models_dir: Path) -> Extractors | None:
    from . import nlp_dir

    return read_pipeline(nlp_dir(pipeline, models_dir))
