"""Whole-pipeline benchmark: stage shares, articles/s and MB/s for --jobs 1 and 2, peak RSS
per worker, 1x vs 4x corpus, and the ratio to bare stock langdetect on the same texts.

    PYTHONPATH=. python bench/run.py [--articles 2000] [--jobs 1 2] [--scale 1 4]
                                     [--lid-dir /work/shared/data/lid] [--json FILE]

The corpus is built in a temporary folder: every `corpus/*.txt` release plus synthetic
releases in the reference layout (` date YYYY-MM-DD <title>`, lead, paragraphs) made of
10-25 consecutive lines of the LID training text (`<lang>-<Script>.txt`, one sentence per
line), mostly Uzbek (both scripts), Russian and English, a few Kazakh/Kyrgyz/Tajik/Turkish
ones.  Texts vary: every synthetic release starts at its own random line.

Each (scale, jobs) run is a fresh child process calling the real batch
(`pipeline.batch.run`, reading the files and writing the records); its clocks start before
the pipeline is imported, so its time includes start-up (imports, `batch.warm_up`: every
pipeline, model and grammar loaded), which is also reported on its own; this process samples the peak RSS (VmHWM) and PSS of the child and its
worker processes from /proc while it runs.  The jobs=1 run also times each stage (ingest,
normalise, langid, translit, entities, record = schema model, serialise = JSON text,
write = files and stamps) by wrapping the stage functions.
Records written with each --jobs value are compared byte for byte.  Before the runs the
`pipeline` package is byte-compiled (`compileall`, as `pip install` does; `--no-compile` skips
it), so that start-up does not include compiling every module from source when
PYTHONDONTWRITEBYTECODE is set.

The reference cost is stock `langdetect.detect_langs` on the same file texts, one process,
after loading its profiles.  Wall-clock figures on a shared machine depend on its load (the
load average is printed); CPU-second figures are printed next to them.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LID = Path("/work/shared/data/lid")
STAGES = ("ingest", "normalise", "langid", "translit", "entities", "record", "serialise", "write")
# share of synthetic releases per LID class (classes missing from --lid-dir are skipped)
MIX = {
    "uz-Cyrl": 30, "uz-Latn": 30, "ru-Cyrl": 18, "en-Latn": 14,
    "kk-Cyrl": 2, "ky-Cyrl": 2, "tg-Cyrl": 2, "tr-Latn": 2,
}
MAIN_CLASSES = ("uz-Cyrl", "uz-Latn", "ru-Cyrl", "en-Latn")


class BenchError(Exception):
    """A benchmark that cannot run (missing input data)."""


# -- corpus ----------------------------------------------------------------------------
def read_lid_lines(lid_dir: Path) -> dict[str, list[str]]:
    """Non-empty lines of each `<lang>-<Script>.txt` in MIX; raises BenchError when missing."""
    if not lid_dir.is_dir():
        raise BenchError(
            f"LID text folder not found: {lid_dir} (the benchmark builds its corpus from "
            "<lang>-<Script>.txt files, one sentence per line; pass --lid-dir DIR)"
        )
    lines = {}
    for cls in MIX:
        path = lid_dir / f"{cls}.txt"
        if path.is_file():
            found = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            if len(found) >= 10:
                lines[cls] = found
    missing = [c for c in MAIN_CLASSES if c not in lines]
    if missing:
        raise BenchError(f"{lid_dir}: no usable {', '.join(c + '.txt' for c in missing)} "
                         "(need at least 10 lines each)")
    return lines


def synthetic_release(lines: list[str], rng: random.Random) -> str:
    """A release in the reference layout from 10-25 consecutive lines starting at random.

    >>> text = synthetic_release([f"Sentence number {i} here." for i in range(40)], random.Random(1))
    >>> text.startswith(" date 20") and len(text.splitlines()) >= 4
    True
    """
    size = rng.randint(10, 25)
    start = rng.randrange(max(len(lines) - size, 1))
    chunk = lines[start:start + size]
    words = chunk[0].split()
    title = " ".join(words[:12]).rstrip(".,;:")
    date = f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body, para = [], []
    for line in chunk[1:]:  # paragraphs of 1-3 sentences
        para.append(line)
        if len(para) >= rng.randint(1, 3):
            body.append(" ".join(para))
            para = []
    if para:
        body.append(" ".join(para))
    return f" date {date} {title}\n" + "\n".join(body) + "\n"


def build_corpus(out: Path, articles: int, lid_lines: dict[str, list[str]],
                 corpus_dir: Path, seed: int = 2026) -> list[Path]:
    """Write `articles` release files into `out` (corpus/*.txt first); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for src in sorted(corpus_dir.glob("*.txt"))[:articles]:
        dest = out / f"corpus-{src.name}"
        dest.write_bytes(src.read_bytes())
        written.append(dest)
    classes = [c for c in MIX if c in lid_lines]
    weights = [MIX[c] for c in classes]
    for i in range(len(written), articles):
        cls = rng.choices(classes, weights)[0]
        dest = out / f"{i:06d}-{cls}.txt"
        dest.write_text(synthetic_release(lid_lines[cls], rng), encoding="utf-8")
        written.append(dest)
    return written


# -- child: one batch run --------------------------------------------------------------
class StageClock:
    """Wall time per stage; a stage called inside another counts for the outer one."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys((*STAGES, "_article"), 0.0)
        self._local = threading.local()  # nesting depth per thread (records: the writer thread)
        self.threaded: set[str] = set()  # stages that ran in another thread (overlapping)

    def wrap(self, stage: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            depth = getattr(self._local, "depth", 0)
            if depth:
                return fn(*args, **kwargs)
            self._local.depth = 1
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - start
                self._local.depth = 0
                if threading.current_thread() is not threading.main_thread():
                    self.threaded.add(stage)

        return timed

    def wrap_article(self, fn: Callable) -> Callable:
        """The whole of process_article (its stages still count on their own)."""
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds["_article"] += time.perf_counter() - start

        return timed

    def install(self) -> None:
        """Wrap the stage functions the pipeline looks up at call time."""
        import pipeline.batch as batch
        import pipeline.langid as langid
        import pipeline.process as process
        import pipeline.translit as translit

        read_input = process.read_input
        process.read_input = self.wrap("ingest", lambda *a, **k: list(read_input(*a, **k)))
        process.assemble_text = self.wrap("normalise", process.assemble_text)
        langid.identify_article = self.wrap("langid", langid.identify_article)
        translit.to_latin = self.wrap("translit", translit.to_latin)
        translit.to_cyrillic = self.wrap("translit", translit.to_cyrillic)
        process.Pipeline._entities = self.wrap("entities", process.Pipeline._entities)
        process.Pipeline.process_article = self.wrap_article(process.Pipeline.process_article)
        batch._commit = self.wrap("write", batch._commit)
        dumps = batch._dumps
        batch._dumps = lambda record: self._serialise(dumps, record)

    def _serialise(self, dumps: Callable, record: dict) -> bytes:
        start = time.perf_counter()
        try:
            return dumps(record)
        finally:
            self.seconds["serialise"] += time.perf_counter() - start

    def report(self) -> dict[str, float]:
        s = dict(self.seconds)
        inside = sum(s[k] for k in ("normalise", "langid", "translit", "entities"))
        s["record"] = max(s.pop("_article") - inside, 0.0)  # schema model + JSON dict
        return s

    def report_threaded(self) -> list[str]:
        return sorted(self.threaded)


def child_main(src: Path, out: Path, jobs: int, stages: bool) -> dict[str, Any]:
    """Run the real batch once; wall, CPU (self + workers), start-up and stage seconds.

    The clocks start before the pipeline is imported; start-up (imports and
    `batch.warm_up`: every pipeline, model and grammar loaded) is also reported on its own.
    """
    import resource

    cpu0 = time.process_time()
    start = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from pipeline import batch

    batch.warm_up()
    startup_wall, startup_cpu = time.perf_counter() - start, time.process_time() - cpu0
    clock = StageClock() if stages else None
    if clock:
        clock.install()
    summary = batch.run([src], out, jobs=jobs, force=True, progress=False)
    wall = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "jobs": jobs, "wall": wall, "articles": summary.articles, "failed": summary.failed,
        "processed": summary.processed,
        "cpu": time.process_time() - cpu0 + children.ru_utime + children.ru_stime,
        "startup_wall": startup_wall, "startup_cpu": startup_cpu,
        "stages": clock.report() if clock else None,
        "overlapped_stages": clock.report_threaded() if clock else [],
    }


# -- memory sampling (parent side) -----------------------------------------------------
def _proc_tree(root: int) -> list[int]:
    """`root` and its descendants, from /proc/*/stat."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as fh:
                    stat = fh.read().rsplit(b")", 1)[1].split()
                parents[int(entry.name)] = int(stat[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, ppid in parents.items() if ppid in frontier]
        tree += frontier
    return [pid for pid in tree if not _is_helper(pid)]


def _is_helper(pid: int) -> bool:
    """multiprocessing's resource tracker is a child too, but no worker."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"resource_tracker" in fh.read()
    except OSError:
        return False


def _mem_kb(pid: int) -> tuple[int, int]:
    """(VmHWM, Pss) of a process in kB; zeros when it is gone."""
    hwm = pss = 0
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return hwm, pss


def run_child(src: Path, out: Path, jobs: int, stages: bool) -> dict[str, Any]:
    """One batch run in a fresh interpreter, sampling its processes' memory."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", str(src), str(out),
           str(jobs), "1" if stages else "0"]
    # this checkout first; folders already on PYTHONPATH stay after it (e.g. a folder with an
    # optional accelerator such as DAWG2, to measure a run with it)
    extra = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and Path(p).resolve() != ROOT]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *extra])}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    peak: dict[int, list[int]] = {}
    while proc.poll() is None:
        for pid in _proc_tree(proc.pid):
            hwm, pss = _mem_kb(pid)
            old = peak.setdefault(pid, [0, 0])
            peak[pid] = [max(old[0], hwm), max(old[1], pss)]
        time.sleep(0.05)  # short-lived pool workers of a small run must still be seen
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}):\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    procs = {pid: v for pid, v in peak.items() if v[0]}
    workers = {pid: v for pid, v in procs.items() if pid != proc.pid} if jobs > 1 else procs
    result["parent_hwm_mb"] = procs.get(proc.pid, [0, 0])[0] / 1024
    result["worker_hwm_mb"] = max((v[0] for v in workers.values()), default=0) / 1024
    result["worker_pss_mb"] = max((v[1] for v in workers.values()), default=0) / 1024
    result["total_pss_mb"] = sum(v[1] for v in procs.values()) / 1024
    result["workers"] = len(workers)
    return result


