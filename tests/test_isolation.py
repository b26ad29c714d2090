"""A file that hangs, crashes its worker or runs out of memory fails alone,
with a finding; a missing converter or an unsupported file is a finding too."""

import gc
import mmap
import os
import time
from dataclasses import replace

import duckdb

from conftest import SAMPLES
from ingest import batch, pool
from ingest.batch import BatchOptions, run
from ingest.pipeline import process_file
from ingest.query import connect
from parsers import parse, progress


def misbehave(path, source, doc_id, settings):
    name = os.path.basename(source)
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("crash"):
        os._exit(3)
    if name.startswith("oom"):
        hog = bytearray(6 * 1024 ** 3)  # more than the worker's memory cap
        return hog
    return process_file(path, settings, doc_id=doc_id, source_path=source)


def test_hang_crash_and_out_of_memory_fail_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "convert", misbehave)  # forked workers inherit the patch
    src = tmp_path / "in"
    src.mkdir()
    docx = (SAMPLES / "khoksanuan-2566-seq-column.docx").read_bytes()
    for i, name in enumerate(("hang.docx", "crash.docx", "oom.docx", "good1.docx", "good2.docx")):
        (src / name).write_bytes(docx + bytes([i]))  # distinct doc_ids
    summary = run([src], tmp_path / "out", BatchOptions(workers=2, timeout=5, memory_mb=3072))
    assert (summary.ok, summary.failed, summary.rows) == (2, 3, 28)
    con = connect(tmp_path / "out")
    got = con.sql("select regexp_extract(d.source_path, '[^/]+$'), d.status, f.code, f.message_en "
                  "from documents d left join findings f on f.doc_id = d.doc_id and f.severity = 'error' "
                  "order by 1").fetchall()
    assert [(name, status, code) for name, status, code, _ in got] == [
        ("crash.docx", "failed", "worker_crashed"), ("good1.docx", "ok", None), ("good2.docx", "ok", None),
        ("hang.docx", "failed", "timeout"), ("oom.docx", "failed", "worker_crashed")]
    messages = {name: message for name, _, _, message in got}
    assert messages["hang.docx"] == "Processing the file took longer than the time limit: more than 5 s without progress"
    assert messages["crash.docx"].endswith("worker exited with code 3")
    assert messages["oom.docx"].endswith("out of memory")


def test_a_parent_with_a_large_address_space_leaves_its_workers_their_cap(tmp_path):
    # A notebook or a long test run has mapped gigabytes before it runs a
    # batch (Arrow's and DuckDB's memory pools); the workers it forks inherit
    # that address space, and the cap is on what they add to it.
    reserved = mmap.mmap(-1, 4 * 1024 ** 3)  # 4 GB mapped, never touched
    try:
        src = tmp_path / "in"
        src.mkdir()
        (src / "report.docx").write_bytes((SAMPLES / "khoksanuan-2566-seq-column.docx").read_bytes())
        summary = run([src], tmp_path / "out", BatchOptions(workers=1, memory_mb=1024))
    finally:
        reserved.close()
    assert (summary.ok, summary.failed, summary.rows) == (1, 0, 14)


def test_garbage_the_parent_left_does_not_crash_its_workers(tmp_path):
    # A notebook or a test run that queried DuckDB may leave a connection in a
    # reference cycle. A worker forked from it must not collect that garbage:
    # the connection's finalizer needs threads the fork did not copy (the
    # worker died of SIGSEGV in the GC, and the file failed).
    def leave_garbage():
        held = []
        for _ in range(4):
            con = duckdb.connect()
            con.sql("select range from range(1000)").fetchall()
            cycle = {"con": con}
            cycle["self"] = cycle
            held.append(cycle)
        gc.collect()  # long-lived now: only a full collection finds them
        held.clear()

    leave_garbage()
    pdf = SAMPLES / "khoksanuan-2566-long-table.pdf"
    summary = run([pdf], tmp_path / "out", BatchOptions(workers=1))
    assert (summary.ok, summary.failed, summary.rows) == (1, 0, 14)
    got = connect(tmp_path / "out").sql("select row_no, page, cells_raw from measures order by row_no").fetchall()
    assert got == [(m.row_no, m.page, m.cells_raw) for m in process_file(pdf).measures]


