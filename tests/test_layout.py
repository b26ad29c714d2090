"""Lines of positioned characters joined into cell and paragraph text, and
page text grouped into paragraphs (parsers.layout, parsers.pdf._paragraphs)."""

import pytest

from parsers.layout import Cluster, Line, join_lines
from parsers.model import Paragraph
from parsers.pdf import _paragraphs
from parsers.settings import ParserSettings

SIZE = 16.0
WIDTH = 8.0  # every character 8 pt wide: a 16 pt Thai font's average


def line(text: str, x0: float, top: float) -> Line:
    """One line of text, a cluster per character (marks are their own here)."""
    clusters = [Cluster(ch, x0 + i * WIDTH, x0 + (i + 1) * WIDTH, top, top + SIZE, SIZE)
                for i, ch in enumerate(text)]
    return Line(clusters)


# Right edge at 400: a line of 40 characters from x 80 is full.
EDGE = 400.0


@pytest.mark.parametrize("lines,want", [
    # LibreOffice: a wrap between Thai words drops the space glyph; joined without one.
    ([("ก" * 40, 80), ("ขั้นตอน", 80)], "ก" * 40 + "ขั้นตอน"),
    # Word: the space glyph at the end of a wrapped line is drawn and kept.
    ([("ก" * 39 + " ", 80), ("ขั้นตอน", 80)], "ก" * 39 + " ขั้นตอน"),
    # Word also draws it after a paragraph's short last line: room left, so a new paragraph.
    ([("ในหน่วยงานของรัฐ ", 80), ("ขั้นตอน", 80)], "ในหน่วยงานของรัฐ\nขั้นตอน"),
    # A short line without a space glyph: a new paragraph too.
    ([("ในหน่วยงานของรัฐ", 80), ("ขั้นตอน", 80)], "ในหน่วยงานของรัฐ\nขั้นตอน"),
    # The next line's first word would not have fitted: a wrap.
    ([("ก" * 34, 80), ("ขั้นตอนหรือวิธีการ/มาตรการ", 80)], "ก" * 34 + "ขั้นตอนหรือวิธีการ/มาตรการ"),
    # A wrap before a number keeps the dropped space.
    ([("ก" * 40, 80), ("๒๕๖๖", 80)], "ก" * 40 + " ๒๕๖๖"),
    # Thai writes a space after ๆ and after an abbreviating ฯ: a wrap there dropped it.
    ([("ก" * 34 + "ต่างๆ", 80), ("เกี่ยวกับ", 80)], "ก" * 34 + "ต่างๆ เกี่ยวกับ"),
    ([("ก" * 32 + "กรุงเทพฯ", 80), ("เป็น", 80)], "ก" * 32 + "กรุงเทพฯ เป็น"),
    # Nothing breaks between a word and "(": a line starting with one lost a space.
    ([("ก" * 35 + "เดือน", 80), ("(ไตรมาสที่ ๑)", 80)], "ก" * 35 + "เดือน (ไตรมาสที่ ๑)"),
    # A list item starts a new line even after a fairly full line.
    ([("ก" * 36, 80), ("๒.รายงานผู้บริหาร", 80)], "ก" * 36 + "\n๒.รายงานผู้บริหาร"),
    # A decimal at a line's start is a number the wrap cut from its text, not a step's mark...
    ([("ก" * 36, 80), ("๘๕.๕๐ คะแนน", 80)], "ก" * 36 + " ๘๕.๕๐ คะแนน"),
    # ...a sub-step's number is one.
    ([("ก" * 36, 80), ("๑.๑ จัดทำ", 80)], "ก" * 36 + "\n๑.๑ จัดทำ"),
    # A number cut where a full line ran out of room goes on without a space...
    ([("ก" * 38 + "๒๕", 80), ("๖๖", 80)], "ก" * 38 + "๒๕๖๖"),
    # ...but in a narrow column, a year alone on its line with room for more
    # than a digit, then an item too long for that room, ended a paragraph:
    # it was read ๒๕๖๕๔.เจ้า.
    ([("พฤศจิก", 344), ("๒๕๖๕", 344), ("๔.เจ้า", 344)], "พฤศจิก ๒๕๖๕\n๔.เจ้า"),
])
def test_join_lines(lines, want):
    assert join_lines([line(t, x, 100 + 30 * i) for i, (t, x) in enumerate(lines)], EDGE) == want


