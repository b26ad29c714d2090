"""DOCX parser: python-docx to open the package, then the OOXML itself, since
python-docx's API hides text in hyperlinks, tracked insertions, content
controls, symbols and merged cells. A table pasted as a picture is read by
OCR (``parsers.ocr``); one pasted from Excel as an object, from the workbook
embedded with it (``parsers.sheet``)."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.oxml.ns import qn

from normalize.symbols import symbol_char
from parsers import progress, sheet
from parsers.continuation import PageRun, PageTable
from parsers.model import Cell, Document, Issue, Paragraph, Row, Table
from parsers.numbering import Numbering
from parsers.settings import ParserSettings

W14_CHECKBOX = "{http://schemas.microsoft.com/office/word/2010/wordml}checkbox"
W14_CHECKED = "{http://schemas.microsoft.com/office/word/2010/wordml}checked"
W14_VAL = "{http://schemas.microsoft.com/office/word/2010/wordml}val"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_T, _TAB, _BR, _CR, _SYM = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:sym")
_P, _TBL, _TR, _TC, _SDT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt")
_R, _RPR, _RFONTS, _TXBX = qn("w:r"), qn("w:rPr"), qn("w:rFonts"), qn("w:txbxContent")
_DEL, _INSTR, _LRPB, _VANISH = qn("w:del"), qn("w:instrText"), qn("w:lastRenderedPageBreak"), qn("w:vanish")
_MOVED_FROM = qn("w:moveFrom")  # tracked text moved away: it reads where it went (w:moveTo)
_DRAWING, _EMBED, _RID = qn("w:drawing"), qn("r:embed"), qn("r:id")
_OLE_OBJECT = "{urn:schemas-microsoft-com:office:office}OLEObject"
_PICT, _OBJECT = qn("w:pict"), qn("w:object")
_V_SHAPE, _V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}shape", "{urn:schemas-microsoft-com:vml}imagedata"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
_EMU_PER_PT = 12700
# Shown at least this large (points), a picture may be a pasted table.
_PICTURE_WIDTH, _PICTURE_HEIGHT = 200, 60


def _on(props, tag: str) -> bool:
    """A property that is on or off (``w:vanish``, ``w:pageBreakBefore``):
    on if present, unless its value turns it off (Word writes
    ``w:val="0"`` where a paragraph overrides its style)."""
    el = props.find(tag) if props is not None else None
    return el is not None and el.get(qn("w:val"), "true") not in ("0", "false", "off")


def _hidden(run) -> bool:
    """Hidden text (``w:vanish``): Word neither shows nor prints it."""
    return _on(run.find(_RPR), _VANISH)


def _run_font(run) -> str | None:
    rpr = run.find(_RPR)
    fonts = rpr.find(_RFONTS) if rpr is not None else None
    if fonts is None:
        return None
    return fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or fonts.get(qn("w:cs"))


class _Walker:
    """Walks the body in order, counting pages: from the page breaks Word
    wrote where its last layout ended each page (``w:lastRenderedPageBreak``),
    and from explicit ones (a page break, a paragraph set to start a page, a
    section that starts on a new page). Word writes a rendered break at the
    start of the page an explicit one began too: one break, not two."""

    def __init__(self, numbering: Numbering | None = None):
        self.page = 1
        self.numbering = numbering or Numbering()
        self._fresh = True  # a page has just begun and nothing is on it yet

    def _new_page(self) -> None:
        self.page += 1
        self._fresh = True

    def _rendered_break(self) -> None:
        """A page break that is no new page where one has just begun."""
        if not self._fresh:
            self._new_page()

    def paragraph(self, p) -> str:
        """A paragraph's text after its list number or bullet, as Word shows it."""
        return self.numbering.label(p) + self.text(p)

    def text(self, el) -> str:
        """Text of a paragraph (or any inline container), in order."""
        out: list[str] = []
        self._inline(el, out)
        return "".join(out)

    def _inline(self, el, out: list[str]) -> None:
        for child in el:
            tag = child.tag
            if tag in (_DEL, _MOVED_FROM, MC_FALLBACK, _TXBX, _INSTR) or (tag == _R and _hidden(child)):
                continue  # deleted, moved or hidden text, duplicate fallbacks, text boxes (own blocks)
            if tag == _SDT and self._checkbox(child, out):
                continue
            if tag == _T:
                out.append(self._symbol_text(child))
                if child.text:
                    self._fresh = False
            elif tag == _TAB:
                out.append(" ")
            elif tag in (_BR, _CR):
                if child.get(qn("w:type")) == "page":
                    self._new_page()
                else:
                    out.append("\n")
            elif tag == _LRPB:
                self._rendered_break()
            elif tag in (_DRAWING, _PICT):  # a picture is something on the page
                self._fresh = False
                self._inline(child, out)
            elif tag == _SYM:
                char = child.get(qn("w:char"), "")
                if char and all(c in "0123456789abcdefABCDEF" for c in char):
                    out.append(symbol_char(child.get(qn("w:font")), int(char, 16)))
            else:
                self._inline(child, out)

    def _symbol_text(self, t) -> str:
        text = t.text or ""
        if any(0xF000 <= ord(c) <= 0xF0FF for c in text):
            run = t.getparent()
            font = _run_font(run) if run is not None and run.tag == _R else None
            text = "".join(symbol_char(font, ord(c)) if 0xF000 <= ord(c) <= 0xF0FF else c for c in text)
        return text

    def _checkbox(self, sdt, out: list[str]) -> bool:
        box = sdt.find(f"{qn('w:sdtPr')}/{W14_CHECKBOX}")
        if box is None:
            return False
        checked = box.find(W14_CHECKED)
        out.append("☑" if checked is not None and checked.get(W14_VAL) in ("1", "true") else "☐")
        return True

    def textboxes(self, el) -> list:
        """The text boxes anchored in a paragraph (``w:txbxContent``), each
        once: Word 2010+ writes a box twice, as a shape and again as VML for
        older readers (``mc:Fallback``). A box inside a box comes with it."""
        out = []
        for child in el:
            if child.tag == _TXBX:
                out.append(child)
            elif child.tag != MC_FALLBACK:
                out.extend(self.textboxes(child))
        return out

    def paragraph_props_page_break(self, p) -> None:
        # At the top of a page already, Word adds no page for it.
        if _on(p.find(qn("w:pPr")), qn("w:pageBreakBefore")):
            self._rendered_break()

    def section_end(self, p) -> None:
        """After a paragraph that ends a section: the next one starts a page
        (a portrait title, then the landscape tables) unless it is continuous."""
        sect = p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
        if sect is None:
            return
        kind = sect.find(qn("w:type"))
        if kind is None or kind.get(qn("w:val"), "nextPage") not in ("continuous", "nextColumn"):
            self._new_page()

    def block_items(self, container):
        """Paragraphs and tables of a body/cell, descending into block-level sdt."""
        for child in container:
            if child.tag == _SDT:
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self.block_items(content)
            elif child.tag in (_P, _TBL):
                yield child

    def cell_text(self, tc) -> str:
        parts = []
        for item in self.block_items(tc):
            if item.tag == _P:
                parts.append(self.paragraph(item))
            else:  # a nested table: its cells as lines
                for tr in item.iter(_TR):
                    parts.append(" ".join(self.cell_text(c) for c in tr.findall(_TC)))
        return "\n".join(parts)

    def table(self, tbl) -> Table:
        start = self.page
        rows = []
        for tr in tbl.findall(_TR):
            cells = []
            trpr = tr.find(qn("w:trPr"))
            # Grid columns a row leaves out before its first cell and after its last.
            cells.extend(Cell("", page=self.page) for _ in range(_grid_count(trpr, "w:gridBefore", 0)))
            for tc in _row_cells(tr):
                tcpr = tc.find(qn("w:tcPr"))
                vm = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
                merged = vm is not None and vm.get(qn("w:val"), "continue") == "continue"
                page = self.page
                text = "" if merged else self.cell_text(tc)
                cells.append(Cell(text, page=page, span=_grid_count(tcpr, "w:gridSpan", 1), merged_above=merged))
            cells.extend(Cell("", page=self.page) for _ in range(_grid_count(trpr, "w:gridAfter", 0)))
            rows.append(Row(cells, page=self.page))
        return Table(rows, page=start)


