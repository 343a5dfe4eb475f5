"""A spaCy tokenizer built the first time it is used.

Loading a pipeline builds its tokenizer: prefix/suffix/infix regexes and ~350-2,700
special cases, 0.08-0.26 s per language (a third of the batch's start-up for four
pipelines), although the extractor components match on the text and the batch never makes
a `Doc`.  `load_nlp` asks for this factory instead of the saved `spacy.Tokenizer.v1`; the
tokenizer it builds on first use is that one (the language's default, which is what
`build_nlp` saved), so a `Doc` made from a loaded pipeline is the same.
"""
from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_TOKENIZER = "spacy.Tokenizer.v1"
LAZY_TOKENIZER = "presspipe.LazyTokenizer.v1"


class LazyTokenizer:
    """The pipeline's default tokenizer, made on first use; every attribute is the real
    tokenizer's (`to_bytes`, `explain`, `rules`, ...)."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._real: Any = None

    @property
    def real(self) -> Any:
        if self._real is None:
            self._real = spacy.registry.tokenizers.get(DEFAULT_TOKENIZER)()(self._nlp)
        return self._real

    @property
    def built(self) -> bool:
        return self._real is not None

    def __call__(self, text: str) -> Doc:
        return self.real(text)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_nlp", "_real"):
            raise AttributeError(name)  # copying/pickling: do not build for a probe
        return getattr(self.real, name)


@spacy.registry.tokenizers(LAZY_TOKENIZER)
def create_lazy_tokenizer() -> type[LazyTokenizer]:
    return LazyTokenizer
