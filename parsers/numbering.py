"""Word list numbers (``1.``, ``๑)``, ``ก.``, bullets) as the reader sees them.

A numbered paragraph in DOCX holds only its text; Word draws the number from
``numbering.xml`` (the paragraph's own ``w:numPr`` or its style's), counting
the paragraphs of the same list in document order. PDF exports show the
number, so without it a DOCX report and its PDF would read differently, and a
cell's steps (``1. … 2. …``) would run together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.oxml.ns import qn

from normalize.digits import thai_digits
from normalize.text import BULLETS

_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหอฮ"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_PLACEHOLDER = re.compile(r"%([1-9])")


def _roman(n: int) -> str:
    """
    >>> _roman(14)
    'xiv'
    """
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int, alphabet: str) -> str:
    """Word's letter numbering repeats the letter past the alphabet (a…z, aa…).

    >>> _letters(2, "กขค"), _letters(4, "กขค")
    ('ข', 'กก')
    """
    n = max(n, 1)
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)


def format_number(n: int, fmt: str) -> str:
    """One level's counter in a ``w:numFmt``.

    >>> [format_number(3, f) for f in ("decimal", "thaiNumbers", "thaiLetters", "upperRoman", "lowerLetter")]
    ['3', '๓', 'ค', 'III', 'c']
    """
    if fmt in ("thaiNumbers", "thaiCounting"):
        return thai_digits(str(n))
    if fmt == "thaiLetters":
        return _letters(n, _THAI_LETTERS)
    if fmt in ("lowerLetter", "upperLetter"):
        text = _letters(n, "abcdefghijklmnopqrstuvwxyz")
        return text.upper() if fmt == "upperLetter" else text
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal and the formats Thai reports do not use


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


def _level_no(value: str | None) -> int:
    """A list level (``w:ilvl``): 0 where it is missing or not a number."""
    return int(value) if value and value.isdigit() else 0


def _level(lvl) -> _Level:
    start = _val(lvl, "w:start", "1")
    return _Level(int(start) if start and start.lstrip("-").isdigit() else 1,
                  _val(lvl, "w:numFmt", "decimal") or "decimal",
                  _val(lvl, "w:lvlText", "") or "", _val(lvl, "w:suff", "tab") or "tab")


@dataclass
class Numbering:
    """The lists of one document and their counters, fed paragraphs in
    document order (:meth:`label`).

    Counting follows Word (and LibreOffice, whose PDF exports show it): the
    lists (``w:num``) made from one definition (``w:abstractNum``) share its
    counters; a list that restarts (``w:startOverride``, Word's "restart at
    1") resets them at its first paragraph, and later lists count on from there.
    """

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    definition: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    restarts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> start
    style_num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)  # styleId -> (numId, ilvl)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId -> ilvl -> last number
    started: set[str] = field(default_factory=set)  # numIds seen

    @classmethod
    def of(cls, document) -> "Numbering":
        """From a python-docx Document (an empty one when it has no lists)."""
        out = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return out
        abstract = {a.get(qn("w:abstractNumId")): {_level_no(lv.get(qn("w:ilvl"))): _level(lv)
                                                    for lv in a.findall(qn("w:lvl"))}
                    for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            num_id, abstract_id = num.get(qn("w:numId")), _val(num, "w:abstractNumId")
            levels = dict(abstract.get(abstract_id, {}))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _level_no(override.get(qn("w:ilvl")))
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = _val(override, "w:startOverride")
                if start is not None and start.isdigit():
                    out.restarts.setdefault(num_id, {})[ilvl] = int(start)
            out.levels[num_id] = levels
            out.definition[num_id] = abstract_id or ""
        styles = {st.get(qn("w:styleId")): st for st in document.styles.element.findall(qn("w:style"))}
        for own_id in styles:
            style_id, style, seen = own_id, styles[own_id], set()
            while style is not None and style_id not in seen:  # a style numbers as the one it is based on
                seen.add(style_id)
                numpr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
                if numpr is not None:
                    ilvl = _val(numpr, "w:ilvl")
                    out.style_num[own_id] = (_val(numpr, "w:numId"), _level_no(ilvl) if ilvl else None)
                    break
                style_id = _val(style, "w:basedOn")
                style = styles.get(style_id)
        return out

    def _num_pr(self, p) -> tuple[str | None, int]:
        ppr = p.find(qn("w:pPr"))
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        style = _val(ppr, "w:pStyle")
        num_id, ilvl = self.style_num.get(style, (None, None)) if style else (None, None)
        if numpr is not None:
            num_id = _val(numpr, "w:numId", num_id)
            own = _val(numpr, "w:ilvl")
            ilvl = int(own) if own and own.isdigit() else ilvl
        return num_id, ilvl or 0

    def label(self, p) -> str:
        """The number or bullet Word draws before paragraph ``p`` (and the
        space after it), counting it; '' for a paragraph not in a list.

        A paragraph counts even when it has no text (Word numbers it too).
        """
        num_id, ilvl = self._num_pr(p)
        levels = self.levels.get(num_id or "0")
        if not levels or ilvl not in levels:  # numId 0 or unknown: numbering switched off
            return ""
        counts = self.counters.setdefault(self.definition[num_id], {})
        if num_id not in self.started:
            self.started.add(num_id)
            for k, start in self.restarts.get(num_id, {}).items():
                counts[k] = start - 1
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a sub-list restarts under each new item
        level = levels[ilvl]

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            return format_number(counts.get(k, lv.start), lv.fmt)

        text = _PLACEHOLDER.sub(number, level.text) if level.fmt != "bullet" else level.text
        text = "".join(BULLETS.get(ch, "•" if 0xF000 <= ord(ch) <= 0xF0FF else ch) for ch in text)
        if not text:
            return ""
        return text + ("" if level.suffix == "nothing" else " ")


__all__ = ["Numbering", "format_number"]
