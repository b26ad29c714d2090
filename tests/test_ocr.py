"""Scanned reports: OCR'd rows against the seed, the Thai correction step,
confidence findings, and a missing Tesseract."""

import json
import re

import pytest
from hypothesis import example, given, settings, strategies as st
from rapidfuzz.distance import Levenshtein

import generate
from conftest import EXPECTED, MEASURE_CELLS as CELLS, SAMPLES, needs, realdoc
from ingest.extract import extract
from ingest.pipeline import process_file
from ingest.textdump import document_text
from normalize import thai_text
from normalize.ocr import _edited_cost, cost, drop_mark_lines, fix_confusions
from parsers import Cell, Document, Paragraph, Row, Table, parse

STEM = "khoksanuan-2566-table-per-page"


def squeeze(text):
    return "".join(text.split())


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    needs("pdftoppm")
    needs("tesseract")
    out = tmp_path_factory.mktemp("scans")
    pdf = SAMPLES / f"{STEM}.pdf"
    return {dpi: process_file(generate.scan_pdf(pdf, out / f"scan{dpi}.pdf", dpi, angle=0.6, noise=6, seed=dpi))
            for dpi in (300, 150)}


def similarities(x, rows=14):
    want = json.loads((EXPECTED / f"{STEM}.json").read_text(encoding="utf-8"))["measures"][:rows]
    assert len(x.measures) == len(want) == rows
    return [Levenshtein.normalized_similarity(squeeze(getattr(m, c)), squeeze(e[c]))
            for m, e in zip(x.measures, want) for c in CELLS]


@pytest.mark.parametrize("dpi, goal", [(300, 0.95), (150, 0.90)])
def test_scanned_seed_cells_match(scans, dpi, goal):
    sims = similarities(scans[dpi])
    assert sum(sims) / len(sims) >= goal, sorted(sims)[:5]
    assert min(sims) >= goal - 0.15


def test_scanned_seed_metadata_context_and_findings(scans):
    x = scans[300]
    want = json.loads((EXPECTED / f"{STEM}.json").read_text(encoding="utf-8"))
    d = x.document
    for key in ("org_name", "org_type", "province", "province_code", "district", "fiscal_year", "report_kind"):
        assert getattr(d, key) == want["document"][key], key
    assert (d.period_start.isoformat(), d.period_end.isoformat(), d.pages, d.status) == \
        ("2022-10-01", "2023-03-31", 21, "ok")
    # Item codes: OCR reads e๖ and e๘ as "6 6" and "1 8"; their neighbours e7 and e9 give them back.
    assert [(m.tool, m.indicator_no, m.item_code) for m in x.measures] == \
        [(m["tool"], m["indicator_no"], m["item_code"]) for m in want["measures"]]
    assert [m.issue.split()[0] for m in x.measures[9:13]] == ["e6", "e7", "e8", "e9"]
    assert all(0.75 <= m.ocr_confidence <= 1 for m in x.measures)
    pages = [f for f in x.findings if f.code == "no_text_layer"]
    assert [f.page for f in pages] == list(range(1, 22))
    assert all("read by OCR, confidence" in f.message_en for f in pages[:-1])
    rows = sorted((f.code, f.row_no, f.column) for f in x.findings if f.row_no)
    assert rows == [("column_shift", 6, "responsible"), ("column_shift", 14, "issue"),
                    ("late_completion", 1, "progress"), ("late_completion", 4, "progress")]
    late = next(m for m in x.measures if m.row_no == 1)
    assert (late.deadlines[-1].isoformat(), late.completed_on.isoformat()) == ("2023-01-31", "2023-02-08")


def test_phone_scan_pages_cropped_and_scaled_apart_join_rows_across_pages(tmp_path):
    # A phone app crops and scales each page its own way: a table's columns
    # on one page were not where they were on the last (within 4 pt), so no
    # row cut by a page was joined (14 rows on 8 pages for 7).
    needs("pdftoppm")
    needs("tesseract")
    source = SAMPLES / "khoksanuan-2566-long-table.pdf"
    scan = generate.scan_pdf(source, tmp_path / "phone.pdf", 200, noise=4, pages=(1, 8), jitter=0.05, seed=3)
    import pdfplumber
    with pdfplumber.open(scan) as pdf:
        assert len({(round(p.width), round(p.height)) for p in pdf.pages}) == 8
    x, whole = process_file(scan), process_file(source)
    assert [m.page for m in x.measures] == [m.page for m in whole.measures if m.page <= 8]  # 1, 2, 2, 4, 5, 6, 8
    sims = [Levenshtein.normalized_similarity(squeeze(getattr(m, c)), squeeze(getattr(w, c)))
            for m, w in zip(x.measures[:-1], whole.measures) for c in CELLS]  # the last row goes on past page 8
    assert sum(sims) / len(sims) >= 0.95 and min(sims) >= 0.8, sorted(sims)[:3]


