"""Language and script identification: langdetect with our own profiles.

    >>> from pipeline.langid import identify
    >>> identify("Oʻzbekiston Respublikasi Prezidenti farmon imzoladi.").tag
    'uz-Latn'

Importing is cheap; the detector (profiles, scoring tables) loads on first use, once
per process.  `python -m pipeline.langid.build` rebuilds the profiles.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .identification import UNDETERMINED, Identification

if TYPE_CHECKING:
    from .model import LidModel

__all__ = ["Identification", "UNDETERMINED", "identify", "identify_article"]


_IDENTIFY = None


def identify(text: str, model: "LidModel | None" = None) -> Identification:
    """Language and script of `text` (see `pipeline.langid.detect.identify`)."""
    global _IDENTIFY
    if _IDENTIFY is None:  # imported on first use, once (importing this package stays cheap)
        from .detect import identify as _IDENTIFY
    return _IDENTIFY(text, model)


def identify_article(text: str, model: "LidModel | None" = None) -> tuple[Identification, list[dict]]:
    """Article language and per-paragraph segments (see `pipeline.langid.article`)."""
    from .article import identify_article as _identify_article

    return _identify_article(text, model)
