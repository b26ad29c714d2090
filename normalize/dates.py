"""Buddhist-era dates in Thai text.

Thai government fiscal years run 1 October to 30 September and are named by
the Buddhist-era (BE) year they end in: FY 2566 is 2022-10-01 .. 2023-09-30.
BE = CE + 543.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from normalize.digits import arabic_digits
from normalize.digits import thai_digits as to_thai_digits

BE_OFFSET = 543

# Month number -> spellings: full names (with common misspellings) and
# abbreviations. Abbreviations are matched with or without their dots.
_MONTHS: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    1: (("มกราคม",), ("มค",)),
    2: (("กุมภาพันธ์", "กุมภาพันธ", "กุมภาพัน"), ("กพ",)),
    3: (("มีนาคม",), ("มีค",)),
    4: (("เมษายน",), ("เมย",)),
    5: (("พฤษภาคม",), ("พค",)),
    6: (("มิถุนายน",), ("มิย",)),
    7: (("กรกฎาคม", "กรกฏาคม"), ("กค",)),
    8: (("สิงหาคม",), ("สค",)),
    9: (("กันยายน",), ("กย",)),
    10: (("ตุลาคม",), ("ตค",)),
    11: (("พฤศจิกายน", "พฤษจิกายน"), ("พย",)),
    12: (("ธันวาคม",), ("ธค",)),
}


def _abbrev_pattern(abbr: str) -> str:
    # "มีค" -> "มี\.?\s?ค\.?" : a dot (and maybe a space) after each syllable.
    # Thai abbreviations put the dot after each initial consonant + vowel.
    parts = re.findall(r"[เแโใไ]?[ก-ฮ][\u0e30-\u0e3a\u0e47-\u0e4e]*", abbr)
    return r"\.?\s?".join(map(re.escape, parts)) + r"\.?"


_MONTH_LOOKUP: dict[str, int] = {}
_FULL, _ABBR = [], []
for _n, (_full, _abbr) in _MONTHS.items():
    for name in _full:
        _MONTH_LOOKUP[name] = _n
        _FULL.append(name)
    for a in _abbr:
        _MONTH_LOOKUP[a] = _n
        _ABBR.append(_abbrev_pattern(a))
_FULL.sort(key=len, reverse=True)

MONTH = "(?P<month>" + "|".join(_FULL) + "|" + "|".join(_ABBR) + ")"
_WEEKDAY = r"(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)\s*)?"
_DAY = r"(?:(?:วันที่|ที่)\s*)?(?P<day>[0-3]?\d)(?!\d|\.\d)"
_ERA = r"(?:(?P<era>พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s*)?"
_YEAR = r"(?P<year>\d{4}|\d{2})(?!\d|\.\d)"

_THAI_DATE = re.compile(
    rf"(?:{_WEEKDAY}{_DAY}\s*)?(?:เดือน\s*)?{MONTH}\s*(?:{_ERA}{_YEAR})?"
)
_NUMERIC_DATE = re.compile(
    r"(?<![\d./])(?P<day>[0-3]?\d)\s*(?P<sep>[/-])\s*(?P<month>[01]?\d)\s*(?P=sep)\s*"
    r"(?P<year>\d{4}|\d{2})(?![\d/])"
)
_DOTTED_DATE = re.compile(  # 8.2.2566: only with a 4-digit year, so ๑.๒.๓ is not a date
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4})(?![\d.])"
)
_RANGE_SEP = re.compile(r"\s*(?:-|–|ถึง|จนถึง|ถึงเดือน)\s*")
# The first day of a range of days in one month: the "1-" of "1-15 มกราคม 2566".
_FIRST_DAY = re.compile(r"(?<![\d./])(?P<day>[0-3]?\d)\s*(?:-|–|ถึง)\s*$")


def fiscal_year_range(be_year: int) -> tuple[date, date]:
    """First and last day of a Thai fiscal year.

    >>> fiscal_year_range(2566)
    (datetime.date(2022, 10, 1), datetime.date(2023, 9, 30))
    """
    ce = be_year - BE_OFFSET
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def fiscal_year_of(d: date) -> int:
    """The BE fiscal year a date falls in.

    >>> fiscal_year_of(date(2022, 10, 1)), fiscal_year_of(date(2023, 9, 30))
    (2566, 2566)
    """
    return d.year + BE_OFFSET + (1 if d.month >= 10 else 0)


def _ce_year(year: str | None, era: str | None) -> int | None:
    if year is None:
        return None
    y = int(year)
    if len(year) == 2:
        return 2500 + y - BE_OFFSET  # ๖๖ = 2566
    if era and era.startswith("ค"):
        return y
    return y - BE_OFFSET if y >= 2400 else y


def _month_number(token: str) -> int | None:
    return _MONTH_LOOKUP.get(re.sub(r"[.\s]", "", token))


def _build(day: int | None, month: int, ce_year: int | None, fiscal_year: int | None,
           first_day: bool) -> date | None:
    if ce_year is None:
        if fiscal_year is None:
            return None
        ce_year = fiscal_year - BE_OFFSET - (1 if month >= 10 else 0)
    if not 1 <= month <= 12 or not 1 <= ce_year <= 9999:
        return None
    last = calendar.monthrange(ce_year, month)[1]
    if day is None:
        day = 1 if first_day else last
    if not 1 <= day <= last:
        return None
    return date(ce_year, month, day)


def _matches(text: str):
    """Every date-like match as (start, end, day, month, ce_year, has_year, kind)."""
    found = []
    for m in _THAI_DATE.finditer(text):
        token = m.group("month")
        if "." not in token and token not in _FULL:
            # A dotless abbreviation ("กพ") is only a month next to a number.
            if not (m.group("day") or m.group("year")):
                continue
        month = _month_number(token)
        if month is None:
            continue
        day = int(m.group("day")) if m.group("day") else None
        ce = _ce_year(m.group("year"), m.group("era"))
        if day is not None and (first := _FIRST_DAY.search(text, max(0, m.start("day") - 8), m.start("day"))):
            found.append((first.start(), first.end(), int(first.group("day")), month, ce))
        found.append((m.start(), m.end(), day, month, ce))
    for rx in (_NUMERIC_DATE, _DOTTED_DATE):
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e, *_ in found):
                continue
            year = m.group("year")
            ce = 2500 + int(year) - BE_OFFSET if len(year) == 2 else _ce_year(year, None)
            found.append((m.start(), m.end(), int(m.group("day")), int(m.group("month")), ce))
    return sorted(found)


def find_dates(s: str, fiscal_year: int | None = None) -> list[date]:
    """Every date in ``s``, in order. Month-only phrases mean the month's last
    day, except at the start of a range, where they mean its first day.

    >>> find_dates("ต.ค. ๖๕ - มี.ค. ๖๖")
    [datetime.date(2022, 10, 1), datetime.date(2023, 3, 31)]
    >>> find_dates("ภายในเดือนมกราคม ๒๕๖๖ และ ๖ ก.พ. ๖๖")
    [datetime.date(2023, 1, 31), datetime.date(2023, 2, 6)]
    >>> find_dates("ตามระเบียบข้อ ๑.๒.๓ ภายใน ๓๐ วัน")
    []
    >>> find_dates("ระหว่างวันที่ ๑ – ๑๕ มกราคม ๒๕๖๖")
    [datetime.date(2023, 1, 1), datetime.date(2023, 1, 15)]
    """
    text = arabic_digits(s)
    items = _matches(text)
    # A range shares its year from the right: "ตุลาคม - ธันวาคม 2565".
    out: list[date] = []
    for i, (start, end, day, month, ce) in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        in_range = nxt is not None and _RANGE_SEP.fullmatch(text[end:nxt[0]]) is not None
        if ce is None and in_range and nxt[4] is not None:
            ce = nxt[4] - (1 if month > nxt[3] else 0)
        d = _build(day, month, ce, fiscal_year, first_day=in_range and day is None)
        if d is not None:
            out.append(d)
    return out


def date_phrases(s: str, fiscal_year: int | None = None) -> list[tuple[str, date | None]]:
    """Each date-like phrase in ``s`` with the date it gives; None marks a
    phrase that cannot be read as a date (impossible, or no year to take).

    >>> date_phrases("ภายใน ๓๑ เมษายน ๒๕๖๖ และเดือนมกราคม")
    [('31 เมษายน 2566', None), ('เดือนมกราคม', None)]
    """
    text = arabic_digits(s)
    return [(text[a:b].strip(), _build(day, month, ce, fiscal_year, first_day=False))
            for a, b, day, month, ce in _matches(text)]


def parse_date(s: str, fiscal_year: int | None = None) -> date | None:
    """The first date in ``s``, or None. Never raises.

    >>> parse_date("เมื่อวันที่ ๖ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๖")
    datetime.date(2023, 2, 6)
    >>> parse_date("๖ก.พ.๖๖"), parse_date("8/2/2566"), parse_date("กพ. 2023")
    (datetime.date(2023, 2, 6), datetime.date(2023, 2, 8), datetime.date(2023, 2, 28))
    >>> parse_date("ภายในเดือนธันวาคม", fiscal_year=2566)
    datetime.date(2022, 12, 31)
    >>> parse_date("๓๑ เมษายน ๒๕๖๖") is None, parse_date("ไตรมาสละ ๑ ครั้ง") is None
    (True, True)
    """
    try:
        text = arabic_digits(s)
        for start, end, day, month, ce in _matches(text):
            # The first date-like phrase decides: an impossible one gives None.
            return _build(day, month, ce, fiscal_year, first_day=False)
    except (ValueError, TypeError, OverflowError):
        return None
    return None


def fiscal_year_in(s: str) -> int | None:
    """The fiscal year a phrase names (``ปีงบประมาณ พ.ศ. ๒๕๖๖``), else None.

    >>> fiscal_year_in("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน")
    2566
    >>> fiscal_year_in("ปีงบประมาณ 66")
    2566
    """
    m = re.search(r"ปี\s*งบ(?:ประมาณ)?\s*(?:พ\.?\s?ศ\.?)?\s*(\d{4}|\d{2})(?!\d)", arabic_digits(s))
    if not m:
        return None
    y = int(m.group(1))
    return 2500 + y if y < 100 else y


def thai_date(d: date, thai_digits: bool = True) -> str:
    """A date written as Thai reports write it: day, full month, BE year.

    >>> thai_date(date(2023, 2, 8))
    '๘ กุมภาพันธ์ ๒๕๖๖'
    >>> thai_date(date(2022, 10, 1), thai_digits=False)
    '1 ตุลาคม 2565'
    """
    text = f"{d.day} {_MONTHS[d.month][0][0]} {d.year + BE_OFFSET}"
    return to_thai_digits(text) if thai_digits else text
