"""Generate sample ITA measure reports from the seed text, and their expected rows.

    python data/generate.py            # writes data/samples/*.docx|pdf and data/expected/*.json

The seed (data/seed/*.txt) is the text of a real report: a tab separates
cells, a line is a table row, ``<p>…</p>`` marks paragraphs inside a cell.
Reports are laid out as real ones are: TH Sarabun font, landscape, a table
per page with its header row, multi-paragraph cells. PDFs are rendered from
the DOCX with LibreOffice headless (TH Sarabun maps to Laksaman from
fonts-thai-tlwg).

Variants (``LAYOUTS``):
- ``table-per-page``: the seed's own layout.
- ``long-table``: one table per section, header row repeated on each page,
  rows allowed to break across pages.
- ``seq-column``: landscape with a leading ลำดับ column.
- ``arabic-abbrev``: Arabic digits and abbreviated month names.

Tests use :func:`build_docx` with ``mutate`` to make reports with defects,
:func:`build_html` and :func:`print_pdf` for a second producer (Chromium),
:func:`reportlab_pdf` for a third (ReportLab),
:func:`turned_pdf` for pages turned by /Rotate, :func:`scan_pdf` for scans, and
the table variants :func:`column_numbers`, :func:`two_row_header`, :func:`title_across` and
:func:`table_borders`, :func:`every_cell` (alignment and the like),
:func:`cell_line_spacing`, :func:`column_widths`, :func:`banded_rows`,
:func:`underline_cells`, and :func:`title_in_a_table` for a title block laid out in a table.
"""

from __future__ import annotations

import copy
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt

HERE = Path(__file__).resolve().parent
SEED = HERE / "seed" / "ita-measures-report-khoksanuan-2566.txt"
FONT = "TH Sarabun New"
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
SEQ_HEADER = "ลำดับ"


@dataclass
class Section:
    """Paragraphs before a table, then the table's rows (first row: header)."""

    headings: list[str] = field(default_factory=list)
    rows: list[list[list[str]]] = field(default_factory=list)  # row -> cell -> paragraphs


@dataclass
class Report:
    preamble: list[str]
    sections: list[Section]

    def measure_rows(self) -> list[list[list[str]]]:
        return [r for s in self.sections for r in s.rows[1:]]


def _cell(text: str) -> list[str]:
    paras = re.findall(r"<p>(.*?)</p>", text)
    return paras if paras else [text]


def read_seed(path: Path = SEED) -> Report:
    preamble: list[str] = []
    sections: list[Section] = []
    pending: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            cells = [_cell(c) for c in line.split("\t")]
            if line.startswith("ประเด็นที่ต้องปรับปรุง"):
                sections.append(Section(headings=pending, rows=[cells]))
                pending = []
            else:
                sections[-1].rows.append(cells)
        elif line.strip():
            (pending if sections else preamble).append(line.strip())
    if pending:
        sections.append(Section(headings=pending))
    return Report(preamble, sections)


# --- text variants -----------------------------------------------------------

_ABBREV = {
    "มกราคม": "ม.ค.", "กุมภาพันธ์": "ก.พ.", "มีนาคม": "มี.ค.", "เมษายน": "เม.ย.",
    "พฤษภาคม": "พ.ค.", "มิถุนายน": "มิ.ย.", "กรกฎาคม": "ก.ค.", "สิงหาคม": "ส.ค.",
    "กันยายน": "ก.ย.", "ตุลาคม": "ต.ค.", "พฤศจิกายน": "พ.ย.", "ธันวาคม": "ธ.ค.",
}


def arabic_abbrev(text: str) -> str:
    """Arabic digits and abbreviated months, as some SAOs type their reports."""
    text = text.translate(THAI_DIGITS)
    for full, short in _ABBREV.items():
        text = re.sub(rf"(?:เดือน\s*)?{full}", short, text)
    return text


def map_text(report: Report, fn) -> Report:
    r = copy.deepcopy(report)
    r.preamble = [fn(p) for p in r.preamble]
    for s in r.sections:
        s.headings = [fn(h) for h in s.headings]
        s.rows = [[[fn(p) for p in cell] for cell in row] for row in s.rows]
    return r


def deadline_column(report: Report, deadline: str = "ภายในเดือนกันยายน ๒๕๖๖") -> Report:
    """The report with "กำหนดเวลาแล้วเสร็จ" split off the monitoring column into a
    sixth column of its own (as some SAOs lay it out), ``deadline`` in every row."""
    r = copy.deepcopy(report)
    for s in r.sections:
        for i, row in enumerate(s.rows):
            row[3:4] = [["การรายงานผลและการกำกับติดตาม"], ["กำหนดเวลาแล้วเสร็จ"]] if i == 0 else [row[3], [deadline]]
    return r


def _relaid(report: Report, header, cells) -> Report:
    """The report with each table's header row ``header(row)`` and each
    measure row ``cells(row)`` (cells made from the seed's five, in order)."""
    r = copy.deepcopy(report)
    for s in r.sections:
        s.rows = [header(s.rows[0])] + [cells(row) for row in s.rows[1:]]
    return r


NACC_TITLES = ["ประเด็นที่ต้องปรับปรุงแก้ไข/พัฒนา", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
               "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การรายงานผลและกำกับติดตาม"]
NACC_MEASURE, NACC_TIME = "มาตรการเปิดเผยข้อมูล", "ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖"


def nacc_form(report: Report) -> Report:
    """The report in the six columns of the NACC's ITA guide: the measure's
    name (``NACC_MEASURE`` in every row) and its steps in two columns, the
    unit after them, the time (``NACC_TIME``), then the reporting."""
    return _relaid(report, lambda _: [[t] for t in NACC_TITLES],
                   lambda r: [r[0], [NACC_MEASURE], r[2], r[1], [NACC_TIME], r[3]])


MORE_TITLES = ["ตัวชี้วัด", "คะแนน", "ประเด็นที่ต้องพัฒนา", "มาตรการ/แนวทางการดำเนินการ",
               "หน่วยงานที่รับผิดชอบ", "ระยะเวลาดำเนินการ", "ผลการดำเนินการตามมาตรการ", "หมายเหตุ"]
INDICATOR = "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"


def more_columns(report: Report) -> Report:
    """The report with the indicator (``INDICATOR``) and its score before
    the issue, the measure before the unit, and a notes column."""
    return _relaid(report, lambda _: [[t] for t in MORE_TITLES],
                   lambda r: [[INDICATOR], ["๘๕.๕๐"], r[0], r[2], r[1], r[3], r[4], ["-"]])


STATUS = ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"]


