"""HTML ingestion benchmark: ours vs trafilatura on the three public sets.

Usage (from the repository root):

    PYTHONPATH=. python bench/html_eval.py [--data ../shared/data/html] [--sets aeb,tf,mc,cp1251]
                                          [--limit N] [--systems ours,trafilatura]

Sets (each folder's SOURCES.md describes it):

- ``aeb``: article-extraction-benchmark, body F1 by 4-token ``\\w+`` shingles, per-page
  TP/FP/FN normalised to sum 1, precision and recall macro-averaged, F1 the harmonic mean
  of the two (the upstream ``evaluate.py`` method; ``--check-scorer`` reproduces the
  published trafilatura figure from ``reference-outputs/``).
- ``tf``: trafilatura-eval, title exact match (pages with a gold title), date accuracy
  (pages with a non-empty ``date_raw``), and the with/without snippet F1.
- ``mc``: htmldate Media Cloud, date accuracy over the pages with a gold date.
- ``cp1251``: the AEB Russian pages re-encoded to cp1251 with every charset declaration
  removed (undeclared), body F1 as for ``aeb``.

Systems: ``ours`` (``read_html``: body, title, date, language...), ``trafilatura``
(``bare_extraction(..., with_metadata=True)``: the same outputs) and, with
``--systems ours,trafilatura,traf-body``, ``traf-body`` (plain ``trafilatura.extract``,
body only, no metadata) as a speed floor.

Both systems get the raw page bytes and the page URL; the time is the wall time of the
extraction call only (reading and gunzipping the file is excluded), reported as pages/second.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "html"

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
_CHARSET_DECL = re.compile(
    rb"""<meta[^>]*charset\s*=\s*["']?[\w-]+["']?[^>]*>|<\?xml[^>]*\?>""", re.IGNORECASE
)


class Extracted(NamedTuple):
    """What the scorers need from one page."""

    body: str
    title: str
    date: str | None


