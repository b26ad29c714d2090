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
corrected from it. Fonts that are not installed, or whose outlines do not
match the installed font's, are left as they are.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from functools import lru_cache

from normalize.text import PUA_MAP

# fontTools warns about odd timestamps and broken tables of embedded subsets;
# a font it cannot read is simply left as it is.
logging.getLogger("fontTools").setLevel(logging.ERROR)

# Share of the embedded glyphs that must be found in the installed font
# before it is trusted: a different version of the font does not qualify.
MIN_MATCH = 0.9


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


def _outline_key(glyf, name: str):
    """The glyph's outline as a hashable value (None for an empty glyph)."""
    coords, ends, _ = glyf[name].getCoordinates(glyf)
    if not len(coords):
        return None
    return tuple(coords), tuple(ends)


@lru_cache(maxsize=8)
def outline_chars(path: str) -> dict:
    """Outline -> character for every glyph of an installed font that one
    character (or its Private Use Area variant) is drawn with."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    glyf = font["glyf"]
    chars: dict[str, set[str]] = {}
    for code, name in font.getBestCmap().items():
        char = chr(code)
        chars.setdefault(name, set()).add(PUA_MAP.get(code, char))
    out: dict = {}
    for name, found in chars.items():
        key = _outline_key(glyf, name)
        if key is None:
            continue
        char = found.pop() if len(found) == 1 else None
        # An outline two characters share tells nothing.
        out[key] = char if out.get(key, char) == char else None
    return out


def corrections(font_data: bytes, code_to_glyph, to_unicode: dict[int, str], reference: dict) -> dict[int, str]:
    """ToUnicode entries of Thai characters that the glyph outlines contradict.

    ``code_to_glyph(font, code)`` names the embedded glyph a character code
    draws; ``reference`` is :func:`outline_chars` of the installed font.
    """
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(font_data), lazy=True)
    if "glyf" not in font:
        return {}
    glyf = font["glyf"]
    seen = matched = 0
    fixes: dict[int, str] = {}
    for code, text in to_unicode.items():
        if not _is_thai(text):
            continue  # only Thai glyphs are checked, and they alone decide the match
        name = code_to_glyph(font, code)
        if name is None or name not in glyf:
            continue
        key = _outline_key(glyf, name)
        if key is None:
            continue
        seen += 1
        if key not in reference:
            continue
        matched += 1
        true = reference[key]
        if true and true != text and _is_thai(true):
            fixes[code] = true
    return fixes if seen and matched >= MIN_MATCH * seen else {}


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


def repair_page_fonts(page_obj, rsrcmgr, done: set) -> None:
    """Correct the character maps of the fonts a pdfminer page uses, in the
    font objects pdfminer caches for the whole file (``done`` holds the ids
    already looked at)."""
    from pdfminer.pdftypes import PDFObjRef, resolve1, stream_value

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
            name = resolve1(spec.get("BaseFont"))
            name = getattr(name, "name", "").split("+")[-1]
            path = installed_fonts().get(name)
            if not path:
                continue
            subtype = getattr(resolve1(spec.get("Subtype")), "name", "")
            if subtype == "Type0":
                descendant = resolve1(resolve1(spec["DescendantFonts"])[0])
                gid_map = resolve1(descendant.get("CIDToGIDMap"))
                glyph = _cid_glyph(None if getattr(gid_map, "name", "Identity") == "Identity"
                                   else stream_value(gid_map).get_data())
                descriptor = resolve1(descendant["FontDescriptor"])
            elif subtype == "TrueType":
                glyph, descriptor = _simple_glyph, resolve1(spec["FontDescriptor"])
            else:
                continue
            table = getattr(rsrcmgr.get_font(ref.objid, spec).unicode_map, "cid2unichr", None)
            if table and any(map(_is_thai, table.values())):
                data = stream_value(resolve1(descriptor["FontFile2"])).get_data()
                table.update(corrections(data, glyph, table, outline_chars(path)))
        except Exception:  # noqa: BLE001 - a font this cannot read keeps its own map
            continue
