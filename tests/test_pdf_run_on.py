"""PDF renderings of the seed whose tables each have columns of their own
and run on under one another (``benchmarks/pdf_geometry.py --run-on``),
read in other table styles as in their ruled rendering. A file apart from
``test_pdf.py``, whose helpers it uses, so that pytest-xdist (a file per
process) runs the two side by side."""

import pytest

import generate
from conftest import MEASURE_CELLS as CELLS, expected, squeezed_cells
from ingest.pipeline import process_file
from test_pdf import (_as_swept, _codes, _fields, _numbers_not_repeated, _rendered_for_module, _split_not_repeated,
                      _title_not_repeated, _two_rows_not_repeated)


# Found by pdf_geometry.py --forms --run-on (seeds 14 and 15): each table of
# its own widths, running on under the last, in styles other than ruled
# between rows (each read 14 rows, every cell as ruled, in no style here
# before). (geometry as in GEOMETRIES, its styles)
RUN_ON = {
    # Inside lines only: a table's first row under another table on a page,
    # cut there, no rule in it: no sides to go by (its first and last columns
    # read as text, then the table's next page had none either: 9 rows, 8/70).
    # Rules between rows only: the last page's row's rest, then headings
    # between two rules over the next table: the headings cross the last
    # page's columns, so the rest was read in the next table's (16 rows, 46/70).
    "tables split in two by hand": (
        ("table-per-page", False, 16, 2.5, None, _as_swept(generate.split_tables, 16, 2.5, 1404), None),
        [generate.inside_lines_only, generate.rules_between_rows]),
    # Inside lines only: the first table's header alone on the first page, its
    # second row too tall to fit under it (so the table ends above the page's
    # foot), was taken for a table of its own (15 rows, 6/70). Column lines
    # only: a repeated header's first cell clipped, its fourth run on into a
    # row's rest: neither a repeat nor run on, so read as a row (68/70).
    "a header of two rows": (
        ("table-per-page", True, 16, 1.5, None, _as_swept(generate.two_row_header, 16, 1.5, 1504), None),
        [generate.inside_lines_only, generate.column_lines_only]),
    # A header cut by the page, the rest of its first cell (ประเด็นที่ต้องพัฒนา)
    # at the next page's top as close over the first row's first cell as the
    # cell's own lines: read into that cell (column lines only: 15 rows, 38/70;
    # no borders: 69/70). Then, column lines only, the next table's header
    # reads its two rows as one, no rule between them: not a header holding
    # more text than the last one's rows (header_with_text).
    "a header of two rows, not repeated": (
        ("table-per-page", False, 15, 2.0, None, _as_swept(_two_rows_not_repeated, 15, 2.0, 1401), None),
        [generate.column_lines_only, generate.table_borders()]),
    # --seed 16, held out: no borders, a table split in two by hand whose
    # second part (one row) fills a page's top, in columns of its own, then
    # the next table: one row is no table, and none of the last page's, so
    # it was read as text (13 rows, 51/70).
    "a table's second part of one row at a page's top": (
        ("table-per-page", False, 15, 1.0, None, _as_swept(generate.split_tables, 15, 1.0, 1605), None),
        [generate.table_borders()]),
    # Seeds 21-23, held out (session 22). A header and its row of column
    # numbers at a page's foot, the header not repeated: the numbers row was
    # taken for a row the page cut, and the next page's first row read into
    # it, in every style (65/70).
    "column numbers under a header not repeated": (
        ("table-per-page", True, 14, 2.5, None, _as_swept(_numbers_not_repeated, 14, 2.5, 2103), None),
        [generate.table_borders()]),
    # Column lines only: a page's second table, its header alone at the
    # page's foot, no rule under it; the page's first table has rules at its
    # top and bottom, so the page was taken for one with rules between rows,
    # and the header for a row the page cut (65/70). No borders: the second
    # part's first row, one line, at a page's foot (15 rows, 21/70).
    "tables split in two by hand, header not repeated": (
        ("table-per-page", False, 16, 1.5, None, _as_swept(_split_not_repeated, 16, 1.5, 2302), None),
        [generate.column_lines_only, generate.table_borders()]),
    # No borders: a table's first row, one line of it at a page's foot, its
    # first cell ending on that line, so the next page has no text in its
    # column (13 rows, 24/70); and its second cell's line a word and a
    # space, then less than a cell's gap (11 rows, 8/70).
    "a row's first line at a page's foot": (
        ("table-per-page", False, 16, 1.0, None, _as_swept(generate.split_tables, 16, 1.0, 2202), None),
        [generate.table_borders()]),
    # Rules between rows only: the last page's row's rest, an empty band,
    # then the next table's title row between two rules: no letter of the
    # title lies over a column line of the last page's table, so it was not
    # seen to cross them, and the rest and the next table were read as one
    # table of both tables' columns (17 rows, 33/70).
    "a title row over a header not repeated": (
        ("table-per-page", False, 15, 1.0, None, _as_swept(_title_not_repeated, 15, 1.0, 2200), None),
        [generate.rules_between_rows]),
    # A header of two rows cut by the page, not repeated. Column lines only:
    # LibreOffice leaves out the next page's top border over the cell merged
    # down across the cut, so that page's table lost two columns (13 rows,
    # 50/70). No borders: the header's second row (กำหนดเวลาแล้วเสร็จ) beside
    # cells merged down past the page's foot was a table of its own, and the
    # rest of the header's first cell read as a row (16 rows, 47/70).
    "a header of two rows, not repeated, cut by the page": (
        ("table-per-page", False, 15, 1.5, None, _as_swept(_two_rows_not_repeated, 15, 1.5, 2402), None),
        [generate.column_lines_only, generate.table_borders()]),
    "a row's first line at a page's foot, portrait": (
        ("table-per-page", True, 16, 2.5, None, _as_swept(generate.split_tables, 16, 2.5, 2301), None),
        [generate.table_borders()]),
    # Seeds 31 and 32 with --looks, held out (session 23). Lines 1.5 apart: a
    # page the middle of a row fills ends a line's pitch (37 pt) above the
    # lowest table seen, more than the 30 pt a table that filled its page was
    # let leave, so the row's rest on the next page was a row (17 rows, in
    # every style).
    "lines 1.5 apart": (
        ("seq-column", True, 15, 2.0, None,
         _as_swept(generate.split_tables, 15, 2.0, None, generate.cell_line_spacing(1.5)), None),
        [generate.table_borders()]),
    # The same with Sawasdee, in every style: the page left a line's pitch
    # and the part of its box below the letters (44 pt; 15 rows).
    "lines 1.5 apart, a header of two rows": (
        ("long-table", False, 16, 1.5, None,
         _as_swept(generate.two_row_header, 16, 1.5, None, generate.column_widths(0.22, 0.19, 0.21, 0.18, 0.2),
                   generate.cell_line_spacing(1.5), generate.thai_font("Sawasdee")), None),
        []),
    # A page head and foot of 12 pt over cells of 16 pt. No borders: how far
    # apart the page's lines are was measured against the head's size, so
    # lines spaced as Sawasdee spaces them read as spread out, and a gap
    # wide enough for the foot to be a row of a table (20 rows, 0/70; rules
    # between rows only, on a page without rules: 16 rows, 32/70).
    "a page head and foot": (
        ("long-table", False, 16, 2.0, None,
         _as_swept(_two_rows_not_repeated, 16, 2.0, None, generate.column_widths(0.26, 0.16, 0.24, 0.24, 0.1),
                   generate.page_header_and_footer, generate.thai_font("Sawasdee")), None),
        [generate.table_borders(), generate.rules_between_rows]),
    # No borders. A header not repeated, cut by the page, under a page head:
    # the head (12 pt) was a row of the table of the header's rest (14 pt),
    # and the rest taken for the first row's first lines (51/70).
    "a page head over a header's rest": (
        ("table-per-page", False, 14, 1.0, None, _as_swept(_title_not_repeated, 14, 1.0, 3501,
                                                             generate.page_header_and_footer,
                                                             generate.thai_font("Garuda")), None),
        [generate.table_borders()]),
    # No borders: the last page's row's rest, then a table's second part of
    # one row (split by hand), its header not repeated: one row under a rest
    # was no table, and read as text (13 rows, 60/70).
    "a table's second part of one row under a row's rest": (
        ("table-per-page", False, 14, 1.5, None, _as_swept(_split_not_repeated, 14, 1.5, 3502,
                                                             generate.every_cell("jc", "both", paragraphs=True)), None),
        [generate.table_borders()]),
    # Cells centred, a header of two rows repeated at a page's top. Column
    # lines only: the header's one-line cells sit lower than its others, so
    # its first line was taken for the last page's row's rest (17 rows,
    # 28/70). No borders: the header's second row, centred under a cell
    # centred in the first, stood further from it than a table's rows may
    # (the header at a page's foot was text: 16 rows).
    "cells centred": (
        ("table-per-page", False, 16, 1.5, None, _as_swept(generate.two_row_header, 16, 1.5, 3100,
                                                             generate.every_cell("vAlign", "center")), None),
        [generate.column_lines_only, generate.table_borders()]),
    # Purisa, a space 0.65 of the size wide, as wide as two cells' padding.
    # Rules between rows only: a header's word space, over a first column
    # empty below it, was taken for a gap between columns (16 rows, 54/70).
    "a font of wide spaces": (
        ("table-per-page", False, 16, 1.5, None, _as_swept(generate.two_row_header, 16, 1.5, 3100,
                                                             generate.thai_font("Purisa")), None),
        [generate.rules_between_rows]),
    # A title row over the header, its words a wide space apart either side
    # of a column line: not seen to cross it, so cut there (15 rows, 47/70).
    "a font of wide spaces, a title row": (
        ("table-per-page", False, 14, 2.0, None, _as_swept(_title_not_repeated, 14, 2.0, 3303,
                                                             generate.thai_font("Purisa")), None),
        [generate.rules_between_rows]),
    # Shaded rows: the title row cut at the column lines, which ran the whole
    # page's height where shading hides pdfplumber's own lines (15 rows, 47/70).
    "shaded rows, a title row": (
        ("table-per-page", True, 14, 2.0, None, _as_swept(_title_not_repeated, 14, 2.0, 3305,
                                                            generate.banded_rows, generate.thai_font("Norasi")), None),
        [generate.rules_between_rows]),
    # Rules between rows only: the last page's row's rest, then headings
    # between two rules inside the wide first column of its table, read as a
    # row of it (15 rows, 47/70).
    "headings inside the first column under a row's rest": (
        ("table-per-page", False, 14, 1.0, None, _as_swept(generate.split_tables, 14, 1.0, 3201,
                                                             generate.banded_rows, generate.thai_font("Purisa")), None),
        [generate.rules_between_rows]),
    # Justified cells. Rules between rows only: a page holding one row's
    # middle, its first column empty and a justified line's wide gap, found
    # as many columns as the last page's other ones (12 rows, 25/70); no
    # borders: a justified line's word that starts where the last page's
    # table had a column was cut there (69/70).
    "justified cells": (
        ("long-table", True, 14, 1.0, None,
         _as_swept(_numbers_not_repeated, 14, 1.0, None, generate.every_cell("jc", "both", paragraphs=True),
                   generate.thai_font("Purisa")), None),
        [generate.rules_between_rows]),
    "justified cells, tables running on": (
        ("table-per-page", True, 14, 1.5, None,
         _as_swept(_numbers_not_repeated, 14, 1.5, 3103, generate.every_cell("jc", "both", paragraphs=True),
                   generate.thai_font("Umpush")), None),
        [generate.table_borders()]),
    # Seed 36 with --looks, held out (session 23). Column lines only, lines
    # 1.5 apart: the page's one ruled row holds the header drawn again and,
    # far below it, the last page's row's rest in the last column alone.
    # Lines of one cell far apart are not two rows, so the rest went into the
    # header's cell and was dropped with it (69/70).
    "a row's rest under the header, in its last column only": (
        ("table-per-page", True, 16, 1.5, None, _as_swept(generate.split_tables, 16, 1.5, 3600,
                                                            generate.cell_line_spacing(1.5)), None),
        [generate.column_lines_only]),
    # No borders, a header of two rows not repeated, a page head and foot:
    # the header's first line alone at the page's foot sat as close under
    # the paragraphs above it as those (spaced out) are to each other, so it
    # was their run's last row, not a line of its own taken on trust, and
    # the table after it had no header (5 rows, 0/70).
    "a header's first line alone under paragraphs spaced out": (
        ("long-table", False, 14, 2.0, None,
         _as_swept(_two_rows_not_repeated, 14, 2.0, None, generate.column_widths(0.16, 0.26, 0.28, 0.17, 0.11),
                   generate.page_header_and_footer, generate.thai_font("Umpush")), None),
        [generate.table_borders()]),
    # Seeds 37 and 38 with --looks, held out (session 24). No borders, cells
    # centred: two headings over the report's second table, at a page's top,
    # short enough to sit inside the wide first column, were kept as the rest
    # of the last page's row's first cell, and the next page's header was not
    # known as the table's (21 rows, 47/70). A cell's rest is one block of
    # lines; two lines of one cell each, stacked, are headings.
    "headings inside the first column at a page's top": (
        ("long-table", False, 16, 2.0, None,
         _as_swept(generate.two_row_header, 16, 2.0, None, generate.column_widths(0.27, 0.09, 0.09, 0.3, 0.25),
                   generate.every_cell("vAlign", "center")), None),
        [generate.table_borders()]),
    # Cells aligned to the bottom, all lines: the rest of a row the page cut,
    # one cell's tall and the others' at the foot of its ruled row, was taken
    # for the last page's row's rest over a row (15 rows, 13/70); a row with a
    # rule under it holds no row's start, and without one no row starts where
    # nothing is in the first column and all cells end on one line. No
    # borders: the header's first cell, taller than the others, was read
    # with the paragraph above it, the next cell not being on its top line
    # (16 rows, 4/70).
    "cells aligned to the bottom": (
        ("long-table", False, 14, 2.0, None,
         _as_swept(_two_rows_not_repeated, 14, 2.0, None, generate.column_widths(0.17, 0.29, 0.19, 0.23, 0.13),
                   generate.every_cell("vAlign", "bottom"), generate.thai_font("Garuda")), None),
        [generate.column_lines_only, generate.inside_lines_only, generate.table_borders()]),
    # Session 23's 33-3, cells aligned to the bottom under a title row, no
    # gap between the two: the title and the header's first cell (taller
    # than the others, whose one line is on its last) read as one block, cut
    # at that line (15 rows, 21/70).
    "cells aligned to the bottom, a title row": (
        ("table-per-page", False, 14, 2.0, None,
         _as_swept(_title_not_repeated, 14, 2.0, 3303, generate.every_cell("vAlign", "bottom"),
                   generate.thai_font("Purisa")), None),
        [generate.column_lines_only, generate.table_borders()]),
    # Seed 40, held out. Cells centred, a title row over the header, each
    # table running on. Column lines only (the first page's grid one cell: no
    # rule under the title) and no borders: the title and the header's first
    # cell, centred lower than the others, read as one block (12 rows, 4/70).
    # No borders: a later table's header cut by the page, its first line
    # alone at the page's foot, stayed text (69/70): with the next page's
    # first row it makes the header seen before.
    "cells centred, a title row": (
        ("table-per-page", True, 14, 2.5, None,
         _as_swept(generate.title_row, 14, 2.5, 4005, generate.every_cell("vAlign", "center"),
                   generate.thai_font("Sawasdee")), None),
        [generate.column_lines_only, generate.table_borders()]),
    # Seeds 42 and 43, held out (session 24). Lines 1.5 apart in Umpush (a
    # pitch of 44.5 pt): the page cut a row after its first line, so its
    # one-line cells gave no pitch, and the page was taken to end 30 pt over
    # the lowest table seen at most; the next page's table ended 30.2 pt
    # over it (16 rows, 11/70, all lines too). Then the first cell of a row
    # the page cut ended a line short of the others (its next paragraph was
    # kept whole), more than the 1.8 sizes a browser's widows leave, and the
    # row's rest on the next page was a row (15 rows, 46/70).
    "lines 1.5 apart, a row cut after its first line": (
        ("table-per-page", False, 15, 1.0, None,
         _as_swept(_numbers_not_repeated, 15, 1.0, 4300, generate.cell_line_spacing(1.5),
                   generate.thai_font("Umpush")), None),
        [generate.column_lines_only, generate.table_borders()]),
    "lines 1.5 apart, a title row": (
        ("seq-column", False, 16, 1.0, None,
         _as_swept(_title_not_repeated, 16, 1.0, None, generate.cell_line_spacing(1.5),
                   generate.thai_font("Norasi")), None),
        []),
    # Seed 47, held out (session 25). Cells aligned to the bottom, in every
    # style: a row's rest at a page's top, its first and last cells one line
    # each at its foot, beside two cells of many lines, was read as a rest
    # over a new row starting on that line (15 rows, 66/70).
    "cells aligned to the bottom, the first cell's rest short": (
        ("table-per-page", False, 15, 2.5, None,
         _as_swept(_numbers_not_repeated, 15, 2.5, 4701, generate.every_cell("vAlign", "bottom"),
                   generate.thai_font("Umpush")), None),
        [generate.table_borders()]),
    # No borders, a header of two rows not repeated, cut by the page inside
    # its first cell (merged down over both rows): that cell's second line
    # sits on the header's second row's line, so the cell was not seen to
    # be merged down, and its rest (พัฒนา) went into the second row, which
    # then read as a measure (15 rows, 55/70).
    "a header of two rows cut inside its first cell, a page head": (
        ("table-per-page", False, 15, 1.5, None,
         _as_swept(_two_rows_not_repeated, 15, 1.5, 4704, generate.page_header_and_footer), None),
        [generate.table_borders()]),
    # Seed 48, held out. Cells centred, a header of two rows not repeated,
    # cut by the page inside its first cell, merged down over both rows: that
    # cell has no text in the last row, so it was not seen to fill the page,
    # and the header's rest at the next page's top read as a row (15 rows,
    # 6/70, all lines too).
    "cells centred, a header of two rows cut by the page": (
        ("table-per-page", False, 15, 2.0, None,
         _as_swept(_two_rows_not_repeated, 15, 2.0, 4805, generate.every_cell("vAlign", "center"),
                   generate.thai_font("Garuda")), None),
        [generate.table_borders()]),
    # No borders, shaded rows: LibreOffice broke เมษายน๒๕|๖๖ at a page's foot;
    # joined across the pages with a space (the paragraph has spaces, so the
    # year was not seen as a run cut), row 11's date fell outside the year
    # (date_outside_fiscal_year; the cells right with whitespace removed).
    "a year cut by the page": (
        ("table-per-page", False, 15, 2.0, None,
         _as_swept(generate.two_row_header, 15, 2.0, 4705, generate.banded_rows, generate.thai_font("Norasi")), None),
        [generate.table_borders()]),
    # Seed 53, held out. Rules between rows only, lines 1.5 apart: a page
    # holding only a row's middle read without lines ends where its letters
    # do, 0.35 pt more than a pitch and half a size over the lowest table
    # seen, a ruled one's border; so the next page's rest was a row (15 rows,
    # 38/70).
    "lines 1.5 apart, a page of one row's middle": (
        ("seq-column", True, 15, 1.0, None,
         _as_swept(_numbers_not_repeated, 15, 1.0, None, generate.cell_line_spacing(1.5),
                   generate.thai_font("Norasi")), None),
        [generate.rules_between_rows]),
    # No borders, cells aligned to the bottom: a row's first line alone at a
    # page's foot, its second cell's trailing space drawn with the third
    # cell's text and cut from it at that cell's left, was a column of its
    # own; the page's table had one column more than the last page's (13
    # rows, 58/70).
    "cells aligned to the bottom, a title row, a ลำดับ column": (
        ("seq-column", False, 16, 2.5, None,
         _as_swept(_title_not_repeated, 16, 2.5, None, generate.every_cell("vAlign", "bottom"),
                   generate.thai_font("Garuda")), None),
        [generate.column_lines_only, generate.table_borders()]),
}


