"""Page images for OCR: rendering, straightening, cleaning.

Pure image helpers (numpy arrays of 8-bit gray, 255 = paper); OpenCV is
imported where used.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

import numpy as np


def render(pdf_path: str, index: int, dpi: int, text: bool = True) -> np.ndarray:
    """A page as an 8-bit gray image; pages made of many image strips come
    out whole. With ``text=False``, without the page's text (the text layer
    has it already): what is left is its pictures and drawings."""
    import pypdfium2.raw as pdfium_c

    with _pdfium_document(pdf_path) as doc:
        page = doc[index]
        if not text:
            # Text inside form XObjects stays: only the page's own objects can be taken out.
            for obj in list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=1)):
                page.remove_obj(obj)
            page.gen_content()
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        img = np.array(bitmap.to_numpy())
    return img[:, :, 0] if img.ndim == 3 else img


def page_count(pdf_path: str) -> int:
    """Pages PDFium finds in a file (it repairs more than pdfminer)."""
    with _pdfium_document(pdf_path) as doc:
        return len(doc)


def repaired_copy(pdf_path: str, out: str) -> int:
    """Write the file as PDFium reads it (it repairs more than pdfminer: a
    lost cross-reference table, a broken page tree) to ``out``, a sound
    PDF with its text, fonts and pictures. Returns its pages."""
    with _pdfium_document(pdf_path) as doc:
        doc.save(out)
        return len(doc)


# PDFium may not be called from two threads at once, even for two documents
# (pages are OCR'd in threads: parsers.pdf).
_PDFIUM = threading.Lock()


@contextmanager
def _pdfium_document(pdf_path: str):
    """A PDFium document, open (and the lock held) while in use."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf_path)
        try:
            yield doc
        finally:
            doc.close()


def skew_angle(img: np.ndarray, limit: float = 5.0, step: float = 0.1) -> float:
    """The rotation (degrees) that makes the rows of ink sharpest: text lines
    and ruling lines are horizontal when the row sums vary the most."""
    import cv2

    scale = 1000 / max(img.shape)
    small = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = (small < 160).astype(np.float32)
    h, w = ink.shape
    centre = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rows = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST).sum(axis=1)
        return float(np.var(rows))

    coarse = max(np.arange(-limit, limit + 1e-9, 0.5), key=sharpness)
    fine = np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, step)
    return float(max(fine, key=sharpness))


def straighten(img: np.ndarray) -> np.ndarray:
    import cv2

    angle = skew_angle(img)
    if abs(angle) < 0.05:
        return img
    h, w = img.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def has_ink(img: np.ndarray) -> bool:
    """Whether a crop holds any dark strokes: Tesseract reads noise in an
    empty cell as junk, so empty cells are not sent to it."""
    return bool((img < 128).sum() > 40)


def clear_background(img: np.ndarray) -> np.ndarray:
    """Paper and scanner noise to white, strokes kept in their gray levels
    (Otsu's threshold over the whole page, not per crop)."""
    import cv2

    t, _ = cv2.threshold(img, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    out = img.copy()
    out[img > t] = 255
    return out
