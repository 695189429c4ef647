"""Panel kinds: each panel is one full-screen view of the briefing and one slide."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from briefing_app.model.chart import ChartSpec
from briefing_app.model.text import Card, TextItem


class PanelKind(StrEnum):
    COVER = "cover"
    KEY_FIGURES = "key_figures"
    CARDS = "cards"
    BULLETS = "bullets"
    TASK = "task"
    TIMELINE = "timeline"
    QUOTE = "quote"
    CHART = "chart"
    CLOSING = "closing"
    IMAGE = "image"


@dataclass(frozen=True, kw_only=True)
class PanelBase:
    """Fields every panel has. `sources` quotes sentences that back its displayed text."""

    id: str
    title: str
    notes: str
    lead: str = ""
    sources: tuple[str, ...] = ()
    minutes: float | None = None  # optional time budget for this panel
    hidden: bool = False  # kept in the deck as a hidden slide; left out of the show and handouts

    kind: PanelKind  # set by each subclass


@dataclass(frozen=True, kw_only=True)
class CoverPanel(PanelBase):
    """The title page: the briefing's title, subtitle, tagline and the organisation's logo."""

    kind: PanelKind = PanelKind.COVER
    subtitle: str = ""
    tagline: str = ""
    # A PNG or JPEG in the briefing's folder: shown on the cover and in every panel's footer.
    logo: str = ""
    logo_data: bytes = field(default=b"", metadata={"derived": True}, repr=False)


@dataclass(frozen=True)
class Figure:
    """A big number on a key-figures panel or a task: an indicator with an optional label."""

    indicator: str
    label: str | None = None  # overrides the indicator's name
    caption: str = ""


@dataclass(frozen=True, kw_only=True)
class KeyFiguresPanel(PanelBase):
    kind: PanelKind = PanelKind.KEY_FIGURES
    figures: tuple[Figure, ...]
    items: tuple[TextItem, ...] = ()


@dataclass(frozen=True, kw_only=True)
class CardsPanel(PanelBase):
    kind: PanelKind = PanelKind.CARDS
    cards: tuple[Card, ...]


@dataclass(frozen=True, kw_only=True)
class BulletsPanel(PanelBase):
    kind: PanelKind = PanelKind.BULLETS
    items: tuple[TextItem, ...]


@dataclass(frozen=True, kw_only=True)
class TaskPanel(PanelBase):
    """One of the key tasks: its number, headline sentence, sub-items and figures."""

    kind: PanelKind = PanelKind.TASK
    number: int
    headline: TextItem
    items: tuple[TextItem, ...] = ()
    figures: tuple[Figure, ...] = ()
    chart: ChartSpec | None = None


@dataclass(frozen=True)
class TimelineEvent:
    label: str  # "1993", "2022", "“十四五”末"
    title: str
    text: str = ""
    source: str | None = None
    highlight: bool = False


@dataclass(frozen=True, kw_only=True)
class TimelinePanel(PanelBase):
    kind: PanelKind = PanelKind.TIMELINE
    events: tuple[TimelineEvent, ...]


@dataclass(frozen=True, kw_only=True)
class QuotePanel(PanelBase):
    kind: PanelKind = PanelKind.QUOTE
    quote: TextItem
    attribution: str = ""


@dataclass(frozen=True, kw_only=True)
class ChartPanel(PanelBase):
    kind: PanelKind = PanelKind.CHART
    chart: ChartSpec
    items: tuple[TextItem, ...] = ()  # short takeaways shown beside the chart


@dataclass(frozen=True, kw_only=True)
class ClosingPanel(PanelBase):
    kind: PanelKind = PanelKind.CLOSING
    text: TextItem | None = None
    subtitle: str = ""


@dataclass(frozen=True, kw_only=True)
class ImagePanel(PanelBase):
    """A photo or a map from the briefing's folder (PNG or JPEG), with its caption."""

    kind: PanelKind = PanelKind.IMAGE
    image: str
    caption: str = ""
    image_data: bytes = field(default=b"", metadata={"derived": True}, repr=False)


Panel = (
    CoverPanel
    | KeyFiguresPanel
    | CardsPanel
    | BulletsPanel
    | TaskPanel
    | TimelinePanel
    | QuotePanel
    | ChartPanel
    | ClosingPanel
    | ImagePanel
)

PANEL_TYPES: dict[PanelKind, type[PanelBase]] = {
    PanelKind.COVER: CoverPanel,
    PanelKind.KEY_FIGURES: KeyFiguresPanel,
    PanelKind.CARDS: CardsPanel,
    PanelKind.BULLETS: BulletsPanel,
    PanelKind.TASK: TaskPanel,
    PanelKind.TIMELINE: TimelinePanel,
    PanelKind.QUOTE: QuotePanel,
    PanelKind.CHART: ChartPanel,
    PanelKind.CLOSING: ClosingPanel,
    PanelKind.IMAGE: ImagePanel,
}


def panel_charts(panel: PanelBase) -> tuple[ChartSpec, ...]:
    """Return the charts a panel shows (chart panels and tasks with a chart)."""
    chart = getattr(panel, "chart", None)
    return (chart,) if isinstance(chart, ChartSpec) else ()


def panel_figures(panel: PanelBase) -> tuple[Figure, ...]:
    """Return the big-number figures a panel shows."""
    return tuple(getattr(panel, "figures", ()))


def logo_of(panels: Iterable[PanelBase]) -> bytes:
    """Return the briefing's logo (its cover's, read by the loader), b"" when it has none."""
    for panel in panels:
        if isinstance(panel, CoverPanel) and panel.logo_data:
            return panel.logo_data
    return b""


def quotes_in(obj: object) -> Iterator[str]:
    """Yield every `source` and `sources` quote inside a panel (or any part of one), depth
    first: the sentences of the source its displayed text restates."""
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if f.name == "source" and isinstance(value, str):
            yield value
        elif f.name == "sources":
            yield from value
        elif dataclasses.is_dataclass(value):
            yield from quotes_in(value)
        elif isinstance(value, tuple):
            for item in value:
                if dataclasses.is_dataclass(item):
                    yield from quotes_in(item)
