"""What the frozen bundle leaves out: unused Qt modules, plugins, translations and Python packages.

Used by `briefing-app.spec`; kept apart (and free of PyInstaller imports) so the rules can be
read in one place and unit-tested without a build (tests/packaging/test_frozen_trim.py).

The app itself imports only QtCore, QtGui and QtWidgets. pyqtgraph also imports QtOpenGL,
QtOpenGLWidgets (its GraphicsView can draw through QOpenGLWidget) and QtSvg (its SVG exporter)
when present, so those stay; its `QtTest` import is optional (a `FailedImport` placeholder when
missing) and is dropped. PDF export goes through QPdfWriter, which lives in QtGui: the QtPdf
module (a PDF *viewer*) is not needed. Everything Qt loads at run time that is not a Python
module (platform, image-format and input-method plugins, translations) is filtered by path.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path

#: PySide6 binding modules the bundle keeps; every other `PySide6.Qt*` module is excluded.
QT_MODULES_KEPT = ("QtCore", "QtGui", "QtWidgets", "QtOpenGL", "QtOpenGLWidgets", "QtSvg")

#: Every PySide6 binding module shipped by PySide6-Essentials 6.9 (and a few Addons ones, in
#: case a build machine has the full PySide6 installed). Those not kept are excluded.
QT_MODULES_ALL = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtCore", "QtDBus", "QtDataVisualization",
    "QtDesigner", "QtExampleIcons", "QtGraphs", "QtGraphsWidgets", "QtGui", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)

#: Python packages and modules never needed at run time.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "unittest", "doctest", "test", "distutils", "setuptools", "pkg_resources", "_distutils_hack",
    "pip", "wheel", "ensurepip", "venv",
    "pytest", "_pytest", "pytestqt", "mypy", "ruff", "jsonschema", "fontTools", "IPython",
    "numpy.f2py", "numpy.distutils", "numpy.testing", "numpy._pyinstaller", "numpy.conftest",
    "pyqtgraph.examples", "pyqtgraph.opengl", "pyqtgraph.jupyter",
    # Pillow: python-pptx reads picture headers and the deck's thumbnail is drawn with FreeType
    # (PIL._imagingft, ~3.5 MB with its libraries); no AVIF/WebP codecs, colour management or
    # Tk in here (each drags its own copy of a C library along).
    "PIL.ImageQt", "PIL.ImageTk", "PIL.ImageShow", "PIL._avif", "PIL._webp", "PIL._imagingcms",
    "PIL._imagingtk", "PIL.AvifImagePlugin", "PIL.WebPImagePlugin",
    "PIL.ImageCms",
    # The app never talks to a network (tests/test_offline.py): no TLS, hence no OpenSSL.
    "ssl", "_ssl", "_hashlib", "readline",
    # python-pptx uses lxml.etree only; pyqtgraph reaches numpy.random only for beeswarm plots.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect", "lxml.html5parser",
    "numpy.random",
    # Codecs for Japanese, Korean and Traditional Chinese legacy encodings (GBK/GB18030 stay).
    "_codecs_jp", "_codecs_kr", "_codecs_hk", "_codecs_tw", "_codecs_iso2022",
    "shiboken6.files",
    "PyQt5", "PyQt6", "PySide2",
)


def python_excludes() -> list[str]:
    """Return the module names for the Analysis `excludes` list."""
    qt = [f"PySide6.{m}" for m in QT_MODULES_ALL if m not in QT_MODULES_KEPT]
    return [*qt, *PYTHON_EXCLUDES]


#: Qt plugins kept, as `<folder>/<name-stem>`: the stem without `lib` prefix, `.so`/`.dll`
#: suffix. Everything else under `plugins/` is dropped.
PLUGINS_KEPT = {
    # offscreen: --smoke, exports and CI; xcb: X11, and Wayland desktops through XWayland;
    # minimal: a last resort; windows: the Windows desktop. No native Wayland plugin (2.5 MB
    # with its libraries): under Wayland a window cannot choose its screen, and the audience
    # window must go to the projector; XWayland lets Qt place it.
    "platforms": {"qoffscreen", "qxcb", "qminimal", "qwindows"},
    "xcbglintegrations": {"qxcb-egl-integration", "qxcb-glx-integration"},
    # Native file dialogs through the desktop portal (the GTK3 theme would drag GTK in).
    "platformthemes": {"qxdgdesktopportal"},
    # Typing Chinese in the overview filter: the IBus input method and compose keys.
    "platforminputcontexts": {"ibusplatforminputcontextplugin",
                              "composeplatforminputcontextplugin"},
    # PNG is built into QtGui; SVG for pyqtgraph icons, ICO/JPEG for icons and pictures.
    "imageformats": {"qsvg", "qico", "qjpeg"},
    "iconengines": {"qsvgicon"},
    # Windows: the native style (Fusion is built in).
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
}

#: Qt translations kept (Qt's own strings for standard dialogs); the app's are in resources/.
TRANSLATIONS_KEPT = {"qtbase_zh_CN.qm", "qtbase_en.qm"}

#: Qt shared libraries dropped even if some kept module links them: none of these modules is
#: used, and their presence only reflects optional plugin dependencies.
QT_LIBS_DROPPED = re.compile(
    r"(^|[\\/])(lib)?Qt6(Quick|Qml|Network|Pdf|Designer|VirtualKeyboard|Test|Sql|Help|UiTools|"
    r"PrintSupport|EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|WaylandCompositor|"
    r"LabsPlatform|ShaderTools|Wayland\w*|WlShell\w*|3D|Multimedia|Charts|DataVisualization|"
    r"Graphs|WebEngine)"
    r"[\w.]*\.(so[.\d]*|dll)$",
    re.IGNORECASE,
)

#: Files dropped wherever they are: the software OpenGL fallback on Windows (~20 MB; only for
#: machines without any OpenGL driver, where the app still draws through the raster engine),
#: the D3D compiler it needs, and type stubs.
FILES_DROPPED = re.compile(r"(^|[\\/])(opengl32sw\.dll|d3dcompiler_\d+\.dll|[^\\/]+\.pyi)$",
                           re.IGNORECASE)

#: Python package data dropped: test suites, examples and headers of the bundled packages.
PACKAGE_DATA_DROPPED = re.compile(
    r"(^|[\\/])(numpy[\\/](_core[\\/])?(tests|include|f2py|_pyinstaller|typing)[\\/]|"
    r"numpy[\\/].*[\\/]tests[\\/]|pyqtgraph[\\/](examples|opengl|jupyter)[\\/]|"
    r"PIL[\\/].*\.h$|lxml[\\/]includes[\\/]|lxml[\\/].*\.(h|pxd|pyx)$|"
    r"PySide6[\\/](include|typesystems|glue|scripts|examples|doc)[\\/]|"
    r"PySide6[\\/]Qt[\\/](qml|metatypes|resources[\\/]qtwebengine)|shiboken6[\\/]files)",
    re.IGNORECASE,
)

#: Platform libraries taken from the machine the app runs on, never from the build machine:
#: fontconfig must read the host's own fonts.conf (an older or newer bundled copy warns or
#: finds no fonts), Xlib/xcb and D-Bus must speak to the host's X server and message bus.
#: Every desktop Linux has them (docs/it-guide.md lists the packages). The xcb-util family Qt
#: needs (libxcb-cursor, -icccm, -keysyms, -image, -render-util, -util) is often missing, so
#: it stays in the bundle. Dropping libdbus-1 also
#: drops the systemd, gcrypt and lz4 libraries only it linked. The same list as AppImage's
#: "excludelist" for these names.
SYSTEM_LIBS_FROM_HOST = re.compile(
    r"^(libdbus-1|libfontconfig|libfreetype|libexpat|libX11|libX11-xcb|libxcb|"
    r"libxcb-(glx|randr|render|shape|shm|sync|xfixes|xkb|xinerama|xinput|present|dri[23])|"
    r"libGL|libEGL|libGLX|libOpenGL|libdrm|libgbm|libwayland-[a-z]+)\.so(\.\d+)*$"
)

#: With a glibc 2.28 floor (packaging/glibc228/build.py), also these: the build host's copies
#: need its newer glibc (libstdc++ GLIBC_2.36, libgcc_s 2.35, glib 2.34, zstd 2.34, xkbcommon
#: 2.33 on Debian 12), and every target system has its own (docs/it-guide.md lists the minimum
#: versions). libgthread goes with glib, libxkbcommon-x11 with libxkbcommon: each pair must
#: come from the same build.
LIBS_ABOVE_GLIBC_FLOOR = re.compile(
    r"^(libstdc\+\+|libgcc_s|libglib-2\.0|libgthread-2\.0|libzstd|libxkbcommon|libxkbcommon-x11)"
    r"\.so(\.\d+)*$"
)


def leave_to_target(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Return `toc` without the host libraries a glibc 2.28 bundle takes from the target."""
    return [entry for entry in toc if not LIBS_ABOVE_GLIBC_FLOOR.match(entry[0])]


