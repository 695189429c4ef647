"""Print the pinned requirements of the 2.28 bundle: what the project's .venv has installed.

    .venv/bin/python packaging/glibc228/pins.py      # one `name==version` per line

The closure of pyproject.toml's run-time requirements and its `packaging` extra (PyInstaller),
each at the version installed in the running interpreter: the version the test suite ran
with. build.py runs it with the .venv's interpreter and downloads the 2.28 Python's wheels
at exactly these versions.
"""

from __future__ import annotations

import importlib.metadata as metadata
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]

#: The platform the bundle runs on, for evaluating environment markers.
TARGET = {
    "sys_platform": "linux",
    "platform_system": "Linux",
    "os_name": "posix",
    "python_version": "3.11",
    "python_full_version": "3.11.2",
    "implementation_name": "cpython",
    "platform_machine": "x86_64",
    "platform_python_implementation": "CPython",
}


def roots(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    """Return the project's run-time requirements and those of its `packaging` extra."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    texts = [*project["dependencies"], *project["optional-dependencies"]["packaging"]]
    return [Requirement(text) for text in texts]


def applies(req: Requirement, extras: frozenset[str]) -> bool:
    """Return whether `req` is needed on the target with the requiring package's `extras`."""
    if req.marker is None:
        return True
    return any(req.marker.evaluate({**TARGET, "extra": e}) for e in ("", *sorted(extras)))


def closure(start: list[Requirement]) -> dict[str, str]:
    """Return {distribution name: installed version} for `start` and all they require."""
    pins: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    queue = [req for req in start if applies(req, frozenset())]
    while queue:
        req = queue.pop()
        key = (canonicalize_name(req.name), frozenset(req.extras))
        if key in seen:
            continue
        seen.add(key)
        dist = metadata.distribution(req.name)
        pins[key[0]] = dist.version
        queue.extend(r for r in map(Requirement, dist.requires or []) if applies(r, key[1]))
    return dict(sorted(pins.items()))


def main() -> int:
    try:
        pins = closure(roots())
    except metadata.PackageNotFoundError as exc:
        print(
            f"pins.py: {exc} is not installed in {sys.prefix}: run bash .ci/setup first",
            file=sys.stderr,
        )
        return 1
    for name, version in pins.items():
        print(f"{name}=={version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
