"""PDF: the LibreOffice renderings of the samples, cell by cell."""

from datetime import date

import pytest

import generate
from conftest import SAMPLES, expected, fold
from ingest.pipeline import process_file
from ingest.textdump import document_text
from parsers import parse

# Cells where LibreOffice dropped the space glyph at a line break between two
# Thai words: the parser cannot see that space (see parsers/layout.py), so the
# cell comes out with those words joined. Each entry: (row, column) -> the
# words as the source spaces them. Everything else must match exactly.
LOST_SPACES = {
    "table-per-page": {(8, "responsible"): "ภายใน สำนักปลัด", (13, "issue"): "ชัดเจน มากน้อย"},
    "long-table": {(8, "responsible"): "ภายใน สำนักปลัด", (13, "issue"): "ชัดเจน มากน้อย"},
    "arabic-abbrev": {(8, "responsible"): "ภายใน สำนักปลัด", (13, "issue"): "ชัดเจน มากน้อย"},
    "seq-column": {(4, "monitoring"): "หน่วยงาน ภายใน", (6, "measure"): "จัดจ้าง หรือแผน",
                   (7, "measure"): "เป็นต้น จัดทำ", (7, "progress"): "สนวน ดำเนินการ",
                   (10, "issue"): "ต่อไปนี้ มีลักษณะ", (10, "monitoring"): "ภารกิจงาน และกำกับ",
                   (12, "measure"): "ความคิดเห็น ณ", (12, "monitoring"): "เมษายน และเดือน"},
}
# The test font (Laksaman) maps sara uu to mai ek; where the result is itself
# a real word the dictionary cannot tell (ส่ง for สูง).
FONT_MISMAP = {(7, "monitoring"): ("ส่งสุด", "สูงสุด")}
CELLS = ("issue", "responsible", "measure", "monitoring", "progress")


@pytest.mark.parametrize("layout", generate.LAYOUTS)
def test_pdf_sample_every_cell(layout):
    stem = f"khoksanuan-2566-{layout}"
    exp = expected(stem)
    x = process_file(SAMPLES / f"{stem}.pdf")
    assert len(x.measures) == 14
    for m, e in zip(x.measures, exp["measures"]):
        assert (m.tool, m.indicator_no, m.item_code) == (e["tool"], e["indicator_no"], e["item_code"])
        for col in CELLS:
            got, want = fold(getattr(m, col)), fold(e[col])
            if (m.row_no, col) in FONT_MISMAP:
                bad, good = FONT_MISMAP[(m.row_no, col)]
                got = got.replace(bad, good)
            spaced = LOST_SPACES[layout].get((m.row_no, col))
            if spaced:
                joined = spaced.replace(" ", "")
                assert joined in got and spaced not in got, (m.row_no, col)
                got = got.replace(joined, spaced, 1)
            assert got == want, (m.row_no, col)


@pytest.mark.parametrize("layout", generate.LAYOUTS)
def test_pdf_sample_metadata_and_pages(layout):
    stem = f"khoksanuan-2566-{layout}"
    x = process_file(SAMPLES / f"{stem}.pdf")
    doc = x.document
    for key, value in expected(stem)["document"].items():
        got = getattr(doc, key)
        assert (got.isoformat() if isinstance(got, date) else got) == value, key
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
