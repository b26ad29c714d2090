"""Ruled tables on a PDF page: pdfplumber's table settings, with the
repairs real exports need (a table a page break left open, lines a /Rotate
turned, tables that touch but have different columns)."""

from __future__ import annotations

import bisect
import itertools
import math
import statistics

import pdfplumber

from parsers import layout

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
                  "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}
# Column lines worked out from the text stand where they are: snapped 3 points
# together, two tables' on one page (661.0, 658.1) met between them, and one
# table's cells had a point of room they do not have.
COMPUTED_SNAP = 0.1
SIDE_PADDING = 5.0  # points: a cell's text starts this far right of its column line (LibreOffice 5.0, Word 5.4)


def split_by_columns(table) -> list:
    """pdfplumber makes one table of tables that touch. A row whose column
    lines and the previous row's each have one the other lacks starts a new
    table (a row with merged cells only lacks some). A row's lines are
    those of every cell across it, a cell merged down from a row above too
    (a title over two columns, its neighbours merged down beside them)."""
    rows = table.rows
    if len(rows) < 2:
        return [table]

    def lacks(xs: list[float], ys: list[float]) -> bool:
        return any(all(abs(x - y) > 2 for y in ys) for x in xs)

    def across(row) -> list[float]:
        top, bottom = row.bbox[1], row.bbox[3]
        return [x for c in table.cells if c[1] < bottom - 1 and c[3] > top + 1 for x in (c[0], c[2])]

    parts = [[rows[0]]]
    lines = [across(row) for row in rows]
    for i in range(1, len(rows)):
        if lacks(lines[i], lines[i - 1]) and lacks(lines[i - 1], lines[i]):
            parts.append([])
        parts[-1].append(rows[i])
    if len(parts) == 1:
        return [table]
    return [pdfplumber.table.Table(table.page, [c for row in part for c in row.cells if c]) for part in parts]


def column_bounds(table) -> list[float]:
    xs = sorted({round(c[0], 1) for c in table.cells} | {round(c[2], 1) for c in table.cells})
    out: list[float] = []
    for x in xs:
        if not out or x - out[-1] > 2:
            out.append(x)
    return out


def drawn_columns(table, cols: list[float]) -> list[float]:
    """A table's column lines ``cols`` (:func:`column_bounds`), each where
    the page draws it beside the table. pdfplumber snaps lines 3 pt apart
    together across the whole page, one after another: two tables' lines
    that nearly meet (Chromium sizes each table's columns its own way),
    each a pair of borders apart (``border-collapse: separate``), moved
    one another's by 5 pt, and a row's rest no longer stood in its table's
    columns. A line the page does not draw (a side taken from the last
    page's table) stays where it was put. The cells keep pdfplumber's
    lines: they are what its cells span."""
    top, bottom = table.bbox[1], table.bbox[3]
    drawn = sorted(e["x0"] for e in table.page.edges
                   if e["orientation"] == "v" and e["top"] < bottom - 1 and e["bottom"] > top + 1)
    return [_drawn_near(x, drawn) for x in cols]


def _drawn_near(x: float, drawn: list[float]) -> float:
    """Where the column line snapped to ``x`` is drawn: the middle of the
    run of ``drawn`` lines (sorted; each within 3 pt of the next) nearest to
    it, within 3 pt; else ``x``.

    >>> _drawn_near(134.7, [50.2, 51.0, 130.5, 131.2, 132.7, 133.5, 431.2]), _drawn_near(40, [50.2, 51.0])
    (132.0, 40)
    """
    runs: list[list[float]] = []
    for d in drawn:
        if runs and d - runs[-1][-1] <= 3:
            runs[-1].append(d)
        else:
            runs.append([d])
    near = [r for r in runs if r[0] - 3 <= x <= r[-1] + 3]
    if not near:
        return x
    run = min(near, key=lambda r: abs((r[0] + r[-1]) / 2 - x))
    return round((run[0] + run[-1]) / 2, 1)


def _background(rect: dict) -> bool:
    """A filled rectangle, not thin and not outlined: a cell's shading, not
    a border (Chromium and Word draw borders as filled rectangles up to
    Word's thickest, 6 pt)."""
    return bool(rect.get("fill")) and not rect.get("stroke") and min(rect["width"], rect["height"]) > 6.5


def _edges(page) -> tuple[list[dict], bool]:
    """The page's ruling lines, and whether pdfplumber's own edges would
    mislead (then the tables are found from these alone): cell shading
    (banded rows draw the grid of every other row only) is left out, and on
    a page turned by /Rotate pdfplumber keeps a line's orientation from
    before the turn (a row border comes out vertical). Nothing under
    :func:`off_page_cut`; lines drawn over the page's top that end above
    its text are a cut row's sides over its header drawn again (Chromium,
    from -115), and the rest is cut to the page."""
    edges, wrong = page.edges, False
    if any(_background(r) for r in page.rects):
        edges, wrong = [e for e in edges if e["object_type"] != "rect_edge"], True
        edges += [e for r in page.rects if not _background(r) for e in pdfplumber.utils.rect_to_edges(r)]
    cut = off_page_cut(page)
    if cut is not None:
        edges, wrong = [e for e in edges if e["bottom"] <= page.height + 1 and e["top"] <= cut + 0.5], True
    if any(e["top"] < -1 for e in edges):
        highest = min((c["top"] for c in page.chars if c["text"].strip()), default=page.height)
        box = (0, 0, page.width, page.height)
        edges = [pdfplumber.utils.clip_obj(e, box) if e["top"] < -1 else e
                 for e in edges if e["top"] >= -1 or e["bottom"] > highest]
        edges, wrong = [e for e in edges if e is not None], True
    out = []
    for e in edges:
        height, width = e["bottom"] - e["top"], e["x1"] - e["x0"]
        flat = height < width
        if max(height, width) >= 1 and flat != (e["orientation"] == "h"):
            wrong = True
            e = {**e, "orientation": "h" if flat else "v"}
        out.append(e)
    return out, wrong


def off_page_cut(page) -> float | None:
    """Where a row starts that the page cut before its first line, if it
    was drawn on past the page's foot (Chromium: its sides run to 1360 on a
    page 842 high, its text and the next table's header are drawn there,
    clipped unseen): none of it is on the page, and read, it made a row of
    its own (empty, or the header's tone marks). None if nothing runs off,
    or if more than a few of the page's letters stand below (a frame drawn
    larger than the page is no row the page cut).

    >>> class Page:
    ...     height, edges = 842, [{"orientation": "v", "top": 813.7, "bottom": 1359.7}]
    ...     chars = [{"text": "ก", "top": 100 + k} for k in range(100)]
    >>> off_page_cut(Page())
    813.7
    >>> Page.edges = [{"orientation": "v", "top": 50, "bottom": 900}]
    >>> off_page_cut(Page()) is None
    True
    """
    tops = [e["top"] for e in page.edges if e["orientation"] == "v" and e["bottom"] > page.height + 1]
    if not tops:
        return None
    letters = [c["top"] for c in page.chars if c["text"].strip()]
    return min(tops) if sum(top >= min(tops) for top in letters) <= 0.05 * len(letters) else None


def _vertical(x: float, top: float, bottom: float) -> dict:
    """A vertical edge at ``x`` from ``top`` to ``bottom`` (a side the table did not draw)."""
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom, "height": bottom - top}


def _by_span(lines: list[dict]) -> dict[tuple[int, int], list[dict]]:
    """Vertical lines by the (top, bottom) they run over, to the point."""
    groups: dict[tuple[int, int], list[dict]] = {}
    for e in lines:
        groups.setdefault((round(e["top"]), round(e["bottom"])), []).append(e)
    return groups


