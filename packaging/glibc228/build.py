"""Build the Linux bundle with a glibc 2.28 floor (UOS 20, Kylin V10): zig-built CPython.

    .venv/bin/python packaging/glibc228/build.py [--dist DIR]    (or: build.sh --glibc 2.28)

Seven steps, each announced on a line of its own: (1) zig, (2) the Debian source packages
pinned in sources.txt, (3) zlib, bzip2, liblzma and libffi built static, (4) CPython 3.11
built by zig for x86_64-linux-gnu.2.28, (5) the wheels at the versions the .venv has
(pins.py), downloaded for manylinux_2_28 by the .venv's pip (the zig-built Python has no
ssl) and unpacked into a site-packages folder, (6) PyInstaller run by that Python on
packaging/briefing-app.spec, (7) the floor check (floor.py) and `check` of the built-in
briefing. Steps 1-4 and 5 are cached (cache.py); the compilers run under `nice -n 10` with at
most JOBS=2 jobs, the machine being shared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import cache  # noqa: E402
import floor  # noqa: E402

STEPS = 7
#: Wheel platforms a glibc 2.28 system runs: pip does not widen manylinux_2_28 by itself.
PLATFORMS = [f"manylinux_2_{minor}_x86_64" for minor in range(28, 4, -1)] + [
    "manylinux2014_x86_64",
    "manylinux2010_x86_64",
    "manylinux1_x86_64",
]
#: Libraries from the build host that PyInstaller would bundle and that need a newer glibc;
#: the spec leaves them to the target system when this variable is set (trim.py).
FLOOR_ENV = {"BRIEFING_APP_GLIBC_FLOOR": "2.28"}


class BuildError(RuntimeError):
    """A step failed; the message says which and why, in one line."""


def progress(step: int, text: str) -> None:
    print(f"glibc228: {text} ({step}/{STEPS})…", flush=True)


def run(
    argv: list[str],
    what: str,
    log: Path | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> None:
    """Run `argv` niced; on failure raise BuildError naming `what`, with the end of the output.

    The command runs in a process group of its own, killed whole if the build is interrupted:
    no make or compiler outlives the build and writes into a removed folder.
    """
    started = time.monotonic()
    with subprocess.Popen(
        ["nice", "-n", "10", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=cwd,
        env=env,
        start_new_session=True,
    ) as process:
        try:
            output, _ = process.communicate()
        except BaseException:
            os.killpg(process.pid, signal.SIGKILL)
            raise
    if log is not None:
        log.write_text(output, encoding="utf-8")
    if process.returncode != 0:
        tail = output.strip().splitlines()[-40:]
        raise BuildError(f"{what} failed (exit {process.returncode}):\n" + "\n".join(tail))
    print(f"glibc228:   {what}: {time.monotonic() - started:.0f} s", flush=True)


def read_sources(path: Path = HERE / "sources.txt") -> dict[str, list[list[str]]]:
    """Return sources.txt's lines grouped by their first word."""
    entries: dict[str, list[list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            entries.setdefault(words[0], []).append(words[1:])
    return entries


def python_key() -> str:
    """Return the cache key of the 2.28 Python: its scripts and sources.txt."""
    return cache.input_key(
        [HERE / "zigcc", HERE / "static_libs.sh", HERE / "cpython.sh", HERE / "sources.txt"]
    )


def host_python() -> Path:
    python = ROOT / ".venv" / "bin" / "python"
    if not python.exists():
        raise BuildError(f"{python} missing: run bash .ci/setup first")
    return python


def install_zig(version: str, work: Path) -> Path:
    """Install zig (PyPI ziglang) into `work` with the .venv's pip; return the zig binary."""
    target = work / "ziglang"
    run(
        [
            str(host_python()),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--only-binary=:all:",
            "--target",
            str(target),
            f"ziglang=={version}",
        ],
        "pip install ziglang",
    )
    return target / "ziglang" / "zig"


def fetch_sources(sources: dict[str, list[list[str]]], work: Path, out: Path) -> None:
    """Download the pinned Debian source packages into `out` (apt with private lists)."""
    apt = work / "apt"
    (apt / "lists" / "partial").mkdir(parents=True)
    (apt / "archives" / "partial").mkdir(parents=True)
    lines = [
        f"deb-src {words[0]} {suite} main"
        for key in ("mirror", "security")
        for words in sources.get(key, [])
        for suite in words[1:]
    ]
    (apt / "sources.list").write_text("\n".join(lines) + "\n", encoding="utf-8")
    options = [
        f"-oDir::Etc::SourceList={apt / 'sources.list'}",
        "-oDir::Etc::SourceParts=-",
        f"-oDir::State::Lists={apt / 'lists'}",
        f"-oDir::Cache={apt}",
        "-oDebug::NoLocking=1",
    ]
    if os.geteuid() == 0:  # files in a private folder: apt's _apt user could not write there
        options.append("-oAPT::Sandbox::User=root")
    run(["apt-get", *options, "-qq", "update"], "apt-get update (deb-src)")
    wanted = [f"{name}={version}" for name, version in sources["package"]]
    out.mkdir(parents=True, exist_ok=True)
    run(
        ["apt-get", *options, "-qq", "source", "--download-only", *wanted],
        "apt-get source",
        cwd=out,
    )


def build_python(partial: Path) -> None:
    """Steps 1-4: zig, sources, static libraries, CPython into `partial`/python."""
    sources = read_sources()
    with tempfile.TemporaryDirectory(prefix="glibc228-") as tmp:
        work = Path(tmp)
        progress(1, f"installing zig {sources['zig'][0][0]}")
        zig = install_zig(sources["zig"][0][0], work)
        bin_dir = work / "bin"
        bin_dir.mkdir()
        for name in ("cc", "c++", "ar", "ranlib"):
            (bin_dir / name).symlink_to(HERE / "zigcc")
        env = dict(
            os.environ,
            ZIG=str(zig),
            ZIG_GLOBAL_CACHE_DIR=str(work / "zig-cache"),
            ZIG_LOCAL_CACHE_DIR=str(work / "zig-cache"),
            ZIG_WRAP_CACHE=str(work),
            PATH=f"{bin_dir}:{os.environ['PATH']}",
            JOBS=os.environ.get("JOBS", "2"),
        )
        for name in ("CC", "CXX", "CFLAGS", "LDFLAGS", "CPPFLAGS", "PYTHONPATH", "PYTHONHOME"):
            env.pop(name, None)
        progress(2, "fetching the Debian source packages")
        fetch_sources(sources, work, work / "sources")
        progress(3, "building zlib, bzip2, liblzma and libffi (static)")
        deps = work / "deps"
        run(
            [
                "bash",
                str(HERE / "static_libs.sh"),
                str(work / "sources"),
                str(work / "src"),
                str(deps),
            ],
            "static_libs.sh",
            log=partial / "static_libs.log",
            env=env,
        )
        progress(4, "building CPython 3.11 with zig (a few minutes)")
        run(
            [
                "bash",
                str(HERE / "cpython.sh"),
                str(work / "sources"),
                str(work / "src"),
                str(deps),
                str(partial / "python"),
            ],
            "cpython.sh",
            log=partial / "cpython.log",
            env=env,
        )
        shutil.copy2(HERE / "sources.txt", partial / "sources.txt")


def pinned_requirements() -> str:
    """Return pins.py's `name==version` lines for the .venv."""
    result = subprocess.run(
        [str(host_python()), str(HERE / "pins.py")], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BuildError(result.stderr.strip())
    return result.stdout


def build_site(pins: str, partial: Path) -> None:
    """Step 5: download the pinned wheels and unpack them into `partial`/site-packages."""
    (partial / "requirements.txt").write_text(pins, encoding="utf-8")
    platforms = [arg for p in PLATFORMS for arg in ("--platform", p)]
    common = [
        "--no-deps",
        "--only-binary=:all:",
        "--python-version",
        "3.11",
        *platforms,
        "-r",
        str(partial / "requirements.txt"),
    ]
    pip = [str(host_python()), "-m", "pip"]
    run([*pip, "download", "-q", *common, "-d", str(partial / "wheels")], "pip download")
    run(
        [
            *pip,
            "install",
            "-q",
            "--no-index",
            "--find-links",
            str(partial / "wheels"),
            "--target",
            str(partial / "site-packages"),
            *common,
        ],
        "pip install --target site-packages",
    )


def build_bundle(python: Path, site: Path, dist: Path, work: Path) -> Path:
    """Step 6: run PyInstaller with the 2.28 Python; return the bundle folder."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHOME", "VIRTUAL_ENV")}
    env.update(
        FLOOR_ENV,
        PYTHONPATH=f"{site}{os.pathsep}{ROOT / 'src'}",
        PYINSTALLER_CONFIG_DIR=str(work / "pyinstaller-config"),
        LD_LIBRARY_PATH=str(python.parent.parent / "lib"),  # libpython (cpython.sh says why)
        # Neither the cached site-packages nor the checkout gets __pycache__ folders from this
        # Python; PyInstaller compiles what it bundles in its own work folder.
        PYTHONDONTWRITEBYTECODE="1",
    )
    run(
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(ROOT / "packaging" / "briefing-app.spec"),
        ],
        "PyInstaller",
        env=env,
        cwd=work,
    )
    return dist / "briefing-app"


def build(dist: Path) -> Path:
    """Build dist/briefing-app with a glibc 2.28 floor; return its folder."""
    for tool in ("objdump", "readelf", "strip", "dpkg-source", "patch", "make", "apt-get"):
        if shutil.which(tool) is None:
            raise BuildError(
                f"{tool} missing: run bash .ci/setup (it installs the Debian "
                "packages binutils, dpkg-dev, patch, make)"
            )
    folder, built = cache.cached("python", python_key(), build_python)
    if not built:
        print(f"glibc228: CPython from the cache, {folder} (steps 1-4 skipped)", flush=True)
    python = folder / "python" / "bin" / "python3.11"
    pins = pinned_requirements()
    progress(5, "wheels for manylinux_2_28 at the .venv's versions")
    site, built = cache.cached(
        "site", cache.input_key([], pins, *PLATFORMS), lambda p: build_site(pins, p)
    )
    if not built:
        print(f"glibc228:   from the cache, {site}", flush=True)
    progress(6, "PyInstaller")
    with tempfile.TemporaryDirectory(prefix="glibc228-pyinstaller-") as tmp:
        bundle = dist / "briefing-app"
        if bundle.exists():
            shutil.rmtree(bundle)
        build_bundle(python, site / "site-packages", dist, Path(tmp))
    progress(7, "checking the glibc floor and the built-in briefing")
    too_new = floor.too_new(bundle, floor.FLOOR)
    if too_new:
        raise BuildError(
            f"{len(too_new)} file(s) need more than GLIBC_{floor.FLOOR}:\n"
            + "\n".join(f"  {path}: GLIBC_{version}" for path, version in too_new)
        )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(bundle / "briefing-app"), "check"], capture_output=True, text=True, env=env
    )
    if result.returncode != 0:
        raise BuildError(
            f"the bundle cannot check its built-in briefing: "
            f"{(result.stdout + result.stderr).strip()[-2000:]}"
        )
    print(f"glibc228: {bundle}: every ELF file needs at most GLIBC_{floor.FLOOR}", flush=True)
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist",
        type=Path,
        default=ROOT / "dist",
        help="folder to build briefing-app/ in (default: dist)",
    )
    args = parser.parse_args(argv)
    # A killed build (SIGTERM) still removes its temporary and partial folders.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    try:
        build(args.dist.resolve())
    except BuildError as exc:
        print(f"glibc228: {exc}", file=sys.stderr)
        return 1
    print(f"glibc228: done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
