"""Tables that go on across pages: which table a page's first table
continues, the repeated header row dropped, and a row the page cut in two
put back together, cell by cell. Format-neutral: PDF text-layer and OCR'd
pages both give ``PageTable``s."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from normalize.digits import arabic_digits, column_numbering
from parsers import layout
from parsers.model import Cell, Row, Table


MAX_HEADER_ROWS = 3
RELATIVE_COLUMNS = 0.015  # of the table's width: OCR'd columns on pages cropped and scaled apart
CELL_PADDING = 10.0  # points: most a cell's text starts right of its column line (Word, LibreOffice: 5.4-5.8)
FULL_LINE = 1.5  # of the font size: a line ending this close to its column's end may have wrapped
FOOT_ROOM = 30.0  # points: a table that filled its page ends at most this far above the lowest seen (filled_page)
LAYOUT_STEP = 0.1  # points: twice a twip, the unit word processors lay lines out in (_next_word)


@dataclass(frozen=True)
class Fill:
    """Where a cell's text sits in its row."""

    below: float  # space between the text and the row's bottom
    lines: int
    above: float  # space between the row's top and the text
    size: float  # font size of the text
    pitch: float = 0.0  # baseline to baseline, of two lines or more
    end: float = 0.0  # x where its last line ends
    word: float = 0.0  # width of its first line's first word (parsers.layout.first_word)


@dataclass
class PageTable:
    table: Table
    bbox: tuple[float, float, float, float]
    columns: list[float]  # x of column boundaries
    open_top: bool = False  # no border drawn where the page cut it: a row goes on
    open_bottom: bool = False
    last_row_fill: list[Fill | None] | None = None  # per cell of the last row, None if empty
    # Per cell of each of its first rows (MAX_HEADER_ROWS and the one under them), None if empty,
    # by row: row k's measured by ``measure_top(k)`` when first asked (fills_of), as few are.
    top_fills: dict[int, list[Fill | None]] = field(default_factory=dict)
    measure_top: Callable[[int], list[Fill | None]] | None = field(default=None, repr=False, compare=False)
    page_height: float = 0.0
    row_lines: list[int] = field(default_factory=list)  # per row: lines of its tallest cell (text layer)
    line_pitch: float = 0.0  # baseline to baseline in its cells (the median of cells of two lines or more)
    ruled: bool = True  # else its columns are where its text starts (parsers.unruled)
    ruled_rows: bool = False  # ruled, a rule between each two of its rows (two or more; none drawn without)
    bottom_votes: int = 0  # for its cells aligned to the bottom, against (parsers.unruled.bottom_votes)
    text_ends: list[float] | None = None  # without lines: where each column's text ends (its widest line)
    padding: float | None = None  # ruled: the least space between a cell's left line and its text
    # A line at the page's foot taken on trust as a row (parsers.unruled.foot_line):
    # the paragraphs it is, unless the next page's first table goes on from it.
    instead: list | None = None

    def text_right(self) -> list[float]:
        """Where each column's text ends: ``text_ends``, or a cell's padding
        short of its right line."""
        return self.text_ends or [x - CELL_PADDING for x in self.columns[1:]]

    def next_line(self, f: Fill, pitch: float = 0.0) -> float:
        """How much lower one more line of the last row's cell ``f`` would
        end: its cell's pitch (a cell of one line: the table's; a table of
        one-line cells: ``pitch``, the next page's part's), at least a
        line set solid (1.2 sizes). Where the table ends, against where the
        page's body does, says whether the page had room for it."""
        return max(f.pitch or self.line_pitch or pitch, 1.2 * f.size)

    def fills_of(self, row: Row) -> list[Fill | None] | None:
        """Where the text of each cell of ``row``, one of its first rows, sits
        (None: not known), measured the first time it is asked for.

        >>> rows = [Row([Cell("ก")], 1) for _ in range(6)]
        >>> t = PageTable(Table(rows), (0, 0, 0, 0), [0, 9], measure_top=lambda k: [k])
        >>> [t.fills_of(r) for r in t.table.rows[3:5]], t.top_fills
        ([[3], None], {3: [3]})
        """
        k = next((k for k, r in enumerate(self.table.rows[:MAX_HEADER_ROWS + 1]) if r is row), None)
        if k is not None and k not in self.top_fills and self.measure_top:
            self.top_fills[k] = self.measure_top(k)
        return self.top_fills.get(k)


@dataclass
class PageRun:
    """Pages read one after another (a PDF's pages, a DOCX's pasted page
    scans): where the page body ends, to tell a table that filled its page
    from one that ended above the foot. Pages of each height apart: a
    portrait cover or a page in another size says nothing of the others."""

    bottoms: dict[int, float] = field(default_factory=dict)  # page height -> lowest table bottom seen so far
    first_rows: list[Row] = field(default_factory=list)  # of the tables so far (headers, mostly)
    # The rows under those that are a title row (one cell): their headers, for merge (not for _new_table:
    # a table going on draws its header again without its title row).
    titled: list[Row] = field(default_factory=list)

    def join(self, open_table: PageTable | None, blocks: list, tables: list[PageTable], gap: bool = False) -> list:
        """The page's blocks, less its first table if that continues
        ``open_table`` (the last page's last table, nothing after it): a table
        that filled its page and one that starts the next with the same
        columns are one table; so are a table of one row that started on the
        page before (a header, its next row too tall to fit under it, or kept
        from being cut) and the next page's. Its rows go to ``open_table``, which then
        stands for it in ``tables``. Not if the page's table starts with
        another table's first row (its header) that ``open_table`` does not
        start with: that is a new table (the one before was a table split in
        two by hand, its second part without the header). Where the page's
        first table is the header drawn again, alone, its next table in the
        same columns goes on too (a gap under the header parted them). With
        ``gap``, a page between the two could not be read (see :func:`merge`)."""
        note_bottoms(self.bottoms, tables)
        first = tables[0] if tables and blocks and blocks[0] is tables[0].table else None
        if first is not None and first.table.rows and _title_seen(first.table.rows[0], self.first_rows):
            # Read in the last page's columns (as a row's rest might be): one cell, as it was seen.
            first.table.rows[0] = _as_title(first.table.rows[0])
        # Where the two have columns the other has not: each one's place in the columns of both.
        both = None
        dropped: set[int] = set()  # the page's table's columns that are the line's word gaps
        if open_table is not None and first is not None:
            if open_table.instead is not None:
                both = _cut_line(open_table, first, self.first_rows)
                # Its pieces that are one cell's words: where it does not fit the page's columns, or where
                # the page was read in its columns, their justified word gaps (a column empty there).
                stretched = _stretched_gaps(open_table, first) if both is not None else set()
                groups = _groups(len(open_table.columns) - 1, stretched) if stretched else (
                    _word_gaps(open_table, first) if both is None else None)
                trial = _joined(open_table, groups) if groups else None
                against = _without(_copy(first), stretched) if trial is not None and stretched else first
                if trial is not None and (again := _cut_line(trial, against, self.first_rows)) is not None:
                    # Joined in place: the page's blocks hold the line.
                    both, dropped = again, stretched
                    open_table.table.rows, open_table.columns = trial.table.rows, trial.columns
                    open_table.text_ends, open_table.last_row_fill = trial.text_ends, trial.last_row_fill
            elif not continues(open_table, first):
                both = _fewer_columns(open_table, first)
                # Read in the columns of a line the last page joined as fewer (a justified line's word gaps).
                extra = _empty_extra(open_table, first) if both is None else set()
                if extra and continues(open_table, _without(_copy(first), extra)):
                    dropped = extra
        if open_table is not None and open_table.instead is not None and both is None:
            open_table = None
        joined = (open_table is not None and first is not None
                  and (filled_page(open_table, self._lowest(open_table), first.line_pitch)
                       or _alone(open_table, first) or _pushed_on(open_table, first))
                  and (both is not None or bool(dropped) or continues(open_table, first))
                  and not self._new_table(open_table, first))
        # Its header drawn again, alone, then the rest in its columns, apart (a gap under the header): both go on.
        also = (joined and both is None and len(tables) > 1 and len(blocks) > 1 and blocks[1] is tables[1].table
                and tables[1].instead is None and _header_only(first, open_table) and continues(open_table, tables[1]))
        goes_on = 2 if also else 1  # the page's tables that go on
        # The page holds its header drawn again and nothing else: the row it cut goes on past it.
        passed = joined and not also and open_table.instead is None and header_alone(open_table, blocks, tables)
        if not joined and open_table is not None and open_table.instead is None and first is not None:
            _header_moved_on(open_table, first, self.first_rows)
        for t in tables[goes_on:] if joined else tables:
            if t.table.rows and t.instead is None:
                self.first_rows.append(t.table.rows[0])
                if len(t.table.rows) > 1 and len(t.table.rows[0].cells) == 1:
                    self.titled.append(t.table.rows[1])
        if joined:
            if dropped:
                _without(first, dropped)
            if both is not None:
                mine, theirs, columns, text_ends = both
                _widen(open_table, mine, columns, text_ends)
                _widen(first, theirs, columns, text_ends)
            if open_table.instead is not None:  # the page cut the row that line starts
                open_table.ruled, open_table.open_bottom = first.ruled, True
            for k in range(goes_on):
                merge(open_table, tables[k], gap, self.first_rows + self.titled, self._lowest(open_table))
                tables[k] = open_table if passed else replace(
                    tables[k], table=open_table.table, line_pitch=tables[k].line_pitch or open_table.line_pitch)
            return blocks[goes_on:]
        return blocks

    def _lowest(self, t: PageTable) -> float:
        """The lowest table bottom seen on pages of ``t``'s height."""
        return self.bottoms.get(round(t.page_height), 0.0)

    def no_room_under(self, header: PageTable) -> bool:
        """``header``, a page's header drawn again alone (:func:`header_alone`),
        ends where the page's body does: there was no room under it for the
        cut row's next line (lines 1.5 apart leave a band too low for one),
        so no line of it was lost there. Not known (False) before a table
        on a page of its height was seen.

        >>> header = lambda bottom: PageTable(Table([]), (0, 40, 500, bottom), [0, 500], ruled=False,
        ...     last_row_fill=[Fill(6, 1, 5, 16)], line_pitch=36, page_height=842)
        >>> run = PageRun()
        >>> run.no_room_under(header(740))  # no table bottom seen yet on such pages
        False
        >>> run.bottoms[842] = 780.0
        >>> run.no_room_under(header(740)), run.no_room_under(header(700))  # one more line (36 + 16) fits under 700
        (True, False)
        """
        lowest = self._lowest(header)
        return lowest > 0 and filled_page(header, lowest)

    def _new_table(self, open_table: PageTable, nxt: PageTable) -> bool:
        """``nxt`` starts with another table's first row (its header, seen
        before) that ``open_table`` does not start with: a new table. Not
        where that row is the first of ``open_table``'s own header drawn
        again in two rows (or clipped, :func:`repeats`), read so in another
        table too (864-0 of --two-looks, rules between rows only).

        >>> row = lambda *texts: Row([Cell(t) for t in texts], 1)
        >>> table = lambda *rows: PageTable(Table(list(rows)), (0, 40, 500, 800), [0, 250, 500])
        >>> head = row("ประเด็นที่ต้องปรับปรุงแก้ไข", "การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ")
        >>> first = lambda: row("ประเด็นที่ต้องปรับปรุงแก้ไข", "การรายงานผลและการกำกับติดตาม")
        >>> second = row("", "กำหนดเวลาแล้วเสร็จ")
        >>> run = PageRun(first_rows=[head, first()])  # its header read as one row here, as two in another table
        >>> rest = row("", "ภายในเดือนเมษายน")
        >>> run._new_table(table(head, row("ข้อมูลพื้นฐาน", "ทุกเดือน")), table(first(), second, rest))
        False
        >>> run._new_table(table(row("ข้อมูลพื้นฐาน", "ทุกเดือน")), table(first(), second, rest))  # split by hand
        True
        """
        if not nxt.table.rows or not open_table.table.rows:
            return False
        first, head = nxt.table.rows[0], open_table.table.rows[0]
        # Not its own header drawn again, perhaps in two rows (its first row alone as a header elsewhere).
        return not repeats(first, head) and _seen_before(first, self.first_rows)


