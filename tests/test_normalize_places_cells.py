"""Gazetteer matching and the cell readers."""

import pytest

from normalize import reporting_frequency, resolve_org, resolve_place, responsible_units, split_steps


def test_seed_place_with_typo_in_district():
    m = resolve_place("องค์การบริหารส่วนตำบลโคกสนวน", district="ขำนิ", province="บุรีรัมย์")
    assert (m.subdistrict, m.subdistrict_code, m.district, m.district_code, m.province, m.province_code) == (
        "โคกสนวน", "311806", "ชำนิ", "3118", "บุรีรัมย์", "31")
    assert m.corrections == (("district", "ขำนิ", "ชำนิ"),)
    assert m.unresolved == ()


def test_ambiguous_tambon_is_left_unresolved():
    m = resolve_place(subdistrict="ศิลา")
    assert m.subdistrict_code is None and m.province_code is None


def test_ambiguous_tambon_resolved_by_province():
    m = resolve_place(subdistrict="ศิลา", province="ขอนแก่น")
    assert (m.subdistrict_code, m.district, m.province_code) == ("400114", "เมืองขอนแก่น", "40")


def test_province_typo_corrected():
    m = resolve_place(province="บุรีรัมม์")
    assert m.province_code == "31" and m.corrections == (("province", "บุรีรัมม์", "บุรีรัมย์"),)


def test_town_municipality_falls_back_to_district():
    m = resolve_place("เทศบาลเมืองบุรีรัมย์xx", district="เมืองบุรีรัมย์", province="บุรีรัมย์")
    assert (m.district_code, m.province_code, m.subdistrict_code) == ("3101", "31", None)
    assert m.unresolved == ("subdistrict",)


def test_unknown_place():
    m = resolve_place(district="ไม่มีอำเภอนี้", province="ไม่มีจังหวัดนี้")
    assert m.province_code is None and set(m.unresolved) == {"district", "province"}


@pytest.mark.parametrize("text,steps", [
    ("๑.ศึกษาข้อมูล ๒.รายงานผู้บริหาร ๓. เผยแพร่", ["ศึกษาข้อมูล", "รายงานผู้บริหาร", "เผยแพร่"]),
    ("1.จัดทำแผน\n2.รายงาน\n3.รายงาน\n3.เผยแพร่", ["จัดทำแผน", "รายงาน", "รายงาน", "เผยแพร่"]),
    ("-เจ้าหน้าที่จัดทำข้อมูล", ["เจ้าหน้าที่จัดทำข้อมูล"]),
    ("ภายในปี พ.ศ. 2566 อย่างน้อย 1 ครั้ง", ["ภายในปี พ.ศ. 2566 อย่างน้อย 1 ครั้ง"]),
    ("", []),
])
def test_split_steps(text, steps):
    assert split_steps(text) == steps


@pytest.mark.parametrize("text,units", [
    ("สำนักปลัด กองคลัง กองช่าง กองการศึกษา กองสาธารณสุข กองสวัสดิการ เป็นต้น",
     ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข", "กองสวัสดิการสังคม"]),
    ("กลุ่มงานตรวจสอบภายใน สำนักปลัด", ["หน่วยตรวจสอบภายใน", "สำนักปลัด"]),
    ("สำนักปลัด งานการ เจ้าหน้าที่", ["สำนักปลัด", "งานการเจ้าหน้าที่"]),
    ("สำนักปลัด (หน่วยงานอาจกำหนดเป็นตำแหน่ง กองคลัง)", ["สำนักปลัด"]),
    ("นายก", []),
])
def test_responsible_units(text, units):
    assert responsible_units(text) == units


@pytest.mark.parametrize("text,freq", [
    ("ผู้บริหารติดตามการดำเนินการทุกเดือน", "monthly"),
    ("อย่างน้อยไตรมาสละ ๑ ครั้ง", "quarterly"),
    ("รายงานทุก ๖ เดือน ภายในเดือนเมษายน", "semiannual"),
    ("ปีละ 1 ครั้ง", "annual"),
    ("ทุกสัปดาห์", "weekly"),
    ("ภายในเดือนมกราคม ๒๕๖๖", None),
])
def test_reporting_frequency(text, freq):
    assert reporting_frequency(text) == freq


@pytest.mark.parametrize("org,given,expected", [
    # A city or town municipality named after its province sits in the capital
    # district; the tambon ขอนแก่น is in Roi Et.
    ("เทศบาลนครขอนแก่น", {}, (None, "4001", "40", ())),
    ("เทศบาลเมืองบุรีรัมย์", {"province": "บุรีรัมย์"}, (None, "3101", "31", ())),
    ("เทศบาลเมืองบุรีรัมย์", {"subdistrict": "ในเมือง"}, ("310101", "3101", "31", ())),
    # Named after its district (a tambon บ้านไผ่ is there too).
    ("เทศบาลเมืองบ้านไผ่", {"province": "ขอนแก่น"}, ("401001", "4010", "40", ())),
    ("เทศบาลตำบลโนนสูง", {"province": "นครราชสีมา"}, ("301001", "3010", "30", ())),
    ("องค์การบริหารส่วนจังหวัดบุรีรัมย์", {}, (None, None, "31", ())),
    ("อบจ.ขอนแก่น", {"district": "เมืองขอนแก่น"}, (None, "4001", "40", ())),
    ("องค์การบริหารส่วนตำบลโคกสนวน", {"district": "ชำนิ"}, ("311806", "3118", "31", ())),
    ("อบต.ในเมือง", {"province": "บุรีรัมย์"}, ("310101", "3101", "31", ())),
    # A name the gazetteer does not hold, as a tambon and as a district.
    ("เทศบาลตำบลไม่มีที่นี่", {"province": "ขอนแก่น"}, (None, None, "40", ("subdistrict",))),
])
def test_place_of_a_local_body(org, given, expected):
    m = resolve_org(org, **given)
    assert (m.subdistrict_code, m.district_code, m.province_code, m.unresolved) == expected
