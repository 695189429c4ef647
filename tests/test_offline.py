"""Never the network: the whole app runs with sockets refused, and no module can fetch.

`test_gui_check_and_exports_without_network` runs this file as a script in a fresh process
(`python tests/test_offline.py`, two fake offscreen screens, so the presenter console opens):
it refuses every socket, then walks every panel in the main window, opens the overview,
renders the thumbnails, runs a show through every panel with the presenter console, runs
`check`, and exports the deck, the PNG images and the PDF handout. Any attempt to open a
socket or resolve a name is recorded (even if the app caught the error) and fails the test.
The static test reads every module under src/ and refuses network imports.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "briefing_app"

#: Modules that fetch or serve over a network; none belongs in the app.
NETWORK_MODULES = (
    "socket",
    "ssl",
    "urllib.request",
    "urllib3",
    "http.client",
    "http.server",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "xmlrpc",
    "websocket",
    "websockets",
    "asyncio",
    "socketserver",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebSockets",
)

SCREENS = [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
    {
        "name": "Projector",
        "x": 1366,
        "y": 0,
        "width": 1920,
        "height": 1080,
        "logicalDpi": 96,
        "dpr": 1,
    },
]


def network_imports(path: Path, base: Path = ROOT) -> list[str]:
    """Return `module (file:line)` for each network module `path` imports (file from `base`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        for name in names:
            if any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES):
                found.append(f"{name} ({path.relative_to(base)}:{node.lineno})")
    return found


def test_no_module_imports_a_network_library() -> None:
    modules = sorted(SRC.rglob("*.py"))
    assert len(modules) > 20, "the source tree was not found"
    found = [hit for module in modules for hit in network_imports(module)]
    assert found == []


def test_the_static_check_catches_network_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import socket\nfrom urllib.request import urlopen\n"
        "from http import client\nimport urllib.parse\nimport json\n",
        encoding="utf-8",
    )
    hits = network_imports(sample, tmp_path)
    assert [h.split(" ")[0] for h in hits] == [
        "socket",
        "urllib.request",
        "urllib.request.urlopen",
        "http.client",
    ]
    assert hits[0] == "socket (sample.py:1)"


def test_the_guard_refuses_and_records_network_use() -> None:
    probe = (
        "import socket, sys, urllib.request\n"
        f"sys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        "import test_offline as t\n"
        "t.refuse_network()\n"
        "for attempt in (lambda: socket.socket(), lambda: socket.create_connection(('a.b', 80)),\n"
        "                lambda: socket.getaddrinfo('a.b', 80),\n"
        "                lambda: urllib.request.urlopen('http://a.b/', timeout=1)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError:\n"
        "        pass\n"
        "print(len(t.ATTEMPTS))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 4


def test_gui_check_and_exports_without_network(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": SCREENS}), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        BRIEFING_APP_SETTINGS=str(tmp_path / "settings.ini"),
        PYTHONIOENCODING="utf-8",
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", __file__, str(tmp_path / "out")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    assert "offline run complete" in result.stdout, result.stdout[-3000:]


# -- the child process --------------------------------------------------------------------
ATTEMPTS: list[str] = []


def refuse_network() -> None:
    """Make every socket, connection and name lookup fail, and remember that it was tried."""
    import socket

    def refuse(what: str) -> OSError:
        import traceback

        ATTEMPTS.append(f"{what}\n{''.join(traceback.format_stack(limit=12))}")
        return OSError(f"network access attempted: {what}")

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise refuse(f"socket.socket{args}")

    def no_connection(*args: object, **kwargs: object) -> None:
        raise refuse(f"socket.create_connection{args}")

    def no_lookup(*args: object, **kwargs: object) -> None:
        raise refuse(f"socket.getaddrinfo{args}")

    socket.socket = NoSocket  # type: ignore[misc]
    socket.create_connection = no_connection  # type: ignore[assignment]
    socket.getaddrinfo = no_lookup  # type: ignore[assignment]
    socket.gethostbyname = no_lookup  # type: ignore[assignment]


def run_offline(out: Path) -> None:
    """Drive the GUI, `check` and every export; raise AssertionError if anything fails."""
    refuse_network()
    import time
    from collections.abc import Callable

    from PySide6.QtCore import QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from briefing_app.cli import main as cli_main
    from briefing_app.content import check_briefing
    from briefing_app.export.pptx.deck import export_deck
    from briefing_app.paths import default_briefing, default_template
    from briefing_app.ui.application import ensure_application
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.render import export_images
    from briefing_app.ui.session import BriefingSession
    from briefing_app.ui.settings import Settings

    app = ensure_application()

    def flush() -> None:
        """Deliver the events already posted; no waiting on the clock."""
        for _ in range(3):
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def wait_until(predicate: Callable[[], object], timeout_s: float = 30) -> None:
        """Run the event loop until `predicate()` holds (checked every 5 ms) or time runs out."""
        deadline = time.perf_counter() + timeout_s
        loop = QEventLoop()
        poll = QTimer()

        def check() -> None:
            if predicate() or time.perf_counter() > deadline:
                loop.quit()

        poll.timeout.connect(check)
        flush()
        if not predicate():
            poll.start(5)
            loop.exec()
            poll.stop()

    result = check_briefing(default_briefing())
    assert result.ok and result.briefing is not None, result.problems
    briefing = result.briefing
    total = len(briefing.panels)
    controller = AppController(BriefingSession(briefing, result.file), Settings(), animated=False)
    controller.main.resize(1366, 768)
    controller.show()
    wait_until(
        lambda: (
            controller.main.windowHandle() is not None
            and controller.main.windowHandle().isExposed()
        )
    )

    for index in range(total):  # every panel in the main window
        controller.state.go_to(index)
        flush()
        assert controller.main.stage.panel_widget is not None, f"panel {index} not shown"
        assert not controller.main.grab().isNull()
    overview = controller.open_overview(controller.main)
    flush()
    overview.close()
    controller.start_thumbnails()
    wait_until(lambda: len(controller.thumbnails) == total, timeout_s=120)
    assert len(controller.thumbnails) == total, (
        f"{len(controller.thumbnails)} of {total} thumbnails"
    )

    controller.start_show(from_current=False)  # two screens: audience window and console
    flush()
    assert controller.audience is not None, "the show did not start"
    assert controller.console is not None, "no presenter console with two screens"
    for index in range(total):
        assert controller.state.current == index
        flush()
        assert controller.audience.stage.panel_widget is not None
        controller.state.next()
    controller.end_show()
    flush()
    assert controller.audience is None
    controller.main.close()
    flush()

    assert cli_main(["check"]) == 0
    out.mkdir(parents=True, exist_ok=True)
    export_deck(briefing, out / "deck.pptx", default_template())
    assert (out / "deck.pptx").stat().st_size > 10_000
    export_images(briefing, out / "png", "png")
    assert len(list((out / "png").glob("*.png"))) == total
    export_images(briefing, out / "handout.pdf", "pdf")
    assert (out / "handout.pdf").read_bytes().startswith(b"%PDF")

    assert ATTEMPTS == [], "network access attempted:\n" + "\n".join(ATTEMPTS)
    # Qt's own networking would bypass the patched Python sockets; it must never be loaded.
    # (ssl is: the standard library's xml.sax.saxutils imports urllib.request, which python-pptx
    # reaches; importing is not connecting, and the socket guard above sees any connection.)
    assert "PySide6.QtNetwork" not in sys.modules
    QApplication.processEvents()
    print("offline run complete")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    run_offline(Path(sys.argv[1]))
