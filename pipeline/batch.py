"""Batch runs over folders: resumable, atomic, one error record per failed input.

Layout of an output folder:
  <rel>.json           record of a single-article input (`<rel>` = path relative to its root)
  <rel>/<n>.json       records of a feed, WARC or JSONL input (n = item number)
  <rel>.jsonl          with --format jsonl: all records of one input, one per line
  errors.jsonl         one line per failed input or item: {"path", "code", "message", "index"}
  .presspipe/<rel>.json  stamp per input (source sha256, pipeline version, outputs, failures)
"""
from __future__ import annotations

import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .ingest.article import Failure
from .version import __version__

DEFAULT_MAX_BYTES = 10_000_000
STATE_DIR = ".presspipe"
ERRORS_FILE = "errors.jsonl"
# inputs picked up when walking a folder (files named explicitly are always read)
INPUT_SUFFIXES = (
    ".txt", ".text", ".html", ".htm", ".xhtml", ".gz", ".xml", ".rss", ".atom",
    ".warc", ".arc", ".jsonl", ".ndjson",
)
SKIP_SUFFIXES = (".gold.json", ".md")
# records are written in groups (temporary files, one sync for the group, then the
# renames): a group closes after this many inputs or when its first input is this old
SYNC_GROUP_INPUTS = 64
SYNC_GROUP_SECONDS = 0.1
MAX_PENDING_GROUPS = 4  # groups waiting for the writer thread before the batch waits


@dataclass(frozen=True)
class InputFile:
    path: Path
    rel: str  # relative output name, POSIX separators


@dataclass
class InputResult:
    """What processing one input produced (built in a worker, written by the parent)."""

    rel: str
    sha256: str
    outputs: list[tuple[str, bytes]] = field(default_factory=list)  # (relative name, content)
    failures: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0
    nbytes: int = 0


@dataclass
class Summary:
    processed: int = 0
    unchanged: int = 0
    failed: int = 0
    articles: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        return (
            f"processed {self.processed}, unchanged {self.unchanged}, failed {self.failed}, "
            f"{self.articles} articles in {self.seconds:.1f} s ({rate:.1f} articles/s)"
        )


# -- discovery -------------------------------------------------------------------------
def discover(paths: Iterable[str | Path]) -> list[InputFile]:
    """Input files under the given paths, in a stable order; raises FileNotFoundError."""
    found: dict[str, InputFile] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and _wanted(f, p):
                    rel = f.relative_to(p).as_posix()
                    found.setdefault(rel, InputFile(f, rel))
        elif p.is_file():
            found.setdefault(p.name, InputFile(p, p.name))
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return sorted(found.values(), key=lambda i: i.rel)


def _wanted(f: Path, root: Path) -> bool:
    parts = f.relative_to(root).parts
    if any(part.startswith(".") for part in parts):
        return False
    name = f.name.lower()
    if name.endswith(SKIP_SUFFIXES):
        return False
    return name.endswith(INPUT_SUFFIXES)


# -- processing (runs in workers) ------------------------------------------------------
_PIPELINE = None


def _pipeline():
    global _PIPELINE
    if _PIPELINE is None:
        from .process import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE


def _dumps(record: dict[str, Any]) -> bytes:
    from .record import dumps_json  # json.dumps(record, ensure_ascii=False, indent=1), faster

    return dumps_json(record)


ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

FieldMap = tuple[tuple[str, str], ...]  # JSONL field mapping, hashable for workers


def process_input(
    item: InputFile, max_bytes: int, fmt: str, jsonl_fields: FieldMap | None = None
) -> InputResult:
    """Read and process one input file; never raises for bad input.

    Web archives are streamed from disk and exempt from `max_bytes` (they hold many pages).
    """
    path = item.path
    fields = dict(jsonl_fields) if jsonl_fields else None
    if path.name.lower().endswith(ARCHIVE_SUFFIXES):
        return _process_archive(item, fmt, fields)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            digest = _sha256_file(path)
            return InputResult(
                item.rel, digest,
                failures=[_failure(item, "too_large", f"{size} bytes is over --max-bytes {max_bytes}")],
            )
        data = path.read_bytes()
    except OSError as exc:
        return InputResult(item.rel, "", failures=[_failure(item, "read", f"cannot read: {exc}")])
    result = InputResult(item.rel, hashlib.sha256(data).hexdigest(), nbytes=len(data))
    return _collect(item, result, fmt, data, fields)


def _process_archive(item: InputFile, fmt: str, fields: dict[str, str] | None) -> InputResult:
    try:
        digest, size = _sha256_file(item.path), item.path.stat().st_size
    except OSError as exc:
        return InputResult(item.rel, "", failures=[_failure(item, "read", f"cannot read: {exc}")])
    return _collect(item, InputResult(item.rel, digest, nbytes=size), fmt, None, fields)


