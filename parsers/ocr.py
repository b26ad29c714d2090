"""OCR for PDF pages without a usable text layer (scans, junk text layers).

Per page: render with pdfium at ``settings.ocr_dpi``, turn it upright
(Tesseract's orientation detection) and straighten it (the angle that makes
text rows sharpest), find ruled tables from the image's long horizontal and
vertical lines (OpenCV), then recognise every cell, and every band of text
between tables, as its own image: all of a page's images go to one Tesseract
run (``tha+eng``), so a cell's text never mixes with its neighbour's. Thai
digit confusions are then checked against the glyphs (``parsers.ocr_fix``).

The result is the same model the text-layer parser builds: tables with cell
boxes in PDF points and paragraphs in reading order, so extraction and
findings work unchanged. Each cell and paragraph carries its mean word
confidence (0-1).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from normalize import RULES, arabic_digits, thai_text
from normalize.ocr import drop_mark_lines, ocr_text
from parsers import layout
from parsers.grid import PAD, crop, find_grids, line_masks
from parsers.image import clear_background, has_ink, render, straighten
from parsers.model import Cell, Paragraph, Row, Table
from parsers.settings import ParserSettings

LANGS = "tha+eng"
_TSV_FIELDS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
               "left", "top", "width", "height", "conf", "text")


class OcrUnavailable(Exception):
    finding_code = "converter_missing"


@lru_cache(maxsize=1)
def tesseract() -> str | None:
    """The tesseract program, if it has the Thai model."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True).stdout
    return exe if "tha" in out.split() else None


@dataclass
class Word:
    image: int  # index of the image in the batch
    box: tuple[int, int, int, int]  # left, top, right, bottom in that image, px
    conf: float  # 0-100
    text: str
    line: tuple[int, int, int] = (0, 0, 0)  # block, paragraph, line


@dataclass
class Recognised:
    text: str
    conf: float | None  # mean word confidence, 0-1; None: no words
    words: list[Word]


def recognise(images: list[np.ndarray], psm: int = 6) -> list[Recognised]:
    """Text of each image, from one Tesseract run over all of them."""
    exe = tesseract()
    if exe is None:
        raise OcrUnavailable("Tesseract with the Thai model is needed: apt-get install tesseract-ocr-tha")
    if not images:
        return []
    import cv2

    with tempfile.TemporaryDirectory(prefix="ita-ocr-") as tmp:
        names = []
        for i, img in enumerate(images):
            name = os.path.join(tmp, f"{i:04d}.png")
            cv2.imwrite(name, img)
            names.append(name)
        listing = os.path.join(tmp, "list.txt")
        Path(listing).write_text("\n".join(names) + "\n")
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per page; workers parallelise files
        subprocess.run([exe, listing, os.path.join(tmp, "out"), "-l", LANGS, "--psm", str(psm),
                        "txt", "tsv"],
                       check=True, capture_output=True, env=env, timeout=600)
        texts = Path(tmp, "out.txt").read_text(encoding="utf-8").split("\f")
        words = _read_tsv(Path(tmp, "out.tsv").read_text(encoding="utf-8"))
    by_image: list[list[Word]] = [[] for _ in images]
    for word in words:
        by_image[word.image].append(word)
    out = []
    for i, mine in enumerate(by_image):
        confs = [w.conf for w in mine if w.conf >= 0 and w.text.strip()]
        text = texts[i] if i < len(texts) else ""
        out.append(Recognised(_clean(text), sum(confs) / len(confs) / 100 if confs else None, mine))
    return out


def _read_tsv(tsv: str) -> list[Word]:
    words = []
    for line in tsv.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) != len(_TSV_FIELDS) or parts[0] != "5":
            continue
        rec = dict(zip(_TSV_FIELDS, parts))
        left, top, w, h = (int(rec[k]) for k in ("left", "top", "width", "height"))
        words.append(Word(int(rec["page_num"]) - 1, (left - PAD, top - PAD, left + w - PAD, top + h - PAD),
                          float(rec["conf"]), rec["text"],
                          (int(rec["block_num"]), int(rec["par_num"]), int(rec["line_num"]))))
    return words


