"""Tables without ruling lines, told from text set in columns by the order
their text is drawn in (parsers.unruled), on chars laid out by hand."""

from parsers import unruled

SIZE = 16.0
WIDTH = 8.0  # of each letter


def line(text: str, x: float, top: float) -> list[dict]:
    """The chars of ``text`` drawn left to right from ``x`` on a line at ``top``."""
    return [{"text": t, "x0": x + i * WIDTH, "x1": x + (i + 1) * WIDTH, "top": top, "bottom": top + 20,
             "size": SIZE} for i, t in enumerate(text)]


def texts(found: unruled.Found) -> list[list[str]]:
    return [["".join(c["text"] for c in cell) for cell in row] for row in found.cells]


# A table of three columns and two rows; the first row's first cell and the
# second row's second cell take two lines. (column x, top, text) per line.
LINES = {
    (0, 0): [(50, 100, "ประเด็น"), (50, 124, "ที่ต้อง")],
    (0, 1): [(200, 100, "สำนักปลัด")],
    (0, 2): [(350, 100, "มาตรการ")],
    (1, 0): [(50, 150, "ข้อมูล")],
    (1, 1): [(200, 150, "กองคลัง"), (200, 174, "กองช่าง")],
    (1, 2): [(350, 150, "รายงาน")],
}
WANT = [["ประเด็นที่ต้อง", "สำนักปลัด", "มาตรการ"], ["ข้อมูล", "กองคลัง" "กองช่าง", "รายงาน"]]


def drawn_cell_by_cell() -> list[dict]:
    """As Word and LibreOffice draw a table: each cell's lines, cell after cell."""
    return [c for key in sorted(LINES) for x, top, text in LINES[key] for c in line(text, x, top)]


def drawn_line_by_line() -> list[dict]:
    """The same text set in columns with tabs: each line across, top to bottom."""
    lines = sorted((top, x, text) for parts in LINES.values() for x, top, text in parts)
    return [c for top, x, text in lines for c in line(text, x, top)]


def test_a_table_drawn_cell_by_cell_is_read_as_one():
    chars = drawn_cell_by_cell()
    found, rest = unruled.tables(chars)
    assert len(found) == 1 and rest == []
    t = found[0]
    assert texts(t) == WANT
    assert t.columns == [50, 200, 350, 350 + 7 * WIDTH]  # each column's left, then where the last one's text ends
    assert t.rights == [50 + 7 * WIDTH, 200 + 9 * WIDTH, 350 + 7 * WIDTH]
    assert [top for top, _ in t.rows] == [100, 150]
    assert t.rows[1][1] == 194  # the last row ends with its text; the first where the next starts
    assert t.rows[0][1] == 150 - 0.01


def test_text_set_in_columns_line_by_line_stays_text():
    chars = drawn_line_by_line()
    found, rest = unruled.tables(chars)
    assert found == [] and rest == chars


def test_a_paragraph_right_above_the_table_is_not_its_first_cell():
    # Body text at nearly the left edge of the first column's text, with no
    # gap before the table: the first cell's lines are split off it.
    above = line("องค์การบริหารส่วนตำบลโคกสนวน" * 2, 46, 52) + line("ของหน่วยงาน", 46, 76)
    found, rest = unruled.tables(above + drawn_cell_by_cell())
    assert len(found) == 1 and texts(found[0]) == WANT
    assert rest == above


def test_a_title_and_a_paragraph_below_are_left_out():
    title = line("รายงานผลการดำเนินการ", 150, 40)
    below = line("ลงชื่อ ผู้รายงาน ปลัดองค์การบริหารส่วนตำบล", 60, 200)
    found, rest = unruled.tables(title + drawn_cell_by_cell() + below)
    assert len(found) == 1 and texts(found[0]) == WANT
    assert rest == title + below


def test_two_columns_of_text_are_not_a_table():
    # A page set in two columns: drawn down the first, then back up for the
    # second, but two columns are not a measure table's.
    left = [c for i in range(4) for c in line("ข้อความ", 50, 100 + 24 * i)]
    right = [c for i in range(4) for c in line("ข้อความ", 300, 100 + 24 * i)]
    found, rest = unruled.tables(left + right)
    assert found == [] and len(rest) == len(left + right)


