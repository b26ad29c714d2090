"""Reports kept in Excel: the seed as a workbook reads exactly as its DOCX."""

from dataclasses import asdict

import pytest

import generate
from conftest import SAMPLES, needs
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


def test_the_organisation_named_only_in_the_page_header(tmp_path):
    """A workbook whose title lines leave out the organisation that its
    page header names (Excel's header and footer): read from there."""
    from openpyxl import load_workbook

    report = generate.read_seed()
    report.preamble = report.preamble[:2]
    path = generate.build_xlsx(report, tmp_path / "report.xlsx")
    wb = load_workbook(path)
    wb.active.oddHeader.center.text = "องค์การบริหารส่วนตำบลโคกสนวน อำเภอชำนิ จังหวัดบุรีรัมย์"
    wb.active.oddFooter.right.text = "หน้า &P"
    wb.save(path)
    d = process_file(path).document
    assert (d.org_name, d.subdistrict_code, d.district, d.province_code, d.fiscal_year) == (
        "องค์การบริหารส่วนตำบลโคกสนวน", "311806", "ชำนิ", "31", 2566)


def test_a_cell_merged_down_two_rows_is_both_rows_cell(tmp_path):
    import openpyxl

    path = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws["A9"].value.startswith("ตัวชี้วัดที่ ๙") and ws["A10"].value == "-ข่าวประชาสัมพันธ์"
    ws["B10"] = None  # Excel keeps only the top-left cell's value of a merge
    ws.merge_cells("B9:B10")
    wb.save(path)
    x = process_file(path)
    shared = generate.expected_cells(generate.read_seed())[0]["responsible"]
    assert [(m.responsible, m.merged_from_above, m.cells_raw[1] == "") for m in x.measures[:2]] == [
        (shared, [], False), (shared, ["responsible"], True)]
    assert [m.merged_from_above for m in x.measures[2:]] == [[]] * 12


def test_a_damaged_workbook_is_a_finding(tmp_path):
    import zipfile

    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook")  # not XML
    x = process_file(path)
    assert x.document.status == "failed" and [f.code for f in x.findings] == ["unreadable_file"]
    assert x.findings[0].message_en.startswith("The file cannot be read")


def test_excel_97_workbook_reads_as_its_docx(tmp_path):
    """.xls: LibreOffice's Calc makes it an XLSX (forced to read it as Excel:
    left to guess, it takes a workbook it cannot read for text)."""
    import subprocess

    from conftest import needs

    soffice = needs("soffice")
    book = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "xls", "--outdir", str(tmp_path / "out"), str(book)],
                   check=True, capture_output=True, timeout=180)
    x, docx = process_file(tmp_path / "out" / "report.xls"), process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert (x.document.file_type, x.document.status) == ("xls", "ok")
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == [[getattr(m, c) for c in CELLS] for m in docx.measures]


@pytest.mark.parametrize("name", ["report.docx", "report.xlsx", "report.doc"])
def test_password_protected_office_files_are_a_clear_finding(tmp_path, name):
    """Saved with a password, a DOCX or XLSX is an encrypted zip inside an OLE
    compound file, and a .doc has its encrypted flag set: before, LibreOffice
    was handed them and "produced no output"."""
    import msoffcrypto.format.ooxml

    if name.endswith(".doc"):  # Word 97: the FIB's fEncrypted flag
        import olefile

        plain = tmp_path / "plain.doc"
        _word97(plain)
        data = bytearray(plain.read_bytes())
        with olefile.OleFileIO(bytes(data)) as ole:
            fib = ole.openstream("WordDocument").read(12)
            at = bytes(data).index(fib)  # the stream's first sector
        data[at + 11] |= 0x01  # flags high byte: 0x0100 = fEncrypted
        (tmp_path / name).write_bytes(bytes(data))
    else:
        source = SAMPLES / "khoksanuan-2566-table-per-page.docx" if name.endswith("docx") else \
            generate.build_xlsx(generate.read_seed(), tmp_path / "plain.xlsx")
        with open(source, "rb") as f, open(tmp_path / name, "wb") as out:
            msoffcrypto.format.ooxml.OOXMLFile(f).encrypt("1234", out)
    x = process_file(tmp_path / name)
    assert x.document.status == "failed" and x.document.file_type == name.rsplit(".", 1)[1]
    assert [(f.code, f.severity) for f in x.findings] == [("encrypted_file", "error")]
    assert x.findings[0].message.startswith("ไฟล์ถูกเข้ารหัสหรือตั้งรหัสผ่าน กรุณาบันทึกใหม่โดยไม่ใส่รหัสผ่าน")


