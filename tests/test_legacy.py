"""Legacy Word: a .doc rendering of the seed reads exactly as its DOCX."""

import subprocess
from dataclasses import asdict

import pytest

from conftest import SAMPLES, needs
from ingest.pipeline import process_file

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