def _row_cells(tr) -> list:
    """A row's cells in order, those inside a content control (``w:sdt``
    round one cell or several) in their place, not those of a table nested in one."""
    out = []
    for child in tr:
        if child.tag == _TC:
            out.append(child)
        elif child.tag == _SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                out.extend(_row_cells(content))
    return out


_MAX_GRID = 63  # columns a Word table may have


def _grid_count(props, name: str, default: int) -> int:
    """A count of grid columns (``w:gridSpan``, ``w:gridBefore``…) in
    ``props``: ``default`` where it is missing or not a number Word would
    write, so one odd value does not lose the file."""
    el = props.find(qn(name)) if props is not None else None
    value = el.get(qn("w:val"), "") if el is not None else ""
    if not value.isdigit():
        return default
    return max(default, min(int(value), _MAX_GRID))


def parse(path: str, settings: ParserSettings) -> Document:
    check_zip(path, settings)
    d = docx.Document(path)
    body = d.element.body
    walker = _Walker(numbering=Numbering.of(d))
    issues: list[Issue] = []
    # Pasted page scans, one picture a page: a table goes on from one to the next.
    run = PageRun()
    open_table: PageTable | None = None  # the last picture's last table, if nothing came after it

    def blocks_of(container):
        nonlocal open_table
        for item in walker.block_items(container):
            if item.tag == _P:
                walker.paragraph_props_page_break(item)
                page = walker.page
                text = walker.paragraph(item)
                if text.strip():
                    open_table = None
                    yield Paragraph(text, page=page)
                for box in walker.textboxes(item):  # its paragraphs and tables, as the body's
                    yield from blocks_of(box)
                for block in _sheets(item, d.part, page, settings, issues):
                    open_table = None
                    yield block
                if settings.ocr:
                    for data, width in _pictures(item, d.part):
                        blocks, tables = _picture_table(data, width, page, settings, issues)
                        if tables:
                            blocks = run.join(open_table, blocks, tables)
                            open_table = tables[-1] if not blocks or blocks[-1] is tables[-1].table else None
                            yield from blocks
                walker.section_end(item)
            elif _frames(item):  # a layout table: what it holds is the document's
                for tc in (tc for tr in item.findall(_TR) for tc in tr.findall(_TC)):
                    yield from blocks_of(tc)
            else:
                open_table = None
                yield walker.table(item)

    blocks = list(blocks_of(body))
    return Document(path, "docx", pages=walker.page, blocks=blocks, issues=issues, running=_running(d))


