"""Peak memory of the PDF parser on a short and a long file.

    .venv/bin/python benchmarks/bench_memory.py [--copies 8]

Concatenates the table-per-page sample (21 pages) --copies times with pypdf,
then measures, each in a fresh process, the peak RSS of (a) bare pdfplumber
extract_tables keeping pages open, (b) the same closing each page, and
(c) ``parsers.parse`` (ita's parser) on the short and the long file. Memory
is flat when the long file's peak is close to the short file's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "khoksanuan-2566-table-per-page.pdf"

RUNS = {
    "(a) bare pdfplumber, pages kept": "import pdfplumber\nwith pdfplumber.open(F) as pdf:\n"
                                        "    for p in pdf.pages: p.extract_tables()",
    "(b) bare pdfplumber, page.close()": "import pdfplumber\nwith pdfplumber.open(F) as pdf:\n"
                                          "    for p in pdf.pages: p.extract_tables(); p.close()",
    "(c) ita parsers.parse": "from parsers import parse\nd = parse(F)\nassert not d.failed",
}
PEAK = "\nimport resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)"


def peak_mb(code: str, path: Path) -> int:
    out = subprocess.run([sys.executable, "-c", f"F = {str(path)!r}\n{code}{PEAK}"], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout
    return int(out.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=8)
    args = ap.parse_args()
    from pypdf import PdfReader, PdfWriter

    with tempfile.TemporaryDirectory() as tmp:
        long = Path(tmp) / "long.pdf"
        w = PdfWriter()
        for _ in range(args.copies):
            w.append(PdfReader(SAMPLE))
        w.write(long)
        n_long = len(PdfReader(long).pages)
        print(f"| run | peak RSS, 21 pages (MB) | peak RSS, {n_long} pages (MB) | growth |")
        print("|---|---|---|---|")
        for name, code in RUNS.items():
            short_mb, long_mb = peak_mb(code, SAMPLE), peak_mb(code, long)
            print(f"| {name} | {short_mb} | {long_mb} | {long_mb / short_mb:.2f}x |")


if __name__ == "__main__":
    main()