def _as_line(e: dict) -> dict:
    if e["orientation"] == "h":
        return {"object_type": "line", "x0": e["x0"], "x1": e["x1"], "top": e["top"], "bottom": e["top"],
                "width": e["x1"] - e["x0"], "height": 0}
    return {"object_type": "line", "x0": e["x0"], "x1": e["x0"], "top": e["top"], "bottom": e["bottom"],
            "width": 0, "height": e["bottom"] - e["top"]}


def table_settings(page, known: list[float] | None = None, cut: bool = True
                   ) -> tuple[dict | None, float | None, float | None]:
    """Table settings for a page (None: no table can be found), and the y of
    the borders added (bottom, top) where a page break left a table open.
    ``known``: the column lines of the last page's last table; ``cut``:
    whether that table filled its page, so the page may have cut its last
    row (:func:`parsers.continuation.filled_page`).
    Chromium (and so Google Docs) draws no border where a row breaks across
    pages: without one the row's part on either page would be in no cell.
    The column lines running past the last (or first) border show where it
    would be."""
    edges, explicit = _edges(page)
    vertical = [e for e in edges if e["orientation"] == "v" and e["height"] > 5]
    horizontal = [e for e in edges if e["orientation"] == "h" and e["width"] > 5]
    if len(vertical) < 3:
        rules = _rules(page, horizontal)
        ink = _ink(page) if rules else []  # read once, for the columns and for their lines
        found = columns_between_rules(page, rules, ink, known, cut) if rules else None
        if not found:
            return (_explicit(vertical, horizontal) if explicit else TABLE_SETTINGS), None, None
        sections, bottom_y, top_y = found
        x0, x1 = sections[0][0][0], sections[0][0][-1]
        closing = [_as_line({"orientation": "h", "x0": x0, "x1": x1, "top": y})
                   for y in (bottom_y, top_y) if y is not None]
        ys = sorted({e["top"] for e in rules} | {e["top"] for e in closing})
        lines = _column_lines(ink, sections, ys)
        if explicit:
            settings = _explicit(lines, horizontal + closing)
            return settings and {**settings, "snap_x_tolerance": COMPUTED_SNAP}, bottom_y, top_y
        settings = {**TABLE_SETTINGS, "vertical_strategy": "explicit", "explicit_vertical_lines": lines,
                    "snap_x_tolerance": COMPUTED_SNAP}
        if closing:
            settings["explicit_horizontal_lines"] = closing
        return settings, bottom_y, top_y
    sides = _open_sides(vertical, horizontal)
    known_sides, rest_bottom = _known_sides(vertical, horizontal, known, sides)
    sides += known_sides
    sides += _sides_of_others(vertical, sides)
    sides += _text_sides(page, vertical, horizontal, sides, known)
    vertical += sides
    low, high = max(e["bottom"] for e in vertical), min(e["top"] for e in vertical)
    # A row that fills the page has no border on it at all.
    open_bottom = low > max((e["bottom"] for e in horizontal), default=high) + 3
    open_top = high < min((e["top"] for e in horizontal), default=low) - 3

    def border(y: float, end: str) -> dict | None:
        ends = [e for e in vertical if abs(e[end] - y) < 1]
        if len(ends) < 3:
            return None
        x0, x1 = min(e["x0"] for e in ends), max(e["x1"] for e in ends)
        return _as_line({"orientation": "h", "x0": x0, "x1": x1, "top": y})

    bottom = border(low, "bottom") if open_bottom else None
    top = border(high, "top") if open_top else None
    closing = [b for b in (bottom, top, rest_bottom) if b] + _unruled_joints(vertical, horizontal, border)
    closing += [b for b in _loose_ends(vertical, horizontal, border) if all(abs(b["top"] - c["top"]) > 1 for c in closing)]
    closing += _under_title(vertical, horizontal)
    # Drawn without outer borders, or without rules between its rows
    # (column lines only, its top or bottom border alone): no top or
    # bottom is a page's cut either (a page may end between two rows).
    if sides or not _rows_ruled(vertical, horizontal, low, "bottom"):
        bottom = None
    if sides or not _rows_ruled(vertical, horizontal, high, "top"):
        top = None
    if explicit:
        settings = _explicit(vertical, horizontal + closing)
    else:
        settings = dict(TABLE_SETTINGS)
        if sides:
            settings["explicit_vertical_lines"] = [_as_line(e) for e in sides]
        if closing:
            settings["explicit_horizontal_lines"] = closing
    return settings, low if bottom else None, high if top else None


def rows_ruled_apart(page, rows: list[tuple[float, float]], x0: float, x1: float) -> bool:
    """Whether a rule is drawn between each two of a table's ``rows`` (top,
    bottom; the table spans ``x0``-``x1``), two or more: not only a border
    its column lines imply (under a title row, at their joints).

    >>> class Page:
    ...     rects, edges = [], [{"orientation": "h", "x0": 37, "x1": 300, "top": 200, "bottom": 200}]
    >>> [rows_ruled_apart(Page, [(43, y), (y, 400)], 37, 794) for y in (200, 150)]
    [True, False]
    """
    if len(rows) < 2:
        return False
    horizontal = [e for e in _edges(page)[0] if e["orientation"] == "h" and e["x1"] - e["x0"] > 5]
    return all(any(abs(e["top"] - bottom) < 2 and e["x0"] < x1 and e["x1"] > x0 for e in horizontal)
               for _, bottom in rows[:-1])


def _rows_ruled(vertical: list, horizontal: list, y: float, end: str) -> bool:
    """Whether the table whose column lines end at ``y`` (``end``: their
    "bottom" or "top") has a rule across it between its top and bottom (a
    page's other tables aside).

    >>> v = lambda x, top, bottom: {"x0": x, "x1": x, "top": top, "bottom": bottom}
    >>> h = lambda top: {"x0": 37, "x1": 794, "top": top, "bottom": top}
    >>> columns = [v(37, 425, 535), v(370, 425, 535), v(794, 425, 535), v(37, 43, 400), v(794, 43, 400)]
    >>> _rows_ruled(columns, [h(43), h(200), h(400), h(425)], 535, "bottom")
    False
    >>> _rows_ruled(columns, [h(43), h(200), h(400), h(425)], 43, "top")
    True
    >>> by_row = [v(37, 43, 200), v(37, 200, 400), v(794, 43, 200), v(794, 200, 400)]  # a line per row
    >>> _rows_ruled(by_row, [h(43), h(200)], 400, "bottom")
    True
    """
    ends = [e for e in vertical if abs(e[end] - y) < 1]
    if not ends:
        return False
    top, bottom = min(e["top"] for e in ends), max(e["bottom"] for e in ends)
    # Column lines drawn row by row: the line goes on where the one above or below it ends.
    for e in sorted(vertical, key=lambda e: e["top"] if end == "top" else -e["bottom"]):
        if any(abs(e["x0"] - f["x0"]) < 1 for f in ends):
            if end == "bottom" and abs(e["bottom"] - top) < 3:
                top = min(top, e["top"])
            elif end == "top" and abs(e["top"] - bottom) < 3:
                bottom = max(bottom, e["bottom"])
    x0, x1 = min(e["x0"] for e in ends), max(e["x1"] for e in ends)
    return any(top + 3 < e["top"] < bottom - 3 and e["x0"] < x1 and e["x1"] > x0 for e in horizontal)


