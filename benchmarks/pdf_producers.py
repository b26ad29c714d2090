"""How well PDF renderings of the seed report read back, producer by producer.

    .venv/bin/python benchmarks/pdf_producers.py

Renders the seed with LibreOffice (the four sample layouts, portrait A4,
landscape in five other Thai fonts, with a page header and footer), with Chromium (HTML, Thai and Arabic
digits) and as a page turned by /Rotate, runs the pipeline on each and
compares with the seed: rows, document fields,
and cells equal after whitespace folding / after removing all whitespace (the
difference is spaces that fell at a Thai line wrap: not in the PDF at all).
Needs LibreOffice and Chromium.
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
    default_font = generate.FONT
    for font in FONTS:  # other Thai fonts: other line heights, so other page breaks
        generate.FONT = font
        docx = generate.build_docx(seed, tmp / f"{font}.docx")
        out[f"LibreOffice {font}"] = (generate.to_pdf(docx, tmp), "table-per-page")
    generate.FONT = default_font
    docx = generate.build_docx(seed, tmp / "header.docx", mutate=generate.page_header_and_footer)
    out["LibreOffice page header+footer"] = (generate.to_pdf(docx, tmp), "table-per-page")
    out["Chromium"] = (generate.print_pdf(generate.build_html(seed, tmp / "chromium.html"), tmp), "table-per-page")
    arabic = generate.map_text(seed, generate.arabic_abbrev)
    out["Chromium arabic-abbrev"] = (generate.print_pdf(generate.build_html(arabic, tmp / "arabic.html"), tmp),
                                     "arabic-abbrev")
    out["/Rotate 90 table-per-page"] = (generate.turned_pdf(out["LibreOffice table-per-page"][0], tmp / "rot90.pdf"),
                                        "table-per-page")
    return out


def score(pdf: Path, layout: str) -> tuple[int, list[str], int, int, int]:
    want = generate.expected(layout)
    x = process_file(pdf)
    value = lambda v: v.isoformat() if isinstance(v, date) else v
    doc_bad = [k for k, v in want["document"].items() if value(getattr(x.document, k)) != v]
    folded = squeezed = 0
    for m, w in zip(x.measures, want["measures"]):
        for col in CELLS:
            got, exp = getattr(m, col), w[col]
            folded += " ".join(got.split()) == " ".join(exp.split())
            squeezed += "".join(got.split()) == "".join(exp.split())
    return len(x.measures), doc_bad, folded, squeezed, 5 * len(want["measures"])


def main() -> None:
    print("| rendering | rows | document fields wrong | cells equal (whitespace folded) | cells equal (whitespace removed) |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pdf, layout) in renderings(Path(tmp)).items():
            rows, doc_bad, folded, squeezed, total = score(pdf, layout)
            print(f"| {name} | {rows} | {', '.join(doc_bad) or 'none'} | {folded}/{total} | {squeezed}/{total} |")


if __name__ == "__main__":
    main()
