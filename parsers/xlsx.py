"""Reports kept in Excel (.xlsx): each visible sheet in order, over its
print area (else the cells that hold something), read by ``parsers.sheet``
into paragraphs (title lines) and tables; a sheet counts as a page."""

from __future__ import annotations

import re

from parsers import progress, sheet
from parsers.docx import check_zip
from parsers.model import Document, Issue
from parsers.settings import ParserSettings

_AREA = re.compile(r"!?\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$")


def print_range(ws) -> str | None:
    """The sheet's print area as ``A1:E20``, if it has one (a single area).

    >>> class Ws: print_area = "'แผน 2566'!$A$1:$E$20"
    >>> print_range(Ws())
    'A1:E20'
    """
    area = ws.print_area
    if isinstance(area, (list, tuple)):
        area = area[0] if len(area) == 1 else None
    m = _AREA.search(area.split("!")[-1]) if isinstance(area, str) and "," not in area else None
    return f"{m[1]}{m[2]}:{m[3]}{m[4]}" if m else None


def parse(path: str, settings: ParserSettings) -> Document:
    check_zip(path, settings)
    with open(path, "rb") as f:
        wb = sheet.open_workbook(f.read())
    try:
        shown = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
        blocks, issues, running = [], [], []
        for number, ws in enumerate(shown, start=1):
            running += [line for line in _running(ws) if line not in running]
            try:
                blocks.extend(sheet.sheet_blocks(ws, print_range(ws), page=number))
            except sheet.SheetTooLarge as e:  # a data dump beside the report: the other sheets still count
                issues.append(Issue("unread_sheet", page=number, detail=str(e)))
            progress.page_done()
    finally:
        wb.close()
    return Document(path, "xlsx", pages=len(shown), blocks=blocks, issues=issues, running=running)


_FIELD = re.compile(r"&[A-Z]")  # &P page number, &N pages, &D date, &F file name...


def _running(ws) -> list[str]:
    """The text of the sheet's page headers and footers (left, centre, right).

    >>> from openpyxl import Workbook
    >>> ws = Workbook().active
    >>> ws.oddHeader.center.text, ws.oddFooter.right.text = "อบต.โคกสนวน", "หน้า &P จาก &N"
    >>> _running(ws)
    ['อบต.โคกสนวน', 'หน้า จาก']
    """
    out = []
    for hf in (ws.firstHeader, ws.oddHeader, ws.evenHeader, ws.firstFooter, ws.oddFooter, ws.evenFooter):
        for part in (hf.left, hf.center, hf.right):
            text = " ".join(_FIELD.sub("", part.text or "").replace("&&", "&").split())
            if text and text not in out:
                out.append(text)
    return out
