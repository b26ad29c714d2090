"""Legacy Word (.doc), RTF, ODT and web pages (HTML, MHTML: ``parsers.html``):
converted to DOCX by LibreOffice headless, then read by the DOCX parser."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from parsers import docx, html
from parsers.model import Document, Issue
from parsers.settings import ParserSettings

CONVERT_TIMEOUT = 120  # seconds


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def parse(path: str, kind: str, settings: ParserSettings) -> Document:
    exe = soffice()
    if exe is None:
        return Document(path, kind, failed=True, issues=[Issue(
            "converter_missing", detail="LibreOffice (soffice) is needed for .doc/.rtf/.odt/.html: "
                                        "apt-get install libreoffice-writer-nogui")])
    if kind == "odt":
        docx.check_zip(path, settings)  # an ODT is a zip too: no bombs or entities into LibreOffice
    with tempfile.TemporaryDirectory(prefix="ita-lo-") as tmp:
        # A private profile per call: concurrent LibreOffice runs must not share one.
        profile = Path(tmp, "profile").as_uri()
        if kind in ("html", "mhtml"):
            src = Path(tmp, "in.html")
            page = Path(path).read_bytes()
            src.write_bytes(html.without_fetching(html.from_mhtml(page) if kind == "mhtml" else page))
        else:
            src = Path(tmp, "in." + kind)
            shutil.copyfile(path, src)
        try:
            subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                            "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, str(src)],
                           check=True, capture_output=True, timeout=CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired:
            return Document(path, kind, failed=True, issues=[Issue("timeout", detail="LibreOffice conversion")])
        except subprocess.CalledProcessError as e:
            return Document(path, kind, failed=True, issues=[Issue(
                "unreadable_file", detail=f"LibreOffice could not convert it: {e.stderr.decode(errors='replace')[:200]}")])
        out = Path(tmp, "in.docx")
        if not out.exists():
            return Document(path, kind, failed=True, issues=[Issue("unreadable_file", detail="LibreOffice produced no output")])
        doc = docx.parse(str(out), settings)
    doc.source_path, doc.file_type = path, kind
    return doc
