"""Tagged PDFs' /ActualText: the characters a run of glyphs stands for.

Where its ToUnicode map cannot say what a glyph is, a tagged PDF wraps it in
a marked-content span with ``/ActualText`` (LibreOffice does so for exactly
the Thai marks its map gets wrong; Chromium for each Thai cluster). pdfminer
ignores it; pdfplumber's marked-content device already records each char's
tag and MCID, and here it also records the innermost ActualText span around
the char as ``actual_text`` = (span number, text). ``parsers.layout`` puts
the span's text in place of its glyphs' characters.
"""

from __future__ import annotations

import pdfplumber.page

_ATTR = "actual_text"


def _decode(value) -> str | None:
    """ActualText as a str: PDF text strings are UTF-16BE with a BOM, or
    PDFDocEncoding (taken as Latin-1, close enough for the ASCII it holds)."""
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        return None
    if value.startswith(b"\xfe\xff"):
        return value[2:].decode("utf-16-be", errors="replace")
    return value.decode("latin-1")


def install() -> None:
    """Teach pdfplumber's marked-content device to record ActualText (once)."""
    device = getattr(pdfplumber.page, "PDFPageAggregatorWithMarkedContent", None)
    if device is None or getattr(device, "_ita_actual_text", False):
        return  # done, or a pdfplumber without this device: glyph maps only
    try:
        begin, end, tag_item = device.begin_tag, device.end_tag, device.tag_cur_item
    except AttributeError:
        return

    def begin_tag(self, tag, props=None):
        begin(self, tag, props)
        spans = self.__dict__.setdefault("_actual_spans", [])
        text = _decode(props.get("ActualText")) if isinstance(props, dict) else None
        self._actual_count = getattr(self, "_actual_count", 0) + 1
        spans.append(None if text is None else (self._actual_count, text))

    def end_tag(self):
        end(self)
        spans = self.__dict__.get("_actual_spans")
        if spans:
            spans.pop()

    def tag_cur_item(self):
        tag_item(self)
        span = next((s for s in reversed(self.__dict__.get("_actual_spans") or ()) if s), None)
        if span is not None and self.cur_item._objs:
            setattr(self.cur_item._objs[-1], _ATTR, span)

    device.begin_tag, device.end_tag, device.tag_cur_item = begin_tag, end_tag, tag_cur_item
    device._ita_actual_text = True
    pdfplumber.page.ALL_ATTRS.add(_ATTR)


def used(pages) -> bool:
    """Whether these pdfplumber pages' content streams carry ActualText."""
    for page in pages:
        try:
            if any(b"/ActualText" in stream.get_data() for stream in page.page_obj.contents):
                return True
        except Exception:  # noqa: BLE001 - a stream pdfminer cannot read: the page parse reports it
            continue
    return False