def _header_moved_on(prev: PageTable, nxt: PageTable, headers: list[Row]) -> None:
    """Where ``prev``'s last row and ``nxt``'s first make one of ``headers``
    (tables' first rows seen before), cell by cell, that row is the header
    of ``nxt``'s table, which the page cut where it started: it goes on to
    ``nxt`` (as one row), with the empty rows over it (the gap between the
    two tables). A table ruled only between its rows, run on under the one
    before it, shows no columns of its own in a header of centred words:
    the page before read it in the last table's (1046-1 of --two-looks).

    >>> row = lambda *texts: Row([Cell(t) for t in texts], 4)
    >>> table = lambda *rows: PageTable(Table(list(rows)), (0, 40, 500, 800), [0, 250, 500])
    >>> head = row("ประเด็นที่ต้องปรับปรุงแก้ไข", "การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ")
    >>> prev = table(head, row("ข้อมูลพื้นฐาน", "ทุกเดือน"), row("", ""), row("ประเด็นที่ต้อง", "การรายงานผลและการกำกับ"))
    >>> nxt = table(Row([Cell("ปรับปรุงแก้ไข"), Cell("ติดตาม กำหนดเวลาแล้วเสร็จ")], 5), row("การเปิดเผยข้อมูล", "ทุกไตรมาส"))
    >>> _header_moved_on(prev, nxt, [head])
    >>> [[c.text for c in r.cells] for r in prev.table.rows], nxt.table.rows[0].page
    ([['ประเด็นที่ต้องปรับปรุงแก้ไข', 'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ'], ['ข้อมูลพื้นฐาน', 'ทุกเดือน']], 4)
    >>> [c.text for c in nxt.table.rows[0].cells]
    ['ประเด็นที่ต้องปรับปรุงแก้ไข', 'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ']
    """
    rows = prev.table.rows
    if len(rows) < 2 or not nxt.table.rows or not _makes_header(rows[-1], nxt.table.rows[0], headers):
        return
    last, first = rows.pop(), nxt.table.rows[0]
    while len(rows) > 1 and not any(c.text.strip() for c in rows[-1].cells):
        rows.pop()
    cells = [replace(b, text=_join_across_pages(a.text, b.text), page=a.page, bbox=a.bbox)
             for a, b in zip(last.cells, first.cells)]
    nxt.table.rows[0] = replace(first, cells=cells, page=last.page)
    nxt.table.page = last.page


def _header_only(t: PageTable, open_table: PageTable) -> bool:
    """``t`` holds nothing but ``open_table``'s header, drawn again."""
    return bool(t.table.rows) and first_row(open_table, t) is None


def header_alone(open_table: PageTable, blocks: list, tables: list[PageTable]) -> bool:
    """The page (its ``blocks`` and ``tables``) holds ``open_table``'s header
    drawn again and nothing else: the row the page before cut goes on past it."""
    return (len(tables) == 1 and len(blocks) == 1 and blocks[0] is tables[0].table
            and _header_only(tables[0], open_table))


def _cut_line(line: PageTable, nxt: PageTable, headers: list[Row]) -> tuple | None:
    """Whether ``line``, a line at the last page's foot taken on trust
    (``PageTable.instead``), is the first line of ``nxt``'s first row, the
    page having cut it: if so, the columns of the two (a cell of the row may
    end on that line, or have nothing on it), as :func:`_fewer_columns`
    gives them. Each of its cells starts where a column of ``nxt``'s text
    does, or (without lines) left of where one ends; one of those fills its
    column to within a few letters of its end (the row had more lines; a
    header's one-line labels leave room, but for a narrow column's) or ends
    in the space its line broke at, or none of the next row's first words
    would have fit on it (:func:`_wrapped_on`), or the two make a header seen before,
    cell by cell (its labels centred, or short words: a table's header the
    page cut; its rest may read as two rows, centred cells starting under
    the tallest one's first lines); and it is no header seen before itself.

    >>> from parsers.model import Cell
    >>> line = lambda texts, lefts, ends: PageTable(Table([Row([Cell(t) for t in texts])], page=2), (0, 0, 0, 0),
    ...     [*lefts, ends[-1]], last_row_fill=[Fill(0, 1, 0, 14)] * len(texts), ruled=False, text_ends=ends)
    >>> nxt = lambda: PageTable(Table([Row([Cell("ก"), Cell("ข"), Cell("ค")])], page=3), (0, 0, 0, 0),
    ...                         [133, 263, 444, 583], ruled=False, text_ends=[230, 433, 583])
    >>> cut = line(["-ข่าว", "สำนักปลัด", "๑.เจ้าหน้าที่ทุกภารกิจงานต้อง"], [57, 133, 263], [83, 190, 428])
    >>> mine, theirs, columns, _ = _cut_line(cut, nxt(), [])
    >>> mine, theirs, [round(x) for x in columns]
    ([0, 1, 2], [1, 2, 3], [57, 133, 263, 444, 583])
    >>> _cut_line(line(["ลำดับ", "ผู้รับผิดชอบ", "มาตรการ"], [57, 133, 263], [80, 170, 300]), nxt(), [])
    >>> narrow = PageTable(Table([Row([Cell("ก"), Cell("ข"), Cell("ค")])], page=3), (0, 0, 0, 0),
    ...                    [57, 133, 263, 344], ruled=False, text_ends=[95, 190, 300])
    >>> [_cut_line(line([first, "เจ้าหน้าที่ทุก", "๑.เจ้า"], [57, 133, 263], [83, 190, 300]), narrow, [])
    ...  for first in ("e๗", "e๗ ")]  # narrow columns: a cell broken at a space went on
    [None, ([0, 1, 2], [0, 1, 2], [57, 133, 263, 344], [95, 190, 300])]
    >>> head = Row([Cell("ประเด็นที่ต้องปรับปรุง"), Cell("ผู้รับผิดชอบ"), Cell("ขั้นตอน")])
    >>> rest = PageTable(Table([Row([Cell("ปรับปรุง"), Cell("ชอบ"), Cell("")])], page=3), (0, 0, 0, 0),
    ...                  [57, 133, 263, 583], ruled=False, text_ends=[120, 250, 583])
    >>> _cut_line(line(["ประเด็นที่ต้อง", "ผู้รับผิด", "ขั้นตอน"], [57, 133, 263], [110, 170, 300]), rest, [head])[:2]
    ([0, 1, 2], [0, 1, 2])
    >>> two = PageTable(Table([Row([Cell(""), Cell(""), Cell("ตอน")]), Row([Cell("ปรับปรุง"), Cell("ชอบ"), Cell("")])],
    ...                       page=3), (0, 0, 0, 0), [57, 133, 263, 583], ruled=False, text_ends=[120, 250, 583])
    >>> _cut_line(line(["ประเด็นที่ต้อง", "ผู้รับผิด", "ขั้น"], [57, 133, 263], [110, 170, 300]), two, [head])[:2]
    ([0, 1, 2], [0, 1, 2])
    """
    size = max((f.size for f in line.last_row_fill or [] if f), default=0.0)
    if not nxt.table.rows or not line.text_ends or _seen_before(line.table.rows[0], headers):
        return None
    theirs = nxt.columns[:-1]
    ends = nxt.text_right()
    match = lambda left, x: _in_column(left, x, nxt.ruled)  # noqa: E731
    lefts = list(theirs)  # the columns of the two
    for left in line.columns[:-1]:
        if not any(match(left, x) for x in theirs):
            if nxt.ruled:  # its columns are all there are
                return None
            lefts.append(left)
    lefts.sort()
    mine = [next(u for u, x in enumerate(lefts) if x in theirs and match(left, x) or x == left)
            for left in line.columns[:-1]]
    at = [lefts.index(x) for x in theirs]
    if len(set(mine)) < len(mine):
        return None
    full = False
    cells = line.table.rows[0].cells
    for k, u in enumerate(mine):
        # The last column's text may end further right on one page than on the other.
        if u + 1 < len(lefts) and line.text_ends[k] > lefts[u + 1] + 1:
            return None
        if u in at:
            left, end = line.columns[k], ends[at.index(u)]
            # A narrow column's label may fill it too; a cell ending in the space it broke at went on.
            full = full or (line.text_ends[k] >= end - FULL_LINE * size and end - left > 4 * FULL_LINE * size)
            full = full or _broke_at_space(cells[k])
    # Narrow columns and justified lines leave no cell filling its column: the next words would not have fit.
    after = nxt.fills_of(nxt.table.rows[0])
    # The header's rest may read as two rows (centred cells start under the tallest one's first lines).
    rests = (nxt.table.rows[0], _two_rows(nxt.table.rows))
    if not (full or any(rest is not None and _cut_header(line.table.rows[0], rest, mine, at, len(lefts), headers)
                        for rest in rests)
            or after and _wrapped_on(line, after, [mine.index(u) if u in mine else None for u in at])) or any(
            u + 1 < len(lefts) and ends[j] > lefts[u + 1] + 1 for j, u in enumerate(at)):
        return None
    right = nxt.columns[-1] if nxt.ruled else max(nxt.columns[-1], line.columns[-1])
    text_ends = [ends[at.index(u)] if u in at else line.text_ends[mine.index(u)] for u in range(len(lefts))]
    return mine, at, [*lefts, right], text_ends


