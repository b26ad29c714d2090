"""OCR quality and speed on scanned renderings of the samples.

    .venv/bin/python benchmarks/ocr_quality.py [--layout table-per-page] [--dpi 300 200 150]

Each sample PDF is rasterised as a scanner would (data/generate.py
``scan_pdf``: gray, slightly rotated, speckled) and wrapped as an image-only
PDF, then converted by ``ita`` (OCR) with and without the Thai correction
step (glyph check of Thai digits, dictionary-guided repair of misreadings).
Cell similarity: 1 - normalised Levenshtein distance between each extracted
cell and the seed's (whitespace removed), averaged over the 14 x 5 cells.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "data"))
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402
from ingest.pipeline import process_file  # noqa: E402

CELLS = ("issue", "responsible", "measure", "monitoring", "progress")


def similarities(x, expected: list[dict]) -> list[float]:
    squeeze = lambda s: "".join(s.split())  # noqa: E731
    got = {m.row_no: m for m in x.measures}
    return [Levenshtein.normalized_similarity(squeeze(getattr(got[i], col)), squeeze(e[col]))
            if i in got else 0.0
            for i, e in enumerate(expected, start=1) for col in CELLS]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--layout", default="table-per-page", choices=generate.LAYOUTS)
    ap.add_argument("--dpi", type=int, nargs="+", default=[300, 200, 150])
    args = ap.parse_args()
    stem = f"khoksanuan-2566-{args.layout}"
    expected = json.loads((ROOT / "data" / "expected" / f"{stem}.json").read_text(encoding="utf-8"))["measures"]
    print(f"Layout {args.layout}; scans rotated 0.6 degrees with gray noise (sd 6).\n")
    print("| scan dpi | correction | rows | mean cell similarity | worst cell | s/page |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for dpi in args.dpi:
            scan = generate.scan_pdf(ROOT / "data" / "samples" / f"{stem}.pdf", Path(tmp) / f"scan{dpi}.pdf",
                                     dpi=dpi, angle=0.6, noise=6, seed=dpi)
            for repair in (False, True):
                t = time.perf_counter()
                x = process_file(scan, {"ocr_repair": repair})
                seconds = time.perf_counter() - t
                sims = similarities(x, expected)
                print(f"| {dpi} | {'on' if repair else 'off'} | {len(x.measures)} | {sum(sims) / len(sims):.4f} "
                      f"| {min(sims):.3f} | {seconds / x.document.pages:.2f} |", flush=True)


if __name__ == "__main__":
    main()
