"""Text as people read it: quotes without source artefacts, notes without folded-line spaces."""

from __future__ import annotations

from briefing_app.content import load_briefing
from briefing_app.model.text import join_chinese_lines, plain_quote
from briefing_app.paths import default_briefing


def test_plain_quote_drops_emphasis_and_page_breaks() -> None:
    assert plain_quote("地区生产总值**增长8%**") == "地区生产总值增长8%"
    assert plain_quote("宇通国家电动客车工程\n\n\n\n技术中心") == "宇通国家电动客车工程技术中心"


def test_folded_lines_join_without_spaces_in_chinese() -> None:
    assert join_chinese_lines("增长13%。 工业增长") == "增长13%。工业增长"
    assert join_chinese_lines("前 20 强 Top 20") == "前20强Top 20"


def test_builtin_notes_have_no_spaces_between_sentences() -> None:
    for panel in load_briefing(default_briefing()).panels:
        assert "。 " not in panel.notes and "， " not in panel.notes, panel.id


def test_balanced_break_at_the_space_nearest_the_middle() -> None:
    from briefing_app.model.text import balanced_break

    def width(text: str) -> float:
        return float(len(text))

    title = "抢抓新机遇 开辟新未来 而立之年再造“新经开”"
    assert balanced_break(title, width, 40) == title  # fits: unchanged
    assert balanced_break(title, width, 12) == "抢抓新机遇 开辟新未来\n而立之年再造“新经开”"
    assert balanced_break(title, width, 5) == title  # halves would not fit either