def _word_gaps(line: PageTable, nxt: PageTable) -> list[list[int]] | None:
    """The cells of ``line`` (a line taken on trust, as :func:`_cut_line`
    asks) in groups that are one cell each: a cell starting inside a column
    of ``nxt``'s text (not where it starts) and ending inside it too, right
    of a cell starting there, is that one's words (a justified line's word
    gap is as wide as two cells' padding). None where none is.

    >>> line = PageTable(Table([Row([Cell("e๗"), Cell("หน่วย"), Cell("เจ้าหน้าที่ทุก")])]), (0, 0, 0, 0),
    ...                  [28, 77, 125, 268], ruled=False, text_ends=[49, 114, 268])
    >>> nxt = PageTable(Table([Row([Cell("งานที่ท่าน"), Cell("หน้าที่ทุก")])]), (0, 0, 0, 0),
    ...                 [28, 125, 360], ruled=False, text_ends=[115, 300])
    >>> _word_gaps(line, nxt)
    [[0, 1], [2]]
    >>> nxt.text_ends = [100, 300]  # it would end past where that column's text does: a column of its own
    >>> _word_gaps(line, nxt) is None
    True
    """
    theirs = nxt.columns[:-1]
    ends = nxt.text_right()
    groups: list[list[int]] = []
    at = None  # the column of ``nxt`` the last group starts in
    for k, left in enumerate(line.columns[:-1]):
        j = next((j for j, x in enumerate(theirs) if _in_column(left, x, nxt.ruled)), None)
        if j is None and at is not None and left < ends[at] and line.text_ends[k] <= ends[at] + 1:
            groups[-1].append(k)
            continue
        groups.append([k])
        at = j
    return groups if len(groups) < len(line.columns) - 1 else None


def _joined(line: PageTable, groups: list[list[int]]) -> PageTable:
    """A copy of ``line`` whose cells in each of ``groups`` are one, their
    words a space apart (:func:`_word_gaps`)."""
    row = line.table.rows[0]
    fills = line.last_row_fill
    cells, fill = [], []
    for g in groups:
        cells.append(_one_cell([row.cells[k] for k in g]))
        if fills:
            first, last = fills[g[0]], fills[g[-1]]
            fill.append(replace(first, end=last.end) if first and last else first or last)
    return replace(line, table=replace(line.table, rows=[Row(cells, row.page)]),
                   columns=[line.columns[g[0]] for g in groups] + [line.columns[-1]],
                   text_ends=[line.text_ends[g[-1]] for g in groups], last_row_fill=fill if fills else fills)


def _stretched_gaps(line: PageTable, nxt: PageTable) -> set[int]:
    """The cells of ``line`` (a line taken on trust, as :func:`_cut_line`
    asks) that are the words of the cell left of them, apart by a justified
    line's stretched space: ``nxt``, read in the line's columns, has
    nothing in their columns in any row, while the cell left of each goes
    on there, and each ends where its line has no more room, short of the
    next column (a full line, as a justified one is). The last cell aside:
    where its room ends is not known. Not where either of the two holds a
    space between its words: a justified line stretches all its spaces
    alike, so that one would have parted them too. Nor where ``nxt``'s
    cell left of it wraps short of where it starts: its column ends there.

    >>> from parsers.model import Cell
    >>> line = PageTable(Table([Row([Cell("e๙ มี"), Cell("สำนักปลัด"), Cell("ภารกิจอื่นที่"), Cell("๑.แต่งตั้ง")])]),
    ...                  (0, 0, 0, 0), [57, 268, 370, 454, 528], ruled=False, text_ends=[257, 333, 444, 511])
    >>> nxt = PageTable(Table([Row([Cell("การชี้แจง"), Cell("เกี่ยวข้อง"), Cell(""), Cell("เจ้าหน้าที่")])]),
    ...                 (0, 0, 0, 0), [57, 268, 370, 454, 528], ruled=False, text_ends=[257, 324, 444, 514])
    >>> _stretched_gaps(line, nxt)
    {2}
    >>> nxt.top_fills = {0: [Fill(0, 3, 0, 16), Fill(0, 2, 0, 16), None, Fill(0, 1, 0, 16)]}
    >>> _stretched_gaps(line, nxt)  # เกี่ยวข้อง, two lines, ends at 324: its column ends short of 370
    set()
    >>> nxt.top_fills = {}
    >>> line.table.rows[0].cells[1] = Cell("สำนักปลัด งาน")  # a space of its width in it
    >>> _stretched_gaps(line, nxt)
    set()
    >>> nxt.table.rows[0].cells[1] = Cell("")  # the cell left of it ended on the line: a column of its own maybe
    >>> _stretched_gaps(line, nxt)
    set()
    >>> line = PageTable(Table([Row([Cell("-"), Cell("สำนักปลัด"), Cell("๑.เจ้า"), Cell("เจ้า")])]), (0, 0, 0, 0),
    ...                  [71, 134, 228, 309, 369], ruled=False, text_ends=[76, 208, 268, 334])
    >>> nxt = lambda word, end: PageTable(Table([Row([Cell("มาตรก"), Cell(""), Cell("หน้าที่"), Cell("หน้าที่")])]),
    ...     (0, 0, 0, 0), [71, 134, 228, 309, 369], ruled=False, text_ends=[end, 208, 297, 357],
    ...     top_fills={0: [Fill(0, 7, 0, 16, word=word), None, Fill(0, 9, 0, 16), Fill(0, 9, 0, 16)]})
    >>> [_stretched_gaps(line, nxt(word, 215)) for word in (40, 60)]  # มาตรก (40) would have fit after - สำนักปลัด
    [set(), {1}]
    >>> _stretched_gaps(line, nxt(60, 122))  # its seven lines end at 122, short of 134
    set()
    """
    n = len(line.columns) - 1
    if line.ruled or nxt.ruled or len(nxt.columns) != n + 1 or not nxt.table.rows or not line.text_ends or any(
            abs(a - b) > 1 for a, b in zip(line.columns[:-1], nxt.columns[:-1])):
        return set()
    first = nxt.table.rows[0].cells
    words = line.table.rows[0].cells
    after = nxt.fills_of(nxt.table.rows[0]) or []
    ends = nxt.text_right()
    # The cell left of it wraps short of where it starts: a column that narrow, no word of its.
    narrow = lambda k: k - 1 < len(after) and after[k - 1] and after[k - 1].lines > 1 and (  # noqa: E731
        ends[k - 1] < line.columns[k])
    found = {k for k in range(1, n - 1) if _empty_column(nxt, k) and first[k - 1].text.strip()
             and line.text_ends[k] >= line.columns[k + 1] - 2 * CELL_PADDING
             and not any(" " in c.text.strip() for c in words[k - 1:k + 1]) and not narrow(k)}
    for group in _groups(n, found):
        if len(group) > 1 and group[0] < len(after) and _would_have_fit(line, group, after[group[0]]):
            found -= set(group)
    return found


def _would_have_fit(line: PageTable, group: list[int], after: Fill | None) -> bool:
    """The cells ``group`` of ``line`` (a line taken on trust), set a space
    apart and not stretched, leave room in the column they would make for
    the first word of that cell's text on the next page (``after``): a line
    that took them so would have taken it too, so they are not one
    justified line's words (it is stretched only where the next word did
    not fit), but columns of their own. The space a third of the size, the
    room ending CELL_PADDING short of the next column: where it surely
    would have fit."""
    if after is None or not after.word:
        return False
    space = after.size / 3
    width = sum(line.text_ends[k] - line.columns[k] for k in group) + space * len(group)
    return line.columns[group[0]] + width + after.word <= line.columns[group[-1] + 1] - CELL_PADDING


