"""Files sent as text: an FTP transfer in ASCII mode (or an upload script
that reads the file as text) turns every line feed into CR LF, inside a
PDF's compressed streams and a zip's or a compound file's data too, so no
page decodes or the file does not open. The change is undone exactly by
turning every CR LF back into LF: a CR LF the file held became CR CR LF."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from parsers.model import Document, Issue

MIN_BINARY = 256  # bytes >= 0x80 in the file: it has compressed data a bare LF would be in
_HIGH = bytes(range(0x80, 0x100))


def sent_as_text(data: bytes) -> bool:
    """Every LF in the file follows a CR, though it holds binary data (where
    about one byte in 256 is a LF, most of them after some other byte).

    >>> sent_as_text(b"%PDF-1.4\\r\\n" + bytes(range(256)) * 2)
    False
    >>> sent_as_text((b"%PDF-1.4\\n" + bytes(range(256)) * 2).replace(b"\\n", b"\\r\\n"))
    True
    """
    lf = data.count(b"\n")
    return lf > 0 and lf == data.count(b"\r\n") and len(data) - len(data.translate(None, _HIGH)) >= MIN_BINARY


def restore(data: bytes) -> bytes:
    """The file as it was before the transfer.

    >>> restore(b"stream\\r\\nx\\r\\r\\ny\\r\\nendstream")
    b'stream\\nx\\r\\ny\\nendstream'
    """
    return data.replace(b"\r\n", b"\n")


_CHUNK = 1 << 20


def file_sent_as_text(path: str | Path) -> bool:
    """:func:`sent_as_text` for a file too large to hold (a zip of a year's
    submissions), read a chunk at a time; stops at the first LF without a CR."""
    lf = high = 0
    last = b""
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            pairs = chunk.count(b"\r\n") + (last == b"\r" and chunk[:1] == b"\n")  # one may span two chunks
            if chunk.count(b"\n") != pairs:
                return False
            lf += pairs
            high += len(chunk) - len(chunk.translate(None, _HIGH))
            last = chunk[-1:]
    return lf > 0 and high >= MIN_BINARY


def restore_file(src: str | Path, dest: str | Path) -> None:
    """:func:`restore` a chunk at a time (a CR at a chunk's end waits for the next)."""
    with open(src, "rb") as f, open(dest, "wb") as out:
        carry = b""
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            chunk = carry + chunk
            carry = b"\r" if chunk.endswith(b"\r") else b""
            out.write(restore(chunk[:len(chunk) - len(carry)]))
        out.write(carry)


def read_restored(path: str, parse_copy: Callable[[str], Document]) -> Document | None:
    """The document of a file sent as text, read by ``parse_copy`` from the
    file as it was, with a ``text_mode_transfer`` issue; None if the file
    was not sent so."""
    data = Path(path).read_bytes()
    if not sent_as_text(data):
        return None
    with tempfile.TemporaryDirectory(prefix="ita-repair-") as tmp:
        copy = str(Path(tmp) / ("restored" + Path(path).suffix))
        Path(copy).write_bytes(restore(data))
        del data
        doc = parse_copy(copy)
    doc.source_path = path
    doc.issues.insert(0, Issue("text_mode_transfer"))
    return doc