@pytest.mark.parametrize("lines,greedy,want", [
    # Two paragraphs of one cell: the next line's first word (งาน) would have
    # fitted, so this is no wrap, though the whole run (งานประชาสัมพันธ์) would not...
    ([("ก" * 19 + " สำนักปลัด", 80), ("งานประชาสัมพันธ์", 80)], True, "ก" * 19 + " สำนักปลัด\nงานประชาสัมพันธ์"),
    # ...where lines break at the last word that fits (LibreOffice, Chromium);
    # Word leaves such room at its wraps.
    ([("ก" * 19 + " สำนักปลัด", 80), ("งานประชาสัมพันธ์", 80)], False, "ก" * 19 + " สำนักปลัดงานประชาสัมพันธ์"),
    # The dictionary's words run across the break (ช่องทา|ง, as LibreOffice
    # breaks before ๆ's word): no first word to hold against the room; the run
    # (งอื่นๆ) did not fit: a wrap.
    ([("ก" * 29 + " ช่องทา", 80), ("งอื่นๆ", 80)], True, "ก" * 29 + " ช่องทางอื่นๆ"),
    # Taken long: the longest word the line starts with (รายงาน, where the
    # dictionary splits ราย|งานการ)...
    ([("ก" * 24 + " เจ้าหน้าที่", 80), ("รายงานการ", 80)], True, "ก" * 24 + " เจ้าหน้าที่รายงานการ"),
    # ...and the whole run when a number is glued to it (เมษายน๒๕๖๖).
    ([("ก" * 27 + " ภายในเดือน", 80), ("เมษายน๒๕๖๖", 80)], True, "ก" * 27 + " ภายในเดือนเมษายน๒๕๖๖"),
])
def test_a_line_with_room_for_the_next_first_word_ended_a_paragraph(lines, greedy, want):
    block = [line(t, x, 100 + 30 * i) for i, (t, x) in enumerate(lines)]
    assert join_lines(block, EDGE, greedy=greedy) == want


def paragraphs(*rows):
    """Paragraph texts of page lines (text, x0), 30 pt apart, on a 480 pt page
    whose text runs from x 80 to 400."""
    lines = [line(t, x, 100 + 30 * i) for i, (t, x) in enumerate(rows)]
    return [p.text for p in _paragraphs(lines, 480.0, 1, ParserSettings())]


def test_a_first_line_indent_starts_a_paragraph_after_a_full_line():
    full = "ก" * 40
    assert paragraphs((full, 80), ("ข" * 35, 120), ("ค" * 10, 80)) == [full, "ข" * 35 + "ค" * 10]


@pytest.mark.parametrize("rows,want", [
    # Paragraphs whose first line is indented and wraps back to the margin
    # (Thai official style, มาตรา ๑ … มาตรา ๒ …): a full line at the indent
    # under another is a paragraph of its own, not the other's wrap.
    ([("ก" * 35, 120), ("ข" * 40, 80), ("ค" * 35, 120), ("ง" * 35, 120), ("จ" * 10, 80)],
     ["ก" * 35 + "ข" * 40, "ค" * 35, "ง" * 35 + "จ" * 10]),
    # A block indented as a whole (no paragraph on the page wraps to the margin): one paragraph.
    ([("ก" * 35, 120), ("ข" * 20, 120)], ["ก" * 35 + "ข" * 20]),
    # Items of one list at one indent, the first full: two items, with or without margin wraps on the page.
    ([("(๓) " + "ก" * 31, 120), ("(๔) " + "ข" * 10, 120)], ["(๓) " + "ก" * 31, "(๔) " + "ข" * 10]),
    ([("๑." + "ก" * 33, 120), ("๒." + "ข" * 10, 120)], ["๑." + "ก" * 33, "๒." + "ข" * 10]),
    # A bullet whose wrap starts where the bullet does, on a page whose paragraphs wrap to the margin: its wrap.
    ([("ก" * 35, 120), ("ข" * 40, 80), ("- " + "ค" * 33, 120), ("ง" * 10, 120)],
     ["ก" * 35 + "ข" * 40, "- " + "ค" * 33 + "ง" * 10]),
])
def test_a_line_at_the_indent_of_paragraphs_that_wrap_to_the_margin_starts_one(rows, want):
    assert paragraphs(*rows) == want


