"""A report other than the seed (data/seed/invented-thachang-2567.txt: another
SAO, an annual report, units one per paragraph, a row four pages tall, a web
address, brackets, an empty progress cell), in each format: every cell,
context and document field as written."""

import pytest

import generate
from conftest import MEASURE_CELLS, assert_fields, assert_measures, needs, squeezed_cells
from ingest.pipeline import process_file

WANT = generate.expected_other()

# Spaces LibreOffice dropped at a full line between two Thai words (see
# tests/test_pdf.py, LOST_SPACES): (row, column) -> the words as written.
LOST_SPACES = {
    "table-per-page": {(3, "measure"): "เดือน ภายใน", (4, "progress"): "คณะทำงาน ที่"},
    "seq-column": {(3, "measure"): "ประจำปี เผยแพร่",
                   (4, "measure"): ("ส่วนรวม โดยมี", "ปีงบประมาณ และนำ"),
                   (5, "measure"): "บัตรคิว และติด", (6, "measure"): "ประจำเดือน เน้นย้ำ"},
    "tagged": {},  # a tagged PDF keeps them
}
# The page each row starts on, and the pages (checked on pdftoppm images).
PAGES = {"table-per-page": ([1, 2, 2, 4, 8, 8], 8), "seq-column": ([1, 2, 2, 4, 9, 9], 9),
         "tagged": ([1, 2, 2, 4, 8, 8], 8)}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The report as DOCX in two layouts, LibreOffice's PDF of each (and a
    tagged one), and as a workbook."""
    needs("soffice")
    tmp = tmp_path_factory.mktemp("other")
    report = generate.read_seed(generate.OTHER)
    out = {}
    for layout in ("table-per-page", "seq-column"):
        out[f"{layout}.docx"] = generate.build_docx(report, tmp / f"{layout}.docx", layout)
        out[f"{layout}.pdf"] = generate.to_pdf(out[f"{layout}.docx"], tmp)
    (tmp / "tagged").mkdir()
    out["tagged.pdf"] = generate.to_pdf(out["table-per-page.docx"], tmp / "tagged", tagged=True)
    out["report.xlsx"] = generate.build_xlsx(report, tmp / "report.xlsx")
    return out


def assert_document(x) -> None:
    assert_fields(x, WANT["document"])
    assert x.document.status == "ok"


@pytest.mark.parametrize("name", ["table-per-page.docx", "seq-column.docx", "report.xlsx"])
def test_every_cell_and_field_of_the_docx_and_the_workbook(files, name):
    x = process_file(files[name])
    assert_document(x)
    assert_measures(x, WANT["measures"])


@pytest.mark.parametrize("layout", ["table-per-page", "seq-column", "tagged"])
def test_every_cell_field_and_page_of_the_pdf(files, layout):
    x = process_file(files[f"{layout}.pdf"])
    assert_document(x)
    assert_measures(x, WANT["measures"], LOST_SPACES[layout])
    assert ([m.page for m in x.measures], x.document.pages) == PAGES[layout]


def test_the_row_four_pages_tall_is_one_row_with_its_ten_steps_in_order(files):
    # Row 4's measure cell runs from page 4 to page 7 under a header repeated
    # on each page: one row (every cell as written: test above), its steps
    # ๑-๑๐ a paragraph each, in order, and its units a paragraph each.
    row = process_file(files["table-per-page.pdf"]).measures[3]
    steps = [line.split(".", 1)[0] for line in row.measure.split("\n")]
    assert steps == [str(n) for n in range(1, 11)]
    assert row.responsible == "สำนักปลัด\nงานนิติการ\nงานการเจ้าหน้าที่"


def test_chromium_print_every_field_and_every_cell_but_for_spaces(tmp_path):
    # Chromium draws no space where a line wraps (tests/test_pdf.py), so
    # cells are compared without whitespace. Its title block centres every
    # line, and the title's first line, nearly as wide as the page, ran on
    # into ประจำปี…: the title ends where its year starts.
    needs("chromium")
    report = generate.read_seed(generate.OTHER)
    x = process_file(generate.print_pdf(generate.build_html(report, tmp_path / "other.html"), tmp_path))
    assert_document(x)
    assert squeezed_cells(x) == [["".join(row[c].split()) for c in MEASURE_CELLS] for row in WANT["measures"]]
    assert [(m.tool, m.indicator_no, m.item_code) for m in x.measures] == generate.OTHER_CONTEXT


def test_the_place_named_only_under_the_signature(tmp_path):
    # ท่าช้าง is the name of tambons in many provinces. With its district and
    # province gone from the title block and written only under the
    # signature at the end, the place is still found, in the DOCX and its PDF.
    needs("soffice")
    report = generate.read_seed(generate.OTHER)
    assert report.preamble[3] == "อำเภอบางกล่ำ จังหวัดสงขลา"
    del report.preamble[3]
    report.sections.append(generate.Section(headings=[
        "(นายสมชาย ใจดี)", "นายกองค์การบริหารส่วนตำบลท่าช้าง", "อำเภอบางกล่ำ จังหวัดสงขลา"]))
    docx = generate.build_docx(report, tmp_path / "signed.docx")
    for x in (process_file(docx), process_file(generate.to_pdf(docx, tmp_path))):
        assert_document(x)
        assert [m.row_no for m in x.measures] == [1, 2, 3, 4, 5, 6]
        assert {f.code for f in x.findings} == {"no_progress"}  # row 3 has none
