"""Check that no ELF file in a folder needs a newer glibc than the floor (objdump -T).

    python packaging/glibc228/floor.py dist/briefing-app      # exit 1 and a list if any does

Reads every regular file that starts with the ELF magic (executables, libraries, Python
extension modules, Qt plugins) and takes the highest GLIBC_x.y symbol version among its
dynamic symbols: the glibc the file needs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

FLOOR = "2.28"
_GLIBC = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def elf_files(folder: Path) -> list[Path]:
    """Return the regular (not symlinked) ELF files under `folder`."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with open(path, "rb") as handle:
            if handle.read(4) == b"\x7fELF":
                found.append(path)
    return found


def glibc_needed(path: Path) -> str | None:
    """Return the newest GLIBC_ version `path` needs, or None when it needs none."""
    result = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"objdump -T {path} failed: {result.stderr.strip()}")
    versions = _GLIBC.findall(result.stdout)
    return max(versions, key=version_tuple) if versions else None


def too_new(folder: Path, floor: str = FLOOR) -> list[tuple[Path, str]]:
    """Return (file, version) for every ELF file under `folder` needing more than `floor`."""
    found = []
    for path in elf_files(folder):
        needed = glibc_needed(path)
        if needed and version_tuple(needed) > version_tuple(floor):
            found.append((path.relative_to(folder), needed))
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: floor.py FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    files = elf_files(folder)
    bad = too_new(folder)
    for path, version in bad:
        print(f"{path}: GLIBC_{version}")
    print(
        f"floor.py: {len(files)} ELF files, {len(bad)} need more than GLIBC_{FLOOR}",
        file=sys.stderr,
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
