"""Recognise a measure table's header row by meaning, not by position.

Reports word their headers differently (``ประเด็นที่ต้องปรับปรุง แก้ไข/
ประเด็นที่ต้องพัฒนา``, ``หน่วยงานที่รับผิดชอบ``…), add a leading ลำดับ
column, or leave out การดำเนินการ in a plan; each header cell is given the
role its words name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from normalize import thai_text
from normalize.digits import column_number
from parsers.model import Row

ROLES = ("issue", "responsible", "measure", "monitoring", "progress")
REQUIRED = ("issue", "responsible", "measure", "monitoring")
SEQ = "seq"

# The role whose words come first in a header cell wins (ผลการดำเนินการตาม
# มาตรการ is progress, แนวทางการนำข้อเสนอแนะไปปฏิบัติ a measure); at the same
# place, the one listed first.
_ROLE_PATTERNS = (
    (SEQ, re.compile(r"^(?:ลำดับ(?:ที่)?|ที่|no\.?)$", re.I)),
    # An ITA indicator, not a plan's measure of success (ตัวชี้วัดความสำเร็จ).
    ("issue", re.compile(r"ประเด็น|ข้อเสนอแนะ|ข้อบกพร่อง|ตัวชี้วัด(?!(?:ความ|ผล)สำเร็จ)")),
    ("responsible", re.compile(r"รับผิดชอบ|ผู้ดำเนินการ$|^หน่วยงาน|^ผู้ปฏิบัติ|ผู้ประสานงาน")),
    ("monitoring", re.compile(r"รายงานผล|กำกับ|ติดตาม|กำหนดเวลา|แล้วเสร็จ|ระยะเวลา|ช่วงเวลา|ห้วงเวลา")),
    ("measure", re.compile(r"ขั้นตอน|วิธีการ|มาตรการ|แนวทาง|กิจกรรม|โครงการ")),
    # Not ผลการประเมิน: the indicator's score some tables add.
    ("progress", re.compile(r"ดำเนินการ|ดำเนินงาน|ผลการ(?!ประเมิน)|ความก้าวหน้า|สถานะ")),
)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", thai_text(text))


@lru_cache(maxsize=4096)  # asked of each cell by header_roles, then by header_under_title
def cell_role(text: str) -> str | None:
    """The role a header cell names.

    >>> cell_role("การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ")
    'monitoring'
    >>> cell_role("ขั้นตอนหรือวิธีการ/มาตรการ"), cell_role("การดำเนินการ"), cell_role("ลำดับ")
    ('measure', 'progress', 'seq')
    >>> cell_role("ผลการดำเนินการตามมาตรการ"), cell_role("แนวทางการนำข้อเสนอแนะไปปฏิบัติ"), cell_role("ผลการประเมิน")
    ('progress', 'measure', None)
    >>> cell_role("กิจกรรม/โครงการ"), cell_role("หน่วยงาน"), cell_role("ช่วงเวลา"), cell_role("ตัวชี้วัดความสำเร็จ")
    ('measure', 'responsible', 'monitoring', None)
    """
    if len(text) > 240:  # far longer than any header: skip normalizing it
        return None
    t = _compact(text)
    if not t or len(t) > 80:
        return None
    found = [(m.start(), i, role) for i, (role, pattern) in enumerate(_ROLE_PATTERNS) if (m := pattern.search(t))]
    return min(found)[2] if found else None


def _per_column(row: Row, value) -> list:
    """``value(cell)`` for each grid column, a spanning cell's for each column it spans."""
    return [v for cell in row.cells for v in [value(cell)] * cell.span]


def header_roles(row: Row) -> list[str | None] | None:
    """Roles per grid column if ``row`` is a measure-table header, else None.

    A header names at least four of the five roles, among them the issue and
    the measure columns (a plan may leave out การดำเนินการ; a process table
    with only responsible/steps/time is not a measure table). A role may
    take more than one column (monitoring and its deadline, an indicator
    and its issue): they read as one cell. A title over several columns is
    each one's (การรายงานผลและการกำกับติดตาม over วิธีการ and กำหนดเวลา).
    """
    roles = _per_column(row, lambda cell: cell_role(cell.text))
    if "responsible" not in roles and "issue" in roles and "measure" in roles:  # else no header either way
        roles = _units_as_responsible(row, roles)
    named = {r for r in roles if r in ROLES}
    if len(named) < 4 or "issue" not in named or "measure" not in named:
        return None
    return roles


