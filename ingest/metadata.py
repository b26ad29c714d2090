"""Document metadata from the title block: organisation, place, fiscal year,
period and kind of report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from normalize import (arabic_digits, find_dates, fiscal_year_in, fiscal_year_range,
                       org_type, resolve_place)
from normalize.places import PlaceMatch

_ORG = re.compile(
    r"(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\.|ทต\.|ทม\.|ทน\.)"
    r"\s*([\u0e01-\u0e4e]+)")
# Words that run on after an organisation name when the space is left out.
_NAME_END = re.compile(r"(?:ประจำปี|ดังนี้|อำเภอ|จังหวัด|ตำบล|ได้|มี|ใน|โดย|ของ|เรื่อง|ปีงบ).*$")
_DISTRICT = re.compile(r"(?:อำเภอ|อ\.)\s*([\u0e01-\u0e4e]+)")
_PROVINCE = re.compile(r"(?:จังหวัด|จ\.)\s*([\u0e01-\u0e4e]+)")
_SIX_MONTHS = re.compile(r"รอบ\s*6\s*เดือน|ครึ่งปี|ความก้าวหน้า")
_TWELVE_MONTHS = re.compile(r"รอบ\s*12\s*เดือน|รอบปี|ประจำปี")


@dataclass(frozen=True)
class Metadata:
    title: str | None
    report_kind: str | None
    org_name: str | None
    org_type: str | None
    fiscal_year: int | None
    period_start: date | None
    period_end: date | None
    place: PlaceMatch
    district_given: str | None
    province_given: str | None


def _title(lines: list[str]) -> str | None:
    for line in lines:
        if re.search(r"รายงาน|มาตรการ|ITA", line):
            return line
    return lines[0] if lines else None


def report_kind(text: str) -> str:
    """plan, progress or annual, from the title block.

    >>> report_kind("รายงานการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน")
    'progress'
    >>> report_kind("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2566")
    'plan'
    """
    if "รายงาน" not in text:
        return "plan"
    if _SIX_MONTHS.search(text):
        return "progress"
    return "annual" if _TWELVE_MONTHS.search(text) else "progress"


def read(lines: list[str]) -> Metadata:
    """Metadata from the normalized lines of the title block (text before the
    first measure table)."""
    text = arabic_digits("\n".join(lines))
    title = _title(lines)
    kind = report_kind(text)
    fy = fiscal_year_in(text)
    org_name = None
    if m := _ORG.search(text):
        name = _NAME_END.sub("", m.group(2))
        org_name = (m.group(1) + name) if name else None
    district = _DISTRICT.search(text)
    province = _PROVINCE.search(text)
    district_given = _NAME_END.sub("", district.group(1)) if district else None
    province_given = province.group(1) if province else None
    place = resolve_place(org_name, district=district_given, province=province_given)
    start = end = None
    for line in lines:
        dates = find_dates(line, fy)
        if len(dates) >= 2 and dates[0] < dates[1]:
            start, end = dates[0], dates[1]
            break
    if start is None and fy is not None:
        start, end = fiscal_year_range(fy)
        if kind == "progress":
            end = date(start.year + 1, 3, 31)
    if fy is None and end is not None:
        fy = end.year + 543 + (1 if end.month >= 10 else 0)
    return Metadata(title, kind, org_name, org_type(org_name), fy, start, end, place,
                    district_given, province_given)