def status_ticks(report: Report, ticked: list[int]) -> Report:
    """The report with its progress as three status columns (``STATUS``),
    row i's ✓ in column ``ticked[i]``."""
    ticks = iter(ticked)

    def cells(row):
        tick = next(ticks)
        return row[:4] + [["✓"] if k == tick else [""] for k in range(3)]
    return _relaid(report, lambda head: head[:4] + [[t] for t in STATUS], cells)


UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง"]
UNIT_TICKS = [(0,), (0, 1), (2,)] * 4 + [(0, 1, 2)] * 2  # the units ticked in each of the seed's rows


def unit_ticks(report: Report, ticks: list[tuple[int, ...]]) -> Report:
    """The report with its ผู้รับผิดชอบ column as three units' columns
    (``UNITS``, their names as the titles), row i ticked (√) under the
    units in ``ticks[i]``."""
    rows = iter(ticks)

    def cells(row):
        t = next(rows)
        return [row[0]] + [["√"] if k in t else [""] for k in range(len(UNITS))] + row[2:]
    return _relaid(report, lambda head: [head[0]] + [[u] for u in UNITS] + head[2:], cells)


# --- DOCX --------------------------------------------------------------------

def _font(run, size: float = 16, bold: bool = False) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    cs = OxmlElement("w:szCs")
    cs.set(qn("w:val"), str(int(size * 2)))
    rpr.append(cs)


def _para(container, text: str, size: float = 16, bold: bool = False, center: bool = False):
    p = container.add_paragraph()
    if center:
        p.alignment = 1
    _font(p.add_run(text), size, bold)
    return p


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _write_cell(cell, paragraphs: list[str], bold: bool = False) -> None:
    cell.paragraphs[0].text = ""
    _font(cell.paragraphs[0].add_run(paragraphs[0]), 14, bold)
    for text in paragraphs[1:]:
        _para(cell, text, 14, bold)


PAGE_HEADER = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส องค์การบริหารส่วนตำบลโคกสนวน"
PAGE_FOOTER = "ITA 2566 เอกสารเผยแพร่"


def title_in_a_table(doc) -> None:
    """A ``mutate``: the title block's first four lines typed in a table
    without lines, in the cell beside the logo's, as templates lay them out."""
    paras = doc.paragraphs[:4]
    layout = doc.add_table(rows=1, cols=2)
    paras[0]._p.addprevious(layout._tbl)
    cell = layout.rows[0].cells[1]
    first = cell._tc.p_lst[0]
    for p in paras:
        cell._tc.append(p._p)
    cell._tc.remove(first)


def page_header_and_footer(doc) -> None:
    """A ``mutate`` for :func:`build_docx`: a header naming the organisation
    (it says มาตรการ, as titles do) and a footer, on every page."""
    _para(doc.sections[0].header, PAGE_HEADER, 12)
    _para(doc.sections[0].footer, PAGE_FOOTER, 12)


def portrait_title_page(doc) -> None:
    """A ``mutate``: the title block on a portrait page of its own (a
    section break before the first table), the tables on landscape pages
    as before. Heads and feet go on in the new section."""
    body = doc.element.body
    p = body.find(qn("w:tbl")).getprevious()
    while p.tag != qn("w:p"):
        p = p.getprevious()
    section = copy.deepcopy(body.find(qn("w:sectPr")))
    size = section.find(qn("w:pgSz"))
    width, height = size.get(qn("w:w")), size.get(qn("w:h"))
    size.set(qn("w:w"), height)
    size.set(qn("w:h"), width)
    size.attrib.pop(qn("w:orient"), None)
    p.get_or_add_pPr().append(section)


def _row_under_header(table):
    """A new row inserted under the table's header row, repeated with it on each page."""
    row = table.add_row()
    table._tbl.remove(row._tr)
    table._tbl.tr_lst[0].addnext(row._tr)
    _repeat_header(row)
    return row


def column_numbers(doc) -> None:
    """A ``mutate``: a row of column numbers ((๑), (๒)…) under each header, as government forms have."""
    for table in doc.tables:
        for i, cell in enumerate(_row_under_header(table).cells):
            _write_cell(cell, [f"({'๑๒๓๔๕๖'[i]})"], bold=True)


DEADLINE_TITLE = "กำหนดเวลาแล้วเสร็จ"


def two_row_header(doc) -> None:
    """A ``mutate``: each header in two rows: the fourth column's title over
    its second line (กำหนดเวลาแล้วเสร็จ), the other titles merged down over both."""
    for table in doc.tables:
        sub = _row_under_header(table)
        titles = table.rows[0].cells
        for i, cell in enumerate(sub.cells):
            if titles[i].text.endswith(DEADLINE_TITLE):
                _write_cell(titles[i], [titles[i].text[: -len(DEADLINE_TITLE)].strip()], bold=True)
                _write_cell(cell, [DEADLINE_TITLE], bold=True)
            else:
                titles[i].merge(cell)


def title_across(first: int, last: int, title: str, below: list[str] | None = None):
    """A ``mutate``: a title row above each header, ``title`` across columns
    ``first``..``last`` (their titles stay below it, or become ``below``),
    each other title merged down over both rows."""
    def mutate(doc) -> None:
        for table in doc.tables:
            header = table.rows[0]
            top = table.add_row()
            table._tbl.remove(top._tr)
            header._tr.addprevious(top._tr)
            _repeat_header(top)
            titles = [c.text for c in header.cells]
            _write_cell(top.cells[first], [title], bold=True)
            for i, text in zip(range(first, last + 1), below or ()):
                _write_cell(header.cells[i], [text], bold=True)
            top.cells[first].merge(top.cells[last])
            for i in (i for i in range(len(titles)) if not first <= i <= last):
                _write_cell(top.cells[i], [titles[i]], bold=True)
                for p in header.cells[i].paragraphs:  # emptied, so the merge keeps one title
                    for r in p._p.r_lst:
                        p._p.remove(r)
                top.cells[i].merge(header.cells[i])
    return mutate


def title_row(doc) -> None:
    """A ``mutate``: a title row merged across the columns above each
    table's header, not marked to repeat: Word and LibreOffice repeat only
    rows from a table's top, so the header is not repeated on later pages."""
    for table in doc.tables:
        row = table.add_row()
        table._tbl.remove(row._tr)
        table._tbl.tr_lst[0].addprevious(row._tr)
        _write_cell(row.cells[0].merge(row.cells[-1]), ["แผนปฏิบัติการตามมาตรการ ประจำปี 2566"], bold=True)


def header_not_repeated(doc) -> None:
    """A ``mutate``: no row repeated at the top of each page ("Repeat as
    header row" left off, as many reports leave it)."""
    for tr in (tr for table in doc.tables for tr in table._tbl.tr_lst):
        if tr.trPr is not None:
            for el in tr.trPr.findall(qn("w:tblHeader")):
                tr.trPr.remove(el)


