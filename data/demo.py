"""Build a demo dataset: many SAOs across provinces and two fiscal years.

    .venv/bin/python data/demo.py --out demo            # demo/reports/*.docx, demo/dataset/
    .venv/bin/python data/demo.py --out demo --saos 4 --provinces 31 32

Each report is the seed report (data/seed) re-addressed to a real
subdistrict from the DOPA gazetteer (geothai): its organisation, district and
province names replaced, its Buddhist-era years moved to the fiscal year, and
each row's progress rewritten to finish on, before or after that row's own
deadline (some left empty, some SAOs missing a year). The reports are written
as DOCX and then converted by the real pipeline (``ita ingest``), so the
dataset is exactly what users get. Random choices come from ``--seed``: the
same arguments give the same reports.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import timedelta
from pathlib import Path

import geothai

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import generate  # noqa: E402
from normalize import find_dates, thai_date, thai_text  # noqa: E402

PROVINCES = ("31", "32", "40", "50")  # บุรีรัมย์, สุรินทร์, ขอนแก่น, เชียงใหม่
FISCAL_YEARS = (2566, 2567)
SEED_YEAR = 2566
SEED_NAMES = {"org": "โคกสนวน", "district": ("ขำนิ", "ชำนิ"), "province": "บุรีรัมย์"}
_THAI_YEAR = re.compile("๒๕[๕-๗][๐-๙]")
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def saos(provinces=PROVINCES, per_province: int = 6) -> list[tuple[str, str, str]]:
    """(subdistrict, district, province) names: a few subdistricts in each of
    a few districts (not the เมือง district, mostly municipalities)."""
    out = []
    for code in provinces:
        province = geothai.province(code).name_th
        districts = [d for d in geothai.districts(code) if not d.name_th.startswith("เมือง")]
        picked = 0
        for d in districts:
            for s in geothai.subdistricts(d.code)[:2]:
                if picked < per_province:
                    out.append((s.name_th, d.name_th, province))
                    picked += 1
    return out


def shift_years(text: str, delta: int) -> str:
    """Move every Thai-digit BE year (๒๕๕๐..๒๕๗๙) by ``delta`` years."""
    return _THAI_YEAR.sub(lambda m: str(int(m.group().translate(_TO_ARABIC)) + delta).translate(_TO_THAI), text)


def readdress(text: str, sao: tuple[str, str, str]) -> str:
    subdistrict, district, province = sao
    text = text.replace(SEED_NAMES["org"], subdistrict).replace(SEED_NAMES["province"], province)
    for name in SEED_NAMES["district"]:
        text = text.replace(name, district)
    return text


def progress_for(deadline, rng: random.Random, fiscal_year: int, sao_name: str) -> str:
    """A progress cell finishing on time, late or not at all."""
    roll = rng.random()
    if roll < 0.08:
        return ""  # left empty: a no_progress finding
    if roll < 0.35:
        done = deadline + timedelta(days=rng.randint(3, 75))  # late
    else:
        done = deadline - timedelta(days=rng.randint(0, 40))
    return f"องค์การบริหารส่วนตำบล{sao_name} ดำเนินการแล้วเสร็จ เมื่อวันที่ {thai_date(done)}"


def report_for(sao: tuple[str, str, str], fiscal_year: int, rng: random.Random) -> generate.Report:
    report = generate.map_text(generate.read_seed(),
                               lambda t: readdress(shift_years(t, fiscal_year - SEED_YEAR), sao))
    for section in report.sections:
        for row in section.rows[1:]:
            deadlines = find_dates(thai_text(" ".join(row[3])), fiscal_year)
            if deadlines:
                row[4] = [progress_for(max(deadlines), rng, fiscal_year, sao[0])]
    return report


def build(out: Path, provinces=PROVINCES, per_province: int = 6, seed: int = 2566,
          missing: float = 0.1) -> list[Path]:
    """Write the reports; returns their paths."""
    rng = random.Random(seed)
    paths = []
    for sao in saos(provinces, per_province):
        for fy in FISCAL_YEARS:
            if rng.random() < missing:
                continue  # this SAO did not submit that year
            folder = out / "reports" / sao[2]
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"อบต.{sao[0]}-{sao[1]}-{fy}.docx"
            generate.build_docx(report_for(sao, fy, rng), path, rng.choice(("table-per-page", "long-table")))
            paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("demo"))
    ap.add_argument("--provinces", nargs="+", default=list(PROVINCES))
    ap.add_argument("--saos", type=int, default=6, help="SAOs per province")
    ap.add_argument("--seed", type=int, default=2566)
    args = ap.parse_args()
    from ingest.batch import BatchOptions, run

    paths = build(args.out, args.provinces, args.saos, args.seed)
    summary = run([args.out / "reports"], args.out / "dataset", BatchOptions())
    print(f"{len(paths)} reports -> {args.out / 'dataset'}: {summary.ok} ok, {summary.partial} partial, "
          f"{summary.failed} failed, {summary.rows} measure rows")


if __name__ == "__main__":
    main()
