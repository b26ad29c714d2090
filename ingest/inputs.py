"""Turn the command line's inputs into a list of files to convert.

Folders are searched recursively; a ``.zip`` of submissions is unpacked into a
temporary folder (members with absolute paths or ``..`` are refused, and the
archive's total size and ratio are capped); one cut short gives the files
still in it; one sent as text (every LF made CR LF) is changed back first.
"""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

EXTENSIONS = {".pdf", ".docx", ".xlsx", ".doc", ".xls", ".rtf", ".odt", ".htm", ".html", ".mht", ".mhtml"}
MAX_ZIP_BYTES = 2 * 1024**3
MAX_ZIP_RATIO = 200


@dataclass
class InputFile:
    path: Path  # where to read it
    source: str  # what to call it in the dataset (zip members: archive.zip!member)
    refused: str | None = None  # why it gives no file to convert (an unsafe member; an archive cut short)
    code: str = "unsafe_file"  # the finding a refusal gives


_UTF8_NAME = 0x800  # zip flag: the member's name is UTF-8


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as it was written. Zips made by Windows on a Thai
    system store names in the Thai code page (cp874) without saying so;
    Python reads them as cp437 (``¿Ã§¡Ò``). Such a name is read as Thai when
    it decodes as cp874 and holds Thai letters.

    >>> info = zipfile.ZipInfo("รายงาน.pdf".encode("cp874").decode("cp437"))
    >>> member_name(info)
    'รายงาน.pdf'
    >>> member_name(zipfile.ZipInfo("report.pdf"))
    'report.pdf'
    """
    name = info.filename
    if info.flag_bits & _UTF8_NAME:
        return name
    try:
        thai = name.encode("cp437").decode("cp874")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return name
    return thai if any("\u0e01" <= ch <= "\u0e5b" for ch in thai) else name


def _unsafe_member(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    return p.is_absolute() or ".." in p.parts or (len(name) > 1 and name[1] == ":")


def _target(archive: Path, dest: Path, index: int, name: str) -> InputFile | None:
    """Where a member goes, as the file to convert; refused if its path is
    unsafe; None if it is not a report's type."""
    source = f"{archive}!{name}"
    if _unsafe_member(name):
        return InputFile(archive, source, refused=f"unsafe member path: {name}")
    if Path(name).suffix.lower() not in EXTENSIONS:
        return None
    return InputFile(dest / f"{index:05d}{Path(name).suffix.lower()}", source)


def expand_zip(archive: Path, workdir: Path, data: Path | None = None) -> list[InputFile]:
    """The files in a zip of submissions (read from ``data``, a repaired copy, if given)."""
    from parsers.rezip import own_directory

    out: list[InputFile] = []
    data = data or archive
    with zipfile.ZipFile(data) as z:
        if not own_directory(z, data):
            raise zipfile.BadZipFile("cut short: the directory found is a member's")
        infos = [i for i in z.infolist() if not i.is_dir()]
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if total > MAX_ZIP_BYTES or total / packed > MAX_ZIP_RATIO:
            return [InputFile(archive, str(archive), refused=f"zip expands to {total} bytes")]
        dest = Path(tempfile.mkdtemp(prefix="zip-", dir=workdir))
        for i, info in enumerate(infos):
            f = _target(archive, dest, i, member_name(info))
            if f is None:
                continue
            if not f.refused:
                with z.open(info) as src, open(f.path, "wb") as dst:
                    dst.write(src.read())
            out.append(f)
    return out


def expand_damaged_zip(archive: Path, workdir: Path, error: Exception) -> list[InputFile]:
    """A zip of submissions cut short (its directory, at the end, lost): the
    files still in it, each from its own header (``parsers.rezip``); the one
    the cut went through goes on as far as it goes (its parser reads what it
    can). The archive gets a ``damaged_file`` row of its own: the files after
    the cut are lost."""
    import mmap

    from parsers.rezip import TooLarge, parts

    out: list[InputFile] = []
    dest = Path(tempfile.mkdtemp(prefix="zip-", dir=workdir))
    try:
        with open(archive, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for i, part in enumerate(parts(data, MAX_ZIP_BYTES)):  # a member in memory at a time
                info = zipfile.ZipInfo(part.name)
                info.flag_bits = part.flags
                f = _target(archive, dest, i, member_name(info))
                if f is None:
                    continue
                if not f.refused:
                    f.path.write_bytes(part.content)
                out.append(f)
    except (TooLarge, ValueError, OSError) as e:  # ValueError: an empty file cannot be mapped
        return [InputFile(archive, str(archive), refused=f"bad zip: {error} ({e})")]
    if not out:
        return [InputFile(archive, str(archive), refused=f"bad zip: {error}")]
    n = sum(1 for f in out if not f.refused)
    out.append(InputFile(archive, str(archive), code="damaged_file",
                         refused=f"ไฟล์ ZIP ถูกตัดท้าย อ่านได้ {n} ไฟล์ ไฟล์หลังจุดที่ขาดหายไป / "
                                 f"the zip is cut short: {n} file{'s' * (n != 1)} read from it; any after the cut are lost"))
    return out


def expand_sent_as_text(archive: Path, workdir: Path) -> list[InputFile]:
    """A zip of submissions sent as text (every LF made CR LF: FTP's ASCII
    mode), changed back byte for byte (``parsers.textmode``) and unpacked; it
    gets a ``text_mode_transfer`` row of its own. Empty if it was not sent so."""
    from parsers import textmode

    if not textmode.file_sent_as_text(archive):
        return []
    restored = Path(tempfile.mkdtemp(prefix="zip-", dir=workdir)) / "restored.zip"
    textmode.restore_file(archive, restored)
    try:
        out = expand_zip(archive, workdir, restored)
    except zipfile.BadZipFile:
        return []
    return out + [InputFile(archive, str(archive), code="text_mode_transfer",
                            refused="ไฟล์ ZIP ถูกส่งแบบข้อความ แปลงกลับแล้ว / the zip was sent as text, changed back")]


def collect(inputs: list[str | Path], workdir: Path) -> list[InputFile]:
    """Every convertible file under the inputs, in a stable order."""
    out: list[InputFile] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files = sorted(p for p in item.rglob("*") if p.is_file())
        else:
            files = [item]
        for f in files:
            suffix = f.suffix.lower()
            if suffix == ".zip":
                try:
                    out.extend(expand_zip(f, workdir))
                except zipfile.BadZipFile as e:
                    out.extend(expand_sent_as_text(f, workdir) or expand_damaged_zip(f, workdir, e))
                except OSError as e:
                    out.append(InputFile(f, str(f), refused=f"bad zip: {e}"))
            elif suffix in EXTENSIONS or not item.is_dir():
                out.append(InputFile(f, str(f)))
    return out


def file_id(path: str | Path) -> str:
    """sha256 hex of the file bytes: the document's identity across runs."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
