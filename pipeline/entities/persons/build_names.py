"""Build step: `models/gazetteer/world_names.json`, international given names in Latin script.

Source: `nam_dict.txt` of the `gender-guesser` package (Jörg Michael's first-name dictionary,
about 48,000 names with per-country frequencies for Europe, the Americas, Turkey, the Arab world,
India, China, Japan, Korea, Vietnam; GNU Free Documentation License 1.2 or later). Kept: names
of frequency >= `MIN_FREQUENCY` in some country, spelled as listed and without diacritics
(José -> Jose), Chinese/Korean two-syllable names (Jun+Wei) as Jun-Wei and Junwei. Left out:
names that Webster's word list (`english-words`, public domain) has in lower case (frank, will,
rose, hong), function words, months, weekdays, language names (Babel) and
`langdata/en/not_first_names.txt`, and one- or two-letter names (places and countries are
blocked where the names are used: the table does not depend on `places.json`). Used only for
the first word of a two-word English name (`persons.words.world_given`).

    python -m pipeline.entities.persons.build_names
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from ...paths import MODELS_DIR
from ..morph import fold

OUT = MODELS_DIR / "gazetteer" / "world_names.json"
MIN_FREQUENCY = 1
_FREQ_START, _FREQ_END = 30, 85  # columns of the per-country frequency digits (nam_dict.txt)


def ascii_folded(name: str) -> str:
    """`fold(name)` without diacritics.

    >>> ascii_folded("José"), ascii_folded("Åke"), ascii_folded("Gaël")
    ('jose', 'ake', 'gael')
    """
    return fold("".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)))


def parse_line(line: str) -> tuple[list[str], int] | None:
    """(spellings, highest per-country frequency) of one name line of nam_dict.txt, or None
    for comments, equivalence lines and the duplicate lines sorted by expanded umlauts ('+'
    in column 30).

    >>> parse_line("M  Jun+Wei" + " " * 20 + "  " + " " * 40 + "5  $")
    (['jun-wei', 'junwei'], 5)
    >>> parse_line("# comment") is None
    True
    """
    if not line or line[0] in "#=" or len(line) < _FREQ_START or line[29] == "+":
        return None
    name = line[3:29].strip()
    digits = [int(ch, 16) for ch in line[_FREQ_START:_FREQ_END] if ch.strip() and ch != "$"]
    if not name or not digits or " " in name:
        return None
    spellings = [name.replace("+", "-"), name.replace("+", "")] if "+" in name else [name]
    return sorted({ascii_folded(s) for s in spellings} | {fold(s) for s in spellings}), max(digits)


def _excluded() -> set[str]:
    from english_words import get_english_words_set

    from ...langdata.loader import word_list
    from ..build_gazetteer import english_not_names

    lower = {w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=False) if w.islower()}
    function = {fold(w) for tag in ("en", "uz-Latn") for w in word_list(tag, "function_words")}
    return lower | function | english_not_names()


def build(path: Path) -> dict[str, object]:
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        got = parse_line(line)
        if got and got[1] >= MIN_FREQUENCY:
            names.update(s for s in got[0] if len(s) >= 3 and s.replace("-", "").isalpha())
    names -= _excluded()
    return {"source": "gender-guesser nam_dict.txt (GFDL 1.2+), minus Webster's lower-case words, "
                      "function words, calendar and language names (persons/build_names.py)",
            "min_frequency": MIN_FREQUENCY, "Latn": sorted(names)}


def main() -> None:
    import gender_guesser

    data = build(Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt")
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['Latn'])} names")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
