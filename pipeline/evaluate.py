"""Score the pipeline's entities against gold files: precision, recall and F1 per label.

Each input `X.txt` (or `X.html`, ...) with a sibling `X.gold.json` (schema in
`corpus/README.md`) is run through the real pipeline. Per article and label, system and
gold mentions are paired by their *surface key* (the mention text normalised as the
pipeline normalises articles, apostrophe variants folded, edge quotes and an English
leading "the " dropped, case folded) as multisets; a pair is a true positive only when the
value is right too. A system mention whose key matches a gold mention but whose value is
wrong counts once as a false positive and once as a false negative (and as a value error).

    python -m pipeline.evaluate corpus/ [--by-language] [--json] [-v]
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from .entities.base import LABELS
from .langdata.loader import word_list
from .normalize import normalize_line, repair_markup, repair_mixed_script

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

GOLD_SUFFIX = ".gold.json"

#: gold file category -> record label
GOLD_LABELS = {
    "organizations": "ORG",
    "countries": "COUNTRY",
    "locations": "LOC",
    "persons": "PERSON",
    "money": "MONEY",
    "percentages": "PERCENT",
    "multipliers": "MULTIPLIER",
    "dates": "DATE",
}
NAME_LABELS = frozenset({"ORG", "LOC", "PERSON"})
QUANTITY_LABELS = frozenset({"MONEY", "PERCENT", "MULTIPLIER"})
LANGUAGES = ("uz-Cyrl", "uz-Latn", "ru", "en")

_QUOTES = "\"'“”„‟«»‹›‘’‚`"


class UsageError(Exception):
    """Bad command-line input: nothing to evaluate."""


# -- normalisation --------------------------------------------------------------------


@cache
def _apostrophes() -> frozenset[str]:
    return frozenset(word_list("shared", "apostrophes")) | {"\u02bb", "\u02bc"}


def surface_key(text: str) -> str:
    """The key a mention is matched by (gold and system text alike).

    >>> surface_key("“O‘zbekneftgaz”ga") == surface_key("“Oʻzbekneftgaz”ga")
    True
    >>> surface_key("  the  USA"), surface_key("«Узтрансгаз»")
    ('usa', 'узтрансгаз')
    """
    text = normalize_line(repair_markup(text)[0])
    text, _ = repair_mixed_script(text)
    apostrophes = _apostrophes()
    text = "".join("'" if ch in apostrophes else ch for ch in text)
    text = text.strip(_QUOTES + " ")
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.casefold()


def name_key(name: str) -> str:
    """A name as compared: like `surface_key`, so case and apostrophe style do not matter."""
    return surface_key(name)


def to_decimal(value: Any) -> Decimal | None:
    """A number from gold (int/float/str) or a record (decimal string); None if absent/bad.

    >>> to_decimal(3.3), to_decimal("8100000000"), to_decimal(None), to_decimal("x")
    (Decimal('3.3'), Decimal('8100000000'), None, None)
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def bound_class(bound: str | None) -> str:
    """The gold guide's bounds: `ge`/`le` of the record fold into `gt`/`lt` (камида = gt).

    >>> bound_class("ge"), bound_class(None), bound_class("lt")
    ('gt', 'eq', 'lt')
    """
    return {"ge": "gt", "le": "lt"}.get(bound or "eq", bound or "eq")


def language_tag(lang: str | None, script: str | None) -> str:
    """'uz-Cyrl', 'uz-Latn', 'ru', 'en' (or what the gold says) from a gold's lang+script.

    >>> language_tag("uz", "Latn"), language_tag("ru", "Cyrl")
    ('uz-Latn', 'ru')
    """
    if lang == "uz" and script:
        return f"uz-{script}"
    return lang or "unknown"


# -- mentions -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One mention, gold or system, with its value reduced to what is scored."""

    label: str
    text: str
    value: dict[str, Any]

    @property
    def key(self) -> str:
        return surface_key(self.text)

    def describe(self) -> str:
        shown = {k: (str(v) if isinstance(v, Decimal) else v) for k, v in self.value.items()
                 if v is not None}
        return f"{self.label} {self.text!r} {json.dumps(shown, ensure_ascii=False, sort_keys=True)}"


