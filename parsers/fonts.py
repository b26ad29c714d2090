"""Glyph-to-character repair for PDF fonts whose ToUnicode map is wrong.

A PDF's text layer is only as good as each font's ToUnicode map, and
LibreOffice's is wrong for Thai: it gives one entry per glyph, taken from the
cluster the glyph first appeared in, and in a cluster of a consonant with two
marks the second mark's glyph can get the first mark's character. From then
on the whole file reads that mark wrongly: every ้ as ู (``ผูู้รับผิดชอบ``,
``ลูกจูาง``) or sara uu as mai ek (``ส่งสุด`` for ``สูงสุด``), depending on
which word came first. Measured on LibreOffice exports with Debian's tlwg
fonts, the fonts that stand in for TH Sarabun there.

LibreOffice also wraps those glyphs in /ActualText spans with the right
characters (``parsers.actualtext``): where a file has them, they are used
and this repair is left out. Other files, and other producers' wrong maps,
have only the outlines.

The embedded font keeps the glyph outlines. Where the same font is installed
here, its own cmap says which character each outline is (variant glyphs such
as a lowered tone mark sit in the Thai Private Use Area, mapped back by
``normalize.text.PUA_MAP``), and the ToUnicode entries of Thai characters are
corrected from it. A font with no ToUnicode map at all (Ghostscript leaves
none when it re-writes a PDF through PostScript) gets one from the outlines,
every character (a glyph with no outline, a space, by its advance width).
Fonts that are not installed, or whose outlines do not match the installed
font's, are left as they are.

Files printed to PDF through PostScript (PDFCreator, Ghostscript) name each
glyph in the font's /Differences instead, with the names Windows Thai fonts
give their glyphs: ``afii59681;`` for ก, ``f70e;`` for a lowered tone mark.
Ghostscript writes a ToUnicode entry only for the names it knows, and
pdfminer knows none of these, so the rest of the codes read as the Latin
letters of the base encoding. Those codes are read from the glyph names
(:func:`glyph_name_char`), installed font or not.
"""

from __future__ import annotations

import io
import logging
import re
import shutil
import subprocess
from functools import lru_cache

from normalize import symbols
from normalize.text import PUA_MAP

# fontTools warns about odd timestamps and broken tables of embedded subsets;
# a font it cannot read is simply left as it is.
logging.getLogger("fontTools").setLevel(logging.ERROR)

# Share of the embedded glyphs that must be found in the installed font
# before it is trusted: a different version of the font does not qualify.
MIN_MATCH = 0.9


# Adobe's names for the Thai block, in code point order (afii59681 is U+0E01)
# but for sara a and mai han-akat, which the Adobe Glyph List has swapped.
_AFII_THAI = re.compile(r"afii(59[6-7]\d\d)")
_AFII_OFFSET = 59681 - 0x0E01
_AFII_SWAPPED = {"afii59728": "\u0e31", "afii59729": "\u0e30"}
# Windows Thai fonts' positional variants (a tone mark set lower, a sara
# without its tail) are named by their Private Use Area code point.
_PRIVATE_NAME = re.compile(r"f(7[0-4][0-9a-f])")


def glyph_name_char(name: str) -> str | None:
    """The character a glyph name stands for, as Windows Thai fonts (Angsana
    New, Cordia New) name their glyphs, a ``;`` at the end included; None
    for a name that says nothing (``glyph201``).

    >>> glyph_name_char("afii59681"), glyph_name_char("afii59682;"), glyph_name_char("uni0E33")
    ('ก', 'ข', 'ำ')
    >>> glyph_name_char("afii59728;") + glyph_name_char("afii59729;"), glyph_name_char("kokaithai")
    ('ัะ', 'ก')
    >>> glyph_name_char("f70e;"), glyph_name_char("quotedblleft;"), glyph_name_char("glyph201")
    ('์', '“', None)
    """
    from fontTools import agl

    name = name.rstrip(";").split(".")[0]  # a suffix (.alt, .small) names a variant of the same character
    if name in _AFII_SWAPPED:
        return _AFII_SWAPPED[name]
    afii = _AFII_THAI.fullmatch(name)
    if afii and 0x0E01 <= int(afii[1]) - _AFII_OFFSET <= 0x0E5B:
        return chr(int(afii[1]) - _AFII_OFFSET)
    private = _PRIVATE_NAME.fullmatch(name)
    if private:
        code = 0xF000 + int(private[1], 16)
        return PUA_MAP.get(code, chr(code))
    return agl.toUnicode(name) or None


