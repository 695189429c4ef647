"""Text fitting: the size factors a panel tries and the check that no label is cut off.

A panel lays itself out at each factor, from its largest down, and keeps the first at which
`clipped_labels` and `squeezed_boxes` find nothing; hidden widgets defer layout, so
`lay_out_now` forces it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QLayout, QWidget

#: The smallest text factor: below it text is too small for the back of a meeting room, and
#: content that needs less belongs on two panels.
MIN_FIT = 0.55
FIT_STEP = 0.05


def fit_steps(max_fit: float) -> tuple[float, ...]:
    """Return the text factors tried in order, from `max_fit` down to MIN_FIT."""
    count = round((max_fit - MIN_FIT) / FIT_STEP) + 1
    return tuple(round(max_fit - FIT_STEP * i, 2) for i in range(count))


def clipped_labels(panel: QWidget) -> list[QLabel]:
    """Return the visible labels of `panel` whose text is cut off or that stick out of it."""
    bounds = panel.rect()
    bad = []
    for label in panel.findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text():
            continue
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height():
            bad.append(label)
            continue
        if not label.wordWrap() and label.sizeHint().width() > label.width() + 1:
            bad.append(label)
            continue
        rect = QRect(label.mapTo(panel, label.rect().topLeft()), label.size())
        if not bounds.contains(rect):
            bad.append(label)
    return bad


def squeezed_boxes(panel: QWidget) -> list[QWidget]:
    """Return the visible widgets of `panel` whose laid-out children overlap one another.

    A box squeezed below its layout's minimum stacks its fixed-height children on top of
    each other (a big number painted over its name) while every label still fits its own
    rect: only the children's places show it.
    """
    bad = []
    for widget in panel.findChildren(QWidget):
        layout = widget.layout()
        if layout is None or not widget.isVisibleTo(panel):
            continue
        items = (layout.itemAt(i) for i in range(layout.count()))
        children = [
            child.geometry().adjusted(1, 1, -1, -1)
            for child in (item.widget() for item in items if item is not None)
            if child is not None and child.isVisibleTo(panel) and not child.size().isEmpty()
        ]
        if any(a.intersects(b) for i, a in enumerate(children) for b in children[i + 1 :]):
            bad.append(widget)
    return bad


def inked_rect(panel: QWidget, skip: Sequence[QWidget] = ()) -> QRect:
    """Return the union, in `panel` coordinates, of its visible widgets that show something
    themselves (labels with text, framed cards, views, painted leaves such as markers and
    dots), leaving out `skip` and what they hold; layout-only containers are empty room."""
    union = QRect()
    for widget in panel.findChildren(QWidget):
        if not widget.isVisibleTo(panel) or widget.size().isEmpty() or not _inked(widget):
            continue
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        union = union.united(QRect(widget.mapTo(panel, widget.rect().topLeft()), widget.size()))
    return union


def _inked(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text())
    if isinstance(widget, (QFrame, QAbstractScrollArea)):
        return True
    return not widget.findChildren(QWidget)


def lay_out_now(root: QWidget) -> None:
    """Lay out `root` and every nested widget synchronously, top-down."""
    for widget in _widgets_top_down(root):
        layout = widget.layout()
        if layout is not None:
            _invalidate(layout)
            layout.activate()


def _widgets_top_down(root: QWidget) -> Iterator[QWidget]:
    yield root
    for child in root.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        yield from _widgets_top_down(child)


def _invalidate(layout: QLayout) -> None:
    layout.invalidate()
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None:
            _invalidate(inner)
