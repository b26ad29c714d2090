"""Tables drawn without ruling lines (a Word or LibreOffice table whose
borders were taken off), found by the order their text is drawn in.

Word, LibreOffice and browsers draw a table's text cell by cell, row by
row: a cell's lines go down the page, then the drawing goes back up to the
row's top for the next cell to the right, and back to the left for the
next row. Text set in columns with tabs or spaces is drawn line by line,
left to right, and never goes back up, so it stays text: a table is read
only where the drawing went back up at least once. Everything here works
on pdfplumber's char dicts in drawing (content-stream) order."""

from __future__ import annotations

import math
import re
import statistics
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from normalize.digits import column_numbering
from parsers.layout import (boxed_as_their_lines, first_word, is_combining, lines, unruled_room, word_across,
                            word_space)

MIN_COLUMNS = 3
SAME_LINE = 0.3  # of the font size: chars whose tops differ less are on one line
# Of the font size: a wider gap after a letter on one line starts another cell
# (a cell filled to its end and the next: two cells' padding, 10-12 pt, 0.7 of 14-16 pt).
CELL_GAP = 0.65
SPACE_GAP = 3.0  # after a space (which a justified line stretches)
CELL_SPACE = 0.5  # of the font size: a gap after a space of two cells' padding, about (a line taken on trust)
NEXT_LINE = 1.3  # of the font size: a cell's next line starts at most this far below the last one's bottom
TABLE_GAP = 1.5  # of the font size: a wider gap between two rows ends the table
SIZE_APART = 0.1  # of the font size: a line alone in a font this much smaller or larger is not a row
SPECK = 4.0  # points: a char this small (a marker drawn at size 1) says nothing of the layout


@dataclass
class Fragment:
    """Chars drawn one after another on one line."""

    chars: list[dict]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @classmethod
    def of(cls, chars: list[dict]) -> "Fragment":
        inked = [c for c in chars if c["text"].strip()] or chars
        return cls(chars, min(c["x0"] for c in inked), max(c["x1"] for c in inked),
                   min(c["top"] for c in chars), max(c["bottom"] for c in chars),
                   max(c["size"] for c in chars))


@dataclass
class Block:
    """A cell's text: fragments going down the page, each starting within
    the span of the ones above it."""

    parts: list[Fragment]

    @property
    def x0(self) -> float:
        return min(f.x0 for f in self.parts)

    @property
    def x1(self) -> float:
        return max(f.x1 for f in self.parts)

    @property
    def top(self) -> float:
        return self.parts[0].top

    @property
    def bottom(self) -> float:
        return max(f.bottom for f in self.parts)

    @property
    def middle(self) -> float:
        """Halfway down its lines (where a centred cell's stand)."""
        return (self.top + self.bottom) / 2

    @property
    def size(self) -> float:
        return max(f.size for f in self.parts)

    @property
    def chars(self) -> list[dict]:
        return [c for f in self.parts for c in f.chars]


@dataclass
class Found:
    """A table without ruling lines: its columns (each one's left, then the
    last one's right: where its text starts and ends), rows (top, bottom) and
    each cell's chars (row -> column), and ``rights``, where each column's
    text ends (its widest line). ``on_trust``: a line at the page's foot
    that is a row only if the next page's table goes on from it
    (:func:`foot_line`)."""

    columns: list[float]
    rights: list[float]
    rows: list[tuple[float, float]]
    cells: list[list[list[dict]]] = field(default_factory=list)
    on_trust: bool = False

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        # A header's cells merged down over its second row may reach below it.
        return self.columns[0], self.rows[0][0], self.columns[-1], max(bottom for _, bottom in self.rows)


def fragments(chars: list[dict], lefts: tuple[float, ...] = (), walls: tuple[float, ...] = ()) -> list[Fragment]:
    """Chars split where the drawing leaves the line: another line, back to
    the left, or a gap wider than a space's; and where a cell starts
    (:func:`_cut_at_line_starts`; ``lefts``: where columns are known to
    start, ``walls``: ruled column lines).

    >>> ch = lambda t, x, top=0: {"text": t, "x0": x, "x1": x + 8, "top": top, "bottom": top + 20, "size": 16}
    >>> [len(f.chars) for f in fragments([ch("ก", 0), ch("ข", 8), ch("ค", 100), ch("ง", 0, 24)])]
    [2, 1, 1]

    A justified line's word space stands halfway across its gap, however
    wide; a cell's trailing space touches its last letter:

    >>> text = lambda chars: ["".join(c["text"] for c in f.chars) for f in fragments(chars)]
    >>> text([ch("ก", 0), ch(" ", 58), ch("ข", 116)]), text([ch("ก", 0), ch(" ", 8), ch("ข", 116)])
    (['ก ข'], ['ก', ' ข'])

    LibreOffice may draw a word's last mark in the stretched gap after it,
    at the space (Purisa's ์): the gap is the letter's.

    >>> text([ch("ท", 0), {**ch("์", 60), "x1": 60}, ch(" ", 60), ch("ข", 120)])
    ['ท์ ข']
    """
    out: list[list[dict]] = []
    reach: dict[float, float] = {}  # the current fragment's right end on each top it has
    prev = None  # the last letter (not a mark over it: a stretched line may draw that in the gap after it)
    # Spaces (and specks) since: they go with the letter after them if it is on their line.
    spaces: list[dict] = []

    def add(chs: list[dict]) -> None:
        out[-1].extend(chs)
        for ch in chs:
            reach[ch["top"]] = max(reach.get(ch["top"], ch["x1"]), ch["x1"])

    for c in chars:
        if not c["text"].strip() or c["size"] < SPECK:
            spaces.append(c)
            continue
        if out and is_combining(c["text"]):  # on its letter, wherever a stretched line put it
            add([*spaces, c])
            spaces = []
            continue
        if prev is None:
            out.append([])
        else:
            size = max(prev["size"], 1)
            # From where the line's text so far reaches: a justified line may draw a
            # space first and then a glyph of another font left of it (☑ before its item).
            same = [x1 for top, x1 in reach.items() if abs(top - c["top"]) <= SAME_LINE * size]
            gap = c["x0"] - max([(spaces[-1] if spaces else prev)["x1"], *same])
            # A justified line's word space stands halfway across its gap, however wide.
            stretched = len(spaces) == 1 and word_space(prev, spaces[0], c)
            if (abs(c["top"] - prev["top"]) > SAME_LINE * size or c["x0"] < prev["x0"] - 0.5 * size
                    or gap > (SPACE_GAP if spaces else CELL_GAP) * size and not stretched):
                ahead = [s for s in spaces if abs(s["top"] - c["top"]) <= SAME_LINE * size]
                out[-1].extend(s for s in spaces if abs(s["top"] - c["top"]) > SAME_LINE * size)
                out.append([])
                reach.clear()
                spaces = ahead
        add([*spaces, c])
        spaces = []
        prev = c
    if out:
        out[-1].extend(spaces)
    return _cut_at_line_starts([Fragment.of(f) for f in out], lefts, walls)


def _cut_after_spaces(chars: list[dict]) -> list[list[dict]]:
    """A line's chars cut after each space followed by a gap of two cells'
    padding or so: a one-line cell's trailing space (Word and LibreOffice
    draw it) and the next cell. A left-aligned line's spaces have no gap
    after them; a justified line's do, so this is only for a line taken on
    trust (:func:`foot_line`).

    >>> ch = lambda t, x: {"text": t, "x0": x, "x1": x + 4, "top": 0, "bottom": 14, "size": 14}
    >>> [len(p) for p in _cut_after_spaces([ch("ก", 0), ch(" ", 4), ch("ข", 8), ch(" ", 12), ch("ค", 27)])]
    [4, 1]
    """
    cuts = [i for i in range(1, len(chars))
            if chars[i]["text"].strip() and not is_combining(chars[i]["text"]) and not chars[i - 1]["text"].strip()
            and chars[i]["x0"] - chars[i - 1]["x1"] > CELL_SPACE * chars[i]["size"]]
    ends = [0, *cuts, len(chars)]
    return [chars[a:z] for a, z in zip(ends, ends[1:])]


def _after_trailing_space(chars: list[dict]) -> list[dict]:
    """The letters drawn after a space that touches the letter before it and
    leaves a gap of two cells' padding or so: a one-line cell's trailing
    space, and the next cell's first letter (a justified line's word space
    stands halfway, :func:`layout.word_space`).

    >>> ch = lambda t, x0, x1: {"text": t, "x0": x0, "x1": x1, "top": 0, "size": 16}
    >>> line = [ch("ท", 98.7, 108.8), ch(" ", 108.7, 114.6), ch("ส", 133.7, 143.2), ch(" ", 143.2, 149.0)]
    >>> [c["text"] for c in _after_trailing_space([*line, ch("ก", 149.0, 158.0)])]
    ['ส']
    >>> _after_trailing_space([ch("-", 168.4, 181.4), ch(" ", 193.9, 202.9), ch("ท", 203.0, 211.6)])  # justified
    []
    """
    chars = [c for c in chars if not is_combining(c["text"])]  # a mark may stand anywhere over its letter
    return [c for a, s, c in zip(chars, chars[1:], chars[2:])
            if a["text"].strip() and not s["text"].strip() and c["text"].strip() and abs(s["x0"] - a["x1"]) < 1
            and c["x0"] - s["x1"] > CELL_SPACE * c["size"]]


def _cut_at_line_starts(parts: list[Fragment], known: tuple[float, ...] = (), walls: tuple[float, ...] = ()
                        ) -> list[Fragment]:
    """Fragments cut where a letter after a gap stands where a cell starts:
    where the drawing went back up (a row's next cell), or where two or more
    other lines start (a column's left edge), after a gap or a cell's
    trailing space (:func:`_after_trailing_space`). Word and LibreOffice draw a
    one-line cell's trailing space, and the cell and the next one (a ลำดับ
    number and its row's first cell, or the one-line cells of a row the page
    cut) then run on one line with a gap smaller than a justified line's. A
    line starts where a fragment starts another line than the one drawn
    before it, or the same line after a cell's gap; ``known``: lefts of
    columns the last page's table had (a row's first line at the page's foot
    has no other line under it to start where its cells do); and where a
    letter is the first past one of ``walls`` (column lines)."""
    pairs = list(zip(parts, parts[1:]))
    starts = Counter(round(f.x0) for e, f in pairs
                     if abs(f.top - e.top) > SAME_LINE * e.size or f.x0 - e.x1 > CELL_GAP * e.size)
    starts.update(round(c["x0"]) for f in parts for c in _after_trailing_space(f.chars))
    lefts = {x for x, n in starts.items() if n >= 2} | {round(x) for x in known}
    # Where the drawing went back up, and the cells drawn after it on that
    # line (a header's one-line cells): a row's next cells.
    after_up = False
    for e, f in pairs:
        went_up = e.top - f.top > SAME_LINE * e.size
        after_up = went_up or (after_up and abs(f.top - e.top) <= SAME_LINE * e.size and f.x0 - e.x1 > CELL_GAP * e.size)
        if after_up:
            lefts.add(round(f.x0))
    if not lefts and not walls:
        return parts
    out: list[Fragment] = []
    for f in parts:
        cut, letter = 0, f.chars[0]  # letter: the last one so far (marks take no room)
        for i in range(1, len(f.chars)):
            c, before = f.chars[i], f.chars[i - 1]
            if not c["text"].strip() or is_combining(c["text"]):
                continue
            # Not after a space between two words (a justified line's word may start where a column does),
            # nor after spaces alone (a cell's trailing space, drawn with the next cell's text).
            if (((round(c["x0"]) in lefts and c["x0"] - before["x1"] > 0.3 * c["size"]
                  and not (i > 1 and word_space(letter, before, c)))
                    or any(letter["x1"] <= w + 0.5 <= c["x0"] + 1 for w in walls))
                    and any(ch["text"].strip() for ch in f.chars[cut:i])):
                out.append(Fragment.of(f.chars[cut:i]))
                cut = i
            letter = c
        out.append(Fragment.of(f.chars[cut:]) if cut else f)
    return out


