"""The inspector: the fields of the selected panel; typing becomes edits ~300 ms after it stops."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
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
from briefing_app.model.panels import PanelBase
from briefing_app.ui.editor.fields import Button, Field, form_rows, panel_fields
from briefing_app.ui.editor.inputs import AppUndoKeys, Input, make_input, set_text, text_of
from briefing_app.ui.i18n import tr

DEBOUNCE_MS = 300  # typing settles before the edit (and its check) starts


def choose_image(parent: QWidget, folder: Path) -> Path | None:
    """Ask for a PNG or JPEG, starting in `folder`; None when cancelled (tests replace it)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("editor.choose_image_title"), str(folder), "PNG, JPEG (*.png *.jpg *.jpeg)"
    )
    return Path(name) if name else None


class Inspector(QScrollArea):
    """Shows the form of one panel (its fields, its section's and the briefing's). Emits
    `sig_edit(Edit)` once typing in a field pauses, and at once for a button or a box."""

    sig_edit = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(320)
        self.folder: Path | None = None  # the briefing's folder, where pictures are chosen
        self._panel_id = ""
        self._fields: dict[str, Field] = {}
        self._inputs: dict[str, Input] = {}
        self._pending: dict[str, Edit] = {}
        self._sent: dict[str, tuple[Edit, str]] = {}  # each field's last edit sent, its text
        self._briefing: Briefing | None = None
        self._expanded: set[tuple[str, int]] = set()  # groups whose 更多 was opened
        self._folded: dict[str, tuple[str, int]] = {}  # fields under a closed 更多: their group
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._keys = AppUndoKeys(self)
        self.setWidget(QWidget())

    @property
    def panel_id(self) -> str:
        return self._panel_id

    def input(self, key: str) -> Input:
        """Return the input of field `key` (for tests and for jumping to a problem)."""
        return self._inputs[key]

    def keys(self) -> list[str]:
        return list(self._inputs)

    def keys_for(self, briefing: Briefing, panel: PanelBase) -> list[str]:
        """Return the keys of the inputs the form of `panel` in `briefing` would show (what
        differs from `keys()` asks for a rebuild)."""
        return [f.key for f in panel_fields(briefing, panel) if not self._is_folded(f)]

    def _is_folded(self, field: Field) -> bool:
        return field.more and (field.group, field.group_number) not in self._expanded

    # -- building ------------------------------------------------------------------------------
    def show_panel(self, briefing: Briefing, panel_id: str) -> None:
        """Build the form of the panel `panel_id` (typing still pending is sent first)."""
        self.flush()
        if panel_id != self._panel_id:
            self._expanded.clear()
        self._panel_id, self._briefing = panel_id, briefing
        self._fields.clear()
        self._inputs.clear()
        self._sent.clear()
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above
        panel = next((p for p in briefing.panels if p.id == panel_id), None)
        kind = tr(f"gallery.{panel.kind.value}") if panel else ""
        heading = QLabel(tr("editor.inspector_of", kind=kind) if panel else tr("editor.no_panel"))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold; font-size: 15px;")
        column.addWidget(heading)
        column.addLayout(form)
        column.addStretch(1)
        group: tuple[str, int] = ("", 0)
        rows = form_rows(briefing, panel) if panel is not None else []
        self._folded = {
            r.key: (r.group, r.group_number)
            for r in rows
            if isinstance(r, Field) and self._is_folded(r)
        }
        opened: set[tuple[str, int]] = set()  # the groups given their 更多 button
        for row in rows:
            if isinstance(row, Field) and row.key in self._folded:
                if self._folded[row.key] not in opened:  # its first folded field: 更多
                    opened.add(self._folded[row.key])
                    form.addRow(self._more_button(self._folded[row.key]))
                continue
            if isinstance(row, Button):
                button = QPushButton(tr(row.label))
                button.clicked.connect(lambda _c=False, e=row.edit: self._send(e))
                form.addRow(button)
                continue
            if row.group and (row.group, row.group_number) != group:
                group = (row.group, row.group_number)
                title = QLabel(tr(row.group, n=row.group_number))
                title.setWordWrap(True)
                title.setStyleSheet("font-weight: bold; margin-top: 10px;")
                form.addRow(title)
            widget = make_input(row, row.read(briefing), self._typing_in(row.key), self._keys)
            self._fields[row.key] = row
            self._inputs[row.key] = widget
            form.addRow(tr(row.label, n=row.number), self._decorated(widget, row))
        self.setWidget(page)

    def _more_button(self, group: tuple[str, int]) -> QPushButton:
        button = QPushButton(tr("editor.more"))
        button.setFlat(True)
        button.setStyleSheet("text-align: left;")
        button.setObjectName(f"more:{group[0]}:{group[1]}")
        button.clicked.connect(lambda _c=False: self._expand(group))
        return button

    def _expand(self, group: tuple[str, int]) -> None:
        """Open the 更多 of `group`: the form is built again with its folded fields."""
        if self._briefing is None:
            return
        self._expanded.add(group)
        scrolled = self.verticalScrollBar().value()
        self.show_panel(self._briefing, self._panel_id)
        self.widget().adjustSize()
        self.verticalScrollBar().setValue(scrolled)  # the new rows open below: stay in place

    def _decorated(self, widget: Input, field: Field) -> QWidget:
        """Return the input with its buttons: choosing a picture, moving and removing the list
        element it stands for."""
        buttons: list[QToolButton] = []
        if field.image:
            buttons.append(self._tool(tr("editor.choose_image"), f"choose:{field.key}"))
            buttons[-1].clicked.connect(lambda _c=False, k=field.key: self._on_choose(k))
        up, down = field.moves
        for edit, text, name in ((up, "↑", "up"), (down, "↓", "down")):
            if edit is not None:
                buttons.append(self._tool(text, f"{name}:{field.key}", f"editor.move_{name}"))
                buttons[-1].clicked.connect(lambda _c=False, e=edit: self._send(e))
        if field.removes is not None:
            buttons.append(self._tool("×", f"remove:{field.key}", "editor.remove"))
            buttons[-1].clicked.connect(lambda _c=False, e=field.removes: self._send(e))
        if not buttons:
            return widget
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(widget, 1)
        for button in buttons:
            line.addWidget(button)
        return row

    @staticmethod
    def _tool(text: str, name: str, tip: str = "") -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tr(tip))
        return button

    def _send(self, edit: Edit) -> None:
        """Send a list edit now, after the typing still pending (the list shifts under it)."""
        self.flush()
        self.sig_edit.emit(edit)

    def _on_choose(self, key: str) -> None:
        """Choose the picture of field `key` with a file dialog, inside the briefing's folder."""
        folder = self.folder or Path.cwd()
        chosen = choose_image(self, folder)
        if chosen is None:
            return
        widget = self._inputs[key]
        assert isinstance(widget, QLineEdit)
        try:
            name = chosen.resolve().relative_to(folder.resolve()).as_posix()
        except ValueError:
            self._mark(widget, tr("editor.image_outside", folder=str(folder)))
            return
        widget.setText(name)
        self._on_typed(key, now=True)

    # -- typing --------------------------------------------------------------------------------
    def _typing_in(self, key: str) -> Callable[[bool], None]:
        return lambda now: self._on_typed(key, now=now)

    def _on_typed(self, key: str, *, now: bool = False) -> None:
        widget = self._inputs[key]
        if isinstance(widget, QPlainTextEdit) and widget.property("refreshing"):
            return
        field = self._fields[key]
        try:
            edit = field.edit(text_of(widget))
        except ValueError:
            self._mark(widget, tr(field.invalid))
            self._pending.pop(key, None)
            return
        self._mark(widget, "")
        self._pending[key] = edit
        self._sent[key] = (edit, text_of(widget))
        if now:
            self.flush()
        else:
            self._timer.start()

    @staticmethod
    def _mark(widget: Input, problem: str) -> None:
        """Show (or clear) what is wrong with the text of an input, on the input itself."""
        widget.setStyleSheet("border: 2px solid #C0392B;" if problem else "")
        widget.setToolTip(problem)

    def flush(self) -> None:
        """Send the edits of the typing not yet sent, now."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for edit in pending.values():
            self.sig_edit.emit(edit)

    def refused(self, edit: Edit, why: str) -> str:
        """Put back the text that made `edit` (refused by the session) in its field, marked
        with `why`; return the field's key ("" when no field sent it)."""
        key = next((k for k, (e, _t) in self._sent.items() if e == edit), "")
        if key in self._inputs:
            widget = self._inputs[key]
            set_text(widget, self._sent[key][1])
            self._mark(widget, why)
        return key

    @property
    def typing(self) -> bool:
        return bool(self._pending)

    # -- following the model -------------------------------------------------------------------
    def refresh(self, briefing: Briefing, *, force: bool = False) -> None:
        """Show `briefing`'s values in the inputs that differ; the input being typed in keeps
        its text unless `force` (an undo must show what it undid)."""
        self._briefing = briefing
        for key, field in self._fields.items():
            widget = self._inputs[key]
            if key in self._pending or (widget.hasFocus() and not force):
                continue
            try:
                text = field.read(briefing)
            except (KeyError, IndexError, AttributeError, StopIteration):
                continue  # the field is gone (an undone add); the form is rebuilt on selection
            if text_of(widget) != text:
                set_text(widget, text)

    def focus_field(self, key: str) -> bool:
        """Put the cursor in field `key` (or the field its path ends with); False if absent."""
        if key in self._folded:
            self._expand(self._folded[key])
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
