"""DOCX: every cell of every row and every metadata field of the samples, and
the OOXML features real reports use."""

from datetime import date

import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

import generate
from conftest import SAMPLES, assert_fields, expected, needs, squeezed_cells
from ingest.pipeline import process_file
from ingest.textdump import document_text
from parsers import parse
from parsers.sheet import embedded_blocks

LAYOUTS = generate.LAYOUTS


def check_against_expected(x, exp):
    assert x.document.status == "ok"
    assert_fields(x, exp["document"])
    assert len(x.measures) == len(exp["measures"])
    for m, e in zip(x.measures, exp["measures"]):
        for key, value in e.items():
            assert getattr(m, key) == value, (m.row_no, key)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_docx_sample_every_cell_and_field(layout):
    stem = f"khoksanuan-2566-{layout}"
    x = process_file(SAMPLES / f"{stem}.docx")
    check_against_expected(x, expected(stem))


def test_docx_derived_columns_of_the_seed():
    x = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    m = {r.row_no: r for r in x.measures}
    assert m[1].deadlines == [date(2023, 1, 31)] and m[1].completed_on == date(2023, 2, 8)
    assert m[1].reporting_frequency == "monthly" and m[1].responsible_units == ["สำนักปลัด"]
    assert m[1].steps == ["เจ้าหน้าที่ผู้รับผิดชอบศึกษาทำความเข้าใจองค์ประกอบด้านข้อมูลให้เข้าใจและดูแนวทางจากสำนักงาน ป.ป.ช. และจัดทำข้อมูลให้ถูกต้อง",
                          "รายงานผู้บริหาร", "เผยแพร่ข้อมูลบนเว็บไซต์หน่วยงานและช่องทางอื่นๆ"]
    assert m[3].deadlines == [date(2022, 10, 31), date(2023, 4, 30), date(2022, 12, 31)]
    assert len(m[3].steps) == 6
    assert m[6].completed_on == date(2023, 9, 30)  # "ปีงบประมาณ ๒๕๖๖" alone
    assert m[10].reporting_frequency == "quarterly" and m[12].reporting_frequency == "semiannual"
    assert m[10].issue.splitlines()[2:] == ["☑ เข้าถึงง่าย ไม่ซับซ้อน", "☐ มีช่องทางหลากหลาย"]
    assert m[1].cells_raw[4].startswith("๑.องค์การบริหารส่วนตำบลโคกสนวนดำเนินการ")
    assert [r.page for r in x.measures] == [1, 1, 2, 3, 3, 4, 5, 6, 6, 7, 7, 8, 8, 9]


def test_docx_seed_findings():
    x = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    got = sorted((f.code, f.row_no, f.column) for f in x.findings)
    assert got == [
        ("column_shift", 6, "responsible"),
        ("column_shift", 14, "issue"),
        ("late_completion", 1, "progress"),
        ("late_completion", 4, "progress"),
        ("place_corrected", None, "district"),
    ]
    shift = next(f for f in x.findings if f.code == "column_shift" and f.row_no == 14)
    assert shift.severity == "warning" and shift.message.startswith("ข้อความในช่องนี้น่าจะอยู่ผิดคอลัมน์")
    assert shift.message_en.startswith("The content of this cell seems to belong to another column")


# --- OOXML features -------------------------------------------------------------------------

def _build(tmp_path, mutate, layout="table-per-page", report=None):
    out = tmp_path / "variant.docx"
    generate.build_docx(report or generate.read_seed(), out, layout, mutate=mutate)
    return process_file(out)


def test_page_break_turned_off_is_not_a_page(tmp_path):
    """Word writes ``<w:pageBreakBefore w:val="0"/>`` where a paragraph turns
    off its style's break: no new page (it counted as one)."""
    def mutate(doc):
        for p in doc.paragraphs:
            p.paragraph_format.page_break_before = False
    x = _build(tmp_path, mutate)
    assert [r.page for r in x.measures] == [1, 1, 2, 3, 3, 4, 5, 6, 6, 7, 7, 8, 8, 9]


def _rendered_break_at(run) -> None:
    """Mark where Word's last layout began a page: at the start of a run."""
    lrpb = parse_xml(f'<w:lastRenderedPageBreak {nsdecls("w")}/>')
    rpr = run.find(qn("w:rPr"))
    if rpr is not None:
        rpr.addnext(lrpb)
    else:
        run.insert(0, lrpb)