def test_fragments_split_where_the_drawing_leaves_the_line():
    chars = line("กข", 0, 0) + line("ค", 100, 0) + line("ง", 0, 24)
    assert ["".join(c["text"] for c in f.chars) for f in unruled.fragments(chars)] == ["กข", "ค", "ง"]
    # A space drawn before the letter it stands after (LibreOffice, at a
    # fallback font's glyph) goes with that letter's line.
    space = {**line(" ", 20, 24)[0]}
    parts = unruled.fragments(line("กข", 0, 0) + [space] + line("คง", 0, 24))
    assert ["".join(c["text"] for c in f.chars) for f in parts] == ["กข", " คง"]


COLUMNS = [40, 190, 340, 500]  # ruled column lines around LINES' three columns


def test_rows_drawn_inside_one_ruled_row_are_split():
    # A table ruled between its columns only: the rows share one tall ruled
    # row, drawn cell by cell, row by row.
    split = unruled.split_row(drawn_cell_by_cell(), COLUMNS)
    assert [top for top, _ in split] == [100, 150]
    assert [["".join(c["text"] for c in cell) for cell in cells] for _, cells in split] == WANT


def test_a_tall_cell_with_an_empty_line_is_one_row():
    # The middle cell's second paragraph, after an empty line, is drawn
    # before the next cell, which goes back up beside it: one row.
    chars = (line("ประเด็น", 50, 100) + line("สำนักปลัด", 200, 100) + line("กองคลัง", 200, 150)
             + line("มาตรการ", 350, 100))
    assert unruled.split_row(chars, COLUMNS) is None


def test_a_cell_aligned_to_the_bottom_is_not_another_row():
    # The cells right of a one-line cell start below it (aligned to the
    # bottom of a row the last cell makes tall): not a row of their own.
    chars = line("ประเด็น", 50, 100) + line("สำนักปลัด", 200, 150) + line("มาตรการ", 350, 150)
    assert unruled.split_row(chars, COLUMNS) is None


def test_a_rest_in_the_last_column_under_a_header_of_two_rows_drawn_again():
    # The page's first ruled row (column lines only): the header drawn again,
    # its second row in the middle column only, then the last page's row's
    # rest in the last column only, then the next row. The rest starts right
    # of the header's second row, as a cell aligned to the bottom would.
    chars = (line("ประเด็น", 50, 100) + line("การรายงาน", 200, 100) + line("การดำเนิน", 350, 100)
             + line("กำหนดเวลา", 200, 124) + line("เดือนมีนาคม", 350, 150)
             + line("ข้อมูล", 50, 200) + line("กองคลัง", 200, 200) + line("รายงาน", 350, 200))
    split = unruled.split_row(chars, COLUMNS, first=True)
    assert [top for top, _ in split] == [100, 124, 150, 200]
    assert [["".join(c["text"] for c in cell) for cell in cells] for _, cells in split] == [
        ["ประเด็น", "การรายงาน", "การดำเนิน"], ["", "กำหนดเวลา", ""], ["", "", "เดือนมีนาคม"],
        ["ข้อมูล", "กองคลัง", "รายงาน"]]
    assert unruled.split_row(chars, COLUMNS) is None  # not the page's first: no rest under a header


