"""How reports laid out in other forms than the seed's read back.

    .venv/bin/python benchmarks/table_forms.py

Each form is the seed's content laid out another way real reports are: the
NACC guide's six columns (the measure's name and its steps in two columns,
the unit after them, the time, then the reporting), a two-row header with
การรายงานผลและการกำกับติดตาม across its two columns, more columns in another
order (the indicator and its score before the issue, a notes column), a
progress form whose ผลการดำเนินการ is three columns of ticks (ดำเนินการแล้ว,
อยู่ระหว่างดำเนินการ, ยังไม่ดำเนินการ: the row's progress is the ticked one),
the units' columns ticked per row (with ผู้รับผิดชอบ across them, or titled
only with the units' names), the
title block in a table beside the logo, the organisation named only in the
page header, the title wrapped inside องค์การบริหาร ส่วนตำบล, and a town
municipality named after its province. Each is written as DOCX and printed
to PDF by LibreOffice; the script counts the rows read, the cells equal to
the form's expected text (whitespace removed: spaces lost at Thai line
wraps are the PDF producers benchmark's subject) and the document fields
wrong. Needs LibreOffice.
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
SEED_FIELDS = {"org_name": "องค์การบริหารส่วนตำบลโคกสนวน", "subdistrict_code": "311806", "district_code": "3118",
               "province_code": "31", "fiscal_year": 2566, "period_start": date(2022, 10, 1),
               "period_end": date(2023, 3, 31), "report_kind": "progress"}


def nacc(report):
    return generate.nacc_form(report), lambda w: {
        **w, "measure": generate.NACC_MEASURE + "\n" + w["measure"],
        "monitoring": generate.fold(generate.NACC_TIME) + "\n" + w["monitoring"], "progress": ""}


def more_columns(report):
    return generate.more_columns(report), lambda w: {**w, "issue": generate.fold(generate.INDICATOR) + "\n" + w["issue"]}


def grouped(report):
    return generate.deadline_column(report), lambda w: {**w, "monitoring": w["monitoring"] + "\nภายในเดือนกันยายน 2566"}


TICKED = [0] * 10 + [1] * 3 + [2]  # the status column ticked in each row


def status_ticks(report):
    done = iter(TICKED)
    return generate.status_ticks(report, TICKED), lambda w: {**w, "progress": generate.STATUS[next(done)]}


def unit_ticks(report):
    rows = iter(generate.UNIT_TICKS)
    return generate.unit_ticks(report, generate.UNIT_TICKS), lambda w: {
        **w, "responsible": "\n".join(generate.UNITS[k] for k in next(rows))}


def org_in_header_only(report):
    report.preamble = report.preamble[:2]
    return report, None


def wrapped_prefix(report):
    report.preamble[2] = "โดยองค์การบริหาร ส่วนตำบลโคกสนวน"
    return report, None


def town_named_after_province(report):
    report.preamble[2], report.preamble[3] = "โดยเทศบาลเมืองบุรีรัมย์", "อำเภอเมืองบุรีรัมย์ จังหวัดบุรีรัมย์"
    return report, None


HEAD = "องค์การบริหารส่วนตำบลโคกสนวน อำเภอชำนิ จังหวัดบุรีรัมย์"
# name -> (report maker, DOCX mutate, document fields that differ from the seed's)
FORMS = {
    "the seed's form": (lambda r: (r, None), None, {}),
    "NACC guide's six columns": (nacc, None, {}),
    "title across two columns": (grouped, generate.grouped_header, {}),
    "indicator, score and notes columns": (more_columns, None, {}),
    "status ticks under ผลการดำเนินการ": (status_ticks, generate.title_across(4, 6, "ผลการดำเนินการ"), {}),
    "units ticked under ผู้รับผิดชอบ": (unit_ticks, generate.title_across(1, 3, "ผู้รับผิดชอบ"), {}),
    "units ticked, titled only with their names": (unit_ticks, None, {}),
    "title block in a table": (lambda r: (r, None), generate.title_in_a_table, {}),
    "organisation only in the page header": (
        org_in_header_only, lambda doc: generate._para(doc.sections[0].header, HEAD, 12), {}),
    "prefix wrapped (องค์การบริหาร ส่วนตำบล)": (wrapped_prefix, None, {}),
    "town named after its province": (town_named_after_province, None, {
        "org_name": "เทศบาลเมืองบุรีรัมย์", "subdistrict_code": None, "district_code": "3101"}),
}


def score(path: Path, want_cells: list[dict], fields: dict) -> tuple[int, int, list[str], int]:
    x = process_file(path)
    equal = sum("".join(getattr(m, c).split()) == "".join(w[c].split())
                for m, w in zip(x.measures, want_cells) for c in CELLS)
    wrong = [k for k, v in fields.items() if getattr(x.document, k) != v]
    places = sum(f.code == "unknown_place" for f in x.findings)
    return len(x.measures), equal, wrong, places


def main() -> None:
    print("| form | file | rows | cells equal (whitespace removed) | document fields wrong | unknown_place findings |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for i, (name, (make, mutate, fields)) in enumerate(FORMS.items()):
            report, expect = make(generate.read_seed())
            want = generate.expected_cells(generate.read_seed())
            want = [expect(w) for w in want] if expect else want
            docx = generate.build_docx(report, tmp / f"form{i}.docx", mutate=mutate)
            for path in (docx, generate.to_pdf(docx, tmp)):
                rows, equal, wrong, places = score(path, want, {**SEED_FIELDS, **fields})
                print(f"| {name} | {path.suffix[1:].upper()} | {rows} | {equal}/{5 * len(want)} | "
                      f"{', '.join(wrong) or 'none'} | {places} |", flush=True)


if __name__ == "__main__":
    main()
