"""Reading the content of measure-table cells: steps, units, frequencies."""

from __future__ import annotations

import re

from normalize.digits import arabic_digits

# "1." / "๑)" at the start of a line or after a space, not "1.5" nor "1.2.3".
_STEP = re.compile(r"(?:^|(?<=[\s(]))(?P<n>\d{1,2})\s?[.)](?!\d)\s*", re.M)
_BULLET = re.compile(r"(?:^|\n)\s*[-•●▪]\s*")


def split_steps(text: str) -> list[str]:
    """The numbered items of a cell, in order; else its bullet items; else its
    paragraphs.

    >>> split_steps("๑.ศึกษาข้อมูล ๒.รายงานผู้บริหาร ๓. เผยแพร่")
    ['ศึกษาข้อมูล', 'รายงานผู้บริหาร', 'เผยแพร่']
    >>> split_steps("-เจ้าหน้าที่จัดทำข้อมูล")
    ['เจ้าหน้าที่จัดทำข้อมูล']
    >>> split_steps("ไม่เกิน 1.5 วัน")
    ['ไม่เกิน 1.5 วัน']
    """
    text = arabic_digits(text).strip()
    if not text:
        return []
    marks = list(_STEP.finditer(text))
    if marks:
        head = text[: marks[0].start()].strip()
        items = [head] if head else []
        for m, nxt in zip(marks, [*marks[1:], None]):
            items.append(text[m.end(): nxt.start() if nxt else len(text)].strip())
        return [" ".join(i.split()) for i in items if i]
    parts = [p for p in _BULLET.split(text) if p.strip()]
    return [" ".join(p.split()) for p in parts]


# Canonical unit names of Thai local government, longest first, with the
# spellings that stand for them.
UNITS: dict[str, tuple[str, ...]] = {
    "สำนักปลัด": ("สำนักปลัด", "สำนักงานปลัด"),
    "กองคลัง": ("กองคลัง",),
    "กองช่าง": ("กองช่าง",),
    "กองการศึกษา": ("กองการศึกษา", "กองการศึกษาศาสนาและวัฒนธรรม"),
    "กองสาธารณสุข": ("กองสาธารณสุขและสิ่งแวดล้อม", "กองสาธารณสุข"),
    "กองสวัสดิการสังคม": ("กองสวัสดิการสังคม", "กองสวัสดิการ"),
    "กองยุทธศาสตร์และงบประมาณ": ("กองยุทธศาสตร์และงบประมาณ", "กองวิชาการและแผนงาน"),
    "กองการเจ้าหน้าที่": ("กองการเจ้าหน้าที่",),
    "กองส่งเสริมการเกษตร": ("กองส่งเสริมการเกษตร",),
    "หน่วยตรวจสอบภายใน": ("หน่วยตรวจสอบภายใน", "กลุ่มงานตรวจสอบภายใน", "งานตรวจสอบภายใน"),
    "งานพัสดุ": ("งานพัสดุ", "งานพัสดุและทรัพย์สิน"),
    "งานการเจ้าหน้าที่": ("งานการเจ้าหน้าที่", "งานบริหารงานบุคคล"),
    "งานประชาสัมพันธ์": ("งานประชาสัมพันธ์",),
    "งานนิติการ": ("งานนิติการ",),
    "งานนโยบายและแผน": ("งานนโยบายและแผน", "งานวิเคราะห์นโยบายและแผน"),
    "ผู้บริหาร": ("ผู้บริหาร",),
    "ทุกภารกิจงาน": ("ทุกภารกิจงาน", "ทุกส่วนราชการ", "ทุกกอง", "ทุกสำนัก/กอง"),
}
_UNIT_LOOKUP = {v: k for k, vs in UNITS.items() for v in vs}
_UNIT_RE = re.compile("|".join(sorted(map(re.escape, _UNIT_LOOKUP), key=len, reverse=True)))
_PAREN = re.compile(r"\([^)]*\)")


def responsible_units(text: str) -> list[str]:
    """Units named in a responsible-party cell, canonical and in order; text in
    brackets (a note) is skipped.

    >>> responsible_units("สำนักปลัด กองคลัง กองช่าง เป็นต้น")
    ['สำนักปลัด', 'กองคลัง', 'กองช่าง']
    >>> responsible_units("สำนักปลัด งานการ เจ้าหน้าที่")
    ['สำนักปลัด', 'งานการเจ้าหน้าที่']
    >>> responsible_units("กองคลัง/งานพัสดุ (หน่วยงานอาจกำหนดเป็นตำแหน่ง)")
    ['กองคลัง', 'งานพัสดุ']
    """
    compact = re.sub(r"\s+", "", _PAREN.sub(" ", text))
    out: list[str] = []
    for m in _UNIT_RE.finditer(compact):
        unit = _UNIT_LOOKUP[m.group(0)]
        if unit not in out:
            out.append(unit)
    return out


_FREQUENCIES = (
    ("weekly", r"ทุก\s*สัปดาห์|รายสัปดาห์|สัปดาห์ละ"),
    ("monthly", r"ทุก\s*เดือน|รายเดือน|เดือนละ"),
    ("quarterly", r"ไตรมาสละ|ทุก\s*ไตรมาส|รายไตรมาส|ทุก\s*3\s*เดือน"),
    ("semiannual", r"ทุก\s*6\s*เดือน|ปีละ\s*2\s*ครั้ง|ราย\s*6\s*เดือน"),
    ("annual", r"ปีละ\s*1\s*ครั้ง|ทุก\s*ปี|รายปี"),
)
_FREQ_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _FREQUENCIES))


def reporting_frequency(text: str) -> str | None:
    """The first reporting frequency a monitoring cell names: weekly, monthly,
    quarterly, semiannual or annual.

    >>> reporting_frequency("รายงานให้ผู้บริหารทราบ อย่างน้อยไตรมาสละ ๑ ครั้ง")
    'quarterly'
    >>> reporting_frequency("รายงานผู้บริหารทุก ๖ เดือน ภายในเดือนเมษายน และเดือนตุลาคม ของทุกปี")
    'semiannual'
    >>> reporting_frequency("ภายใน ๓๐ วัน") is None
    True
    """
    m = _FREQ_RE.search(arabic_digits(text))
    return m.lastgroup if m else None
