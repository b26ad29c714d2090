"""Thai numerals."""

import re

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_COLUMN_NUMBER = re.compile(r"[(\[]?([0-9๐-๙]{1,2})[)\].]?")


def arabic_digits(s: str) -> str:
    """Replace Thai digits with Arabic ones; everything else is kept.

    >>> arabic_digits("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
    'ประจำปีงบประมาณ พ.ศ. 2566'
    >>> arabic_digits("ไตรมาสละ ๑ ครั้ง (2 ครั้ง)")
    'ไตรมาสละ 1 ครั้ง (2 ครั้ง)'
    """
    return s.translate(_TO_ARABIC)


def thai_digits(s: str) -> str:
    """Replace Arabic digits with Thai ones, as formal Thai documents write them.

    >>> thai_digits("พ.ศ. 2566")
    'พ.ศ. ๒๕๖๖'
    """
    return s.translate(_TO_THAI)


def column_number(s: str) -> int | None:
    """The number of a column numbered under a header, as government forms
    number them (``(๑)``, ``[2]``, ``3.``); None for anything else.

    >>> column_number("(๑)"), column_number("12"), column_number("(๑) ข้อ"), column_number("123")
    (1, 12, None, None)
    """
    m = _COLUMN_NUMBER.fullmatch(s)
    return int(arabic_digits(m.group(1))) if m else None
