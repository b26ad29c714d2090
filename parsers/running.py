"""Running heads and feet: a line repeated at the same place at the top or
the bottom of two pages or more (the organisation's name, a document code,
"หน้า 2 จาก 5"). It is not content: left in, a page header would stand
between a table and its continuation, and on the first page above the title.
Format-neutral: works on the document model's paragraphs."""

from __future__ import annotations

import re

from parsers.model import Paragraph

# A page number inside a running line: "หน้า 2", "หน้า ๒ จาก ๕", "page 2", "2/5", "- 2 -".
_PAGE_NUMBER = re.compile(r"(?:หน้า|page)\s*[0-9๐-๙]+(?:\s*(?:จาก|of|/)\s*[0-9๐-๙]+)?"
                          r"|[0-9๐-๙]+\s*/\s*[0-9๐-๙]+|-\s*[0-9๐-๙]+\s*-", re.I)
# A line that is only a page number: "๒", "- 2 -", "หน้า 3", "3/10".
_PAGE_NUMBER_LINE = re.compile(r"^[\s\-–—]*(?:หน้า|page)?\s*[\d๐-๙]{1,4}(?:\s*/\s*[\d๐-๙]{1,4})?[\s\-–—]*$",
                               re.I)
TOLERANCE = 2.0  # points: the same place on another page
NEAR = 2  # pages: a running line's next copy is on the next page, or the one after it


def page_number_line(text: str) -> bool:
    """A line that is only a page number.

    >>> page_number_line("- ๒ -"), page_number_line("หน้า 3/10"), page_number_line("๒. รายงานผู้บริหาร")
    (True, True, False)
    """
    return bool(_PAGE_NUMBER_LINE.match(text))


def _key(text: str) -> str:
    """The text with its page number blanked; other numbers count
    (ตัวชี้วัดที่ 9 and ตัวชี้วัดที่ 10 at the top of two pages are headings).

    >>> _key("อบต.โคกสนวน หน้า ๒ จาก ๕") == _key("อบต.โคกสนวน หน้า ๓ จาก ๕")
    True
    >>> _key("ตัวชี้วัดที่ 9") == _key("ตัวชี้วัดที่ 10")
    False
    """
    return _PAGE_NUMBER.sub("#", " ".join(text.split()))


class RunningText:
    """Fed each page's blocks in turn, drops the running lines; the copy on
    the page where a line first appeared is taken back out of ``taken``
    (the blocks kept so far) when the second page shows it up.

    A running foot is also known as the last line of a page where it sits
    elsewhere: a portrait title page before landscape pages draws the same
    foot higher up (the head keeps its place: the top margin is the same).
    A head is not, nor a page's only line, so that a title the later pages
    repeat at their top is not lost from the first.

    A line is first known as running on a page NEAR or fewer after one at
    its place: a row's first line, or a table's title row, may sit at a
    page's foot on two pages far apart by chance."""

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[float, int, Paragraph, bool]]] = {}
        self._running: dict[str, list[float]] = {}
        self.lines: list[str] = []  # each running line once, as first drawn

    def known(self, text: str, top: float, page: int, taken: list) -> bool:
        """``text`` at ``top`` on ``page`` is a running line: one known so far
        at its place, or one first seen there on a page NEAR or fewer before
        (this is its second copy: the first leaves ``taken``). For a line not
        read as a paragraph (a foot read as a table's row); it is not kept as
        a first copy.

        >>> r, taken = RunningText(), []
        >>> taken += r.drop([Paragraph("ITA 2566 เอกสารเผยแพร่", 1, (28, 528.4, 200, 540))], 1, taken)
        >>> r.known("ITA 2566 เอกสารเผยแพร่", 480.0, 2, taken), len(taken)
        (False, 1)
        >>> r.known("ITA  2566 เอกสารเผยแพร่", 528.0, 2, taken), taken, r.lines
        (True, [], ['ITA 2566 เอกสารเผยแพร่'])
        >>> r.known("ITA 2566 เอกสารเผยแพร่", 528.2, 9, taken)
        True
        """
        key = _key(text)
        return self._known(key, top) or self._second(key, top, page, taken)

    def _known(self, key: str, top: float) -> bool:
        return any(abs(top - t) <= TOLERANCE for t in self._running.get(key, ()))

    def _second(self, key: str, top: float, page: int, taken: list) -> bool:
        """A line at ``top`` is a copy of one first seen at its place on a
        page NEAR or fewer before this one (odd and even pages may have their
        own): it is running from now on, and the copies kept so far leave
        ``taken``, with those that were the last line of their page elsewhere."""
        seen = self._first.get(key, [])
        here = [f for f in seen if f[1] != page and abs(f[0] - top) <= TOLERANCE]
        if not any(page - NEAR <= f[1] for f in here):
            return False
        if key not in self._running:
            self.lines.append(here[0][2].text)
        self._running.setdefault(key, []).append(top)
        gone = {id(f[2]) for f in here} | {id(f[2]) for f in seen if f[3] and f[1] != page}
        taken[:] = [b for b in taken if id(b) not in gone]
        return True

    def drop(self, blocks: list, page: int, taken: list) -> list:
        keep = []
        # Blocks before the first non-paragraph (a table) or after the last are at an edge.
        others = [i for i, b in enumerate(blocks) if not isinstance(b, Paragraph)]
        for i, block in enumerate(blocks):
            at_edge = not others or i < others[0] or i > others[-1]
            if not (at_edge and isinstance(block, Paragraph) and block.bbox):
                keep.append(block)
                continue
            key, top = _key(block.text), block.bbox[1]
            last = 0 < i == len(blocks) - 1  # not a page's only line: a cover's title the heads repeat
            if self._known(key, top) or (last and key in self._running) or self._second(key, top, page, taken):
                continue
            self._first.setdefault(key, []).append((top, page, block, last))
            keep.append(block)
        return keep

