"""Excel and CSV exports of a dataset, for people who work in Excel.

The workbook has a sheet per table with Thai column headers, a frozen header
row, autofilter, real Excel dates and readable widths; lists are joined into
one cell. CSV files carry a UTF-8 BOM so Excel opens Thai correctly.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import duckdb

SHEETS = {"documents": "เอกสาร", "measures": "มาตรการ", "findings": "ข้อสังเกต"}
LABELS = {
    "doc_id": "รหัสเอกสาร", "source_path": "ไฟล์", "file_type": "ชนิดไฟล์", "pages": "จำนวนหน้า",
    "status": "สถานะการอ่าน", "title": "ชื่อรายงาน", "report_kind": "ประเภทรายงาน",
    "org_name": "หน่วยงาน", "org_type": "ประเภทหน่วยงาน", "subdistrict": "ตำบล", "district": "อำเภอ",
    "province": "จังหวัด", "province_code": "รหัสจังหวัด", "district_code": "รหัสอำเภอ",
    "subdistrict_code": "รหัสตำบล", "place_confidence": "ความมั่นใจชื่อสถานที่",
    "fiscal_year": "ปีงบประมาณ", "period_start": "เริ่มรอบรายงาน", "period_end": "สิ้นสุดรอบรายงาน",
    "n_measures": "จำนวนมาตรการ", "n_errors": "ข้อผิดพลาด", "n_warnings": "คำเตือน",
    "file_size": "ขนาดไฟล์ (ไบต์)", "parser_version": "รุ่นโปรแกรม", "ingested_at": "วันที่นำเข้า",
    "row_no": "แถวที่", "page": "หน้า", "tool": "เครื่องมือ", "indicator_no": "ตัวชี้วัดที่",
    "item_code": "ข้อ", "issue": "ประเด็นที่ต้องปรับปรุงแก้ไข", "responsible": "ผู้รับผิดชอบ",
    "measure": "ขั้นตอนหรือวิธีการ/มาตรการ", "monitoring": "การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ",
    "progress": "การดำเนินการ", "responsible_units": "หน่วยงานผู้รับผิดชอบ", "steps": "ขั้นตอน",
    "deadlines": "กำหนดเวลาแล้วเสร็จ", "latest_deadline": "กำหนดเสร็จล่าสุด",
    "completed_on": "วันที่ดำเนินการแล้วเสร็จ", "reporting_frequency": "ความถี่การรายงาน",
    "ocr_confidence": "ความมั่นใจ OCR", "merged_from_above": "ช่องที่รวมกับแถวบน", "severity": "ระดับ", "code": "รหัสข้อสังเกต",
    "message": "ข้อความ", "message_en": "ข้อความ (อังกฤษ)", "column": "ช่อง", "text": "ข้อความที่พบ",
}
# What each sheet shows, in order (cells_raw stays in Parquet: it is for debugging).
COLUMNS = {
    "documents": ["province", "district", "subdistrict", "org_name", "org_type", "fiscal_year",
                  "report_kind", "period_start", "period_end", "status", "n_measures", "n_errors",
                  "n_warnings", "title", "file_type", "pages", "source_path", "province_code",
                  "district_code", "subdistrict_code", "doc_id", "ingested_at"],
    "measures": ["province", "district", "org_name", "fiscal_year", "row_no", "tool", "indicator_no",
                 "item_code", "issue", "responsible", "measure", "monitoring", "progress",
                 "responsible_units", "steps", "deadlines", "latest_deadline", "completed_on",
                 "reporting_frequency", "ocr_confidence", "merged_from_above", "page", "source_path", "province_code",
                 "doc_id"],
    "findings": ["province", "district", "org_name", "fiscal_year", "severity", "code", "message",
                 "message_en", "page", "row_no", "column", "text", "source_path", "province_code", "doc_id"],
}
WIDE = {"issue", "responsible", "measure", "monitoring", "progress", "steps", "title", "message",
        "message_en", "text"}  # wrapped, wider columns
MAX_WIDTH = 60
LIST_SEPARATOR = {"steps": "\n", "deadlines": ", ", "responsible_units": ", "}


def select(con: duckdb.DuckDBPyConnection, table: str, province: str | None = None,
           fiscal_year: int | None = None) -> tuple[list[str], list[tuple]]:
    """The rows of one sheet: documents' place columns joined in, filters applied.

    ``province`` is a code ("31") or a Thai name ("บุรีรัมย์"); ``fiscal_year``
    is Buddhist-era (2566) or Christian-era (2023, taken as 2566)."""
    if fiscal_year is not None and fiscal_year < 2400:
        fiscal_year += 543
    base = {
        "documents": "select * from documents",
        "measures": "select m.*, d.province, d.district, d.org_name, list_max(m.deadlines) as latest_deadline "
                    "from measures m join documents d using (doc_id)",
        "findings": "select f.*, d.province, d.district, d.org_name from findings f join documents d using (doc_id)",
    }[table]
    cols = COLUMNS[table]
    where, params = [], []
    if province:
        where.append("(province_code = ? or province = ?)")
        params += [province, province]
    if fiscal_year is not None:
        where.append("fiscal_year = ?")
        params.append(fiscal_year)
    sql = "select " + ", ".join(f'"{c}"' for c in cols) + f" from ({base})"
    if where:
        sql += " where " + " and ".join(where)
    order = "province, district, org_name, fiscal_year" + ("" if table == "documents" else ", row_no")
    rows = con.execute(f"{sql} order by {order}", params).fetchall()
    return cols, rows


def _cell_value(name: str, value):
    if name == "merged_from_above":  # columns by their Thai headers, as the sheet shows them
        value = [LABELS[v] for v in value]
    if isinstance(value, list):
        return LIST_SEPARATOR.get(name, ", ").join(_text(v) for v in value if v is not None)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones; stored in UTC
    return value


def _text(value) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def write_xlsx(con: duckdb.DuckDBPyConnection, out: str | Path, province: str | None = None,
               fiscal_year: int | None = None) -> dict[str, int]:
    """Write the workbook; returns rows per sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    counts = {}
    header_font, header_fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    for table, title in SHEETS.items():
        cols, rows = select(con, table, province, fiscal_year)
        ws = wb.create_sheet(title)
        ws.append([LABELS[c] for c in cols])
        for cell in ws[1]:
            cell.font, cell.fill, cell.alignment = header_font, header_fill, Alignment(wrap_text=True)
        widths = [len(LABELS[c]) for c in cols]
        for row in rows:
            values = [_cell_value(c, v) for c, v in zip(cols, row)]
            ws.append(values)
            for i, v in enumerate(values):
                longest = max((len(part) for part in str(v or "").split("\n")), default=0)
                widths[i] = max(widths[i], longest)
        for i, c in enumerate(cols, start=1):
            letter = get_column_letter(i)
            if c in ("period_start", "period_end", "latest_deadline", "completed_on"):
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.number_format = "dd/mm/yyyy"
                widths[i - 1] = max(widths[i - 1], 11)
            elif c == "ingested_at":
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.number_format = "dd/mm/yyyy hh:mm"
            if c in WIDE:
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.alignment = wrap
            # Thai marks take no width: count them out, roughly, so columns are not too wide.
            ws.column_dimensions[letter].width = min(MAX_WIDTH if c in WIDE else 40, widths[i - 1] * 0.8 + 2)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(1, len(rows) + 1)}"
        counts[table] = len(rows)
    wb.save(out)
    return counts