def _explicit(vertical: list, horizontal: list) -> dict | None:
    """Settings that find tables from these lines (edges, lines or x) alone;
    None where there are too few to make a cell."""
    if len(vertical) < 2 or len(horizontal) < 2:
        return None
    as_line = lambda e: _as_line(e) if isinstance(e, dict) and "orientation" in e else e  # an edge
    return {**TABLE_SETTINGS, "vertical_strategy": "explicit", "horizontal_strategy": "explicit",
            "explicit_vertical_lines": [as_line(e) for e in vertical],
            "explicit_horizontal_lines": [as_line(e) for e in horizontal]}


def _open_sides(vertical: list[dict], horizontal: list[dict]) -> list[dict]:
    """The sides of a table drawn without them (a Word style with no left and
    right borders, or inside lines only): rules that two or more column lines
    cross start (end) at one x where no column line runs. Each side runs over
    the rules and the column lines that cross them, one for each table.

    >>> v = lambda x, top, bottom: {"x0": x, "x1": x, "top": top, "bottom": bottom}
    >>> h = lambda y: {"x0": 20, "x1": 500, "top": y}
    >>> lines = [v(x, 40, 380) for x in (120, 220)] + [v(x, 400, 790) for x in (120, 220)]
    >>> [(e["x0"], e["top"], e["bottom"]) for e in _open_sides(lines, [h(140), h(740), h(790)])]
    [(20, 40, 380), (20, 400, 790), (500, 40, 380), (500, 400, 790)]
    """
    crosses = lambda h, v: h["x0"] + 2 < v["x0"] < h["x1"] - 2 and v["top"] - 1 <= h["top"] <= v["bottom"] + 1
    out = []
    for end in ("x0", "x1"):
        ends: dict[int, list[dict]] = {}
        for h in horizontal:
            crossing = (v for v in vertical if crosses(h, v))
            if next(crossing, None) and next(crossing, None):  # two or more (Word draws a line per cell: stop there)
                ends.setdefault(round(h[end]), []).append(h)
        for x, rules in ends.items():
            if any(abs(v["x0"] - x) < 3 for v in vertical):
                continue
            crossing = [v for v in vertical if any(crosses(h, v) for h in rules)]
            # A side for each table: two tables one above the other (one split
            # in two by hand) have a gap between them.
            spans = sorted([(h["top"], h["top"]) for h in rules] + [(v["top"], v["bottom"]) for v in crossing])
            merged = [list(spans[0])]
            for top, bottom in spans[1:]:
                if top <= merged[-1][1] + 1:
                    merged[-1][1] = max(merged[-1][1], bottom)
                else:
                    merged.append([top, bottom])
            out += [_vertical(rules[0][end], top, bottom) for top, bottom in merged]
    return out


def _known_sides(vertical: list[dict], horizontal: list[dict], known: list[float] | None,
                 sides: list[dict]) -> tuple[list[dict], dict | None]:
    """The sides of a table drawn without them, at the top of a page that
    holds a row of it no rule crosses (a row's rest, or all of a tall row),
    where :func:`_open_sides` found none: the last page's table's, where the
    column lines there are some of that table's inner ones, all as tall,
    and the table's sides lie beyond them. So are that table's inner lines
    the page did not draw, where no rule across the row runs over them:
    with borders apart (CSS ``border-collapse: separate``) Chromium draws
    the rest's cells that hold text only, each in a box of its own; the
    row then ends across the table where a box's bottom border is drawn
    (that border, across the table, is returned too; else None).

    >>> v = lambda x, top=50, bottom=500: {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom,
    ...                                     "height": bottom - top}
    >>> [e["x0"] for e in _known_sides([v(150), v(300), v(450)], [], [40, 150, 300, 450, 800], [])[0]]
    [40, 800]
    >>> _known_sides([v(150), v(300), v(470)], [], [40, 150, 300, 450, 800], [])
    ([], None)
    >>> rest = [v(150, 50, 80), v(300, 50, 80), v(450, 50, 80)]  # over the next table, ruled
    >>> [e["bottom"] for e in _known_sides(rest + [v(200, 100, 500)], [{"x0": 40, "x1": 800, "top": 200}],
    ...                                    [40, 150, 300, 450, 800], [])[0]]
    [80, 80]
    >>> box = [v(301, 50, 80), v(449, 50, 80)]  # one cell's box, its bottom border drawn
    >>> lines, bottom = _known_sides(box, [{"x0": 301, "x1": 449, "top": 80}], [40, 150, 300, 450, 800], [])
    >>> [e["x0"] for e in lines], (bottom["top"], bottom["x0"], bottom["x1"])
    ([40, 150, 800], (80, 40, 800))
    """
    if not known or len(known) < 3:
        return [], None
    top = min(e["top"] for e in vertical)
    lines = [e for e in vertical if abs(e["top"] - top) < 1]
    bottom = max(e["bottom"] for e in lines)
    if not (all(abs(e["bottom"] - bottom) < 1 for e in lines) and _where(lines, known[1:-1])):
        return [], None
    if any(e["top"] < bottom and e["bottom"] > top for e in sides):
        return [], None
    if any(top + 1 < h["top"] < bottom - 1 and h["x0"] < known[-1] and h["x1"] > known[0] for h in horizontal):
        return [], None
    if known[0] > min(e["x0"] for e in lines) - 3 or known[-1] < max(e["x0"] for e in lines) + 3:
        return [], None
    ruled = [h for h in horizontal if top - 1 <= h["top"] <= bottom + 1]
    missing = [x for x in known[1:-1] if not any(abs(e["x0"] - x) < 2 for e in lines)
               and not any(h["x0"] < x < h["x1"] for h in ruled)]
    closed = missing and any(abs(h["top"] - bottom) < 1 for h in ruled)
    return ([_vertical(x, top, bottom) for x in (known[0], *missing, known[-1])],
            _as_line({"orientation": "h", "x0": known[0], "x1": known[-1], "top": bottom}) if closed else None)


def _where(lines: list[dict], xs: list[float]) -> bool:
    """Every one of ``lines`` runs where one of ``xs`` does (within 2 points)."""
    return all(any(abs(e["x0"] - x) < 2 for x in xs) for e in lines)


def _sides_of_others(vertical: list[dict], sides: list[dict]) -> list[dict]:
    """Sides for the other tables of the page drawn without them: column
    lines of one height, all where the column lines of the table whose
    sides were found run (a table split in two by hand, its second part one
    row with no rule to find sides by), get that table's sides over their
    height.

    >>> v = lambda x, top, bottom: {"x0": x, "top": top, "bottom": bottom}
    >>> sides = [v(40, 50, 400), v(800, 50, 400)]
    >>> first, second = [v(x, 50, 400) for x in (150, 300)], [v(x, 450, 500) for x in (150, 300)]
    >>> [(e["x0"], e["top"], e["bottom"]) for e in _sides_of_others(first + second, sides)]
    [(40, 450, 500), (800, 450, 500)]
    >>> _sides_of_others(first + [v(x, 450, 500) for x in (150, 320)], sides)
    []
    """
    if len(sides) != 2:
        return []
    top, bottom = min(e["top"] for e in sides), max(e["bottom"] for e in sides)
    inner = [e["x0"] for e in vertical if e["top"] >= top - 1 and e["bottom"] <= bottom + 1]
    groups = _by_span([e for e in vertical if e["bottom"] < top - 1 or e["top"] > bottom + 1])  # beside none of it
    return [{**side, "top": y0, "bottom": y1, "height": y1 - y0}
            for (y0, y1), lines in groups.items()
            if len(lines) >= 2 and _where(lines, inner)
            for side in sides]


