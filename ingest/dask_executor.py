"""Run a batch's files on a dask.distributed cluster (``--executor dask``).

Each file's bytes travel with its task, so workers need no shared file
system. On the worker the file still runs in a forked child with the time
limit and memory cap of the local executor (``ingest.pool``): a bad file
fails alone there too. Results come back to the caller, which writes the
dataset exactly as the local executor does.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

IN_FLIGHT_PER_THREAD = 2  # tasks queued per worker thread: bounds the client's memory
CONNECT_TIMEOUT = 30.0  # seconds to reach the scheduler


def convert_remote(source: str, name: str, data: bytes, doc_id: str, settings, timeout: float,
                   memory_mb: int) -> tuple:
    """On a dask worker: one file, isolated as the local executor isolates it."""
    from ingest.batch import convert_isolated

    with tempfile.TemporaryDirectory(prefix="ita-dask-") as tmp:
        path = Path(tmp) / (Path(name).name or "input")
        path.write_bytes(data)
        with _children_allowed():
            return convert_isolated(str(path), source, doc_id, settings, timeout, memory_mb)


@contextmanager
def _children_allowed():
    """Dask runs its workers as daemonic processes, which multiprocessing
    forbids to start children; the isolating child is ours to manage (it is
    always joined or killed), so lift that flag while it runs."""
    proc = mp.current_process()
    daemon = proc._config.get("daemon")
    proc._config["daemon"] = False
    try:
        yield
    finally:
        proc._config["daemon"] = daemon


def execute(todo: list[tuple], options) -> Iterator[tuple]:
    """Yield ``(key, status, value)`` per task, as ``WorkerPool.run`` does."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError("the dask executor needs dask.distributed: pip install 'ita[dask]'") from None
    cluster = None
    if options.scheduler:
        try:
            client = Client(options.scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as e:
            raise RuntimeError(f"cannot reach the dask scheduler at {options.scheduler}: {e}") from None
    else:  # no scheduler given: a cluster of local processes, mostly for trying it out
        cluster = LocalCluster(n_workers=options.workers, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    try:
        threads = max(1, sum(client.nthreads().values()))
        queue = list(reversed(todo))
        running = as_completed()
        sources = {}  # future key -> the file's source key

        def submit_next() -> None:
            source, path, _, doc_id, settings = queue.pop()
            data = Path(path).read_bytes()
            future = client.submit(convert_remote, source, os.path.basename(path), data, doc_id,
                                   settings, options.timeout, options.memory_mb, pure=False)
            sources[future.key] = source
            running.add(future)

        for _ in range(min(len(queue), threads * IN_FLIGHT_PER_THREAD)):
            submit_next()
        for future in running:
            try:
                yield future.result()
            except Exception as e:  # noqa: BLE001 - the worker itself was lost
                yield sources[future.key], "worker_crashed", f"dask: {type(e).__name__}: {e}"
            del sources[future.key]
            future.release()
            if queue:
                submit_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
