"""Scanned pages out of a PDF that no reader can open.

A PDF cut short (a download that stopped) or damaged in its structure has
lost its cross-reference table and often its page tree, and pdfminer and
PDFium refuse the whole file. A scanner's PDF still holds each page's
picture, one image object a page (or bands of it, as Windows prints a scan
to PDF), written before the objects that were lost.
They are found here by their dictionaries in the raw bytes, decoded
leniently (a deflate stream whose checksum fails gives what it holds; a
JPEG cut short gives its top), and written as a new image-only PDF that the
PDF parser reads like any scan. Pictures smaller than a page (logos, stamps)
are left out.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from parsers.deflate import inflate

# "12 0 obj", then the object's dictionary, then its stream.
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")
_STREAM = re.compile(rb"\bstream\r?\n")
_NUMBER = {key: re.compile(rb"/" + key.encode() + rb"\s+(-?\d+)(?!\s+\d+\s+R)") for key in
           ("Width", "Height", "BitsPerComponent", "Length", "K", "Columns")}
_FILTERS = re.compile(rb"/Filter\s*(\[[^\]]*\]|/\w+)")
_NAME = re.compile(rb"/(\w+)")
_CHANNELS = {b"DeviceGray": 1, b"CalGray": 1, b"DeviceRGB": 3, b"CalRGB": 3, b"DeviceCMYK": 4}
_COLOR_SPACE = re.compile(rb"/ColorSpace\s*/(\w+)")

MIN_SIDE = 800  # pixels: a page scanned at 100 dpi or more is no smaller
A4_LONG_SIDE = 11.69  # inches: a picture's size on paper is not known; scans are A4
SCANNER_DPI = (100, 150, 200, 240, 300, 400, 600)
A4_RATIO = 297 / 210  # a portrait page's height over its width
BAND_RATIO = 0.6  # a picture less tall than this of its width is a band (a landscape A4 page is 0.71)
# Decoders for the image formats PDF holds whole; FlateDecode comes before
# one of them or before raw samples.
_IMAGE_FILTERS = {"DCTDecode", "JPXDecode", "CCITTFaxDecode"}
_JPEG_FILL = 128  # the gray libjpeg gives the part of a picture after its data ends


@dataclass(frozen=True)
class Picture:
    """An image object found in a file's bytes."""
    offset: int  # of its stream data
    length: int  # bytes of its stream data
    width: int
    height: int
    bits: int
    filters: tuple[str, ...]
    channels: int | None  # of raw samples; None: a colour space named elsewhere (ICC)
    params: dict[str, int]  # CCITT decoding parameters: K, Columns; BlackIs1 as 0/1


def find(data: bytes) -> list[Picture]:
    """The image objects of a PDF's bytes as wide as a page (pages, and the
    bands a scan printed to PDF is cut into), in file order.

    >>> head = b"4 0 obj << /Type /XObject /Subtype /Image /Width 2480 /Height 3508 "
    >>> pdf = head + b"/BitsPerComponent 8 /Filter /DCTDecode /Length 3 >>\\nstream\\nabc\\nendstream endobj"
    >>> [(p.width, p.height, p.filters, p.length) for p in find(pdf)]
    [(2480, 3508, ('DCTDecode',), 3)]
    """
    starts = [m.end() for m in _OBJECT.finditer(data)]
    out = []
    for start, next_start in zip(starts, starts[1:] + [len(data)]):
        stream = _STREAM.search(data, start, next_start)
        if stream is None:
            continue
        head = data[start:stream.start()]
        if not re.search(rb"/Subtype\s*/Image\b", head):
            continue
        num = {key: int(m.group(1)) for key, rx in _NUMBER.items() if (m := rx.search(head))}
        width, height = num.get("Width", 0), num.get("Height", 0)
        if width < MIN_SIDE or height < 1:
            continue  # as wide as a page: a page, or a band of one
        filters = _FILTERS.search(head)
        names = tuple(n.decode() for n in _NAME.findall(filters.group(1))) if filters else ()
        # The length as written, else up to "endstream" or the end of what is left.
        end = data.find(b"endstream", stream.end(), next_start)
        length = num.get("Length") or ((end if end >= 0 else next_start) - stream.end())
        params = {"K": num.get("K", 0), "Columns": num.get("Columns", width),
                  "BlackIs1": int(bool(re.search(rb"/BlackIs1\s+true", head)))}
        space = _COLOR_SPACE.search(head)
        out.append(Picture(stream.end(), min(length, len(data) - stream.end()), width, height,
                           num.get("BitsPerComponent", 8), names, _CHANNELS.get(space.group(1)) if space else None,
                           params))
    return out