def as_word_saves_it(doc, soft_rows=(), section_after=None):
    """The page breaks Word writes when it saves what it laid out: a rendered
    break where each page began, also at the top of a page that an explicit
    break began; ``soft_rows`` (table, row) are rows Word's layout moved to a
    new page. ``section_after``: that body paragraph ends a section (the next
    section starts a new page, as a portrait title before landscape tables)."""
    body = doc.element.body
    if section_after is not None:
        p = doc.paragraphs[section_after]._p
        p.get_or_add_pPr().append(parse_xml(f'<w:sectPr {nsdecls("w")}><w:type w:val="nextPage"/></w:sectPr>'))
    runs = [r for r in body.iter(qn("w:r"))]
    starts = [i + 1 for i, r in enumerate(runs) if any(b.get(qn("w:type")) == "page" for b in r.iter(qn("w:br")))]
    if section_after is not None:
        last = list(doc.paragraphs[section_after]._p.iter(qn("w:r")))[-1]
        starts.append(runs.index(last) + 1)
    for i in starts:  # the first run with text after the break
        _rendered_break_at(next(r for r in runs[i:] if r.find(qn("w:t")) is not None))
    for t, row in soft_rows:
        _rendered_break_at(doc.tables[t].rows[row].cells[0]._tc.find(f"{qn('w:p')}/{qn('w:r')}"))


def test_pages_of_a_file_word_saved_count_each_break_once(tmp_path):
    """Word's files hold both explicit breaks and the rendered ones its layout
    wrote (one at the top of each page). Before, a file with any explicit
    break had its rendered breaks ignored: rows Word's layout moved to a new
    page kept the page before."""
    x = _build(tmp_path, lambda doc: as_word_saves_it(doc, soft_rows=[(0, 2), (6, 2)]))
    assert [r.page for r in x.measures] == [1, 2, 3, 4, 4, 5, 6, 7, 7, 8, 9, 10, 10, 11]
    assert x.document.pages == 11
    # A title page in a section of its own: the tables start on page 2.
    x = _build(tmp_path, lambda doc: as_word_saves_it(doc, section_after=3))
    assert [r.page for r in x.measures] == [2, 2, 3, 4, 4, 5, 6, 7, 7, 8, 8, 9, 9, 10]
    assert x.document.pages == 10


def test_table_in_a_text_box_is_a_table_read_once(tmp_path):
    """A measures table inside a text box (Word 2010+ writes the box twice: as
    a shape, and as VML for older readers in ``mc:Fallback``): read as a
    table, once (before: its cells came out as paragraphs, twice)."""
    import copy

    def mutate(doc):
        table = doc.tables[0]._element
        para = doc.add_paragraph()
        run = parse_xml(
            f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
            '<w:drawing><wps:wsp><wps:txbx><w:txbxContent/></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent/></v:textbox></v:rect></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>')
        for content in run.iter(qn("w:txbxContent")):
            content.append(copy.deepcopy(table))
            content.append(parse_xml(f'<w:p {nsdecls("w")}/>'))
        para._p.append(run)
        table.addprevious(para._p)
        table.getparent().remove(table)

    x = _build(tmp_path, mutate)
    sample = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert _rows(x) == _rows(sample)
    assert [m.row_no for m in x.measures] == list(range(1, 15))


def _first_data_cell(doc, col):
    return doc.tables[0].rows[1].cells[col]


def test_text_in_hyperlinks_insertions_content_controls_smart_tags_and_moves(tmp_path):
    run = lambda text: f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'  # noqa: E731
    inline = [
        f'<w:hyperlink {nsdecls("w", "r")} r:id="rId99">{run("ลิงก์")}</w:hyperlink>',
        f'<w:ins {nsdecls("w")} w:id="1" w:author="a">{run("แทรก")}</w:ins>',
        f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>ลบแล้ว</w:delText></w:r></w:del>',
        f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent>{run("ควบคุม")}</w:sdtContent></w:sdt>',
        # A tracked move: the text stays where it was (struck through) until
        # the change is accepted, and reads only where it went.
        f'<w:moveFrom {nsdecls("w")} w:id="3" w:author="a">{run("ย้าย")}</w:moveFrom>',
        f'<w:smartTag {nsdecls("w")} w:uri="urn:x" w:element="place">{run("แท็ก")}</w:smartTag>',
        f'<w:moveTo {nsdecls("w")} w:id="4" w:author="a">{run("ย้าย")}</w:moveTo>',
    ]

    def mutate(doc):
        p = _first_data_cell(doc, 1).paragraphs[0]
        for xml in inline:
            p._p.append(parse_xml(xml))
    x = _build(tmp_path, mutate)
    assert x.measures[0].responsible.endswith(" ลิงก์ แทรก ควบคุม แท็ก ย้าย")
    assert "ลบแล้ว" not in x.measures[0].responsible


