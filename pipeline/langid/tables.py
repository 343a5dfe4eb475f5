"""The n-gram tables of `model.base_tables`, cached in `models/langdetect/tables.npz`.

Building them from the 63 profiles takes about a second of CPU per process (JSON, case
folding, a probability per n-gram and profile); loading the cached matrices takes a few
milliseconds.  `python -m pipeline.langid.build` writes the file (deterministically: fixed
zip dates, so a rebuild from the same profiles is byte-identical).  It records a key of
its inputs (our profile files, the installed langdetect's stock profiles, `FORMAT`);
`load_base` rebuilds from the profiles when the key does not match, so a stale file costs
time, never a wrong answer.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import numpy as np

from . import profiles
from .model import BaseTables, base_tables
from .profiles import PROFILE_DIR

TABLES_FILE = "tables.npz"
FORMAT = 1
"""Bump when `base_tables` changes what it computes."""


def inputs_key(profile_dir: Path = PROFILE_DIR) -> str:
    """SHA-256 over our profile files, the stock profiles' names and sizes, and FORMAT."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for spec in profiles.built_specs():
        digest.update((profile_dir / f"{spec.profile}.json").read_bytes())
    stock = profiles._stock_dir()
    for path in sorted(stock.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            digest.update(f"{path.name} {path.stat().st_size}\n".encode())
    return digest.hexdigest()


def save_base(base: BaseTables, path: Path, key: str) -> None:
    """Write `base` as an .npz file with fixed zip dates (byte-identical for equal input)."""
    arrays: dict[str, np.ndarray] = {
        "meta": np.array(json.dumps({"key": key, "profiles": base.profiles, "langs": base.langs,
                                     "scripts": base.scripts, "tables": sorted(base.tables)})),
    }
    for script, (cols, grams, logp) in base.tables.items():
        arrays[f"{script}.cols"] = np.array(cols, dtype=np.int64)
        arrays[f"{script}.grams"] = np.array("\n".join(grams))
        arrays[f"{script}.logp"] = logp
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, arr, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())
    tmp.replace(path)


def read_base(path: Path) -> tuple[str, BaseTables]:
    """(key, tables) from a file written by `save_base`."""
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        tables = {
            s: (data[f"{s}.cols"].tolist(), str(data[f"{s}.grams"]).split("\n"), data[f"{s}.logp"])
            for s in meta["tables"]
        }
    return meta["key"], BaseTables(meta["profiles"], meta["langs"], meta["scripts"], tables)


def load_base(profile_dir: Path = PROFILE_DIR) -> BaseTables:
    """The cached tables when they match the profiles, else built from the profiles."""
    path = profile_dir / TABLES_FILE
    if path.is_file():
        key, base = read_base(path)
        if key == inputs_key(profile_dir):
            return base
    return base_tables(profile_dir)


def write_tables(profile_dir: Path = PROFILE_DIR) -> Path:
    """Build the tables from the profiles in `profile_dir` and cache them there."""
    path = profile_dir / TABLES_FILE
    save_base(base_tables(profile_dir), path, inputs_key(profile_dir))
    return path
