"""The result type of language identification."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Identification:
    """Language (ISO 639-1, "und" when undetermined), script (ISO 15924, "Zyyy" for
    none), confidence in 0..1 and the runner-up (lang, script, p) candidates."""

    lang: str
    script: str
    confidence: float
    alternatives: tuple[tuple[str, str, float], ...] = ()

    @property
    def tag(self) -> str:
        """Extractor tag: "uz-Cyrl" / "uz-Latn" for Uzbek, else the language code.

        >>> Identification("uz", "Latn", 0.9).tag, Identification("ru", "Cyrl", 0.9).tag
        ('uz-Latn', 'ru')
        """
        if self.lang == "uz" and self.script in ("Cyrl", "Latn", "Arab"):
            return f"uz-{self.script}"
        return self.lang


UNDETERMINED = Identification("und", "Zyyy", 0.0, ())