def _running(d) -> list[str]:
    """The text of the page headers and footers, each once."""
    out: list[str] = []
    for section in d.sections:
        for part in (section.first_page_header, section.header, section.even_page_header,
                     section.first_page_footer, section.footer, section.even_page_footer):
            try:
                if part.is_linked_to_previous:  # none of its own
                    continue
                paragraphs = list(part._element.iter(_P))
            except (KeyError, ValueError, AttributeError):  # a part missing from the package
                continue
            for tag in paragraphs:
                text = "".join(t.text or "" for t in tag.iter(qn("w:t"))).strip()
                if text and text not in out:
                    out.append(text)
    return out


def _frames(tbl) -> bool:
    """A table of one or two columns that holds tables: a page laid out in
    a table (a frame around a measures table), not a table of data."""
    rows = tbl.findall(_TR)
    return (bool(rows) and max(len(tr.findall(_TC)) for tr in rows) <= 2
            and any(tc.find(_TBL) is not None for tr in rows for tc in tr.findall(_TC)))


def _sheets(p, part, page: int, settings: ParserSettings, issues: list[Issue]) -> list:
    """Tables pasted from Excel as objects into a paragraph, read from the
    workbooks embedded with them (``parsers.sheet``): their blocks."""
    out = []
    for ole in p.iter(_OLE_OBJECT):
        if not ole.get("ProgID", "").startswith("Excel.Sheet"):
            continue  # a chart, an equation, a Word document…
        rel = part.rels.get(ole.get(_RID))
        if rel is None or rel.is_external:
            continue
        blob = rel.target_part.blob
        try:
            if blob[:2] == b"PK":
                check_zip(io.BytesIO(blob), settings)
                blocks = sheet.embedded_blocks(blob, page)
            else:  # an Excel 97-2003 workbook: LibreOffice makes it an XLSX
                from parsers import compound, legacy

                if compound.kind(io.BytesIO(blob)) != "xls":
                    raise ValueError("not an Excel workbook")
                with legacy.converted(blob, "xls") as xlsx:
                    blocks = sheet.embedded_blocks(xlsx.read_bytes(), page)
        except Exception as e:  # noqa: BLE001 - one object that cannot be read must not lose the document
            issues.append(Issue("unread_object", page=page, detail=f"{type(e).__name__}: {e}"))
            continue
        if not blocks:
            issues.append(Issue("unread_object", page=page, detail="no text in the workbook"))
        out.extend(blocks)
    return out


