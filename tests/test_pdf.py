"""PDF: the LibreOffice renderings of the samples, cell by cell."""

import re
from datetime import date

import pytest

import generate
from conftest import MEASURE_CELLS as CELLS, SAMPLES, assert_fields, assert_measures, expected, fold, needs, needs_module, realdoc, squeezed_cells
from ingest.pipeline import process_file
from ingest.textdump import document_text
from normalize import thai_text
from parsers import Paragraph, parse

# Cells where LibreOffice dropped the space glyph at a line break between two
# Thai words: the parser cannot see that space (see parsers/layout.py), so the
# cell comes out with those words joined. Each entry: (row, column) -> the
# words as the source spaces them. Everything else must match exactly.
LOST_SPACES = {
    "table-per-page": {(8, "responsible"): "ภายใน สำนักปลัด", (13, "issue"): "ชัดเจน มากน้อย"},
    "long-table": {(8, "responsible"): "ภายใน สำนักปลัด", (13, "issue"): "ชัดเจน มากน้อย"},
    "arabic-abbrev": {(8, "responsible"): "ภายใน สำนักปลัด", (13, "issue"): "ชัดเจน มากน้อย"},
    # The spaces after เป็นต้น (row 7) and ดังต่อไปนี้ (row 10) and before ณ (row 12)
    # come back by Thai's spacing rules.
    "seq-column": {(4, "monitoring"): "หน่วยงาน ภายใน", (6, "measure"): "จัดจ้าง หรือแผน",
                   (7, "progress"): "สนวน ดำเนินการ", (10, "monitoring"): "ภารกิจงาน และกำกับ",
                   (12, "monitoring"): "เมษายน และเดือน"},
}


@pytest.mark.parametrize("layout", generate.LAYOUTS)
def test_pdf_sample_every_cell(layout):
    assert_every_cell(process_file(SAMPLES / f"khoksanuan-2566-{layout}.pdf"), layout)


def document_fields(x) -> dict:
    """The document record but for what differs between two files of one report."""
    return {k: v for k, v in vars(x.document).items() if k not in ("doc_id", "source_path", "file_size", "ingested_at")}


def assert_every_cell(x, layout: str) -> None:
    """Every cell of every row as the sample's, but for LOST_SPACES."""
    assert_measures(x, expected(f"khoksanuan-2566-{layout}")["measures"], LOST_SPACES[layout])


@pytest.mark.parametrize("layout", generate.LAYOUTS)
def test_an_era_after_a_wrap_goes_on_the_paragraph(layout):
    # Exporters keep พ.ศ. with its year: a line that wraps before "พ.ศ. ๒๕๖๕"
    # had room for "พ.ศ." alone, and that is not a paragraph's end. The seed
    # starts no paragraph with พ.ศ.; before, three cells of three samples did.
    stem = f"khoksanuan-2566-{layout}"
    starts = lambda cells: sorted((r, c) for r, row in enumerate(cells, 1) for c in CELLS
                                  if re.search(r"\nพ\.ศ\.", row[c]))
    x = process_file(SAMPLES / f"{stem}.pdf")
    assert starts([{c: getattr(m, c) for c in CELLS} for m in x.measures]) == starts(expected(stem)["measures"]) == []


@pytest.mark.parametrize("layout", generate.LAYOUTS)
def test_pdf_sample_metadata_and_pages(layout):
    stem = f"khoksanuan-2566-{layout}"
    x = process_file(SAMPLES / f"{stem}.pdf")
    doc = x.document
    assert_fields(x, expected(stem)["document"])
    assert doc.status == "ok" and doc.file_type == "pdf"
    assert ([m.page for m in x.measures], doc.pages) == PAGES[layout]


# The page each row starts on in the LibreOffice renderings (checked by eye
# on pdftoppm images of the samples).
PAGES = {
    "table-per-page": ([1, 2, 3, 5, 5, 8, 10, 13, 14, 16, 17, 19, 20, 21], 21),
    "long-table": ([1, 2, 2, 4, 5, 6, 8, 10, 12, 14, 15, 16, 17, 17], 18),
    "seq-column": ([1, 2, 4, 6, 7, 10, 13, 17, 19, 21, 22, 24, 25, 27], 27),
    "arabic-abbrev": ([1, 2, 3, 5, 5, 8, 10, 13, 14, 16, 17, 19, 20, 21], 21),
}


def test_pdf_findings_match_docx():
    codes = lambda x: sorted((f.code, f.row_no, f.column) for f in x.findings)
    pdf = process_file(SAMPLES / "khoksanuan-2566-table-per-page.pdf")
    docx = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert codes(pdf) == codes(docx)


def test_rows_broken_across_pages_are_merged_and_headers_dropped():
    doc = parse(SAMPLES / "khoksanuan-2566-long-table.pdf")
    tables = doc.tables()
    assert len(tables) == 2  # one per section (OIT, EIT), each spanning pages
    first_cells = [fold(r.cells[0].text) for r in tables[0].rows]
    assert first_cells.count(first_cells[0]) == 1  # the repeated header rows are gone
    assert len(tables[0].rows) == 1 + 9 and len(tables[1].rows) == 1 + 5


def test_marks_stay_on_their_consonant():
    text = document_text(parse(SAMPLES / "khoksanuan-2566-table-per-page.pdf"))
    assert "ขั้นตอนหรือวิธีการ/มาตรการ" in text
    assert "ขนั้" not in text and "เพ่อื" not in text and "ำา" not in text
    raw = document_text(parse(SAMPLES / "khoksanuan-2566-table-per-page.pdf"), raw=True)
    assert "ขั้นตอนหรือวิธีการ" in raw  # the parser itself orders marks; no repair needed


def test_ita_text_command_prints_clean_and_raw_text():
    from typer.testing import CliRunner

    from ingest.cli import app

    runner = CliRunner()
    clean = runner.invoke(app, ["text", str(SAMPLES / "khoksanuan-2566-table-per-page.pdf")])
    assert clean.exit_code == 0
    lines = clean.stdout.splitlines()
    assert lines[:4] == [
        "รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน (เดือนตุลาคม 2565 - มีนาคม 2566)",
        "โดยองค์การบริหารส่วนตำบลโคกสนวน",
        "อำเภอขำนิ จังหวัดบุรีรัมย์",
    ]
    assert "ผู้รับผิดชอบ" in lines
    raw = runner.invoke(app, ["text", "--raw", str(SAMPLES / "khoksanuan-2566-table-per-page.pdf")])
    assert raw.stdout.splitlines()[1] == "ประจำาปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน (เดือนตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖)"
    assert "ผ้่รับผิดชอบ" in raw.stdout.splitlines()


def _encrypted(tmp_path, user: str, owner: str):
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(SAMPLES / "khoksanuan-2566-table-per-page.pdf"))
    w.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    out = tmp_path / f"enc-{bool(user)}.pdf"
    w.write(out)
    return out


def test_password_protected_pdf_is_an_encrypted_file_finding(tmp_path):
    x = process_file(_encrypted(tmp_path, "secret", "owner"))
    assert x.document.status == "failed" and x.measures == []
    assert [(f.code, f.severity) for f in x.findings] == [("encrypted_file", "error")]
    assert x.findings[0].message.startswith("ไฟล์ถูกเข้ารหัสหรือตั้งรหัสผ่าน กรุณาบันทึกใหม่โดยไม่ใส่รหัสผ่าน")


def test_pdf_with_only_an_owner_password_is_read_normally(tmp_path):
    # Many government PDFs forbid printing or copying but open without a password.
    x = process_file(_encrypted(tmp_path, "", "owner"))
    assert x.document.status == "ok"
    want = expected("khoksanuan-2566-table-per-page")["measures"]
    squeeze = lambda text: "".join(text.split())  # LOST_SPACES aside, the cells are the seed's
    assert [squeeze(m.issue) for m in x.measures] == [squeeze(m["issue"]) for m in want]


# Tables without lines between their rows: no lines at all; no lines with
# every other row shaded (the shading draws a grid of its rows only, which
# is not the table's); lines between the columns only.
UNRULED = {"no lines": generate.table_borders(),
           "no lines, shaded rows": lambda doc: (generate.table_borders()(doc), generate.banded_rows(doc)),
           "column lines only": generate.column_lines_only}


def _unruled_pdf(tmp_path, layout: str, style: str):
    """The sample in one of the UNRULED styles, as LibreOffice renders it."""
    docx = generate.build_docx(generate.sample_report(layout), tmp_path / f"{layout}.docx", layout=layout,
                               mutate=UNRULED[style])
    return generate.to_pdf(docx, tmp_path)


@pytest.mark.parametrize(("layout", "style"), [
    ("table-per-page", "no lines"), ("long-table", "no lines"), ("long-table", "no lines, shaded rows"),
    ("seq-column", "no lines"), ("table-per-page", "column lines only"), ("long-table", "column lines only")])
def test_table_without_lines_between_rows_is_read_from_the_drawing_order(tmp_path, layout, style):
    # The rows (and, with no lines at all, the columns) come from the order
    # LibreOffice draws the cells in (parsers.unruled). Every cell, page and
    # field as the ruled rendering's, each page's table flagged for checking.
    import pdfplumber

    path = _unruled_pdf(tmp_path, layout, style)
    with pdfplumber.open(path) as pdf:
        inked = [page.page_number for page in pdf.pages if page.chars]  # LibreOffice leaves a page blank at times
    x = process_file(path)
    assert_every_cell(x, layout)
    assert_fields(x, expected(f"khoksanuan-2566-{layout}")["document"])
    assert ([m.page for m in x.measures], x.document.pages) == PAGES[layout]
    pdf = process_file(SAMPLES / f"khoksanuan-2566-{layout}.pdf")
    codes = lambda x: sorted((f.code, f.row_no, f.column) for f in x.findings if f.code != "unruled_table_read")
    assert codes(x) == codes(pdf)
    flagged = [f for f in x.findings if f.code == "unruled_table_read"]
    assert [f.page for f in flagged] == inked  # a table on every page
    assert {(f.severity, f.message_en.split(":")[0]) for f in flagged} == {
        ("warning", "A table on this page has no lines between its rows")}


# Geometries and header forms where a table without lines read worse than
# its ruled rendering, each for its own reason (benchmarks/pdf_geometry.py
# drew the first four, seeds 1 and 2): (layout, portrait, cell text size,
# side margins, column widths, the header's form, the lines).
def _as_swept(form, size: float, margins: float, run_on: int | None = None, *looks):
    """A header ``form``, then the geometry, in the order ``pdf_geometry.py``
    draws them; with ``run_on`` (its seed) each table of its own widths,
    running on, as ``--run-on`` draws them; then ``looks`` (mutates: a
    font, cells aligned, lines spaced), as ``--looks`` draws them."""
    def mutate(doc):
        form(doc)
        generate.cell_font_size(size)(doc)
        generate.side_margins(margins)(doc)
        if run_on is not None:
            generate.own_column_widths(run_on)(doc)
            generate.tables_run_on(doc)
        for look in looks:
            look(doc)
    return mutate


_two_rows_not_repeated = lambda doc: (generate.two_row_header(doc), generate.header_not_repeated(doc))  # noqa: E731
_numbers_not_repeated = lambda doc: (generate.column_numbers(doc), generate.header_not_repeated(doc))  # noqa: E731
_split_not_repeated = lambda doc: (generate.split_tables(doc), generate.header_not_repeated(doc))  # noqa: E731
_title_not_repeated = lambda doc: (generate.title_row(doc), generate.header_not_repeated(doc))  # noqa: E731


GEOMETRIES = {
    # Headings above the table, short enough to sit inside its wide first
    # column and closer than the usual gap between paragraphs: read as rows
    # (17 rows); now a gap wider than the table's own between rows parts them.
    "headings inside the first column": (
        "table-per-page", False, 15, 1.5, (0.27, 0.14, 0.19, 0.11, 0.28), None, generate.table_borders()),
    # A row the page cut after one line: its one-line cells and their drawn
    # trailing spaces ran on into one fragment across a column line.
    "a cut row of one-line cells": (
        "table-per-page", False, 15, 1.5, (0.27, 0.14, 0.19, 0.11, 0.28), None, generate.column_lines_only),
    # A row's first line below the header, the page cut after it: its last
    # two cells ran on past where the header's last cell starts (5 columns
    # read as 4, 16 rows). No other line starts there, but the drawing went
    # back up to it.
    "the header's last cell and a cut row's line": (
        "long-table", False, 16, 2.0, (0.23, 0.23, 0.22, 0.13, 0.19), None, generate.table_borders()),
    # The last page of a row holds the repeated header and one line: the
    # table's only ruled row, too short to be split before (the line was lost).
    "a page of the header and one line": ("seq-column", True, 14, 1.5, None, None, generate.column_lines_only),
    # A header of two rows: its cells merged down over both reach past the
    # top of the second row's cell beside them, which made another table of
    # it (0 rows); and where a page goes on with the cell under that one,
    # the repeated second row and the cell's rest read as one cell.
    "a header of two rows": ("table-per-page", False, 16, 1.5, None, generate.two_row_header, generate.table_borders()),
    "a header of two rows, long table": (
        "long-table", False, 16, 1.5, None, generate.two_row_header, generate.table_borders()),
    # The header not repeated on later pages: a page that holds only the
    # middle of a tall row was one row drawn cell by cell, not a table (one
    # needs two rows), and read as text (17 rows). Now the rest of a row of
    # the last page's table.
    "the header not repeated": (
        "long-table", False, 16, 1.5, None, generate.header_not_repeated, generate.table_borders()),
    "a title row over the header, not repeated": (
        "table-per-page", False, 16, 1.5, None, generate.title_row, generate.table_borders()),
    # The second part (no header) starts with one row, right under the
    # first part on its page: a row of the table above it (9 rows before).
    "tables split in two by hand": (
        "table-per-page", False, 16, 1.5, None, generate.split_tables, generate.table_borders()),
    # Not repeated, in the other styles and geometries of pdf_geometry.py --seed 4:
    # - a row's first line at a page's foot, its one-line cells run on, with no
    #   other line on the page starting where they do: cut at the last page's
    #   columns (no lines), or at the column lines (column lines only);
    "the header not repeated, portrait": (
        "long-table", True, 16, 2.0, None, generate.header_not_repeated, generate.table_borders()),
    "the header not repeated, portrait, column lines only": (
        "long-table", True, 16, 2.0, None, generate.header_not_repeated, generate.column_lines_only),
    # - column lines only: no rule across the table, so its top on a page is
    #   no sign that the page cut a row (a new row was joined to the last one);
    "the header not repeated, column lines only": (
        "long-table", False, 15, 1.0, (0.22, 0.17, 0.27, 0.19, 0.16), generate.header_not_repeated,
        generate.column_lines_only),
    # - rules between rows only: a page holding the rest of a row has text in
    #   some columns only, and took those for the table's (3 columns of 6).
    "the header not repeated, rules between rows only": (
        "seq-column", False, 14, 2.0, None, generate.header_not_repeated, generate.rules_between_rows),
    # A title row merged over the header, partly ruled: with column lines
    # only, the first page's lines start below the title and make no grid, so
    # that page is read without lines, and the next page's ruled table goes on
    # from it (its column lines a cell's padding left of where the text
    # starts); with rules between rows only, the title's one line runs across
    # a column line, so its row is one cell (it read as a row of measures).
    "a title row over the header, column lines only": (
        "table-per-page", False, 16, 1.5, None, generate.title_row, generate.column_lines_only),
    "a title row over the header, rules between rows only": (
        "long-table", False, 16, 1.5, None, generate.title_row, generate.rules_between_rows),
    # A header of two rows with column lines only: a page holding the rest of
    # a row in the column under the header's second row reads the header's
    # rows and that rest as one row, no rule between them; it was taken for a
    # header and its text lost (a row's last paragraph, twice).
    "a header of two rows, column lines only": (
        "table-per-page", False, 16, 1.5, None, generate.two_row_header, generate.column_lines_only),
    # A header of two rows over a narrow column: a page holding the rest of a
    # row only in that column, right under the header's second row, took it
    # for that cell's lines clipped past its bottom and dropped it (ruled too).
    "a header of two rows over a narrow column": (
        "long-table", False, 16, 1.5, (0.19, 0.15, 0.28, 0.13, 0.25), generate.two_row_header,
        generate.column_lines_only),
    # Inside lines only, a table split in two by hand and its header not
    # repeated: a page holding one row has column lines and no rule, so no
    # side to go by, and its first and last columns were read as text (13 rows).
    "inside lines only, one row on a page": (
        "table-per-page", False, 16, 1.5, (0.15, 0.33, 0.13, 0.27, 0.12),
        lambda doc: (generate.split_tables(doc), generate.header_not_repeated(doc)), generate.inside_lines_only),
    # Found by pdf_geometry.py --forms --seed 9:
    # - a title row whose text fits in a wide first column, under headings:
    #   kept as the table's first row (15 rows);
    "a title row inside a wide first column": (
        "long-table", False, 15, 2.0, (0.26, 0.12, 0.12, 0.24, 0.26), generate.title_row, generate.table_borders()),
    # - inside lines only, a table split in two by hand on one page: nothing
    #   closed the first part's last row, and the second part had no sides
    #   (its rest of a row read as text, 59/70 with whitespace removed).
    "inside lines only, two tables on a page": (
        "table-per-page", False, 15, 1.0, (0.13, 0.11, 0.13, 0.3, 0.33), generate.split_tables,
        generate.inside_lines_only),
    # Seed 11, held out: the same, but the second part has rules of its own;
    # one side was drawn over both tables and the gap between them, so the
    # first part's last row was not closed (13 rows, 3/70).
    "inside lines only, two tables on a page, both with rules": (
        "long-table", True, 14, 1.0, None, generate.split_tables, generate.inside_lines_only),
    # Seed 10, held out: a title row whose one line fits in a wide first
    # column, right over the header as close as the header cell's own lines.
    # Without lines it reads into that header cell (แผนปฏิบัติการตามมาตรการ …
    # ประเด็นที่ต้อง… names a measure first): no header, no rows.
    "a title read into the header's first cell": (
        "long-table", False, 14, 2.0, (0.36, 0.27, 0.12, 0.11, 0.14),
        lambda doc: (generate.title_row(doc), generate.header_not_repeated(doc)), generate.table_borders()),
    # The same with rules between rows: the second section's title row is a
    # row of its own, one cell in the first column, right over its header:
    # read as a measure (15 rows, 33/70).
    "a title row of one cell over the header": (
        "long-table", False, 14, 2.0, (0.36, 0.27, 0.12, 0.11, 0.14),
        lambda doc: (generate.title_row(doc), generate.header_not_repeated(doc)), generate.rules_between_rows),
    # Each section's table with its own column widths, running on under the
    # last (no page breaks), ruled between rows only: two tables on a page
    # were given one set of columns, where both tables' rows leave a gap, so
    # columns merged and a row's rest was not joined (64/70 with whitespace
    # removed; other draws of widths: 13 rows, 14/70).
    "tables of their own widths on one page, rules between rows only": (
        "table-per-page", False, 16, 1.5, None,
        lambda doc: (generate.own_column_widths(3)(doc), generate.tables_run_on(doc)), generate.rules_between_rows),
    # Found by pdf_geometry.py --forms --run-on --seed 14: header not repeated, a page starting with a row's rest in
    # the last page's columns, then a table of its own: the rest was read
    # in the new table's columns, and not joined (21 rows, 11/70).
    "a row's rest over a table of other columns": (
        "table-per-page", False, 15, 2.0, None,
        _as_swept(lambda doc: (generate.two_row_header(doc), generate.header_not_repeated(doc)), 15, 2.0, 1401),
        generate.rules_between_rows),
    # --seed 16, held out: column lines only, the first page holding the
    # header alone. No border under it where the page ended, so it was taken
    # for a row the page cut, and the next page's first row was joined to it
    # (then header and row shared cells: 12 rows, 1/70).
    "the header alone on the first page, column lines only": (
        "seq-column", False, 16, 2.0, None,
        _as_swept(lambda doc: (generate.two_row_header(doc), generate.header_not_repeated(doc)), 16, 2.0),
        generate.column_lines_only),
}


def _in_geometry(tmp_path, name: str, geometry, lines):
    """The seed rendered in one of the GEOMETRIES, its table drawn by
    ``lines`` (a mutate: its style, or nothing for all lines), read."""
    return _in_styles(tmp_path, geometry, {name: lines})[name]


