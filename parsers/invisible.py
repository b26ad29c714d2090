"""Invisible text: glyphs drawn with text render mode 3 (neither filled nor
stroked).

OCR programs (Tesseract, OCRmyPDF, ABBYY, scanner software) lay the text
they read over a scanned page this way, so the page can be searched. Such a
page's tables are in the picture, not drawn as lines, so its text read as
text loses them (``parsers.pdf`` reads the page by OCR instead). pdfminer
does not tell the render mode; here pdfplumber's device marks each char
drawn invisibly with ``invisible = True``.
"""

from __future__ import annotations

import pdfplumber.page
from pdfminer.layout import LTChar

ATTR = "invisible"
_INVISIBLE = 3  # the Tr operator's "neither fill nor stroke"


def install() -> None:
    """Teach pdfplumber's marked-content device to mark invisible chars (once)."""
    device = getattr(pdfplumber.page, "PDFPageAggregatorWithMarkedContent", None)
    if device is None or getattr(device, "_ita_invisible", False):
        return
    try:
        render_string, tag_item = device.render_string, device.tag_cur_item
    except AttributeError:
        return

    def render_string_(self, textstate, *args, **kwargs):
        self._ita_render = getattr(textstate, "render", 0)
        return render_string(self, textstate, *args, **kwargs)

    def tag_cur_item(self):
        tag_item(self)
        if getattr(self, "_ita_render", 0) == _INVISIBLE and self.cur_item._objs:
            obj = self.cur_item._objs[-1]
            if isinstance(obj, LTChar):
                setattr(obj, ATTR, True)

    device.render_string, device.tag_cur_item = render_string_, tag_cur_item
    device._ita_invisible = True
    pdfplumber.page.ALL_ATTRS.add(ATTR)