def test_a_scan_cut_short_is_read_from_the_pages_it_still_holds(tmp_path):
    # A download that stopped in the third page's picture: no reader opens
    # the file. Its first two pages read exactly as the whole scan's.
    needs("pdftoppm")
    needs("tesseract")
    scan = generate.scan_pdf(SAMPLES / f"{STEM}.pdf", tmp_path / "scan.pdf", 300, angle=0.6, noise=6, seed=300,
                             pages=(1, 3))
    cut = tmp_path / "cut.pdf"
    data = scan.read_bytes()
    cut.write_bytes(data[:len(data) * 85 // 100])
    x, whole = process_file(cut), process_file(scan)
    for key in ("org_name", "province", "fiscal_year", "period_start", "period_end", "pages"):
        assert getattr(x.document, key) == getattr(whole.document, key), key
    assert x.document.status == "partial"
    assert x.document.source_path == str(cut)
    before_cut = [[getattr(m, c) for c in ("page", "row_no", *CELLS)] for m in whole.measures if m.page <= 2]
    assert [[getattr(m, c) for c in ("page", "row_no", *CELLS)] for m in x.measures] == before_cut
    assert len(before_cut) == 2 and len(whole.measures) == 3  # the third row was below the cut
    assert [(f.code, f.page) for f in x.findings] == [("damaged_file", None)] + [
        (f.code, f.page) for f in whole.findings if f.page is None or f.page <= 2 or f.code == "no_text_layer"]
    assert x.findings[0].message_en.endswith("get the file again: 3 scanned pages recovered from its pictures, "
                                             "read by OCR (PSEOF: Unexpected EOF)")


def test_low_ocr_confidence_is_a_finding_on_its_row():
    head = Row([Cell(t, page=1, confidence=0.95) for t in
                ("ประเด็นที่ต้องปรับปรุงแก้ไข", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีการ/มาตรการ",
                 "การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ", "การดำเนินการ")], page=1)
    sure = Row([Cell(t, page=1, confidence=0.93) for t in ("ข้อมูลพื้นฐาน", "สำนักปลัด", "เผยแพร่", "ภายในเดือนมกราคม", "")])
    blurred = Row([Cell(t, page=2, confidence=c) for t, c in
                   (("ข่าว", 0.6), ("กองคลัง", 0.5), ("ประชาสัมพันธ์", 0.7), ("ทุกเดือน", 0.55), ("", None))], page=2)
    doc = Document("scan.pdf", "pdf", pages=2, blocks=[
        Paragraph("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", page=1),
        Table([head, sure, blurred], page=1)])
    x = extract(doc, "id")
    assert [m.ocr_confidence for m in x.measures] == [0.93, 0.588]
    [f] = [f for f in x.findings if f.code == "low_ocr_confidence"]
    assert (f.row_no, f.page, f.severity) == (2, 2, "warning")
    assert f.message_en == "This row was read by OCR with low confidence: check it against the original: 0.59"


def test_missing_tesseract_is_reported_and_the_text_layer_pages_still_read(tmp_path, monkeypatch):
    needs("pdftoppm")
    from parsers import ocr

    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    scan = generate.scan_pdf(SAMPLES / f"{STEM}.pdf", tmp_path / "scan.pdf", 100, pages=(1, 2))
    x = process_file(scan)
    codes = [(f.code, f.page) for f in x.findings]
    assert ("converter_missing", None) in codes and ("no_text_layer", 1) in codes
    missing = next(f for f in x.findings if f.code == "converter_missing")
    assert "apt-get install tesseract-ocr-tha" in missing.message_en
    assert x.document.status == "failed"


@pytest.fixture(scope="module")
def searchable(tmp_path_factory):
    """Three scanned pages, and the same scan made searchable by Tesseract."""
    needs("pdfimages")
    needs("tesseract")
    out = tmp_path_factory.mktemp("searchable")
    scan = generate.scan_pdf(SAMPLES / f"{STEM}.pdf", out / "scan.pdf", 300, angle=0.6, noise=6, pages=(1, 3))
    return scan, generate.searchable_pdf(scan, out / "searchable.pdf")


def cells(x):
    return [[getattr(m, c) for c in CELLS] for m in x.measures]


def test_searchable_scan_is_read_by_ocr_for_its_tables(searchable):
    """OCR software's hidden text has no table lines: read as text, the page
    gave no rows. Read again by OCR, it gives what the bare scan gives."""
    scan, made_searchable = searchable
    bare, x = process_file(scan), process_file(made_searchable)
    assert len(x.measures) == 3 and cells(x) == cells(bare)
    assert similarities(x, rows=3) == similarities(bare, rows=3)
    want = json.loads((EXPECTED / f"{STEM}.json").read_text(encoding="utf-8"))["document"]
    for key in ("org_name", "province_code", "district", "fiscal_year", "report_kind"):
        assert getattr(x.document, key) == want[key], key
    assert [(f.code, f.page) for f in x.findings if f.page and not f.row_no] == \
        [("ocr_text_layer", 1), ("ocr_text_layer", 2), ("ocr_text_layer", 3)]
    assert all("read by OCR, confidence 0.9" in f.message_en for f in x.findings if f.code == "ocr_text_layer")


def test_pages_ocrd_side_by_side_come_out_as_read_one_at_a_time(searchable, tmp_path):
    """Scanned pages among pages of text: OCR reads them in threads while the
    pages after them are read, and the document is the same as when it reads
    one page at a time (rows joined across pages in page order)."""
    from pypdf import PdfReader, PdfWriter

    scan, text = PdfReader(searchable[0]), PdfReader(SAMPLES / f"{STEM}.pdf")
    mixed = PdfWriter()
    for page in (scan.pages[0], text.pages[1], scan.pages[2], text.pages[3], text.pages[4]):
        mixed.add_page(page)
    path = tmp_path / "mixed.pdf"
    mixed.write(path)

    def read(threads):
        x = process_file(path, {"ocr_threads": threads})
        return cells(x), [(f.code, f.page, f.row_no, f.column, f.message_en) for f in x.findings]

    one_by_one = read(1)
    assert read(3) == one_by_one
    assert [(code, page) for code, page, row, _, _ in one_by_one[1] if page and not row] == \
        [("no_text_layer", 1), ("no_text_layer", 3)]
    assert len(one_by_one[0]) == 5


def test_searchable_scan_keeps_its_hidden_text_without_tesseract(searchable, monkeypatch):
    from parsers import ocr

    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    doc = parse(searchable[1])
    assert [(i.code, i.page) for i in doc.issues] == [("converter_missing", None),
        ("ocr_text_layer", 1), ("unruled_table", 1), ("ocr_text_layer", 2), ("unruled_table", 2),
        ("ocr_text_layer", 3), ("unruled_table", 3)]
    hidden = thai_text(squeeze(document_text(doc, raw=True)))  # Tesseract spaces its Thai letters
    assert "รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in hidden
    assert "โดยองค์การบริหารส่วนตำบลโคกสนวน" in hidden


@pytest.mark.parametrize("kind", ["pdf", "docx", "docx-vml"])
def test_table_pasted_as_a_picture_is_read_by_ocr(tmp_path, kind):
    """A page of text with the first table pasted as a picture: the picture
    alone is read by OCR, the rest of the report from its text. docx-vml:
    the picture written as VML, as Word 2003 documents kept in compatibility
    mode have it (before: not seen, 12 rows)."""
    needs("pdftoppm")
    needs("tesseract")
    docx = generate.picture_table_docx(generate.read_seed(), tmp_path)
    if kind == "docx-vml":
        docx, kind = generate.vml_pictures(docx, tmp_path / "vml.docx"), "docx"
    x = process_file(generate.to_pdf(docx, tmp_path) if kind == "pdf" else docx)
    sample = process_file(SAMPLES / f"{STEM}.{kind}")
    assert len(x.measures) == 14 and cells(x)[2:] == cells(sample)[2:]
    sims = similarities(x)[:10]  # rows 1-2, from the picture
    assert sum(sims) / len(sims) >= 0.97 and min(sims) >= 0.9, sims
    assert [(m.page, m.tool, m.indicator_no) for m in x.measures[:2]] == [(2, "OIT", 9), (2, "OIT", 9)]
    assert all(0.9 <= m.ocr_confidence <= 1 for m in x.measures[:2])
    assert all(m.ocr_confidence is None for m in x.measures[2:])
    want = json.loads((EXPECTED / f"{STEM}.json").read_text(encoding="utf-8"))["document"]
    for key in ("org_name", "org_type", "province", "province_code", "district", "fiscal_year", "report_kind"):
        assert getattr(x.document, key) == want[key], key
    pictures = [f for f in x.findings if f.code == "table_in_picture"]
    assert [f.page for f in pictures] == [2] and "read by OCR, confidence 0.9" in pictures[0].message_en


@pytest.mark.parametrize("kind, footer, finding", [
    ("docx", "องค์การบริหารส่วนตำบลโคกสนวน อำเภอชำนิ", "table_in_picture"),
    ("pdf", "องค์การบริหารส่วนตำบลโคกสนวน อำเภอชำนิ", "table_in_picture"),
    ("pdf", "อบต.โคกสนวน", "no_text_layer"),
])
def test_page_scans_pasted_into_word_join_rows_across_pages(tmp_path, kind, footer, finding):
    """A signed report scanned and pasted into Word, a picture a page, with
    a footer typed over the scans: rows that go on to the next picture are
    joined and its repeated header is dropped, as for a scanned PDF; a table
    that ended above the foot of its page is not joined to the next. Before:
    5 rows, the cut ones split. DOCX: pictures were not joined. PDF: OCR read
    the footer over the picture too, so it was not taken for a running foot
    and stood between the table's parts (a long footer: the page is text with
    a picture; a short one: the page is a scan with a line of text)."""
    needs("pdftoppm")
    needs("tesseract")
    docx = generate.page_scan_docx(SAMPLES / f"{STEM}.pdf", tmp_path / "scans.docx", pages=(1, 4), footer=footer)
    x = process_file(generate.to_pdf(docx, tmp_path) if kind == "pdf" else docx)
    sims = similarities(x, rows=3)
    assert sum(sims) / len(sims) >= 0.97 and min(sims) >= 0.85, sims
    assert [(m.page, m.tool, m.indicator_no) for m in x.measures] == [(1, "OIT", 9), (2, "OIT", 9), (3, "OIT", 9)]
    assert squeeze(x.measures[0].progress).endswith("เดือนกุมภาพันธ์พ.ศ.2566")  # the row's part on page 2
    want = json.loads((EXPECTED / f"{STEM}.json").read_text(encoding="utf-8"))["document"]
    for key in ("title", "org_name", "org_type", "province", "province_code", "district", "fiscal_year",
                "report_kind", "period_start", "period_end"):
        assert str(getattr(x.document, key)) == str(want[key]), key
    assert [f.page for f in x.findings if f.code in ("table_in_picture", "no_text_layer")] == [1, 2, 3, 4]
    assert {f.code for f in x.findings if f.page and f.row_no is None} == {finding}  # of the pages


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_page_scans_pasted_sideways_are_turned_upright(tmp_path, kind):
    """Landscape pages scanned on a portrait scanner and pasted as they came
    (in the PDF, under a footer long enough to make each page one of text
    with a picture): a picture that holds a ruled table is turned upright
    (Tesseract's orientation check) before it is read (before: no rows)."""
    needs("pdftoppm")
    needs("tesseract")
    docx = generate.page_scan_docx(SAMPLES / f"{STEM}.pdf", tmp_path / "sideways.docx", pages=(1, 4), sideways=True,
                                   footer="องค์การบริหารส่วนตำบลโคกสนวน อำเภอชำนิ จังหวัดบุรีรัมย์")
    x = process_file(generate.to_pdf(docx, tmp_path) if kind == "pdf" else docx)
    assert {f.code for f in x.findings if f.page and f.row_no is None} == {"table_in_picture"}
    sims = similarities(x, rows=3)
    assert sum(sims) / len(sims) >= 0.97 and min(sims) >= 0.85, sims
    assert [(m.page, m.tool, m.indicator_no) for m in x.measures] == [(1, "OIT", 9), (2, "OIT", 9), (3, "OIT", 9)]
    assert x.document.org_name == "องค์การบริหารส่วนตำบลโคกสนวน"


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_picture_ocr_cannot_read_is_a_finding_and_the_rest_is_read(tmp_path, monkeypatch, kind):
    needs("pdftoppm")
    needs("tesseract")
    from parsers import ocr

    def broken(*args, **kwargs):
        raise RuntimeError("tesseract crashed")

    monkeypatch.setattr(ocr, "read_page" if kind == "pdf" else "read_picture", broken)
    docx = generate.picture_table_docx(generate.read_seed(), tmp_path)
    x = process_file(generate.to_pdf(docx, tmp_path) if kind == "pdf" else docx)
    assert cells(x) == cells(process_file(SAMPLES / f"{STEM}.{kind}"))[2:]
    pictures = [(f.page, f.message_en.rsplit(": ", 2)[-2:]) for f in x.findings if f.code == "table_in_picture"]
    assert pictures == [(2, ["RuntimeError", "tesseract crashed"])]


def test_pictures_over_the_size_limit_are_not_examined(tmp_path):
    needs("pdftoppm")
    docx = generate.picture_table_docx(generate.read_seed(), tmp_path)
    x = process_file(docx, {"max_picture_pixels": 1_000_000})  # the picture: 2,114 x 1,100 pixels
    assert cells(x) == cells(process_file(SAMPLES / f"{STEM}.docx"))[2:]
    assert not [f for f in x.findings if f.code == "table_in_picture"]


def test_a_picture_with_a_broken_size_is_skipped_and_the_rest_read(tmp_path):
    import zipfile

    needs("pdftoppm")
    docx = generate.picture_table_docx(generate.read_seed(), tmp_path)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = re.sub(rb'(<wp:extent cx=")\d+', rb"\1wide", data)
            dst.writestr(item, data)
    x = process_file(broken)
    assert x.document.status == "ok" and cells(x) == cells(process_file(SAMPLES / f"{STEM}.docx"))[2:]


def test_pictures_without_a_ruled_grid_are_left_alone():
    """Real PDFs' cover photos and a page-sized background: not tables."""
    needs("tesseract")
    for prefix in ("14", "15"):
        x = process_file(realdoc(prefix))
        assert not [f for f in x.findings if f.code == "table_in_picture"]


def test_real_scans_are_read():
    needs("tesseract")
    text = "\n".join(p.text for p in parse(realdoc("16")).blocks if isinstance(p, Paragraph))
    assert "ประกาศสำนักงานปลัดกระทรวงสาธารณสุข" in text
    assert "ว่าด้วยแนวทางปฏิบัติงานเพื่อตรวจสอบบุคลากรในหน่วยงานด้านการจัดซื้อจัดจ้าง" in text
    junk_layer = parse(realdoc("07"))
    text = "\n".join(p.text for p in junk_layer.blocks if isinstance(p, Paragraph))
    assert "ประกาศองค์การบริหารส่วนตำบลไทรย้อย" in text and "อำเภอเด่นชัย จังหวัดแพร่" in text


# --- the correction step -----------------------------------------------------------------

@pytest.mark.parametrize("read, meant", [
    ("ผู้รับถิดชอบ", "ผู้รับผิดชอบ"),            # ผ read as ถ
    ("ขันตอนหรือวิธีการ", "ขั้นตอนหรือวิธีการ"),   # tone mark dropped
    ("ประเด็นทีต้องปรับปรุง", "ประเด็นที่ต้องปรับปรุง"),
    ("ประจำปงบประมาณ", "ประจำปีงบประมาณ"),       # vowel dropped
    ("เจ้าหน้าทิ", "เจ้าหน้าที่"),
    ("สำนักงาน ป.ป.ช.", "สำนักงาน ป.ป.ช."),       # abbreviations left alone
    ("อบต.ไทรย้อย", "อบต.ไทรย้อย"),
    ("องค์การบริหารส่วนตำบลโคกสนวน", "องค์การบริหารส่วนตำบลโคกสนวน"),  # names left alone
])
def test_fix_confusions(read, meant):
    assert fix_confusions(read) == meant


def test_fix_confusions_leaves_the_clean_seed_alone():
    want = json.loads((EXPECTED / f"{STEM}.json").read_text(encoding="utf-8"))["measures"]
    from normalize import thai_text

    for row in want:
        for c in CELLS:
            text = thai_text(row[c])
            assert fix_confusions(text) == text


def test_drop_mark_lines():
    assert drop_mark_lines("งาน\n๐ ๕ ๐ 1\nกำหนด\na ๕' vy 1\nA 17» a a\n1.\nOIT\nม.ค. 2566") == \
        "งาน\nกำหนด\n1.\nOIT\nม.ค. 2566"


THAI = st.text(alphabet=st.sampled_from("กขคงจดตถนบปผพมยรลวสหอะาำิีึืุู่้เแโใไ ๒๖1."), max_size=30)


@settings(max_examples=150, deadline=None)
@given(THAI)
@example("ิิ่1ก1กข")  # found by hypothesis: a run of marks alone is dropped
def test_fix_confusions_keeps_other_characters_and_never_reads_worse(text):
    import re

    fixed = fix_confusions(text)
    keep = lambda s: re.sub("[ก-๎]", "", s)  # everything but Thai letters and marks
    assert keep(fixed) == keep(text)
    # Summed over the Thai runs: a run of stray marks may be dropped whole.
    runs = lambda s: re.findall("[ก-ฮะ-ฺเ-๎]+", s)
    assert sum(map(cost, runs(fixed))) <= sum(map(cost, runs(text)))


@settings(max_examples=300, deadline=None)
@given(THAI.filter(bool), st.data())
@example("ขันตอน", None)
def test_the_cost_of_an_edit_is_the_cost_of_the_edited_run(run, data):
    """The repair prices an edit from the run's own prefix and suffix costs;
    it must agree with splitting the edited run from scratch."""
    if data is None:
        start, end, repl = 2, 2, "\u0e49"
    else:
        start = data.draw(st.integers(0, len(run)))
        end = data.draw(st.integers(start, min(len(run), start + 2)))
        repl = data.draw(st.sampled_from(["", "\u0e49", "ต", "ปี"]))
    assert _edited_cost(run, start, end, repl) == pytest.approx(cost(run[:start] + repl + run[end:]), abs=1e-9)


def test_upside_down_skewed_scan_is_turned_and_read(tmp_path):
    needs("pdftoppm")
    needs("tesseract")
    scan = generate.scan_pdf(SAMPLES / f"{STEM}.pdf", tmp_path / "upside.pdf", 200, angle=180.4, noise=4, pages=(1, 1))
    doc = parse(scan)
    lines = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert lines[0] == "รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert "โดยองค์การบริหารส่วนตำบลโคกสนวน" in lines
    [table] = doc.tables()
    assert [len(r.cells) for r in table.rows] == [5, 5]
    assert table.rows[0].cells[1].text == "ผู้รับผิดชอบ"


def test_a_page_ocr_cannot_read_keeps_its_finding_and_the_batch_goes_on(tmp_path, monkeypatch):
    needs("pdftoppm")
    needs("tesseract")  # without it the page is not tried: converter_missing
    from parsers import ocr

    def broken(*args, **kwargs):
        raise RuntimeError("tesseract crashed")

    monkeypatch.setattr(ocr, "read_page", broken)
    scan = generate.scan_pdf(SAMPLES / f"{STEM}.pdf", tmp_path / "scan.pdf", 100, pages=(1, 2))
    x = process_file(scan)
    pages = [f for f in x.findings if f.code == "no_text_layer"]
    assert [f.page for f in pages] == [1, 2]
    assert all("OCR failed: RuntimeError: tesseract crashed" in f.message_en for f in pages)
    assert x.document.status == "failed" and x.measures == []


def test_a_scanned_cell_merged_down_is_read_whole_once_and_shared(tmp_path):
    """No rule under a cell: it goes on into the row below (one unit
    responsible for rows 1-3, one deadline for rows 2-3, row 3 cut by the
    foot of page 2). Read cell by cell, each row's part was its own."""
    needs("pdftoppm")
    needs("tesseract")

    def mutate(doc):
        t = doc.tables[0]
        t.rows[1].cells[1].merge(t.rows[3].cells[1])
        t.rows[2].cells[3].merge(t.rows[3].cells[3])
    docx = generate.build_docx(generate.read_seed(), tmp_path / "merged.docx", "long-table", mutate=mutate)
    pdf = generate.to_pdf(docx, tmp_path)
    x = process_file(generate.scan_pdf(pdf, tmp_path / "scan.pdf", 300, angle=0.6, noise=4, pages=(1, 4)))
    want = process_file(docx).measures[:3]  # row 3 goes on to page 4, where row 4 starts
    assert [m.merged_from_above for m in x.measures] == [[], ["responsible"], ["responsible", "monitoring"], []]
    sims = [Levenshtein.normalized_similarity(squeeze(getattr(m, c)), squeeze(getattr(w, c)))
            for m, w in zip(x.measures, want) for c in CELLS]
    assert min(sims) >= 0.9, str([round(s, 2) for s in sims])
    assert x.measures[0].responsible == x.measures[1].responsible == x.measures[2].responsible
    assert x.measures[1].monitoring == x.measures[2].monitoring
    assert [m.cells_raw[1] for m in x.measures[1:3]] == ["", ""]
