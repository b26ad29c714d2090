"""pdfplumber's char dicts, made without its generic walk.

pdfplumber turns every pdfminer object into a dict through
``Page.process_object``, which resolves each attribute recursively
(``resolve_all``) and finds the object's kind with a regex. For a char
nearly every attribute is a number, a string or a tuple of numbers, and a
page of a report holds thousands of chars: the walk was a quarter of the
time ``ita`` spent on a LibreOffice PDF. Here chars take a direct path that
gives the same dict, key for key and in the same order (checked against
pdfplumber's own in ``tests/test_pdf.py``): an attribute that is not a
plain value or a matrix is still resolved by pdfplumber's ``resolve_all``,
and every other object goes pdfplumber's way.
"""

from __future__ import annotations

import pdfplumber.page
from pdfminer.layout import LTChar
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

# pdfplumber's own, for every other object (and the tests' comparison).
pdfplumber_object = pdfplumber.page.Page.process_object

# The pdfplumber releases whose process_object this reproduces; another
# keeps pdfplumber's own walk (slower, and sure to give its dicts).
TESTED_RELEASES = ("0.11.",)

_PLAIN = frozenset({float, int, str, bool, type(None)})
_NUMBERS = frozenset({float, int})


def install() -> None:
    """Give pdfplumber's pages the direct path for chars (once)."""
    page = pdfplumber.page.Page
    if getattr(page, "_ita_char_objects", False) or not pdfplumber.__version__.startswith(TESTED_RELEASES):
        return

    def process_object(self, obj):
        if type(obj) is not LTChar:
            return pdfplumber_object(self, obj)
        return char_object(self, obj)

    page.process_object = process_object
    page._ita_char_objects = True


def _value(v):
    """An attribute's value as pdfplumber gives it: a plain value as is."""
    t = type(v)
    if t in _PLAIN or (t is tuple and _NUMBERS.issuperset(map(type, v))):  # a matrix
        return v
    return resolve_all(v)


_SPACES: dict[str, str] = {}


def _colour_space(name):
    """A colour space's name decoded as pdfplumber does; a page has few, met
    on each char."""
    if type(name) is not str:
        return resolve_and_decode(name)
    if name not in _SPACES:
        _SPACES[name] = resolve_and_decode(name)
    return _SPACES[name]


def char_object(page, obj: LTChar) -> dict:
    """``page.process_object(obj)`` for a pdfminer char, as pdfplumber 0.11 makes it."""
    names = pdfplumber.page.ALL_ATTRS  # read each time: parsers add theirs to it
    attr = {k: v if type(v) in _PLAIN else _value(v) for k, v in obj.__dict__.items() if k in names}
    attr["object_type"] = "char"
    attr["page_number"] = page.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            attr[cs] = _colour_space(getattr(obj, cs).name)
    text = obj.get_text()
    norm = page.pdf.unicode_norm
    attr["text"] = text if norm is None else pdfplumber.page.normalize_unicode(norm, text)
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    if isinstance(attr["fontname"], bytes):
        attr["fontname"] = pdfplumber.page.fix_fontname_bytes(attr["fontname"])
    mb_x0, mb_top = page.mediabox[:2]
    attr["top"] = (page.height - attr["y1"]) + mb_top
    attr["bottom"] = (page.height - attr["y0"]) + mb_top
    attr["doctop"] = page.initial_doctop + attr["top"]
    if mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr
