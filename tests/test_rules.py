"""Each finding rule fires on a report with that defect, made from the seed,
and nothing else changes: the clean seed's own findings are the baseline."""

import os
from datetime import date


import generate
from conftest import SAMPLES, needs
from ingest.pipeline import process_file
from ingest.rules import RULES

# The seed's own defects (its DOCX and PDF renderings agree, see test_pdf.py).
SEED = {
    ("column_shift", 6, "responsible"), ("column_shift", 14, "issue"),
    ("late_completion", 1, "progress"), ("late_completion", 4, "progress"),
    ("place_corrected", None, "district"),
}


def findings(x):
    return {(f.code, f.row_no, f.column) for f in x.findings}


def build(tmp_path, edit, layout="table-per-page"):
    report = generate.read_seed()
    edit(report)
    return process_file(generate.build_docx(report, tmp_path / "defect.docx", layout))


def row(report, n):
    return report.measure_rows()[n - 1]


ISSUE, RESPONSIBLE, MEASURE, MONITORING, PROGRESS = range(5)


def test_clean_seed_has_only_its_own_defects():
    assert findings(process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")) == SEED


def test_unreadable_file(tmp_path):
    bad = tmp_path / "report.pdf"
    bad.write_bytes(os.urandom(2048))
    truncated = tmp_path / "report.docx"
    truncated.write_bytes((SAMPLES / "khoksanuan-2566-table-per-page.docx").read_bytes()[:1000])  # before its text
    for path in (bad, truncated):
        x = process_file(path)
        assert findings(x) == {("unreadable_file", None, None)} and x.document.status == "failed"


def test_no_measure_table(tmp_path):
    def edit(r):
        for s in r.sections:
            s.rows = []
    x = build(tmp_path, edit)
    assert findings(x) == {("no_measure_table", None, None), ("place_corrected", None, "district")}
    assert x.document.status == "failed"


def test_missing_header_column(tmp_path):
    def edit(r):  # the ผู้รับผิดชอบ column left out
        for s in r.sections:
            s.rows = [cells[:RESPONSIBLE] + cells[RESPONSIBLE + 1:] for cells in s.rows]
    x = build(tmp_path, edit)
    assert ("missing_header_column", None, "responsible") in findings(x)
    assert x.document.status != "ok"


def test_table_before_header(tmp_path):
    def edit(r):  # the first table's header says nothing of its columns (as one run into a row can)
        r.sections[0].rows[0] = [["ก"], ["ข"], ["ค"], ["ง"], ["จ"]]
    x = build(tmp_path, edit)
    assert [f.code for f in x.findings if f.code == "table_before_header"] == ["table_before_header"]  # one table
    assert len(x.measures) == 14 - (len(generate.read_seed().sections[0].rows) - 1)  # its two rows
    # Without that table, nothing is said: a title block in a table is narrower than the measures.
    clean = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    assert "table_before_header" not in {f.code for f in clean.findings}


def test_empty_cell(tmp_path):
    x = build(tmp_path, lambda r: row(r, 3).__setitem__(RESPONSIBLE, [""]))
    assert findings(x) == SEED | {("empty_cell", 3, "responsible")}


def test_no_progress(tmp_path):
    x = build(tmp_path, lambda r: row(r, 2).__setitem__(PROGRESS, [""]))
    assert findings(x) == SEED | {("no_progress", 2, "progress")}


def test_unparsed_date(tmp_path):
    x = build(tmp_path, lambda r: row(r, 5).__setitem__(MONITORING, ["รายงานผลภายในวันที่ ๓๑ เมษายน ๒๕๖๖"]))
    assert findings(x) == SEED | {("unparsed_date", 5, "monitoring")}
    [f] = [f for f in x.findings if f.code == "unparsed_date"]
    assert f.text == "วันที่ 31 เมษายน 2566" and f.page == 3  # the DOCX's third page


def test_date_outside_fiscal_year(tmp_path):
    x = build(tmp_path, lambda r: row(r, 2).__setitem__(MONITORING, ["ภายในเดือนมกราคม ๒๕๕๖"]))
    # Done in 2566, ten years after that deadline: late as well.
    assert findings(x) == SEED | {("date_outside_fiscal_year", 2, "monitoring"), ("late_completion", 2, "progress")}


def test_late_completion(tmp_path):
    # Row 2 finishes after its deadline (September 2566 is the fiscal year's last month).
    def edit(r):
        row(r, 2)[MONITORING] = ["ภายในเดือนธันวาคม ๒๕๖๕"]
        row(r, 2)[PROGRESS] = ["ดำเนินการแล้วเสร็จ เมื่อวันที่ ๑๐ มกราคม ๒๕๖๖"]
    x = build(tmp_path, edit)
    assert findings(x) == SEED | {("late_completion", 2, "progress")}
    [m] = [m for m in x.measures if m.row_no == 2]
    assert (m.deadlines, m.completed_on) == ([date(2022, 12, 31)], date(2023, 1, 10))


def test_duplicate_row(tmp_path):
    def edit(r):
        rows = r.sections[0].rows  # header, data rows 1 and 2
        rows.insert(3, [list(c) for c in rows[2]])  # data row 2 pasted again as row 3
    x = build(tmp_path, edit)
    shifted = {(c, n + 1 if n and n >= 3 else n, col) for c, n, col in SEED}
    assert findings(x) == shifted | {("duplicate_row", 3, None)}
    assert len(x.measures) == 15


def test_column_shift(tmp_path):
    # A clean seed has no shift once its two shifted cells are put right.
    def edit(r):
        row(r, 14)[ISSUE] = ["การดำเนินการเพื่อป้องกันการทุจริต"]
        row(r, 6)[RESPONSIBLE] = ["กองคลัง"]
    x = build(tmp_path, edit)
    assert findings(x) == SEED - {("column_shift", 6, "responsible"), ("column_shift", 14, "issue")}
    x = build(tmp_path, lambda r: row(r, 3).__setitem__(
        ISSUE, ["๑. องค์การบริหารส่วนตำบลโคกสนวน ดำเนินการให้แล้วเสร็จภายในวันที่ ๑๐ มกราคม ๒๕๖๖"]))
    assert ("column_shift", 3, "issue") in findings(x)


def test_missing_metadata(tmp_path):
    def edit(r):
        r.preamble = []
        r.sections[0].headings = []
    x = build(tmp_path, edit)
    got = findings(x)
    assert {("missing_metadata", None, "org_name"), ("missing_metadata", None, "fiscal_year"),
            ("missing_metadata", None, "period")} <= got
    assert x.document.org_name is None and x.document.fiscal_year is None


def test_place_corrected_and_unknown_place(tmp_path):
    x = process_file(SAMPLES / "khoksanuan-2566-table-per-page.docx")
    [f] = [f for f in x.findings if f.code == "place_corrected"]
    assert (f.text, f.severity) == ("ขำนิ", "info") and f.message.endswith("ขำนิ → ชำนิ")

    def edit(r):
        r.preamble = [line.replace("อำเภอขำนิ", "อำเภอฟฟฟฟฟฟ") for line in r.preamble]
    x = build(tmp_path, edit)
    assert findings(x) == SEED - {("place_corrected", None, "district")} | {("unknown_place", None, "district")}
    assert (x.document.subdistrict_code, x.document.province_code) == ("311806", "31")


def test_a_tambon_name_several_places_bear_is_reported_with_them(tmp_path):
    # ดอนใหญ่ is a tambon in three provinces: with no district or province
    # anywhere in the report, the finding names them and says what to add.
    def edit(r):
        r.preamble = [line.replace("โคกสนวน", "ดอนใหญ่") for line in r.preamble if "อำเภอ" not in line]
    x = build(tmp_path, edit)
    assert findings(x) == SEED - {("place_corrected", None, "district")} | {("unknown_place", None, "subdistrict")}
    [f] = [f for f in x.findings if f.code == "unknown_place"]
    places = "อ.คง จ.นครราชสีมา, อ.ศรีเมืองใหม่ จ.อุบลราชธานี, อ.บางแพ จ.ราชบุรี"
    assert (f.text, f.severity, f.message, f.message_en) == (
        "องค์การบริหารส่วนตำบลดอนใหญ่", "warning",
        f"ไม่พบชื่อสถานที่ในทะเบียนของกรมการปกครอง หรือชื่อกำกวม: มี 3 แห่ง ({places}) ระบุอำเภอและจังหวัดในหัวรายงาน",
        f"A place name not found in the DOPA gazetteer, or ambiguous: 3 places bear this name ({places}): "
        "name the district and province in the title block")
    assert (x.document.org_name, x.document.province_code) == ("องค์การบริหารส่วนตำบลดอนใหญ่", None)


def test_encrypted_file(tmp_path):
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(SAMPLES / "khoksanuan-2566-table-per-page.pdf"))
    w.encrypt(user_password="1234", owner_password="x")
    w.write(tmp_path / "locked.pdf")
    assert findings(process_file(tmp_path / "locked.pdf")) == {("encrypted_file", None, None)}