def _in_styles(tmp_path, geometry, styles: dict) -> dict:
    """:func:`_in_geometry` for each of ``styles`` (name -> lines), rendered
    in one LibreOffice run (its start is most of a rendering's time)."""
    return {name: process_file(pdf) for name, pdf in _rendered(tmp_path, {"": (geometry, styles)})[""].items()}


def _rendered(out_dir, cases: dict) -> dict:
    """The seed rendered for each of ``cases`` (name -> (geometry, styles:
    name -> lines)) in each of its styles, all in one LibreOffice run:
    case -> style -> PDF."""
    def mutate(geometry, lines):
        layout, portrait, size, margins, widths, form, _ = geometry

        def apply(doc):
            generate.cell_font_size(size)(doc)
            generate.side_margins(margins)(doc)
            if widths:
                generate.column_widths(*widths)(doc)
            if form:
                form(doc)
            lines(doc)
        return apply
    seed = generate.read_seed()
    docx = {(case, name): generate.build_docx(seed, out_dir / f"{i}-{name}.docx", geometry[0], mutate(geometry, lines),
                                              geometry[1])
            for i, (case, (geometry, styles)) in enumerate(cases.items()) for name, lines in styles.items()}
    out: dict = {}
    for (case, name), pdf in zip(docx, generate.to_pdfs(list(docx.values()), out_dir)):
        out.setdefault(case, {})[name] = pdf
    return out


def _rendered_for_module(request, tmp_path_factory, cases_of: dict) -> dict:
    """For each test of the module (its name -> a function giving a case's
    geometry and styles), every ``case`` this run selected (``-k`` narrows
    them) rendered by :func:`_rendered` in one LibreOffice run, not one a
    test: a module fixture's. Read in the tests (a misreading fails its
    own)."""
    wanted = {item.callspec.params["case"]: cases_of[item.originalname] for item in request.session.items
              if getattr(item, "originalname", None) in cases_of and item.module is request.module}  # not doctests
    return _rendered(tmp_path_factory.mktemp("rendered"), {case: of(case) for case, of in wanted.items()})


def _ruled_and_not(pdfs: dict, layout: str) -> tuple:
    """A geometry's renderings (:func:`_ruled_styles`), both read, the
    ruled one reading every cell right."""
    ruled, unruled = process_file(pdfs["ruled"]), process_file(pdfs["unruled"])
    want = expected(f"khoksanuan-2566-{layout}")
    assert squeezed_cells(ruled) == [["".join(m[c].split()) for c in CELLS] for m in want["measures"]]
    return ruled, unruled


def _ruled_styles(geometry) -> tuple:
    """One of the GEOMETRIES, to be rendered ruled and in its style."""
    return geometry, {"ruled": lambda doc: None, "unruled": geometry[-1]}


def test_a_rows_rest_under_a_two_row_header_then_the_next_table_is_kept(tmp_path):
    """Ruled: a row's rest in a narrow column under a two-row header, then
    the next table on that page (pdf_geometry.py --forms --run-on --seed 15).
    The rest was taken for the header cell's clipped lines, the next
    table's first row being the drawing's going back up (68/70)."""
    geometry = ("table-per-page", True, 16, 1.5, None, _as_swept(generate.two_row_header, 16, 1.5, 1504), None)
    x = _in_geometry(tmp_path, "ruled", geometry, lambda doc: None)
    want = expected("khoksanuan-2566-table-per-page")
    assert squeezed_cells(x) == [["".join(m[c].split()) for c in CELLS] for m in want["measures"]]
    assert x.measures[1].monitoring.endswith("บนเว็บไซต์ให้เป็นปัจจุบัน")


def test_a_header_of_two_rows_cut_where_it_first_stood_is_not_a_row_when_drawn_again(tmp_path):
    """Ruled, cells centred, a header of two rows not repeated (seed 73,
    held out): where the table first stood the page cut its header, and
    its rest joined it into one row; the next table's header, drawn whole
    in two rows, repeated that one's first part, and its second row
    (กำหนดเวลาแล้วเสร็จ) was read as the last row's rest (69/70)."""
    geometry = ("seq-column", False, 15, 2.0, None,
                _as_swept(_two_rows_not_repeated, 15, 2.0, None, generate.every_cell("vAlign", "center"),
                          generate.thai_font("Umpush")), None)
    x = _in_geometry(tmp_path, "ruled", geometry, lambda doc: None)
    want = expected("khoksanuan-2566-seq-column")
    assert squeezed_cells(x) == [["".join(m[c].split()) for c in CELLS] for m in want["measures"]]
    assert x.measures[1].monitoring.endswith("บนเว็บไซต์ให้เป็นปัจจุบัน")


def test_a_page_holding_only_the_repeated_header_passes_the_row_on(tmp_path):
    """Shaded rows, a header ten lines tall in a narrow column (seed 93,
    held out): LibreOffice drew a page of a tall row's middle with its
    header and nothing under it, and the row's rest on the page after. The
    header alone did not fill its page, so the rest was taken for a row of
    its own (15 rows, 50/70), in every ruled style. The lines that page
    left out are in no page's text layer (๒. ผู้บริหารกำกับเจ้าหน้าที่ในหน่วย):
    that cell alone lacks them."""
    geometry = ("table-per-page", False, 16, 2.0, None,
                _as_swept(generate.column_numbers, 16, 2.0, 9302, generate.banded_rows), None)
    want = [["".join(m[c].split()) for c in CELLS] for m in expected("khoksanuan-2566-table-per-page")["measures"]]
    want[9][3] = want[9][3].replace("2.ผู้บริหารกำกับเจ้าหน้าที่ในหน่วย", "")
    read = _in_styles(tmp_path, geometry, {"ruled": lambda doc: None, "columns": generate.column_lines_only})
    for name, x in read.items():
        assert squeezed_cells(x) == want, name


# Whitespace folded: the paragraph rule measures a line's room to the cell's
# right edge, and without lines that is where its widest line ends (the ruled
# reading took อย่างน้อย|๑ ภารกิจงาน for a paragraph's end).
_folded = lambda x: [[fold(getattr(m, c)) for c in CELLS] for m in x.measures]  # noqa: E731
_fields = lambda x: {k: v for k, v in document_fields(x).items() if k != "n_warnings"}  # noqa: E731
_codes = lambda x: sorted((f.code, f.row_no, f.column) for f in x.findings if f.code != "unruled_table_read")  # noqa: E731


@pytest.fixture(scope="module")
def rendered(request, tmp_path_factory):
    assert not set(GEOMETRIES) & set(READ_APART)  # a case's name is its key
    return _rendered_for_module(request, tmp_path_factory, {
        "test_table_without_lines_reads_as_its_ruled_rendering_in_other_geometries":
            lambda case: _ruled_styles(GEOMETRIES[case]),
        "test_table_without_lines_reads_its_text_in_other_geometries":
            lambda case: _ruled_styles(READ_APART[case][0])})


@pytest.mark.parametrize("case", GEOMETRIES)
def test_table_without_lines_reads_as_its_ruled_rendering_in_other_geometries(rendered, case):
    ruled, unruled = _ruled_and_not(rendered[case], GEOMETRIES[case][0])
    assert _folded(unruled) == _folded(ruled)
    assert [m.page for m in unruled.measures] == [m.page for m in ruled.measures]
    assert _fields(unruled) == _fields(ruled)
    assert _codes(unruled) == _codes(ruled)  # and each page's table flagged unruled_table_read


# Geometries whose reading without lines differs from the ruled one only in
# whitespace at a wrap, or in pages (without borders a page holds a line
# more): each cell's text against the seed, and each row's first page.
# (geometry as in GEOMETRIES, the ruled rendering's pages, the other's)
READ_APART = {
    # Seed 62, held out. No borders, shaded rows, a header of two rows not
    # repeated, starting low on a page and cut inside its second row
    # (เวลาแล้ว|เสร็จ): the header's rest was a row, and every row after it
    # one place down (15 rows, 3/70), as with column lines only.
    "a header of two rows cut inside its second row": (
        ("long-table", False, 16, 2.5, None,
         _as_swept(_two_rows_not_repeated, 16, 2.5, None, generate.column_widths(0.27, 0.14, 0.15, 0.17, 0.27),
                   generate.banded_rows, generate.thai_font("Garuda")), generate.table_borders()),
        [2, 3, 4, 6, 8, 10, 13, 18, 20, 23, 25, 27, 29, 30], [2, 3, 3, 6, 8, 10, 13, 17, 19, 22, 24, 26, 27, 29]),
    # The table's usual gap between rows was measured between rows of two
    # cells or more; a header's second row, one cell, stands between the
    # header and the first row, so there was no gap to go by, and headings
    # at a page's top, short enough to sit inside the first column, were
    # kept as rows (17 rows).
    "headings above a header of two rows": (
        ("long-table", False, 16, 1.5, (0.22, 0.17, 0.23, 0.16, 0.23), generate.two_row_header,
         generate.table_borders()),
        [1, 3, 3, 6, 7, 10, 12, 17, 20, 23, 25, 25, 27, 28], [1, 2, 3, 5, 7, 9, 12, 16, 19, 22, 23, 24, 26, 27]),
    # Found by pdf_geometry.py --forms --seed 9:
    # - the first row below a header of two rows: measured from the header's
    #   second row, not from its cells merged down past it, the gap parted
    #   the row from the header (30 rows, no cell right);
    "a header of two rows over a tall first cell": (
        ("long-table", False, 15, 1.5, (0.15, 0.27, 0.23, 0.23, 0.12), generate.two_row_header,
         generate.table_borders()),
        [1, 2, 3, 4, 5, 7, 9, 11, 13, 15, 16, 17, 18, 18], [1, 2, 3, 4, 5, 7, 8, 11, 12, 14, 15, 16, 17, 17]),
    # - a header of one-line cells over a row's first line at the page's
    #   foot: nothing cut the row's run-on cells where the header's start
    #   (4 columns, 5 rows); the cells drawn after the drawing went back up,
    #   on its line, start cells too.
    "one-line header cells over a row's first line": (
        ("long-table", False, 14, 1.0, (0.21, 0.13, 0.32, 0.12, 0.23),
         lambda doc: (generate.title_row(doc), generate.header_not_repeated(doc)), generate.table_borders()),
        [1, 2, 3, 5, 6, 9, 11, 15, 17, 20, 21, 22, 23, 24], [1, 2, 3, 5, 6, 9, 11, 15, 17, 20, 21, 22, 23, 24]),
    # Seed 72, held out. Rules between rows only, justified: a row's first
    # line alone at a page's foot under the last one's rest, the space after
    # "-" stretched on its left: a column more than the last page's table
    # has, so not read in its columns (13 rows, 21/70). (Its whitespace differs from the
    # ruled reading's: the ruled one loses the spaces at some wraps.)
    "justified cells, a stretched space under a row's rest": (
        ("long-table", False, 15, 2.0, None,
         _as_swept(_split_not_repeated, 15, 2.0, None, generate.column_widths(0.23, 0.32, 0.13, 0.2, 0.11),
                   generate.every_cell("jc", "both", paragraphs=True), generate.thai_font("Sawasdee")),
         generate.rules_between_rows),
        [1, 2, 3, 5, 6, 8, 11, 13, 15, 17, 19, 20, 21, 23], [1, 2, 3, 5, 6, 8, 11, 13, 15, 17, 19, 20, 21, 23]),
    # Seed 75, held out. Rules between rows only, justified, a title row:
    # the first row's first line alone under the header at the first page's
    # foot, the space in สำนักปลัด (หน่วย stretched on its left: a column no
    # header text names (13 rows, 6/70).
    "justified cells, a row's first line alone under the header": (
        ("seq-column", False, 14, 1.0, None,
         _as_swept(_title_not_repeated, 14, 1.0, None, generate.every_cell("jc", "both", paragraphs=True),
                   generate.thai_font("Garuda")),
         generate.rules_between_rows),
        [1, 2, 4, 7, 8, 11, 14, 18, 20, 22, 23, 25, 26, 28], [1, 2, 4, 7, 8, 11, 14, 18, 20, 22, 23, 25, 26, 28]),
}


@pytest.mark.parametrize("case", READ_APART)
def test_table_without_lines_reads_its_text_in_other_geometries(rendered, case):
    geometry, ruled_pages, pages = READ_APART[case]
    ruled, unruled = _ruled_and_not(rendered[case], geometry[0])
    want = expected(f"khoksanuan-2566-{geometry[0]}")
    assert squeezed_cells(unruled) == [["".join(m[c].split()) for c in CELLS] for m in want["measures"]]
    assert [m.page for m in ruled.measures] == ruled_pages
    assert [m.page for m in unruled.measures] == pages
    without_pages = lambda x: {k: v for k, v in _fields(x).items() if k != "pages"}  # noqa: E731
    assert without_pages(unruled) == without_pages(ruled)
    assert _codes(unruled) == _codes(ruled)


def test_the_header_alone_at_a_page_foot_without_lines_is_the_tables(tmp_path):
    # The header not repeated, left alone at the foot of the first page and
    # cut there (a narrow column's title is the tallest cell), a title row
    # over it, no borders: one row is not a table, so the whole first section
    # was read as text (5 rows of 14). A later page holding the rest of a row
    # in that column only, then the next row's first line, was text too.
    x = _in_geometry(tmp_path, "report", (
        "long-table", False, 16, 1.0, (0.2, 0.16, 0.28, 0.09, 0.26),
        lambda doc: (generate.title_row(doc), generate.header_not_repeated(doc)), None), generate.table_borders())
    want = expected("khoksanuan-2566-long-table")
    assert squeezed_cells(x) == [["".join(m[c].split()) for c in CELLS] for m in want["measures"]]
    assert [m.page for m in x.measures] == [2, 4, 5, 9, 12, 17, 19, 27, 32, 37, 40, 42, 44, 46]  # as ruled
    assert_fields(x, want["document"])


def test_table_without_lines_and_lines_far_apart_is_read(tmp_path):
    # Lines 1.5 apart in every cell: a cell's next line, and the next row,
    # are further down than single-spaced text puts them.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", "long-table",
                               mutate=lambda doc: (generate.cell_line_spacing(1.5)(doc), generate.table_borders()(doc)))
    assert_reads_as_seed(process_file(generate.to_pdf(docx, tmp_path)))


def test_table_without_ruling_lines_is_reported_when_not_read(tmp_path):
    # With unruled_tables off: reported, not read, and the page's other text
    # (the title block) still read.
    x = process_file(_unruled_pdf(tmp_path, "table-per-page", "no lines"), {"unruled_tables": False})
    assert {f.code for f in x.findings} == {"unruled_table", "no_measure_table", "place_corrected"}
    assert x.measures == [] and x.document.status == "failed"
    unruled = [f.page for f in x.findings if f.code == "unruled_table"]
    assert unruled and min(unruled) == 1
    assert_fields(x, {**expected("khoksanuan-2566-table-per-page")["document"], "n_measures": 0})


def test_other_report_without_ruling_lines(tmp_path):
    # A row four pages tall, units one per paragraph: the drawing order
    # still gives each row whole.
    docx = generate.build_docx(generate.read_seed(generate.OTHER), tmp_path / "other.docx", layout="long-table",
                               mutate=generate.table_borders())
    x = process_file(generate.to_pdf(docx, tmp_path))
    want = generate.expected_other()
    assert_fields(x, want["document"])
    assert squeezed_cells(x) == [["".join(r[c].split()) for c in CELLS] for r in want["measures"]]


def test_page_limit_refuses_an_overlong_pdf_with_a_finding(tmp_path):
    from pypdf import PdfReader, PdfWriter

    src = PdfReader(SAMPLES / "khoksanuan-2566-table-per-page.pdf")
    w = PdfWriter()
    while len(w.pages) < 1000:
        for page in src.pages:
            w.add_page(page)
    big = tmp_path / "thousand.pdf"
    w.write(big)
    x = process_file(big)
    assert (x.document.pages, x.document.status, x.measures) == (1008, "failed", [])
    assert [(f.code, f.severity, f.message_en) for f in x.findings] == [
        ("page_limit", "error", "The file has more pages than the limit and was not read (see --max-pages): "
                                "1008 pages, limit 500")]


def test_portrait_rendering_reads_like_landscape(tmp_path):
    # Portrait A4: narrower columns, a title that wraps onto a second line.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "portrait.docx", portrait=True)
    assert_reads_as_seed(process_file(generate.to_pdf(docx, tmp_path)))  # more wraps, more lost spaces


def assert_reads_as_seed(x, **fields) -> None:
    """Document row (but for ``fields``), context and every cell as the
    seed's, cells compared without whitespace (a space at a Thai line wrap
    is lost: LOST_SPACES)."""
    want = expected("khoksanuan-2566-table-per-page")
    assert_fields(x, {**want["document"], **fields})
    assert [(m.tool, m.indicator_no, m.item_code) for m in x.measures] == \
        [(m["tool"], m["indicator_no"], m["item_code"]) for m in want["measures"]]
    squeeze = lambda text: "".join(text.split())
    for m, w in zip(x.measures, want["measures"]):
        for col in CELLS:
            assert squeeze(getattr(m, col)) == squeeze(w[col]), (m.row_no, col)


# LibreOffice maps each glyph to the characters of the cluster it was first
# drawn in; with these words first, its map reads every ้ and ่ as ู.
MARK_WORDS = "สูงสุด ดูแล ผู้รับผิดชอบ ลูกจ้าง ครูผู้สอน หนูน้อย รู้จัก สู่ จู่โจม"


def _mark_words_pdf(tmp_path, tagged: bool = False):
    import docx

    doc = docx.Document()
    generate._para(doc, MARK_WORDS)
    doc.save(tmp_path / "marks.docx")
    return generate.to_pdf(tmp_path / "marks.docx", tmp_path, tagged=tagged)


def test_wrong_font_character_maps_are_corrected_from_glyph_outlines(tmp_path):
    pdf = _mark_words_pdf(tmp_path)
    # LibreOffice also gives /ActualText for these glyphs: left out here, so
    # that the glyph outlines alone must put them right.
    raw = [b.text for b in parse(pdf, {"font_repair": False, "actual_text": False}).blocks]
    assert raw == ["สูงสุด ดูแล ผููรับผิดชอบ ลูกจูาง ครูผููสอน หนูนูอย รููจัก สูู จููโจม"]
    # Where the font is not installed the text repair alone gets all but one
    # (นู+อ is a possible spelling, so nothing says a tone was there).
    assert thai_text(raw[0]) == MARK_WORDS.replace("หนูน้อย", "หนูนูอย")
    fixed = [b.text for b in parse(pdf, {"actual_text": False}).blocks]
    assert fixed == ["สูงสุด ดูแล ผ\u0e49\u0e39รับผิดชอบ ลูกจ้าง ครูผ\u0e49\u0e39สอน หนูน้อย ร\u0e49\u0e39จัก ส\u0e48\u0e39 จ\u0e48\u0e39โจม"]
    assert thai_text(fixed[0]) == MARK_WORDS  # the tone drawn before the vowel: put back in order
    assert [thai_text(b.text) for b in parse(pdf).blocks] == [MARK_WORDS]  # by ActualText


def test_tagged_pdf_actual_text_gives_the_marks_without_any_font(tmp_path):
    # LibreOffice wraps exactly the glyphs its map gets wrong in /ActualText
    # spans (tagged PDF or not): read, they give the text whether or not the
    # font is installed (and the glyph-by-glyph repair is then left out).
    pdf = _mark_words_pdf(tmp_path, tagged=True)
    for settings in ({"font_repair": False}, None):
        [block] = parse(pdf, settings).blocks
        assert thai_text(block.text) == MARK_WORDS


def test_font_outlines_that_do_not_match_the_installed_font_change_nothing(tmp_path):
    import pypdf

    from parsers import fonts

    font = next(iter(pypdf.PdfReader(_mark_words_pdf(tmp_path)).pages[0]["/Resources"]["/Font"].values()))
    font = font.get_object()
    assert font["/BaseFont"].endswith("+Laksaman")
    data = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
    to_unicode = {code: "\u0e39" for code in range(1, 40)}  # all wrong, on purpose
    laksaman = fonts.outline_chars(fonts.installed_fonts()["Laksaman"])
    assert len(fonts.corrections(data, fonts._simple_glyph, to_unicode, laksaman)) > 10
    garuda = fonts.outline_chars(fonts.installed_fonts()["Garuda"])
    assert fonts.corrections(data, fonts._simple_glyph, to_unicode, garuda) == {}


