"""A progress bar for terminals: files, pages, rows, failures, ETA."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


class BatchProgress:
    def __init__(self, console: Console):
        self.progress = Progress(
            TextColumn("[bold]ita ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[stats]}"), TimeRemainingColumn(), console=console, transient=False)
        self.task = None

    def __enter__(self):
        self.progress.__enter__()
        self.task = self.progress.add_task("files", total=None, stats="")
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def update(self, extraction, summary) -> None:
        done = summary.ok + summary.partial + summary.failed
        stats = f"pages {summary.pages} · rows {summary.rows} · failed {summary.failed}"
        self.progress.update(self.task, total=summary.files - summary.skipped, completed=done, stats=stats)
