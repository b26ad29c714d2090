"""OCR for PDF pages without a usable text layer (scans, junk text layers),
and for pictures of tables (a PDF page's region, a DOCX's image).

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
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from normalize import RULES, arabic_digits, thai_text
from normalize.ocr import drop_mark_lines, ocr_text
from parsers import layout
from parsers.grid import PAD, cell_boxes, crop, find_grids, line_masks
from parsers.image import clear_background, has_ink, render, straighten
from parsers.model import Cell, Paragraph, Row, Table
from parsers.running import page_number_line
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
        out += (layout.separator(out, line) if out else "") + line
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
    height: float = 0.0  # of the page read whole, in points (0: a picture)

    def content(self) -> list:
        """Its blocks less lines that are only a page number (``- ๒ -``):
        they would stand between a table and its continuation."""
        return [b for b in self.blocks if not (isinstance(b, Paragraph) and page_number_line(b.text))]

    def outcome(self) -> str:
        """What a finding's detail says of it, in Thai and English."""
        conf = "-" if self.confidence is None else f"{self.confidence:.2f}"
        return f"อ่านด้วย OCR ความมั่นใจ {conf} / read by OCR, confidence {conf}"


def read_page(pdf_path: str, index: int, settings: ParserSettings,
              region: tuple[float, float, float, float] | None = None, text: bool = True) -> OcrPage:
    """OCR one page (0-based ``index``) into tables and paragraphs; with
    ``text=False``, the page drawn without its text (what the text layer
    holds is read from there: a footer typed over a pasted scan). With
    ``region`` (x0, top, x1, bottom in points: a picture on a page of text),
    only that part, always without the text, and only if it holds a ruled
    table (turned upright if it is not)."""
    dpi = settings.ocr_dpi
    img = render(pdf_path, index, dpi, text=text and region is None)
    if region is None:
        img = upright(img)
        return replace(read_image(img, dpi, index + 1, settings), height=img.shape[0] * 72 / dpi)
    pt = 72 / dpi
    dx, dy = max(region[0], 0.0), max(region[1], 0.0)
    img = img[round(dy / pt):round(region[3] / pt), round(dx / pt):round(region[2] / pt)]
    return read_image(img, dpi, index + 1, settings, origin=(dx, dy), tables_only=True, turn=True)


def read_picture(data: bytes, width_pt: float, number: int, settings: ParserSettings) -> OcrPage:
    """OCR a picture (a DOCX's image file, shown ``width_pt`` wide) if it
    holds a ruled table; scaled to ``settings.ocr_dpi`` as shown."""
    import io

    import cv2
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as header:  # reads the size only
            if header.width * header.height > settings.max_picture_pixels:
                return OcrPage([], [], None)  # no table is pasted that large: not worth the memory
    except Exception:  # noqa: BLE001 - a format PIL does not know: OpenCV may
        pass
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    if img is None or min(img.shape) < 50:
        return OcrPage([], [], None)  # not a picture OpenCV reads (EMF, SVG), or an icon
    scale = settings.ocr_dpi * width_pt / 72 / img.shape[1]
    if abs(scale - 1) > 0.05:
        img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA)
    return read_image(img, settings.ocr_dpi, number, settings, tables_only=True, turn=True)


def read_image(img: np.ndarray, dpi: int, number: int, settings: ParserSettings,
               origin: tuple[float, float] = (0.0, 0.0), tables_only: bool = False, turn: bool = False) -> OcrPage:
    """OCR an upright gray image at ``dpi`` into tables and paragraphs with
    boxes in points from ``origin``; with ``tables_only``, nothing unless it
    holds a ruled table. With ``turn``, an image that holds one is turned
    upright first if it is not (a page scanned sideways, pasted as it came)."""
    from parsers import ocr_fix

    pt = 72 / dpi
    dx, dy = origin
    given = img
    img = clear_background(straighten(img))
    horiz, vert, short = line_masks(img, dpi)
    grids = find_grids(horiz, vert, short)
    if tables_only and not grids:
        return OcrPage([], [], None)  # a photo, a chart: not read
    if turn and grids:  # only now: OSD costs a Tesseract run, and photos are the common picture
        turned = upright(given)
        if turned is not given:
            return read_image(turned, dpi, number, settings, origin, tables_only)
    # Images to recognise: the text bands between tables, then every cell, in
    # grid, row, column order (the tables are rebuilt in that order below).
    h, w = img.shape
    cuts = [0] + [v for g in grids for v in (g.bbox[1], g.bbox[3])] + [h]
    bands = [(top, bottom, crop(img, horiz, (0, top, w, bottom), inset=0))
             for top, bottom in zip(cuts[::2], cuts[1::2]) if bottom - top > 20]
    boxes = [cell_boxes(g, horiz) for g in grids]
    owners = [b for rows in boxes for row in rows for b in row if b.owner is None]
    cells = [crop(img, horiz, (b.x0, b.top, b.x1, b.bottom)) for b in owners]
    images = [b[2] for b in bands] + cells
    inked = [i for i, image in enumerate(images) if has_ink(image)]
    results = [Recognised("", None, [])] * len(images)
    for i, r in zip(inked, recognise([images[i] for i in inked])):
        results[i] = ocr_fix.fix_digits(r, images[i]) if settings.ocr_repair else r
    fix = repair if settings.ocr_repair else _normalise
    band_results, cell_results = results[:len(bands)], results[len(bands):]

    placed: list[tuple[float, object]] = []
    for (top, bottom, _), r in zip(bands, band_results):
        for k, line in enumerate(fix(r.text).splitlines()):
            # Lines of a band keep their order; they sit at the band's top.
            placed.append((dy + top * pt + k * 0.01, Paragraph(line, page=number, confidence=r.conf,
                                                               bbox=(dx, dy + top * pt, dx + w * pt, dy + bottom * pt))))
    tables = []
    read = iter(cell_results)
    for g, grid_rows in zip(grids, boxes):
        rows = []
        for (top, bottom, _), row_boxes in zip(g.rows, grid_rows):
            row_cells = []
            for b in row_boxes:
                span = sum(1 for v in g.xs if b.x0 < v < b.x1 - 8) + 1
                bbox = (dx + b.x0 * pt, dy + top * pt, dx + b.x1 * pt, dy + bottom * pt)
                if b.owner is not None:  # its text was read with the cell above it
                    row_cells.append(Cell("", page=number, span=span, merged_above=True, bbox=bbox))
                    continue
                r = next(read)
                row_cells.append(Cell(fix(join_lines(r.text)), page=number, span=span, confidence=r.conf, bbox=bbox))
            rows.append(Row(row_cells, page=number))
        table = Table(rows, page=number)
        x0, top, x1, bottom = g.bbox
        bbox = (dx + x0 * pt, dy + top * pt, dx + x1 * pt, dy + bottom * pt)
        tables.append((table, bbox, [dx + v * pt for v in g.xs]))
        placed.append((bbox[1], table))
    placed.sort(key=lambda b: b[0])
    confs = [r.conf for r in results if r.conf is not None]
    if tables_only and not any(_filled(t) for t, _, _ in tables):
        return OcrPage([], [], None)
    return OcrPage([b for _, b in placed], tables, sum(confs) / len(confs) if confs else None)


def _filled(table: Table) -> bool:
    """Text in most cells of two rows or more: a table, not a chart's grid
    lines or a photo's window frames."""
    cells = [c for row in table.rows for c in row.cells]
    return len(table.rows) >= 2 and sum(1 for c in cells if c.text.strip()) >= len(cells) / 2
