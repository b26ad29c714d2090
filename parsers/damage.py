"""Damage pdfminer reads past without a word.

A content stream whose compressed bytes are damaged decodes to nothing in
pdfminer (``decompress_corrupted`` gives up unless only the checksum is
wrong), and a stream object the damage made unreadable is skipped with a
log line. Either way the page reads as blank: its rows are lost and nothing
says so. Here each such event is counted, so that a page that reads empty
after one is reported (``unreadable_page``) and read by OCR from PDFium's
rendering, which recovers more.
"""

from __future__ import annotations

import logging

import pdfminer.pdftypes

_SIGNS = ("non-indirect object", "undecodable stream", "Data-loss")


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.events: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if any(sign in message for sign in _SIGNS):
            self.events.append(message[:200])


_counter = _Counter()


def install() -> None:
    """Count pdfminer's signs of damage (once)."""
    if getattr(pdfminer.pdftypes, "_ita_damage", False):
        return
    decompress = pdfminer.pdftypes.decompress_corrupted

    def decompress_corrupted(data: bytes) -> bytes:
        # Called only when zlib failed: the stream is damaged.
        pdfminer.pdftypes.logger.warning("undecodable stream (%d bytes)", len(data))
        return decompress(data)

    pdfminer.pdftypes.decompress_corrupted = decompress_corrupted
    pdfminer.pdftypes._ita_damage = True
    # pdfminer's warnings come here alone: it also warns on stderr about
    # fonts it reads anyway (Chromium's have no FontBBox), and what matters
    # reaches the user as findings.
    log = logging.getLogger("pdfminer")
    log.setLevel(logging.WARNING)
    log.propagate = False
    log.addHandler(_counter)


def start() -> None:
    """Start counting afresh: what came before is forgotten."""
    _counter.events.clear()


def seen() -> list[str]:
    """The signs of damage seen since :func:`start`."""
    return list(_counter.events)