def test_hidden_text_is_left_out_as_word_and_its_pdf_leave_it(tmp_path):
    def mutate(doc):
        p = _first_data_cell(doc, 1).paragraphs[0]
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> ซ่อนไว้</w:t></w:r>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> แสดง</w:t></w:r>'))
    docx = tmp_path / "hidden.docx"
    generate.build_docx(generate.read_seed(), docx, mutate=mutate)
    for x in (process_file(docx), process_file(generate.to_pdf(docx, tmp_path))):
        assert x.measures[0].responsible.replace("\n", " ").endswith("ตนเอง) แสดง"), x.document.file_type
        assert "ซ่อนไว้" not in x.measures[0].responsible


def test_wingdings_symbols_and_checkbox_controls(tmp_path):
    def mutate(doc):
        p = _first_data_cell(doc, 0).add_paragraph()
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0FE"/><w:t xml:space="preserve"> ทำแล้ว</w:t></w:r>'))
        p = _first_data_cell(doc, 0).add_paragraph()
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0A8"/><w:t xml:space="preserve"> ยังไม่ทำ</w:t></w:r>'))
        p = _first_data_cell(doc, 0).add_paragraph()
        p._p.append(parse_xml(
            '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr><w14:checkbox>'
            '<w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r>'
            '</w:sdtContent></w:sdt>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> ควบคุม</w:t></w:r>'))
        for font, char, text in (("Wingdings 2", "F052", " ติดตาม"), ("Symbol", "F0B7", " รายงาน")):
            p = _first_data_cell(doc, 0).add_paragraph()
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="{font}" w:char="{char}"/>'
                                  f'<w:t xml:space="preserve">{text}</w:t></w:r>'))
    x = _build(tmp_path, mutate)
    assert x.measures[0].issue.splitlines()[-5:] == ["☑ ทำแล้ว", "☐ ยังไม่ทำ", "☑ ควบคุม", "☑ ติดตาม", "• รายงาน"]


def test_a_merged_cell_is_each_of_its_rows_cell(tmp_path):
    def mutate(doc):
        t = doc.tables[0]  # rows 1 and 2 share one responsible cell (vMerge)
        a, b = t.rows[1].cells[1], t.rows[2].cells[1]
        a.merge(b)
    report = generate.read_seed()
    x = _build(tmp_path, mutate, report=report)
    r1, r2 = x.measures[0], x.measures[1]
    seed = generate.expected_cells(report)
    shared = seed[0]["responsible"] + "\n" + seed[1]["responsible"]  # python-docx's merge keeps both texts
    assert (r1.responsible, r1.merged_from_above, r1.cells_raw[1].count("\n")) == (shared, [], 1)
    # The second row reads the cell it shares (a query on a unit finds both
    # rows), says so, and keeps in cells_raw what the file gave it.
    assert (r2.responsible, r2.merged_from_above, r2.cells_raw[1]) == (shared, ["responsible"], "")
    assert [m.merged_from_above for m in x.measures[2:]] == [[]] * 12
    assert (r2.issue, r2.measure, r2.monitoring, r2.progress) == tuple(
        seed[1][c] for c in ("issue", "measure", "monitoring", "progress"))
    assert r2.responsible_units == r1.responsible_units == [
        "สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข", "กองสวัสดิการสังคม"]
    assert not any(f.code == "empty_cell" for f in x.findings)


def _cells_of(x):
    return [[getattr(m, c) for c in ("issue", "responsible", "measure", "monitoring", "progress")] for m in x.measures]


def test_rows_with_fewer_cells_than_the_grid_are_read_by_grid_position(tmp_path):
    """Word lets a row stop short of the grid (``w:gridAfter``: a cell deleted
    with "shift cells left"), or hold no note of it; such rows were left out
    without a word, as not part of the table."""
    def mutate(doc):
        t = doc.tables[0]
        for r, after in ((1, True), (2, False)):  # progress cell deleted, with and without gridAfter
            tr = t.rows[r]._tr
            tr.remove(tr.findall(qn("w:tc"))[-1])
            if after:
                tr.get_or_add_trPr().append(parse_xml(f'<w:gridAfter {nsdecls("w")} w:val="1"/>'))
    x, whole = _build(tmp_path, mutate), _build(tmp_path, None)
    want = _cells_of(whole)
    want[0][4] = want[1][4] = ""
    assert _cells_of(x) == want
    assert [(f.code, f.row_no) for f in x.findings if f.code == "no_progress"] == [("no_progress", 1), ("no_progress", 2)]


