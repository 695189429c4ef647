"""Scaled building blocks shared by the panels: text, gold rules, title block, cards, bullets."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from briefing_app.model.linebreak import PROTECTED_WORD, protect, unprotect
from briefing_app.model.text import TextItem
from briefing_app.model.typescale import Role, fit_px, size_px
from briefing_app.ui.panels.loosen import loosen
from briefing_app.ui.panels.typeset import panel_font
from briefing_app.ui.theme import Theme

HANGING_OPENERS = "“‘「『《〈（"


class Text(QLabel):
    """A label of one type-scale role, word-wrapped unless `wrap=False`.

    Its size is the role's at the panel's fit (`model.typescale.fit_px`): the panel steps all
    its text down together in fixed steps, each role no further than its floor. Its text keeps
    the model's line-breaking rule (`model.linebreak.protect`): Qt wraps it, but never inside
    a number and its unit, before closing punctuation or leaving one character alone.
    """

    def __init__(
        self,
        text: str,
        role: Role,
        color: str,
        *,
        bold: bool = False,
        wrap: bool = True,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        parent: QWidget | None = None,
    ) -> None:
        self._given = text
        self._joins_words = True
        self._protected = protect(text)
        super().__init__(self._protected, parent)
        self._role = role
        self._bold = bold
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        self.set_color(color)
        if wrap:
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            policy.setHeightForWidth(True)
        else:
            # A single line never forces its container wider; the panel fit shrinks it.
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.rescale(1.0, 1.0)

    @property
    def role(self) -> Role:
        return self._role

    @property
    def canvas_size(self) -> int:
        """Return the role's full size in canvas px."""
        return size_px(self._role)

    def plain_text(self) -> str:
        """Return the text as given, without the word joiners that hold its clusters."""
        return unprotect(self.text())

    def set_color(self, color: str) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        self.setPalette(palette)

    def canvas_px(self, fit: float) -> int:
        """Return this text's size at the panel's fit factor, in canvas px."""
        return fit_px(self._role, fit)

    def rescale(self, scale: float, fit: float) -> None:
        self.setFont(panel_font(self.canvas_px(fit) * scale, bold=self._bold))
        self._hang_opening_punctuation()
        self._wrap_at(self.width())

    @property
    def joins_words(self) -> bool:
        """Return whether the text keeps its short words whole (`set_joins_words`)."""
        return self._joins_words

    def set_joins_words(self, joins: bool) -> None:
        """Keep short words whole (the rule) or, for a text its box cannot hold at the
        smallest size, let Qt break inside them: a split word beats a clipped line."""
        if joins != self._joins_words:
            self._joins_words = joins
            self._protected = protect(self._given, longest_word=PROTECTED_WORD if joins else 1)
            self._wrap_at(self.width())

    def _wrapped(self, width: int) -> str:
        """Return the text as shown at `width`: protected, bar the joiners of any line that
        would run past the edge (`loosen`: a split word beats a cut line)."""
        if not self.wordWrap():
            return self._protected
        margins = self.contentsMargins()
        return loosen(self._protected, self.font(), width - margins.left() - margins.right())

    def _wrap_at(self, width: int) -> None:
        shown = self._wrapped(width)
        if shown != self.text():
            self.setText(shown)

    def heightForWidth(self, width: int) -> int:
        shown = self._wrapped(width)
        if shown == self.text():
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        flags = int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)
        bounds = self.fontMetrics().boundingRect(0, 0, inner, 1 << 20, flags, shown)
        return bounds.height() + margins.top() + margins.bottom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap_at(event.size().width())
        super().resizeEvent(event)

    def _hang_opening_punctuation(self) -> None:
        # A full-width opening quote is drawn in the right half of its em: a left-aligned
        # text starting with one looked indented. Pull it left by the extra bearing.
        text = self.plain_text()
        left = bool(self.alignment() & Qt.AlignmentFlag.AlignLeft)
        hang = 0
        if left and text and text[0] in HANGING_OPENERS:
            metrics = self.fontMetrics()
            hang = (
                metrics.tightBoundingRect(text[0]).left() - metrics.tightBoundingRect("国").left()
            )
        self.setContentsMargins(-max(hang, 0), 0, 0, 0)

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        # A wrapped CJK line can break between any two characters; the default hint keeps
        # whole "words" which for Chinese means a whole sentence and widens the container.
        hint = super().minimumSizeHint()
        if self.wordWrap():
            hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("国") * 4))
        return hint


