"""thai_text and its repair rules: table-driven cases and properties."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from normalize import arabic_digits, thai_text
from normalize import text as T

CASES = [
    # (damaged, repaired, what)
    ("๑.เจ้าหน้าที่  ศึกษา", "1.เจ้าหน้าที่ ศึกษา", "Thai digits, folded spaces"),
    ("สำนักปลัด\n\n\n กองคลัง ", "สำนักปลัด\nกองคลัง", "paragraph breaks kept as one newline"),
    ("ตำ\u200bบล\ufeff", "ตำบล", "zero-width characters removed"),
    ("\x00เข้าถึงง่าย\x07", "เข้าถึงง่าย", "control characters (a glyph the font lacks) removed"),
    ("เเผนพัฒนา", "แผนพัฒนา", "sara e twice is sara ae"),
    ("ต ้องการ", "ต้องการ", "space before a combining mark"),
    ("กําหนด", "กำหนด", "nikhahit + aa"),
    ("กํ าหนด", "กำหนด", "nikhahit, space, aa"),
    ("น ํ้ า", "น้ำ", "nikhahit before the tone, with spaces"),
    ("การกำากับติดตาม", "การกำกับติดตาม", "am + aa from LibreOffice/Word exports"),
    ("สมำ่าเสมอ", "สม่ำเสมอ", "tone drawn between the parts of am"),
    ("ขนั้ตอน", "ขั้นตอน", "marks after the next consonant"),
    ("เพ่อืให้", "เพื่อให้", "upper vowel after the next consonant"),
    ("อ่นืๆ", "อื่นๆ", "upper vowel after the next consonant"),
    ("ท\u0e48\u0e35", "ที่", "tone typed before the vowel"),
    ("ที่่", "ที่", "duplicated mark"),
    ("ก\u0e48\u0e47\u0e38", "ก\u0e47\u0e38\u0e48", "marks end in canonical order"),
    ("ข\uf70bอกําหนด", "ข้อกำหนด", "Windows PUA tone mark"),
    ("\uf700าน", "ฐาน", "tho than without descender (Windows PUA)"),
    ("ข\uf88eอ", "ข้อ", "Apple PUA tone mark"),
    ("ส่วนต าบล", "ส่วนตำบล", "dropped sara am"),
    ("อัตราก าลัง ส านักงาน", "อัตรากำลัง สำนักงาน", "dropped sara am, twice"),
    ("ค าน า ได้จัดท านโยบาย", "คำนำ ได้จัดทำนโยบาย", "dropped sara am, gaps of a word judged together"),
    ("ประจ าปงบประมาณ", "ประจำปงบประมาณ", "dropped sara am next to other damage"),
    ("สาธ ารณสุข", "สาธารณสุข", "a space before aa that is not a dropped am"),
    ("ส า ร บั ญ", "สารบัญ", "letter-spaced heading (was สำ ร บั ญ: the gaps read as dropped am)"),
    ("ค ำ น ำ", "คำนำ", "letter-spaced heading with sara am"),
    ("ร า ย ง า น ก า ร ด ำ เ นิ น ง า น ประจำปี", "รายงานการดำเนินงาน ประจำปี",
     "Tesseract's hidden text: every letter spaced"),
    ("ประกาศ ณ วันที่ ๑", "ประกาศ ณ วันที่ 1", "single-letter words are not letter spacing"),
    ("โรงพยำบำล", "โรงพยาบาล", "aa mis-mapped to am"),
    ("๔.ควำมสำมำรถในกำรประหยัดงบประมำณ", "4.ความสามารถในการประหยัดงบประมาณ", "aa mis-mapped to am everywhere"),
    ("การวิเคราะหการจัดซื้อ", "การวิเคราะหการจัดซื้อ", "no repair cuts a word into short ones"),
    ("ผ้่รับผิดชอบ ข้อม่ล", "ผู้รับผิดชอบ ข้อมูล", "sara uu mis-mapped to mai ek"),
    ("ผููรับผิดชอบ ลูกจูาง รููจัก สูู", "ผู้รับผิดชอบ ลูกจ้าง รู้จัก สู่", "tone marks mis-mapped to sara uu"),
    ("☑ เข้าถึงง่าย ☐ หลากหลาย", "☑ เข้าถึงง่าย ☐ หลากหลาย", "check boxes kept"),
    ("สนั่น พื้นที่", "สนั่น พื้นที่", "correct text left alone"),
    ("การทุจริตก. รายงาน", "การทุจริตก. รายงาน", "a known word next to an unknown run left alone"),
    ("\uf0b7 รายงาน \uf0d8 เผยแพร่", "• รายงาน ➢ เผยแพร่", "list bullets of symbol fonts"),
]


@pytest.mark.parametrize("damaged,repaired,what", CASES, ids=[c[2] for c in CASES])
def test_thai_text_repairs(damaged, repaired, what):
    assert thai_text(damaged) == repaired


def test_pythainlp_normalize_trap_not_repeated():
    # pythainlp.util.normalize("พื ้น") deletes the tone mark; ours keeps it.
    assert thai_text("พื ้น") == "พื้น"


def test_rules_can_be_recomposed():
    keep_digits = tuple(r for r in T.RULES if r is not arabic_digits)
    assert thai_text("ปี ๒๕๖๖", rules=keep_digits) == "ปี ๒๕๖๖"


THAI_ALPHABET = "".join(chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable())
thai_strings = st.text(alphabet=THAI_ALPHABET + " \n\t\u200b\uf70b\uf700เแ" + "abc123☑☐", max_size=40)
CONSONANT = re.compile("[ก-ฮ]")


@settings(max_examples=300, deadline=None)
@given(thai_strings)
def test_thai_text_is_idempotent(s):
    once = thai_text(s)
    assert thai_text(once) == once


@settings(max_examples=300, deadline=None)
@given(thai_strings)
def test_thai_text_never_loses_a_consonant(s):
    # PUA glyphs may become consonants (ฐ, ญ), never the other way round.
    before = sorted(CONSONANT.findall(T.map_private_use(s)))
    after = sorted(CONSONANT.findall(thai_text(s)))
    assert after == before


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_thai_text_never_raises(s):
    assert isinstance(thai_text(s), str)


@settings(max_examples=200, deadline=None)
@given(thai_strings)
def test_tone_read_as_uu_touches_only_impossible_sequences(s):
    out = T.restore_tone_read_as_uu(s)
    if "\u0e39\u0e39" not in s and "\u0e39\u0e32" not in s:
        assert out == s
    # A tone takes the mis-mapped sara uu's place: nothing added or lost, and
    # no consonant is left with sara uu twice or before sara aa.
    assert len(out) == len(s) and T._TONE_AS_UU.search(out) is None