MONITORING_GROUP = "การรายงานผลและการกำกับติดตาม"
# For a deadline_column report: การรายงานผลและการกำกับติดตาม across its two
# columns, titled การรายงานผล and กำหนดเวลาแล้วเสร็จ below it.
grouped_header = title_across(3, 4, MONITORING_GROUP, ["การรายงานผล", "กำหนดเวลาแล้วเสร็จ"])


def every_cell(tag: str, value: str, paragraphs: bool = False):
    """A ``mutate``: every table cell's (or cell paragraph's) ``w:<tag>
    w:val=value``, e.g. vAlign bottom, jc both (justified)."""
    def mutate(doc) -> None:
        for cell in (c for t in doc.tables for row in t.rows for c in row.cells):
            for props in [p._p.get_or_add_pPr() for p in cell.paragraphs] if paragraphs else [cell._tc.get_or_add_tcPr()]:
                e = OxmlElement(f"w:{tag}")
                e.set(qn("w:val"), value)
                props.append(e)
    return mutate


def cell_line_spacing(multiple: float):
    """A ``mutate``: every table paragraph's lines ``multiple`` apart (1.5,
    double): rows cut by the page leave a line's worth of room below them."""
    def mutate(doc) -> None:
        for cell in (c for t in doc.tables for row in t.rows for c in row.cells):
            for p in cell.paragraphs:
                p.paragraph_format.line_spacing = multiple
    return mutate


def thai_font(name: str):
    """A ``mutate``: every run of the document (page headers and footers
    too) set in font ``name`` (one of fonts-thai-tlwg's: other widths and
    line heights, so other wraps and page breaks)."""
    def mutate(doc) -> None:
        parts = [doc.element.body] + [hf._element for s in doc.sections for hf in (s.header, s.footer)
                                      if not hf.is_linked_to_previous]
        for run in (r for part in parts for r in part.iter(qn("w:r"))):
            rpr = run.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                run.insert(0, rpr)
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = OxmlElement("w:rFonts")
                rpr.insert(0, fonts)
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attr), name)
    return mutate


def cell_font_size(size: float):
    """A ``mutate``: every table cell's text ``size`` points (the samples: 16)."""
    def mutate(doc) -> None:
        for cell in (c for t in doc.tables for row in t.rows for c in row.cells):
            for run in (r for p in cell.paragraphs for r in p.runs):
                run.font.size = Pt(size)
                rpr = run._element.get_or_add_rPr()
                cs = rpr.find(qn("w:szCs"))
                if cs is None:
                    cs = OxmlElement("w:szCs")
                    rpr.append(cs)
                cs.set(qn("w:val"), str(int(size * 2)))  # Thai text takes the complex-script size
    return mutate


def side_margins(cm: float):
    """A ``mutate``: the page's left and right margins ``cm`` wide (the samples: 1.5)."""
    def mutate(doc) -> None:
        for section in doc.sections:
            section.left_margin = section.right_margin = Cm(cm)
    return mutate


def column_widths(*fractions: float):
    """A ``mutate``: the five measure columns' widths as fractions of the
    landscape text width (26.7 cm), e.g. a narrow last column."""
    def mutate(doc) -> None:
        for table in doc.tables:
            _set_widths(table, fractions)
    return mutate


def own_column_widths(seed: int):
    """A ``mutate``: each table its own five random column widths (``seed``
    draws them), as a report whose sections' tables were each laid out
    for their text."""
    def mutate(doc) -> None:
        rnd = random.Random(seed)
        sec = doc.sections[0]
        text_width = Emu(sec.page_width - sec.left_margin - sec.right_margin).cm
        for table in doc.tables:
            widths = [rnd.uniform(0.1, 0.35) for _ in range(5)]
            _set_widths(table, [w / sum(widths) for w in widths], text_width)
    return mutate


def _set_widths(table, fractions, text_width: float = 26.7) -> None:
    table.autofit = False
    for grid, fraction in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), fractions):
        grid.set(qn("w:w"), str(round(text_width * fraction * 567)))  # twips
    for row in table.rows:
        for cell, fraction in zip(row.cells, fractions):
            cell.width = Cm(text_width * fraction)


def tables_run_on(doc) -> None:
    """A ``mutate``: no page break between the sections' tables: each runs
    on under the last, two of them on a page."""
    for br in list(doc.element.body.iter(qn("w:br"))):
        if br.get(qn("w:type")) == "page":
            br.getparent().remove(br)


def banded_rows(doc) -> None:
    """A ``mutate``: the header and every other row shaded grey."""
    for table in doc.tables:
        for i, row in enumerate(table.rows):
            for cell in row.cells if i % 2 == 0 else ():
                shd = OxmlElement("w:shd")
                for key, value in (("val", "clear"), ("color", "auto"), ("fill", "D9D9D9")):
                    shd.set(qn(f"w:{key}"), value)
                cell._tc.get_or_add_tcPr().append(shd)


def underline_cells(doc) -> None:
    """A ``mutate``: the text of every other data cell underlined (links and
    emphasis are), and struck out in the third column of every row."""
    for table in doc.tables:
        for i, row in enumerate(table.rows[1:], 1):
            for j, cell in enumerate(row.cells):
                for run in (r for p in cell.paragraphs for r in p.runs):
                    if (i + j) % 2 == 0:
                        run.font.underline = True
                    if j == 2:
                        run.font.strike = True


BORDER_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def framed_tables(doc) -> None:
    """Each table inside a one-cell table: a frame some offices draw round
    a page's content."""
    for table in list(doc.tables):
        inner = table._element
        outer = OxmlElement("w:tbl")
        props = OxmlElement("w:tblPr")
        style = OxmlElement("w:tblStyle")
        style.set(qn("w:val"), "TableGrid")
        props.append(style)
        outer.append(props)
        grid = OxmlElement("w:tblGrid")
        column = OxmlElement("w:gridCol")
        column.set(qn("w:w"), "15500")  # twips: the landscape page's text width
        grid.append(column)
        outer.append(grid)
        row, cell = OxmlElement("w:tr"), OxmlElement("w:tc")
        inner.addprevious(outer)
        cell.append(inner)  # moves the table into the frame
        cell.append(OxmlElement("w:p"))  # a cell ends with a paragraph
        row.append(cell)
        outer.append(row)


def split_tables(doc) -> None:
    """Each table of three rows or more split in two by hand (Enter pressed
    after its first row): the header and the first row, an empty paragraph,
    then the other rows as a table without a header."""
    for table in list(doc.tables):
        tbl = table._tbl
        rows = tbl.findall(qn("w:tr"))
        if len(rows) < 3:
            continue
        rest = copy.deepcopy(tbl)
        for tr in rest.findall(qn("w:tr"))[:2]:
            rest.remove(tr)
        for tr in rows[2:]:
            tbl.remove(tr)
        gap = OxmlElement("w:p")
        tbl.addnext(gap)
        gap.addnext(rest)


