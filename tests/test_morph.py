"""Uzbek suffix stripping and tokenisation (pipeline.entities.morph)."""
from __future__ import annotations

import doctest

import pytest

from pipeline.entities import morph
from pipeline.entities.morph import analyse, fold, strip_suffixes, tokenize

CASES = [
    # word, tag, a stem that must be among the candidates
    ("Ўзбекистонга", "uz-Cyrl", "Ўзбекистон"),
    ("Хитойга", "uz-Cyrl", "Хитой"),
    ("БААда", "uz-Cyrl", "БАА"),
    ("Мўғулистондаги", "uz-Cyrl", "Мўғулистон"),
    ("Собяниннинг", "uz-Cyrl", "Собянин"),
    ("МИЗнинг", "uz-Cyrl", "МИЗ"),
    ("вилоятининг", "uz-Cyrl", "вилоят"),
    ("Бангкокка", "uz-Cyrl", "Бангкок"),
    ("Тошкентдагиларга", "uz-Cyrl", "Тошкентдаги"),
    ("Qozogʻistonga", "uz-Latn", "Qozogʻiston"),
    ("Federatsiyasining", "uz-Latn", "Federatsiya"),
    ("Kun.uz'dagi", "uz-Latn", "Kun.uz"),
    ("GTL’ning", "uz-Latn", "GTL"),
    ("“Oʻzbekneftgaz”ga", "uz-Latn", "“Oʻzbekneftgaz”"),
    ("Toshkentlik", "uz-Latn", "Toshkent"),
]

NOT = [
    # harmony: -ка only after к, -га not after к/қ
    ("Хитойка", "uz-Cyrl", "Хитой"),
    ("Бангкокга", "uz-Cyrl", "Бангкок"),
    # possessive -си only after a vowel, -и only after a consonant
    ("Тошкентси", "uz-Cyrl", "Тошкент"),
    # stems keep at least two letters
    ("га", "uz-Cyrl", ""),
]


@pytest.mark.parametrize(("word", "tag", "stem"), CASES)
def test_strips(word: str, tag: str, stem: str) -> None:
    stems = strip_suffixes(word, tag)
    assert stems[0] == word
    assert stem in stems


@pytest.mark.parametrize(("word", "tag", "stem"), NOT)
def test_does_not_strip(word: str, tag: str, stem: str) -> None:
    assert stem not in strip_suffixes(word, tag)


def test_demonym_is_marked_derivational() -> None:
    slots = {a.stem: a.slots for a in analyse("хитойлик", "uz-Cyrl")}
    assert slots["хитой"] == ("deriv",)


def test_fold_unifies_apostrophes() -> None:
    assert len({fold(w) for w in ("Oʻzbekiston", "O‘zbekiston", "O'zbekiston", "O`zbekiston")}) == 1


def test_tokens_keep_offsets() -> None:
    text = "“Oʻzbekneftgaz”ga, Kun.uz'dagi va Ш.Мирзиёев"
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


def test_doctests() -> None:
    assert doctest.testmod(morph).failed == 0


def _reference_analyse(word: str, tag: str) -> list[morph.Analysis]:
    """The plain definition `analyse` must keep: every suffix row tried at every step."""
    rows = morph.suffix_table(tag)
    out = [morph.Analysis(word, (), ())]
    seen = {word}

    def walk(stem: str, suffixes: tuple, slots: tuple, level: int) -> None:
        for suffix, slot, condition in rows:
            rank = morph.SLOTS.index(slot)
            if rank < level or not stem.lower().endswith(suffix):
                continue
            bare = stem[: len(stem) - len(suffix)].rstrip(morph.JOINERS)
            if len(bare) < 2 or not morph._suffix_ok(condition, slot, bare):
                continue
            new = morph.Analysis(bare, (suffix, *suffixes), (slot, *slots))
            if bare not in seen:
                seen.add(bare)
                out.append(new)
            walk(bare, new.suffixes, new.slots, rank + 1)

    walk(word, (), (), 0)
    return out


@pytest.mark.parametrize("tag", ["uz-Cyrl", "uz-Latn"])
def test_indexed_analyse_matches_the_plain_definition(tag: str) -> None:
    rows = morph.suffix_table(tag)
    stems = ["Тошкент", "Хитой", "вилоят", "Бангкок", "МИЗ", "Kun.uz", "Qozogʻiston", "shahar", "a"]
    words = {s + "".join(r[0] for r in combo) for s in stems
             for combo in ([], *[[r] for r in rows], *[[r, q] for r in rows[:12] for q in rows[:12]])}
    for word in sorted(words):
        assert analyse(word, tag) == _reference_analyse(word, tag), word