def test_a_centred_second_line_of_a_title_is_the_same_paragraph():
    title = "ก" * 40
    assert paragraphs((title, 80), ("ข" * 20, 160)) == [title + "ข" * 20]


def test_a_hanging_indent_after_a_list_marker_is_the_same_paragraph():
    first = "๑." + "ก" * 38
    assert paragraphs((first, 80), ("ข" * 35, 120)) == [first + "ข" * 35]
    assert paragraphs(("ก" * 40, 80), ("ข" * 35, 120)) == ["ก" * 40, "ข" * 35]  # without the marker: a paragraph


def test_running_lines_are_dropped_and_headings_kept():
    from parsers.model import Row, Table
    from parsers.running import RunningText

    def para(text, top):
        return Paragraph(text, page=0, bbox=(40.0, top, 400.0, top + 16))

    def table():
        return Table([Row([])])

    running, taken = RunningText(), []
    page1 = [para("อบต.โคกสนวน หน้า ๑", 30), para("ตัวชี้วัดที่ 9", 60), table(), para("ITA 2566", 560)]
    taken += running.drop(page1, 1, taken)
    page2 = [para("อบต.โคกสนวน หน้า ๒", 30.5), para("ตัวชี้วัดที่ 10", 60), table(), para("ITA 2566", 560)]
    taken += running.drop(page2, 2, taken)
    texts = [b.text if isinstance(b, Paragraph) else "table" for b in taken]
    assert texts == ["ตัวชี้วัดที่ 9", "table", "ตัวชี้วัดที่ 10", "table"]
    # Repeated text between two tables is content, not a running line.
    page3 = [table(), para("ตัวชี้วัดที่ 10", 60), table()]
    assert running.drop(page3, 3, taken) == page3
    # At a page's foot where it was three pages before: content (a title
    # row over each table, at the same place by chance), not a running line.
    title = "แผนปฏิบัติการตามมาตรการ ประจำปี 2566"
    for number in (4, 7):
        page = [para("อบต.โคกสนวน หน้า ๓", 30), table(), para(title, 530), para("ITA 2566", 560)]
        taken += running.drop(page, number, taken)
    assert [b.text for b in taken if isinstance(b, Paragraph)][-2:] == [title, title]
    assert running.lines == ["อบต.โคกสนวน หน้า ๑", "ITA 2566"]


def test_a_running_foot_drawn_higher_on_a_portrait_page_goes_too():
    # A portrait title page (its foot at 800) before landscape pages (at
    # 560): the foot is its page's last line there, so it goes with the
    # others, on the first page and on a later one alike. A head is not
    # taken by its place on the page alone: the title the later pages
    # repeat at their top stays on the first, where it is the title.
    from parsers.model import Row, Table
    from parsers.running import RunningText

    def para(text, top):
        return Paragraph(text, page=0, bbox=(40.0, top, 400.0, top + 16))

    title, foot = "รายงานผลการดำเนินการตามมาตรการ", "ITA 2566 เอกสารเผยแพร่"
    pages = [[para(title, 60), para("อบต.โคกสนวน", 90), Table([Row([])]), para(foot, 800)],
             [para(title, 30), Table([Row([])]), para(foot, 560)],
             [para(title, 30), Table([Row([])]), para(foot, 560)],
             [para(title, 30), Table([Row([])]), para("ลงชื่อ", 400), para(foot, 790)]]
    running, taken = RunningText(), []
    for number, blocks in enumerate(pages, 1):
        taken += running.drop(blocks, number, taken)
    assert [b.text if isinstance(b, Paragraph) else "table" for b in taken] == [
        title, "อบต.โคกสนวน", "table", "table", "table", "table", "ลงชื่อ"]
    assert running.lines == [title, foot]
    # A cover whose only line is the title the heads repeat keeps it.
    running, taken = RunningText(), []
    for number, blocks in enumerate([[para(title, 300)]] + pages[1:3], 1):
        taken += running.drop(blocks, number, taken)
    assert [b.text for b in taken if isinstance(b, Paragraph)] == [title]
