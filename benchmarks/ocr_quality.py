"""OCR quality and speed on scanned renderings of the samples.

    .venv/bin/python benchmarks/ocr_quality.py [--layout table-per-page] [--dpi 300 200 150]
    .venv/bin/python benchmarks/ocr_quality.py --hidden
    .venv/bin/python benchmarks/ocr_quality.py --threads

Each sample PDF is rasterised as a scanner would (data/generate.py
``scan_pdf``: gray, slightly rotated, speckled) and wrapped as an image-only
PDF, then converted by ``ita`` (OCR) with and without the Thai correction
step (glyph check of Thai digits, dictionary-guided repair of misreadings).
Cell similarity: 1 - normalised Levenshtein distance between each extracted
cell and the seed's (whitespace removed), averaged over the 14 x 5 cells.
Last, a 200 dpi scan as a phone app saves one (``jitter``: each page cropped
and scaled its own way).
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


def hidden_tables(stem: str, expected: list[dict], tmp: Path) -> None:
    """Tables a text layer hides: a 300 dpi scan made searchable by Tesseract
    (against the bare scan), and the first table pasted as a picture into
    the DOCX and its PDF (against the sample without the picture), and
    a DOCX of 200 dpi page scans, a picture a page, with a footer typed
    over them, and its PDF."""
    print("\n| rendering | rows | mean cell similarity | worst cell | rows by OCR | seconds |")
    print("|---|---|---|---|---|---|")
    sample = ROOT / "data" / "samples" / f"{stem}.pdf"
    scan = generate.scan_pdf(sample, tmp / "scan.pdf", dpi=300, angle=0.6, noise=6, seed=300)
    docx = generate.picture_table_docx(generate.read_seed(), tmp)
    runs = [("scan, 300 dpi", scan), ("the scan made searchable", generate.searchable_pdf(scan, tmp / "searchable.pdf")),
            ("sample DOCX", sample.with_suffix(".docx")), ("DOCX, first table a picture", docx),
            ("sample PDF", sample), ("PDF, first table a picture", generate.to_pdf(docx, tmp))]
    pages = generate.page_scan_docx(sample, tmp / "page-scans.docx", dpi=200, footer="อบต.โคกสนวน")
    runs += [("DOCX of page scans, 200 dpi, a footer typed over", pages), ("its PDF", generate.to_pdf(pages, tmp))]
    for name, path in runs:
        t = time.perf_counter()
        x = process_file(path)
        seconds = time.perf_counter() - t
        sims = similarities(x, expected)
        by_ocr = sum(1 for m in x.measures if m.ocr_confidence is not None)
        print(f"| {name} | {len(x.measures)} | {sum(sims) / len(sims):.4f} | {min(sims):.3f} | {by_ocr} "
              f"| {seconds:.1f} |", flush=True)


def threads(stem: str, expected: list[dict], tmp: Path) -> None:
    """One scanned file (300 dpi) OCR'd a page at a time, then with as many
    pages at once as there are cores (``ocr_threads``; Tesseract runs a
    process per page), as ``ita text`` and ``ita validate`` read one file."""
    import os

    scan = generate.scan_pdf(ROOT / "data" / "samples" / f"{stem}.pdf", tmp / "scan.pdf", dpi=300, angle=0.6,
                             noise=6, seed=300)
    print("| pages OCR'd at once | rows | mean cell similarity | s/page | same rows as one at a time |")
    print("|---|---|---|---|---|")
    from normalize import ocr

    ocr.fix_confusions("ขันตอน")  # the word lists load once per process, before either run
    first = None
    for n in sorted({1, os.cpu_count() or 1}):
        ocr._splits.cache_clear()  # the second run may not reuse the first one's words
        t = time.perf_counter()
        x = process_file(scan, {"ocr_threads": n})
        seconds = time.perf_counter() - t
        sims = similarities(x, expected)
        rows = [[getattr(m, c) for c in CELLS] for m in x.measures]
        first = first or rows
        print(f"| {n} | {len(x.measures)} | {sum(sims) / len(sims):.4f} | {seconds / x.document.pages:.2f} "
              f"| {'yes' if rows == first else 'no'} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--layout", default="table-per-page", choices=generate.LAYOUTS)
    ap.add_argument("--dpi", type=int, nargs="+", default=[300, 200, 150])
    ap.add_argument("--hidden", action="store_true", help="only the tables a text layer hides")
    ap.add_argument("--threads", action="store_true", help="only one scan, a page at a time and side by side")
    args = ap.parse_args()
    stem = f"khoksanuan-2566-{args.layout}"
    expected = json.loads((ROOT / "data" / "expected" / f"{stem}.json").read_text(encoding="utf-8"))["measures"]
    print(f"Layout {args.layout}; scans rotated 0.6 degrees with gray noise (sd 6).\n")
    with tempfile.TemporaryDirectory() as tmp:
        if args.hidden:
            return hidden_tables(stem, expected, Path(tmp))
        if args.threads:
            return threads(stem, expected, Path(tmp))
        print("| scan dpi | correction | rows | mean cell similarity | worst cell | s/page |")
        print("|---|---|---|---|---|---|")
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
        # As a phone app saves a scan: each page cropped and scaled its own way.
        scan = generate.scan_pdf(ROOT / "data" / "samples" / f"{stem}.pdf", Path(tmp) / "phone.pdf",
                                 dpi=200, angle=0.6, noise=6, seed=7, jitter=0.05)
        t = time.perf_counter()
        x = process_file(scan)
        seconds = time.perf_counter() - t
        sims = similarities(x, expected)
        print(f"| 200, pages cropped and scaled apart (phone app) | on | {len(x.measures)} "
              f"| {sum(sims) / len(sims):.4f} | {min(sims):.3f} | {seconds / x.document.pages:.2f} |", flush=True)


if __name__ == "__main__":
    main()
