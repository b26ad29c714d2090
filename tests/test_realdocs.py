"""Real Thai government files with real damage (../shared/realdocs). They are
not ITA measure reports; they show what extraction is up against."""

import pdfplumber
import pytest

from conftest import needs, realdoc
from ingest.pipeline import process_file
from ingest.textdump import document_text
from normalize import thai_text
from normalize.lexicon import unknown_chars
from parsers import ParserSettings, parse


def repaired(prefix):
    doc = parse(realdoc(prefix))
    assert not doc.failed, doc.issues
    raw = document_text(doc, raw=True)
    return raw, thai_text(raw)


def test_private_use_area_glyphs_mapped():
    raw, clean = repaired("14")
    assert sum(0xF700 <= ord(c) <= 0xF8FF for c in raw) == 722
    assert not any(0xF700 <= ord(c) <= 0xF8FF for c in clean)
    assert "ข้อกำหนดจริยธรรมเจ้าหน้าที่ของรัฐ" in clean
    # Characters outside known words: from ~1,550 to under 5% of that.
    assert unknown_chars(clean) < 0.05 * unknown_chars(raw)


@pytest.mark.parametrize("prefix,words,left", [
    ("11", ["จากสำนักงานปลัดกระทรวงสาธารณสุข", "สำนักงานหลักประกันสุขภาพเขต"], 0.05),  # x order put the aa first
    # 13's own text lacks marks (typed or pasted so: หนวยงาน, ให)
    ("13", ["แผนงานโครงการดำเนินการแล้วเสร็จ"], 0.2),
    ("15", ["ตรวจสอบและจำแนกเรื่องร้องเรียน", "แจ้งการดำเนินการขั้นต้นแก่ผู้ร้องเรียน"], 0.1),
    ("19", ["สำนักงานสาธารณสุขอำเภอหนองใหญ่", "ประจำปีงบประมาณ", "กำกับดูแลองค์กรที่ดี"], 0.05),
    ("20", ["คำแนะนำ", "ทำหน้าที่"], 0.05),
])
def test_sara_am_drawn_as_nikhahit_and_aa_read_whole(prefix, words, left):
    """Word exports map the nikhahit of sara am to a zero-width space: bare
    pdfplumber gives ``ต าบล``, or ``สา นัก`` where x order puts it after
    the aa."""
    with pdfplumber.open(realdoc(prefix)) as pdf:
        bare = "\n".join(page.extract_text() for page in pdf.pages)
    assert bare.count(" า") > 20
    raw, clean = repaired(prefix)
    assert raw.count(" า") <= 1 and clean.count(" า") == 0
    for w in words:
        assert w in clean
    assert unknown_chars(clean) < left * unknown_chars(bare)


def test_aa_mismapped_to_am_restored():
    raw, clean = repaired("15")
    assert "โรงพยำบำล" in raw
    assert "โรงพยำบำล" not in clean and "โรงพยาบาลพิชัย" in clean


def test_broken_tounicode_is_garbled_on_every_page():
    # As pdfminer reads it: detection only (test_ocr reads such pages).
    doc = parse(realdoc("06"), {"ocr": False, "font_repair": False})
    assert {i.code for i in doc.issues} == {"garbled_text_layer"}
    assert [i.page for i in doc.issues] == list(range(1, doc.pages + 1))


OPENING = ("องค์การบริหารส่วนตำบลเป็นหน่วยบริหารราชการส่วนท้องถิ่น ตามรัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช 2540 "
           "บทบาท อำนาจหน้าที่ และความรับผิดชอบมีความเป็นอิสระพอสมควร ความสำคัญในรัฐธรรมนูญฉบับปัจจุบัน "
           "ให้ความสำคัญการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น โดยกำหนดกรอบความเป็นอิสระในการกำหนดนโยบาย"
           "ที่จะดำเนินในการบริหารด้านต่าง ๆ ตามอำนาจหน้าที่ของตนเอง ประกอบกับพระราชบัญญัติกำหนดแผนและขั้นตอน"
           "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 โดยถ่ายโอนภาระกิจในการให้บริการสาธารณะที่จำเป็น "
           "และรายได้ที่รัฐจัดเก็บให้แก่องค์กรปกครองส่วนท้องถิ่นเพิ่มขึ้น การดำเนินการบริการขององค์กรปกครองส่วนท้องถิ่น"
           "ทุกๆด้าน ให้เกิดประโยชน์สูงสุด มีความโปร่งใส สามารถตรวจสอบได้ทุกขั้นตอน การวางแผนในการดำเนินการบริหาร"
           "จึงเป็นกลไกที่สำคัญ ที่ทำให้การบริหารเป็นรูปแบบและมีทิศทาง การกำหนดยุทธศาสตร์การพัฒนาที่สมดุล "
           "และมีประสิทธิภาพ จะส่งผลให้องค์การบริหารส่วนตำบล สามารถดำเนินการบริหารเป็นไปอย่างมีประสิทธิภาพ "
           "แก้ปัญหาได้ถูกจุด อันเกิดประโยชน์แก่ส่วนรวม และทำให้บรรลุตามความมุ่งหมาย")


