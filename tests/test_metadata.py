"""Document metadata from title blocks as reports write them."""

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from ingest.metadata import _NAME_END, name_end, read
from normalize.places import _index, is_place_name

FIELDS = ("org_name", "org_type", "fiscal_year", "period_start", "period_end", "report_kind")


@pytest.mark.parametrize("lines,expected,place", [
    # The seed's own title block.
    (["รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน (เดือนตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖)",
      "โดยองค์การบริหารส่วนตำบลโคกสนวน", "อำเภอขำนิ จังหวัดบุรีรัมย์"],
     ("องค์การบริหารส่วนตำบลโคกสนวน", "sao", 2566, date(2022, 10, 1), date(2023, 3, 31), "progress"),
     ("โคกสนวน", "ชำนิ", "บุรีรัมย์")),
    # A name that starts with a word that often runs on after one (ใน, มี).
    (["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
      "องค์การบริหารส่วนตำบลในเมือง อำเภอเมืองบุรีรัมย์ จังหวัดบุรีรัมย์"],
     ("องค์การบริหารส่วนตำบลในเมือง", "sao", 2567, date(2023, 10, 1), date(2024, 9, 30), "annual"),
     ("ในเมือง", "เมืองบุรีรัมย์", "บุรีรัมย์")),
    (["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของ อบต.มีชัย อ.เมืองหนองคาย จ.หนองคาย ประจำปีงบประมาณ 2567"],
     ("อบต.มีชัย", "sao", 2567, date(2023, 10, 1), date(2024, 9, 30), "plan"),
     ("มีชัย", "เมืองหนองคาย", "หนองคาย")),
    # The name runs on into ประจำปี with no space; a year named without ปีงบประมาณ.
    (["มาตรการส่งเสริมคุณธรรมฯ ประจำปี พ.ศ. 2567 ขององค์การบริหารส่วนตำบลท่าข้ามประจำปี",
      "อำเภอพุนพิน จังหวัดสุราษฎร์ธานี"],
     ("องค์การบริหารส่วนตำบลท่าข้าม", "sao", 2567, date(2023, 10, 1), date(2024, 9, 30), "plan"),
     ("ท่าข้าม", "พุนพิน", "สุราษฎร์ธานี")),
    # "ประจำปีงบประมาณ" but the period is the first six months: a progress report.
    (["แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
      "องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา",
      "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)"],
     ("องค์การบริหารส่วนตำบลบ้านใหม่", "sao", 2567, date(2023, 10, 1), date(2024, 3, 31), "progress"),
     ("บ้านใหม่", "เมืองนครราชสีมา", "นครราชสีมา")),
    # A report for a fiscal year with no round named is the year's report.
    (["รายงานผลการดำเนินงานตามมาตรการฯ ปีงบประมาณ พ.ศ. 2568", "อบต.ท่าช้าง อ.เมืองจันทบุรี จ.จันทบุรี"],
     ("อบต.ท่าช้าง", "sao", 2568, date(2024, 10, 1), date(2025, 9, 30), "annual"),
     ("ท่าช้าง", "เมืองจันทบุรี", "จันทบุรี")),
    (["รายงานผลการดำเนินการ ระยะ 6 เดือนแรก ปีงบประมาณ 2568", "เทศบาลตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา"],
     ("เทศบาลตำบลโนนสูง", "subdistrict_municipality", 2568, date(2024, 10, 1), date(2025, 3, 31), "progress"),
     ("โนนสูง", "โนนสูง", "นครราชสีมา")),
    # Municipalities named after their province or district; a tambon named on its own.
    (["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", "เทศบาลนครขอนแก่น"],
     ("เทศบาลนครขอนแก่น", "city_municipality", 2567, date(2023, 10, 1), date(2024, 9, 30), "plan"),
     (None, "เมืองขอนแก่น", "ขอนแก่น")),
    # The month ต.ค. is not a tambon ต.
    (["รายงานผล ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน (ต.ค. 2565 - มี.ค. 2566)", "อบต.โคกสนวน อ.ชำนิ จ.บุรีรัมย์"],
     ("อบต.โคกสนวน", "sao", 2566, date(2022, 10, 1), date(2023, 3, 31), "progress"),
     ("โคกสนวน", "ชำนิ", "บุรีรัมย์")),
    (["มาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ 2567",
      "เทศบาลเมืองบุรีรัมย์ ตำบลในเมือง อำเภอเมืองบุรีรัมย์ จังหวัดบุรีรัมย์"],
     ("เทศบาลเมืองบุรีรัมย์", "town_municipality", 2567, date(2023, 10, 1), date(2024, 9, 30), "plan"),
     ("ในเมือง", "เมืองบุรีรัมย์", "บุรีรัมย์")),
    (["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "เทศบาลเมืองบ้านไผ่ จังหวัดขอนแก่น",
      "ปีงบประมาณ พ.ศ. ๒๕๖๘"],
     ("เทศบาลเมืองบ้านไผ่", "town_municipality", 2568, date(2024, 10, 1), date(2025, 9, 30), "plan"),
     ("บ้านไผ่", "บ้านไผ่", "ขอนแก่น")),
    (["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", "องค์การบริหารส่วนจังหวัดบุรีรัมย์"],
     ("องค์การบริหารส่วนจังหวัดบุรีรัมย์", "pao", 2567, date(2023, 10, 1), date(2024, 9, 30), "plan"),
     (None, None, "บุรีรัมย์")),
    # The prefix split where the title wrapped.
    (["รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2567 ขององค์การบริหาร ส่วนตำบลโคกสนวน",
      "อำเภอชำนิ จังหวัดบุรีรัมย์"],
     ("องค์การบริหารส่วนตำบลโคกสนวน", "sao", 2567, date(2023, 10, 1), date(2024, 9, 30), "annual"),
     ("โคกสนวน", "ชำนิ", "บุรีรัมย์")),
    # A tambon name seven provinces share, and nothing else: not guessed.
    (["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2567 ของ อบต.ดอนใหญ่"],
     ("อบต.ดอนใหญ่", "sao", 2567, date(2023, 10, 1), date(2024, 9, 30), "plan"),
     (None, None, None)),
    # ตำบล before words a table without lines ran together: the name says where.
    (["มาตรการ ประจำปีงบประมาณ 2566", "โดยองค์การบริหารส่วนตำบลโคกสนวน", "อำเภอชำนิ จังหวัดบุรีรัมย์",
      "ดำเนินการแล้ว ตำบลโคกสนวนดำเนินประเมิน OIT"],
     ("องค์การบริหารส่วนตำบลโคกสนวน", "sao", 2566, date(2022, 10, 1), date(2023, 9, 30), "plan"),
     ("โคกสนวน", "ชำนิ", "บุรีรัมย์")),
    # An introduction that mentions a report and dates is not the title: a plan.
    (["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
      "องค์การบริหารส่วนตำบลโคกสนวน อำเภอชำนิ จังหวัดบุรีรัมย์",
      "ตามที่สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมิน ITA และให้หน่วยงานรายงานผลการดำเนินการระหว่างวันที่ "
      "๑ – ๑๕ มกราคม ๒๕๖๗ ผ่านระบบ ITAS องค์การบริหารส่วนตำบลโคกสนวนจึงได้วิเคราะห์ผลการประเมินและจัดทำมาตรการ"
      "ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เพื่อให้การดำเนินงานเป็นไปด้วยความโปร่งใส ตรวจสอบได้ ดังนี้"],
     ("องค์การบริหารส่วนตำบลโคกสนวน", "sao", 2567, date(2023, 10, 1), date(2024, 9, 30), "plan"),
     ("โคกสนวน", "ชำนิ", "บุรีรัมย์")),
    (["บันทึกข้อความ"], (None, None, None, None, None, "plan"), (None, None, None)),
])
def test_title_block(lines, expected, place):
    meta = read(lines)
    assert tuple(getattr(meta, f) for f in FIELDS) == expected
    assert (meta.place.subdistrict, meta.place.district, meta.place.province) == place


TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2567"


@pytest.mark.parametrize("lines,rest,org,place", [
    # A tambon name many provinces share; the address under the signature says which.
    ([TITLE, "องค์การบริหารส่วนตำบลท่าช้าง"],
     ["จากผลการประเมิน ITA ของสำนักงาน ป.ป.ช.", "(นายสมชาย ใจดี)", "นายกองค์การบริหารส่วนตำบลท่าช้าง",
      "องค์การบริหารส่วนตำบลท่าช้าง อำเภอบางกล่ำ จังหวัดสงขลา โทร. ๐ ๗๔๔๗ ๘๑๒๓"],
     "องค์การบริหารส่วนตำบลท่าช้าง", ("ท่าช้าง", "บางกล่ำ", "สงขลา")),
    # A province where no ดอนใหญ่ lies changes nothing; the district named later does.
    ([TITLE + " ของ อบต.ดอนใหญ่"], ["ส่งสำนักงาน ป.ป.ช. ประจำจังหวัดเชียงใหม่", "ที่ทำการ อ.บางแพ"],
     "อบต.ดอนใหญ่", ("ดอนใหญ่", "บางแพ", "ราชบุรี")),
    ([TITLE + " ของ อบต.ดอนใหญ่"], ["ส่งสำนักงาน ป.ป.ช. ประจำจังหวัดเชียงใหม่"], "อบต.ดอนใหญ่", (None, None, None)),
    # A province alone is enough where the name is once in it.
    ([TITLE, "อบต.ดอนใหญ่"], ["จังหวัดอุบลราชธานี"], "อบต.ดอนใหญ่", ("ดอนใหญ่", "ศรีเมืองใหม่", "อุบลราชธานี")),
    # No body named in the title block: the first the document names.
    ([TITLE], ["องค์การบริหารส่วนตำบลโคกสนวนได้วิเคราะห์ผลการประเมิน", "อำเภอชำนิ จังหวัดบุรีรัมย์"],
     "องค์การบริหารส่วนตำบลโคกสนวน", ("โคกสนวน", "ชำนิ", "บุรีรัมย์")),
    ([TITLE], ["ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๖"], None, (None, None, None)),
])
def test_place_from_the_rest_of_the_document(lines, rest, org, place):
    meta = read(lines, rest=rest)
    assert meta.org_name == org
    assert (meta.place.subdistrict, meta.place.district, meta.place.province) == place


