"""The packaging rules without a build: what the bundle keeps, the version resource, staleness."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "packaging"))  # the spec imports trim and version_info so too
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "packaging"))


trim = load("trim")
version_info = load("version_info")
bundle = load("bundle")


def test_only_the_used_qt_modules_stay() -> None:
    excludes = trim.python_excludes()
    for used in ("QtCore", "QtGui", "QtWidgets", "QtOpenGL", "QtOpenGLWidgets", "QtSvg"):
        assert f"PySide6.{used}" not in excludes
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtPdf", "QtTest", "QtWebEngineCore"):
        assert f"PySide6.{unused}" in excludes
    assert "tkinter" in excludes and "unittest" in excludes


def test_the_app_imports_no_excluded_qt_module() -> None:
    excluded = {m for m in trim.python_excludes() if m.startswith("PySide6.")}
    for module in (ROOT / "src" / "briefing_app").rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        for name in excluded:
            short = name.split(".")[1]
            assert f"PySide6.{short} " not in text and f"PySide6.{short}\n" not in text, (
                f"{module} imports {name}, which the bundle leaves out"
            )


def test_plugins_translations_and_libraries() -> None:
    keep = trim.keep
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6\\plugins\\platforms\\qwindows.dll")  # the Windows layout
    assert keep("PySide6/Qt/plugins/imageformats/libqsvg.so")
    assert not keep("PySide6/Qt/plugins/imageformats/libqpdf.so")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep("PySide6/Qt/plugins/sqldrivers/libqsqlite.so")
    assert not keep("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not keep("PySide6/Qt/translations/qtdeclarative_zh_CN.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/opengl32sw.dll")
    assert not keep("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not keep("PySide6/Qt6Network.dll")
    assert keep("PySide6/Qt/lib/libQt6Gui.so.6")
    assert not keep("PySide6/QtNetwork.abi3.so") and keep("PySide6/QtGui.abi3.so")
    assert not keep("numpy/_core/tests/data/x.npy")
    assert not keep("libfontconfig.so.1") and not keep("libdbus-1.so.3")
    assert not keep("libxcb.so.1") and not keep("libxcb-randr.so.0")
    assert keep("libxcb-cursor.so.0") and keep("libxcb-icccm.so.4")  # often missing on hosts
    assert keep("pillow.libs/libxcb-9065bb12.so.1.1.0")  # a wheel's own copy stays
    assert keep("resources/fonts/NotoSansSC-Regular.otf")


def test_unreachable_libraries_are_pruned() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),  # only a dropped plugin's
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
    ]
    needs = {"/w/QtGui.abi3.so": ["libQt6Gui.so.6"], "/w/libQt6Gui.so.6": ["libglib-2.0.so.0"]}
    kept = trim.prune_unreachable(binaries, lambda src: needs.get(src, []))
    assert [dest for dest, _, _ in kept] == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "libglib-2.0.so.0",
        "libpython3.11.so.1.0",
    ]
    datas = [
        ("libgtk-3.so.0", "x/libgtk-3.so.0", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    assert trim.drop_dangling_symlinks(datas, {"PySide6/Qt/lib/libQt6Gui.so.6"}) == datas[1:]


def test_only_unpatched_binaries_are_stripped() -> None:
    binaries = [
        ("libpython3.11.so.1.0", "/root/.pyenv/lib/libpython3.11.so.1.0", "BINARY"),
        ("numpy.libs/libopenblas.so", "/v/site-packages/numpy.libs/libopenblas.so", "BINARY"),
        ("PIL/_imaging.so", "/v/site-packages/PIL/_imaging.so", "EXTENSION"),
        ("yaml/_yaml.so", "/v/site-packages/yaml/_yaml.so", "EXTENSION"),
    ]
    rpaths = {"/v/site-packages/PIL/_imaging.so": "RPATH $ORIGIN/../pillow.libs"}
    chosen = trim.strip_candidates(binaries, lambda src: rpaths.get(src, ""))
    assert [d for d, _, _ in chosen] == ["libpython3.11.so.1.0", "yaml/_yaml.so"]


def test_version_resource_follows_the_package_version() -> None:
    from briefing_app import __version__

    assert version_info.read_version() == __version__
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("1.2.3rc1+local") == (1, 2, 3, 0)
    assert version_info.version_tuple("2") == (2, 0, 0, 0)
    text = version_info.version_file_text("1.2.0")
    assert "filevers=(1, 2, 0, 0)" in text and "StringStruct('ProductVersion', '1.2.0')" in text

    calls: dict[str, object] = {}

    def record(name: str):  # type: ignore[no-untyped-def]
        def make(*args: object, **kwargs: object) -> tuple[str, tuple[object, ...]]:
            calls.setdefault(name, (args, kwargs))
            return (name, args)

        return make

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    eval(text, {n: record(n) for n in names})  # the text PyInstaller evaluates the same way
    assert calls["FixedFileInfo"][1]["filevers"] == (1, 2, 0, 0)  # type: ignore[index]


def test_a_bundle_older_than_its_sources_is_stale(tmp_path: Path) -> None:
    for name in ("src", "resources", "packaging"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "f.py").write_text("x", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    exe = tmp_path / "dist" / "app"
    assert bundle.is_stale(exe, tmp_path)
    exe.parent.mkdir()
    exe.write_text("", encoding="utf-8")
    os.utime(exe, (4_000_000_000, 4_000_000_000))
    assert not bundle.is_stale(exe, tmp_path)
    os.utime(tmp_path / "src" / "f.py", (4_000_000_100, 4_000_000_100))
    assert bundle.is_stale(exe, tmp_path)


def test_the_packaging_extra_lists_pyinstaller() -> None:
    assert bundle.packaging_requirement().lower().startswith("pyinstaller>=")


def test_icons_exist_in_every_form() -> None:
    icons = ROOT / "resources" / "icons"
    for name in ("briefing-app.svg", "briefing-app.png", "briefing-app.ico"):
        assert (icons / name).is_file()
    assert (icons / "briefing-app.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