def _collect(
    item: InputFile, result: InputResult, fmt: str, data: bytes | None,
    fields: dict[str, str] | None,
) -> InputResult:
    """Run the pipeline over an input's articles and lay out its output files."""
    records: list[tuple[int | None, dict[str, Any]]] = []
    try:
        for out in _pipeline().process_input(item.path, data, jsonl_fields=fields):
            if isinstance(out, Failure):
                result.failures.append(_failure(item, out.code, out.message, out.index))
            else:
                records.append(out)
    except Exception as exc:  # a bug must not stop the batch: report it as this input's error
        result.failures.append(_failure(item, "internal", f"{type(exc).__name__}: {exc}"))
    multi = any(i is not None for i, _ in records) or len(records) > 1
    if fmt == "jsonl":
        if records:
            body = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for _, r in records)
            result.outputs.append((f"{item.rel}.jsonl", body))
    else:
        for i, (index, record) in enumerate(records):
            name = f"{item.rel}/{index if index is not None else i}.json" if multi else f"{item.rel}.json"
            result.outputs.append((name, _dumps(record)))
    result.articles = len(records)
    return result


def _failure(item: InputFile, code: str, message: str, index: int | None = None) -> dict[str, Any]:
    return {"path": str(item.path), "code": code, "message": message, "index": index}


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# -- writing (parent process) ----------------------------------------------------------
_TEMP_NUMBERS = itertools.count()
_TEMP_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def _write_temp(path: Path, data: bytes, *, durable: bool) -> str:
    """`data` in a new temporary file next to `path` (`.<name>.<pid>-<n>.tmp`, created
    exclusively, mode 0600 like `tempfile.mkstemp`'s); returns the temporary file's name.
    The folder is made when missing.

    `durable` flushes it to disk (fsync) before returning."""
    tmp = os.path.join(path.parent, f".{path.name}.{os.getpid()}-{next(_TEMP_NUMBERS)}.tmp")
    try:
        fd = os.open(tmp, _TEMP_FLAGS, 0o600)
    except FileNotFoundError:  # the first record of a new folder
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, _TEMP_FLAGS, 0o600)
    except FileExistsError:  # left over by a process that had this pid: a random name
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        if durable:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise
    os.close(fd)
    return tmp


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write via a temporary file in the same folder and rename: never a partial file.

    `durable` flushes the data to disk before the rename (fsync), so that a power cut
    cannot leave an empty file under the final name either.
    """
    tmp = _write_temp(path, data, durable=durable)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _stamp_path(out: Path, rel: str) -> Path:
    return out / STATE_DIR / f"{rel}.json"


def _read_stamp(out: Path, rel: str) -> dict[str, Any] | None:
    try:
        return json.loads(_stamp_path(out, rel).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _unchanged(out: Path, item: InputFile, fmt: str) -> dict[str, Any] | None:
    """The stamp of an input already processed from the same bytes by this version."""
    stamp = _read_stamp(out, item.rel)
    if not stamp or stamp.get("version") != __version__ or stamp.get("format") != fmt:
        return None
    try:
        if item.path.stat().st_size > stamp.get("max_bytes_seen", 1 << 62):
            return None
        digest = _sha256_file(item.path)
    except OSError:
        return None
    if digest != stamp.get("sha256"):
        return None
    if not all((out / name).exists() for name in stamp.get("outputs", [])):
        return None
    return stamp


@cache
def _syncfs() -> Any:
    """libc's `syncfs` (Linux: flush one file system) or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None


def _sync(folder: Path) -> None:
    """Put everything written so far under `folder` on disk: `syncfs` on its file system
    where there is one (other file systems' writes are not waited for), else `os.sync()`."""
    syncfs = _syncfs()
    if syncfs is not None:
        fd = os.open(folder, os.O_RDONLY)
        try:
            if syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    os.sync()


def _commit(out: Path, results: list[InputResult], fmt: str) -> list[tuple[str, dict[str, Any]]]:
    """Write a group of inputs' records and stamps; returns (rel, stamp) per input.

    Every record goes to a temporary file first; one sync of the output's file system
    (`_sync`) then puts the whole group on disk before any record is renamed to its final
    name (a power cut cannot leave an empty record either), which costs far less than an
    fsync per file.  Where the OS has no `sync`, each record is fsynced on its own.  Stamps are written after their records
    and not synced: a stamp lost in a power cut only means the input is processed again.
    """
    group_sync = hasattr(os, "sync")
    temps: list[list[tuple[str, Path]]] = []
    try:
        for result in results:
            temps.append([])
            for name, data in result.outputs:
                temps[-1].append((_write_temp(out / name, data, durable=not group_sync), out / name))
        if group_sync and any(temps):
            _sync(out)
    except BaseException:
        for tmp, _ in (t for ts in temps for t in ts):
            Path(tmp).unlink(missing_ok=True)
        raise
    done = []
    for result, written in zip(results, temps):
        old = _read_stamp(out, result.rel) or {}
        for tmp, final in written:
            os.replace(tmp, final)
        names = [name for name, _ in result.outputs]
        for stale in set(old.get("outputs", [])) - set(names):  # e.g. a feed that lost items
            (out / stale).unlink(missing_ok=True)
        stamp = {
            "sha256": result.sha256, "version": __version__, "format": fmt,
            "outputs": names, "failures": result.failures, "articles": result.articles,
        }
        write_atomic(_stamp_path(out, result.rel), json.dumps(stamp, ensure_ascii=False).encode(),
                     durable=False)
        done.append((result.rel, stamp))
    return done


