"""The frozen Linux app works with no network and no system fonts, like the source install.

Builds the bundle into the system's temporary folder, in a folder named by a hash of its
sources (so a run, and the next run with the same sources, reuse it; nothing is built into the
checkout and nothing is installed: without PyInstaller the tests skip), then runs it inside `unshare -n` (a network namespace with no
interfaces) with FONTCONFIG_FILE naming an empty fontconfig configuration, so only the fonts
the bundle carries exist. It must pass `check`, paint a panel with `--smoke`, and export a
deck and PNG images that match the ones the source install exports: the same slides, texts
and chart data (read back with python-pptx), and a cover image whose pixels agree. A negative
control renders the cover from the source install with the fonts taken away, and the
comparison must tell it apart, so the image check cannot pass with missing glyphs.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def load_bundle_module() -> ModuleType:
    path = ROOT / "packaging" / "bundle.py"
    spec = importlib.util.spec_from_file_location("briefing_bundle", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = load_bundle_module()


def network_namespace_available() -> str | None:
    """Return why `unshare -n` cannot cut the network here, or None when it can."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    result = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if result.returncode != 0:
        return f"unshare -n is not permitted here: {result.stderr.strip()}"
    return None


@pytest.fixture(scope="module")
def executable() -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("the frozen smoke test builds and runs the Linux bundle")
    reason = network_namespace_available()
    if reason:
        pytest.skip(f"cannot cut the network for the frozen app: {reason}")
    return build_in_temp()