def test_a_rest_aligned_to_the_bottom_under_the_header_drawn_again():
    # The page's first ruled row (column lines only): the header of two
    # rows drawn again, then the last page's row's rest, its middle cell
    # tall and its last cell, aligned to the bottom, one line below it. That line starts
    # right of the tall cell, as no row does: it is the rest's.
    chars = (line("ประเด็น", 50, 100) + line("มาตรการ", 200, 100) + line("การรายงาน", 350, 100)
             + line("กำหนดเวลา", 350, 124)
             + line("ทุจริต", 200, 150) + line("รายงานผล", 200, 174) + line("เมษายน", 350, 200))
    head = [["ประเด็น", "มาตรการ", "การรายงาน"], ["", "", "กำหนดเวลา"]]
    split = unruled.split_row(chars, COLUMNS, first=True, head=head)
    assert [top for top, _ in split] == [100, 124, 150]
    assert [["".join(c["text"] for c in cell) for cell in cells] for _, cells in split] == [
        ["ประเด็น", "มาตรการ", "การรายงาน"], ["", "", "กำหนดเวลา"], ["", "ทุจริตรายงานผล", "เมษายน"]]
    assert unruled.split_row(chars, COLUMNS) is None  # not the page's first: one row


def test_text_across_a_column_line_is_not_split():
    chars = drawn_cell_by_cell() + line("ข้อความยาวข้ามเส้นคอลัมน์", 150, 200)
    assert unruled.split_row(chars, COLUMNS) is None


def test_lines_of_one_cell_far_apart_are_not_rows():
    # A cell's lines further apart than a line's pitch elsewhere (a cell
    # spaced on its own): each line stands alone, but none starts back at
    # the left of the one before.
    chars = (line("ประเด็น", 50, 100) + line("สำนักปลัด", 200, 100) + line("มาตรการ", 350, 100)
             + line("กองคลัง", 200, 150) + [c for top in (150, 200, 250) for c in line("รายงาน", 350, top)])
    assert unruled.split_row(chars, COLUMNS) is None


def test_lines_far_apart_throughout_are_one_cell():
    # Lines 1.5 apart in every cell: a cell's next line is as far below as
    # the lines are throughout the page.
    lines = {(0, 0): [(50, 100, "ประเด็น"), (50, 136, "ที่ต้อง")], (0, 1): [(200, 100, "สำนักปลัด")],
             (0, 2): [(350, 100, "มาตรการ")], (1, 0): [(50, 180, "ข้อมูล")],
             (1, 1): [(200, 180, "กองคลัง"), (200, 216, "กองช่าง")], (1, 2): [(350, 180, "รายงาน")]}
    chars = [c for key in sorted(lines) for x, top, text in lines[key] for c in line(text, x, top)]
    found, _ = unruled.tables(chars)
    assert [texts(t) for t in found] == [WANT]


def test_a_mark_stays_with_its_letter_across_a_stretch():
    # LibreOffice's justified line drew ์ after the stretch that follows ฑ.
    chars = line("ทุกหลักเกณฑ", 0, 0)
    mark = {**chars[-1], "text": "์", "x0": chars[-1]["x1"] + 11, "x1": chars[-1]["x1"] + 11}
    rest = line(" ภายใน", mark["x1"], 0)
    parts = unruled.fragments(chars + [mark] + rest)
    assert ["".join(c["text"] for c in f.chars) for f in parts] == ["ทุกหลักเกณฑ์ ภายใน"]


def test_a_narrow_cell_and_the_next_on_one_line_are_cut_at_the_column():
    # Word draws a one-line cell's trailing space: the ลำดับ number, its
    # space and the next cell's text run on one line, a font size apart.
    # The next cell's text starts where the lines of that column start.
    number = line("๑ ", 74, 100)
    text = line("งบลงทุน", number[-1]["x1"] + 15, 100)
    column = text[0]["x0"]
    below = [c for top in (124, 148) for c in line("ค่าครุภัณฑ์", column, top)]
    parts = unruled.fragments(number + text + below)
    assert ["".join(c["text"] for c in f.chars) for f in parts] == ["๑ ", "งบลงทุน", "ค่าครุภัณฑ์", "ค่าครุภัณฑ์"]
    # Without other lines starting there, a gap after a space is a justified line's.
    assert len(unruled.fragments(number + text)) == 1


