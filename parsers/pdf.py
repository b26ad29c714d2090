"""PDF parser (text layer) on pdfplumber.

Per page: ruled tables from the drawn lines (``parsers.ruling``), tables
without lines (or without lines between their rows) from the order their
text is drawn in (``parsers.unruled``), each cell's text assembled with
Thai-correct mark ordering (``parsers.layout``), the text outside tables as
paragraphs in reading order; fonts whose character maps are wrong are
corrected first (``parsers.fonts``). Across pages
(``parsers.continuation``): a table continued on the next page is joined to
its start, a repeated header row is dropped and a row broken at the page
boundary is merged cell by cell. Pages whose text layer is missing, garbled or
damaged go to OCR, as do scans under the hidden text of OCR software
(``parsers.invisible``) and pictures that hold a ruled table. Text and
lines a clip path hides are not read (``parsers.clip``). Each page is read
once and its caches released.
"""

from __future__ import annotations

import math
import re
import statistics
from bisect import bisect_right
from collections import Counter, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from itertools import groupby, takewhile
from operator import itemgetter

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from parsers import actualtext, charobjects, clip, damage, fonts, invisible, layout, progress, unruled
from parsers.continuation import (CELL_PADDING, MAX_HEADER_ROWS, Fill, PageRun, PageTable, filled_page, first_row,
                                  header_alone, note_bottoms)
from parsers.model import Cell, Document, Issue, Paragraph, Row, Table
from parsers.ruling import (column_bounds, drawn_columns, off_page_cut, rows_ruled_apart, split_by_columns,
                             table_settings)
from parsers.running import RunningText, page_number_line
from parsers.settings import ParserSettings

_THAI = re.compile("[\u0e01-\u0e4e]")
_LATIN = re.compile("[A-Za-z]")


# Producers that wrap lines only at spaces (a word too long for its line is
# split) and leave the space out: ReportLab, Python's PDF library.
SPACE_WRAPPING_PRODUCERS = re.compile(r"ReportLab", re.IGNORECASE)
# Producers (or creators) whose Thai line breaks may leave room for the next
# word (ParserSettings.greedy_wraps): Word, and what prints or converts from it.
ROOMY_PRODUCERS = re.compile(r"Microsoft|\bWord\b|PDFMaker|Acrobat", re.IGNORECASE)


# A ruled row this tall (of the page's height), or a table's only ruled row,
# may hold several rows drawn without lines between them
# (parsers.unruled.split_row): a table ruled between its columns only is
# one ruled row on each page, though the page holds only its header and a
# line or two of a row.
TALL_ROW = 0.2

# Text this many times the page's usual size over a table is a watermark.
OVERLAY_SIZE = 2.0


class EncryptedPDF(Exception):
    finding_code = "encrypted_file"


def parse(path: str, settings: ParserSettings, *, repair: bool = True) -> Document:
    """The document a PDF holds. ``repair``: a file pdfminer cannot open is
    read from a repaired copy (``_repaired``)."""
    actualtext.install()
    invisible.install()
    clip.install()  # after the other device hooks: it may drop the char they mark
    damage.install()
    charobjects.install()
    try:
        pdf = pdfplumber.open(path)
    except (PDFPasswordIncorrect, PDFEncryptionError, PdfminerException) as e:
        # pdfplumber wraps pdfminer's errors: look at the one inside.
        cause = _cause(e)
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedPDF(str(cause) or "password required") from e
        return _damaged(path, settings, cause, e, repair)
    try:
        pages = _pages(pdf)
    except PdfminerException as e:  # the page tree itself is damaged
        pdf.stream.close()
        return _damaged(path, settings, _cause(e), e, repair)
    try:  # each page is closed once read; pdf.close() would make them all again
        usable = [page for page in pages if not isinstance(page, Exception)]
        if pdf.doc.encryption is not None and not usable:
            raise EncryptedPDF("encrypted")
        producer = str(pdf.metadata.get("Producer", ""))
        if SPACE_WRAPPING_PRODUCERS.search(producer):  # it breaks at spaces only, not between words
            settings = replace(settings, wraps_drop_spaces=True, greedy_wraps=False)
        if ROOMY_PRODUCERS.search(f"{producer} {pdf.metadata.get('Creator', '')}"):
            settings = replace(settings, greedy_wraps=False)
        checked_fonts: set = set()
        watermarks: set[str] = set()
        going_on = None  # the last page's last table: its columns, where their text ends, its last row's
        bottom_votes = 0  # of the pages' tables so far, for cells aligned to the bottom (unruled.bottom_votes)
        bottoms: dict[int, float] = {}  # page height -> lowest table bottom seen so far (continuation.filled_page)
        spaces: dict[str, float] = {}  # per font, its narrowest space glyph so far (_narrowest_spaces)
        # A tagged PDF that gives ActualText says itself what its glyphs
        # stand for, cluster by cluster; a glyph-by-glyph repair would undo it.
        outlines = not (settings.actual_text and actualtext.used(usable[:3]))

        def read(number: int):
            nonlocal going_on, bottom_votes, spaces
            page = pages[number - 1]
            if isinstance(page, Exception):
                return [], [], [_unreadable(number, page)], []
            damage.start()
            if settings.font_repair:
                fonts.repair_page_fonts(page.page_obj, pdf.rsrcmgr, checked_fonts, outlines)
            try:
                turn = _page_turn(page.chars)
                if turn:  # drawn sideways or upside down: read it turned upright, as /Rotate would show it
                    page.close()
                    page = _turned(page, turn)
                spaces = _narrowest_spaces(page.chars, spaces)
                blocks, tables, issues, pictures = _read_page(page, number, settings, watermarks, going_on, spaces)
                bottom_votes += sum(t.bottom_votes for t in tables)
                # Not a line taken on trust: text, unless the next page's table goes on from it.
                last = next((t for t in reversed(tables) if t.instead is None), None)
                foot = tables[-1] if tables and tables[-1].instead is not None else None
                # Under it, a line taken on trust in as many columns or more (not a running foot's few
                # parts): a row's rest at the next page's top is that line's, if anything's.
                if last is not None and foot is not None and len(foot.columns) >= len(last.columns):
                    last = foot
                note_bottoms(bottoms, tables)
                # Where its cells' last lines end tells a cell wrapped on to the next page only if the
                # page cut it: the table filled its page.
                filled = last is not None and filled_page(last, bottoms.get(round(last.page_height), 0.0))
                # Ruled, its text ends at its column lines (as near as a row's rest needs).
                going_on = unruled.GoingOn(last.columns, last.text_ends or last.columns[1:],
                                           _line_ends(last) if filled else None,
                                           [[c.text for c in r.cells] for r in last.table.rows[:MAX_HEADER_ROWS]],
                                           last.ruled_rows, bottom_votes > 0) if last else None
                signs = damage.seen()
                if signs and not (blocks or tables or issues or page.images or page.rects or page.lines):
                    # Blank only because pdfminer could not read it: PDFium may.
                    issues = [Issue("unreadable_page", page=number, detail=f"damaged content: {signs[0]}")]
                # PDFium renders the page as drawn: a turned page's pictures are elsewhere there.
                return blocks, tables, issues, [] if turn else pictures
            except Exception as e:  # noqa: BLE001 - one damaged page must not lose the others
                return [], [], [_unreadable(number, _cause(e))], []
            finally:
                page.close()  # release the page's cached objects: memory stays flat

        doc = _assemble(path, len(pages), read, settings)
        # Its copies on pages of nothing else read before it was known as one.
        doc.blocks = [b for b in doc.blocks if not _watermark(b, watermarks)]
    finally:
        pdf.stream.close()
    if repair and any(i.code == "unreadable_page" for i in doc.issues):
        return _as_sent(path, settings) or doc
    return doc


