"""Files other programs (or transfers) made odd: what is still read.

    .venv/bin/python benchmarks/odd_files.py [--cases 300] [--seed 1]

1. DOCX whose ``word/document.xml`` other programs could have written: the
   long-table sample with one to four of these changes at random places
   (seeded): a span, a cell count before or after a row, a list level or a
   symbol that is no number or out of range; a cell merged down; a nested
   table, an empty cell, a cell in a content control; an empty row or table
   added; page and section breaks. Each is read with OCR off. Counted: files
   unreadable, files read with fewer than the sample's 14 rows, files with an
   exception out of the pipeline.
2. The seed's workbook (``generate.build_xlsx``) with one to three changes to
   its sheet's XML: a merged range, a row or cell reference, a cell type, a
   value, a style index, a page setup number or a row height that Excel
   would not write. Counted the same way (unreadable: the workbook or its
   sheet not read).
3. Files sent as text (every LF made CR LF): each sample PDF and DOCX, the
   workbook of the seed, and ``../shared/realdocs/21`` (a Word 97 .doc, if
   present). Cells (or, for the .doc, its text) equal to the whole file's.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "data"))
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402
from ingest.pipeline import process_file  # noqa: E402

CELLS = ("issue", "responsible", "measure", "monitoring", "progress")
SAMPLE = ROOT / "data" / "samples" / "khoksanuan-2566-long-table.docx"
REALDOC_21 = ROOT.parent / "shared" / "realdocs" / "21_lao_saiyoi_legacy_word97.doc"

# (where, what may stand there instead)
CHANGES = [
    (r'<w:gridSpan w:val="\d+"/>', ['<w:gridSpan w:val="0"/>', '<w:gridSpan w:val="abc"/>', '<w:gridSpan w:val="99"/>',
                                    '<w:gridSpan/>', '<w:gridSpan w:val="2.0"/>']),
    (r"<w:tcPr>", ['<w:tcPr><w:vMerge/>', '<w:tcPr><w:vMerge w:val="restart"/>', '<w:tcPr><w:gridSpan w:val="x"/>',
                   '<w:tcPr><w:vMerge w:val="bogus"/>']),
    (r"<w:trPr>", ['<w:trPr><w:gridBefore w:val="abc"/>', '<w:trPr><w:gridBefore w:val="-3"/>',
                   '<w:trPr><w:gridBefore w:val="40"/>', '<w:trPr><w:gridAfter w:val="2"/>']),
    (r"<w:tc>", ['<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
                 "<w:tc><w:p/>",
                 "<w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>x</w:t></w:r></w:p></w:sdtContent></w:sdt>"]),
    (r"<w:r>", ['<w:r><w:sym w:font="Wingdings" w:char="zz"/>', "<w:r><w:sym/>", '<w:r><w:br w:type="page"/>',
                "<w:r><w:lastRenderedPageBreak/>", "<w:r><w:tab/>", "<w:r><w:cr/>"]),
    (r"<w:pPr>", ['<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="999"/></w:numPr>',
                  '<w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr>', "<w:pPr><w:pageBreakBefore/>",
                  '<w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr>', "<w:pPr><w:sectPr/>"]),
    (r"</w:tr>", ["</w:tr><w:tr></w:tr>", "</w:tr><w:tr><w:tc></w:tc></w:tr>"]),
    (r"<w:tbl>", ["<w:tbl></w:tbl><w:tbl>", "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:tbl>"]),
]


SHEET_CHANGES = [
    (r'<mergeCell ref="[A-Z0-9:]+"/>', ['<mergeCell ref="A1:ZZZ9999999"/>', '<mergeCell ref="bogus"/>']),
    (r'<row r="\d+"', ['<row r="abc"', '<row r="0"', "<row"]),
    (r'<c r="[A-Z]+\d+"', ['<c r="!!"', "<c"]),
    (r' t="s"', [' t="x"', ' t="n"', ' t="b"', ' t="e"']),
    (r"<v>\d+</v>", ["<v>999999</v>", "<v>abc</v>", "<v>-1</v>"]),
    (r' s="\d+"', [' s="999"', ' s="x"']),
    (r"<pageSetup ", ['<pageSetup scale="abc" ', '<pageSetup fitToWidth="x" ']),
    (r'ht="[\d.]+"', ['ht="abc"', 'ht="-5"']),
]


def changed(parts: dict[str, bytes], part: str, changes: list, most: int, rng: random.Random, out: Path) -> None:
    """A copy of a zip's ``parts`` with one to ``most`` of ``changes`` in ``part``."""
    xml = parts[part].decode()
    for _ in range(rng.randint(1, most)):
        where, instead = rng.choice(changes)
        found = list(re.finditer(where, xml))
        if found:
            m = rng.choice(found)
            xml = xml[:m.start()] + rng.choice(instead) + xml[m.end():]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, xml if name == part else data)


def mutations(source: Path, part: str, changes: list, most: int, cases: int, seed: int, tmp: Path) -> None:
    with zipfile.ZipFile(source) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    for k in range(cases):
        path = tmp / f"changed{k}{source.suffix}"
        changed(parts, part, changes, most, rng, path)
        try:
            x = process_file(path, {"ocr": False})
        except Exception:  # noqa: BLE001 - counted: the pipeline must never raise
            counts["exception"] += 1
            continue
        if any(f.code in ("unreadable_file", "unread_sheet") for f in x.findings):
            counts["unreadable"] += 1
        elif len(x.measures) < 14:
            counts["fewer rows"] += 1
        else:
            counts["14 rows"] += 1
    print(f"| {cases} {source.suffix[1:].upper()} changed (seed {seed}) | {counts['14 rows']} | "
          f"{counts['fewer rows']} | {counts['unreadable']} | {counts['exception']} |")


def cells(x) -> list[str]:
    return [getattr(m, c) for m in x.measures for c in CELLS]


def sent_as_text(tmp: Path) -> None:
    from ingest.textdump import document_text
    from parsers import parse

    book = generate.build_xlsx(generate.read_seed(), tmp / "seed-workbook.xlsx")
    sources = sorted((ROOT / "data" / "samples").glob("*")) + [book]
    for source in sources + ([REALDOC_21] if REALDOC_21.exists() else []):
        sent = tmp / f"sent{source.suffix}"
        sent.write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
        x, whole = process_file(sent, {"ocr": False}), process_file(source, {"ocr": False})
        new = Counter(f.code for f in x.findings if f.code not in {g.code for g in whole.findings})
        codes = ", ".join(code + (f" x{n}" if n > 1 else "") for code, n in new.items()) or "-"
        if source.suffix == ".doc":
            same = document_text(parse(sent)) == document_text(parse(source))
            print(f"| {source.name} | text {'equal' if same else 'differs'} | {codes} |")
        else:
            want = cells(whole)
            same = sum(a == b for a, b in zip(cells(x), want))
            print(f"| {source.name} | {same}/{len(want)} | {codes} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("| files | read with 14 rows | fewer rows | unreadable | exception |")
        print("|---|---|---|---|---|")
        mutations(SAMPLE, "word/document.xml", CHANGES, 4, args.cases, args.seed, Path(tmp))
        book = generate.build_xlsx(generate.read_seed(), Path(tmp) / "seed.xlsx")
        mutations(book, "xl/worksheets/sheet1.xml", SHEET_CHANGES, 3, args.cases // 3, args.seed, Path(tmp))
        print()
        print("| sent as text | cells as in the whole file | new findings |")
        print("|---|---|---|")
        sent_as_text(Path(tmp))


if __name__ == "__main__":
    main()