def test_broken_tounicode_is_read_from_the_glyph_names():
    """PDFCreator (Ghostscript 8.71) named Angsana New's Thai glyphs as
    Windows does (``afii59681;``) and wrote ToUnicode entries only for the
    names it knew. Read from the names, no page is garbled: no OCR."""
    doc = parse(realdoc("06"), {"ocr": False})
    assert {i.code for i in doc.issues} == {"unruled_table"}  # pages 13-15 and 30 hold tables without lines
    raw = document_text(doc, raw=True)
    clean = thai_text(raw)
    assert clean.splitlines()[:3] == ["บทที่ 1", "บทนำ", OPENING]
    assert "2.1 ข้อมูลเกี่ยวกับสภาพทั่วไป สภาพทางเศรษฐกิจ และสังคม" in clean.splitlines()
    # CordiaUPC's one unnamed glyph (glyph201, a mai ek set for a tall vowel) stays unread.
    assert raw.count("(cid:") == 2 and "ท้องถิ(cid:23)น" in raw
    assert unknown_chars(clean) < 100  # of 40,000 characters: names of places and people


def test_broken_tounicode_page_is_read_by_ocr():
    needs("tesseract")
    from parsers.ocr import read_page

    page = read_page(str(realdoc("06")), 0, ParserSettings())
    text = "\n".join(b.text for b in page.blocks)
    assert "องค์การบริหารส่วนตำบลเป็นหน่วยบริหารราชการส่วนท้องถิ่น" in text
    assert "ราชอาณาจักรไทย พุทธศักราช 2540" in text
    assert not any(line.count(" ") >= 4 and max(map(len, line.split())) <= 2 for line in text.splitlines())


def test_latin_junk_over_scan_is_garbled():
    doc = parse(realdoc("07"))
    assert [(i.code, i.page) for i in doc.issues] == [("garbled_text_layer", 1)]


def test_image_only_scan_has_no_text_layer():
    doc = parse(realdoc("16"), {"ocr": False})
    assert [(i.code, i.page) for i in doc.issues] == [("no_text_layer", p) for p in range(1, 5)]


def test_truncated_pdf_is_read_from_the_scan_it_still_holds():
    # A scanner's PDF cut off after its page picture: no page tree, no
    # cross-reference table, and the picture's deflate checksum is wrong.
    # Neither pdfminer nor PDFium opens it; its picture is the whole page.
    needs("tesseract")
    x = process_file(realdoc("08"))
    d = x.document
    assert (d.status, d.pages, d.org_name, d.org_type, d.province) == \
        ("failed", 1, "องค์การบริหารส่วนตำบลไทรย้อย", "sao", "แพร่")
    # A call for bids, not a report: the dates of its bidding window, deep in
    # the text, are no report period, and it names no fiscal year.
    assert [(f.code, f.severity, f.page, f.column) for f in x.findings] == [
        ("damaged_file", "error", None, None), ("no_text_layer", "warning", 1, None),
        ("no_measure_table", "error", None, None), ("missing_metadata", "warning", None, "fiscal_year"),
        ("missing_metadata", "warning", None, "period")]
    damaged = x.findings[0]
    assert damaged.message_en == ("The file is damaged (perhaps cut short) and cannot be opened as it is: what is "
                                  "left of it was repaired or recovered and read; pages may be missing or incomplete: "
                                  "get the file again: 1 scanned page recovered from its pictures, read by OCR "
                                  "(PSEOF: Unexpected EOF)")
    assert damaged.message.startswith("ไฟล์เสียหาย (อาจดาวน์โหลดมาไม่ครบ)")
    assert damaged.message.endswith(": กู้ภาพสแกนได้ 1 หน้า อ่านด้วย OCR (PSEOF: Unexpected EOF)")
    text = document_text(parse(realdoc("08")))
    for line in ("1. เป็นนิติบุคคล หรือบุคคลธรรมดา ที่มีอาชีพรับจ้างทำงานที่สอบราคาดังกล่าว",
                 "ประกาศ ณ วันที่ 18 เดือน มิถุนายน พ.ศ. 2555", "นายกองค์การบริหารส่วนตำบลไทรย้อย"):
        assert line in text.splitlines(), line


