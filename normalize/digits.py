"""Thai numerals."""

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)


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