def _clean_temp_files(out: Path) -> None:
    if out.exists():
        for tmp in out.rglob(".*.tmp"):
            tmp.unlink(missing_ok=True)


# -- the run ---------------------------------------------------------------------------
class Progress:
    """A one-line progress bar on a terminal; silent otherwise."""

    def __init__(self, total: int, stream=sys.stderr, enabled: bool | None = None) -> None:
        self.total, self.stream, self.done, self.start = total, stream, 0, time.monotonic()
        self.enabled = stream.isatty() if enabled is None else enabled

    def step(self, articles: int) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        elapsed = time.monotonic() - self.start
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
            f"{self.done / elapsed if elapsed else 0:.1f} files/s"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def _worker_init() -> None:
    _pipeline()


# one short release per pipeline (uz, ru, en, xx): processing them in the parent
# loads every lazy resource (langid model, the pipelines' extractors and grammars,
# morphology) before forking
WARM_UP_TEXTS = (
    " date 2025-01-15 Тошкентда янги завод очилди\n"
    "Ўзбекистон Республикаси Президенти 15 январь куни 1,2 миллиард долларлик лойиҳани кўриб чиқди.\n",
    " date 2025-01-15 Toshkentda yangi zavod ochildi\n"
    "Oʻzbekiston Respublikasi Prezidenti 15 yanvar kuni 1,2 milliard dollarlik loyihani koʻrib chiqdi.\n",
    " date 2025-01-15 В Ташкенте открылся новый завод\n"
    "Президент Республики Узбекистан 15 января рассмотрел проект стоимостью 1,2 млрд долларов.\n",
    " date 2025-01-15 New plant opens in Tashkent\n"
    "The President of Uzbekistan reviewed a $1.2 billion project on January 15.\n",
    # Kazakh: any other language runs the "xx" pipeline
    " date 2025-01-15 Астанада жаңа зауыт ашылды\n"
    "Қазақстан Республикасының Президенті жаңа зауыттың ашылу салтанатына қатысты.\n",
)


def warm_up() -> None:
    """Load the pipeline and everything it loads lazily, once, in this process.

    The cyclic garbage collector is paused meanwhile: loading makes hundreds of thousands
    of long-lived objects and almost no garbage, so its passes over them (~0.07 s) find
    nothing."""
    paused = gc.isenabled()
    gc.disable()
    try:
        pipe = _pipeline()
        for text in WARM_UP_TEXTS:
            try:
                pipe.process_text(text)
            except Exception:  # noqa: BLE001  (each input will report the bug as its own error)
                return
    finally:
        if paused:
            gc.enable()


def _fork_available() -> bool:
    """Fork-based pools share the parent's loaded pipeline (copy-on-write): Linux only
    (fork is unsafe with macOS system libraries, absent on Windows), and only from a
    single-threaded process (a lock held by another thread would stay locked in the child)."""
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def _chunksize(n: int, jobs: int) -> int:
    """Inputs per task: fewer round trips for many small files, still balanced.

    >>> _chunksize(2000, 2), _chunksize(10, 2), _chunksize(100_000, 4)
    (16, 1, 16)
    """
    return max(1, min(16, n // (jobs * 16)))


def _run_items(
    todo: list[InputFile], jobs: int, max_bytes: int, fmt: str, dask: str | None = None,
    jsonl_fields: FieldMap | None = None,
) -> Iterator[InputResult]:
    if dask:
        from .distributed import run_on_dask

        yield from run_on_dask(
            todo, dask, max_bytes=max_bytes, fmt=fmt, jobs=jobs, jsonl_fields=jsonl_fields
        )
        return
    if jobs <= 1 or len(todo) <= 1:
        frozen = None
        paused = gc.isenabled() and len(todo) > 1
        if paused:
            gc.disable()  # the first input loads the pipeline (see `warm_up`)
        try:
            for n, item in enumerate(todo):
                yield process_input(item, max_bytes, fmt, jsonl_fields)
                if n == 0 and len(todo) > 1:
                    frozen = _freeze()  # the pipeline is loaded now: no more GC passes over it
                    if paused:
                        gc.enable()
                        paused = False
        finally:
            if paused:
                gc.enable()
            if frozen is not None:
                _unfreeze(frozen)
        return
    args = [(item, max_bytes, fmt, jsonl_fields) for item in todo]
    chunksize = _chunksize(len(todo), jobs)
    if _fork_available():
        # load once here; forked workers inherit it instead of loading it jobs times
        warm_up()
        frozen = _freeze()  # keep the loaded objects out of the workers' GC: fewer copied pages
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                yield from pool.imap_unordered(_process_star, args, chunksize=chunksize)
        finally:
            _unfreeze(frozen)
        return
    with multiprocessing.get_context("spawn").Pool(jobs, initializer=_worker_init) as pool:
        yield from pool.imap_unordered(_process_star, args, chunksize=chunksize)


GC_GEN0_THRESHOLD = 20_000
"""Allocations between young-generation collections once the pipeline is loaded (default
700): an article makes tens of thousands of short-lived objects, almost none in cycles, and
the frequent passes cost ~2% of the run; 20,000 halves that."""


def _freeze() -> tuple[int, int, int]:
    """Move every object loaded so far out of the collector's reach and collect the young
    generation less often; returns the thresholds to restore."""
    gc.freeze()
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_GEN0_THRESHOLD), old[1], old[2])
    return old


