"""The ``ita`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table as RichTable

from ingest.batch import BatchOptions, Summary, run
from ingest.records import Extraction
from parsers.settings import ParserSettings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Thai ITA measure reports (PDF, Word, Excel, web pages) to a Parquet dataset.")
err = Console(stderr=True)
out = Console()


@app.command()
def ingest(
    inputs: list[Path] = typer.Argument(..., help="Files, folders (searched recursively) or .zip archives."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Dataset folder (created if missing)."),
    workers: int = typer.Option(BatchOptions.workers, help="Worker processes (default: all cores)."),
    timeout: float = typer.Option(120.0, help="Seconds a file may go without reading a page (20 times that in all)."),
    memory_mb: int = typer.Option(3072, help="Memory cap per worker, MB (beyond what it starts with)."),
    max_pages: int = typer.Option(ParserSettings.max_pages, help="Longer PDFs are refused with a page_limit finding."),
    ocr: bool = typer.Option(True, "--ocr/--no-ocr", help="Read scanned pages with Tesseract (Thai)."),
    force: bool = typer.Option(False, "--force", help="Re-parse files already in the dataset."),
    prune: bool = typer.Option(False, "--prune", help="Drop documents whose source file is gone."),
    executor: str = typer.Option("local", help="local (worker processes) or dask (a dask.distributed cluster)."),
    scheduler: str = typer.Option(None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
) -> None:
    """Convert reports into DIR/documents, DIR/measures and DIR/findings (Parquet)."""
    try:
        options = BatchOptions(workers=workers, timeout=timeout, memory_mb=memory_mb, force=force,
                               prune=prune, executor=executor, scheduler=scheduler, parser=ParserSettings(max_pages=max_pages, ocr=ocr))
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None
    show_progress = not as_json and err.is_terminal
    try:
        if show_progress:
            from ingest.progress import BatchProgress
            with BatchProgress(err) as bar:
                summary = run(inputs, out_dir, options, progress=bar.update)
        else:
            summary = run(inputs, out_dir, options)
    except RuntimeError as e:  # an executor that cannot start (dask missing, no scheduler)
        err.print(f"[red]ita ingest: {e}")
        raise typer.Exit(2) from None
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
    file: Path = typer.Argument(..., help="A PDF, DOCX or DOC file (also XLSX, XLS, RTF, ODT, HTML, MHT)."),
    raw: bool = typer.Option(False, "--raw", help="Text as the file gave it, before any repair."),
) -> None:
    """Print a document's text in reading order (tables row by row, cell by cell)."""
    from ingest.textdump import document_text
    from parsers import parse

    doc = parse(file, {"font_repair": False, "actual_text": False} if raw else None)
    if doc.failed:
        for issue in doc.issues:
            err.print(f"[red]{issue.code}[/red]: {issue.detail}")
        raise typer.Exit(1)
    sys.stdout.write(document_text(doc, raw=raw))
    for issue in doc.issues:
        err.print(f"[yellow]{issue.code}[/yellow] page {issue.page}: {issue.detail}")


@app.command()
def validate(
    files: list[Path] = typer.Argument(..., help="Reports to check before upload."),
    as_json: bool = typer.Option(False, "--json", help="Findings (findings schema) and extracted rows as JSON."),
    lang: str = typer.Option("th", "--lang", help="th or en."),
) -> None:
    """Check reports with the same pipeline as ingest (nothing is written).
    Exit status 1 if any file has an error."""
    from dataclasses import asdict

    from ingest.pipeline import process_file

    if lang not in ("th", "en"):
        raise typer.BadParameter("--lang must be th or en")
    results = [process_file(f) for f in files]
    if as_json:
        payload = [{"document": asdict(x.document), "findings": [asdict(f) for f in x.findings],
                    "measures": [asdict(m) for m in x.measures]} for x in results]
        out.print_json(json.dumps(payload, ensure_ascii=False, default=str))
    else:
        for x in results:
            print_report(x, lang)
    raise typer.Exit(1 if any(x.document.n_errors for x in results) else 0)


_WORDS = {
    "th": {"rows": "แถวมาตรการ", "errors": "ข้อผิดพลาด", "warnings": "คำเตือน", "info": "ข้อมูล",
           "page": "หน้า", "row": "แถว", "column": "ช่อง", "ok": "ไม่พบปัญหา", "org": "หน่วยงาน",
           "fy": "ปีงบประมาณ"},
    "en": {"rows": "measure rows", "errors": "errors", "warnings": "warnings", "info": "info",
           "page": "page", "row": "row", "column": "column", "ok": "no problems found", "org": "organisation",
           "fy": "fiscal year"},
}
_COLUMNS_TH = {"issue": "ประเด็น", "responsible": "ผู้รับผิดชอบ", "measure": "มาตรการ",
               "monitoring": "การรายงานผล/กำหนดเวลา", "progress": "การดำเนินการ"}