def test_numbers_word_would_not_write_lose_nothing_but_themselves(tmp_path):
    """A span, a list level or a symbol that is not a number (a file another
    program wrote) made the whole file unreadable."""
    def mutate(doc):
        t = doc.tables[0]
        p = t.rows[1].cells[1].paragraphs[0]
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="zz"/></w:r>'))
        t.rows[2]._tr.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {nsdecls("w")} w:val="-1"/>'))
        # Last: python-docx itself cannot lay out a table with it.
        t.rows[1].cells[0]._tc.get_or_add_tcPr().append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="abc"/>'))
    x, whole = _build(tmp_path, mutate), _build(tmp_path, None)
    want = _cells_of(whole)
    want[0][1] = "• " + want[0][1]  # list 1 at level 0 (the level read as 0): the sample's bullet list
    assert x.document.status == "ok" and _cells_of(x) == want


def test_a_cell_in_a_content_control_keeps_its_column(tmp_path):
    def mutate(doc):  # the responsible cell of row 1 inside a row-level content control
        tc = doc.tables[0].rows[1].cells[1]._tc
        sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent/></w:sdt>')
        tc.addprevious(sdt)
        sdt.find(qn("w:sdtContent")).append(tc)
    x, whole = _build(tmp_path, mutate), _build(tmp_path, None)
    assert _cells_of(x) == _cells_of(whole)


def test_header_by_meaning_with_seq_column_and_wording_variants(tmp_path):
    report = generate.read_seed()
    head = report.sections[0].rows[0]
    head[0] = ["ประเด็นที่ต้องพัฒนา"]
    head[1] = ["หน่วยงานที่รับผิดชอบ"]
    head[3] = ["การรายงานผล/ระยะเวลาแล้วเสร็จ"]
    head[4] = ["ผลการดำเนินการ"]
    x = _build(tmp_path, None, layout="seq-column", report=report)
    assert len(x.measures) == 14
    assert x.measures[0].responsible.startswith("สำนักปลัด")


def test_a_title_block_laid_out_in_a_table(tmp_path):
    """Title, organisation and place typed in a table without lines beside
    the logo, as templates lay them out: read as the title block (the
    organisation, place, year and period were all missing)."""
    x = _build(tmp_path, generate.title_in_a_table)
    doc = x.document
    assert {k: getattr(doc, k) for k in generate.SEED_DOCUMENT} == {
        **generate.SEED_DOCUMENT, "period_start": date(2022, 10, 1), "period_end": date(2023, 3, 31)}
    assert _cells_of(x) == _cells_of(_build(tmp_path, None))


def test_four_column_plan_table(tmp_path):
    report = generate.read_seed()
    report.preamble[0] = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    report.preamble[1] = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    for s in report.sections:
        s.rows = [row[:4] for row in s.rows]
    x = _build(tmp_path, None, report=report)
    d = x.document
    assert (d.report_kind, d.period_start, d.period_end) == ("plan", date(2022, 10, 1), date(2023, 9, 30))
    assert len(x.measures) == 14 and all(m.progress == "" for m in x.measures)
    assert not any(f.code in ("no_progress", "missing_header_column") for f in x.findings)


def test_monitoring_and_deadline_in_two_columns(tmp_path):
    # Some SAOs split "การรายงานผลและการกำกับติดตาม" and "กำหนดเวลาแล้วเสร็จ".
    x = _build(tmp_path, None, report=generate.deadline_column(generate.read_seed()))
    seed = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert len(x.measures) == 14
    for got, want in zip(x.measures, seed.measures):
        assert (got.issue, got.responsible, got.measure, got.progress) == \
            (want.issue, want.responsible, want.measure, want.progress)
        assert got.monitoring == want.monitoring + "\nภายในเดือนกันยายน 2566"
        assert got.deadlines[-1] == date(2023, 9, 30)
    assert not any(f.code == "missing_header_column" for f in x.findings)


