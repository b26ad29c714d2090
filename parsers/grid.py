"""Ruled tables found in a page image, and the cell crops given to OCR.

Long horizontal and vertical ink lines (morphological opening with kernels
longer than any glyph) make the grid; each row keeps only the column lines
that cross it, so merged cells come out as one wide cell; a cell with no
rule along its top continues the cell above (merged down), and is read with it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

PAD = 12  # white border around each crop, px: Tesseract reads edge text badly


@dataclass
class Grid:
    bbox: tuple[int, int, int, int]  # px
    xs: list[int]  # every column boundary of the table
    rows: list[tuple[int, int, list[int]]]  # top, bottom, boundaries present in that row


def _runs(mask: np.ndarray, min_gap: int = 3) -> list[int]:
    """Centres of the runs of True in a 1-D mask."""
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        return []
    out, start, prev = [], idx[0], idx[0]
    for i in idx[1:]:
        if i - prev > min_gap:
            out.append((start + prev) // 2)
            start = i
        prev = i
    out.append((start + prev) // 2)
    return [int(v) for v in out]


def line_masks(img: np.ndarray, dpi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ink lines: horizontal, vertical longer than any glyph (where columns
    are), and vertical longer than a short row (to see which rows a column
    line crosses). 255 where a line is."""
    import cv2

    bw = cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    h, w = img.shape

    def opened(size):
        return cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))

    horiz = opened((max(40, w // 30), 1))
    vert = opened((1, int(dpi * 0.6)))  # 0.6 in: taller than a line of 16 pt Thai with its marks
    short = opened((1, int(dpi * 0.12)))
    # Close small breaks (scan noise, dashes) along each line.
    horiz = cv2.dilate(horiz, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 3)))
    vert = cv2.dilate(vert, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 15)))
    short = cv2.dilate(short, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 9)))
    return horiz, vert, short


def find_grids(horiz: np.ndarray, vert: np.ndarray, short: np.ndarray) -> list[Grid]:
    """Tables from the masks of ``line_masks`` (computed once per page: the
    caller also whitens horizontal lines with them)."""
    import cv2

    h, w = horiz.shape
    frame = cv2.dilate(cv2.bitwise_or(horiz, vert), cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    contours, _ = cv2.findContours(frame, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    grids = []
    for c in contours:
        x, y, cw, ch = cv2.boundingRect(c)
        if cw < 0.25 * w or ch < 0.03 * h:
            continue
        ys = _runs(horiz[y:y + ch, x:x + cw].mean(axis=1) > 0.5 * 255)
        xs = _runs(vert[y:y + ch, x:x + cw].mean(axis=0) > 0.15 * 255)
        ys, xs = [y + v for v in ys], [x + v for v in xs]
        if len(xs) < 3 or len(ys) < 2:
            continue
        rows = []
        for top, bottom in zip(ys, ys[1:]):
            if bottom - top < 15:
                continue
            band = short[top + 4:bottom - 4]
            present = [v for v in xs if band[:, max(0, v - 4):v + 5].max(axis=1).mean() > 0.6 * 255]
            if len(present) >= 2:
                rows.append((top, bottom, present))
        if rows:
            grids.append(Grid((x, y, x + cw, y + ch), xs, rows))
    return sorted(grids, key=lambda g: g.bbox[1])


@dataclass
class Box:
    """A cell's place in the image, px. A cell merged down over several rows
    is one box, from its first row's top to its last row's bottom; the
    places below its first are boxes with ``owner`` set to it."""

    x0: int
    top: int
    x1: int
    bottom: int
    owner: "Box | None" = None


def cell_boxes(g: Grid, horiz: np.ndarray) -> list[list[Box]]:
    """Each row's cells: a cell under one of the same columns, with no rule
    between them, belongs to that one (its owner box grows down to it)."""
    out: list[list[Box]] = []
    for top, bottom, present in g.rows:
        # A row skipped as too thin in between: the two do not touch.
        above = {(b.x0, b.x1): b for b in out[-1]} if out and g.rows[len(out) - 1][1] == top else {}
        row = []
        for x0, x1 in zip(present, present[1:]):
            box = Box(x0, top, x1, bottom)
            up = above.get((x0, x1))
            if up is not None and not _ruled(horiz, x0, x1, top):
                box.owner = up.owner or up
                box.owner.bottom = bottom
            row.append(box)
        out.append(row)
    return out


def _ruled(horiz: np.ndarray, x0: int, x1: int, y: int) -> bool:
    """A rule along a cell's top edge (a few px either side of the row's
    line). A merged cell has none at all; a rule faded or broken in the scan
    still covers a good part of the edge, and keeps its cells apart."""
    strip = horiz[max(0, y - 5):y + 6, x0 + 8:x1 - 8]
    return strip.size == 0 or strip.max(axis=0).mean() > 0.2 * 255


def crop(img: np.ndarray, horiz: np.ndarray, box: tuple[int, int, int, int], inset: int = 6) -> np.ndarray:
    """A region inside its ruling lines, horizontal lines (underlines, a
    table's edge) whitened, with a white border added."""
    import cv2

    x0, y0, x1, y1 = box
    part = img[y0 + inset:y1 - inset, x0 + inset:x1 - inset].copy()
    part[horiz[y0 + inset:y1 - inset, x0 + inset:x1 - inset] > 0] = 255
    return cv2.copyMakeBorder(part, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255)