def test_one_line_cells_run_on_are_cut_where_a_cell_of_the_header_starts():
    # A row the page cut after one line, below a header whose cells are one
    # line: each cell's trailing space is drawn, and the next cell starts
    # 40 points on, a gap a justified line's space may leave, so two cells
    # run on in one fragment. The next cell starts where a header cell
    # started after a cell's gap on its line, and its second line below.
    header = line("ประเด็น", 50, 100) + line("ผู้รับผิดชอบ", 200, 100) + line("ขั้นตอน", 320, 100) \
        + line("วิธีการ", 320, 124)
    unit = line("สำนักปลัด ", 200, 160)
    assert unit[-1]["x1"] == 280
    parts = unruled.fragments(header + line("ตัวชี้วัด", 50, 160) + unit + line("๑.เจ้าหน้าที่", 320, 160))
    assert ["".join(c["text"] for c in f.chars) for f in parts][-3:] == ["ตัวชี้วัด", "สำนักปลัด ", "๑.เจ้าหน้าที่"]


def test_cells_run_on_are_cut_where_a_cell_went_back_up():
    # The header's last cell is one line, drawn after the two lines of the
    # cell before it: the drawing went back up, so a cell starts there,
    # though no other line does. The row below ran on across it.
    header = line("ประเด็น", 50, 100) + line("การรายงาน", 200, 100) + line("ผลและ", 200, 124) \
        + line("การดำเนินการ", 320, 100)
    row = line("ตัวชี้วัด", 50, 160) + line("เจ้าหน้าที่ ", 200, 160) + line("๑. องค์การ", 320, 160)
    parts = unruled.fragments(header + row)
    assert ["".join(c["text"] for c in f.chars) for f in parts][-3:] == ["ตัวชี้วัด", "เจ้าหน้าที่ ", "๑. องค์การ"]


def test_a_heading_inside_the_first_column_above_a_wide_gap_is_not_a_row():
    # A short heading above the table sits inside its first column; a wider
    # gap than the table's own between rows parts it from it. The rest of
    # a cell the page cut, as close to the next row as rows are, stays.
    heading = line("ตัวชี้วัดที่ ๗", 50, 58)  # 22 points above the table: less than a paragraph's gap
    found, rest = unruled.tables(heading + drawn_cell_by_cell())
    assert [texts(t) for t in found] == [WANT] and rest == heading
    cut = line("ที่เหลือ", 200, 74)  # ends 6 points above the next row, as the rows' gap
    found, rest = unruled.tables(cut + drawn_cell_by_cell())
    assert [texts(t) for t in found] == [[["", "ที่เหลือ", ""]] + WANT] and rest == []


def test_a_header_of_two_rows_is_one_table_with_the_rows_below():
    # The first two header cells are merged down over both header rows: they
    # reach past the top of the second row's one cell, beside them.
    header = (line("ประเด็น", 50, 100) + line("ที่ต้อง", 50, 124) + line("ผู้รับ", 200, 100) + line("ผิดชอบ", 200, 124)
              + line("การรายงาน", 350, 100) + line("การดำเนินการ", 500, 100))
    second = line("กำหนดเวลา", 350, 126)
    row = line("ข้อมูล", 50, 152) + line("กองคลัง", 200, 152) + line("รายงาน", 350, 152) + line("ทำแล้ว", 500, 152)
    found, rest = unruled.tables(header + second + row)
    assert rest == [] and [texts(t) for t in found] == [[
        ["ประเด็นที่ต้อง", "ผู้รับผิดชอบ", "การรายงาน", "การดำเนินการ"], ["", "", "กำหนดเวลา", ""],
        ["ข้อมูล", "กองคลัง", "รายงาน", "ทำแล้ว"]]]


def test_lines_beside_a_taller_cell_are_not_rows():
    # One ruled row: a cell of three lines, and beside it two lines of a
    # list whose numbers hang left of its text. The second item starts left
    # of the first's text and below it, but beside the cell, and no row
    # comes below them all (the cell ending with it says nothing: a cell's
    # first line drawn on its own beside a tall cell does too).
    tall = [c for top in (100, 124, 148) for c in line("นโยบาย", 50, top)]
    items = [c for k, top in enumerate((100, 148), 1) for c in line(f"{k}.", 200, top) + line("ข้อจำกัด", 230, top)]
    assert unruled.split_row(tall + items, COLUMNS) is None


