"""Every panel of every briefing sets its text at the type scale: one size per role (or one of
its fixed shrink steps), never under the role's floor, and the same role alike everywhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from panel_samples import sample_briefing
from tests.conftest import ROOT

from briefing_app.content import load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.linebreak import WORD_JOINER
from briefing_app.model.panels import TaskPanel
from briefing_app.model.typescale import FLOOR_PX, Role, size_px, sizes_px
from briefing_app.ui.panels import PanelWidget
from briefing_app.ui.panels.figures import BigNumber
from briefing_app.ui.panels.fitting import clipped_labels, squeezed_boxes
from briefing_app.ui.panels.parts import Text

Make = Callable[..., PanelWidget]


def _briefings() -> dict[str, Briefing]:
    found = {"sample": sample_briefing()}
    folders = sorted((ROOT / "resources" / "briefings").glob("*/briefing.yaml"))
    folders += sorted((ROOT / "tests" / "data").glob("*/briefing.yaml"))
    for yaml_file in folders:
        try:
            found[yaml_file.parent.name] = load_briefing(yaml_file.parent)
        except Exception:  # a briefing that fails check is never shown
            continue
    return found


BRIEFINGS = _briefings()
CASES = [(name, i) for name, b in BRIEFINGS.items() for i in range(len(b.panels))]


@pytest.mark.parametrize(("name", "index"), CASES, ids=[f"{n}-{i + 1}" for n, i in CASES])
def test_every_text_is_at_the_scale(make_panel: Make, name: str, index: int) -> None:
    briefing = BRIEFINGS[name]
    widget = make_panel(briefing.panels[index], briefing)  # 1920×1080: px are canvas px
    texts = [t for t in widget.findChildren(Text) if t.isVisibleTo(widget) and t.text()]
    assert texts
    for text in texts:
        px = text.font().pixelSize()
        assert px in sizes_px(text.role), (text.plain_text()[:20], text.role, px)
        assert px >= FLOOR_PX[text.role]
    for number in widget.findChildren(BigNumber):
        assert round(number._px) in sizes_px(Role.BIG_NUMBER)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=["1920", "1366"])
@pytest.mark.parametrize(("name", "index"), CASES, ids=[f"{n}-{i + 1}" for n, i in CASES])
def test_nothing_is_cut_off_or_painted_over(
    make_panel: Make, name: str, index: int, size: tuple[int, int]
) -> None:
    """No label is cut off, and no box is given less height than its layout needs (task 2's
    eight figure cards in three rows once painted each number over its name)."""
    briefing = BRIEFINGS[name]
    widget = make_panel(briefing.panels[index], briefing, size)
    assert clipped_labels(widget) == []
    assert [type(w).__name__ for w in squeezed_boxes(widget)] == []


def test_task_bullets_are_the_body_size_unless_it_does_not_fit(make_panel: Make) -> None:
    seen = 0
    for briefing in BRIEFINGS.values():
        for panel in briefing.panels:
            if not isinstance(panel, TaskPanel) or not panel.items:
                continue
            widget = make_panel(panel, briefing)
            sizes = {item.text.font().pixelSize() for item in widget.items.items}
            assert len(sizes) == 1 and sizes <= set(sizes_px(Role.BODY)), (panel.id, sizes)
            if sizes != {size_px(Role.BODY)}:  # a step down only when the full size clips
                assert not widget._fits_at(1.0), panel.id
            seen += 1
    assert seen >= 8


def test_text_keeps_the_line_breaking_rule_and_gives_back_the_text(make_panel: Make) -> None:
    briefing = BRIEFINGS["etdz-2023"]
    panel = next(p for p in briefing.panels if isinstance(p, TaskPanel) and p.items)
    widget = make_panel(panel, briefing)
    item = widget.items.items[0].text
    assert item.plain_text() == panel.items[0].text
    shown = [t.text() for t in widget.findChildren(Text)]
    assert any(WORD_JOINER in text for text in shown)