def _clean(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


# Thai repairs for OCR text: the normalizer's rules (sara am as ``ํา``), Thai
# digits kept as read, then the OCR confusions (normalize.ocr).
_RULES = tuple(rule for rule in RULES if rule is not arabic_digits)


def repair(text: str) -> str:
    """
    >>> repair("การดําเนินการ ขันตอน ๒๕๖๖")
    'การดำเนินการ ขั้นตอน ๒๕๖๖'
    """
    return ocr_text(_normalise(text))


def _normalise(text: str) -> str:
    return thai_text(text, _RULES)


def join_lines(text: str) -> str:
    """A cell's OCR lines joined as the text-layer parser joins wrapped lines:
    nothing between Thai words, a space next to digits or Latin, a new line
    before a list item.

    >>> join_lines("ผู้รับผิดชอบ\\nศึกษาทำความเข้าใจ\\n2.รายงานผู้บริหาร")
    'ผู้รับผิดชอบศึกษาทำความเข้าใจ\\n2.รายงานผู้บริหาร'
    """
    out = ""
    for line in drop_mark_lines(text).split("\n"):
        out += (layout.separator(out[-1], line) if out else "") + line
    return out


def upright(img: np.ndarray) -> np.ndarray:
    """Turn a page scanned sideways or upside down (Tesseract OSD)."""
    import cv2

    exe = tesseract()
    small = cv2.resize(img, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    with tempfile.TemporaryDirectory(prefix="ita-osd-") as tmp:
        name = os.path.join(tmp, "page.png")
        cv2.imwrite(name, small)
        run = subprocess.run([exe, name, "-", "--psm", "0", "-l", "osd"], capture_output=True, text=True,
                             env={**os.environ, "OMP_THREAD_LIMIT": "1"}, timeout=120)
    m = re.search(r"Rotate: (\d+)", run.stdout)
    conf = re.search(r"Orientation confidence: ([\d.]+)", run.stdout)
    if not m or not conf or float(conf.group(1)) < 2.0:
        return img  # too little text to tell: leave it
    turns = {"90": cv2.ROTATE_90_CLOCKWISE, "180": cv2.ROTATE_180, "270": cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(img, turns[m.group(1)]) if m.group(1) in turns else img


# --- a page ----------------------------------------------------------------------------------

@dataclass
class OcrPage:
    blocks: list  # Paragraph | Table in reading order
    tables: list[tuple[Table, tuple[float, float, float, float], list[float]]]  # table, bbox pt, columns pt
    confidence: float | None


def read_page(pdf_path: str, index: int, settings: ParserSettings) -> OcrPage:
    """OCR one page (0-based ``index``) into tables and paragraphs."""
    from parsers import ocr_fix

    dpi = settings.ocr_dpi
    img = clear_background(straighten(upright(render(pdf_path, index, dpi))))
    pt = 72 / dpi
    horiz, vert, short = line_masks(img, dpi)
    grids = find_grids(horiz, vert, short)
    # Images to recognise: the text bands between tables, then every cell, in
    # grid, row, column order (the tables are rebuilt in that order below).
    h, w = img.shape
    cuts = [0] + [v for g in grids for v in (g.bbox[1], g.bbox[3])] + [h]
    bands = [(top, bottom, crop(img, horiz, (0, top, w, bottom), inset=0))
             for top, bottom in zip(cuts[::2], cuts[1::2]) if bottom - top > 20]
    cells = [crop(img, horiz, (x0, top, x1, bottom))
             for g in grids for top, bottom, present in g.rows for x0, x1 in zip(present, present[1:])]
    images = [b[2] for b in bands] + cells
    inked = [i for i, image in enumerate(images) if has_ink(image)]
    results = [Recognised("", None, [])] * len(images)
    for i, r in zip(inked, recognise([images[i] for i in inked])):
        results[i] = ocr_fix.fix_digits(r, images[i]) if settings.ocr_repair else r
    fix = repair if settings.ocr_repair else _normalise
    band_results, cell_results = results[:len(bands)], results[len(bands):]

    number = index + 1
    placed: list[tuple[float, object]] = []
    for (top, bottom, _), r in zip(bands, band_results):
        for k, line in enumerate(fix(r.text).splitlines()):
            # Lines of a band keep their order; they sit at the band's top.
            placed.append((top * pt + k * 0.01, Paragraph(line, page=number, confidence=r.conf,
                                                          bbox=(0, top * pt, w * pt, bottom * pt))))
    tables = []
    read = iter(cell_results)
    for g in grids:
        rows = []
        for top, bottom, present in g.rows:
            row_cells = []
            for x0, x1 in zip(present, present[1:]):
                r = next(read)
                span = sum(1 for v in g.xs if x0 < v < x1 - 8) + 1
                row_cells.append(Cell(fix(join_lines(r.text)), page=number,
                                      bbox=(x0 * pt, top * pt, x1 * pt, bottom * pt), span=span, confidence=r.conf))
            rows.append(Row(row_cells, page=number))
        table = Table(rows, page=number)
        bbox = tuple(v * pt for v in g.bbox)
        tables.append((table, bbox, [v * pt for v in g.xs]))
        placed.append((bbox[1], table))
    placed.sort(key=lambda b: b[0])
    confs = [r.conf for r in results if r.conf is not None]
    return OcrPage([b for _, b in placed], tables, sum(confs) / len(confs) if confs else None)