def _as(x, doc_id, source_path):
    """An extraction as if read from another file."""
    keys = dict(doc_id=doc_id, source_path=source_path)
    return replace(x, document=replace(x.document, **keys), measures=[replace(m, **keys) for m in x.measures],
                   findings=[replace(f, **keys) for f in x.findings])


def read_pages_slowly(path, settings, doc_id, source_path, parsed):
    """A file read page by page (as OCR reads a long scan): 8 pages of 0.4 s,
    or, for "stuck", one page and then nothing for 4 s."""
    # The real work was done by the parent before it forked: after the last
    # page nothing beats, and on a busy machine a parse here could take the
    # time limit itself.
    pages = 1 if "stuck" in source_path else 8
    for _ in range(pages):
        time.sleep(0.4)
        progress.page_done()
    if "stuck" in source_path:
        time.sleep(4)
    return _as(parsed, doc_id, source_path)


def slow_batch(tmp_path, monkeypatch, span=pool.MAX_BEATS_SPAN):
    import ingest.pipeline

    parsed = process_file(SAMPLES / "khoksanuan-2566-seq-column.docx")
    monkeypatch.setattr(ingest.pipeline, "process_file",  # batch.convert calls it
                        lambda *args, **kwargs: read_pages_slowly(*args, **kwargs, parsed=parsed))
    monkeypatch.setattr(pool, "MAX_BEATS_SPAN", span)  # the parent checks it
    src = tmp_path / "in"
    src.mkdir()
    docx = (SAMPLES / "khoksanuan-2566-seq-column.docx").read_bytes()
    for i, name in enumerate(("slow.docx", "stuck.docx")):
        (src / name).write_bytes(docx + bytes([i]))
    run([src], tmp_path / "out", BatchOptions(workers=2, timeout=2))
    got = connect(tmp_path / "out").sql(
        "select regexp_extract(d.source_path, '[^/]+$'), d.status, f.message_en, d.n_measures from documents d "
        "left join findings f on f.doc_id = d.doc_id and f.code = 'timeout' order by 1").fetchall()
    return [(name, status, message and message.rsplit(": ", 1)[-1], n) for name, status, message, n in got]


def test_a_file_that_goes_on_reading_pages_is_not_stopped(tmp_path, monkeypatch):
    # 3.2 s in all with a time limit of 2 s: each page read starts it again.
    assert slow_batch(tmp_path, monkeypatch) == [
        ("slow.docx", "ok", None, 14), ("stuck.docx", "failed", "more than 2 s without progress", 0)]


def test_a_file_that_reads_pages_for_too_long_in_all_is_stopped(tmp_path, monkeypatch):
    assert slow_batch(tmp_path, monkeypatch, span=1.2) == [
        ("slow.docx", "failed", "more than 2.4 s in all", 0), ("stuck.docx", "failed", "more than 2 s without progress", 0)]


def test_the_pdf_parser_reports_each_page_read():
    pages = []
    progress.on_page(lambda: pages.append(1))
    try:
        doc = parse(SAMPLES / "khoksanuan-2566-table-per-page.pdf")
    finally:
        progress.on_page(None)
    assert len(pages) == doc.pages == 21


def test_converter_missing_is_reported(tmp_path, monkeypatch):
    from parsers import legacy

    monkeypatch.setattr(legacy, "soffice", lambda: None)
    doc = tmp_path / "report.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    x = process_file(doc)
    assert [(f.code, f.severity) for f in x.findings] == [("converter_missing", "error")]
    assert "apt-get install libreoffice-writer-nogui" in x.findings[0].message_en
    assert x.document.status == "failed"


def test_unsupported_file_is_reported(tmp_path):
    picture = tmp_path / "scan.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    x = process_file(picture)
    assert [(f.code, f.message_en) for f in x.findings] == [
        ("unsupported_file", "Unsupported file type: use PDF, Word (DOCX, DOC, RTF, ODT), Excel (XLSX, XLS) "
         "or a web page (HTML, MHT): file type: unknown")]
