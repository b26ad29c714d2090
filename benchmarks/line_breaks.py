"""What the PDF parser makes of each line break inside a table cell, against
what the source had there.

    .venv/bin/python benchmarks/line_breaks.py

Renders the seed (and generate.OTHER, another report) as benchmarks/
pdf_producers.py does, reads each PDF, and labels every line break inside a
cell by the source text: nothing (a wrap inside or between Thai words), a
space, or a paragraph (a new paragraph of the cell). Counts, per producer,
what the parser put there: nothing, a space or a line break. With
``--greedy`` it shows only the breaks where ParserSettings.greedy_wraps
changes the answer (a line with room for the next line's first word ended a
paragraph), and each one. With ``--own-text`` it tries, at each Thai|Thai
wrap read as nothing, the document's own text as the judge (session 15, not
adopted): a space if the words on either side (two before and one after, or
one before and two after) are written elsewhere in the document's cells with
a space between them more often than without. Needs LibreOffice, Chromium
and reportlab.
"""

from __future__ import annotations

import collections
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "data"), str(ROOT / "benchmarks")]

import generate  # noqa: E402
import pdf_producers  # noqa: E402
from ingest.pipeline import process_file  # noqa: E402
from normalize import arabic_digits, thai_text  # noqa: E402
from normalize.lexicon import segment  # noqa: E402
from parsers import layout  # noqa: E402

KINDS = {"": "nothing", " ": "space", "\n": "paragraph"}
_THAI = re.compile("[\u0e01-\u0e4e]")


def _separators(join, block, right_edge, *args, **kwargs) -> list[str]:
    """What ``join`` (layout.join_lines) puts between each line of ``block`` and the next."""
    out, done = [], join(block[:1], right_edge, *args, **kwargs)
    for i in range(1, len(block)):
        text = join(block[:i + 1], right_edge, *args, **kwargs)
        rest = text[len(done.rstrip(" ")):]
        out.append("\n" if "\n" in rest[:len(rest) - len(rest.lstrip())] else
                   " " if rest[:1].isspace() or done.endswith(" ") else "")
        done = text
    return out


class Recorder:
    """Wraps layout.join_lines: for each cell (``greedy`` is passed only for
    cells), the text around each break and the separators with and without
    greedy_wraps."""

    def __init__(self):
        self.breaks: list[dict] = []
        self.original = layout.join_lines

    def __call__(self, block, right_edge, *args, greedy: bool | None = None, **kwargs):
        if greedy is not None and len(block) > 1:
            usual = layout.letter_gap(block)
            texts = [line.text(kwargs.get("space_ratio", args[0] if args else 0.25), usual) for line in block]
            on = _separators(self.original, block, right_edge, *args, greedy=True, **kwargs)
            off = _separators(self.original, block, right_edge, *args, greedy=False, **kwargs)
            for i, (a, b) in enumerate(zip(on, off), 1):
                self.breaks.append({"before": "".join(texts[:i])[-40:], "after": texts[i][:40],
                                    "greedy": a, "plain": b, "used": a if greedy else b})
        kwargs_all = dict(kwargs, **({} if greedy is None else {"greedy": greedy}))
        return self.original(block, right_edge, *args, **kwargs_all)


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", arabic_digits(thai_text(text)))


def _source_breaks(cells: list[str]) -> list[tuple[str, list[str]]]:
    """Each cell without whitespace, and what whitespace came before each of its characters."""
    out = []
    for cell in cells:
        chars, before, pending = [], [], ""
        for ch in cell:
            if ch.isspace():
                pending = "\n" if "\n" in (ch, pending) else " "
            else:
                chars.append(ch)
                before.append(pending)
                pending = ""
        out.append(("".join(chars), before))
    return out


def label(source, before: str, after: str) -> str | None:
    """What the source has at a break: None where the text around it is not
    found once (or is found with different labels)."""
    a, b = _squeezed(before)[-10:], _squeezed(after)[:10]
    found = {ws[m.start() + len(a)] for text, ws in source for m in re.finditer(re.escape(a + b), text)
             if m.start() + len(a) < len(ws)}
    return found.pop() if len(found) == 1 else None


