"""Uzbek Cyrillic <-> Latin transliteration: table-driven cases, the `transliterate` pack,
the lexicon artifact and its build."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
import transliterate

import pipeline.translit as tl
from pipeline.translit import build, cyr2lat, lat2cyr, lexicon
from pipeline.translit.alphabet import cyr_to_lat, letters, read_tsv

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _cases() -> list:
    rows = []
    with open(HERE / "cases" / "translit.tsv", encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        marks = [pytest.mark.xfail(strict=True, reason="known failure")] if r["status"] == "xfail" else []
        rows.append(pytest.param(r["direction"], r["input"], r["expected"], marks=marks, id=r["label"]))
    return rows


@pytest.mark.parametrize("direction,text,expected", _cases())
def test_case(direction: str, text: str, expected: str) -> None:
    if direction in ("c2l", "both"):
        assert tl.to_latin(text) == expected
    if direction == "both":
        assert tl.to_cyrillic(expected) == text
    if direction == "l2c":
        assert tl.to_cyrillic(text) == expected


def test_case_file_has_all_directions() -> None:
    directions = {p.values[0] for p in _cases()}
    assert directions == {"c2l", "l2c", "both"}


def test_transliterate_pack_runs_the_engine() -> None:
    text = "Ўзбекистон Республикаси 1995 йил 24 августда"
    assert transliterate.translit(text, "uz") == tl.to_latin(text)
    latin = "Oʻzbekiston Respublikasi obyekt sirk"
    assert transliterate.translit(latin, "uz", reversed=True) == "Ўзбекистон Республикаси объект цирк"
    assert transliterate.get_translit_function("uz")("ШАҲАР") == "SHAHAR"
    assert "uz" in transliterate.get_available_language_codes()


def test_stock_packs_still_load() -> None:
    # registering "uz" must not stop transliterate from discovering its own packs
    assert transliterate.translit("Привет", "ru", reversed=True) == "Privet"


def test_pack_tables_come_from_the_letter_table() -> None:
    pack = tl.UzbekLanguagePack()
    src, dst = pack.mapping
    table = cyr_to_lat()
    assert len(src) == len(dst) > 30
    for c, l in zip(src, dst):
        assert table[c] == l
    for c, l in pack.pre_processor_mapping.items():
        assert table[c] == l and len(l) > 1
    # every letter is in the tables except ь (no Latin letter) and щ (shares sh with ш)
    covered = set(src.lower()) | set(pack.pre_processor_mapping)
    assert {c for c, _, _ in letters()} - covered == {"ь", "щ"}


def test_import_is_lazy() -> None:
    code = (
        "import pipeline.translit as t, pipeline.translit.lexicon as x;"
        "assert x.words.cache_info().currsize == 0;"
        "t.to_cyrillic('aprel'); assert x.words.cache_info().currsize == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_non_text_passes_unchanged() -> None:
    for text in ("", "   ", "12 345,67 %", "https://example.com/a?b=c", "—«»"):
        assert tl.to_latin(text) == text
        assert tl.to_cyrillic(text) == text


def test_committed_lexicon_round_trips() -> None:
    """Every Cyrillic word of the committed lexicon comes back from its Latin form."""
    bad = [cyr for cyr in lexicon.words().values() if lat2cyr.lower_word(cyr2lat.convert_word(cyr)) != cyr]
    assert len(lexicon.words()) > 3000
    assert bad == []


def test_lexicon_files_are_compact_and_sourced() -> None:
    data = ROOT / "pipeline" / "translit" / "data"
    assert sum(p.stat().st_size for p in data.iterdir()) < 5_000_000
    readme = (data / "README.md").read_text(encoding="utf-8")
    for name in ("lexicon.tsv", "stems.tsv", "cyr_exceptions.tsv", "lat_manual.tsv", "lat_loans.tsv", "uz-Cyrl.txt"):
        assert name in readme


def test_build_learns_from_real_text() -> None:
    lines = (HERE / "fixtures" / "translit" / "uz-Cyrl-sample.txt").read_text(encoding="utf-8").splitlines()
    built = build.build(lines)
    assert built.words and built.stems
    # every word of the sample must come back from Latin with the tables built from it
    lexicon.install(built.words, built.stems, built.keep_latin)
    try:
        words = {w for line in lines for w in build._WORD.findall(line) if len(w) > 1}
        wrong = [w for w in words if lat2cyr.convert_word(cyr2lat.convert_word(w)) != w]
        assert len(wrong) <= len(words) // 100, wrong[:20]
    finally:
        lexicon.install(None, None, None)
    assert lat2cyr.lower_word("aprel") == "апрель"  # committed tables are back


def test_split_lines_holds_out_every_kth() -> None:
    train, held = build.split_lines([str(i) for i in range(10)], 5)
    assert held == ["4", "9"] and len(train) == 8
    assert build.split_lines(["a"], 0) == (["a"], [])


def test_data_tables_are_well_formed() -> None:
    assert all(r["cyr"] and r["lat"] for r in read_tsv("cyr_exceptions.tsv"))
    assert all(r["lat"] == lat2cyr.canonical(r["lat"]).lower() for r in read_tsv("lat_manual.tsv"))


def test_convert_by_script_tag() -> None:
    assert tl.convert("Ўзбекистон", "uz-Latn") == "Oʻzbekiston"
    assert tl.convert("Oʻzbekiston", "Cyrl") == "Ўзбекистон"
    with pytest.raises(ValueError):
        tl.convert("x", "Arab")


@pytest.mark.skipif(not build.DEFAULT_CORPUS.exists(), reason="shared uz-Cyrl.txt not present")
def test_committed_lexicon_matches_a_rebuild() -> None:
    """The committed tables are what `python -m pipeline.translit.build` makes now."""
    built = build.build(build.DEFAULT_CORPUS.read_text(encoding="utf-8").splitlines())
    data = ROOT / "pipeline" / "translit" / "data"
    committed = {r["lat"]: r["cyr"] for r in read_tsv("lexicon.tsv")}
    assert built.words == committed
    assert built.stems == {r["lat"]: r["cyr"] for r in read_tsv("stems.tsv")}
    keep = [l for l in (data / "keep_latin.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    assert built.keep_latin == keep