def header_under_title(row: Row) -> tuple[list[str | None], Row, str] | None:
    """A header one of whose cells starts with a title over the table (a
    title row without lines around it reads into the header cell under
    it): its roles (as :func:`header_roles` gives), the header without the
    title, and the title.

    Only a cell that names no role or one another cell names is cut, where
    a role the row lacks starts; and only in a row whose other cells name
    three roles, so a measure row (its cells are long and name none) costs
    one look.

    >>> from parsers.model import Cell
    >>> row = Row([Cell("แผนปฏิบัติการตามมาตรการ ประจำปี ๒๕๖๖ ประเด็นที่ต้องปรับปรุงแก้ไข"),
    ...            Cell("ผู้รับผิดชอบ"), Cell("ขั้นตอนหรือวิธีการ/มาตรการ"), Cell("การรายงานผล"), Cell("การดำเนินการ")])
    >>> header_roles(row) is None
    True
    >>> roles, header, title = header_under_title(row)
    >>> roles, header.cells[0].text, title
    (['issue', 'responsible', 'measure', 'monitoring', 'progress'], 'ประเด็นที่ต้องปรับปรุงแก้ไข', 'แผนปฏิบัติการตามมาตรการ ประจำปี 2566')
    """
    roles = [cell_role(cell.text) for cell in row.cells]
    for i, cell in enumerate(row.cells):
        others = {r for j, r in enumerate(roles) if j != i and r in ROLES}
        if len(others) < 3 or (roles[i] in ROLES and roles[i] not in others):
            continue
        text = thai_text(cell.text).strip()
        if len(text) > 240:
            continue
        starts = sorted(m.start() for role, pattern in _ROLE_PATTERNS if role not in others
                        for m in pattern.finditer(text) if m.start() > 0)
        for start in starts:
            header = replace(row, cells=row.cells[:i] + [replace(cell, text=text[start:])] + row.cells[i + 1:])
            found = header_roles(header)
            if found:
                return found, header, text[:start].strip()
    return None


# A unit of a local body named as a column's title (สำนักปลัด, กองคลัง,
# งานพัสดุ, หน่วยตรวจสอบภายใน, ส่วนการคลัง).
_UNIT = re.compile(r"^(?:สำนัก|กอง|งาน|ฝ่าย|หน่วย|ส่วน|กลุ่มงาน)[\u0e01-\u0e4e]")


def _units_as_responsible(row: Row, roles: list[str | None]) -> list[str | None]:
    """Side-by-side columns titled with units and no ผู้รับผิดชอบ over them
    (สำนักปลัด | กองคลัง | กองช่าง, a tick under each unit that takes part):
    together they are the responsible column.

    >>> from parsers.model import Cell
    >>> row = Row([Cell("ประเด็น"), Cell("สำนักปลัด"), Cell("กองคลัง"), Cell("มาตรการ")])
    >>> _units_as_responsible(row, ["issue", None, None, "measure"])
    ['issue', 'responsible', 'responsible', 'measure']
    >>> _units_as_responsible(row, ["issue", None, "monitoring", "measure"])  # one unit alone is not one
    ['issue', None, 'monitoring', 'measure']
    """
    units = _per_column(row, lambda cell: len(cell.text) <= 60 and bool(_UNIT.match(_compact(cell.text))))
    run: list[int] = []
    for col, role in enumerate(roles + [SEQ]):  # a role after the last column ends the last run
        if role is None and units[col]:
            run.append(col)
            continue
        if len(run) >= 2:
            return [("responsible" if i in run else r) for i, r in enumerate(roles)]
        run = []
    return roles


def header_atop(row: Row) -> list[str | None] | None:
    """Roles per grid column if the first lines of ``row``'s cells are a
    measure-table header: a table without lines between its rows puts its
    header and its rows in the same cells.

    >>> from parsers.model import Cell
    >>> header_atop(Row([Cell("ประเด็นที่ต้องปรับปรุง\\nตัวชี้วัดที่ ๙"), Cell("ผู้รับผิดชอบ\\nสำนักปลัด"),
    ...                  Cell("ขั้นตอน/มาตรการ\\n๑.รายงาน"), Cell("การรายงานผล\\nภายในเดือน"), Cell("การดำเนินการ")]))
    ['issue', 'responsible', 'measure', 'monitoring', 'progress']
    """
    if not any("\n" in c.text.strip() for c in row.cells):
        return None
    return header_roles(Row([replace(c, text=c.text.strip().split("\n", 1)[0]) for c in row.cells]))


