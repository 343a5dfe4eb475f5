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


def convert(text: str, target: str) -> str:
    """`text` in the Uzbek script `target` ("Latn"/"uz-Latn" or "Cyrl"/"uz-Cyrl").

    >>> convert("Тошкент", "uz-Latn"), convert("Toshkent", "Cyrl")
    ('Toshkent', 'Тошкент')
    """
    script = target.rsplit("-", 1)[-1]
    if script == "Latn":
        return to_latin(text)
    if script == "Cyrl":
        return to_cyrillic(text)
    raise ValueError(f"unknown Uzbek script {target!r} (want Latn or Cyrl)")


__all__ = ["to_latin", "to_cyrillic", "convert", "UzbekLanguagePack"]