def test_the_rest_is_not_read_when_the_title_block_says_it_all():
    def rest():
        raise AssertionError("read")
        yield ""

    meta = read(["มาตรการ ปีงบประมาณ 2566", "อบต.โคกสนวน อ.ชำนิ จ.บุรีรัมย์"], rest=rest())
    assert meta.place.subdistrict_code == "311806"


def _tambons():
    return sorted({s.name_th for s in _index()[2]})


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_tambon_name_cut_from_what_runs_on(data):
    """Any tambon's name, followed with no space by a word that runs on after
    names, comes back whole: never cut at a ใน or มี inside it."""
    name = data.draw(st.sampled_from(_tambons()))
    tail = data.draw(st.sampled_from(["ประจำปีงบประมาณ", "อำเภอเมือง", "ได้ดำเนินการ", "ดังนี้", "ของ", ""]))
    run = name + tail
    # Unless a longer place name is what the words spell (ด่าน + ในการ...).
    longer = [i for i in range(len(name) + 1, len(run)) if _NAME_END.match(run, i) and is_place_name(run[:i])]
    assert name_end(run) == name or longer


@pytest.mark.parametrize("run,name", [
    ("ด่านในประจำปีงบประมาณ", "ด่านใน"), ("แม่คำมีอำเภอเมือง", "แม่คำมี"), ("มีชัยได้ดำเนินการ", "มีชัย"),
    ("โคกสนวนประจำปี", "โคกสนวน"),
    ("โคกสนวณของ", "โคกสนวณ"),  # misspelt: cut before the first word that runs on
])
def test_name_cut(run, name):
    assert name_end(run) == name