def _pages(pdf) -> list:
    """pdfplumber's pages, made one by one (``pdf.pages`` makes them all at
    once, and one bad page raises for the file). A page whose box is
    damaged (a MediaBox that is not numbers) takes the page before's, or on
    the first page the next good one's, as viewers show it; a page whose
    dictionary is damaged otherwise stands as its error."""
    from pdfminer.pdfpage import PDFPage

    try:
        page_objs = list(PDFPage.create_pages(pdf.doc))
    except Exception as e:  # noqa: BLE001 - pdfminer's own errors, as pdf.pages raises them
        raise PdfminerException(e) from e
    out: list = []
    first = box = None  # the first and the last good page's MediaBox, as written (not turned by /Rotate)
    for number, page_obj in enumerate(page_objs, start=1):
        try:
            out.append(pdfplumber.page.Page(pdf, page_obj, page_number=number))
            box = list(page_obj.mediabox)
            first = first or box
        except MalformedPDFException as e:
            out.append(_with_box(pdf, page_obj, number, box) if box else e)
        except Exception as e:  # noqa: BLE001 - this page alone
            out.append(_cause(e))
    for i, page in enumerate(out):
        if isinstance(page, MalformedPDFException) and first:  # before any good page
            out[i] = _with_box(pdf, page_objs[i], i + 1, first)
    pdf._pages = [page for page in out if not isinstance(page, Exception)]  # what pdf.close() goes through
    return out


def _with_box(pdf, page_obj, number: int, box: list):
    """The page made again with ``box`` for its MediaBox (and no other box)."""
    page_obj.attrs = {k: v for k, v in page_obj.attrs.items() if k not in ("CropBox", "TrimBox", "BleedBox", "ArtBox")}
    page_obj.attrs["MediaBox"] = box
    try:
        return pdfplumber.page.Page(pdf, page_obj, page_number=number)
    except Exception as e:  # noqa: BLE001 - still damaged: this page alone
        return _cause(e)


def _page_turn(chars: list[dict]) -> int:
    """How far (degrees clockwise, as /Rotate) a page must turn for most of
    its text to read upright: 0, or 90/180/270 for content drawn turned
    (a landscape page printed onto a portrait one)."""
    votes: Counter[int] = Counter()
    for c in chars:
        if _slanted(c):
            continue
        a, b = c["matrix"][:2]
        votes[(0 if a > 0 else 180) if abs(a) >= abs(b) else (90 if b > 0 else 270)] += 1
    turn, n = votes.most_common(1)[0] if votes else (0, 0)
    return turn if n > 0.6 * len(chars) else 0


def _slanted(ch: dict) -> bool:
    """Drawn at a slant (neither level nor at a right angle): a watermark
    across the page (ร่าง, สำเนา), added by Word or a PDF tool. It is no part
    of the text, and over a table it would fill the cells it crosses."""
    a, b = ch["matrix"][:2]
    return 3 < math.degrees(math.atan2(b, a)) % 90 < 87


def _turned(page, turn: int):
    """The page again, with ``turn`` added to its /Rotate."""
    obj = page.page_obj
    obj.attrs["Rotate"] = obj.rotate = (page.rotation + turn) % 360
    return pdfplumber.page.Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


def _cause(e: Exception) -> Exception:
    """pdfplumber wraps pdfminer's errors: the one inside."""
    return e.args[0] if isinstance(e, PdfminerException) and e.args and isinstance(e.args[0], Exception) else e


def _unreadable(number: int, cause: Exception, where: str = "") -> Issue:
    return Issue("unreadable_page", page=number, detail=f"{where}{type(cause).__name__}: {cause}"[:300])


def _damaged(path: str, settings: ParserSettings, cause: Exception, error: Exception, repair: bool) -> Document:
    """A file whose structure pdfminer cannot read: read from a repaired copy
    (with ``repair``). A copy pdfminer cannot read either: PDFium, which
    repairs more, may still render its pages, and OCR reads them. Otherwise
    the error stands (the file is unreadable)."""
    if repair:
        return _as_sent(path, settings) or _repaired(path, settings, cause, error)
    n_pages = 0
    if settings.ocr:
        from parsers.image import page_count

        try:
            n_pages = page_count(path)
        except Exception:  # noqa: BLE001 - PDFium cannot open it either
            n_pages = 0
    if not n_pages:
        raise error
    where = "โครงสร้างไฟล์เสียหาย / damaged file structure: "
    return _assemble(path, n_pages, lambda number: ([], [], [_unreadable(number, cause, where)], []), settings)


def _as_sent(path: str, settings: ParserSettings) -> Document | None:
    """A file whose line feeds all became CR LF (``parsers.textmode``), read
    as it was before; None if it is not one."""
    from parsers import textmode

    return textmode.read_restored(path, lambda copy: parse(copy, settings, repair=False))


def _repaired(path: str, settings: ParserSettings, cause: Exception, error: Exception) -> Document:
    """A file pdfminer cannot open (cut short, its cross-reference table or
    page tree lost), read from a copy: as PDFium repairs it, text and all;
    if PDFium finds no pages, an image-only PDF of the page pictures its
    bytes still hold (a scanner's PDF cut short), read by OCR. The document
    keeps the file's name and says what was done (``damaged_file``); with
    neither, the error stands."""
    import tempfile

    from parsers import image, salvage

    with tempfile.TemporaryDirectory(prefix="ita-repair-") as tmp:
        copy = f"{tmp}/repaired.pdf"
        try:
            pages = image.repaired_copy(path, copy)
        except Exception:  # noqa: BLE001 - PDFium cannot open it either
            pages = 0
        how = "ซ่อมโครงสร้างไฟล์แล้วอ่านได้ {n} หน้า / structure repaired, {n} page{s} read"
        if not pages and settings.ocr:
            how = "กู้ภาพสแกนได้ {n} หน้า อ่านด้วย OCR / {n} scanned page{s} recovered from its pictures, read by OCR"
            with open(path, "rb") as f:
                pages = salvage.rebuild(f.read(), copy, settings.max_pages)
        if not pages:
            raise error
        doc = parse(copy, settings, repair=False)
    doc.source_path = path
    n, why = doc.pages, f" ({type(cause).__name__}: {str(cause)[:100]})"
    th, en = how.format(n=n, s="s" * (n != 1)).split(" / ")
    detail = f"{th}{why} / {en}{why}"
    doc.issues.insert(0, Issue("damaged_file", detail=detail[:300]))
    return doc


