"""Finding codes: stable identifiers with a severity and a Thai and English
message. docs/rules.md documents each with an example; a test checks the two
agree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str  # error | warning | info
    th: str
    en: str


RULES: dict[str, Rule] = {r.code: r for r in (
    Rule("unreadable_file", "error",
         "อ่านไฟล์ไม่ได้ (ไฟล์เสียหรือไม่ใช่ไฟล์ตามชนิดที่ระบุ)",
         "The file cannot be read (damaged, or not the type it claims to be)"),
    Rule("unsupported_file", "error",
         "ไม่รองรับไฟล์ชนิดนี้ ใช้ได้เฉพาะ PDF, Word (DOCX, DOC, RTF, ODT), Excel (XLSX, XLS) และหน้าเว็บ (HTML, MHT)",
         "Unsupported file type: use PDF, Word (DOCX, DOC, RTF, ODT), Excel (XLSX, XLS) or a web page (HTML, MHT)"),
    Rule("unsafe_file", "error",
         "ไม่เปิดไฟล์นี้เพราะอาจเป็นอันตราย (ขยายขนาดผิดปกติหรือมีการอ้างอิงภายนอก)",
         "The file was not opened because it may be unsafe (abnormal expansion or external entities)"),
    Rule("encrypted_file", "error",
         "ไฟล์ถูกเข้ารหัสหรือตั้งรหัสผ่าน กรุณาบันทึกใหม่โดยไม่ใส่รหัสผ่าน",
         "The file is encrypted or password-protected: save it again without a password"),
    Rule("damaged_file", "error",
         "ไฟล์เสียหาย (อาจดาวน์โหลดมาไม่ครบ) จึงเปิดตามปกติไม่ได้ ได้ซ่อมหรือกู้ส่วนที่ยังอยู่มาอ่าน "
         "บางหน้าอาจหายไปหรือไม่ครบ ควรขอไฟล์ใหม่",
         "The file is damaged (perhaps cut short) and cannot be opened as it is: what is left of it was "
         "repaired or recovered and read; pages may be missing or incomplete: get the file again"),
    Rule("text_mode_transfer", "warning",
         "ไฟล์ถูกส่งแบบข้อความ (ทุก LF กลายเป็น CR LF ทำให้เปิดไม่ได้) ได้แปลงกลับครบทุกไบต์แล้วจึงอ่านได้ "
         "ควรตั้งโปรแกรมส่งไฟล์ให้ส่งแบบไบนารี",
         "The file was sent as text (every LF became CR LF, so it would not open); it was changed back byte for "
         "byte and read: set the transfer to binary mode"),
    Rule("converter_missing", "error",
         "ไม่มีโปรแกรมแปลงไฟล์ที่ต้องใช้ (ติดตั้ง LibreOffice หรือ Tesseract)",
         "A required converter is not installed (install LibreOffice or Tesseract)"),
    Rule("timeout", "error",
         "ใช้เวลาประมวลผลไฟล์นานเกินกำหนด",
         "Processing the file took longer than the time limit"),
    Rule("worker_crashed", "error",
         "การประมวลผลไฟล์หยุดกลางคัน (หน่วยความจำไม่พอหรือโปรแกรมขัดข้อง)",
         "Processing stopped abnormally (out of memory or a crash)"),
    Rule("page_limit", "error",
         "ไฟล์มีจำนวนหน้ามากเกินกำหนด จึงไม่ได้อ่าน (ปรับได้ด้วย --max-pages)",
         "The file has more pages than the limit and was not read (see --max-pages)"),
    Rule("no_text_layer", "warning",
         "หน้านี้ไม่มีข้อความในไฟล์ (น่าจะเป็นภาพสแกน)",
         "This page has no text layer (probably a scan)"),
    Rule("garbled_text_layer", "warning",
         "ข้อความในไฟล์ของหน้านี้อ่านไม่ออก (ฟอนต์เข้ารหัสผิดหรือเป็นข้อความขยะทับภาพสแกน)",
         "The text layer of this page is garbled (broken font encoding or junk over a scan)"),
    Rule("ocr_text_layer", "warning",
         "หน้านี้เป็นภาพสแกนที่มีข้อความจากโปรแกรม OCR ซ่อนอยู่ จึงอ่านใหม่ด้วย OCR เพื่อให้ได้ตาราง ควรตรวจทานกับต้นฉบับ",
         "This page is a scan under a hidden text layer made by OCR software: read again by OCR to get its "
         "tables; check it against the original"),
    Rule("table_in_picture", "warning",
         "ตารางในหน้านี้เป็นรูปภาพ จึงอ่านด้วย OCR ควรตรวจทานกับต้นฉบับ (ควรวางตารางเป็นข้อความ ไม่ใช่รูปภาพ)",
         "A table on this page is a picture: read by OCR; check it against the original (paste tables as text, "
         "not as pictures)"),
    Rule("unread_object", "warning",
         "ตารางที่วางจาก Excel เป็นออบเจ็กต์อ่านไม่ได้ จึงไม่อยู่ในผลลัพธ์ ควรวางเป็นตารางของ Word",
         "A table pasted from Excel as an object could not be read: its rows are missing; paste it as a Word table"),
    Rule("unread_sheet", "warning",
         "แผ่นงานนี้มีข้อมูลมากเกินกว่าจะเป็นตารางของรายงาน (เกิน 200,000 ช่อง) จึงไม่ได้อ่าน (แผ่นงานอื่นอ่านตามปกติ)",
         "This sheet holds over 200,000 cells, too many for a report's table: not read (the other sheets are read)"),
    Rule("unreadable_page", "warning",
         "หน้านี้ของไฟล์เสียหาย อ่านข้อความไม่ได้ (หน้าอื่นอ่านตามปกติ)",
         "This page of the file is damaged and its text cannot be read (the other pages are read)"),
    Rule("low_ocr_confidence", "warning",
         "แถวนี้อ่านด้วย OCR ได้ไม่ชัด ควรตรวจทานกับต้นฉบับ",
         "This row was read by OCR with low confidence: check it against the original"),
    Rule("lost_row_text", "warning",
         "หน้านี้อยู่กลางแถวของตารางที่ต่อเนื่องข้ามหน้า แต่ไม่มีข้อความของแถวนั้นเลย (หน้าว่าง มีแต่หัวตาราง "
         "หรือซ้ำกับหน้าก่อนหน้า) ข้อความบางส่วนของแถว หรือทั้งแถว อาจหายไปตอนแปลงเป็น PDF "
         "ควรตรวจทานแถวนั้นกับต้นฉบับ หรือแปลงเป็น PDF ใหม่",
         "This page lies inside a table row that runs across pages but holds none of its text (blank, the "
         "header alone, or the page before drawn again): some of the row's text, or whole rows, may have been lost "
         "when the PDF was made; check the row against the original, or make the PDF again"),
    Rule("unruled_table", "warning",
         "หน้านี้มีข้อความเรียงเป็นคอลัมน์แต่ไม่มีเส้นตาราง จึงไม่ได้อ่านเป็นตาราง ควรใส่เส้นตารางในรายงาน",
         "Text in columns without ruling lines on this page: not read as a table (give the table borders)"),
    Rule("unruled_table_read", "warning",
         "ตารางในหน้านี้ไม่มีเส้นคั่นระหว่างแถว จึงแยกแถว (และคอลัมน์ที่ไม่มีเส้น) จากตำแหน่งและลำดับของข้อความ "
         "ควรตรวจทานแถวกับต้นฉบับ และใส่เส้นตารางในรายงาน",
         "A table on this page has no lines between its rows: its rows (and any columns without lines) were "
         "read from where and in what order its text is drawn; check its rows against the original "
         "(and give the table borders)"),
    Rule("unruled_rows", "error",
         "ตารางไม่มีเส้นคั่นระหว่างแถว หัวตารางกับข้อมูลอยู่ในช่องเดียวกัน จึงแยกแถวไม่ได้ ควรใส่เส้นตารางระหว่างแถว",
         "The table has no lines between its rows (its header and data share cells), so its rows cannot be "
         "told apart: give the rows borders"),
    Rule("header_with_text", "warning",
         "หัวตารางที่ซ้ำในหน้าถัดไปมีข้อความอื่นปนอยู่ ข้อความนั้นไม่ได้อ่านเป็นมาตรการ ควรตรวจทานแถวก่อนและหลังกับต้นฉบับ",
         "A header row seen again holds more text than the header: that text was not read as a measure; check "
         "the rows before and after it against the original"),
    Rule("table_before_header", "warning",
         "ตารางนี้อยู่ก่อนหัวตารางมาตรการ และไม่มีหัวตารางที่อ่านได้ของตัวเอง จึงไม่ได้อ่านเป็นมาตรการ "
         "หากมีมาตรการอยู่ในตารางนี้ ควรตรวจทานกับต้นฉบับ",
         "This table comes before the measure table's header and has no header that could be read, so it was not "
         "read as measures: if it holds measures, check them against the original"),
    Rule("table_not_read", "warning",
         "ตารางนี้มีจำนวนคอลัมน์ไม่เท่ากับตารางมาตรการ จึงไม่ได้อ่านเป็นมาตรการ หากมีมาตรการอยู่ในตารางนี้ "
         "ควรตรวจทานกับต้นฉบับ",
         "This table has one column more or fewer than the measure table, so it was not read as measures: if it "
         "holds measures, check them against the original"),
    Rule("no_measure_table", "error",
         "ไม่พบตารางมาตรการ ๕ คอลัมน์ (ประเด็น/ผู้รับผิดชอบ/มาตรการ/การรายงานผล/การดำเนินการ)",
         "No five-column measure table found (issue/responsible/measure/monitoring/progress)"),
    Rule("missing_header_column", "error",
         "หัวตารางไม่มีคอลัมน์ที่ต้องมี",
         "The table header lacks a required column"),
    Rule("empty_cell", "warning",
         "ช่องนี้ว่าง ต้องกรอกข้อมูล",
         "This cell is empty and must be filled in"),
    Rule("no_progress", "warning",
         "รายงานผลการดำเนินการแต่ช่อง 'การดำเนินการ' ว่าง",
         "A progress report with an empty progress (การดำเนินการ) cell"),
    Rule("column_shift", "warning",
         "ข้อความในช่องนี้น่าจะอยู่ผิดคอลัมน์",
         "The content of this cell seems to belong to another column"),
    Rule("unparsed_date", "warning",
         "อ่านวันที่ไม่ได้หรือเป็นวันที่ที่ไม่มีจริง",
         "A date that cannot be read or does not exist"),
    Rule("late_completion", "warning",
         "ดำเนินการแล้วเสร็จหลังกำหนดเวลา",
         "Completed after the deadline"),
    Rule("date_outside_fiscal_year", "warning",
         "วันที่อยู่นอกปีงบประมาณของรายงาน",
         "A date outside the report's fiscal year"),
    Rule("duplicate_row", "warning",
         "แถวนี้ซ้ำกับแถวก่อนหน้า",
         "This row repeats an earlier row"),
    Rule("missing_metadata", "warning",
         "ไม่พบข้อมูลหัวรายงาน",
         "Report metadata not found"),
    Rule("place_corrected", "info",
         "แก้ชื่อสถานที่ให้ตรงกับทะเบียนของกรมการปกครอง",
         "A place name was corrected to the DOPA gazetteer"),
    Rule("unknown_place", "warning",
         "ไม่พบชื่อสถานที่ในทะเบียนของกรมการปกครอง หรือชื่อกำกวม",
         "A place name not found in the DOPA gazetteer, or ambiguous"),
)}


def rule(code: str) -> Rule:
    return RULES[code]


@dataclass
class Finding:
    """A finding where it was found; rendered into a FindingRecord with the
    rule's severity and messages."""

    code: str
    row_no: int | None = None
    page: int | None = None
    column: str | None = None
    text: str | None = None
    detail: str | None = None