def table_borders(*edges: str, kind: str = "single", size: int = 4):
    """A ``mutate``: every table's borders drawn ``kind`` (single, double,
    dotted…), ``size`` eighths of a point, on ``edges`` only (of
    BORDER_EDGES), none elsewhere: Word's table styles and their lines."""
    def mutate(doc) -> None:
        for table in doc.tables:
            borders = OxmlElement("w:tblBorders")
            for edge in BORDER_EDGES:
                e = OxmlElement(f"w:{edge}")
                for key, value in (("val", kind if edge in edges else "nil"), ("sz", str(size)), ("space", "0"),
                                   ("color", "000000")):
                    e.set(qn(f"w:{key}"), value)
                borders.append(e)
            table._tbl.tblPr.append(borders)
    return mutate


rules_between_rows = table_borders("top", "bottom", "insideH")  # no vertical lines
column_lines_only = table_borders("top", "bottom", "left", "right", "insideV")  # no lines between rows
open_sides = table_borders("top", "bottom", "insideH", "insideV")  # no left and right borders
inside_lines_only = table_borders("insideH", "insideV")  # no outer borders at all


def build_docx(report: Report, out: Path, layout: str = "table-per-page", mutate=None,
               portrait: bool = False) -> Path:
    """Write a report as DOCX in one of the LAYOUTS (landscape A4, or portrait);
    ``mutate(document)`` may change the python-docx document before it is
    saved (tests make defects)."""
    doc = new_docx()
    sec = doc.sections[0]
    if portrait:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    for i, line in enumerate(report.preamble):
        _para(doc, line, 18 if i < 2 else 16, bold=i < 4 and "จาก" not in line, center=i < 4)
    seq = layout == "seq-column"
    long_table = layout == "long-table"
    n = 0
    table = None
    for s in report.sections:
        if not s.rows:
            for h in s.headings:
                _para(doc, h, 16, bold=True)
            continue
        new_table = table is None or not long_table or bool(s.headings)
        if new_table:
            if table is not None:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            for h in s.headings:
                _para(doc, h, 16, bold=True)
            ncols = len(s.rows[0]) + (1 if seq else 0)
            table = doc.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
            rows = s.rows
        else:
            rows = s.rows[1:]  # the long table goes on: no new header
        for r_i, cells in enumerate(rows):
            header = new_table and r_i == 0
            row = table.add_row()
            if header:
                _repeat_header(row)
            values = cells
            if seq:
                if header:
                    values = [[SEQ_HEADER], *cells]
                else:
                    n += 1
                    values = [[str(n)], *cells]
            for cell, paras in zip(row.cells, values):
                _write_cell(cell, paras, bold=header)
    doc.add_paragraph()  # Word ends a document with a paragraph; LibreOffice's .doc export needs it
    if mutate is not None:
        mutate(doc)
    doc.save(out)
    return out


def to_pdf(docx_path: Path, out_dir: Path, tagged: bool = False) -> Path:
    """Render a DOCX to PDF with LibreOffice headless (private profile);
    ``tagged``: as a tagged (accessible) PDF, as Word saves by default."""
    return to_pdfs([docx_path], out_dir, tagged)[0]


def to_pdfs(docx_paths: list[Path], out_dir: Path, tagged: bool = False) -> list[Path]:
    """:func:`to_pdf` for several DOCX (of distinct names) in one LibreOffice
    run: its start takes about 2 s of the 3 s one file takes, each more
    file about 0.7 s."""
    if len({p.stem for p in docx_paths}) < len(docx_paths):
        raise ValueError("two DOCX of one name would render to one PDF")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
             if tagged else "pdf", "--outdir", str(out_dir), *map(str, docx_paths)],
            check=True, capture_output=True, timeout=180 * len(docx_paths),
        )
    return [out_dir / (p.stem + ".pdf") for p in docx_paths]


def build_xlsx(report: Report, out: Path, printable: bool = False) -> Path:
    """The report kept in Excel, as some offices keep it: the title lines in
    column A, a blank row, then each section's headings and its table (a
    cell's paragraphs as lines of one cell, wrapped), a blank row between
    sections; a print area, and a note below it; a second, hidden sheet of
    working notes. ``printable``: set up to print as Excel would have it
    saved, landscape A4 fitted to the page's width, each table row as tall as
    its wrapped lines (Excel stores row heights; Calc does not work them out
    for a file that has none)."""
    import math

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "รายงาน"
    line = Side(style="thin")
    r = 1
    for text in report.preamble:
        ws.cell(r, 1, text)
        r += 1
    for s in report.sections:
        r += 1
        for h in s.headings:
            ws.cell(r, 1, h)
            r += 1
        for cells in s.rows:
            for c, paras in enumerate(cells, start=1):
                cell = ws.cell(r, c, "\n".join(paras))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = Border(left=line, right=line, top=line, bottom=line)
            r += 1
    widths = dict(zip("ABCDE", (30, 22, 50, 50, 30)))
    for c, width in widths.items():
        ws.column_dimensions[c].width = width
    if printable:
        ws.page_setup.orientation, ws.page_setup.paperSize = "landscape", ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        for row in ws.iter_rows(max_row=r):
            # About 1.25 Thai characters to a unit of column width.
            lines = [sum(max(1, math.ceil(len(p) / (widths[c.column_letter] * 1.25))) for p in str(c.value).split("\n"))
                     for c in row if c.value and c.border.left.style]
            ws.row_dimensions[row[0].row].height = 16 * max(lines, default=1)
    ws.print_area = f"A1:E{r}"
    ws.cell(r + 3, 1, "หมายเหตุภายใน ไม่พิมพ์")  # outside the print area
    notes = wb.create_sheet("ร่าง")
    notes["A1"] = "ร่างที่ยังไม่ใช้ ไม่ต้องพิมพ์"
    notes.sheet_state = "hidden"
    wb.save(out)
    return out


