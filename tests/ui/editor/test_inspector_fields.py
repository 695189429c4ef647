"""The inspector's form reaches everything a briefing holds: every input field of every panel
kind, its indicators, its section and the meta has a field, in every briefing we have; and
each field's edit of the text it shows changes nothing (reading and typing agree)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import BUILTIN, ROOT

from briefing_app.content import check_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import EditError, SetMeta, apply, find_panel
from briefing_app.model.field_path import input_names, strip_derived
from briefing_app.model.panels import PanelBase
from briefing_app.ui.editor.fields import Button, form_rows, panel_fields
from briefing_app.ui.editor.fields_meta import parse_date

BRIEFINGS = [
    BUILTIN,
    *(ROOT / "tests" / "data" / name for name in ("dongbao-2020", "state-council-2018")),
    *(ROOT / "tests" / "data" / name for name in ("qingshan-2024", "pptx-all-kinds")),
]
# Set elsewhere: the cover's logo is the briefing's (the meta group), a panel's id and kind
# never change in the inspector.
NOT_IN_THE_FORM = {"id", "logo"}


def _load(folder: Path) -> Briefing:
    result = check_briefing(folder)
    assert result.briefing is not None
    return result.briefing


@pytest.fixture(scope="module", params=BRIEFINGS, ids=lambda p: p.name)
def briefing(request: pytest.FixtureRequest) -> Briefing:
    return _load(request.param)


def input_paths(obj: object, prefix: str = "") -> Iterator[str]:
    """Yield the path of every input field inside a model object (lists element by element;
    a part that is not set, such as a chart's band, yields its own path)."""
    for name in input_names(type(obj)):
        value = getattr(obj, name)
        path = f"{prefix}{name}"
        if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            for i, item in enumerate(value):
                yield from input_paths(item, f"{path}[{i}].")
        elif dataclasses.is_dataclass(value):
            yield from input_paths(value, f"{path}.")
        else:
            yield path


def test_every_input_field_of_every_panel_has_its_field(briefing: Briefing) -> None:
    for panel in briefing.panels:
        rows = form_rows(briefing, panel)
        keys = {r.key for r in rows if not isinstance(r, Button)}
        added = {r.edit.field for r in rows if isinstance(r, Button)}  # type: ignore[union-attr]
        for path in input_paths(panel):
            if path in NOT_IN_THE_FORM:
                continue
            # A part not set yet (a band, a closing text) is given by its button or field.
            assert path in keys or path in added or f"{path}.text" in keys, (panel.id, path)
        for indicator_id in _indicators_of(panel):
            indicator = briefing.indicator(indicator_id)
            for name in input_names(type(indicator)):
                if name == "id" or (
                    name in ("value", "target") and getattr(indicator, name) is None
                ):
                    continue
                assert f"indicator:{indicator_id}:{name}" in keys, (panel.id, indicator_id, name)
        s, _ = find_panel(briefing, panel.id)
        section = briefing.sections[s]
        assert {f"section:{section.id}:title", f"section:{section.id}:minutes"} <= keys
        for name in ("title", "subtitle", "organisation", "meeting", "date"):
            assert f"meta:{name}" in keys
        assert {"meta:anniversary.years", "meta:anniversary.founded"} <= keys


def test_all_panel_kinds_are_walked() -> None:
    from briefing_app.model.panels import PanelKind

    assert {p.kind for folder in BRIEFINGS for p in _load(folder).panels} == set(PanelKind)


def test_typing_back_what_a_field_shows_changes_nothing(briefing: Briefing) -> None:
    model = strip_derived(briefing)
    for panel in briefing.panels:
        for field in panel_fields(briefing, panel):
            if field.read_only:
                continue
            text = field.read(briefing)
            try:
                edit = field.edit(text)
            except ValueError:
                pytest.fail(f"{panel.id} {field.key}: shows {text!r}, which it refuses")
            try:
                new, _ = apply(model, edit)
            except EditError as exc:
                pytest.fail(f"{panel.id} {field.key}: {exc}")
            assert new == model, (panel.id, field.key, text)


def test_meta_edits_from_typed_text(briefing: Briefing) -> None:
    panel = briefing.panels[0]
    fields = {f.key: f for f in panel_fields(briefing, panel)}
    assert fields["meta:date"].edit("2024年1月10日") == SetMeta("date", dt.date(2024, 1, 10))
    with pytest.raises(ValueError):
        fields["meta:date"].edit("明年")
    years = fields["meta:anniversary.years"].edit("31")
    assert isinstance(years, SetMeta) and years.value.years == 31
    assert years.value.founded == briefing.meta.date.year - 31
    assert fields["meta:anniversary.years"].edit("") == SetMeta("anniversary", None)
    assert parse_date(" 2023-01-09 ") == dt.date(2023, 1, 9)


def _indicators_of(panel: PanelBase) -> list[str]:
    from briefing_app.model.panels import panel_figures
    from briefing_app.ui.editor.fields_panel import chart_indicators

    return [f.indicator for f in panel_figures(panel)] + chart_indicators(panel)


def test_every_kind_from_the_gallery_has_its_fields() -> None:
    from briefing_app.model.edits import AddPanel
    from briefing_app.model.panels import PanelKind
    from briefing_app.ui.editor.gallery import template

    briefing = _load(ROOT / "tests" / "data" / "pptx-all-kinds")
    section = briefing.sections[0].id
    for kind in PanelKind:
        panel = template(kind, f"new_{kind.value}")
        new, _ = apply(strip_derived(briefing), AddPanel(section, 0, panel))
        rows = form_rows(new, panel)
        keys = {r.key for r in rows if not isinstance(r, Button)}
        keys |= {r.edit.field for r in rows if isinstance(r, Button)}  # type: ignore[union-attr]
        for path in input_paths(panel):
            assert path in NOT_IN_THE_FORM or path in keys, (kind, path)
        if kind is PanelKind.IMAGE:
            image = next(f for f in panel_fields(new, panel) if f.key == "image")
            assert image.image and {"image", "caption"} <= keys


def test_every_button_remove_and_move_is_an_edit_the_session_takes(tmp_path: Path) -> None:
    import shutil

    from briefing_app.content.edit_session import EditSession

    shutil.copytree(ROOT / "tests" / "data" / "pptx-all-kinds", tmp_path / "all")
    session = EditSession(tmp_path / "all")
    text = session.document_text()
    made = 0
    for panel in session.briefing.panels:
        for row in form_rows(session.briefing, panel):
            edits = [row.edit] if isinstance(row, Button) else [row.removes, *row.moves]
            for edit in (e for e in edits if e is not None):
                session.apply(edit)  # EditError (a refusal) would fail the test
                session.undo()
                made += 1
    assert made > 80 and session.document_text() == text