def spread(parts: list[Fragment]) -> float:
    """How much further apart than single-spaced Thai lines (1.5 font sizes)
    the lines are (the median step from a line to the next one drawn right
    below it at the same left edge): lines 1.5 or 2 apart, throughout.

    >>> ch = lambda top: {"text": "ก", "x0": 0, "x1": 8, "top": top, "bottom": top + 20, "size": 16}
    >>> spread(fragments([ch(0), ch(36), ch(72)])), spread(fragments([ch(0), ch(24)]))
    (12.0, 0.0)
    >>> head = {"text": "ข", "x0": 0, "x1": 6, "top": -30, "bottom": -18, "size": 12}
    >>> spread(fragments([head, ch(0), ch(25), ch(50), ch(75)]))  # lines 25 apart, under a head of 12 pt
    1.0
    """
    # Each step against its own line's size: a page head in a smaller font may come first.
    steps = sorted(f.top - e.top - 1.5 * e.size for e, f in zip(parts, parts[1:])
                   if abs(f.x0 - e.x0) < 1 and 0 < f.top - e.top < 3 * e.size)
    return max(0.0, steps[len(steps) // 2]) if steps else 0.0


def blocks(parts: list[Fragment], wider: float = 0.0) -> list[Block]:
    """Fragments as cells' texts: the next line of a cell is drawn right
    after the line above it, starts inside that cell's span and is close
    below (``wider``: by that much more, lines being spread), and stands
    under that line as a cell's lines do (:func:`_aligned`); anything else
    (back up the page, off to the side) starts another. So does the line
    under the first line drawn, if that is in another size: a page head.
    A line in another size is spread from none: a page foot under a cell's
    last line, as far below as the cell's lines are from each other. The
    rest of a line a browser justified is that line's (:func:`_justified_rest`).

    >>> ch = lambda top, size: {"text": "ก", "x0": 43, "x1": 80, "top": top, "bottom": top + size, "size": size}
    >>> [len(b.parts) for b in blocks(fragments([ch(53, 12), ch(86, 16), ch(111, 16)]), 7)]
    [1, 2]
    >>> [len(b.parts) for b in blocks(fragments([ch(428, 16), ch(473, 16), ch(531, 12)]), 22)]  # a foot
    [2, 1]
    """
    out: list[Block] = []
    i = 0
    while i < len(parts):
        f = parts[i]
        # A justified line's rest (blocks of one piece each), and then the cell's next line (its first line's, say).
        j = len(out) - 1
        while j > 0 and len(out[j].parts) == 1 and _after_space(out[j - 1].parts[-1], out[j].parts[0]):
            j -= 1
        rest = [b.parts[0] for b in out[j + 1:]]
        if rest and _next_line(out[j].parts[-1], f, wider) and _justified_rest(out[j].parts[-1], rest, f, below=True):
            del out[j + 1:]
            out[j].parts[-1] = Fragment.of(out[j].parts[-1].chars + [c for r in rest for c in r.chars])
        if out:
            b = out[-1]
            last = b.parts[-1]
            below = _next_line(last, f, wider)
            head = len(out) == 1 and len(b.parts) == 1 and abs(f.size - last.size) >= 1
            if below and b.x0 - last.size <= f.x0 < b.x1 and _aligned(last, f) and not head:
                b.parts.append(f)
                i += 1
                continue
            if len(b.parts) > 1:  # a justified line's rest, under the cell's lines: up to the line's end
                n = i + 1
                while n < len(parts) and _after_space(parts[n - 1], parts[n]):
                    n += 1
                if _justified_rest(last, parts[i:n], max(b.parts[:-1], key=lambda e: e.x1)):
                    b.parts[-1] = Fragment.of(last.chars + [c for r in parts[i:n] for c in r.chars])
                    i = n
                    continue
        out.append(Block([f]))
        i += 1
    return [part for i, b in enumerate(out)
            for part in _row_start(b, out[i + 1] if i + 1 < len(out) else None, _row_on(out[i + 1:]))]


def _after_space(a: Fragment, b: Fragment) -> bool:
    """``b`` goes on ``a``'s line after a word space drawn at ``a``'s end
    however far on (a line that wraps ends in one; Chromium draws a space
    at its word and moves the next word on to justify a line).

    >>> ch = lambda t, x0, x1: {"text": t, "x0": x0, "x1": x1, "top": 483, "bottom": 498, "size": 15}
    >>> a, b = Fragment.of([ch("ก", 669, 699), ch(" ", 699, 704)]), Fragment.of([ch("ข", 763, 802)])
    >>> _after_space(a, b), _after_space(Fragment.of(a.chars[:1]), b), _after_space(b, a)
    (True, False, False)
    """
    return (abs(b.top - a.top) <= SAME_LINE * a.size and b.x0 > a.x1 and abs(b.size - a.size) < 0.5
            and any(c["text"] == " " and abs(c["x0"] - a.x1) < 1 for c in (a.chars[-1], b.chars[0])))


def _justified_rest(last: Fragment, rest: list[Fragment], line: Fragment, below: bool = False) -> bool:
    """``rest`` (pieces left to right) is the rest of a cell's line
    ``last``, beyond word spaces a browser stretched (:func:`_after_space`):
    each gap looks like a cell's end. But the spaces say the cell's text
    wraps there, and another of the cell's lines, ``line``, says where the
    cell is: its widest line above, reaching past where ``rest`` starts
    (where no other cell could stand) and ending where ``rest`` does, as
    justified lines end; or (``below``) the line drawn next, at ``last``'s
    start, the drawing back in that cell (its lines may all end short of
    ``rest``, Thai words not being stretched).

    >>> ch = lambda t, x0, x1, top: {"text": t, "x0": x0, "x1": x1, "top": top, "bottom": top + 15, "size": 15}
    >>> line = lambda x0, x1, top, space=False: Fragment.of([ch("ก", x0, x1, top)] + [ch(" ", x1, x1 + 5, top)] * space)
    >>> last, above = line(669, 699, 483, space=True), line(669, 802, 457)   # พ.ศ. under ... ๖ เดือน กุมภาพันธ
    >>> _justified_rest(last, [line(763, 802, 483)], above)   # ๒๕๖๖
    True
    >>> _justified_rest(last, [line(763, 790, 483)], above)   # ends short of the cell's lines: a cell beside
    False
    >>> _justified_rest(line(669, 699, 483), [line(763, 802, 483)], above)   # no space: the cell ended
    False
    >>> _justified_rest(last, [line(720, 740, 483, space=True), line(770, 802, 483)], above)   # two gaps
    True
    >>> _justified_rest(line(718, 732, 42, space=True), [line(749, 802, 42)], line(718, 792, 68), below=True)
    True
    >>> _justified_rest(line(718, 732, 42), [line(749, 802, 42)], line(718, 792, 68), below=True)  # a new row under
    False
    """
    if not all(_after_space(a, b) for a, b in zip([last, *rest], rest)) or abs(line.x0 - last.x0) > 0.5 * last.size:
        return False
    return below or abs(line.x1 - rest[-1].x1) <= 0.5 * last.size


def _next_line(last: Fragment, f: Fragment, wider: float = 0.0) -> bool:
    """``f`` is the line after ``last`` (``wider``: lines spread by that much).

    >>> line = lambda top: Fragment.of([{"text": "ก", "x0": 0, "x1": 9, "top": top, "bottom": top + 15, "size": 15}])
    >>> _next_line(line(258), line(284), 11), _next_line(line(258), line(258)), _next_line(line(258), line(330))
    (True, False, False)
    """
    return (f.top > last.top + SAME_LINE * last.size
            and f.top - last.bottom < NEXT_LINE * last.size + (0.0 if _sizes_apart(f.size, last.size) else wider))


def _row_on(after: list[Block]) -> list[Block]:
    """Of the blocks ``after`` one, the cells drawn after the first, left to
    right: a row's later cells."""
    row: list[Block] = []
    for c in after[1:]:
        if c.x0 <= (row[-1] if row else after[0]).x0:
            break
        row.append(c)
    return row


def _aligned(last: Fragment, f: Fragment) -> bool:
    """Whether line ``f`` may be the next of a cell whose line ``last`` is:
    it starts left of it or a little right (an indent), or, in one size,
    they share a middle or a right end (centred, right-aligned). Not a
    column's line far right of a page head's start, drawn right under it.

    >>> line = lambda x0, x1, size=16: Fragment.of([{"text": "ก", "x0": x0, "x1": x1, "top": 0, "bottom": size,
    ...                                              "size": size}])
    >>> [_aligned(line(28, 459), line(x0, x1)) for x0, x1 in ((28, 300), (60, 400), (407, 504), (200, 287), (300, 459))]
    [True, True, False, True, True]
    >>> _aligned(line(28, 399, 12), line(331, 397))  # a page head's end, by chance
    False
    """
    size = last.size
    same = abs(f.size - size) < 0.5
    return (f.x0 - last.x0 <= 3 * size or same and (abs((f.x0 + f.x1) - (last.x0 + last.x1)) <= size
                                                    or abs(f.x1 - last.x1) <= 0.1 * size))


def _row_start(b: Block, nxt: Block | None = None, later: list[Block] | tuple = ()) -> list[Block]:
    """``b`` split where a table's row starts inside it: text right above a
    table, as wide as the page, and the first cell's lines below it at
    nearly the same left edge read as one block. The next cell, drawn
    right after it, starts on the line of that row's top, to the right of
    the lines below and left of where the lines above end, a step down
    wider than the lines' pitch; so may a ``later`` one of the row's cells,
    where the next is centred (the row's top: the highest of them under
    those lines). Cells centred or aligned to the bottom
    start lower or higher than the first cell: then the row starts at the
    widest step down after the last line that reaches past the next cell,
    above that cell's top, or right after that line if the next cell is
    on the last one and no step is wider than the pitch (or, the cells
    aligned to the bottom, if no step is). Where the row's other cells are
    centred, it starts at the line that centres it too (:func:`_centred_start`).

    >>> f = lambda x1, top: Fragment.of([{"text": "ก", "x0": 57, "x1": x1, "top": top, "bottom": top + 16,
    ...                                   "size": 16}])
    >>> title, cell = [f(500, 40), f(120, 64)], [f(150, 100), f(150, 124), f(150, 148)]  # the title's last line short
    >>> nxt = lambda top: Block([Fragment.of([{"text": "ข", "x0": 200, "x1": 260, "top": top, "bottom": top + 16,
    ...                                         "size": 16}])])
    >>> [[[p.top for p in part.parts] for part in _row_start(Block(title + cell), nxt(top))] for top in (100, 124)]
    [[[40, 64], [100, 124, 148]], [[40, 64], [100, 124, 148]]]
    >>> heading = [f(500, 40), f(120, 70)]  # a short heading under a paragraph, further down
    >>> [[p.top for p in part.parts] for part in _row_start(Block(heading + cell), nxt(100))]
    [[40, 70], [100, 124, 148]]
    >>> close = [f(500, 76)] + cell  # no gap under a title row; the next cell on the last line: aligned to the bottom
    >>> [[p.top for p in part.parts] for part in _row_start(Block(close), nxt(148))]
    [[76], [100, 124, 148]]
    >>> two = Block(nxt(124).parts + nxt(148).parts)  # the next cell's two lines end on the last line too
    >>> [[p.top for p in part.parts] for part in _row_start(Block(close), two)]
    [[76], [100, 124, 148]]
    >>> even = [f(500, 52), f(150, 76)] + cell  # lines one pitch apart all down; the next cell centred
    >>> [[p.top for p in part.parts] for part in _row_start(Block(even), nxt(124), [nxt(100)])]
    [[52, 76], [100, 124, 148]]
    >>> para = [f(500, 40), f(90, 64), f(150, 98), f(150, 130), f(150, 162)]  # a paragraph's lines, a cell's wider
    >>> later = Block(nxt(130).parts + nxt(162).parts)  # cells aligned to the bottom: one starts on the row's second
    >>> [[p.top for p in part.parts] for part in _row_start(Block(para), nxt(162), [later])]
    [[40, 64], [98, 130, 162]]
    >>> even = [f(500, 40), f(500, 64), f(150, 88), f(150, 112.5), f(150, 137)]  # headings at the cell's pitch
    >>> later = Block(nxt(112.5).parts + nxt(137).parts)  # aligned to the bottom; no step wider than another
    >>> [[p.top for p in part.parts] for part in _row_start(Block(even), nxt(137), [later])]
    [[40, 64], [88, 112.5, 137]]
    """
    if nxt is None:
        return [b]
    wide = [j for j, part in enumerate(b.parts) if part.x1 > nxt.x0]
    tolerance = SAME_LINE * nxt.size
    if not wide:
        return [b]
    top = min([nxt.top] + [c.top for c in later if c.top > b.parts[wide[-1]].top + tolerance])
    # The row starts below the lines above it, and beside the block's.
    if wide[-1] == len(b.parts) - 1 or not (b.parts[wide[-1]].top + tolerance < top <= b.parts[-1].top + tolerance):
        return [b]
    first = wide[-1] + 1
    steps = {j: b.parts[j].top - b.parts[j - 1].top for j in range(first, len(b.parts))
             if j == first or b.parts[j].top <= top + tolerance}
    widest = lambda js: max(js, key=lambda j: (steps[j], -j))  # noqa: E731
    k = next((k for k in steps if abs(b.parts[k].top - top) <= tolerance), None)  # on the row's top
    pitch = min(f.top - e.top for e, f in zip(b.parts, b.parts[1:]))
    # The row's cells all end on the block's last line, starting on two lines or more: aligned to the bottom,
    # so their tops say nothing of the first cell's (its lines may be spaced wider than the text's above).
    cells = [nxt, *later]
    bottom = (max(c.top for c in cells) - min(c.top for c in cells) > tolerance
              and all(abs(c.parts[-1].top - b.parts[-1].top) <= tolerance for c in cells))
    if (j := _centred_start(b, cells, first, tolerance)) is not None:
        return [Block(b.parts[:j]), Block(b.parts[j:])]
    if k is None or bottom:
        # No step wider than the pitch (headings spaced as the cell's lines): right under the last wide line.
        j = widest(steps) if max(steps.values()) > pitch + tolerance else first
    elif steps[k] > pitch + tolerance:  # a gap above it: the row's top
        j = k
    else:
        # One line's pitch under the line before: a centred cell's second line (the cell starts
        # at a wider step above it), or, with no gap anywhere and the next cell ending on the
        # last line, cells aligned to the bottom.
        gaps = [j for j in steps if j < k and steps[j] > pitch + tolerance]
        ends = k == len(b.parts) - 1 or abs(nxt.parts[-1].top - b.parts[-1].top) <= tolerance
        j = widest(gaps) if gaps else first if ends else k
    return [Block(b.parts[:j]), Block(b.parts[j:])]


def _centred_start(b: Block, cells: list[Block], first: int, tolerance: float) -> int | None:
    """Where the first cell starts in ``b``, its lines from ``first`` on,
    if the row's other ``cells`` are centred top to bottom (two or more,
    starting on different lines, one middle): the one line that centres it
    too. Its top lines may stand alone above the others', as close under a
    paragraph as that paragraph's lines are to each other.

    >>> f = lambda top: Fragment.of([{"text": "ก", "x0": 43, "x1": 120, "top": top, "bottom": top + 15,
    ...                               "size": 15}])
    >>> cell = lambda *tops: Block([f(t) for t in tops])
    >>> para = cell(250, 280, 309, 349, 385, 421, 458)  # a paragraph's three lines, then the cell's four
    >>> _centred_start(para, [cell(403), cell(385, 421)], 3, 4.5)
    3
    >>> _centred_start(para, [cell(385), cell(385, 421)], 3, 4.5) is None  # aligned to the top
    True
    """
    middles = [c.middle for c in cells]
    if (len(cells) < 2 or max(c.top for c in cells) - min(c.top for c in cells) <= tolerance
            or max(middles) - min(middles) > tolerance):
        return None
    fits = [j for j in range(first, len(b.parts)) if abs(Block(b.parts[j:]).middle - middles[0]) <= tolerance]
    return fits[0] if len(fits) == 1 else None


def _rows(cells: list[Block]) -> list[list[Block]]:
    """Cells in drawing order as rows: a row's next cell is to the right of
    the one before and starts above the bottom of all its cells so far. A
    "row" all to the right of the one before that goes back up beside it is
    one with it: a cell drawn lower than the row's top (a paragraph's space
    above its first line at a page's top) started it.

    >>> b = lambda x, top: Block([Fragment.of([{"text": "ก", "x0": x, "x1": x + 40, "top": top, "bottom": top + 15,
    ...                                          "size": 15}])])
    >>> [[c.x0 for c in row] for row in _rows([b(28, 44), b(149, 63), b(295, 44), b(370, 44)])]
    [[28, 149, 295, 370]]
    >>> [[c.x0 for c in row] for row in _rows([b(28, 44), b(149, 63), b(295, 63)])]  # not back up: a row
    [[28], [149, 295]]
    """
    rows: list[list[Block]] = []
    for b in cells:
        if rows:
            row = rows[-1]
            if b.x0 > row[-1].x1 - 1 and b.top < max(c.bottom for c in row):
                row.append(b)
                continue
        rows.append([b])
    out: list[list[Block]] = []
    for row in rows:
        if out and row[0].x0 > out[-1][-1].x1 - 1 and min(c.top for c in row) < max(c.bottom for c in out[-1]):
            out[-1] += row
            continue
        out.append(row)
    return out


def _drawn(chars: list[dict], lefts: tuple[float, ...] = (), walls: tuple[float, ...] = ()
           ) -> tuple[list[list[Block]], float]:
    """Chars in drawing order as rows of cells' texts, and how much further
    apart than single-spaced the page's lines are (:func:`spread`)."""
    parts = fragments(chars, lefts, walls)
    wider = spread(parts)
    return _rows(blocks(parts, wider)), wider


def _went_up(row: list[Block]) -> bool:
    """The row was drawn cell by cell: a cell starts a line or more above
    the last line of the cell before it."""
    return any(b.top <= a.parts[-1].top - a.size for a, b in zip(row, row[1:]))


def _columns(rows: list[list[Block]]) -> list[tuple[float, float]]:
    """Column spans: the spans of the cells of rows of two cells or more,
    merged where they overlap."""
    spans = sorted((b.x0, b.x1) for row in rows if len(row) > 1 for b in row)
    out: list[list[float]] = []
    for a, b in spans:
        if out and a < out[-1][1] - 0.5:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _segments(rows: list[list[Block]], wider: float = 0.0) -> list[list[list[Block]]]:
    """Runs of rows with no wide gap between one and the next (``wider``:
    lines being spread, by that much more). A row that starts beside the
    run's text goes with it however far under its own cell above (in any
    font size); a line alone in a font of another size
    (:func:`_apart_in_size`) does not go with the run above or below it."""
    out: list[list[list[Block]]] = []
    reach = 0.0  # the lowest text of the run so far
    for i, row in enumerate(rows):
        top, bottom = min(c.top for c in row), max(c.bottom for c in row)
        if out:
            prev = out[-1][-1]
            gap = _row_gap(rows, i, prev[0].size)
            if top >= reach:  # below a header's cells merged down past its second row: from them
                gap = top - reach
            # Beside the run's text, cells merged down past its top: a header's second row, however far
            # under its own cell above (cells centred, or aligned to the bottom).
            beside = top < reach - 0.5 * prev[0].size
            if beside or (-prev[0].size < gap < TABLE_GAP * prev[0].size + wider and not _apart_in_size(out[-1], row)
                          and not _new_columns(out[-1], row, gap)):
                out[-1].append(row)
                reach = max(reach, bottom)
                continue
        out.append([row])
        reach = bottom
    return out


def _new_columns(run: list[list[Block]], row: list[Block], gap: float) -> bool:
    """``row`` starts another table right under the run's: MIN_COLUMNS of
    its cells or more start where no cell of the run's rows does, and the
    ``gap`` over it is wider, by half a line, than any between the run's
    rows (Chromium: cells without padding, each table its own columns,
    tables a line apart), or it is the run's first row again (the same
    header over the next section's table, no gap between the tables).

    >>> f = lambda x, top: Block([Fragment.of([{"text": "ก", "x0": x, "x1": x + 40, "top": top, "bottom": top + 14,
    ...                                         "size": 14}])])
    >>> run = [[f(52, 48), f(121, 48), f(199, 48)], [f(52, 66), f(121, 66), f(199, 66)]]  # rows 4 apart
    >>> _new_columns(run, [f(52, 648), f(114, 648), f(174, 648), f(315, 648)], 14.5)
    True
    >>> _new_columns(run, [f(52, 648), f(121, 648), f(199, 648), f(315, 648)], 14.5)  # the same columns
    False
    >>> _new_columns(run, [f(52, 648), f(114, 648), f(174, 648), f(315, 648)], 4)  # as close as its rows
    False
    >>> _new_columns(run, [f(60, 84), f(114, 84), f(174, 84)], 4)  # the header again (all "ก" here)
    True
    """
    gaps = [_gap(a, b) for a, b in zip(run, run[1:])]
    if len(row) < MIN_COLUMNS or not gaps:
        return False
    lefts = [b.x0 for r in run for b in r]
    if sum(all(abs(b.x0 - x) > 3 for x in lefts) for b in row) < MIN_COLUMNS:
        return False
    header_again = [_skeleton(b.chars) for b in row] == [_skeleton(b.chars) for b in run[0]]
    return gap > max(gaps) + 0.5 * row[0].size or header_again


def _apart_in_size(run: list[list[Block]], row: list[Block]) -> bool:
    """The run of rows so far is a line alone, or ``row`` is, in a font of
    another size than the other's: a page's head or foot over or under a
    table (12 pt over cells of 14), not a row of it.

    >>> f = lambda x, size: Block([Fragment.of([{"text": "ก", "x0": x, "x1": x + 9, "top": 0, "bottom": size,
    ...                                          "size": size}])])
    >>> _apart_in_size([[f(28, 12)]], [f(352, 14), f(520, 14)]), _apart_in_size([[f(28, 14)]], [f(352, 14)])
    (True, False)
    >>> _apart_in_size([[f(28, 16), f(352, 16)], [f(352, 14)]], [f(28, 16), f(352, 16)])  # a header's 2nd row
    False
    """
    size = statistics.median(b.size for r in run for b in r)
    lone = (len(run) == 1 and _one_line(run[0])) or _one_line(row)
    return lone and _sizes_apart(size, row[0].size)


def _sizes_apart(a: float, b: float) -> bool:
    """Fonts of sizes ``a`` and ``b`` differ by more than ``SIZE_APART`` of
    the larger: a page's head or foot (12 pt) beside cells' text (14 pt).

    >>> _sizes_apart(12, 14), _sizes_apart(15.9, 16)
    (True, False)
    """
    return abs(a - b) > SIZE_APART * max(a, b)


def _gap(a: list[Block], b: list[Block]) -> float:
    return min(c.top for c in b) - max(c.bottom for c in a)


def _row_gap(rows: list[list[Block]], i: int, tolerance: float, ends_before: bool = True) -> float:
    """From row ``i - 1`` down to row ``i``; under row ``i``'s own cells
    where it starts beside cells merged down over it (``_beside_merged``)."""
    a, b = rows[i - 1], rows[i]
    return _under(a, b) if _beside_merged(rows, i, tolerance, ends_before) else _gap(a, b)


def _beside_merged(rows: list[list[Block]], i: int, tolerance: float, ends_before: bool = True) -> bool:
    """Row ``i`` starts beside cells of the row before that go on below its
    top (``tolerance``: by more than that), as a header's second row beside
    the cells merged down over both, and a later row starts below all of
    them or (``ends_before``) they end before row ``i`` does, or it is the
    last row (the page cut the cells merged down). Cells that go
    on below it and every later row are one tall cell, and the "rows" beside
    it lines of one cell (a list with its numbers hanging)."""
    if i == 0 or _gap(rows[i - 1], rows[i]) > -tolerance:
        return False
    bottom = max(c.bottom for c in rows[i - 1])
    return ((ends_before and bottom <= max(c.bottom for c in rows[i]) + tolerance)
            or any(min(c.top for c in later) >= bottom - tolerance for later in rows[i + 1:])
            or (ends_before and i == len(rows) - 1))


def _under(a: list[Block], b: list[Block]) -> float:
    """From row ``a`` down to row ``b``, counted only under the cells of
    ``b``: a header's cells merged down over its second row reach past the
    top of that row's cells beside them. None of ``a``'s over them (the
    page cut the header's first row, and that cell ended on the last page):
    no gap.

    >>> f = lambda x, top: Fragment.of([{"text": "ก", "x0": x, "x1": x + 40, "top": top, "bottom": top + 14,
    ...                                  "size": 14.0}])
    >>> rest = [Block([f(43, 48), f(43, 72), f(43, 96)]), Block([f(256, 48), f(256, 72)])]
    >>> _under(rest, [Block([f(256, 100)])]), _under(rest, [Block([f(320, 48)])])  # under the cell, beside them
    (14, 0.0)
    """
    over = [y.top - x.bottom for x in a for y in b if x.x0 < y.x1 and y.x0 < x.x1]
    return min(over) if over else 0.0


def _without_apart(rows: list[list[Block]], rest: list[Block] | None = None) -> list[list[Block]]:
    """Rows of one cell left out at either end where a gap wider than the
    table's usual one between its rows parts them from it: a short heading
    or note above or below the table, inside its first column. The rest of
    a cell the page cut sits as close as any row; ``rest`` is one, drawn on
    from the header drawn again over it (:func:`_past_header`)."""
    size = rows[0][0].size
    gaps = (sorted(_gap(a, b) for a, b in zip(rows, rows[1:]) if len(a) > 1 and len(b) > 1)
            # A header's second row of one cell between it and the first row:
            # beside that one (under its own cells, beside the header's merged down).
            or sorted(g for i in range(1, len(rows)) if len(rows[i - 1]) > 1 or len(rows[i]) > 1
                      for g in [_row_gap(rows, i, SAME_LINE * size)] if g >= 0))
    if not gaps:
        return rows
    usual = gaps[len(gaps) // 2]
    apart = lambda a, b: _gap(a, b) > max(1.5 * usual, usual + 0.5 * size)
    while len(rows) > 1 and len(rows[0]) == 1 and apart(rows[0], rows[1]):
        rows = rows[1:]
    while len(rows) > 1 and len(rows[-1]) == 1 and rows[-1] is not rest and apart(rows[-2], rows[-1]):
        rows = rows[:-1]
    return rows


def _table(rows: list[list[Block]], least: int = 2, top: bool = True, rest: list[Block] | None = None
           ) -> Found | None:
    """The rows as a table, if they are one: at least MIN_COLUMNS columns,
    ``least`` rows or more, one of them drawn cell by cell, and every cell inside
    one column or across whole ones (a title over the row). Rows of one
    cell across columns at either end are left out (a heading above the
    table, a paragraph below it), and again after headings inside the first
    column are (:func:`_without_apart`); one inside a column stays (the rest
    of a cell the page cut), but only at the page's top (``top``: nothing
    but a running head above ``rows``, none of them left out, and the last
    page's table, if any, filled its page): elsewhere it is a title row or
    a heading whose text fits in the first column.
    ``rest``: a row's rest, drawn on from the header over it. Lines over
    the first row's first cell are left out where they start left of it
    (:func:`_lines_over`)."""
    rows = _lines_over(rows)
    spans = _columns(rows)
    if len(spans) < MIN_COLUMNS:
        return None
    lefts = [a for a, _ in spans]
    # A cell's column: where it starts, if it ends before the next column starts.
    room = list(zip(lefts, lefts[1:] + [math.inf]))
    column = lambda b: next((k for k, (a, z) in enumerate(room) if a - 1 <= b.x0 and b.x1 <= z + 1), None)
    within = lambda row: len(row) > 1 or column(row[0]) is not None
    first = rows[0]
    while rows and not within(rows[0]):
        rows = rows[1:]
    while rows and not within(rows[-1]):
        rows = rows[:-1]
    rows = _without_apart(rows, rest)
    while rows and not within(rows[0]):  # a title across, under headings left out
        rows = rows[1:]
    # Two lines of one cell each stacked in one column are headings over the
    # table: a cell's rest is one block of lines.
    headings = len(rows) > 1 and all(_one_line(r) for r in rows[:2]) and abs(rows[0][0].x0 - rows[1][0].x0) < 1
    if not (top and rows and rows[0] is first) or headings:
        while len(rows) > 1 and len(rows[0]) == 1:
            rows = rows[1:]
    if len(rows) < least or not any(_went_up(r) for r in rows):
        return None
    table = Found(lefts + [spans[-1][1]], [b for _, b in spans], [])
    for i, row in enumerate(rows):
        cells: list[list[dict]] = [[] for _ in spans]
        for b in row:
            k = column(b)
            if k is None:  # across columns: a title over the row, or not a table
                across = [k for k, (a, z) in enumerate(room) if b.x0 < z and b.x1 > a]
                if len(row) > 1 or not across:
                    return None
                k = across[0]
            cells[k].extend(b.chars)
        table.rows.append(_band(rows, i))
        table.cells.append(cells)
    return table


def _lines_over(rows: list[list[Block]]) -> list[list[Block]]:
    """``rows`` without the lines that start the first cell of the first
    row of MIN_COLUMNS cells or more left of where the first cells of the
    later such rows (two or more) all start: a paragraph's last lines
    right over the table, read into its header's first cell (the header's
    cells aligned to the bottom, the first one the tallest, so starting
    right under the paragraph; Chromium sweep m9-14). They are the page's
    text.

    >>> f = lambda x, top: Fragment.of([{"text": "ก", "x0": x, "x1": x + 80, "top": top, "bottom": top + 16,
    ...                                  "size": 16}])
    >>> row = lambda top, *firsts: [Block([f(x, top + 20 * k) for k, x in enumerate(firsts)]),
    ...                             Block([f(145, top)]), Block([f(231, top)])]
    >>> rows = [row(266, 34.5, 40.5, 40.5), row(393, 40.5, 40.5), row(766, 40.5)]
    >>> [p.x0 for p in _lines_over(rows)[0][0].parts]
    [40.5, 40.5]
    >>> rows[0] = row(266, 40.5, 60.5, 60.5)  # a first line outdented: the cell's own (a hanging list)
    >>> len(_lines_over(rows)[0][0].parts)
    3
    """
    k = next((k for k, r in enumerate(rows) if len(r) >= MIN_COLUMNS), len(rows))
    starts = [r[0].x0 for r in rows[k + 1:] if len(r) >= MIN_COLUMNS]
    if len(starts) < 2 or max(starts) - min(starts) > 1:
        return rows
    first = rows[k][0]
    j = next((j for j, p in enumerate(first.parts) if p.x0 >= starts[0] - 1), 0)
    if j == 0:
        return rows
    return [*rows[:k], [Block(first.parts[j:]), *rows[k][1:]], *rows[k + 1:]]


def _band(rows: list[list[Block]], i: int) -> tuple[float, float]:
    """Row ``i``'s top and bottom, down to the next row's top, so a row's
    fill is measured in its own band."""
    bottom = max(b.bottom for b in rows[i])
    if i + 1 < len(rows):
        bottom = max(bottom, min(b.top for b in rows[i + 1]) - 0.01)
    return min(b.top for b in rows[i]), bottom


class LineEnd(NamedTuple):
    """Where a cell of the last page's last row ends its last line."""

    x: float
    text: str = ""  # the cell's text (its last word may go on at this page's top)


class GoingOn(NamedTuple):
    """The table the last page ended with, as a row of it going on here needs it."""

    columns: list[float]  # ``Found.columns``; of a ruled table, its column lines
    rights: list[float]  # where each column's text ends (``Found.rights``; ruled, its column lines)
    # Where each cell of its last row ends its last line (None: empty); None if the table ended short of its page's
    # foot (the page cut none of its rows).
    ends: list[LineEnd | None] | None = None
    head: list[list[str]] | None = None  # its first rows' cells' text, as the last page drew them (a header)
    ruled_rows: bool = False  # ruled, a rule between each two of its rows (two or more)
    bottom: bool = False  # the document's cells aligned to the bottom (bottom_votes, of the pages so far)


def may_go_on(going_on: GoingOn | None) -> bool:
    """Whether a row of the last page's table may go on at this page's top:
    there was none known, or the table filled its page (its ``ends`` known)."""
    return going_on is None or going_on.ends is not None


def first_cell_ended(going_on: GoingOn | None) -> bool:
    """Whether the last page's cut row had its first cell empty at the
    page's foot (``ends[0]`` None): that cell's text had ended, so a line
    in the first column at this page's top is not its rest. Cells aligned
    to the bottom aside, whose text may start on a later page.

    >>> cut = [None, LineEnd(330.0, "สำนักปลัด")]  # the first cell empty at the foot, the second cut
    >>> first_cell_ended(GoingOn([57, 298, 446], [275, 360], cut))
    True
    >>> [first_cell_ended(g) for g in (GoingOn([57, 298, 446], [275, 360], cut, bottom=True),
    ...                                  GoingOn([57, 298, 446], [275, 360]), None)]  # bottom; ended short; none
    [False, False, False]
    """
    return bool(going_on and going_on.ends and going_on.ends[0] is None and not going_on.bottom)


def tables(chars: list[dict], going_on: GoingOn | None = None) -> tuple[list[Found], list[dict]]:
    """The tables without ruling lines among ``chars`` (in drawing order),
    and the chars left: the page's other text. ``going_on``: the table the
    last page ended with. The rest of one of
    its rows at this page's top, or a row right under a table found here, is
    a table too (:func:`rest_of_row`), and a line is cut where its columns
    start (:func:`fragments`). So is a row alone at the page's foot, or at its top
    under that rest at most (:func:`foot_row`)."""
    found: list[Found] = []
    taken: set[int] = set()
    going_on = GoingOn(*going_on) if going_on else None  # a plain (columns, rights) too
    boxed = boxed_as_their_lines(chars)  # a fallback font's glyph on its line, not above it
    rows, wider = _drawn(boxed, tuple(going_on.columns[:-1]) if going_on else ())
    k = 0  # the first row under a running head and the header drawn again: where a row's rest may start
    under = 0  # the first row under a running head (or a rest of one line): where the header drawn again starts
    rest = None  # a row's rest parted from the header's cells it was drawn on from: however far under them
    if going_on and rows:
        while k < len(rows) - 1 and _one_line(rows[k]):
            k += 1
        drawn, under = len(rows), k
        k = _past_header(rows, k, going_on.head or [], going_on.columns)
        # Under the header drawn again (its cells parted from it, or not): a
        # cell centred in what is left of the row may sit far under it.
        again = len(rows) > drawn or k > under
        parts = _rest_over_row(rows[k], going_on.columns, going_on.bottom)
        # Where the last page cut none of its rows, what stands over the row is a heading (left out as text), in
        # its first column; a later column's lines over the others are that cell's own (a tall header cell's).
        if may_go_on(going_on) or len(parts) < 2 or all(b.x0 <= min(x.x0 for x in parts[1]) + 1 for b in parts[0]):
            rows[k:k + 1] = parts
        rest = rows[k] if again else None
    above: list[list[Block]] = []  # rows since the last table: none, or a running head
    # A cell's rest may stand alone at the page's top, unless the last page's table ended short of its foot.
    cut = may_go_on(going_on)
    over = not first_cell_ended(going_on)  # a first column's rest may stand alone right over a table
    rests = 0  # tables found so far, while all are the rest of the last page's row
    segments = _segments(rows, wider)
    # The last run of rows not all of one line: below it, at most a page number or so.
    foot = max((i for i, segment in enumerate(segments) if not all(_one_line(r) for r in segment)), default=0)
    for i, segment in enumerate(segments):
        head_only = all(_one_line(r) for r in above)  # nothing above but a running head
        offset = sum(map(len, segments[:i]))  # rows above this segment
        after = max(0, k - offset)  # in this segment, the row k
        header_rows = after if under <= offset else 0  # its first rows: the header drawn again
        # Below all the rest but a page number.
        at_foot = i >= foot and all(len(row) == 1 for later in segments[i + 1:] for row in later)
        parts = (_rest_then_table(segment, going_on.columns, going_on.rights, going_on.ends, at_foot, after, over,
                                  header_rows) if going_on and head_only and not found else None)
        t = parts[-1] if parts else _table(segment, top=cut and not found and head_only, rest=rest)
        if t is not None and not (parts or found) and segment[-1] is rest and len(t.rows) == len(segment):
            rests += 1  # the header drawn again and the row's rest under it, no more: that rest
        if t is None and going_on and head_only:
            t = rest_of_row(segment, going_on.columns, going_on.rights, going_on.ends, after=after)
            # Only then the next segment, read again below: a first column's rest right over a table
            # (or its one row: the second part of a table split by hand).
            if t is None and i + 1 < len(segments) and over and (
                    _table(segments[i + 1], top=False) or foot_row(segments[i + 1])) is not None:
                t = rest_of_row(segment, going_on.columns, going_on.rights, going_on.ends, over_table=True,
                                after=after)
            if t is not None and len(found) == rests:
                rests += 1
        # At the page's top, under the last page's row's rest at most: the second part of a table split by hand.
        if t is None and (i >= foot or going_on and head_only and len(found) == rests):
            t = foot_row(segment)
        # Below all the rest but a page number: its run's last row (a table's first line may sit
        # as close under lines spaced out as they are to each other).
        if t is None and at_foot:
            t = _foot_line_under([row for earlier in segments[:i] for row in earlier] + segment[:-1], segment[-1])
        if t is None:
            above += segment
            continue
        for t in parts or [t]:
            found.append(t)
            taken.update(id(c) for row in t.cells for cell in row for c in cell)
        last = max((i for i, row in enumerate(segment) if id(row[0].chars[0]) in taken), default=len(segment) - 1)
        going_on, above = GoingOn(t.columns, t.rights), segment[last + 1:]  # a paragraph the table left out
    return found, [c for c, b in zip(chars, boxed) if id(b) not in taken]


def rest_of_row(rows: list[list[Block]], columns: list[float], rights: list[float],
                ends: list[LineEnd | None] | None = None, over_table: bool = False, after: int = 0) -> Found | None:
    """``rows`` as rows of the table with ``columns`` (and text ends
    ``rights``) that the last page ended with: the rest of a row the page
    cut, and any after it (the next row's first line at this page's foot).
    Each of a row's cells in one of the columns and starting at its left,
    the row drawn cell by cell or starting right at the columns' lefts; a
    cell alone only so, and in a column right of the first (one at the left
    margin is as likely a paragraph), but ``over_table``, right over another
    table, where one of two lines or more wrapped inside the first column
    is the row's rest too. So is a first line alone in the first column
    whose first word could not have ended the line the last page's cell
    there ended with (``ends``, :func:`_wrapped_from`): the first row, or
    row ``after``, the first under a running head and the header drawn
    again. A table whose header is not
    repeated on each page has nothing else on a page that holds one tall
    row's middle."""
    found = Found(list(columns), list(rights), [])
    for i, row in enumerate(rows):
        cells = _in_columns(row, columns, over_table, i in (0, after) and _wrapped_from(row, ends, columns, rights))
        if cells is None:
            return None
        found.rows.append(_band(rows, i))
        found.cells.append(cells)
    # Its own lines may reach further than the last page's (a header alone there, maybe): their letters.
    found.rights = [max([right, *(Fragment.of(row[k]).x1 for row in found.cells if row[k])])
                    for k, right in enumerate(rights)]
    return found if found.rows else None


def _in_columns(row: list[Block], columns: list[float], over_table: bool = False, wrapped_from: bool = False
                ) -> list[list[dict]] | None:
    """``row``'s chars per column, if it is a row in ``columns`` as
    :func:`rest_of_row` asks; else None.

    >>> f = lambda x, top: Fragment.of([{"text": "ก", "x0": x, "x1": x + 25, "top": top, "bottom": top + 14,
    ...                                  "size": 14.0}])
    >>> columns = [57, 114, 231, 352, 526]
    >>> rest = [Block([f(57, 44), f(57, 66), f(57, 88)])]  # มาก น้อย เพียงใด
    >>> _in_columns(rest, columns), [len(c) for c in _in_columns(rest, columns, over_table=True)]
    (None, [3, 0, 0, 0])
    >>> _in_columns([Block([f(57, 44)])], columns, True), _in_columns([Block([f(231, 44)])], columns) is not None
    (None, True)
    >>> len(_in_columns([Block([f(57, 44)])], columns, wrapped_from=True))  # ใด, after เพียง that filled its line
    4
    """
    cells: list[list[dict]] = [[] for _ in columns[:-1]]
    at = []
    for b in row:
        k = _column_at(b, columns)
        if k is None or b.x1 > (columns[k + 1] if k + 2 < len(columns) else math.inf) + 1 or (at and k <= at[-1]):
            return None
        at.append(k)
        cells[k].extend(b.chars)
    flush = all(b.x0 - columns[k] < 0.5 * b.size for b, k in zip(row, at))
    # A cell alone in the first column over a table: of two lines or more, wrapped inside it (a paragraph's run wider).
    wrapped = over_table and len(row) == 1 and len(row[0].parts) >= 2 and len(columns) > 2
    if not (_went_up(row) or flush and (len(row) > 1 or at[0] > 0 or wrapped or wrapped_from)):
        return None
    return cells


def _wrapped_from(row: list[Block], ends: list[LineEnd | None] | None, columns: list[float],
                  rights: list[float]) -> bool:
    """``row`` is one cell, in the first column, whose first word would not
    have fit on the last line of the last page's cell there (``ends[0]``):
    the cell wrapped onto this page. Where the word would have fit, the
    row ended there (a heading under the table). That line's room ends at
    :func:`parsers.layout.unruled_room` (of the column's text end
    ``rights[0]`` and the next column's start); past the column's widest
    line but short of that, where a dictionary word runs across the two
    lines (:func:`parsers.layout.word_across`), the line broke inside it.

    >>> f = lambda x, w, top, t="ก": Fragment.of([{"text": t, "x0": x, "x1": x + w, "top": top, "bottom": top + 14,
    ...                                            "size": 14.0}])
    >>> columns, rights = [28.0, 81.0, 200.0], [67.0, 180.0]
    >>> _wrapped_from([Block([f(28, 16, 47)])], [LineEnd(60.0), None], columns, rights)  # ใด after เพียง (28-60)
    True
    >>> _wrapped_from([Block([f(28, 16, 47)])], [LineEnd(40.0), None], columns, rights)  # the last line ended short
    False
    >>> _wrapped_from([Block([f(28, 12, 47)])], [LineEnd(60.0), None], columns, rights)  # would have fit before 81
    False
    >>> [_wrapped_from([Block([f(28, 12, 47, "ใด")])], [LineEnd(60.0, t), None], columns, rights)
    ...  for t in ("มากน้อยเพียง", "ชัดเจน")]  # past 67, not 74: เพียงใด is one word
    [True, False]
    >>> two = [Block([f(28, 16, 47)]), Block([f(90, 16, 47)])]  # not alone: other rules read it
    >>> _wrapped_from(two, [LineEnd(60.0), None], columns, rights), _wrapped_from(two[:1], None, columns, rights)
    (False, False)
    """
    if not ends or ends[0] is None or len(row) != 1 or len(columns) < 2:
        return False
    right = unruled_room(rights[0], columns[1], row[0].size)
    first = lines(row[0].parts[0].chars)  # with its spaces: a word ends at one
    end = ends[0].x + first_word(first[0]) if first else 0.0
    return end > right or end > rights[0] and word_across(ends[0].text, "".join(c["text"] for c in row[0].chars))


def _rest_then_table(rows: list[list[Block]], columns: list[float], rights: list[float],
                     ends: list[LineEnd | None] | None = None, at_foot: bool = False, after: int = 0,
                     over_table: bool = True, header_rows: int = 0) -> list[Found] | None:
    """``rows`` as the rest of the last page's row (under its header drawn
    again, maybe), in its ``columns``, then a table of other columns right
    under it, as close as its own rows are (HTML tables laid out each for
    its text: Chromium; or one row as :func:`foot_row` takes it: the second
    part of a table split in two by hand, a header the page left alone;
    or, ``at_foot``, the page's last, one line as :func:`foot_line` takes
    it, under a title maybe): the most rows from the top that fit the
    columns, and a table of the others. Under the rest, lines of text
    alone (one piece each) leave it alone (as :func:`rest_of_row` takes it;
    ``after`` and ``over_table`` as there; ``over_table`` False where the
    last page's first cell had ended, :func:`first_cell_ended`). Not where
    no more than the header drawn again (its first ``header_rows`` rows)
    fits the columns: no row's rest is there, and the header is the
    table's under it (a new table of the same header in its own widths,
    964-5 of --two-looks)."""
    k = 0
    while k < len(rows) and _in_columns(rows[k], columns, over_table,
                                        k in (0, after) and _wrapped_from(rows[k], ends, columns, rights)):
        k += 1
    if not header_rows < k < len(rows):
        return None
    t = _table(rows[k:], top=False) or foot_row(rows[k:])
    if t is None and at_foot:
        t = _foot_line_under(rows[:-1], rows[-1])
    if t is None and all(len(row) == 1 for row in rows[k:]):  # then text: a title over the next page's table
        rest = rest_of_row(rows[:k], columns, rights, ends, after=after)
        return [rest] if rest else None
    if t is None or _same_columns(t.columns[:-1], columns[:-1]):
        return None
    # The table's columns the last page's less some (a word gap of a justified line taken for a row there
    # read as one more), the rest's cells starting at its columns: the rest is that table's first row.
    if len(t.columns) < len(columns) and all(any(abs(x - y) < 4 for y in columns) for x in t.columns[:-1]):
        rest = rest_of_row(rows[:k], t.columns, t.rights, ends, over_table, after)
        if rest is not None:
            return [Found(t.columns, t.rights, rest.rows + t.rows, rest.cells + t.cells)]
    return [rest_of_row(rows[:k], columns, rights, ends, over_table, after), t]


def _same_columns(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) < 4 for x, y in zip(a, b))


def foot_row(rows: list[list[Block]]) -> Found | None:
    """``rows`` as a table's first row alone at the page's foot (nothing
    below it but a line or two: a page number), the page cut it, or as a
    table's last row alone at its top, where the last page ended in a table
    (a row of other columns than that table's: the second part, one row, of
    a table split in two by hand): one row of MIN_COLUMNS cells or more,
    drawn cell by cell, each inside a column (a title over it aside). A
    table takes two rows, but a header the page left alone is one; its table
    goes on on the next page (:mod:`parsers.continuation`)."""
    t = _table(rows, least=1, top=False)
    if t is None or len(t.rows) != 1 or sum(1 for cell in t.cells[0] if cell) < MIN_COLUMNS:
        return None
    return t


def _foot_line_under(above: list[list[Block]], line: list[Block]) -> Found | None:
    """``line`` as :func:`foot_line` takes it, where all ``above`` it ends
    above its top (a line of a paragraph beside it would not)."""
    return foot_line([line]) if all(b.bottom <= line[0].top for row in above for b in row) else None


def foot_line(rows: list[list[Block]]) -> Found | None:
    """``rows`` as one line of MIN_COLUMNS pieces or more at the page's
    foot (nothing below it but a page number or so): a table's first row,
    its first line only, the page cut it. Drawn left to right, it never goes
    back up, so nothing tells it from a line of text spaced out: it is taken
    on trust (``Found.on_trust``), a row only where the next page's first
    table goes on in its columns (:mod:`parsers.continuation`). A gap after
    a space parts two cells here (a one-line cell's trailing space): if the
    line is justified, the next page's columns will not fit it. A title
    right over it, across where its pieces start, is left out (text); so
    is a heading inside the first column.

    >>> f = lambda x, top, w=60: Fragment.of([{"text": "ก", "x0": x, "x1": x + w, "top": top, "bottom": top + 15,
    ...                                        "size": 15.0}])
    >>> heading = Block([f(28, 447, 160), f(28, 489, 219), f(28, 530)])  # เครื่องมือ... ตัวชี้วัดที่ ๗ ..., ประเด็น
    >>> line = [heading] + [Block([f(x, 530)]) for x in (254, 357, 590, 714)]
    >>> t = foot_line([line])
    >>> t.columns[:-1], [len(cell) for cell in t.cells[0]], t.on_trust
    ([28, 254, 357, 590, 714], [1, 1, 1, 1, 1], True)
    >>> foot_line([[line[0], Block([f(254, 489, 50), f(254, 530)]), *line[2:]]]) is None  # a cell's line above
    True
    """
    if len(rows) != 1:
        return None
    parts = [f for b in rows[0] for f in b.parts]
    last = max(f.top for f in parts)
    on = [f for f in parts if abs(f.top - last) <= SAME_LINE * f.size]
    # A piece of spaces alone is the last cell's trailing space, drawn with the next cell's text.
    row = sorted((Block([Fragment.of(piece)]) for f in on for piece in _cut_after_spaces(f.chars)
                  if any(c["text"].strip() for c in piece)), key=lambda b: b.x0)
    # Lines above it: a title, drawn with the header's first cell, running across where a piece starts; or a
    # heading in the first column, drawn with its cell (the row's other cells would start on its first line).
    if any(f.bottom > last + 1 or not (any(f.x0 < b.x0 - 1 < f.x1 for b in row) or len(row) > 1 and f.x1 < row[1].x0)
           for f in parts if f not in on):
        return None
    if len(row) < MIN_COLUMNS:
        return None
    return Found([b.x0 for b in row] + [row[-1].x1], [b.x1 for b in row], [_band(rows, 0)],
                 [[b.chars for b in row]], on_trust=True)


def _one_line(row: list[Block]) -> bool:
    return len(row) == 1 and len(row[0].parts) == 1


# All but consonants, digits and Latin letters: text as read raw (ผ้่รับ, กำาหนด)
# and as repaired (ผู้รับ, กำหนด) alike.
_SKELETON = re.compile(r"[^\u0e01-\u0e2e\u0e50-\u0e59A-Za-z0-9]+")


def _skeleton(chars: list[dict]) -> str:
    """The chars' text as :data:`_SKELETON` leaves it: consonants, digits and
    Latin letters only, so a header drawn again compares whatever its
    vowels, marks, spaces and wraps.

    >>> _skeleton([{"text": t} for t in "ผู้รับ ผิด"])
    'ผรบผด'
    """
    return _SKELETON.sub("", "".join(c["text"] for c in chars))


def _header_again(rows: list[list[Block]], head: list[list[str]]) -> int:
    """How many of ``rows``, from the first, draw again the header of the
    last page's table (``head``, its first rows' cells' text): each block's
    text (of its consonants, digits and letters: repaired or not) in one of
    its cells, the first row's in MIN_COLUMNS of them or more.

    >>> f = lambda x, t: Fragment.of([{"text": t, "x0": x, "x1": x + 40, "top": 86, "bottom": 101, "size": 15.0}])
    >>> head = [["ประเด็นที่", "ผู้รับผิดชอบ", "ขั้นตอน"], ["", "", "กำหนดเวลา"]]
    >>> row = [Block([f(43, "ประเด็นที่")]), Block([f(118, "ผ้่รับผิดชอบ")]), Block([f(285, "ขั้นตอน")])]
    >>> _header_again([row, [Block([f(285, "กำาหนด")])], [Block([f(43, "๑.")])]], head)
    2
    >>> _header_again([row[:2], [Block([f(285, "กำหนด")])]], head)  # two cells: a header?
    0
    >>> _header_again([[Block([f(43, "ประเด็น")]), *row[1:]]], head)  # a cell's first line: not a short part
    1
    >>> _header_again([[Block([f(43, "ป")]), *row[1:]]], head)
    0
    """
    cells = [_SKELETON.sub("", t) for row in head for t in row]
    n = 0
    while (n < len(rows) and n < len(head) and (n or len(rows[n]) >= MIN_COLUMNS)
           and all(_known(b, cells) for b in rows[n])):
        n += 1
    return n


def _known(b: Block, cells: list[str]) -> bool:
    """Whether block ``b`` draws a header cell's text again (``cells``: their
    skeletons): a cell's whole text, or a long part of one (a cell drawn in
    two blocks), not ๑. of ๑.จัดให้มี...; or more of one the last page
    clipped (a cell merged down over the header's second row: its first
    lines there).

    >>> f = lambda t: Block([Fragment.of([{"text": t, "x0": 43, "x1": 83, "top": 86, "bottom": 101, "size": 15.0}])])
    >>> cells = [_SKELETON.sub("", t) for t in ("ประเด็นที่ต้องปรับปรุง แก้ไข/ ประเด็นที่ต้อง", "ผู้รับผิดชอบ")]
    >>> [_known(f(t), cells) for t in ("ประเด็นที่ต้องปรับปรุง แก้ไข/ ประเด็นที่ต้องพัฒนา", "ผู้รับผิด", "ผู้รับผิดชอบงาน")]
    [True, True, False]
    """
    s = _skeleton(b.chars)
    return bool(s) and (s in cells or len(s) >= 4 and any(s in c or len(c) >= 12 and s.startswith(c) for c in cells))


def _header_cut(row: list[Block], head: list[list[str]], under: list[Block] | None = None
                ) -> tuple[list[Block], list[Block]] | None:
    """``row`` as the header of the last page's table drawn again (``head``,
    as :func:`_header_again` reads it), some of its cells run on into the
    row's rest under them in their columns (the lines between them spaced
    as a cell's): its blocks, cut after the lines that draw a header cell's
    whole text, as the header's and the rest's. A block drawing a header
    cell's text whole is not cut, and the rest starts below all the header.
    ``under``: the header's first row, drawn again over ``row``, its second
    (``head``'s second row's cells only cut it).

    >>> f = lambda x, top, t: Fragment.of([{"text": t, "x0": x, "x1": x + 40, "top": top, "bottom": top + 15,
    ...                                     "size": 15.0}])
    >>> head = [["ประเด็นที่", "ผู้รับผิดชอบ", "การดำเนินการ"]]
    >>> last = Block([f(400, 45, "การดำาเนิน"), f(400, 70, "การ"), f(400, 95, "โคก"), f(400, 120, "สนวน")])
    >>> row = [Block([f(43, 45, "ประเด็นที่")]), Block([f(118, 45, "ผ้่รับผิดชอบ")]), last]
    >>> [[len(b.parts) for b in r] for r in _header_cut(row, head)]
    [[1, 1, 2], [2]]
    >>> _header_cut(row[:2] + [Block(last.parts[:2])], head) is None  # nothing under it
    True
    >>> wrapped = Block([f(400, 45, "การดำาเนินการ"), f(400, 70, "ๆ")])  # all a cell's text (as พัฒน|า)
    >>> _header_cut(row[:2] + [wrapped], head) is None
    True
    >>> tall = Block([f(43, 45, "ประเด็นที่"), f(43, 70, "แก้ไข"), f(43, 95, "อื่น")])  # beside the last's lines
    >>> _header_cut([tall, row[1], last], head) is None
    True
    """
    if len(row) < MIN_COLUMNS and not under:
        return None
    cells = [_SKELETON.sub("", t) for r in (head[1:2] if under else head) for t in r]
    header, rest = [], []
    for b in row:
        text = ""
        for j, part in enumerate(b.parts[:-1] if not _known(b, cells) else [], 1):
            text += _skeleton(part.chars)
            if text in cells and b.parts[j].top > part.top + SAME_LINE * part.size:
                header.append(Block(b.parts[:j]))
                rest.append(Block(b.parts[j:]))
                break
        else:
            header.append(b)
    # Under the header: the rest starts below all of it (a header cell's lines the page clipped go on beside it).
    below = rest and min(b.top for b in rest) > max(b.bottom for b in header)
    above = [under] if under else []
    return (header, rest) if below and _header_again([*above, header], head) == len(above) + 1 else None


def _past_header(rows: list[list[Block]], k: int, head: list[list[str]], columns: list[float] | tuple = ()) -> int:
    """Where the rows from ``k`` on pass the header drawn again
    (:func:`_header_again`; at least one row must follow). A header of one
    row whose cells ran on into the rest of a row under them
    (:func:`_header_cut`) is parted from it: ``rows`` get the rest as a row
    of its own, under the header; so is a header's second row's.

    Given the table's ``columns``, a header's later rows stand in them, and
    a row of the table follows it there: a header drawn again whose last
    row is followed by a table of other columns ends a row earlier, that
    row being the rest of the last page's row (Chromium, a new table right
    under it; its text, a measure's, was found in the last page's rows).

    >>> f = lambda x, top, t: Fragment.of([{"text": t, "x0": x, "x1": x + 40, "top": top, "bottom": top + 15,
    ...                                     "size": 15.0}])
    >>> head = [["ประเด็นที่", "ผู้รับผิดชอบ", "การรายงานผล"], ["", "", "กำหนดเวลาแล้วเสร็จ"], ["ก", "ข", "ค"]]
    >>> first = [Block([f(x, 45, t)]) for x, t in ((43, "ประเด็นที่"), (118, "ผ้่รับผิดชอบ"), (300, "การรายงานผล"))]
    >>> rest = Block([f(300, 70, "กำาหนดเวลา"), f(300, 95, "แล้วเสร็จ"), f(300, 120, "ภายใน"), f(300, 145, "ระยะเวลา")])
    >>> rows = [first, [rest]]
    >>> _past_header(rows, 0, head), [[len(b.parts) for b in r] for r in rows]
    (2, [[1, 1, 1], [2], [2]])
    >>> rows = [first, [rest]]
    >>> _past_header(rows, 0, [*head[:1], ["ก", "ข", "กำหนดเวลาแล้วเสร็จ"]]), len(rows)  # under a one-row header
    (1, 2)
    """
    cut = _header_cut(rows[k], head) if k < len(rows) else None
    # A header of one row: a header's cells merged down over its second row may run on past it (the page
    # clipped them where the last page drew it, so ``head`` holds their first lines only).
    if cut and _header_again([cut[0], *rows[k + 1:]], head) == 1:
        rows[k:k + 1] = [cut[0], cut[1]]
        return k + 1
    n = _header_again(rows[k:-1], head)
    if columns:
        n = next((j for j in range(1, n) if not _within_columns(rows[k + j], columns)), n)
        if n > 1 and not _within_columns(rows[k + n], columns):
            n -= 1
    # Or the second row of a header of two (a cell or two under the first's, the others merged down over
    # it: not a row of the table's), its cells run on into the rest under them.
    second = len(head) > 1 and 0 < sum(map(bool, head[1])) < MIN_COLUMNS
    cut = _header_cut(rows[k + 1], head, rows[k]) if n == 1 and second and k + 1 < len(rows) else None
    if cut:
        rows[k + 1:k + 2] = [cut[0], cut[1]]
        return k + 2
    return k + n


def _within_columns(row: list[Block], columns: list[float] | tuple) -> bool:
    """Whether each of ``row``'s cells stands inside one of ``columns`` (its
    lefts, then the last one's right), left to right, one a column:
    centred maybe, as a header's are.

    >>> b = lambda x0, x1: Block([Fragment.of([{"text": "ก", "x0": x0, "x1": x1, "top": 0, "bottom": 15, "size": 15}])])
    >>> columns = [38, 137, 225, 342, 466, 556]
    >>> _within_columns([b(225, 309), b(342, 424)], columns), _within_columns([b(38, 94), b(114, 182)], columns)
    (True, False)
    """
    at = -1
    for c in row:
        k = bisect_right(columns, c.x0 + 1) - 1
        if not at < k < len(columns) - 1 or c.x1 > columns[k + 1] + 1:
            return False
        at = k
    return True


def bottom_votes(rows: list[list[list[dict]]]) -> int:
    """How much a table's rows (each a list of cells' chars) say its cells
    are aligned to the bottom: one for each row whose cells of two heights
    or more all end on one line (starting lower where shorter), less one
    for each whose cells all start on one line and end on others (aligned
    to the top). Centred cells do neither; rows of cells of one height say
    nothing, nor does the last row: the page may have cut it, and a cut
    row's first part starts on one line however its cells are aligned.

    >>> c = lambda top, n: [{"top": top + 25 * i, "bottom": top + 25 * i + 15, "size": 15.0} for i in range(n)]
    >>> bottom_votes([[c(100, 3), c(150, 1), []], [c(200, 2), c(200, 2)], []])  # ending on one line
    1
    >>> bottom_votes([[c(100, 3), c(150, 1)], [c(200, 2), c(200, 1)], []])  # one each way
    0
    >>> bottom_votes([[c(100, 3), c(125, 1)], []]), bottom_votes([[c(100, 3), c(100, 1)]])  # centred; the last
    (0, 0)
    """
    votes = 0
    for row in rows[:-1]:
        cells = [c for c in row if c]
        if len(cells) < 2:
            continue
        tolerance = SAME_LINE * max(ch["size"] for c in cells for ch in c)
        tops = [min(ch["top"] for ch in c) for c in cells]
        bottoms = [max(ch["bottom"] for ch in c) for c in cells]
        one_top, one_bottom = max(tops) - min(tops) <= tolerance, max(bottoms) - min(bottoms) <= tolerance
        votes += (one_bottom and not one_top) - (one_top and not one_bottom)
    return votes


def _rest_over_row(row: list[Block], columns: list[float] | tuple = (), bottom: bool = False) -> list[list[Block]]:
    """A page's first ``row`` as two rows where some of its cells hold the
    end of a row the last page cut too (a header's or a row's rest, no rule
    under it, its lines spaced as a cell's): the other cells, two or more,
    all start on one line that each of those has a line on, and the rows
    part there. Cells of one row start on one line; centred ones of other
    heights do not (:func:`_rest_over_centred` parts those), and those of
    one height sit halfway down the tall ones.
    Cells aligned to the bottom all end on one line, the short ones drawn
    lower: where they do, and nothing in the first column of ``columns``
    (the table's lefts) starts above that line, no row starts there; nor
    anywhere they do where the document's cells are aligned to the
    ``bottom`` (:func:`bottom_votes`). A row of one line numbering the
    columns under a header's first cell's rest does, however aligned. Nor
    does one where the lines above each start where a cell of it does,
    not all at ``columns``: they are its own (a new table's header, in
    widths of its own, aligned to the bottom).

    >>> f = lambda x, top: Fragment.of([{"text": "ก", "x0": x, "x1": x + 40, "top": top, "bottom": top + 15,
    ...                                  "size": 15.0}])
    >>> rest = Block([f(57, 48), f(57, 73), f(57, 99), f(57, 125)])
    >>> [[(b.x0, b.top) for b in r] for r in _rest_over_row([rest, Block([f(148, 99)]), Block([f(304, 99)])])]
    [[(57, 48)], [(57, 99), (148, 99), (304, 99)]]
    >>> len(_rest_over_row([rest, Block([f(148, 99)]), Block([f(304, 73)])]))  # centred: no one line
    1
    >>> len(_rest_over_row([rest, Block([f(148, 86)]), Block([f(304, 86)])]))  # centred, one line each
    1
    >>> three, two = Block([f(57, 48), f(57, 73), f(57, 99)]), Block([f(400, 48), f(400, 73)])
    >>> len(_rest_over_row([three, Block([f(148, 73)]), Block([f(304, 73)]), two]))  # two: in the first row only
    1
    >>> rest = Block([f(148, 48), f(148, 73), f(148, 99), f(148, 125)])  # a cut row's cells aligned to the bottom
    >>> len(_rest_over_row([rest, Block([f(304, 99), f(304, 125)]), Block([f(400, 99), f(400, 125)])], [57, 148]))
    1
    >>> len(_rest_over_row([rest, Block([f(57, 125)]), Block([f(400, 125)])], [57, 148]))  # the first cell's too
    1
    >>> tall = Block([f(57, 48), f(57, 73), f(57, 99), f(57, 125)])
    >>> short = [Block([f(148, 99), f(148, 125)]), Block([f(304, 99), f(304, 125)])]
    >>> len(_rest_over_row([tall, *short], [57, 148])), len(_rest_over_row([tall, *short], [57, 148], bottom=True))
    (2, 1)
    >>> head = Block([f(57, 48), f(57, 73)])  # a header's first cell's rest, then column numbers
    >>> len(_rest_over_row([head, Block([f(148, 73)]), Block([f(304, 73)])], [57, 148]))
    2
    >>> n = lambda x, top, t: Block([Fragment.of([{**f(x, top).chars[0], "text": t}])])
    >>> head = Block([f(57, 48), n(57, 73, "(๑)").parts[0]])  # so, where the cells are aligned to the bottom
    >>> len(_rest_over_row([head, n(148, 73, "(๒)"), n(304, 73, "(๓)")], [57, 148], bottom=True))
    2
    >>> two = [Block([f(57, 48), f(57, 73)]), Block([f(148, 73)]), Block([f(304, 48), f(304, 73)]), Block([f(400, 73)])]
    >>> len(_rest_over_row(two, [57, 200, 260, 390, 500])), len(_rest_over_row(two, [57, 140, 298, 390, 500]))
    (1, 2)
    """
    first = min(b.top for b in row)
    size = max(b.size for b in row)
    late = [b for b in row if b.top > first + SAME_LINE * size]
    late_ids = {id(b) for b in late}
    if late and (parts := _rest_by_pitch(row, late)):
        return parts
    if len(late) >= 2 and max(b.top for b in late) - min(b.top for b in late) > SAME_LINE * size:
        return _rest_over_centred(row, late)
    if len(late) < 2:
        return [row]
    line = min(b.top for b in late)
    centred = lambda a: all(abs(b.middle - a.middle) < 0.5 * size for b in late)  # noqa: E731
    others = [a for a in row if id(a) not in late_ids]
    # Centred too: a header's first row of cells merged down over its second
    # row but for one or two, which end on that line (centred in the first row only).
    if any(map(centred, others)) and all(centred(a) or a.bottom <= line + 1.5 * size for a in others):
        return [row]
    above, below = [], []
    for b in row:
        if id(b) in late_ids:
            below.append(b)
            continue
        j = next((j for j, f in enumerate(b.parts) if abs(f.top - line) <= SAME_LINE * f.size), None)
        if not j:
            return [row]
        above.append(Block(b.parts[:j]))
        below.append(Block(b.parts[j:]))
    above_first = len(columns) > 1 and any(id(b) not in late_ids and b.x0 < columns[1] - 1 for b in row)
    # A row of one line numbering the columns is no row's last line, however the cells are aligned.
    numbers = all(len(b.parts) == 1 for b in below) and column_numbering(
        ["".join(c["text"] for c in b.chars) for b in below])
    if (bottom or len(columns) > 1 and not above_first) and not numbers and (
            max(b.bottom for b in row) - min(b.bottom for b in row) <= SAME_LINE * size):
        return [row]
    # The top lines each where a cell under them starts, not all in the last page's table's columns: that row's
    # own (a new table's header, aligned to the bottom, in widths of its own), no rest.
    if len(columns) > 1 and all(any(abs(a.x0 - b.x0) <= 1 for b in below) for a in above) and not all(
            _column_at(a, columns) is not None for a in above):
        return [row]
    return [above, sorted(below, key=lambda b: b.x0)]


def _column_at(b: Block, columns: list[float] | tuple) -> int | None:
    """The column of the table's ``columns`` (its lefts; the last, its
    right end) that ``b`` starts at, as a cell's text does (a line of it,
    maybe); None if it starts at none.

    >>> b = Block([Fragment.of([{"text": "ก", "x0": 62.4, "x1": 90, "top": 0, "bottom": 14, "size": 14.0}])])
    >>> _column_at(b, [57, 148, 300]), _column_at(b, [40, 148, 300]), _column_at(b, [64, 148, 300])
    (0, None, None)
    """
    k = bisect_right(columns, b.x0 + 1) - 1
    return k if 0 <= k < len(columns) - 1 and b.x0 - columns[k] <= b.size else None


def _rest_by_pitch(row: list[Block], late: list[Block]) -> list[list[Block]] | None:
    """``row`` as :func:`_rest_over_row` parts it where its cells are aligned
    to the bottom (those starting lower, ``late``, and the rest of the
    others end on one line; in a row the page cuts, the short ones may end
    on one less than a line above the rest): each other block that goes on
    under the highest of ``late`` steps down to it by other than its lines'
    pitch (a step each of its others takes): a rest's last line, then a
    cell's first (LibreOffice draws a cell's first line of lines spread
    apart nearer its top). Else None.

    >>> f = lambda x, top: Fragment.of([{"text": "ก", "x0": x, "x1": x + 40, "top": top, "bottom": top + 14,
    ...                                  "size": 14.0}])
    >>> first = Block([f(71, t) for t in (46.5, 85.9, 118.4, 157.8, 197.1, 236.5)])
    >>> late = [Block([f(290, t) for t in (118.4, 157.8, 197.1, 236.5)]), Block([f(496, t) for t in (197.1, 236.5)])]
    >>> [[b.top for b in r] for r in _rest_by_pitch([first, *late], late)]
    [[46.5], [118.4, 118.4, 197.1]]
    >>> even = Block([f(71, t) for t in (79, 118.4, 157.8, 197.1, 236.5)])  # one pitch all down: one cell
    >>> _rest_by_pitch([even, *late], late) is None
    True
    >>> cut = [Block([f(290, t) for t in (118.4, 157.8, 197.1, 236.5)]), Block([f(496, t) for t in (191.2, 230.6)])]
    >>> [[b.top for b in r] for r in _rest_by_pitch([first, *cut], cut)]  # a cut row: 496's ends 5.9 higher
    [[46.5], [118.4, 118.4, 191.2]]
    >>> cut[1] = Block([f(496, t) for t in (157.8, 197.1)])  # a line higher: not aligned to the bottom
    >>> _rest_by_pitch([first, *cut], cut) is None
    True
    """
    top = min(b.top for b in late)
    ids = {id(b) for b in late}
    above, below = [], list(late)
    pitches = []  # the steps of the blocks parted, but for the one to ``top``
    for b in row:
        if id(b) in ids:
            continue
        tolerance = SAME_LINE * b.size
        j = next((j for j, f in enumerate(b.parts) if abs(f.top - top) <= tolerance), None)
        if j is None:
            if b.bottom > top:
                return None
            above.append(b)  # a rest that ends above the row
            continue
        steps = [f.top - e.top for e, f in zip(b.parts, b.parts[1:])]
        others = steps[:j - 1] + steps[j:]
        if (j == 0 or len(others) < 2 or max(others) - min(others) > tolerance
                or abs(steps[j - 1] - statistics.median(others)) <= tolerance):
            return None
        above.append(Block(b.parts[:j]))
        below.append(Block(b.parts[j:]))
        pitches += others
    if len(below) == len(late):
        return None
    tolerance = SAME_LINE * max(b.size for b in row)
    low, high = max(b.bottom for b in below), min(b.bottom for b in below)
    # All end on one line; or, where the page cut the row, the cells aligned to the bottom on one less than
    # a line above the lowest, the parted ones' (LibreOffice aligns them to a cut row's part a little short).
    if (low - high > tolerance and low - high >= statistics.median(pitches) - tolerance
            or any(high + tolerance < b.bottom < low - tolerance for b in below)
            or any(b.bottom < low - tolerance for b in below[len(late):])):
        return None
    return [above, sorted(below, key=lambda b: b.x0)]


def _rest_over_centred(row: list[Block], late: list[Block]) -> list[list[Block]]:
    """``row`` as :func:`_rest_over_row` parts it where the cells starting
    lower, ``late`` (two or more, on no one line), are centred: halfway down
    each they share one middle, and each other block, taller, holds a row's
    rest over a cell centred there too (its lines from where its bottom is
    as far under that middle), the row's tallest: reaching over and under
    all of them. Cells aligned to the top or the bottom that start on other
    lines have other middles; a header's two rows in one column, beside
    cells merged down over both, reach under none of them.

    >>> f = lambda x, top: Fragment.of([{"text": "ก", "x0": x, "x1": x + 40, "top": top, "bottom": top + 15,
    ...                                  "size": 15.0}])
    >>> tall = Block([f(43, top) for top in range(48, 190, 25)])  # 48 to 173: ต้อง พัฒนา | ตัวชี้วัดที่ ๙ ...
    >>> centred = [Block([f(148, 123), f(148, 148)]), Block([f(304, 135)])]  # middles at 143 and 142.5
    >>> [[(b.x0, b.top, len(b.parts)) for b in r] for r in _rest_over_centred([tall, *centred], centred)]
    [[(43, 48, 2)], [(43, 98, 4), (148, 123, 2), (304, 135, 1)]]
    >>> late = [Block([f(148, 98), f(148, 123)]), Block([f(304, 98), f(304, 123), f(304, 148)])]  # to the top
    >>> len(_rest_over_centred([tall, *late], late))
    1
    >>> two = Block([f(400, top) for top in (48, 73, 98, 123)])  # การรายงานผล... over กำหนดเวลาแล้วเสร็จ
    >>> merged = [Block([f(43, 98), f(43, 123), f(43, 148)]), Block([f(148, 123)])]  # middles at 130.5
    >>> len(_rest_over_centred([two, *merged], merged))
    1
    """
    size = max(b.size for b in row)
    middles = [b.middle for b in late]
    if max(middles) - min(middles) > SAME_LINE * size:
        return [row]
    at = sum(middles) / len(middles)
    tolerance = SAME_LINE * size
    above, below = [], list(late)
    for b in (b for b in row if all(b is not x for x in late)):
        j = next((j for j, f in enumerate(b.parts) if abs(f.top - (2 * at - b.bottom)) <= SAME_LINE * f.size), None)
        if not j or b.bottom < max(x.bottom for x in late) - tolerance or (
                b.parts[j].top > min(x.top for x in late) + tolerance):
            return [row]
        above.append(Block(b.parts[:j]))
        below.append(Block(b.parts[j:]))
    return [above, sorted(below, key=lambda b: b.x0)]


def split_row(chars: list[dict], columns: list[float], first: bool = False, head: list[list[str]] | None = None,
              bottom: bool = False) -> list[tuple[float, list[list[dict]]]] | None:
    """The rows drawn inside one ruled row (a table ruled between its columns
    only, or under its header only, holds all its rows in one), each as its
    top and its chars per column (``columns``: the ruled column lines); None
    unless there are two or more, each below the cells of the one before
    over it (a tall cell's paragraphs after an empty line are not another
    row: the next cells go back up beside them; a header's cells merged
    down over its second row are beside that row), each starting left of
    the last cell of the one before (a cell aligned to the bottom below a
    short one beside it, or lines of one cell far apart, are not rows;
    but on the page's first, past the header drawn again, they are the
    row before's), one
    of them of MIN_COLUMNS cells or more (a header), and each cell inside a
    column. ``first``: the page's first ruled row, the last page having
    ended in a table: it may start with that table's row's rest
    (:func:`_rest_over_row`, under that table's first rows ``head`` drawn
    again maybe; or in one cell alone, far over a row of cells aligned to
    the bottom), or with its header drawn again (its second row too) and,
    under it, the rest in the last columns only. ``bottom``: the document's
    cells are aligned to the bottom."""
    rows, _ = _drawn(boxed_as_their_lines(chars), walls=tuple(columns))
    # The page's first ruled row may hold the last page's row's rest: the
    # row after it starts where that does.
    k = _past_header(rows, 0, head or []) if first and rows else 0
    # The last page's table one row, the page cut it, not drawn again here: a table's first lines, its
    # header's most likely. Its rest's cells all ending on one line are aligned to the bottom (no votes
    # yet before a document's first row), not a rest over a row of one line in every cell.
    lone = k == 0 and head is not None and len(head) == 1
    parts = _rest_over_row(rows[k], columns, bottom or lone) if first and rows else []
    rest = len(parts) == 2
    if rest:
        rows[k:k + 1] = parts
    if len(rows) < 2 or not any(len(row) >= MIN_COLUMNS for row in rows):
        return None
    i = 1
    while i < len(rows):
        a, b = rows[i - 1], rows[i]
        if i < k:
            # Rows of the header drawn again, as the last page drew them: its cells merged down over its
            # second row are clipped at that row's foot, their lines past it still in the text layer.
            i += 1
            continue
        tolerance = SAME_LINE * a[0].size
        # Only with a row below them all: inside one ruled row, a cell's first
        # line drawn on its own beside a tall cell ends before the rest does.
        # The page's first: the last page's row's rest, or its header drawn again; or that rest in one
        # cell alone, all over a row of cells aligned to the bottom (far under it: a block apart).
        after_rest = first and (rest and i == k + 1 or i == 1 and (
            len(a) >= MIN_COLUMNS or len(a) == 1 and len(b) >= MIN_COLUMNS and a[0].bottom < min(x.top for x in b)))
        # Or under a header of two rows drawn again, the second of fewer cells.
        after_rest = after_rest or (i == 2 and first and not rest and len(rows[0]) >= MIN_COLUMNS
                                    and len(a) < MIN_COLUMNS)
        if _row_gap(rows, i, tolerance, ends_before=False) < -tolerance:
            return None
        if b[0].x0 >= a[-1].x0 - 1 and not after_rest:
            # Not a row: lines of one cell far apart, or cells aligned to the bottom under short ones
            # beside them (the whole is one row). On the page's first, past the header drawn again,
            # they are the row before's: the last page's row's rest, or a header's the page cut.
            if not (first and i > k):
                return None
            rows[i - 1:i + 1] = [sorted(a + b, key=lambda x: x.x0)]
            continue
        i += 1
    if len(rows) < 2:
        return None
    out = []
    for row in rows:
        cells: list[list[dict]] = [[] for _ in columns[:-1]]
        for b in row:
            k = bisect_right(columns, b.x0 + 0.5) - 1
            if not 0 <= k < len(cells) or b.x1 > columns[k + 1] + 1:
                return None
            cells[k].extend(b.chars)
        out.append((min(c.top for c in row), cells))
    return out
