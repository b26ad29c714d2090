"""Word and Excel files cut short (a download that stopped): no zip reader
opens them; they are read from the parts they still hold (parsers.rezip)."""

import zipfile

import generate
from conftest import SAMPLES, realdoc
from ingest.pipeline import process_file
from ingest.textdump import document_text
from parsers import parse

CELLS = ("issue", "responsible", "measure", "monitoring", "progress")
DOCX = SAMPLES / "khoksanuan-2566-table-per-page.docx"


def rows(x):
    return [[m.page, m.row_no] + [getattr(m, c) for c in CELLS] for m in x.measures]


def cut_at(source, tmp_path, offset, name="cut.docx"):
    out = tmp_path / name
    out.write_bytes(source.read_bytes()[:offset])
    return out


def offsets(source):
    with zipfile.ZipFile(source) as z:
        return {i.filename: (i.header_offset, i.compress_size) for i in z.infolist()}


def test_a_docx_cut_after_its_text_reads_as_the_whole(tmp_path):
    styles, _ = offsets(DOCX)["word/styles.xml"]
    cut = cut_at(DOCX, tmp_path, styles + 500)  # in the styles, after the text and its relationships
    x, whole = process_file(cut), process_file(DOCX)
    assert rows(x) == rows(whole) and len(rows(x)) == 14
    for key in ("org_name", "province", "district", "fiscal_year", "period_start", "period_end"):
        assert getattr(x.document, key) == getattr(whole.document, key), key
    assert (x.document.source_path, x.document.file_type, x.document.status) == (str(cut), "docx", "partial")
    assert [(f.code, f.row_no, f.column) for f in x.findings] == \
        [("damaged_file", None, None)] + [(f.code, f.row_no, f.column) for f in whole.findings]
    assert x.findings[0].severity == "error"  # the report must be sent again
    assert x.findings[0].message_en.endswith("get the file again: rebuilt from the 6 parts still in it")
    assert x.findings[0].message.endswith("ควรขอไฟล์ใหม่: สร้างไฟล์ใหม่จาก 6 ส่วนที่ยังอยู่")


