"""Plot settings for Thai labels (used by the notebooks).

Matplotlib's default font has no Thai glyphs, so Thai labels come out as
empty boxes. ``use_thai_font`` picks the first installed font that has them.
"""

from __future__ import annotations

# Preferred first: the fonts reports use, then Debian's fonts-thai-tlwg and Noto.
THAI_FONTS = ("TH Sarabun New", "Sarabun", "Noto Sans Thai", "Loma", "Garuda", "Waree", "Laksaman",
              "Umpush", "Tlwg Typo")


def use_thai_font(size: float = 12) -> str:
    """Set matplotlib's font to an installed Thai font; returns its name."""
    import matplotlib
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in THAI_FONTS:
        if name in installed:
            matplotlib.rcParams["font.family"] = name
            matplotlib.rcParams["font.size"] = size
            matplotlib.rcParams["axes.unicode_minus"] = False
            return name
    raise RuntimeError("no Thai font installed: apt-get install fonts-thai-tlwg "
                       "(ไม่พบฟอนต์ภาษาไทย ติดตั้ง fonts-thai-tlwg)")
