"""Resolve Thai place names against the DOPA gazetteer shipped in ``geothai``.

Names in reports are typed by hand: ``อำเภอขำนิ`` for ชำนิ, or a tambon name
(ศิลา) that exists in seven provinces. Every given field is matched together,
tolerating small typos, and a name is only resolved when one place fits best.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import geothai
from geothai._normalize import normalize as _geo_norm
from rapidfuzz.distance import Levenshtein

# Local government bodies named after their tambon (or town): the name that
# follows the prefix is the place to look up.
ORG_PREFIXES: tuple[tuple[str, str], ...] = (
    ("องค์การบริหารส่วนตำบล", "sao"),
    ("องค์การบริหารส่วนจังหวัด", "pao"),
    ("เทศบาลตำบล", "subdistrict_municipality"),
    ("เทศบาลเมือง", "town_municipality"),
    ("เทศบาลนคร", "city_municipality"),
    ("อบต.", "sao"),
    ("อบจ.", "pao"),
    ("ทต.", "subdistrict_municipality"),
    ("ทม.", "town_municipality"),
    ("ทน.", "city_municipality"),
)
_ORG = re.compile("^(?:" + "|".join(re.escape(p) for p, _ in ORG_PREFIXES) + r")\s*")


@dataclass(frozen=True)
class PlaceMatch:
    """The gazetteer entry a set of names resolves to; unresolved levels are None."""

    province: str | None = None
    province_code: str | None = None
    district: str | None = None
    district_code: str | None = None
    subdistrict: str | None = None
    subdistrict_code: str | None = None
    confidence: float = 0.0
    corrections: tuple[tuple[str, str, str], ...] = field(default=())  # (field, given, corrected)
    unresolved: tuple[str, ...] = field(default=())  # fields given but not found
    # Where the names fit several places equally well: each one's district
    # and province (``อ.บางกล่ำ จ.สงขลา``), so that a user can say which.
    ambiguous: tuple[str, ...] = field(default=())


def org_type(org_name: str | None) -> str | None:
    """The kind of local body an organisation name names.

    >>> org_type("องค์การบริหารส่วนตำบลโคกสนวน"), org_type("เทศบาลเมืองบุรีรัมย์")
    ('sao', 'town_municipality')
    """
    if not org_name:
        return None
    for prefix, kind in ORG_PREFIXES:
        if org_name.strip().startswith(prefix):
            return kind
    return None


def place_in_org_name(org_name: str) -> str:
    """The place name inside an organisation name.

    >>> place_in_org_name("องค์การบริหารส่วนตำบลโคกสนวน")
    'โคกสนวน'
    """
    return _ORG.sub("", org_name.strip()).strip()


def _norm(name: str) -> str:
    return _geo_norm(re.sub(r"^(?:ต\.|อ\.|จ\.|แขวง|เขต)", "", name.strip()))


def _cost(given: str, name: str, province_name: str = "") -> int | None:
    """Edit distance from a given name to a gazetteer name, None if too far."""
    if given == name:
        return 0
    if given == "เมือง" and name == "เมือง" + province_name:
        return 0  # "อำเภอเมือง" is the capital district
    if len(given) < 3:
        return None
    tol = 1 if len(given) < 6 else 2
    d = Levenshtein.distance(given, name, score_cutoff=tol)
    return d if d <= tol else None


@lru_cache(maxsize=1)
def _index():
    provinces = {p.code: p for p in geothai.provinces()}
    districts = {d.code: d for p in provinces for d in geothai.districts(p)}
    subdistricts = [s for d in districts for s in geothai.subdistricts(d)]
    norm = {code: _norm(a.name_th) for code, a in (*provinces.items(), *districts.items())}
    norm.update({s.code: _norm(s.name_th) for s in subdistricts})
    return provinces, districts, subdistricts, norm


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    provinces, _, _, norm = _index()
    return frozenset(norm[code] for code in provinces)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(_index()[3].values())


def is_place_name(name: str) -> bool:
    """A tambon, district or province the gazetteer names, spelt exactly.

    >>> is_place_name("ในเมือง"), is_place_name("ในเมืองดังนี้"), is_place_name("บุรีรัมย์")
    (True, False, True)
    """
    return bool(name) and _norm(name) in _place_names()


def _best(candidates: list[tuple[int, tuple[str, ...]]]):
    """Lowest-cost candidates; returns (cost, codes) of the unique best, or the
    codes all tied candidates share."""
    if not candidates:
        return None
    low = min(c for c, _ in candidates)
    tied = [codes for c, codes in candidates if c == low]
    return low, tied


def resolve_org(org_name: str | None, subdistrict: str | None = None,
                district: str | None = None, province: str | None = None) -> PlaceMatch:
    """The place of a local body, by what its kind is named after.

    An SAO or a subdistrict municipality bears its tambon's name; a PAO its
    province's; a town or city municipality its province's (then it sits in
    the capital district), its tambon's or its district's. A tambon named
    on its own (``ตำบลในเมือง``) is taken before the body's name.

    >>> resolve_org("เทศบาลนครขอนแก่น").district  # not the tambon ขอนแก่น in Roi Et
    'เมืองขอนแก่น'
    >>> m = resolve_org("เทศบาลเมืองบ้านไผ่", province="ขอนแก่น")
    >>> m.district, m.unresolved
    ('บ้านไผ่', ())
    >>> resolve_org("องค์การบริหารส่วนจังหวัดบุรีรัมย์").province_code
    '31'
    """
    kind = org_type(org_name)
    name = place_in_org_name(org_name) if org_name else ""
    if kind == "pao":
        return resolve_place(subdistrict=subdistrict, district=district, province=province or name)
    if kind not in ("town_municipality", "city_municipality", "subdistrict_municipality"):
        return resolve_place(org_name, subdistrict=subdistrict, district=district, province=province)
    tries = []
    if kind != "subdistrict_municipality" and _norm(name) in _province_names() and (
            not province or _norm(province) == _norm(name)):
        tries.append(dict(subdistrict=subdistrict, district=district or "เมือง", province=name))
    tries.append(dict(subdistrict=subdistrict or name, district=district, province=province))
    if not district and name:
        tries.append(dict(subdistrict=subdistrict, district=name, province=province))
    first = None
    for given in tries:
        match = resolve_place(**given)
        if match.province_code and not match.unresolved:
            return match
        first = first or match
    return first


def _fallbacks(levels: list[str]) -> list[list[str]]:
    """The sets of levels to match on, in the order tried.

    >>> _fallbacks(["subdistrict", "district", "province"])[:4]
    [['subdistrict', 'district', 'province'], ['subdistrict', 'province'], ['district', 'province'], ['subdistrict', 'district']]
    """
    subsets = [[lv for i, lv in enumerate(levels) if mask >> i & 1] for mask in range(1, 1 << len(levels))]
    # Most levels first; among equals, those keeping the province (rarely
    # misspelt), then the more specific (tambon) levels first.
    rank = {"subdistrict": 0, "district": 1, "province": 2}
    return sorted(subsets, key=lambda use: (-len(use), "province" not in use, [rank[lv] for lv in use]))


def resolve_place(org_name: str | None = None, subdistrict: str | None = None,
                  district: str | None = None, province: str | None = None) -> PlaceMatch:
    """The gazetteer place that best fits all the names given.

    >>> m = resolve_place("องค์การบริหารส่วนตำบลโคกสนวน", district="ขำนิ", province="บุรีรัมย์")
    >>> m.subdistrict_code, m.district, m.province_code, m.corrections
    ('311806', 'ชำนิ', '31', (('district', 'ขำนิ', 'ชำนิ'),))
    >>> m = resolve_place(subdistrict="ศิลา")  # seven provinces
    >>> m.subdistrict_code, m.ambiguous[:2]
    (None, ('อ.เมืองขอนแก่น จ.ขอนแก่น', 'อ.หล่มเก่า จ.เพชรบูรณ์'))
    >>> resolve_place(subdistrict="ศิลา", province="ขอนแก่น").subdistrict_code
    '400114'
    """
    provinces, districts, subdistricts, norm = _index()
    sub_name = subdistrict or (place_in_org_name(org_name) if org_name else None)
    given = {
        "subdistrict": _norm(sub_name) if sub_name else "",
        "district": _norm(district) if district else "",
        "province": _norm(province) if province else "",
    }
    raw = {"subdistrict": sub_name, "district": district, "province": province}
    levels = [k for k in ("subdistrict", "district", "province") if given[k]]
    if not levels:
        return PlaceMatch()

    def scored(use: list[str]) -> list[tuple[int, tuple]]:
        if "subdistrict" in use:
            pool = [{"subdistrict": s.code, "district": s.district_code, "province": s.province_code}
                    for s in subdistricts]
        elif "district" in use:
            pool = [{"district": d.code, "province": d.province_code} for d in districts.values()]
        else:
            pool = [{"province": p} for p in provinces]
        # Broad levels first, each area's cost computed once: a candidate whose
        # province does not fit is dropped before its tambon is compared.
        order = [lv for lv in ("province", "district", "subdistrict") if lv in use]
        out = []
        for codes in pool:
            total = 0
            for lv in order:
                c = level_cost(lv, codes[lv], codes["province"])
                if c is None:
                    break
                total += c
            else:
                out.append((total, tuple(sorted(codes.items()))))
        return out

    memo: dict[tuple[str, str], int | None] = {}

    def level_cost(level: str, code: str, province_code: str) -> int | None:
        key = (level, code)
        if key not in memo:
            memo[key] = _cost(given[level], norm[code], norm[province_code])
        return memo[key]

    # All the names given first; then without one of them (an organisation
    # named after a town rather than its tambon, a misspelt district), most
    # specific first; then a name alone.
    found, used = None, levels
    for use in _fallbacks(levels):
        if found := _best(scored(use)):
            used = use
            break
    if not found:
        return PlaceMatch(unresolved=tuple(levels))
    cost, tied = found
    # Keep only the levels every tied candidate agrees on.
    agreed = dict(tied[0])
    for codes in tied[1:]:
        for k, v in dict(codes).items():
            if agreed.get(k) != v:
                agreed.pop(k, None)
    s_code, d_code, p_code = agreed.get("subdistrict"), agreed.get("district"), agreed.get("province")
    sub = next((s for s in subdistricts if s.code == s_code), None) if s_code else None
    dis = districts.get(d_code) if d_code else None
    pro = provinces.get(p_code) if p_code else None
    corrections = []
    names = {"subdistrict": sub, "district": dis, "province": pro}
    for level in used:
        area = names[level]
        if area is not None and given[level] != norm[area.code] and not (
                given[level] == "เมือง" and level == "district"):
            corrections.append((level, raw[level].strip(), area.name_th))
    # A name left out of the match, or one the match could not pin down.
    unresolved = tuple(lv for lv in levels if lv not in used or names[lv] is None)
    confidence = 0.0 if not agreed else max(0.0, 1.0 - 0.15 * cost - 0.3 * len(unresolved))
    ambiguous = _alternatives(tied, districts, provinces) if len(tied) > 1 else ()
    return PlaceMatch(
        province=pro.name_th if pro else None, province_code=p_code,
        district=dis.name_th if dis else None, district_code=d_code,
        subdistrict=sub.name_th if sub else None, subdistrict_code=s_code,
        confidence=round(confidence, 2), corrections=tuple(corrections), unresolved=unresolved,
        ambiguous=ambiguous,
    )


def _alternatives(tied: list[tuple], districts: dict, provinces: dict) -> tuple[str, ...]:
    """The places several equally good candidates stand for, by district
    and province, in the gazetteer's order."""
    out = []
    for codes in sorted(map(dict, tied), key=lambda c: c.get("subdistrict") or c.get("district") or ""):
        where = [f"อ.{districts[codes['district']].name_th}"] if "district" in codes else []
        where.append(f"จ.{provinces[codes['province']].name_th}")
        if " ".join(where) not in out:
            out.append(" ".join(where))
    return tuple(out)