def _is_thai(char: str) -> bool:
    return len(char) == 1 and "\u0e01" <= char <= "\u0e5b"


@lru_cache(maxsize=1)
def installed_fonts() -> dict[str, str]:
    """PostScript name -> font file, for the TrueType fonts fontconfig knows."""
    if not shutil.which("fc-list"):
        return {}
    try:
        out = subprocess.run(["fc-list", "--format", "%{postscriptname}\t%{file}\n"],
                             capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    fonts = {}
    for line in out.splitlines():
        name, _, path = line.partition("\t")
        if name and path.lower().endswith(".ttf"):
            fonts.setdefault(name, path)
    return fonts


def _outline_key(font, name: str):
    """The glyph's outline as a hashable value; for a glyph with none (a
    space), its advance width."""
    glyf = font["glyf"]
    coords, ends, _ = glyf[name].getCoordinates(glyf)
    if not len(coords):
        return "blank", font["hmtx"][name][0]
    return tuple(coords), tuple(ends)


def _plainest(chars: set[str]) -> str | None:
    """Of the characters one outline draws, the one it stands for: the
    only one, else the only one outside the Private Use Area (ฏ before its
    variant U+F71C), else the only ASCII one (a hyphen before a soft hyphen,
    a space before a no-break space); None if that does not decide.

    >>> _plainest({"-", "\xad"}), _plainest({" ", "\xa0"}), _plainest({"ฏ", "\uf71c"}), _plainest({"ก", "ข"})
    ('-', ' ', 'ฏ', None)
    """
    for pick in (lambda c: True, lambda c: not "\ue000" <= c <= "\uf8ff", str.isascii):
        found = [c for c in chars if pick(c)]
        if len(found) == 1:
            return found[0]
    return None


@lru_cache(maxsize=8)
def outline_chars(path: str) -> dict:
    """Outline -> character for every glyph of an installed font that one
    character (or its Private Use Area variant) is drawn with."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    chars: dict[object, set[str]] = {}
    for code, name in font.getBestCmap().items():
        chars.setdefault(_outline_key(font, name), set()).add(PUA_MAP.get(code, chr(code)))
    # An outline characters share stands for the plainest of them, if one is.
    return {key: _plainest(found) for key, found in chars.items()}


def outline_map(font_data: bytes, code_to_glyph, codes, reference: dict) -> dict[int, str | None]:
    """The character (None: ambiguous) of each of ``codes`` (None: every
    glyph id of the font) whose embedded glyph outline is one of
    ``reference`` (:func:`outline_chars` of the installed font), if at least
    MIN_MATCH of the codes' outlines are found there; else nothing (another
    font, or another version of it).
    ``code_to_glyph(font, code)`` names the embedded glyph a code draws."""
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(font_data), lazy=True)
    if "glyf" not in font:
        return {}
    glyf = font["glyf"]
    seen = 0
    found: dict[int, str | None] = {}
    for code in range(font["maxp"].numGlyphs) if codes is None else codes:
        name = code_to_glyph(font, code)
        if name is None or name not in glyf:
            continue
        key = _outline_key(font, name)
        if key[0] == "blank" and key[1] == 0:
            continue  # .notdef-like: nothing drawn, no room taken
        seen += 1
        if key in reference:
            found[code] = reference[key]
    return found if seen and len(found) >= MIN_MATCH * seen else {}


def corrections(font_data: bytes, code_to_glyph, to_unicode: dict[int, str], reference: dict) -> dict[int, str]:
    """ToUnicode entries of Thai characters that the glyph outlines
    contradict (only Thai glyphs are checked, and they alone decide the match)."""
    thai = [code for code, text in to_unicode.items() if _is_thai(text)]
    found = outline_map(font_data, code_to_glyph, thai, reference)
    return {code: true for code, true in found.items() if true and true != to_unicode[code] and _is_thai(true)}


def _simple_glyph(font, code: int):
    """Glyph of a one-byte code in an embedded TrueType subset: exporters map
    codes through a (3,0) symbol or a (1,0) Mac table."""
    for table in font["cmap"].tables:
        if (table.platformID, table.platEncID) == (3, 0):
            name = table.cmap.get(0xF000 + code) or table.cmap.get(code)
        else:
            name = table.cmap.get(code)
        if name:
            return name
    return None


def _cid_glyph(cid_to_gid: bytes | None):
    def glyph(font, cid: int):
        if cid_to_gid is None:
            gid = cid  # /Identity
        elif 2 * cid + 1 < len(cid_to_gid):
            gid = int.from_bytes(cid_to_gid[2 * cid:2 * cid + 2], "big")
        else:
            return None
        return font.getGlyphName(gid) if gid < font["maxp"].numGlyphs else None
    return glyph


def repair_page_fonts(page_obj, rsrcmgr, done: set, outlines: bool = True) -> None:
    """Correct the character maps of the fonts a pdfminer page uses, in the
    font objects pdfminer caches for the whole file (``done`` holds the ids
    already looked at): codes left unmapped are read from their glyph names,
    a font without a map gets one from its font program, and with
    ``outlines`` Thai entries of a map are checked against the installed
    font's outlines."""
    from pdfminer.pdftypes import PDFObjRef, resolve1

    try:
        fonts = dict(resolve1((page_obj.resources or {}).get("Font")) or {})
    except (TypeError, ValueError, AttributeError):
        return  # a malformed resource dictionary: pdfminer reads what it can
    for ref in fonts.values():
        if not isinstance(ref, PDFObjRef) or ref.objid in done:
            continue
        done.add(ref.objid)
        try:
            spec = resolve1(ref)
            font = rsrcmgr.get_font(ref.objid, spec)
            _name_unmapped_codes(font, spec)
            _from_font_program(font, spec, outlines)
            _symbol_font(font, spec)
        except Exception:  # noqa: BLE001 - a font this cannot read keeps its own map
            continue


