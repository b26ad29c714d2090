"""The parts of a Word or Excel file (a zip) cut short.

A download that stopped loses the zip's directory, which is at its end, and
no zip reader opens the file. Its parts are still there, each behind a
header of its own, in the order they were written; Word writes the
document's text (``word/document.xml``) third, before its pictures, styles
and settings. They are read here one by one. A part cut short, or failing
its checksum, is dropped, except the text (the document, a sheet), which
keeps what it holds (its open elements closed). Relationships to lost parts
are dropped, and the parts go into a new zip that the DOCX or XLSX parser
reads.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from parsers.deflate import inflate
from parsers.settings import ParserSettings

_LOCAL = struct.Struct("<4sHHHHHIIIHH")  # signature, version, flags, method, time, date, crc, sizes, name/extra lengths
_LOCAL_SIGNATURE = b"PK\x03\x04"
# Parts that hold the text: cut short, they keep what they hold.
_TEXT_PART = re.compile(r"word/document\.xml|xl/worksheets/[^/]+\.xml|xl/sharedStrings\.xml")

# Content types for a file whose [Content_Types].xml was lost.
_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_TYPES = {"word/document.xml": _WORD + "document.main+xml", "word/styles.xml": _WORD + "styles+xml",
          "word/numbering.xml": _WORD + "numbering+xml", "word/settings.xml": _WORD + "settings+xml",
          "xl/workbook.xml": _SHEET + "sheet.main+xml", "xl/styles.xml": _SHEET + "styles+xml",
          "xl/sharedStrings.xml": _SHEET + "sharedStrings+xml"}
_SHEET_TYPE = _SHEET + "worksheet+xml"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


@dataclass(frozen=True)
class Part:
    name: str
    content: bytes
    whole: bool  # False: cut short (only the text is kept so: _TEXT_PART)
    flags: int = 0  # the zip's flags for it (0x800: its name is UTF-8)


class TooLarge(Exception):
    """The parts expand beyond the zip bomb guard."""

    finding_code = "unsafe_file"


def parts(data: bytes, max_bytes: int) -> Iterator[Part]:
    """The parts of a zip's bytes (or a memory map of them), from their
    local headers, in file order, one at a time, each whole or not (cut
    short, or failing its checksum) with what it holds. Names are as zipfile gives them (cp437 unless marked
    UTF-8).

    >>> import io
    >>> buf = io.BytesIO()
    >>> with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    ...     z.writestr("a.xml", "<a>" + " ".join(str(i * 7919 % 10007) for i in range(3000)) + "</a>")
    ...     z.writestr("b.xml", "<b/>")
    >>> cut = buf.getvalue()[:300]  # the directory and most of a.xml lost
    >>> [(p.name, p.whole, p.content[:3]) for p in parts(cut, 1 << 20)]
    [('a.xml', False, b'<a>')]
    """
    total = 0
    at = data.find(_LOCAL_SIGNATURE)
    while 0 <= at and at + _LOCAL.size <= len(data):
        _, _, flags, method, _, _, crc, packed, size, name_len, extra_len = _LOCAL.unpack_from(data, at)
        raw = data[at + _LOCAL.size:at + _LOCAL.size + name_len]
        name = raw.decode("utf-8", "replace") if flags & 0x800 else raw.decode("cp437")
        start = at + _LOCAL.size + name_len + extra_len
        sized = not flags & 0x08  # else the sizes follow the data
        if method == 8:
            content, end, whole = inflate(data, start, start + packed if sized else None, max_bytes - total)
            if content is None:
                raise TooLarge(f"the parts expand beyond {max_bytes} bytes")
        elif method == 0 and sized:
            content, end = data[start:start + packed], start + packed
            whole = end <= len(data)
        else:
            break  # a compression not used by Office, or a stored part of unknown size
        if whole and sized and zlib.crc32(content) != crc:
            whole = False  # damaged inside: what it holds past the damage is noise
        total += len(content)
        if total > max_bytes:
            raise TooLarge(f"the parts expand beyond {max_bytes} bytes")
        if name and not name.endswith("/"):
            yield Part(name, content, whole, flags)
        if not whole and end >= len(data):
            break  # cut short here: nothing follows
        at = data.find(_LOCAL_SIGNATURE, end)


def own_directory(z: zipfile.ZipFile, path) -> bool:
    """Whether the directory zipfile found is the file's own. Cut short, a
    zip whose last whole member is stored (a DOCX in a zip of submissions,
    a workbook in a DOCX) ends in that member's directory, and zipfile reads
    the member's parts as the file's, as if the rest were data before a zip.

    >>> import io
    >>> inner = io.BytesIO()
    >>> with zipfile.ZipFile(inner, "w") as z:
    ...     z.writestr("word/document.xml", "<w:document/>")
    >>> outer = io.BytesIO()
    >>> with zipfile.ZipFile(outer, "w") as z:
    ...     z.writestr("a.docx", inner.getvalue()); z.writestr("b.pdf", b"%PDF-1.4" * 1000)
    >>> cut = outer.getvalue()[:outer.getvalue().index(b"b.pdf")]
    >>> with zipfile.ZipFile(io.BytesIO(cut)) as z:
    ...     z.namelist(), own_directory(z, io.BytesIO(cut))
    (['word/document.xml'], False)
    """
    infos = z.infolist()
    if not infos:
        return True
    if hasattr(path, "seek"):
        path.seek(0)
        head = path.read(1 << 16)
    else:
        with open(path, "rb") as f:
            head = f.read(1 << 16)
    return min(i.header_offset for i in infos) == head.find(_LOCAL_SIGNATURE)


def _xml_parser(recover: bool = False):
    """lxml's parser with no entities, no DTD and no network."""
    from lxml import etree

    return etree.XMLParser(recover=recover, resolve_entities=False, no_network=True, load_dtd=False)


