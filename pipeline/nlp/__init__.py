"""The spaCy pipelines: assembled by `python -m pipeline.build`, loaded from `models/nlp/`.

spaCy is imported when a pipeline is built or loaded, not with this package: the batch
runs the extractors of a built pipeline without it (`extractors.load_extractors`).
"""
from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import MODELS_DIR

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# spaCy language class used for each detected language; anything else uses "xx"
PIPELINE_LANGS = ("uz", "ru", "en", "xx")
EXTRACTOR_KINDS = ("numeric", "names")
# the trained NER supplement (`pipeline.entities.statistical`) in the built pipelines:
# off by default, see bench/STATISTICAL_NER.md (`python -m pipeline.build --statistical`)
STATISTICAL_DEFAULT = False
STATISTICAL_LANGS = ("uz", "ru", "en")


def pipeline_lang(lang: str) -> str:
    """The pipeline that serves a detected language code.

    >>> pipeline_lang("uz"), pipeline_lang("kk")
    ('uz', 'xx')
    """
    return lang if lang in PIPELINE_LANGS else "xx"


def _spacy() -> Any:
    """spaCy, with the "uz" language and the presspipe factories registered."""
    import spacy

    from ..entities.statistical import component  # noqa: F401  (registration)
    from . import components, lazy, uzbek  # noqa: F401  (registrations)

    return spacy


def build_nlp(lang: str, statistical: bool | None = None) -> Language:
    """A fresh pipeline with its extractor tables loaded from the language data; with
    `statistical` (default `STATISTICAL_DEFAULT`) the trained NER from `models/ner/` follows
    the resolver in the uz, ru and en pipelines."""
    nlp = _spacy().blank(lang)
    for kind in EXTRACTOR_KINDS:
        nlp.add_pipe("presspipe_extractor", name=kind, config={"kind": kind})
    nlp.add_pipe("presspipe_resolver", name="resolver")
    if (STATISTICAL_DEFAULT if statistical is None else statistical) and lang in STATISTICAL_LANGS:
        nlp.add_pipe("presspipe_statistical", name="statistical")
    nlp.initialize()
    return nlp


def nlp_dir(lang: str, models_dir: Path = MODELS_DIR) -> Path:
    return models_dir / "nlp" / lang


def load_nlp(lang: str, models_dir: Path = MODELS_DIR) -> Language:
    """The pipeline for a language, loaded from `models/nlp/<lang>` (built when missing);
    one per pipeline per process, so "kk", "tg" and "tr" share the one "xx" pipeline."""
    return _load_pipeline(pipeline_lang(lang), models_dir)


@cache
def _load_pipeline(lang: str, models_dir: Path) -> Language:
    spacy = _spacy()
    from .lazy import DEFAULT_TOKENIZER, LAZY_TOKENIZER

    path = nlp_dir(lang, models_dir)
    if path.exists():
        # the tokenizer `build_nlp` saved is the language's default one: it is built on
        # first use (the extractors never tokenise), and its saved rules are not read back
        # (that would build it now and validate every special case twice)
        config = spacy.util.load_config(path / "config.cfg")
        if config["nlp"]["tokenizer"].get("@tokenizers") != DEFAULT_TOKENIZER:
            return spacy.load(path)
        lazy = {"nlp": {"tokenizer": {"@tokenizers": LAZY_TOKENIZER}}}
        return spacy.load(path, exclude=["tokenizer"], config=lazy)
    log.warning("no built pipeline at %s; assembling it from language data", path)
    return build_nlp(lang)


def save_all(models_dir: Path = MODELS_DIR, statistical: bool | None = None) -> list[Path]:
    """Build every pipeline and write it under `models/nlp/`."""
    written = []
    for lang in PIPELINE_LANGS:
        path = nlp_dir(lang, models_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        build_nlp(lang, statistical).to_disk(path)
        written.append(path)
    return written
