"""The inspector: the fields of the selected panel; typing becomes edits ~300 ms after it stops."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import Edit
from briefing_app.ui.editor.fields import Field, list_additions, panel_fields
from briefing_app.ui.i18n import tr

DEBOUNCE_MS = 300  # typing settles before the edit (and its check) starts
Input = QLineEdit | QPlainTextEdit | QComboBox


class Inspector(QScrollArea):
    """Shows `panel_fields` of one panel. Emits `sig_edit(Edit)` once typing in a field pauses."""

    sig_edit = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(300)
        self._panel_id = ""
        self._fields: dict[str, Field] = {}
        self._inputs: dict[str, Input] = {}
        self._pending: dict[str, Edit] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._heading = QLabel()
        self._heading.setWordWrap(True)
        self._heading.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.setWidget(QWidget())

    @property
    def panel_id(self) -> str:
        return self._panel_id

    def input(self, key: str) -> Input:
        """Return the input of field `key` (for tests and for jumping to a problem)."""
        return self._inputs[key]

    def keys(self) -> list[str]:
        return list(self._inputs)

    # -- building ------------------------------------------------------------------------------
    def show_panel(self, briefing: Briefing, panel_id: str) -> None:
        """Build the form of the panel `panel_id` (typing still pending is sent first)."""
        self.flush()
        self._panel_id = panel_id
        self._fields.clear()
        self._inputs.clear()
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        panel = next((p for p in briefing.panels if p.id == panel_id), None)
        self._heading = QLabel(
            tr("editor.inspector_of", kind=tr(f"gallery.{panel.kind.value}"))
            if panel
            else tr("editor.no_panel")
        )
        column.addWidget(self._heading)
        column.addLayout(form)
        column.addStretch(1)
        if panel is not None:
            group = ""
            for field in panel_fields(briefing, panel):
                if field.group and field.group != group:
                    group = field.group
                    heading = QLabel(tr("editor.figure", n=group))
                    heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
                    form.addRow(heading)
                widget = self._make_input(field, field.read(briefing))
                self._fields[field.key] = field
                self._inputs[field.key] = widget
                form.addRow(tr(field.label, n=field.number), self._with_remove(widget, field))
            for label, edit in list_additions(panel):
                button = QPushButton(tr(label))
                button.clicked.connect(lambda _c=False, e=edit: self._send(e))
                form.addRow(button)
        self.setWidget(page)

    def _with_remove(self, widget: Input, field: Field) -> QWidget:
        """Return the input with a button removing its list element, when it stands for one."""
        if field.removes is None:
            return widget
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(widget, 1)
        remove = QToolButton()
        remove.setText("×")
        remove.setToolTip(tr("editor.remove"))
        remove.setObjectName(f"remove:{field.key}")
        remove.clicked.connect(lambda _c=False, e=field.removes: self._send(e))
        line.addWidget(remove)
        return row

    def _send(self, edit: Edit) -> None:
        """Send a list edit now, after the typing still pending (the list shifts under it)."""
        self.flush()
        self.sig_edit.emit(edit)

    def _make_input(self, field: Field, text: str) -> Input:
        widget: Input
        if field.choices:
            widget = QComboBox()
            for choice in field.choices:
                widget.addItem(tr(f"chart.{choice}"), choice)
            widget.setCurrentIndex(
                max(field.choices.index(text), 0) if text in field.choices else 0
            )
            widget.currentIndexChanged.connect(lambda _i, k=field.key: self._on_typed(k))
            return widget
        if field.multiline:
            widget = QPlainTextEdit(text)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(76)
            widget.textChanged.connect(lambda k=field.key: self._on_typed(k))
        else:
            widget = QLineEdit(text)
            widget.textEdited.connect(lambda _t, k=field.key: self._on_typed(k))
        widget.setReadOnly(field.read_only)
        return widget

    # -- typing --------------------------------------------------------------------------------
    def _on_typed(self, key: str) -> None:
        widget = self._inputs[key]
        if isinstance(widget, QPlainTextEdit) and widget.property("refreshing"):
            return
        try:
            edit = self._fields[key].edit(_text_of(widget))
        except ValueError:
            widget.setStyleSheet("border: 2px solid #C0392B;")
            widget.setToolTip(tr("editor.not_a_number"))
            self._pending.pop(key, None)
            return
        widget.setStyleSheet("")
        widget.setToolTip("")
        self._pending[key] = edit
        self._timer.start()

    def flush(self) -> None:
        """Send the edits of the typing not yet sent, now."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for edit in pending.values():
            self.sig_edit.emit(edit)

    @property
    def typing(self) -> bool:
        return bool(self._pending)

    # -- following the model -------------------------------------------------------------------
    def refresh(self, briefing: Briefing, *, force: bool = False) -> None:
        """Show `briefing`'s values in the inputs that differ; the input being typed in keeps
        its text unless `force` (an undo must show what it undid)."""
        for key, field in self._fields.items():
            widget = self._inputs[key]
            if key in self._pending or (widget.hasFocus() and not force):
                continue
            try:
                text = field.read(briefing)
            except (KeyError, IndexError, AttributeError):
                continue  # the field is gone (an undone add); the form is rebuilt on selection
            if _text_of(widget) != text:
                _set_text(widget, text)

    def focus_field(self, key: str) -> bool:
        """Put the cursor in field `key` (or the field its path ends with); False if absent."""
        widget = self._inputs.get(key)
        prefix = key
        while widget is None and prefix:  # items[0].source: the item's text; chart.x: the chart
            prefix = prefix.rpartition(".")[0]
            widget = next(
                (w for k, w in self._inputs.items() if prefix and k.startswith(prefix)), None
            )
        if widget is None:
            return False
        self.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def _text_of(widget: Input) -> str:
    if isinstance(widget, QComboBox):
        return str(widget.currentData())
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()


def _set_text(widget: Input, text: str) -> None:
    if isinstance(widget, QComboBox):
        widget.blockSignals(True)
        widget.setCurrentIndex(max(widget.findData(text), 0))
        widget.blockSignals(False)
    elif isinstance(widget, QPlainTextEdit):
        widget.setProperty("refreshing", True)
        widget.setPlainText(text)
        widget.setProperty("refreshing", False)
    else:
        widget.setText(text)  # textEdited fires only for typing, not for this
