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


def _steps_at(text: str, i: int):
    """(end, cost) of each step a split may take from ``text[i]``: a known
    word, or the one character as unknown; and the end of the longest
    dictionary path from there (a word may go on past a change only if its
    path reaches it)."""
    trie, costs = _trie(), _costs_by_word()
    node, k, n, found = trie.root, i, len(text), [(i + 1, UNKNOWN_CHAR_COST)]
    while k < n and node.children is not None:
        node = node.children.get(text[k])
        if node is None:
            break
        k += 1
        if node.end:
            found.append((k, costs.get(text[i:k], UNKNOWN_CHAR_COST)))
    return found, k


@lru_cache(maxsize=4096)
def _splits(run: str) -> tuple[list[float], list[int], list[float], list[int]]:
    """Best costs of each prefix and each suffix of a run, the cut before
    each prefix's end, and how far a dictionary path from each character
    reaches; ``_edited_cost`` reuses them."""
    n = len(run)
    ahead: list[list[tuple[int, float]]] = []
    reach = []
    for i in range(n):
        steps, end = _steps_at(run, i)
        ahead.append(steps)
        reach.append(end)
    inf = float("inf")
    head, cut = [0.0] + [inf] * n, [0] * (n + 1)
    for i in range(n):
        for end, c in ahead[i]:
            if head[i] + c < head[end]:
                head[end], cut[end] = head[i] + c, i
    tail = [inf] * n + [0.0]
    for i in range(n - 1, -1, -1):
        tail[i] = min(c + tail[end] for end, c in ahead[i])
    return head, cut, tail, reach


def _segments(run: str) -> tuple[tuple[int, int, float], ...]:
    """The likeliest split of a Thai run into words: (start, end, cost) of
    each; a character no known word covers costs UNKNOWN_CHAR_COST."""
    head, cut, _, _ = _splits(run)
    out, end = [], len(run)
    while end > 0:
        start = cut[end]
        out.append((start, end, head[end] - head[start]))
        end = start
    return tuple(reversed(out))


def cost(run: str) -> float:
    """How unlikely a Thai run reads: the sum of its words' costs.

    >>> cost("ขั้นตอน") < cost("ขันตอน")
    True
    """
    return _splits(run)[0][-1]


def _edited_cost(run: str, start: int, end: int, repl: str) -> float:
    """``cost(run[:start] + repl + run[end:])`` without splitting the whole
    run again: the best costs before the change and after it are the
    run's own, so only the words around the change are looked up, up to
    the first place every split of the changed run must cut.

    >>> _edited_cost("ขันตอน", 2, 2, "\u0e49") == cost("ขั้นตอน")
    True
    """
    head, _, tail, reach = _splits(run)
    text = run[:start] + repl + run[end:]
    shift, changed_end = len(repl) - (end - start), start + len(repl)
    inf = float("inf")
    best: dict[int, float] = {}  # best costs of prefixes ending after ``start``
    furthest = start  # the end of the longest word looked up so far
    i = next((j for j in range(start) if reach[j] >= start), start)
    while True:
        here = head[i] if i <= start else best.get(i, inf)
        if i >= changed_end and furthest <= i:
            return here + tail[i - shift]  # no word goes over position i
        if i < start and reach[i] < start:
            i += 1
            continue  # none of its words gets to the change
        steps, _ = _steps_at(text, i)
        for k, c in steps:
            if k > start and here + c < best.get(k, inf):
                best[k] = here + c
            furthest = max(furthest, k)
        i += 1


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
            c = _edited_cost(run, start, end, repl)
            if c < score - MARGIN and (best is None or c < best[0]):
                best = (c, run[:start] + repl + run[end:])
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