def continues_header(row: Row) -> bool:
    """A row under a header that belongs to it: column numbers (``(๑)``,
    ``(๒)``… as government forms have) or the second line of a two-row
    header (``กำหนดเวลาแล้วเสร็จ`` under its column's title).

    >>> from parsers.model import Cell
    >>> continues_header(Row([Cell("(๑)"), Cell("(๒)"), Cell("(๓)"), Cell("(๔)"), Cell("(๕)")]))
    True
    >>> continues_header(Row([Cell(""), Cell(""), Cell(""), Cell("กำหนดเวลาแล้วเสร็จ"), Cell("")]))
    True
    >>> continues_header(Row([Cell("ตัวชี้วัดที่ ๙"), Cell("สำนักปลัด"), Cell("๑.รายงาน")]))
    False
    """
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    # Length first: a measure's cells are long, and normalizing them is not free.
    return bool(texts) and all(len(t) <= 60 and (column_number(_compact(t)) is not None or cell_role(t) is not None)
                               for t in texts)


def cut_titles(names: list[str], roles: list[str | None], row: Row) -> tuple[list[str | None], list[str]] | None:
    """Each grid column's role and title, where the page cut a header's
    titles inside a word and ``row``, the first under it on the next page,
    holds their ends (การดำเนิน | การ): ``names`` (the titles) with the
    ends joined on, if each end makes its column's title name a role the
    header (its ``roles``) lacked. Else None.

    >>> from parsers.model import Cell
    >>> names = ["ประเด็น", "ผู้รับผิดชอบ", "มาตรการ", "การรายงานผล", "การดำเนิน"]
    >>> roles = ["issue", "responsible", "measure", "monitoring", None]
    >>> found, titled = cut_titles(names, roles, Row([Cell(""), Cell(""), Cell(""), Cell(""), Cell("การ")]))
    >>> found[4], titled[4]
    ('progress', 'การดำเนินการ')
    >>> cut_titles(names, roles, Row([Cell("ตัวชี้วัดที่ ๙"), Cell(""), Cell(""), Cell(""), Cell("การ")])) is None
    True
    >>> cut_titles(names[:4] + ["หมายเหตุ"], roles, Row([Cell("")] * 4 + [Cell("ดำเนินการแล้ว")])) is None
    True

    A title that named its role on the page before may go on too, where
    the two make one of the form's usual titles whole:

    >>> names = ["ประเด็นที่ต้องปรับปรุง", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีการ/", "การรายงานผลและการกำกับ", "การดำเนิน"]
    >>> found, titled = cut_titles(names, roles, Row([Cell("แก้ไข/ประเด็นที่ต้องพัฒนา"), Cell(""), Cell("มาตรการ"),
    ...                                               Cell("ติดตาม"), Cell("การ")]))
    >>> found[4], titled
    ('progress', ['ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา', 'ผู้รับผิดชอบ', 'ขั้นตอนหรือวิธีการ/มาตรการ', 'การรายงานผลและการกำกับติดตาม', 'การดำเนินการ'])
    >>> cut_titles(names, roles, Row([Cell("แก้ไข"), Cell(""), Cell("มาตรการ ๑.เจ้าหน้าที่"), Cell(""), Cell("การ")])) is None
    True
    """
    found, out = list(roles), list(names)
    texts = [(col, cell.text.strip()) for col, cell in row.grid_cells() if cell.text.strip()]
    for col, text in texts:
        if col < len(names) and roles[col] is not None and _is_usual_title(names[col] + text):
            out[col] = names[col] + text  # a named title's rest (ประเด็นที่ต้องปรับปรุง | แก้ไข/…): the form's whole
            continue
        # Neither part names a role alone: the join does (หมายเหตุ | ดำเนินการแล้ว is a row's text).
        if col >= len(names) or roles[col] is not None or len(text) > 20 or cell_role(text):
            return None
        role = cell_role(names[col] + text)
        if role not in ROLES or role in found:
            return None
        found[col], out[col] = role, names[col] + text
    return (found, out) if texts else None


def titles(row: Row) -> list[str]:
    """Each grid column's title: the text of the header cell over it."""
    return _per_column(row, lambda cell: cell.text.strip())


