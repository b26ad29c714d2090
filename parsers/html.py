"""Web pages as reports: HTML and MHTML (a web archive: Word's "Single File
Web Page", .mht). Web systems export "Word" files that are HTML named .doc;
Word opens them, so offices send them on. LibreOffice converts them to DOCX
(``parsers.legacy``); this module hands it the page, without anything that
would make it fetch from the network."""

from __future__ import annotations

import email
import email.policy
import re

# Elements that load something from elsewhere (or run something): none is content.
_FETCHING = re.compile(
    rb"<(script|iframe|object|noscript)\b.*?</\1\s*>"
    rb"|<(?:link|img|embed|base|source|input|meta\s+http-equiv=[\"']?refresh)\b[^>]*>"
    rb"|@import\b[^;]*;?"
    rb"|url\([^)]*\)",
    re.I | re.S)


def without_fetching(page: bytes) -> bytes:
    """The page without scripts, frames, pictures, linked styles and CSS
    ``url(...)``: what a converter would fetch from the network.

    >>> without_fetching(b'<p>\\xe0\\xb8\\x81<img src="http://x/a.png"></p><script>a()</script>')
    b'<p>\\xe0\\xb8\\x81</p>'
    """
    return _FETCHING.sub(b"", page)


def from_mhtml(data: bytes) -> bytes:
    """The HTML page of a web archive (its first ``text/html`` part, decoded
    from quoted-printable or base64, in its own character set). Empty if it
    has none."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            body = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset and b"charset" not in body[:4096].lower():
                # The archive's header named the character set; the page
                # itself must, for LibreOffice (Thai pages: often windows-874).
                body = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'.encode() + body
            return body
    return b""
