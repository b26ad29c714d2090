"""Buddhist-era dates: table-driven cases and properties."""

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st
from pythainlp.util import thai_strftime

from normalize import find_dates, fiscal_year_range, parse_date

PARSE = [
    ("เมื่อวันที่ ๖ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๖", None, date(2023, 2, 6)),
    ("วันที่ 8 กุมภาพันธ์ 2566", None, date(2023, 2, 8)),
    ("วันพุธที่ ๘ กุมภาพันธ์ ๒๕๖๖", None, date(2023, 2, 8)),
    ("๖ ก.พ. ๖๖", None, date(2023, 2, 6)),
    ("๖ก.พ.๖๖", None, date(2023, 2, 6)),
    ("6 กพ. 66", None, date(2023, 2, 6)),
    ("6 กพ 2566", None, date(2023, 2, 6)),
    ("1 ต.ค. 2565", None, date(2022, 10, 1)),
    ("15 เม.ย. 2023", None, date(2023, 4, 15)),
    ("8/2/2566", None, date(2023, 2, 8)),
    ("8/2/66", None, date(2023, 2, 8)),
    ("8-2-2566", None, date(2023, 2, 8)),
    ("ภายในเดือนมกราคม ๒๕๖๖", None, date(2023, 1, 31)),
    ("ภายในเดือนกุมภาพันธ์ 2567", None, date(2024, 2, 29)),
    ("ภายในเดือนมกราคม", 2566, date(2023, 1, 31)),
    ("ภายในเดือนธันวาคม", 2566, date(2022, 12, 31)),
    ("ภายในเดือนเมษายน๒๕๖๖", None, date(2023, 4, 30)),
    ("ภายในเดือนมกราคม", None, None),
    ("๓๑ เมษายน ๒๕๖๖", None, None),
    ("30 ก.พ. 2566", None, None),
    ("ภายใน ๓๐ วัน", 2566, None),
    ("ไตรมาสละ ๑ ครั้ง", 2566, None),
    ("ตามข้อ ๑.๒.๓", 2566, None),
    ("", None, None),
]


@pytest.mark.parametrize("text,fy,want", PARSE, ids=[c[0] or "empty" for c in PARSE])
def test_parse_date(text, fy, want):
    assert parse_date(text, fiscal_year=fy) == want


FIND = [
    ("ต.ค. ๖๕ - มี.ค. ๖๖", None, [date(2022, 10, 1), date(2023, 3, 31)]),
    ("(เดือนตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖)", None, [date(2022, 10, 1), date(2023, 3, 31)]),
    ("ตุลาคม - ธันวาคม ๒๕๖๕", None, [date(2022, 10, 1), date(2022, 12, 31)]),
    ("ทุก ๖ เดือน ภายในเดือนเมษายน และเดือนตุลาคม ของทุกปี", 2566, [date(2023, 4, 30), date(2022, 10, 31)]),
    ("ดำเนินการ เมื่อวันที่ ๖ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๖ และ ๘ ก.พ. ๖๖", None, [date(2023, 2, 6), date(2023, 2, 8)]),
    ("ข้อ ๑.๒.๓ และ ๔.๕", None, []),
    # A range of days in one month gives its first day too.
    ("ระหว่างวันที่ ๑ - ๑๕ มกราคม ๒๕๖๖", None, [date(2023, 1, 1), date(2023, 1, 15)]),
    ("วันที่ 1-15 ม.ค. 66", None, [date(2023, 1, 1), date(2023, 1, 15)]),
    ("1 ต.ค. 65 - 31 มี.ค. 66", None, [date(2022, 10, 1), date(2023, 3, 31)]),
    ("ปี 2565 - 15 มกราคม 2566", None, [date(2023, 1, 15)]),  # a year is no first day
]


@pytest.mark.parametrize("text,fy,want", FIND, ids=[c[0] for c in FIND])
def test_find_dates(text, fy, want):
    assert find_dates(text, fiscal_year=fy) == want


def test_fiscal_year_range():
    assert fiscal_year_range(2566) == (date(2022, 10, 1), date(2023, 9, 30))
    assert fiscal_year_range(2567) == (date(2023, 10, 1), date(2024, 9, 30))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=50), st.one_of(st.none(), st.integers(-10, 10000)))
def test_parse_date_never_raises(s, fy):
    result = parse_date(s, fiscal_year=fy)
    assert result is None or isinstance(result, date)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(["%-d %B %Y", "%d %b %Y", "วันที่ %-d เดือน %B พ.ศ. %Y", "%A ที่ %-d %B %Y",
                        "%-d %b %y"]),
       st.booleans())
def test_parse_date_round_trips_thai_strftime(d, fmt, thai_digits):
    text = thai_strftime(d, fmt, thaidigit=thai_digits)
    if "%y" in fmt and not 2500 <= d.year + 543 <= 2599:
        return  # a two-digit year means 25xx
    assert parse_date(text) == d


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), st.booleans())
def test_thai_date_reads_back(d, thai):
    from normalize import thai_date

    assert parse_date(thai_date(d, thai_digits=thai)) == d
