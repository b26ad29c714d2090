"""Chromium prints of the seed in the styles of the sweeps
(``benchmarks/chromium_styles.py``) that once read wrong. A file of their
own: pytest's workers take a file each (``--dist loadfile``), and
``test_pdf.py`` is the longest."""

import pytest

from conftest import needs
from test_pdf import _assert_reads_as_the_sample, _chromium_print

# Chromium sweeps (benchmarks/chromium_styles.py, with --more: m) that read wrong until session 55, in their
# styles: what went wrong, and (rows, cells right of 70 with whitespace removed) before the change that mends it.
SWEEP_STYLES = [
    # c7-11: a rest's first line ``☑ เข้าถึง``; Garuda has no ☑, so Chromium draws it in DejaVu Sans, whose box
    # stands 5 pt higher on the same baseline: a row of its own (15, 47). layout.boxed_as_their_lines.
    pytest.param('@page { size: A4 portrait; margin: 2.5cm } body { font-family: "Garuda"; font-size: 14pt; '
                 'line-height: 1.5 } th, td { padding: 2pt 4pt }', False, id="c7-11-fallback-glyph"),
    # c8-10: the last page's row's sides, drawn down to this page's top margin and cut to the clip, stood as
    # points on a new table's top border: its header in 9 columns (14, 68). clip.cut.
    pytest.param('@page { size: A4 landscape; margin: 2.0cm } body { font-family: "Sawasdee"; font-size: 14pt; '
                 'line-height: 1.2 } th, td { padding: 0 3pt }', True, id="c8-10-sides-touching-the-clip"),
    # c8-7: a row ends right at the page's foot; no border under it, as under a row the page cut, and its
    # bottom padding moved on: the next page's first row was joined to it (13, 55). continuation._ended_with_room.
    pytest.param('@page { size: A4 portrait; margin: 2.5cm } body { font-family: "Kinnari"; font-size: 16pt; '
                 'line-height: 1.5 } th, td { padding: 4pt 6pt }', True, id="c8-7-row-ending-at-the-foot"),
    # c10-2: the next section's header a line under the last table, in columns of its own, no borders, no
    # padding: one run of rows in no columns, the page read as text (13, 16). unruled._new_columns.
    pytest.param('@page { size: A4 portrait; margin: 1.5cm } body { font-family: "Sawasdee"; font-size: 14pt; '
                 'line-height: 1.2 } th, td { padding: 0 3pt }', False, id="c10-2-tables-a-line-apart"),
    # m7-4: so, with no margin between the tables at all (11, 13): a row repeating the run's header.
    pytest.param('@page { size: A4 landscape; margin: 1.0cm } body { font-family: "Norasi"; font-size: 14pt; '
                 'line-height: 1.2 } th, td { text-align: justify; padding: 0 3pt; vertical-align: bottom } '
                 'table { border-collapse: separate; border-spacing: 2px; margin-bottom: 0 } '
                 'th { background: #d9d9d9 }', False, id="m7-4-tables-with-no-gap"),
    # m4-0: borders apart (border-collapse: separate, a web page's default): a rest in one cell is that cell's
    # box alone, no table, its text a paragraph (14, 69). ruling._known_sides.
    pytest.param('@page { size: A4 landscape; margin: 2.5cm } body { font-family: "Norasi"; font-size: 15pt } '
                 'th, td { padding: 5pt 5.4pt } table { border-collapse: separate; border-spacing: 2px; '
                 'margin-bottom: 6pt } th { background: #d9d9d9 }', True, id="m4-0-borders-apart-one-box"),
    # m3-3: borders apart, cells aligned to the bottom: pdfplumber snapped the rest's pairs of borders and the
    # next table's together, 5 pt off its table's columns: not joined (15, 32). ruling.drawn_columns.
    pytest.param('@page { size: A4 landscape; margin: 1.5cm } body { font-family: "Sawasdee"; font-size: 14pt; '
                 'line-height: 1.2 } th, td { border: 0.5pt solid #444; padding: 5pt 5.4pt; vertical-align: bottom } '
                 'table { border-collapse: separate; border-spacing: 2px; margin-bottom: 12pt } '
                 'th { background: #d9d9d9 } tbody tr:nth-child(even) td { background: #f2f2f2 }', True,
                 id="m3-3-borders-apart-snapped"),
    # m9-14: a header aligned to the bottom, its first cell the tallest right under the paragraph over the
    # table, whose last line (โคกสนวน ดังนี้) was read into it (15, 12). unruled._lines_over.
    pytest.param('@page { size: A4 portrait; margin: 1.0cm } body { font-family: "Purisa"; font-size: 16pt; '
                 'line-height: 1.2 } th, td { text-align: justify; padding: 4pt 6pt; vertical-align: bottom } '
                 'tbody tr:nth-child(even) td { background: #f2f2f2 }', False, id="m9-14-paragraph-over-header"),
    # m12-12: a rest aligned to the bottom under a band of its padding ruled off: an empty row, joined in the
    # rest's place (15, 20). continuation.merge passes an empty first row over.
    pytest.param('@page { size: A4 portrait; margin: 2.0cm } body { font-family: "Norasi"; font-size: 16pt } '
                 'th, td { text-align: justify; padding: 5pt 5.4pt; vertical-align: bottom } '
                 'table { margin-bottom: 0 }', True, id="m12-12-empty-band-over-a-rest"),
    # m16-3: a page's table of one row joined by the next page's part, then asked the fills of rows the page
    # did not hold: IndexError, the file unread (0, 0). pdf._row_fills.
    pytest.param('@page { size: A4 landscape; margin: 2.0cm } body { font-family: "Tlwg Typo"; font-size: 15pt; '
                 'line-height: 1.5 } table { border-collapse: separate; border-spacing: 2px } '
                 'tbody tr:nth-child(even) td { background: #f2f2f2 }', False, id="m16-3-one-row-on-its-page"),
]


@pytest.mark.parametrize("style,borders", SWEEP_STYLES)
def test_chromium_print_in_a_sweeps_style_reads_as_the_sample(tmp_path, style, borders):
    """A print in a style of the Chromium sweeps that once read wrong (see
    SWEEP_STYLES) reads as the table-per-page sample."""
    needs("chromium")
    _assert_reads_as_the_sample(_chromium_print(tmp_path, style, borders=borders))