def _pictures(p, part) -> list[tuple[bytes, float]]:
    """The pictures of a paragraph shown big enough to be a table: image
    data and the width shown (points). DrawingML pictures, and VML ones
    (``w:pict``: Word 2003 documents kept in compatibility mode), but not a
    VML copy kept for older readers (``mc:Fallback``) nor an object's preview."""
    found = []  # (relationship id, width, height)
    for drawing in p.iter(_DRAWING):
        blip, extent = next(drawing.iter(_BLIP), None), next(drawing.iter(_EXTENT), None)
        if blip is None or extent is None:
            continue
        try:
            width, height = (int(extent.get(k, "0")) / _EMU_PER_PT for k in ("cx", "cy"))
        except ValueError:  # a size Word would not write: not a picture to read
            continue
        found.append((blip.get(_EMBED), width, height))
    for pict in p.iter(_PICT):
        if _within(pict, p, (MC_FALLBACK, _OBJECT)):
            continue
        for shape in pict.iter(_V_SHAPE):
            data, size = next(shape.iter(_V_IMAGEDATA), None), _vml_size(shape.get("style", ""))
            if data is not None and size:
                found.append((data.get(_RID), *size))
    out = []
    for rid, width, height in found:
        rel = part.rels.get(rid)
        if rel is not None and not rel.is_external and width >= _PICTURE_WIDTH and height >= _PICTURE_HEIGHT:
            out.append((rel.target_part.blob, width))
    return out


def _within(el, top, tags) -> bool:
    """``el`` lies inside an element of one of ``tags`` below ``top``."""
    el = el.getparent()
    while el is not None and el is not top:
        if el.tag in tags:
            return True
        el = el.getparent()
    return False


_VML_UNITS = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "": 0.75}
_VML_LENGTH = re.compile(r"\b(width|height)\s*:\s*([\d.]+)\s*(pt|in|cm|mm|px)?", re.I)


def _vml_size(style: str) -> tuple[float, float] | None:
    """Width and height (points) of a VML shape's ``style``.

    >>> _vml_size("width:450pt;height:3in")
    (450.0, 216.0)
    >>> _vml_size("position:absolute") is None
    True
    """
    size = {}
    for name, value, unit in _VML_LENGTH.findall(style):
        try:
            size[name.lower()] = float(value) * _VML_UNITS[unit.lower()]
        except ValueError:
            return None
    return (size["width"], size["height"]) if len(size) == 2 else None


def _picture_table(data: bytes, width: float, page: int, settings: ParserSettings,
                   issues: list[Issue]) -> tuple[list, list[PageTable]]:
    """The blocks OCR reads from a picture holding a ruled table (a page
    number of a pasted page scan left out), and its tables; else none."""
    from parsers import ocr

    if ocr.tesseract() is None:
        return [], []
    progress.page_done()
    try:
        result = ocr.read_picture(data, width, page, settings)
    except Exception as e:  # noqa: BLE001 - a picture OCR cannot read must not lose the document
        issues.append(Issue("table_in_picture", page=page, detail=f"OCR อ่านไม่ได้ / OCR failed: {type(e).__name__}: {e}"))
        return [], []
    if result.tables:
        issues.append(Issue("table_in_picture", page=page, detail=result.outcome()))
    return result.content(), [PageTable(t, bbox, cols) for t, bbox, cols in result.tables]


class UnsafeFile(Exception):
    """A container that must not be opened (zip bomb, DTD/entity tricks)."""

    finding_code = "unsafe_file"


def check_zip(path, settings: ParserSettings) -> None:
    """Refuse zip bombs and XML with DTDs before any parser opens the file
    (a path, or an open file: a workbook embedded in a DOCX)."""
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if total > settings.max_unzipped_bytes or total / packed > settings.max_zip_ratio:
            raise UnsafeFile(f"zip expands to {total} bytes ({total / packed:.0f}x)")
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with z.open(info) as f:
                    head = f.read(2048)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise UnsafeFile(f"{info.filename} declares a DTD/entities")


__all__ = ["parse", "check_zip", "UnsafeFile"]