def web_page(docx_path: Path, out_dir: Path) -> Path:
    """The DOCX saved as a web page (LibreOffice's HTML export, as Word's
    "Save as Web Page" makes one): what web systems hand out named .doc."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "html:HTML (StarWriter)", "--outdir", str(out_dir), str(docx_path)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / (docx_path.stem + ".html")


def web_archive(page: Path, out: Path, charset: str = "windows-874") -> Path:
    """A web page as Word's "Single File Web Page" (.mht) holds it: a MIME
    multipart/related message, the page quoted-printable in ``charset``
    (Thai Windows pages: windows-874; characters it lacks as &#...;), the
    page's own character-set declaration taken out (the header has it)."""
    import quopri

    text = re.sub(r"<meta http-equiv=\"content-type\"[^>]*>", "", page.read_text(encoding="utf-8"), flags=re.I)
    body = quopri.encodestring(text.encode("cp874" if charset == "windows-874" else charset,
                                           errors="xmlcharrefreplace"))
    b = "----=_NextPart_01DA0000.6A7B8C9D"
    out.write_bytes(
        (f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{b}"\r\n\r\n'
         f"This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n--{b}\r\n"
         "Content-Location: file:///C:/D2A3E4F5/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
         f'Content-Type: text/html; charset="{charset}"\r\n\r\n').encode() + body + f"\r\n\r\n--{b}--\r\n".encode())
    return out


def picture_table_docx(report: Report, out_dir: Path, dpi: int = 200) -> Path:
    """The report with its first table pasted as a picture, as offices do
    with a table copied from elsewhere: the table, rendered alone in 12 pt
    type and cut out of its page image at ``dpi``, takes its place in the
    DOCX, on a new page after the paragraph that leads in to it."""
    import pdfplumber

    def small_print(doc) -> None:  # the picture's table fits on one page
        for el in doc.element.body.iter(qn("w:sz"), qn("w:szCs")):
            el.set(qn("w:val"), "24")

    first = Report([], [Section([], report.sections[0].rows)])
    plain = to_pdf(build_docx(first, out_dir / "plain.docx", mutate=small_print), out_dir)
    with pdfplumber.open(plain) as pdf:
        page = pdf.pages[0]
        x0, top, x1, bottom = page.find_tables()[0].bbox
    png = out_dir / "table.png"
    px = lambda v: str(round(v * dpi / 72))  # noqa: E731
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", "-gray",
                    "-x", px(x0 - 2), "-y", px(top - 2), "-W", px(x1 - x0 + 4), "-H", px(bottom - top + 4),
                    str(plain), str(png.with_suffix(""))], check=True, capture_output=True, timeout=120)

    def paste(doc) -> None:
        from docx.text.paragraph import Paragraph

        table = doc.tables[0]._element
        # The paragraph that leads in to the table goes with it to a new page.
        Paragraph(table.getprevious(), doc._body).paragraph_format.page_break_before = True
        para = doc.add_paragraph()
        para.add_run().add_picture(str(png), width=Pt(x1 - x0 + 4))
        table.addprevious(para._element)
        table.getparent().remove(table)

    return build_docx(report, out_dir / "picture-table.docx", mutate=paste)


def vml_pictures(docx_path: Path, out: Path) -> Path:
    """The DOCX with its pictures written as VML (``w:pict``), as Word 2003
    documents kept in compatibility mode have them, instead of DrawingML."""
    import docx as python_docx
    from docx.oxml import parse_xml

    doc = python_docx.Document(str(docx_path))
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    wp = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
    for drawing in list(doc.element.body.iter(qn("w:drawing"))):
        blip, extent = next(drawing.iter(f"{a}blip")), next(drawing.iter(f"{wp}extent"))
        width, height = (int(extent.get(k)) / 12700 for k in ("cx", "cy"))
        rid = blip.get(qn("r:embed"))
        drawing.addprevious(parse_xml(
            f'<w:pict {nsdecls("w", "r")} xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office"><v:shape id="_x0000_i1025" type="#_x0000_t75" '
            f'style="width:{width:.2f}pt;height:{height:.2f}pt"><v:imagedata r:id="{rid}" o:title=""/>'
            f'</v:shape></w:pict>'))
        drawing.getparent().remove(drawing)
    doc.save(str(out))
    return out