def _unfreeze(thresholds: tuple[int, int, int]) -> None:
    gc.set_threshold(*thresholds)
    gc.unfreeze()


def _process_star(args: tuple[InputFile, int, str, FieldMap | None]) -> InputResult:
    return process_input(*args)


def run(
    paths: Iterable[str | Path],
    out: str | Path,
    *,
    jobs: int = 1,
    force: bool = False,
    fmt: str = "json",
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
    dask: str | None = None,
    jsonl_fields: dict[str, str] | None = None,
) -> Summary:
    """Process every input under `paths` into `out`; returns the summary.

    `jsonl_fields` maps record fields to JSONL keys ({"text": "body", "date": "published_at"}).
    `dask` is a scheduler address ("tcp://host:8786") or "local" to run the inputs on a
    Dask cluster instead of local worker processes; the output is the same.
    """
    out = Path(out)
    started = time.monotonic()
    items = discover(paths)
    out.mkdir(parents=True, exist_ok=True)
    _clean_temp_files(out)
    summary = Summary()
    stamps: dict[str, dict[str, Any]] = {}
    todo = []
    for item in items:
        stamp = None if force else _unchanged(out, item, fmt)
        if stamp is not None:
            stamps[item.rel] = stamp
            summary.unchanged += 1
        else:
            todo.append(item)
    bar = Progress(len(todo), enabled=progress)
    pending: deque[Future[list[tuple[str, dict[str, Any]]]]] = deque()

    def finish(future: Future[list[tuple[str, dict[str, Any]]]]) -> None:
        for rel, stamp in future.result():
            stamps[rel] = stamp
            summary.processed += 1
            summary.articles += stamp["articles"]
            bar.step(stamp["articles"])

    # a writer thread writes the records in groups while the next inputs are processed:
    # disk waits overlap the work, and one sync per group replaces an fsync per record
    with ThreadPoolExecutor(1, thread_name_prefix="presspipe-writer") as writer:
        group: list[InputResult] = []
        opened = 0.0
        try:
            for result in _run_items(
                todo, jobs, max_bytes, fmt, dask,
                tuple(sorted(jsonl_fields.items())) if jsonl_fields else None,
            ):
                if not group:
                    opened = time.monotonic()
                group.append(result)
                if len(group) >= SYNC_GROUP_INPUTS or time.monotonic() - opened >= SYNC_GROUP_SECONDS:
                    pending.append(writer.submit(_commit, out, group, fmt))
                    group = []
                while pending and (pending[0].done() or len(pending) > MAX_PENDING_GROUPS):
                    finish(pending.popleft())
            if group:
                pending.append(writer.submit(_commit, out, group, fmt))
            while pending:
                finish(pending.popleft())
        finally:
            for future in pending:  # interrupted: keep what was written in errors.jsonl
                if not future.cancel() and future.exception() is None:
                    stamps.update(future.result())
            bar.close()
            _write_errors(out, items, stamps)
    summary.failed = sum(1 for s in stamps.values() if s.get("failures"))
    summary.seconds = time.monotonic() - started
    return summary


def _write_errors(out: Path, items: list[InputFile], stamps: dict[str, dict[str, Any]]) -> None:
    lines = [
        json.dumps(f, ensure_ascii=False) + "\n"
        for item in items
        for f in stamps.get(item.rel, {}).get("failures", [])
    ]
    write_atomic(out / ERRORS_FILE, "".join(lines).encode("utf-8"))