def decode(data: bytes, picture: Picture) -> np.ndarray | None:
    """The picture as 8-bit gray (255 = paper), or None when its format is
    not one read here (JBIG2) or nothing of it can be decoded."""
    body = data[picture.offset:picture.offset + picture.length]
    filters = list(picture.filters)
    while filters and filters[0] == "FlateDecode":
        # After the 2-byte zlib header; no more than the picture's raw samples.
        body, _, _ = inflate(body, 2, budget=picture.width * picture.height * 4 + (1 << 20))
        if body is None:
            return None
        filters = filters[1:]
    if not filters:
        img = _samples(body, picture)
        if img is None or img.shape[0] >= picture.height:
            return img
        return np.vstack([img, np.full((picture.height - img.shape[0], img.shape[1]), 255, np.uint8)])  # cut short
    if filters != [filters[0]] or filters[0] not in _IMAGE_FILTERS:
        return None
    if filters[0] == "CCITTFaxDecode":
        body = _tiff(body, picture)
    return _image_file(body)


def _samples(body: bytes, picture: Picture) -> np.ndarray | None:
    """Raw samples (no image format): gray, RGB or CMYK, 8 bits or 1."""
    w, h = picture.width, picture.height
    if picture.bits == 1:
        row = (w + 7) // 8
        rows = len(body) // row
        if not rows:
            return None
        bits = np.unpackbits(np.frombuffer(body[:rows * row], np.uint8).reshape(rows, row), axis=1)[:, :w]
        return np.where(bits == 1, 255, 0).astype(np.uint8)  # DeviceGray: 1 is white
    if picture.bits != 8:
        return None
    # A colour space named elsewhere (ICC): the channels the data fills.
    for channels in [picture.channels] if picture.channels else [c for c in (1, 3, 4) if len(body) == w * h * c]:
        rows = len(body) // (w * channels)
        if not rows:
            return None
        img = np.frombuffer(body[:rows * w * channels], np.uint8).reshape(rows, w, channels)
        if channels == 4:  # CMYK: the paper is no ink
            return (255 - img.max(axis=2)).astype(np.uint8)
        return img[:, :, 0] if channels == 1 else img.mean(axis=2).astype(np.uint8)
    return None


def _tiff(body: bytes, picture: Picture) -> bytes:
    """CCITT fax data wrapped as a one-strip TIFF, which Pillow decodes."""
    import struct

    k = picture.params["K"]
    compression = 4 if k < 0 else 3
    entries = [(256, 4, picture.params["Columns"]), (257, 4, picture.height), (258, 3, 1),
               (259, 3, compression), (262, 3, 1 if picture.params["BlackIs1"] else 0),
               (273, 4, 0), (278, 4, picture.height), (279, 4, len(body))]
    if compression == 3:
        entries.append((292, 4, 1 if k > 0 else 0))  # T4Options: 2-D coding when K > 0
    header_size = 8 + 2 + 12 * len(entries) + 4
    entries = [(tag, kind, header_size if tag == 273 else value) for tag, kind, value in entries]
    ifd = struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHI", tag, kind, 1) + (struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value))
        for tag, kind, value in entries) + struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + body