def test_a_box_drawn_left_of_the_space_after_it_stays_with_its_item():
    # LibreOffice's justified line drew the space after ☑ first, then ☑ (a
    # glyph of another font) left of it, then the item: one line of one cell.
    above = line("ลักษณะดังนี้", 128, 76)
    space = {"text": " ", "x0": 161.7, "x1": 166.6, "top": 100, "bottom": 120, "size": SIZE}
    box = {"text": "☑", "x0": 127.7, "x1": 141.1, "top": 100, "bottom": 120, "size": SIZE}
    parts = unruled.fragments(above + [space, box] + line("เข้าถึง", 166.6, 100))
    assert ["".join(c["text"] for c in f.chars) for f in parts] == ["ลักษณะดังนี้", " ☑เข้าถึง"]


GOING_ON = ([50, 200, 350, 406], [106, 272, 406])  # the last page's table: columns and text ends


def test_the_rest_of_a_row_the_last_page_cut_is_a_table():
    # A page that holds only a tall row's middle (the header not repeated):
    # one row, each cell at a column's left. Alone it is not a table; with
    # the last page's columns it is, and takes their lefts and ends.
    cells = [("ที่ต้อง", 50, 100), ("กองช่าง", 200, 100), ("รายงาน", 350, 100), ("ผล", 350, 124)]
    chars = [c for text, x, top in cells for c in line(text, x, top)]
    assert unruled.tables(chars) == ([], chars)
    found, rest = unruled.tables(chars, GOING_ON)
    assert rest == [] and texts(found[0]) == [["ที่ต้อง", "กองช่าง", "รายงานผล"]]
    assert (found[0].columns, found[0].rights) == GOING_ON
    # One cell alone: in a column right of the first and at its left edge.
    for x, want in ((200, [["", "กองช่างกองคลัง", ""]]), (50, None), (210, None)):
        chars = line("กองช่าง", x, 100) + line("กองคลัง", x, 124)
        found, rest = unruled.tables(chars, GOING_ON)
        assert (texts(found[0]) if found else None) == want
    # In the first column, two lines right over another table: the row's rest
    # (a paragraph of two lines would run wider than the column).
    table = [c for text, x, top in [("ข้อมูล", 50, 186), ("พื้นฐาน", 50, 210), ("ของ", 50, 234), ("หน่วย", 50, 258),
                                     ("สำนักปลัด", 150, 186), ("รายงาน", 300, 186), ("ข่าว", 50, 300), ("สาร", 50, 324),
                                     ("กองคลัง", 150, 300), ("เผยแพร่", 300, 300)] for c in line(text, x, top)]
    rows = [["ข้อมูลพื้นฐานของหน่วย", "สำนักปลัด", "รายงาน"], ["ข่าวสาร", "กองคลัง", "เผยแพร่"]]
    found, rest = unruled.tables(line("มาก", 50, 100) + line("น้อย", 50, 124) + table, GOING_ON)
    assert rest == [] and [texts(t) for t in found] == [[["มากน้อย", "", ""]], rows]
    heading = line("มาก", 50, 100)  # one line: as likely a heading
    found, rest = unruled.tables(heading + table, GOING_ON)
    assert rest == heading and [texts(t) for t in found] == [rows]