def test_a_title_across_two_columns_is_both_columns(tmp_path):
    """การรายงานผลและการกำกับติดตาม over two columns (การรายงานผล, กำหนดเวลา
    แล้วเสร็จ) in a title row above the header: the deadline column was
    dropped without a word, its header cell being part of another."""
    report = generate.deadline_column(generate.read_seed())
    x, plain = _build(tmp_path, generate.grouped_header, report=report), _build(tmp_path, None, report=report)
    assert _cells_of(x) == _cells_of(plain) and len(x.measures) == 14
    assert all(m.monitoring.endswith("\nภายในเดือนกันยายน 2566") for m in x.measures)
    assert not any(f.code == "missing_header_column" for f in x.findings)


def test_ticks_under_units_say_which_units(tmp_path):
    """ผู้รับผิดชอบ across three units' columns, ticks in the units of each
    row: the labels row under it is the header's (it was read as a measure
    row), and a row's responsible units are its ticked columns' titles."""
    units, ticks = generate.UNITS, generate.UNIT_TICKS
    report = generate.unit_ticks(generate.read_seed(), ticks)
    x = _build(tmp_path, generate.title_across(1, 3, "ผู้รับผิดชอบ"), report=report)
    want = _cells_of(_build(tmp_path, None))
    for row, t in zip(want, ticks):
        row[1] = "\n".join(units[k] for k in t)
    assert _cells_of(x) == want
    assert [m.responsible_units for m in x.measures] == [[units[k] for k in t] for t in ticks]


def test_units_titled_on_their_own_are_the_responsible_column(tmp_path):
    """The units' columns titled only with their names (สำนักปลัด | กองคลัง |
    กองช่าง), no ผู้รับผิดชอบ over them: together they are the responsible
    column, each row's units its ticked columns (before, the column was
    missing: an error, and no unit read)."""
    report = generate.unit_ticks(generate.read_seed(), generate.UNIT_TICKS)
    x = _build(tmp_path, None, report=report)
    want = _cells_of(_build(tmp_path, None))
    for row, t in zip(want, generate.UNIT_TICKS):
        row[1] = "\n".join(generate.UNITS[k] for k in t)
    assert _cells_of(x) == want
    assert not any(f.code in ("missing_header_column", "empty_cell") for f in x.findings)


def test_ticks_under_status_titles_in_one_header_row(tmp_path):
    """The status columns' titles in the header row itself (no title over
    them): a tick says its column's title all the same."""
    status = ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"]
    ticked = [0] * 10 + [1] * 3 + [2]
    report = generate.status_ticks(generate.read_seed(), ticked)
    want = _cells_of(_build(tmp_path, None))
    for row, t in zip(want, ticked):
        row[4] = status[t]
    assert _cells_of(_build(tmp_path, None, report=report)) == want


def test_columns_in_another_order_with_more_of_them(tmp_path):
    """A table with the indicator and its score before the issue, the
    measure before the unit, and a notes column: each column by its title
    (ผลการดำเนินการตามมาตรการ names the progress, not the measure)."""
    x, plain = _build(tmp_path, None, report=generate.more_columns(generate.read_seed())), _build(tmp_path, None)
    want = _cells_of(plain)
    for row in want:
        row[0] = "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\n" + row[0]  # two issue columns read as one cell
    assert _cells_of(x) == want
    assert [m.indicator_no for m in x.measures] == [9] * 14


def _add_list(doc, levels: list[tuple[str, str]], restart: bool = False, abstract: str | None = None) -> tuple[str, str]:
    """A list definition (numFmt, lvlText per level) or a new list of an
    existing one (``abstract``), restarting at 1 or counting on; -> (abstractNumId, numId)."""
    numbering = doc.part.numbering_part.element
    if abstract is None:
        abstract = str(100 + len(numbering.findall(qn("w:abstractNum"))))
        lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                       f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
        numbering.find(qn("w:num")).addprevious(
            parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract}">{lvls}</w:abstractNum>'))
    num_id = str(200 + len(numbering.findall(qn("w:num"))))
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                               f'{override}</w:num>'))
    return abstract, num_id


def _in_list(cell, num_id: str, levels: list[int | None]) -> None:
    for p, level in zip(cell.paragraphs, levels):
        if level is None:
            continue
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


STEPS = ["ศึกษาข้อมูล", "รายงานผู้บริหาร", "เผยแพร่ข้อมูล"]