def _empty_extra(prev: PageTable, nxt: PageTable) -> set[int]:
    """``nxt``'s columns (without lines) that ``prev``'s lack, empty in
    every row of ``nxt``: a page read in the columns of the last, before a
    line there was found to have fewer (:func:`_stretched_gaps`).

    >>> t = lambda lefts, texts: PageTable(Table([Row([Cell(x) for x in texts])]), (0, 0, 0, 0), lefts, ruled=False)
    >>> _empty_extra(t([57, 268, 454, 528], ["ก", "ข", "ค"]), t([57, 268, 370, 454, 528], ["", "", "", "ค"]))
    {2}
    >>> _empty_extra(t([57, 268, 454, 528], ["ก", "ข", "ค"]), t([57, 268, 370, 454, 528], ["", "", "ง", "ค"]))
    set()
    """
    if prev.ruled or nxt.ruled:
        return set()
    return {k for k, x in enumerate(nxt.columns[:-1]) if all(abs(x - y) >= 4 for y in prev.columns[:-1])
            and _empty_column(nxt, k)}


def _empty_column(t: PageTable, k: int) -> bool:
    """No row of ``t`` has text in its column ``k``."""
    return not any(k < len(r.cells) and r.cells[k].text.strip() for r in t.table.rows)


def _copy(t: PageTable) -> PageTable:
    """``t`` to change (:func:`_without`), ``t`` itself unchanged."""
    return replace(t, table=replace(t.table), top_fills=dict(t.top_fills))


def _one_cell(parts: list[Cell]) -> Cell:
    """``parts`` (cells side by side) as one: their texts a space apart, in the box of all."""
    boxes = [c.bbox for c in parts if c.bbox]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
           max(b[3] for b in boxes)) if boxes else None
    return replace(parts[0], text=" ".join(c.text.strip() for c in parts if c.text.strip()), bbox=box)


def _groups(n: int, joined: set[int]) -> list[list[int]]:
    """Of ``n`` cells, groups that are one cell each: each of ``joined`` with
    the cell left of it.

    >>> _groups(5, {2, 3})
    [[0], [1, 2, 3], [4]]
    """
    groups: list[list[int]] = []
    for k in range(n):
        if k in joined and groups:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _without(t: PageTable, drop: set[int]) -> PageTable:
    """``t`` without its columns ``drop``, empty in every row (their room
    the column's left of them); ``t`` itself, changed in place."""
    keep = lambda items: [x for i, x in enumerate(items) if i not in drop]  # noqa: E731
    top = [t.fills_of(r) for r in t.table.rows[:MAX_HEADER_ROWS + 1]]
    t.top_fills = {k: keep(fills) for k, fills in enumerate(top) if fills is not None}
    t.table.rows = [Row(keep(r.cells), r.page) for r in t.table.rows]
    if t.last_row_fill:
        t.last_row_fill = keep(t.last_row_fill)
    if t.text_ends:
        t.text_ends = [max(t.text_ends[j] for j in g) for g in _groups(len(t.text_ends), drop)]
    t.columns = keep(t.columns[:-1]) + [t.columns[-1]]
    return t


def _cut_header(line: Row, first: Row, mine: list[int] | range, theirs: list[int] | range, n: int,
                headers: list[Row]) -> bool:
    """``line``'s cells (in columns ``mine`` of ``n``) each followed by
    ``first``'s (in columns ``theirs``) make one of ``headers``."""
    texts = _stacked([(line, mine), (first, theirs)], n)
    return any(texts == _texts(h) for h in headers)


def _makes_header(upper: Row, lower: Row, headers: list[Row]) -> bool:
    """Two rows of as many cells, ``lower``'s each under ``upper``'s, make
    one of ``headers`` (:func:`_cut_header` across all their columns)."""
    n = len(upper.cells)
    return len(lower.cells) == n and _cut_header(upper, lower, range(n), range(n), n, headers)


def _header_rest(last: Row, first: Row, headers: list[Row]) -> tuple[Row, Row] | None:
    """``first`` parted into the rest of a header the page cut (``last``,
    each cell the start of one of ``headers``' cells, one short) and the
    row under it, run into it: with no rule under the header, a cell's
    lines go on from the header cell's rest (1394-1 of --two-looks).

    >>> from parsers.model import Cell
    >>> head = Row([Cell("ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา"), Cell("ผู้รับผิดชอบ")])
    >>> last = Row([Cell("ประเด็นที่ต้องปรับปรุง แก้ไข/"), Cell("ผู้รับผิดชอบ")])
    >>> first = Row([Cell("ประเด็นที่\\nต้องพัฒนา\\n๑. องค์การ"), Cell("สำนักปลัด")])
    >>> [[c.text for c in r.cells] for r in _header_rest(last, first, [head])]
    [['ประเด็นที่\\nต้องพัฒนา', ''], ['๑. องค์การ', 'สำนักปลัด']]
    >>> _header_rest(last, Row([Cell("๑. องค์การ"), Cell("สำนักปลัด")]), [head]) is None  # no rest: a new row
    True
    """
    have, got = _texts(last), _texts(first)
    for header in headers:
        want = _texts(header)
        if len(want) != len(have) or len(got) != len(have) or want == have or not any(have):
            continue
        if not all(w.startswith(h) and g.startswith(w[len(h):]) for w, h, g in zip(want, have, got)):
            continue
        after = [_after(c.text, w[len(h):]) for c, w, h in zip(first.cells, want, have)]
        if any(after):
            return (Row([replace(c, text=c.text[:len(c.text) - len(a)].strip()) for c, a in zip(first.cells, after)],
                        first.page),
                    Row([replace(c, text=a) for c, a in zip(first.cells, after)], first.page))
    return None


def _below(upper: Row, lower: Row) -> Row:
    """``lower``'s cells each under ``upper``'s: one row of the two.

    >>> from parsers.model import Cell
    >>> [c.text for c in _below(Row([Cell("ประเด็นที่ต้อง"), Cell("")]), Row([Cell("พัฒนา"), Cell("มาตรการ")])).cells]
    ['ประเด็นที่ต้อง\\nพัฒนา', 'มาตรการ']
    """
    cells = [replace(b, text="\n".join(t for t in (a.text, b.text) if t.strip()))
             for a, b in zip(upper.cells, lower.cells)]
    return replace(lower, cells=cells)


def _two_rows(rows: list[Row]) -> Row | None:
    """The first two of ``rows`` as one (:func:`_below`), if they have as
    many cells: a row's or a header's rest the page's reading parted.

    >>> from parsers.model import Cell
    >>> [c.text for c in _two_rows([Row([Cell(""), Cell("ตอน")]), Row([Cell("ปรับปรุง"), Cell("")])]).cells]
    ['ปรับปรุง', 'ตอน']
    >>> _two_rows([Row([Cell("ก")])]) is None
    True
    """
    return _below(rows[0], rows[1]) if len(rows) > 1 and len(rows[1].cells) == len(rows[0].cells) else None


def _under_empty(upper: Row, lower: Row) -> Row:
    """``lower`` with only its cells under ``upper``'s empty ones.

    >>> from parsers.model import Cell
    >>> upper, lower = Row([Cell(""), Cell("กำหนดเวลาแล้ว")]), Row([Cell("แก้ไข"), Cell("เสร็จ")])
    >>> [c.text for c in _under_empty(upper, lower).cells]
    ['แก้ไข', '']
    """
    cells = [replace(b, text="") if a.text.strip() else b for a, b in zip(upper.cells, lower.cells)]
    return replace(lower, cells=cells)


def _stacked(rows: list[tuple[Row, list[int] | range]], n: int) -> list[str]:
    """Per column of ``n``, the texts of ``rows`` (each with the columns its
    cells are in) one under the other, without whitespace (as :func:`_texts`).

    >>> from parsers.model import Cell
    >>> _stacked([(Row([Cell("ผู้รับ"), Cell("การรายงานผล")]), [0, 2]), (Row([Cell("ผิดชอบ")]), [0])], 3)
    ['ผู้รับผิดชอบ', '', 'การรายงานผล']
    """
    texts = [""] * n
    for row, at in rows:
        for u, cell in zip(at, row.cells):
            texts[u] += "".join(cell.text.split())
    return texts


def _fewer_columns(prev: PageTable, nxt: PageTable) -> tuple | None:
    """Tables without lines where each of ``nxt``'s columns is one of
    ``prev``'s more, its text ending before the next of those starts (a
    row's rest at a page's top has no text in the columns whose cells ended
    on the page before): each one's columns' places in ``prev``'s columns,
    those columns and where their text ends; None if they are not so.

    >>> t = lambda lefts, ends: PageTable(Table([]), (0, 0, 0, 0), [*lefts, ends[-1]], ruled=False, text_ends=ends)
    >>> _fewer_columns(t([28, 239, 320, 474], [200, 300, 460, 600]), t([239, 320, 474], [300, 450, 590]))[:2]
    ([0, 1, 2, 3], [1, 2, 3])
    >>> _fewer_columns(t([28, 239, 320, 474], [200, 300, 460, 600]), t([28, 239, 474], [200, 450, 590]))  # over 320
    """
    if prev.ruled or nxt.ruled or not prev.text_ends or not nxt.text_ends or len(nxt.columns) >= len(prev.columns):
        return None
    lefts = prev.columns[:-1]
    at = [next((u for u, x in enumerate(lefts) if _in_column(left, x, False)), None) for left in nxt.columns[:-1]]
    if None in at or at != sorted(set(at)):
        return None
    if any(u + 1 < len(lefts) and end > lefts[u + 1] + 1 for u, end in zip(at, nxt.text_ends)):
        return None
    text_ends = [nxt.text_ends[at.index(u)] if u in at else end for u, end in enumerate(prev.text_ends)]
    return list(range(len(lefts))), at, list(prev.columns), text_ends