def test_two_headings_at_the_page_top_inside_the_first_column_are_no_rest_of_a_row():
    # The last page's table ended there; this one starts under two headings
    # short enough to sit inside its first column. A cell's rest is one
    # block of lines: one line of one cell stays a row, two stacked do not.
    # Each a gap apart wider than a cell's lines are, narrower than a table's rows may be.
    one, two = line("เครื่องมือ EIT", 50, 100), line("ตัวชี้วัดที่ ๗", 50, 143)
    table = [c for text, x, top in [("ข้อมูล", 50, 186), ("พื้นฐาน", 50, 210), ("ของ", 50, 234), ("หน่วย", 50, 258),
                                     ("สำนักปลัด", 200, 186), ("รายงาน", 350, 186), ("ข่าว", 50, 300),
                                     ("สาร", 50, 324), ("กองคลัง", 200, 300), ("เผยแพร่", 350, 300)]
             for c in line(text, x, top)]
    want = [["ข้อมูลพื้นฐานของหน่วย", "สำนักปลัด", "รายงาน"], ["ข่าวสาร", "กองคลัง", "เผยแพร่"]]
    found, rest = unruled.tables(one + two + table, GOING_ON)
    assert rest == one + two and [texts(t) for t in found] == [want]
    # The last page's table filled its page (its last row's cells end there): a row may go on.
    cut = unruled.GoingOn(*GOING_ON, ends=[unruled.LineEnd(106, "ข้อมูล"), None, None])
    found, rest = unruled.tables(two + table, cut)
    assert rest == [] and [texts(t) for t in found] == [[["ตัวชี้วัดที่ ๗", "", ""], *want]]
    # It ended short of its foot: no row was cut, so the line is a heading.
    found, rest = unruled.tables(two + table, GOING_ON)
    assert rest == two and [texts(t) for t in found] == [want]


def test_a_new_table_with_the_last_ones_header_in_its_own_columns_is_one_table():
    # Each table of its own widths (964-5 of --two-looks, no borders): the
    # last page's table filled its page, and this one starts a new table
    # with the same header, its columns a little right of the last page's.
    # Its header's cells (of two lines each) fit those columns, its column
    # numbers do not: no part of a row is left there to go on, so the header
    # drawn there is this table's, not the last one's drawn again.
    head = [["ประเด็นที่ต้อง", "ผู้รับผิดชอบ", "การรายงานผล"], ["(๑)", "(๒)", "(๓)"]]
    cut = unruled.GoingOn(*GOING_ON, ends=[unruled.LineEnd(106, "ข้อมูล"), None, None], head=head)
    cells = [("ประเด็นที่", 62, 100), ("ต้อง", 62, 124), ("ผู้รับ", 212, 100), ("ผิดชอบ", 212, 124),
             ("การรายงาน", 362, 100), ("ผล", 362, 124), ("(๑)", 62, 160), ("(๒)", 212, 160), ("(๓)", 362, 160),
             ("แผนการ", 62, 196), ("ดำเนินงาน", 62, 220), ("สำนักปลัด", 212, 196), ("รายงาน", 362, 196)]
    found, rest = unruled.tables([c for text, x, top in cells for c in line(text, x, top)], cut)
    assert rest == [] and [texts(t) for t in found] == [
        [["ประเด็นที่ต้อง", "ผู้รับผิดชอบ", "การรายงานผล"], ["(๑)", "(๒)", "(๓)"], ["แผนการดำเนินงาน", "สำนักปลัด", "รายงาน"]]]
    assert found[0].columns[:-1] == [62, 212, 362]


def test_a_row_right_under_a_table_is_one_of_its_rows():
    # A table split in two by hand: its second part, without a header, starts
    # with one row under the first part on the same page.
    under = [c for text, x, top in [("ข้อมูล", 50, 300), ("สำนักปลัด", 200, 300), ("รายงาน", 350, 300),
                                     ("ผล", 350, 324)] for c in line(text, x, top)]
    found, rest = unruled.tables(drawn_cell_by_cell() + under)
    assert rest == [] and [texts(t) for t in found] == [WANT, [["ข้อมูล", "สำนักปลัด", "รายงานผล"]]]
    # Not below a paragraph of two lines: only a running head may stand between.
    para = line("ข้อความในย่อหน้านี้", 50, 200) + line("ยาวสองบรรทัด", 50, 224)
    found, rest = unruled.tables(drawn_cell_by_cell() + para + under)
    assert [texts(t) for t in found] == [WANT] and rest == para + under