def _numbered(doc) -> None:
    rows = [None] + [row for t in doc.tables for row in t.rows[1:]]  # measure rows from 1
    for r in (1, 2, 3, 4, 5):
        cell = rows[r].cells[3 if r == 4 else 2]
        for p in list(cell.paragraphs)[1:]:
            p._p.getparent().remove(p._p)
        cell.paragraphs[0].text = STEPS[0]
        for step in STEPS[1:]:
            cell.add_paragraph(step)
    thai, first = _add_list(doc, [("thaiNumbers", "%1)"), ("thaiLetters", "%2.")])
    _in_list(rows[1].cells[2], first, [0, 1, 0])
    _in_list(rows[2].cells[2], _add_list(doc, [], restart=True, abstract=thai)[1], [0, 0, 0])  # "restart at 1"
    _in_list(rows[3].cells[2], _add_list(doc, [], abstract=thai)[1], [0, 0])  # counts on from row 2's
    _, bullets = _add_list(doc, [("bullet", "\uf0b7")])
    _in_list(rows[4].cells[3], "0", [0])  # numId 0: numbering switched off
    _in_list(rows[4].cells[3], bullets, [None, 0])
    steps = doc.styles.add_style("Steps", WD_STYLE_TYPE.PARAGRAPH)  # numbered as the style it is based on
    steps.base_style = doc.styles["List Number"]
    for p in rows[5].cells[2].paragraphs:
        p.style = steps


def test_list_numbers_and_bullets_read_as_word_shows_them(tmp_path):
    # Word draws a list paragraph's number from numbering.xml; the text has
    # none. Lists of one definition share its count, a restart resets it.
    x = _build(tmp_path, _numbered)
    assert [m.measure for m in x.measures[:3]] == [
        "1) ศึกษาข้อมูล\nก. รายงานผู้บริหาร\n2) เผยแพร่ข้อมูล",  # Thai digits are made Arabic
        "1) ศึกษาข้อมูล\n2) รายงานผู้บริหาร\n3) เผยแพร่ข้อมูล",
        "4) ศึกษาข้อมูล\n5) รายงานผู้บริหาร\nเผยแพร่ข้อมูล",
    ]
    assert x.measures[3].monitoring == "ศึกษาข้อมูล\n• รายงานผู้บริหาร\nเผยแพร่ข้อมูล"
    assert x.measures[4].measure == "1. ศึกษาข้อมูล\n2. รายงานผู้บริหาร\n3. เผยแพร่ข้อมูล"


def test_tables_framed_in_a_layout_table(tmp_path):
    """A measures table inside a one-cell table (a frame round the page) is
    the document's table, not text in a cell; its PDF reads the same."""
    docx = generate.build_docx(generate.read_seed(), tmp_path / "framed.docx", mutate=generate.framed_tables)
    x = process_file(docx)
    check_against_expected(x, expected("khoksanuan-2566-table-per-page"))
    assert squeezed_cells(process_file(generate.to_pdf(docx, tmp_path))) == squeezed_cells(x)


def test_list_numbers_in_the_pdf_export_read_the_same(tmp_path):
    # LibreOffice draws the numbers into the PDF: both formats must read alike.
    docx = generate.build_docx(generate.read_seed(), tmp_path / "lists.docx", mutate=_numbered)
    from_docx, from_pdf = process_file(docx), process_file(generate.to_pdf(docx, tmp_path))
    assert squeezed_cells(from_pdf) == squeezed_cells(from_docx)


# --- tables pasted from Excel as objects ------------------------------------------------------

MEASURE_FIELDS = ("issue", "responsible", "measure", "monitoring", "progress")


def _rows(x):
    return [[getattr(m, f) for f in MEASURE_FIELDS] for m in x.measures]


def test_table_pasted_from_excel_as_an_object_is_read_from_its_workbook(tmp_path):
    """Word shows a picture of the pasted range; the workbook is in the
    DOCX, so its cells are read exactly (before: the table was missing, 12
    rows and no finding). A note in the sheet outside the range Word shows
    is not read."""
    path = generate.excel_object_docx(generate.read_seed(), tmp_path / "excel.docx", stray="ร่างไม่ต้องพิมพ์")
    x = process_file(path)
    sample = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert _rows(x) == _rows(sample)
    assert [(m.row_no, m.page, m.tool, m.indicator_no) for m in x.measures[:3]] == \
        [(1, 1, "OIT", 9), (2, 1, "OIT", 9), (3, 2, "OIT", 9)]
    assert sorted((f.code, f.row_no) for f in x.findings) == sorted((f.code, f.row_no) for f in sample.findings)
    text = document_text(parse(path))
    assert "ภายในเดือนมกราคม" in text and "ร่างไม่ต้องพิมพ์" not in text


