"""Parser settings in one place: a dataclass with defaults, also accepted as a dict."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class ParserSettings:
    max_pages: int = 500  # pages read from one PDF; more gives a page_limit finding
    max_unzipped_bytes: int = 200 * 1024 * 1024  # zip bomb guard for DOCX/ODT
    max_zip_ratio: float = 200.0
    min_text_chars: int = 20  # fewer chars on a page: no usable text layer
    line_tolerance: float = 3.0  # points: chars whose baselines differ less share a line
    space_ratio: float = 0.25  # gap > ratio x font size between chars is a space
    actual_text: bool = True  # take a glyph's characters from the PDF's /ActualText where it gives them
    font_repair: bool = True  # correct wrong ToUnicode maps from the outlines of installed fonts
    ocr: bool = True  # OCR pages with no usable text layer (needs Tesseract with Thai)
    ocr_dpi: int = 300  # rendering resolution for OCR
    ocr_repair: bool = True  # check Thai digits against their glyphs, undo Thai misreadings
    # Pages of one PDF OCR'd at once (Tesseract runs a process per page): the
    # cores; a batch shares them among its workers (ingest.batch).
    ocr_threads: int = field(default_factory=lambda: os.cpu_count() or 1)
    max_picture_pixels: int = 60_000_000  # a bigger picture is not examined for a pasted table
    # Lines wrap only at spaces, which the PDF leaves out (ReportLab): a wrap
    # is a space unless it split a word too long for a line. The PDF parser
    # sets it for the producers known to do this (parsers.pdf.SPACE_WRAPPING_PRODUCERS).
    wraps_drop_spaces: bool = False
    # Lines break at the last word that fits (LibreOffice, Chromium: Unicode's
    # rules and a Thai dictionary), so a cell's line that left room for the
    # next line's first word ended a paragraph. Word's Thai breaks leave room
    # at times: the PDF parser turns it off for the producers known to do
    # that (parsers.pdf.ROOMY_PRODUCERS).
    greedy_wraps: bool = True
    # Read tables without ruling lines, or without lines between their rows,
    # from the order their text is drawn in (parsers.unruled); off, they are
    # only reported (unruled_table, unruled_rows).
    unruled_tables: bool = True

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type in (bool, "bool"):
                if not isinstance(value, bool):
                    raise ValueError(f"{f.name} must be true or false, got {value!r}")
            elif isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"{f.name} must be a positive number, got {value!r}")
        if not 100 <= self.ocr_dpi <= 600:
            raise ValueError(f"ocr_dpi must be between 100 and 600, got {self.ocr_dpi}")

    @classmethod
    def from_any(cls, value: "ParserSettings | dict[str, Any] | None") -> "ParserSettings":
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        unknown = set(value) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown parser settings: {sorted(unknown)}")
        return cls(**value)
