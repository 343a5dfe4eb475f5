"""Profiles: the committed ones rebuild from their text; langdetect can load them."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from langdetect.detector_factory import DetectorFactory

from pipeline.langid.build import build
from pipeline.langid.profiles import PROFILE_DIR, build_profile, profile_json, split_lines

FIXTURES = Path(__file__).parent / "fixtures" / "langid"


def test_committed_tatar_profile_rebuilds_byte_for_byte() -> None:
    with open(FIXTURES / "tt-Cyrl.txt", encoding="utf-8") as fh:
        train, held = split_lines(fh)
    assert len(held) == 14 and not set(train) & set(held)
    rebuilt = profile_json(build_profile("tt", train))
    assert rebuilt == (PROFILE_DIR / "tt.json").read_text(encoding="utf-8")


def test_committed_profiles_load_into_a_langdetect_factory(tmp_path: Path) -> None:
    for name in ("uz-Cyrl", "uz-Latn", "tg"):
        shutil.copy(PROFILE_DIR / f"{name}.json", tmp_path / name)
    factory = DetectorFactory()
    factory.load_profile(str(tmp_path))
    factory.set_seed(0)
    assert sorted(factory.get_lang_list()) == ["tg", "uz-Cyrl", "uz-Latn"]
    detector = factory.create()
    detector.append("ўзбекистон республикаси президенти фармон имзолади")
    assert detector.detect() == "uz-Cyrl"


def test_profiles_are_small() -> None:
    total = sum(p.stat().st_size for p in PROFILE_DIR.rglob("*") if p.is_file())
    assert total < 5_000_000


def test_build_command_writes_profiles_and_manifest(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # the build reads one file per row of profiles.tsv; give each the Tatar text
    from pipeline.langid.profiles import built_specs

    for spec in built_specs():
        shutil.copy(FIXTURES / "tt-Cyrl.txt", corpus / f"{spec.corpus}.txt")
    monkeypatch.setattr("pipeline.langid.profiles.built_specs", lambda: tuple(s for s in built_specs() if not s.stock))
    monkeypatch.setattr("pipeline.langid.build.built_specs", lambda: tuple(s for s in built_specs() if not s.stock))
    out = tmp_path / "out"
    manifest = build(corpus, out)
    assert (out / "tt.json").read_text(encoding="utf-8") == (PROFILE_DIR / "tt.json").read_text(encoding="utf-8")
    assert manifest["tt"]["train_lines"] + manifest["tt"]["held_out_lines"] == 147
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["tt"]["ngrams"] > 0
    assert (out / "words" / "tt.tsv").is_file()


def test_cached_tables_match_the_profiles() -> None:
    """models/langdetect/tables.npz is current (its key matches the profiles) and holds
    exactly what `base_tables` computes from them."""
    from pipeline.langid.model import base_tables
    from pipeline.langid.tables import TABLES_FILE, inputs_key, read_base

    key, cached = read_base(PROFILE_DIR / TABLES_FILE)
    assert key == inputs_key()
    fresh = base_tables()
    assert (cached.profiles, cached.langs, cached.scripts) == (fresh.profiles, fresh.langs, fresh.scripts)
    for script, (cols, grams, logp) in fresh.tables.items():
        c_cols, c_grams, c_logp = cached.tables[script]
        assert (c_cols, c_grams) == (cols, grams)
        assert (c_logp == logp).all()


def test_tables_equal_langdetects_own_probabilities() -> None:
    """The tables hold log(P + smoothing) of langdetect's factory's word_lang_prob_map."""
    import math

    from pipeline.langid.model import SMOOTHING, get_model

    model = get_model()
    probs = model.factory.word_lang_prob_map
    for script in ("Cyrl", "Latn"):
        table = model.tables[script]
        for gram in ("а", "ни", "ўз", "oʻ", "the", " qa")[:]:
            row = table.index.get(gram)
            if row is None:
                continue
            for j, col in enumerate(table.columns):
                assert math.isclose(table.logp[row, j], math.log(probs[gram][col] + SMOOTHING))
