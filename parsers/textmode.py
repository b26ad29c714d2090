"""Files sent as text: an FTP transfer in ASCII mode (or an upload script
that reads the file as text) turns every line feed into CR LF, inside a
PDF's compressed streams and a zip's or a compound file's data too, so no
page decodes or the file does not open. The change is undone exactly by
turning every CR LF back into LF: a CR LF the file held became CR CR LF."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from parsers.model import Document

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
    return _every_lf_after_a_cr([data])


def file_sent_as_text(path: str | Path) -> bool:
    """:func:`sent_as_text` for a file, read a chunk at a time (a zip of a
    year's submissions is too large to hold); stops at the first LF without a CR."""
    with open(path, "rb") as f:
        return _every_lf_after_a_cr(iter(lambda: f.read(_CHUNK), b""))


_CHUNK = 1 << 20


def _every_lf_after_a_cr(chunks: Iterable[bytes]) -> bool:
    lf = high = 0
    last = b""
    for chunk in chunks:
        pairs = chunk.count(b"\r\n") + (last == b"\r" and chunk[:1] == b"\n")  # one may span two chunks
        if chunk.count(b"\n") != pairs:
            return False
        lf += pairs
        high += len(chunk) - len(chunk.translate(None, _HIGH))
        last = chunk[-1:]
    return lf > 0 and high >= MIN_BINARY


def restore(data: bytes) -> bytes:
    """The file as it was before the transfer.

    >>> restore(b"stream\\r\\nx\\r\\r\\ny\\r\\nendstream")
    b'stream\\nx\\r\\ny\\nendstream'
    """
    return data.replace(b"\r\n", b"\n")


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
    from parsers.copies import read_copy

    def make(folder: str) -> tuple[str, str] | None:
        if not file_sent_as_text(path):
            return None
        copy = str(Path(folder) / ("restored" + Path(path).suffix))
        restore_file(path, copy)
        return copy, ""

    return read_copy(path, make, parse_copy, "text_mode_transfer")