def own_text_vote(cells: str, before: str, after: str) -> str:
    """What the document's own cells say goes between two Thai words at a
    wrap read as nothing: " " where, with two words before and one after or
    one before and two after, the pair is written spaced more often than
    joined elsewhere (the wrap itself is one joined)."""
    tail = segment(thai_text(before)[-40:].rsplit(" ", 1)[-1])
    head = segment(thai_text(after)[:40].split(" ", 1)[0])
    for n_tail, n_head in ((2, 1), (1, 2)):
        if len(tail) >= n_tail and len(head) >= n_head:
            a, b = "".join(tail[-n_tail:]), "".join(head[:n_head])
            if cells.count(f"{a} {b}") > cells.count(a + b) - 1:
                return " "
    return ""


def _producer(name: str) -> str:
    return next((p for p in ("Chromium", "ReportLab", "LibreOffice") if p in name), "LibreOffice")


def main() -> None:
    only_greedy = "--greedy" in sys.argv
    own_text = "--own-text" in sys.argv
    recorder = Recorder()
    layout.join_lines = recorder
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    changed = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pdf, layout_name) in pdf_producers.renderings(Path(tmp)).items():
            want = generate.expected_other() if layout_name == pdf_producers.OTHER else generate.expected(layout_name)
            source = _source_breaks([m[c] for m in want["measures"] for c in pdf_producers.CELLS])
            recorder.breaks.clear()
            x = process_file(pdf)
            cells = "\n".join(getattr(m, c) for m in x.measures for c in pdf_producers.CELLS)
            group = ("other report: " if "other report" in name else "") + _producer(name)
            for b in recorder.breaks:
                truth = label(source, b["before"], b["after"])
                if truth is None:
                    counts[group]["unlabelled"] += 1
                    continue
                thai_wrap = _THAI.match(b["before"][-1:]) and _THAI.match(b["after"][:1])
                if own_text and b["used"] == "" and truth in ("", " ") and thai_wrap:
                    vote = own_text_vote(cells, b["before"], b["after"])
                    counts[group][("own", KINDS[truth], KINDS[vote])] += 1
                counts[group][(KINDS[truth], KINDS[b["used"]])] += 1
                if b["greedy"] != b["plain"]:
                    counts[group][("greedy", KINDS[truth], KINDS[b["greedy"]])] += 1
                    changed.append((name, KINDS[truth], b["before"][-20:], b["after"][:20]))
    layout.join_lines = recorder.original
    if own_text:
        print("| producer | Thai\\|Thai wraps read as nothing | of them spaces in the source | "
              "spaces the vote restores | spaces it adds wrongly |\n|---|---|---|---|---|")
        for group, c in counts.items():
            own = {k[1:]: v for k, v in c.items() if len(k) == 3 and k[0] == "own"}
            lost = own.get(("space", "nothing"), 0) + own.get(("space", "space"), 0)
            print(f"| {group} | {sum(own.values())} | {lost} | {own.get(('space', 'space'), 0)} | "
                  f"{own.get(('nothing', 'space'), 0)} |")
        return
    if only_greedy:
        print("| rendering | source has | break | next line |\n|---|---|---|---|")
        for name, truth, before, after in changed:
            print(f"| {name} | {truth} | …{before} | {after}… |")
        return
    print("| producer | source has | breaks | read as nothing | as a space | as a paragraph | greedy_wraps on and off differ |")
    print("|---|---|---|---|---|---|---|")
    for group, c in counts.items():
        for truth in KINDS.values():
            got = [c[(truth, k)] for k in KINDS.values()]
            greedy = sum(v for k, v in c.items() if len(k) == 3 and k[1] == truth)
            print(f"| {group} | {truth} | {sum(got)} | {' | '.join(map(str, got))} | {greedy} |")
        print(f"| {group} | (not found in the source) | {c['unlabelled']} | | | | |")


if __name__ == "__main__":
    main()