def _text_sides(page, vertical: list[dict], horizontal: list[dict], sides: list[dict],
                known: list[float] | None = None) -> list[dict]:
    """Sides for a table drawn without them (inside lines only) that no rule
    crosses and no table above shows them for (its first row, cut by the
    page, under another table of other columns): column lines of one
    height, text beside them and no line beyond. The left side runs a
    cell's padding left of where that text starts; the right one where the
    page's rules end (another table's sides), else where the last page's
    table ended (``known``, its column lines) if it started where this one
    does (tables of their own columns between the same margins), else as
    far from the page's right edge as the left side is from its left; or
    past the text, whichever is furthest (a last column's text ends short
    of it, and the next page's lines of the table go by these). With
    nothing beside the first column, the left side mirrors the right one.

    >>> from types import SimpleNamespace as Page
    >>> v = lambda x, top, bottom: {"x0": x, "x1": x, "top": top, "bottom": bottom}
    >>> ch = lambda x0, x1, top: {"x0": x0, "x1": x1, "top": top, "bottom": top + 12}
    >>> lines = [v(x, 200, 500) for x in (240, 330, 400)]
    >>> text = [ch(71, 80, 210), ch(72, 82, 250), ch(245, 255, 210), ch(600, 610, 210), ch(700, 712, 300)]
    >>> [(e["x0"], e["top"], e["bottom"]) for e in _text_sides(Page(chars=text, width=842), lines, [], [])]
    [(66, 200, 500), (776, 200, 500)]
    >>> [e["x0"] for e in _text_sides(Page(chars=text, width=842), lines, [{"x0": 66, "x1": 766}], [])]
    [66, 766]
    >>> [e["x0"] for e in _text_sides(Page(chars=text, width=842), lines, [], [], [66.5, 150, 500, 760])]
    [66, 760]
    >>> [e["x0"] for e in _text_sides(Page(chars=text[2:], width=842), lines, [], [])]  # the first column empty
    [129, 713]
    >>> _text_sides(Page(chars=text[2:3], width=842), lines, [], [])  # none beside: the lines' ends are its sides
    []
    """
    out = []
    for (top, bottom), lines in _by_span(vertical).items():
        left, right = min(e["x0"] for e in lines), max(e["x0"] for e in lines)
        if len(lines) < 2 or any(e["top"] < bottom and e["bottom"] > top and not left <= e["x0"] <= right
                                 for e in vertical + sides):
            continue
        beside = [c for c in page.chars if c["top"] >= top - 1 and c["bottom"] <= bottom + 1]
        starts = [c["x0"] for c in beside if c["x1"] < left]
        ends = [c["x1"] for c in beside if c["x0"] > right]
        if not (starts or ends):
            continue
        # An empty first or last column: the side beyond it mirrors the other.
        end = max(ends, default=0) + 1
        x0 = min(starts) - SIDE_PADDING if starts else min((h["x0"] for h in horizontal), default=page.width - end)
        margin = known[-1] if known and abs(known[0] - x0) < 2 else page.width - x0
        x1 = max(end, max((h["x1"] for h in horizontal), default=margin))
        x0, x1 = round(min(x0, left - SIDE_PADDING)), round(x1)
        out += [_vertical(x, top, bottom) for x in (x0, x1)]
    return out


def _loose_ends(vertical: list[dict], horizontal: list[dict], border) -> list[dict]:
    """Borders where column lines at three or more places (not an arrow's
    shaft drawn as two lines) end, or start, at a y no rule runs along and
    no column line runs past (a title row above column lines that start
    under it): a table drawn without its top or bottom (inside lines only)
    ends there.

    >>> v = lambda x, top, bottom: {"x0": x, "x1": x, "top": top, "bottom": bottom}
    >>> def border(y, end):
    ...     return {"top": y, "x0": 150, "x1": 450}
    >>> [b["top"] for b in _loose_ends([v(150, 50, 400), v(300, 50, 400), v(450, 50, 400)], [], border)]
    [400, 50]
    >>> _loose_ends([v(150, 50, 400), v(153, 50, 400), v(450, 50, 400)], [], border)  # two places
    []
    >>> [b["top"] for b in _loose_ends([v(150, 80, 400), v(300, 80, 400), v(450, 80, 400), v(40, 50, 400)],
    ...                                  [], border)]  # the side runs past 80: a title row above
    [400]

    A rule along the column lines' ends from the first to the last that
    leaves a gap between counts for none (at a page's top, LibreOffice
    leaves out the border over a cell merged down across the page's cut):

    >>> h = lambda x0, x1, y: {"x0": x0, "x1": x1, "top": y}
    >>> [b["top"] for b in _loose_ends([v(150, 50, 400), v(300, 50, 400), v(400, 50, 400), v(450, 50, 400)],
    ...                                [h(150, 300, 50), h(400, 450, 50), h(150, 450, 400)], border)]
    [50]
    """
    out = []
    other = {"bottom": "top", "top": "bottom"}
    for end in ("bottom", "top"):
        for y in sorted({round(e[end], 1) for e in vertical}):
            xs = sorted(e["x0"] for e in vertical if abs(e[end] - y) < 1)
            along = sorted((h["x0"], h["x1"]) for h in horizontal if abs(h["top"] - y) < 1)
            # A rule that leaves a gap between its ends, the column lines going no
            # further (drawn in parts: one going on where another starts), counts for none.
            ruled = along and not (_gapped(along, xs) and not any(
                abs(e[other[end]] - y) < 1 and any(abs(e["x0"] - x) < 1 for x in xs) for e in vertical))
            if (ruled or any(abs(b["top"] - y) < 1 for b in out)
                    or any(e["top"] < y - 1 and e["bottom"] > y + 1 for e in vertical)):
                continue
            if not _three_places(xs):
                continue
            line = border(y, end)
            if line:
                out.append(line)
    return out


def _three_places(xs: list[float]) -> bool:
    """Column lines at ``xs`` stand at three places or more, each 5 pt from
    the next (not an arrow's shaft drawn as two lines).

    >>> _three_places([150, 300, 450]), _three_places([150, 153, 450])
    (True, False)
    """
    xs = sorted(xs)
    return sum(b - a > 5 for a, b in zip(xs, xs[1:])) >= 2


def _under_title(vertical: list[dict], horizontal: list[dict]) -> list[dict]:
    """The border under a title row (one cell across the table) drawn with
    column lines only: no rule there, three column lines or more start
    under it, and the table's sides run on past them, from above.

    >>> v = lambda x, top, bottom: {"x0": x, "x1": x, "top": top, "bottom": bottom}
    >>> sides = [v(23, 492, 549), v(808, 492, 549)]
    >>> [(b["top"], b["x0"], b["x1"]) for b in _under_title(sides + [v(x, 521, 549) for x in (167, 271, 475)], [])]
    [(521, 23, 808)]
    >>> _under_title(sides + [v(x, 521, 549) for x in (167, 271, 475)], [{"top": 521, "x0": 23, "x1": 808}])
    []
    """
    out = []
    for y in sorted({round(e["top"], 1) for e in vertical}):
        xs = [e["x0"] for e in vertical if abs(e["top"] - y) < 1]
        if not _three_places(xs):
            continue
        past = [e for e in vertical if e["top"] < y - 1 and e["bottom"] > y + 1]
        left = [e for e in past if e["x0"] < min(xs) - 5]
        right = [e for e in past if e["x0"] > max(xs) + 5]
        if not left or not right or len(past) != 2 or any(
                abs(h["top"] - y) < 1 and h["x0"] < min(xs) and h["x1"] > max(xs) for h in horizontal):
            continue
        out.append(_as_line({"orientation": "h", "x0": left[0]["x0"], "x1": right[0]["x0"], "top": y}))
    return out