def test_pdf_printed_through_postscript_is_read_from_its_glyph_names(tmp_path):
    # PDFCreator and Ghostscript name each Thai glyph as Windows fonts do
    # (afii59681; for ก) and write no ToUnicode entry for those names:
    # pdfminer reads them as Latin letters and (cid:N), every page garbled.
    sample = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    pdf = generate.glyph_named_pdf(sample, tmp_path / "printed.pdf")
    bare = parse(pdf, {"font_repair": False, "ocr": False})
    assert [(i.code, i.page) for i in bare.issues] == [("garbled_text_layer", n) for n in range(1, 22) if n != 18]
    assert bare.pages == 21  # page 18 is blank
    x = process_file(pdf)
    assert_every_cell(x, "table-per-page")  # from the text layer: OCR would not read every cell exactly
    want = process_file(sample)
    assert document_fields(x) == document_fields(want)
    codes = lambda x: sorted((f.code, f.page, f.row_no, f.column) for f in x.findings)
    assert codes(x) == codes(want)


def test_pdf_without_tounicode_is_read_from_the_installed_fonts_outlines(tmp_path):
    # Ghostscript re-writing a PDF through PostScript (a Linux print to PDF,
    # pdftops then ps2pdf) leaves no ToUnicode: every page unmapped glyphs,
    # and OCR's reading (29 cells of 70). The embedded outlines are the
    # installed Laksaman's, and say which character each glyph is.
    sample = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    pdf = generate.without_tounicode(sample, tmp_path / "reprinted.pdf")
    bare = parse(pdf, {"font_repair": False, "ocr": False})
    assert [(i.code, i.page, i.detail) for i in bare.issues] == \
        [("garbled_text_layer", n, "unmapped glyphs (cid)") for n in range(1, 22) if n != 18]
    x, want = process_file(pdf), process_file(sample)
    assert_every_cell(x, "table-per-page")
    assert document_fields(x) == document_fields(want)
    assert document_text(parse(pdf)) == document_text(parse(sample))


@pytest.mark.parametrize("font, offset, raw", [("Wingdings", 0xF000, "\uf0fe\uf0a8"), ("Wingdings", 0, "þ¨"),
                                              ("Wingdings 2", 0xF000, "\uf052\uf0a3"), ("Wingdings 2", 0, "R£")])
def test_check_boxes_of_symbol_fonts_read_as_boxes(tmp_path, font, offset, raw):
    # Word draws ☑ and ☐ from Wingdings or Wingdings 2: its ToUnicode map
    # gives the font's byte plus F000 (U+F0FE), other producers the byte as
    # a Latin-1 letter (þ); in Wingdings 2 ☑ is R. The font's name decides
    # (parsers.fonts._symbol_font), and a box still starts its paragraph.
    import pdfplumber

    sample = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    pdf = generate.symbol_font_pdf(sample, tmp_path / "word.pdf", font, offset)
    with pdfplumber.open(pdf) as doc:
        assert "".join(c["text"] for c in doc.pages[15].chars if "Wingdings" in c["fontname"]) == raw
    assert_every_cell(process_file(pdf), "table-per-page")
    assert document_text(parse(pdf)) == document_text(parse(sample))


def test_a_level_watermark_on_a_blank_first_page_goes_too(tmp_path):
    # A page of nothing but the watermark does not show it for one (no usual
    # size, nothing under it); once later pages did, its copy there goes.
    import pypdf

    needs_module("reportlab")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(841.89, 595.3)
    writer.append(str(SAMPLES / "khoksanuan-2566-table-per-page.pdf"))
    writer.write(tmp_path / "blank-first.pdf")
    pdf = generate.watermarked_pdf(tmp_path / "blank-first.pdf", tmp_path / "draft.pdf", "ร่าง เพื่อตรวจทาน", 0, 90)
    assert document_text(parse(pdf)) == document_text(parse(tmp_path / "blank-first.pdf"))


def test_cid_font_without_tounicode_is_read_from_its_own_cmap(tmp_path):
    # Without ToUnicode pdfminer reads a CID font's own cmap, which gives a
    # tone mark set for a tall vowel as its Private Use Area glyph (U+F70A):
    # the words Thai spaces around at a wrap (ดังต่อไปนี้, เช่น) were not
    # known so, and lost their space. (Chromium's subsets, read here without
    # the ActualText that gives the marks anyway; all normal weight: its
    # synthesised bold is drawn as Type 3 glyphs, with no cmap.)
    needs("chromium")
    html = generate.build_html(generate.read_seed(), tmp_path / "plain.html")
    html.write_text(html.read_text().replace("<style>", "<style>*{font-weight:normal!important}"))
    pdf = generate.print_pdf(html, tmp_path)
    bare = generate.without_tounicode(pdf, tmp_path / "bare.pdf")
    settings = {"actual_text": False, "font_repair": False}
    assert "\uf70a" in document_text(parse(bare, settings), raw=True)
    assert document_text(parse(bare, settings)) == document_text(parse(pdf))


@pytest.mark.parametrize("angle,size", [(30, 90), (45, 90), (60, 90), (-45, 90), (0, 90), (0, 36), (90, 90)])
def test_a_watermark_across_the_page_is_not_read(tmp_path, angle, size):
    # ร่าง drawn over every page, slanted, level or upright: before, its
    # letters went into the cells they crossed (at 45°: 18 rows, no cell
    # right; level at 36 pt: 30 cells of 70).
    needs_module("reportlab")
    sample = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    pdf = generate.watermarked_pdf(sample, tmp_path / "draft.pdf", "ร่าง เพื่อตรวจทาน", angle, size)
    assert_every_cell(process_file(pdf), "table-per-page")
    assert document_text(parse(pdf)) == document_text(parse(sample))


def test_a_portrait_page_with_a_long_table_before_landscape_pages_does_not_stop_their_tables_joining(tmp_path):
    # A portrait summary page whose table runs down to y=712 stood for where
    # every page's body ends: no landscape table (595 high) reached it, so
    # none went on to the next page, and each row a page cut was two (29 rows).
    import docx
    import pypdf

    cover = docx.Document()
    generate._para(cover, "สรุปผลคะแนนการประเมิน ITA")
    table = cover.add_table(rows=60, cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(table.rows):
        for j, cell in enumerate(row.cells):
            cell.text = f"ตัวชี้วัดที่ {i + 1}" if j == 0 else f"{80 + (i * 7 + j) % 20}.{j}"
    cover.save(tmp_path / "cover.docx")
    source = SAMPLES / "khoksanuan-2566-long-table.pdf"
    writer = pypdf.PdfWriter()
    writer.append(str(generate.to_pdf(tmp_path / "cover.docx", tmp_path)), pages=(0, 1))
    writer.append(str(source))
    writer.write(tmp_path / "report.pdf")
    x, whole = process_file(tmp_path / "report.pdf"), process_file(source)
    assert [m.page for m in x.measures] == [m.page + 1 for m in whole.measures]
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == [[getattr(m, c) for c in CELLS] for m in whole.measures]


def test_chromium_print_of_the_report_reads_like_the_libreoffice_export(tmp_path):
    # A second producer: Chromium draws no border where a row breaks across
    # pages, repeats <thead> on each page, and sizes each table's columns on
    # its own, so tables that touch have different column lines.
    needs("chromium")
    pdf = generate.print_pdf(generate.build_html(generate.read_seed(), tmp_path / "seed.html"), tmp_path)
    x = process_file(pdf)
    assert_reads_as_seed(x)  # Chromium never draws the space at a line wrap
    codes = lambda result: sorted((f.code, f.row_no, f.column) for f in result.findings)
    assert codes(x) == codes(process_file(SAMPLES / "khoksanuan-2566-table-per-page.pdf"))


@pytest.mark.parametrize("page,padding", [("A4 portrait; margin: 1cm", "5pt 5.4pt"), ("A4 landscape; margin: 1.5cm", "0 3pt")])
def test_chromium_print_of_lines_1_5_apart_drops_a_cut_rows_sides_drawn_off_the_page(tmp_path, page, padding):
    """Lines 1.5 apart, Loma 15 pt, justified (Chromium sweeps c1-8, c2-4).
    Portrait: a row the page cut before its first line had its sides drawn
    on past the page's foot, to 1360 on a page 842 high (clipped, unseen).
    Its table then ended there: the lowest table bottom seen, no later
    page's table reached it, and no row a page cut was joined (25 rows);
    the sides made an empty row at the page's foot. Nothing under where
    such sides start is read. Landscape: a cut row's sides drawn again
    above the page's top, from -115 down to its header drawn again, made
    an empty row over the header, and the row's rest a row of its own."""
    needs("chromium")
    style = (f'@page {{ size: {page} }} body {{ font-family: "Loma"; font-size: 15pt; line-height: 1.5 }} '
             f'th, td {{ text-align: justify; padding: {padding} }}')
    _assert_reads_as_the_sample(_chromium_print(tmp_path, style))


def _chromium_print(tmp_path, style: str, borders: bool = True):
    """The seed printed by Chromium with CSS ``style`` after generate's own, read."""
    html = generate.build_html(generate.read_seed(), tmp_path / "seed.html", borders=borders, extra_style=style)
    return process_file(generate.print_pdf(html, tmp_path))


def _assert_reads_as_the_sample(x):
    """A print of the seed reads as the table-per-page sample: every cell
    (whitespace removed: Chromium never draws the space at a Thai line
    wrap), every document field but the page count, every finding."""
    want = expected("khoksanuan-2566-table-per-page")
    assert squeezed_cells(x) == [["".join(m[c].split()) for c in CELLS] for m in want["measures"]]
    ruled = process_file(SAMPLES / "khoksanuan-2566-table-per-page.pdf")
    assert _fields(x) | {"pages": None} == _fields(ruled) | {"pages": None}
    assert _codes(x) == _codes(ruled)


@pytest.mark.parametrize("style", [
    '@page { size: A4 landscape; margin: 1cm } body { font-family: "Kinnari"; line-height: 1.5 } '
    'th, td { border: 0.5pt solid #444; padding: 4pt 6pt }',
    '@page { size: A4 landscape; margin: 2.5cm } body { font-family: "Umpush"; font-size: 14pt; line-height: 1.2 }'])
def test_chromium_print_of_a_row_the_page_cut_reads_what_its_clip_shows(tmp_path, style):
    """Chromium sweeps c2-1 and c1-1: a row that the page cut is drawn past
    the bottom margin, down its cells, and clipped at the margin. Read
    unclipped, the line under the clip stood in the margin and again at the
    next page's top; the rows did not join up (15 and 24 rows for 14, with
    27 and 13 of 70 cells right)."""
    needs("chromium")
    _assert_reads_as_the_sample(_chromium_print(tmp_path, style))


def test_chromium_print_without_borders_joins_a_cells_last_two_lines_moved_on(tmp_path):
    """Chromium sweep c2-6 (Purisa, lines 1.5 apart, landscape): a row over
    three pages, its third part one cell's last two lines. A browser moves
    a paragraph's last two lines on together, so the second page ended a
    line short of its foot, and its other cells, holding text there, ended
    higher still: the page did not look filled, nor its row pushed on (15
    rows, 38 of 70 cells right)."""
    needs("chromium")
    style = ('@page { size: A4 landscape; margin: 2.5cm } body { font-family: "Purisa"; line-height: 1.5 } '
             'th, td { padding: 0 3pt }')
    _assert_reads_as_the_sample(_chromium_print(tmp_path, style, borders=False))


@pytest.mark.parametrize("style", [
    '@page { size: A4 landscape; margin: 1cm } body { font-family: "Waree"; font-size: 15pt } '
    'th, td { text-align: justify; padding: 4pt 6pt }',
    '@page { size: A4 portrait; margin: 1cm } body { font-family: "Kinnari"; font-size: 14pt; line-height: 1.5 } '
    'th, td { text-align: justify; padding: 4pt 6pt }',
    '@page { size: A4 portrait; margin: 1cm } body { font-family: "Kinnari"; font-size: 14pt; line-height: 1.5 } '
    'th, td { text-align: justify; padding: 0 3pt }'])
def test_chromium_print_without_borders_justified_keeps_a_stretched_line_in_its_cell(tmp_path, style):
    """Chromium sweeps c3-3, c1-5 and c4-5: cells justified, no borders.
    Chromium draws a word space at its word and moves the next word on, so
    a line of few words (พ.ศ.  ๒๕๖๖, ๑.  องค์การ, วันที่  ๖  เดือน) has gaps
    as wide as a cell's end; read as such, the word after one began a cell
    and a row (30, 49 and 19 rows for 14, 2, 3 and 6 of 70 cells right)."""
    needs("chromium")
    _assert_reads_as_the_sample(_chromium_print(tmp_path, style, borders=False))


def test_chromium_print_without_borders_reads_a_rows_rest_over_a_new_table_as_the_rest(tmp_path):
    """Chromium sweep c4-7 (Norasi, lines 1.2 apart, portrait, 1 cm
    margins): a page holds the header drawn again, a row's rest under it,
    then the next section's table right under that, as close as lines. The
    rest's text is a measure's, found in the last page's rows, and the new
    header the old one's: all three were taken for the header drawn again,
    the new table's first row for the rest, and the page was text (9 rows
    for 14, 12 of 70 cells right)."""
    needs("chromium")
    style = ('@page { size: A4 portrait; margin: 1cm } body { font-family: "Norasi"; font-size: 15pt; '
             'line-height: 1.2 }')
    _assert_reads_as_the_sample(_chromium_print(tmp_path, style, borders=False))


def test_chromium_print_without_borders_reads_every_cell(tmp_path):
    """No lines at all, each table's columns its own, the tables running on
    with no page breaks: a page starts with the last page's row's rest (under
    its header drawn again, or not), then the next table, as close as rows.
    Both were read as one table, in columns of neither; and a row whose first
    cell left its last line for the next page (a browser moves a paragraph's
    last two lines on together) was not joined there (19/70 cells, 34/70 with
    whitespace removed)."""
    needs("chromium")
    ruled = process_file(generate.print_pdf(generate.build_html(generate.read_seed(), tmp_path / "seed.html"),
                                            tmp_path))
    html = generate.build_html(generate.read_seed(), tmp_path / "unruled.html", borders=False)
    x = process_file(generate.print_pdf(html, tmp_path))
    want = expected("khoksanuan-2566-table-per-page")
    assert squeezed_cells(x) == [["".join(m[c].split()) for c in CELLS] for m in want["measures"]]
    assert _fields(x) | {"pages": 17} == _fields(ruled) | {"pages": 17}  # without borders, one page less
    assert _codes(x) == _codes(ruled)


@pytest.mark.parametrize("angle,turned_back", [(90, True), (270, True), (90, False), (270, False), (180, False)])
def test_page_turned_reads_as_the_upright_page(tmp_path, angle, turned_back):
    # A landscape page stored sideways on a portrait sheet, turned back for
    # display by /Rotate (as scanners and PDF tools save them), or not (a
    # landscape page printed sideways onto a portrait one: the text is drawn
    # turned; before, a page of garbage).
    source = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    turned = process_file(generate.turned_pdf(source, tmp_path / "turned.pdf", angle, turned_back))
    upright = process_file(source)
    assert len(turned.measures) == 14
    same_file = {"doc_id": turned.document.doc_id, "source_path": turned.document.source_path}
    assert [m.__dict__ for m in turned.measures] == [{**m.__dict__, **same_file} for m in upright.measures]


@pytest.mark.parametrize("font", ["Garuda", "Umpush"])
def test_row_cut_by_the_page_in_every_cell_is_merged(tmp_path, monkeypatch, font):
    # These fonts' taller lines make the first row break across pages 1-2
    # with text going on in all five cells, so no empty cell marks the
    # continuation: with Garuda after several lines, with Umpush after one.
    monkeypatch.setattr(generate, "FONT", font)
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx")
    assert_reads_as_seed(process_file(generate.to_pdf(docx, tmp_path)))


def test_merged_cells_read_as_the_docx_even_where_the_page_cuts_one(tmp_path):
    # Rows 1-3 share a responsible cell, rows 2-3 a monitoring cell; row 3
    # starts at the foot of page 2 and goes on onto page 3, and so does the
    # shared monitoring cell: its text on page 3 is the cell's, not row 3's.
    def mutate(doc):
        t = doc.tables[0]
        t.rows[1].cells[1].merge(t.rows[3].cells[1])
        t.rows[2].cells[3].merge(t.rows[3].cells[3])
    docx = generate.build_docx(generate.read_seed(), tmp_path / "merged.docx", "long-table", mutate=mutate)
    from_docx, from_pdf = process_file(docx), process_file(generate.to_pdf(docx, tmp_path))
    assert [m.page for m in from_pdf.measures[:4]] == [1, 2, 2, 4]  # row 3 is cut by page 2's foot
    assert squeezed_cells(from_pdf) == squeezed_cells(from_docx)
    assert [m.merged_from_above for m in from_pdf.measures] == [m.merged_from_above for m in from_docx.measures] == [
        [], ["responsible"], ["responsible", "monitoring"]] + [[]] * 11
    seed = [{c: "".join(v.split()) for c, v in row.items()} for row in generate.expected_cells(generate.read_seed())]
    row2, row3 = squeezed_cells(from_pdf)[1:3]
    assert row2[3] == row3[3] == seed[1]["monitoring"] + seed[2]["monitoring"]
    assert row3[1] == seed[0]["responsible"] + seed[1]["responsible"] + seed[2]["responsible"]
    assert [row3[0], row3[2], row3[4]] == [seed[2][c] for c in ("issue", "measure", "progress")]


def test_cells_aligned_to_the_bottom_are_not_taken_for_rows_cut_by_the_page(tmp_path):
    # Bottom-aligned text reaches the bottom of every cell of a page's last
    # row without filling it; only a cut row's cells are full top to bottom.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", "long-table",
                               mutate=generate.every_cell("vAlign", "bottom"))
    assert_reads_as_seed(process_file(generate.to_pdf(docx, tmp_path)))


def test_rows_cut_by_the_page_in_cells_of_wide_line_spacing(tmp_path):
    # Lines 1.5 apart: the page cuts a row after two lines of all five
    # cells, with a line's worth of room left under it.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", "long-table",
                               mutate=generate.cell_line_spacing(1.5))
    assert_reads_as_seed(process_file(generate.to_pdf(docx, tmp_path)))


def test_underlined_and_struck_out_text_reads_as_plain(tmp_path):
    # LibreOffice draws extra space glyphs where it underlines or strikes out
    # text, over letters and over each other: the text is the plain one's
    # (the same wraps, so the same spaces lost at them), cell for cell.
    seed = generate.read_seed()
    plain = generate.build_docx(seed, tmp_path / "plain.docx", "long-table")
    marked = generate.build_docx(seed, tmp_path / "marked.docx", "long-table", mutate=generate.underline_cells)
    cells = lambda x: [[getattr(m, c) for c in CELLS] for m in x.measures]
    want = cells(process_file(generate.to_pdf(plain, tmp_path)))
    assert len(want) == 14
    assert cells(process_file(generate.to_pdf(marked, tmp_path))) == want


def test_number_broken_in_a_narrow_column_is_one_number(tmp_path):
    # A column too narrow for เมษายน๒๕๖๖ breaks it inside the number: no
    # space goes in (2566, not 25 66 and a date outside the fiscal year).
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", "long-table",
                               mutate=generate.column_widths(0.3, 0.12, 0.33, 0.15, 0.10))
    from_pdf, from_docx = process_file(generate.to_pdf(docx, tmp_path)), process_file(docx)
    assert_reads_as_seed(from_pdf)
    what = lambda x: sorted((f.code, f.row_no, f.column, "".join((f.text or "").split())) for f in x.findings)
    assert what(from_pdf) == what(from_docx)


@pytest.mark.parametrize("layout", ["table-per-page", "long-table"])
def test_table_ruled_only_between_rows_is_read_by_its_columns_of_text(tmp_path, layout):
    # No vertical lines: the columns are where every row's text leaves a gap;
    # a row the page cuts goes on below the page's last rule.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", layout,
                               mutate=generate.rules_between_rows)
    pdf = generate.to_pdf(docx, tmp_path)
    assert_reads_as_seed(process_file(pdf))


@pytest.mark.parametrize("layout", ["table-per-page", "long-table"])
@pytest.mark.parametrize("borders", ["open_sides", "inside_lines_only"])
def test_table_without_outer_borders_is_read(tmp_path, layout, borders):
    # No left and right borders (or no outer border at all): the rules'
    # ends are the table's sides; open ends are the style, not a page's cut.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", layout,
                               mutate=getattr(generate, borders))
    assert_reads_as_seed(process_file(generate.to_pdf(docx, tmp_path)))