def _quantity(entry: dict[str, Any]) -> dict[str, Any]:
    return {"value": to_decimal(entry.get("value")), "value_max": to_decimal(entry.get("value_max")),
            "approximate": bool(entry.get("approximate", False)), "bound": entry.get("bound") or "eq"}


def _scored_value(label: str, raw: dict[str, Any], amount_key: str) -> dict[str, Any]:
    """The compared part of an entity value; gold writes a money amount as `value`, records as `amount`."""
    if label in ("COUNTRY", "DATE"):
        return {"iso": raw.get("iso")}
    if label in NAME_LABELS:
        return {"name": raw.get("name")}
    if label == "MONEY":
        return {
            "amount": to_decimal(raw.get(amount_key)),
            "amount_max": to_decimal(raw.get(f"{amount_key}_max")),
            "currency": raw.get("currency"),
            "approximate": bool(raw.get("approximate", False)),
            "bound": raw.get("bound") or "eq",
        }
    return _quantity(raw)  # PERCENT, MULTIPLIER


def gold_item(label: str, entry: dict[str, Any]) -> Item:
    """The scored part of one gold entry."""
    return Item(label, entry["text"], _scored_value(label, entry, "value"))


def system_item(entity: dict[str, Any]) -> Item:
    """The scored part of one record entity (`{"label","start","end","text","value"}`)."""
    label = entity["label"]
    return Item(label, entity["text"], _scored_value(label, entity.get("value") or {}, "amount"))


def _surname_only(gold: Item) -> bool:
    """A gold person mention that names only the surname (`Раҳимовнинг` for `Жасур Раҳимов`)."""
    name = gold.value.get("name") or ""
    return len(gold.text.split()) == 1 and len(name.split()) > 1


def value_matches(gold: Item, system: Item, *, strict_persons: bool = False) -> bool:
    """True when the system value is right for this gold mention (the label is the same).

    Approximate/bound flags are not part of correctness; they are reported separately.
    """
    label = gold.label
    g, s = gold.value, system.value
    if label in ("COUNTRY", "DATE"):
        return bool(s.get("iso")) and str(s["iso"]).strip() == str(g.get("iso")).strip()
    if label in NAME_LABELS:
        sname = s.get("name")
        if not sname:
            return False
        if name_key(sname) == name_key(g.get("name") or ""):
            return True
        if label == "PERSON" and not strict_persons and _surname_only(gold):
            return name_key(sname) == name_key((g.get("name") or "").split()[-1])
        return False
    if label == "MONEY":
        return (
            s.get("amount") is not None
            and s["amount"] == g.get("amount")
            and s.get("amount_max") == g.get("amount_max")
            and (s.get("currency") or "").upper() == (g.get("currency") or "").upper()
        )
    return (s.get("value") is not None and s["value"] == g.get("value")
            and s.get("value_max") == g.get("value_max"))