def _assemble(path: str, n_pages: int, read, settings: ParserSettings) -> Document:
    """The document from its pages, ``read(number)`` giving each page's blocks,
    tables, issues and the pictures that may hold a table: pages with no
    usable text go to OCR, as do those pictures, and tables that go on across
    pages are joined."""
    doc = Document(path, "pdf", pages=n_pages)
    if n_pages > settings.max_pages:
        # Far longer than any measures report, and slow: refuse it whole
        # rather than hand back an arbitrary first part.
        doc.issues.append(Issue("page_limit", detail=f"{n_pages} หน้า เกิน {settings.max_pages} / "
                                                     f"{n_pages} pages, limit {settings.max_pages}"))
        doc.failed = True
        return doc
    running = RunningText()
    # The previous page's last table, and what came after it there: once the
    # running lines are gone, nothing may have (then the table may go on).
    last_table: PageTable | None = None
    after_it: list = []
    gap = False  # a page lost since last_table
    blank = False  # a blank page since last_table
    quiet: list[int] = []  # pages since last_table with none of its rows' text (blank, or its header alone)
    shown: tuple = ()  # the last page's text (_shown)
    run = PageRun()
    for number, (blocks, tables, issues) in _read_pages(path, n_pages, read, settings, doc):
        if not blocks and any(i.code in _UNUSABLE for i in issues):
            doc.issues.extend(issues)
            gap = True
            continue  # a page that could not be read at all: a table may go on past it
        blocks = running.drop(blocks, number, doc.blocks)
        # A running line read as a table is that line: on a page with nothing over its foot, the foot
        # reads as the last page's row's rest, in its columns.
        feet = [t for t in tables if t.instead is None and len(t.table.rows) == 1
                and running.known(" ".join(c.text for c in t.table.rows[0].cells), t.bbox[1], number, doc.blocks)]
        if feet:
            tables = [t for t in tables if not any(t is f for f in feet)]  # by identity: PageTable compares fields
            blocks = [b for b in blocks if not any(b is t.table for t in feet)]
            if not tables:  # no table read here after all
                issues = [i for i in issues if i.code != "unruled_table_read"]
        doc.issues.extend(issues)
        if not (blocks or tables or issues):  # nothing but a running head or foot, maybe
            blank = True  # LibreOffice leaves one inside a tall row at times, in place of lines it lost
            quiet.append(number)
            continue
        now = _shown(blocks)
        drawn_again, shown = now == shown, now
        # What followed the table ended the document so far; drop() only takes blocks out.
        tail = doc.blocks[-len(after_it):] if after_it else []
        open_table = last_table if not any(b is kept for b in after_it for kept in tail) else None
        rest = open_table is not None and _starts_with_rest(open_table, tables)
        if blank and not rest:
            open_table = None  # a page break's blank page, then a table of its own
        blank = False
        alone = open_table is not None and header_alone(open_table, blocks, tables)
        no_room = alone and run.no_room_under(tables[0])  # asked before join() hands tables[0] on
        trusted = open_table is not None and open_table.instead is not None
        if trusted and not all(any(p is b for b in doc.blocks) for p in open_table.instead):
            open_table, trusted = None, False  # a running foot, taken out
        blocks = run.join(open_table, blocks, tables, gap)
        went_on = open_table is not None and bool(tables) and tables[0].table is open_table.table
        if trusted and went_on:
            _as_table(doc.blocks, open_table)
        if went_on and alone and drawn_again:  # the last page again, in place of the row's text: lost, row or not
            doc.issues.append(Issue("lost_row_text", page=number))
        elif went_on and alone:
            if not no_room:
                quiet.append(number)
        else:
            if went_on and rest:  # a row went on past those pages: LibreOffice lost the text they should hold
                doc.issues.extend(Issue("lost_row_text", page=k) for k in quiet)
            quiet = []
        gap = False
        doc.blocks.extend(blocks)
        if tables:
            # A line taken on trust is in the blocks as its text until a table goes on from it.
            marks = tables[-1].instead if tables[-1].instead is not None else [tables[-1].table]
            at = max((i for i, b in enumerate(blocks) if any(b is m for m in marks)), default=-1)
            last_table, after_it = tables[-1], blocks[at + 1:]
        else:
            last_table, after_it = None, []
    doc.running = running.lines
    return doc


def _shown(blocks: list) -> tuple:
    """A page's text as it shows it: its paragraphs', its tables' cells',
    in order. LibreOffice, losing a tall row's text, may draw a page the
    same as the last."""
    return tuple(tuple(tuple(c.text for c in r.cells) for r in b.rows) if isinstance(b, Table) else b.text
                 for b in blocks)


def _line_ends(table: PageTable) -> list[unruled.LineEnd | None]:
    """Where each cell of ``table``'s last row ends its last line, with its text."""
    if not table.last_row_fill:
        return []
    cells = table.table.rows[-1].cells
    return [unruled.LineEnd(f.end, c.text) if f else None for f, c in zip(table.last_row_fill, cells)]


def _starts_with_rest(open_table: PageTable, tables: list[PageTable]) -> bool:
    """The page's first table starts with a row's rest, under the header
    drawn again maybe: cells empty under ``open_table``'s last row's text
    (those that ended before the page), not a header or a row of its own."""
    first = first_row(open_table, tables[0]) if tables and open_table.table.rows else None
    if first is None:
        return False
    last = open_table.table.rows[-1].cells
    return len(last) == len(first.cells) and any(a.text.strip() and not b.text.strip()
                                                 for a, b in zip(last, first.cells))


def _as_table(blocks: list, line: PageTable) -> None:
    """The text of a line taken on trust (``PageTable.instead``) replaced by
    its table, which the next page's first table went on from."""
    at = [i for i, b in enumerate(blocks) if any(b is p for p in line.instead)]
    blocks[at[0]:at[-1] + 1] = [line.table]


_UNUSABLE = ("no_text_layer", "garbled_text_layer", "unreadable_page")
_HIDDEN_OCR = "ocr_text_layer"


def _read_pages(path: str, n_pages: int, read, settings: ParserSettings, doc: Document):
    """``(number, (blocks, tables, issues))`` of each page in order, what the
    text layer cannot give read by OCR. While Tesseract reads a page (in
    processes of its own), the pages after it are read: up to
    ``settings.ocr_threads`` pages are OCR'd at once."""
    side_by_side = None  # known at the first page OCR reads: a PDF with a text layer never loads parsers.ocr
    waiting: deque = deque()  # (number, result or the Future of one)
    with ThreadPoolExecutor(settings.ocr_threads, thread_name_prefix="ita-ocr") as pool:  # no thread until used
        for number in range(1, n_pages + 1):
            progress.page_done()
            page = read(number)
            to_ocr = settings.ocr and _needs_ocr(*page)
            if to_ocr and side_by_side is None:
                from parsers import ocr

                # Without Tesseract, _ocr_page notes it on the document: not from threads.
                side_by_side = settings.ocr_threads > 1 and ocr.tesseract() is not None
            if to_ocr and side_by_side:
                waiting.append((number, pool.submit(_with_ocr, path, number, *page, settings, doc)))
            else:
                waiting.append((number, _with_ocr(path, number, *page, settings, doc)))
            while waiting and (not isinstance(waiting[0][1], Future) or waiting[0][1].done()
                               or sum(isinstance(r, Future) for _, r in waiting) >= settings.ocr_threads):
                yield _ready(waiting.popleft())
        while waiting:
            yield _ready(waiting.popleft())


def _ready(entry: tuple) -> tuple:
    number, result = entry
    return number, result.result() if isinstance(result, Future) else result


def _needs_ocr(blocks, tables, issues: list[Issue], pictures) -> bool:
    return bool(pictures) or any(i.code in _UNUSABLE or i.code == _HIDDEN_OCR for i in issues)


def _with_ocr(path: str, number: int, blocks, tables, issues: list[Issue], pictures, settings: ParserSettings,
              doc: Document):
    """A page's blocks, tables and issues once OCR has read what its text
    layer does not give: the whole page, or the pictures that may hold a table."""
    if not settings.ocr:
        return blocks, tables, issues
    if any(i.code in _UNUSABLE for i in issues):  # not a page's other findings
        return _ocr_page(path, number, issues, settings, doc, kept=blocks)
    if any(i.code == _HIDDEN_OCR for i in issues):
        # A scan under an OCR program's text: our OCR finds its tables.
        # Its text stays when OCR reads nothing.
        hidden = [i for i in issues if i.code == _HIDDEN_OCR]
        read_again = _ocr_page(path, number, hidden, settings, doc)
        return read_again if read_again[0] else (blocks, tables, issues)
    if pictures:
        blocks, tables = _picture_tables(path, number, pictures, blocks, tables, issues, settings)
    return blocks, tables, issues


def _ocr_page(path: str, number: int, issues: list[Issue], settings: ParserSettings, doc: Document,
              kept: list | None = None):
    """Read a page with no usable text layer by OCR; its issue then says so.
    ``kept``: paragraphs of the page's text layer to keep (OCR then reads the
    page drawn without its text, so as not to read them twice)."""
    from parsers import ocr

    kept = kept or []
    if ocr.tesseract() is None:
        if not any(i.code == "converter_missing" for i in doc.issues):
            doc.issues.append(Issue("converter_missing", detail="Tesseract with Thai is needed for scanned pages: "
                                                                "apt-get install tesseract-ocr-tha"))
        return kept, [], issues

    def say(outcome: str) -> None:
        for i in issues:
            if i.code in _UNUSABLE or i.code == _HIDDEN_OCR:
                i.detail = f"{outcome} ({i.detail})"

    try:
        result = ocr.read_page(path, number - 1, settings, text=not kept)
    except Exception as e:  # noqa: BLE001 - one page that OCR cannot read must not lose the others
        say(f"OCR อ่านไม่ได้ / OCR failed: {type(e).__name__}: {e}")
        return kept, [], issues
    say(result.outcome())
    tables = [PageTable(t, bbox, cols, page_height=result.height) for t, bbox, cols in result.tables]
    tops = {id(t.table): t.bbox[1] for t in tables}
    blocks = sorted(result.content() + kept, key=lambda b: _top(b, tops))  # stable: OCR's own order holds
    return blocks, tables, issues


