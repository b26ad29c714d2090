"""A hook the parsers call as each page (or picture) is read, so that whoever
runs them can tell slow from stuck: a long scan read by OCR page by page goes
on, a page that hangs does not. No hook, no cost.
"""

from __future__ import annotations

from typing import Callable

_hook: Callable[[], None] | None = None


def on_page(hook: Callable[[], None] | None) -> None:
    """Call ``hook`` after each page from now on (None: stop)."""
    global _hook
    _hook = hook


def page_done() -> None:
    if _hook is not None:
        _hook()
