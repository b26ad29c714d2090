"""Worksheets as the document model's paragraphs and tables: the sheets of
an .xlsx (``parsers.xlsx``), and a workbook embedded in a DOCX, a table
pasted from Excel as an object (Paste Special → Microsoft Excel Worksheet
Object). Word shows a picture of that one; the workbook itself is in the
package, so its cells are read from there, exactly, over the range Word
shows."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

from parsers.model import Cell, Paragraph, Row, Table

# The range an embedded workbook shows (workbook.xml): <oleSize ref="A1:E12"/>
_OLE_SIZE = re.compile(rb'<(?:\w+:)?oleSize\b[^>]*\bref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
MAX_CELLS = 200_000  # far more than a report's table: a sheet that big is not one


class SheetTooLarge(ValueError):
    """A sheet over MAX_CELLS cells: not read."""


def shown_range(blob: bytes) -> str | None:
    """The cell range an embedded workbook shows, if it says (``A1:E12``)."""
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        try:
            head = z.read("xl/workbook.xml")
        except KeyError:
            return None
    m = _OLE_SIZE.search(head)
    return m.group(1).decode() if m else None


def _text(value) -> str:
    """A cell's value as the sheet shows it, near enough: whole numbers
    without a decimal point, dates as day/month/year."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.day}/{value.month}/{value.year}"
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def embedded_blocks(blob: bytes, page: int | None = None) -> list[Table | Paragraph]:
    """What an embedded workbook (.xlsx bytes) shows: its active sheet over
    ``oleSize`` (else the cells in use), as :func:`sheet_blocks` reads it."""
    wb = open_workbook(blob)
    try:
        return sheet_blocks(wb.active, shown_range(blob), page)
    finally:
        wb.close()


def sheet_blocks(ws, ref: str | None, page: int | None = None) -> list[Table | Paragraph]:
    """A worksheet's cells over ``ref`` (else the cells in use) as blocks:
    hidden rows and columns left out, merged cells as spans (across) and
    ``merged_above`` (down). Blank rows part it (a note below the table is
    not one of its rows), blank columns at the edges are dropped, and rows
    of one cell of text above a table (its title lines) are paragraphs."""
    out: list[Table | Paragraph] = []
    part: list[Row] = []
    for row in [*_rows(ws, ref, page), None]:
        if row is not None and any(c.text.strip() or c.merged_above for c in row.cells):
            part.append(row)
            continue
        if part:
            _trim(part)
            while part and sum(1 for c in part[0].cells if c.text.strip()) <= 1:
                text = next((c.text for c in part.pop(0).cells if c.text.strip()), "")
                out.append(Paragraph(text, page=page))
            if part:
                out.append(Table(part, page=page))
        part = []
    return out


def open_workbook(data: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data), data_only=True)  # data_only: formulas' cached values


def _rows(ws, ref: str | None, page: int | None) -> list[Row]:
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.cell import range_boundaries

    if ref:
        min_col, min_row, max_col, max_row = range_boundaries(ref if ":" in ref else f"{ref}:{ref}")
    else:  # the cells that hold something (formatting alone stretches a sheet's own extent)
        min_col, min_row, max_col, max_row = 1, 1, 0, 0
        for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
            used = [c for c, v in enumerate(values, start=1) if v is not None and str(v).strip()]
            if used:
                max_row, max_col = r, max(max_col, used[-1])
    if (max_col - min_col + 1) * (max_row - min_row + 1) > MAX_CELLS:
        raise SheetTooLarge(f"{ws.title}: {ref or 'the cells in use'} is over {MAX_CELLS} cells: not a report's table")
    cols = [c for c in range(min_col, max_col + 1)
            if not ws.column_dimensions[get_column_letter(c)].hidden]
    # A merged range: its top-left cell spans the columns it covers; of the
    # others, those below it in its first column stand as cells merged down
    # (value: the span), the rest are left out (0).
    spans: dict[tuple[int, int], int] = {}
    under: dict[tuple[int, int], int] = {}
    for rng in ws.merged_cells.ranges:
        span = max(1, sum(1 for c in cols if rng.min_col <= c <= rng.max_col))
        spans[(rng.min_row, rng.min_col)] = span
        for r in range(max(rng.min_row, min_row), min(rng.max_row, max_row) + 1):
            for c in range(max(rng.min_col, min_col), min(rng.max_col, max_col) + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    under[(r, c)] = span if c == rng.min_col else 0
    rows = []
    for r in range(min_row, max_row + 1):
        if ws.row_dimensions[r].hidden:
            continue
        cells = []
        for c in cols:
            if (r, c) in under:
                if under[(r, c)]:
                    cells.append(Cell("", page=page, span=under[(r, c)], merged_above=True))
                continue
            cells.append(Cell(_text(ws.cell(r, c).value), page=page, span=spans.get((r, c), 1)))
        rows.append(Row(cells, page=page))
    return rows


def _trim(rows: list[Row]) -> None:
    """Drop the first and last columns while they are empty in every row."""
    for end in (-1, 0):
        while all(len(r.cells) > 1 and not r.cells[end].text.strip() and r.cells[end].span == 1
                  and not r.cells[end].merged_above for r in rows):
            for r in rows:
                r.cells.pop(end)