def test_a_row_at_the_page_foot_run_on_is_cut_at_the_last_pages_columns_or_column_lines():
    # The page holds the rest of a row in the last column, then the next
    # row's first line at its foot: one-line cells whose drawn trailing
    # spaces run them on (a gap of 6 points), with no other line starting
    # where the second one does.
    rest = [c for top in (100, 124, 148) for c in line("รายงานผล", 350, top)]
    first = line("การปฏิบัติงาน ", 50, 180)
    assert first[-1]["x1"] == 162
    foot = first + line("ทุกภารกิจ", 168, 180) + line("๑.เจ้าหน้าที่", 350, 180)
    texts_of = lambda parts: ["".join(c["text"] for c in f.chars) for f in parts]
    assert texts_of(unruled.fragments(rest + foot))[-2:] == ["การปฏิบัติงาน ทุกภารกิจ", "๑.เจ้าหน้าที่"]
    # Where the last page's table started its columns, or a column line runs.
    want = ["การปฏิบัติงาน ", "ทุกภารกิจ", "๑.เจ้าหน้าที่"]
    assert texts_of(unruled.fragments(rest + foot, lefts=(50, 168, 350)))[-3:] == want
    assert texts_of(unruled.fragments(rest + foot, walls=(45, 165, 345, 500)))[-3:] == want
    # So a table ruled between its columns only splits its one ruled row there.
    split = unruled.split_row(rest + foot, [45, 165, 345, 500])
    assert [["".join(c["text"] for c in cell) for cell in cells] for _, cells in split] == [
        ["", "", "รายงานผลรายงานผลรายงานผล"], ["การปฏิบัติงาน ", "ทุกภารกิจ", "๑.เจ้าหน้าที่"]]


def test_a_header_alone_at_the_page_foot_is_a_table_of_one_row():
    # The header not repeated, left alone at the foot of a page: one row,
    # drawn cell by cell, with nothing under it but a page number.
    header = [c for text, x, top in [("ประเด็น", 50, 600), ("ที่ต้อง", 50, 624), ("ผู้รับผิดชอบ", 200, 600),
                                      ("การรายงาน", 350, 600)] for c in line(text, x, top)]
    number = line("๒", 300, 780)
    found, rest = unruled.tables(header + number)
    assert rest == number and [texts(t) for t in found] == [[["ประเด็นที่ต้อง", "ผู้รับผิดชอบ", "การรายงาน"]]]
    assert found[0].columns == [50, 200, 350, 350 + 9 * WIDTH]
    # Not above a paragraph, nor a line of text set in columns.
    para = line("ข้อความในย่อหน้านี้", 50, 700) + line("ยาวสองบรรทัด", 50, 724)
    assert unruled.tables(header + para) == ([], header + para)
    # A line of three pieces at the foot is only taken on trust: a row if
    # the next page's table goes on in its columns, else text (parsers.pdf).
    one_line = line("ประเด็น", 50, 600) + line("ผู้รับผิดชอบ", 200, 600) + line("การรายงาน", 350, 600)
    found, rest = unruled.tables(one_line + number)
    assert rest == number and [(texts(t), t.on_trust) for t in found] == [
        ([["ประเด็น", "ผู้รับผิดชอบ", "การรายงาน"]], True)]
    assert [t.on_trust for t in unruled.tables(header + number)[0]] == [False]


def test_the_rest_of_a_row_and_the_next_rows_first_line_are_rows_of_the_last_pages_table():
    # A page holds a row's rest in one column, then the next row's first line
    # at its foot, one-line cells: no cell went back up, so not a table by
    # itself; each row in the last page's columns, at their lefts, is.
    rest = [c for top in (100, 124, 148) for c in line("รายงานผล", 350, top)]
    foot = line("การปฏิบัติงาน", 50, 180) + line("ทุกภารกิจ", 200, 180) + line("๑.เจ้าหน้าที่", 350, 180)
    # Alone, the foot line is at most taken on trust: text unless a next page's table goes on from it.
    found, left = unruled.tables(rest + foot)
    assert left == rest and [(texts(t), t.on_trust) for t in found] == [
        ([["การปฏิบัติงาน", "ทุกภารกิจ", "๑.เจ้าหน้าที่"]], True)]
    found, left = unruled.tables(rest + foot, GOING_ON)
    assert left == [] and [texts(t) for t in found] == [
        [["", "", "รายงานผลรายงานผลรายงานผล"], ["การปฏิบัติงาน", "ทุกภารกิจ", "๑.เจ้าหน้าที่"]]]
    assert found[0].rows[0][1] == 180 - 0.01  # down to the next row: its fill is measured in its own band


