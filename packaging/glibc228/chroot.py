"""Run a bundle in a Debian 11 (bullseye, glibc 2.31) chroot: the oldest debootstrap reaches here.

    python packaging/glibc228/chroot.py dist/briefing-app -- check     (as root)

The chroot is debootstrap's minbase plus the libraries a bundle takes from the target system
(docs/it-guide.md), kept as a tarball in the build cache (cache.py) and unpacked afresh for each
use. Commands run in a mount namespace of their own, where /dev is bind-mounted and a new /proc
mounted: the mounts never show on the host, vanish with the namespace even if the process is
killed, and are unmounted explicitly as well; nothing is removed while anything below it is
still mounted (cache.remove_tree).
"""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cache  # noqa: E402

SUITE = "bullseye"
MIRROR = "http://deb.debian.org/debian"
#: What a bundle needs from the target system beyond minbase (which has libc6, libgcc-s1,
#: libstdc++6, libzstd1): the libraries trim.py leaves to it. The xcb platform plugin needs
#: libxcb-randr0, -render0 and -shape0 besides libxcb1, although Qt's error names xcb-cursor.
PACKAGES = (
    "libglib2.0-0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libexpat1",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxcb-glx0",
    "libxrender1",
    "libgl1",
    "libegl1",
)
#: Who may run a chroot: the tools it needs.
TOOLS = ("debootstrap", "unshare", "mount", "umount", "chroot", "tar")


def missing_tools() -> list[str]:
    """Return the tools this module needs that are not installed."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def tarball() -> Path:
    """Return the cached tarball of the chroot, running debootstrap first if it is missing."""

    def make(partial: Path) -> None:
        root = partial / "root"
        print(f"glibc228: debootstrap {SUITE} (about a minute)…", flush=True)
        # In a private mount namespace: debootstrap mounts /proc and /sys inside the root, and
        # a killed debootstrap must not leave them mounted.
        result = subprocess.run(
            [
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "debootstrap",
                "--variant=minbase",
                f"--include={','.join(PACKAGES)}",
                SUITE,
                str(root),
                MIRROR,
            ],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"debootstrap failed: {(result.stdout + result.stderr)[-3000:]}")
        for folder in ("var/cache/apt/archives", "usr/share/doc", "usr/share/man"):
            for item in (root / folder).glob("*"):  # the tarball: about half as large
                if item.is_dir() and not item.is_symlink():
                    cache.remove_tree(item)
                else:
                    item.unlink()
        subprocess.run(
            ["tar", "--numeric-owner", "-C", str(root), "-cf", str(partial / "root.tar"), "."],
            check=True,
        )
        cache.remove_tree(root)

    key = cache.input_key([], inspect.getsource(tarball), SUITE, MIRROR, *PACKAGES)
    folder, _built = cache.cached("chroot", key, make)
    return folder / "root.tar"


@contextmanager
def debian11(bundle: Path) -> Iterator[Path]:
    """Yield the root of a fresh chroot holding a copy of `bundle` at /opt/briefing-app."""
    archive = tarball()
    with tempfile.TemporaryDirectory(prefix="glibc228-chroot-") as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        try:
            subprocess.run(
                ["tar", "--numeric-owner", "-C", str(root), "-xf", str(archive)], check=True
            )
            shutil.copytree(bundle, root / "opt" / "briefing-app", symlinks=True)
            yield root
        finally:
            leftover = cache.mounts_under(root)
            for point in reversed(leftover):  # never: they live in another namespace
                subprocess.run(["umount", "--lazy", point], check=False)
            cache.remove_tree(root)


_RUN = r"""
set -u
root=$1; shift
cleanup() { umount "$root/proc" 2>/dev/null; umount "$root/dev" 2>/dev/null; }
trap cleanup EXIT
mount --bind /dev "$root/dev" && mount -t proc proc "$root/proc" || exit 125
chroot "$root" "$@"
"""


def run(
    root: Path, argv: list[str], env: dict[str, str], timeout: float = 600, cwd: str = "/tmp"
) -> subprocess.CompletedProcess[str]:
    """Run `argv` inside the chroot at `root` with exactly `env`, in `cwd` (a chroot path)."""
    inner = [
        "/usr/bin/env",
        "-i",
        *(f"{k}={v}" for k, v in env.items()),
        "/bin/sh",
        "-c",
        'cd "$0" && exec "$@"',
        cwd,
        *argv,
    ]
    return subprocess.run(
        [
            "unshare",
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            _RUN,
            "run",
            str(root),
            *inner,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def default_env() -> dict[str, str]:
    """Return the environment the bundle gets in the chroot: offscreen, UTF-8, a home."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": "/root",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] != "--":
        print("usage: chroot.py BUNDLE -- ARGS...", file=sys.stderr)
        return 2
    with debian11(Path(argv[0])) as root:
        result = run(root, ["/opt/briefing-app/briefing-app", *argv[2:]], default_env())
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