def _in_column(start: float, column: float, ruled: bool) -> bool:
    """Text starting at ``start`` is in the column at ``column``: its line
    just left of it (a cell's padding), or, without lines, where its text
    starts (within a few points)."""
    return 0 <= start - column < CELL_PADDING if ruled else abs(start - column) < 4


def _widen(t: PageTable, at: list[int], columns: list[float], text_ends: list[float]) -> None:
    """``t``'s cells put in columns ``at`` of ``columns`` (the others empty)."""
    n = len(columns) - 1
    top = [t.fills_of(r) for r in t.table.rows[:MAX_HEADER_ROWS + 1]]
    t.top_fills = {k: _spread(fills, at, n) for k, fills in enumerate(top) if fills is not None}
    t.table.rows = [Row(_spread(r.cells, at, n, lambda r=r: Cell("", page=r.page)), r.page) for r in t.table.rows]
    if t.last_row_fill:
        t.last_row_fill = _spread(t.last_row_fill, at, n)
    t.columns, t.text_ends = list(columns), list(text_ends)


def _spread(items: list, at: list[int], n: int, empty=lambda: None) -> list:
    out = [empty() for _ in range(n)]
    for u, item in zip(at, items):
        out[u] = item
    return out


def note_bottoms(bottoms: dict[int, float], tables: list[PageTable]) -> None:
    """Keep in ``bottoms`` (page height -> lowest table bottom seen so far)
    the page's ``tables``' (lines taken on trust aside)."""
    for t in tables:
        if t.instead is None:
            bottoms[round(t.page_height)] = max(bottoms.get(round(t.page_height), 0.0), t.bbox[3])


def filled_page(t: PageTable, lowest: float, pitch: float = 0.0) -> bool:
    """``t`` ends near the lowest table bottom seen on pages of its height:
    the page had no room for its next line (:meth:`PageTable.next_line`)
    and the part of its box below the letters (lines 1.5 apart leave more
    room than ``FOOT_ROOM``). A cell of one line takes the pitch of the
    table's other cells: the page may have cut its row after the first
    line; a table of one-line cells, ``pitch``: its next part's (a title
    and a header's first line at the foot, lines 1.5 apart). A table read
    without lines ends where its letters do, and the lowest seen may be a
    ruled table's border, a cell's padding further down: half a size more.

    >>> t = lambda bottom, pitch, table=0.0: PageTable(Table([]), (0, 40, 500, bottom), [0, 500],
    ...     last_row_fill=[Fill(6, 19, 5, 16, pitch)], line_pitch=table)
    >>> filled_page(t(764, 0), 796), filled_page(t(509, 37.7), 553), filled_page(t(480, 37.7), 553)
    (False, True, False)
    >>> filled_page(t(509, 0), 553), filled_page(t(509, 0, 37.7), 553), filled_page(t(509, 0), 553, 37.7)
    (False, True, True)
    """
    under = 0.5 if t.ruled else 1.0  # of the size: below the letters (and the padding)
    room = max((t.next_line(f, pitch) + under * f.size for f in t.last_row_fill or [] if f), default=0.0)
    return t.bbox[3] >= lowest - max(FOOT_ROOM, room)


def _alone(prev: PageTable, nxt: PageTable) -> bool:
    """``prev`` is one row that started on the page before ``nxt``'s (not
    the last part of a row that began further back)."""
    a, b = prev.table.page, nxt.table.page
    return len(prev.table.rows) == 1 and a is not None and b is not None and a == b - 1


def _pushed_on(prev: PageTable, nxt: PageTable) -> bool:
    """``prev``'s page ended its table early with a row's rest (its cells
    there ending above its last line but some, which hold text from the
    pages before), and ``nxt`` starts, under the header drawn again maybe,
    with more of it in those cells only: LibreOffice moves a cell's next
    paragraph on to the next page at times (lines spread, justified),
    leaving room, and a browser a paragraph's last two lines together
    where one more line had room.

    >>> row = lambda *texts: Row([Cell(t) for t in texts])
    >>> head, cols = row("ประเด็น", "ผู้รับผิดชอบ", "การรายงานผล"), [0, 100, 200, 300]
    >>> prev = PageTable(Table([head, row("ก", "ข", "ค ๒๕๖๕")]), (0, 0, 0, 0), cols,
    ...                  last_row_fill=[None, None, Fill(0, 1, 0, 16)])  # ๒๕๖๕ alone on its page
    >>> [_pushed_on(prev, PageTable(Table([head, r]), (0, 0, 0, 0), cols))
    ...  for r in (row("", "", "๔.เจ้าหน้าที่"), row("ง", "", "๔.เจ้าหน้าที่"))]
    [True, False]
    >>> prev.last_row_fill = [Fill(40, 2, 0, 16), Fill(88, 1, 0, 16), Fill(0, 5, 0, 16)]  # all three here
    >>> _pushed_on(prev, PageTable(Table([head, row("", "", "๔.เจ้าหน้าที่")]), (0, 0, 0, 0), cols))
    True
    """
    if not prev.table.rows or (first := first_row(prev, nxt)) is None:
        return False
    fills, last = prev.last_row_fill or [], prev.table.rows[-1].cells
    if not len(fills) == len(last) == len(first.cells):
        return False
    # The cells that went on to the page's last line: the least room under their text, within half a line.
    least = min((f.below for f in fills if f is not None), default=0.0)
    going = [f is not None and f.below <= least + 0.6 * f.size for f in fills]
    began_before = any(not g and c.text.strip() for g, c in zip(going, last))
    return began_before and any(c.text.strip() for c in first.cells) and all(
        g or not c.text.strip() for g, c in zip(going, first.cells))


def first_row(prev: PageTable, t: PageTable) -> Row | None:
    """``t``'s first row under ``prev``'s header drawn again (if it is), as
    :func:`merge` takes it."""
    _, skipped, rows = _header_again(prev.table.rows, t.table.rows)
    return rows[skipped] if skipped < len(rows) else None


def _header_again(table: list[Row], rows: list[Row]) -> tuple[int, int, list[Row]]:
    """How a page's ``rows`` start with the header of a ``table`` (its rows
    so far) drawn again: how many of the table's rows that header is, how
    many of the page's rows it takes, and the page's rows with it taken out
    of the first row's text where it runs on into that. Its rows one by one
    (a header of two rows, or with a row of column numbers), its first row
    as two (:func:`_split_repeat`), or its rows stacked in one
    (:func:`_stacked_header`).

    >>> head = [Row([Cell("ลำดับ"), Cell("การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ")]), Row([Cell("1"), Cell("ก")])]
    >>> again = [Row([Cell("ลำดับ"), Cell("การรายงานผลและการกำกับติดตาม")]), Row([Cell(""), Cell("กำหนดเวลาแล้วเสร็จ")])]
    >>> _header_again(head, [*again, Row([Cell("4"), Cell("ข")])])[:2]
    (1, 2)
    >>> _header_again(head, [Row([Cell(""), Cell("ค")])])[:2]
    (0, 0)
    """
    rows = list(rows)
    # The table's first row drawn again as two rows (a header the page cut where it first stood, or clipped).
    split = len(rows) > 1 and bool(table) and _split_repeat(rows[0], rows[1], table[0])
    header, skipped = (1, 2) if split else (0, 0)
    most = min(len(table), MAX_HEADER_ROWS)  # of the table's first rows, a header's at most
    while skipped < len(rows) and header < most and repeats(rows[skipped], table[header]):
        header, skipped = header + 1, skipped + 1
    if 0 < header < most and skipped < len(rows) and _runs_on(rows[skipped], table[header]):
        rows[skipped] = _without_header(rows[skipped], table[header])
    elif skipped == 0 and rows and (stacked := _stacked_header(rows[0], table)):
        header, head = stacked
        if _runs_on(rows[0], head):
            rows[0] = _without_header(rows[0], head)
        else:
            skipped = 1
    return header, skipped, rows


def continues(prev: PageTable, nxt: PageTable) -> bool:
    """Same columns (within a few points) means the same table goes on. Of
    a ruled table and one read without lines (a page whose lines did not
    make a grid), each column line just left of where a column's text
    starts. Of tables read by OCR, the same columns for their width: a
    phone app crops and scales each page of a scan its own way."""
    a, b = prev.columns, nxt.columns
    if not (prev.ruled and nxt.ruled):  # the last column's right is where its widest line ends
        a, b = a[:-1], b[:-1]
    if len(a) != len(b):
        return False
    if all(abs(x - y) < 4 for x, y in zip(a, b)):
        return True
    if prev.ruled != nxt.ruled:  # text starts a cell's padding right of its column line
        lines, starts = (a, b) if prev.ruled else (b, a)
        return all(_in_column(x, y, True) for y, x in zip(lines, starts))
    if len(a) < 2 or not (_read_by_ocr(prev) and _read_by_ocr(nxt)):
        return False
    share = lambda cols: [(x - cols[0]) / (cols[-1] - cols[0] or 1) for x in cols]  # noqa: E731
    return all(abs(x - y) < RELATIVE_COLUMNS for x, y in zip(share(a), share(b)))


def _read_by_ocr(t: PageTable) -> bool:
    return any(c.confidence is not None for row in t.table.rows[:2] for c in row.cells)


def _texts(row: Row) -> list[str]:
    # Without whitespace: the same header wrapped in a column a little
    # narrower or wider gains or loses a space at a Thai line wrap.
    return ["".join(c.text.split()) for c in row.cells]


def _seen_before(row: Row, headers: list[Row]) -> bool:
    """``row`` reads as one of ``headers`` (tables' first rows seen so far)
    other than itself: another table's first row, drawn whole."""
    return any(h is not row and same_text(row, h) for h in headers)


