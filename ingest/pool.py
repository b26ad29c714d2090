"""Run files in worker processes, each file isolated: a hang past the time
limit, a crash or running out of memory fails that file only.

``concurrent.futures`` cannot kill one stuck task, and one dead worker breaks
its whole pool, so this keeps its own workers: long-lived (imports are paid
once), one task at a time, replaced when killed or dead.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import resource
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable, Iterator

Task = tuple  # (key, *args) handed to the work function

# A task may run for this many times the time limit in all, as long as it
# calls beat() within every time limit.
MAX_BEATS_SPAN = 20
_BEAT_EVERY = 1.0  # seconds: beats closer than this are not sent
_beat: Callable[[], None] | None = None


def beat() -> None:
    """Called by the work in a worker: it is making progress (a page read),
    so its time limit starts again. Outside a worker, nothing."""
    if _beat is not None:
        _beat()


def _worker_main(conn: Connection, work: Callable, memory_mb: int) -> None:
    global _beat
    # Never collect what the fork inherited: garbage the parent left (a DuckDB
    # connection in a reference cycle, in a notebook or a test run) would be
    # finalized here, without the threads it owns, and crash the worker.
    gc.freeze()
    if memory_mb:
        # On top of what the fork inherited: a parent that has already mapped
        # gigabytes (Arrow's and DuckDB's pools in a notebook or a test run)
        # would otherwise leave its workers no room at all.
        limit = _address_space() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    parent = os.getppid()
    task: Task = ()
    last = 0.0

    def send_beat() -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= _BEAT_EVERY:
            last = now
            conn.send((task[0], "alive", None))

    _beat = send_beat
    while True:
        try:
            # A killed parent may not close this pipe (forked siblings hold its end
            # open), so also watch for the parent going away.
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            result = ("ok", work(*task[1:]))
        except MemoryError:
            result = ("worker_crashed", "out of memory")
        except Exception as e:  # noqa: BLE001 - reported as a finding by the caller
            result = ("worker_crashed", f"{type(e).__name__}: {e}")
        conn.send((task[0], *result))


def _address_space() -> int:
    """Bytes of address space this process has mapped (0 where /proc is not)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@dataclass
class _Worker:
    proc: mp.Process
    conn: Connection
    task: Task | None = None
    started: float = 0.0
    alive: float = 0.0  # its last beat (or start)


class WorkerPool:
    def __init__(self, work: Callable, workers: int, timeout: float, memory_mb: int = 0):
        self.work, self.n, self.timeout, self.memory_mb = work, max(1, workers), timeout, memory_mb
        self.ctx = mp.get_context("fork")

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.work, self.memory_mb), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple]:
        """Yield ``(key, status, value)``: status "ok" with the work's result, or
        "timeout" / "worker_crashed" with a reason."""
        pending = list(tasks)
        pending.reverse()
        workers = [self._spawn() for _ in range(min(self.n, len(pending)))]
        try:
            while pending or any(w.task for w in workers):
                for w in workers:
                    if w.task is None and pending:
                        w.task, w.started = pending.pop(), time.monotonic()
                        w.alive = w.started
                        w.conn.send(w.task)
                busy = [w for w in workers if w.task is not None]
                ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=0.5)
                now = time.monotonic()
                for i, w in enumerate(workers):
                    if w.task is None:
                        continue
                    if w.conn in ready:
                        try:
                            key, status, value = w.conn.recv()
                        except (EOFError, OSError):
                            key, status, value = w.task[0], "worker_crashed", self._exit_reason(w)
                            workers[i] = self._replace(w)
                        else:
                            if status == "alive":
                                w.alive = now
                                continue
                            w.task = None
                        yield key, status, value
                    elif not w.proc.is_alive():
                        yield w.task[0], "worker_crashed", self._exit_reason(w)
                        workers[i] = self._replace(w)
                    elif now - w.alive > self.timeout:
                        yield w.task[0], "timeout", f"more than {self.timeout:g} s without progress"
                        workers[i] = self._replace(w)
                    elif now - w.started > self.timeout * MAX_BEATS_SPAN:
                        yield w.task[0], "timeout", f"more than {self.timeout * MAX_BEATS_SPAN:g} s in all"
                        workers[i] = self._replace(w)
        finally:
            for w in workers:
                self._stop(w)

    def _exit_reason(self, w: _Worker) -> str:
        w.proc.join(timeout=1)
        code = w.proc.exitcode
        return f"worker exited with code {code}" + (" (killed: out of memory?)" if code == -9 else "")

    def _replace(self, w: _Worker) -> _Worker:
        self._stop(w, kill=True)
        return self._spawn()

    @staticmethod
    def _stop(w: _Worker, kill: bool = False) -> None:
        if w.proc.is_alive():
            if kill:
                w.proc.kill()
            else:
                try:
                    w.conn.send(None)
                except OSError:
                    pass
        w.proc.join(timeout=2)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join()
        w.conn.close()