def _read_page(page, number: int, settings: ParserSettings, watermarks: set[str], going_on=None,
               spaces: dict[str, float] | None = None):
    """The page's blocks, tables, findings and pictures that may hold a
    table. ``watermarks`` gathers the text of the watermarks found on the
    pages read so far (:func:`_overlay`): on a page of nothing else, where
    it is not known as one, it is dropped too. ``going_on``: the last page's
    last table (:class:`parsers.unruled.GoingOn`): a row of it may go on here, in
    its columns (:func:`parsers.ruling.table_settings`,
    :func:`parsers.unruled.tables`). ``spaces``: per font, the narrowest
    space glyph drawn so far (:func:`_narrowest_spaces`)."""
    spaces = spaces or {}
    off_page = off_page_cut(page)
    every = [c for c in page.chars if not _slanted(c) and (off_page is None or c["top"] < off_page)]
    if not settings.actual_text:
        every = [{k: v for k, v in c.items() if k != "actual_text"} for c in every]
    chars = [c for c in every if c.get("upright", True)]
    sideways = [c for c in every if not c.get("upright", True)]  # read in table cells only
    issues = _text_layer_issues(page, chars, number, settings)
    if any(i.code == "no_text_layer" for i in issues):
        # A scan with a line or two of real text (a footer typed over pasted
        # page scans): that text is kept, exact and where it is drawn (so a
        # running foot is known as one); OCR reads the rest.
        paragraphs = _paragraphs(layout.lines(chars, settings.line_tolerance), page.width, number, settings)
        return paragraphs, [], issues, []
    if any(i.code in _UNUSABLE for i in issues):
        return [], [], issues, []
    cell_chars: list[list[list[list[dict]]]] = []  # table -> row -> col -> chars
    grids = []
    # Where its last line ends is known only of a table that filled its page (parse): one whose row the page cut.
    cut = unruled.may_go_on(going_on)
    settings_for_page, open_bottom, open_top = table_settings(page, going_on[0] if going_on else None, cut)
    found = page.find_tables(settings_for_page) if settings_for_page else []
    for t in (part for table in found for part in split_by_columns(table)):
        cols = column_bounds(t)
        table_rows = t.rows  # computed by pdfplumber on each access
        if not table_rows or len(cols) < 3:
            continue
        row_bounds = [(r.bbox[1], r.bbox[3]) for r in table_rows]
        grids.append((t, cols, row_bounds, table_rows, _owners(t, cols, row_bounds, table_rows)))
        cell_chars.append([[[] for _ in cols[:-1]] for _ in row_bounds])
    row_tops = [[a for a, _ in rows] for _, _, rows, _, _ in grids]
    boxes = [t.bbox for t, *_ in grids]  # a property pdfplumber computes on each call
    overlay = _overlay(chars + sideways, boxes)
    if overlay:
        watermarks.add("".join(c["text"] for c in chars + sideways if id(c) in overlay and not c["text"].isspace()))
    stream: list[tuple[tuple[int, int, int] | None, dict]] = []  # (table, row, column) or None (outside), char
    for ch in chars + sideways:
        if id(ch) in overlay:
            continue
        # A trailing space may overhang the cell's right edge: place it by its start.
        cx = ch["x0"] + 0.1 if ch["text"] == " " else (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        for ti, (t, cols, rows, _, owners) in enumerate(grids):
            x0, top, x1, bottom = boxes[ti]
            if x0 <= cx <= x1 and top <= cy <= bottom:
                # The row whose top is the last at or above the char; likewise the column.
                ri = min(max(bisect_right(row_tops[ti], cy) - 1, 0), len(rows) - 1)
                ci = min(max(bisect_right(cols, cx) - 1, 0), len(cols) - 2)
                ri, ci = owners.get((ri, ci), (ri, ci))
                stream.append(((ti, ri, ci), ch))
                break
        else:
            if ch.get("upright", True):
                stream.append((None, ch))
    stream = _past_foot(stream, grids)
    placed = [(*key, ch) for key, ch in stream if key is not None]  # (table, row, column, char) in drawing order
    outside = [ch for key, ch in stream if key is None]
    hidden = _overflow(placed)
    # A tall ruled row may hold several rows drawn without lines between
    # them: its chars in drawing order, by table and row.
    drawn: dict[int, dict[int, list[dict]]] = {}
    if settings.unruled_tables:
        for ti, (_, _, rows, table_rows, _) in enumerate(grids):
            # The table's one ruled row, or one under a title row (one cell across), at a page's foot maybe.
            alone = len(rows) == 1 or len(rows) == 2 and not any(table_rows[0].cells[1:])
            for ri, (top, bottom) in enumerate(rows):
                if bottom - top > TALL_ROW * page.height or alone and ri == len(rows) - 1:
                    drawn.setdefault(ti, {})[ri] = []
    for ti, ri, ci, ch in placed:
        if id(ch) not in hidden:
            cell_chars[ti][ri][ci].append(ch)
            if ri in drawn.get(ti, ()):
                drawn[ti][ri].append(ch)
    for ti, row_chars in drawn.items():
        grids[ti], cell_chars[ti] = _drawn_rows(grids[ti], cell_chars[ti], row_chars,
                                                going_on if ti == 0 else None)
    # A grid with no text in it is not a table of the document: the connector
    # lines of a chart, a frame round a picture.
    page_tables = [_build_table(t, cols, rows, table_rows, cell_chars[i], number, settings, spaces)
                   for i, (t, cols, rows, table_rows, _) in enumerate(grids)
                   if any(cell for row in cell_chars[i] for cell in row)]
    grids = [g for i, g in enumerate(grids) if any(cell for row in cell_chars[i] for cell in row)]
    for pt, (_, _, rows, table_rows, _) in zip(page_tables, grids):
        split = sum(isinstance(r, _DrawnRow) for r in table_rows)
        pt.ruled_rows = not split and rows_ruled_apart(page, rows, pt.bbox[0], pt.bbox[2])
        if split:
            issues.append(Issue("unruled_table_read", page=number, detail=f"{split} rows without lines between them"))
        # A row drawn without lines below it says nothing by the line the page
        # left out: there is none between its rows either.
        pt.open_bottom = (open_bottom is not None and abs(pt.bbox[3] - open_bottom) < 1
                          and not isinstance(table_rows[-1], _DrawnRow))
        pt.open_top = (open_top is not None and abs(pt.bbox[1] - open_top) < 1
                       and not isinstance(table_rows[0], _DrawnRow))
    # Not under an OCR program's hidden text: it is drawn in the order that
    # program read the page's blocks, not cell by cell.
    trusted: list = []  # lines at the page's foot taken on trust (text until a table goes on from them)
    if settings.unruled_tables and not any(i.code == _HIDDEN_OCR for i in issues):
        # Below a ruled table of this page, a row's rest is not the last page's.
        found_unruled, outside = unruled.tables(outside, None if page_tables else going_on)
        for f in found_unruled:
            page_tables.append(_unruled_table(f, number, page.height, settings, spaces))
            if f.on_trust:  # a row only if the next page's table goes on from it
                line = layout.lines([c for row in f.cells for cell in row for c in cell], settings.line_tolerance)
                page_tables[-1].instead = _paragraphs(line, page.width, number, settings)
                trusted += line
                continue
            issues.append(Issue("unruled_table_read", page=number,
                                detail=f"{len(f.rows)} rows, {len(f.columns) - 1} columns"))
    # A line taken on trust is its text until the next page's table goes on from it.
    tables = [pt for pt in page_tables if pt.instead is None]
    blocks: list[tuple[float, object]] = [(pt.bbox[1], pt.table) for pt in tables]
    blocks += [(para.bbox[1], para) for pt in page_tables for para in pt.instead or []]
    text_lines = layout.lines(outside, settings.line_tolerance)
    blocks += [(para.bbox[1], para) for para in _paragraphs(text_lines, page.width, number, settings)]
    if not tables:  # the text's lines, those taken on trust too
        issues.extend(_unruled_issue(text_lines + trusted, number, settings))
    blocks = [b for b in blocks if not _watermark(b[1], watermarks)]
    blocks.sort(key=lambda b: b[0])
    return [b for _, b in blocks], page_tables, issues, _pictures(page, tables)


@dataclass
class _DrawnRow:
    cells: list  # per column: bbox, or None where a merged cell covers it (as pdfplumber's rows)


def _drawn_rows(grid: tuple, cells: list, chars: dict[int, list[dict]], going_on: unruled.GoingOn | None = None
                ) -> tuple[tuple, list]:
    """A table's grid and chars per cell with each tall ruled row that holds
    several rows drawn one after another (a table ruled between its columns
    only, or under its header only) split into those rows
    (:func:`parsers.unruled.split_row`). ``chars``: a tall row's chars in
    drawing order, by row. ``going_on``: of the page's first table, the
    table the last page ended with."""
    t, cols, rows, table_rows, owners = grid
    head, aligned_bottom = (going_on.head, going_on.bottom) if going_on else (None, False)
    out_rows, out_table_rows, out_cells = [], [], []
    for ri, (top, bottom) in enumerate(rows):
        row_chars = chars.get(ri, [])
        # A row with a rule under it holds no next row's start under the last page's row's rest;
        # nor does one where the last page ruled each row apart (cells aligned to the bottom).
        first = going_on is not None and not going_on.ruled_rows and ri == 0 and len(rows) == 1
        split = (unruled.split_row(row_chars, cols, first, head, aligned_bottom)
                 if row_chars and all(c.get("upright", True) for c in row_chars) else None)
        if not split:
            out_rows.append((top, bottom))
            out_table_rows.append(table_rows[ri])
            out_cells.append(cells[ri])
            continue
        tops = [top] + [a for a, _ in split[1:]]
        bottoms = [a - 0.01 for a in tops[1:]] + [bottom]
        for a, z, (_, row_cells) in zip(tops, bottoms, split):
            out_rows.append((a, z))
            out_table_rows.append(_DrawnRow([b and (b[0], a, b[2], z) for b in table_rows[ri].cells]))
            out_cells.append(row_cells)
    return (t, cols, out_rows, out_table_rows, owners), out_cells


def _past_foot(stream: list[tuple[tuple[int, int, int] | None, dict]], grids: list[tuple]
               ) -> list[tuple[tuple[int, int, int] | None, dict]]:
    """``stream`` (each char in drawing order with its table, row and column,
    or None outside the tables) with a cut cell's line drawn under its
    table's foot put in that cell. LibreOffice may draw the line the page
    cut a row before past the table's last rule: it is drawn right after
    that cell's lines, inside its column, one line under their last as they
    are spaced. With lines spread (1.5 apart) it lies wholly under the
    rule, and nothing else is drawn after it but that table's cells, or a
    page footer level with it (the line past the page's body, where no
    paragraph stands); else it runs across the rule (and a page footer
    may be drawn right after it), as no paragraph under a table does.

    >>> ch = lambda x, top: {"text": "ก", "x0": x, "x1": x + 9, "top": top, "bottom": top + 16}
    >>> grid = (None, [23, 492, 576], [(43, 553)], None, None)
    >>> cell = [((0, 0, 1), ch(498, top)) for top in (475.5, 522.9)]
    >>> [key for key, _ in _past_foot(cell + [(None, ch(498, 570.4)), (None, ch(507, 570.4))], [grid])][2:]
    [(0, 0, 1), (0, 0, 1)]
    >>> [key for key, _ in _past_foot(cell + [(None, ch(498, 590))], [grid])][2:]  # a line further down
    [None]
    >>> across = (None, [23, 492, 576], [(43, 575)], None, None)  # the rule through it
    >>> footer = [(None, ch(30, 590)), (None, ch(39, 590))]
    >>> [key for key, _ in _past_foot(cell + [(None, ch(498, 570.4))] + footer, [across])][2:]
    [(0, 0, 1), None, None]
    >>> [key for key, _ in _past_foot(cell + [(None, ch(498, 570.4))] + footer, [grid])][2:]  # under the rule
    [None, None, None]
    >>> level = [(None, ch(30, 577)), (None, ch(39, 577))]  # a footer over the line: 190-3 of --three-looks
    >>> [key for key, _ in _past_foot(cell + [(None, ch(498, 570.4))] + level, [grid])][2:]
    [(0, 0, 1), None, None]
    """
    runs = _runs(stream)
    moved: dict[int, tuple[int, int, int]] = {}
    for k, ((before, cell), (key, run)) in enumerate(zip(runs, runs[1:]), 1):
        if key is not None or before is None:
            continue
        ti, ri, ci = before
        _, cols, rows, _, _ = grids[ti]
        # The run's first line (drawn left to right): a page footer may be drawn right after it.
        height, start = run[0]["bottom"] - run[0]["top"], run[0]["x0"] - 1
        line = list(takewhile(lambda c: abs(c["top"] - run[0]["top"]) < 0.5 * height and c["x0"] >= start, run))
        top = min(c["top"] for c in line)
        after = runs[k + 1][0] if k + 1 < len(runs) else before
        under = top >= rows[-1][1]
        alone = len(line) == len(run) and after is not None and after[0] == ti and under
        footed = under and len(line) < len(run) and abs(run[len(line)]["top"] - top) < 0.6 * height
        across = top < rows[-1][1] < (top + max(c["bottom"] for c in line)) / 2
        if (ri == len(rows) - 1 and (alone or footed or across)
                and all(cols[ci] <= c["x0"] and c["x1"] <= cols[ci + 1] for c in line) and _next_line(cell, line)):
            moved.update((id(c), before) for c in line)
    return [(moved.get(id(ch), key), ch) for key, ch in stream] if moved else stream


def _runs(keyed) -> list[tuple]:
    """``(key, char)`` pairs in drawing order as runs ``(key, chars)`` of one
    key each: a cell's text (its table, row and column) drawn in one go.

    >>> [(k, len(chars)) for k, chars in _runs([((0, 0, 1), {}), ((0, 0, 1), {}), (None, {}), ((0, 0, 1), {})])]
    [((0, 0, 1), 2), (None, 1), ((0, 0, 1), 1)]
    """
    return [(key, [ch for _, ch in group]) for key, group in groupby(keyed, key=itemgetter(0))]


def _overflow(placed: list[tuple[int, int, int, dict]]) -> set[int]:
    """Text a cell drew past its bottom edge, hidden by the cell's clip but
    still in the text layer (ids of its chars). LibreOffice repeats a header
    whose cells are merged down shorter than it is on the next pages and
    clips their last lines; Word clips a row of exact height. Such a line is
    drawn with its own cell's text (right after the cell above it in the
    same column), and it lies over a line of the cell it falls in, or goes
    on with the lines of the cell above a line further down while the page
    goes back up to draw the next cell of that row: text inside a cell does
    neither. Not where nothing is drawn after it in its table: a page
    holding a row's rest in one column only, right under a header's second
    row, draws just that (and then, maybe, the next table)."""
    runs = _runs(((ti, ri, ci), ch) for ti, ri, ci, ch in placed)
    by_cell: dict[tuple, list[dict]] = {}
    for key, run in runs:
        by_cell.setdefault(key, []).extend(run)
    hidden: set[int] = set()
    for k in range(1, len(runs)):
        (before, above), ((ti, ri, ci), run) = runs[k - 1], runs[k]
        if before[0] != ti or before[2] != ci or before[1] >= ri:
            continue
        mine = {id(c) for c in run}
        inked = [c for c in run if c["text"].strip()]
        if not inked:
            continue
        over = any(_over(c, o) for c in inked for o in by_cell[ti, ri, ci] if id(o) not in mine and o["text"].strip())
        # Back up in this table: the next table on the page starts at its own row 0.
        back_up = k + 1 < len(runs) and runs[k + 1][0][0] == ti and runs[k + 1][0][1] < ri
        if over or (back_up and _next_line(above, inked)):
            hidden |= mine
    return hidden | _clipped(runs)


def _clipped(runs: list[list]) -> set[int]:
    """The overflow inside one ruled row (a table ruled between its columns
    only holds its header and rows in one): no run of its own there, but
    the tail of a cell's text, drawn down among the lines of the cell under
    it in the same column. Of two runs of one (table, row, column), the
    upper one, starting a line above the lower one or more, has its lines
    from half a line above the lower one's top hidden (ids of their chars):
    a cell's text ends a line above the next's. Not a line on a baseline
    of the lower one's: a cell's text drawn in pieces (a line in two, or
    its symbols after its letters, as some producers draw a font at a time).

    >>> ch = lambda top, size=14: {"text": "ก", "top": top, "bottom": top + size,
    ...                            "matrix": (1, 0, 0, 1, 0, -top - size)}  # its baseline at its bottom
    >>> head, rest = [ch(146), ch(180), ch(214)], [ch(204), ch(238)]
    >>> sorted(c["top"] for c in head + rest if id(c) in _clipped([[(0, 0, 0), head], [(0, 0, 1), []],
    ...                                                               [(0, 0, 0), rest]]))
    [214]
    >>> line = [ch(204), ch(205)]  # a line in two pieces, one a point lower
    >>> _clipped([[(0, 0, 0), line[:1]], [(0, 0, 1), []], [(0, 0, 0), line[1:]]])
    set()
    >>> text, boxes = [ch(146), ch(180), ch(214)], [ch(176, 18), ch(210, 18)]  # ☑ ☐ drawn after, taller
    >>> _clipped([[(0, 0, 0), text], [(0, 0, 0), boxes]])
    set()
    """
    by_cell: dict[tuple, list[list[dict]]] = {}
    for key, run in runs:
        inked = [c for c in run if c["text"].strip()]
        if inked:
            by_cell.setdefault(key, []).append(inked)
    hidden: set[int] = set()
    for cell_runs in by_cell.values():
        cell_runs.sort(key=lambda r: min(c["top"] for c in r))
        for upper, lower in zip(cell_runs, cell_runs[1:]):
            height = min(c["bottom"] - c["top"] for c in lower)
            top = min(c["top"] for c in lower)
            if min(c["top"] for c in upper) < top - height:
                lines = [layout.baseline(c) for c in lower]
                hidden |= {id(c) for c in upper if c["top"] >= top - 0.5 * height
                           and all(abs(layout.baseline(c) - y) > 0.2 * height for y in lines)}
    return hidden


def _next_line(above: list[dict], run: list[dict]) -> bool:
    """``run`` starts one line below the last line of ``above``, as its
    lines are spaced (two lines at least to tell)."""
    tops = sorted({round(c["top"]) for c in above if c["text"].strip()})
    if len(tops) < 2:
        return False
    return abs(min(c["top"] for c in run) - (2 * tops[-1] - tops[-2])) <= 1.5


def _over(a: dict, b: dict) -> bool:
    """Two glyphs drawn one over the other (half of the shorter's height and some width shared)."""
    dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    dx = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    return dy > 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"]) and dx > 0.5


def _overlay(chars: list[dict], boxes: list[tuple]) -> set[int]:
    """Text drawn over a table or other text at a size no cell holds (over
    OVERLAY_SIZE times the page's usual size): a level watermark. All the
    page's text of that size goes, wherever it is (ids of the chars)."""
    if len(chars) < 50:
        return set()
    sizes = {id(c): _font_size(c) for c in chars}
    limit = OVERLAY_SIZE * statistics.median(sizes.values())
    big = [c for c in chars if sizes[id(c)] > limit]
    if not big:
        return set()
    under = boxes + [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars if sizes[id(c)] <= limit]
    over = {round(sizes[id(c)]) for c in big
            if any(x0 < c["x1"] and c["x0"] < x1 and top < c["bottom"] and c["top"] < bottom
                   for x0, top, x1, bottom in under)}
    return {id(c) for c in chars if round(sizes[id(c)]) in over}


def _watermark(block, watermarks: set[str]) -> bool:
    """A paragraph that is the text of a watermark found on some page."""
    return isinstance(block, Paragraph) and "".join(block.text.split()) in watermarks


def _font_size(ch: dict) -> float:
    """A char's size across its line: pdfminer's ``size`` is its advance
    when drawn sideways (nothing for a mark)."""
    a, b = ch["matrix"][:2]
    return ch["x1"] - ch["x0"] if abs(b) > abs(a) else ch["size"]


def _pictures(page, tables: list[PageTable]) -> list[tuple[float, float, float, float]]:
    """Pictures big enough to be a pasted table, where no table was drawn."""
    out = []
    for im in page.images:
        box = (im["x0"], im["top"], im["x1"], im["bottom"])
        if box[2] - box[0] < 0.3 * page.width or (box[2] - box[0]) * (box[3] - box[1]) < 0.08 * page.width * page.height:
            continue
        if not any(t.bbox[0] < box[2] and box[0] < t.bbox[2] and t.bbox[1] < box[3] and box[1] < t.bbox[3]
                   for t in tables):
            out.append(box)
    return out[:_MAX_PICTURES]


_MAX_PICTURES = 4  # a page of photos is not a report's table: look at the first few


def _picture_tables(path: str, number: int, pictures, blocks: list, tables: list[PageTable], issues: list[Issue],
                    settings: ParserSettings) -> tuple[list, list[PageTable]]:
    """Tables pasted as pictures into a page of text, read by OCR (only
    pictures with a ruled grid are recognised), placed among the page's
    blocks by their tops."""
    from parsers import ocr

    if ocr.tesseract() is None:
        return blocks, tables
    tops = {id(t.table): t.bbox[1] for t in tables}
    for box in pictures:
        try:
            result = ocr.read_page(path, number - 1, settings, region=box)
        except Exception as e:  # noqa: BLE001 - a picture OCR cannot read must not lose the page
            issues.append(Issue(_PICTURE, page=number, detail=f"OCR อ่านไม่ได้ / OCR failed: {type(e).__name__}: {e}"))
            continue
        found = [PageTable(t, bbox, cols) for t, bbox, cols in result.tables]
        if not found:
            continue
        issues.append(Issue(_PICTURE, page=number, detail=result.outcome()))
        tables = sorted(tables + found, key=lambda t: t.bbox[1])
        tops.update((id(t.table), t.bbox[1]) for t in found)
        for block in result.content():
            top = tops.get(id(block), block.bbox[1] if isinstance(block, Paragraph) and block.bbox else 0.0)
            at = next((i for i, b in enumerate(blocks) if _top(b, tops) > top), len(blocks))
            blocks.insert(at, block)
    return blocks, tables


_PICTURE = "table_in_picture"


def _top(block, tops: dict[int, float]) -> float:
    if isinstance(block, Table):
        return tops.get(id(block), 0.0)
    return block.bbox[1] if block.bbox else 0.0


def _owners(t, cols: list[float], rows: list[tuple[float, float]], table_rows) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, column) of each grid place a merged cell covers -> the place
    where that cell starts, so its text, which may run over several rows,
    is all read as that one cell's."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    tops = [a for a, _ in rows]
    for ri, row in enumerate(table_rows):
        for ci, bbox in enumerate(row.cells[:len(cols) - 1]):
            if bbox is not None:
                continue
            x, y = (cols[ci] + cols[ci + 1]) / 2, sum(rows[ri]) / 2
            cell = next((c for c in t.cells if c[0] < x < c[2] and c[1] < y < c[3]), None)
            if cell is not None:
                out[ri, ci] = (bisect_right(tops, cell[1] + 0.5) - 1, bisect_right(cols, cell[0] + 0.5) - 1)
    return out