def _title_seen(row: Row, headers: list[Row]) -> bool:
    """``row`` is a table's title row seen before (a row of one cell), read
    here in the columns of the table above it: the text in its first cell
    only.

    >>> title = Row([Cell("แผนปฏิบัติการตามมาตรการ ประจำปี 2566", span=5)])
    >>> row = lambda *texts: Row([Cell(t) for t in texts])
    >>> _title_seen(row("แผนปฏิบัติการตามมาตรการ  ประจำปี 2566", "", "", "", ""), [title])
    True
    >>> _title_seen(row("แผนปฏิบัติการตามมาตรการ", "ประจำปี 2566", "", "", ""), [title])  # across a column line
    False
    >>> _title_seen(row("แผนปฏิบัติการตามมาตรการ", "", "", "", ""), [title])  # a row's rest
    False
    """
    texts = _texts(row)
    return (len(texts) > 1 and bool(texts[0]) and not any(texts[1:])
            and any(len(h.cells) == 1 and _texts(h) == texts[:1] for h in headers))


def _as_title(row: Row) -> Row:
    """``row`` as one cell across all its columns: a title row."""
    return Row([replace(_one_cell(row.cells), span=sum(c.span for c in row.cells))], row.page)


def same_text(a: Row, b: Row) -> bool:
    """Equal cell texts; for OCR'd rows, nearly equal (a reading may differ by
    a mark or two between pages)."""
    ta, tb = _texts(a), _texts(b)
    if ta == tb:
        return True
    if len(ta) != len(tb) or not any(c.confidence is not None for c in a.cells):
        return False
    from rapidfuzz.fuzz import ratio

    return ratio("".join(ta), "".join(tb)) >= 85


def repeats(row: Row, header: Row) -> bool:
    """``row`` is ``header`` drawn again on a later page: the same texts, or
    the same cut short where its cells end early (LibreOffice repeats a
    header whose cells are merged down shorter, its last lines clipped):
    each cell's first lines, and at least half the header's text.

    >>> from parsers.model import Cell
    >>> head = Row([Cell("ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา"), Cell("ผู้รับผิดชอบ")])
    >>> repeats(Row([Cell("ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้อง"), Cell("ผู้รับผิดชอบ")]), head)
    True
    >>> repeats(Row([Cell("ประเด็นที่ต้อง"), Cell("ผู้รับผิดชอบ")]), head)
    False
    >>> head = Row([Cell("ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา"), Cell("ผู้รับผิดชอบ"),
    ...             Cell("การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ")])
    >>> repeats(Row([Cell("ประเด็นที่ต้องปรับปรุงแก้ไข/"), Cell("ผู้รับผิดชอบ"), Cell("การรายงานผลและการกำกับ")]), head)
    True
    """
    if same_text(row, header):
        return True
    new, old = _texts(row), _texts(header)
    return (len(new) == len(old) and any(new) and all(o.startswith(n) and (n or not o) for n, o in zip(new, old))
            and 2 * sum(map(len, new)) >= sum(map(len, old)))


def _after(text: str, head: str) -> str:
    """``text`` without ``head`` at its start, whitespace aside.

    >>> _after("กำหนดเวลา แล้วเสร็จ\\nภายในเดือนเมษายน", "กำหนดเวลาแล้วเสร็จ")
    'ภายในเดือนเมษายน'
    >>> _after("กำหนดเวลา", "กำหนดเวลาแล้วเสร็จ")  # the head clipped: nothing after it
    ''
    """
    want = "".join(head.split())
    i = 0
    for k, ch in enumerate(text):
        if i == len(want):
            return text[k:].lstrip()
        if not ch.isspace():
            if ch != want[i]:
                return text
            i += 1
    return ""


def _runs_on(row: Row, header: Row) -> bool:
    """``row`` is the header's next row drawn again, run on into the text
    below it: with no line under the header (no lines at all, or between
    the columns only) nothing parts a header cell from the rest of the cut
    row's cell right under it, so they read as one. Each of its cells starts
    with the header row's, or is its first lines (LibreOffice clips a
    header's cells merged down, see :func:`repeats`), and one has more.

    >>> from parsers.model import Cell
    >>> head = Row([Cell("ประเด็นที่ต้องปรับปรุงแก้ไข"), Cell("ผู้รับผิดชอบ"), Cell("การรายงานผล")])
    >>> _runs_on(Row([Cell("ประเด็นที่ต้อง"), Cell("ผู้รับผิดชอบ"), Cell("การรายงานผล\\nภายในเดือนมกราคม")]), head)
    True
    >>> _runs_on(Row([Cell("ประเด็นที่ต้อง"), Cell("ผู้รับผิดชอบ"), Cell("การรายงานผล")]), head)
    False
    """
    new, old = _texts(row), _texts(header)
    return (len(new) == len(old) and any(old)
            and all(n.startswith(o) or (n and o.startswith(n)) for n, o in zip(new, old))
            and any(len(n) > len(o) and n.startswith(o) for n, o in zip(new, old))
            and 2 * sum(min(len(n), len(o)) for n, o in zip(new, old)) >= sum(map(len, old)))


def _without_header(row: Row, header: Row) -> Row:
    return Row([replace(c, text=_after(c.text, h.text)) for c, h in zip(row.cells, header.cells)], row.page)


def _split_repeat(row: Row, below: Row, header: Row) -> bool:
    """``row`` and ``below`` are ``header`` drawn again in two rows: a header
    the page cut where it first stood, its rest joined into it, drawn whole
    on a later page, its two rows' cells or its cells' lines read as two
    rows (no rule between them, cells aligned to the bottom); or the
    header's first lines only, clipped (:func:`repeats`).

    >>> from parsers.model import Cell
    >>> head = Row([Cell("ลำดับ"), Cell("การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ")])
    >>> cut = Row([Cell("ลำดับ"), Cell("การรายงานผลและการกำกับติดตาม")])
    >>> _split_repeat(cut, Row([Cell(""), Cell("กำหนดเวลาแล้วเสร็จ")]), head)
    True
    >>> _split_repeat(cut, Row([Cell("1"), Cell("ภายในเดือนมกราคม")]), head)
    False
    >>> _split_repeat(Row([Cell("ลำดับ"), Cell("การรายงานผล")]), Row([Cell(""), Cell("และการกำกับ")]), head)  # clipped
    True
    """
    n = len(header.cells)
    # Cells merged down shorter than the header clip its last lines there (:func:`repeats`).
    return len(row.cells) == len(below.cells) == n and not same_text(row, header) and repeats(_below(row, below), header)


def _stacked_header(row: Row, rows: list[Row]) -> tuple[int, Row] | None:
    """The first rows of a table (a header of two or three rows), each
    column's texts stacked into one cell, where ``row`` is those drawn again:
    with no rule between the header's rows (columns ruled, or no lines at
    all), a page reads them as one row, run on into a cut row's text right
    under the header's last one where nothing else parts them.

    >>> from parsers.model import Cell
    >>> head = [Row([Cell("ผู้รับผิดชอบ"), Cell("การรายงานผล")]), Row([Cell(""), Cell("กำหนดเวลาแล้วเสร็จ")])]
    >>> _stacked_header(Row([Cell("ผู้รับผิดชอบ"), Cell("การรายงานผล\\nกำหนดเวลาแล้วเสร็จ\\nภายในเดือนมกราคม")]), head)[0]
    2
    >>> _stacked_header(Row([Cell("ผู้รับผิดชอบ"), Cell("การรายงานผล\\nภายในเดือนมกราคม")]), head) is None
    True
    """
    for k in range(min(len(rows), MAX_HEADER_ROWS), 1, -1):
        if len({len(r.cells) for r in rows[:k]} | {len(row.cells)}) != 1:
            continue
        n = len(row.cells)
        head = Row([Cell(text) for text in _stacked([(r, range(n)) for r in rows[:k]], n)])
        if repeats(row, head) or _runs_on(row, head):
            return k, head
    return None