def test_table_without_lines_between_rows_is_reported_when_not_read(tmp_path):
    # Column lines only, with unruled_tables off: the header and every row
    # share one tall row of cells, so no row can be told apart by its lines.
    # Reported for each of the nine tables, on the page it starts on. (The
    # sixth was reported on page 15, a page it goes on to: on page 13 its
    # header ran into the row's text, ผู้รับผิดชอบกลุ่มงาน…, until a line with
    # room for the next word ended a paragraph.)
    x = process_file(_unruled_pdf(tmp_path, "table-per-page", "column lines only"), {"unruled_tables": False})
    assert x.measures == []
    unruled = [f for f in x.findings if f.code == "unruled_rows"]
    assert [(f.page, f.severity, f.row_no, f.column) for f in unruled] == [
        (page, "error", None, None) for page in (1, 3, 5, 8, 10, 13, 16, 19, 21)]
    assert unruled[0].message.startswith("ตารางไม่มีเส้นคั่นระหว่างแถว")
    assert unruled[0].message_en.startswith("The table has no lines between its rows")
    assert "no_measure_table" in {f.code for f in x.findings}


def test_letter_spaced_title_reads_without_spaces_inside_words(tmp_path):
    # Titles are often set with expanded character spacing (here 6 pt): every
    # gap between letters is then wider than a space would be on its own.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def expanded(doc) -> None:
        for p in doc.paragraphs[:4]:
            for run in p.runs:
                spacing = OxmlElement("w:spacing")
                spacing.set(qn("w:val"), "120")  # twentieths of a point
                run._r.get_or_add_rPr().append(spacing)
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", mutate=expanded)
    pdf = generate.to_pdf(docx, tmp_path)
    texts = [thai_text(b.text) for b in parse(pdf).blocks if isinstance(b, Paragraph)][:4]
    assert texts == [thai_text(line) for line in generate.read_seed().preamble[:4]]
    assert_reads_as_seed(process_file(pdf))


@pytest.mark.parametrize("direction", ["btLr", "tbRl"])
def test_header_written_sideways_is_read(tmp_path, direction):
    # A narrow header cell turned a quarter (Word's text direction): its
    # glyphs are not upright, and without them the column had no role.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def turned(doc) -> None:
        for table in doc.tables:
            e = OxmlElement("w:textDirection")
            e.set(qn("w:val"), direction)
            table.rows[0].cells[1]._tc.get_or_add_tcPr().append(e)
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", mutate=turned)
    pdf = generate.to_pdf(docx, tmp_path)
    header = next(b for b in parse(pdf).blocks if not isinstance(b, Paragraph)).rows[0]
    assert [thai_text(c.text) for c in header.cells] == [
        "ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีการ/มาตรการ",
        "การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ", "การดำเนินการ"]
    assert_reads_as_seed(process_file(pdf))


def test_reportlab_typeset_report_reads_like_the_seed(tmp_path):
    # A third producer. Where it splits a row over two pages, it repeats the
    # header with no rule under it: the column lines, broken there, show the
    # row border. Its Laksaman lacks ☑/☐ (ReportLab draws nothing for them).
    needs_module("reportlab")
    seed = generate.read_seed()
    x = process_file(generate.reportlab_pdf(seed, tmp_path / "reportlab.pdf"))
    want = expected("khoksanuan-2566-table-per-page")
    assert_fields(x, want["document"])
    squeeze = lambda text: re.sub(r"[\s☑☐]", "", text)
    assert [[squeeze(getattr(m, c)) for c in CELLS] for m in x.measures] == \
        [[squeeze(w[c]) for c in CELLS] for w in want["measures"]]


def test_reportlab_wraps_at_spaces_it_leaves_out(tmp_path):
    # ReportLab wraps only at spaces and draws none there; a run of Thai too
    # long for its line is split anywhere. A wrap where the next letter
    # would have fitted is a space; a line filled to the edge is a split run.
    needs_module("reportlab")
    from parsers import parse

    words = "การประชุม คณะกรรมการบริหาร ประจำเดือน มกราคม ณ ห้องประชุม ที่ทำการ"
    run = "องค์การบริหารส่วนตำบลโคกสนวนดำเนินการให้แล้วเสร็จภายในเดือนมีนาคม"
    header = [[t] for t in ("ประเด็น", "ผู้รับผิดชอบ", "มาตรการ", "กำหนดเวลา", "การดำเนินการ")]
    report = generate.Report(["รายงาน"], [generate.Section(rows=[header, [[words], [run], [words], [run], [words]]])])
    doc = parse(generate.reportlab_pdf(report, tmp_path / "reportlab.pdf"))
    [table] = [b for b in doc.blocks if hasattr(b, "rows")]
    assert [c.text for c in table.rows[1].cells] == [words, run, words, run, words]


def test_six_columns_read_as_the_docx_and_headers_match_whatever_their_wrap(tmp_path):
    # Monitoring and its deadline in two columns: each section's table is
    # sized on its own, so the repeated header wraps a little differently
    # (`แก้ไข/ประเด็น`, `แก้ไข/ ประเด็น`) and must still be known as the header.
    docx = generate.build_docx(generate.deadline_column(generate.read_seed()), tmp_path / "six.docx")
    from_docx, from_pdf = process_file(docx), process_file(generate.to_pdf(docx, tmp_path))
    assert len(from_pdf.measures) == 14
    assert squeezed_cells(from_pdf) == squeezed_cells(from_docx)


def test_a_title_across_two_columns_reads_as_the_docx(tmp_path):
    """A header of two rows, its top title across the two monitoring columns."""
    docx = generate.build_docx(generate.deadline_column(generate.read_seed()), tmp_path / "grouped.docx",
                               mutate=generate.grouped_header)
    from_docx, from_pdf = process_file(docx), process_file(generate.to_pdf(docx, tmp_path))
    assert len(from_pdf.measures) == 14
    assert squeezed_cells(from_pdf) == squeezed_cells(from_docx)
    assert all(m.monitoring.endswith("ภายในเดือนกันยายน 2566") for m in from_pdf.measures)


def test_the_nacc_form_of_six_columns_reads_as_the_docx(tmp_path):
    """The form in the NACC's ITA guide: the measure's name and its steps in
    two columns, the unit after them, then the time and the reporting; two
    columns of one role read as one cell (the header was refused, no row read)."""
    docx = generate.build_docx(generate.nacc_form(generate.read_seed()), tmp_path / "nacc.docx")
    from_docx, from_pdf = process_file(docx), process_file(generate.to_pdf(docx, tmp_path))
    plain = generate.expected_cells(generate.read_seed())
    assert [(m.issue, m.responsible, m.measure, m.monitoring, m.progress) for m in from_docx.measures] == [
        (w["issue"], w["responsible"], "มาตรการเปิดเผยข้อมูล\n" + w["measure"],
         "ต.ค. 2565 - ก.ย. 2566\n" + w["monitoring"], "") for w in plain]
    assert squeezed_cells(from_pdf) == squeezed_cells(from_docx)


def test_the_organisation_named_only_at_the_top_of_each_page(tmp_path):
    """A title block that does not name the organisation, whose page header
    does: the header is not content (not a paragraph of the document), but
    it names the organisation and its place, in DOCX and PDF alike."""
    report = generate.read_seed()
    report.preamble = [report.preamble[0], report.preamble[1]]  # the title and its year, no organisation
    head = "องค์การบริหารส่วนตำบลโคกสนวน อำเภอชำนิ จังหวัดบุรีรัมย์"
    docx = generate.build_docx(report, tmp_path / "header.docx",
                               mutate=lambda doc: generate._para(doc.sections[0].header, head, 12))
    fields = ("org_name", "org_type", "subdistrict_code", "district", "province_code", "fiscal_year",
              "period_start", "period_end", "report_kind")
    want = ("องค์การบริหารส่วนตำบลโคกสนวน", "sao", "311806", "ชำนิ", "31", 2566,
            date(2022, 10, 1), date(2023, 3, 31), "progress")
    for path in (docx, generate.to_pdf(docx, tmp_path)):
        x = process_file(path)
        assert tuple(getattr(x.document, f) for f in fields) == want, path.suffix
        assert len(x.measures) == 14 and not any(f.code == "missing_metadata" for f in x.findings)
        assert head not in document_text(parse(path))  # still not content


def test_ticks_under_status_columns_say_their_titles(tmp_path):
    """A progress form: ผลการดำเนินการ across three columns (ดำเนินการแล้ว,
    อยู่ระหว่างดำเนินการ, ยังไม่ดำเนินการ), a tick in one of them per row. The
    row's progress is the ticked column's title (the labels row was read as
    a measure and the progress as a bare ✓)."""
    status = [0] * 10 + [1] * 3 + [2]
    docx = generate.build_docx(generate.status_ticks(generate.read_seed(), status), tmp_path / "ticks.docx",
                               mutate=generate.title_across(4, 6, "ผลการดำเนินการ"))
    plain = generate.expected_cells(generate.read_seed())
    want = [[w["issue"], w["responsible"], w["measure"], w["monitoring"], generate.STATUS[k]]
            for w, k in zip(plain, status)]
    for path in (docx, generate.to_pdf(docx, tmp_path)):
        x = process_file(path)
        assert squeezed_cells(x) == [["".join(c.split()) for c in row] for row in want], path.suffix
        assert [(f.row_no, f.column) for f in x.findings if f.code in ("empty_cell", "no_progress")] == []


@pytest.mark.parametrize("title", [None, "ผู้รับผิดชอบ"])
def test_ticks_under_units_say_which_units(tmp_path, title):
    """ผู้รับผิดชอบ as three units' columns, ticked per row, with or without
    a title across them: the row's units are its ticked columns' titles."""
    ticks = generate.UNIT_TICKS
    docx = generate.build_docx(generate.unit_ticks(generate.read_seed(), ticks), tmp_path / "units.docx",
                               mutate=title and generate.title_across(1, 3, title))
    plain = generate.expected_cells(generate.read_seed())
    want = [[w["issue"], "\n".join(generate.UNITS[k] for k in t), w["measure"], w["monitoring"], w["progress"]]
            for w, t in zip(plain, ticks)]
    for path in (docx, generate.to_pdf(docx, tmp_path)):
        x = process_file(path)
        assert squeezed_cells(x) == [["".join(c.split()) for c in row] for row in want], path.suffix
        assert [m.responsible_units for m in x.measures] == [[generate.UNITS[k] for k in t] for t in ticks]
        assert not any(f.code in ("missing_header_column", "empty_cell") for f in x.findings)


def _damage_page(source, dest, index: int):
    """A copy of a PDF whose page ``index`` has a content stream pdfminer
    cannot parse (a dictionary with a key and no value)."""
    import pypdf
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = pypdf.PdfWriter(clone_from=source)
    page = writer.pages[index]
    stream = DecodedStreamObject()
    stream.set_data(page.get_contents().get_data() + b"\n<< /A >>\n")
    page[NameObject("/Contents")] = writer._add_object(stream)
    writer.write(dest)
    return dest


def test_a_damaged_page_is_reported_and_the_other_pages_are_read(tmp_path):
    source = SAMPLES / "khoksanuan-2566-long-table.pdf"
    damaged = _damage_page(source, tmp_path / "damaged.pdf", 2)
    x, whole = process_file(damaged, {"ocr": False}), process_file(source)
    codes = lambda result: sorted((f.code, f.page, f.row_no, f.column) for f in result.findings)
    assert codes(x) == sorted(codes(whole) + [("unreadable_page", 3, None, None)])
    [finding] = [f for f in x.findings if f.code == "unreadable_page"]
    assert "Invalid dictionary construct" in finding.message_en
    # Page 3 held the middle of row 3 (it runs from page 2 to page 4): the
    # table goes on past the lost page, and only that text is missing.
    assert len(x.measures) == 14
    squeeze = lambda text: "".join(text.split())
    for got, want in zip(x.measures, whole.measures):
        for col in CELLS:
            g, w = squeeze(getattr(got, col)), squeeze(getattr(want, col))
            if got.row_no == 3 and g != w:
                assert any(w.startswith(g[:k]) and w.endswith(g[k:]) for k in range(len(g) + 1)), col
                assert len(g) < len(w)
            else:
                assert g == w, (got.row_no, col)
    # With OCR (the default) the page is read from its image instead.
    needs("tesseract")
    ocr = process_file(damaged)
    assert [f.message_en.split(": ")[1][:20] for f in ocr.findings if f.code == "unreadable_page"] == \
        ["read by OCR, confide"]
    assert len(ocr.measures) == 14


def _wrong_stream_length(source, dest, index: int):
    """A copy of a LibreOffice PDF whose page ``index`` gives its content
    stream's length as 0 (the bytes are all there, up to ``endstream``)."""
    import pypdf

    data = source.read_bytes()
    contents = pypdf.PdfReader(source).pages[index].get_object().raw_get("/Contents").idnum
    # LibreOffice writes the length as an object of its own: <</Length 63 0 R ...
    length = int(re.search(rb"\n%d 0 obj\s*<</Length (\d+) 0 R" % contents, data)[1])
    m = re.search(rb"\n%d 0 obj\s*(\d+)" % length, data)
    dest.write_bytes(data[:m.start(1)] + b"0".ljust(len(m[1])) + data[m.end(1):])  # same offsets: the xref holds
    return dest


def test_across_a_lost_page_a_new_row_is_not_merged_into_the_row_before(tmp_path):
    # Page 2 (the end of row 1, all of row 2) cannot be read. Page 3's table
    # goes on from page 1's, but the two pages' geometry says nothing of each
    # other: its first row (row 3, a row of its own) was merged into row 1.
    source = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    damaged = _damage_page(source, tmp_path / "damaged.pdf", 1)
    x, whole = process_file(damaged, {"ocr": False}), process_file(source)
    assert [(f.page, f.code) for f in x.findings if f.code == "unreadable_page"] == [(2, "unreadable_page")]
    rows = lambda x: [[m.page] + [getattr(m, c) for c in CELLS] for m in x.measures]
    assert rows(x)[1:] == rows(whole)[2:]
    assert all(want.startswith(got) and got for got, want in zip(rows(x)[0][1:], rows(whole)[0][1:]))


def test_a_page_pdfminer_reads_blank_from_a_damaged_stream_is_reported_and_read_by_ocr(tmp_path):
    # pdfminer trusts the length, finds no compressed data and reads the
    # page blank, without a word: rows were lost silently. PDFium reads up to
    # endstream, so OCR gets the page back.
    source = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    damaged = _wrong_stream_length(source, tmp_path / "damaged.pdf", 20)  # page 21: row 14
    bare = parse(damaged, {"ocr": False})
    assert [(i.code, i.page, i.detail) for i in bare.issues] == \
        [("unreadable_page", 21, "damaged content: undecodable stream (0 bytes)")]
    x, whole = process_file(damaged, {"ocr": False}), process_file(source)
    assert [m.page for m in x.measures] == [m.page for m in whole.measures][:13]
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == \
        [[getattr(m, c) for c in CELLS] for m in whole.measures][:13]
    needs("tesseract")
    ocr = process_file(damaged)
    assert [f.message_en.split(": ")[1][:20] for f in ocr.findings if f.code == "unreadable_page"] == \
        ["read by OCR, confide"]
    assert len(ocr.measures) == 14 and ocr.measures[13].page == 21
    got, want = ocr.measures[13], whole.measures[13]
    assert got.responsible == want.responsible == "สำนักปลัด"
    assert got.issue.startswith("1. องค์การบริหารส่วนตำบลโคกสนวน") and want.issue.startswith("1. องค์การบริหารส่วนตำบลโคกสนวน")


@pytest.mark.parametrize("obj", [4, 1])  # page 2 (takes page 1's box), page 1 (takes page 2's)
def test_a_page_whose_media_box_is_damaged_takes_the_page_befores(tmp_path, obj):
    # pdfplumber makes every page object at once, and one bad MediaBox
    # raised for the whole file (unreadable_file, no rows). Viewers show
    # such a page; its content is all there.
    source = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    data = source.read_bytes()
    page = re.search(rb"\n%d 0 obj\s*<</Type/Page/Parent \d+ 0 R/Resources \d+ 0 R/MediaBox\[0 0 [\d.]+ ([\d.]+)\]" % obj,
                     data)
    box = b"595 /x 0".ljust(len(page[1]))  # a stray name in the box; same length, so the xref holds
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(data[:page.start(1)] + box + data[page.end(1):])
    import pdfplumber
    from pdfplumber.utils.exceptions import MalformedPDFException

    pdf = pdfplumber.open(damaged)
    with pytest.raises(MalformedPDFException):
        pdf.pages  # as bare pdfplumber reads it
    pdf.stream.close()
    x, whole = process_file(damaged, {"ocr": False}), process_file(source)
    assert x.findings and sorted((f.code, f.page, f.row_no) for f in x.findings) == \
        sorted((f.code, f.page, f.row_no) for f in whole.findings)
    rows = lambda x: [[m.page] + [getattr(m, c) for c in CELLS] for m in x.measures]
    assert rows(x) == rows(whole)
    assert document_text(parse(damaged)) == document_text(parse(source))