def write_csv(con: duckdb.DuckDBPyConnection, out: str | Path, province: str | None = None,
              fiscal_year: int | None = None) -> dict[str, Path]:
    """One CSV per table (UTF-8 with BOM, Thai headers); returns the paths.

    ``out`` is a folder (documents.csv, measures.csv, findings.csv in it), or a
    file name ending in .csv: the measures go there, the other two beside it
    (``x.csv``, ``x.documents.csv``, ``x.findings.csv``)."""
    out = Path(out)
    if out.suffix.lower() == ".csv":
        out.parent.mkdir(parents=True, exist_ok=True)
        target = {t: out if t == "measures" else out.with_name(f"{out.stem}.{t}.csv") for t in SHEETS}
    else:
        out.mkdir(parents=True, exist_ok=True)
        target = {t: out / f"{t}.csv" for t in SHEETS}
    paths = {}
    for table in SHEETS:
        cols, rows = select(con, table, province, fiscal_year)
        path = target[table]
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow([LABELS[c] for c in cols])
            for row in rows:
                w.writerow([_csv_value(c, v) for c, v in zip(cols, row)])
        paths[table] = path
    return paths


def _csv_value(name: str, value):
    value = _cell_value(name, value)
    if isinstance(value, list):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return "" if value is None else value
