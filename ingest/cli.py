"""The ``ita`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table as RichTable

from ingest.batch import BatchOptions, Summary, run
from ingest.records import Extraction

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Thai ITA measure reports (PDF, DOCX, DOC) to a Parquet dataset.")
err = Console(stderr=True)
out = Console()


@app.command()
def ingest(
    inputs: list[Path] = typer.Argument(..., help="Files, folders (searched recursively) or .zip archives."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Dataset folder (created if missing)."),
    workers: int = typer.Option(BatchOptions.workers, help="Worker processes (default: all cores)."),
    timeout: float = typer.Option(120.0, help="Seconds allowed per file."),
    memory_mb: int = typer.Option(3072, help="Memory cap per worker, MB."),
    force: bool = typer.Option(False, "--force", help="Re-parse files already in the dataset."),
    prune: bool = typer.Option(False, "--prune", help="Drop documents whose source file is gone."),
    executor: str = typer.Option("local", help="local, or dask for a dask.distributed cluster."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler, e.g. tcp://10.0.0.5:8786."),
    as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
) -> None:
    """Convert reports into DIR/documents, DIR/measures and DIR/findings (Parquet)."""
    options = BatchOptions(workers=workers, timeout=timeout, memory_mb=memory_mb, force=force,
                           prune=prune, executor=executor, scheduler=scheduler)
    show_progress = not as_json and err.is_terminal
    if show_progress:
        from ingest.progress import BatchProgress
        with BatchProgress(err) as bar:
            summary = run(inputs, out_dir, options, progress=bar.update)
    else:
        summary = run(inputs, out_dir, options)
    if as_json:
        out.print_json(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        print_summary(summary, out_dir)
    raise typer.Exit(0)


def print_summary(summary: Summary, out_dir: Path) -> None:
    t = RichTable(title=f"ita ingest → {out_dir}", show_header=True)
    t.add_column("")
    t.add_column("จำนวน / count", justify="right")
    for label, value in (
        ("ไฟล์ / files", summary.files), ("ข้าม (มีแล้ว) / skipped", summary.skipped),
        ("สำเร็จ / ok", summary.ok), ("บางส่วน / partial", summary.partial),
        ("ล้มเหลว / failed", summary.failed), ("หน้า / pages", summary.pages),
        ("แถวมาตรการ / measure rows", summary.rows), ("ลบ/แทนที่ / removed", summary.removed),
    ):
        t.add_row(label, str(value))
    t.add_row("เวลา / seconds", f"{summary.seconds:.1f}")
    out.print(t)
    if summary.findings:
        f = RichTable(title="ข้อสังเกตที่พบบ่อย / top findings")
        f.add_column("code")
        f.add_column("count", justify="right")
        for code, n in summary.findings.most_common(10):
            f.add_row(code, str(n))
        out.print(f)


@app.command()
def text(
    file: Path = typer.Argument(..., help="A PDF, DOCX or DOC file."),
    raw: bool = typer.Option(False, "--raw", help="Text as the file gave it, before repair."),
) -> None:
    """Print a document's text in reading order (tables row by row, cell by cell)."""
    from ingest.textdump import document_text
    from parsers import parse

    doc = parse(file)
    if doc.failed:
        for issue in doc.issues:
            err.print(f"[red]{issue.code}[/red]: {issue.detail}")
        raise typer.Exit(1)
    sys.stdout.write(document_text(doc, raw=raw))
    for issue in doc.issues:
        err.print(f"[yellow]{issue.code}[/yellow] page {issue.page}: {issue.detail}")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