def _closed_xml(content: bytes) -> bytes | None:
    """An XML part cut short with its open elements closed (lxml's recovering
    parser; no entities, no network), or None when it holds nothing inside
    its root."""
    from lxml import etree

    try:
        root = etree.fromstring(content, _xml_parser(recover=True))
    except etree.XMLSyntaxError:
        return None
    if root is None or not len(root):
        return None  # cut before its first element (a document's body): nothing to read
    closed = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    try:  # noise read as XML (damage inside, not a cut) may not make well-formed names
        etree.fromstring(closed, _xml_parser())
    except etree.XMLSyntaxError:
        return None
    return closed


def _kept_relationships(rels_name: str, content: bytes, names: set[str]) -> bytes:
    """A relationships part without its relationships to parts that were lost."""
    from lxml import etree

    root = etree.fromstring(content, _xml_parser())
    base = posixpath.dirname(posixpath.dirname(rels_name))  # word/_rels/document.xml.rels -> word
    for rel in list(root):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        if path not in names:
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _content_types(names: set[str]) -> bytes:
    overrides = "".join(f'<Override PartName="/{n}" ContentType="{t}"/>' for n, t in _TYPES.items() if n in names)
    overrides += "".join(f'<Override PartName="/{n}" ContentType="{_SHEET_TYPE}"/>' for n in sorted(names)
                         if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>'
            f'{overrides}</Types>').encode()


def recovered(path: str, folder: str) -> tuple[str, list[str]] | None:
    """A copy in ``folder`` of a DOCX or XLSX whose zip is sound but whose
    text parts (the document, a sheet) are not well-formed XML (a byte
    damaged inside, a program's bug), each as lxml's recovering parser reads
    it, and the parts so read; None if each is well-formed, or one is not
    readable at all. The caller has checked the zip against bombs."""
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        kept = {info.filename: z.read(info) for info in z.infolist() if not info.is_dir()}
    mended = []
    for name, content in kept.items():
        if not _TEXT_PART.fullmatch(name):
            continue
        try:
            etree.fromstring(content, _xml_parser())
        except etree.XMLSyntaxError:
            closed = _closed_xml(content)
            if closed is None:
                return None
            kept[name] = closed
            mended.append(name)
    if not mended:
        return None
    out = f"{folder}/recovered{Path(path).suffix}"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in kept.items():
            z.writestr(name, content)
    return out, mended


@dataclass(frozen=True)
class Rebuilt:
    path: str
    parts: int  # parts of the damaged file kept
    cut_short: bool  # an XML part (the document's text, a sheet) holds only what came before the cut


def rebuild(path: str, folder: str, settings: ParserSettings) -> Rebuilt | None:
    """A new DOCX or XLSX in ``folder`` made of the parts a damaged one still
    holds; None if its main part (the document's text, the workbook) is lost."""
    with open(path, "rb") as f:
        found = list(parts(f.read(), settings.max_unzipped_bytes))
    kept: dict[str, bytes] = {}
    cut = False
    for part in found:
        if part.whole:
            kept[part.name] = part.content
        elif _TEXT_PART.fullmatch(part.name) and (closed := _closed_xml(part.content)) is not None:
            kept[part.name], cut = closed, True  # a style or setting cut short is better lost
    taken = sum(p.name in kept for p in found)
    if "word/document.xml" in kept:
        suffix = "docx"
    elif "xl/workbook.xml" in kept:
        suffix = "xlsx"
    else:
        return None
    names = set(kept)
    if "[Content_Types].xml" not in kept:
        kept["[Content_Types].xml"] = _content_types(names)
    if "_rels/.rels" not in kept:
        main = "word/document.xml" if suffix == "docx" else "xl/workbook.xml"
        kept["_rels/.rels"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                               f'<Relationships xmlns="{_RELATIONSHIPS}"><Relationship Id="rId1" '
                               f'Type="{_OFFICE_DOCUMENT}" Target="{main}"/></Relationships>').encode()
    names = set(kept)
    out = f"{folder}/repaired.{suffix}"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in kept.items():
            if name.endswith(".rels"):
                content = _kept_relationships(name, content, names)
            z.writestr(name, content)
    return Rebuilt(out, taken, cut)
