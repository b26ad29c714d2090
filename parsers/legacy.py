"""Legacy Word (.doc), RTF, ODT and web pages (HTML, MHTML: ``parsers.html``):
converted to DOCX by LibreOffice headless, then read by the DOCX parser;
Excel 97-2003 (.xls): converted to XLSX, then read by the XLSX parser."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from parsers import docx, html, xlsx
from parsers.model import Document, Issue
from parsers.settings import ParserSettings

CONVERT_TIMEOUT = 120  # seconds
_FILTERS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}
# Read as this, not as what LibreOffice guesses: a workbook it cannot read
# would otherwise be taken for text, and its bytes come out as a cell.
_IMPORT = {"xls": "MS Excel 97", "xlsx": "Calc MS Excel 2007 XML"}


class ConversionFailed(Exception):
    """LibreOffice is missing or could not convert the file: ``code`` is the finding."""

    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def has_calc(exe: str) -> bool:
    """LibreOffice's spreadsheet part is installed (Debian packages it apart)."""
    return (Path(os.path.realpath(exe)).parent / "libsclo.so").exists()


@contextmanager
def converted(data: bytes, kind: str) -> Iterator[Path]:
    """The file (its bytes, of ``kind``) converted by LibreOffice: an XLSX for
    .xls (or an .xlsx written again), else a DOCX; removed afterwards. Raises
    :class:`ConversionFailed`."""
    exe = soffice()
    sheets = kind in ("xls", "xlsx")
    if exe is None or (sheets and not has_calc(exe)):
        package = "libreoffice-calc-nogui" if sheets else "libreoffice-writer-nogui"
        raise ConversionFailed("converter_missing", f"LibreOffice is needed for .{kind}: apt-get install {package}")
    target = "xlsx" if sheets else "docx"
    with tempfile.TemporaryDirectory(prefix="ita-lo-") as tmp:
        if kind in ("html", "mhtml"):
            src = Path(tmp, "in.html")
            data = html.without_fetching(html.from_mhtml(data) if kind == "mhtml" else data)
        else:
            src = Path(tmp, "in." + kind)
        src.write_bytes(data)
        # A private profile per call: concurrent LibreOffice runs must not share one.
        profile = Path(tmp, "profile").as_uri()
        try:
            forced = [f"--infilter={_IMPORT[kind]}"] if kind in _IMPORT else []
            subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", *forced,
                            "--convert-to", _FILTERS[target], "--outdir", str(Path(tmp, "out")), str(src)],
                           check=True, capture_output=True, timeout=CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ConversionFailed("timeout", "LibreOffice conversion") from None
        except subprocess.CalledProcessError as e:
            raise ConversionFailed("unreadable_file", "LibreOffice could not convert it: "
                                                      f"{e.stderr.decode(errors='replace')[:200]}") from None
        out = Path(tmp, "out", "in." + target)
        if not out.exists():
            raise ConversionFailed("unreadable_file", "LibreOffice produced no output")
        yield out


def parse(path: str, kind: str, settings: ParserSettings) -> Document:
    """The document of a file LibreOffice converts first. Also a DOCX or XLSX
    that python-docx or openpyxl would not read (a value Word or Excel would
    not write: a style that is not there, a row numbered ``abc``), written
    again by LibreOffice, which reads such files as Word and Excel show them."""
    if kind in ("odt", "docx", "xlsx"):
        docx.check_zip(path, settings)  # a zip: no bombs or entities into LibreOffice
    read = xlsx.parse if kind in ("xls", "xlsx") else docx.parse
    try:
        with converted(Path(path).read_bytes(), kind) as out:
            doc = read(str(out), settings)
    except ConversionFailed as e:
        return Document(path, kind, failed=True, issues=[Issue(e.code, detail=str(e))])
    doc.source_path, doc.file_type = path, kind
    return doc
