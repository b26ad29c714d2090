"""Thai-correct text from positioned PDF characters.

pdfplumber sorts characters by x, but Thai combining marks are zero-width and
sit at the *next* consonant's x, so ``ขั้นตอน`` comes out ``ขนั้ ตอน``. Here a
mark is attached to the base character that precedes it in the content
stream (which is in logical order), and only base characters are ordered by
position. Spaces come from the space glyphs the PDF draws, or from a real gap;
never from a zero-width mark.
"""

from __future__ import annotations

import itertools
import re
import statistics
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from normalize.lexicon import begins_word, segment, words
from normalize.text import MARK, PUA_MAP, SARA_AA, SARA_AM, repair_sara_am

_THAI = re.compile("[\u0e01-\u0e5b]")
# Thai marks, also as the Private Use Area glyphs of shifted marks.
_MARKS = frozenset(re.findall(f"[{MARK}]", "".join(map(chr, range(0x0E00, 0x0E80)))))
_COMBINING = _MARKS | {chr(code) for code, std in PUA_MAP.items() if std in _MARKS}


# LibreOffice stretches a justified line's space on its left after these: a list item's mark ends
# so ("-", "๑.", "1)"), and a slash parts two terms (แก้ไข/ ประเด็นที่ต้องพัฒนา).
STRETCHED_LEFT = ("-", ".", ")", "/")


def word_space(a: dict, c: dict, b: dict) -> bool:
    """``c``, drawn between letters ``a`` and ``b``, is a space between two
    words of one line: as far from either (touching both; halfway between
    them on a justified line). A cell's trailing space touches its last
    letter, and the next cell's text starts further on.

    >>> ch = lambda t, x0, x1: {"text": t, "x0": x0, "x1": x1, "top": 45.0}
    >>> word_space(ch("ง", 171.9, 178.6), ch(" ", 178.6, 189.0), ch("แ", 189.0, 198.9))  # Purisa: 0.65 em
    True
    >>> word_space(ch("ม", 425.0, 432.0), ch(" ", 437.4, 444.4), ch("ก", 449.8, 457.0))  # justified
    True
    >>> word_space(ch("ง", 171.9, 178.6), ch(" ", 178.6, 182.0), ch("๑", 192.0, 199.0))  # the next cell
    False

    LibreOffice stretches the space after a list's mark ("-", "๑.") or a
    slash on its left, the space touching the next word:

    >>> word_space(ch("-", 168.4, 181.4), ch(" ", 193.9, 202.9), ch("ท", 203.0, 211.6))
    True
    >>> word_space(ch("/", 196.4, 205.0), ch(" ", 207.9, 213.2), ch("ป", 213.3, 222.2))  # แก้ไข/ ประเด็น
    True
    """
    left, right = c["x0"] - a["x1"], b["x0"] - c["x1"]
    return (c["text"] == " " and bool(a["text"].strip()) and bool(b["text"].strip())
            and abs(a["top"] - c["top"]) < 1 and abs(b["top"] - c["top"]) < 1 and left > -1
            and (abs(left - right) < 1 or a["text"] in STRETCHED_LEFT and abs(right) < 1))


def word_gaps(chars: list[dict]) -> list[dict]:
    """The gaps between two words of one line that a space bridges
    (:func:`word_space`), each as a char from the one word to the next;
    ``chars`` in drawing order. A word's last letter, not a mark over it.

    >>> ch = lambda t, x0, x1: {"text": t, "x0": x0, "x1": x1, "top": 45.0}
    >>> [(g["x0"], g["x1"]) for g in word_gaps([ch("ง", 171.9, 178.6), ch(" ", 180.6, 187.0), ch("แ", 189.0, 198.9),
    ...                                         ch(" ", 198.9, 209.3), ch("ก", 220.0, 230.0)])]
    [(178.6, 189.0)]
    >>> [(g["x0"], g["x1"]) for g in word_gaps([ch("ป", 226.8, 235.1), ch("ี", 233.9, 233.9), ch(" ", 235.1, 244.1),
    ...                                         ch("2", 244.2, 256.1)])]  # ประจำปี 2566
    [(235.1, 244.2)]
    """
    letters = [c for c in chars if not is_combining(c["text"])]
    return [{**c, "x0": a["x1"], "x1": b["x0"]} for a, c, b in zip(letters, letters[1:], letters[2:])
            if word_space(a, c, b)]


def is_combining(text: str) -> bool:
    """
    >>> is_combining("\u0e49"), is_combining("\uf70b"), is_combining("ก")
    (True, True, False)
    """
    return bool(text) and all(ch in _COMBINING for ch in text)