def _gapped(spans: list[tuple[float, float]], xs: list[float]) -> bool:
    """Sorted ``spans`` (a rule's parts) run from the first column line at
    ``xs`` to the last, with gaps between, each from one of those lines to
    another (a cell's border left out).

    >>> _gapped([(37, 480), (592, 794)], [37, 164, 480, 592, 794]), _gapped([(80, 316), (317, 553)], [80, 316, 553])
    (True, False)
    >>> _gapped([(72, 166), (187, 288)], [115, 238])  # boxes side by side, lines from their middles
    False
    """
    at = lambda x: any(abs(x - c) <= 2 for c in xs)  # noqa: E731
    if not spans or not at(spans[0][0]) or not at(max(b for _, b in spans)):
        return False
    gaps, reach = [], spans[0][1]
    for a, b in spans[1:]:
        if a > reach + 2:
            gaps.append((reach, a))
        reach = max(reach, b)
    return bool(gaps) and all(at(a) and at(b) for a, b in gaps)


def _unruled_joints(vertical: list[dict], horizontal: list[dict], border) -> list[dict]:
    """Row borders the producer left out where the column lines show them:
    three or more column lines end, and go on, at a y no rule crosses
    (ReportLab draws no rule under a header repeated over a split row)."""
    out = []
    for y in sorted({round(e["bottom"], 1) for e in vertical}):
        if sum(abs(e["bottom"] - y) < 1 for e in vertical) < 3 or sum(abs(e["top"] - y) < 1 for e in vertical) < 3:
            continue
        if any(abs(h["top"] - y) < 1 for h in horizontal):
            continue
        line = border(y, "bottom")
        if line:
            out.append(line)
    return out


def _rules(page, horizontal: list[dict]) -> list[dict]:
    """The rules across a table ruled only between its rows: its lines wider
    than 40% of the page."""
    return [e for e in horizontal if e["width"] > 0.4 * page.width]


def columns_between_rules(page, rules: list[dict], ink: list[dict], known: list[float] | None = None, cut: bool = True,
                          ) -> tuple[list[tuple[list[float], float, float]], float | None, float | None] | None:
    """Column lines for tables ruled only between their rows (a Word table
    style without vertical borders), as sections (column lines, from the y
    of a rule, to the y of a rule), and the y of a rule to add below (above)
    text of the table that goes on past the last (first) rule, where the page
    cut a row: or None.

    The columns are where every row's text leaves a gap (cell padding keeps
    two paddings free between columns), a line just before where the next
    column's text starts (left-aligned: the same x on every page). A row
    whose text runs across the gaps (a title over the whole table) does not
    count; three columns or more. Text in columns without any rule is
    reported, not read (``unruled_table``). ``known``: the last page's
    table's column lines, taken where the rules span the same width and no
    text crosses them (a page that holds the rest of a row has text in some
    columns only, perhaps too few in every band to show the columns: the
    first column's alone; ``cut``: that page may have cut its last row).
    Two tables on a page whose columns differ (each section's table laid
    out for its text) get a section each: the gaps of one are not the
    other's.
    ``rules``: the page's (:func:`_rules`); ``ink``: its letters and word
    gaps (:func:`_ink`)."""
    x0, x1 = min(e["x0"] for e in rules), max(e["x1"] for e in rules)
    ys = sorted({round(e["top"], 1) for e in rules})
    chars = [c for c in ink if x0 <= c["x0"] and c["x1"] <= x1]
    if not chars:
        return None
    min_gap = 0.5 * statistics.median(c["size"] for c in chars)

    shading = [r for r in page.rects if _background(r)]

    def within(top: float, bottom: float) -> list[dict]:
        """The letters whose middle is between ``top`` and ``bottom``: a band's."""
        return [c for c in chars if top < (c["top"] + c["bottom"]) / 2 < bottom]

    def band(top: float, bottom: float) -> list[tuple[float, float]] | None:
        """The free stretches of a row's band; None unless it has text in columns."""
        inside = sorted((c["x0"], c["x1"]) for c in within(top, bottom))
        free = _free(inside, x0, x1, min_gap)
        joints = _joints(shading, top, bottom, x0, x1)
        if joints is not None:  # its gutters are where its cells meet, not its word gaps
            inner = _inner(free, x0, x1)
            free = [(a, b) for a, b in free if (a, b) not in inner or any(a - 1 <= x <= b + 1 for x in joints)]
        return free if inside and len(_inner(free, x0, x1)) >= 2 else None

    # Runs of rows in columns, parted by a band that is not (a heading between
    # two tables, a title row), each with the stretches all its rows leave free.
    runs: list[list] = []  # [common, first rule's y, last rule's y]
    parted = True
    # Runs under an empty band, then a title: a table of its own (tables run on, the next one's title row first);
    # so is one row under an empty band, its cells starting elsewhere (below).
    apart: set[float] = set()
    gapped: set[float] = set()  # the tops of runs right under an empty band
    empty = False  # the band before was empty
    for top, bottom in zip(ys, ys[1:]):
        free = band(top, bottom)  # None: empty, or one text across the table (a title)
        if free is None:
            text = bool(within(top, bottom))
            if text and empty and runs:
                apart.add(bottom)
            parted, empty = True, not text
        elif parted:
            if empty and runs:
                gapped.add(top)
            runs.append([free, top, bottom])
            parted = empty = False
        else:
            runs[-1][0], runs[-1][2] = _intersect(runs[-1][0], free, min_gap), bottom
    # One row under an empty band (the paragraph between two tables), its cells starting elsewhere than those
    # of the rows above: the next table's first row (cut by the page, maybe). Its gaps leave any columns free.
    bands = lambda run: ys.index(run[2]) - ys.index(run[1])  # noqa: E731
    apart |= {run[1] for above, run in zip(runs, runs[1:]) if run[1] in gapped and bands(run) == 1 < bands(above)
              and _starts_moved(above[0], run[0], x0, x1, min_gap)}
    if not runs:  # no band shows columns: the rest of the last page's last row, if any, in its columns
        rest = _rest_above(chars, known, ys, ys[-1], min_gap, cut) if known and _spans(known, x0, x1) else None
        return ([(list(known), ys[0], rest)], None, None) if rest else None
    sections = _sections(runs, x0, x1, min_gap, known, apart)
    # Text beyond the first or last rule in the same columns: a row the page cut.
    outer = {name: (lo, hi, band(lo, hi)) for name, lo, hi in (("top", -1.0, ys[0]), ("bottom", ys[-1], page.height + 1))}
    ends = {}
    for name, (lo, hi, free) in outer.items():
        section = sections[0] if name == "top" else sections[-1]
        common = section[0]
        if free is not None and len(_inner(_intersect(common, free, min_gap), x0, x1)) == len(_inner(common, x0, x1)):
            section[0] = _intersect(common, free, min_gap)
            part = within(lo, hi)
            ends[name] = min(c["top"] for c in part) - 1 if name == "top" else max(c["bottom"] for c in part) + 1
    out = []
    for common, top, bottom in sections:
        gutters = _inner(common, x0, x1)
        if len(gutters) < 2:
            return None
        inside = within(top, bottom)
        pad = _padding(inside, x0, x1, min_gap)
        lines = [x0] + [max(b - pad, (a + b) / 2) for a, b in gutters] + [x1]
        out.append((_drop_stretched(lines, inside, ys[ys.index(top) + 1]), top, bottom))
    columns = out[0][0]
    if known and _spans(known, x0, x1):
        columns = _without_word_gaps(columns, known, within(out[0][1], out[0][2]), min_gap)
        # The rest of the last page's last row (a table of other columns under it), or all the columns of a
        # table going on whose rows here leave some empty (one row alone may leave word gaps free too).
        one_row = ys.index(sections[0][2]) - ys.index(sections[0][1]) == 1
        rest = _rest_above(chars, known, ys, out[0][1], min_gap, cut)
        # The rest, then a band apart (empty, or headings) over rows whose columns stand elsewhere: another
        # table. Its gaps as they are: a header's gutter inside a wider column of the last page's leaves
        # text either side on one line, as a word gap does.
        apart = rest is not None and rest < out[0][1] and (_moved(columns, known, min_gap)
                                                          or _moved(out[0][0], known, min_gap))
        if _fits(sections[0][0], known) and (len(known) >= len(columns) or len(out) > 1 or one_row) and not apart:
            out[0] = (list(known), *out[0][1:])
        elif rest:
            out.insert(0, (list(known), ys[0], rest))
    return out, ends.get("bottom"), ends.get("top")