def print_report(x: Extraction, lang: str = "th") -> None:
    w = _WORDS[lang]
    d = x.document
    info = sum(f.severity == "info" for f in x.findings)
    colour = "red" if d.n_errors else "yellow" if d.n_warnings else "green"
    out.rule(f"[bold]{d.source_path}")
    out.print(f"{w['org']}: {d.org_name or '-'}   {w['fy']}: {d.fiscal_year or '-'}   "
              f"{w['rows']}: {d.n_measures}   [{colour}]{w['errors']}: {d.n_errors}   "
              f"{w['warnings']}: {d.n_warnings}[/{colour}]   {w['info']}: {info}")
    if not x.findings:
        out.print(f"[green]{w['ok']}")
        return
    t = RichTable(show_lines=False)
    for head in ("", w["page"], w["row"], w["column"], "code", "", ""):
        t.add_column(head)
    for f in sorted(x.findings, key=lambda f: ({"error": 0, "warning": 1}.get(f.severity, 2), f.row_no or 0)):
        mark = {"error": "[red]✖", "warning": "[yellow]▲"}.get(f.severity, "[blue]ℹ")
        column = _COLUMNS_TH.get(f.column, f.column) if lang == "th" else f.column
        snippet = " ".join((f.text or "").split())
        t.add_row(mark, str(f.page or ""), str(f.row_no or ""), column or "", f.code,
                  f.message if lang == "th" else f.message_en, snippet[:60] + ("…" if len(snippet) > 60 else ""))
    out.print(t)


@app.command()
def query(
    sql: str = typer.Argument(..., help="SQL over the views documents, measures, findings."),
    data: Path = typer.Option(..., "--data", "-d", help="Dataset folder written by ita ingest."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Query a dataset with DuckDB (views: documents, measures, findings)."""
    import duckdb

    from ingest.query import connect

    if fmt not in ("table", "csv", "json"):
        raise typer.BadParameter("--format must be table, csv or json")
    try:
        result = connect(data).sql(sql)
        if result is None:  # a statement with no result set
            raise typer.Exit(0)
        names, rows = result.columns, result.fetchall()
    except duckdb.Error as e:
        err.print(f"[red]SQL error:[/red] {e}")
        raise typer.Exit(1) from None
    if fmt == "json":
        out.print_json(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, default=str))
    elif fmt == "csv":
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(names)
        w.writerows([[_plain(v) for v in r] for r in rows])
    else:
        t = RichTable(show_lines=False)
        for name in names:
            t.add_column(name, overflow="fold")
        for r in rows:
            t.add_row(*(_plain(v) for v in r))
        out.print(t)
        err.print(f"{len(rows)} แถว / rows")


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


@app.command()
def export(
    data: Path = typer.Option(..., "--data", "-d", help="Dataset folder written by ita ingest."),
    xlsx: Path = typer.Option(None, "--xlsx", help="Write an Excel workbook (a sheet per table)."),
    csv_dir: Path = typer.Option(None, "--csv", help="A folder for documents.csv, measures.csv, findings.csv, "
                                                    "or FILE.csv for the measures (the other two beside it)."),
    province: str = typer.Option(None, help="Province code (31) or Thai name (บุรีรัมย์)."),
    fiscal_year: int = typer.Option(None, "--fiscal-year", help="Buddhist-era fiscal year, e.g. 2566."),
) -> None:
    """Export a dataset for Excel: a workbook with Thai headers, or CSV with a BOM."""
    from ingest.export import write_csv, write_xlsx
    from ingest.query import connect

    if xlsx is None and csv_dir is None:
        raise typer.BadParameter("give --xlsx FILE and/or --csv DIR|FILE.csv")
    con = connect(data)
    if xlsx is not None:
        counts = write_xlsx(con, xlsx, province, fiscal_year)
        out.print(f"{xlsx}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if csv_dir is not None:
        for table, path in write_csv(con, csv_dir, province, fiscal_year).items():
            out.print(f"{path}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on (127.0.0.1: this computer only)."),
    port: int = typer.Option(8000, help="Port."),
) -> None:
    """A local web page to check a report before upload (Thai interface)."""
    from ingest.web import serve as run_server

    err.print(f"ita serve: http://{host}:{port}/  (Ctrl+C to stop)")
    run_server(host, port)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