_PLUGIN = re.compile(r"(^|[\\/])plugins[\\/](?P<folder>[^\\/]+)[\\/](?P<file>[^\\/]+)$")
_TRANSLATION = re.compile(r"(^|[\\/])translations[\\/](?P<file>[^\\/]+\.qm)$")


def plugin_stem(filename: str) -> str:
    """Return a plugin file's name without `lib` prefix and `.so`/`.dll` suffix."""
    stem = re.sub(r"\.(so|dll|dylib)$", "", filename, flags=re.IGNORECASE)
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Return whether a file the Analysis collected, by its path inside the bundle, stays."""
    path = dest.replace("\\", "/")
    if SYSTEM_LIBS_FROM_HOST.match(path):  # only at the top of the bundle: not a wheel's copy
        return False
    if FILES_DROPPED.search(path) or PACKAGE_DATA_DROPPED.search(path):
        return False
    if "PySide6/" in path or path.startswith("PySide6"):
        plugin = _PLUGIN.search(path)
        if plugin:
            kept = PLUGINS_KEPT.get(plugin["folder"], set())
            return plugin_stem(plugin["file"]) in kept
        translation = _TRANSLATION.search(path)
        if translation:
            return translation["file"] in TRANSLATIONS_KEPT
    if QT_LIBS_DROPPED.search(path):
        return False
    binding = re.search(r"(^|/)PySide6/(?P<module>Qt\w+)\.(abi3\.so|pyd)$", path)
    return not (binding and binding["module"] not in QT_MODULES_KEPT)


def trim(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Return the entries of a PyInstaller TOC (dest, source, kind) that `keep` accepts."""
    return [entry for entry in toc if keep(entry[0])]


