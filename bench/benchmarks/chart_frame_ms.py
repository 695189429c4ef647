"""Milliseconds per animation frame of the busiest built-in chart at 1920x1080, offscreen.

A frame is `set_progress(t)` plus rendering the whole chart widget into a QImage, which is
what the animation costs on screen (Qt paints the same items). Every built-in chart is timed
over 100 frames stepping t from 0 to 1, and the largest median is reported: "busiest" means
the most expensive to draw (large antialiased rings and big CJK figures cost more than many
bars). A 60 Hz animation has ~16 ms per frame, shared with the rest of the window, hence 8.
"""

from __future__ import annotations

import os
import statistics
import time

NAME = "chart_frame_ms"
UNIT = "ms"
GOAL = "at most 8"
FRAMES = 100


def run() -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from briefing_app.content import load_briefing
    from briefing_app.paths import default_briefing
    from briefing_app.ui.charts import create_chart_view
    from briefing_app.ui.theme import LIGHT

    app = QApplication.instance() or QApplication([])
    try:
        from briefing_app.ui.fonts import register_fonts

        register_fonts()
    except ImportError:
        pass
    briefing = load_briefing(default_briefing())
    charts = [p.chart for p in briefing.panels if getattr(p, "chart", None)]
    if not charts:
        raise RuntimeError("the built-in briefing has no chart panel")
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    worst = 0.0
    for spec in charts:
        view = create_chart_view(spec, briefing, LIGHT)
        view.resize(1920, 1080)
        view.show()
        view.apply_scale(1.0)
        app.processEvents()
        worst = max(worst, _median_frame_ms(view, image))
        view.close()
        view.deleteLater()
        app.processEvents()
    return worst


def _median_frame_ms(view: object, image: object) -> float:
    """Return the median time of set_progress(t) + render over FRAMES frames."""
    for t in (0.0, 0.5, 1.0):  # warm caches (glyphs, pens) before timing
        view.set_progress(t)  # type: ignore[attr-defined]
        view.render(image)  # type: ignore[attr-defined]
    times = []
    for i in range(FRAMES):
        start = time.perf_counter()
        view.set_progress(i / (FRAMES - 1))  # type: ignore[attr-defined]
        view.render(image)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
    view.finish()  # type: ignore[attr-defined]
    return statistics.median(times)