def _paragraphs(text_lines, page_width: float, number: int, settings: ParserSettings) -> list[Paragraph]:
    """Lines outside tables as paragraphs: a line that ran to the right margin
    and the line right below it in the same size are one wrapped paragraph
    (a long title, body text); other lines stand alone, and so does a line
    indented as a paragraph's first line. The right margin is taken to mirror
    the left one. Where the page's paragraphs start indented and wrap back
    to the margin, a line at that indent under one that starts there too is
    a paragraph of its own (มาตรา ๑ …, มาตรา ๒ …: Thai official style)."""
    if not text_lines:
        return []
    left = min(line.x0 for line in text_lines)
    edge = page_width - left
    pairs = list(zip(text_lines, text_lines[1:]))
    # Thai lines are tall: a wrapped line sits about 2 font sizes below the one before.
    close = [line.top - prev.top <= 2.3 * max(prev.size, 1) and abs(line.size - prev.size) < 1 for prev, line in pairs]
    firsts = [prev.x0 for (prev, line), near in zip(pairs, close) if near and _wraps_to_margin(prev, line, left, edge)]
    groups = [[text_lines[0]]]
    for (prev, line), near in zip(pairs, close):
        if near and not _first_line_indent(prev, line, left, edge, settings, firsts):
            groups[-1].append(line)
        else:
            groups.append([line])
    out = []
    for group in groups:
        text = layout.join_lines(group, edge, settings.space_ratio, left, centred_words=True,
                                 wraps_drop_spaces=settings.wraps_drop_spaces)
        bbox = (min(ln.x0 for ln in group), group[0].top, max(ln.x1 for ln in group), group[-1].bottom)
        out.extend(Paragraph(part.strip(), page=number, bbox=bbox) for part in text.split("\n") if part.strip())
    return [p for p in out if not page_number_line(p.text)]  # a page's number is not its text