class Rule(QWidget):
    """The thin gold rule under a title, with a short red lead segment (or centred)."""

    def __init__(self, theme: Theme, *, centred: bool = False, length: int = 0) -> None:
        super().__init__()
        self._theme = theme
        self._centred = centred
        self._length = length  # canvas px; 0 = full width
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.rescale(1.0, 1.0)

    def rescale(self, scale: float, fit: float) -> None:
        self._scale = scale
        self.setFixedHeight(max(2, round(8 * scale)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        s = self._scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() if not self._length else min(self.width(), self._length * s)
        x0 = (self.width() - width) / 2 if self._centred else 0.0
        mid = self.height() / 2
        thin = max(1.0, 2 * s)
        painter.fillRect(QRectF(x0, mid - thin / 2, width, thin), QColor(self._theme.accent))
        lead = min(width, 120 * s)
        lx = x0 + (width - lead) / 2 if self._centred else x0
        painter.fillRect(QRectF(lx, 0, lead, self.height()), QColor(self._theme.primary))
        painter.end()


class TitleBlock(QWidget):
    """A panel's title, the gold rule under it and its optional lead sentence."""

    def __init__(self, title: str, lead: str, theme: Theme, *, kicker: str = "") -> None:
        super().__init__()
        self._theme = theme
        self._layout = QVBoxLayout(self)
        self.kicker = Text(kicker, Role.CAPTION, theme.accent_text, bold=True)
        self.kicker.setVisible(bool(kicker))
        self.title = Text(title, Role.TITLE, theme.primary, bold=True)
        self.rule = Rule(theme)
        self.lead = Text(lead, Role.LEAD, theme.muted)
        self.lead.setVisible(bool(lead))
        for widget in (self.kicker, self.title, self.rule, self.lead):
            self._layout.addWidget(widget)
        self.rescale(1.0, 1.0)

    def rescale(self, scale: float, fit: float) -> None:
        self._layout.setContentsMargins(0, 0, 0, round(self._theme.gap * scale * fit))
        self._layout.setSpacing(round(14 * scale))


class Footer(QWidget):
    """The footer line of content panels: organisation and meeting left, page number right."""

    def __init__(self, texts: tuple[str, str], theme: Theme) -> None:
        super().__init__()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(Text(texts[0], Role.CAPTION, theme.muted, wrap=False), 3)
        right = Qt.AlignmentFlag.AlignRight
        self._layout.addWidget(
            Text(texts[1], Role.CAPTION, theme.muted, wrap=False, align=right), 1
        )


class Surface(QFrame):
    """A card: a rounded surface with a hairline border and an optional accent bar.

    `bar` is "top" (gold bar along the top edge), "left" (red bar) or "" (none).
    """

    def __init__(
        self,
        theme: Theme,
        *,
        bar: str = "top",
        padding: tuple[int, int, int, int] = (36, 32, 36, 32),
        spacing: int = 12,
        fill: str | None = None,
        min_height: int = 0,
    ) -> None:
        super().__init__()
        self._theme = theme
        self._min_height = min_height
        self._bar = bar
        self._padding = padding
        self._spacing = spacing
        self._fill = fill or theme.surface
        self._scale = 1.0
        self.box = QVBoxLayout(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.rescale(1.0, 1.0)

    def rescale(self, scale: float, fit: float) -> None:
        self._scale = scale
        # Air above and below the content gives way as the text steps down, as the spacing
        # does (the widths stay: titles are broken for them).
        air = scale * (0.5 + 0.5 * min(fit, 1.0))
        left, right = round(self._padding[0] * scale), round(self._padding[2] * scale)
        top, bottom = round(self._padding[1] * air), round(self._padding[3] * air)
        bar = round(6 * scale) if self._bar == "top" else 0
        lbar = round(6 * scale) if self._bar == "left" else 0
        self.box.setContentsMargins(left + lbar, top + bar, right, bottom)
        self.box.setSpacing(round(self._spacing * scale * (0.5 + 0.5 * fit)))
        self.setMinimumHeight(round(self._min_height * scale))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        s = self._scale
        t = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen_w = max(1.0, 1.5 * s)
        rect = QRectF(self.rect()).adjusted(pen_w / 2, pen_w / 2, -pen_w / 2, -pen_w / 2)
        radius = t.radius * s
        painter.setPen(QPen(QColor(t.grid), pen_w))
        painter.setBrush(QColor(self._fill))
        painter.drawRoundedRect(rect, radius, radius)
        if self._bar:
            painter.setClipRect(
                QRectF(rect.x(), rect.y(), rect.width(), 6 * s)
                if self._bar == "top"
                else QRectF(rect.x(), rect.y(), 6 * s, rect.height())
            )
            color = t.accent if self._bar == "top" else t.primary
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(rect, radius, radius)
        painter.end()


class Marker(QWidget):
    """The red square before a bullet item, centred on the item's first line."""

    def __init__(self, text: Text, color: str) -> None:
        super().__init__()
        self._text = text
        self._color = color
        self._side = 4.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def rescale(self, scale: float, fit: float) -> None:
        # Computed from the text's own sizes: the text may be rescaled after the marker.
        px = self._text.canvas_px(fit) * scale
        metrics = QFontMetricsF(panel_font(px))
        self._side = max(3.0, px * 0.36)
        self.setFixedSize(round(px * 1.2), round(metrics.height()))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = self._side
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cy = self.height() / 2
        painter.translate(self.width() * 0.4, cy)
        painter.rotate(45)
        painter.fillRect(QRectF(-side / 2, -side / 2, side, side), QColor(self._color))
        painter.end()


class BulletItem(QWidget):
    """One bullet: the red marker and the wrapped text; emphasis items are bold."""

    def __init__(self, item: TextItem, theme: Theme, *, role: Role = Role.BODY) -> None:
        super().__init__()
        self.text = Text(item.text, role, theme.text, bold=item.emphasis)
        self.marker = Marker(self.text, theme.primary if not item.emphasis else theme.accent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)


class BulletList(QWidget):
    """A column of bullet items with scaled spacing."""

    def __init__(
        self, items: Sequence[TextItem], theme: Theme, *, role: Role = Role.BODY, gap: int = 20
    ) -> None:
        super().__init__()
        self._gap = gap
        self._spacing = 0  # the spacing as last scaled, px
        self.extra = 0  # px added between items to balance a short list (PanelWidget)
        self.items = [BulletItem(item, theme, role=role) for item in items]
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for item in self.items:
            self._layout.addWidget(item)
        self._layout.addStretch(1)  # extra height goes below the items, not between them
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def rescale(self, scale: float, fit: float) -> None:
        self._spacing = round(self._gap * scale * fit)
        self._layout.setSpacing(self._spacing + self.extra)

    def spread(self, extra: int) -> None:
        """Add `extra` px between each two items (0: the scaled gap alone)."""
        self.extra = max(0, extra)
        self._layout.setSpacing(self._spacing + self.extra)

    def em(self) -> int:
        """Return the items' text size in px, as last scaled (0 without items)."""
        return self.items[0].text.font().pixelSize() if self.items else 0


class Band(QWidget):
    """The deep red band at the foot of the cover and closing, edged with a gold line."""

    def __init__(
        self, theme: Theme, *, padding: tuple[int, int, int, int] = (96, 40, 96, 44)
    ) -> None:
        super().__init__()
        self._theme = theme
        self._padding = padding
        self._scale = 1.0
        self.box = QVBoxLayout(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def rescale(self, scale: float, fit: float) -> None:
        self._scale = scale
        self.box.setContentsMargins(*(round(v * scale) for v in self._padding))
        self.box.setSpacing(round(10 * scale))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        s = self._scale
        painter = QPainter(self)
        red = QColor(self._theme.primary)
        if QColor(self._theme.background).lightness() < 128:
            red = red.darker(170)  # the dark theme's bright red would glare as a whole band
        painter.fillRect(self.rect(), red)
        painter.fillRect(QRectF(0, 0, self.width(), max(1.0, 4 * s)), QColor(self._theme.accent))
        painter.fillRect(
            QRectF(0, 10 * s, self.width(), max(1.0, 1.5 * s)), QColor(self._theme.accent)
        )
        painter.end()


def grid_columns(count: int, most: int = 3) -> int:
    """Return how many columns a grid of `count` cards uses (2x2 for four, 3 for five/six),
    at most `most` (a narrower canvas holds fewer, see grid.most_per_row)."""
    return min(most, {1: 1, 2: 2, 3: 3, 4: 2}.get(count, 3))


def tint(color: str, ground: str, amount: float) -> str:
    """Return `color` laid over `ground` at `amount` opacity, as #rrggbb."""
    a, b = QColor(color), QColor(ground)
    mix = QColor(
        round(a.red() * amount + b.red() * (1 - amount)),
        round(a.green() * amount + b.green() * (1 - amount)),
        round(a.blue() * amount + b.blue() * (1 - amount)),
    )
    return mix.name()
