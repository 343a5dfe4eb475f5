"""presspipe: press releases in Uzbek (Cyrillic, Latin), Russian and English to JSON records.

>>> import pipeline, transliterate
>>> transliterate.translit("Ўзбекистон", "uz")
'Oʻzbekiston'
"""
from __future__ import annotations

from . import translit  # noqa: F401  (registers the "uz" pack with transliterate)
from .process import Pipeline, process_file, process_text
from .record import ArticleRecord, json_schema
from .version import SCHEMA_VERSION, __version__

__all__ = [
    "ArticleRecord",
    "Pipeline",
    "SCHEMA_VERSION",
    "__version__",
    "json_schema",
    "process_file",
    "process_text",
]
