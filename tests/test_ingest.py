"""ita ingest end to end: the Parquet datasets, incremental runs, bad input,
and a run killed mid-way."""

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from datetime import date

import duckdb
import pyarrow.dataset as ds
from typer.testing import CliRunner

from conftest import ROOT, SAMPLES, expected
from ingest.cli import app
from ingest.schema import DOCUMENTS, FINDINGS, MEASURES, PARTITION_SCHEMA

runner = CliRunner()
DOCX = SAMPLES / "khoksanuan-2566-table-per-page.docx"
PDF = SAMPLES / "khoksanuan-2566-long-table.pdf"


def ingest(*args):
    result = runner.invoke(app, ["ingest", *map(str, args), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def read(out, table):
    return duckdb.sql(
        f"select * from read_parquet('{out}/{table}/**/*.parquet', hive_partitioning=true, "
        f"hive_types={{'fiscal_year': INTEGER, 'province_code': VARCHAR}})")


def errors(out) -> list:
    """Each error finding (file, code, message): what an assertion on a
    file's status shows when it fails, so a failure says why."""
    return read(out, "findings").filter("severity = 'error'").project("source_path, code, message_en").fetchall()


def count(out, table):
    return read(out, table).aggregate("count(*)").fetchall()[0][0]


def test_ingest_writes_three_documented_datasets(tmp_path):
    out = tmp_path / "out"
    summary = ingest(DOCX, PDF, "--out", out, "--workers", 2)
    assert {k: summary[k] for k in ("files", "ok", "failed", "rows")} == {"files": 2, "ok": 2, "failed": 0, "rows": 28}
    docs = read(out, "documents").df().sort_values("file_type")
    assert list(docs.file_type) == ["docx", "pdf"]
    row = docs.iloc[0].to_dict()
    for key, value in expected(DOCX.stem)["document"].items():
        got = row[key]
        got = got.date().isoformat() if hasattr(got, "date") and key.startswith("period") else got
        assert got == value, key
    assert row["province_code"] == "31" and row["fiscal_year"] == 2566 and row["status"] == "ok"
    m = read(out, "measures").filter(f"doc_id = '{row['doc_id']}'").order("row_no")
    m = m.project("issue, deadlines, completed_on, province_code, fiscal_year").fetchall()
    assert [r[0] for r in m] == [e["issue"] for e in expected(DOCX.stem)["measures"]]
    assert m[0][1:] == ([date(2023, 1, 31)], date(2023, 2, 8), "31", 2566)
    # Explicit schemas: the files carry exactly the documented columns and types.
    for table, schema in (("documents", DOCUMENTS), ("measures", MEASURES), ("findings", FINDINGS)):
        d = ds.dataset(out / table, format="parquet", partitioning=ds.partitioning(PARTITION_SCHEMA, flavor="hive"))
        assert d.schema.equals(schema, check_metadata=False) or set(d.schema.names) == set(schema.names)
        for field in schema:
            assert d.schema.field(field.name).type == field.type, (table, field.name)


def test_rerun_skips_changed_file_replaces_prune_drops(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    a, b = src / "a.docx", src / "b.pdf"
    a.write_bytes(DOCX.read_bytes())
    b.write_bytes(PDF.read_bytes())
    assert ingest(src, "--out", out)["rows"] == 28
    again = ingest(src, "--out", out)
    assert (again["skipped"], again["rows"]) == (2, 0)
    a.write_bytes((SAMPLES / "khoksanuan-2566-seq-column.docx").read_bytes())  # changed content, same path
    changed = ingest(src, "--out", out)
    assert (changed["skipped"], changed["removed"], changed["rows"]) == (1, 1, 14)
    assert count(out, "documents") == 2
    assert count(out, "measures") == 28
    forced = ingest(src, "--out", out, "--force")
    assert (forced["skipped"], forced["removed"]) == (0, 2)
    assert count(out, "measures") == 28
    b.unlink()
    pruned = ingest(src, "--out", out, "--prune")
    assert pruned["removed"] == 1
    assert [r[0] for r in read(out, "documents").project("source_path").fetchall()] == [str(a)]


def test_bad_inputs_are_recorded_and_the_batch_goes_on(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "empty.pdf").write_bytes(b"")
    (src / "random.docx").write_bytes(os.urandom(4096))
    (src / "truncated.pdf").write_bytes(PDF.read_bytes()[:5000])
    (src / "ชื่อ แปลก's (1).docx").write_bytes(DOCX.read_bytes())
    bomb = src / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>" + b" " * 300_000_000)
    entity = src / "entity.docx"
    with zipfile.ZipFile(DOCX) as zin, zipfile.ZipFile(entity, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY x SYSTEM "http://127.0.0.1/">]>', 1)
            zout.writestr(item, data)
    from pypdf import PdfReader, PdfWriter

    locked = PdfWriter(clone_from=PdfReader(PDF))
    locked.encrypt(user_password="secret", owner_password="o")
    locked.write(src / "locked.pdf")
    huge = PdfWriter()
    while len(huge.pages) < 1000:
        for page in PdfReader(PDF).pages:
            huge.add_page(page)
    huge.write(src / "thousand-pages.pdf")
    subs = src / "submissions.zip"
    with zipfile.ZipFile(subs, "w") as z:
        z.write(DOCX, "ok/report.docx")
        z.writestr("../evil.docx", DOCX.read_bytes())
    summary = ingest(src, "--out", out)
    rel = lambda path: path.replace(f"{src}/", "")
    docs = {rel(r[0]): (r[1], r[2]) for r in read(out, "documents").project("source_path, status, doc_id").fetchall()}
    assert docs["empty.pdf"][0] == "failed" and docs["random.docx"][0] == "failed"
    assert docs["truncated.pdf"][0] == "failed" and docs["bomb.docx"][0] == "failed"
    assert docs["entity.docx"][0] == "failed" and docs["ชื่อ แปลก's (1).docx"][0] == "ok"
    assert docs["submissions.zip!ok/report.docx"][0] == "ok"
    assert docs["submissions.zip!../evil.docx"][0] == "failed"
    codes = {rel(p): c for p, c in read(out, "findings").filter("severity = 'error'").project("source_path, code").fetchall()}
    assert codes["bomb.docx"] == "unsafe_file" and codes["entity.docx"] == "unsafe_file"
    assert codes["empty.pdf"] == "unreadable_file" and codes["random.docx"] == "unreadable_file"
    assert codes["submissions.zip!../evil.docx"] == "unsafe_file"
    assert (docs["locked.pdf"][0], codes["locked.pdf"]) == ("failed", "encrypted_file")
    assert (docs["thousand-pages.pdf"][0], codes["thousand-pages.pdf"]) == ("failed", "page_limit"), errors(out)
    assert summary["ok"] == 2 and summary["rows"] == 28


def submissions(tmp_path, *more):
    """The input and output folders, and a zip of submissions in the input
    folder: a DOCX deflated, a PDF stored (as some archivers keep PDFs), then
    ``more`` (file, name) stored: their bytes as they are."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    subs = src / "submissions.zip"
    with zipfile.ZipFile(subs, "w") as z:
        z.write(DOCX, "a/รายงาน.docx", zipfile.ZIP_DEFLATED)
        for path, name in ((PDF, "b/report.pdf"), *more):
            z.write(path, name)
    return src, out, subs


def test_a_zip_of_submissions_cut_short_gives_the_files_still_in_it(tmp_path):
    # A download of the year's submissions that stopped in its third file:
    # the zip's directory is lost. The first two read as they are; the third,
    # cut in its styles, from its parts; the archive says it was cut.
    src, out, subs = submissions(tmp_path, (SAMPLES / "khoksanuan-2566-seq-column.docx", "c/report.docx"),
                                 (DOCX, "d/after-the-cut.docx"))
    with zipfile.ZipFile(subs) as z:
        third = z.getinfo("c/report.docx")
    with zipfile.ZipFile(SAMPLES / "khoksanuan-2566-seq-column.docx") as z:
        styles = z.getinfo("word/styles.xml").header_offset
    data_at = third.header_offset + 30 + len(third.filename.encode())
    subs.write_bytes(subs.read_bytes()[:data_at + styles + 500])
    summary = ingest(src, "--out", out)
    rel = lambda path: path.replace(f"{src}/", "")
    docs = {rel(r[0]): r[1:] for r in read(out, "documents").project("source_path, status, file_type").fetchall()}
    assert docs == {"submissions.zip!a/รายงาน.docx": ("ok", "docx"), "submissions.zip!b/report.pdf": ("ok", "pdf"),
                    "submissions.zip!c/report.docx": ("partial", "docx"), "submissions.zip": ("failed", "zip")}, errors(out)
    found = {(rel(p), c): m for p, c, m in read(out, "findings").filter("code = 'damaged_file'")
             .project("source_path, severity, message_en").fetchall()}
    assert found == {
        ("submissions.zip!c/report.docx", "error"):
            "The file is damaged (perhaps cut short) and cannot be opened as it is: what is left of it was repaired "
            "or recovered and read; pages may be missing or incomplete: get the file again: rebuilt from the 6 parts "
            "still in it",
        ("submissions.zip", "error"):
            "The file is damaged (perhaps cut short) and cannot be opened as it is: what is left of it was repaired "
            "or recovered and read; pages may be missing or incomplete: get the file again: the zip is cut short: "
            "3 files read from it; any after the cut are lost"}
    assert summary["rows"] == 42
    again = ingest(src, "--out", out)  # the same archive again: nothing new, no row twice
    assert (again["skipped"], again["ok"], again["failed"]) == (4, 0, 0)
    assert sorted(rel(r[0]) for r in read(out, "documents").project("source_path").fetchall()) == sorted(docs)


def test_a_zip_of_submissions_sent_as_text_gives_its_files_as_they_were(tmp_path):
    # Uploaded by FTP in ASCII mode: every LF a CR LF, the zip's offsets and
    # its members' data off. Each member reads as it was, and the archive says
    # what was done; run again, nothing is added.
    src, out, subs = submissions(tmp_path)
    subs.write_bytes(subs.read_bytes().replace(b"\n", b"\r\n"))
    summary = ingest(src, "--out", out)
    rel = lambda path: path.replace(f"{src}/", "")
    docs = {rel(r[0]): r[1:] for r in read(out, "documents").project("source_path, status, n_measures").fetchall()}
    assert docs == {"submissions.zip!a/รายงาน.docx": ("ok", 14), "submissions.zip!b/report.pdf": ("ok", 14),
                    "submissions.zip": ("failed", 0)}, errors(out)
    found = read(out, "findings").filter("source_path like '%submissions.zip'").project("code, severity").fetchall()
    assert found == [("text_mode_transfer", "warning")]
    assert summary["rows"] == 28
    again = ingest(src, "--out", out)
    assert (again["skipped"], again["ok"], again["failed"]) == (3, 0, 0)


def test_zip_from_a_thai_windows_keeps_its_thai_member_names(tmp_path):
    """Windows on a Thai system writes zip member names in cp874 without the
    UTF-8 flag: read as cp437 they came out as ``ÃÒÂ§Ò¹``; now as Thai."""
    from ingest.inputs import collect

    thai, placeholder = "ส่ง/รายงาน.docx", "xxx/xxxxxx.docx"
    assert len(thai.encode("cp874")) == len(placeholder)
    archive = tmp_path / "submissions.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(DOCX, placeholder)
        z.writestr("utf8/รายงาน.docx", DOCX.read_bytes())  # written with the UTF-8 flag: read as it is
    archive.write_bytes(archive.read_bytes().replace(placeholder.encode(), thai.encode("cp874")))
    files = collect([archive], tmp_path)
    assert [f.source for f in files] == [f"{archive}!ส่ง/รายงาน.docx", f"{archive}!utf8/รายงาน.docx"]
    assert all(f.refused is None and f.path.read_bytes() == DOCX.read_bytes() for f in files)


def _orphans(src) -> list[str]:
    out = subprocess.run(["ps", "-ww", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if str(src) in line and "ingest.cli" in line]


def test_killed_run_leaves_only_complete_documents(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i in range(12):
        (src / f"r{i:02d}.docx").write_bytes(DOCX.read_bytes() + f"{i}".encode())  # distinct doc_ids
    env = {**os.environ, "ITA_COMMIT_EVERY": "2"}
    proc = subprocess.Popen([sys.executable, "-m", "ingest.cli", "ingest", str(src), "--out", str(out),
                             "--workers", "1", "--json"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and len(list((out / "documents").glob("**/*.parquet"))) < 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Its worker processes notice and exit too: none is left behind.
    deadline = time.time() + 10
    while time.time() < deadline and _orphans(src):
        time.sleep(0.2)
    assert not _orphans(src)
    committed = count(out, "documents")
    assert 0 < committed < 12
    # Readers see only complete documents: every committed document has all 14 rows.
    counts = duckdb.sql(f"""
        select d.doc_id, count(m.row_no) n from read_parquet('{out}/documents/**/*.parquet') d
        left join read_parquet('{out}/measures/**/*.parquet') m using (doc_id) group by all""").fetchall()
    assert all(n == 14 for _, n in counts)
    summary = ingest(src, "--out", out)
    assert summary["skipped"] == committed and summary["ok"] == 12 - committed
    assert count(out, "documents") == 12
    assert count(out, "measures") == 12 * 14
    assert duckdb.sql(f"select count(distinct doc_id) from read_parquet('{out}/measures/**/*.parquet')").fetchall() == [(12,)]


def test_recover_drops_rows_of_an_uncommitted_batch_and_keeps_the_rest(tmp_path):
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from ingest.writer import DatasetWriter

    out = tmp_path / "out"
    ingest(DOCX, PDF, "--out", out)
    assert errors(out) == []  # both files read (a failed one would leave 14 rows, not 28)
    [f] = list((out / "measures").glob("**/*.parquet"))
    good = pq.ParquetFile(f).read()
    stray = good.slice(0, 3).set_column(0, "doc_id", pa.array(["uncommitted"] * 3))
    assert good.schema.names[0] == "doc_id"
    pq.write_table(pa.concat_tables([good, stray]), f)  # as a run killed after writing rows, before its commit
    assert DatasetWriter(out).recover() == 1
    again = pq.ParquetFile(f).read()
    assert again.num_rows == good.num_rows == 28
    assert pc.all(pc.not_equal(again.column("doc_id"), "uncommitted")).as_py()
    assert DatasetWriter(out).recover() == 0  # nothing left to do, and the file is not rewritten
