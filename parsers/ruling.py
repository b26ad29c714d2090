"""Ruled tables on a PDF page: pdfplumber's table settings, with the
repairs real exports need (a table a page break left open, lines a /Rotate
turned, tables that touch but have different columns)."""

from __future__ import annotations

import pdfplumber

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
                  "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}


def split_by_columns(table) -> list:
    """pdfplumber makes one table of tables that touch. A row whose column
    lines and the previous row's each have one the other lacks starts a new
    table (a row with merged cells only lacks some)."""
    rows = table.rows
    if len(rows) < 2:
        return [table]

    def lacks(xs: list[float], ys: list[float]) -> bool:
        return any(all(abs(x - y) > 2 for y in ys) for x in xs)

    parts = [[rows[0]]]
    lines = [[x for c in row.cells if c for x in (c[0], c[2])] for row in rows]
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


def _edges(page) -> tuple[list[dict], bool]:
    """The page's ruling lines, and whether pdfplumber got any of their
    orientations wrong: on a page turned by /Rotate it keeps a line's
    orientation from before the turn (a row border comes out vertical)."""
    edges, wrong = [], False
    for e in page.edges:
        height, width = e["bottom"] - e["top"], e["x1"] - e["x0"]
        flat = height < width
        if max(height, width) >= 1 and flat != (e["orientation"] == "h"):
            wrong = True
            e = {**e, "orientation": "h" if flat else "v"}
        edges.append(e)
    return edges, wrong


def _as_line(e: dict) -> dict:
    if e["orientation"] == "h":
        return {"object_type": "line", "x0": e["x0"], "x1": e["x1"], "top": e["top"], "bottom": e["top"],
                "width": e["x1"] - e["x0"], "height": 0}
    return {"object_type": "line", "x0": e["x0"], "x1": e["x0"], "top": e["top"], "bottom": e["bottom"],
            "width": 0, "height": e["bottom"] - e["top"]}


def table_settings(page) -> tuple[dict, float | None, float | None]:
    """Table settings for a page, and the y of the borders added (bottom,
    top) where a page break left a table open. Chromium (and so Google Docs)
    draws no border where a row breaks across pages: without one the row's
    part on either page would be in no cell. The column lines running past
    the last (or first) border show where it would be."""
    edges, wrong = _edges(page)
    vertical = [e for e in edges if e["orientation"] == "v" and e["height"] > 5]
    horizontal = [e for e in edges if e["orientation"] == "h" and e["width"] > 5]
    if len(vertical) < 3:
        return TABLE_SETTINGS, None, None
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
    closing = [b for b in (bottom, top) if b]
    settings = TABLE_SETTINGS
    if wrong:  # the lines themselves, in the right orientation
        settings = {**settings, "vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                    "explicit_vertical_lines": [_as_line(e) for e in vertical]}
        closing += [_as_line(e) for e in horizontal]
    if closing:
        settings = {**settings, "explicit_horizontal_lines": closing}
    if wrong and len(closing) < 2:
        return TABLE_SETTINGS, None, None  # pdfplumber wants two lines or more each way
    return settings, low if bottom else None, high if top else None
