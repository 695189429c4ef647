"""Preview one panel of the built-in briefing: python -m briefing_app.ui.panels [PANEL_ID]."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from briefing_app.content import load_briefing
from briefing_app.model.canvas import ASPECTS, canvas_of
from briefing_app.paths import default_briefing
from briefing_app.ui.fonts import register_fonts
from briefing_app.ui.panels import create_panel_widget
from briefing_app.ui.theme import THEMES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing_app.ui.panels")
    parser.add_argument("panel_id", nargs="?", help="panel to show (default: the first)")
    parser.add_argument("--theme", choices=sorted(THEMES), default="light")
    parser.add_argument("--width", type=int, default=1280, help="window width in px")
    parser.add_argument("--aspect", choices=ASPECTS, default=ASPECTS[0], help="panel shape")
    parser.add_argument("--save", metavar="PNG", help="save the final state to PNG and exit")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts()
    briefing = load_briefing(default_briefing())
    panels = briefing.panels
    if args.panel_id:
        matches = [p for p in panels if p.id == args.panel_id]
        if not matches:
            ids = ", ".join(p.id for p in panels)
            parser.error(f"no panel {args.panel_id!r}; panels: {ids}")
        panel = matches[0]
    else:
        panel = panels[0]
    canvas = canvas_of(args.aspect)
    widget = create_panel_widget(panel, briefing, THEMES[args.theme], canvas=canvas)
    widget.setWindowTitle(f"{panel.id} ({panel.kind.value})")
    widget.resize(args.width, round(args.width * canvas.height / canvas.width))
    widget.apply_scale(args.width / canvas.width)
    widget.sig_hovered.connect(lambda text: print(text) if text else None)
    if args.save:
        widget.finish()
        return 0 if widget.grab().save(args.save) else 1
    widget.show()
    widget.enter(True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