def _max_matching(gold: list[Item], system: list[Item], ok: Callable[[Item, Item], bool]
                  ) -> list[tuple[int, int]]:
    """Maximum bipartite matching (Kuhn) of gold to system items under `ok`."""
    edges = [[j for j, s in enumerate(system) if ok(g, s)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# -- scores ---------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    """Counts for one label (or all labels): tp/fp/fn, value errors, flag agreement."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_errors: int = 0
    approx_agree: int = 0
    bound_agree: int = 0
    flags_total: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "value_errors": self.value_errors,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }
        if self.flags_total:
            out["approximate_agreement"] = [self.approx_agree, self.flags_total]
            out["bound_agreement"] = [self.bound_agree, self.flags_total]
        return out


@dataclass(slots=True)
class ArticleResult:
    """The outcome for one article: counts per label and the mistakes, for `-v`."""

    path: str
    tag: str
    counts: dict[str, Counts] = field(default_factory=lambda: {lb: Counts() for lb in LABELS})
    false_positives: list[Item] = field(default_factory=list)
    false_negatives: list[Item] = field(default_factory=list)
    wrong_values: list[tuple[Item, Item]] = field(default_factory=list)  # (gold, system)
    flag_disagreements: list[tuple[Item, Item]] = field(default_factory=list)
    error: str | None = None


def _total(results: Iterable[ArticleResult]) -> dict[str, Counts]:
    totals = {label: Counts() for label in LABELS}
    for result in results:
        for label, counts in result.counts.items():
            totals.setdefault(label, Counts()).add(counts)
    return totals


def _micro(per_label: dict[str, Counts]) -> Counts:
    micro = Counts()
    for counts in per_label.values():
        micro.add(counts)
    return micro


@dataclass(slots=True)
class Report:
    """All articles scored; totals are computed on demand."""

    articles: list[ArticleResult]

    def per_label(self, tag: str | None = None) -> dict[str, Counts]:
        return _total(a for a in self.articles if tag is None or a.tag == tag)

    def micro(self, tag: str | None = None) -> Counts:
        return _micro(self.per_label(tag))

    def languages(self) -> list[str]:
        found = {a.tag for a in self.articles}
        return [t for t in LANGUAGES if t in found] + sorted(found - set(LANGUAGES))

    @property
    def errors(self) -> list[ArticleResult]:
        return [a for a in self.articles if a.error]

    def as_dict(self, *, by_language: bool = False, verbose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": len(self.articles),
            "labels": {lb: c.as_dict() for lb, c in self.per_label().items()},
            "micro": self.micro().as_dict(),
            "errors": [{"path": a.path, "error": a.error} for a in self.errors],
        }
        if by_language:
            out["by_language"] = {
                tag: {
                    "articles": sum(1 for a in self.articles if a.tag == tag),
                    "labels": {lb: c.as_dict() for lb, c in self.per_label(tag).items()},
                    "micro": self.micro(tag).as_dict(),
                }
                for tag in self.languages()
            }
        if verbose:
            out["details"] = [
                {
                    "path": a.path,
                    "tag": a.tag,
                    "false_positives": [_item_dict(i) for i in a.false_positives],
                    "false_negatives": [_item_dict(i) for i in a.false_negatives],
                    "wrong_values": [{"gold": _item_dict(g), "system": _item_dict(s)}
                                     for g, s in a.wrong_values],
                    "flag_disagreements": [{"gold": _item_dict(g), "system": _item_dict(s)}
                                           for g, s in a.flag_disagreements],
                }
                for a in self.articles
            ]
        return out


def _item_dict(item: Item) -> dict[str, Any]:
    value = {k: (str(v) if isinstance(v, Decimal) else v) for k, v in item.value.items()}
    return {"label": item.label, "text": item.text, "value": value}


# -- scoring one article --------------------------------------------------------------


def gold_items(gold: dict[str, Any]) -> tuple[list[Item], list[Item]]:
    """(mentions, nested mentions) of a gold file's data."""
    items = [gold_item(label, entry)
             for key, label in GOLD_LABELS.items() for entry in gold.get(key) or ()]
    nested = []
    for entry in gold.get("nested") or ():
        label = GOLD_LABELS.get(entry.get("type", ""))
        if label:
            nested.append(gold_item(label, entry))
    return items, nested


def score_article(
    gold: dict[str, Any],
    entities: Sequence[dict[str, Any]],
    *,
    path: str = "",
    lenient_nested: bool = False,
    strict_persons: bool = False,
) -> ArticleResult:
    """Score one article's system entities against its gold data."""
    result = ArticleResult(path, language_tag(gold.get("lang"), gold.get("script")))
    golds, nested = gold_items(gold)
    systems = [system_item(e) for e in entities]

    def ok(g: Item, s: Item) -> bool:
        return value_matches(g, s, strict_persons=strict_persons)

    groups: dict[tuple[str, str], tuple[list[Item], list[Item]]] = defaultdict(lambda: ([], []))
    for item in golds:
        groups[item.label, item.key][0].append(item)
    for item in systems:
        groups[item.label, item.key][1].append(item)
    spare_nested: dict[tuple[str, str], int] = defaultdict(int)
    for item in nested:
        spare_nested[item.label, item.key] += 1

    for (label, key), (g_list, s_list) in groups.items():
        counts = result.counts.setdefault(label, Counts())
        pairs = _max_matching(g_list, s_list, ok)
        counts.tp += len(pairs)
        for i, j in pairs:
            g, s = g_list[i], s_list[j]
            if label in QUANTITY_LABELS:
                counts.flags_total += 1
                approx = g.value["approximate"] == s.value["approximate"]
                bound = bound_class(g.value["bound"]) == bound_class(s.value["bound"])
                counts.approx_agree += approx
                counts.bound_agree += bound
                if not (approx and bound):
                    result.flag_disagreements.append((g, s))
        used_g = {i for i, _ in pairs}
        used_s = {j for _, j in pairs}
        left_g = [g for i, g in enumerate(g_list) if i not in used_g]
        left_s = [s for j, s in enumerate(s_list) if j not in used_s]
        for g, s in zip(left_g, left_s):
            counts.value_errors += 1
            result.wrong_values.append((g, s))
        if lenient_nested:  # system mentions beyond the value-error pairs may be nested names
            extra = len(left_s) - min(len(left_g), len(left_s))
            absorbed = min(spare_nested[label, key], extra)
            spare_nested[label, key] -= absorbed
            left_s = left_s[: len(left_s) - absorbed]
        counts.fp += len(left_s)
        counts.fn += len(left_g)
        result.false_positives.extend(left_s)
        result.false_negatives.extend(left_g)
    return result


# -- files ----------------------------------------------------------------------------


def _input_for(gold_path: Path) -> Path | None:
    stem = gold_path.name[: -len(GOLD_SUFFIX)]
    candidates = sorted(
        p for p in gold_path.parent.iterdir()
        if p.is_file() and not p.name.endswith(GOLD_SUFFIX)
        and (p.name.startswith(stem + ".") and "." not in p.name[len(stem) + 1:])
    )
    for p in candidates:
        if p.suffix == ".txt":
            return p
    return candidates[0] if candidates else None


def find_pairs(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(input, gold) pairs from files and folders; raises UsageError when there are none.

    A folder contributes every `X.gold.json` (recursively) with a sibling input `X.*`
    (`.txt` preferred); a file may be the input or the gold file.
    """
    pairs: list[tuple[Path, Path]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for gold in sorted(path.rglob("*" + GOLD_SUFFIX)):
                source = _input_for(gold)
                if source is None:
                    raise UsageError(f"{gold}: no input file beside it")
                pairs.append((source, gold))
        elif path.is_file():
            if path.name.endswith(GOLD_SUFFIX):
                source = _input_for(path)
                if source is None:
                    raise UsageError(f"{path}: no input file beside it")
                pairs.append((source, path))
            else:
                gold = path.with_name(path.name.rsplit(".", 1)[0] + GOLD_SUFFIX)
                if not gold.is_file():
                    raise UsageError(f"{path}: no gold file {gold.name}")
                pairs.append((path, gold))
        else:
            raise UsageError(f"{path}: no such file or folder")
    unique = list(dict.fromkeys(pairs))
    if not unique:
        raise UsageError("no gold files (X.gold.json beside X.txt) found")
    return unique


def load_gold(path: Path) -> dict[str, Any]:
    """A gold file's data; UsageError when it is not a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: cannot read gold file: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: gold file is not a JSON object")
    return data


def _default_process() -> Callable[[Path], dict[str, Any]]:
    from . import process_file

    return process_file


def evaluate(
    paths: list[Path],
    *,
    lenient_nested: bool = False,
    strict_persons: bool = False,
    process: Callable[[Path], dict[str, Any]] | None = None,
) -> Report:
    """Run `process` (default: `pipeline.process_file`) on every input with gold and score it."""
    pairs = find_pairs(paths)
    run = process or _default_process()
    results = []
    for source, gold_path in pairs:
        gold = load_gold(gold_path)
        try:
            record = run(source)
            entities = record.get("entities") or []
            error = None
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the scoring
            entities, error = [], f"{type(exc).__name__}: {exc}"
        result = score_article(gold, entities, path=str(source),
                               lenient_nested=lenient_nested, strict_persons=strict_persons)
        result.error = error
        results.append(result)
    return Report(results)


# -- gold consistency -----------------------------------------------------------------


def _is_word(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) == "Mn"


def check_gold(text: str, gold: dict[str, Any]) -> list[str]:
    """Problems of a gold file against its article's raw text (empty list when consistent).

    Every mention must occur, in text order within its category, on word boundaries and
    outside the ` date …` header; mentions of different categories must not overlap; each
    `nested` item must lie inside an organization mention.
    """
    problems: list[str] = []
    header = 0
    if text.startswith(" date "):
        header = len(" date ") + 10
    taken: list[tuple[int, int, str]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b, _ in taken)

    def bounded(start: int, end: int) -> bool:
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        return not (_is_word(before) and _is_word(text[start])) and not (
            _is_word(after) and _is_word(text[end - 1]))

    org_spans: list[tuple[int, int]] = []
    # countries last: a country's name also stands inside currency names (`АҚШ доллари`),
    # so the longer mentions take their places first
    for key in sorted(GOLD_LABELS, key=lambda k: k == "countries"):
        entries = gold.get(key)
        if entries is None:
            problems.append(f"{key}: missing (use [])")
            continue
        pos = header
        for n, entry in enumerate(entries):
            needle = entry.get("text", "")
            start = text.find(needle, pos) if needle else -1
            while start >= 0 and not (bounded(start, start + len(needle))
                                      and free(start, start + len(needle))):
                start = text.find(needle, start + 1)
            if start < 0:
                problems.append(f"{key}[{n}] {needle!r}: not found after offset {pos}")
                continue
            end = start + len(needle)
            taken.append((start, end, key))
            if key == "organizations":
                org_spans.append((start, end))
            pos = start + 1
            problems.extend(f"{key}[{n}] {needle!r}: {p}" for p in _entry_problems(key, entry))
    pos = 0
    for n, entry in enumerate(gold.get("nested") or ()):
        needle = entry.get("text", "")
        found = False
        start = text.find(needle, pos) if needle else -1
        while start >= 0:
            end = start + len(needle)
            if any(a <= start and end <= b for a, b in org_spans) and bounded(start, end):
                found = True
                pos = start + 1
                break
            start = text.find(needle, start + 1)
        if not found:
            problems.append(f"nested[{n}] {needle!r}: not inside an organization mention")
        if GOLD_LABELS.get(entry.get("type", "")) is None:
            problems.append(f"nested[{n}] {needle!r}: unknown type {entry.get('type')!r}")
    return problems


def _entry_problems(key: str, entry: dict[str, Any]) -> list[str]:
    label = GOLD_LABELS[key]
    out = []
    if label in ("COUNTRY",):
        iso = entry.get("iso", "")
        if not (isinstance(iso, str) and len(iso) == 2 and iso.isupper()):
            out.append(f"bad iso {iso!r}")
    elif label in NAME_LABELS:
        if not entry.get("name"):
            out.append("no name")
    elif label == "MONEY":
        if to_decimal(entry.get("value")) is None:
            out.append("no numeric value")
        cur = entry.get("currency", "")
        if not (isinstance(cur, str) and len(cur) == 3 and cur.isupper()):
            out.append(f"bad currency {cur!r}")
        if "approximate" not in entry or "bound" not in entry:
            out.append("money needs approximate and bound")
    elif label in ("PERCENT", "MULTIPLIER"):
        if to_decimal(entry.get("value")) is None:
            out.append("no numeric value")
    if label in QUANTITY_LABELS and entry.get("bound", "eq") not in ("eq", "gt", "ge", "lt", "le"):
        out.append(f"bad bound {entry.get('bound')!r}")
    if label == "DATE" and not entry.get("iso"):
        out.append("no iso")
    return out


# -- printing -------------------------------------------------------------------------


def _table(per_label: dict[str, Counts], micro: Counts) -> list[str]:
    lines = [f"{'label':<11}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"
             f"{'val.err':>9}  flags (approx, bound)"]
    for label, c in [*per_label.items(), ("micro", micro)]:
        flags = (f"  {c.approx_agree}/{c.flags_total}, {c.bound_agree}/{c.flags_total}"
                 if c.flags_total and label != "micro" else "")
        lines.append(f"{label:<11}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.precision:>8.3f}"
                     f"{c.recall:>8.3f}{c.f1:>8.3f}{c.value_errors:>9}{flags}")
    return lines


def format_report(report: Report, *, by_language: bool = False, verbose: bool = False) -> str:
    """The human-readable report."""
    lines = [f"{len(report.articles)} article(s)", *_table(report.per_label(), report.micro())]
    if by_language:
        for tag in report.languages():
            n = sum(1 for a in report.articles if a.tag == tag)
            lines += ["", f"[{tag}] {n} article(s)", *_table(report.per_label(tag), report.micro(tag))]
    for a in report.errors:
        lines.append(f"ERROR {a.path}: {a.error}")
    if verbose:
        for a in report.articles:
            if not (a.false_positives or a.false_negatives or a.flag_disagreements):
                continue
            lines += ["", f"== {a.path} [{a.tag}]"]
            wrong = {id(s) for _, s in a.wrong_values} | {id(g) for g, _ in a.wrong_values}
            for g, s in a.wrong_values:
                lines.append(f"  VALUE gold {g.describe()}\n        sys  {s.describe()}")
            lines += [f"  FP {i.describe()}" for i in a.false_positives if id(i) not in wrong]
            lines += [f"  FN {i.describe()}" for i in a.false_negatives if id(i) not in wrong]
            for g, s in a.flag_disagreements:
                lines.append(f"  FLAGS gold {g.describe()}\n        sys  {s.describe()}")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presspipe eval",
        description="Precision/recall/F1 of the pipeline's entities against X.gold.json files.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="input files, gold files or folders holding X.txt + X.gold.json")
    parser.add_argument("--lenient-nested", action="store_true",
                        help="names inside organization names (gold 'nested') are not false positives")
    parser.add_argument("--strict-persons", action="store_true",
                        help="a surname-only person needs the full name, not just the surname")
    parser.add_argument("--by-language", action="store_true",
                        help="also score each language (uz-Cyrl, uz-Latn, ru, en)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list false positives, false negatives and wrong values")
    parser.add_argument("--check-gold", action="store_true",
                        help="only check that every gold mention occurs in its article")
    return parser


def main(argv: list[str] | None = None, *,
         process: Callable[[Path], dict[str, Any]] | None = None) -> int:
    """`presspipe eval`: 0 when scored, 1 when an article failed or gold is inconsistent,
    2 on usage errors. `process` replaces `pipeline.process_file` (for tests)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    try:
        if args.check_gold:
            return _check(args.paths)
        report = evaluate([Path(p) for p in args.paths], lenient_nested=args.lenient_nested,
                          strict_persons=args.strict_persons, process=process)
    except UsageError as exc:
        print(f"presspipe eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(report.as_dict(by_language=args.by_language, verbose=args.verbose),
                         ensure_ascii=False, indent=2))
    else:
        print(format_report(report, by_language=args.by_language, verbose=args.verbose))
    return EXIT_FAILED if report.errors else EXIT_OK


def _check(paths: list[str]) -> int:
    bad = 0
    for source, gold_path in find_pairs(paths):
        if source.suffix != ".txt":
            print(f"{gold_path}: skipped, {source.name} is not a text file")
            continue
        problems = check_gold(source.read_text(encoding="utf-8"), load_gold(gold_path))
        for p in problems:
            print(f"{gold_path}: {p}")
        bad += bool(problems)
    return EXIT_FAILED if bad else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
