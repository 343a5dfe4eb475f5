"""Smoke test of the whole-pipeline benchmark (bench/run.py) on a tiny corpus: it runs, it
reports every stage, both --jobs values, memory, the langdetect ratio and record identity.
Timings are not checked (speed lives in bench/, not in tests)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

BENCH = ROOT / "bench" / "run.py"
STAGES = ("ingest", "normalise", "langid", "translit", "entities", "record", "serialise", "write")
# LID classes built from the authored corpus (the real run reads /work/shared/data/lid)
CLASS_FILES = {
    "uz-Cyrl": ("000.txt", "uz-cyrl-*.txt"), "uz-Latn": ("uz-latn-*.txt",),
    "ru-Cyrl": ("ru-*.txt",), "en-Latn": ("en-*.txt",),
}


def _bench(*args: str, timeout: int = 240) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(BENCH), *args], cwd=ROOT, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture(scope="module")
def lid_dir(tmp_path_factory) -> Path:
    """One sentence per line per class, from the corpus releases (never from /work/shared)."""
    out = tmp_path_factory.mktemp("lid")
    for cls, patterns in CLASS_FILES.items():
        lines = [
            line.strip()
            for pattern in patterns
            for path in sorted(CORPUS.glob(pattern))
            for line in path.read_text(encoding="utf-8").splitlines()[1:]
            if line.strip()
        ]
        (out / f"{cls}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_bench_reports_every_stage_both_job_counts_and_identical_records(lid_dir, tmp_path):
    figures = tmp_path / "bench.json"
    done = _bench("--articles", "20", "--jobs", "1", "2", "--lid-dir", str(lid_dir),
                  "--json", str(figures))
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    for stage in (*STAGES, "end to end"):
        assert f"    {stage} " in out, f"stage {stage!r} missing from:\n{out}"
    assert "--jobs 1:" in out and "--jobs 2:" in out
    assert "bare langdetect.detect_langs" in out
    assert "records identical for --jobs 1 / 2: yes" in out

    data = json.loads(figures.read_text())
    runs = {r["jobs"]: r for r in data["runs"]}
    assert sorted(runs) == [1, 2]
    for r in runs.values():
        assert r["articles"] == 20 and r["failed"] == 0
        assert r["wall"] > 0 and r["cpu"] > 0 and r["mb"] > 0
        assert 0 < r["worker_hwm_mb"] < 2000
    assert runs[2]["workers"] == 2, "the --jobs 2 run should sample two worker processes"
    stages = runs[1]["stages"]
    assert set(stages) == set(STAGES) and all(v >= 0 for v in stages.values())
    assert stages["entities"] > 0 and stages["langid"] > 0
    assert runs[2]["stages"] is None
    assert data["identical"] == {"x1": True}
    assert set(data["ratio_jobs"]) == {"1", "2"}
    assert data["langdetect"]["articles"] == 20


def test_missing_lid_text_fails_with_a_clear_message(tmp_path):
    done = _bench("--articles", "5", "--lid-dir", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert "LID text folder not found" in done.stderr and "--lid-dir" in done.stderr
    assert "Traceback" not in done.stderr

    (tmp_path / "uz-Latn.txt").write_text("bir\n" * 20, encoding="utf-8")
    partial = _bench("--articles", "5", "--lid-dir", str(tmp_path))
    assert partial.returncode == 2
    assert "uz-Cyrl.txt" in partial.stderr and "Traceback" not in partial.stderr


def test_corpus_is_deterministic_varied_and_in_the_reference_layout(lid_dir, tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from run import build_corpus, read_lid_lines
    finally:
        sys.path.remove(str(ROOT / "bench"))
    lines = read_lid_lines(lid_dir)
    a = build_corpus(tmp_path / "a", 40, lines, CORPUS, seed=3)
    b = build_corpus(tmp_path / "b", 40, lines, CORPUS, seed=3)
    assert len(a) == 40
    texts = [p.read_text(encoding="utf-8") for p in a]
    assert texts == [p.read_text(encoding="utf-8") for p in b]
    assert len(set(texts)) == 40, "no two benchmark articles may be the same text"
    synthetic = texts[len(list(CORPUS.glob("*.txt"))):]
    assert synthetic and all(t.startswith(" date 20") for t in synthetic)
    assert all(len(t.splitlines()) >= 3 for t in synthetic)
