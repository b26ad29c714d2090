"""``ita serve``: a local web page where SAO staff check a report before upload.

Drop a report (PDF, Word, Excel, a saved web page), see the extracted table with each problem on its row and
cell, and download the rows as CSV or Excel. The file is checked by its
content (not its name), processed in a temporary folder that is removed at
once, in a child process with a time limit and memory cap (a bad file cannot
hang the server); nothing is kept. Errors are shown as messages, never as a
stack trace.
"""

from __future__ import annotations

import base64
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from ingest.records import Extraction

MAX_UPLOAD = 20 * 1024 * 1024  # bytes
ACCEPTED = ("pdf", "docx", "xlsx", "doc", "xls", "rtf", "odt", "html", "mhtml")
TIMEOUT = 120.0  # seconds per file
MEMORY_MB = 3072

_templates = Environment(loader=PackageLoader("ingest", "templates"), autoescape=select_autoescape())
COLUMNS = (("issue", "ประเด็นที่ต้องปรับปรุงแก้ไข"), ("responsible", "ผู้รับผิดชอบ"),
           ("measure", "ขั้นตอนหรือวิธีการ/มาตรการ"), ("monitoring", "การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ"),
           ("progress", "การดำเนินการ"))
KIND_TH = {"progress": "รายงานผลการดำเนินการ", "annual": "รายงานผลประจำปี", "plan": "มาตรการ/แผน"}


class UploadError(Exception):
    """A problem with the upload itself, shown to the user as a message."""

    def __init__(self, th: str, en: str, status: int = 400):
        super().__init__(en)
        self.th, self.en, self.status = th, en, status


def page(name: str, status: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(name).render(**context), status_code=status)


async def index(request: Request) -> HTMLResponse:
    return page("index.html", max_mb=MAX_UPLOAD // (1024 * 1024))


async def validate(request: Request) -> HTMLResponse:
    try:
        declared = int(request.headers.get("content-length") or 0)
        if declared > MAX_UPLOAD + 64 * 1024:
            raise _too_large()
        async with request.form(max_files=1, max_fields=5) as form:
            upload = form.get("file")
            if upload is None or isinstance(upload, str) or not upload.filename:
                raise UploadError("กรุณาเลือกไฟล์รายงานก่อนกดตรวจ", "Choose a report file first")
            with tempfile.TemporaryDirectory(prefix="ita-web-") as tmp:
                path = Path(tmp) / "upload"
                await _save(upload, path)
                result = await run_in_threadpool(check_file, path, upload.filename, Path(tmp))
    except UploadError as e:
        return page("index.html", status=e.status, error=e, max_mb=MAX_UPLOAD // (1024 * 1024))
    return page("result.html", **result)


def _too_large() -> UploadError:
    mb = MAX_UPLOAD // (1024 * 1024)
    return UploadError(f"ไฟล์ใหญ่เกิน {mb} MB", f"The file is larger than {mb} MB", 413)


async def _save(upload, path: Path) -> None:
    size = 0
    with open(path, "wb") as f:
        while chunk := await upload.read(1 << 20):
            size += len(chunk)
            if size > MAX_UPLOAD:
                raise _too_large()
            f.write(chunk)
    if size == 0:
        raise UploadError("ไฟล์ว่างเปล่า", "The file is empty")


def check_file(path: Path, filename: str, workdir: Path) -> dict:
    """Sniff, process in a child process, and build the page's context."""
    from parsers import sniff

    kind = sniff(path)
    if kind == "damaged_zip":  # a Word or Excel file cut short: read from its parts, named as it came
        kind = "xlsx" if filename.lower().endswith(".xlsx") else "docx"
    if kind not in ACCEPTED:
        raise UploadError("ไฟล์นี้ไม่ใช่รายงานที่อ่านได้ (รองรับ PDF, DOCX, DOC, XLSX, XLS, RTF, ODT, HTML) — ตรวจดูว่าเลือกไฟล์ถูกต้อง",
                          "This is not a readable report (PDF, DOCX, DOC, XLSX, XLS, RTF, ODT or HTML accepted)", 415)
    typed = path.rename(path.with_suffix("." + kind))
    x = _process(typed, filename)
    return {"x": x, "filename": filename, "rows": _rows(x), "general": _general(x),
            "downloads": _downloads(x, workdir, Path(filename).stem or "report"),
            "columns": COLUMNS, "kind_th": KIND_TH.get(x.document.report_kind or "", "-")}


def _process(path: Path, filename: str) -> Extraction:
    from ingest.batch import convert_isolated
    from ingest.pipeline import failed_extraction, file_id
    from parsers.settings import ParserSettings

    doc_id = file_id(path)
    _, status, value = convert_isolated(str(path), filename, doc_id, ParserSettings(), TIMEOUT, MEMORY_MB)
    if status == "ok":
        return value
    return failed_extraction(filename, status, value, doc_id, path.stat().st_size)


@dataclass
class _Row:
    measure: object
    cells: dict  # column -> findings on that cell
    row_findings: list  # findings about the whole row
    level: str  # "", "warning" or "error": the worst finding on the row


def _rows(x: Extraction) -> list[_Row]:
    by_row: dict[int, list] = defaultdict(list)
    for f in x.findings:
        if f.row_no is not None:
            by_row[f.row_no].append(f)
    rows = []
    for m in x.measures:
        found = by_row.get(m.row_no, [])
        cells = {col: [f for f in found if f.column == col] for col, _ in COLUMNS}
        rest = [f for f in found if f.column not in cells]
        severities = {f.severity for f in found}
        level = "error" if "error" in severities else "warning" if "warning" in severities else ""
        rows.append(_Row(m, cells, rest, level))
    return rows


def _general(x: Extraction) -> list:
    return [f for f in x.findings if f.row_no is None]


def _downloads(x: Extraction, workdir: Path, stem: str) -> dict[str, str]:
    """CSV and XLSX of the rows as data: URLs, so nothing stays on the server."""
    if not x.measures:
        return {}
    from ingest.export import write_csv, write_xlsx
    from ingest.query import connect
    from ingest.writer import DatasetWriter

    DatasetWriter(workdir / "dataset").write_batch([x])
    con = connect(workdir / "dataset")
    write_xlsx(con, workdir / "rows.xlsx")
    csv_path = write_csv(con, workdir / "csv")["measures"]
    xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return {
        f"{stem}.csv": "data:text/csv;charset=utf-8;base64," + base64.b64encode(csv_path.read_bytes()).decode(),
        f"{stem}.xlsx": f"data:{xlsx_type};base64," + base64.b64encode((workdir / "rows.xlsx").read_bytes()).decode(),
    }


async def http_error(request: Request, exc: HTTPException) -> HTMLResponse:
    if exc.status_code == 404:
        return page("message.html", status=404, th="ไม่พบหน้านี้", en="Page not found")
    return page("message.html", status=exc.status_code, th="กรุณาส่งไฟล์ผ่านแบบฟอร์มในหน้าแรก",
                en="Please send files through the form on the first page")


async def server_error(request: Request, exc: Exception) -> HTMLResponse:
    return page("message.html", status=500, th="เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่อีกครั้ง",
                en="Something went wrong on the server; please try again")


app = Starlette(
    routes=[Route("/", index), Route("/validate", validate, methods=["POST"])],
    exception_handlers={HTTPException: http_error, Exception: server_error},
)


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")
