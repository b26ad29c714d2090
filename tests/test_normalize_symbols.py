"""normalize.symbols: symbol-font names and bytes, table-driven and properties."""

import pytest
from hypothesis import given, strategies as st

from normalize import symbols as S
from normalize.text import map_private_use

FONTS = [
    # (name as a PDF or DOCX gives it, table)
    ("Wingdings", S.WINGDINGS),
    ("ABCDEF+Wingdings-Regular", S.WINGDINGS),
    ("Wingdings,Bold", S.WINGDINGS),
    ("Wingdings 2", S.WINGDINGS_2),
    ("BAAAAA+Wingdings2", S.WINGDINGS_2),
    ("Wingdings#202", S.WINGDINGS_2),
    ("Symbol", S.SYMBOL),
    ("SymbolMT", S.SYMBOL),
    ("Wingdings 3", None),
    ("Webdings", None),
    ("TH SarabunPSK", None),
    ("BAAAAA+Laksaman", None),
    ("SymbolicThai", None),
    ("", None),
]


@pytest.mark.parametrize("name, table", FONTS)
def test_font_table(name, table):
    assert S.font_table(name) is table


CHARS = [
    # (font, code, character)
    ("Wingdings", 0xF0FE, "☑"),
    ("Wingdings", 0xFE, "☑"),
    ("Wingdings", 0xF0A8, "☐"),
    ("Wingdings", 0xF0FD, "☒"),
    ("Wingdings", 0xF0FC, "✓"),
    ("Wingdings", 0xF0A7, "▪"),
    ("Wingdings 2", 0xF052, "☑"),
    ("Wingdings 2", 0xF0A3, "☐"),
    ("Wingdings 2", 0xF0FE, ""),  # Wingdings' box is not Wingdings 2's
    ("Symbol", 0xF0B7, "•"),
    (None, 0xF0FE, "☑"),  # no font named: Wingdings, where Word's boxes come from
    ("TH SarabunPSK", 0xF0A8, "☐"),
]


@pytest.mark.parametrize("font, code, char", CHARS)
def test_symbol_char(font, code, char):
    assert S.symbol_char(font, code) == char


@given(st.sampled_from(sorted(S.TABLES)), st.integers(0x20, 0xFF))
def test_a_byte_and_its_private_code_point_are_the_same_glyph(family, byte):
    table = S.TABLES[family]
    assert S.symbol_byte(chr(0xF000 + byte)) == S.symbol_byte(chr(byte)) == byte
    assert S.symbol_char(family, 0xF000 + byte) == S.symbol_char(family, byte) == table.get(byte, "")


@given(st.text(alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), max_size=30))
def test_thai_text_is_no_symbol_byte_and_private_use_mapping_leaves_it(text):
    assert all(S.symbol_byte(c) is None for c in text)
    assert map_private_use(text + " \n" + text) == text + " \n" + text


@given(st.sampled_from(sorted(S.WINGDINGS)))
def test_private_use_mapping_agrees_with_wingdings_where_it_maps(byte):
    mapped = map_private_use(chr(0xF000 + byte))
    assert mapped in (S.WINGDINGS[byte], chr(0xF000 + byte))
