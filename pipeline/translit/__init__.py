"""Uzbek Cyrillic <-> Latin transliteration, exact to the 1995 alphabet and rules.

>>> to_latin("Ўзбекистон"), to_cyrillic("Oʻzbekiston")
('Oʻzbekiston', 'Ўзбекистон')

Importing this package registers the `transliterate` language pack "uz"
(`transliterate.translit(text, "uz")` -> Latin, `reversed=True` -> Cyrillic).
Lexicons are read on first use, not at import.
"""
from __future__ import annotations

from .cyr2lat import to_latin
from .lat2cyr import to_cyrillic
from .pack import UzbekLanguagePack, register

register()

__all__ = ["to_latin", "to_cyrillic", "UzbekLanguagePack"]