@dataclass
class Cluster:
    """A base character and the marks that belong to it."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    baseline: float | None = None  # y of the glyph origin, top down; else the bottom

    def __post_init__(self) -> None:
        if self.baseline is None:
            self.baseline = self.bottom


@dataclass
class Line:
    clusters: list[Cluster] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.clusters[0].x0

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.clusters)

    @property
    def top(self) -> float:
        return min(c.top for c in self.clusters)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.clusters)

    @property
    def size(self) -> float:
        return statistics.median(c.size for c in self.clusters)

    def text(self, space_ratio: float, usual: float | None = None) -> str:
        """The line's text; a gap wider than ``space_ratio`` of the font size
        beyond the usual gap between letters (the line's own, or ``usual``:
        its paragraph's) is a space. Letter-spaced titles and distributed
        alignment make every gap wide."""
        out: list[str] = []
        prev: Cluster | None = None
        if usual is None:
            usual = letter_gap([self])
        for c in self.clusters:
            if prev is not None and c.text != " " and not out[-1].endswith(" "):
                if c.x0 - prev.x1 - usual > space_ratio * max(c.size, 1):
                    out.append(" ")
            out.append(c.text)
            prev = c
        return "".join(out)


def letter_gap(block: list[Line]) -> float:
    """The usual gap between neighbouring letters of some lines: 0 (glyphs
    drawn at their advance), or the extra spacing of letter-spaced text.

    >>> letter_gap([Line([Cluster(t, 13 * i, 13 * i + 8, 0, 10, 14) for i, t in enumerate("ตำบลโคก")])])
    5
    """
    gaps = sorted(b.x0 - a.x1 for line in block for a, b in zip(line.clusters, line.clusters[1:])
                  if " " not in (a.text, b.text))
    if len(gaps) < 4:
        return 0.0
    return max(0.0, gaps[len(gaps) // 2])


def clusters(chars: list[dict]) -> list[Cluster]:
    """Group characters (in content-stream order) into base+marks clusters.
    The glyphs of a tagged PDF's ActualText span (``parsers.actualtext``)
    give that text, once, in their first glyph's place."""
    out: list[Cluster] = []
    span_id = None
    am_at = {}  # index of an aa -> its nikhahit's, drawn as a space before it
    for i, ch in enumerate(chars):
        text = ch["text"]
        if i in am_at:
            text = SARA_AM
        elif text == " ":
            aa = _nikhahit_as_space(chars, i)
            if aa:
                am_at[aa] = i
                continue
        span = ch.get("actual_text")
        if span is not None:
            if span[0] == span_id:
                if out:  # the span's later glyphs: their text is in already
                    out[-1].x1 = max(out[-1].x1, ch["x1"])
                continue
            span_id, text = span[0], span[1]
            if not text:
                continue
        else:
            span_id = None
        if out and (is_combining(text) or text == SARA_AM and ch["x1"] - ch["x0"] < 0.5):
            prev = out[-1]
            # A mark belongs to the preceding base when it sits on the same line.
            if abs(ch["bottom"] - prev.bottom) < max(prev.size, ch["size"]):
                prev.text += text
                continue
        out.append(Cluster(text, ch["x0"], ch["x1"], ch["top"], ch["bottom"], ch["size"], baseline(ch)))
    return out


def _nikhahit_as_space(chars: list[dict], i: int) -> int:
    """Word 2007-2013 draw sara am as nikhahit and aa, and map the nikhahit
    glyph to a space: a zero-width space glyph just before an aa (or an am,
    where the font maps aa to am too), or before a tone mark and then the aa
    (น้ำ), in the stream. The index of that aa, else 0. Read as one am, it
    cannot land after the aa when sorted by x (``สา นัก`` for ``สำนัก``).

    >>> g = lambda t, x0, x1: {"text": t, "x0": x0, "x1": x1}
    >>> chars = [g("ส", 175.1, 180.4), g(" ", 180.4, 180.4), g("า", 180.39, 184.9)]
    >>> [_nikhahit_as_space(chars, i) for i in range(3)]
    [0, 2, 0]
    >>> chars = [g("น", 10, 16), g(" ", 16, 16), g("\u0e49", 16, 16), g("า", 16, 21)]
    >>> _nikhahit_as_space(chars, 1)
    3
    """
    ch = chars[i]
    if ch["text"] != " " or ch["x1"] - ch["x0"] >= 0.1 or ch.get("actual_text") is not None:
        return 0
    after = [c["text"] for c in chars[i + 1:i + 3]]
    if after[:1] and after[0] in (SARA_AA, SARA_AM):
        return i + 1
    if len(after) == 2 and _TONE.match(after[0]) and after[1] in (SARA_AA, SARA_AM):
        return i + 2
    return 0


_TONE = re.compile("[\u0e48-\u0e4b]")


def sideways_text(chars: list[dict]) -> tuple[str, int]:
    """Text turned a quarter (a table header written bottom to top or top
    to bottom), and its lines: the content stream gives the reading order;
    a line starts where the text moves across, in x."""
    lines: list[list[Cluster]] = []
    for c in clusters(chars):
        middle = (c.x0 + c.x1) / 2
        if lines and abs(middle - (lines[-1][0].x0 + lines[-1][0].x1) / 2) <= c.size / 2:
            lines[-1].append(c)
        else:
            lines.append([c])
    out = ""
    for line in lines:
        text = "".join(c.text for c in line)
        if out and not out.endswith(" ") and not text.startswith(" "):
            out += separator(out, text)
        out += text
    return out.strip(), len(lines)


def baseline(ch: dict) -> float:
    """Where the glyph sits, top down. Not its bottom: that comes from the
    font's bounding box, which differs between fonts (a fallback font's
    punctuation on a Thai line) or is missing."""
    matrix = ch.get("matrix")
    return -matrix[5] if matrix else ch["bottom"]


def boxed_as_their_lines(chars: list[dict]) -> list[dict]:
    """``chars``, each upright one in the box that the page's most chars of
    its size have about their baseline: a box comes from its font's
    bounding box, and a glyph from a fallback font (☑ in DejaVu Sans on a
    Garuda line, as Chromium draws it) stands 5 pt higher than its line's
    letters, enough to look like a line of its own. A char so boxed is a
    copy; the others, and chars without a matrix, are the same objects.

    >>> ch = lambda t, top, bottom, base: {"text": t, "size": 14, "top": top, "bottom": bottom,
    ...                                    "matrix": (1, 0, 0, 1, 0, 800 - base)}
    >>> line = [ch("☑", 204.6, 218.6, 215), ch("เ", 209.5, 223.5, 215), ch("ข", 209.5, 223.5, 215)]
    >>> [(c["top"], c["bottom"]) for c in boxed_as_their_lines(line)]
    [(209.5, 223.5), (209.5, 223.5), (209.5, 223.5)]
    >>> boxed_as_their_lines(line)[1] is line[1]
    True
    """
    def offsets(c: dict) -> tuple[float, float] | None:
        m = c.get("matrix")
        if not m or m[1] or m[2] or m[0] <= 0 or m[3] <= 0:  # not upright: its box is not about a baseline
            return None
        return round(c["top"] + m[5], 2), round(c["bottom"] + m[5], 2)

    counts: dict[float, Counter] = defaultdict(Counter)
    for c in chars:
        if (o := offsets(c)) is not None:
            counts[round(c["size"], 1)][o] += 1
    usual = {size: by_size.most_common(1)[0][0] for size, by_size in counts.items()}
    out = []
    for c in chars:
        o, box = offsets(c), usual.get(round(c["size"], 1))
        if o is not None and o != box:
            c = {**c, "top": box[0] - c["matrix"][5], "bottom": box[1] - c["matrix"][5]}
        out.append(c)
    return out


def lines(chars: list[dict], tolerance: float = 3.0) -> list[Line]:
    """Lines of text, top to bottom, each ordered left to right."""
    rows: list[Line] = []
    for c in sorted(clusters(chars), key=lambda c: (c.baseline, c.x0)):
        if c.text == " " and (not rows or abs(rows[-1].clusters[-1].baseline - c.baseline) > tolerance):
            continue  # a space does not start a line
        if rows and abs(rows[-1].clusters[-1].baseline - c.baseline) <= tolerance:
            rows[-1].clusters.append(c)
        else:
            rows.append(Line([c]))
    for line in rows:
        line.clusters = _spaces_in_gaps(sorted(line.clusters, key=lambda c: c.x0))
    return rows


def _spaces_in_gaps(line: list[Cluster]) -> list[Cluster]:
    """A line's clusters (left to right) without the space glyphs drawn over
    letters or one over another: LibreOffice draws such extra ones where it
    underlines or strikes out text, and they are not in it; where spaces
    overlap, the gap alone says whether there is one, and after the last
    letter one stays (a wrap at a space). (A gap a space covers
    only in part stays: Word draws justified spaces narrower than their
    glyph, and a dropped sara am's zero-width space sits between letters.)

    >>> line = [Cluster(t, x0, x1, 0, 10, 14) for t, x0, x1 in
    ...         (("ก", 0, 5), (" ", 5, 9), (" ", 5.5, 9.5), (" ", 2, 6), ("ข", 9, 14), (" ", 14, 14), ("ค", 14, 19))]
    >>> "".join(c.text for c in _spaces_in_gaps(sorted(line, key=lambda c: c.x0)))
    'กข ค'
    """
    if not any(c.text == " " for c in line):
        return line
    inked = [(c.x0, c.x1) for c in line if c.text != " "]  # by x0, as the line
    starts = [a for a, _ in inked]
    over = lambda c, spans: sum(max(0.0, min(c.x1, b) - max(c.x0, a)) for a, b in spans) > (c.x1 - c.x0) / 2
    # The letters a space may lie over start at most a wide letter before it.
    near = lambda c: inked[bisect_left(starts, c.x0 - 3 * c.size):bisect_left(starts, c.x1)]
    spaces = [c for c in line if c.text == " " and not over(c, near(c))]
    doubled: set[int] = set()
    for c, d in zip(spaces, spaces[1:]):  # by x0: spaces drawn over each other come together
        if over(c, [(d.x0, d.x1)]) or over(d, [(c.x0, c.x1)]):
            doubled |= {id(c), id(d)}
    end = max((b for _, b in inked), default=0.0)
    trailing = [c for c in spaces if c.x0 >= end - (c.x1 - c.x0) / 2]  # after the last letter: a wrap's space
    kept = {id(c) for c in spaces} - doubled | {id(c) for c in trailing[:1]}
    return [c for c in line if c.text != " " or id(c) in kept]


def _first_chunk_width(line: Line, dictionary: bool = False) -> float:
    """Width of a line's text up to its first space: Thai line breaking may
    not split it (names and unknown words stay whole). With ``dictionary``,
    only up to the end of its first Thai dictionary word. An era and its
    year (``พ.ศ. ๒๕๖๕``) go together: exporters do not break between them."""
    chunk: list[Cluster] = []
    for i, c in enumerate(line.clusters):
        if c.text == " ":
            if chunk and _ERA.fullmatch("".join(c.text for c in chunk)):
                year = list(itertools.takewhile(lambda c: c.text.isdigit(), line.clusters[i + 1:]))
                return (year or chunk)[-1].x1 - chunk[0].x0
            break
        chunk.append(c)
    text = "".join(c.text for c in chunk) if dictionary else ""
    if len(text) > 3 and _THAI.match(text):
        return _prefix_width(chunk, len(segment(text[:40])[0]))
    return chunk[-1].x1 - chunk[0].x0 if chunk else 0.0  # letter spacing included


def unruled_room(text_end: float, next_column: float, size: float) -> float:
    """Where a line in a column drawn without lines has room up to: half a
    ``size`` short of the next column's text at ``next_column`` (two cells'
    padding), or further right where the column's widest line ends
    (``text_end``); one row's widest line may not reach the column's end.

    >>> unruled_room(67.0, 81.0, 14.0), unruled_room(80.0, 81.0, 14.0)
    (74.0, 80.0)
    """
    return max(text_end, next_column - 0.5 * size)


def first_word(line: Line) -> float:
    """Width of ``line``'s first word: up to its first space, and of Thai,
    its first dictionary word (where Thai line breaking may split the run):
    the room a line before it would have needed to take it.

    >>> first_word(Line([Cluster(t, 10 * i, 10 * i + 10, 0, 10, 16) for i, t in enumerate("พัฒนาช่องทาง")]))
    50
    """
    return _first_chunk_width(line, dictionary=True)


def _prefix_width(chunk: list[Cluster], n: int, length=len) -> float:
    """Width of the clusters of ``chunk`` that hold its first ``n``
    characters, as ``length`` counts the text (letter spacing included)."""
    taken = ""
    for c in chunk:
        taken += c.text
        if length(taken) >= n:
            return c.x1 - chunk[0].x0
    return chunk[-1].x1 - chunk[0].x0


# A line may start with a Thai word (or vowel written before its consonant).
_WORD_START = re.compile("[\u0e01-\u0e2e\u0e40-\u0e44]")


def _first_word_width(before: str, line: Line, after: str | None = "") -> float | None:
    """Width of the first Thai word of ``line`` where the text ``before`` it
    ends in a Thai word: exporters break lines between words, greedily, so
    had it fitted on the line before, it would be there (two paragraphs of
    one cell: ``สำนักปลัด`` / ``งานนิติการ``). Taken long, so as not to see
    a paragraph in a wrap: the longest known word the line starts with, the
    whole run when digits or signs are glued to it (``เมษายน๒๕๖๖``), and
    None when the dictionary's words run across the break (``ช่องทา|งอื่นๆ``),
    or on past the line's end into the text ``after`` it (a column too
    narrow for ``ดำเนิน``: ``ดำเนิ`` / ``น``; None: it may, unseen), or
    the word is not known. Words are looked up with sara am whole, as the
    fonts' maps may split it (``การนํา``).

    >>> words = Line([Cluster(t, 10 * i, 10 * i + 10, 0, 10, 16) for i, t in enumerate("งานนิติการ")])
    >>> _first_word_width("สำนักปลัด", words), _first_word_width("ดำเนิน", words)
    (30, None)
    >>> cut = Line([Cluster(t, 10 * i, 10 * i + 10, 0, 10, 16) for i, t in enumerate("ดำเนิ")])
    >>> _first_word_width("แผนการ", cut), _first_word_width("แผนการ", cut, "น"), _first_word_width("แผนการ", cut, None)
    (20, None, None)
    """
    chunk = list(itertools.takewhile(lambda c: c.text != " ", line.clusters))
    head = own = _composed("".join(c.text for c in chunk))
    whole = len(chunk) == len(line.clusters)
    if whole and after is None:
        return None
    if whole:  # the word may go on past the line's end
        head += _composed(after.split(" ", 1)[0])
    tail = _composed(before[-30:].rsplit(" ", 1)[-1])
    if not (_THAI.match(tail[-1:]) and _WORD_START.match(head)):
        return None
    pair = _words_at_break(tail, head[:40])
    known = words()
    if pair is None or pair[1] not in known:
        return None
    first = pair[1]
    n = max((k for k in range(len(first), min(len(head), 30) + 1) if head[:k] in known), default=len(first))
    if n < len(head) and not _WORD_START.match(head[n]):
        n = len(head)
    if whole and n > len(own):
        return None
    return _prefix_width(chunk, n, lambda text: len(_composed(text)))


def word_across(before: str, after: str) -> bool:
    """A dictionary word runs across a line break between the text
    ``before`` it and the text ``after`` it: the line was broken inside a
    word too long for it (a narrow column), so the text goes on; a
    paragraph after a cell's end starts a word of its own.

    >>> word_across("มากน้อยเพียง", "ใด"), word_across("สำนักปลัด", "งานนิติการ")
    (True, False)
    >>> word_across("ปี ๒๕๖๖", "ใด"), word_across("", "ใด")
    (False, False)
    """
    tail, head = (_composed((text.split() or [""])[k]) for text, k in ((before[-30:], -1), (after[:30], 0)))
    return bool(_THAI.match(tail[-1:]) and _WORD_START.match(head)) and _words_at_break(tail, head) is None


def _composed(text: str) -> str:
    return repair_sara_am(text.translate(PUA_MAP))


# ๑. 2) | - •; not a decimal (๘๕.๕๐ at a line's start: a wrap cut it from its text), but a sub-step (๑.๑).
_NUMBERED, _BULLET = r"[\d๐-๙]{1,2}\s?[.)](?![\d๐-๙]{2})", r"[-•☑☐☒]"
LIST_MARKER = re.compile(rf"^\s*(?:{_NUMBERED}|{_BULLET})")
# A numbered step at any line's start, its number captured (๑. 2) (3)): where a cell's steps go on.
LIST_NUMBER = re.compile(r"^[ \t(]*([0-9๐-๙]{1,2})[.)]", re.M)
_ITEM = re.compile(rf"^\s*(?:\(?{_NUMBERED}|{_BULLET})")  # LIST_MARKER, or a number in brackets: (๓)
_DIGITS = re.compile(r"[\d๐-๙]+")


def item_kind(text: str) -> str | None:
    """The shape of the list marker ``text`` starts with, its number left
    out (items of one list share it), or None.

    >>> item_kind("(๓) กล้าตัดสินใจ"), item_kind("12. ระเบียบ"), item_kind("- ส่งเสริม"), item_kind("มาตรา ๕")
    ('(N)', 'N.', '-', None)
    >>> item_kind("๑.๒ จัดทำคู่มือ"), item_kind("๘๕.๕๐ คะแนน")
    ('N.', None)
    """
    m = _ITEM.match(text)
    return _DIGITS.sub("N", m.group(0).strip().replace(" ", "")) if m else None


_DIGIT_OR_LATIN = re.compile(r"[0-9๐-๙A-Za-z]")
_ERA = re.compile(r"(?:พ\.ศ\.|ค\.ศ\.)")
# Thai puts a space after these (and after ๆ and an abbreviating ฯ: the Royal
# Institute's rule); a wrap there dropped it.
_SPACED_AFTER = set(",;:)ๆฯ")
_NO_SPACE_BEFORE = set(".,;:)%")  # and none goes before these
# Line breaking never puts these at a line's start unless a space came first
# (Unicode's line-breaking rules: no break between a letter and an opening
# bracket, none before a quotation mark), so a line that starts with one
# lost a space: ``ทุก ๓ เดือน`` / ``(ไตรมาสที่ ๑ - ๔)``.
_SPACED_BEFORE = set("([{\"“‘")
# A dash after a number and a space is a range (``ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗``),
# spaced on both sides. Not after a word: ``OIT -ข้อมูลพื้นฐาน`` is a
# dash marking an item, written on to it.
_SPACED_DASH = re.compile(r"[0-9๐-๙]\s[-–—]$")


def join_lines(block: list[Line], right_edge: float, space_ratio: float = 0.25,
               left_edge: float | None = None, centred_words: bool = False,
               wraps_drop_spaces: bool = False, greedy: bool = False, space: float = 0.0) -> str:
    """Text of the lines of one cell or paragraph block.

    A break ended a paragraph (newline) when the next line's first chunk
    would have fitted, even after a space (the font's: the one drawn at the
    line's end, or the block's narrowest, or if it draws none ``space``,
    the document's; at least 0.3 of the size), or when a list item starts
    (its number cut from its mark too: ``๓`` / ``.สำนักปลัด``) with room to
    spare, whether or not the line ends in a space glyph (Word draws one at
    the end of a paragraph too). Otherwise it was a wrap, and a space the
    PDF drew there is kept. Exporters drop the space glyph that does not
    fit at the end of a full line, so a break next to a number, a Latin
    word or พ.ศ., or after a word Thai writes a space after (เป็นต้น) or
    before (เช่น), is taken as a space. Anywhere else nothing is added: a
    line break inside or between Thai words is not a space (a dropped space
    between Thai words is lost: the room left on the line does not tell
    them apart, measured on LibreOffice and Chromium exports). Trailing
    spaces are kept so a cell continued on the next page joins the same
    way. Given the left edge, a centred line's room is on both sides; with
    ``centred_words`` it is held against the next line's first dictionary
    word (titles: in table cells the exporters' line breaking and the
    dictionary differ too often).
    With ``wraps_drop_spaces`` (a producer that wraps only at spaces and
    leaves them out), a wrap is a space unless it split a word too long for
    a line. With ``greedy`` (a producer that breaks at the last word that
    fits: ``right_edge`` must then be the cell's), a line with room for the
    next line's first Thai word ended a paragraph (``_first_word_width``).
    In a justified block, so does a line with a word gap ending short of
    the edge by 0.3 of the size, whatever comes next (greedy producers).
    """
    out = prev_text = ""
    usual = letter_gap(block)
    line_width = right_edge - (left_edge if left_edge is not None else min(ln.x0 for ln in block))
    # The font's space: justified lines only widen theirs.
    drawn = [c.x1 - c.x0 for ln in block for c in ln.clusters if c.text == " "]
    narrowest_space = min(drawn, default=space)
    texts = [line.text(space_ratio, usual) for line in block]
    # Justified: a line reaches the edge with a word gap widened past the
    # font's space. Its lines with a gap to widen end short only where their
    # paragraph does (a line of Thai words run together has none). Greedy
    # producers only: Word leaves a justified Thai line short (realdoc 13).
    font_space = min(drawn + [space]) if space else narrowest_space
    justified = greedy and font_space > 0 and any(
        right_edge - _ink_x1(ln) < 0.5 and max(_word_gaps(ln, space_ratio), default=0.0) > font_space + 1
        for ln in block[:-1])
    for i, line in enumerate(block):
        text, after = texts[i], texts[i + 1] if i + 1 < len(block) else ""
        # A step's number the wrap cut from its mark (๓ / .สำนักปลัด) starts a step all the same.
        head = text + after[:1] if _NUMBER.fullmatch(text.strip()) and after[:1] in ".)" else text
        if i:
            prev = block[i - 1]
            room = right_edge - _ink_x1(prev)
            indent = prev.x0 - left_edge if left_edge is not None else 0.0
            centred = indent > 1 and abs(indent - room) <= max(2.0, 0.15 * prev.size)
            if centred:
                room += indent
            first = chunk = _first_chunk_width(line, centred and centred_words)
            if greedy and not centred and first > room > prev.size * 0.7:  # room for a word, not for the run
                # The block's last line, full, or full lines to its end that start a word: the word may go
                # on past them, unseen (a page cut the cell: ปีงบป / ระมา).
                rest = block[i:]
                unseen = all(_full(ln, right_edge) for ln in rest) and (
                    len(rest) == 1 or begins_word(_composed("".join(texts[i:]))))
                first = min(first, _first_word_width(out, line, None if unseen else _run_on(block, texts, i, right_edge))
                            or first)
            # The next line's first word would have fitted even after a space
            # (the font's: Purisa's is 0.65 of the size, most are 0.32-0.38).
            spacing = max(prev.size * 0.3, _space_after(prev) or narrowest_space) + FIT_SLACK
            # Unless it is the whole line, whose run goes on into the next
            # (พ / .ศ.๒๕๖๖, งา / น(หน่วยงาน: a column too narrow for it).
            if room > first + spacing and first == chunk and _runs_on(line, text, after):
                first += _first_chunk_width(block[i + 1])
            short = justified and room > prev.size * 0.3 and bool(_word_gaps(prev, space_ratio))
            if room > first + spacing or short or (LIST_MARKER.match(head.lstrip()) and room > prev.size * 2):
                out = out.rstrip(" ") + "\n"
                text = text.lstrip(" ")
            # A run is cut only where the line ran out of room (a year alone on
            # its line, then ``๒.`` starting an item, was a paragraph's end).
            elif not out.endswith(" ") and not text.startswith(" ") and not (room < prev.size
                                                                              and run_broken(prev_text, head)):
                gap = separator(out, head)
                if not gap and wraps_drop_spaces and not _split_word(prev, line, room, line_width):
                    gap = " "
                out += gap
        out += text
        prev_text = text
    return out.lstrip(" ")


def _run_on(block: list[Line], texts: list[str], i: int, right_edge: float) -> str:
    """The text after line ``i`` that a word on it may run on into: the
    next line's, and the one after each full line without a space (a column
    too narrow for ปีงบประมาณ: ปีงบ / ประ / มา / ณ), up to three lines on.

    >>> lines = (("ปีงบ", 30), ("ประ", 29), ("มา", 16), ("ณ", 9))
    >>> block, texts = [Line([Cluster(t, 0, w, 0, 10, 16)]) for t, w in lines], [t for t, _ in lines]
    >>> _run_on(block, texts, 0, 31), _run_on(block, texts, 0, 50)
    ('ประมาณ', 'ประ')
    """
    run = texts[i + 1] if i + 1 < len(block) else ""
    for k in range(i + 1, min(len(block) - 1, i + 4)):
        if " " in texts[k].strip() or not _full(block[k], right_edge):
            break
        run += texts[k + 1]
    return run


def _full(line: Line, right_edge: float) -> bool:
    """``line`` ends less than its size short of ``right_edge``: no room for another letter's worth."""
    return right_edge - _ink_x1(line) < line.size


_NUMBER = re.compile(r"[0-9๐-๙]{1,2}")
# Points a word may fit by and still have gone to the next line: exporters
# measure in twentieths of a point, glyph by glyph (LibreOffice wrapped
# พ.ศ. and its space, 32.95 points, with 33.0 to spare).
FIT_SLACK = 0.5
_URL_END = re.compile(r"(?:https?://|www\.)\S*$")
_URL_PART = re.compile(r"[0-9A-Za-z/.\-_~?=&%#:]")


def run_broken(line: str, text: str) -> bool:
    """The wrap cut a run that has no break in it, where the line ran out of
    room: a number alone on its line (a narrow column's ``เมษายน๒๕|๖๖``), a
    Buddhist-era year wherever it is (a page's foot: the last line is not
    known apart from the paragraph), or a web address (broken after a
    ``/``). Not a space, though a number or a Latin letter is there. Nor a
    numbered step's start: in a column a number wide, a line of one.

    >>> run_broken("เมษายน๒๕", "๖๖"), run_broken("ละ ๑", "๒ ครั้ง"), run_broken("๖๖", "๓.เจ้าหน้าที่")
    (True, False, False)
    >>> run_broken("ให้แล้วเสร็จภายในเดือนเมษายน๒๕", "๖๖"), run_broken("ภายในเดือน เมษายน พ.ศ. ๒๕", "๖๖")
    (True, True)
    >>> run_broken("ที่ https://www.example.go.th/", "news/1")
    True
    """
    line = line.rstrip(" ")
    if _URL_END.search(line) and _URL_PART.match(text):
        return True
    if _YEAR_HEAD.search(line) and _YEAR_TAIL.match(line[-2:] + text):
        return True
    return " " not in line and line[-1:].isdigit() and text[:1].isdigit() and not LIST_MARKER.match(text)


# A Buddhist-era year cut in two (๒๕|๖๖): 24xx to 26xx.
_YEAR_HEAD = re.compile(r"(?<![0-9๐-๙])[2๒][4-6๔-๖]$")
_YEAR_TAIL = re.compile(r"[2๒][4-6๔-๖][0-9๐-๙]{2}(?![0-9๐-๙])")


def _split_word(prev: Line, line: Line, room: float, width: float) -> bool:
    """A producer that wraps at spaces split a word here: one wider than
    a line (the end of ``prev`` after its last space and the start of
    ``line`` up to its first space), filling ``prev`` up to its last letter's
    room (a shorter word would have gone whole to the next line)."""
    first = line.clusters[0]
    tail = list(itertools.takewhile(lambda c: c.text != " ", reversed(prev.clusters)))
    word = (tail[0].x1 - tail[-1].x0 if tail else 0.0) + _first_chunk_width(line)
    return room < first.x1 - first.x0 and word > width


def _word_gaps(line: Line, space_ratio: float = 0.25) -> list[float]:
    """Widths of the gaps between two words of ``line``: a space's
    (``space_ratio`` of the size) or more from one letter to the next, not
    after a list's mark or a slash (:data:`STRETCHED_LEFT`; a tab may
    follow one, which justifying does not widen).

    >>> word = lambda t, x0: [Cluster(ch, x0 + 8 * k, x0 + 8 * k + 8, 0, 10, 15) for k, ch in enumerate(t)]
    >>> _word_gaps(Line(word("๑.", 0) + word("มี", 30) + word("ลักษณะ", 51.1) + word("e๗", 102.1)))
    [5.1]
    """
    letters = [c for c in line.clusters if c.text.strip()]
    return [round(b.x0 - a.x1, 3) for a, b in zip(letters, letters[1:])
            if b.x0 - a.x1 >= space_ratio * a.size and not a.text.endswith(STRETCHED_LEFT)]


def _runs_on(line: Line, text: str, after: str) -> bool:
    """A line of one run (no space) whose text goes on into the next line's
    ``after`` with no break between: a mark that never starts a word, or a
    dictionary word across the break. A column too narrow for the run
    broke it anywhere.

    >>> one = lambda t: Line([Cluster(t, 0, 10, 0, 10, 16)])
    >>> _runs_on(one("พ"), "พ", ".ศ.๒๕๖๖"), _runs_on(one("งา"), "งา", "น(หน่")
    (True, True)
    >>> _runs_on(one("สำนักปลัด"), "สำนักปลัด", "งานนิติการ")
    False
    """
    if not after or any(c.text == " " for c in line.clusters):
        return False
    return after[:1] in _NO_SPACE_BEFORE or word_across(text, after)


def _space_after(line: Line) -> float:
    """Width of the space glyph drawn at a line's end (0 if none): the wrap
    was at that space, so the next line's first word would have had to fit
    after it."""
    last = line.clusters[-1]
    return last.x1 - last.x0 if last.text == " " else 0.0


def _ink_x1(line: Line) -> float:
    """Right end of a line's text, without the spaces drawn after it."""
    inked = [c.x1 for c in line.clusters if c.text != " "]
    return max(inked) if inked else line.x0


def separator(before: str, text: str) -> str:
    """What joins two pieces of a wrapped line (the text so far, and the next
    line's) when geometry says nothing.

    >>> separator("๓", ".ประชาสัมพันธ์"), separator("ITA", "ปีงบประมาณ"), separator("ที่", "พ.ศ.")
    ('', ' ', ' ')
    >>> separator("ฝึกอบรม เป็นต้น", "จัดทำรายงาน"), separator("กล่องรับความคิดเห็น", "ณ ที่ตั้ง")
    (' ', ' ')
    >>> separator("ประกาศต่างๆ", "เกี่ยวกับ"), separator("ประกาศต่าง", "ๆ"), separator("ทุกเดือน", "(ไตรมาสละครั้ง)")
    (' ', '', ' ')
    >>> separator("ตั้งแต่ ต.ค. ๒๕๖๖ -", "ก.ย. ๒๕๖๗"), separator("การประเมิน OIT -", "ข้อมูลพื้นฐาน")
    (' ', '')
    """
    last = before[-1:]
    if LIST_MARKER.match(text):
        return "\n"
    if text[:1] in _NO_SPACE_BEFORE:  # a number broken off its full stop: ๓|.ประชาสัมพันธ์
        return ""
    if (_DIGIT_OR_LATIN.match(last) or _DIGIT_OR_LATIN.match(text[:1]) or _ERA.match(text)
            or last in _SPACED_AFTER or text[:1] in _SPACED_BEFORE or _SPACED_DASH.search(before)
            or _spaced_word(before, text)):
        return " "
    return ""


# Thai writes a space after these words and before those (the Royal
# Institute's spacing rules); a wrap at a full line leaves it out.
_SPACE_AFTER_WORDS = ("เป็นต้น", "ฯลฯ", "ดังต่อไปนี้")
_SPACE_BEFORE_WORDS = ("เช่น", "ณ")


def _spaced_word(before: str, text: str) -> bool:
    """The wrap falls after a word Thai writes a space after, or before one
    it writes a space before, and not inside a longer word.

    >>> _spaced_word("นับแต่วันนี้เป็นต้น", "ไป"), _spaced_word("ได้ผล", "เช่นเดียวกัน")
    (False, False)
    >>> _spaced_word("มีลักษณะดังต่อไปนี\uf70b", "มีลักษณะ")  # a tone mark's shifted glyph, as some fonts map it
    True
    """
    # The shifted glyphs of marks (Private Use Area) as the marks they are.
    tail, head = before[-30:].rsplit(" ", 1)[-1].translate(PUA_MAP), text[:30].split(" ", 1)[0].translate(PUA_MAP)
    if not (_THAI.match(tail[-1:]) and _THAI.match(head[:1])):
        return False
    if not (tail.endswith(_SPACE_AFTER_WORDS) or head.startswith(_SPACE_BEFORE_WORDS)):
        return False
    pair = _words_at_break(tail, head)
    return pair is not None and (pair[0] in _SPACE_AFTER_WORDS or pair[1] in _SPACE_BEFORE_WORDS)


def _words_at_break(tail: str, head: str) -> tuple[str, str] | None:
    """The dictionary's words either side of a wrap between ``tail`` and
    ``head``, segmented together; None where a word runs across the wrap.

    >>> _words_at_break("ดำเนินการเป็นต้น", "ไป"), _words_at_break("สำนักปลัด", "งานนิติการ")
    (None, ('สำนักปลัด', 'งาน'))
    """
    words, at = segment(tail + head), 0
    for word, following in zip(words, words[1:]):
        at += len(word)
        if at == len(tail):
            return word, following
        if at > len(tail):
            return None
    return None
