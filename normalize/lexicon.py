"""The word list the dictionary-guided repairs judge candidates by.

pythainlp's bundled Thai word list, plus the gazetteer's place names (so that
``ก าแพงแสน`` can be repaired) and a few words of Thai local government.
Nothing is downloaded.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

_EXTRA_WORDS = (
    "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล", "เทศบาลเมือง",
    "เทศบาลนคร", "สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข",
    "กองสวัสดิการสังคม", "งานพัสดุ", "ปีงบประมาณ", "ตัวชี้วัด", "เว็บไซต์", "ผู้รับผิดชอบ",
)


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Every known word: pythainlp's list, gazetteer names and domain words."""
    import geothai
    from pythainlp.corpus.common import thai_words

    places = set()
    for p in geothai.provinces():
        places.add(p.name_th)
        for d in geothai.districts(p.code):
            places.add(d.name_th)
            places.update(s.name_th for s in geothai.subdistricts(d.code))
    return frozenset(thai_words()) | frozenset(places) | frozenset(_EXTRA_WORDS)


@lru_cache(maxsize=1)
def _trie():
    from pythainlp.util import dict_trie

    return dict_trie(words())


@lru_cache(maxsize=1)
def _sorted_words() -> tuple[str, ...]:
    return tuple(sorted(words()))


def begins_word(text: str) -> bool:
    """``text`` is the start of a longer known word (one a line's end cut).

    >>> begins_word("ปีงบประมา"), begins_word("ปีงบประมาณ"), begins_word("การดำเนินการเพื่อ")
    (True, False, False)
    """
    known = _sorted_words()
    at = bisect.bisect_right(known, text)
    return at < len(known) and known[at].startswith(text)


def segment(text: str) -> list[str]:
    """Words of ``text`` by this word list (pythainlp's newmm on one trie, so
    no second one is built).

    >>> segment("นับแต่วันนี้เป็นต้นไป")
    ['นับแต่', 'วันนี้', 'เป็นต้นไป']
    """
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, custom_dict=_trie(), engine="newmm")


def _is_thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


@lru_cache(maxsize=4096)
def inside_long_words(text: str, min_letters: int = 4) -> frozenset[int]:
    """Indexes of the characters of ``text`` inside known words of at least
    ``min_letters`` Thai letters (short words also arise by chance from damage).

    >>> sorted(inside_long_words("ทุจริตก"))
    [0, 1, 2, 3, 4, 5]
    """
    from pythainlp.tokenize import word_tokenize

    known = words()
    out: set[int] = set()
    pos = 0
    for token in word_tokenize(text, custom_dict=_trie(), engine="newmm", keep_whitespace=True):
        if token in known and sum(map(_is_thai_letter, token)) >= min_letters:
            out.update(range(pos, pos + len(token)))
        pos += len(token)
    return frozenset(out)


@lru_cache(maxsize=65536)
def unknown_chars(text: str) -> int:
    """How many Thai characters of ``text`` fall outside known words.

    >>> unknown_chars("ตำบล")
    0
    >>> unknown_chars("ต าบล") > 0
    True
    """
    from pythainlp.tokenize import word_tokenize

    known = words()
    total = 0
    for token in word_tokenize(text, custom_dict=_trie(), engine="newmm", keep_whitespace=False):
        if token not in known:
            total += sum(1 for ch in token if _is_thai_letter(ch))
    return total