def test_a_row_below_a_header_cell_merged_down_past_its_second_row_is_measured_from_that_cell():
    # The first header cell (four lines) is merged down past the second
    # header row (one line, beside it): the first row below is close under
    # that cell, but far under the second row. Measured from the second
    # row, the gap parted it from the header: two tables.
    header = ([c for k, top in enumerate((100, 124, 148, 172)) for c in line("ประเด็น"[:4 + k % 2], 50, top)]
              + line("ผู้รับผิดชอบ", 200, 100) + line("การรายงาน", 350, 100) + line("การดำเนินการ", 500, 100))
    second = line("กำหนดเวลา", 350, 126)
    row = line("ข้อมูล", 50, 202) + line("กองคลัง", 200, 202) + line("รายงาน", 350, 202) + line("ทำแล้ว", 500, 202)
    found, rest = unruled.tables(header + second + row)
    assert rest == [] and len(found) == 1 and texts(found[0])[1:] == [
        ["", "", "กำหนดเวลา", ""], ["ข้อมูล", "กองคลัง", "รายงาน", "ทำแล้ว"]]


def test_cells_after_the_drawing_went_back_up_on_that_line_start_cells():
    # A header of one-line cells after a first cell of two lines: the second
    # cell went back up, and the third and fourth are drawn after it on its
    # line, a cell's gap apart. A row's first line at the page's foot ran on
    # across where the third starts (one-line cells, drawn trailing spaces).
    header = (line("ประเด็น", 50, 100) + line("ที่ต้อง", 50, 124) + line("ผู้รับผิดชอบ", 200, 100)
              + line("ขั้นตอน", 320, 100) + line("การดำเนินการ", 450, 100))
    foot = line("ตัวชี้วัด", 50, 160) + line("สำนักปลัด ", 200, 160) + line("๑.เจ้าหน้าที่", 320, 160) \
        + line("๑.องค์การ", 450, 160)
    assert foot[len("ตัวชี้วัดสำนักปลัด ")]["x0"] - foot[len("ตัวชี้วัดสำนักปลัด ") - 1]["x1"] == 40  # under SPACE_GAP
    parts = unruled.fragments(header + foot)
    assert ["".join(c["text"] for c in f.chars) for f in parts][-4:] == [
        "ตัวชี้วัด", "สำนักปลัด ", "๑.เจ้าหน้าที่", "๑.องค์การ"]
    # Text set in columns never went back up: nothing starts a cell there.
    prose = line("ข้อความ", 50, 100) + line("ต่อมา", 200, 100) + line("ข้อความอีก", 50, 124) + line("บรรทัด", 320, 124)
    assert len(unruled.fragments(prose)) == 4


def test_a_title_row_under_headings_is_not_a_row():
    # Headings inside the first column, then a title row merged across the
    # table, as close to it as its rows are: the headings, apart, are left
    # out, and then the title across columns, as it would be at the top.
    # 24 points apart: lines of no one cell, but one run of rows with the table.
    headings = line("เครื่องมือ", 52, -14) + line("ตัวชี้วัด", 52, 30)
    title = line("แผนปฏิบัติการตามมาตรการ ประจำปี", 50, 74)
    found, rest = unruled.tables(headings + title + drawn_cell_by_cell())
    assert [texts(t) for t in found] == [WANT] and rest == headings + title
    # A row of one cell inside a column at the table's top is the rest of a
    # cell the page cut only at the page's top: below other text, a title.
    cut = line("ที่เหลือ", 200, 74)
    rows, _ = unruled._drawn(cut + drawn_cell_by_cell())
    assert texts(unruled._table(rows)) == [["", "ที่เหลือ", ""]] + WANT
    assert texts(unruled._table(rows, top=False)) == WANT
