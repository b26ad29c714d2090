"""How Chromium prints of the seed, in page and cell styles no test was
tuned on, read back.

    .venv/bin/python benchmarks/chromium_styles.py [--seed N] [--count N] [--keep DIR]

Draws ``count`` random styles (``seed`` fixes them): a fonts-thai-tlwg font
at 14 to 16 pt, A4 either way, margins of 1 to 2.5 cm, cell padding, cells
left-aligned or justified, line height normal, 1.2 or 1.5, and cell borders
of 1 px, 0.5 pt or none. Puts the seed through ``generate.build_html`` in
that style (a table per section, its header in ``<thead>``, which Chromium
repeats on each page), prints it with Chromium and scores it as
``pdf_producers.py`` does against the table-per-page sample: rows, document
fields, cells equal after whitespace folding / removing, cells' paragraphs
equal. A rendering is right with 14 rows, no field wrong and 70/70 cells
with whitespace removed (Chromium never draws the space at a Thai line
wrap, so folded cells fall short). ``--keep DIR``: leave the HTML and PDF
there (``c{seed}-{I}``). Needs Chromium.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "data"), str(ROOT / "benchmarks")]

import generate  # noqa: E402
import pdf_producers  # noqa: E402
from ingest.pipeline import process_file  # noqa: E402

FONTS = ("Laksaman", "Garuda", "Loma", "Norasi", "Kinnari", "Sawasdee", "Umpush", "Purisa", "Waree", "Tlwg Typo")
PADDINGS = ("2pt 4pt", "4pt 6pt", "0 3pt", "5pt 5.4pt")
BORDERS = ("1px solid #000", "1px solid #000", "none", "0.5pt solid #444")


def draw(rng: random.Random) -> dict[str, str]:
    """One random style."""
    return {"font": rng.choice(FONTS), "size": f"{rng.choice([14, 15, 16])}pt",
            "page": rng.choice(["landscape", "portrait"]), "margin": f"{rng.choice([1.0, 1.5, 2.0, 2.5])}cm",
            "padding": rng.choice(PADDINGS), "align": rng.choice(["left", "left", "justify"]),
            "line-height": rng.choice(["normal", "1.2", "1.5"]), "border": rng.choice(BORDERS)}


def css(s: dict[str, str]) -> str:
    """The style as CSS rules after ``generate``'s own."""
    return (f"@page {{ size: A4 {s['page']}; margin: {s['margin']} }} "
            f"body {{ font-family: \"{s['font']}\"; font-size: {s['size']}; line-height: {s['line-height']} }} "
            f"th, td {{ border: {s['border']}; text-align: {s['align']}; padding: {s['padding']} }}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=12)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    report = generate.read_seed()
    print("| print | style | rows | document fields wrong | cells equal (whitespace folded) "
          "| cells equal (whitespace removed) | cells' paragraphs equal (whitespace removed) |")
    print("|---|---|---|---|---|---|---|")
    right = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for i in range(args.count):
            style, name = draw(rng), f"c{args.seed}-{i}"
            html = generate.build_html(report, out / f"{name}.html", extra_style=css(style))
            rows, bad, folded, squeezed, lined, total = pdf_producers.score_result(
                process_file(generate.print_pdf(html, out)), "table-per-page")
            right += rows == total // len(pdf_producers.CELLS) and not bad and squeezed == total
            print(f"| {name} | {' '.join(style.values())} | {rows} | {', '.join(bad) or 'none'} | {folded}/{total} "
                  f"| {squeezed}/{total} | {lined}/{total} |", flush=True)
    print(f"\nright: {right} of {args.count}")


if __name__ == "__main__":
    main()
