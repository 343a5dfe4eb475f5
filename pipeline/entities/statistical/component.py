"""`presspipe_statistical`: the trained NER as a supplement to the rule mentions.

Runs after the resolver on the pipeline's own Doc (no second tokenisation): the `ner`
model trained by `train` predicts spans, and `supplement.Supplement` adds those that no
rule mention overlaps and that look like names, to `doc.user_data["presspipe_mentions"]`
and `doc.spans["presspipe"]`.  `initialize` takes the model from `models/ner/` and the
filter tables from the language data; `to_disk`/`from_disk` keep both in the pipeline's
folder, so a loaded pipeline reads neither.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from .supplement import LABELS, Supplement, tables

MENTIONS_KEY = "presspipe_mentions"
SPANS_KEY = "presspipe"
FACTORY = "presspipe_statistical"


def default_model_dir(lang: str | None = None) -> Path:
    """`models/ner/<lang>` when a model of that language was trained, else the shared
    `models/ner`."""
    from ...paths import MODELS_DIR

    own = MODELS_DIR / "ner" / (lang or "")
    return own if lang and (own / "config.cfg").exists() else MODELS_DIR / "ner"


class StatisticalNER:
    """Adds the trained model's unseen names to the rule mentions of a Doc."""

    def __init__(self, nlp: Language, name: str, labels: list[str], threshold: float,
                 beam_width: int) -> None:
        self.name = name
        self.labels = list(labels)
        self.threshold = threshold
        self.beam_width = beam_width
        self.model: Language | None = None
        self.supplement: Supplement | None = None
        for label in (*LABELS, "COUNTRY"):
            nlp.vocab.strings.add(label)

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   model_dir: str | None = None) -> None:
        """Load the trained model (default `models/ner/`) and the filter tables."""
        import spacy

        path = Path(model_dir) if model_dir else default_model_dir(nlp.lang if nlp else None)
        if not (path / "config.cfg").exists():
            raise ValueError(f"no trained NER at {path} (python -m pipeline.entities.statistical.train)")
        self.model = spacy.load(path)
        self.supplement = Supplement(tables())

    def spans(self, doc: Doc) -> list[tuple[int, int, str, float]]:
        """The model's entity spans over `doc`: char offsets, label and probability (the
        share of a beam search's probability mass on parses that hold the span; 1.0 for
        every span of the greedy parse when `beam_width` is 1)."""
        assert self.model is not None, "initialize or from_disk first"
        ner = self.model.get_pipe("ner")
        if self.beam_width <= 1:  # greedy: no probabilities (each span counts as 1.0)
            saved = doc.ents
            ner.set_annotations([doc], ner.predict([doc]))
            found = [(e.start_char, e.end_char, e.label_, 1.0) for e in doc.ents]
            doc.ents = saved
            return found
        scores: dict[tuple[int, int, str], float] = defaultdict(float)
        for beam in ner.beam_parse([doc], beam_width=self.beam_width, beam_density=0.0001):
            for prob, ents in ner.moves.get_beam_parses(beam):
                for start, end, label in ents:
                    scores[start, end, label] += prob
        return sorted((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label, p)
                      for (s, e, label), p in scores.items())

    def __call__(self, doc: Doc) -> Doc:
        assert self.supplement is not None, "initialize or from_disk first"
        tag = doc._.presspipe_tag or doc.lang_
        rules = list(doc.user_data.get(MENTIONS_KEY, []))
        spans = [s[:3] for s in self.spans(doc)
                 if s[2] in self.labels and s[3] >= self.threshold]
        added = self.supplement.mentions(doc.text, tag, spans, rules)
        if added:
            doc.user_data[MENTIONS_KEY] = sorted([*rules, *added], key=lambda m: (m.start, m.end))
            found = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
            for m in added:
                span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
                if span is not None:
                    found.append(span)
            doc.spans[SPANS_KEY] = sorted(found, key=lambda s: (s.start, s.end))
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        assert self.model is not None and self.supplement is not None
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.to_disk(path / "model")
        srsly.write_json(path / "tables.json", self.supplement.data)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> "StatisticalNER":
        import spacy

        path = Path(path)
        self.model = spacy.load(path / "model")
        self.supplement = Supplement(srsly.read_json(path / "tables.json"))
        return self


# PERSON only: the ORG and LOC additions cost more precision than they gain (bench/STATISTICAL_NER.md)
@Language.factory(FACTORY, default_config={"labels": ["PERSON"], "threshold": 0.9, "beam_width": 8})
def make_statistical(nlp: Language, name: str, labels: list[str], threshold: float,
                     beam_width: int) -> StatisticalNER:
    return StatisticalNER(nlp, name, labels, threshold, beam_width)
