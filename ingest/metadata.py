"""Document metadata from the title block: organisation, place, fiscal year,
period and kind of report."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from normalize import (arabic_digits, find_dates, fiscal_year_in, fiscal_year_range,
                       is_place_name, org_type, resolve_org)
from normalize.places import PlaceMatch

# A space may split the prefix where a title wrapped (องค์การบริหาร ส่วนตำบล).
_ORG = re.compile(
    r"(องค์การ\s?บริหาร\s?ส่วน\s?(?:ตำบล|จังหวัด)|เทศบาล\s?(?:ตำบล|เมือง|นคร)|อบต\.|ทต\.|ทม\.|ทน\.)"
    r"\s*([\u0e01-\u0e4e]+)")
# Words that run on after an organisation name when the space is left out.
_NAME_END = re.compile(r"ประจำปี|ดังนี้|อำเภอ|จังหวัด|ตำบล|ได้|มี|ใน|โดย|ของ|เรื่อง|ปีงบ")
# A tambon named on its own (not องค์การบริหารส่วนตำบล, อบต., ระดับตำบล, nor
# the month ต.ค.).
_SUBDISTRICT = re.compile(r"(?<![\u0e01-\u0e4e])(?:ตำบล|ต\.)\s*([\u0e01-\u0e4e]{2,})")
_DISTRICT = re.compile(r"(?:อำเภอ|อ\.)\s*([\u0e01-\u0e4e]+)")
_PROVINCE = re.compile(r"(?:จังหวัด|จ\.)\s*([\u0e01-\u0e4e]+)")
_SIX_MONTHS = re.compile(r"(?:รอบ|ระยะ)\s*6\s*เดือน|6\s*เดือนแรก|ครึ่งปี|ความก้าวหน้า")
_TWELVE_MONTHS = re.compile(r"(?:รอบ|ระยะ)\s*12\s*เดือน|รอบปี|ประจำปี|ปีงบประมาณ")
# A year named without ปีงบประมาณ (``ประจำปี พ.ศ. 2567``, ``ITA 2567``).
_YEAR = re.compile(r"(?:ประจำปี|ITA)\s*(?:พ\.\s?ศ\.)?\s*(25\d\d)(?!\d)")


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
    subdistrict_given: str | None
    district_given: str | None
    province_given: str | None


_TITLE_WORDS = re.compile(r"รายงาน|มาตรการ|ITA")
# Where a title line runs on into the year it is for (a title of one
# paragraph, or lines a PDF's centred title block joined): the title ends there.
_TITLE_END = re.compile(r"\s*ประจำปี")


def _title(lines: list[str]) -> str | None:
    """The first line that names a report or measures, up to its year.

    >>> _title(["อบต.โคกสนวน", "รายงานผลการดำเนินการตามมาตรการฯ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ องค์การบริหารส่วนตำบลท่าช้าง"])
    'รายงานผลการดำเนินการตามมาตรการฯ'
    """
    for line in lines:
        if _TITLE_WORDS.search(line):
            end = _TITLE_END.search(line, 8)
            return line[:end.start()] if end else line
    return lines[0] if lines else None


def _heading(lines: list[str]) -> list[str]:
    """The title's lines: those before the first paragraph of body text (a
    long line; at most six). What kind of report it is and the period it
    covers are read there, not from an introduction that mentions a
    report or a date.

    >>> _heading(["มาตรการส่งเสริมคุณธรรม", "อบต.โคกสนวน", "จากการวิเคราะห์" + "ผล" * 120, "รายงาน"])
    ['มาตรการส่งเสริมคุณธรรม', 'อบต.โคกสนวน']
    """
    heading = []
    for line in lines[:6]:
        if len(line) > 200 and heading:
            break
        heading.append(line)
    return heading


def name_end(run: str) -> str:
    """A place name cut from the words that run on after it with no space:
    the longest the gazetteer knows, else before the first such word (not
    one the name starts with).

    >>> name_end("โคกสนวนประจำปีงบประมาณ"), name_end("ในเมืองดังนี้"), name_end("โคกสนวณได้")
    ('โคกสนวน', 'ในเมือง', 'โคกสนวณ')
    >>> name_end("ด่านในอำเภอ")
    'ด่านใน'
    """
    cuts = [i for i in range(1, len(run)) if _NAME_END.match(run, i)] + [len(run)]
    # The longest known: ด่านใน, not ด่าน before its ใน.
    return next((run[:i] for i in reversed(cuts) if is_place_name(run[:i])), run[:cuts[0]])


def _org_name(text: str) -> str | None:
    """The first local body the text names.

    >>> _org_name("ขององค์การบริหาร ส่วนตำบลโคกสนวนประจำปี")
    'องค์การบริหารส่วนตำบลโคกสนวน'
    """
    m = _ORG.search(text)
    return re.sub(r"\s", "", m.group(1)) + name_end(m.group(2)) if m else None


def _district_and_province(text: str) -> tuple[str | None, str | None]:
    """The first district and the first province the text names.

    >>> _district_and_province("องค์การบริหารส่วนตำบลท่าช้าง อำเภอบางกล่ำประจำปี จ.สงขลา")
    ('บางกล่ำ', 'สงขลา')
    """
    district, province = _DISTRICT.search(text), _PROVINCE.search(text)
    return name_end(district.group(1)) if district else None, province.group(1) if province else None


def _certain(place: PlaceMatch) -> bool:
    """Every name given found, the province among them."""
    return bool(place.province_code) and not place.unresolved


def _from_rest(rest: Iterable[str], org_name: str | None, place: PlaceMatch, subdistrict: str | None,
               district: str | None, province: str | None) -> tuple:
    """The organisation and its place, with what the rest of the document
    says where the title block is silent: the first local body it names,
    and the first district or province it names that makes the place
    certain. A tambon's name is shared by a third of Thailand's tambons
    (ท่าช้าง by many), and many title blocks name only the body; the
    district and province are then often in the introduction or under the
    signature. A district or province the organisation does not lie in
    changes nothing.

    >>> org, place, district, province = _from_rest(
    ...     ["ลงชื่อ นายก อบต.ท่าช้าง", "องค์การบริหารส่วนตำบลท่าช้าง อำเภอบางกล่ำ จังหวัดสงขลา"],
    ...     "อบต.ท่าช้าง", resolve_org("อบต.ท่าช้าง"), None, None, None)
    >>> place.subdistrict_code, district, province
    ('901402', 'บางกล่ำ', 'สงขลา')
    >>> _from_rest(["สำนักงาน ป.ป.ช. ประจำจังหวัดบุรีรัมย์"], "อบต.ท่าช้าง", resolve_org("อบต.ท่าช้าง"),
    ...            None, None, None)[1].province is None
    True
    """
    tried = {(district, province)}
    for line in rest:
        line = arabic_digits(line)
        if org_name is None:
            org_name = _org_name(line)
            if org_name is None:
                continue
            place = resolve_org(org_name, subdistrict=subdistrict, district=district, province=province)
            if _certain(place):
                break
        d, p = _district_and_province(line)
        for hint in ((d, p), (d, None), (None, p)):
            given = (district or hint[0], province or hint[1])
            if given in tried:
                continue
            tried.add(given)
            found = resolve_org(org_name, subdistrict=subdistrict, district=given[0], province=given[1])
            if _certain(found):
                return org_name, found, *given
    return org_name, place, district, province


def report_kind(text: str) -> str:
    """plan, progress or annual, from the title block.

    >>> report_kind("รายงานการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน")
    'progress'
    >>> report_kind("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2566")
    'plan'
    >>> report_kind("รายงานผลการดำเนินงานตามมาตรการฯ ปีงบประมาณ พ.ศ. 2568")
    'annual'
    """
    if "รายงาน" not in text:
        return "plan"
    if _SIX_MONTHS.search(text):
        return "progress"
    return "annual" if _TWELVE_MONTHS.search(text) else "progress"


def read(lines: list[str], running: list[str] = (), rest: Iterable[str] = ()) -> Metadata:
    """Metadata from the normalized lines of the title block (text before the
    first measure table), and the page heads and feet for what it leaves out
    (the organisation named only at the top of each page). ``rest``, the
    document's other paragraphs, is read only when these leave the
    organisation or its place unknown (``_from_rest``)."""
    text = arabic_digits("\n".join([*lines, *running]))
    title = _title(lines)
    heading = _heading(lines)
    kind = report_kind(arabic_digits("\n".join(heading)))
    fy = fiscal_year_in(text) or ((y := _YEAR.search(text)) and int(y.group(1)))
    org_name = _org_name(text)
    subdistrict = _SUBDISTRICT.search(text)
    subdistrict_given = name_end(subdistrict.group(1)) if subdistrict else None
    district_given, province_given = _district_and_province(text)
    place = resolve_org(org_name, subdistrict=subdistrict_given, district=district_given, province=province_given)
    if subdistrict_given and "subdistrict" in place.unresolved:
        # Not a tambon after all (words a table without lines ran together):
        # the organisation's name says where it is.
        by_name = resolve_org(org_name, district=district_given, province=province_given)
        if len(by_name.unresolved) < len(place.unresolved):
            place, subdistrict_given = by_name, None
    if org_name is None or not _certain(place):
        org_name, place, district_given, province_given = _from_rest(
            rest, org_name, place, subdistrict_given, district_given, province_given)
    start = end = None
    for line in heading:
        dates = find_dates(line, fy)
        if len(dates) >= 2 and dates[0] < dates[1]:
            start, end = dates[0], dates[1]
            if kind != "plan":  # the period says which report it is
                kind = "progress" if (end - start).days < 240 else "annual"
            break
    if start is None and fy is not None:
        start, end = fiscal_year_range(fy)
        if kind == "progress":
            end = date(start.year + 1, 3, 31)
    if fy is None and end is not None:
        fy = end.year + 543 + (1 if end.month >= 10 else 0)
    return Metadata(title, kind, org_name, org_type(org_name), fy, start, end, place,
                    subdistrict_given, district_given, province_given)
