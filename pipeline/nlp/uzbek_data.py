"""Tokenizer data for Uzbek (kept apart from the Language class)."""
from __future__ import annotations

APOSTROPHES = "'`‘’ʻʼ´"
# ’ is left out: between letters it is an apostrophe (ma’lumot), not a quote
CLOSING_QUOTES = "”»\"“"

STOP_WORDS = set(
    """
    ва ҳам билан учун бу шу у улар бир ёки аммо лекин эса эди бўлган бўлади қилиш
    va ham bilan uchun bu shu u ular bir yoki ammo lekin esa edi boʻlgan boʻladi qilish
    """.split()
)
