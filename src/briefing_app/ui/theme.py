"""The one theme module: colours, fonts and spacing of panels, charts and chrome.

Panels are laid out on a logical canvas 1080 px high, 1920 wide for 16:9 or 1440 for 4:3 (see
model/canvas.py), and scaled as a whole, so every size here is in canvas pixels. Colour tokens
(`primary`, `accent`, ...) are what chart specs name; the PowerPoint template's theme uses the
same hex values.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.model.canvas import WIDE

#: The default (16:9) canvas; a panel lays out on the canvas it is given (`PanelWidget.canvas`).
CANVAS_WIDTH = WIDE.width
CANVAS_HEIGHT = WIDE.height

#: The bundled CJK family (see resources/fonts); system CJK fonts are the fallback.
FONT_FAMILY = "Noto Sans SC"
FALLBACK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "微软雅黑",
    "WenQuanYi Micro Hei",
    "SimHei",
)


@dataclass(frozen=True)
class Theme:
    """A palette and type scale. Use `token()` to turn a chart colour token into a colour."""

    name: str
    background: str
    surface: str  # cards, chart plots
    text: str
    muted: str  # secondary text, axes
    primary: str  # deep red
    accent: str  # gold, for rules, badges and bars
    accent_text: str  # gold dark enough to read as text on `background` (>= 4.5:1)
    secondary: str
    tertiary: str
    positive: str
    grid: str
    title_size: int = 64
    heading_size: int = 40
    body_size: int = 30
    small_size: int = 24
    figure_size: int = 96
    margin: int = 96
    gap: int = 32
    radius: int = 16

    def token(self, name: str) -> str:
        """Return the colour of a chart colour token; an unknown token raises KeyError."""
        palette = {
            "primary": self.primary,
            "accent": self.accent,
            "secondary": self.secondary,
            "tertiary": self.tertiary,
            "positive": self.positive,
            "muted": self.muted,
            "text": self.text,
        }
        return palette[name]


LIGHT = Theme(
    name="light",
    background="#FBF8F3",
    surface="#FFFFFF",
    text="#2B2B2B",
    muted="#7A7068",
    primary="#B71C1C",
    accent="#C9A227",
    accent_text="#7F6000",
    secondary="#8C2F39",
    tertiary="#5D6D7E",
    positive="#2E7D32",
    grid="#E6DED3",
)

DARK = Theme(
    name="dark",
    background="#1B1416",
    surface="#2A2022",
    text="#F5EFE6",
    muted="#B8ACA0",
    primary="#E8665E",
    accent="#E3BF4F",
    accent_text="#E3BF4F",
    secondary="#C98A8F",
    tertiary="#9FB3C8",
    positive="#7BC47F",
    grid="#3E3235",
)

THEMES = {LIGHT.name: LIGHT, DARK.name: DARK}


def chrome_stylesheet(theme: Theme) -> str:
    """Return the main window's stylesheet for `theme`: the menu bar, menus, navigator,
    docks and status bar follow the dark theme too (empty for light: the system's look)."""
    if theme.name != "dark":
        return ""
    bg, fg, panel, line, hl = theme.background, theme.text, theme.surface, theme.grid, "#6B2A2A"
    return (
        f"QMainWindow, QMenuBar, QStatusBar {{ background: {bg}; color: {fg}; }}"
        f"QMenuBar::item {{ background: transparent; color: {fg}; padding: 4px 10px; }}"
        f"QMenuBar::item:selected, QMenu::item:selected {{ background: {hl}; color: #FFF; }}"
        f"QMenu {{ background: {panel}; color: {fg}; border: 1px solid {line}; }}"
        f"QMenu::item:disabled {{ color: {theme.muted}; }}"
        f"QListView, QTreeView, QTextBrowser {{ background: {panel}; color: {fg};"
        f" border: none; }}"
        f"QListView::item:selected, QTreeView::item:selected {{ background: {hl}; color: #FFF; }}"
        f"QDockWidget {{ color: {fg}; }} QDockWidget::title {{ background: {bg}; padding: 4px; }}"
        f"QSplitter::handle {{ background: {line}; }}"
        f"QToolBar {{ background: {bg}; border: none; }} QToolButton {{ color: {fg}; }}"
        f"QToolButton:disabled {{ color: {theme.muted}; }}"
        f"QToolButton:checked {{ background: {hl}; color: #FFF; border: none; }}"
        f"QScrollBar {{ background: {bg}; width: 12px; height: 12px; }}"
        f"QScrollBar::handle {{ background: {line}; border-radius: 4px; min-height: 24px;"
        f" min-width: 24px; }}"
        f"QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}"
        f"QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}"
        f"QStatusBar QLabel {{ color: {fg}; }}"
    )
