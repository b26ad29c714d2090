"""Clipped text and lines: what the page draws but does not show.

A clip path (``re W n``) bounds what later drawing shows, until the graphics
state it was set in is restored (``Q``). pdfminer ignores it, so text and
lines drawn outside it are read as if seen. Chromium draws a table row that
the page cut past the page's margins and clips it away: read, that row's
text stands in the bottom margin and again on the next page, and its sides
run down past the page's foot. Here the interpreter keeps the clip's
bounding box in the graphics state (saved and restored with it, handed into
form XObjects), and pdfplumber's device drops a char whose middle lies
outside it, and cuts a line or rectangle to it.

The box bounds a clip of any shape, so nothing shown is ever dropped; text
clip modes (``Tr`` 4–7) leave the clip as it was, for the same reason.
"""

from __future__ import annotations

import unicodedata

import pdfplumber.page
from pdfminer.layout import LTChar, LTCurve, LTLine, LTRect
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter
from pdfminer.utils import apply_matrix_pt

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pdfminer's device space (y up)

# How far past its clip a char's middle may stand and still be read
# (rounding in the producer: half of it shows). A line or rectangle is cut
# exactly: Chromium draws the next table's top border 0.3 pt under the clip,
# and read, its ends made column lines of the table above it.
SLACK = 1.0
EPSILON = 0.01


def path_box(path: list[tuple], ctm: tuple) -> Box | None:
    """The device-space bounding box of a path's points (pdfminer's
    ``curpath``: ``("m", x, y)``, ``("c", x1, y1, x2, y2, x3, y3)``, ``("h",)``).

    >>> path_box([("m", 10, 20), ("l", 110, 20), ("l", 110, 70), ("h",)], (1, 0, 0, -1, 0, 842))
    (10, 772, 110, 822)
    >>> path_box([("h",)], (1, 0, 0, 1, 0, 0)) is None
    True
    """
    points = [apply_matrix_pt(ctm, (seg[i], seg[i + 1])) for seg in path for i in range(1, len(seg) - 1, 2)]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def intersect(a: Box | None, b: Box) -> Box:
    """Where two boxes overlap (``a`` None: no clip yet). Boxes that miss
    each other give an empty box, which shows nothing.

    >>> intersect((0, 0, 100, 100), (50, -10, 200, 40))
    (50, 0, 100, 40)
    >>> intersect(None, (1, 2, 3, 4))
    (1, 2, 3, 4)
    """
    if a is None:
        return b
    return max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])


def hides(clip: Box, x0: float, y0: float, x1: float, y1: float) -> bool:
    """Whether the clip hides a char of this box (its middle is outside).

    >>> hides((0, 0, 100, 100), 10, 95, 20, 111)   # middle 103
    True
    >>> hides((0, 0, 100, 100), 10, 90, 20, 106)   # middle 98
    False
    """
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    return not (clip[0] - SLACK <= mx <= clip[2] + SLACK and clip[1] - SLACK <= my <= clip[3] + SLACK)


def cut(clip: Box, x0: float, y0: float, x1: float, y1: float) -> Box | None:
    """The part of a line's or rectangle's box the clip shows, or None.

    >>> cut((0, 28, 800, 567), 100, -500, 101, 300)   # a side run past the foot
    (100, 28, 101, 300)
    >>> cut((0, 28, 800, 567), 100, 0, 101, 20) is None
    True
    >>> cut((0, 28, 800, 567), 100, 567, 300, 567)   # a border on the clip's edge
    (100, 567, 300, 567)
    >>> cut((0, 28, 800, 567), 100, 567.4, 300, 568) is None   # one just past it
    True
    >>> cut((0, 28, 800, 567), 100, 567, 100, 703) is None   # a side past the clip, its end on the edge
    True
    >>> cut((0, 28, 800, 567), 100, 567, 101, 703) is None   # so drawn as a thin rectangle
    True
    """
    a, b, c, d = clip[0] - EPSILON, clip[1] - EPSILON, clip[2] + EPSILON, clip[3] + EPSILON
    if x1 < a or x0 > c or y1 < b or y0 > d:
        return None
    box = clip[0] if x0 < a else x0, clip[1] if y0 < b else y0, clip[2] if x1 > c else x1, clip[3] if y1 > d else y1
    # Cut to nothing across a length it had: it only touches the clip's edge, and shows nothing there
    # (Chromium draws the last page's row's sides down to where the next page's table starts).
    if box[2] - box[0] <= EPSILON < x1 - x0 or box[3] - box[1] <= EPSILON < y1 - y0:
        return None
    return box