# --------------------------------------------------------------------------- scoring
def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def _shingles(text: str, n: int = 4) -> Counter[str]:
    toks = _tokens(text)
    return Counter(" ".join(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def shingle_tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """Per-page TP/FP/FN over 4-token shingles, normalised to sum 1.

    >>> shingle_tp_fp_fn("a b c d e", "a b c d e")
    (1.0, 0.0, 0.0)
    """
    t, p = _shingles(true), _shingles(pred)
    tp = fp = fn = 0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def body_scores(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Macro precision/recall, F1 of the two, and exact token match over (gold, pred) pairs."""
    triples, exact = [], []
    for true, pred in pairs:
        triples.append(shingle_tp_fp_fn(true, pred))
        exact.append(float(_tokens(true) == _tokens(pred)))
    p = statistics.mean(_precision(*x) for x in triples if x[0] + x[1] > 0)
    r = statistics.mean(_recall(*x) for x in triples if x[0] + x[2] > 0)
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r,
            "exact": statistics.mean(exact)}


def _ws(text: str) -> str:
    return " ".join(text.split())


def snippet_scores(items: Iterable[tuple[list[str], list[str], str]]) -> dict[str, float]:
    """trafilatura-eval's with/without snippet test, counts summed over the corpus."""
    tp = fn = fp = tn = 0
    for with_, without, pred in items:
        pred = _ws(pred)
        for s in with_:
            if _ws(s) in pred:
                tp += 1
            else:
                fn += 1
        for s in without:
            if _ws(s) in pred:
                fp += 1
            else:
                tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r,
            "accuracy": (tp + tn) / max(1, tp + tn + fp + fn)}


# --------------------------------------------------------------------------- systems
def ours(data: bytes, url: str | None) -> Extracted:
    from pipeline.ingest.html import read_html

    art = read_html(data, None, url=url)
    return Extracted("\n".join(filter(None, (art.lead, *art.paragraphs))), art.title, art.published)


def trafilatura_(data: bytes, url: str | None) -> Extracted:
    import trafilatura

    doc = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    if doc is None:
        return Extracted("", "", None)
    return Extracted(doc.text or "", doc.title or "", doc.date)


def trafilatura_body(data: bytes, url: str | None) -> Extracted:
    """trafilatura's default ``extract`` (body only, no metadata): a speed reference."""
    import trafilatura

    return Extracted(trafilatura.extract(data, url=url) or "", "", None)


SYSTEMS: dict[str, Callable[[bytes, str | None], Extracted]] = {
    "ours": ours,
    "trafilatura": trafilatura_,
    "traf-body": trafilatura_body,
}


# --------------------------------------------------------------------------- sets
def _load(folder: Path, limit: int | None) -> list[tuple[str, dict, bytes]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    out = []
    for pid, g in list(gold.items())[:limit]:
        out.append((pid, g, gzip.decompress((folder / g["file"]).read_bytes())))
    return out


def _real_url(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def undeclared_cp1251(data: bytes) -> bytes:
    """A UTF-8 page re-encoded to cp1251 with its charset declarations removed."""
    text = _CHARSET_DECL.sub(b"", data).decode("utf-8")
    return text.encode("cp1251", errors="xmlcharrefreplace")


def run_systems(names: list[str], pages: list[tuple[str, dict, bytes]]
                ) -> dict[str, tuple[dict[str, Extracted], float]]:
    """Run every system on every page, interleaved page by page (so a load change on the
    machine hits all systems alike); returns {system: (results, pages/second)}."""
    results: dict[str, dict[str, Extracted]] = {n: {} for n in names}
    elapsed = dict.fromkeys(names, 0.0)
    for name in names:  # warm-up (imports, caches) outside the timing
        for _, g, data in pages[:1]:
            try:
                SYSTEMS[name](data, _real_url(g.get("url")))
            except Exception:  # noqa: BLE001, S110 - reported in the timed run below
                pass
    # a tiny set (the 4 cp1251 pages) is timed over several rounds to average out noise
    rounds = 1 if len(pages) >= 20 else 5
    for pid, g, data in pages:
        for name in names:
            t0 = time.perf_counter()
            for _ in range(rounds):
                try:
                    results[name][pid] = SYSTEMS[name](data, _real_url(g.get("url")))
                except Exception as err:  # noqa: BLE001 - a crash scores as an empty extraction
                    print(f"  {name} {pid}: {type(err).__name__}: {err}", file=sys.stderr)
                    results[name][pid] = Extracted("", "", None)
            elapsed[name] += time.perf_counter() - t0
    return {n: (results[n], rounds * len(pages) / elapsed[n] if elapsed[n] else 0.0)
            for n in names}


def title_exact(gold: str, pred: str) -> bool:
    return _ws(gold) == _ws(pred)


def evaluate(set_name: str, pages: list[tuple[str, dict, bytes]], systems: list[str],
             verbose: bool = False) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    runs = run_systems(systems, pages)
    for name in systems:
        res, pps = runs[name]
        row: dict[str, float] = {"pages/s": pps}
        if set_name in ("aeb", "cp1251"):
            row.update({f"body_{k}": v for k, v in body_scores(
                (g["articleBody"], res[pid].body) for pid, g, _ in pages).items()})
            if verbose:
                for pid, g, _ in pages:
                    f = shingle_tp_fp_fn(g["articleBody"], res[pid].body)
                    if f[0] < 0.8:
                        print(f"  {name} low {pid} tp={f[0]:.2f} fp={f[1]:.2f} fn={f[2]:.2f}")
        if set_name == "tf":
            titled = [(pid, g) for pid, g, _ in pages if g.get("title")]
            row["title_em"] = statistics.mean(
                title_exact(g["title"], res[pid].title) for pid, g in titled) if titled else 0.0
            dated = [(pid, g) for pid, g, _ in pages if g.get("date") and g.get("date_raw")]
            row["date_acc"] = statistics.mean(
                res[pid].date == g["date"] for pid, g in dated) if dated else 0.0
            row.update({f"snip_{k}": v for k, v in snippet_scores(
                (g.get("with", []), g.get("without", []), res[pid].body)
                for pid, g, _ in pages).items() if k == "f1"})
            if verbose:
                for pid, g in titled:
                    if not title_exact(g["title"], res[pid].title):
                        print(f"  {name} title {pid}: gold={g['title']!r} got={res[pid].title!r}")
        if set_name == "mc":
            dated = [(pid, g) for pid, g, _ in pages if g.get("date")]
            row["date_acc"] = statistics.mean(res[pid].date == g["date"] for pid, g in dated)
            if verbose:
                for pid, g in dated:
                    if res[pid].date != g["date"]:
                        print(f"  {name} date {pid}: gold={g['date']} got={res[pid].date}")
        table[name] = row
    return table


def check_scorer(data_dir: Path) -> None:
    """Reproduce the published AEB figures from the upstream reference outputs."""
    gold = json.loads((data_dir / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    for ref in sorted((data_dir / "aeb" / "reference-outputs").glob("*.json")):
        pred = json.loads(ref.read_text(encoding="utf-8"))
        pred = pred.get("output", pred)
        s = body_scores((g.get("articleBody", ""), pred.get(k, {}).get("articleBody", ""))
                        for k, g in gold.items())
        print(f"{ref.stem:12s} " + " ".join(f"{k}={v:.3f}" for k, v in s.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sets", default="aeb,tf,mc,cp1251")
    ap.add_argument("--systems", default="ours,trafilatura")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--check-scorer", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    if args.check_scorer:
        check_scorer(args.data)
        return 0
    systems = args.systems.split(",")
    folders = {"aeb": "aeb", "tf": "trafilatura-eval", "mc": "htmldate-mediacloud", "cp1251": "aeb"}
    report: dict[str, dict] = {}
    for set_name in args.sets.split(","):
        pages = _load(args.data / folders[set_name], args.limit)
        if set_name == "cp1251":
            pages = [(pid, g, undeclared_cp1251(d)) for pid, g, d in pages
                     if g.get("lang_guess") == "ru"]
        table = evaluate(set_name, pages, systems, args.verbose)
        report[set_name] = table
        print(f"\n== {set_name} ({len(pages)} pages)")
        cols = list(next(iter(table.values())).keys())
        print(f"{'system':12s} " + " ".join(f"{c:>14s}" for c in cols))
        for name, row in table.items():
            print(f"{name:12s} " + " ".join(f"{row[c]:14.3f}" for c in cols))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
