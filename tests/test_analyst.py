"""For analysts: the demo dataset, ita query, ita export and the notebooks,
all on a demo dataset converted by the real pipeline."""

import csv
import datetime as dt
import json
import shutil

import pytest
from typer.testing import CliRunner

import demo
from conftest import ROOT, missing, needs_module
from ingest.batch import BatchOptions, run
from ingest.cli import app

runner = CliRunner()
PROVINCES = ("31", "50")


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    paths = demo.build(out, PROVINCES, per_province=3, seed=7)
    summary = run([out / "reports"], out / "dataset", BatchOptions(workers=2))
    assert (summary.ok, summary.failed) == (len(paths), 0)
    return out / "dataset", paths


def query(data, sql):
    result = runner.invoke(app, ["query", sql, "--data", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_demo_reports_are_real_places_and_years(demo_data):
    data, paths = demo_data
    want = {}
    for sub, district, province in demo.saos(PROVINCES, 3):
        for fy in demo.FISCAL_YEARS:
            if any(p.name == f"อบต.{sub}-{district}-{fy}.docx" for p in paths):
                want[(f"องค์การบริหารส่วนตำบล{sub}", fy)] = (sub, district, province)
    got = query(data, "select org_name, fiscal_year, subdistrict, district, province, province_code, "
                      "n_measures, period_start from documents order by all")
    assert {(r["org_name"], r["fiscal_year"]): (r["subdistrict"], r["district"], r["province"]) for r in got} == want
    assert {r["province_code"] for r in got} == set(PROVINCES)
    assert all(r["n_measures"] == 14 for r in got)
    assert {(r["fiscal_year"], r["period_start"]) for r in got} == {(2566, "2022-10-01"), (2567, "2023-10-01")}
    # Progress dates vary around each row's deadline: some late, some on time, some empty.
    late = query(data, "select count(*) filter (where completed_on > list_max(deadlines)) as late, "
                       "count(*) filter (where completed_on <= list_max(deadlines)) as on_time, "
                       "count(*) filter (where progress = '') as empty from measures")[0]
    assert late["late"] > 0 and late["on_time"] > late["late"] and late["empty"] > 0
    codes = {r["code"] for r in query(data, "select distinct code from findings")}
    assert {"late_completion", "no_progress"} <= codes


def test_query_formats_and_errors(demo_data, wide_console):
    data, paths = demo_data
    n = len(paths)
    rows = query(data, "select fiscal_year, count(*) as n from measures group by 1 order by 1")
    assert sum(r["n"] for r in rows) == 14 * n
    as_csv = runner.invoke(app, ["query", "select d.org_name, m.deadlines from measures m join documents d using (doc_id) "
                                 "order by m.doc_id, m.row_no limit 1",
                                 "--data", str(data), "--format", "csv"])
    head, first = list(csv.reader(as_csv.stdout.splitlines()))
    assert head == ["org_name", "deadlines"] and first[0].startswith("องค์การบริหารส่วนตำบล")
    assert all(dt.date.fromisoformat(d) for d in first[1].split(", "))
    table = runner.invoke(app, ["query", "select province from documents limit 1", "--data", str(data)])
    assert table.exit_code == 0 and ("บุรีรัมย์" in table.stdout or "เชียงใหม่" in table.stdout)
    bad = runner.invoke(app, ["query", "select nonsense from measures", "--data", str(data)])
    assert bad.exit_code == 1 and "SQL error" in bad.output


def test_partition_filters_never_open_other_partitions(demo_data, tmp_path):
    data, _ = demo_data
    copy = tmp_path / "dataset"
    shutil.copytree(data, copy)
    (copy / "measures" / "fiscal_year=2567" / "province_code=50" / "part-broken.parquet").write_bytes(b"not parquet")
    ok = query(copy, "select count(*) as n from measures where fiscal_year = 2566 and province_code = '31'")
    want = query(data, "select count(*) as n from measures where fiscal_year = 2566 and province_code = '31'")
    assert ok == want and ok[0]["n"] > 0
    broken = runner.invoke(app, ["query", "select count(*) from measures", "--data", str(copy)])
    assert broken.exit_code == 1


def test_export_xlsx_is_ready_for_excel(demo_data, tmp_path):
    from openpyxl import load_workbook

    data, _ = demo_data
    out = tmp_path / "ita.xlsx"
    result = runner.invoke(app, ["export", "--data", str(data), "--xlsx", str(out), "--province", "บุรีรัมย์",
                                 "--fiscal-year", "2566"])
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    assert wb.sheetnames == ["เอกสาร", "มาตรการ", "ข้อสังเกต"]
    ws = wb["มาตรการ"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["จังหวัด", "อำเภอ", "หน่วยงาน", "ปีงบประมาณ"]
    assert "ประเด็นที่ต้องปรับปรุงแก้ไข" in header and "กำหนดเสร็จล่าสุด" in header
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}{ws.max_row}"
    want = query(data, "select d.org_name, m.row_no, m.issue, m.steps, m.completed_on, list_max(m.deadlines) as latest "
                       "from measures m join documents d using (doc_id) where m.province_code = '31' "
                       "and m.fiscal_year = 2566 order by d.district, d.org_name, m.row_no")
    rows = [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    assert len(rows) == len(want) > 0
    for got, exp in zip(rows, want):
        assert (got["หน่วยงาน"], got["แถวที่"], got["ประเด็นที่ต้องปรับปรุงแก้ไข"]) == (exp["org_name"], exp["row_no"], exp["issue"])
        assert got["ขั้นตอน"] == "\n".join(exp["steps"])
        latest = got["กำหนดเสร็จล่าสุด"]
        assert (latest.date().isoformat() if latest else None) == exp["latest"]
    date_col = header.index("วันที่ดำเนินการแล้วเสร็จ") + 1
    dated = next(r[date_col - 1] for r in ws.iter_rows(min_row=2) if r[date_col - 1].value)
    assert isinstance(dated.value, dt.datetime) and dated.number_format == "dd/mm/yyyy"
    assert {r["ปีงบประมาณ"] for r in rows} == {2566} and {r["จังหวัด"] for r in rows} == {"บุรีรัมย์"}


def test_export_csv_has_bom_and_thai_headers(demo_data, tmp_path):
    data, paths = demo_data
    result = runner.invoke(app, ["export", "--data", str(data), "--csv", str(tmp_path / "csv"), "--fiscal-year", "2023"])
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "csv" / "documents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and {r["ปีงบประมาณ"] for r in rows} == {"2566"}  # CE 2023 is fiscal year 2566
    assert len(rows) == sum(p.stem.endswith("2566") for p in paths)
    one = runner.invoke(app, ["export", "--data", str(data), "--csv", str(tmp_path / "ita.csv")])
    assert one.exit_code == 0, one.output
    assert sorted(p.name for p in tmp_path.glob("ita*.csv")) == ["ita.csv", "ita.documents.csv", "ita.findings.csv"]
    with open(tmp_path / "ita.csv", encoding="utf-8-sig", newline="") as f:
        measures = list(csv.DictReader(f))
    assert len(measures) == 14 * len(paths) and "ประเด็นที่ต้องปรับปรุงแก้ไข" in measures[0]


@pytest.mark.parametrize("name", ["01_on_time_completion", "02_issues_units_coverage"])
def test_notebooks_run_and_plot_thai(demo_data, name, monkeypatch):
    nbformat = needs_module("nbformat")
    from nbclient import NotebookClient

    from ingest.plots import use_thai_font

    try:
        use_thai_font()
    except RuntimeError as e:
        missing(str(e))
    data, _ = demo_data
    monkeypatch.setenv("ITA_DATA", str(data))
    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    streams = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Glyph" not in streams and "missing from" not in streams  # no tofu boxes
    assert "font: " in streams
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 2


def test_a_merged_cell_is_named_in_the_export_by_its_column(tmp_path):
    import generate
    from openpyxl import load_workbook

    def mutate(doc):
        t = doc.tables[0]  # rows 1 and 2 share one responsible cell
        t.rows[1].cells[1].merge(t.rows[2].cells[1])
    (tmp_path / "in").mkdir()
    generate.build_docx(generate.read_seed(), tmp_path / "in" / "merged.docx", mutate=mutate)
    summary = run([tmp_path / "in"], tmp_path / "data", BatchOptions(workers=1))
    assert (summary.ok, summary.rows) == (1, 14)
    result = runner.invoke(app, ["export", "--data", str(tmp_path / "data"), "--xlsx", str(tmp_path / "ita.xlsx")])
    assert result.exit_code == 0, result.output
    ws = load_workbook(tmp_path / "ita.xlsx")["มาตรการ"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    assert [r["ช่องที่รวมกับแถวบน"] for r in rows] == [None, "ผู้รับผิดชอบ"] + [None] * 12
    seed = generate.expected_cells(generate.read_seed())
    assert rows[0]["ผู้รับผิดชอบ"] == rows[1]["ผู้รับผิดชอบ"] == seed[0]["responsible"] + "\n" + seed[1]["responsible"]