def _first_line_indent(prev, line, left: float, edge: float, settings: ParserSettings, firsts: list[float]) -> bool:
    """The line starts well right of a line that began at the margin; or
    where ``prev`` starts, and both are items of one list (the same marker),
    or neither is an item and they start at one of ``firsts`` (where the
    page's paragraphs that wrap back to the margin start); and it is not
    centred: a new paragraph (a hanging indent after a list item is not; a
    bullet's wrap may start where the bullet does)."""
    em = max(prev.size, 1)
    below = abs(line.x0 - prev.x0) < 0.5 * em
    indented = line.x0 - prev.x0 > 1.5 * em and prev.x0 - left < 0.5 * em
    if not (below or indented) or abs((line.x0 - left) - (edge - line.x1)) < 2 * em:  # centred
        return False
    kind = layout.item_kind(prev.text(settings.space_ratio))
    if indented:
        return kind is None
    if kind is None and not any(abs(line.x0 - x) < 0.5 * em for x in firsts):
        return False
    return kind == layout.item_kind(line.text(settings.space_ratio))


def _wraps_to_margin(prev, line, left: float, edge: float) -> bool:
    """``line``, at the margin, may be the wrap of ``prev``, which starts
    well right of it and runs to the right margin ``edge``: a paragraph's
    first line indented (a short line over the margin's is a heading)."""
    em = max(prev.size, 1)
    return prev.x0 - left > 1.5 * em and edge - prev.x1 < 3 * em and line.x0 - left < 0.5 * em


