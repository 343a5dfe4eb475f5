"""Scan real sentences for numeric mentions and print what the extractor finds and misses.

usage: PYTHONPATH=. python bench/numeric_scan.py /work/shared/data/lid/uz-Cyrl.txt uz-Cyrl [--misses] [--limit N]

Lines are normalised as the pipeline does first. "Misses" are sentences with a digit next to a money/percent/multiplier cue word where the
extractor found nothing overlapping that digit; use them to find new patterns. Also prints
throughput (characters per second) over the whole file.
"""
from __future__ import annotations

import argparse
import re
import time

from pipeline.entities.numeric import NumericExtractor
from pipeline.normalize import normalize_paragraph

CUES = {
    "uz-Cyrl": r"сўм|сум|рубл|доллар|евро|фоиз|%|баробар|марта|карра|млн|млрд|миллион|миллиард|минг",
    "uz-Latn": r"so.m|rubl|dollar|yevro|foiz|%|barobar|baravar|marta|karra|mln|mlrd|million|milliard|ming",
    "ru": r"руб|доллар|евро|сум|процент|%|раз|млн|млрд|миллион|миллиард|тыс",
    "en": r"dollar|\$|euro|ruble|rouble|soum|percent|per cent|%|times|twice|million|billion",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("tag")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--label", default=None)
    args = ap.parse_args()
    ex = NumericExtractor()
    lines = [normalize_paragraph(x)[0] for x in open(args.path, encoding="utf-8").read().splitlines()]
    cue = re.compile(rf"\d[\d ,.]*\s*(?:{CUES[args.tag]})", re.I)
    t0 = time.perf_counter()
    results = [(line, ex.extract(line, args.tag)) for line in lines]
    dt = time.perf_counter() - t0
    chars = sum(len(line) for line in lines)
    shown = 0
    for line, ms in results:
        if args.misses:
            for m in cue.finditer(line):
                if not any(x.start <= m.start() < x.end for x in ms):
                    print("MISS", repr(line[max(0, m.start() - 40): m.end() + 40]))
                    shown += 1
                    break
        else:
            for x in ms:
                if args.label and x.label != args.label:
                    continue
                print(x.label, repr(x.text), x.value)
                shown += 1
        if shown >= args.limit:
            break
    counts: dict[str, int] = {}
    for _, ms in results:
        for x in ms:
            counts[x.label] = counts.get(x.label, 0) + 1
    print(f"# {len(lines)} lines, {chars / dt / 1e6:.2f} M chars/s, mentions {counts}")


if __name__ == "__main__":
    main()