def test_a_scan_printed_to_pdf_cut_short_is_read_from_its_bands(tmp_path):
    # realdocs/16 (Windows' Print to PDF of a scan: each page in bands) cut
    # at 40%: its first page's bands are put back together and read.
    needs("tesseract")
    data = realdoc("16").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:len(data) * 2 // 5])
    doc = parse(cut)
    assert (doc.pages, [(i.code, i.page) for i in doc.issues]) == (1, [("damaged_file", None), ("no_text_layer", 1)])
    # Whole, its four pages: bands of 140 rows, of 35, of 840 (a third of
    # their width: bands too, not pages) and of 140, each ended by a shorter one.
    from parsers import salvage

    assert [img.shape for img in salvage.page_images(data)] == [(3510, 2481), (2547, 2481), (3479, 2472), (3086, 2481)]
    lines = document_text(doc).splitlines()
    for line in ("ประกาศสำนักงานปลัดกระทรวงสาธารณสุข",
                 "ว่าด้วยแนวทางปฏิบัติงานเพื่อตรวจสอบบุคลากรในหน่วยงานด้านการจัดซื้อจัดจ้าง"):
        assert line in lines, line


@pytest.mark.parametrize("prefix", ["11", "13", "14", "15", "17", "19", "20"])
def test_real_files_parse_without_failure(prefix):
    x = process_file(realdoc(prefix))
    assert x.document.status in ("ok", "partial", "failed")
    assert all(f.code != "unreadable_file" for f in x.findings)
    assert any(f.code == "no_measure_table" for f in x.findings)  # none of them is a measure report


def test_real_docx_letter_text():
    text = document_text(parse(realdoc("17")))
    assert "ที่ มท 0808.3/ว กรมส่งเสริมการปกครองท้องถิ่น" in text
    assert "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด" in text
    # Text boxes, each once (Word writes each twice: as a shape, and as VML for older readers).
    lines = text.splitlines()
    assert lines[:2] == ["สำเนาคู่ฉบับ", "ที่ มท 0808.3/ว กรมส่งเสริมการปกครองท้องถิ่น"]
    assert [lines.count(t) for t in ("สำเนาคู่ฉบับ", "สิ่งที่ส่งมาด้วย", "ร.อสถ. ...........................")] == [1, 1, 1]


def test_legacy_word97_doc_converted_with_libreoffice():
    needs("soffice")
    doc = parse(realdoc("21"))
    assert doc.file_type == "doc" and not doc.failed
    text = document_text(doc)
    assert text.startswith("ประกาศองค์การบริหารส่วนตำบลไทรย้อย\nเรื่อง ประกาศใช้แผนพัฒนาสามปี พ.ศ.2556 – 2558")


def test_word_export_paragraphs_end_where_the_text_does():
    # Word draws a space glyph at the end of every line, a paragraph's last
    # one too: a short last line or the next line's first-line indent ends it.
    _, clean = repaired("20")
    lines = clean.splitlines()
    # The running head of each page is not content: gone, though Word drew it as text.
    assert not any("ราชกิจจานุเบกษา 16 เมษายน 2562" in line for line in lines)
    for paragraph in ["“กรรมการ” หมายความว่า กรรมการมาตรฐานทางจริยธรรม",
                      "มาตรา 4 ให้นายกรัฐมนตรีรักษาการตามพระราชบัญญัตินี้", "หมวด 1",
                      "มาตรฐานทางจริยธรรมและประมวลจริยธรรม", "(5) มุ่งผลสัมฤทธิ์ของงาน",
                      "(3) กล้าตัดสินใจและกระทำในสิ่งที่ถูกต้องชอบธรรม"]:
        assert paragraph in lines
    # A full first line at the indent, and the next paragraph's at the same
    # indent (the page's paragraphs wrap back to the margin): two paragraphs.
    first = lines.index("มาตรา 1 พระราชบัญญัตินี้เรียกว่า “พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562”")
    assert lines[first + 1] == "มาตรา 2 พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป"
    # Items of one list, the first a full line: two items.
    item = lines.index("(3) สำนักงานคณะกรรมการนโยบายรัฐวิสาหกิจ สำหรับผู้บริหารและพนักงานรัฐวิสาหกิจ")
    assert lines[item + 1] == "(4) คณะกรรมการพัฒนาและส่งเสริมองค์การมหาชน สำหรับผู้บริหาร เจ้าหน้าที่ และผู้ปฏิบัติงานขององค์การมหาชน"


def test_word_export_table_every_cell():
    # A real Word export (hospital procurement report): a merged title row,
    # the header, then figures; sara am and marks repaired.
    doc = parse(realdoc("13"))
    first = doc.tables()[0]
    assert first.page == 4
    assert [[thai_text(c.text) for c in row.cells] for row in first.rows[:5]] == [
        ["วัสดุทั่วไปและครุภัณฑ์"],
        ["รายการ", "งบประมาณ", "จัดซื้อจริง", "ร้อยละ", "งบประมาณคงเหลือ"],
        ["วัสดุบริโภค", "785,000", "916,124", "100", "-131,124"],
        ["วัสดุงานบ้านงานครัว", "1,100,000", "959,383", "87.25", "140,617"],
        ["วัสดุสำนักงาน", "1,200,000", "1,022,958", "85.24", "177,042"],
    ]
    assert [(t.page, len(t.rows)) for t in doc.tables()] == [(4, 11), (5, 23), (6, 9), (6, 5), (6, 5)]