def _padding(chars: list[dict], x0: float, x1: float, min_gap: float) -> float:
    """A cell's padding in a table of rules without column lines: how far in
    from the rules' ends (``x0``, ``x1``) its ``chars`` stand (the first
    column's text from the left end, the last column's widest line from the
    right; Word and LibreOffice pad 5.4 points), from half ``min_gap`` to
    ``min_gap``. A column's line stands that far left of the next column's
    text, so a cell's text has room up to two paddings short of it: a line
    with less room than that for the next word is no paragraph's end.

    >>> ch = lambda a, b: {"x0": a, "x1": b}
    >>> _padding([ch(28.5, 40.0), ch(250.0, 265.0), ch(760.0, 772.3)], 23.0, 779.9, 7.5)
    5.5
    >>> _padding([ch(24.0, 40.0), ch(250.0, 265.0)], 23.0, 779.9, 7.0)  # text 1 pt in: half min_gap at least
    3.5
    """
    ends = [min(c["x0"] for c in chars) - x0, x1 - max(c["x1"] for c in chars)] if chars else []
    return min(max(min(ends, default=0.0), min_gap / 2), min_gap)


def _spans(known: list[float], x0: float, x1: float) -> bool:
    """The last page's column lines ``known`` span the rules from ``x0`` to ``x1``: the same table's width."""
    return abs(known[0] - x0) < 2 and abs(known[-1] - x1) < 2


def _ink(page) -> list[dict]:
    """The page's letters (not marks, which take no room), and the gaps
    between two words of one line as chars: a wide font's space, or a
    justified line's, leaves as much room as two cells' padding do."""
    letters = [c for c in page.chars if c["text"].strip()]
    return [c for c in letters + layout.word_gaps(page.chars) if c["x1"] - c["x0"] > 0.5]


def _first_column_only(chars: list[dict], columns: list[float]) -> bool:
    """Text, all of it inside the first of ``columns`` (column lines): a
    heading, short enough to fit there, more often than a row's cell alone.
    A last letter may end on the line without crossing it (:func:`_crosses`):
    the line stands short of where the next column's text starts.

    >>> ch = lambda x0, x1: {"x0": x0, "x1": x1}
    >>> [_first_column_only([ch(28, 249), ch(249, x1)], [23, 258.3, 428]) for x1 in (258.7, 260)]
    [True, False]
    """
    return bool(chars) and all(c["x1"] <= columns[1] + 1 for c in chars)


def _drop_stretched(columns: list[float], chars: list[dict], header_bottom: float) -> list[float]:
    """``columns`` (lines) of a table whose first row, down to
    ``header_bottom``, is a header (text in three columns or more), but for
    the left line of a column with no header text whose only text is on
    the last line, a row's first line alone at a page's foot: a justified
    line's space that LibreOffice stretched on its left.

    >>> ch = lambda x0, top: {"text": "ก", "x0": x0, "x1": x0 + 6, "top": top, "bottom": top + 15, "size": 14}
    >>> head = [ch(28, 420), ch(156, 420), ch(282, 420), ch(408, 420)]
    >>> _drop_stretched([23, 151, 277, 353, 403, 780], head + [ch(281, 524), ch(357, 524)], 520)
    [23, 151, 277, 403, 780]
    >>> _drop_stretched([23, 151, 277, 353, 403, 780], head + [ch(281, 524), ch(357, 524), ch(281, 550)], 520)
    [23, 151, 277, 353, 403, 780]
    """
    mid = lambda c: (c["top"] + c["bottom"]) / 2  # noqa: E731
    letters = [c for c in chars if c["text"].strip()]
    within = lambda k, cs: [c for c in cs if columns[k] <= c["x0"] < columns[k + 1]]  # noqa: E731
    header = [c for c in letters if mid(c) < header_bottom]
    if not letters or sum(bool(within(k, header)) for k in range(len(columns) - 1)) < 3:
        return columns
    last = max(c["top"] for c in letters)
    on_last = lambda cs: bool(cs) and all(abs(c["top"] - last) < 0.3 * c["size"] for c in cs)  # noqa: E731
    stray = {k for k in range(len(columns) - 1) if not within(k, header) and on_last(within(k, letters))}
    # Its left line: a header's text starts at its column's left, so the column split is the one on the left.
    keep = [x for j, x in enumerate(columns) if not (0 < j < len(columns) - 1 and j in stray)]
    return keep if len(keep) > 3 else columns


def _without_word_gaps(columns: list[float], known: list[float], chars: list[dict], gap: float) -> list[float]:
    """``columns`` less each line inside a column of ``known`` (more than a
    ``gap`` from its lines) that only word gaps left free: every line of
    ``chars`` (letters) with text right of it in that column has text left
    of it there too (a justified line's word gap, as wide as two cells'
    padding, that the page's few rows all happened to leave free). A column
    of its own (ลำดับ) has lines of the next column's text beside nothing.

    >>> ch = lambda x0, x1, top: {"x0": x0, "x1": x1, "top": top, "bottom": top + 15}
    >>> known = [37, 251, 425, 794]
    >>> words = [ch(43, 170, 47), ch(200, 246, 47), ch(43, 120, 75), ch(43, 150, 470)]  # เครื่องมือ... OIT -
    >>> _without_word_gaps([37, 189, 251, 425, 794], known, words, 7)
    [37, 251, 425, 794]
    >>> seq = [ch(43, 60, 47), ch(200, 246, 47), ch(200, 240, 75)]  # ๑ | a cell's two lines
    >>> _without_word_gaps([37, 189, 251, 425, 794], known, seq, 7)
    [37, 189, 251, 425, 794]
    """
    keep = []
    for x in columns:
        k = bisect.bisect_right(known, x) - 1
        if min(abs(x - y) for y in known) <= gap or not 0 <= k < len(known) - 1:
            keep.append(x)
            continue
        inside = [c for c in chars if known[k] <= c["x0"] and c["x1"] <= known[k + 1]]
        right, left = [c for c in inside if c["x0"] >= x], [c for c in inside if c["x1"] <= x]
        beside = lambda c: any(abs(d["top"] - c["top"]) < 0.3 * (c["bottom"] - c["top"]) for d in left)  # noqa: E731
        if not right or not all(map(beside, right)):
            keep.append(x)
    return keep


def _moved(columns: list[float], known: list[float], gap: float) -> bool:
    """As many ``columns`` as ``known``, an inner line of them more than a
    ``gap`` away from its place there: laid out for other text.

    >>> _moved([23, 156, 297, 366, 441, 562], [23, 154, 265, 366, 439, 562], 7)
    True
    >>> _moved([23, 156, 267, 366, 441, 562], [23, 154, 265, 366, 439, 562], 7)
    False
    """
    return len(columns) == len(known) and any(abs(a - b) > gap for a, b in zip(columns[1:-1], known[1:-1]))


