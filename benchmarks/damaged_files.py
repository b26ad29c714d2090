"""What is read from PDFs cut short (a download that stopped).

    .venv/bin/python benchmarks/damaged_files.py

1. Each sample PDF (a text layer) cut just before its cross-reference table:
   pdfminer cannot open it; it is read from PDFium's repair. Cells equal to
   the whole file's, of all.
2. The table-per-page sample scanned at 300 dpi (21 pages, image only) and cut
   at a quarter, a half, three quarters of its bytes: neither pdfminer nor
   PDFium opens it; its page pictures are taken from its bytes and read by
   OCR. Pages recovered, and rows equal (every cell) to the whole scan's.
3. Each sample DOCX cut at a tenth, a quarter, half, three quarters and nine
   tenths of its bytes (its zip directory lost): read from the parts it still
   holds. Cells equal to the whole file's.
4. ``../shared/realdocs/08`` (a scanner's PDF cut off after its picture).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "data"))
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402
from ingest.pipeline import process_file  # noqa: E402

CELLS = ("issue", "responsible", "measure", "monitoring", "progress")
SHARES = (0.1, 0.25, 0.5, 0.75, 0.9)


def rows(x) -> list[tuple]:
    return [(m.page, m.row_no, *(getattr(m, c) for c in CELLS)) for m in x.measures]


def damaged(x) -> str:
    found = [f.message_en.split("get the file again: ")[1] for f in x.findings if f.code == "damaged_file"]
    return found[0] if found else ", ".join(f.code for f in x.findings if f.severity == "error") or "-"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print("| text PDF cut before its xref | rows | cells as in the whole file | seconds | finding |")
        print("|---|---|---|---|---|")
        for source in sorted((ROOT / "data" / "samples").glob("*.pdf")):
            data = source.read_bytes()
            cut = tmp / source.name
            cut.write_bytes(data[:data.rindex(b"xref")])
            t = time.perf_counter()
            x = process_file(cut, {"ocr": False})
            seconds = time.perf_counter() - t
            want = rows(process_file(source))
            got = {r[1]: r for r in rows(x)}
            same = sum(got.get(r[1], (None,) * 7)[2 + i] == r[2 + i] for r in want for i in range(len(CELLS)))
            print(f"| {source.stem} | {len(got)}/{len(want)} | {same}/{len(want) * len(CELLS)} | {seconds:.2f} "
                  f"| {damaged(x)} |", flush=True)

        print("\n| 300 dpi scan (21 pages) cut at | pages recovered | rows as in the whole scan | seconds | finding |")
        print("|---|---|---|---|---|")
        scan = generate.scan_pdf(ROOT / "data" / "samples" / "khoksanuan-2566-table-per-page.pdf", tmp / "scan.pdf",
                                 dpi=300, angle=0.6, noise=6, seed=300)
        whole = rows(process_file(scan))
        data = scan.read_bytes()
        for share in (0.25, 0.5, 0.75):
            cut = tmp / f"scan-{share}.pdf"
            cut.write_bytes(data[:int(len(data) * share)])
            t = time.perf_counter()
            x = process_file(cut)
            seconds = time.perf_counter() - t
            same = sum(r in whole for r in rows(x))
            print(f"| {share:.0%} | {x.document.pages} | {same} of {len(x.measures)} (whole scan: {len(whole)}) "
                  f"| {seconds:.1f} | {damaged(x)} |", flush=True)

        print("\n| DOCX cut at | " + " | ".join(f"{s:.0%}" for s in SHARES) + " |")
        print("|---|" + "---|" * len(SHARES))
        for source in sorted((ROOT / "data" / "samples").glob("*.docx")):
            want = rows(process_file(source))
            data, cells = source.read_bytes(), []
            for share in SHARES:
                cut = tmp / f"cut-{share}.docx"
                cut.write_bytes(data[:int(len(data) * share)])
                got = {r[1]: r for r in rows(process_file(cut))}
                same = sum(got.get(r[1], (None,) * 7)[2 + i] == r[2 + i] for r in want for i in range(len(CELLS)))
                cells.append(f"{same}/{len(want) * len(CELLS)}")
            print(f"| {source.stem} | " + " | ".join(cells) + " |", flush=True)

    real = ROOT.parent / "shared" / "realdocs"
    found = sorted(real.glob("08_*.pdf"))
    if found:
        x = process_file(found[0])
        print(f"\nrealdocs/08: {x.document.pages} page, organisation {x.document.org_name}, "
              f"fiscal year {x.document.fiscal_year}; {damaged(x)}")


if __name__ == "__main__":
    main()