@pytest.fixture(scope="module")
def rendered(request, tmp_path_factory):
    return _rendered_for_module(request, tmp_path_factory, {
        "test_tables_of_their_own_widths_running_on_read_as_ruled": lambda case: in_styles(*RUN_ON[case])})


@pytest.mark.parametrize("case", RUN_ON)
def test_tables_of_their_own_widths_running_on_read_as_ruled(rendered, case):
    read_as_ruled(rendered[case], len(RUN_ON[case][1]))


def in_styles(geometry, styles: list) -> tuple:
    """A geometry to be rendered ruled and in each of ``styles``."""
    return geometry, {"ruled": lambda doc: None, **{f"style{i}": s for i, s in enumerate(styles)}}


def read_as_ruled(pdfs: dict, styles: int) -> None:
    """The seed's renderings (:func:`in_styles`, of ``styles`` styles besides
    ruled) read every cell right when ruled, and in each style as ruled:
    cells, document fields, findings."""
    ruled = process_file(pdfs["ruled"])
    want = expected("khoksanuan-2566-table-per-page")
    cells = [["".join(m[c].split()) for c in CELLS] for m in want["measures"]]
    assert squeezed_cells(ruled) == cells
    for i in range(styles):  # their rows take other pages, and wrap elsewhere
        x = process_file(pdfs[f"style{i}"])
        assert squeezed_cells(x) == cells, i
        assert _fields(x) | {"pages": None} == _fields(ruled) | {"pages": None}, i
        assert [c[:2] for c in _codes(x)] == [c[:2] for c in _codes(ruled)], i