def _word97(path):
    import subprocess

    from conftest import needs

    soffice = needs("soffice")
    subprocess.run([soffice, f"-env:UserInstallation=file://{path.parent}/profile", "--headless", "--convert-to",
                    "doc", "--outdir", str(path.parent / "w97"), str(SAMPLES / "khoksanuan-2566-table-per-page.docx")],
                   check=True, capture_output=True, timeout=180)
    path.write_bytes((path.parent / "w97" / "khoksanuan-2566-table-per-page.doc").read_bytes())


def test_a_sheet_too_large_for_a_report_is_a_finding_and_the_others_are_read(tmp_path):
    from openpyxl import load_workbook

    path = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx")
    wb = load_workbook(path)
    dump = wb.create_sheet("ข้อมูลดิบ")
    dump["A1"], dump["C100000"] = "รหัส", 1  # 300,000 cells in use
    wb.save(path)
    x, docx = process_file(path), process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert (x.document.status, x.document.pages) == ("ok", 2)
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == [[getattr(m, c) for c in CELLS] for m in docx.measures]
    [finding] = [f for f in x.findings if f.code == "unread_sheet"]
    assert (finding.page, finding.severity, finding.message_en) == (2, "warning", (
        "This sheet holds over 200,000 cells, too many for a report's table: not read (the other sheets are read): "
        "ข้อมูลดิบ: the cells in use is over 200000 cells: not a report's table"))
    assert finding.message.startswith("แผ่นงานนี้มีข้อมูลมากเกิน")


def test_the_workbook_printed_to_pdf_reads_as_the_workbook(tmp_path):
    """The report kept in Excel and printed to PDF (by Calc here: landscape,
    fitted to the page's width, as an office prints it): every row, cell and
    document field as the workbook's own reading."""
    from conftest import needs

    needs("soffice")
    book = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx", printable=True)
    x, want = process_file(generate.to_pdf(book, tmp_path)), process_file(book)
    assert (x.document.file_type, x.document.status) == ("pdf", "ok")
    assert {k: v for k, v in asdict(x.document).items() if k not in VOLATILE} == \
        {k: v for k, v in asdict(want.document).items() if k not in VOLATILE}
    fold = lambda text: " ".join(text.split())
    assert [[fold(getattr(m, c)) for c in CELLS] for m in x.measures] == \
        [[fold(getattr(m, c)) for c in CELLS] for m in want.measures]


def test_a_workbook_with_a_value_excel_would_not_write_is_read_as_libreoffice_reads_it(tmp_path):
    """A style that is not there (some exporters write such): openpyxl
    refused the whole workbook."""
    import re
    import zipfile

    needs("soffice")
    book = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx")
    with zipfile.ZipFile(book) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    assert re.search(rb' s="\d+"', sheet)
    odd = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(odd, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, re.sub(rb' s="\d+"', b' s="999"', sheet, count=1) if name.endswith("sheet1.xml") else content)
    x, whole = process_file(odd), process_file(book)
    assert (x.document.file_type, x.document.status) == ("xlsx", "ok")
    assert [[getattr(m, c) for c in CELLS] for m in x.measures] == [[getattr(m, c) for c in CELLS] for m in whole.measures]
    assert len(x.measures) == 14
