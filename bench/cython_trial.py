"""Build a Cython-compiled copy of this checkout, to measure compiled against pure Python.

    python bench/cython_trial.py DEST      # needs Cython >= 3 and a C compiler (not dependencies)
    PYTHONPATH=DEST python DEST/bench/run.py --jobs 1 --no-langdetect

Copies the tracked files (without the blind sets `bench/heldout17`.. ) to DEST, compiles the
unchanged hot modules there with `cythonize` (pure-Python mode, annotations not used as C types,
so the compiled code keeps Python's semantics), builds them in place (`.so` next to `.py`, which
import prefers) and lists any C line where Cython cast a C integer to `PyObject *`: the
miscompile of boolean expressions mixing Python objects and C booleans (cython/cython#7472,
open in 3.1-3.3), which crashes when that branch runs.  Results: bench/README.md, "Compiled".
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOT = ("pipeline/entities/**/*.py", "pipeline/langid/*.py", "pipeline/translit/*.py",
       "pipeline/normalize.py", "pipeline/process.py", "pipeline/record.py",
       "pipeline/nlp/extractors.py", "pipeline/nlp/components.py")
SKIP = re.compile(r"/(build\w*|train|evaluate|__main__)\.py$|/statistical/|^pipeline/(langid|translit)/__init__")
BLIND = re.compile(r"^bench/heldout(1[7-9]|2\d)/")


def hot_modules(root: Path) -> list[str]:
    """The modules to compile, as paths relative to root."""
    found = {p.relative_to(root).as_posix() for pat in HOT for p in root.glob(pat)}
    return sorted(p for p in found if not SKIP.search(p))


def bad_casts(c_file: Path) -> list[int]:
    """Line numbers of C-integer temporaries cast to ``PyObject *`` in a generated C file."""
    src = c_file.read_text()
    ints = set(re.findall(r"^\s*(?:int|long|Py_ssize_t) (__pyx_t_\d+);", src, re.M))
    return [src.count("\n", 0, m.start()) + 1
            for m in re.finditer(r"\(\(PyObject \*\)(__pyx_t_\d+)\)", src) if m.group(1) in ints]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dest", type=Path)
    ap.add_argument("--jobs", type=int, default=2, help="parallel C compilers")
    args = ap.parse_args()
    dest = args.dest.resolve()
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    for rel in (f for f in files if not BLIND.match(f)):
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_bytes((ROOT / rel).read_bytes())
    mods = hot_modules(dest)
    code = ("import sys; from setuptools import setup; from Cython.Build import cythonize; "
            "setup(name='trial', ext_modules=cythonize(sys.argv[2:], quiet=True, "
            "compiler_directives=dict(language_level=3, annotation_typing=False)), "
            "script_args=['build_ext', '--inplace', '-j', sys.argv[1]])")
    env = {**os.environ, "CFLAGS": os.environ.get("CFLAGS", "-O2")}  # as measured; no -g
    subprocess.run([sys.executable, "-c", code, str(args.jobs), *mods], cwd=dest, check=True,
                   stdout=subprocess.DEVNULL, env=env)
    bad = {m: lines for m in mods if (lines := bad_casts(dest / m.replace(".py", ".c")))}
    print(f"{len(mods)} modules compiled in {dest}")
    for mod, lines in bad.items():
        print(f"MISCOMPILED (int cast to PyObject *, crashes when run): {mod}, C lines {lines}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
