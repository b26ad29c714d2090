"""How much of the real documents' damage thai_text repairs.

    .venv/bin/python benchmarks/repair_rates.py

For each real PDF in ../shared/realdocs with a text layer: Thai characters
outside known words (pythainlp's word list + gazetteer names) before and
after normalization, and the damage patterns counted.
"""

from pathlib import Path

from ingest.textdump import document_text
from normalize import thai_text
from normalize.lexicon import unknown_chars
from parsers import parse

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"


def main() -> None:
    print("| file | Thai chars | unknown before | unknown after | repaired | PUA glyphs | dropped am (` า`) |")
    print("|---|---|---|---|---|---|---|")
    for prefix in ("11", "13", "14", "15", "19", "20"):
        path = next(REALDOCS.glob(f"{prefix}_*"))
        raw = document_text(parse(path), raw=True)
        clean = thai_text(raw)
        before, after = unknown_chars(raw), unknown_chars(clean)
        thai = sum("\u0e01" <= c <= "\u0e4e" for c in clean)
        pua = sum(0xF700 <= ord(c) <= 0xF8FF for c in raw)
        print(f"| {path.name[:40]} | {thai} | {before} | {after} | {100 * (before - after) / max(before, 1):.0f}% "
              f"| {pua} | {raw.count(' า')} → {clean.count(' า')} |")


if __name__ == "__main__":
    main()