def _starts_moved(upper: list[tuple[float, float]], lower: list[tuple[float, float]], x0: float, x1: float,
                  gap: float) -> bool:
    """As many gutters in rows ``lower`` as in ``upper`` (free stretches),
    where a column's text starts (a gutter's right end) more than a ``gap``
    apart in one of them: cells laid out for other text.

    >>> upper = [(0, 5), (121, 132), (214, 225), (325, 335), (421, 432), (515, 519)]
    >>> _starts_moved(upper, [(0, 5), (110, 155), (215, 261), (300, 341), (418, 454), (464, 519)], 0, 519, 7)
    True
    >>> _starts_moved(upper, [(0, 5), (110, 133), (200, 226), (300, 334), (418, 436), (464, 519)], 0, 519, 7)
    False
    """
    starts = lambda free: [x0, *(b for _, b in _inner(free, x0, x1)), x1]  # noqa: E731
    return _moved(starts(lower), starts(upper), gap)


def _fits(common: list[tuple[float, float]], known: list[float]) -> bool:
    """Each inner column line of ``known`` falls where the rows leave room (in ``common``)."""
    return all(any(a <= x <= b for a, b in common) for x in known[1:-1])


def _rest_above(chars: list[dict], known: list[float], ys: list[float], first: float, gap: float, cut: bool = True
                ) -> float | None:
    """The y of the rule under text from the page's first rule down (not
    past ``first``, where the first table in columns starts) that the last
    page's columns ``known`` hold, no line across them: the rest of its
    last row, over a table of other columns (a gap, or headings between
    two rules, under it: across the columns, or in the first one only).
    Text in the first column only is that rest only if the last page may
    have ``cut`` its row: else it is a heading (a title row, over the next
    table's header).

    >>> ch = lambda x0, x1, top: {"x0": x0, "x1": x1, "top": top, "bottom": top + 15}
    >>> known = [66, 136, 261, 422, 571, 766]
    >>> _rest_above([ch(426, 490, 48), ch(71, 232, 101)], known, [43, 71, 179, 399], 179, 7)
    71
    >>> _rest_above([ch(200, 490, 48)], known, [43, 71, 179, 399], 179, 7) is None  # across the columns
    True
    >>> _rest_above([ch(426, 490, 48), ch(71, 120, 101)], known, [43, 71, 179, 399], 399, 7)  # a heading under it
    71
    >>> two = [ch(120, 134, 101), ch(137, 150, 101)]  # either side of a line, closer than a cell's padding
    >>> _rest_above([ch(426, 490, 48), *two], known, [43, 71, 179, 399], 399, 7)
    71
    >>> [_rest_above([ch(71, 120, 48)], known, [43, 71, 179, 399], 179, 7, cut) for cut in (True, False)]
    [71, None]
    """
    rest = None
    for top, bottom in zip(ys, ys[1:]):
        band = sorted((c for c in chars if top < (c["top"] + c["bottom"]) / 2 < bottom),
                      key=lambda c: (round(c["top"]), c["x0"]))
        if bottom > first or _crossed(band, known[1:-1], gap):
            break
        if (rest is not None or not cut) and _first_column_only(band, known):
            break  # under the rest, or where no row was cut: headings over the next table
        rest = bottom if band else rest
    return rest


def _crosses(char: dict, x: float) -> bool:
    """The char runs across a column line at ``x``."""
    return char["x0"] < x - 1 and char["x1"] > x + 1


def _title_lines(chars: list[dict], columns: list[float], gap: float) -> bool:
    """Lines of ``chars`` (sorted by line, then x) that each start in the
    first of ``columns`` (column lines) and run across every column line
    they reach past: a title row's lines, one cell across the table (a
    heading of two lines at the foot of a page over the next table's
    header), where a row's cells would keep each line inside its column.

    >>> ch = lambda x0, x1, top: {"x0": x0, "x1": x1, "top": top, "bottom": top + 15}
    >>> columns = [51, 245, 325, 510, 708, 780]
    >>> _title_lines([ch(57, 225, 427), ch(57, 240, 467), ch(240, 290, 467)], columns, 7)
    True
    >>> _title_lines([ch(57, 225, 427), ch(57, 240, 467), ch(331, 400, 467)], columns, 7)  # a cell's text beside
    False
    """
    for _, line in itertools.groupby(chars, key=lambda c: round(c["top"])):
        line = list(line)
        reach = max(c["x1"] for c in line) - 1
        passed = {x for x in columns[1:-1] if x < reach}  # the column lines the line reaches past
        if line[0]["x0"] >= columns[1] or passed - set(_crossed(line, columns[1:-1], gap)):
            return False
    return True


def _crossed(chars: list[dict], xs: list[float], gap: float) -> list[float]:
    """The column lines at ``xs`` that a line of ``chars`` (sorted by line,
    then x) runs across: a char over one, or two chars of one line either
    side of it, less than ``gap`` apart (cell padding keeps more).

    >>> ch = lambda x0, x1: {"x0": x0, "x1": x1, "top": 0, "bottom": 15}
    >>> _crossed([ch(200, 208), ch(208, 216), ch(219, 226)], [218, 300], 7), _crossed([ch(200, 208)], [218], 7)
    ([218], [])
    """
    pairs = [(a, b) for a, b in zip(chars, chars[1:]) if round(a["top"]) == round(b["top"])]
    return [x for x in xs if any(_crosses(c, x) for c in chars)
            or any(a["x1"] <= x + 1 and b["x0"] >= x - 1 and b["x0"] - a["x1"] < gap for a, b in pairs)]


def _sections(runs: list[list], x0: float, x1: float, min_gap: float, known: list[float] | None = None,
              apart: set[float] = frozenset()) -> list[list]:
    """Runs of rows (free stretches, top, bottom) joined where they are one
    table: each gutter of the run with fewer (of both, as many) is free in
    the other too (a run of one row has more gaps than its table's columns;
    two of its gaps in one gutter of the other do not make up for a gutter
    it lacks). All of them joined, as one table, unless two neighbours'
    columns differ. Nor is the first run joined to the next where the last
    page's columns ``known`` fit it and not the next: the rest of a row,
    then another table. Nor is a run whose top is in ``apart`` (under an
    empty band and a title: the next table run on, its title row first; or
    one row under an empty band, its cells starting elsewhere).

    >>> runs = [[[(0, 5), (30, 40), (70, 80), (95, 100)], 10, 50], [[(0, 5), (32, 38), (72, 75), (95, 100)], 60, 90]]
    >>> [(len(s[0]), s[1], s[2]) for s in _sections(runs, 0, 100, 2)]
    [(4, 10, 90)]
    >>> runs[1][0] = [(0, 5), (50, 60), (85, 90), (95, 100)]  # another table: its gutters are elsewhere
    >>> [(s[1], s[2]) for s in _sections(runs, 0, 100, 2)]
    [(10, 50), (60, 90)]
    >>> runs[1][0] = [(0, 5), (32, 38), (72, 75), (95, 100)]
    >>> [(s[1], s[2]) for s in _sections(runs, 0, 100, 2, apart={60})]  # under an empty band and a title
    [(10, 50), (60, 90)]
    >>> runs[1][0] = [(0, 5), (14, 20), (34, 37), (72, 75), (95, 100)]  # 30-40's two, none in 60-70: as many
    >>> runs[0][0] = [(0, 5), (10, 40), (60, 70), (72, 80), (95, 100)]
    >>> [(s[1], s[2]) for s in _sections(runs, 0, 100, 2)]
    [(10, 50), (60, 90)]
    """
    out = [list(runs[0])]
    whole = runs[0][0]  # all runs' common stretches, should they be one table
    for common, top, bottom in runs[1:]:
        whole = _intersect(whole, common, min_gap)
        pair = ((out[-1][0], common), (common, out[-1][0]))
        fewer = min(len(_inner(free, x0, x1)) for free in pair[0])
        kept = all(all(_intersect([g], other, min_gap) for g in _inner(free, x0, x1))
                   for free, other in pair if len(_inner(free, x0, x1)) == fewer)
        rest = known and len(out) == 1 and out[0][1:] == runs[0][1:] and _fits(out[0][0], known) and not _fits(common, known)
        if kept and not rest and top not in apart:
            out[-1] = [_intersect(out[-1][0], common, min_gap), out[-1][1], bottom]
        else:
            out.append([common, top, bottom])
    if len(out) > 1 and any(len(_inner(s[0], x0, x1)) < 2 for s in out):
        # A part with fewer than two gutters is no table of its own: one table, as before.
        return [[whole, runs[0][1], runs[-1][2]]]
    return out


