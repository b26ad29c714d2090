"""What an OLE compound file holds: Word 97-2003 (.doc), Excel 97-2003
(.xls), or an Office 2007+ file saved with a password (its zip is inside,
encrypted). All three start with the same eight bytes; their streams tell
them apart (olefile reads the directory)."""

from __future__ import annotations

import struct

_WORD_ENCRYPTED = 0x0100  # FIB flags (WordDocument stream, offset 10): fEncrypted
_XLS_FILEPASS = 0x002F  # BIFF record: the workbook is encrypted
_XLS_BOF = 0x0809


def kind(path) -> str:
    """doc, xls, encrypted (a password-protected .doc, .xls, .docx or
    .xlsx), or unknown (another program's compound file; or damaged)."""
    import olefile

    try:
        with olefile.OleFileIO(path) as ole:
            if ole.exists("EncryptedPackage"):  # Office 2007+ with a password
                return "encrypted"
            if ole.exists("WordDocument"):
                head = ole.openstream("WordDocument").read(12)
                flags = struct.unpack_from("<H", head, 10)[0] if len(head) >= 12 else 0
                return "encrypted" if flags & _WORD_ENCRYPTED else "doc"
            for name in ("Workbook", "Book"):
                if ole.exists(name):
                    return "encrypted" if _xls_encrypted(ole.openstream(name).read(4096)) else "xls"
    except (OSError, ValueError, struct.error):
        return "doc"  # a damaged Word file most likely: LibreOffice will say
    return "unknown"


def _xls_encrypted(stream: bytes) -> bool:
    """A FILEPASS record among the first records after the BOF.

    >>> _xls_encrypted(struct.pack("<HH", _XLS_BOF, 2) + b"\\x00\\x06" + struct.pack("<HH", _XLS_FILEPASS, 0))
    True
    >>> _xls_encrypted(struct.pack("<HH", _XLS_BOF, 0) + struct.pack("<HH", 0x00E1, 0))
    False
    """
    at = 0
    for _ in range(16):
        if at + 4 > len(stream):
            break
        record, size = struct.unpack_from("<HH", stream, at)
        if record == _XLS_FILEPASS:
            return True
        at += 4 + size
    return False
