"""ita serve: the upload page, end to end in headless Chromium, and its
guards (size, type by content, errors as messages, nothing kept)."""

import base64
import csv
import io
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest
from starlette.testclient import TestClient

from conftest import ROOT, SAMPLES, needs, needs_module
from ingest import web

SEED_PDF = SAMPLES / "khoksanuan-2566-table-per-page.pdf"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # to see that nothing is left behind
    return TestClient(web.app, raise_server_exceptions=False)


def upload(client, name, data):
    return client.post("/validate", files={"file": (name, data, "application/octet-stream")})


def test_upload_shows_rows_and_problems_and_keeps_nothing(client, tmp_path):
    r = upload(client, "รายงาน.pdf", SEED_PDF.read_bytes())
    assert r.status_code == 200
    html = r.text
    assert html.count('<tr class="measure') == 14
    assert 'id="n-rows">14<' in html and 'id="org">องค์การบริหารส่วนตำบลโคกสนวน<' in html
    assert html.count('data-code="column_shift"') == 2 and html.count('data-code="late_completion"') == 2
    assert "ดำเนินการแล้วเสร็จหลังกำหนดเวลา: เสร็จ 8 กุมภาพันธ์ 2566 กำหนด 31 มกราคม 2566" in html
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone


def test_type_is_checked_by_content_not_name(client):
    r = upload(client, "report.pdf", os.urandom(5000))
    assert r.status_code == 415 and "ไฟล์นี้ไม่ใช่รายงานที่อ่านได้" in r.text
    r = upload(client, "report.bin", (SAMPLES / "khoksanuan-2566-seq-column.docx").read_bytes())
    assert r.status_code == 200 and r.text.count('<tr class="measure') == 14


def test_workbook_and_web_page_uploads_are_read(client, tmp_path):
    """A report kept in Excel, and a web system's "Word" file that is HTML."""
    import generate

    book = generate.build_xlsx(generate.read_seed(), tmp_path / "report.xlsx").read_bytes()
    r = upload(client, "รายงาน.xlsx", book)
    assert r.status_code == 200 and r.text.count('<tr class="measure') == 14
    needs("soffice")
    page = generate.web_page(SAMPLES / "khoksanuan-2566-table-per-page.docx", tmp_path).read_bytes()
    r = upload(client, "รายงาน.doc", page)
    assert r.status_code == 200 and r.text.count('<tr class="measure') == 14


def test_size_limit_empty_file_and_no_file(client, monkeypatch):
    monkeypatch.setattr(web, "MAX_UPLOAD", 100_000)
    r = upload(client, "big.pdf", b"%PDF-1.7" + bytes(200_000))
    assert r.status_code == 413 and "ไฟล์ใหญ่เกิน" in r.text
    r = upload(client, "empty.pdf", b"")
    assert r.status_code == 400 and "ไฟล์ว่างเปล่า" in r.text
    r = client.post("/validate", data={"x": "1"})
    assert r.status_code == 400 and "กรุณาเลือกไฟล์" in r.text


def test_errors_are_messages_never_tracebacks(client, monkeypatch):
    def broken(*args):
        raise RuntimeError("internal detail that must not leak")

    monkeypatch.setattr(web, "check_file", broken)
    r = upload(client, "a.pdf", SEED_PDF.read_bytes())
    assert r.status_code == 500 and "เกิดข้อผิดพลาดภายในระบบ" in r.text
    assert "Traceback" not in r.text and "internal detail" not in r.text
    r = client.get("/nothing-here")
    assert r.status_code == 404 and "ไม่พบหน้านี้" in r.text


def test_broken_pdf_is_a_finding_on_the_page(client):
    r = upload(client, "broken.pdf", SEED_PDF.read_bytes()[:4000])
    assert r.status_code == 200
    assert 'data-code="unreadable_file"' in r.text and "อ่านไฟล์ไม่ได้" in r.text


def test_a_word_file_cut_short_shows_its_rows_and_says_it_is_damaged(client):
    data = (SAMPLES / "khoksanuan-2566-table-per-page.docx").read_bytes()
    r = upload(client, "รายงาน.docx", data[:data.index(b"word/styles.xml") + 500])  # the text whole, styles cut
    assert r.status_code == 200 and r.text.count('<tr class="measure') == 14
    assert 'data-code="damaged_file"' in r.text and "ไฟล์เสียหาย (อาจดาวน์โหลดมาไม่ครบ)" in r.text
    r = upload(client, "รายงาน.docx", data[:600])  # cut before the text
    assert r.status_code == 200 and 'data-code="unreadable_file"' in r.text and "อ่านไฟล์ไม่ได้" in r.text


# --- in a real browser ---------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "ingest.cli", "serve", "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("ita serve did not start")
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    chromium = needs("chromium")
    sync_api = needs_module("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield b
        b.close()


def test_browser_upload_seed_pdf_shows_rows_warnings_and_downloads(server, browser):
    page = browser.new_page()
    page.goto(server)
    assert "ลากไฟล์รายงานมาวางที่นี่" in page.inner_text("#upload")
    page.set_input_files("#file", str(SEED_PDF))
    page.click("#submit")
    page.wait_for_selector("#measures", timeout=60_000)
    assert page.locator("tr.measure").count() == 14
    assert page.inner_text("#n-rows") == "14"
    shift = page.locator('tr[data-row="14"] td[data-column="issue"]')
    assert "warning" in shift.get_attribute("class")
    assert "ข้อความในช่องนี้น่าจะอยู่ผิดคอลัมน์" in shift.inner_text()
    late = page.locator('tr[data-row="1"] td[data-column="progress"] [data-code="late_completion"]')
    assert late.is_visible() and "ดำเนินการแล้วเสร็จหลังกำหนดเวลา" in late.inner_text()
    assert page.locator('tr[data-row="6"] td[data-column="responsible"] [data-code="column_shift"]').is_visible()
    # The CSV download: the 14 rows with Thai headers, UTF-8 with a BOM.
    href = page.get_attribute('a[download$=".csv"]', "href")
    data = base64.b64decode(href.split(",", 1)[1])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 14 and rows[0]["หน่วยงาน"] == "องค์การบริหารส่วนตำบลโคกสนวน"
    with page.expect_download() as download:
        page.click('a[download$=".xlsx"]')
    assert download.value.suggested_filename == "khoksanuan-2566-table-per-page.xlsx"
    page.close()


def test_browser_upload_random_file_shows_a_clear_message(server, browser, tmp_path):
    junk = tmp_path / "รายงาน.pdf"
    junk.write_bytes(os.urandom(3000))
    page = browser.new_page()
    page.goto(server)
    page.set_input_files("#file", str(junk))
    page.click("#submit")
    message = page.wait_for_selector("#error", timeout=30_000).inner_text()
    assert "ไฟล์นี้ไม่ใช่รายงานที่อ่านได้" in message and "PDF, DOCX, DOC" in message
    assert page.locator("#measures").count() == 0
    page.close()
