"""`presspipe` command line: arguments and printing only."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presspipe", description="Multilingual press-release pipeline (uz, ru, en)."
    )
    parser.add_argument("--version", action="version", version=f"presspipe {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process files and folders into JSON records")
    run.add_argument("paths", nargs="+", metavar="PATH", help="input files or folders")
    run.add_argument("--out", required=True, metavar="DIR", help="output folder")
    run.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    run.add_argument("--force", action="store_true", help="reprocess inputs whose records are current")
    run.add_argument("--format", choices=("json", "jsonl"), default="json", dest="fmt")
    run.add_argument("--max-bytes", type=int, default=None, metavar="N",
                     help="inputs larger than this fail with too_large (default 10 MB)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--jsonl-fields", metavar="MAP", default=None,
                     help="JSONL keys for record fields, e.g. text=body,date=published_at,title=headline")
    run.add_argument("--dask", metavar="SCHEDULER", default=None,
                     help='run on a Dask cluster: "tcp://host:8786", or "local" for a '
                          "LocalCluster with --jobs worker processes")

    proc = sub.add_parser("process", help="print the record of one file (- for stdin)")
    proc.add_argument("file", metavar="FILE")

    sub.add_parser("schema", help="print the record's JSON Schema")

    ev = sub.add_parser("eval", help="precision/recall/F1 against gold files")
    ev.add_argument("args", nargs=argparse.REMAINDER)

    sub.add_parser("build", help="rebuild models/ (spaCy pipelines) from language data")

    bench = sub.add_parser("bench", help="whole-pipeline benchmark (bench/run.py, source checkout)")
    bench.add_argument("args", nargs=argparse.REMAINDER)

    srv = sub.add_parser("serve", help="HTTP API: POST /v1/process, GET /v1/schema")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8080)
    return parser


def _cmd_run(args: argparse.Namespace) -> int:
    from .batch import DEFAULT_MAX_BYTES, run

    if args.jobs < 1:
        print("presspipe: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    fields = None
    if args.jsonl_fields:
        pairs = [p.split("=", 1) for p in args.jsonl_fields.split(",") if p.strip()]
        if any(len(p) != 2 or not p[0].strip() or not p[1].strip() for p in pairs):
            print("presspipe: --jsonl-fields takes FIELD=KEY pairs, e.g. text=body", file=sys.stderr)
            return EXIT_USAGE
        fields = {k.strip(): v.strip() for k, v in pairs}
    try:
        summary = run(
            args.paths, args.out, jobs=args.jobs, force=args.force, fmt=args.fmt,
            max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
            progress=False if args.no_progress else None, dask=args.dask, jsonl_fields=fields,
        )
    except FileNotFoundError as exc:
        print(f"presspipe: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(summary.line())
    if summary.failed:
        print(f"failures are listed in {Path(args.out) / 'errors.jsonl'}", file=sys.stderr)
    return EXIT_FAILED if summary.failed else EXIT_OK


def _cmd_process(args: argparse.Namespace) -> int:
    from .errors import InputError
    from .process import Pipeline

    pipe = Pipeline()
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
            items = list(pipe.process_input(Path("<stdin>.txt"), data))
        else:
            if not Path(args.file).is_file():
                print(f"presspipe: no such file: {args.file}", file=sys.stderr)
                return EXIT_USAGE
            items = list(pipe.process_input(Path(args.file)))
    except InputError as exc:
        print(f"presspipe: {exc.code}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    status = EXIT_OK
    for item in items:
        if isinstance(item, tuple):
            print(json.dumps(item[1], ensure_ascii=False, indent=1))
        else:
            print(f"presspipe: {item.code}: {item.message}", file=sys.stderr)
            status = EXIT_FAILED
    return status


def _cmd_schema(_: argparse.Namespace) -> int:
    from .record import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import main as eval_main

    return eval_main(args.args)


def _cmd_build(_: argparse.Namespace) -> int:
    from .build import main as build_main

    return build_main([])


def _cmd_bench(args: argparse.Namespace) -> int:
    import importlib.util

    from .paths import PACKAGE_DIR

    script = PACKAGE_DIR.parent / "bench" / "run.py"
    if not script.is_file():
        print(f"presspipe: {script} not found (the benchmark needs a source checkout)",
              file=sys.stderr)
        return EXIT_USAGE
    spec = importlib.util.spec_from_file_location("presspipe_bench_run", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main(args.args)


def _cmd_serve(args: argparse.Namespace) -> int:
    from .server import serve

    serve(args.host, args.port)
    return EXIT_OK


COMMANDS = {
    "run": _cmd_run, "process": _cmd_process, "schema": _cmd_schema,
    "eval": _cmd_eval, "build": _cmd_build, "serve": _cmd_serve,
    "bench": _cmd_bench,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
