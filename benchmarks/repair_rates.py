"""How much of the real documents' damage the parser and thai_text repair.

    .venv/bin/python benchmarks/repair_rates.py

For each real PDF in ../shared/realdocs with a text layer: Thai characters
outside known words (pythainlp's word list + gazetteer names) in bare
pdfplumber's text (the baseline), in the parser's reading (marks on their
consonants, sara am drawn as nikhahit + aa read whole) and after
normalization; and the damage patterns counted. Then the file whose glyph
map is broken (06, printed to PDF through PostScript): read from its glyph
names against read by OCR (font repair off), time and text.
"""

import time
from pathlib import Path

import pdfplumber

from ingest.textdump import document_text
from normalize import thai_text
from normalize.lexicon import unknown_chars
from parsers import parse

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"


def bare_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    print("| file | Thai chars | unknown: pdfplumber | parser | normalized | repaired | PUA glyphs "
          "| ` า` in pdfplumber / parser / normalized |")
    print("|---|---|---|---|---|---|---|---|")
    for prefix in ("11", "13", "14", "15", "19", "20"):
        path = next(REALDOCS.glob(f"{prefix}_*"))
        bare = bare_text(path)
        raw = document_text(parse(path), raw=True)
        clean = thai_text(raw)
        base, before, after = unknown_chars(bare), unknown_chars(raw), unknown_chars(clean)
        thai = sum("\u0e01" <= c <= "\u0e4e" for c in clean)
        pua = sum(0xF700 <= ord(c) <= 0xF8FF for c in raw)
        print(f"| {path.name[:40]} | {thai} | {base} | {before} | {after} | {100 * (base - after) / max(base, 1):.0f}% "
              f"| {pua} | {bare.count(' า')} / {raw.count(' า')} / {clean.count(' า')} |")

    print()
    print("| file | pages | read | seconds | Thai chars | unknown after normalizing | pages garbled |")
    print("|---|---|---|---|---|---|---|")
    path = next(REALDOCS.glob("06_*"))
    for name, settings in (("glyph names (font repair)", None), ("OCR (font repair off)", {"font_repair": False})):
        start = time.perf_counter()
        doc = parse(path, settings)
        seconds = time.perf_counter() - start
        clean = thai_text(document_text(doc, raw=True))
        thai = sum("\u0e01" <= c <= "\u0e4e" for c in clean)
        garbled = sum(i.code == "garbled_text_layer" for i in doc.issues)
        print(f"| {path.name[:40]} | {doc.pages} | {name} | {seconds:.1f} | {thai} | {unknown_chars(clean)} | {garbled} |")


if __name__ == "__main__":
    main()
