"""Reports kept in Excel: the seed as a workbook reads exactly as its DOCX."""

from dataclasses import asdict

import generate
from conftest import SAMPLES
from ingest.pipeline import process_file
from ingest.textdump import document_text
from parsers import parse

VOLATILE = {"doc_id", "source_path", "file_type", "file_size", "ingested_at", "pages"}
CELLS = ("issue", "responsible", "measure", "monitoring", "progress")


def test_workbook_reads_as_its_docx(tmp_path):
    """Title lines in column A become the title block, each section's table
    its rows; the print area bounds the sheet (a note below it is not
    read) and a hidden sheet is not read."""
    path = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx")
    x, docx = process_file(path), process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert (x.document.file_type, x.document.status, x.document.pages) == ("xlsx", "ok", 1)
    assert {k: v for k, v in asdict(x.document).items() if k not in VOLATILE} == \
        {k: v for k, v in asdict(docx.document).items() if k not in VOLATILE}
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == [[getattr(m, c) for c in CELLS] for m in docx.measures]
    assert [(m.row_no, m.page, m.tool, m.indicator_no, m.item_code) for m in x.measures] == \
        [(m.row_no, 1, m.tool, m.indicator_no, m.item_code) for m in docx.measures]
    assert sorted((f.code, f.row_no, f.column) for f in x.findings) == \
        sorted((f.code, f.row_no, f.column) for f in docx.findings)
    text = document_text(parse(path))
    assert text.startswith("รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n")
    assert "ไม่พิมพ์" not in text and "ร่างที่ยังไม่ใช้" not in text


def test_a_damaged_workbook_is_a_finding(tmp_path):
    import zipfile

    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook")  # not XML
    x = process_file(path)
    assert x.document.status == "failed" and [f.code for f in x.findings] == ["unreadable_file"]
    assert x.findings[0].message_en.startswith("The file cannot be read")
