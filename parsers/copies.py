"""Reading a damaged file from a mended copy: the copy is written to a
temporary folder, read by the file's parser, and the document keeps the
file's name, with an issue saying what was done."""

from __future__ import annotations

import tempfile
from typing import Callable

from parsers.model import Document, Issue


def read_copy(path: str, make: Callable[[str], tuple[str, str] | None], read: Callable[[str], Document],
              code: str = "damaged_file") -> Document | None:
    """The document of a mended copy of ``path``: ``make(folder)`` writes
    the copy there and gives its path and what was done (the issue's
    detail), or None when it cannot; ``read(copy)`` reads it. None if no
    copy was made."""
    with tempfile.TemporaryDirectory(prefix="ita-repair-") as folder:
        made = make(folder)
        if made is None:
            return None
        copy, detail = made
        doc = read(copy)
    doc.source_path = path
    doc.issues.insert(0, Issue(code, detail=detail))
    return doc
