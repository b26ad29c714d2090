"""How much of the real documents' damage the parser and thai_text repair.

    .venv/bin/python benchmarks/repair_rates.py

For each real PDF in ../shared/realdocs with a text layer: Thai characters
outside known words (pythainlp's word list + gazetteer names) in bare
pdfplumber's text (the baseline), in the parser's reading (marks on their
consonants, sara am drawn as nikhahit + aa read whole) and after
normalization; and the damage patterns counted.
"""

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


if __name__ == "__main__":
    main()