def _damaged_page_tree(tmp_path):
    """The sample's first two pages with a key without a value in /Pages:
    pdfminer gives up on the whole file; PDFium repairs it."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=SAMPLES / "khoksanuan-2566-table-per-page.pdf")
    for _ in range(len(writer.pages) - 2):
        writer.remove_page(2)
    writer.write(tmp_path / "two.pdf")
    data = (tmp_path / "two.pdf").read_bytes()
    assert data.count(b"/Type /Pages") == 1
    (tmp_path / "damaged.pdf").write_bytes(data.replace(b"/Type /Pages", b"/Type /Pages /Oops"))
    return tmp_path / "two.pdf", tmp_path / "damaged.pdf"


@pytest.mark.parametrize("ocr", [True, False])
def test_a_file_pdfminer_cannot_open_is_read_from_pdfiums_repair_text_and_all(tmp_path, ocr):
    whole, damaged = _damaged_page_tree(tmp_path)
    x, want = process_file(damaged, {"ocr": ocr}), process_file(whole)
    rows = lambda x: [[m.page, m.row_no] + [getattr(m, c) for c in CELLS] for m in x.measures]
    assert rows(x) == rows(want) and len(rows(x)) == 2
    for key in ("org_name", "province", "district", "fiscal_year", "period_start", "period_end", "pages"):
        assert getattr(x.document, key) == getattr(want.document, key), key
    assert (x.document.source_path, x.document.status) == (str(damaged), "partial")  # damaged_file is an error
    assert [(f.code, f.page, f.row_no) for f in x.findings] == \
        [("damaged_file", None, None)] + [(f.code, f.page, f.row_no) for f in want.findings]
    assert ("get the file again: structure repaired, 2 pages read (PSSyntaxError: Invalid dictionary construct: "
            "[/'Type', /'Pages', /'Oops'") in x.findings[0].message_en
    assert document_text(parse(damaged)) == document_text(parse(whole))


@pytest.mark.parametrize("layout", ["table-per-page", "long-table"])
def test_a_pdf_cut_before_its_cross_reference_table_reads_as_the_whole(tmp_path, layout):
    # A download that stopped in the last few hundred bytes: pdfminer finds
    # no trailer (no /Root), PDFium rebuilds it; every cell as in the whole file.
    source = SAMPLES / f"khoksanuan-2566-{layout}.pdf"
    data = source.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:data.rindex(b"xref")])
    x, want = process_file(cut, {"ocr": False}), process_file(source)
    rows = lambda x: [[m.page, m.row_no] + [getattr(m, c) for c in CELLS] for m in x.measures]
    assert rows(x) == rows(want) and len(rows(x)) == 14
    assert [(f.code, f.page, f.row_no, f.column) for f in x.findings] == \
        [("damaged_file", None, None, None)] + [(f.code, f.page, f.row_no, f.column) for f in want.findings]
    assert x.findings[0].message == ("ไฟล์เสียหาย (อาจดาวน์โหลดมาไม่ครบ) จึงเปิดตามปกติไม่ได้ ได้ซ่อมหรือกู้ส่วนที่ยังอยู่มาอ่าน "
                                     "บางหน้าอาจหายไปหรือไม่ครบ ควรขอไฟล์ใหม่: ซ่อมโครงสร้างไฟล์แล้วอ่านได้ "
                                     f"{want.document.pages} หน้า (PDFSyntaxError: No /Root object! - Is this really a PDF?)")


def test_a_repaired_copy_pdfminer_still_cannot_read_is_rendered_by_pdfium_and_read_by_ocr(tmp_path, monkeypatch):
    # Should pdfminer fail on PDFium's copy too, PDFium renders its pages and OCR reads them.
    import shutil

    from rapidfuzz.distance import Levenshtein

    from parsers import image

    needs("tesseract")
    _, damaged = _damaged_page_tree(tmp_path)
    monkeypatch.setattr(image, "repaired_copy", lambda path, out: (shutil.copy(path, out), image.page_count(out))[1])
    assert process_file(damaged, {"ocr": False}).findings[0].code == "unreadable_file"
    x = process_file(damaged)
    assert [f.code for f in x.findings[:3]] == ["damaged_file", "unreadable_page", "unreadable_page"]
    pages = [f for f in x.findings if f.code == "unreadable_page"]
    assert [f.page for f in pages] == [1, 2]
    assert all("read by OCR" in f.message_en and "damaged file structure" in f.message_en for f in pages)
    assert x.document.org_name == "องค์การบริหารส่วนตำบลโคกสนวน" and x.document.fiscal_year == 2566
    first = expected("khoksanuan-2566-table-per-page")["measures"][0]
    squeeze = lambda text: "".join(text.split())
    for col in CELLS:  # row 1 lies on page 1 and 2
        assert Levenshtein.normalized_similarity(squeeze(getattr(x.measures[0], col)), squeeze(first[col])) > 0.9, col


def test_page_header_and_footer_are_dropped_and_tables_go_on_past_them(tmp_path):
    # Row 1 is cut after its first line on page 1 here.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx",
                               mutate=generate.page_header_and_footer)
    pdf = generate.to_pdf(docx, tmp_path)
    texts = [b.text for b in parse(pdf).blocks if isinstance(b, Paragraph)]
    assert not any(generate.PAGE_HEADER in t or generate.PAGE_FOOTER in t for t in texts)
    assert thai_text(texts[0]) == "รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert_reads_as_seed(process_file(pdf))


def test_a_page_foot_drawn_higher_on_a_portrait_title_page_is_dropped_too(tmp_path):
    # The title block on a portrait page, the tables on landscape pages: the
    # foot sits higher on the title page (the head keeps its place). It was
    # left in as the title page's last line.
    def mutate(doc):
        generate.page_header_and_footer(doc)
        generate.portrait_title_page(doc)
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", mutate=mutate)
    pdf = generate.to_pdf(docx, tmp_path)
    doc = parse(pdf)
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert not any(generate.PAGE_HEADER in t or generate.PAGE_FOOTER in t for t in texts)
    # Page 1 holds the title block, line for line, and nothing else.
    assert [fold(thai_text(b.text)) for b in doc.blocks if b.page == 1] == \
        [fold(thai_text(line)) for line in generate.read_seed().preamble]
    x = process_file(pdf)
    assert x.document.pages == doc.pages == 26
    assert_reads_as_seed(x, pages=26)


def test_tagged_pdf_keeps_every_space(tmp_path):
    # A tagged (accessible) PDF, as Word saves by default: LibreOffice then
    # draws the space at each line wrap, and every cell equals the seed's
    # after whitespace folding (no LOST_SPACES).
    x = process_file(generate.to_pdf(SAMPLES / "khoksanuan-2566-table-per-page.docx", tmp_path, tagged=True))
    assert_reads_as_seed(x)
    want = expected("khoksanuan-2566-table-per-page")["measures"]
    assert [[fold(getattr(m, col)) for col in CELLS] for m in x.measures] == \
        [[fold(w[col]) for col in CELLS] for w in want]


@pytest.mark.parametrize("layout", ["table-per-page", "long-table"])
@pytest.mark.parametrize("mutate", [generate.column_numbers, generate.two_row_header],
                         ids=["column numbers", "two-row header"])
def test_a_header_of_two_rows_is_not_read_as_a_measure(tmp_path, mutate, layout):
    # The second header row (column numbers, or the second line of a title
    # with the other titles merged down over it) is repeated on each page
    # with the first; in DOCX and PDF alike it is part of the header.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", layout, mutate=mutate)
    want = expected("khoksanuan-2566-table-per-page")["measures"]
    assert [[fold(getattr(m, c)) for c in CELLS] for m in process_file(docx).measures] == \
        [[fold(w[c]) for c in CELLS] for w in want]
    pdf = generate.to_pdf(docx, tmp_path)
    assert_reads_as_seed(process_file(pdf))
    if mutate is generate.two_row_header:  # a title merged over two rows is one cell, in the first
        table = next(b for b in parse(pdf).blocks if not isinstance(b, Paragraph))
        head, sub = table.rows[:2]
        assert [thai_text(c.text) for c in head.cells] == [
            "ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีการ/มาตรการ",
            "การรายงานผลและการกำกับติดตาม", "การดำเนินการ"]
        assert [(c.text, c.merged_above) for c in sub.cells] == [
            ("", True), ("", True), ("", True), (generate.DEADLINE_TITLE, False), ("", True)]


@pytest.mark.parametrize("layout", ["table-per-page", "long-table"])
def test_tables_after_the_first_without_a_header_read_as_the_docx(tmp_path, layout):
    # Only the first table has a header row: a table of one row that the page
    # cuts goes on at the next page's top (no repeated header to match).
    def headless(doc) -> None:
        for table in doc.tables[1:]:
            table._tbl.remove(table.rows[0]._tr)
    docx = generate.build_docx(generate.read_seed(), tmp_path / "report.docx", layout, mutate=headless)
    from_docx, from_pdf = process_file(docx), process_file(generate.to_pdf(docx, tmp_path))
    assert len(from_pdf.measures) == 14
    assert squeezed_cells(from_pdf) == squeezed_cells(from_docx)


def test_a_table_split_in_two_by_hand_then_a_new_table_with_its_header(tmp_path):
    """A table split after its first row (its second part has no header),
    and the next table, on the next page, starting with the header: that is
    a new table, not the split one going on (before: the header was read as a
    row in it and the next page's repeated header and cut row were left as
    rows too: 15 rows, one empty)."""
    docx = generate.build_docx(generate.read_seed(), tmp_path / "split.docx", mutate=generate.split_tables)
    from_docx, from_pdf = process_file(docx), process_file(generate.to_pdf(docx, tmp_path))
    assert squeezed_cells(from_docx) == squeezed_cells(process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx"))
    assert squeezed_cells(from_pdf) == squeezed_cells(from_docx)
    assert [m.page for m in from_pdf.measures][:5] == [1, 2, 3, 5, 5]


def test_a_pdf_with_a_text_layer_does_not_load_the_ocr_code():
    # OCR brings NumPy and OpenCV (about 11 MB per worker): only a page that
    # needs it loads it (benchmarks/bench_memory.py).
    import subprocess
    import sys

    code = ("import sys; from parsers import parse; "
            f"doc = parse({str(SAMPLES / 'khoksanuan-2566-long-table.pdf')!r}); "
            "print(len(doc.tables()) > 0, 'parsers.ocr' in sys.modules, 'numpy' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=SAMPLES.parents[1])
    assert run.stdout.split() == ["True", "False", "False"]


@pytest.mark.parametrize("name", ["table-per-page", "long-table"])
def test_a_pdf_sent_as_text_is_changed_back_and_read_whole(tmp_path, name):
    """FTP's ASCII mode made every LF a CR LF, inside compressed streams too:
    no page decoded (a file of unreadable pages, every row lost)."""
    source = SAMPLES / f"khoksanuan-2566-{name}.pdf"
    data = source.read_bytes()
    sent = tmp_path / "sent.pdf"
    sent.write_bytes(data.replace(b"\n", b"\r\n"))
    x, whole = process_file(sent, {"ocr": False}), process_file(source)
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == [[getattr(m, c) for c in CELLS] for m in whole.measures]
    assert document_fields(x) | {"status": None, "n_warnings": None} == \
        document_fields(whole) | {"status": None, "n_warnings": None}
    assert (x.document.status, x.document.n_warnings) == ("ok", whole.document.n_warnings + 1)
    assert [(f.code, f.severity) for f in x.findings if f.code not in {g.code for g in whole.findings}] == [
        ("text_mode_transfer", "warning")]


def _char_objects_differ(path) -> tuple[int, list]:
    """pdfplumber's own char dicts against parsers.charobjects' on every page."""
    import pdfplumber
    import pdfplumber.page
    from pdfminer.layout import LTChar, LTContainer

    from parsers import actualtext, charobjects, invisible

    actualtext.install()  # the attributes parse adds
    invisible.install()
    charobjects.install()
    own = charobjects.pdfplumber_object

    def leaves(objs):
        for o in objs:
            yield from leaves(o._objs) if isinstance(o, LTContainer) else [o]

    n, differ = 0, []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for obj in leaves(page.layout._objs):
                if type(obj) is LTChar:
                    a, b = own(page, obj), charobjects.char_object(page, obj)
                    n += 1
                    if a != b or list(a) != list(b):
                        differ.append((page.page_number, a, b))
            # What pdfplumber's pages give, once installed, is the direct path's.
            assert page.chars == [own(page, o) for o in leaves(page.layout._objs) if type(o) is LTChar]
    return n, differ


@pytest.mark.parametrize("make", ["sample", "tagged", "moved mediabox"])
def test_chars_made_directly_are_pdfplumbers_own(tmp_path, make):
    # parsers.charobjects makes char dicts without pdfplumber's generic walk;
    # they must be its own, key for key and in order (also with the
    # ActualText attribute of tagged PDFs and a MediaBox not at 0,0).
    path = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    if make == "tagged":
        path = generate.to_pdf(SAMPLES / "khoksanuan-2566-table-per-page.docx", tmp_path, tagged=True)
    elif make == "moved mediabox":
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(path))
        for page in writer.pages[:3]:
            box = page.mediabox
            page.mediabox.lower_left = (box.left - 20, box.bottom - 30)
        writer.write(path := tmp_path / "moved.pdf")
    n, differ = _char_objects_differ(path)
    assert n > 10_000 and differ == []


@pytest.mark.parametrize("prefix", ["07", "14", "15", "19"])
def test_chars_made_directly_are_pdfplumbers_own_in_real_pdfs(prefix):
    # Invisible OCR text (07), Private Use Area glyphs (14), Word exports (15, 19).
    n, differ = _char_objects_differ(realdoc(prefix))
    assert n > 100 and differ == []


def _canvas(pdf, *fonts: str):
    """A ReportLab canvas of an A4 page in Laksaman, 16 pt; ``fonts``:
    other fonts-thai-tlwg fonts to register by name (Purisa)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for font in ("Laksaman", *fonts):
        pdfmetrics.registerFont(TTFont(font, str(generate.TLWG / f"{font}.ttf")))
    c = canvas.Canvas(str(pdf), pagesize=(595.3, 841.9))
    c.setFont("Laksaman", 16)
    return c


def test_text_and_lines_a_clip_path_hides_are_not_read(tmp_path):
    """A clip path (re W n) hides what is drawn outside it until the state
    it was set in is restored (Q); pdfminer ignores it. Chromium draws a row
    the page cut past the margins, clipped: read, its text stood in the
    bottom margin and again on the next page. Here: text inside and outside
    a clip, a form XObject drawn under it, a line that crosses it, a
    rectangle wholly outside it, then text after the clip is restored."""
    needs_module("reportlab")
    import pdfplumber

    from parsers import clip

    c = _canvas(tmp_path / "clipped.pdf")
    c.beginForm("stamp")
    c.setFont("Helvetica", 16)  # (pdfminer reads ReportLab's Thai subset inside a form as "n"s)
    c.drawString(60, 450, "stamp inside")
    c.drawString(60, 350, "stamp outside")
    c.endForm()
    c.saveState()
    path = c.beginPath()
    path.rect(50, 400, 300, 300)
    c.clipPath(path, stroke=0, fill=0)
    c.drawString(60, 600, "ข้อความที่เห็น")
    c.drawString(60, 300, "ข้อความที่ถูกตัด")
    c.drawString(335, 500, "ครึ่งหนึ่งเกินขอบขวา")  # past the clip's right side from ง on: ึ ่ go with ร
    c.line(100, 200, 100, 650)
    c.rect(400, 100, 100, 100, stroke=1, fill=0)
    c.doForm("stamp")
    c.restoreState()
    c.drawString(60, 100, "หลังคืนสถานะ")
    c.save()
    doc = parse(tmp_path / "clipped.pdf")
    assert [b.text for b in doc.blocks] == ["ข้อความที่เห็น", "ครึ่", "stamp inside", "หลังคืนสถานะ"]
    clip.install()
    with pdfplumber.open(tmp_path / "clipped.pdf") as pdf:
        page = pdf.pages[0]
        assert [(e["orientation"], round(e["x0"], 1), round(e["top"], 1), round(e["bottom"], 1))
                for e in page.edges] == [("v", 100, round(841.9 - 650, 1), round(841.9 - 400, 1))]


def test_a_spaced_out_line_at_a_page_foot_that_no_table_goes_on_from_stays_text(tmp_path):
    # One line of three pieces or more at a page's foot is taken on trust as
    # a table's first row, the page having cut it (no borders: nothing else
    # tells it from text); where the next page's first table does not go on
    # in its columns, it stays the text it is: signatures here, then a table
    # without lines (drawn cell by cell) of other columns.
    needs_module("reportlab")
    c = _canvas(tmp_path / "signatures.pdf")
    c.drawString(60, 780, "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรม")
    for x, name in ((60, "ลงชื่อ นายสมชาย ใจดี"), (250, "ลงชื่อ นางสมศรี ใจงาม"), (430, "ลงชื่อ นายสมปอง ใจเย็น")):
        c.drawString(x, 60, name)
    c.showPage()
    c.setFont("Laksaman", 16)
    for top, cells in ((780, (("ลำดับ", "ที่"), ("รายการ", "ที่ดำเนินการ"), ("ผู้รับ", "ผิดชอบ"))),
                       (720, (("๑", ""), ("จัดทำคู่มือ", "สำหรับประชาชน"), ("สำนักปลัด", "กองคลัง")))):
        for x, lines in zip((60, 150, 400), cells):  # each cell's lines down, then back up for the next
            for k, text in enumerate(lines):
                c.drawString(x, top - 24 * k, text)
    c.save()
    doc = parse(tmp_path / "signatures.pdf")
    assert [(type(b).__name__, b.page) for b in doc.blocks] == [("Paragraph", 1), ("Paragraph", 1), ("Table", 2)]
    assert doc.blocks[1].text == "ลงชื่อ นายสมชาย ใจดี ลงชื่อ นางสมศรี ใจงาม ลงชื่อ นายสมปอง ใจเย็น"
    # (ReportLab wraps at spaces only: a wrap is a space, but where the line had room for the next word.)
    assert [[cell.text for cell in row.cells] for row in doc.blocks[2].rows] == [
        ["ลำดับที่", "รายการ ที่ดำเนินการ", "ผู้รับ ผิดชอบ"], ["๑", "จัดทำคู่มือ สำหรับประชาชน", "สำนักปลัดกองคลัง"]]


def test_a_running_foot_of_three_parts_is_not_a_row(tmp_path):
    # A page foot of three parts (the organisation, the page, the report)
    # is a line of three pieces below all the rest: taken on trust as a
    # row, it must still be known as a running foot.
    needs_module("reportlab")
    c = _canvas(tmp_path / "foot.pdf")
    for page in (1, 2, 3):
        c.drawString(60, 780, f"ข้อที่ {page} รายงานผลการดำเนินงานตามมาตรการ")
        for x, text in ((60, "อบต.โคกสนวน"), (270, f"หน้า {page}"), (430, "รายงาน ITA ๒๕๖๖")):
            c.drawString(x, 40, text)
        c.showPage()
        c.setFont("Laksaman", 16)
    c.save()
    doc = parse(tmp_path / "foot.pdf")
    assert [(b.page, b.text) for b in doc.blocks] == [
        (1, "ข้อที่ 1 รายงานผลการดำเนินงานตามมาตรการ"), (2, "ข้อที่ 2 รายงานผลการดำเนินงานตามมาตรการ"),
        (3, "ข้อที่ 3 รายงานผลการดำเนินงานตามมาตรการ")]
    assert doc.running == ["อบต.โคกสนวน หน้า 1 รายงาน ITA ๒๕๖๖"]


