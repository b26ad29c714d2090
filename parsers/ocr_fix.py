"""Thai digits checked against their glyphs.

Tesseract's Thai model confuses Thai digits that differ by a small stroke,
worst of all ๖ read as ๒ (so ``๒๕๖๖`` comes out ``๒๕๒๒``), and a dictionary
cannot tell which number was meant. Each run of Thai digits Tesseract reports
is cut into its glyphs (connected components of ink) and each glyph compared
with the ten digits drawn in the Thai fonts installed on the machine (Debian's
fonts-thai-tlwg: Laksaman is TH Sarabun's design, Norasi/Kinnari Angsana's).
Where every glyph of a run matches a digit clearly, the run is rewritten;
otherwise Tesseract's reading stands.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
FONT_DIRS = ("/usr/share/fonts/truetype/tlwg", "/usr/share/fonts/opentype/tlwg")
# Upright text faces only: slanted and monospace designs are not what reports use.
FONT_NAMES = ("Laksaman", "Laksaman-Bold", "Norasi", "Norasi-Bold", "Kinnari", "Kinnari-Bold",
              "Garuda", "Garuda-Bold", "Loma", "Loma-Bold", "Sawasdee", "Umpush", "Waree")
SIZE = 24  # glyphs are compared as SIZE x SIZE masks
MIN_SCORE = 0.55  # correlation below this: not clearly any digit
_RUN = re.compile(f"[{THAI_DIGITS}]+")


def _normalise(mask: np.ndarray) -> tuple[np.ndarray, float]:
    """A glyph mask cropped to its ink, centred in a square, SIZE x SIZE, zero mean."""
    import cv2

    ys, xs = np.nonzero(mask)
    mask = mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1].astype(np.float32)
    h, w = mask.shape
    side = max(h, w)
    square = np.zeros((side, side), np.float32)
    square[(side - h) // 2:(side - h) // 2 + h, (side - w) // 2:(side - w) // 2 + w] = mask
    small = cv2.resize(square, (SIZE, SIZE), interpolation=cv2.INTER_AREA)
    small -= small.mean()
    norm = np.linalg.norm(small)
    return (small / norm if norm else small), h / w


@lru_cache(maxsize=1)
def templates() -> list[tuple[str, np.ndarray, float]]:
    """(digit, normalised mask, aspect ratio) for each digit in each font found."""
    from PIL import Image, ImageDraw, ImageFont

    out = []
    for name in FONT_NAMES:
        path = next((p for d in FONT_DIRS for p in Path(d).glob(f"{name}.[ot]tf")), None)
        if path is None:
            continue
        font = ImageFont.truetype(str(path), 96)
        for digit in THAI_DIGITS:
            img = Image.new("L", (220, 220), 0)
            ImageDraw.Draw(img).text((40, 20), digit, font=font, fill=255)
            mask = np.asarray(img) > 128
            if mask.any():
                out.append((digit, *_normalise(mask)))
    return out


def classify(mask: np.ndarray) -> tuple[str, float]:
    """The digit a glyph mask looks most like, and how much (correlation)."""
    glyph, aspect = _normalise(mask)
    best, score = "", -1.0
    for digit, tmpl, t_aspect in templates():
        s = float((glyph * tmpl).sum()) - 0.3 * abs(np.log(aspect / t_aspect))
        if s > score:
            best, score = digit, s
    return best, score


def glyphs(region: np.ndarray, keep: tuple[int, int] | None = None) -> list[np.ndarray]:
    """Masks of the glyphs in a gray region, left to right (parts of one
    glyph that overlap horizontally are kept together); with ``keep``, only
    glyphs reaching into that x range."""
    import cv2

    _, ink = cv2.threshold(region, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return []
    biggest = stats[1:, cv2.CC_STAT_AREA].max()
    parts = sorted((stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_LEFT] + stats[i, cv2.CC_STAT_WIDTH], i)
                   for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] >= 0.08 * biggest)
    groups: list[list] = []
    for x0, x1, i in parts:
        if groups and x0 < groups[-1][1] - 0.5 * min(x1 - x0, groups[-1][1] - groups[-1][0]):
            groups[-1][1] = max(groups[-1][1], x1)
            groups[-1][2].append(i)
        else:
            groups.append([x0, x1, [i]])
    if keep is not None:
        groups = [g for g in groups if g[1] > keep[0] and g[0] < keep[1]]
    masks = [np.isin(labels, ids)[:, x0:x1] for x0, x1, ids in groups]
    return [part for mask in masks for part in _split_touching(mask, masks)]


def _split_touching(mask: np.ndarray, masks: list[np.ndarray]) -> list[np.ndarray]:
    """Glyphs a blurred scan has joined: a mask about n times as wide as a
    single glyph is cut n ways, each cut at the column with least ink near
    where it should fall."""
    widths = sorted(m.shape[1] for m in masks)
    single = [w for w in widths if w <= 1.4 * widths[0]]
    typical = single[len(single) // 2]
    n = round(mask.shape[1] / typical)
    if n < 2 or mask.shape[1] < 1.6 * typical:
        return [mask]
    ink = mask.sum(axis=0)
    width = mask.shape[1]
    cuts, reach = [0], max(1, int(0.3 * width / n))
    for k in range(1, n):
        aim = int(k * width / n)
        lo, hi = max(cuts[-1] + 1, aim - reach), min(width - 1, aim + reach)
        cuts.append(lo + int(np.argmin(ink[lo:hi + 1])) if hi > lo else aim)
    cuts.append(width)
    return [mask[:, a:b] for a, b in zip(cuts, cuts[1:]) if mask[:, a:b].any()]


def read_digits(region: np.ndarray, keep: tuple[int, int] | None = None, min_score: float = MIN_SCORE,
                skip: int = 0) -> str | None:
    """The Thai digits in a region (after ``skip`` glyphs), or None where any
    glyph is unclear."""
    if not region.size or not templates():
        return None
    out = []
    for mask in glyphs(region, keep)[skip:]:
        digit, score = classify(mask)
        if score < min_score:
            return None
        out.append(digit)
    return "".join(out) or None


# Thai digits read as Latin letters or symbols: "logos", "on.", "«".
_LATIN_JUNK = re.compile(r"^([A-Za-z«»@&%$#?!|/\\{}\[\]<>~^*]{1,6})([.,)]?)$")
STRICT_SCORE = 0.7  # a Latin reading is replaced only when every glyph is clearly a Thai digit


def fix_digits(r, image: np.ndarray):
    """Rewrite each run of Thai digits in an OCR result from its glyphs, and
    short Latin "words" whose glyphs are all clearly Thai digits."""
    from parsers.ocr import Recognised

    text, shift = r.text, 0
    for start, end, box, strict, skip in _runs(r.text, r.words):
        digits = _read_box(image, box, STRICT_SCORE if strict else MIN_SCORE, skip)
        old = text[start + shift:end + shift]
        if digits and digits != old:
            text = text[:start + shift] + digits + text[end + shift:]
            shift += len(digits) - len(old)
    return Recognised(text, r.conf, r.words)


def _read_box(image: np.ndarray, box, min_score: float, skip: int = 0) -> str | None:
    from parsers.grid import PAD

    x0, y0, x1, y1 = box
    h, w = image.shape
    # Tesseract's boxes are approximate: look wider, so no glyph is cut, and
    # keep the glyphs that reach into the reported box.
    margin, wide = max(2, (y1 - y0) // 6), (y1 - y0)
    left = max(0, x0 + PAD - wide)
    region = image[max(0, y0 + PAD - margin):min(h, y1 + PAD + margin), left:min(w, x1 + PAD + wide)]
    return read_digits(region, (x0 + PAD - left, x1 + PAD - left), min_score, skip)


# An ITA item code (e๖, o๑๒) whose Thai digit was read as Latin letters: "ed", "eg".
_ITEM_JUNK = re.compile(r"^[eoiEOI][A-Za-z]{1,2}$")


def _runs(text: str, words) -> list[tuple[int, int, tuple[int, int, int, int], bool, int]]:
    """(start, end) in ``text``, box, strictness and glyphs to skip of each
    run to check: Thai digits read as such (consecutive on a line, no space
    between), one Latin word that may be Thai digits misread, or the digits
    of an item code after its letter."""
    runs: list[list] = []
    pos, prev = 0, None
    for wd in words:
        token = wd.text.strip()
        if not token:
            continue
        at = text.find(token, pos)
        if at < 0 or text[pos:at].strip():
            break  # text and boxes no longer line up: check no further
        end = at + len(token)
        digits = all(ch in THAI_DIGITS or "0" <= ch <= "9" for ch in token)
        thai = any(ch in THAI_DIGITS for ch in token)
        # Runs start at a Thai digit; an Arabic digit read inside one (๒๕๖9๐) belongs to it.
        if digits and (thai or (prev is not None and prev[0] and at == pos)):
            if prev is not None and prev[0] and prev[1] == wd.line and at == pos and runs:
                run = runs[-1]
                run[1] = end
                run[2] = (min(run[2][0], wd.box[0]), min(run[2][1], wd.box[1]),
                          max(run[2][2], wd.box[2]), max(run[2][3], wd.box[3]))
            else:
                runs.append([at, end, wd.box, False, 0])
            prev = (True, wd.line)
        elif _ITEM_JUNK.match(token):
            runs.append([at + 1, end, wd.box, True, 1])
            prev = (False, wd.line)
        else:
            m = _LATIN_JUNK.match(token)
            if m:
                runs.append([at, at + len(m.group(1)), wd.box, True, 0])
            prev = (False, wd.line)
        pos = end
    return [tuple(run) for run in runs]