def beyond_titles(row: Row, header: list[str], stacked: list[str] | None = None) -> list[tuple[int, str]]:
    """(grid column, text) of each cell of a header row seen again that holds
    more than the title over its column in the table's ``header`` (per grid
    column, as ``titles`` gives): text read into a repeated header, which a
    header row does not hand on as a measure. The cell must start with the
    title, as the text drawn under it does: a header worded otherwise is
    not this. Nor is a cell that holds the header's rows' texts over its
    column, ``stacked`` (as :func:`stack_below` gives): a header of two rows
    read as one, with no rule between them.

    >>> from parsers.model import Cell
    >>> beyond_titles(Row([Cell("ประเด็น"), Cell("ผู้รับ ผิดชอบ\\nสำนักปลัด")]), ["ประเด็น", "ผู้รับผิดชอบ"])
    [(1, 'ผู้รับ ผิดชอบ\\nสำนักปลัด')]
    >>> beyond_titles(Row([Cell("ประเด็นที่ต้องปรับปรุง/ประเด็นที่ต้องพัฒนา")]), ["ประเด็นที่ต้องพัฒนา"])
    []
    >>> beyond_titles(Row([Cell("การรายงานผล กำหนดเวลาแล้วเสร็จ")]), ["การรายงานผล"], ["การรายงานผลกำหนดเวลาแล้วเสร็จ"])
    []
    """
    out = []
    for col, cell in row.grid_cells():
        if col < len(header) and cell.text.strip():
            text, title = _compact(cell.text), _compact(header[col])
            if len(text) > len(title) and text.startswith(title) and not (
                    stacked and col < len(stacked) and text == _compact(stacked[col])):
                out.append((col, cell.text.strip()))
    return out


def _after_title(text: str, title: str) -> str | None:
    """What ``text`` holds after ``title`` (both compared with whitespace
    removed, as :func:`beyond_titles` compares them), or None if it does
    not start with it. The raw text is cut where its start, normalized,
    is the title.

    >>> _after_title("ผู้รับผิดชอบสำนักปลัด", "ผู้รับ ผิดชอบ"), _after_title("กองคลัง", "ผู้รับผิดชอบ")
    ('สำนักปลัด', None)
    """
    want = _compact(title)
    if not _compact(text).startswith(want):
        return None
    for end in range(len(text) + 1):  # the shortest start that is the title
        start = _compact(text[:end])
        if start == want:
            return text[end:].strip()
        if len(start) > len(want):  # normalizing the start alone read it otherwise
            return None
    return None


# Column titles as the NACC's form and its common rewordings give them
# (each with its compact form), longest first where one starts another: the
# header a run-in row starts with, where no later header says how this
# report words it.
_TITLES = tuple(sorted(((t, _compact(t)) for t in (
    "ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา", "ประเด็นที่ต้องปรับปรุงแก้ไข", "ประเด็นที่ต้องพัฒนา",
    "ประเด็นที่ต้องปรับปรุง", "ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานผู้รับผิดชอบ",
    "ขั้นตอนหรือวิธีการ/มาตรการ", "ขั้นตอนหรือวิธีการ", "มาตรการ", "การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ",
    "การรายงานผลและการกำกับติดตาม", "กำหนดเวลาแล้วเสร็จ", "การดำเนินการ", "ผลการดำเนินการ", "ลำดับที่", "ลำดับ",
)), key=lambda pair: -len(pair[1])))


def _is_usual_title(text: str) -> bool:
    """``text`` is one of the NACC form's usual column titles, whole.

    >>> _is_usual_title("ขั้นตอนหรือวิธีการ/ มาตรการ"), _is_usual_title("ขั้นตอนหรือวิธีการ/ มาตรการ ๑.")
    (True, False)
    """
    return any(_compact(text) == compact for _, compact in _TITLES)


def usual_titles(row: Row) -> list[str] | None:
    """Per grid column, the usual column title (of the NACC's form) each
    cell of ``row`` starts with, the longest; None if a cell with text
    starts with none.

    >>> from parsers.model import Cell
    >>> usual_titles(Row([Cell("ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนาตัวชี้วัดที่ ๙"),
    ...                   Cell("การรายงานผลและการกำกับติดตาม\\nกำหนดเวลาแล้วเสร็จ\\nภายในเดือนมกราคม")]))
    ['ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา', 'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ']
    >>> usual_titles(Row([Cell("ประเด็นที่ต้องพัฒนา"), Cell("สำนักปลัด")])) is None
    True
    """
    out = []
    for cell in row.cells:
        text = _compact(cell.text[:240])  # longer than any title and its start: not all of it is asked
        title = next((t for t, compact in _TITLES if text.startswith(compact)), "" if not text else None)
        if title is None:
            return None
        out += [title] * cell.span
    return out