def _column_lines(chars: list[dict], sections: list[tuple[list[float], float, float]], ys: list[float]) -> list:
    """Column lines of each section (column lines, top, bottom) between the
    rules at ``ys``, each left out between two rules where a line of text
    runs across it, and all of them where that line is the only text there:
    a title row merged over the table's columns is one cell, as its lines
    would show. A band outside every section is the nearest one's (the rest
    of a row the page cut, in its columns), but for one between two that is
    empty or has text across the columns or in the first column only
    (headings between two tables): the sides end there, so that each is a
    table of its own. But a band right under a section's rows, closed by a
    rule above the next section's top and nothing drawn between, is that
    section's row (the rest of a row cut, in the first column only, under
    a header drawn again).
    ``chars``: the page's letters and word gaps (:func:`_ink`).

    >>> ch = lambda x0, top: {"text": "ก", "x0": x0, "x1": x0 + 30, "top": top, "bottom": top + 14, "size": 14}
    >>> sections = [([0, 100, 200, 300], 10, 50), ([0, 120, 220, 300], 80, 120)]
    >>> rows = [ch(5, 20), ch(105, 20), ch(205, 20), ch(5, 90), ch(125, 90), ch(225, 90)]
    >>> sides = lambda lines: [(e["top"], e["bottom"]) for e in lines if e["x0"] == 0]
    >>> sides(_column_lines(rows + [ch(5, 55)], sections, [10, 50, 70, 80, 120]))  # a rest, then a gap
    [(10, 70), (80, 120)]
    >>> sides(_column_lines(rows + [ch(5, 62)], sections, [10, 50, 80, 120]))  # a heading over the next
    [(10, 50), (80, 120)]
    >>> sides(_column_lines(rows + [ch(5, 55)], sections, [10, 50, 65, 70, 80, 120]))  # a rest, a gap under it
    [(10, 65), (80, 120)]
    >>> sides(_column_lines(rows + [ch(5, 52), ch(5, 66), ch(125, 66)], sections, [10, 50, 65, 80, 120]))
    [(10, 50), (65, 120)]
    """
    if not chars or len(ys) < 2:
        return sections[0][0] if len(sections) == 1 else [x for columns, _, _ in sections for x in columns]
    gap = 0.5 * statistics.median(c["size"] for c in chars)
    out = []
    spans: dict[int, tuple[float, float]] = {}  # section -> the bands it takes
    for top, bottom in zip(ys, ys[1:]):
        inside = sorted((c for c in chars if top < (c["top"] + c["bottom"]) / 2 < bottom), key=lambda c: (round(c["top"]), c["x0"]))
        within = [i for i, s in enumerate(sections) if s[1] <= top and bottom <= s[2]]
        i = within[0] if within else min(range(len(sections)),
                                         key=lambda i: max(sections[i][1] - top, bottom - sections[i][2], 0))
        # Right under the rows of a section, a rule closing it above the next one's top, nothing drawn
        # between (an empty paragraph): that section's row (the rest of a row cut, in the first column only,
        # under a header drawn again). Not with a title row of the next table under it: headings.
        on = next((k for k, (_, z) in spans.items() if z == top), None)
        below = min((s[1] for s in sections if s[1] > top), default=math.inf)
        rest = not within and on is not None and bottom < below - 1 and not any(
            bottom < (c["top"] + c["bottom"]) / 2 < below for c in chars)
        if rest:
            i = on
        columns = sections[i][0]
        crossed = _crossed(inside, columns[1:-1], gap)
        # Between two tables, empty, across their columns or in the first column only (headings): a row of neither.
        if not within and sections[0][1] < top and bottom < sections[-1][2] and (
                crossed or not inside or _first_column_only(inside, columns) and not rest):
            continue
        spans[i] = (min(spans.get(i, (top, bottom))[0], top), bottom)
        if crossed and (len({round(c["top"]) for c in inside}) == 1 or _title_lines(inside, columns, gap)):
            continue  # a line of text across a column line, alone or under lines from the first: a title
        out += [_as_line({"orientation": "v", "x0": x, "top": top, "bottom": bottom})
                for x in columns[1:-1] if x not in crossed]
    sides = [_as_line({"orientation": "v", "x0": x, "top": top, "bottom": bottom})
             for i, (top, bottom) in sorted(spans.items()) for x in (sections[i][0][0], sections[i][0][-1])]
    return sides + out


def _free(spans: list[tuple[float, float]], x0: float, x1: float, min_gap: float) -> list[tuple[float, float]]:
    """Stretches of (x0, x1) of at least ``min_gap`` that sorted (x0, x1)
    spans leave free, the ends included (a row's empty cells).

    >>> _free([(10, 20), (18, 30), (50, 60), (61, 70)], 0, 100, 5)
    [(0, 10), (30, 50), (70, 100)]
    """
    out, reach = [], x0
    for a, b in spans:
        if a - reach >= min_gap:
            out.append((reach, a))
        reach = max(reach, b)
    if x1 - reach >= min_gap:
        out.append((reach, x1))
    return out


def _joints(shading: list[dict], top: float, bottom: float, x0: float, x1: float) -> list[float] | None:
    """Where the shaded cells of a row's band (``top`` to ``bottom``) meet,
    if they fill it from ``x0`` to ``x1``, side by side (each over most of
    its height): its cells' sides, drawn or not. None where they do not.

    >>> cell = lambda a, b: {"x0": a, "x1": b, "top": 490.5, "bottom": 547.3}
    >>> _joints([cell(23, 282), cell(282, 498), cell(498, 808), cell(282, 498)], 490.8, 547.6, 23, 808)
    [282, 498]
    >>> _joints([cell(23, 282), cell(498, 808)], 490.8, 547.6, 23, 808) is None  # one cell not shaded
    True
    """
    cells = sorted((r["x0"], r["x1"]) for r in shading
                   if min(r["bottom"], bottom) - max(r["top"], top) > 0.8 * (bottom - top))
    if not cells or abs(cells[0][0] - x0) > 1 or abs(cells[-1][1] - x1) > 1:
        return None
    joints: list[float] = []
    reach = cells[0][1]  # the shading's right end so far (a cell may be drawn twice)
    for a, b in cells[1:]:
        if a > reach + 1:
            return None  # a cell between them not shaded
        if a > reach - 1:
            joints.append(a)
        reach = max(reach, b)
    return joints


def _inner(free: list[tuple[float, float]], x0: float, x1: float) -> list[tuple[float, float]]:
    return [(a, b) for a, b in free if a > x0 + 1 and b < x1 - 1]


def _intersect(a: list[tuple[float, float]], b: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """
    >>> _intersect([(30, 50), (80, 90)], [(40, 60), (85, 86)], 5)
    [(40, 50)]
    """
    out = []
    for p0, p1 in a:
        for q0, q1 in b:
            lo, hi = max(p0, q0), min(p1, q1)
            if hi - lo >= min_gap:
                out.append((lo, hi))
    return out
