"""A batch: collect inputs, skip what is already converted, convert the rest
in parallel, commit results in small crash-safe batches."""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from ingest.inputs import InputFile, collect, file_id
from ingest.records import Extraction
from ingest.writer import DatasetWriter
from parsers.settings import ParserSettings


@dataclass
class BatchOptions:
    workers: int = os.cpu_count() or 1
    timeout: float = 120.0  # seconds a file may go without reading a page (pool.MAX_BEATS_SPAN times that in all)
    memory_mb: int = 3072  # address space a worker may add to what it forked with
    force: bool = False  # re-parse files already in the dataset
    prune: bool = False  # drop documents whose source file is gone
    commit_every: int = int(os.environ.get("ITA_COMMIT_EVERY", "25"))  # documents per committed batch
    executor: str = "local"  # local worker processes, or dask (a dask.distributed cluster)
    scheduler: str | None = None  # dask scheduler address; none: a local dask cluster
    parser: ParserSettings = field(default_factory=ParserSettings)

    def __post_init__(self) -> None:
        if self.workers < 1 or self.timeout <= 0 or self.commit_every < 1:
            raise ValueError("workers, timeout and commit_every must be positive")
        if self.executor not in ("local", "dask"):
            raise ValueError(f"executor {self.executor!r} is not available: use local or dask")
        if self.scheduler and self.executor != "dask":
            raise ValueError("--scheduler goes with --executor dask")


@dataclass
class Summary:
    files: int = 0
    skipped: int = 0
    ok: int = 0
    partial: int = 0
    failed: int = 0
    pages: int = 0
    rows: int = 0
    removed: int = 0
    findings: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, x: Extraction) -> None:
        setattr(self, x.document.status, getattr(self, x.document.status) + 1)
        self.pages += x.document.pages or 0
        self.rows += len(x.measures)
        self.findings.update(f.code for f in x.findings)

    def as_dict(self) -> dict:
        d = {k: getattr(self, k) for k in ("files", "skipped", "ok", "partial", "failed", "pages",
                                           "rows", "removed")}
        d["seconds"] = round(self.seconds, 2)
        d["findings"] = dict(self.findings.most_common())
        return d


def convert(path: str, source: str, doc_id: str, settings: ParserSettings) -> Extraction:
    """The work one worker does for one file."""
    from ingest import pool
    from ingest.pipeline import process_file
    from parsers import progress

    progress.on_page(pool.beat)  # each page read starts the file's time limit again
    return process_file(path, settings, doc_id=doc_id, source_path=source)


def convert_isolated(path: str, source: str, doc_id: str, settings: ParserSettings, timeout: float,
                     memory_mb: int) -> tuple:
    """One file in a child process of its own, with the batch's time limit and
    memory cap (for callers outside a batch: the web page, a dask worker).
    Returns ``(source, status, value)`` as ``WorkerPool.run`` yields it."""
    from ingest.pool import WorkerPool

    [result] = list(WorkerPool(convert, 1, timeout, memory_mb).run([(source, path, source, doc_id, settings)]))
    return result


def failed_extraction(*args, **kwargs) -> Extraction:
    # Imported when needed: a re-run that skips every file never loads the extraction code.
    from ingest.pipeline import failed_extraction as failed

    return failed(*args, **kwargs)


def _source_exists(source: str) -> bool:
    return Path(source.split("!")[0]).exists()


def refusal_id(f: InputFile) -> str:
    """The identity of a refusal (an unsafe member, an archive cut short):
    its archive's content, what it is called and why, so that a run over the
    same archive skips it and a changed archive replaces it."""
    return hashlib.sha256(f"{file_id(f.path)}\0{f.source}\0{f.refused}".encode()).hexdigest()


def run(inputs: list[str | Path], out_dir: str | Path, options: BatchOptions | None = None,
        progress: Callable[[Extraction | None, Summary], None] | None = None) -> Summary:
    options = options or BatchOptions()
    started = time.monotonic()
    writer = DatasetWriter(out_dir)
    writer.recover()
    summary = Summary()
    with tempfile.TemporaryDirectory(prefix="ita-") as tmp:
        files = collect(inputs, Path(tmp))
        summary.files = len(files)
        committed = writer.committed()
        by_source = {src: doc for doc, src in committed.items()}
        todo: list[tuple] = []
        done: list[Extraction] = []
        stale: set[str] = set()
        for f in files:
            try:
                doc_id = file_id(f.path) if not f.refused else refusal_id(f)
            except OSError as e:
                done.append(failed_extraction(f.source, "unreadable_file", str(e)))
                continue
            if doc_id in committed and not options.force:
                summary.skipped += 1
                continue
            old = by_source.get(f.source)
            if old is not None:
                stale.add(old)  # a changed file replaces its old rows
            if doc_id in committed:
                stale.add(doc_id)
            if f.refused:
                done.append(failed_extraction(f.source, f.code, f.refused, doc_id))
            else:
                todo.append((f.source, str(f.path), f.source, doc_id))
        if options.prune:
            stale |= {doc for doc, src in committed.items() if not _source_exists(src)}
        settings = ocr_share(options, len(todo))
        todo = [task + (settings,) for task in todo]
        summary.removed = len(stale)
        writer.remove(stale)  # before writing: a kill between never leaves duplicates

        buffer: list[Extraction] = []

        def accept(x: Extraction) -> None:
            summary.add(x)
            buffer.append(x)
            if progress:
                progress(x, summary)
            if len(buffer) >= options.commit_every:
                writer.write_batch(buffer)
                buffer.clear()

        for x in done:
            accept(x)
        sizes = {t[0]: os.path.getsize(t[1]) for t in todo}
        ids = {t[0]: t[3] for t in todo}
        for key, status, value in _execute(todo, options):
            if status == "ok":
                accept(value)
            else:
                accept(failed_extraction(key, status, value, ids[key], sizes[key]))
        writer.write_batch(buffer)
    summary.seconds = time.monotonic() - started
    return summary


def ocr_share(options: BatchOptions, files: int) -> ParserSettings:
    """The parser settings for each worker: files run side by side, so each
    OCRs its pages with its share of the cores (one file alone: all of them).

    >>> ocr_share(BatchOptions(workers=2, parser=ParserSettings(ocr_threads=4)), 10).ocr_threads
    2
    >>> ocr_share(BatchOptions(workers=2, parser=ParserSettings(ocr_threads=4)), 1).ocr_threads
    4
    """
    side_by_side = max(1, min(options.workers, files))
    return replace(options.parser, ocr_threads=max(1, options.parser.ocr_threads // side_by_side))


def _execute(todo: list[tuple], options: BatchOptions):
    if options.executor == "dask":
        from ingest.dask_executor import execute

        yield from execute(todo, options)
        return
    from ingest.pool import WorkerPool

    pool = WorkerPool(convert, options.workers, options.timeout, options.memory_mb)
    yield from pool.run(todo)
