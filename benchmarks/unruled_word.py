"""Tables of real Word PDFs read as if they had no ruling lines.

    .venv/bin/python benchmarks/unruled_word.py

The generated renderings without borders are LibreOffice's. Word's own PDFs
are checked here on the ruled tables of the real Word exports in
../shared/realdocs: each table is read from its lines as usual, and again
from the order its text is drawn in alone (``parsers.unruled.tables`` on
its chars, each cell's text joined as the parser joins it), and the two are
compared: found as one table, the same number of rows, and each ruled
cell's text found in a cell of the same row (its letters, whitespace left
out: the columns may differ where one is empty throughout).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

import pdfplumber  # noqa: E402

import parsers.pdf as pdf_parser  # noqa: E402
from parsers import unruled  # noqa: E402
from parsers.settings import ParserSettings  # noqa: E402

REALDOCS = ROOT.parent / "shared" / "realdocs"
WORD = ("11_moph_nongyai_procurement_analysis_2562.pdf", "13_moph_phichai_procurement_analysis_2567.pdf",
        "19_moph_nongyai_ita_eb2_2.8.pdf")


def letters(text: str) -> list[str]:
    return sorted("".join(text.split()))


def compare(path: Path) -> dict[str, int]:
    out = {"tables": 0, "found": 0, "same rows": 0, "cells": 0, "their cells": 0, "cells equal": 0}
    settings = ParserSettings()
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            _, tables, _, _ = pdf_parser._read_page(page, number, settings, set())
            for pt in tables:
                x0, top, x1, bottom = pt.bbox
                chars = [c for c in page.chars
                         if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
                found, _ = unruled.tables(chars)
                ruled = [[letters(c.text) for c in row.cells] for row in pt.table.rows]
                out["tables"] += 1
                out["cells"] += sum(map(len, ruled))
                if len(found) != 1:
                    continue
                out["found"] += 1
                read = pdf_parser._unruled_table(found[0], number, page.height, settings)
                drawn = [[letters(c.text) for c in row.cells] for row in read.table.rows]
                if len(drawn) != len(ruled):
                    continue
                out["same rows"] += 1
                out["their cells"] += sum(map(len, ruled))
                out["cells equal"] += sum(cell in row_b for row_a, row_b in zip(ruled, drawn) for cell in row_a)
    return out


def main() -> None:
    if not REALDOCS.is_dir():
        sys.exit(f"needs {REALDOCS}")
    print("| file | ruled tables (cells) | found without lines | of them with the same rows (cells) | cells equal |")
    print("|---|---|---|---|---|")
    for name in WORD:
        r = compare(REALDOCS / name)
        print(f"| {name} | {r['tables']} ({r['cells']}) | {r['found']} | {r['same rows']} ({r['their cells']}) "
              f"| {r['cells equal']} |")


if __name__ == "__main__":
    main()