# -- reference: stock langdetect -------------------------------------------------------
def langdetect_reference(files: list[Path]) -> dict[str, float]:
    """Stock `langdetect.detect_langs` on every file's text, one process, profiles loaded."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    texts = [f.read_bytes().decode("utf-8", "replace") for f in files]
    start = time.perf_counter()
    detect_langs("warm up: load the profiles")
    load = time.perf_counter() - start
    cpu0, start = time.process_time(), time.perf_counter()
    for text in texts:
        try:
            detect_langs(text)
        except LangDetectException:
            pass
    wall = time.perf_counter() - start
    return {"articles": len(texts), "wall": wall, "cpu": time.process_time() - cpu0, "load": load}


# -- orchestration ---------------------------------------------------------------------
def same_tree(a: Path, b: Path) -> bool:
    """Whether two output folders hold the same files with the same bytes."""
    def tree(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes()
                for p in sorted(root.rglob("*")) if p.is_file()}

    return tree(a) == tree(b)


def _loadavg() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def compile_bytecode(root: Path) -> bool:
    """Byte-compile the `pipeline` package into its `__pycache__` folders, as `pip install`
    does, so that the runs import it as an installed package is imported (with
    PYTHONDONTWRITEBYTECODE set, as on this machine, every run would otherwise compile each
    module from source: ~0.3 s of start-up CPU); True when every module compiled."""
    import compileall

    return bool(compileall.compile_dir(root / "pipeline", quiet=1))


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    lid_lines = read_lid_lines(args.lid_dir)
    results: dict[str, Any] = {"runs": [], "langdetect": None, "identical": {},
                               "bytecode": not args.no_compile}
    if args.no_compile:
        _say(args, "bytecode: not compiled (--no-compile; __pycache__ files already there are "
                   "still used); PYTHONDONTWRITEBYTECODE="
                   f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}")
    else:
        ok = compile_bytecode(ROOT)
        _say(args, f"bytecode: {ROOT / 'pipeline'} compiled to __pycache__ (as `pip install` does)"
                   + ("" if ok else "; some modules failed to compile"))
    # pymorphy3 reads its dictionaries with the DAWG2 C extension when installed
    # (`pymorphy3[fast]`), else with the pure-Python reader: ~8% of the CPU an article
    results["dawg_extension"] = importlib.util.find_spec("dawg") is not None
    _say(args, "pymorphy3 dictionaries: " + ("DAWG2 C extension" if results["dawg_extension"]
                                              else "pure-Python reader (DAWG2 not installed)"))
    with tempfile.TemporaryDirectory(prefix="presspipe-bench-") as tmp:
        tmp_path = Path(tmp)
        for scale in args.scale:
            n = args.articles * scale
            src = tmp_path / f"in-x{scale}"
            files = build_corpus(src, n, lid_lines, args.corpus, seed=args.seed)
            mb = sum(f.stat().st_size for f in files) / 1e6
            _say(args, f"\ncorpus x{scale}: {n} articles, {mb:.2f} MB ({mb * 1e3 / n:.2f} KB/article)")
            if scale == args.scale[0] and not args.no_langdetect:
                ref = langdetect_reference(files)
                ref["load_avg"] = _loadavg()
                results["langdetect"] = ref
                _say(args, f"  bare langdetect.detect_langs: {ref['articles'] / ref['wall']:.1f} "
                           f"articles/s, {1000 * ref['wall'] / ref['articles']:.1f} ms/article wall, "
                           f"{1000 * ref['cpu'] / ref['articles']:.1f} ms CPU (load avg {ref['load_avg']:.1f})")
            outs = {}
            for jobs in args.jobs:
                out = tmp_path / f"out-x{scale}-j{jobs}"
                load_before = _loadavg()
                r = run_child(src, out, jobs, stages=(jobs == 1 and not args.no_stages))
                r.update(scale=scale, mb=mb, load_avg=(load_before + _loadavg()) / 2)
                results["runs"].append(r)
                outs[jobs] = out
                _print_run(args, r)
            if len(outs) > 1:
                first, *rest = sorted(outs)
                same = all(same_tree(outs[first], outs[j]) for j in rest)
                results["identical"][f"x{scale}"] = same
                _say(args, f"  records identical for --jobs {' / '.join(map(str, sorted(outs)))}: "
                           f"{'yes' if same else 'NO'}")
    _summary(args, results)
    return results


def _say(args: argparse.Namespace, text: str) -> None:
    print(text, flush=True)


def _print_run(args: argparse.Namespace, r: dict[str, Any]) -> None:
    rate = r["articles"] / r["wall"]
    _say(args, f"  --jobs {r['jobs']}: {r['articles']} articles in {r['wall']:.1f} s: {rate:.1f} "
               f"articles/s, {r['mb'] / r['wall']:.3f} MB/s; CPU {1000 * r['cpu'] / r['articles']:.1f} "
               f"ms/article; peak RSS per worker {r['worker_hwm_mb']:.0f} MB (PSS "
               f"{r['worker_pss_mb']:.0f} MB, all processes PSS {r['total_pss_mb']:.0f} MB); "
               f"failed {r['failed']}; load avg {r['load_avg']:.1f}")
    after = r["cpu"] - r["startup_cpu"]
    _say(args, f"    start-up (imports, pipelines and models loaded): {r['startup_wall']:.2f} s wall, "
               f"{r['startup_cpu']:.2f} s CPU; after it: {1000 * after / r['articles']:.2f} ms CPU/article")
    stages = r.get("stages")
    if stages:
        total = r["wall"]
        overlapped = set(r.get("overlapped_stages", []))
        named = sum(v for k, v in stages.items() if k not in overlapped) + r["startup_wall"]
        _say(args, "    stage        seconds   share  articles/s")
        _say(args, f"    {'start-up':<11} {r['startup_wall']:8.2f} {100 * r['startup_wall'] / total:6.1f}%")
        for name in STAGES:
            sec = stages[name]
            note = "  (writer thread: overlaps the stages above)" if name in overlapped else ""
            _say(args, f"    {name:<11} {sec:8.2f} {100 * sec / total:6.1f}%  "
                       f"{(r['articles'] / sec if sec else float('inf')):10.1f}{note}")
        _say(args, f"    {'other':<11} {total - named:8.2f} {100 * (total - named) / total:6.1f}%  "
                   "(discovery, file read, hashing, fork, result transfer)")
        _say(args, f"    {'end to end':<11} {total:8.2f}  100.0%  {r['articles'] / total:10.1f}")


def _summary(args: argparse.Namespace, results: dict[str, Any]) -> None:
    ref = results["langdetect"]
    runs = results["runs"]
    if not runs:
        return
    _say(args, "\nsummary")
    base = [r for r in runs if r["scale"] == args.scale[0]]
    if ref:
        ld_rate = ref["articles"] / ref["wall"]
        ld_cpu_rate = ref["articles"] / ref["cpu"]
        for r in base:
            ratio = (r["articles"] / r["wall"]) / ld_rate
            cpu_ratio = (r["articles"] / r["cpu"]) / ld_cpu_rate
            _say(args, f"  --jobs {r['jobs']} / bare langdetect: {ratio:.3f}x articles/s (wall); "
                       f"per CPU-second {cpu_ratio:.3f}x")
        results["ratio_jobs"] = {str(r["jobs"]): (r["articles"] / r["wall"]) / ld_rate for r in base}
        # what an idle machine would give: start-up runs alone, the rest spreads over the
        # workers (no load from others, perfect sharing), against langdetect's CPU time
        projected = {}
        for r in base:
            ideal_wall = r["startup_cpu"] + (r["cpu"] - r["startup_cpu"]) / r["jobs"]
            projected[str(r["jobs"])] = (r["articles"] / ideal_wall) / ld_cpu_rate
            _say(args, f"  --jobs {r['jobs']} projected on {r['jobs']} idle core(s) from CPU time: "
                       f"{projected[str(r['jobs'])]:.3f}x (start-up {r['startup_cpu']:.2f} s CPU + "
                       f"{1000 * (r['cpu'] - r['startup_cpu']) / r['articles']:.2f} ms/article "
                       f"over {r['jobs']} worker(s))")
        results["ratio_projected"] = projected
    if len(args.scale) > 1:
        for jobs in args.jobs:
            by_scale = {r["scale"]: r for r in runs if r["jobs"] == jobs}
            lo, hi = by_scale[min(by_scale)], by_scale[max(by_scale)]
            factor = hi["articles"] / lo["articles"]
            _say(args, f"  --jobs {jobs}: x{hi['scale']} corpus took {hi['wall'] / lo['wall']:.2f}x the "
                       f"time of x{lo['scale']} ({factor:.0f}x the articles; CPU "
                       f"{hi['cpu'] / lo['cpu']:.2f}x); peak RSS per worker {lo['worker_hwm_mb']:.0f} -> "
                       f"{hi['worker_hwm_mb']:.0f} MB")
    for scale, same in results["identical"].items():
        if not same:
            _say(args, f"  WARNING: records differ between --jobs values at {scale}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=2000, help="articles at scale 1 (default 2000)")
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    p.add_argument("--scale", type=int, nargs="+", default=[1],
                   help="corpus multiples, e.g. 1 4 for linearity (default 1)")
    p.add_argument("--lid-dir", type=Path, default=DEFAULT_LID,
                   help=f"folder of <lang>-<Script>.txt LID text (default {DEFAULT_LID})")
    p.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="authored releases to include")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--no-langdetect", action="store_true", help="skip the bare langdetect reference")
    p.add_argument("--no-stages", action="store_true", help="no per-stage clock in the jobs=1 run")
    p.add_argument("--no-compile", action="store_true",
                   help="do not byte-compile pipeline/ first (start-up then includes compiling "
                        "the modules from source when PYTHONDONTWRITEBYTECODE is set and no "
                        "__pycache__ is there)")
    p.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    args = p.parse_args(argv)
    if args.articles < 1 or min(args.jobs) < 1 or min(args.scale) < 1:
        p.error("--articles, --jobs and --scale must be at least 1")
    args.scale = sorted(set(args.scale))
    args.jobs = sorted(set(args.jobs))
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--_child"]:
        src, out, jobs, stages = argv[1:5]
        print(json.dumps(child_main(Path(src), Path(out), int(jobs), stages == "1")))
        return 0
    args = parse_args(argv)
    try:
        results = benchmark(args)
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