#: Binaries collected only because something links them: the platform's shared libraries at
#: the top of the bundle, Qt's own libraries and the libraries vendored by wheels. They stay
#: only while a kept binary still needs them.
_DEPENDENCY_ONLY = re.compile(r"^([^/]+|PySide6/Qt/lib/[^/]+|PySide6/[^/]+\.dll|"
                              r"[^/]+\.libs/[^/]+)$", re.IGNORECASE)
_PYTHON_LIB = re.compile(r"^(lib)?python3[\d.]*\.(so|dll)", re.IGNORECASE)


def prune_unreachable(binaries: list[tuple[str, str, str]],
                      imports_of: Callable[[str], Iterable[str]]) -> list[tuple[str, str, str]]:
    """Return `binaries` without the libraries no kept binary needs any more.

    PyInstaller resolves shared-library dependencies before `trim` drops plugins, so the
    libraries only a dropped plugin wanted (GTK, Cairo and Pango for the GTK3 theme, the
    Quick libraries for the virtual keyboard) are still listed. `imports_of(source_path)` gives
    the file names a binary links against. Roots are every binary that is not dependency-only
    (Python extensions, Qt plugins) and the Python library.
    """
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in binaries:  # a library and PyInstaller's symlink to it share one file name
        by_name.setdefault(Path(entry[0]).name.lower(), []).append(entry)
    roots = [entry for entry in binaries
             if not _DEPENDENCY_ONLY.match(entry[0].replace("\\", "/"))
             or _PYTHON_LIB.match(Path(entry[0]).name)]
    reached = {entry[0] for entry in roots}
    queue = [entry for entry in roots if entry[2] != "SYMLINK"]
    while queue:
        for name in imports_of(queue.pop()[1]):
            for entry in by_name.get(Path(name).name.lower(), []):
                if entry[0] not in reached:
                    reached.add(entry[0])
                    if entry[2] != "SYMLINK":
                        queue.append(entry)
    return [entry for entry in binaries if entry[0] in reached]


def drop_dangling_symlinks(datas: list[tuple[str, str, str]],
                           kept: set[str]) -> list[tuple[str, str, str]]:
    """Return `datas` without the SYMLINK entries whose target (a bundle path) is not `kept`.

    PyInstaller puts a symlink at the top of the bundle for each library it moved into a
    package folder; once `prune_unreachable` has dropped the library, its link would dangle.
    """
    def target(dest: str, link: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")),
                                                 link.replace("\\", "/")))

    return [e for e in datas
            if e[2] != "SYMLINK" or target(e[0], e[1]) in kept]


def strip_candidates(binaries: list[tuple[str, str, str]],
                     rpath_of: Callable[[str], str]) -> list[tuple[str, str, str]]:
    """Return the binaries safe to strip of debug symbols.

    The interpreter's own library and extension modules (libpython alone carries ~17 MB of
    debug information on some builds) and the platform's libraries strip cleanly, and so do
    wheel binaries that nobody rewrote (no RPATH/RUNPATH, like PyYAML's optional `_yaml`).
    Wheel binaries with a run path are left alone: auditwheel rewrote them with patchelf, and
    strip then leaves them unloadable ("ELF load command address/offset not page-aligned").
    `rpath_of(source_path)` returns a binary's RPATH/RUNPATH, or "" if it has none.
    """
    def safe(src: str) -> bool:
        src = src.replace("\\", "/")
        if "site-packages/" not in src:
            return True
        return not re.search(r"\.libs/", src) and not rpath_of(src)

    return [e for e in binaries if e[2] != "SYMLINK" and safe(e[1])]
