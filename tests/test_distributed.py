"""A batch on a real Dask LocalCluster writes exactly what a local run writes."""
from __future__ import annotations

import pytest

from pipeline.batch import run

pytest.importorskip("dask.distributed")


def _tree(root):
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".presspipe" not in p.parts
    }


def test_dask_local_cluster_matches_local_run(corpus_dir, tmp_path, records_dir):
    local = records_dir / "local"
    dask = records_dir / "dask"
    run([corpus_dir], local, progress=False)
    summary = run([corpus_dir], dask, progress=False, dask="local", jobs=2)
    assert summary.processed == len(_tree(local)) - 1  # all but errors.jsonl
    assert summary.failed == 0
    assert _tree(dask) == _tree(local)