def run_in_header(row: Row, header: list[str]) -> tuple[Row, Row] | None:
    """(header row, measure row) where ``row`` is a measure table's header
    run into the row under it: each of its cells starts with the title over
    its column in ``header`` (per grid column, as :func:`titles` gives),
    those titles name a header's columns (:func:`header_roles`), and at
    least one cell goes on with more. A PDF's header alone at a page's
    foot, read as the first part of a row the page cut, is joined so to
    the next page's first row; its cells are then too long to name a
    column.

    >>> from parsers.model import Cell
    >>> header = ["ประเด็น", "ผู้รับผิดชอบ", "มาตรการ", "การรายงานผล"]
    >>> ran = Row([Cell("ประเด็นตัวชี้วัดที่ ๙"), Cell("ผู้รับผิดชอบ\\nสำนักปลัด"), Cell("มาตรการ"),
    ...            Cell("การรายงานผล\\nภายในเดือนมกราคม")], page=1)
    >>> head, row = run_in_header(ran, header)
    >>> [c.text for c in head.cells], [c.text for c in row.cells], row.page
    (['ประเด็น', 'ผู้รับผิดชอบ', 'มาตรการ', 'การรายงานผล'], ['ตัวชี้วัดที่ ๙', 'สำนักปลัด', '', 'ภายในเดือนมกราคม'], 1)
    >>> run_in_header(Row([Cell("ตัวชี้วัดที่ ๙")] + ran.cells[1:]), header) is None
    True
    """
    if width(row) != len(header):
        return None
    heads, rests = [], []
    for col, cell in row.grid_cells():
        rest = _after_title(cell.text, header[col]) if header[col].strip() else cell.text.strip()
        if rest is None:
            return None
        heads.append(replace(cell, text=header[col]))
        rests.append(replace(cell, text=rest))
    head = replace(row, cells=heads)
    if not any(c.text for c in rests) or header_roles(head) is None:
        return None
    return head, replace(row, cells=rests)


def stack_below(stacked: list[str], row: Row) -> list[str]:
    """Per grid column, the header's texts so far (``stacked``) and those of
    ``row``, a header row below them, over it.

    >>> from parsers.model import Cell
    >>> stack_below(["ผู้รับผิดชอบ", "การรายงานผล"], Row([Cell(""), Cell("กำหนดเวลาแล้วเสร็จ")]))
    ['ผู้รับผิดชอบ', 'การรายงานผล\\nกำหนดเวลาแล้วเสร็จ']
    """
    below = {col: c.text.strip() for col, c in row.grid_cells() if c.text.strip()}
    return [f"{text}\n{below[col]}" if col in below else text for col, text in enumerate(stacked)]


def named_below(names: list[str], row: Row) -> list[str]:
    """Column titles after a header row below the header (its texts name
    the columns they are over; column numbers do not).

    >>> from parsers.model import Cell
    >>> named_below(["ผลการดำเนินการ"] * 2, Row([Cell("แล้ว"), Cell("(๕)")]))
    ['แล้ว', 'ผลการดำเนินการ']
    """
    below = {col: c.text.strip() for col, c in row.grid_cells()
             if c.text.strip() and column_number(_compact(c.text)) is None}
    return [below.get(col, name) for col, name in enumerate(names)]


def spanned(row: Row) -> list[bool]:
    """Per grid column: its header cell spans more columns than it."""
    return _per_column(row, lambda cell: cell.span > 1)


def labels_under(row: Row, under_spans: list[bool]) -> bool:
    """A row under a header that names the columns under its titles across
    several (ผลการดำเนินการ over ดำเนินการแล้ว | อยู่ระหว่างดำเนินการ |
    ยังไม่ดำเนินการ; ผู้รับผิดชอบ over สำนักปลัด | กองคลัง): short texts under
    those titles only.

    >>> from parsers.model import Cell
    >>> labels_under(Row([Cell(""), Cell("แล้ว"), Cell("ยังไม่")]), [False, True, True])
    True
    >>> labels_under(Row([Cell("ตัวชี้วัดที่ ๙"), Cell("แล้ว"), Cell("")]), [False, True, True])
    False
    """
    texts = [(col, cell) for col, cell in row.grid_cells() if cell.text.strip()]
    return bool(texts) and all(col < len(under_spans) and under_spans[col] and cell.span == 1
                               and len(cell.text.strip()) <= 40 for col, cell in texts)


# A cell that only ticks its column (✓, √, Wingdings' check as ü or its
# Private Use Area code, a slash typed as a tick).
_TICK = re.compile(r"^\s*[✓✔√☑☒/*•●ü\uf0fc\uf0fe\uf052]\s*$")


def ticked(text: str) -> bool:
    """A cell that holds only a tick: it says its column's title.

    >>> ticked(" ✓ "), ticked("√"), ticked("๑/๒")
    (True, True, False)
    """
    return bool(_TICK.match(text))


def width(row: Row) -> int:
    return sum(c.span for c in row.cells)
