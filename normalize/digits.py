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


def column_numbering(texts: list[str]) -> bool:
    """Whether the cells' ``texts`` number the columns under a header, as
    government forms do: ``(๑) (๒) (๓)``, or ``1 2 3``, three or more in order.

    >>> column_numbering(["(๑)", "(๒)", "(๓)", "(๔)"]), column_numbering(["1", "กองคลัง", "3"])
    (True, False)
    >>> column_numbering(["1", "1", "1"]), column_numbering(["1", "2"])
    (False, False)
    """
    values = [column_number(t.strip()) for t in texts]
    return len(values) >= 3 and None not in values and values == list(range(values[0], values[0] + len(values)))