def merge(prev: PageTable, nxt: PageTable, gap: bool = False, headers: list[Row] = (), lowest: float = 0.0) -> None:
    """Append the next page's rows to the table they continue: drop the
    repeated header rows, and merge a row broken at the page boundary (its
    continuation leaves empty the cells that ended on the previous page, or
    every cell goes on from text that filled its cell to the page's end, or
    the two make one of ``headers``, tables' first rows seen before (and
    the headers under their title rows), cell by cell: a header the page
    cut, its cells ending at different lines).
    A table of one row (a header left at the page's foot) goes on where
    some of its cells ended and the others' next words would not have fit
    on their last lines (:func:`_wrapped_on`), or may not have where the
    next page's first row has text in few cells, not the first (a new row
    has its first cell's text, and most others').
    With ``gap`` (a lost page between the two) the pages' geometry says
    nothing about each other: only empty cells tell a row that goes on.
    ``lowest``: the lowest table bottom seen on pages of ``prev``'s height
    (:func:`filled_page`)."""
    if not prev.ruled and prev.text_ends and nxt.text_ends and len(nxt.text_ends) == len(prev.text_ends):
        # One table: how far its columns' text reaches shows on both pages (a header alone shows little).
        prev.text_ends = [max(a, b) for a, b in zip(prev.text_ends, nxt.text_ends)]
    header, skipped, rows = _header_again(prev.table.rows, nxt.table.rows)
    # An empty row first holds nothing to join: a row's rest drawn with its padding ruled off over it
    # (Chromium, cells aligned to the bottom: m12-12).
    while skipped < len(rows) - 1 and not any(c.text.strip() for c in rows[skipped].cells):
        skipped += 1
    rows = rows[skipped:]
    # Its last row is not a header the next page repeats, nor a row of column numbers (one line: never cut).
    if rows and len(prev.table.rows) > header and not column_numbers(prev.table.rows[-1]):
        last, first = prev.table.rows[-1], rows[0]
        # Lines of the rows around the two in question: does this table have tall rows?
        others = prev.row_lines[:-1] + nxt.row_lines[skipped:]
        pairs = list(zip(last.cells, first.cells))
        # A table of one row may be a header left alone at the foot of the page:
        # its row goes on only where the page cut it, not where a cell is empty.
        alone = len(prev.table.rows) == 1
        lone = all(len(r.cells) == 1 for r in prev.table.rows[:-1])  # alone, or under title rows
        # That row a header seen whole before (another table's): its cells ended, short or not.
        whole = lone and _seen_before(last, headers)
        geometry = not gap and (prev.open_bottom and not _ended_with_room(prev, first) or nxt.open_top
                                or not whole and _filled_to_the_end(prev, nxt, first, others, lowest))
        n = len(last.cells)
        same = len(first.cells) == n
        # A header the page cut, its cells ending at different lines: the two make one seen before.
        cut_header = _makes_header(last, first, headers)
        if not cut_header and same and (two := _two_rows(rows)) is not None and _makes_header(last, two, headers):
            # Its rest read as two rows (cells aligned to the bottom, some a line shorter): one.
            first = rows[1] = two
            rows = rows[1:]
            cut_header = True
        if not cut_header and same and (parts := _header_rest(last, first, headers)):
            # A header the page cut, its rest run into the next row's cells (no rule under it): the two apart.
            first, rows[0] = parts
            rows.insert(0, first)
            cut_header = True
        # A header of two rows without lines, the page cut its first row's cells merged down over the second:
        # their rest is under the second's empty cells, and goes on from the first row; the rest under
        # the second's text (the page cut that row too) goes on from the second.
        over = prev.table.rows[-2] if len(prev.table.rows) > 1 and not cut_header and same else None
        upper = _under_empty(last, first)
        if over is not None and any(c.text.strip() for c in upper.cells) and (
                _makes_header(over, upper, headers) or _header_wrapped_on(prev, nxt, first, headers)):
            for before, after in zip(last.cells, first.cells):
                if before.text.strip():
                    before.text = _join_across_pages(before.text, after.text)
            last, first, cut_header = over, upper, True
        ended = any(not after.text.strip() and before.text.strip() for before, after in pairs)  # on that page
        # Alone (under a title row maybe), where some cells ended: only if the others wrapped onto the page;
        # or may have (none surely fitted) where they are few, not the first: a new row has its first
        # cell's text, and most others'.
        few = (bool(first.cells) and not first.cells[0].text.strip()
               and 2 * sum(bool(c.text.strip()) for c in first.cells) <= n)
        wrapped = lone and ended and _wrapped_on(prev, nxt.fills_of(first) or [], range(n), least=0 if few else 1)
        if (wrapped and not cut_header and same and len(rows) > 1 and len(rows[1].cells) == n
                and any(a.text.strip() and not b.text.strip() and not c.text.strip()
                        for a, b, c in zip(last.cells, first.cells, rows[1].cells))
                and _wrapped_under(prev, nxt, first, rows[1])):
            # Its rest read as two rows (cells aligned to the bottom, nothing before voted so), some cells
            # ended on that page: one.
            first = rows[1] = _below(first, rows[1])
            rows = rows[1:]
        # Alone, with its cells' numbered steps going on (๑. above, ๒. here): its row, not a header's next.
        numbered = alone and same and _numbered_on(last, first)
        broken = geometry or cut_header or alone and (wrapped or numbered) or (
            not alone and (ended or _last_header_row_cut(prev.table.rows, first)))
        if broken and same:
            for (col, before), after in zip(last.grid_cells(), first.cells):
                owner = _owner(prev.table.rows, col) if before.merged_above and not before.text.strip() else before
                owner.text = _join_across_pages(owner.text, after.text)
            rows = rows[1:]
    prev.table.rows.extend(rows)


def _numbered_on(upper: Row, lower: Row) -> bool:
    """Each cell with text of ``lower`` starts with the step that follows
    the last one of ``upper``'s cell above it (๑. there, ๒. here): the
    list goes on, so does the row. LibreOffice moves a cell's next
    paragraph on to the next page at times, leaving room (1072-1 of
    --two-looks): where a row was alone on its page (a table split in two
    by hand), nothing else tells it from a header whose next row is new.

    >>> row = lambda *texts: Row([Cell(t) for t in texts])
    >>> upper = row("e๗ การเผยแพร่ผลงาน", "๑.เจ้าหน้าที่ทุกภารกิจงาน\\n ประชาสัมพันธ์", "๑.รายงานผล")
    >>> _numbered_on(upper, row("", "๒.รายงานผู้บริหาร\\n๓.ประชาสัมพันธ์", "")), _numbered_on(upper, row("", "2) รายงาน", ""))
    (True, True)
    >>> _numbered_on(upper, row("", "๑.จัดให้มีช่องทาง", "")), _numbered_on(upper, row("", "", ""))
    (False, False)
    >>> _numbered_on(upper, row("", "๒.รายงานผู้บริหาร", "ภายในเดือนเมษายน"))  # a cell not numbered on
    False
    """
    def last(text: str) -> int | None:
        steps = layout.LIST_NUMBER.findall(arabic_digits(text))
        return int(steps[-1]) if steps else None

    def opening(text: str) -> int | None:
        step = layout.LIST_NUMBER.match(arabic_digits(text))
        return int(step[1]) if step else None

    pairs = [(last(a.text), opening(b.text)) for a, b in zip(upper.cells, lower.cells) if b.text.strip()]
    return bool(pairs) and all(n is not None and k == n + 1 for n, k in pairs)


def _wrapped_on(prev: PageTable, after: list[Fill | None], under: list[int | None] | range,
                above: list[Fill | None] | None = None, least: int = 1) -> bool:
    """Each cell with text of the next page's first row (``after``: where
    its text sits) wrapped onto that page from the cell above it, of
    ``prev``'s last row (``under``: its place there, None for none; or, per
    place, ``above``): its first word would not have fit on that cell's
    last line (:func:`_next_word`), surely in ``least`` of them at least,
    and surely fitted in none. A row of its own starts with a word that
    fits, in one cell at least (``e๘``), or has text under an empty cell.

    >>> cell = lambda text: Cell(text, bbox=(23, 0, 212, 0))
    >>> head = PageTable(Table([Row([cell("ประเด็นที่ต้องปรับปรุง แก้ไข/ประเด็นที่ต้อง"), cell("")], 1)]), (0, 0, 0, 0),
    ...                  [23, 212, 303], last_row_fill=[Fill(0, 2, 0, 16, 35, end=170), None])
    >>> [_wrapped_on(head, [Fill(0, 1, 0, 16, end=76, word=w), None], range(2)) for w in (48, 9)]  # พัฒนา; ก
    [True, False]
    >>> _wrapped_on(head, [Fill(0, 1, 0, 16, end=76, word=48), Fill(0, 1, 0, 16, end=250, word=9)], range(2))
    False
    """
    before = (prev.last_row_fill or []) if above is None else above
    fits = [_next_word(prev, k, before[k], f) if k is not None and k < len(before) and before[k] else True
            for f, k in zip(after, under) if f]
    return fits.count(False) >= least and True not in fits


def _header_wrapped_on(prev: PageTable, nxt: PageTable, first: Row, headers: list[Row] = ()) -> bool:
    """``prev`` is a header of two rows alone (at the page's foot), the second
    mostly empty (under the first row's cells merged down), and each cell
    with text of ``first``, the next page's first row, wrapped on from the
    cell above it: the second row's where that has text, else the first's
    (:func:`_wrapped_on`). A table's first header, seen nowhere before: a
    first row seen whole in ``headers`` (another table's) was not cut."""
    if len(prev.table.rows) != 2:
        return False
    head, second = prev.table.rows
    if _seen_before(head, headers):
        return False
    if 2 * sum(bool(c.text.strip()) for c in second.cells) >= len(second.cells):
        return False
    ups, lows = prev.fills_of(head) or [], prev.last_row_fill or []
    above = [(lows if c.text.strip() else ups)[k] if k < min(len(ups), len(lows)) else None
             for k, c in enumerate(second.cells)]
    after = nxt.fills_of(first) or []
    return _wrapped_on(prev, after, range(len(after)), above)


def _wrapped_under(prev: PageTable, nxt: PageTable, upper: Row, lower: Row) -> bool:
    """Each cell with text of ``lower``, the next page's row under its first
    (``upper``, going on from ``prev``'s last row), wrapped on from the cell
    above it: ``upper``'s, or where that is empty, ``prev``'s last row's
    (:func:`_wrapped_on`)."""
    ups, lows, before = nxt.fills_of(upper) or [], nxt.fills_of(lower) or [], prev.last_row_fill or []
    above = [(ups[k] if k < len(ups) else None) or (before[k] if k < len(before) else None) for k in range(len(lows))]
    return _wrapped_on(prev, lows, range(len(lows)), above)


