"""Check boxes and bullets of Word's symbol fonts as Unicode.

Word writes a check box or a bullet from a symbol font (Wingdings,
Wingdings 2, Symbol) as a byte of that font, not as a Unicode character. A
DOCX keeps the byte as ``w:sym`` (font, ``F0FE``) or as Private Use Area
text; a PDF's ToUnicode map gives the byte plus F000 (U+F0FE) or, from
some producers, the Latin-1 letter of the byte (``þ``). The same byte means
different things in different fonts: FE is ☑ in Wingdings, 52 (``R``) is
☑ in Wingdings 2, so the font decides.
"""

from __future__ import annotations

import re

WINGDINGS = {
    0xFE: "☑", 0xFD: "☒", 0xA8: "☐", 0x6F: "☐", 0x71: "☐", 0x78: "☒", 0xFC: "✓", 0xFB: "✗",
    0xA7: "▪", 0xD8: "➢", 0xE0: "➢", 0x76: "❖", 0x6C: "●", 0x6E: "■",  # Word's list bullets
}
WINGDINGS_2 = {0x52: "☑", 0x54: "☒", 0x53: "☒", 0xA3: "☐", 0x2A: "☐", 0x50: "✓", 0x4F: "✗"}
SYMBOL = {0xB7: "•"}
TABLES = {"wingdings": WINGDINGS, "wingdings2": WINGDINGS_2, "symbol": SYMBOL}

# A font's name as a PDF or DOCX gives it: a subset tag (``ABCDEF+``), a
# style (``-Regular``, ``,Bold``, ``MT``), spaces written ``#20`` or not.
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_FAMILY = re.compile(r"^(wingdings(?:2|3)?|symbol)(?:regular|bold|italic|mt|ps)*$")


def font_table(name: str | None) -> dict[int, str] | None:
    """The byte → character table of a symbol font named ``name``; None for
    any other font (Wingdings 3, whose arrows no report ticks with, too).

    >>> font_table("DAAAAA+Wingdings-Regular") is WINGDINGS
    True
    >>> font_table("Wingdings 2") is WINGDINGS_2, font_table("Wingdings#202") is WINGDINGS_2
    (True, True)
    >>> font_table("SymbolMT") is SYMBOL, font_table("TH SarabunPSK"), font_table(None)
    (True, None, None)
    """
    if not name:
        return None
    key = re.sub(r"#20|[^a-z0-9]", "", _SUBSET.sub("", name).lower())
    family = _FAMILY.match(key)
    return TABLES.get(family.group(1)) if family else None


def symbol_char(font: str | None, code: int) -> str:
    """The character byte ``code`` (or U+F000 + byte) draws in ``font``; a
    font not named, or not a symbol font, is taken for Wingdings, the font
    Word's check boxes come from. "" for a byte the table does not know.

    >>> symbol_char("Wingdings", 0xF0FE), symbol_char("Wingdings 2", 0x52), symbol_char(None, 0xA8)
    ('☑', '☑', '☐')
    >>> symbol_char("Symbol", 0xF0B7), symbol_char("Wingdings", 0x41)
    ('•', '')
    """
    return (font_table(font) or WINGDINGS).get(code & 0xFF, "")


def symbol_byte(text: str) -> int | None:
    """The symbol font's byte a PDF's text for one glyph stands for: U+F0xx
    (the byte plus F000, what Word's ToUnicode maps give) or a Latin-1 letter
    (the byte itself, from producers that drop the offset). None otherwise.

    >>> symbol_byte("\\uf0fe"), symbol_byte("þ"), symbol_byte("ก"), symbol_byte("ab")
    (254, 254, None, None)
    """
    if len(text) != 1:
        return None
    code = ord(text)
    return code & 0xFF if 0xF020 <= code <= 0xF0FF or 0x20 <= code <= 0xFF else None