def _build_table(t, cols, rows, table_rows, chars, number: int, settings: ParserSettings, spaces: dict[str, float]
                 ) -> PageTable:
    out_rows: list[Row] = []
    fill: list[Fill | None] = []
    top_cells: list[_RowChars] = []  # the first rows': where each is and its cells' chars
    lines: list[int] = []  # per row: lines of its tallest cell
    pitches: list[float] = []  # per cell
    starts: list[float] = []  # per first cell of lines aligned left: how far right of the table's side they start
    for ri, (top, bottom) in enumerate(rows):
        cells: list[Cell] = []
        lines.append(0)
        top_cells += [(top, bottom, [])] if ri <= MAX_HEADER_ROWS else []
        bboxes = table_rows[ri].cells  # per column: bbox, or None where a merged cell covers it
        ci = 0
        while ci < len(cols) - 1:
            bbox = bboxes[ci] if ci < len(bboxes) else None
            span = 1
            if bbox is not None:
                while ci + span < len(cols) - 1 and cols[ci + span] < bbox[2] - 2:
                    span += 1
            merged_above = bbox is None and ri > 0
            text_chars = [c for k in range(ci, ci + span) for c in chars[ri][k]]
            right = (bbox[2] if bbox else cols[ci + span])
            left = (bbox[0] if bbox else cols[ci])
            text, n_lines, pitch, start = _cell_text(text_chars, left, right, settings, spaces)
            lines[-1] = max(lines[-1], n_lines)
            pitches.append(pitch)
            if text:
                merged_above = False
                if ci == 0 and n_lines > 1:  # right of the table's left side, drawn (where its rules end)
                    starts.append(start - left)
            cells.append(Cell(text, page=number, bbox=bbox or (left, top, right, bottom), span=span,
                              merged_above=merged_above))
            if ri <= MAX_HEADER_ROWS:
                top_cells[-1][2].append(text_chars)
            if ri == len(rows) - 1:
                # A cell merged down into the last row: where its text sits in all its rows.
                owner = ri
                while merged_above and owner > 0 and (table_rows[owner].cells[ci:ci + 1] or [None])[0] is None:
                    owner -= 1
                fill.append(_fill([c for k in range(ci, ci + span) for c in chars[owner][k]], rows[owner][0],
                                  bottom, settings))
            ci += span
        out_rows.append(Row(cells, page=number))
    return PageTable(Table(out_rows, page=number), t.bbox, drawn_columns(t, cols), last_row_fill=fill,
                     measure_top=partial(_row_fills, top_cells, settings), page_height=t.page.height,
                     row_lines=lines, line_pitch=_median_pitch(pitches), bottom_votes=unruled.bottom_votes(chars),
                     padding=_padding(starts))


def _padding(starts: list[float]) -> float | None:
    """A ruled table's cell padding: the least space between its left side
    and where a cell's lines start aligned left, if that is a padding word
    processors draw (up to CELL_PADDING); else not known.

    >>> _padding([5.5, 31.2, 5.6]), _padding([14.0, math.inf]), _padding([])
    (5.5, None, None)
    """
    least = min(starts, default=math.inf)
    return least if 0 < least <= CELL_PADDING else None


def _unruled_table(t: unruled.Found, number: int, page_height: float, settings: ParserSettings,
                   spaces: dict[str, float]) -> PageTable:
    """A table without ruling lines as the page's tables are: each cell
    spans from its column's text start to the next column's, its lines
    wrapped at its column's widest line."""
    cols = t.columns
    out_rows: list[Row] = []
    lines: list[int] = []
    pitches: list[float] = []  # per cell
    fill: list[Fill | None] = []
    top_cells: list[_RowChars] = []  # the first rows': where each is and its cells' chars
    for ri, ((top, bottom), row) in enumerate(zip(t.rows, t.cells)):
        cells = []
        lines.append(0)
        top_cells += [(top, bottom, [])] if ri <= MAX_HEADER_ROWS else []
        for ci, chars in enumerate(row):
            text, n_lines, pitch, _ = _cell_text(chars, cols[ci], t.rights[ci], settings, spaces)
            lines[-1] = max(lines[-1], n_lines)
            pitches.append(pitch)
            # Empty beside the cell above going on past this row's top (a line of
            # it on this row's first line or below): a cell merged down over it.
            above = t.cells[ri - 1][ci] if ri else []
            merged = not chars and any(c["bottom"] > top + 0.5 * c["size"] for c in above)
            cells.append(Cell(text, page=number, bbox=(cols[ci], top, cols[ci + 1], bottom), merged_above=merged))
            if ri <= MAX_HEADER_ROWS:
                top_cells[-1][2].append(chars)
            if ri == len(t.rows) - 1:
                # A cell merged down into the last row: where its text sits in all its rows.
                owner = ri
                while merged and owner > 0 and not t.cells[owner][ci]:
                    owner -= 1
                fill.append(_fill(t.cells[owner][ci], t.rows[owner][0], bottom, settings))
        out_rows.append(Row(cells, page=number))
    return PageTable(Table(out_rows, page=number), t.bbox, cols, last_row_fill=fill,
                     measure_top=partial(_row_fills, top_cells, settings), page_height=page_height,
                     row_lines=lines, ruled=False, text_ends=t.rights, line_pitch=_median_pitch(pitches),
                     bottom_votes=unruled.bottom_votes(t.cells))