def test_a_cells_rest_alone_between_two_rules_at_a_page_top_goes_on_its_row(tmp_path):
    """A table ruled only between its rows whose last row the page cut,
    the rest of its first cell alone on the next page, between two rules,
    a word a line (174-0 of --three-looks, lines 1.5 apart): no band there
    had text in columns, so no table was found, and each word was a
    paragraph. The last page's columns hold it: it goes on its row."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "rest.pdf")
    xs = (42, 124, 216, 344, 466)  # where each column's text starts; the rules run 36-570
    rule = lambda y: c.line(36, y, 570, y)  # noqa: E731
    titles = ("ประเด็น", "ผู้รับผิดชอบ", "ขั้นตอน/มาตรการ", "การรายงานผล", "การดำเนินการ")
    first = (("๑.องค์", "การบริหาร", "ส่วนตำบล", "ดำเนินการ", "ให้แล้ว", "เสร็จภาย"), ("สำนัก", "ปลัด"),
             ("๑.จัดให้มีช่องทาง", "รับแจ้งเรื่อง", "ร้องเรียน"), ("๑.รายงานผลการ", "ประชาสัมพันธ์"),
             ("ดำเนินการ", "แล้วเสร็จ"))
    rule(780), rule(750)
    for x, text in zip(xs, titles):
        c.drawString(x, 758, text)
    for x, lines in zip(xs, first):
        for k, text in enumerate(lines):
            c.drawString(x, 720 - 110 * k, text)  # lines far apart: the first cell's reach the page's foot
    rule(90)
    c.showPage()
    c.setFont("Laksaman", 16)
    rule(780)
    for k, text in enumerate(("ในวันที่", "๑๐", "มกราคม", "๒๕๖๖")):
        c.drawString(42, 755 - 41 * k, text)
    rule(610)
    c.save()
    doc = parse(tmp_path / "rest.pdf")
    assert [(type(b).__name__, b.page) for b in doc.blocks] == [("Table", 1)]
    # Whitespace removed: the spaces at its wraps are layout's guess (ReportLab leaves none), not this test's.
    assert [["".join(cell.text.split()) for cell in row.cells] for row in doc.blocks[0].rows] == [
        list(titles), ["๑.องค์การบริหารส่วนตำบลดำเนินการให้แล้วเสร็จภายในวันที่๑๐มกราคม๒๕๖๖", "สำนักปลัด",
                       "๑.จัดให้มีช่องทางรับแจ้งเรื่องร้องเรียน", "๑.รายงานผลการประชาสัมพันธ์", "ดำเนินการแล้วเสร็จ"]]
    assert [row.page for row in doc.blocks[0].rows] == [1, 1]


class _NoLines:
    """A canvas that draws text only."""

    def __init__(self, canvas):
        self.drawString = canvas.drawString

    def line(self, *_):
        pass


def _grid(c, xs: tuple, top: float, rows: list, pitch: float = 20, upright: bool = True, ruled: bool = True) -> float:
    """Draw ``rows`` as a table with all its lines from ``top`` (ReportLab's
    y, up from the foot) and return its bottom: a row a title (one text
    across the table) or each cell's lines, the text set from ``xs``' lines.
    Without ``upright``, rules between rows only; without ``ruled``, no
    lines at all (a cell's blank lines centre it)."""
    if not ruled:
        c = _NoLines(c)
    for row in rows:
        cells = [[row]] if isinstance(row, str) else row
        bottom = top - 8 - pitch * max(map(len, cells))
        for x, lines in zip(xs, cells):
            for k, text in enumerate(lines):
                c.drawString(x + 6, top - 4 - 14 - pitch * k, text)
        c.line(xs[0], top, xs[-1], top)
        for x in ((xs[0], xs[-1]) if isinstance(row, str) else xs) if upright else ():
            c.line(x, top, x, bottom)
        top = bottom
    c.line(xs[0], top, xs[-1], top)
    return top


def test_a_header_under_its_title_row_alone_at_a_page_foot_is_not_run_into_the_next_row(tmp_path):
    """Tables each under a title row, drawn with all lines: a later table's
    title row and header alone at a page's foot, its first row too tall to
    start under them (856-1 of --two-looks, all lines). Every header cell
    full to the row's foot reads as a row the page cut, so the header ran
    into the next page's first row: one measure with the titles before its
    text. A header seen whole before, under another table's title row, has
    ended, as one alone (no title row over it) did."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "titled.pdf")
    xs = (30, 120, 200, 318, 436, 530)
    title = "แผนปฏิบัติการตามมาตรการ ประจำปี ๒๕๖๖"
    header = [("ประเด็นที่ต้อง", "ปรับปรุงแก้ไข"), ("ผู้รับผิดชอบ",), ("ขั้นตอนหรือวิธีการ", "/มาตรการ"),
              ("การรายงานผลและ", "การกำกับติดตาม"), ("การดำเนินการ",)]
    first = [("ข้อมูลพื้นฐาน",), ("สำนักปลัด",), ("เผยแพร่ข้อมูล",), ("ทุกเดือน",), ("ดำเนินการแล้ว",)]
    later = [("e๖ การ", "เผยแพร่ข้อมูล", "ของหน่วยงาน", "ที่ท่านติดต่อ"), ("ผู้บริหาร", "สำนักปลัด"),
             ("๑.จัดให้มีช่องทาง", "การติดต่อ"), ("๑.รายงานสรุป", "ให้ผู้บริหาร", "ทราบ"), ("ดำเนินการแล้ว",)]
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [title, header, first])
    c.showPage()
    c.setFont("Laksaman", 14)
    c.drawString(36, 790, "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร")
    _grid(c, xs, 40 + 28 + 48, [title, header])  # down to 40 from the page's foot: no room for a line more
    c.showPage()
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [later])
    c.save()
    x = process_file(tmp_path / "titled.pdf")
    squeeze = lambda cells: ["".join(thai_text("".join(lines)).split()) for lines in cells]  # noqa: E731
    assert squeezed_cells(x) == [squeeze(first), squeeze(later)]
    assert [m.page for m in x.measures] == [1, 3]
    assert [(f.code, f.page) for f in x.findings] == [("missing_metadata", None)]  # no organisation, no year


# A header, a first row and a later table's row, as the tests below draw them (each line a tuple).
def _cells_at(c, xs: tuple, cells) -> None:
    """Draw ``cells``, each (its column in ``xs``, its lines, its top in
    points under ReportLab's y 800), as word processors draw a row: a
    cell's lines down from its top, then back up for the next; cells of
    one row may start at other heights (centred)."""
    for k, lines, top in cells:
        for n, text in enumerate(lines):
            c.drawString(xs[k] + 6, 800 - 14 - top - 20 * n, text)


_HEADER = [("ประเด็นที่ต้อง", "ปรับปรุงแก้ไข"), ("ผู้รับ", "ผิดชอบ"), ("ขั้นตอน", "/มาตรการ"), ("การ", "รายงานผล"),
           ("การ", "ดำเนิน", "การ")]
_FIRST = [("ข้อมูลพื้นฐาน",), ("สำนักปลัด",), ("เผยแพร่ข้อมูล",), ("ทุกเดือน",), ("ดำเนินการแล้ว",)]
_LATER = [("e๘ ช่องทาง", "รับฟังคำติชม"), ("สำนักปลัด",), ("๑.จัดให้มีช่องทาง",), ("๑.รายงานผล",), ("ดำเนินการแล้ว",)]


def _squeeze(cells: list) -> list[str]:
    """Each cell's lines as ``squeezed_cells`` gives them: normalized, whitespace removed."""
    return ["".join(thai_text("".join(lines)).split()) for lines in cells]


def test_a_title_row_seen_before_at_a_page_top_is_not_a_cut_rows_rest(tmp_path):
    """Tables ruled between their rows only, each of its own widths: the
    page cut none of the last one's rows, but it reached the page's foot,
    and the next table's title row (seen over the first table) stood at the
    next page's top, between two rules, in the last table's first column
    (936-4 of --two-looks). Read in the last page's columns as a cut row's
    rest, it went on the row above: one measure with the title after its
    text. A title row seen before is a title row, and its table a new one."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "title.pdf")
    wide, own = (30, 290, 362, 434, 506, 565), (30, 120, 200, 318, 436, 565)
    title = "แผนปฏิบัติการ ประจำปี ๒๕๖๖"
    tall = [[f"e๗ ข้อที่ {k} ของการเผยแพร่ผลงาน" for k in range(1, 35)], ("กอง", "คลัง"), ("จัดทำ",),
            ("ทุก", "เดือน"), ("แล้ว",)]
    c.setFont("Laksaman", 14)
    _grid(c, own, 800, [title, _HEADER, _FIRST], upright=False)
    c.showPage()
    c.setFont("Laksaman", 14)
    assert _grid(c, wide, 800, [_HEADER, tall], upright=False) == 44  # no room for a line more
    c.showPage()
    c.setFont("Laksaman", 14)
    _grid(c, own, 800, [title, _HEADER, _LATER], upright=False)
    c.save()
    x = process_file(tmp_path / "title.pdf")
    assert squeezed_cells(x) == [_squeeze(_FIRST), _squeeze(tall), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [1, 2, 3]
    assert [(f.code, f.page) for f in x.findings] == [("missing_metadata", None)]


def test_a_header_the_page_cut_under_a_table_ruled_between_rows_starts_its_own_table(tmp_path):
    """Tables ruled between their rows only, each of its own widths, run on
    with a gap between them: the second one's header started at a page's
    foot and the page cut it (1046-1 of --two-looks). Its first lines, in
    words that leave the first table's gutters free, were read as that
    table's last row, and their rest at the next page's top, in the second
    table's columns, as a measure. A last row and a next page's first that
    make a header seen before, cell by cell, are that header: its table's."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "cut.pdf")
    first_xs, own = (30, 118, 200, 290, 400, 565), (30, 120, 200, 318, 436, 565)
    c.setFont("Laksaman", 14)
    tall = [[f"ข้อที่ {k}" for k in range(1, 31)], ("กองคลัง",), ("จัดทำ",), ("ทุกเดือน",), ("แล้ว",)]
    bottom = _grid(c, first_xs, 800, [_HEADER, _FIRST, tall], upright=False)
    assert _grid(c, own, bottom - 24, [[lines[:1] for lines in _HEADER]], upright=False) == 44  # the page's foot
    c.showPage()
    c.setFont("Laksaman", 14)
    _grid(c, own, 800, [[lines[1:] for lines in _HEADER], _LATER], upright=False)
    c.save()
    x = process_file(tmp_path / "cut.pdf")
    assert squeezed_cells(x) == [_squeeze(_FIRST), _squeeze(tall), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [1, 1, 2]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_tables_first_row_the_page_cut_under_a_gap_keeps_its_own_columns(tmp_path):
    """Tables ruled between their rows only, each of its own widths, a
    table split in two by hand: the second part's one row started at a
    page's foot, under the gap between the parts, and the page cut it after
    its first line (1358-4 of --two-looks, rules between rows only). That
    line's words leave the first part's gutters free, so it was read in the
    first part's columns, and its rest on the next page, in its own, as a
    row of its own (15 rows). A row alone under a gap whose cells start
    elsewhere than the rows above is the next table's."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "gap.pdf")
    first_xs, own = (30, 120, 200, 318, 436, 565), (30, 140, 250, 345, 470, 565)
    c.setFont("Laksaman", 14)
    # Its rest's lines cross the first part's column lines: the next page takes its own columns.
    cut = [("-ข่าว", "ประชาสัมพันธ์"), ("กองคลัง", "กองการศึกษา"), ("๑.เจ้า", "หน้าที่ทุกภาร"),
           ("๑.เจ้าหน้าที่", "ผู้รับผิดชอบรายงาน"), ("๑.ดำเนิน", "การแล้ว")]
    bottom = _grid(c, first_xs, 800, [_HEADER, _FIRST], upright=False)
    assert _grid(c, own, 72, [[lines[:1] for lines in cut]], upright=False) == 44  # the page's foot
    assert bottom > 72 + 20  # a gap over it: the tables' parts
    c.showPage()
    c.setFont("Laksaman", 14)
    _grid(c, own, 800, [[lines[1:] for lines in cut]], upright=False)
    c.save()
    x = process_file(tmp_path / "gap.pdf")
    assert squeezed_cells(x) == [_squeeze(_FIRST), _squeeze(cut)]
    assert [m.page for m in x.measures] == [1, 1]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_header_the_page_cut_whose_rest_runs_into_the_next_row_is_parted_from_it(tmp_path):
    """Tables without lines, each under a title row: a later table's title
    and header's first lines at a page's foot, the page cut the header,
    and the next page starts with the header's rest, its cells' lines
    running on into the first row's with nothing between (1394-1 of
    --two-looks). The rest was read as the first row's own text, the
    header's titles before its measure. A cut header's cells and the next
    row's first lines that make a header seen before are that header."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "rest.pdf")
    xs = (30, 120, 200, 318, 436, 565)
    title = "แผนปฏิบัติการตามมาตรการ ประจำปี ๒๕๖๖"
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [title, _HEADER, _FIRST], ruled=False)
    assert _grid(c, xs, 44 + 28 + 28, [title, [lines[:1] for lines in _HEADER]], ruled=False) == 44  # the foot
    c.showPage()
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [[(*head[1:], *cell) for head, cell in zip(_HEADER, _LATER)]], ruled=False)
    c.save()
    x = process_file(tmp_path / "rest.pdf")
    assert squeezed_cells(x) == [_squeeze(_FIRST), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [1, 2]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        ("unruled_table_read", 1, None), ("unruled_table_read", 2, None), ("missing_metadata", None, "org_name")]