def _name_unmapped_codes(font, spec) -> None:
    """Give each code of a simple font's /Differences that neither ToUnicode
    nor pdfminer's glyph list maps the character its glyph name says. A name
    that says nothing unmaps the code: it draws that glyph, not the base
    encoding's letter pdfminer left there."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    encoding = resolve1(spec.get("Encoding"))
    if not isinstance(encoding, dict) or not hasattr(font, "cid2unicode"):
        return
    mapped = getattr(font.unicode_map, "cid2unichr", {})
    font.cid2unicode = dict(font.cid2unicode)  # pdfminer may share it with other fonts
    code = 0
    for item in resolve1(encoding.get("Differences")) or []:
        if isinstance(item, int):
            code = item
            continue
        if isinstance(item, PSLiteral) and code not in mapped and not _known_name(str(item.name)):
            char = glyph_name_char(str(item.name))
            if char:
                font.cid2unicode[code] = char
            else:
                font.cid2unicode.pop(code, None)
        code += 1


def _known_name(name: str) -> bool:
    """A glyph name pdfminer's glyph list maps itself."""
    from pdfminer.encodingdb import name2unicode

    try:
        name2unicode(name)
        return True
    except (KeyError, ValueError):
        return False


def _from_font_program(font, spec, correct: bool) -> None:
    """For a font installed here, what its embedded outlines say each glyph
    is. A font without a ToUnicode map (Ghostscript re-writing a PDF through
    PostScript leaves none) has all its codes read from them: pdfminer's
    guess from the base encoding is wrong for a subset, and the font's own
    cmap, which pdfminer reads for a CID font, leaves out the variant glyphs
    Thai marks are drawn with. With ``correct``, the Thai entries of a
    ToUnicode map are checked against them (:func:`corrections`)."""
    from pdfminer.cmapdb import FileUnicodeMap
    from pdfminer.pdftypes import resolve1, stream_value

    path = installed_fonts().get(getattr(resolve1(spec.get("BaseFont")), "name", "").split("+")[-1])
    if not path:
        return
    subtype = getattr(resolve1(spec.get("Subtype")), "name", "")
    if subtype == "Type0":
        descendant = resolve1(resolve1(spec["DescendantFonts"])[0])
        gid_map = resolve1(descendant.get("CIDToGIDMap"))
        gids = None if getattr(gid_map, "name", "Identity") == "Identity" else stream_value(gid_map).get_data()
        glyph, descriptor = _cid_glyph(gids), resolve1(descendant["FontDescriptor"])
        codes = None if gids is None else range(len(gids) // 2)  # None: as many as the font has glyphs
    elif subtype == "TrueType":
        glyph, descriptor, codes = _simple_glyph, resolve1(spec["FontDescriptor"]), range(256)
    else:
        return
    data = lambda: stream_value(resolve1(descriptor["FontFile2"])).get_data()  # noqa: E731 - read once needed
    table = getattr(font.unicode_map, "cid2unichr", None) or {}
    if "ToUnicode" not in spec:
        found = outline_map(data(), glyph, codes, outline_chars(path))
        if subtype == "Type0":
            font.unicode_map = FileUnicodeMap()  # a new one: pdfminer may share its own among fonts
            font.unicode_map.cid2unichr.update(table)
            font.unicode_map.cid2unichr.update((code, char) for code, char in found.items() if char)
        elif found:  # a copy: without /Differences pdfminer shares one encoding's table among fonts
            # A glyph the outlines cannot tell is not the base encoding's letter either.
            font.cid2unicode = {code: char for code, char in {**font.cid2unicode, **found}.items() if char}
    elif correct and any(map(_is_thai, table.values())):
        table.update(corrections(data(), glyph, table, outline_chars(path)))


def _symbol_font(font, spec) -> None:
    """A Wingdings, Wingdings 2 or Symbol font's codes as the check boxes and
    bullets they draw (``normalize.symbols``): Word's ToUnicode map gives
    the font's byte plus F000 (U+F0FE for ☑), other producers the byte as a
    Latin-1 letter (``þ``), and a code neither maps is the byte itself in a
    simple font. A byte the font's table does not know keeps its map."""
    from pdfminer.cmapdb import FileUnicodeMap
    from pdfminer.pdftypes import resolve1

    table = symbols.font_table(getattr(resolve1(spec.get("BaseFont")), "name", ""))
    if table is None:
        return

    def remapped(codes: dict) -> dict:
        return {code: table.get(symbols.symbol_byte(text), text) for code, text in codes.items()}

    mapped = getattr(font.unicode_map, "cid2unichr", None)
    if mapped is not None:
        font.unicode_map = FileUnicodeMap()  # a new one: pdfminer may share its own among fonts
        font.unicode_map.cid2unichr.update(remapped(mapped))
    if hasattr(font, "cid2unicode"):  # a simple font: codes are the font's bytes
        font.cid2unicode = remapped(font.cid2unicode)
        for code in range(0x20, 0x100):
            if code in table and (mapped is None or code not in mapped) and code not in font.cid2unicode:
                font.cid2unicode[code] = table[code]
