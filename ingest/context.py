"""Which ITA tool, indicator and item each measure row belongs to.

The assessment has three tools: IIT (internal, indicators 1-5), EIT
(external, 6-8) and OIT (open data, 9-10). Reports say which in headings
between tables (``เครื่องมือการประเมิน EIT``, ``ตัวชี้วัดที่ ๗``) or at the start
of a row's first cell (``ตัวชี้วัดที่ ๙ … OIT``, ``e๖ …``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from normalize import arabic_digits

_TOOL = re.compile(r"(?<![A-Za-z])(OIT|EIT|IIT)(?![A-Za-z])", re.I)
# The consonant and marks of ชี้ may be misread by OCR (ขี่, ชิ).
_INDICATOR = re.compile(r"ตัว[ชข][\u0e34-\u0e37\u0e48-\u0e4b]{0,2}วัด(?:ที่)?\s*(\d{1,2})(?!\d)")
_ITEM = re.compile(r"^\s*[-•]?\s*([EeOoIi])\s?\.?\s?(\d{1,2})(?![\d.])", re.M)
_TOOL_OF_ITEM = {"e": "EIT", "o": "OIT", "i": "IIT"}
# ITA indicator numbers (2565 onwards) -> tool, for reports that name only the indicator.
_TOOL_OF_INDICATOR = {**{n: "IIT" for n in range(1, 6)}, 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}


@dataclass(frozen=True)
class Context:
    tool: str | None = None
    indicator_no: int | None = None
    item_code: str | None = None


def from_heading(ctx: Context, text: str) -> Context:
    """Context after a heading paragraph between tables.

    >>> c = from_heading(Context(), "เครื่องมือการประเมิน EIT")
    >>> from_heading(c, "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร")
    Context(tool='EIT', indicator_no=7, item_code=None)
    >>> from_heading(Context(), "ตัวขี่วัดที่ 9 การเปิดเผยข้อมูล").indicator_no  # as OCR may read it
    9
    """
    text = arabic_digits(text)
    tool = _TOOL.search(text)
    ind = _INDICATOR.search(text)
    if tool and tool.group(1).upper() != ctx.tool:
        ctx = Context(tool=tool.group(1).upper())  # a new tool starts its own indicators
    if ind:
        n = int(ind.group(1))
        ctx = replace(ctx, indicator_no=n, item_code=None,
                      tool=ctx.tool or _TOOL_OF_INDICATOR.get(n))
    return ctx


def for_row(ctx: Context, first_cell: str) -> tuple[Context, Context]:
    """(context carried to later rows, context of this row) from a row's first cell.

    >>> carried, row = for_row(Context("EIT", 7), "e๖ การเผยแพร่ข้อมูลของหน่วยงาน")
    >>> row
    Context(tool='EIT', indicator_no=7, item_code='e6')
    """
    carried = from_heading(ctx, first_cell)
    item = _ITEM.search(arabic_digits(first_cell))
    if item:
        letter = item.group(1).lower()
        tool = _TOOL_OF_ITEM[letter]
        if carried.tool != tool:
            carried = replace(carried, tool=tool)
        return carried, replace(carried, item_code=f"{letter}{int(item.group(2))}")
    return carried, carried


# OCR reads an item code's Latin letter as a digit or another letter
# (e๖ -> "6 6", "1 8"): a first token of one or two characters, then the number.
_MISREAD_ITEM = re.compile(r"^\s*\S{1,2}\s(\d{1,2})\s")


def misread_item(first_cell: str, row: Context, before: Context | None,
                 after: Context | None) -> tuple[str, int] | None:
    """(code, where it ends in the cell) when an OCR'd row's first cell
    starts with an item code whose letter was misread: its number n follows
    the code of the row ``before`` (n-1) or precedes the one ``after`` (n+1),
    same letter, same tool as ``row``.

    >>> misread_item("6 6 การเผยแพร่", Context("EIT", 7), None, Context("EIT", 7, "e7"))
    ('e6', 3)
    >>> misread_item("1 ๘ หน่วยงาน", Context("EIT", 7), Context("EIT", 7, "e7"), None)
    ('e8', 3)
    >>> misread_item("1 5 ครั้ง", Context("EIT", 7), Context("EIT", 7, "e7"), None) is None
    True
    """
    m = _MISREAD_ITEM.match(arabic_digits(first_cell))  # Thai digits to Arabic, one for one
    if not m:
        return None
    n = int(m.group(1))
    for ctx, step in ((before, 1), (after, -1)):
        code = ctx.item_code if ctx else None
        if (code and code[1:].isdigit() and int(code[1:]) + step == n
                and _TOOL_OF_ITEM[code[0]] == row.tool == ctx.tool):
            return f"{code[0]}{n}", m.end(1)
    return None