def excel_object_docx(report: Report, out: Path, stray: str = "ร่าง ไม่ต้องพิมพ์", workbook: str = "xlsx") -> Path:
    """The report with its first table pasted from Excel as an object
    (Paste Special → Microsoft Excel Worksheet Object), as offices do with a
    table kept in a spreadsheet: the workbook is embedded in the DOCX, and
    Word shows a picture of the range it was pasted from (``oleSize``). A
    ``stray`` note sits in the sheet outside that range. ``workbook``:
    "xlsx" (Excel 2007+), "xls" (an Excel 97-2003 object: the workbook as
    LibreOffice saves it in that format, which has no shown range), or
    "damaged" (a compound file with nothing in it). The picture is a bare
    grid: this fixture is for the workbook, not OCR."""
    import io
    import zipfile as zf

    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from PIL import Image, ImageDraw

    rows = report.sections[0].rows
    wb = Workbook()
    ws = wb.active
    for r, cells in enumerate(rows, start=1):
        for c, paras in enumerate(cells, start=1):
            ws.cell(r, c, "\n".join(paras)).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(len(rows) + 6, len(rows[0]) + 2, stray)
    buf = io.BytesIO()
    wb.save(buf)
    shown = f"A1:{chr(ord('A') + len(rows[0]) - 1)}{len(rows) + 2}"  # a row or two past the table, as pasted
    with zf.ZipFile(io.BytesIO(buf.getvalue())) as src, zf.ZipFile(book := io.BytesIO(), "w", zf.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b"</workbook>", f'<oleSize ref="{shown}"/></workbook>'.encode())
            dst.writestr(item, data)
    blob = book.getvalue()
    if workbook == "xls":
        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "book.xlsx").write_bytes(blob)
            subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation=file://{tmp}/profile",
                            "--headless", "--convert-to", "xls", "--outdir", tmp, f"{tmp}/book.xlsx"],
                           check=True, capture_output=True, timeout=180)
            blob = Path(tmp, "book.xls").read_bytes()
    elif workbook == "damaged":
        blob = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    preview = Image.new("L", (1200, 300), 255)
    draw = ImageDraw.Draw(preview)
    for i in range(len(rows) + 1):
        draw.line([(0, i * 300 // len(rows) - (i == len(rows))), (1199, i * 300 // len(rows) - (i == len(rows)))])
    png = io.BytesIO()
    preview.save(png, "PNG")

    def paste(doc) -> None:
        ole = workbook == "xlsx"
        part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx" if ole else "/word/embeddings/oleObject1.bin"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" if ole
                    else "application/vnd.openxmlformats-officedocument.oleObject", blob, doc.part.package)
        ole_rid = doc.part.relate_to(part, RT.PACKAGE if ole else RT.OLE_OBJECT)
        img_rid, _ = doc.part.get_or_add_image(io.BytesIO(png.getvalue()))
        table = doc.tables[0]._element
        para = doc.add_paragraph()
        para._p.append(parse_xml(
            f'<w:r {nsdecls("w", "r")} xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:object w:dxaOrig="15000" w:dyaOrig="3750">'
            f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:750pt;height:187.5pt" o:ole="">'
            f'<v:imagedata r:id="{img_rid}" o:title=""/></v:shape>'
            f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.{12 if ole else 8}" ShapeID="_x0000_i1025" '
            f'DrawAspect="Content" ObjectID="_1700000001" r:id="{ole_rid}"/></w:object></w:r>'))
        table.addprevious(para._element)
        table.getparent().remove(table)

    return build_docx(report, out, mutate=paste)


def page_scan_docx(pdf: Path, out: Path, dpi: int = 200, pages: tuple[int, int] | None = None,
                   footer: str = "", sideways: bool = False) -> Path:
    """A DOCX of page scans, as offices make one from a signed, scanned
    report: each page of ``pdf`` (from ``pages``, first and last) as a
    gray picture at ``dpi`` filling a page of its own (landscape A4, no
    margins), with no text but a page ``footer`` typed over the scans.
    ``sideways``: landscape pages scanned on a portrait scanner, pasted as
    they came (turned a quarter, on portrait pages)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
        if pages:
            cmd += ["-f", str(pages[0]), "-l", str(pages[1])]
        subprocess.run([*cmd, str(pdf), f"{tmp}/p"], check=True, capture_output=True, timeout=600)
        doc = new_docx()
        sec = doc.sections[0]
        if not sideways:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        else:
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(0))
        if footer:
            sec.footer_distance = Cm(0.2)
            sec.footer.paragraphs[0].text = footer
        for i, png in enumerate(sorted(Path(tmp).glob("p-*.png"))):
            if sideways:
                from PIL import Image

                with Image.open(png) as img:
                    img.transpose(Image.Transpose.ROTATE_90).save(png)
            para = doc.add_paragraph()
            para.paragraph_format.page_break_before = i > 0
            para.add_run().add_picture(str(png), width=Cm(21.0 if sideways else 29.7))
        doc.save(out)
    return out


# --- HTML printed by Chromium ---------------------------------------------------

_HTML_STYLE = """@page { size: A4 landscape; margin: 1.5cm }
body { font-family: "%s"; font-size: 16pt }
h1 { font-size: 18pt; text-align: center; margin: 0 }
table { border-collapse: collapse; width: 100%%; margin-bottom: 12pt }
th, td { border: 1px solid #000; vertical-align: top; text-align: left; padding: 2pt 4pt }
p { margin: 0 }""" % FONT


def build_html(report: Report, out: Path, borders: bool = True, extra_style: str = "") -> Path:
    """The report as a web page would carry it: a table per section with its
    header in <thead> (which Chromium repeats on each printed page) and
    widths left to the browser, so each table's columns differ; with no
    cell borders unless ``borders``; ``extra_style``: CSS rules after the
    page's own (``body { line-height: 1.5 }``)."""
    from html import escape

    style = _HTML_STYLE if borders else _HTML_STYLE.replace("border: 1px solid #000;", "border: none;")
    style += "\n" + extra_style
    parts = [f"<!doctype html><html lang='th'><meta charset='utf-8'><style>{style}</style><body>"]
    for i, line in enumerate(report.preamble):
        parts.append(f"<h1>{escape(line)}</h1>" if i < 4 and "จาก" not in line else f"<p>{escape(line)}</p>")
    for s in report.sections:
        parts.extend(f"<p><b>{escape(h)}</b></p>" for h in s.headings)
        if not s.rows:
            continue
        cell = lambda tag, paras: f"<{tag}>" + "".join(f"<p>{escape(p)}</p>" for p in paras) + f"</{tag}>"
        parts.append("<table><thead><tr>" + "".join(cell("th", c) for c in s.rows[0]) + "</tr></thead><tbody>")
        parts.extend("<tr>" + "".join(cell("td", c) for c in row) + "</tr>" for row in s.rows[1:])
        parts.append("</tbody></table>")
    out.write_text("".join(parts) + "</body></html>", encoding="utf-8")
    return out


def print_pdf(html_path: Path, out_dir: Path) -> Path:
    """Print a web page to PDF with headless Chromium (Skia's PDF backend, as
    Chrome's "Save as PDF" and Google Docs' export use)."""
    chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    if chromium is None:
        raise RuntimeError("Chromium is not installed")
    out = out_dir / (html_path.stem + ".pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                        "--no-pdf-header-footer", f"--print-to-pdf={out}", html_path.resolve().as_uri()],
                       check=True, capture_output=True, timeout=180)
    return out


TLWG = Path("/usr/share/fonts/truetype/tlwg")  # fonts-thai-tlwg


def reportlab_pdf(report: Report, out: Path) -> Path:
    """The report typeset by ReportLab (a third producer: Python's PDF
    library) in Laksaman: landscape, a table per section with its header
    repeated, rows split across pages. ReportLab does not shape Thai, breaks
    lines only at spaces, and draws no rule under a header it repeats over a
    split row."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    for name in ("Laksaman", "Laksaman-Bold"):
        pdfmetrics.registerFont(TTFont(name, str(TLWG / f"{name}.ttf")))
    body = ParagraphStyle("body", fontName="Laksaman", fontSize=14, leading=18)
    bold = ParagraphStyle("bold", parent=body, fontName="Laksaman-Bold")
    title = ParagraphStyle("title", parent=bold, fontSize=18, leading=24, alignment=1)
    story = [Paragraph(escape(line), title if i < 4 and "จาก" not in line else body)
             for i, line in enumerate(report.preamble)]
    for s in report.sections:
        story.extend(Paragraph(escape(h), bold) for h in s.headings)
        if s.rows:
            cells = [[[Paragraph(escape(p), bold if r == 0 else body) for p in cell] for cell in row]
                     for r, row in enumerate(s.rows)]
            table = RLTable(cells, colWidths=[150] * len(s.rows[0]), repeatRows=1, splitInRow=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 12)]
    SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=42, rightMargin=42,
                      topMargin=42, bottomMargin=42).build(story)
    return out


def turned_pdf(source: Path, dest: Path, angle: int = 90, turned_back: bool = True) -> Path:
    """The PDF with each page's content turned ``angle`` degrees (90, 180 or
    270, anticlockwise) onto a sheet of the turned size and, ``turned_back``,
    set upright for display by /Rotate, as scanners and PDF tools save
    landscape pages; without, the page shows sideways or upside down (a
    landscape page printed onto a portrait sheet)."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=source)
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        shift = {90: (height, 0), 180: (width, height), 270: (0, width)}[angle]
        page.add_transformation(pypdf.Transformation().rotate(angle).translate(*shift))
        if angle != 180:
            page.mediabox = page.cropbox = pypdf.generic.RectangleObject([0, 0, height, width])
        if turned_back:
            page.rotate(angle)
    writer.write(dest)
    return dest


def glyph_named_pdf(source: Path, dest: Path) -> Path:
    """The PDF as printing to PDF through PostScript leaves it (PDFCreator and
    Ghostscript, from Windows): each font's codes named in /Differences by
    the glyph names of Windows Thai fonts (``afii59681;`` for ก), a ToUnicode
    map only for the names Ghostscript knows (Latin letters, digits,
    punctuation), and no /ActualText. Each glyph is named for the character
    its outline draws in the installed font (LibreOffice's own map mistakes
    some marks)."""
    import io

    import pypdf
    from fontTools import agl
    from fontTools.ttLib import TTFont
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    from parsers.fonts import _outline_key, installed_fonts, outline_chars

    def name(char: str) -> str:
        if "\u0e01" <= char <= "\u0e5b":
            afii = {"\u0e30": 59729, "\u0e31": 59728}.get(char, ord(char) + 59681 - 0x0E01)
            return f"afii{afii};"
        return agl.UV2AGL.get(ord(char), f"uni{ord(char):04X}")

    writer = pypdf.PdfWriter(clone_from=source)
    done: set = set()
    for page in writer.pages:
        contents = pypdf.generic.ContentStream(page.get_contents(), writer)
        ops, open_spans = [], []
        for operands, op in contents.operations:  # unwrap /Span <</ActualText ...>> BDC ... EMC
            if op in (b"BDC", b"BMC"):
                span = op == b"BDC" and isinstance(operands[1], dict) and "/ActualText" in operands[1]
                open_spans.append(span)
                if span:
                    continue
            elif op == b"EMC" and open_spans and open_spans.pop():
                continue
            ops.append((operands, op))
        contents.operations = ops
        page.replace_contents(contents)
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if ref.idnum in done or font["/Subtype"] != "/TrueType":
                continue
            done.add(ref.idnum)
            embedded = TTFont(io.BytesIO(font["/FontDescriptor"]["/FontFile2"].get_object().get_data()))
            reference = outline_chars(installed_fonts()[font["/BaseFont"].split("+")[-1]])
            cmap = {c: g for t in embedded["cmap"].tables for c, g in t.cmap.items()}
            pairs = re.findall(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4,})>", font["/ToUnicode"].get_object().get_data().decode())
            differences, known = ArrayObject(), []
            for code_hex, text_hex in pairs:
                code, text = int(code_hex, 16), bytes.fromhex(text_hex).decode("utf-16-be")
                true = reference.get(_outline_key(embedded, cmap.get(0xF000 + code) or cmap.get(code)))
                char = true or text
                differences += [NumberObject(code), NameObject("/" + name(char))]
                if not name(char).endswith(";"):
                    known.append(f"<{code:02X}> <{ord(char):04X}>")
            font[NameObject("/Encoding")] = DictionaryObject({
                NameObject("/Type"): NameObject("/Encoding"), NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
                NameObject("/Differences"): differences})
            cmap_text = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapType 2 def\n"
                         "1 begincodespacerange <00> <FF> endcodespacerange\n"
                         f"{len(known)} beginbfchar\n" + "\n".join(known) + "\nendbfchar\nendcmap end end\n")
            stream = DecodedStreamObject()
            stream.set_data(cmap_text.encode())
            font[NameObject("/ToUnicode")] = writer._add_object(stream)
    writer.write(dest)
    return dest


