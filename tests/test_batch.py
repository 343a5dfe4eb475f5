"""The batch CLI end to end on real files: records, resume, --force, bad inputs, SIGKILL."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cli import main
from pipeline.record import dumps_json
from tests.conftest import ROOT, iter_records

RU_RELEASE = (
    " date 2025-10-02 Экспорт промышленной продукции Москвы в Узбекистан вырос\n"
    "Предприятия особой экономической зоны «Технополис Москва» в январе–июне 2025 года "
    "экспортировали продукцию почти на 1 млрд рублей.\n"
    "По словам заместителя мэра Москвы Максима Ликсутова, объём экспорта вырос в 3,3 раза "
    "по сравнению с аналогичным периодом прошлого года.\n"
)


def _run(*args: str) -> int:
    return main(["run", *args, "--no-progress"])


def _inputs(corpus_dir: Path) -> list[Path]:
    return sorted(p for p in corpus_dir.iterdir() if p.suffix == ".txt")


def test_corpus_end_to_end_then_resume_then_force(corpus_dir, records_dir, capsys):
    assert _run(str(corpus_dir), "--out", str(records_dir)) == 0
    summary = capsys.readouterr().out
    inputs = _inputs(corpus_dir)
    assert f"processed {len(inputs)}, unchanged 0, failed 0" in summary
    for src in inputs:
        record = json.loads((records_dir / f"{src.name}.json").read_text(encoding="utf-8"))
        assert record["source"]["path"] == str(src)
        assert record["text"].startswith(record["title"])
        assert record["entities"], f"{src.name}: no entities found"
    assert (records_dir / "errors.jsonl").read_text() == ""

    assert _run(str(corpus_dir), "--out", str(records_dir)) == 0
    assert f"processed 0, unchanged {len(inputs)}, failed 0" in capsys.readouterr().out

    (records_dir / f"{inputs[0].name}.json").unlink()  # a lost record is redone
    assert _run(str(corpus_dir), "--out", str(records_dir)) == 0
    assert f"processed 1, unchanged {len(inputs) - 1}" in capsys.readouterr().out

    assert _run(str(corpus_dir), "--out", str(records_dir), "--force") == 0
    assert f"processed {len(inputs)}, unchanged 0" in capsys.readouterr().out


@pytest.fixture
def bad_batch(tmp_path: Path, corpus_dir: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(corpus_dir / "000.txt", src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(b"   \n\n\t ")
    (src / "junk.txt").write_bytes(os.urandom(64) + b"\x00\x00" + bytes(range(256)) * 8)
    (src / "ru-cp1251.txt").write_bytes(RU_RELEASE.encode("cp1251"))
    broken = (corpus_dir / "000.txt").read_bytes()
    (src / "broken-utf8.txt").write_bytes(broken[:300] + b"\xff\xfe" + broken[300:])
    (src / "huge.txt").write_bytes(RU_RELEASE.encode() * 400)  # ~170 KB
    return src


def test_bad_inputs_give_error_records_and_never_stop_the_batch(bad_batch, records_dir, capsys):
    code = _run(str(bad_batch), "--out", str(records_dir), "--max-bytes", "100000")
    assert code == 1
    assert "failed 4" in capsys.readouterr().out
    errors = {
        Path(e["path"]).name: e
        for e in map(json.loads, (records_dir / "errors.jsonl").read_text().splitlines())
    }
    assert {name: e["code"] for name, e in errors.items()} == {
        "empty.txt": "empty", "blank.txt": "empty", "junk.txt": "binary", "huge.txt": "too_large",
    }
    assert all(e["message"] for e in errors.values())
    good = json.loads((records_dir / "good.txt.json").read_text())
    assert good["language"]["code"] == "uz"
    cp1251 = json.loads((records_dir / "ru-cp1251.txt.json").read_text())
    assert cp1251["source"]["encoding"] == "cp1251"
    assert cp1251["language"]["code"] == "ru"
    assert "Технополис Москва" in cp1251["text"]
    broken = json.loads((records_dir / "broken-utf8.txt.json").read_text())
    assert broken["source"]["encoding"] == "utf-8"
    assert any(w["code"] == "undecodable_bytes" for w in broken["warnings"])
    for name in ("empty.txt", "junk.txt", "huge.txt"):
        assert not (records_dir / f"{name}.json").exists()


def test_jsonl_format_and_jobs_give_identical_records(corpus_dir, tmp_path, records_dir):
    one, two = records_dir / "one", records_dir / "two"
    assert _run(str(corpus_dir), "--out", str(one)) == 0
    assert _run(str(corpus_dir), "--out", str(two), "--jobs", "2") == 0
    for src in _inputs(corpus_dir):
        name = f"{src.name}.json"
        assert (one / name).read_bytes() == (two / name).read_bytes()
    lines = records_dir / "lines"
    assert _run(str(corpus_dir / "000.txt"), "--out", str(lines), "--format", "jsonl") == 0
    [line] = (lines / "000.txt.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line) == json.loads((one / "000.txt.json").read_text(encoding="utf-8"))


def test_usage_errors_exit_2(tmp_path, capsys):
    assert _run(str(tmp_path / "missing"), "--out", str(tmp_path / "o")) == 2
    assert _run(str(tmp_path), "--out", str(tmp_path / "o"), "--jobs", "0") == 2
    with pytest.raises(SystemExit) as info:
        main(["run", "--out", str(tmp_path)])
    assert info.value.code == 2


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True, **kw
    )


def test_process_and_schema_commands(corpus_dir, schema):
    done = _cli("process", str(corpus_dir / "000.txt"))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["published"] == "2025-11-12"
    piped = _cli("process", "-", input=RU_RELEASE)
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["language"]["code"] == "ru"
    assert json.loads(_cli("schema").stdout) == schema
    empty = _cli("process", "-", input="")
    assert empty.returncode == 1 and "empty" in empty.stderr


def test_sigkill_mid_batch_leaves_no_partial_json_and_rerun_completes(tmp_path, corpus_dir, validator):
    src = tmp_path / "in"
    src.mkdir()
    base = (corpus_dir / "000.txt").read_text(encoding="utf-8")
    for i in range(40):  # distinct inputs, so nothing is skipped as unchanged
        (src / f"{i:03}.txt").write_text(base + f"\nҚўшимча хабар рақами {i}.\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(out), "--no-progress"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 3:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = list(out.glob("*.json"))
    assert 3 <= len(written) < 40, "the kill should land mid-batch"
    for path in written:
        json.loads(path.read_text(encoding="utf-8"))  # complete JSON, never a partial file
    partial = {p.name: p.read_bytes() for p in written}

    rerun = _cli("run", str(src), "--out", str(out), "--no-progress")
    assert rerun.returncode == 0, rerun.stderr
    assert f"unchanged {len(written)}" in rerun.stdout or "unchanged" in rerun.stdout
    assert len(list(out.glob("*.json"))) == 40
    assert not list(out.rglob("*.tmp"))
    fresh = tmp_path / "fresh"
    assert _cli("run", str(src), "--out", str(fresh), "--no-progress").returncode == 0
    for path in sorted(out.glob("*.json")):
        assert path.read_bytes() == (fresh / path.name).read_bytes()
        if path.name in partial:
            assert partial[path.name] == path.read_bytes()
    for _, record in iter_records(out):
        assert not list(validator.iter_errors(record))


def test_mixed_folder_jsonl_mapping_and_warc_over_max_bytes(tmp_path, records_dir, capsys):
    from tests.test_ingest_warc import build_warc

    src = tmp_path / "in"
    src.mkdir()
    (src / "crawl.warc.gz").write_bytes(build_warc(gzip=True))
    lines = [
        {"headline": "Экспорт в Казахстан вырос", "body": RU_RELEASE.split("\n", 2)[2],
         "published_at": "2025-10-02"},
        "{broken json",
        {"headline": "Uzbekistan exports", "body": "Exports to China grew by 30% in 2024.",
         "published_at": "2025-01-05"},
    ]
    (src / "feed.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x for x in lines),
        encoding="utf-8",
    )
    warc_size = (src / "crawl.warc.gz").stat().st_size
    code = _run(str(src), "--out", str(records_dir), "--max-bytes", str(warc_size // 2),
                "--jsonl-fields", "text=body,title=headline,date=published_at")
    assert code == 1  # the broken JSONL line
    errors = [json.loads(x) for x in (records_dir / "errors.jsonl").read_text().splitlines()]
    found = {(Path(e["path"]).name, e["index"]) for e in errors}
    assert ("feed.jsonl", 1) in found  # the broken line, alone among the JSONL items
    assert not {i for name, i in found if name == "feed.jsonl"} - {1}
    assert all(e["code"] == "empty" for e in errors if e["path"].endswith(".warc.gz"))  # a blank page
    first = json.loads((records_dir / "feed.jsonl" / "0.json").read_text(encoding="utf-8"))
    assert first["title"] == "Экспорт в Казахстан вырос"
    assert first["published"] == "2025-10-02"
    assert first["language"]["code"] == "ru"
    assert (records_dir / "feed.jsonl" / "2.json").exists()
    pages = sorted((records_dir / "crawl.warc.gz").glob("*.json"))
    assert pages, "the archive is streamed despite --max-bytes"
    page = json.loads(pages[0].read_text(encoding="utf-8"))
    assert page["source"]["format"] == "warc" and page["source"]["url"]
    assert _run(str(src), "--out", str(records_dir), "--jsonl-fields", "oops") == 2


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_record_json_text_is_json_dumps_with_indent_1(value):
    """The batch's JSON writer gives json.dumps(..., ensure_ascii=False, indent=1) byte for byte."""
    expected = json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    assert dumps_json(value) == expected


