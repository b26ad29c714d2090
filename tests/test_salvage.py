"""PDFs no reader opens (cut short, the structure lost): the page pictures
found in their bytes, decoded leniently, and the image-only PDF made of them
(parsers.salvage). Scans read end to end: test_ocr, test_realdocs."""

import io
import zlib

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from parsers import salvage


def _object(number: int, head: bytes, stream: bytes) -> bytes:
    return b"%d 0 obj\n<< %s /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (number, head, len(stream), stream)


def _picture(number: int, w: int, h: int, stream: bytes, extra: bytes = b"") -> bytes:
    return _object(number, b"/Type /XObject /Subtype /Image /Width %d /Height %d %s" % (w, h, extra), stream)


def _paper(w: int, h: int, seed: int = 1) -> np.ndarray:
    """A page of gray speckle with dark strokes."""
    rng = np.random.default_rng(seed)
    img = rng.integers(200, 256, (h, w), dtype=np.uint8)
    img[::37, :] = rng.integers(0, 60, (len(range(0, h, 37)), w), dtype=np.uint8)
    return img


def _pil_pdf(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PDF", resolution=300)
    return out.getvalue()


def test_a_deflated_picture_with_a_wrong_checksum_and_no_page_tree_is_rebuilt_as_a_page(tmp_path):
    page = _paper(1240, 1754)  # A4 at 150 dpi
    packed = zlib.compress(page.tobytes())
    packed = packed[:-4] + b"\0\0\0\0"  # the checksum is wrong
    logo = zlib.compress(bytes(200 * 100))
    data = (b"%PDF-1.4\n" + _object(1, b"/Type /Catalog /Pages 9 0 R", b"")
            + _picture(2, 200, 100, logo, b"/BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode")
            + _picture(3, 1240, 1754, packed, b"/BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode"))
    # The file ends there: no page objects, no page tree (9 0 R), no xref, no trailer.
    assert [(p.width, p.height, p.filters) for p in salvage.find(data)] == [(1240, 1754, ("FlateDecode",))]
    out = tmp_path / "rebuilt.pdf"
    assert salvage.rebuild(data, str(out), max_pages=500) == 1
    with pdfplumber.open(out) as pdf:
        [p] = pdf.pages
        assert (round(p.width, 2), round(p.height, 2)) == (round(1240 * 72 / 150, 2), round(1754 * 72 / 150, 2))
        [image] = p.images
        assert image["stream"].get_data() == page.tobytes()  # every pixel as it was


def test_bands_of_a_scan_printed_to_pdf_are_put_back_together_a_page_each(tmp_path):
    # Windows' Print to PDF cuts each scanned page into bands: 140 rows each
    # and a shorter last one on the first page, 35 rows each on the second;
    # the last two pages are 50 bands each, with no shorter one to end them.
    first, second = _paper(1240, 1754, seed=1), _paper(1240, 1754, seed=2)
    third, fourth = _paper(1240, 1750, seed=3), _paper(1240, 1750, seed=4)
    objects, number = [], 1
    for page, rows in ((first, 140), (second, 35), (third, 35), (fourth, 35)):
        for top in range(0, page.shape[0], rows):
            band = page[top:top + rows]
            objects.append(_picture(number, 1240, band.shape[0], zlib.compress(band.tobytes()),
                                    b"/BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode"))
            number += 1
    data = b"%PDF-1.4\n" + b"".join(objects)
    pages = list(salvage.page_images(data))
    assert [p.shape for p in pages] == [(1754, 1240), (1754, 1240), (1750, 1240), (1750, 1240)]
    assert all((got == want).all() for got, want in zip(pages, (first, second, third, fourth)))
    assert salvage.rebuild(data, str(tmp_path / "out.pdf"), max_pages=1) == 1  # no more than asked


def test_one_bit_samples_and_rgb_samples_come_out_gray():
    bits = np.zeros((900, 1000), dtype=np.uint8)
    bits[100:110, :] = 1  # a white band (1 is white in DeviceGray)
    data = b"%PDF-1.4\n" + _picture(1, 1000, 900, zlib.compress(np.packbits(bits, axis=1).tobytes()),
                                    b"/BitsPerComponent 1 /ColorSpace /DeviceGray /Filter /FlateDecode")
    [p] = salvage.find(data)
    assert (salvage.decode(data, p) == bits * 255).all()
    cut = data[:len(data) - len(zlib.compress(np.packbits(bits, axis=1).tobytes())) // 2]
    [p] = salvage.find(cut)
    img = salvage.decode(cut, p)
    assert img.shape == bits.shape and (img[:110] == bits[:110] * 255).all() and (img[-100:] == 255).all()
    rgb = np.stack([_paper(1000, 900)] * 3, axis=2)
    data = b"%PDF-1.4\n" + _picture(1, 1000, 900, rgb.tobytes(), b"/BitsPerComponent 8 /ColorSpace /DeviceRGB")
    [p] = salvage.find(data)
    assert (salvage.decode(data, p) == rgb[:, :, 0]).all()


def test_a_fax_coded_picture_is_decoded_exactly():
    # Black-and-white scanners write CCITT group 4; Pillow writes it so too.
    page = Image.fromarray(np.where(_paper(1000, 1400) < 128, 0, 255).astype(np.uint8)).convert("1")
    data = _pil_pdf(page)
    data = data[:data.index(b"endstream") + 9]  # cut after the picture, before its page object
    [p] = salvage.find(data)
    assert p.filters == ("CCITTFaxDecode",) and p.params["K"] == -1
    assert (salvage.decode(data, p) == np.asarray(page.convert("L"))).all()


def test_a_jpeg_cut_short_gives_its_top_and_paper_below():
    page = Image.fromarray(_paper(1200, 1600))
    whole = _pil_pdf(page)
    [p] = salvage.find(whole)
    full = salvage.decode(whole, p)
    cut = whole[:p.offset + p.length // 2]
    [q] = salvage.find(cut)
    top = salvage.decode(cut, q)
    assert top.shape == full.shape
    assert (top[:500] == full[:500]).all()  # what the half of the data holds is as it was
    assert (top[-200:] == 255).all()  # what it does not is paper, not libjpeg's gray


@pytest.mark.parametrize("filters", [b"/Filter /JBIG2Decode", b"/Filter [/FlateDecode /LZWDecode]"])
def test_a_picture_in_a_format_not_read_here_is_skipped(tmp_path, filters):
    data = b"%PDF-1.4\n" + _picture(1, 1000, 1400, b"\0" * 100, b"/BitsPerComponent 1 " + filters)
    assert salvage.decode(data, salvage.find(data)[0]) is None
    assert salvage.rebuild(data, str(tmp_path / "out.pdf"), max_pages=500) == 0