def test_excel_97_object_is_read_through_libreoffice(tmp_path):
    """An Excel 97-2003 object: LibreOffice's Calc makes its workbook an XLSX
    (it has no shown range, so the note below the table comes along as a
    paragraph; the rows are the same)."""
    needs("soffice")
    path = generate.excel_object_docx(generate.read_seed(), tmp_path / "excel97.docx", stray="หมายเหตุ", workbook="xls")
    x = process_file(path)
    sample = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert _rows(x) == _rows(sample)
    assert not [f for f in x.findings if f.code == "unread_object"]


def test_damaged_excel_object_is_a_finding_and_the_rest_is_read(tmp_path):
    needs("soffice")
    x = process_file(generate.excel_object_docx(generate.read_seed(), tmp_path / "bad.docx", workbook="damaged"))
    sample = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert _rows(x) == _rows(sample)[2:]
    unread = [f for f in x.findings if f.code == "unread_object"]
    assert [(f.page, f.severity) for f in unread] == [(1, "warning")]
    assert unread[0].message.startswith("ตารางที่วางจาก Excel เป็นออบเจ็กต์อ่านไม่ได้")
    assert unread[0].message_en.endswith("paste it as a Word table: ValueError: not an Excel workbook")


def _workbook(build) -> bytes:
    import io

    from openpyxl import Workbook

    wb = Workbook()
    build(wb.active)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _merged_down(ws):
    ws.append(["ประเด็น", "ผู้รับผิดชอบ", "มาตรการ"])
    ws.append(["ตัวชี้วัดที่ ๙", "สำนักปลัด", "๑.รายงาน"])
    ws.append([None, None, "๒.เผยแพร่"])
    ws.merge_cells("A2:A3")


def _merged_across_hidden_and_values(ws):
    from datetime import datetime

    ws.append(["ประเด็น", "ผู้รับผิดชอบ", "มาตรการ"])
    ws.append(["ด้านที่ ๑", None, None])
    ws.merge_cells("A2:C2")
    ws.append([1.0, 2.5, datetime(2023, 1, 31)])
    ws.append(["ซ่อน", "ซ่อน", "ซ่อน"])
    ws.row_dimensions[4].hidden = True
    ws.column_dimensions["B"].hidden = True
    ws.append(["บรรทัด\r\nสอง", 7, None])
    ws.append([None, None, None])


@pytest.mark.parametrize("build, want", [
    (_merged_down, [[("ประเด็น", 1, False), ("ผู้รับผิดชอบ", 1, False), ("มาตรการ", 1, False)],
                    [("ตัวชี้วัดที่ ๙", 1, False), ("สำนักปลัด", 1, False), ("๑.รายงาน", 1, False)],
                    [("", 1, True), ("", 1, False), ("๒.เผยแพร่", 1, False)]]),
    # B is hidden: the heading spans the two columns shown; row 4 is hidden, the empty last row dropped.
    (_merged_across_hidden_and_values, [[("ประเด็น", 1, False), ("มาตรการ", 1, False)],
                                        [("ด้านที่ ๑", 2, False)],
                                        [("1", 1, False), ("31/1/2023", 1, False)],
                                        [("บรรทัด\nสอง", 1, False), ("", 1, False)]]),
])
def test_embedded_workbook_cells(build, want):
    [table] = embedded_blocks(_workbook(build), page=3)
    assert [[(c.text, c.span, c.merged_above) for c in row.cells] for row in table.rows] == want
    assert {c.page for row in table.rows for c in row.cells} == {3}


def _table_note_and_margins(ws):
    ws.append([None, None, None, None])
    ws.append([None, "แผนปฏิบัติการ", None, None])
    ws.append([None, "ประเด็น", "ผู้รับผิดชอบ", None])
    ws.append([None, "ตัวชี้วัดที่ ๙", "สำนักปลัด", None])
    ws.append([None, None, None, None])
    ws.append([None, None, None, "หมายเหตุ ร่าง"])


def test_embedded_workbook_without_its_shown_range():
    """With no ``oleSize`` (a workbook LibreOffice wrote) the sheet's cells in
    use are read: a line of one cell above the table is a paragraph (a
    title), a blank row ends the table, a note below it is a paragraph, and
    blank columns at the edges are no cells."""
    blocks = embedded_blocks(_workbook(_table_note_and_margins), page=1)
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table", "Paragraph"]
    assert [[c.text for c in row.cells] for row in blocks[1].rows] == [["ประเด็น", "ผู้รับผิดชอบ"],
                                                                       ["ตัวชี้วัดที่ ๙", "สำนักปลัด"]]
    assert (blocks[0].text, blocks[2].text) == ("แผนปฏิบัติการ", "หมายเหตุ ร่าง")