def without_tounicode(source: Path, dest: Path) -> Path:
    """The PDF with no font's ToUnicode map, as Ghostscript leaves a PDF it
    re-writes through PostScript (``pdftops`` then ``ps2pdf``, a Linux print
    to PDF): the glyphs are there, what they stand for is not."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=source)
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            ref.get_object().pop("/ToUnicode", None)
    writer.write(dest)
    return dest


def symbol_font_pdf(source: Path, dest: Path, font: str = "Wingdings", offset: int = 0xF000) -> Path:
    """The PDF with its check boxes (☑ ☐) drawn as Word draws them, from a
    symbol font: the font that holds them is named ``font`` (Wingdings or
    Wingdings 2) and its ToUnicode map gives that font's byte for each box
    plus ``offset`` (Word's U+F0FE; 0 for producers that give ``þ``)."""
    import pypdf
    from pypdf.generic import NameObject

    from normalize.symbols import font_table

    byte = {char: code for code, char in reversed(font_table(font).items())}  # a table's first byte for a box
    writer = pypdf.PdfWriter(clone_from=source)
    done: set = set()
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            spec = ref.get_object()
            stream = spec.get("/ToUnicode")
            data = stream.get_object().get_data().decode() if stream else ""
            if ref.idnum in done or not re.search("<(2611|2610)>", data):
                continue
            done.add(ref.idnum)
            data = re.sub("<(2611|2610)>", lambda m: f"<{offset + byte[chr(int(m.group(1), 16))]:04X}>", data)
            stream.get_object().set_data(data.encode())
            name = spec["/BaseFont"].split("+")[0] + "+" + font.replace(" ", "") + ("-Regular" if font == "Wingdings" else "")
            spec[NameObject("/BaseFont")] = NameObject(name)
            spec["/FontDescriptor"].get_object()[NameObject("/FontName")] = NameObject(name)
    writer.write(dest)
    return dest


def watermarked_pdf(source: Path, dest: Path, text: str = "ร่าง เพื่อตรวจทาน", angle: float = 45,
                    size: float = 90) -> Path:
    """The PDF with a watermark over each page, as Word and PDF tools add
    one: ``text`` in light gray, ``size`` points, centred and turned
    ``angle`` degrees, drawn as text over the table."""
    import io

    import pypdf
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("Laksaman", str(TLWG / "Laksaman.ttf")))
    writer = pypdf.PdfWriter(clone_from=source)
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(width, height))
        c.setFillColorRGB(0.8, 0.8, 0.8)
        c.setFont("Laksaman", size)
        c.translate(width / 2, height / 2)
        c.rotate(angle)
        c.drawCentredString(0, 0, text)
        c.save()
        page.merge_page(pypdf.PdfReader(buf).pages[0])
    writer.write(dest)
    return dest