def _mark(char: LTChar) -> bool:
    """Whether a char is a mark drawn over or under the letter before it
    (``ั`` ``่``; a font's Private Use Area forms of them take no room either)."""
    text = char.get_text()
    return char.width < 0.5 or (len(text) == 1 and unicodedata.category(text) == "Mn")


def _cut_path(obj: LTCurve, clip: Box) -> bool:
    """Cut a drawn line or rectangle to the clip; False if none of it shows.
    A curve that the clip neither wholly shows nor wholly hides is kept whole."""
    box = cut(clip, obj.x0, obj.y0, obj.x1, obj.y1)
    if box is None:
        return False
    if box == (obj.x0, obj.y0, obj.x1, obj.y1):
        return True
    x0, y0, x1, y1 = box
    if isinstance(obj, LTRect):
        obj.pts = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    elif isinstance(obj, LTLine) and (obj.x0 == obj.x1 or obj.y0 == obj.y1):
        obj.pts = [(x0, y0), (x1, y1)] if obj.pts[0] <= obj.pts[1] else [(x1, y1), (x0, y0)]
    else:
        return True
    obj.original_path = [("m", obj.pts[0])] + [("l", p) for p in obj.pts[1:]] + (
        [("h",)] if isinstance(obj, LTRect) else [])
    obj.set_bbox(box)
    return True


def install() -> None:
    """Teach pdfminer's interpreter to keep the clip, and pdfplumber's
    marked-content device to drop or cut what it hides (once)."""
    device = getattr(pdfplumber.page, "PDFPageAggregatorWithMarkedContent", None)
    if device is None or getattr(PDFPageInterpreter, "_ita_clip", False):
        return
    PDFGraphicState.clip = None  # Box | None: no clip but the page
    copy = PDFGraphicState.copy

    def copy_(self):
        out = copy(self)
        out.clip = self.clip
        return out

    def clip_(self):
        box = path_box(self.curpath, self.ctm)
        if box is not None:
            self.graphicstate.clip = intersect(self.graphicstate.clip, box)

    # A form XObject is drawn by an interpreter of its own (made by subinterp, or by dup in
    # older pdfminer releases), under the clip in force where it is used.
    make = "subinterp" if hasattr(PDFPageInterpreter, "subinterp") else "dup"
    subinterp, init_state = getattr(PDFPageInterpreter, make), PDFPageInterpreter.init_state

    def subinterp_(self):
        sub = subinterp(self)
        sub._ita_clip_in = self.graphicstate.clip
        return sub

    def init_state_(self, ctm):
        init_state(self, ctm)
        self.graphicstate.clip = getattr(self, "_ita_clip_in", None)

    paint_path, tag_item = device.paint_path, device.tag_cur_item

    def paint_path_(self, gstate, *args, **kwargs):
        objs = self.cur_item._objs
        first = len(objs)
        paint_path(self, gstate, *args, **kwargs)
        # A path of several parts comes back here for each: cutting twice is cutting once.
        if gstate.clip is not None:
            objs[first:] = [o for o in objs[first:] if not isinstance(o, LTCurve) or _cut_path(o, gstate.clip)]

    def tag_cur_item(self):
        tag_item(self)
        objs = self.cur_item._objs
        if objs and isinstance(objs[-1], LTChar):
            char, clip = objs[-1], objs[-1].graphicstate.clip
            if clip is None:
                self._ita_letter = None
                return
            # A mark has no width of its own: drawn where its letter ends (however turned), it goes with it.
            letter = getattr(self, "_ita_letter", None)
            origin = char.matrix[4], char.matrix[5]
            if letter and abs(letter[0] - origin[0]) < 1 and abs(letter[1] - origin[1]) < 1 and _mark(char):
                hidden = letter[2]
            else:
                hidden = hides(clip, char.x0, char.y0, char.x1, char.y1)
                self._ita_letter = (*apply_matrix_pt(char.matrix, (char.adv, 0)), hidden)
            if hidden:
                objs.pop()

    PDFGraphicState.copy = copy_
    PDFPageInterpreter.do_W = PDFPageInterpreter.do_W_a = clip_
    setattr(PDFPageInterpreter, make, subinterp_)
    PDFPageInterpreter.init_state = init_state_
    device.paint_path, device.tag_cur_item = paint_path_, tag_cur_item
    PDFPageInterpreter._ita_clip = True
