"""How Chromium prints of the seed, in page and cell styles no test was
tuned on, read back.

    .venv/bin/python benchmarks/chromium_styles.py [--seed N] [--count N] [--keep DIR] [--more]

Draws ``count`` random styles (``seed`` fixes them): a fonts-thai-tlwg font
at 14 to 16 pt, A4 either way, margins of 1 to 2.5 cm, cell padding, cells
left-aligned or justified, line height normal, 1.2 or 1.5, and cell borders
of 1 px, 0.5 pt or none; with ``--more``, also cells aligned top, middle or
bottom, borders collapsed or apart, a shaded header, shaded rows in turn
and 0 to 24 pt between tables. Puts the seed through ``generate.build_html``
in that style (a table per section, its header in ``<thead>``, which Chromium
repeats on each page), prints it with Chromium and scores it as
``pdf_producers.py`` does against the table-per-page sample: rows, document
fields, cells equal after whitespace folding / removing, cells' paragraphs
equal. A rendering is right with 14 rows, no field wrong and 70/70 cells
with whitespace removed (Chromium never draws the space at a Thai line
wrap, so folded cells fall short). ``--keep DIR``: leave the HTML and PDF
there (``c{seed}-{I}``, with ``--more`` ``m{seed}-{I}``). Needs Chromium.
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


def draw_more(rng: random.Random) -> dict[str, str]:
    """Further table styles (``--more``), drawn after :func:`draw`'s: cells
    aligned top, middle or bottom, borders collapsed or apart, a shaded
    header, shaded rows in turn, and the gap between tables."""
    return {"valign": rng.choice(["top", "middle", "bottom"]), "collapse": rng.choice(["collapse", "separate"]),
            "head": rng.choice(["none", "#d9d9d9"]), "zebra": rng.choice(["none", "#f2f2f2"]),
            "gap": rng.choice(["0", "6pt", "12pt", "24pt"])}


def css(s: dict[str, str]) -> str:
    """The style as CSS rules after ``generate``'s own."""
    out = (f"@page {{ size: A4 {s['page']}; margin: {s['margin']} }} "
           f"body {{ font-family: \"{s['font']}\"; font-size: {s['size']}; line-height: {s['line-height']} }} "
           f"th, td {{ border: {s['border']}; text-align: {s['align']}; padding: {s['padding']} }}")
    if "valign" in s:
        out += (f" th, td {{ vertical-align: {s['valign']} }} table {{ border-collapse: {s['collapse']}; "
                f"border-spacing: 2px; margin-bottom: {s['gap']} }} th {{ background: {s['head']} }} "
                f"tbody tr:nth-child(even) td {{ background: {s['zebra']} }}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=12)
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--more", action="store_true", help="draw the further styles of draw_more too")
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
            style, name = draw(rng), f"{'m' if args.more else 'c'}{args.seed}-{i}"
            if args.more:
                style |= draw_more(rng)
            html = generate.build_html(report, out / f"{name}.html", extra_style=css(style))
            rows, bad, folded, squeezed, lined, total = pdf_producers.score_result(
                process_file(generate.print_pdf(html, out)), "table-per-page")
            right += rows == total // len(pdf_producers.CELLS) and not bad and squeezed == total
            print(f"| {name} | {' '.join(style.values())} | {rows} | {', '.join(bad) or 'none'} | {folded}/{total} "
                  f"| {squeezed}/{total} | {lined}/{total} |", flush=True)
    print(f"\nright: {right} of {args.count}")


if __name__ == "__main__":
    main()