def test_a_docx_cut_in_its_text_keeps_the_rows_before_the_cut(tmp_path):
    start, packed = offsets(DOCX)["word/document.xml"]
    x, whole = process_file(cut_at(DOCX, tmp_path, start + packed * 6 // 10)), process_file(DOCX)
    assert 3 <= len(x.measures) < 14
    assert rows(x)[:-1] == rows(whole)[:len(x.measures) - 1]  # the last row may be cut inside
    last, same = rows(x)[-1], rows(whole)[len(x.measures) - 1]
    assert last[:3] == same[:3] and same[2].startswith(last[2])
    assert x.findings[0].code == "damaged_file"
    assert x.findings[0].message_en.endswith("rebuilt from the 5 parts still in it, its text cut short")


def test_a_part_that_fails_its_checksum_is_left_out_and_what_it_held_made_anew(tmp_path):
    # The content types, stored, with a byte damaged (the document's type no
    # longer Word's), and the directory cut: that part is not trusted (its
    # checksum fails) and the content types are made anew.
    stored = tmp_path / "stored.docx"
    with zipfile.ZipFile(DOCX) as zin, zipfile.ZipFile(stored, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            kind = zipfile.ZIP_STORED if info.filename == "[Content_Types].xml" else zipfile.ZIP_DEFLATED
            zout.writestr(info.filename, zin.read(info), compress_type=kind)
    data = stored.read_bytes()
    assert data.count(b"document.main+xml") == 1
    styles, _ = offsets(stored)["word/styles.xml"]
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[:styles + 500].replace(b"document.main+xml", b"document.mai_+xml"))
    x, whole = process_file(cut), process_file(DOCX)
    assert rows(x) == rows(whole) and len(rows(x)) == 14
    assert x.findings[0].message_en.endswith("get the file again: rebuilt from the 5 parts still in it")


def test_a_zip_cut_before_its_text_is_an_unreadable_file(tmp_path):
    start, _ = offsets(DOCX)["word/document.xml"]
    x = process_file(cut_at(DOCX, tmp_path, start + 40))
    assert [(f.code, f.severity) for f in x.findings] == [("unreadable_file", "error")]
    assert x.findings[0].message_en.endswith(": not a valid .docx file") and x.document.status == "failed"


def test_parts_that_expand_past_the_guard_are_an_unsafe_file(tmp_path):
    styles, _ = offsets(DOCX)["word/styles.xml"]
    x = process_file(cut_at(DOCX, tmp_path, styles + 500), {"max_unzipped_bytes": 20_000})
    assert [f.code for f in x.findings] == ["unsafe_file"]
    assert x.findings[0].message_en.endswith("TooLarge: the parts expand beyond 20000 bytes")


def test_a_workbook_that_lost_its_directory_reads_as_the_whole(tmp_path):
    book = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx")
    types, packed = offsets(book)["[Content_Types].xml"]
    cut = cut_at(book, tmp_path, types + 30 + len("[Content_Types].xml") + packed, "cut.xlsx")  # every part whole
    x, whole = process_file(cut), process_file(book)
    assert rows(x) == rows(whole) and len(rows(x)) == 14
    assert [(f.code, f.row_no, f.column) for f in x.findings] == \
        [("damaged_file", None, None)] + [(f.code, f.row_no, f.column) for f in whole.findings]
    assert x.findings[0].message_en.endswith("rebuilt from the 10 parts still in it")


def test_a_real_word_letter_cut_in_its_pictures_reads_its_text(tmp_path):
    # Word writes the text third, then the pictures; styles and settings after them are lost.
    source = realdoc("17")
    picture, _ = offsets(source)["word/media/image2.png"]
    cut = cut_at(source, tmp_path, picture + 1000)
    doc, whole = parse(cut), parse(source)
    assert document_text(doc) == document_text(whole)
    assert [(i.code, i.detail) for i in doc.issues] == \
        [("damaged_file", "สร้างไฟล์ใหม่จาก 5 ส่วนที่ยังอยู่ / rebuilt from the 5 parts still in it")] + \
        [(i.code, i.detail) for i in whole.issues]


def test_a_word_or_excel_file_sent_as_text_is_changed_back_and_read_whole(tmp_path):
    """Every LF a CR LF (FTP's ASCII mode): the zip's offsets and each part's
    compressed data are off; rebuilt from its parts, the text was garbage."""
    book = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx")
    for source in (DOCX, book):
        sent = tmp_path / f"sent{source.suffix}"
        sent.write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
        x, whole = process_file(sent), process_file(source)
        assert rows(x) == rows(whole) and len(rows(x)) == 14
        assert (x.document.file_type, x.document.status) == (source.suffix[1:], "ok")
        assert [(f.code, f.severity) for f in x.findings if f.code not in {g.code for g in whole.findings}] == [
            ("text_mode_transfer", "warning")]


def test_a_docx_whose_text_is_not_well_formed_xml_is_read_as_far_as_it_goes(tmp_path):
    """A zip that is sound, with a byte gone wrong inside its text (``<<``
    where a run starts): lxml's strict parser refused the whole file."""
    with zipfile.ZipFile(DOCX) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["word/document.xml"]
    at = xml.index(b"<w:t", len(xml) // 3)
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, xml[:at] + b"<<" + xml[at:] if name == "word/document.xml" else content)
    x, whole = process_file(damaged), process_file(DOCX)
    assert rows(x) == rows(whole) and len(rows(x)) == 14
    assert x.document.status == "partial"
    assert [(f.code, f.message_en.split("get the file again: ")[-1]) for f in x.findings][:1] == [
        ("damaged_file", "damaged XML in word/document.xml, read as far as it goes")]
    assert [f.code for f in x.findings][1:] == [f.code for f in whole.findings]