def test_no_text_layer(tmp_path):
    needs("pdftoppm")
    import subprocess

    from PIL import Image

    pdf = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
    subprocess.run(["pdftoppm", "-r", "50", "-gray", "-png", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "p")],
                   check=True)
    pages = [Image.open(p) for p in sorted(tmp_path.glob("p-*.png"))]
    scan = tmp_path / "scan.pdf"
    pages[0].save(scan, save_all=True, append_images=pages[1:], resolution=50)
    x = process_file(scan)
    assert {f.page for f in x.findings if f.code == "no_text_layer"} == {1, 2}


def test_every_rule_has_a_test_here_or_named():
    tested_elsewhere = {"unsupported_file": "test_isolation", "unsafe_file": "test_ingest",
                        "timeout": "test_isolation", "worker_crashed": "test_isolation",
                        "converter_missing": "test_isolation", "page_limit": "test_pdf",
                        "garbled_text_layer": "test_realdocs", "unruled_table": "test_pdf", "unruled_table_read": "test_pdf",
                        "low_ocr_confidence": "test_ocr", "unreadable_page": "test_pdf", "unruled_rows": "test_pdf",
                        "ocr_text_layer": "test_ocr", "table_in_picture": "test_ocr", "unread_object": "test_docx",
                        "unread_sheet": "test_xlsx", "damaged_file": "test_ocr", "text_mode_transfer": "test_pdf",
                        "header_with_text": "test_docx", "lost_row_text": "test_pdf_run_on_held_out",
                        "table_not_read": "test_docx"}
    here = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    covered = {code for code in RULES if any(code in name for name in here)}
    assert set(RULES) - covered - set(tested_elsewhere) == set()
