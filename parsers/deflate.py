"""Deflate data from damaged files, decoded as far as it goes.

A file cut short ends inside a deflate stream; a damaged one holds a stream
whose checksum fails. zlib refuses both whole; read here as raw deflate (no
header, no checksum), chunk by chunk, they give what they hold. A budget
bounds what they may expand to (a decompression bomb stops there).
"""

from __future__ import annotations

import zlib

_CHUNK = 1 << 16


def inflate(data, start: int = 0, stop: int | None = None, budget: int = 1 << 30) -> tuple[bytes | None, int, bool]:
    """The raw deflate data of ``data[start:stop]`` (bytes or a memory map)
    decoded: its bytes (None past ``budget``), where the deflate data ended
    (or where decoding stopped) and whether it came to its end.

    >>> packed = zlib.compress("ข้อมูล".encode() * 100)  # a 2-byte zlib header, then raw deflate
    >>> out, end, whole = inflate(packed[:-4] + b"junk", start=2)  # the checksum is wrong
    >>> out == "ข้อมูล".encode() * 100, end == len(packed) - 4, whole
    (True, True, True)
    >>> out, end, whole = inflate(packed[:20], start=2)  # cut short
    >>> 0 < len(out) < 600, whole
    (True, False)
    >>> inflate(packed, start=2, budget=100)[0] is None
    True
    """
    d = zlib.decompressobj(-zlib.MAX_WBITS)
    stop = len(data) if stop is None else min(len(data), stop)
    out, at = [], start
    try:
        while at < stop and not d.eof:
            out.append(d.decompress(data[at:min(at + _CHUNK, stop)], budget + 1))
            budget -= len(out[-1])
            if d.unconsumed_tail or budget < 0:
                return None, at, False
            at = min(at + _CHUNK, stop)
    except zlib.error:
        return b"".join(out), at, False
    return b"".join(out), at - len(d.unused_data), d.eof