def _image_file(body: bytes) -> np.ndarray | None:
    """A JPEG, JPEG 2000 or TIFF as gray; a file cut short gives what it holds."""
    from PIL import Image, ImageFile

    truncated = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = True  # a download cut short still gives a page's top
    try:
        with Image.open(io.BytesIO(body)) as im:
            img = np.array(im.convert("L"))
    except Exception:  # noqa: BLE001 - undecodable: not a page
        return None
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = truncated
    # A JPEG cut short is filled out in flat gray: paper, rather than ink to OCR.
    flat = np.flatnonzero((img != _JPEG_FILL).any(axis=1))
    img[flat[-1] + 1 if len(flat) else 0:] = 255
    return img


def resolution(long_side: int) -> float:
    """Dots per inch of a page scan ``long_side`` pixels long, taken as A4;
    within 2% of a scanner's usual setting, that setting.

    >>> resolution(3508), resolution(3496), round(resolution(2000), 1)
    (300, 300, 171.1)
    """
    dpi = long_side / A4_LONG_SIDE
    usual = min(SCANNER_DPI, key=lambda d: abs(d - dpi))
    return usual if abs(usual - dpi) <= 0.02 * usual else dpi


def page_images(data: bytes) -> Iterator[np.ndarray]:
    """The pages the pictures of a PDF's bytes make, in order: a page-sized
    picture is a page; bands (pictures less tall than ``BAND_RATIO`` of
    their width) of one width in a row (a scan printed to PDF
    by Windows comes as 25 to 100 of them a page) are put one under the
    other until a shorter band ends the page, or the next would make it
    longer than A4. What makes less than a page's side is left out (a
    banner, a logo)."""
    bands: list[np.ndarray] = []

    def stacked() -> list[np.ndarray]:
        page = [np.vstack(bands)] if sum(b.shape[0] for b in bands) >= MIN_SIDE else []
        bands.clear()
        return page

    for picture in find(data):
        img = decode(data, picture)
        if img is None:
            continue
        if img.shape[0] >= max(MIN_SIDE, img.shape[1] * BAND_RATIO):
            yield from stacked()
            yield img
            continue
        over_full = sum(b.shape[0] for b in bands) + img.shape[0] > img.shape[1] * A4_RATIO * 1.005
        if bands and (img.shape[1] != bands[0].shape[1] or over_full):
            yield from stacked()
        bands.append(img)
        if img.shape[0] < bands[0].shape[0]:
            yield from stacked()  # a page's last band is what is left of its height
    yield from stacked()


def rebuild(data: bytes, out: str, max_pages: int) -> int:
    """Write the pages the pictures of a damaged PDF's bytes make
    (``page_images``) to ``out`` as an image-only PDF (gray, losslessly
    compressed, each page as large as its picture at its ``resolution``), up
    to ``max_pages``.
    Returns the pages written; with none, ``out`` is not a PDF."""
    offsets: dict[int, int] = {}
    with open(out, "wb") as f:
        def put(number: int, body: bytes) -> None:
            offsets[number] = f.tell()
            f.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))

        f.write(b"%PDF-1.4\n")
        pages = 0
        for img in page_images(data):  # one page in memory at a time
            if pages >= max_pages:
                break
            h, w = img.shape
            dpi = resolution(max(h, w))
            width, height = w * 72 / dpi, h * 72 / dpi
            page = 3 + 3 * pages  # the page's object; its picture and its drawing follow
            pixels = zlib.compress(np.ascontiguousarray(img).tobytes(), 6)
            put(page + 1, b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                          b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
                % (w, h, len(pixels), pixels))
            draw = b"q %.3f 0 0 %.3f 0 0 cm /Scan Do Q" % (width, height)
            put(page + 2, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw))
            put(page, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] "
                      b"/Resources << /XObject << /Scan %d 0 R >> >> /Contents %d 0 R >>"
                % (width, height, page + 1, page + 2))
            pages += 1
        kids = b" ".join(b"%d 0 R" % (3 + 3 * i) for i in range(pages))
        put(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages))
        put(1, b"<< /Type /Catalog /Pages 2 0 R >>")
        xref, size = f.tell(), 3 + 3 * pages
        f.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        f.write(b"".join(b"%010d 00000 n \n" % offsets[i] for i in range(1, size)))
        f.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return pages
