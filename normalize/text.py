"""Repair Thai text damaged by PDF/Word extraction.

Each repair rule is a small function with examples; :func:`thai_text` composes
them in the order given by :data:`RULES`. Callers may compose their own order
from the same functions (for instance leave digits Thai by skipping
``arabic_digits``).

Order matters: Private Use Area glyphs and whitespace are cleaned first so the
mark rules see standard code points and single spaces; the sara am rules run
before the mark re-ordering because a stray nikhahit is itself a "mark"; the
dictionary-guided repairs run on text that is otherwise clean, because they
judge a candidate by whether it yields real words; duplicate marks are
removed last, since a doubled mai ek can be a mis-mapped sara uu (``ค่่มือ``
is ``คู่มือ``).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Callable

from normalize.digits import arabic_digits
from normalize.lexicon import inside_long_words, unknown_chars
from normalize.symbols import WINGDINGS

# Character classes (Unicode Thai block U+0E00–U+0E7F).
CONSONANT = "ก-ฮ"
UPPER_VOWEL = "\u0e31\u0e34-\u0e37\u0e47"  # ั ิ ี ึ ื ็
LOWER_VOWEL = "\u0e38-\u0e3a"  # ุ ู ฺ
TONE = "\u0e48-\u0e4b"  # ่ ้ ๊ ๋
SIGN = "\u0e4c-\u0e4e"  # ์ ํ ๎
MARK = f"{UPPER_VOWEL}{LOWER_VOWEL}{TONE}{SIGN}"
NIKHAHIT = "\u0e4d"
SARA_AA = "\u0e32"
SARA_AM = "\u0e33"

# Thai Private Use Area glyphs -> standard code points. Windows fonts (TH
# Sarabun, Tahoma, Angsana) use U+F700–U+F71A, Apple fonts U+F884–U+F89E; the
# glyph is a shifted or descender-less variant of the character it stands for.
_PUA_PAIRS = {
    "\u0e48": ("\uf70a\uf705\uf713", "\uf88b\uf88c\uf88a"),  # ่ mai ek
    "\u0e49": ("\uf70b\uf706\uf714", "\uf88e\uf88f\uf88d"),  # ้ mai tho
    "\u0e4a": ("\uf70c\uf707\uf715", "\uf891\uf892\uf890"),  # ๊ mai tri
    "\u0e4b": ("\uf70d\uf708\uf716", "\uf894\uf895\uf893"),  # ๋ mai chattawa
    "\u0e4c": ("\uf70e\uf709\uf717", "\uf897\uf898\uf896"),  # ์ thanthakhat
    "\u0e38": ("\uf718", "\uf89b"),  # ุ sara u
    "\u0e39": ("\uf719", "\uf89c"),  # ู sara uu
    "\u0e3a": ("\uf71a", "\uf89d"),  # ฺ phinthu
    "\u0e31": ("\uf710", "\uf884"),  # ั mai han-akat
    "\u0e34": ("\uf701", "\uf885"),  # ิ sara i
    "\u0e35": ("\uf702", "\uf886"),  # ี sara ii
    "\u0e36": ("\uf703", "\uf887"),  # ึ sara ue
    "\u0e37": ("\uf704", "\uf888"),  # ื sara uee
    "\u0e47": ("\uf712", "\uf889"),  # ็ maitaikhu
    "\u0e4d": ("\uf711", "\uf899"),  # ํ nikhahit
    "\u0e0d": ("\uf70f", "\uf89a"),  # ญ yo ying without descender
    "\u0e10": ("\uf700", "\uf89e"),  # ฐ tho than without descender
}
PUA_MAP = {ord(p): std for std, groups in _PUA_PAIRS.items() for g in groups for p in g}
# List bullets and check boxes from Word's symbol fonts (Symbol, Wingdings),
# which sit at private code points F0xx: what PDFs and list definitions hold
# for them where the font is not known (the parsers map by font first):
# Symbol's bullet and Wingdings' bullets and boxes, Word's usual fonts for them.
BULLETS = {"\uf0b7": "•", **{chr(0xF000 + b): WINGDINGS[b]
                               for b in (0xA7, 0xD8, 0xE0, 0x76, 0x6C, 0x6E, 0xFC, 0xFE, 0xFD, 0xA8, 0xFB)}}
_PRIVATE = {**PUA_MAP, **{ord(k): v for k, v in BULLETS.items()}}

# Zero-width characters, and the control characters a PDF gives for glyphs
# its font lacks (NUL for .notdef) or that stray into text (not tab, newline
# and the other line separators, which fold_whitespace handles).
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad"
                            + "".join(map(chr, (*range(0x00, 0x09), 0x0e, 0x0f, *range(0x10, 0x1c), 0x1f, 0x7f))))
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\v\f\x1c-\x1e\x85]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but newline
_SPACE_AROUND_NL = re.compile(r" *\n[\s]*")
_DOUBLE_SARA_E = re.compile("\u0e40\u0e40")
_SPACE_BEFORE_MARK = re.compile(f"(?<=[{CONSONANT}{MARK}]) +(?=[{MARK}{SARA_AM}])")
_NIKHAHIT_AA = re.compile(f"{NIKHAHIT} ?{SARA_AA}")
_NIKHAHIT_TONE_AA = re.compile(f"{NIKHAHIT} ?([{TONE}]) ?{SARA_AA}")
_TONE_NIKHAHIT_AA = re.compile(f"([{TONE}]) ?{NIKHAHIT} ?{SARA_AA}")
_AM_AA = re.compile(f"{SARA_AM}{SARA_AA}")
_AM_TONE = re.compile(f"{SARA_AM}([{TONE}]){SARA_AA}?")
_DUPLICATE_MARK = re.compile(f"([{MARK}])\\1+")
_TONE_BEFORE_VOWEL = re.compile(f"([{CONSONANT}])([{TONE}\u0e4c])([{UPPER_VOWEL}{LOWER_VOWEL}])")


def nfc(s: str) -> str:
    """Unicode NFC (NFKC is avoided: it splits sara am into nikhahit + aa).

    >>> nfc("ตำบล") == "ตำบล"
    True
    """
    return unicodedata.normalize("NFC", s)


def map_private_use(s: str) -> str:
    """Map the Private Use Area glyphs of Thai fonts, and list bullets of
    symbol fonts, to standard Unicode.

    >>> map_private_use("ข\\uf70bอกําหนด")
    'ข้อกําหนด'
    >>> map_private_use("\\uf700าน") == "ฐาน"
    True
    >>> map_private_use("\\uf0b7 รายงานผู้บริหาร")
    '• รายงานผู้บริหาร'
    >>> map_private_use("\\uf0fe ดำเนินการแล้ว \\uf0a8 ยังไม่ดำเนินการ")
    '☑ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ'
    """
    return s.translate(_PRIVATE)


def remove_zero_width(s: str) -> str:
    """Drop zero-width spaces/joiners, BOMs, soft hyphens and control characters.

    >>> remove_zero_width("ตำ\\u200bบล"), remove_zero_width("\\x00เข้าถึงง่าย")
    ('ตำบล', 'เข้าถึงง่าย')
    """
    return s.translate(_ZERO_WIDTH)


def fold_whitespace(s: str) -> str:
    """Fold runs of spaces to one; keep paragraph breaks as a single newline.

    >>> fold_whitespace("  สำนักปลัด\\t กองคลัง \\r\\n\\n กองช่าง ")
    'สำนักปลัด กองคลัง\\nกองช่าง'
    """
    s = _NEWLINES.sub("\n", s)
    s = _SPACES.sub(" ", s)
    s = _SPACE_AROUND_NL.sub("\n", s)
    return s.strip()


def fix_double_sara_e(s: str) -> str:
    """Two sara e typed for one sara ae.

    >>> fix_double_sara_e("เเผนพัฒนา")
    'แผนพัฒนา'
    """
    return _DOUBLE_SARA_E.sub("\u0e41", s)


_LETTER = f"(?:[{CONSONANT}\u0e30\u0e32\u0e33\u0e40-\u0e45][{MARK}{SARA_AM}]*|[{MARK}{SARA_AM}]+)"
_LETTER_SPACED = re.compile(f"(?<!\\S){_LETTER}(?: {_LETTER}){{3,}}(?!\\S)")


def join_letter_spacing(s: str) -> str:
    """Headings typed with a space between letters (and scans made searchable
    by Tesseract, whose hidden text spaces every letter): four or more single
    letters in a row, each with its marks, are one word. Thai puts no space
    between the words of a phrase, so such a run is never separate words.

    >>> join_letter_spacing("ส า ร บั ญ"), join_letter_spacing("ค ำ น ำ")
    ('สารบัญ', 'คำนำ')
    >>> join_letter_spacing("ร า ย ง า น ก า ร ด ำ เ นิ น ง า น ประจำปี")
    'รายงานการดำเนินงาน ประจำปี'
    >>> join_letter_spacing("ส่วนต าบล ณ ที่ ตั้ง")  # a dropped sara am; three single letters
    'ส่วนต าบล ณ ที่ ตั้ง'
    """
    if " " not in s:
        return s
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), s)


def remove_space_before_marks(s: str) -> str:
    """A combining mark never starts a word: drop the space before it.

    >>> remove_space_before_marks("ต ้องการ")
    'ต้องการ'
    >>> remove_space_before_marks("ก ำหนด")
    'กำหนด'
    """
    return _SPACE_BEFORE_MARK.sub("", s)


def repair_sara_am(s: str) -> str:
    """Rebuild sara am from the pieces extraction splits it into.

    >>> repair_sara_am("กําหนด")  # nikhahit + aa
    'กำหนด'
    >>> repair_sara_am("น ํ้ า".replace("น ", "น"))  # nikhahit before the tone
    'น้ำ'
    >>> repair_sara_am("กำากับ")  # LibreOffice/Word exports
    'กำกับ'
    >>> repair_sara_am("สมำ่าเสมอ")  # the tone drawn between am's two parts
    'สม่ำเสมอ'
    """
    s = _NIKHAHIT_TONE_AA.sub(lambda m: m.group(1) + SARA_AM, s)
    s = _TONE_NIKHAHIT_AA.sub(lambda m: m.group(1) + SARA_AM, s)
    s = _NIKHAHIT_AA.sub(SARA_AM, s)
    s = _AM_AA.sub(SARA_AM, s)
    return _AM_TONE.sub(lambda m: m.group(1) + SARA_AM, s)


def remove_duplicate_marks(s: str) -> str:
    """A mark typed twice shows once: keep one.

    >>> remove_duplicate_marks("ที่่")
    'ที่'
    """
    return _DUPLICATE_MARK.sub(r"\1", s)


def reorder_tone_and_vowel(s: str) -> str:
    """Put an upper/lower vowel before the tone mark on the same consonant.

    >>> reorder_tone_and_vowel("ท\\u0e48\\u0e35")  # ท + ่ + ี
    'ที่'
    """
    return _TONE_BEFORE_VOWEL.sub(r"\1\3\2", s)


# --- dictionary-guided repairs ----------------------------------------------

_THAI_RUN = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+")
# Candidate edits inside one Thai run, tried only where words are unknown.
_DISPLACED_MARKS = re.compile(f"([{CONSONANT}])([{CONSONANT}])([{UPPER_VOWEL}{LOWER_VOWEL}]?[{TONE}\u0e4c]?)")
_DISPLACED_VOWEL = re.compile(f"([{CONSONANT}])([{TONE}])([{CONSONANT}])([{UPPER_VOWEL}])")
_AM_FOR_AA = re.compile(SARA_AM)
_AA_FOR_AM = re.compile(f"(?<=[{CONSONANT}{TONE}]){SARA_AA}")
# Fonts whose ToUnicode maps the sara uu glyph to mai ek: ผู้ -> ผ้่, ข้อมูล -> ข้อม่ล.
_UU_AS_MAI_EK = re.compile(f"(?<=[{CONSONANT}])([{TONE}]?)\u0e48")


# A tone mark's glyph mapped to sara uu (LibreOffice's map, where ผู้ came
# first): a consonant then sara uu twice, or sara uu before sara aa, which no
# Thai word has. The first sara uu is the tone (drawn before the vowel).
_TONE_AS_UU = re.compile(f"(?<=[{CONSONANT}])\u0e39(?=[\u0e39{SARA_AA}])")


def restore_tone_read_as_uu(s: str) -> str:
    """Put back a tone mark that the font's map turned into sara uu, choosing
    the tone that makes the likelier words (pythainlp's word frequencies).

    >>> restore_tone_read_as_uu("ผููรับผิดชอบ ลูกจูาง รููจัก สูู")
    'ผู้รับผิดชอบ ลูกจ้าง รู้จัก สู่'
    >>> restore_tone_read_as_uu("ครูผู้สอน")  # nothing impossible: left alone
    'ครูผู้สอน'
    """
    if "\u0e39\u0e39" not in s and "\u0e39" + SARA_AA not in s:
        return s
    from normalize.ocr import cost  # word frequencies (normalize.ocr imports this module)

    def fix_run(m: re.Match) -> str:
        run = m.group(0)
        while hit := _TONE_AS_UU.search(run):
            a = hit.start()
            # In canonical order: a doubled sara uu becomes sara uu + tone.
            keep, rest = ("\u0e39", run[a + 2:]) if run[a + 1] == "\u0e39" else ("", run[a + 1:])
            run = min((run[:a] + keep + tone + rest for tone in "\u0e48\u0e49\u0e4a\u0e4b"), key=cost)
        return run

    return _THAI_RUN.sub(fix_run, s)


def restore_dropped_sara_am(s: str) -> str:
    """Word 2007–2013 PDF exports drop sara am, leaving ``C า``: put it back
    where that makes real words and the damaged text is not one. No Thai
    word starts with า, so a gap before it is taken as a dropped am unless
    closing the gap reads better by more than ``AM_PRIOR`` letters; the gaps
    of one word are judged together (``ค าน า`` is คำนำ, not คาน|า).

    >>> restore_dropped_sara_am("องค์การบริหารส่วนต าบล")
    'องค์การบริหารส่วนตำบล'
    >>> restore_dropped_sara_am("ส านักงาน อัตราก าลัง ค าน า")
    'สำนักงาน อัตรากำลัง คำนำ'
    >>> restore_dropped_sara_am("ประจ าปงบประมาณ")  # ปี lost its ี too: still ประจำ
    'ประจำปงบประมาณ'
    """
    if " " + SARA_AA not in s:
        return s  # the pattern's search is costly on long text: most text has no gap to check
    return _GAPPED_WORD.sub(_fill_gaps, s)


AM_PRIOR = 2
_GAPPED_WORD = re.compile(f"(?:[\u0e01-\u0e4e]*[{CONSONANT}][{TONE}]? (?={SARA_AA}))+[\u0e01-\u0e4e]*")
MAX_GAPS = 6  # 2**6 readings of one word at most; more gaps are left alone


def _fill_gaps(m: re.Match) -> str:
    original = m.group(0)
    pieces = original.split(" ")
    gaps = len(pieces) - 1
    if gaps > MAX_GAPS:
        return original

    def reading(closed: tuple[bool, ...]) -> str:  # per gap: closed (aa) or am put back
        out = pieces[0]
        for close, piece in zip(closed, pieces[1:]):
            out += piece if close else SARA_AM + piece[1:]
        return out

    best = min(itertools.product((False, True), repeat=gaps),
               key=lambda closed: unknown_chars(reading(closed)) + AM_PRIOR * sum(closed))
    text = reading(best)
    return text if unknown_chars(text) < unknown_chars(original) else original


def _candidates(run: str):
    for m in _DISPLACED_MARKS.finditer(run):
        if m.group(3):
            a, b, marks = m.groups()
            yield m.start(), m.end(), a + marks + b
    for m in _DISPLACED_VOWEL.finditer(run):
        a, tone, b, vowel = m.groups()
        yield m.start(), m.end(), a + vowel + tone + b
    for m in _AM_FOR_AA.finditer(run):
        yield m.start(), m.end(), SARA_AA
    if run.count(SARA_AM) > 1:  # a font that maps aa to am does it to every aa: ควำมสำมำรถ
        yield 0, len(run), run.replace(SARA_AM, SARA_AA)
    for m in _AA_FOR_AM.finditer(run):
        yield m.start(), m.end(), SARA_AM
    for m in _UU_AS_MAI_EK.finditer(run):
        yield m.start(), m.end(), "\u0e39" + m.group(1)


def _changed(old: str, new: str, start: int) -> frozenset[int]:
    """Where an edit of ``old`` into ``new`` at ``start`` changes characters
    (all of the new text when the length changes)."""
    if len(old) != len(new):
        return frozenset(range(start, start + len(new)))
    return frozenset(start + i for i, (a, b) in enumerate(zip(old, new)) if a != b)


def repair_by_dictionary(s: str, max_edits: int = 8) -> str:
    """Undo extraction damage inside Thai words, one edit at a time, keeping an
    edit only when it lowers the count of characters outside known words.

    Edits: marks put after the next consonant (``ขนั้`` → ``ขั้น``), an upper
    vowel put after the next consonant (``เพ่อื`` → ``เพื่อ``), aa mis-mapped to
    am (``โรงพยำบำล``), a sara am dropped without a space, and sara uu
    mis-mapped to mai ek (``ผ้่`` → ``ผู้``, ``ข้อม่ล`` → ``ข้อมูล``).

    >>> repair_by_dictionary("ขนั้ตอน เพ่อืให้ อ่นืๆ")
    'ขั้นตอน เพื่อให้ อื่นๆ'
    >>> repair_by_dictionary("โรงพยำบำล ควำมสำมำรถ")
    'โรงพยาบาล ความสามารถ'
    >>> repair_by_dictionary("ผ้่รับผิดชอบ จัดทำข้อม่ลให้ถ่กต้อง ค่่มือ")
    'ผู้รับผิดชอบ จัดทำข้อมูลให้ถูกต้อง คู่มือ'
    >>> repair_by_dictionary("สนั่น")  # already a word: left alone
    'สนั่น'
    >>> repair_by_dictionary("การทุจริตก.")  # only the unknown part may change
    'การทุจริตก.'
    >>> repair_by_dictionary("การวิเคราะหการ")  # ์ missing: no edit makes a word of it
    'การวิเคราะหการ'
    """

    def fix_run(m: re.Match) -> str:
        run = m.group(0)
        if next(_candidates(run), None) is None:
            return run  # nothing to try: skip the dictionary lookup
        score = unknown_chars(run)
        kept = inside_long_words(run)
        for _ in range(max_edits):
            if score == 0:
                break
            best = None
            for start, end, repl in _candidates(run):
                changed = _changed(run[start:end], repl, start)
                if not kept.isdisjoint(changed):
                    continue  # it would break a word that reads right (ทุจริต|ก)
                cand = run[:start] + repl + run[end:]
                c = unknown_chars(cand)
                # Cutting damaged text into short dictionary words (เค|รำ|ะห for
                # เคราะห์ missing its ์) lowers the unknown count too: the changed
                # letters must end up in known words of three letters or more.
                if c < score and (best is None or c < best[0]) and changed <= inside_long_words(cand, 3):
                    best = (c, cand)
            if best is None:
                break
            score, run = best
            kept = inside_long_words(run)
        return run

    return _THAI_RUN.sub(fix_run, s)


Rule = Callable[[str], str]

#: The order :func:`thai_text` applies its rules in.
RULES: tuple[Rule, ...] = (
    map_private_use,  # before NFC: the mapped marks must be put in canonical order too
    nfc,
    remove_zero_width,
    fold_whitespace,
    arabic_digits,
    fix_double_sara_e,
    join_letter_spacing,  # before the space-and-mark repairs, which would read its gaps as damage
    remove_space_before_marks,
    repair_sara_am,
    reorder_tone_and_vowel,
    restore_tone_read_as_uu,  # before NFC and duplicate removal: they hide where the tone was
    restore_dropped_sara_am,
    repair_by_dictionary,
    nfc,  # again: re-ordered marks end in canonical order (lower vowel before tone)
    remove_duplicate_marks,  # after NFC, which can bring two equal marks together
)


MAX_PASSES = 4
CACHED_LENGTH = 200  # short texts (headers, headings, names) recur within a file: cache them


def thai_text(s: str, rules: tuple[Rule, ...] = RULES) -> str:
    """Normalize one cell or paragraph of Thai text.

    >>> thai_text("๑.เจ้าหน้าที่ผู้รับผิดชอบ  ศึกษา\\n\\n ☑ เข้าถึงง่าย")
    '1.เจ้าหน้าที่ผู้รับผิดชอบ ศึกษา\\n☑ เข้าถึงง่าย'
    >>> thai_text("การกํากับติดตาม ส่วนต าบล ขนั้ตอน")
    'การกำกับติดตาม ส่วนตำบล ขั้นตอน'
    """
    if rules is RULES and len(s) <= CACHED_LENGTH:
        return _thai_text_cached(s)
    return _apply(s, rules)


def _apply(s: str, rules: tuple[Rule, ...]) -> str:
    # One pass repairs real damage; a further pass settles the rare input
    # (random marks) where one repair exposes another, so the result is a
    # fixed point: thai_text(thai_text(s)) == thai_text(s).
    for _ in range(MAX_PASSES):
        before = s
        for rule in rules:
            s = rule(s)
        if s == before:
            break
    return s


@functools.lru_cache(maxsize=4096)
def _thai_text_cached(s: str) -> str:
    # Header cells, headings and names are normalized more than once per file.
    return _apply(s, RULES)