def _fill(chars: list[dict], top: float, bottom: float, settings: ParserSettings, word: bool = False) -> Fill | None:
    """Where a cell's text sits in its row (None for a cell without text);
    with ``word``, how wide its first word is (only a page's first rows are
    asked that: ``continuation._next_word``)."""
    inked = [c for c in chars if c["text"].strip()]
    if not inked:
        return None
    lines = layout.lines(inked, settings.line_tolerance)
    width = 0.0
    if word:  # on its first line with the spaces drawn in it: a word ends at one
        first_bottom = lines[0].bottom
        head = layout.lines([c for c in chars if c["top"] < first_bottom], settings.line_tolerance)[0]
        width = layout.first_word(head)
    return Fill(bottom - max(c["bottom"] for c in inked), len(lines), min(c["top"] for c in inked) - top,
                statistics.median(c["size"] for c in inked), _pitch(lines), lines[-1].x1, width)


_RowChars = tuple[float, float, list[list[dict]]]  # a row's top and bottom, and each cell's chars


def _row_fills(rows: list[_RowChars], settings: ParserSettings, k: int) -> list[Fill | None] | None:
    """Where the text of each cell of ``rows[k]`` sits (see :func:`_fill`);
    None past the page's rows (one the next page's part added: a table of
    one row on its page, a header, joined)."""
    if k >= len(rows):
        return None
    top, bottom, cells = rows[k]
    return [_fill(chars, top, bottom, settings, word=True) for chars in cells]


def _pitch(lines: list[layout.Line]) -> float:
    """Baseline to baseline, the median of a cell's lines (0 for one line)."""
    baselines = [ln.clusters[0].baseline for ln in lines]
    return statistics.median(b - a for a, b in zip(baselines, baselines[1:])) if len(lines) > 1 else 0.0


def _median_pitch(pitches: list[float]) -> float:
    """A table's line pitch: the median of its cells of two lines or more (0 if none)."""
    pitches = [p for p in pitches if p]
    return statistics.median(pitches) if pitches else 0.0


def _narrowest_spaces(chars: list[dict], so_far: dict[str, float] | None = None) -> dict[str, float]:
    """Per font, the narrowest space glyph of a page's ``chars`` and the
    pages before (``so_far``), as a share of its size: the font's space,
    which justified lines only widen, for cells that draw none (a narrow
    column's, whose lines break inside words, on a page whose justified
    lines LibreOffice drew without their spaces). A share, per font: a
    running head at 12 points draws a narrower space than cells at 16, and
    fonts differ (Laksaman's is 0.32 of the size, Garuda's 0.34).

    >>> ch = lambda t, x0, x1, font="Garuda": {"text": t, "x0": x0, "x1": x1, "size": 15.0, "fontname": font}
    >>> _narrowest_spaces([ch(" ", 10, 15.1), ch("ก", 15.1, 25), ch(" ", 30, 40), ch(" ", 50, 54.86, "Laksaman")])
    {'Garuda': 0.34, 'Laksaman': 0.324}
    >>> _narrowest_spaces([ch(" ", 10, 10)], {"Garuda": 0.34})  # drawn without width: none
    {'Garuda': 0.34}
    """
    out = dict(so_far or {})
    for c in chars:
        width = c["x1"] - c["x0"]
        if c["text"] == " " and width > 0.5 and c.get("size"):
            share = round(width / c["size"], 3)
            font = c.get("fontname", "")
            out[font] = min(out.get(font, share), share)
    return out


def _cell_space(chars: list[dict], spaces: dict[str, float]) -> float:
    """The space of a cell's font at its size (0: none drawn so far), from
    :func:`_narrowest_spaces`; where its font has drawn none, the narrowest
    of any font.

    >>> ch = lambda font: {"text": "ก", "size": 15.0, "fontname": font}
    >>> _cell_space([ch("Garuda")] * 3, {"Garuda": 0.34, "Laksaman": 0.324}), _cell_space([ch("Umpush")], {"Garuda": 0.34})
    (5.1, 5.1)
    """
    letters = [c for c in chars if c["text"].strip()]
    if not letters or not spaces:
        return 0.0
    font = Counter(c.get("fontname") for c in letters).most_common(1)[0][0]
    share = spaces.get(font, min(spaces.values()))
    return round(share * statistics.median(c["size"] for c in letters), 3)


def _cell_text(chars: list[dict], left: float, right: float, settings: ParserSettings,
               spaces: dict[str, float] | None = None) -> tuple[str, int, float, float]:
    """A cell's text, how many lines it takes, their pitch (see
    :func:`_pitch`) and where they start if all at one x (aligned left or
    justified; centred lines start apart), else infinity. ``spaces``: per
    font, its document's narrowest space so far (:func:`_narrowest_spaces`)."""
    if not chars:
        return "", 0, 0.0, math.inf
    turned = [c for c in chars if not c.get("upright", True)]
    if len(turned) * 2 > len(chars):  # a narrow header written bottom to top (or top to bottom)
        return *layout.sideways_text(turned), 0.0, math.inf
    chars = [c for c in chars if c.get("upright", True)] if turned else chars
    text_lines = layout.lines(chars, settings.line_tolerance)
    if not text_lines:
        return "", 0, 0.0, math.inf
    starts = [line.x0 for line in text_lines]
    pad = max(0.0, min(starts) - left)
    text = layout.join_lines(text_lines, right - pad, settings.space_ratio, left + pad,
                             wraps_drop_spaces=settings.wraps_drop_spaces, greedy=settings.greedy_wraps,
                             space=_cell_space(chars, spaces or {}))
    return text, len(text_lines), _pitch(text_lines), starts[0] if max(starts) - min(starts) < 0.5 else math.inf


def _text_layer_issues(page, chars: list[dict], number: int, settings: ParserSettings) -> list[Issue]:
    text = "".join(c["text"] for c in chars)
    visible = re.sub(r"\s", "", text)
    if len(visible) < settings.min_text_chars:
        if page.images:  # a picture and (almost) no text: a scan
            return [Issue("no_text_layer", page=number, detail=f"{len(visible)} characters")]
        return []  # a blank page
    cid = text.count("(cid:")
    if cid * 5 > len(visible) / 6:  # "(cid:12)" stands for one glyph
        return [Issue("garbled_text_layer", page=number, detail="unmapped glyphs (cid)")]
    thai = len(_THAI.findall(visible))
    latin = len(_LATIN.findall(visible))
    latin1 = sum(1 for ch in visible if "\u00a1" <= ch <= "\u00ff")
    if latin1 > len(visible) / 4:
        return [Issue("garbled_text_layer", page=number, detail="Thai bytes shown as Latin-1 (broken encoding)")]
    image_area = sum((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) for i in page.images)
    scanned = image_area > 0.5 * page.width * page.height
    if scanned and latin > thai * 4 and _junk_ratio(text) > 0.15:
        return [Issue("garbled_text_layer", page=number, detail="Latin junk text over a scanned image")]
    hidden = sum(1 for c in chars if c.get(invisible.ATTR) and not c["text"].isspace())
    if scanned and hidden > 0.8 * len(visible):
        return [Issue(_HIDDEN_OCR, page=number, detail=f"{hidden} ตัวอักษรซ่อนอยู่บนภาพ / "
                                                       f"{hidden} hidden characters over the image")]
    return []


def _junk_ratio(text: str) -> float:
    """Share of words that no language writes: letters mixed with : ' { } ? inside."""
    words = [w for w in text.split() if len(w) >= 4]
    if not words:
        return 0.0
    junk = sum(1 for w in words if re.search(r"[A-Za-z][:'{}?!|\\][A-Za-z]", w))
    return junk / len(words)


def _unruled_issue(text_lines, number: int, settings: ParserSettings) -> list[Issue]:
    """Lines with several wide gaps suggest columns without ruling lines."""
    columnar = 0
    for line in text_lines:
        gaps = sum(1 for a, b in zip(line.clusters, line.clusters[1:])
                   if b.x0 - a.x1 > 1.2 * max(a.size, 1))
        columnar += gaps >= 2
    if columnar >= 5:
        return [Issue("unruled_table", page=number, detail=f"{columnar} lines with column gaps")]
    return []
