"""How well PDF renderings of the seed report read back, producer by producer.

    .venv/bin/python benchmarks/pdf_producers.py

Renders the seed with LibreOffice (the four sample layouts, portrait A4, a
tagged PDF, landscape in five other Thai fonts, with a page header and footer,
and in twelve table styles: double, dotted and thick borders, shaded rows, a
merged title row, justified cells, a row of column numbers under the header,
a header of two rows, rules between rows only (no vertical lines; also with
shaded rows), no left and right borders, inside lines only, tables split in
two by hand, column lines only, no borders at all (also with shaded rows,
and with justified cells);
a long table with cells aligned to the bottom, with lines 1.5 apart, with a
narrow last column, with column lines only, with no borders, also with lines
1.5 apart), with LibreOffice Calc (the report kept in a workbook, printed
landscape fitted to the page's width), with Chromium (HTML, Thai and Arabic
digits, and without borders), with ReportLab, and as
a page turned by /Rotate or printed sideways, and as printed to PDF through
PostScript (PDFCreator: glyph names, no ToUnicode for Thai; Ghostscript
re-writing it: no ToUnicode at all), and under a
watermark (slanted, and level); and another report (generate.OTHER) with
LibreOffice in three layouts, without borders, and with Chromium. Runs the pipeline on each and
compares with the source: rows, document fields, and cells equal after
whitespace folding / after removing all whitespace (the difference is spaces
that fell at a Thai line wrap: not in the PDF at all) / paragraph by
paragraph after removing all whitespace (a cell's line breaks:
``generate.paragraphs``). Needs LibreOffice, Chromium and reportlab.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "data")]

import generate  # noqa: E402
from ingest.pipeline import process_file  # noqa: E402

CELLS = ("issue", "responsible", "measure", "monitoring", "progress")
FONTS = ("Garuda", "Norasi", "Umpush", "Sawasdee", "Purisa")  # from fonts-thai-tlwg


def renderings(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (PDF, sample layout whose expected rows it should give)."""
    out = {f"LibreOffice {layout}": (ROOT / "data" / "samples" / f"khoksanuan-2566-{layout}.pdf", layout)
           for layout in generate.LAYOUTS}
    seed = generate.read_seed()
    portrait = generate.build_docx(seed, tmp / "portrait.docx", portrait=True)
    out["LibreOffice portrait"] = (generate.to_pdf(portrait, tmp), "table-per-page")
    tagged_dir = tmp / "tagged"
    tagged_dir.mkdir()
    out["LibreOffice tagged PDF"] = (generate.to_pdf(ROOT / "data" / "samples" / "khoksanuan-2566-table-per-page.docx",
                                                     tagged_dir, tagged=True), "table-per-page")
    default_font = generate.FONT
    for font in FONTS:  # other Thai fonts: other line heights, so other page breaks
        generate.FONT = font
        docx = generate.build_docx(seed, tmp / f"{font}.docx")
        out[f"LibreOffice {font}"] = (generate.to_pdf(docx, tmp), "table-per-page")
    generate.FONT = default_font
    docx = generate.build_docx(seed, tmp / "header.docx", mutate=generate.page_header_and_footer)
    out["LibreOffice page header+footer"] = (generate.to_pdf(docx, tmp), "table-per-page")
    for name, mutate in STYLES.items():
        docx = generate.build_docx(seed, tmp / f"{name}.docx", mutate=mutate)
        out[f"LibreOffice {name}"] = (generate.to_pdf(docx, tmp), "table-per-page")
    for i, (name, mutate) in enumerate(LONG_TABLE_STYLES.items()):
        docx = generate.build_docx(seed, tmp / f"long-{i}.docx", "long-table", mutate=mutate)
        out[f"LibreOffice long-table, {name}"] = (generate.to_pdf(docx, tmp), "long-table")
    book = generate.build_xlsx(seed, tmp / "book.xlsx", printable=True)
    out["LibreOffice Calc, the report kept in a workbook"] = (generate.to_pdf(book, tmp), "table-per-page")
    out["Chromium"] = (generate.print_pdf(generate.build_html(seed, tmp / "chromium.html"), tmp), "table-per-page")
    out["Chromium, no borders"] = (
        generate.print_pdf(generate.build_html(seed, tmp / "chromium-unruled.html", borders=False), tmp),
        "table-per-page")
    arabic = generate.map_text(seed, generate.arabic_abbrev)
    out["Chromium arabic-abbrev"] = (generate.print_pdf(generate.build_html(arabic, tmp / "arabic.html"), tmp),
                                     "arabic-abbrev")
    out["ReportLab"] = (generate.reportlab_pdf(seed, tmp / "reportlab.pdf"), "table-per-page")
    out["/Rotate 90 table-per-page"] = (generate.turned_pdf(out["LibreOffice table-per-page"][0], tmp / "rot90.pdf"),
                                        "table-per-page")
    out["sideways, no /Rotate, table-per-page"] = (
        generate.turned_pdf(out["LibreOffice table-per-page"][0], tmp / "side.pdf", 270, turned_back=False),
        "table-per-page")
    out["glyph names, no ToUnicode (as PDFCreator), table-per-page"] = (
        generate.glyph_named_pdf(out["LibreOffice table-per-page"][0], tmp / "named.pdf"), "table-per-page")
    out["no ToUnicode at all (as Ghostscript re-writes it), table-per-page"] = (
        generate.without_tounicode(out["LibreOffice table-per-page"][0], tmp / "bare.pdf"), "table-per-page")
    out["check boxes from Wingdings 2 (as Word draws them), table-per-page"] = (
        generate.symbol_font_pdf(out["LibreOffice table-per-page"][0], tmp / "wingdings.pdf", "Wingdings 2"),
        "table-per-page")
    for angle, size in ((45, 90), (0, 60)):
        out[f"watermark ร่าง at {angle}°, {size} pt, table-per-page"] = (generate.watermarked_pdf(
            out["LibreOffice table-per-page"][0], tmp / f"watermark-{angle}.pdf", "ร่าง เพื่อตรวจทาน", angle, size),
            "table-per-page")
    other = generate.read_seed(generate.OTHER)  # another report: not the text the parser was tuned on
    for layout in ("table-per-page", "seq-column"):
        docx = generate.build_docx(other, tmp / f"other-{layout}.docx", layout)
        out[f"other report: LibreOffice {layout}"] = (generate.to_pdf(docx, tmp), OTHER)
    docx = generate.build_docx(other, tmp / "other-portrait.docx", portrait=True)
    out["other report: LibreOffice portrait"] = (generate.to_pdf(docx, tmp), OTHER)
    out["other report: Chromium"] = (generate.print_pdf(generate.build_html(other, tmp / "other.html"), tmp), OTHER)
    docx = generate.build_docx(other, tmp / "other-unruled.docx", "long-table", mutate=generate.table_borders())
    out["other report: LibreOffice long-table, no borders"] = (generate.to_pdf(docx, tmp), OTHER)
    return out


