"""Run a batch on a Dask cluster: workers process inputs, the caller writes the records.

Each Dask worker process loads one Pipeline (cached in `pipeline.batch`) and returns an
`InputResult`; the client writes outputs exactly as a local run does, so the output folder
is byte-for-byte the same.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator

from .batch import InputFile, InputResult, process_input

log = logging.getLogger(__name__)


def _client(address: str, jobs: int):
    from dask.distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(
            n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.WARNING,
        )
        return Client(cluster), cluster
    return Client(address), None


def run_on_dask(
    todo: list[InputFile], address: str, *, max_bytes: int, fmt: str, jobs: int = 2,
    jsonl_fields: tuple[tuple[str, str], ...] | None = None,
) -> Iterator[InputResult]:
    """Yield each input's result as the cluster finishes it."""
    from dask.distributed import as_completed

    client, cluster = _client(address, jobs)
    try:
        futures = client.map(
            process_input, todo, max_bytes=max_bytes, fmt=fmt, jsonl_fields=jsonl_fields,
            pure=False,
            key=[f"presspipe-{i}-{item.rel}" for i, item in enumerate(todo)],
        )
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
