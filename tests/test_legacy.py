"""Legacy Word: a .doc rendering of the seed reads exactly as its DOCX."""

import subprocess
from dataclasses import asdict

import pytest

from conftest import SAMPLES, needs, realdoc
import generate
from ingest.pipeline import process_file
from ingest.textdump import document_text
from parsers import parse, sniff

VOLATILE = {"doc_id", "source_path", "file_type", "file_size", "ingested_at"}


@pytest.mark.parametrize("layout", ["table-per-page", "seq-column"])
def test_doc_reads_exactly_as_docx(tmp_path, layout):
    soffice = needs("soffice")
    docx = SAMPLES / f"khoksanuan-2566-{layout}.docx"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(docx)],
                   check=True, capture_output=True, timeout=180)
    doc = tmp_path / f"{docx.stem}.doc"
    assert doc.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # a Word 97 compound file
    a, b = process_file(doc), process_file(docx)
    assert a.document.file_type == "doc" and a.document.status == "ok"
    assert {k: v for k, v in asdict(a.document).items() if k not in VOLATILE} == \
        {k: v for k, v in asdict(b.document).items() if k not in VOLATILE}
    strip = lambda m: {k: v for k, v in asdict(m).items() if k not in VOLATILE}
    assert [strip(m) for m in a.measures] == [strip(m) for m in b.measures]
    assert sorted((f.code, f.row_no, f.column, f.message) for f in a.findings) == \
        sorted((f.code, f.row_no, f.column, f.message) for f in b.findings)


def test_rtf_and_odt_convert_too(tmp_path):
    soffice = needs("soffice")
    docx = SAMPLES / "khoksanuan-2566-long-table.docx"
    for fmt in ("rtf", "odt"):
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                        "--convert-to", fmt, "--outdir", str(tmp_path), str(docx)],
                       check=True, capture_output=True, timeout=180)
        x = process_file(tmp_path / f"{docx.stem}.{fmt}")
        assert x.document.file_type == fmt and len(x.measures) == 14
        assert [m.issue for m in x.measures] == [m.issue for m in process_file(docx).measures]


def test_odt_zip_bomb_is_refused_before_libreoffice(tmp_path):
    import zipfile

    bomb = tmp_path / "bomb.odt"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", b"<office:document-content/>" + b" " * 300_000_000)
    x = process_file(bomb)
    assert [(f.code, f.severity) for f in x.findings] == [("unsafe_file", "error")]
    assert x.document.status == "failed"


# --- web pages ----------------------------------------------------------------------------------

def _same_as_docx(x, docx):
    b = process_file(docx)
    keep = VOLATILE | {"pages"}  # a web page has no pages
    assert {k: v for k, v in asdict(x.document).items() if k not in keep} == \
        {k: v for k, v in asdict(b.document).items() if k not in keep}
    cells = lambda r: [[m.issue, m.responsible, m.measure, m.monitoring, m.progress] for m in r.measures]  # noqa: E731
    assert cells(x) == cells(b)
    assert sorted((f.code, f.row_no, f.column) for f in x.findings) == sorted((f.code, f.row_no, f.column) for f in b.findings)


def test_web_page_named_doc_reads_as_its_docx(tmp_path):
    """Web systems export "Word" files that are HTML named .doc (Word opens
    them): read by content, converted by LibreOffice (before: "not a valid
    .doc file")."""
    needs("soffice")
    docx = SAMPLES / "khoksanuan-2566-table-per-page.docx"
    named_doc = tmp_path / "report.doc"
    named_doc.write_bytes(generate.web_page(docx, tmp_path).read_bytes())
    x = process_file(named_doc)
    assert (x.document.file_type, x.document.status, len(x.measures)) == ("html", "ok", 14)
    _same_as_docx(x, docx)


def test_web_archive_in_a_thai_windows_charset_reads_as_its_docx(tmp_path):
    """Word's "Single File Web Page" (.mht): the page is a quoted-printable
    part in windows-874, named only in the part's header."""
    needs("soffice")
    docx = SAMPLES / "khoksanuan-2566-table-per-page.docx"
    archive = generate.web_archive(generate.web_page(docx, tmp_path), tmp_path / "report.mht")
    assert b"charset" not in archive.read_bytes().split(b"\r\n\r\n", 3)[3][:4096].lower()
    x = process_file(archive)
    assert (x.document.file_type, x.document.status, len(x.measures)) == ("mhtml", "ok", 14)
    _same_as_docx(x, docx)


@pytest.mark.parametrize("head, kind", [
    (b"<!DOCTYPE html>\n<html><body>", "html"),
    (b"\xef\xbb\xbf<html xmlns:v=\"urn:schemas-microsoft-com:vml\">", "html"),  # Word's, after a BOM
    (b"<?xml version=\"1.0\"?>\n<!-- saved -->\n<HTML>", "html"),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"x\"\r\n", "mhtml"),
    (b"Hello <html>", "unknown"),
    (b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nmultipart/related", "unknown"),
])
def test_web_pages_known_by_content(tmp_path, head, kind):
    path = tmp_path / "f.doc"
    path.write_bytes(head + b" " * 100)
    assert sniff(path) == kind


def test_a_word_97_file_sent_as_text_reads_as_it_was(tmp_path):
    """Every LF a CR LF (FTP's ASCII mode): the compound file's sectors are
    off, it is no longer known as a .doc, and LibreOffice cannot open it."""
    needs("soffice")
    source = realdoc("21")
    sent = tmp_path / "sent.doc"
    sent.write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
    assert sniff(str(sent)) == "unknown"
    x, whole = parse(sent), parse(source)
    assert document_text(x) == document_text(whole) and len(document_text(x)) > 1000
    assert (x.file_type, x.pages, x.failed) == ("doc", whole.pages, False)
    assert [i.code for i in x.issues] == ["text_mode_transfer"] + [i.code for i in whole.issues]
