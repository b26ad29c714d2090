"""Parsers: one module per format, each returning a :class:`Document`.

``parse(path)`` picks the parser by the file's content (not its extension) and
never raises for a bad file: the problem comes back as an ``Issue`` on a
document marked ``failed``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from parsers.model import Cell, Document, Issue, Paragraph, Row, Table
from parsers.settings import ParserSettings

__all__ = ["Cell", "Document", "Issue", "Paragraph", "ParserSettings", "Row", "Table", "parse", "sniff"]


# A web page: after a byte-order mark, an XML declaration or comments, <!DOCTYPE html> or <html>.
_HTML = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                   re.I | re.S)
# A web archive (.mht): mail headers, one of them multipart/related.
_MHTML = re.compile(rb"^(?:[A-Za-z-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?content-type:\s*multipart/related", re.I)


def sniff(path: str | Path) -> str:
    """The file type by its first bytes: pdf, docx, xlsx, doc, xls, rtf,
    odt, html, mhtml, encrypted (a password-protected Office file), zip,
    damaged_zip or unknown."""
    with open(path, "rb") as f:
        head = f.read(8)
    kb = _head_kb(path)
    if head.startswith(b"%PDF") or b"%PDF" in kb:
        return "pdf"
    if _HTML.match(kb):
        return "html"
    if _MHTML.match(kb):
        return "mhtml"
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE compound file: which?
        from parsers import compound
        return compound.kind(path)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as z:
                from parsers.rezip import own_directory

                if not own_directory(z, path):
                    return "damaged_zip"
                names = set(z.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "xl/workbook.xml" in names:
                    return "xlsx"
                if "mimetype" in names and b"opendocument.text" in z.read("mimetype"):
                    return "odt"
                return "zip"
        except zipfile.BadZipFile:
            return "damaged_zip"  # cut short: its directory, at the end, is lost
    return "unknown"


def _head_kb(path) -> bytes:
    with open(path, "rb") as f:
        return f.read(1024)


def parse(path: str | Path, settings: ParserSettings | dict | None = None) -> Document:
    """Parse any supported file into a :class:`Document`; never raises for bad input."""
    settings = ParserSettings.from_any(settings)
    path = str(path)
    try:
        kind = sniff(path)
    except OSError as e:
        return _failed(path, "unknown", "unreadable_file", str(e))
    doc = _parse(path, kind, settings)
    if doc.failed and kind in ("doc", "xls", "unknown"):
        # An Office 97-2003 file sent as text (its directory is off, so its kind
        # too): read as it was, if that is what happened (a PDF or a zip that does
        # not open is checked for it on its way).
        return _as_sent(path, settings) or doc
    return doc


def _as_sent(path: str, settings: ParserSettings) -> Document | None:
    """The document of a file sent as text (``parsers.textmode``), read as it
    was before; None if it was not, or if that does not read either."""
    from parsers import textmode

    doc = textmode.read_restored(path, lambda copy: parse(copy, settings))
    return doc if doc is not None and not doc.failed else None


def _parse(path: str, kind: str, settings: ParserSettings) -> Document:
    try:
        if kind in ("docx", "xlsx"):
            return _office(path, kind, settings)
        if kind == "pdf":
            from parsers import pdf
            return pdf.parse(path, settings)
        if kind == "encrypted":
            return _failed(path, Path(path).suffix.lower().lstrip(".") or kind, "encrypted_file",
                           "password-protected Office file")
        if kind in ("doc", "xls", "rtf", "odt", "html", "mhtml"):
            from parsers import legacy
            return legacy.parse(path, kind, settings)
        if kind == "damaged_zip":
            # Sent as text: the zip's offsets and every part's data are off, exactly undone.
            repaired = _as_sent(path, settings) or _from_parts(path, settings)
            if repaired is not None:
                return repaired
    except Exception as e:  # noqa: BLE001 - any parser failure is a finding, never a crash
        code = getattr(e, "finding_code", "unreadable_file")
        return _failed(path, kind, code, f"{type(e).__name__}: {e}")
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("pdf", "docx", "xlsx", "doc", "xls", "rtf", "odt", "htm", "html", "mht", "mhtml"):  # named so, bytes not
        return _failed(path, suffix, "unreadable_file", f"not a valid .{suffix} file")
    return _failed(path, kind, "unsupported_file", f"file type: {kind}")


def _office(path: str, kind: str, settings: ParserSettings) -> Document:
    """A DOCX or XLSX. One whose text is not well-formed XML is read as far
    as lxml recovers it (``damaged_file``); one python-docx or openpyxl
    cannot read otherwise (a value Word or Excel would not write) as
    LibreOffice reads it, which is lenient. If neither reads it, the first
    error stands."""
    from parsers import docx, xlsx

    read = (docx if kind == "docx" else xlsx).parse
    try:
        return read(path, settings)
    except Exception as e:  # noqa: BLE001 - a parser failure; an unsafe or encrypted file stays refused
        if hasattr(e, "finding_code"):
            raise
        error = e
    doc = _recovered_xml(path, read, settings) or _as_libreoffice_reads_it(path, kind, settings)
    if doc is None:
        raise error
    return doc


def _recovered_xml(path: str, read, settings: ParserSettings) -> Document | None:
    from parsers import rezip
    from parsers.copies import read_copy

    def make(folder: str) -> tuple[str, str] | None:
        found = rezip.recovered(path, folder)
        if found is None:
            return None
        names = ", ".join(found[1])
        return found[0], f"XML เสียใน {names} อ่านเท่าที่อ่านได้ / damaged XML in {names}, read as far as it goes"

    try:
        return read_copy(path, make, lambda copy: read(copy, settings))
    except Exception:  # noqa: BLE001 - not readable so either
        return None


def _as_libreoffice_reads_it(path: str, kind: str, settings: ParserSettings) -> Document | None:
    from parsers import legacy

    if legacy.soffice() is None:
        return None
    try:
        doc = legacy.parse(path, kind, settings)
    except Exception:  # noqa: BLE001 - not readable so either
        return None
    return None if doc.failed else doc


def _from_parts(path: str, settings: ParserSettings) -> Document | None:
    """A Word or Excel file cut short, read from the parts it still holds
    (``parsers.rezip``), with a ``damaged_file`` issue; None if its text is lost."""
    from parsers import rezip
    from parsers.copies import read_copy

    def make(folder: str) -> tuple[str, str] | None:
        rebuilt = rezip.rebuild(path, folder, settings)
        if rebuilt is None:
            return None
        th = f"สร้างไฟล์ใหม่จาก {rebuilt.parts} ส่วนที่ยังอยู่" + (" ข้อความถูกตัดท้าย" if rebuilt.cut_short else "")
        en = f"rebuilt from the {rebuilt.parts} parts still in it" + (", its text cut short" if rebuilt.cut_short else "")
        return rebuilt.path, f"{th} / {en}"

    return read_copy(path, make, lambda copy: parse(copy, settings))


def _failed(path: str, kind: str, code: str, detail: str) -> Document:
    return Document(path, kind, issues=[Issue(code, detail=detail)], failed=True)