KK_RELEASE = (
    " date 2025-03-01 Қазақстанда жаңа мешіт ашылды\n"
    "Бұл өңірде Ислам діні кең тараған, деді облыс әкімі Қайрат Бекұлы.\n"
    "Мешіттің ашылуына көп адам келді.\n"
)
RU_FLAG_RELEASE = (
    " date 2025-03-01 Новый флаг города\n"
    "Цвета флага объясняют так: зелёная полоса – Ислам; красная – мужество; белая – мир.\n"
    "Флаг утвердили депутаты городского совета.\n"
)


def test_a_record_does_not_depend_on_the_inputs_processed_before(tmp_path):
    """Word memos shared by the articles of a process must hold answers about the word
    alone: otherwise a record depends on what its worker saw first, and --jobs (which
    splits the inputs between workers) changes the records."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-kk.txt").write_text(KK_RELEASE, encoding="utf-8")
    (src / "b-ru.txt").write_text(RU_FLAG_RELEASE, encoding="utf-8")
    both, alone = tmp_path / "both", tmp_path / "alone"
    assert _cli("run", str(src), "--out", str(both), "--no-progress").returncode == 0
    assert _cli("run", str(src / "b-ru.txt"), "--out", str(alone), "--no-progress").returncode == 0
    assert (both / "b-ru.txt.json").read_bytes() == (alone / "b-ru.txt.json").read_bytes()
