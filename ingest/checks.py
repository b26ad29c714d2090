"""Content checks on extracted rows: each returns findings with stable codes
(see ingest.rules and docs/rules.md)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from normalize import fiscal_year_range
from normalize.cells import split_steps
from normalize.dates import date_phrases, thai_date
from ingest.rules import Finding

if TYPE_CHECKING:
    from ingest.extract import RawRow
    from ingest.metadata import Metadata
    from ingest.records import MeasureRecord

# A progress statement: "<org> ดำเนินการ(ให้)แล้วเสร็จ…" / "ดำเนินการเมื่อวันที่…".
_STATUS = re.compile(r"ดำเนินการ\s*(?:ให้)?\s*แล้ว\s*เสร็จ|ดำเนินการ\s*เมื่อ\s*วันที่|ได้ดำเนินการแล้ว")
_DATE_SLACK = timedelta(days=92)  # preparatory deadlines just before the fiscal year are normal
LOW_OCR_CONFIDENCE = 0.75  # OCR'd rows below this mean word confidence need a human look


def document_findings(meta: "Metadata"):
    out = []
    for name, value in (("org_name", meta.org_name), ("fiscal_year", meta.fiscal_year),
                        ("period", meta.period_start)):
        if value is None:
            out.append(Finding("missing_metadata", column=name))
    place = meta.place
    for level, given, corrected in place.corrections:
        out.append(Finding("place_corrected", column=level, text=given, detail=f"{given} → {corrected}"))
    given = {"subdistrict": meta.subdistrict_given or meta.org_name, "district": meta.district_given,
             "province": meta.province_given}
    for level in place.unresolved:
        out.append(Finding("unknown_place", column=level, text=given.get(level),
                           detail=_which_place(place.ambiguous)))
    return out


def _which_place(places: tuple[str, ...], shown: int = 5) -> str | None:
    """The finding's detail for a name several places bear: which ones, and
    what to write so that the report says.

    >>> print(_which_place(("อ.คง จ.นครราชสีมา", "อ.บางแพ จ.ราชบุรี")))
    มี 2 แห่ง (อ.คง จ.นครราชสีมา, อ.บางแพ จ.ราชบุรี) ระบุอำเภอและจังหวัดในหัวรายงาน / 2 places bear this name (อ.คง จ.นครราชสีมา, อ.บางแพ จ.ราชบุรี): name the district and province in the title block
    """
    if not places:
        return None
    listed = ", ".join(places[:shown]) + (", …" if len(places) > shown else "")
    return (f"มี {len(places)} แห่ง ({listed}) ระบุอำเภอและจังหวัดในหัวรายงาน / "
            f"{len(places)} places bear this name ({listed}): name the district and province in the title block")


def row_findings(measures: list["MeasureRecord"], raw_rows: list["RawRow"], meta: "Metadata"):
    out: list[Finding] = []
    seen: dict[tuple, int] = {}
    fy = meta.fiscal_year
    window = None
    if fy:
        start, end = fiscal_year_range(fy)
        window = (start - _DATE_SLACK, end + _DATE_SLACK)
    for m, raw in zip(measures, raw_rows):
        at = dict(row_no=m.row_no, page=m.page)
        for column in ("issue", "responsible", "measure"):
            if not getattr(m, column) and column not in raw.merged:
                out.append(Finding("empty_cell", column=column, **at))
        if meta.report_kind in ("progress", "annual") and not m.progress and "progress" not in raw.merged:
            out.append(Finding("no_progress", column="progress", **at))
        # Content that belongs to another column.
        if _STATUS.search(m.issue) and not _STATUS.search(m.measure):
            out.append(Finding("column_shift", column="issue", text=m.issue,
                               detail="ข้อความผลการดำเนินการอยู่ในช่องประเด็น / progress text in the issue column", **at))
        if len(split_steps(m.responsible)) >= 3 and re.search(r"(?:^|\s)\d{1,2}\s?\.", m.responsible):
            out.append(Finding("column_shift", column="responsible", text=m.responsible,
                               detail="ขั้นตอนอยู่ในช่องผู้รับผิดชอบ / steps in the responsible column", **at))
        for column in ("monitoring", "progress"):
            for phrase, value in date_phrases(getattr(m, column), fy):
                if value is None:
                    out.append(Finding("unparsed_date", column=column, text=phrase, **at))
                elif window and not window[0] <= value <= window[1]:
                    out.append(Finding("date_outside_fiscal_year", column=column, text=phrase, **at))
        if m.completed_on and m.deadlines and m.completed_on > max(m.deadlines):
            done, due = m.completed_on, max(m.deadlines)
            out.append(Finding("late_completion", column="progress", text=m.progress,
                               detail=f"เสร็จ {thai_date(done, False)} กำหนด {thai_date(due, False)} / "
                                      f"done {done}, deadline {due}", **at))
        if m.ocr_confidence is not None and m.ocr_confidence < LOW_OCR_CONFIDENCE:
            out.append(Finding("low_ocr_confidence", detail=f"{m.ocr_confidence:.2f}", **at))
        key = (m.issue, m.responsible, m.measure, m.monitoring, m.progress)
        if any(key) and key in seen:
            out.append(Finding("duplicate_row", detail=f"row {seen[key]}", **at))
        seen.setdefault(key, m.row_no)
    return out
