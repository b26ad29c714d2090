"""How PDF renderings of the seed read back on page geometries no test was
tuned on.

    .venv/bin/python benchmarks/pdf_geometry.py [--seed N] [--count N] [--header-not-repeated] [--forms]
        [--run-on] [--looks] [--two-looks] [--three-looks] [--only I] [--keep DIR]

Draws ``count`` random geometries (``seed`` fixes them): a layout (table per
page, long table, ลำดับ column), landscape or portrait A4, left and right
margins of 1 to 2.5 cm, cell text of 14 to 16 pt and, for five-column
landscape tables, random column widths; for each, the table styles all
lines, no borders, column lines only, rules between rows only and inside
lines only. Renders each with LibreOffice and scores it as
``pdf_producers.py`` does (rows, document fields, cells equal after
whitespace folding / removing, cells' paragraphs equal), and lists the
findings (code and row, as ``tests/test_pdf.py`` compares them) that
differ from the all-lines rendering's: a reading whose cells are right may
still have lost a row of column numbers or a header's part.
``--header-not-repeated``: the header is not repeated on each page (``generate.header_not_repeated``). ``--forms``:
each geometry also draws one of the header FORMS, its header repeated or
not. ``--run-on``: table-per-page geometries have no page breaks between
the sections' tables (``generate.tables_run_on``), each table with its own
random column widths (``generate.own_column_widths``), so that two tables
of different columns share a page. ``--looks``: each geometry also draws a
Thai font (``pdf_producers.FONTS`` or the default) and one of LOOKS (cells
aligned to the bottom or centred, lines 1.5 apart, shaded rows, justified
cells, a page header and footer). ``--two-looks``: as ``--looks``, and a
second look (other than the first, not plain) on top, as real reports mix
them (centred cells with lines 1.5 apart). ``--three-looks``: as
``--two-looks``, and a third on top (other than those two, not plain;
the first two as ``--two-looks`` draws them). ``--only I``: render the
``I``-th geometry only (from 0; the draws are as without it). ``--keep
DIR``: leave the DOCX and PDF in DIR (``g{I}-{style number}``), to look at
a wrong reading. Needs LibreOffice.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "data"), str(ROOT / "benchmarks")]

import generate  # noqa: E402
import pdf_producers  # noqa: E402
from ingest.pipeline import process_file  # noqa: E402

STYLES = {"all lines": None, "no borders": generate.table_borders(),
          "column lines only": generate.column_lines_only, "rules between rows only": generate.rules_between_rows,
          "inside lines only": generate.inside_lines_only}

LOOKS = {"plain": None, "cells aligned to the bottom": generate.every_cell("vAlign", "bottom"),
         "cells centred top to bottom": generate.every_cell("vAlign", "center"),
         "lines 1.5 apart": generate.cell_line_spacing(1.5), "shaded rows": generate.banded_rows,
         "justified cells": generate.every_cell("jc", "both", paragraphs=True),
         "a page header and footer": generate.page_header_and_footer}

FORMS = {"a header of two rows": generate.two_row_header, "column numbers under the header": generate.column_numbers,
         "a title row over the header": generate.title_row, "tables split in two by hand": generate.split_tables}


def geometry(rnd: random.Random) -> dict:
    widths = [rnd.uniform(0.1, 0.35) for _ in range(5)]
    return {"layout": rnd.choice(["table-per-page", "long-table", "seq-column"]), "portrait": rnd.random() < 0.4,
            "size": rnd.choice([14, 15, 16]), "margin": rnd.choice([1.0, 1.5, 2.0, 2.5]),
            "widths": [round(w / sum(widths), 2) for w in widths]}


def mutate(g: dict, style, form=None, run_on: int | None = None):
    def apply(doc) -> None:
        if form is not None:
            form(doc)
        generate.cell_font_size(g["size"])(doc)
        generate.side_margins(g["margin"])(doc)
        if run_on is not None and g["layout"] == "table-per-page":
            generate.own_column_widths(run_on)(doc)
            generate.tables_run_on(doc)
        elif not g["portrait"] and g["layout"] != "seq-column":  # column_widths sizes five landscape columns
            generate.column_widths(*g["widths"])(doc)
        if style is not None:
            style(doc)
    return apply


def _all(*mutates):
    """The ``mutates`` (None: nothing) one after another."""
    def apply(doc) -> None:
        for m in mutates:
            if m is not None:
                m(doc)
    return apply


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=6)
    ap.add_argument("--header-not-repeated", action="store_true")
    ap.add_argument("--forms", action="store_true")
    ap.add_argument("--run-on", action="store_true")
    ap.add_argument("--looks", action="store_true")
    ap.add_argument("--two-looks", action="store_true")
    ap.add_argument("--three-looks", action="store_true")
    ap.add_argument("--only", type=int, help="render the I-th geometry only (from 0)")
    ap.add_argument("--keep", type=Path, help="leave the DOCX and PDF in this folder")
    args = ap.parse_args()
    form = generate.header_not_repeated if args.header_not_repeated else None
    rnd = random.Random(args.seed)
    forms = random.Random(args.seed + 1000)  # its own draws: the geometries are those of --seed without --forms
    looks = random.Random(args.seed + 2000)
    second_looks = random.Random(args.seed + 3000)  # its own draws: --looks draws the same first looks
    third_looks = random.Random(args.seed + 4000)
    report = generate.read_seed()
    print("| geometry | style | rows | document fields wrong | cells equal (whitespace folded) | "
          "cells equal (whitespace removed) | cells' paragraphs equal (whitespace removed) | "
          "findings unlike all lines' |\n|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        Path(tmp).mkdir(parents=True, exist_ok=True)
        for i in range(args.count):
            g = geometry(rnd)
            run_on = args.seed * 100 + i if args.run_on and g["layout"] == "table-per-page" else None
            name = (f"{g['layout']}, {'portrait' if g['portrait'] else 'landscape'}, {g['size']} pt, "
                    f"margins {g['margin']} cm" + ("" if g["portrait"] or g["layout"] == "seq-column"
                                                    else f", widths {g['widths']}"))
            if run_on is not None:
                name = name.split(", widths")[0] + f", tables run on, own widths (seed {run_on})"
            if args.forms:
                form_name = forms.choice(sorted(FORMS))
                not_repeated = args.header_not_repeated or forms.random() < 0.5
                name += f", {form_name}" + (", header not repeated" if not_repeated else "")
                form = _all(FORMS[form_name], generate.header_not_repeated if not_repeated else None)
            look = None
            if args.looks or args.two_looks or args.three_looks:
                font, look_name = looks.choice([generate.FONT, *pdf_producers.FONTS]), looks.choice(sorted(LOOKS))
                name += f", {font}, {look_name}"
                look = _all(LOOKS[look_name], None if font == generate.FONT else generate.thai_font(font))
                if args.two_looks or args.three_looks:
                    second = second_looks.choice(sorted(set(LOOKS) - {look_name, "plain"}))
                    name += f" and {second}"
                    look = _all(look, LOOKS[second])
                if args.three_looks:
                    third = third_looks.choice(sorted(set(LOOKS) - {look_name, second, "plain"}))
                    name += f" and {third}"
                    look = _all(look, LOOKS[third])
            if args.only is not None and i != args.only:
                continue  # drawn all the same, so that the later geometries are those of the whole sweep
            ruled: Counter | None = None  # the all-lines rendering's findings
            docx = [generate.build_docx(report, Path(tmp) / f"g{i}-{k}.docx", g["layout"],
                                        mutate=mutate(g, _all(look, style), form, run_on), portrait=g["portrait"])
                    for k, style in enumerate(STYLES.values())]
            for style_name, pdf in zip(STYLES, generate.to_pdfs(docx, Path(tmp))):  # one LibreOffice run
                x = process_file(pdf)
                rows, bad, folded, squeezed, lined, total = pdf_producers.score_result(x, g["layout"])
                codes = Counter(f"{f.code} (row {f.row_no})" if f.row_no else f.code
                                for f in x.findings if f.code != "unruled_table_read")
                ruled = codes if ruled is None else ruled
                unlike = [f"+{c}" for c in sorted((codes - ruled).elements())] + [
                    f"-{c}" for c in sorted((ruled - codes).elements())]
                print(f"| {name} | {style_name} | {rows} | {', '.join(bad) or 'none'} | {folded}/{total} | "
                      f"{squeezed}/{total} | {lined}/{total} | {', '.join(unlike) or 'none'} |", flush=True)


if __name__ == "__main__":
    main()