def source_digest(root: Path = ROOT) -> str:
    """Return a hash of the bundle's sources (packaging/bundle.py's SOURCES) and interpreter."""
    digest = hashlib.sha256(sys.version.encode())
    for name in bundle.SOURCES:
        path = root / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            digest.update(file.relative_to(root).as_posix().encode() + b"\0")
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def _locked(lock: Path) -> Iterator[None]:
    """Hold `lock` exclusively: two test sessions never build the same bundle at once."""
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_in_temp() -> Path:
    """Return the executable of a bundle of the current sources, built under the temp folder.

    PyInstaller builds into a folder of its own (`<folder>.partial-<pid>`, its work files
    and its cache included) that is renamed to `<folder>` only once complete, so a build
    that was killed is never taken for a finished one.
    """
    folder = Path(tempfile.gettempdir()) / f"briefing-app-frozen-{source_digest()}"
    executable = folder / "dist" / "briefing-app" / "briefing-app"
    with _locked(folder.with_name(folder.name + ".lock")):
        if executable.exists():
            return executable
        if importlib.util.find_spec("PyInstaller") is None:
            pytest.skip(
                f"PyInstaller is not installed: pip install -e '.[packaging]' "
                f"({bundle.packaging_requirement()})"
            )
        partial = folder.with_name(f"{folder.name}.partial-{os.getpid()}")
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--clean",
                "--log-level",
                "WARN",
                "--distpath",
                str(partial / "dist"),
                "--workpath",
                str(partial / "build"),
                str(ROOT / "packaging" / "briefing-app.spec"),
            ],
            capture_output=True,
            text=True,
            cwd=partial.parent,
            env=dict(os.environ, PYINSTALLER_CONFIG_DIR=str(partial / "config")),
        )
        assert result.returncode == 0, f"PyInstaller failed:\n{result.stderr[-4000:]}"
        shutil.rmtree(partial / "build")  # work files: 100+ MB that no test reads
        partial.rename(folder)
    assert executable.exists(), f"{executable} was not produced"
    return executable


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder holding an empty fontconfig configuration and the runs' outputs."""
    folder = tmp_path_factory.mktemp("frozen")
    (folder / "fontconfig-cache").mkdir()
    # No <dir> and no <include>: fontconfig knows no font at all.
    (folder / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{folder / 'fontconfig-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return folder


def isolated_env(work: Path, **extra: str) -> dict[str, str]:
    return bundle.frozen_env(
        FONTCONFIG_FILE=str(work / "fonts.conf"),
        FONTCONFIG_PATH=str(work),
        XDG_CACHE_HOME=str(work / "cache"),
        HOME=str(work / "home"),
        BRIEFING_APP_SETTINGS=str(work / "settings.ini"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        **extra,
    )


def run_offline(args: list[str], work: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """Run `args` with no network and no system fonts; fail on a non-zero exit status."""
    result = subprocess.run(
        ["unshare", "-n", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=isolated_env(work, **extra),
        cwd=work,
        timeout=600,
    )
    assert result.returncode == 0, f"{args}: {result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    assert "Bundled font" not in result.stderr, result.stderr  # fonts.py warns when it falls back
    return result


def run_source(args: list[str], work: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """Run the source install (`python -m briefing_app args`) with the same isolation."""
    return run_offline(
        [sys.executable, "-m", "briefing_app", *args], work, PYTHONPATH=str(ROOT / "src"), **extra
    )


def test_the_network_is_really_cut(work: Path) -> None:
    reason = network_namespace_available()
    if reason:
        pytest.skip(reason)
    probe = (
        "import socket\ntry:\n    socket.create_connection(('1.1.1.1', 53), timeout=2)\n"
        "except OSError as exc:\n    print('cut', exc.errno)\nelse:\n    print('open')\n"
    )
    result = subprocess.run(
        ["unshare", "-n", sys.executable, "-c", probe], capture_output=True, text=True, timeout=30
    )
    assert result.stdout.startswith("cut"), result.stdout + result.stderr


def test_no_system_font_is_visible(work: Path) -> None:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        pytest.skip("fc-list (fontconfig) is not installed")
    result = subprocess.run(
        [fc_list], capture_output=True, text=True, env=isolated_env(work), timeout=60
    )
    assert result.stdout.strip() == ""


def test_check(executable: Path, work: Path) -> None:
    result = run_offline([str(executable), "check"], work)
    assert "OK" in result.stdout
    assert "/_internal/resources/briefings/etdz-2023/" in result.stdout  # the bundled copy


def test_version(executable: Path, work: Path) -> None:
    from briefing_app import __version__

    result = run_offline([str(executable), "--version"], work)
    assert result.stdout.strip() == f"briefing-app {__version__}"


def test_smoke_paints_the_first_panel(executable: Path, work: Path) -> None:
    result = run_offline([str(executable), "--smoke"], work)
    assert re.search(r"first panel painted: \d+ ms", result.stdout), result.stdout


def deck_summary(path: Path) -> list[dict[str, object]]:
    """Return per slide: its layout, the texts of its shapes and the data of its charts."""
    from pptx import Presentation

    slides = []
    for slide in Presentation(str(path)).slides:
        texts, charts = [], []
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text.strip():
                texts.append(shape.text_frame.text)
            if getattr(shape, "has_chart", False) and shape.has_chart:
                chart = shape.chart
                charts.append(
                    {
                        "type": str(chart.chart_type),
                        "categories": [str(c) for c in chart.plots[0].categories],
                        "series": [
                            (s.name, list(s.values)) for plot in chart.plots for s in plot.series
                        ],
                    }
                )
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        slides.append(
            {
                "layout": slide.slide_layout.name,
                "texts": sorted(texts),
                "charts": charts,
                "notes": notes,
            }
        )
    return slides


@pytest.fixture(scope="module")
def source_outputs(work: Path) -> Path:
    """Return a folder with the source install's deck and PNG images, made offline too."""
    out = work / "source"
    out.mkdir()
    run_source(["export", "--format", "pptx", "--out", str(out / "deck.pptx")], work)
    run_source(["export", "--format", "png", "--out", str(out / "png")], work)
    return out


def test_the_deck_matches_the_source_install(
    executable: Path, work: Path, source_outputs: Path
) -> None:
    out = work / "frozen"
    out.mkdir(exist_ok=True)
    run_offline(
        [str(executable), "export", "--format", "pptx", "--out", str(out / "deck.pptx")], work
    )
    frozen, source = deck_summary(out / "deck.pptx"), deck_summary(source_outputs / "deck.pptx")
    assert len(frozen) == len(source) > 10
    assert sum(len(s["charts"]) for s in frozen) > 0  # type: ignore[arg-type]
    for number, (mine, theirs) in enumerate(zip(frozen, source, strict=True), start=1):
        assert mine == theirs, f"slide {number} differs"


def mean_difference(a: Path, b: Path) -> float:
    """Return the mean absolute difference of two images' grey levels (0-255)."""
    from PIL import Image, ImageChops, ImageStat

    first, second = Image.open(a).convert("L"), Image.open(b).convert("L")
    assert first.size == second.size, (first.size, second.size)
    return float(ImageStat.Stat(ImageChops.difference(first, second)).mean[0])


def test_panels_show_chinese_in_the_bundled_font(
    executable: Path, work: Path, source_outputs: Path
) -> None:
    out = work / "frozen"
    out.mkdir(exist_ok=True)
    run_offline([str(executable), "export", "--format", "png", "--out", str(out / "png")], work)
    frozen_pngs = sorted(p.name for p in (out / "png").glob("*.png"))
    assert frozen_pngs == sorted(p.name for p in (source_outputs / "png").glob("*.png"))
    cover = frozen_pngs[0]
    assert cover.endswith("cover.png")

    # The negative control: the source install with its resources but no fonts folder.
    home = work / "no-fonts"
    shutil.copytree(ROOT / "resources", home / "resources", ignore=shutil.ignore_patterns("fonts"))
    shutil.copytree(ROOT / "slides_templates", home / "slides_templates")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefing_app",
            "export",
            "--format",
            "png",
            "--out",
            str(home / "png"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        cwd=work,
        env=isolated_env(work, PYTHONPATH=str(ROOT / "src"), BRIEFING_APP_HOME=str(home)),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Bundled font" in result.stderr  # the control really ran without the fonts

    same = mean_difference(out / "png" / cover, source_outputs / "png" / cover)
    missing = mean_difference(home / "png" / cover, source_outputs / "png" / cover)
    assert missing > 2.0, f"the control without fonts looks like the real cover ({missing:.2f})"
    assert same < missing / 10, f"frozen cover differs: {same:.2f} (no fonts: {missing:.2f})"
    for name in frozen_pngs[1:]:  # every other panel, the charts among them
        diff = mean_difference(out / "png" / name, source_outputs / "png" / name)
        assert diff < missing / 10, f"{name} differs from the source install: {diff:.2f}"


def test_the_bundle_is_trimmed(executable: Path) -> None:
    internal = executable.parent / "_internal"
    plugin_dir = internal / "PySide6" / "Qt" / "plugins"
    plugins = {f"{p.parent.name}/{p.name}" for p in plugin_dir.rglob("*.so")}
    assert "platforms/libqoffscreen.so" in plugins and "platforms/libqxcb.so" in plugins
    assert not any(
        p.startswith(("sqldrivers/", "tls/", "networkinformation/", "qmltooling/")) for p in plugins
    )
    names = {p.name for p in internal.rglob("*") if p.is_file()}
    for unwanted in (
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libQt6Network.so.6",
        "libQt6Pdf.so.6",
        "QtNetwork.abi3.so",
        "libgtk-3.so.0",
    ):
        assert unwanted not in names
    assert not list(internal.rglob("tkinter")) and not list(internal.rglob("_tkinter*"))
    assert (internal / "resources" / "fonts" / "NotoSansSC-Regular.otf").is_file()
    assert (internal / "resources" / "icons" / "briefing-app.png").is_file()
    assert (internal / "slides_templates" / "default.pptx").is_file()
    dangling = [p for p in internal.iterdir() if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_the_frozen_env_hides_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT / "src"))
    monkeypatch.setenv("BRIEFING_APP_HOME", str(ROOT))
    env = bundle.frozen_env()
    assert "PYTHONPATH" not in env and "BRIEFING_APP_HOME" not in env