def scan_pdf(pdf: Path, out: Path, dpi: int = 300, angle: float = 0.0, noise: float = 0.0,
             seed: int = 0, pages: tuple[int, int] | None = None, jitter: float = 0.0) -> Path:
    """An image-only PDF as a scanner makes it: the PDF rasterised by pdftoppm
    (gray), turned by ``angle`` degrees, speckled with ``noise`` (standard
    deviation of gray levels), without any text layer. With ``jitter``, as a
    phone app saves a scan: each page cropped at random (up to ``jitter``
    of its width and height off each edge) and scaled by up to ±``jitter``,
    so no two pages have the same size."""
    import numpy as np
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        # PGM, not PNG: the same pixels, without pdftoppm's PNG compression (most of its time).
        cmd = ["pdftoppm", "-r", str(dpi), "-gray"]
        if pages:
            cmd += ["-f", str(pages[0]), "-l", str(pages[1])]
        subprocess.run([*cmd, str(pdf), f"{tmp}/p"], check=True, capture_output=True, timeout=600)
        rng = np.random.default_rng(seed)
        images = []
        for pgm in sorted(Path(tmp).glob("p-*.pgm")):
            img = Image.open(pgm).convert("L")
            if angle:
                img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            if noise:
                a = np.asarray(img, dtype=np.float32) + rng.normal(0, noise, (img.height, img.width))
                img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
            if jitter:
                w, h = img.size
                left, right = (int(v) for v in rng.uniform(0, jitter * w, 2))
                top, bottom = (int(v) for v in rng.uniform(0, jitter * h, 2))
                img = img.crop((left, top, w - right, h - bottom))
                scale = rng.uniform(1 - jitter, 1 + jitter)
                img = img.resize((round(img.width * scale), round(img.height * scale)), Image.BICUBIC)
            images.append(img)
        images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
    return out


def searchable_pdf(scan: Path, out: Path, dpi: int = 300) -> Path:
    """A scan made searchable as OCR software does it: Tesseract lays its
    Thai reading over each page image as invisible text (render mode 3).
    The scan's own images (one per page, ``dpi``) are kept as they are, so
    the pages look exactly the same."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdfimages", "-j", str(scan), f"{tmp}/p"], check=True, capture_output=True, timeout=600)
        listing = Path(tmp, "pages.txt")
        listing.write_text("\n".join(str(p) for p in sorted(Path(tmp).glob("p-*"))) + "\n")
        subprocess.run(["tesseract", "--dpi", str(dpi), str(listing), str(out.with_suffix("")), "-l", "tha", "pdf"],
                       check=True, capture_output=True, timeout=600)
    return out.with_suffix(".pdf")


# --- expected rows -----------------------------------------------------------

def fold(text: str) -> str:
    return " ".join(text.translate(THAI_DIGITS).split())


# A line break not before a numbered step (๑. 2) (3)).
_PARAGRAPH_BREAK = re.compile(r"\n(?![ (]*[0-9๐-๙]{1,2}\s?[.)])")


def paragraphs(text: str) -> list[str]:
    r"""A cell's paragraphs, as a reading is compared with the seed's:
    whitespace removed (a space at a Thai line wrap is not in a PDF), a
    break before a numbered step not counted (the seed writes some steps
    on in one paragraph; a wrap that puts one at a line's start reads as
    its own).

    >>> paragraphs("1.จัดทำ แผน\n2.รายงาน\nทุก 3 เดือน")
    ['1.จัดทำแผน2.รายงาน', 'ทุก3เดือน']
    """
    return ["".join(part.split()) for part in _PARAGRAPH_BREAK.split(text) if part.strip()]


def expected_cells(report: Report) -> list[dict[str, str]]:
    keys = ("issue", "responsible", "measure", "monitoring", "progress")
    return [
        {k: "\n".join(fold(p) for p in cell if fold(p)) for k, cell in zip(keys, row)}
        for row in report.measure_rows()
    ]


# Context and metadata of the seed report, as the issue states them.
SEED_CONTEXT = (
    [("OIT", 9, None)] * 7 + [("OIT", 10, None)] * 2
    + [("EIT", 7, "e6"), ("EIT", 7, "e7"), ("EIT", 7, "e8"), ("EIT", 7, "e9"), ("EIT", 7, None)]
)
SEED_DOCUMENT = {
    "title": "รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "report_kind": "progress",
    "org_name": "องค์การบริหารส่วนตำบลโคกสนวน",
    "org_type": "sao",
    "subdistrict": "โคกสนวน",
    "district": "ชำนิ",
    "province": "บุรีรัมย์",
    "province_code": "31",
    "subdistrict_code": "311806",
    "fiscal_year": 2566,
    "period_start": "2022-10-01",
    "period_end": "2023-03-31",
    "n_measures": 14,
}

LAYOUTS = ("table-per-page", "long-table", "seq-column", "arabic-abbrev")

# A second report, written for the tests (invented text, not a real report; the
# tambon is real so that the gazetteer places it): an annual report of
# another SAO, laid out as the seed, with what the seed lacks: units one per
# paragraph, a row taller than a page, a web address, brackets, an empty
# progress cell, phone and order numbers.
OTHER = HERE / "seed" / "invented-thachang-2567.txt"
OTHER_CONTEXT = [("OIT", 9, None)] * 3 + [("OIT", 10, None), ("EIT", 6, "e3"), ("EIT", 6, "e5")]
OTHER_DOCUMENT = {
    "title": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "report_kind": "annual",
    "org_name": "องค์การบริหารส่วนตำบลท่าช้าง",
    "org_type": "sao",
    "subdistrict": "ท่าช้าง",
    "district": "บางกล่ำ",
    "province": "สงขลา",
    "province_code": "90",
    "subdistrict_code": "901402",
    "fiscal_year": 2567,
    "period_start": "2023-10-01",
    "period_end": "2024-09-30",
    "n_measures": 6,
}


def sample_report(layout: str) -> Report:
    report = read_seed()
    return map_text(report, arabic_abbrev) if layout == "arabic-abbrev" else report


def expected(layout: str) -> dict:
    return _with_context(sample_report(layout), SEED_CONTEXT, SEED_DOCUMENT)


def expected_other() -> dict:
    """What the OTHER report reads as, in every layout."""
    return _with_context(read_seed(OTHER), OTHER_CONTEXT, OTHER_DOCUMENT)


def _with_context(report: Report, context: list[tuple], document: dict) -> dict:
    rows = expected_cells(report)
    for row, (tool, indicator, item) in zip(rows, context, strict=True):
        row.update(tool=tool, indicator_no=indicator, item_code=item)
    return {"document": document, "measures": rows}


def main(out: Path = HERE) -> None:
    samples, exp = out / "samples", out / "expected"
    samples.mkdir(parents=True, exist_ok=True)
    exp.mkdir(parents=True, exist_ok=True)
    for layout in LAYOUTS:
        name = f"khoksanuan-2566-{layout}"
        path = build_docx(sample_report(layout), samples / f"{name}.docx", layout)
        (exp / f"{name}.json").write_text(
            json.dumps(expected(layout), ensure_ascii=False, indent=1), encoding="utf-8")
        if "--no-pdf" not in sys.argv:
            to_pdf(path, samples)
        print("wrote", path.name)


if __name__ == "__main__":
    main()
