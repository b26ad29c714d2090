"""Repairs for Thai as Tesseract reads it.

Tesseract's Thai model drops small marks (``ขันตอน`` for ``ขั้นตอน``,
``ทีต้อง`` for ``ที่ต้อง``), confuses letters that differ by a stroke
(``ถ``/``ผ``, ``บ``/``ป``, ``ด``/``ต``) and vowels that differ by a tail
(``ิ``/``ี``, ``ึ``/``ื``), and reads a line of upper marks alone as a line
of junk. These repairs are for OCR output only: on text from a text layer a
"confusion" is not an error. A run of Thai is split into its likeliest
words (word frequencies of the Thai National Corpus, bundled with pythainlp);
edits are tried only inside rare or unknown words, and kept only when they
make the run far likelier (``MARGIN``).
(Thai digits are checked against their glyphs in ``parsers.ocr_fix``: a
dictionary cannot tell ๒ from ๖.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from normalize.lexicon import _trie, words
from normalize.text import _THAI_RUN, CONSONANT

# Letters and vowels Tesseract mistakes for each other (both directions).
_CONFUSABLE_PAIRS = ("ผถ", "ถภ", "บป", "บข", "ฝฟ", "ฟพ", "ดต", "ดค", "ขช", "ชซ", "ฎฏ", "ฆม", "ลส", "ศค",
                     "อฮ", "นห", "\u0e34\u0e35", "\u0e36\u0e37", "\u0e48\u0e49")
CONFUSABLE: dict[str, str] = {}
for _a, _b in _CONFUSABLE_PAIRS:
    CONFUSABLE[_a] = CONFUSABLE.get(_a, "") + _b
    CONFUSABLE[_b] = CONFUSABLE.get(_b, "") + _a
# Marks Tesseract drops: tone marks, the short-a mark, the i/ii vowels.
DROPPED = "\u0e48\u0e49\u0e31\u0e35\u0e34\u0e47"
_MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c")
_JUNK_LINE = re.compile(r"^(?:\S{1,2}\s+)+\S{1,2}$")
_JUNK_LINE_NO_THAI = re.compile(r"^(?:\S{1,3}\s+)+\S{1,3}$")
_THAI_LETTER = re.compile(f"[{CONSONANT}]")


def drop_mark_lines(text: str) -> str:
    """Drop lines of short junk pieces (up to three characters with no Thai
    letter; four or more pieces of up to two otherwise): a row of upper
    marks that Tesseract read as a line of its own.

    >>> drop_mark_lines("งาน(หน่วยงานอาจ\\n๐ ๕ ๐ 1\\nกำหนดเป็นตำแหน่งใน\\n๓7 ๑7 ๐ ง va | a\\n1.")
    'งาน(หน่วยงานอาจ\\nกำหนดเป็นตำแหน่งใน\\n1.'
    """
    def junk(line: str) -> bool:
        line = line.strip()
        if not _THAI_LETTER.search(line):
            return bool(_JUNK_LINE_NO_THAI.match(line))
        return bool(_JUNK_LINE.match(line)) and len(line.split()) >= 4

    return "\n".join(line for line in text.split("\n") if not junk(line))


RARE = 7.0  # words costing more than this (rarer than ~1 in 1,000) are worth an edit
UNKNOWN_CHAR_COST = 12.0  # a character outside known words: costlier than any rare word
MARGIN = 3.0  # an edit must make the text ~20 times likelier to be kept


@lru_cache(maxsize=1)
def _word_costs() -> tuple[dict[str, float], float]:
    """-log frequency of each word in the Thai National Corpus (bundled with pythainlp)."""
    import math

    from pythainlp.corpus.tnc import word_freqs

    freqs = dict(word_freqs())
    total = math.log(sum(freqs.values()))
    costs = {w: total - math.log(f) for w, f in freqs.items() if f > 0}
    return costs, total


@lru_cache(maxsize=1)
def _costs_by_word() -> dict[str, float]:
    """Cost of every known word: corpus words by frequency, the rest of the
    word list (names, terms) as if seen twice."""
    costs, total = _word_costs()
    out = {w: total - 0.7 for w in words()}
    out.update(costs)
    return out


@lru_cache(maxsize=16384)
def _segments(run: str) -> tuple[tuple[int, int, float], ...]:
    """The likeliest split of a Thai run into words: (start, end, cost) of
    each; a character no known word covers costs UNKNOWN_CHAR_COST."""
    trie, costs = _trie(), _costs_by_word()
    n = len(run)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n  # cost to here, previous cut
    for i in range(n):
        here = best[i][0]
        if here == float("inf"):
            continue
        for word in trie.prefixes(run[i:]):
            c = here + costs.get(word, UNKNOWN_CHAR_COST)
            if c < best[i + len(word)][0]:
                best[i + len(word)] = (c, i)
        c = here + UNKNOWN_CHAR_COST
        if c < best[i + 1][0]:
            best[i + 1] = (c, i)
    out, end = [], n
    while end > 0:
        start = best[end][1]
        out.append((start, end, best[end][0] - best[start][0]))
        end = start
    return tuple(reversed(out))


def cost(run: str) -> float:
    """How unlikely a Thai run reads: the sum of its words' costs.

    >>> cost("ขั้นตอน") < cost("ขันตอน")
    True
    """
    return sum(c for _, _, c in _segments(run))


def _candidates(run: str):
    """Edits inside (and one character around) the rare or unknown words."""
    for a, b, c in _segments(run):
        if c < RARE:
            continue
        for i in range(max(0, a - 1), min(len(run), b + 1)):
            ch = run[i]
            for alt in CONFUSABLE.get(ch, ""):
                yield i, i + 1, alt
            if ch in _MARKS:
                yield i, i + 1, ""  # a stray mark
            if _THAI_LETTER.match(ch) or ch in _MARKS:
                for mark in DROPPED:
                    yield i + 1, i + 1, mark


def _fix_run(run: str, max_edits: int) -> str:
    if len(run) < 3:
        return run  # abbreviation letters (ป.ป.ช.) are not words
    score = cost(run)
    for _ in range(max_edits):
        best = None
        for start, end, repl in _candidates(run):
            cand = run[:start] + repl + run[end:]
            c = cost(cand)
            if c < score - MARGIN and (best is None or c < best[0]):
                best = (c, cand)
        if best is None:
            break
        score, run = best
    return run


def fix_confusions(s: str, max_edits: int = 4) -> str:
    """Undo Tesseract's Thai misreadings where the word frequencies say how:
    an edit is kept when it makes the run far likelier.

    >>> fix_confusions("ผู้รับถิดชอบ ขันตอนหรือวิธีการ ประเด็นทีต้องปรับปรุง")
    'ผู้รับผิดชอบ ขั้นตอนหรือวิธีการ ประเด็นที่ต้องปรับปรุง'
    >>> fix_confusions("สำนักงาน ป.ป.ช. อบต.ไทรย้อย ตำบลโคกสนวน")  # likely words, abbreviations left alone
    'สำนักงาน ป.ป.ช. อบต.ไทรย้อย ตำบลโคกสนวน'
    """
    def fix(m: re.Match) -> str:
        if s[m.end():m.end() + 1] == ".":
            return m.group(0)  # an abbreviation (อบต., พ.ศ.) is not a word to fix
        return _fix_run(m.group(0), max_edits)

    return _THAI_RUN.sub(fix, s)


def ocr_text(s: str) -> str:
    """The repairs for one OCR'd cell or line, in order."""
    return fix_confusions(drop_mark_lines(s))