OTHER = "other"  # rows expected: generate.expected_other()


ALL_EDGES = generate.BORDER_EDGES
STYLES = {"double borders": generate.table_borders(*ALL_EDGES, kind="double"),
          "dotted borders": generate.table_borders(*ALL_EDGES, kind="dotted"),
          "thick borders": generate.table_borders(*ALL_EDGES, size=18),
          "shaded rows": generate.banded_rows,
          "title row in each table": generate.title_row,
          "justified cells": generate.every_cell("jc", "both", paragraphs=True),
          "column numbers under the header": generate.column_numbers,
          "header of two rows": generate.two_row_header,
          "rules between rows only": generate.rules_between_rows,
          "rules between rows only, shaded rows": lambda doc: (generate.rules_between_rows(doc),
                                                               generate.banded_rows(doc)),
          "no left and right borders": generate.open_sides,
          "inside lines only": generate.inside_lines_only,
          "tables split in two by hand": generate.split_tables,
          "column lines only": generate.column_lines_only,
          "no borders": generate.table_borders(),
          "no borders, shaded rows": lambda doc: (generate.table_borders()(doc), generate.banded_rows(doc)),
          "no borders, justified cells": lambda doc: (generate.every_cell("jc", "both", paragraphs=True)(doc),
                                                      generate.table_borders()(doc))}


LONG_TABLE_STYLES = {"cells aligned to the bottom": generate.every_cell("vAlign", "bottom"),
                     "lines 1.5 apart": generate.cell_line_spacing(1.5),
                     "narrow last column": generate.column_widths(0.3, 0.12, 0.33, 0.15, 0.10),
                     "column lines only": generate.column_lines_only,
                     "no borders": generate.table_borders(),
                     "no borders, lines 1.5 apart": lambda doc: (generate.cell_line_spacing(1.5)(doc),
                                                                 generate.table_borders()(doc)),
                     "header not repeated": generate.header_not_repeated,
                     "header not repeated, no borders": lambda doc: (generate.header_not_repeated(doc),
                                                                     generate.table_borders()(doc)),
                     "title row in each table, no borders": lambda doc: (generate.title_row(doc),
                                                                         generate.table_borders()(doc)),
                     "tables split in two by hand, no borders": lambda doc: (generate.split_tables(doc),
                                                                             generate.table_borders()(doc))}


def score(pdf: Path, layout: str) -> tuple[int, list[str], int, int, int, int]:
    return score_result(process_file(pdf), layout)


def score_result(x, layout: str) -> tuple[int, list[str], int, int, int, int]:
    """``score`` of a file already read (``ingest.pipeline.process_file``)."""
    want = generate.expected_other() if layout == OTHER else generate.expected(layout)
    value = lambda v: v.isoformat() if isinstance(v, date) else v
    doc_bad = [k for k, v in want["document"].items() if value(getattr(x.document, k)) != v]
    folded = squeezed = lined = 0
    for m, w in zip(x.measures, want["measures"]):
        for col in CELLS:
            got, exp = getattr(m, col), w[col]
            folded += " ".join(got.split()) == " ".join(exp.split())
            squeezed += "".join(got.split()) == "".join(exp.split())
            lined += generate.paragraphs(got) == generate.paragraphs(exp)
    return len(x.measures), doc_bad, folded, squeezed, lined, 5 * len(want["measures"])


def main() -> None:
    print("| rendering | rows | document fields wrong | cells equal (whitespace folded) | cells equal (whitespace removed) "
          "| cells' paragraphs equal (whitespace removed) |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pdf, layout) in renderings(Path(tmp)).items():
            rows, doc_bad, folded, squeezed, lined, total = score(pdf, layout)
            print(f"| {name} | {rows} | {', '.join(doc_bad) or 'none'} | {folded}/{total} | {squeezed}/{total} "
                  f"| {lined}/{total} |")


if __name__ == "__main__":
    main()
