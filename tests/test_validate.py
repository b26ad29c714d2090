"""ita validate: readable report, JSON, exit status."""

import json

from typer.testing import CliRunner

from conftest import SAMPLES
from ingest.cli import app

runner = CliRunner()


def test_validate_seed_pdf_warns_and_exits_zero():
    result = runner.invoke(app, ["validate", str(SAMPLES / "khoksanuan-2566-table-per-page.pdf"), "--json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert len(report["measures"]) == 14
    got = sorted((f["code"], f["row_no"], f["page"], f["column"]) for f in report["findings"])
    assert got == [("column_shift", 6, 8, "responsible"), ("column_shift", 14, 21, "issue"),
                   ("late_completion", 1, 1, "progress"), ("late_completion", 4, 5, "progress"),
                   ("place_corrected", None, None, "district")]
    shift = next(f for f in report["findings"] if f["code"] == "column_shift" and f["row_no"] == 14)
    assert shift["message"] == "ข้อความในช่องนี้น่าจะอยู่ผิดคอลัมน์: ข้อความผลการดำเนินการอยู่ในช่องประเด็น"
    assert shift["message_en"] == "The content of this cell seems to belong to another column: progress text in the issue column"


def test_validate_readable_report_in_thai_and_english(wide_console):
    th = runner.invoke(app, ["validate", str(SAMPLES / "khoksanuan-2566-table-per-page.docx")])
    assert th.exit_code == 0
    assert "องค์การบริหารส่วนตำบลโคกสนวน" in th.stdout and "late_completion" in th.stdout and "ขำนิ" in th.stdout
    en = runner.invoke(app, ["validate", str(SAMPLES / "khoksanuan-2566-table-per-page.docx"), "--lang", "en"])
    assert "Completed after the deadline" in en.stdout


def test_validate_error_exits_one(tmp_path):
    cut = tmp_path / "cut.pdf"  # a text PDF cut short: no reader opens it, and it holds no page picture
    cut.write_bytes((SAMPLES / "khoksanuan-2566-table-per-page.pdf").read_bytes()[:5000])
    result = runner.invoke(app, ["validate", str(cut), "--json"])
    assert result.exit_code == 1
    [report] = json.loads(result.stdout)
    assert [f["code"] for f in report["findings"]] == ["unreadable_file"]
    assert report["document"]["status"] == "failed"
