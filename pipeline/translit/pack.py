"""`transliterate` language pack "uz": its `translit` runs this package's rule engine.

`transliterate.translit(text, "uz")` gives Latin, `reversed=True` gives Cyrillic.  The
pack's letter tables (`mapping`, `pre_processor_mapping`) are generated from
`data/alphabet.tsv`, the table the engine itself uses.
"""
from __future__ import annotations

from transliterate.base import TranslitLanguagePack, registry
from transliterate.utils import ensure_autodiscover

from .alphabet import cyr_to_lat, letters
from .cyr2lat import to_latin
from .lat2cyr import to_cyrillic


def _tables() -> tuple[tuple[str, str], dict[str, str]]:
    """(one-letter pairs as two aligned strings, Cyrillic letter -> multi-letter Latin)."""
    src, dst = [], []
    multi: dict[str, str] = {}
    for cyr, lat, rev in letters():
        for c, l in ((cyr, lat), (cyr.upper(), cyr_to_lat()[cyr.upper()])):
            if len(l) == 1:
                src.append(c)
                dst.append(l)
            elif len(l) > 1 and rev:
                multi[c] = l
    return ("".join(src), "".join(dst)), multi


class UzbekLanguagePack(TranslitLanguagePack):
    """Uzbek: Cyrillic -> Latin (1995 alphabet) forward, Latin -> Cyrillic reversed."""

    language_code = "uz"
    language_name = "Uzbek"
    character_ranges = ((0x0400, 0x04FF),)
    mapping, pre_processor_mapping = _tables()
    detectable = False

    def translit(self, value: str, reversed: bool = False, strict: bool = False, fail_silently: bool = True) -> str:  # noqa: A002
        res = to_cyrillic(value) if reversed else to_latin(value)
        if strict:
            res = self._make_strict(value=res, reversed=reversed, fail_silently=fail_silently)
        return res


def register() -> None:
    """Register the pack (the stock packs are discovered first, else they would never load)."""
    ensure_autodiscover()
    if registry.get("uz") is not UzbekLanguagePack:
        registry.register(UzbekLanguagePack, force=True)