TABLE_TITLE = "แผนปฏิบัติการตามมาตรการ ประจำปี ๒๕๖๖"


@pytest.mark.parametrize("where", ["header's first cell", "row of its own"])
def test_a_title_over_each_table_hides_no_header_and_is_no_measure(tmp_path, where):
    """Each table's title typed where a table without lines puts it when
    read back: as the first paragraph of the header's first cell (the cell
    then named a measure first, มาตรการ: no header, no rows), or in a row of
    its own, in the first cell only (read as a measure of one cell)."""
    def mutate(doc):
        for table in doc.tables:
            if where == "header's first cell":
                table.rows[0].cells[0].paragraphs[0].insert_paragraph_before(TABLE_TITLE)
                continue
            row = table.add_row()
            table._tbl.remove(row._tr)
            table._tbl.tr_lst[0].addprevious(row._tr)
            row.cells[0].text = TABLE_TITLE
    x, plain = _build(tmp_path, mutate), _build(tmp_path, None)
    assert _cells_of(x) == _cells_of(plain) and len(x.measures) == 14
    assert [(m.tool, m.indicator_no, m.item_code, m.page) for m in x.measures] == [
        (m.tool, m.indicator_no, m.item_code, m.page) for m in plain.measures]
    fields = ("title", "org_name", "province", "fiscal_year", "period_start", "period_end", "status", "n_measures")
    assert [getattr(x.document, f) for f in fields] == [getattr(plain.document, f) for f in fields]
    assert [(f.code, f.row_no) for f in x.findings] == [(f.code, f.row_no) for f in plain.findings]


def test_text_in_a_header_seen_again_is_a_finding(tmp_path):
    """A header row seen again whose cell holds more than its title (a row's
    rest read into a repeated header, as a table without lines can give):
    a header row is not read as a measure, so that text was dropped without
    a word. Another wording of the header is not this."""
    def mutate(doc):
        generate._para(doc.tables[1].rows[0].cells[1], "กองคลัง", 14)
        doc.tables[2].rows[0].cells[0].paragraphs[0].text = "ประเด็นที่ต้องพัฒนา"
    x, plain = _build(tmp_path, mutate), _build(tmp_path, None)
    assert _cells_of(x) == _cells_of(plain)
    [f] = [f for f in x.findings if f.code == "header_with_text"]
    assert (f.page, f.column, f.text, f.severity) == (plain.measures[2].page, "responsible", "ผู้รับผิดชอบ\nกองคลัง",
                                                      "warning")
    assert f.message_en.startswith("A header row seen again holds more text than the header")


def test_a_table_a_column_short_of_the_measures_is_reported(tmp_path):
    """A table after the measure table's header with no row as wide as it is
    not read as measures (a table of signatures under them is not). One a
    column short, text in three cells or more, may hold a measure all the
    same (a row read apart from its table's rest gives one): it is
    reported, with its width; two columns short, it is not."""
    row = ["e๑๐ หน่วยงานมีการเผยแพร่ข้อมูล", "สำนักปลัด", "๑.เจ้าหน้าที่จัดทำข้อมูล", "ภายในเดือนมีนาคม ๒๕๖๖"]

    def mutate(doc):
        for cells in (row, row[:3]):
            t = doc.add_table(rows=1, cols=len(cells))
            for cell, text in zip(t.rows[0].cells, cells):
                cell.text = text
    x, plain = _build(tmp_path, mutate), _build(tmp_path, None)
    assert _cells_of(x) == _cells_of(plain)
    assert [(f.code, f.row_no) for f in x.findings if f.code != "table_not_read"] == [
        (f.code, f.row_no) for f in plain.findings]
    [f] = [f for f in x.findings if f.code == "table_not_read"]
    assert (f.page, f.row_no, f.severity) == (plain.measures[-1].page, None, "warning")
    assert f.message == ("ตารางนี้มีจำนวนคอลัมน์ไม่เท่ากับตารางมาตรการ จึงไม่ได้อ่านเป็นมาตรการ "
                         "หากมีมาตรการอยู่ในตารางนี้ ควรตรวจทานกับต้นฉบับ: 4 คอลัมน์ แทน 5")
    assert f.message_en.endswith("check them against the original: 4 columns, not 5")