def _next_word(prev: PageTable, col: int, before: Fill, after: Fill) -> bool | None:
    """Whether the first word of a cell's text on the next page (``after``)
    would have fit on the last line of the cell above it (``before``, of
    ``prev``'s last row, in cell ``col``): True where it surely would
    have, so a paragraph ended there; False where it surely would not, so
    the line may have wrapped there; None where that is not known. A line
    ends a cell's padding short of its right side (CELL_PADDING at the
    most, a quarter size at the least; the table's own, where its text
    shows it: the padding on the left, as word processors draw it), without
    lines at least as far right as its column's widest line and at most to
    :func:`parsers.layout.unruled_room` (the last column's end is not
    known).

    >>> t = PageTable(Table([Row([Cell("ก", bbox=(23, 0, 212, 0))], 1)]), (0, 0, 0, 0), [23, 212])
    >>> [_next_word(t, 0, Fill(0, 2, 0, 16, end=170), Fill(0, 1, 0, 16, word=w)) for w in (48, 20, 36, 40)]
    [False, True, None, False]
    >>> t.padding = 5.5  # การ after ดำเนิน: 0.3 pt past the line's end (the cell's right, 212, less 5.5)
    >>> [_next_word(t, 0, Fill(0, 2, 0, 16, end=181.4), Fill(0, 1, 0, 16, word=w)) for w in (25.4, 24.9)]
    [False, None]
    """
    end = before.end + after.word
    if prev.ruled:
        right = prev.table.rows[-1].cells[col].bbox[2]
        least, most = right - CELL_PADDING, right - 0.25 * after.size
        if prev.padding is not None:
            most = min(most, right - prev.padding + LAYOUT_STEP)
    else:
        least = prev.text_ends[col] if prev.text_ends else None
        has_next = col + 2 < len(prev.columns)
        most = layout.unruled_room(least or 0.0, prev.columns[col + 1], after.size) if has_next else None
    if least is not None and end <= least:
        return True
    if most is not None and end > most:
        return False
    return None


def _last_header_row_cut(rows: list[Row], first: Row) -> bool:
    """``rows``, all a table has on the page it starts on, are a header of
    two or three rows that the page cut inside its last: half its cells or
    more empty or merged down into it from the row above, and ``first``,
    the next page's first row, has text under the others, and under cells
    merged down (their first row's cell cut too) only beside them, in half
    its cells at most: a new row has its first cell's text, and most
    others'. LibreOffice draws no header on the next page then.

    >>> from parsers.model import Cell
    >>> head = [Row([Cell("ผู้รับผิดชอบ"), Cell("การรายงานผล")], 1),
    ...         Row([Cell("", merged_above=True), Cell("กำหนดเวลาแล้ว")], 1)]
    >>> cut = lambda first: _last_header_row_cut(head, Row([Cell(t) for t in first]))
    >>> cut(["", "เสร็จ"]), cut(["สำนักปลัด", ""])
    (True, False)
    >>> head[1].cells += [Cell("", merged_above=True), Cell("", merged_above=True)]  # four columns
    >>> cut(["ชอบ", "เสร็จ", "", ""]), cut(["สำนักปลัด", "ภายในเดือนมกราคม", "๑.รายงาน", "ดำเนินการแล้ว"])
    (True, False)
    """
    last = rows[-1]
    if not 2 <= len(rows) <= MAX_HEADER_ROWS or len({r.page for r in rows}) != 1 or len(last.cells) != len(first.cells):
        return False
    quiet = [c.merged_above or not c.text.strip() for c in last.cells]
    under = [(c, a.text.strip()) for c, a in zip(last.cells, first.cells)]
    return (2 * sum(quiet) >= len(quiet) and any(t and c.text.strip() for c, t in under)
            and 2 * sum(bool(t) for _, t in under) <= len(under)
            and not any(t and not c.text.strip() and not c.merged_above for c, t in under))


def column_numbers(row: Row) -> bool:
    """A row numbering the columns under a header, as government forms
    have: ``(๑) (๒) (๓)``, or ``1 2 3``, three or more in order.

    >>> from parsers.model import Cell
    >>> column_numbers(Row([Cell("(๑)"), Cell("(๒)"), Cell("(๓)"), Cell("(๔)")]))
    True
    >>> column_numbers(Row([Cell("1"), Cell("กองคลัง"), Cell("3")])), column_numbers(Row([Cell("1"), Cell("1"), Cell("1")]))
    (False, False)
    """
    return column_numbering([c.text for c in row.cells])


def _owner(rows: list[Row], col: int) -> Cell:
    """The cell that a vertically merged cell at grid column ``col`` of the
    last row belongs to: the nearest one above that starts there and is not
    itself a continuation (its text goes on onto the next page)."""
    for row in reversed(rows[:-1]):
        cell = dict(row.grid_cells()).get(col)
        if cell is None:
            break
        if not cell.merged_above:
            return cell
    return dict(rows[-1].grid_cells())[col]


def _filled_to_the_end(prev: PageTable, nxt: PageTable, first: Row, others: list[int], lowest: float = 0.0) -> bool:
    """Every cell that the next page's first row continues had text filling
    the previous page's last row, top to bottom: the page cut that row (a
    cell aligned to the bottom reaches it without filling the row). A row
    that ends on its own has one tallest cell (so a single cell going on must
    be the tallest, of three lines or more), or is short (a table of
    one-line rows): so a part of one or two lines counts only in a table with
    a row of four lines or more (``others``: the other rows' lines) or where
    the table runs down to the bottom margin (taken to mirror the next page's
    top margin; where that stands low, a page header over the table, the
    ``lowest`` table bottom seen); elsewhere three lines or more. Where no
    other line fits above that margin, a cell may end a line short of the
    others (widows)."""
    fill = prev.last_row_fill
    if not fill or len(fill) != len(first.cells):
        return False
    filled = [f for f in fill if f]
    if not filled:
        return False
    # Down to the bottom margin, taken to mirror the next page's top one (under a page header: the lowest seen).
    margin = prev.page_height - nxt.bbox[1] if prev.page_height and nxt.bbox[1] < 0.15 * prev.page_height else lowest
    at_bottom = margin and prev.bbox[3] >= margin - 3
    least = 1 if at_bottom or max(others, default=0) >= 4 else 3
    floor = min(f.below for f in filled)
    ceiling = min(f.above for f in filled)
    going_on = [i for i, cell in enumerate(first.cells) if cell.text.strip()]
    if len(going_on) == 1:  # one cell goes on: the row's tallest, three lines or more
        least = max(least, 3, *(f.lines for f in filled))
    # Where no other line fits above the bottom margin, a cell may stop a line
    # short: a browser or a word processor moves a paragraph's last two lines
    # on together (widows); or a line, where the one left ends in the space it broke at
    # or the next page's first word would not have fit on it; or any, where the
    # cells that fill the row wrapped onto the page (two surely, none surely not):
    # the page cut the row, and the cell's next paragraph had no room (spaced apart).
    no_room = lambda f: margin and prev.bbox[3] + prev.next_line(f) > margin  # noqa: E731
    broke = {i for i, c in enumerate(prev.table.rows[-1].cells) if _broke_at_space(c)}  # a fill: a last row
    after = nxt.fills_of(first) or []
    at_floor = lambda f: f.below <= floor + 1.5  # noqa: E731
    full = [i for i in going_on if fill[i] and at_floor(fill[i])]
    # Asked only where a cell going on stops short of the others.
    all_wrapped = len(full) < len(going_on) and _wrapped_on(
        prev, [after[i] if i < len(after) else None for i in full], full, least=2)
    wrapped = lambda i, f: (i < len(after) and after[i]  # noqa: E731
                            and (all_wrapped or _next_word(prev, i, f, after[i]) is False))
    short = lambda i, f: ((f.lines >= 2 or i in broke or wrapped(i, f)) and no_room(f)  # noqa: E731
                          and f.below <= floor + max(1.8 * f.size, (f.pitch or prev.line_pitch) + 0.5 * f.size))
    return bool(going_on) and all(
        f is not None and (at_floor(f) or short(i, f)) and f.above <= ceiling + 0.5 * f.size
        and f.lines >= least for i, f in ((i, fill[i]) for i in going_on))


def _ended_with_room(prev: PageTable, first: Row) -> bool:
    """A cell of ``prev``'s last row ended with room for two lines more
    under its text, and the next page's ``first`` row has text in it: that
    row is a new one, though the page drew no border under ``prev`` (a
    page that cuts a row moves on a paragraph's last two lines at most).
    Chromium draws none where a row ended right at the page's foot: it
    moves the row's bottom padding and border on, under the header drawn
    again.

    >>> cols, row = [0, 100, 200], lambda *texts: Row([Cell(t) for t in texts])
    >>> prev = PageTable(Table([row("e๘ หน่วยงาน", "๑.เจ้าหน้าที่")]), (0, 0, 0, 0), cols,
    ...                  last_row_fill=[Fill(244, 13, 0, 15, 22), Fill(0, 24, 0, 15, 22)])
    >>> _ended_with_room(prev, row("e๙ หน่วยงาน", "๑.แต่งตั้ง")), _ended_with_room(prev, row("", "๒.รายงาน"))
    (True, False)
    """
    fills = prev.last_row_fill or []
    return len(fills) == len(first.cells) and any(
        f is not None and c.text.strip() and f.below >= 2 * prev.next_line(f) for f, c in zip(fills, first.cells))


def _broke_at_space(cell: Cell) -> bool:
    """``cell``'s last line ends in the space it broke at (Word and
    LibreOffice draw it): its text went on past that line.

    >>> _broke_at_space(Cell("e๗ ")), _broke_at_space(Cell("ผู้รับผิดชอบ"))
    (True, False)
    """
    return cell.text.endswith(" ")


def _join_across_pages(a: str, b: str) -> str:
    """A cell's text on the last page and its rest on the next, joined as a
    wrap inside a page would be (:func:`layout.separator`).

    >>> _join_across_pages("ให้แล้วเสร็จ ภายในเดือนเมษายน๒๕", "๖๖"), _join_across_pages("ภายใน ๓๐", "วัน")
    ('ให้แล้วเสร็จ ภายในเดือนเมษายน๒๕๖๖', 'ภายใน ๓๐ วัน')
    """
    if not b.strip():
        return a
    if not a.strip():
        return b
    if a.endswith((" ", "\n")) or b.startswith(" "):
        return a + b
    if layout.run_broken(a.rsplit("\n", 1)[-1], b):  # a web address the page cut: www.thachang.go.|th
        return a + b
    return a + layout.separator(a, b) + b