def test_a_header_cell_taller_than_the_cells_centred_beside_it_is_no_rows_rest(tmp_path):
    """Tables without lines, each of its own widths, cells centred top to
    bottom (1374-2 of --two-looks, no borders): page 2 ends a table short
    of its foot, and page 3 starts a new one whose header has two rows, the
    other cells merged down over both, centred. Its fourth cell of five
    lines happened to end where the centred cells did, so its top lines
    read as a row's rest over cells centred under them: a paragraph
    (การ/รายงานผล/และการ) over a header cell of กำกับติดตาม. Where the
    last page's table ended short of its foot (no row cut), what stands
    over a page's first row is a heading, in its first column: a later
    column's lines over the others are that cell's own."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "centred.pdf")
    xs = (30, 150, 230, 350, 460, 565)
    own = (30, 130, 230, 340, 450, 565)  # the new table's widths
    first = [("ลำดับ",), ("โครงการ",), ("งบประมาณ",), ("ระยะเวลา",), ("หมายเหตุ",)]
    steps = [f"ข้อ {k} รายงาน" for k in range(1, 40)]
    tall = [("e๖ การเผยแพร่", "ข้อมูล"), ("สำนักปลัด",), ("๑.จัดให้มีช่องทาง",), steps, ("ดำเนินการแล้ว",)]
    c.setFont("Laksaman", 14)
    assert _grid(c, xs, 800, [first, [steps[:36] if k == 3 else cell for k, cell in enumerate(tall)]],
                 ruled=False) == 44  # no room for a line more
    c.showPage()
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [[(), (), (), steps[36:], ()]], ruled=False)
    c.showPage()
    c.setFont("Laksaman", 14)
    # Tops in points under the table's: the fourth cell the tallest, the others centred beside it.
    header = [(0, ("ประเด็นที่ต้อง", "ปรับปรุงแก้ไข"), 60), (1, ("ผู้รับผิดชอบ",), 70), (2, ("ขั้นตอนหรือ", "วิธีการ"), 60),
              (3, ("การ", "รายงานผล", "และการ", "กำกับ", "ติดตาม"), 0), (4, ("การดำเนินการ",), 70),
              (3, ("กำหนด", "เวลาแล้ว", "เสร็จ"), 100)]  # the second row: the others merged down over it
    _cells_at(c, own, [*header, *((k, lines, 170) for k, lines in enumerate(_LATER))])
    c.save()
    table = next(b for b in parse(tmp_path / "centred.pdf").blocks if not isinstance(b, Paragraph) and b.page == 3)
    assert [_squeeze([[cell.text] for cell in row.cells]) for row in table.rows] == [
        _squeeze([lines for _, lines, _ in header[:5]]), ["", "", "", "กำหนดเวลาแล้วเสร็จ", ""], _squeeze(_LATER)]
    x = process_file(tmp_path / "centred.pdf")
    assert squeezed_cells(x) == [_squeeze(_LATER)]  # the first table's header is no measures table's
    assert [m.page for m in x.measures] == [3]


def test_a_header_cut_by_the_page_whose_rest_reads_as_two_rows_goes_on_from_its_first_line(tmp_path):
    """Tables without lines, cells centred top to bottom (1408-2 of
    --two-looks, no borders): a later table's header's first line alone at
    a page's foot, the page cut it. On the next page its tallest cell's
    rest starts at the top and the others, centred, two lines lower, so the
    rest reads as two rows. The line and the first of them made no header
    seen before, nothing filled its column: the line stayed text, and the
    header's rest was read as a header without ผู้รับผิดชอบ. The line and
    the two rows together make that header: the line is its first line."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "centred.pdf")
    xs, own = (30, 120, 200, 318, 436, 565), (30, 150, 230, 330, 450, 565)
    header = [("ประเด็นที่ต้อง", "ปรับปรุง", "แก้ไข"), ("ผู้รับผิดชอบ",), ("ขั้นตอน", "/มาตรการ"),
              ("การ", "รายงานผล", "และการ", "กำกับ", "ติดตาม"), ("การ", "ดำเนินการ")]
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [header, _FIRST], ruled=False)
    assert _grid(c, own, 44 + 28, [[lines[:1] for lines in header]], ruled=False) == 44  # the foot
    c.showPage()
    c.setFont("Laksaman", 14)
    # The rest: its tallest cell from the page's top, the others centred lower.
    rest = [(0, header[0][1:], 40), (2, header[2][1:], 50), (3, header[3][1:], 0), (4, header[4][1:], 50)]
    _cells_at(c, own, [*rest, *((k, lines, 100) for k, lines in enumerate(_LATER))])
    c.save()
    x = process_file(tmp_path / "centred.pdf")
    assert squeezed_cells(x) == [_squeeze(_FIRST), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [1, 2]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        *[("unruled_table_read", page, None) for page in (1, 2, 2)],
        *[("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]]


def test_a_cell_ending_full_on_a_rows_first_line_beside_a_narrow_one_is_a_column(tmp_path):
    """Tables without lines, a table split in two by hand, each part of its
    own widths (1426-5 of --two-looks, no borders): the second part's row's
    first line alone at a page's foot, its first cell narrow (e๗, the rest
    of its words wrapped on), its second full to its column's end and
    ended there, so that column is empty on the next page. The two were
    taken for one justified line's words, stretched apart: the row was
    read in four columns and not as a measure (table_not_read). The next
    page's lines in the first column all end short of where the second
    starts: a column that narrow."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "narrow.pdf")
    xs, own = (30, 150, 230, 350, 460, 565), (30, 110, 250, 340, 470, 565)
    line = [("e๗",), ("เจ้าหน้าที่ทุกภารกิจงาน",), ("๑.เจ้า",), ("๑.เจ้าหน้าที่ผู้รับผิด",), ("๑.",)]
    rest = [("หน่วยงาน", "ที่ท่านติดต่อ"), (), ("หน้าที่", "ทุกภารกิจ"), ("ชอบรายงาน", "ผู้บริหาร"),
            ("องค์การบริหาร", "ดำเนินการแล้ว")]
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [_HEADER, _FIRST], ruled=False)
    assert _grid(c, own, 44 + 28, [line], ruled=False) == 44  # the foot
    c.showPage()
    c.setFont("Laksaman", 14)
    _grid(c, own, 800, [rest], ruled=False)
    c.save()
    x = process_file(tmp_path / "narrow.pdf")
    assert squeezed_cells(x) == [_squeeze(_FIRST), _squeeze([(*a, *b) for a, b in zip(line, rest)])]
    assert [m.page for m in x.measures] == [1, 1]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        *[("unruled_table_read", page, None) for page in (1, 2)],
        *[("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]]


def test_a_row_alone_whose_numbered_steps_go_on_at_the_next_page_top_is_one_row(tmp_path):
    """A table split in two by hand, its second part one row at a page's
    foot, and LibreOffice moved a cell's next step (๒.) on to the next
    page though a line more had room there (1072-1 of --two-looks, all
    lines). A table of one row may be a header alone, whose next row is
    new where a cell surely ended: the step was read as a row of its own.
    Steps numbered on (๑. above, ๒. here) are the same row's."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "steps.pdf")
    xs = (30, 120, 200, 318, 436, 565)
    tall = [("e๗ การ", "เผยแพร่ผลงาน"), ("กองคลัง",), ("๑.ประชาสัมพันธ์", "ทุกเดือน"),
            [f"ข้อที่ {k}" for k in range(1, 32)], ("แล้ว",)]
    step = [(), (), ("๒.รายงานผู้บริหาร",), (), ()]
    c.setFont("Laksaman", 14)
    bottom = _grid(c, xs, 800, [_HEADER, _FIRST])
    assert _grid(c, xs, bottom - 32, [tall]) == 44  # the page's foot, the steps' cell with room under it
    c.showPage()
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [step, _LATER])
    c.save()
    x = process_file(tmp_path / "steps.pdf")
    tall[2] = (*tall[2], *step[2])
    assert squeezed_cells(x) == [_squeeze(_FIRST), _squeeze(tall), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [1, 1, 2]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


@pytest.mark.parametrize("rest_page, progress", [(2, "ดำเนินการแล้ว"), (1, "")])
def test_a_header_title_the_page_cut_inside_a_word_is_whole(rest_page, progress):
    """A header alone at a page's foot whose last title the page cut inside
    a word (การดำเนิน | การ), read without lines: การ alone on the next
    page under it ends the title, which then names the progress column.
    On the header's own page a row with การ alone is a row (its text
    under a title that names no column: a row of empty fields), and the
    progress column stays unnamed."""
    from ingest.extract import extract
    from parsers.model import Cell, Document, Row, Table

    titles = ("ประเด็นที่ต้องปรับปรุงแก้ไข", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีการ/มาตรการ", "การรายงานผล", "การดำเนิน")
    head = Row([Cell(t, page=1) for t in titles], page=1)
    rest = Row([Cell("", page=rest_page)] * 4 + [Cell("การ", page=rest_page)], page=rest_page)
    texts = ("ข้อมูลพื้นฐาน", "สำนักปลัด", "เผยแพร่ข้อมูล", "ภายในเดือนมกราคม", "ดำเนินการแล้ว")
    row = Row([Cell(t, page=2) for t in texts], page=2)
    x = extract(Document("r.pdf", "pdf", pages=2, blocks=[Table([head, rest, row], page=1)]), "id")
    want = [["", "", "", "", ""]] if rest_page == 1 else []
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == want + [[*texts[:4], progress]]


def test_a_header_cut_in_its_first_row_beside_its_second_rows_title_lacks_no_column():
    """A header of two rows at a page's foot, the page cut inside its first
    row: its first titles' ends (แก้ไข/…, ชอบ) at the next page's top beside
    its second row's title (กำหนดเวลาแล้วเสร็จ), read as one row (263-3 of
    --three-looks, no borders). ผู้รับผิด names no column on its page, ชอบ
    completes it there: no column is missing."""
    from ingest.extract import extract
    from parsers.model import Cell, Document, Row, Table

    titles = ("ประเด็นที่ต้องปรับปรุง", "ผู้รับผิด", "ขั้นตอนหรือวิธีการ/มาตรการ", "การรายงานผลและการกำกับติดตาม",
              "การดำเนินการ")
    head = Row([Cell(t, page=1) for t in titles], page=1)
    rest = Row([Cell(t, page=2) for t in ("แก้ไข/ประเด็นที่ต้องพัฒนา", "ชอบ", "", "กำหนดเวลาแล้วเสร็จ", "")], page=2)
    texts = ("ข้อมูลพื้นฐาน", "สำนักปลัด", "เผยแพร่ข้อมูล", "ภายในเดือนมกราคม 2566", "ดำเนินการแล้ว")
    row = Row([Cell(t, page=2) for t in texts], page=2)
    x = extract(Document("r.pdf", "pdf", pages=2, blocks=[Table([head, rest, row], page=1)]), "id")
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == [list(texts)]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


@pytest.mark.parametrize("first_title, later", [
    ("ประเด็นที่ต้องปรับปรุงแก้ไข", True),  # the later header's title
    ("ประเด็นที่ต้องพัฒนา", True),  # not the later header's, but a usual one
    ("ประเด็นที่ต้องปรับปรุงแก้ไข", False),  # no later header: the usual titles
    ("ข้อบกพร่องที่พบ", True),  # neither: not split
], ids=["later header", "usual title", "no later header", "neither"])
def test_a_first_header_run_into_the_next_pages_row_is_split(first_title, later):
    """The first table's header alone at page 1's foot, read as the first
    part of a row the page cut, runs into page 2's first row (726-3 of the
    --two-looks sweep): its cells are then too long to name a column. Each
    starts with the title over its column in the next table's header, or
    with a usual title (the NACC form's), so the row is that header and a
    measure. A cell worded otherwise leaves it unsplit, and reported."""
    from ingest.extract import extract
    from parsers.model import Cell, Document, Row, Table

    titles = ("ประเด็นที่ต้องปรับปรุงแก้ไข", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีการ/มาตรการ",
              "การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ", "การดำเนินการ")
    first = ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล เครื่องมือการประเมิน OIT -ข้อมูลพื้นฐาน",
             "สำนักปลัด (หน่วยงานอาจกำหนดเป็นตำแหน่ง ในรายละเอียดก็ได้ให้หน่วยงานปฏิบัติตามบริบทหน่วยงานตนเอง)",
             "๑.เจ้าหน้าที่ผู้รับผิดชอบศึกษาทำความเข้าใจองค์ประกอบด้านข้อมูล\n๒.รายงานผู้บริหาร\n๓.เผยแพร่ข้อมูลบนเว็บไซต์",
             "๑.เจ้าหน้าที่ผู้รับผิดชอบดำเนินการแล้ว รายงานผู้บริหาร เพื่อเผยแพร่บนเว็บไซต์ ให้เป็นปัจจุบัน ภายในเดือนมกราคม",
             "๑.องค์การบริหารส่วนตำบลโคกสนวนดำเนินการ เมื่อวันที่ ๖ เดือนกุมภาพันธ์ พ.ศ. ๒๕๖๖")
    second = ("-ข่าวประชาสัมพันธ์", "กองคลัง", "๑.ประชาสัมพันธ์", "ทุกเดือน", "ดำเนินการแล้ว")
    third = ("การปฏิบัติงาน", "กองช่าง", "๑.จัดทำคู่มือ", "ภายในเดือนมีนาคม ๒๕๖๖", "")
    title = Row([Cell("แผนปฏิบัติการตามมาตรการ ประจำปี ๒๕๖๖", page=1, span=5)], page=1)
    # As the merge joins them: the title straight on (a paragraph the page cut), or on a new line.
    ran = Row([Cell(f"{first_title}{first[0]}", page=1), Cell(f"{titles[1]}{first[1]}", page=1)]
              + [Cell(f"{t}\n{text}", page=1) for t, text in zip(titles[2:], first[2:])], page=1)
    blocks = [Table([title, ran, Row([Cell(t, page=2) for t in second], page=2)], page=1)]
    if later:
        blocks.append(Table([Row([Cell(t, page=3) for t in titles], page=3),
                             Row([Cell(t, page=3) for t in third], page=3)], page=3))
    x = extract(Document("r.pdf", "pdf", pages=3, blocks=blocks), "id")
    got = [[getattr(m, c) for c in CELLS] for m in x.measures]
    first, second, third = ([thai_text(t) for t in texts] for texts in (first, second, third))
    if first_title != "ข้อบกพร่องที่พบ":
        assert got == [first, second] + ([third] if later else [])
        assert [m.page for m in x.measures] == [1, 2, 3][:len(got)]
        assert "table_before_header" not in {f.code for f in x.findings}
    else:
        assert got == [third]
        assert [(f.code, f.page) for f in x.findings if f.code == "table_before_header"] == [("table_before_header", 1)]


_SECOND_ROW = ("", "", "", "กำหนดเวลาแล้วเสร็จ", "")


@pytest.mark.parametrize("page1, page2", [
    # 170-0 of --three-looks: every title cut, the last inside a word, then the header's second row
    (("ประเด็นที่ต้องปรับปรุง", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีการ/", "การรายงานผลและการกำกับ", "การดำเนิน"),
     [("แก้ไข/ประเด็นที่ต้องพัฒนา", "", "มาตรการ", "ติดตาม", "การ"), _SECOND_ROW]),
    # the last title cut inside a word, its end on the line of the second row's title
    (("ประเด็นที่ต้องปรับปรุงแก้ไข", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีการ/มาตรการ", "การรายงานผลและการกำกับติดตาม",
      "การดำเนิน"),
     [("", "", "", "กำหนดเวลาแล้วเสร็จ", "การ")]),
], ids=["titles cut, named on page 1", "the last title's end beside the second row's"])
def test_a_header_cut_by_the_page_in_its_first_row_is_one_header(page1, page2):
    """A header not drawn again, cut by page 1's foot inside its first row
    (cells centred top to bottom: each title's first line on page 1, its
    rest on page 2, over the header's second row): the rests were read as
    rows, so every row after them one place down (16 rows, 2/70). A
    title's rest that makes the form's usual title whole goes on it, as
    the end of one cut inside a word does."""
    from ingest.extract import extract
    from parsers.model import Cell, Document, Row, Table

    measures = [("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "สำนักปลัด", "๑.เจ้าหน้าที่ผู้รับผิดชอบศึกษา", "ภายในเดือนมกราคม ๒๕๖๖",
                 "ดำเนินการแล้ว"),
                ("-ข่าวประชาสัมพันธ์", "กองคลัง", "๑.ประชาสัมพันธ์", "ทุกเดือน", "")]
    rows = [Row([Cell(t, page=1) for t in page1], page=1)] + [
        Row([Cell(t, page=2) for t in texts], page=2) for texts in page2 + measures]
    x = extract(Document("r.pdf", "pdf", pages=2, blocks=[Table(rows, page=1)]), "id")
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == [[thai_text(t) for t in m] for m in measures]
    assert [m.page for m in x.measures] == [2, 2]
    assert {f.code for f in x.findings} & {"missing_header_column", "header_with_text"} == set()


def test_a_first_header_cut_by_the_page_its_rest_aligned_to_the_bottom_is_whole(tmp_path):
    """A document's first table, ruled between its columns only, its cells
    aligned to the bottom and its header not drawn again: the header's first
    line alone at a page's foot, its rest at the next page's top in one
    ruled block with the rows (262-3 of --three-looks). Two of the rest's
    cells start a line lower than the others, all ending on one line: read
    as a row's rest over a row of one line, the header lost its last line
    and its table was not known as one (12 rows, 0/70). With no votes for
    cells aligned to the bottom before a document's first row, the last
    page's table of one row (a header's first lines, most likely) says so."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "cut.pdf")
    xs = (30, 150, 220, 330, 470, 565)
    head = ("ประเด็นที่ต้อง", "ผู้รับ", "ขั้นตอน", "การรายงาน", "การ")
    rest = [("ปรับปรุง", "แก้ไข"), ("ผิดชอบ",), ("/มาตรการ",), ("ผลและการ", "กำกับติดตาม"), ("ดำเนิน", "การ")]
    first = [("ข้อมูลพื้นฐาน", "ของหน่วยงาน"), ("สำนักปลัด",), ("เผยแพร่ข้อมูล", "บนเว็บไซต์"), ("ทุกเดือน",),
             ("ดำเนินการแล้ว",)]

    def block(top: float, rows: list) -> None:
        """``rows`` under ``top``, column lines only, drawn cell by cell as LibreOffice does: each a line
        to start on (a line a gap apart from the row above's last) and its cells' lines, each cell
        from that line or, aligned to the bottom, from as far lower as it is shorter."""
        line = 0
        for row in rows:
            tall = max(map(len, row))
            for x, cell in zip(xs, row):
                for k, text in enumerate(cell, line + tall - len(cell)):
                    c.drawString(x + 6, top - 18 - 20 * k, text)
            line += tall + 1
        bottom = top - 20 * line
        c.line(xs[0], top, xs[-1], top), c.line(xs[0], bottom, xs[-1], bottom)
        for x in xs:
            c.line(x, top, x, bottom)

    c.setFont("Laksaman", 14)
    c.drawString(30, 790, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส")
    block(70, [[(text,) for text in head]])  # down to 30: no room for a line more
    c.showPage()
    c.setFont("Laksaman", 14)
    block(800, [rest, first, _LATER])  # the rest: ผิดชอบ and /มาตรการ on its second line only
    c.save()
    x = process_file(tmp_path / "cut.pdf")
    assert squeezed_cells(x) == [_squeeze(first), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [2, 2]
    assert [(f.code, f.page, f.column) for f in x.findings] == [("unruled_table_read", 2, None)] + [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_cut_rows_cells_aligned_to_the_bottom_a_little_short_under_a_rows_rest(tmp_path):
    """A table ruled between its columns only, its cells aligned to the
    bottom, lines 1.5 apart, the header drawn again: a row's first cell's
    last line alone at a page's top, then a row the page cuts too (1522-3
    of --two-looks, column lines only). Its tall cells fill the page from
    the line under the rest, stepping to it by less than their lines'
    pitch; its short ones end a little above them, LibreOffice aligning
    them to less than the row's part. Not all ending on one line, the row
    was not parted from the rest, which went on the next row's first cell."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "pitch.pdf")
    xs = (30, 150, 230, 350, 460, 565)
    pitch, step, short = 30, 24, 6  # a cell's first line drawn nearer its top; the short ones' ends
    head = ("ประเด็นที่ต้อง", "ผู้รับผิดชอบ", "ขั้นตอน", "การรายงานผล", "การดำเนินการ")
    issue = [f"e๙ ข้อ {k} การชี้แจง" for k in range(1, 24)]
    cut = [issue, ("สำนักปลัด",), ("๑.แต่งตั้งเจ้าหน้าที่",), ("๑.รายงานผล",), ("ดำเนินการแล้ว",)]
    tall = [f"ข้อ {k} ของช่องทาง" for k in range(1, 31)]
    steps = [f"ขั้นที่ {k} รับเรื่อง" for k in range(1, 31)]
    report = [f"รายงานครั้งที่ {k}" for k in range(1, 31)]
    second = [tall, ("สำนักปลัด",), steps, report, ("๑. องค์การ", "บริหารส่วน", "ตำบล")]

    def page(cells: list, last: float) -> None:
        """The header, then ``cells`` (each its column, its lines, its first line's top in points under the
        page's top), column lines only from the header's top down to ``last``; a new page after."""
        c.setFont("Laksaman", 14)
        for x, text in zip(xs, head):
            c.drawString(x + 6, 841.9 - 46 - 14, text)
        for k, lines, top in cells:
            for n, text in enumerate(lines):
                c.drawString(xs[k] + 6, 841.9 - top - 14 - pitch * n, text)
        for x in xs:
            c.line(x, 841.9 - 40, x, 841.9 - last)
        c.line(xs[0], 841.9 - 40, xs[-1], 841.9 - 40)
        c.showPage()

    page([(0, issue[:22], 90)] + [(k, lines, 90) for k, lines in enumerate(cut) if k], 90 + pitch * 21 + 24)
    # The rest's last line at 90; the cut row from a step under it, its short cells ending 6 points high.
    end = 90 + step + pitch * 21  # its last line's top on the page
    page([(0, issue[22:], 90), (0, tall[:22], 90 + step), (1, second[1], end - short), (2, steps[:22], 90 + step),
          (3, report[:22], 90 + step), (4, second[4], end - short - pitch * 2)], end + 24)
    page([(0, tall[22:], 90), (2, steps[22:], 90), (3, report[22:], 90)], 90 + pitch * 7 + 24)
    c.save()
    x = process_file(tmp_path / "pitch.pdf")
    assert squeezed_cells(x) == [_squeeze(cut), _squeeze(second)]
    assert [m.page for m in x.measures] == [1, 2]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        ("unruled_table_read", p, None) for p in (1, 2, 3)] + [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_page_foot_a_spread_lines_pitch_under_a_first_cells_rest_is_apart(tmp_path):
    """A table without lines, lines 1.5 apart, the header drawn again, a
    page foot in smaller print (379-0 of --three-looks, no borders): a
    row's first cell going on alone down a page, its last line about a
    line's pitch over the foot. Spread as the cell's lines are, the foot
    was one block with them, too wide for the column: the rest was left
    as text. A line in another size is no cell's line spread apart."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "foot.pdf")
    xs = (30, 120, 200, 318, 436, 565)
    issue = [f"ข้อ {k} ช่องทาง" for k in range(1, 53)]
    cut = [issue, ("สำนักปลัด",), ("๑.จัดให้มีช่องทาง",), ("๑.รายงานผล",), ("ดำเนินการแล้ว",)]
    for rows in ([_HEADER, [issue[:26], *cut[1:]]], [_HEADER, [issue[26:], (), (), (), ()]], [_HEADER, _LATER]):
        c.setFont("Laksaman", 14)
        bottom = _grid(c, xs, 800, rows, pitch=25, ruled=False)
        if rows[1] is not _LATER:
            assert bottom == 59  # the cell's last line's foot 34 points over the page foot's: 1.36 lines
        c.setFont("Laksaman", 11)
        c.drawString(34, 40, "ITA 2566 เอกสารเผยแพร่ ประจำปี")  # drawn last, as LibreOffice draws a footer
        c.showPage()
    c.save()
    x = process_file(tmp_path / "foot.pdf")
    assert squeezed_cells(x) == [_squeeze(cut), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [1, 3]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        ("unruled_table_read", p, None) for p in (1, 2, 3)] + [("missing_metadata", None, "org_name")]  # ITA 2566


def test_a_step_number_under_a_number_alone_in_a_narrow_column_starts_a_line(tmp_path):
    """A column a number wide (617-4 of --looks, ruled, justified cells in
    widths of their own): a year broken ๒๕ | ๖๖, then the cell's next step
    (๓.เจ้าหน้าที่…), each a line that fills the column. A line of digits
    ran out of room, so ๖๖ and ๓. were one number cut by the wrap, and the
    year read ๒๕๖๖๓ (date_outside_fiscal_year). A numbered step's start is
    no number's rest."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "narrow.pdf")
    xs = (30, 150, 230, 390, 422, 565)  # the fourth column 32 points wide
    monitoring = ("ภาย", "ใน", "เดือ", "น", "เม", "ษา", "ยน", "๒๕", "๖๖", "๓.", "เจ้า", "หน้า", "ที่", "ราย", "งาน")
    row = [("e๙ การชี้แจง",), ("สำนักปลัด",), ("๑.จัดให้มีช่องทาง",), monitoring, ("ดำเนินการแล้ว",)]
    c.setFont("Laksaman", 14)
    _grid(c, xs, 800, [[("ประเด็น",), ("ผู้รับผิดชอบ",), ("มาตรการ",), ("การ", "ราย", "งาน", "ผล"), ("การดำเนินการ",)],
                       row])
    c.save()
    x = process_file(tmp_path / "narrow.pdf")
    # ReportLab's PDF, of a producer not known to wrap Thai without spaces: its wraps read as spaces.
    assert [[[" ".join(line.split()) for line in getattr(m, name).split("\n")] for name in CELLS]
            for m in x.measures] == [
        [["e9 การชี้แจง"], ["สำนักปลัด"], ["1.จัดให้มีช่องทาง"], ["ภายใน เดือน เมษายน 2566", "3. เจ้าหน้าที่ รายงาน"],
         ["ดำเนินการแล้ว"]]]
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_fonts_wide_space_leaves_room_at_a_wrap_that_is_no_paragraphs_end(tmp_path):
    """Purisa's space is 0.65 of its size (--looks, Purisa): a line ends in
    its drawn space with room for the next line's first word (รอบ) but not
    for that space too, and in a narrower column ``พ.ศ.`` alone has room for
    its year but not for the space between. Both wraps read as paragraph
    ends (the rule allowed 0.3 of the size for a space): ``พ.ศ. ๒๕๖๖`` and
    ``รอบ ๖ เดือน`` were cut in two. A wrap at a space needs the font's own."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "purisa.pdf", "Purisa")
    c.setFont("Purisa", 14)
    # Text 113 points wide in the third column (พ.ศ. ๒๕๖๖ 83, รอบ 24) and 80.7
    # in the fourth (พ.ศ. 31.7, ๒๕๖๖ 42.3), between 6-point paddings.
    xs = (30, 150, 230, 355.1, 447.8, 565)
    row = [("e๙ การชี้แจง",), ("สำนักปลัด",), ("๑.สรุปรายงาน", "ผลการดำเนินงาน", "พ.ศ. ๒๕๖๖ ", "รอบ ๖ เดือน"),
           ("รายงานทุก ๓", "เดือนตุลาคม", "พ.ศ.", "๒๕๖๖"), ("ดำเนินการแล้ว",)]
    _grid(c, xs, 800, [[("ประเด็น",), ("ผู้รับผิดชอบ",), ("มาตรการ",), ("การรายงานผล",), ("การดำเนินการ",)], row])
    c.save()
    x = process_file(tmp_path / "purisa.pdf")
    # ReportLab's PDF, of a producer not known to wrap Thai without spaces: its wraps read as spaces.
    assert [[getattr(m, name) for name in CELLS] for m in x.measures] == [
        ["e9 การชี้แจง", "สำนักปลัด", "1.สรุปรายงาน ผลการดำเนินงาน พ.ศ. 2566 รอบ 6 เดือน",
         "รายงานทุก 3 เดือนตุลาคม พ.ศ. 2566", "ดำเนินการแล้ว"]]
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_narrow_columns_step_number_cut_from_its_mark_and_a_wrap_short_of_a_space_drawn_elsewhere(tmp_path):
    """A column 46 points wide, Umpush (its space 0.5 of the size), no
    space drawn in the table (two looks 1582-3: LibreOffice draws none in
    justified lines), only in the title above it:
    - a year filling its line, then a step's number cut from its mark
      (``๒๕๖๕`` / ``๓`` / ``.สำนักปลัด``): the year's digits ran on into
      the number (``๒๕๖๕๓.สำนักปลัด``), a step's start not seen in ``๓``;
    - ``๔.`` with room for ``เผย`` after 0.3 of the size, not after the
      font's space: read as a paragraph's end (``๔.`` / ``เผยแพร่``). The
      page's narrowest space glyph is the font's."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "umpush.pdf", "Umpush")
    c.setProducer("LibreOffice 7.5")  # a producer that breaks Thai between words, greedily
    c.setFont("Umpush", 15)
    c.drawString(36, 810, "มาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
    # The fourth column's text 46.2 points wide: ๔. (15.1) leaves 31.1, เผย is 24.9 and a space 7.5.
    xs = (30, 150, 270, 400, 458.2, 565)
    row = [("e๙ การชี้แจง",), ("สำนักปลัด",), ("๑.จัดให้มีช่องทาง",),
           ("๒๕๖๕", "๓", ".สำนัก", "ปลัด", "๔.", "เผย", "แพร่"), ("ดำเนินการแล้ว",)]
    _grid(c, xs, 790, [[("ประเด็น",), ("ผู้รับผิดชอบ",), ("มาตรการ",), ("การ", "รายงาน", "ผล"), ("การดำเนินการ",)], row])
    c.save()
    x = process_file(tmp_path / "umpush.pdf")
    assert [[getattr(m, name) for name in CELLS] for m in x.measures] == [
        ["e9 การชี้แจง", "สำนักปลัด", "1.จัดให้มีช่องทาง", "2565\n3.สำนักปลัด\n4.เผยแพร่", "ดำเนินการแล้ว"]]
    assert (x.document.title, x.document.fiscal_year) == ("มาตรการส่งเสริมคุณธรรม", 2566)
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [("missing_metadata", None, "org_name")]


def test_a_padding_narrower_than_half_the_size_is_measured_in_a_table_ruled_between_rows_only(tmp_path):
    """Rules between rows only, text 15 points, cells padded 6 (LibreOffice
    5.5 at 15 points: looks 484-0): the padding, measured only where it left
    a gap of half the size, was taken as a quarter of it, and a cell's text
    had room up to 4.5 points right of where it ends. ``ปีงบประมาณ พ.ศ.``
    then had room for its year and the space before it: the wrap read as a
    paragraph's end (``พ.ศ.`` / ``๒๕๖๖``). The padding is how far in the
    text stands from the rules' ends."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "padded.pdf")
    c.setProducer("LibreOffice 7.5")  # a producer that breaks Thai between words, greedily
    c.setFont("Laksaman", 15)
    # The fourth column's text 153.7 points wide: ปีงบประมาณ พ.ศ. (110.3) leaves 43.4, short of a space (4.9)
    # and ๒๕๖๖ (40.5); งานนิติการ (64.6) leaves room for ปีงบประมาณ, สำนักปลัด for งาน: paragraphs' ends.
    xs = (30, 120, 200, 280, 445.7, 544.9)  # ดำเนินการแล้ว (87.2) fills the last column: 6 points either side
    row = [("e๙ การชี้แจง",), ("สำนักปลัด",), ("๑.รายงาน",),
           ("สำนักปลัด", "งานนิติการ", "ปีงบประมาณ พ.ศ.", "๒๕๖๖ ภายในเดือน"), ("ดำเนินการแล้ว",)]
    _grid(c, xs, 800, [[("ประเด็น",), ("ผู้รับผิดชอบ",), ("มาตรการ",), ("การรายงานผล",), ("การดำเนินการ",)], row],
          upright=False)
    c.save()
    x = process_file(tmp_path / "padded.pdf")
    assert [[getattr(m, name) for name in CELLS] for m in x.measures] == [
        ["e9 การชี้แจง", "สำนักปลัด", "1.รายงาน", "สำนักปลัด\nงานนิติการ\nปีงบประมาณ พ.ศ. 2566 ภายในเดือน",
         "ดำเนินการแล้ว"]]
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_table_drawn_with_its_column_lines_only_ends_where_the_last_pages_table_did(tmp_path):
    """Inside lines only, tables of their own columns between the same
    margins: a page holding one row of a table, no rule on it (two looks
    1642-3, the row's rest on the next page). Its right side, not drawn,
    was taken to mirror its left one about the page's middle, 43 points
    right of the table's: its last cell's wraps, short of that much room,
    read as paragraphs' ends (there, a year's digits cut by a wrap read as
    two numbers: ``เมษายน๒๕`` / ``๖๖``, April 1982). The last page's
    table, starting where this one does, ends where this one does."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "inside.pdf")
    c.setProducer("LibreOffice 7.5")  # a producer that breaks Thai between words, greedily
    # The last column's text 100.2 points wide: เมษายน ๒๕๖๖ (100.1) fills it, ภายในเดือน (76.5) leaves 23.7.
    head = [("ประเด็น",), ("ผู้รับผิดชอบ",), ("มาตรการ",), ("รายงาน", "ผล"), ("การดำเนินการ",)]
    _grid(c, (30, 130, 218, 320, 400, 522.2), 800, [head, _FIRST])
    c.showPage()
    c.setFont("Laksaman", 16)
    xs = (30, 100, 220, 300, 410, 522.2)
    _cells_at(c, xs, [(0, ("e๘",), 4), (1, ("สำนักปลัด",), 4), (2, ("๑.จัดให้มี",), 4), (3, ("๑.รายงานผล",), 4),
                      (4, ("ดำเนินการแล้ว", "ภายในเดือน", "เมษายน ๒๕๖๖"), 4)])
    for x in xs[1:-1]:
        c.line(x, 800, x, 720)
    c.save()
    x = process_file(tmp_path / "inside.pdf")
    assert [[getattr(m, name) for name in CELLS] for m in x.measures] == [
        ["ข้อมูลพื้นฐาน", "สำนักปลัด", "เผยแพร่ข้อมูล", "ทุกเดือน", "ดำเนินการแล้ว"],
        ["e8", "สำนักปลัด", "1.จัดให้มี", "1.รายงานผล", "ดำเนินการแล้วภายในเดือนเมษายน 2566"]]
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_wrap_in_a_cell_that_draws_no_space_is_held_against_its_own_fonts_space_at_its_size(tmp_path):
    """A cell that draws no space (a narrow column's lines break inside
    words; LibreOffice draws none in justified lines) under a heading of a
    smaller size (three looks 419-5: a running head at 12 points over cells
    at 15): the space a wrap needed room for was the narrowest drawn
    anywhere in the document, the heading's 3.9 points, not the cell's 5.2
    at 16 points. ``ดำเนินการแล้ว`` with room for ``ภายใน`` and 5.5 points
    read as a paragraph's end. The space is the font's, at the cell's size,
    and a word may fit by half a point and still have wrapped (here 0.3)."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "sizes.pdf")
    c.setProducer("LibreOffice 7.5")  # a producer that breaks Thai between words, greedily
    c.setFont("Laksaman", 12)
    c.drawString(36, 810, "รายงานผล การดำเนินงาน ประจำปีงบประมาณ")
    c.setFont("Laksaman", 16)
    # The last column's text 141.3 points wide: ดำเนินการแล้ว (93.0) leaves ภายใน (42.8) and 5.5 points.
    xs = (30, 110, 190, 280, 400, 553.26)
    head = [("ประเด็น",), ("ผู้รับ", "ผิดชอบ"), ("มาตรการ",), ("การรายงานผล",), ("การดำเนินการ",)]
    row = [("e๙",), ("สำนักปลัด",), ("๑.รายงาน",), ("ทุก ๓ เดือน",), ("ดำเนินการแล้ว", "ภายในกำหนดเวลา")]
    _grid(c, xs, 790, [head, row])
    c.save()
    x = process_file(tmp_path / "sizes.pdf")
    assert [[getattr(m, name) for name in CELLS] for m in x.measures] == [
        ["e9", "สำนักปลัด", "1.รายงาน", "ทุก 3 เดือน", "ดำเนินการแล้วภายในกำหนดเวลา"]]
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_short_line_with_a_word_gap_in_a_justified_cell_ends_its_paragraph(tmp_path):
    """Justified cells (three looks 419-5): a line whose word gap
    justifying would have widened ends short of the edge only where its
    paragraph does, though the next paragraph's first word would not have
    fitted there (``ตัวชี้วัดที่ ๑๐`` / ``การดำเนินการ``: read as one
    paragraph). A line that reaches the edge with its gap widened past the
    font's space shows the cell justified; a line with no gap to widen
    (Thai words run together) ends short in a wrap too."""
    needs_module("reportlab")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = _canvas(tmp_path / "justified.pdf")
    c.setProducer("LibreOffice 7.5")  # a producer that breaks Thai between words, greedily
    xs = (30, 130, 220, 320, 432, 565)  # the fourth column's text 100 points wide
    head = [("ประเด็น",), ("ผู้รับผิดชอบ",), ("มาตรการ",), ("การรายงานผล",), ("การดำเนินการ",)]
    row = [("e๙",), ("สำนักปลัด",), ("๑.รายงาน",), ("",) * 4, ("ดำเนินการแล้ว",)]  # the fourth drawn below
    _grid(c, xs, 800, [head, row])
    top, left, width = 800 - 28, xs[3] + 6, xs[4] - xs[3] - 12  # the row's, under the header's one line
    # เครื่องมือ OIT (87.0) justified to 100 points: its gap widened by 13; การประเมิน (75.8) has no gap;
    # ตัวชี้วัดที่ ๑๐ (81.1) leaves 18.9, short of การ (24.6) and a space (5.2): its paragraph's end.
    c.drawString(left, top - 18, "เครื่องมือ")
    c.drawString(left + width - stringWidth("OIT", "Laksaman", 16), top - 18, "OIT")
    for k, text in enumerate(("การประเมิน", "ตัวชี้วัดที่ ๑๐", "การดำเนินการ"), start=1):
        c.drawString(left, top - 18 - 20 * k, text)
    c.save()
    x = process_file(tmp_path / "justified.pdf")
    assert [[getattr(m, name) for name in CELLS] for m in x.measures] == [
        ["e9", "สำนักปลัด", "1.รายงาน", "เครื่องมือ OIT การประเมินตัวชี้วัดที่ 10\nการดำเนินการ", "ดำเนินการแล้ว"]]
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_running_foot_alone_on_the_page_after_a_filled_table_is_no_rows_rest(tmp_path):
    """A table that filled its page, then a page with nothing on it but the
    running head and foot (1166-3 of --two-looks, a page header and
    footer, in every style): the foot, the page's first text under the
    head, was read in the last page's columns as its last row's rest, and
    the row's first cell ended with ITA 2566 เอกสารเผยแพร่. A running line
    seen at that place before is the foot wherever it is read."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "foot.pdf")
    xs = (30, 180, 250, 350, 460, 565)
    # Its first cell's lines fill their column: the cell may go on.
    tall = [[f"ข้อที่ {k} ของการเผยแพร่" for k in range(1, 35)], ("กองคลัง",), ("จัดทำ",), ("ทุกเดือน",), ("แล้ว",)]
    for page, rows in enumerate(([_HEADER, _FIRST], [_HEADER, tall], [])):
        c.setFont("Laksaman", 11)  # head and foot in smaller print, flush with the first column's line
        c.drawString(34, 815, "มาตรการส่งเสริมคุณธรรม องค์การบริหารส่วนตำบลโคกสนวน")
        c.drawString(34, 25, "ITA 2566 เอกสารเผยแพร่")
        c.setFont("Laksaman", 14)
        if rows:
            bottom = _grid(c, xs, 800, rows)
        if page == 1:
            assert bottom == 44  # no room for a line more
        c.showPage()
    c.save()
    x = process_file(tmp_path / "foot.pdf")
    assert squeezed_cells(x) == [_squeeze(_FIRST), _squeeze(tall)]
    assert [m.page for m in x.measures] == [1, 2]
    assert [(f.code, f.page, f.column) for f in x.findings] == []


def test_a_tables_second_part_under_the_header_drawn_again_over_a_rows_rest_is_a_row(tmp_path):
    """Tables without lines, each split in two by hand, the parts of their
    own widths, the header repeated (1206-0 of --two-looks, no borders): a
    row the page cut goes on at page 2's top under its header drawn again,
    one cell's lines; right under it, the table's second part, one row of
    cells centred top to bottom, then the next table. Read alone between
    two tables, that row was left as text: its measure was lost. Under a
    rest read with the header drawn again, as under one alone, a row alone
    is the second part of a table split by hand."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "parts.pdf")
    xs = (30, 150, 230, 350, 460, 565)
    own = (30, 170, 260, 370, 480, 565)  # the second part's widths
    steps = [f"ข้อ {k} รายงาน" for k in range(1, 37)]
    cut = [("e๖ การเผยแพร่", "ข้อมูล"), ("สำนักปลัด",), ("๑.จัดให้มีช่องทาง",), steps, ("ดำเนินการแล้ว",)]
    second = [("", "", "e๗ หน่วยงาน", "ที่ท่านติดต่อ"), ("", "", "เจ้าหน้าที่"),
              ("๑.เจ้าหน้าที่ทุก", "ภารกิจงานต้อง", "ดำเนินการ", "ประชาสัมพันธ์", "๒.รายงาน", "ผู้บริหาร"),
              ("", "๑.เจ้าหน้าที่", "ผู้รับผิดชอบ", "ดำเนินการ"), ("", "", "๑. องค์การ")]
    c.setFont("Laksaman", 14)
    assert _grid(c, xs, 800, [_HEADER, [steps[:34] if k == 3 else cell for k, cell in enumerate(cut)]],
                 ruled=False) == 44  # no room for a line more
    c.showPage()
    c.setFont("Laksaman", 14)
    bottom = _grid(c, xs, 800, [_HEADER, [(), (), (), steps[34:], ()]], ruled=False)
    bottom = _grid(c, own, bottom - 30, [second], ruled=False)
    _grid(c, xs, bottom - 30, [_HEADER, _LATER], ruled=False)
    c.showPage()
    c.save()
    x = process_file(tmp_path / "parts.pdf")
    assert squeezed_cells(x) == [_squeeze(cut), _squeeze(second), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [1, 2, 2]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        ("unruled_table_read", 1, None), *[("unruled_table_read", 2, None)] * 3,
        *[("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]]


def test_a_new_tables_header_aligned_to_the_bottom_under_a_filled_page_is_no_rows_rest(tmp_path):
    """Tables without lines, each of its own widths, the header not
    repeated, its cells aligned to the bottom (292-5 of --three-looks, no
    borders): a row filled pages 1 and 2; page 3 starts a new table. Its
    header's titles of one line start a line lower than those of two, so
    its top line read as the rest of page 2's row over a row, and the
    header was two rows of data. A page's top line is no row's rest where
    its pieces start where the cells under them do, but not all at the last
    page's table's columns."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "bottom.pdf")
    xs = (30, 150, 230, 350, 460, 565)
    own = (30, 180, 260, 380, 480, 565)  # the new table's widths
    header = [("ประเด็นที่ต้อง", "ปรับปรุงแก้ไข"), ("", "ผู้รับผิดชอบ"), ("ขั้นตอน", "/มาตรการ"), ("การ", "รายงานผล"),
              ("", "การดำเนินการ")]
    steps = [f"ข้อ {k} รายงาน" for k in range(1, 73)]
    tall = [("e๖ การเผยแพร่", "ข้อมูล"), ("สำนักปลัด",), ("๑.จัดให้มีช่องทาง",), steps, ("ดำเนินการแล้ว",)]
    c.setFont("Laksaman", 14)
    # The first header aligned to the top: nothing yet says the cells are aligned to the bottom.
    first = [cell if cell[0] else cell[1:] for cell in header]
    assert _grid(c, xs, 800, [first, [steps[:35] if k == 3 else cell for k, cell in enumerate(tall)]],
                 ruled=False) == 44  # no room for a line more
    for rows, columns in (([[(), (), (), steps[35:], ()]], xs), ([header, _LATER], own)):
        c.showPage()
        c.setFont("Laksaman", 14)
        _grid(c, columns, 800, rows, ruled=False)
    c.showPage()
    c.save()
    x = process_file(tmp_path / "bottom.pdf")
    assert squeezed_cells(x) == [_squeeze(tall), _squeeze(_LATER)]
    assert [m.page for m in x.measures] == [1, 3]
    assert [(f.code, f.page, f.column) for f in x.findings] == [
        *[("unruled_table_read", page, None) for page in (1, 2, 3)],
        *[("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]]


def test_a_running_foot_alone_on_the_second_page_is_known_by_its_first_copy(tmp_path):
    """As above, in a document of two pages: the foot alone on page 2 had
    been seen once only, as page 1's last line, so it was not known as
    running. It was read as a row of its own (a measure whose issue was
    ITA 2566 เอกสารเผยแพร่) and page 1's copy stayed in the text. A line read
    as a table's only row, at the place of a line first seen on the page
    before, is its second copy: both are the running foot (and its year
    is the report's)."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "foot.pdf")
    xs = (30, 180, 250, 350, 460, 565)
    tall = [[f"ข้อที่ {k} ของการเผยแพร่" for k in range(1, 35)], ("กองคลัง",), ("จัดทำ",), ("ทุกเดือน",), ("แล้ว",)]
    for rows in ([_HEADER, tall], []):
        c.setFont("Laksaman", 11)
        c.drawString(34, 815, "มาตรการส่งเสริมคุณธรรม องค์การบริหารส่วนตำบลโคกสนวน")
        c.drawString(34, 25, "ITA 2566 เอกสารเผยแพร่")
        c.setFont("Laksaman", 14)
        if rows:
            assert _grid(c, xs, 800, rows) == 44  # no room for a line more
        c.showPage()
    c.save()
    x = process_file(tmp_path / "foot.pdf")
    assert squeezed_cells(x) == [_squeeze(tall)]
    assert [m.page for m in x.measures] == [1]
    assert [(f.code, f.page, f.column) for f in x.findings] == []
    d = x.document
    assert (d.org_name, d.fiscal_year, d.period_start, d.period_end, d.pages) == (
        "องค์การบริหารส่วนตำบลโคกสนวน", 2566, date(2022, 10, 1), date(2023, 9, 30), 2)
    assert "ITA 2566" not in document_text(parse(tmp_path / "foot.pdf"))
def test_two_tables_on_a_page_whose_column_lines_stand_within_3_points_keep_each_their_own(tmp_path):
    """Two tables ruled between their rows only on one page, each of its own
    widths, a column line of one 2.8 points from the other's (looks 683-3:
    661.0 and 658.1). The lines, worked out from the text, were snapped
    together by pdfplumber (3 points), to the mean of their segments: the
    lower table's fourth column a point and more wider than it is, so
    ``ปีงบประมาณ พ.ศ.`` had room for the space and year that wrapped
    (``พ.ศ.`` / ``๒๕๖๖``: two paragraphs). Lines the parser works out are
    not snapped."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "two.pdf")
    c.setProducer("LibreOffice 7.5")  # a producer that breaks Thai between words, greedily
    c.setFont("Laksaman", 15)
    head = [("ประเด็น",), ("ผู้รับผิดชอบ",), ("มาตรการ",), ("การรายงานผล",), ("การดำเนินการ",)]
    upper = [[(f"e{k}",), ("สำนักปลัด",), ("๑.รายงาน",), ("ทุกเดือน",), ("ดำเนินการแล้ว",)] for k in "๑๒๓๔"]
    bottom = _grid(c, (30, 150, 232, 312, 450.0, 549.2), 800, [head, *upper], upright=False)
    # The fourth column's text 155.2 points wide: ปีงบประมาณ พ.ศ. (110.3) leaves 44.9, short of a
    # space (4.9, and half a point) and ๒๕๖๖ (40.5) by 1.0; the upper table's line 2.8 points right.
    # ดำเนินการแล้ว (87.2) leaves both tables' last columns 6 points or more either side.
    row = [("e๕",), ("สำนักปลัด",), ("๑.รายงาน",), ("ปีงบประมาณ พ.ศ.", "๒๕๖๖ ภายในเดือน"), ("ดำเนินการแล้ว",)]
    _grid(c, (30, 120, 200, 280, 447.2, 549.2), bottom - 40, [head, row], upright=False)
    c.save()
    x = process_file(tmp_path / "two.pdf")
    assert [[getattr(m, name) for name in CELLS] for m in x.measures] == [
        [f"e{k}", "สำนักปลัด", "1.รายงาน", "ทุกเดือน", "ดำเนินการแล้ว"] for k in "1234"] + [
        ["e5", "สำนักปลัด", "1.รายงาน", "ปีงบประมาณ พ.ศ. 2566 ภายในเดือน", "ดำเนินการแล้ว"]]
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]


def test_a_word_too_long_for_a_narrow_column_broken_over_full_lines_is_one_word(tmp_path):
    """A column 30.5 points wide at 15 points (looks 683-1, 676-1): a word
    too long for it, ปีงบประมาณ, broken over lines each as full as it goes
    (ปีงบ / ประ / มา / ณ). The line before it, with room for ปี (the
    dictionary's first word of ปีงบประ: the next line and the one after
    it), read as a paragraph's end. The word is looked up across the full
    lines after it; at a page's foot, where full lines that start a known
    word run to the block's end, it may go on unseen (ปีงบ / ประ / มา, then
    ณ on the next page)."""
    needs_module("reportlab")
    c = _canvas(tmp_path / "narrow.pdf")
    c.setProducer("LibreOffice 7.5")  # a producer that breaks Thai between words, greedily
    c.setFont("Laksaman", 15)
    # ปีงบ (25.9) and ประ (25.0) fill the 30.5, มา (16.1) leaves 14.4, less than the size; ณ leaves 18.3,
    # room for ปี (9.6) and a space (4.9), not for ปีงบ.
    xs = (30, 160, 260, 380, 422.5, 565)
    word = ["ปีงบ", "ประ", "มา", "ณ"]
    head = [("ประเด็น",), ("ผู้รับผิดชอบ",), ("มาตรการ",), ("ติด", "ตาม"), ("การดำเนินการ",)]
    row = [("e๙ การชี้แจง",), ("สำนักปลัด",), ("๑.จัดให้มีช่องทาง",), word * 8 + word[:3], ("ดำเนินการแล้ว",)]
    assert _grid(c, xs, 800, [head, row]) == 44  # no room for a line more: the page cut the row
    c.showPage()
    c.setFont("Laksaman", 15)
    _grid(c, xs, 800, [[(), (), (), word[3:], ()]])
    c.save()
    x = process_file(tmp_path / "narrow.pdf")
    assert [[getattr(m, name) for name in CELLS] for m in x.measures] == [
        ["e9 การชี้แจง", "สำนักปลัด", "1.จัดให้มีช่องทาง", "ปีงบประมาณ" * 9, "ดำเนินการแล้ว"]]
    assert [(f.code, f.row_no, f.column) for f in x.findings] == [
        ("missing_metadata", None, name) for name in ("org_name", "fiscal_year", "period")]
