"""A folder of exported images, whose manifest proves which files an earlier export wrote.

The folder may be the user's Pictures or Desktop, so an export touches a file only when the
manifest (`.briefing-app-images.json`, written atomically) lists it with the SHA-256 it
still has: a file the app wrote and nobody changed since. Any other file is never
overwritten nor removed. Policy when such a file bears the name of an image to write:
refuse the whole export before writing anything, naming the file (nothing is lost and the
user decides). Images of panels that no longer exist are removed only under the same proof.

While images are written, the manifest accepts both the old and the new hash of each name,
so an export killed half-way leaves every file still recognised by the next one.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from briefing_app.files import file_digest, write_atomically
from briefing_app.outputs import OutputRefused

MANIFEST = ".briefing-app-images.json"
_APP = "briefing-app"
_FORMAT = 1
_IMAGE_NAME = re.compile(r"[^./\\][^/\\]*\.png")


class ImageFolder:
    """The images an export writes into `folder`, and what an earlier export left there."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.known = _read_manifest(folder / MANIFEST)

    def check_free(self, names: list[str]) -> None:
        """Raise OutputRefused when a file that is not ours bears one of `names`."""
        for name in names:
            if not _IMAGE_NAME.fullmatch(name):
                raise ValueError(f"not an image file name: {name!r}")
            if (self.folder / name).exists() and self._ours(name) is None:
                raise OutputRefused(_in_the_way(self.folder / name))

    def publish(self, images: dict[str, bytes]) -> None:
        """Write `images` (name -> PNG bytes) and remove earlier images of ours not among them."""
        names = list(images)
        self.check_free(names)
        new = {name: _sha256(data) for name, data in images.items()}
        ours = {name: digest for name in self.known if (digest := self._ours(name))}
        transition = {name: sorted({ours.get(name, d), d}) for name, d in new.items()}
        transition.update({n: [d] for n, d in ours.items() if n not in new})
        self._write_manifest(transition)
        for name, data in images.items():
            self.check_free([name])  # again: a file may have appeared while panels rendered
            write_atomically(self.folder / name, data)
        for name in ours.keys() - new.keys():
            if self._ours(name) is not None:
                (self.folder / name).unlink(missing_ok=True)
        self._write_manifest({name: [digest] for name, digest in new.items()})

    def _ours(self, name: str) -> str | None:
        """Return the digest of `name` if the manifest proves we wrote it as it is now."""
        path = self.folder / name
        accepted = self.known.get(name)
        if not accepted or not path.is_file() or path.is_symlink():
            return None
        try:
            digest = file_digest(path)
        except OSError:
            return None
        return digest if digest in accepted else None

    def _write_manifest(self, files: dict[str, list[str]]) -> None:
        data = {"app": _APP, "format": _FORMAT, "files": dict(sorted(files.items()))}
        write_atomically(self.folder / MANIFEST, json.dumps(data, indent=1).encode() + b"\n")
        self.known = files


def _read_manifest(path: Path) -> dict[str, list[str]]:
    """Return name -> accepted digests from the manifest; {} when there is none.

    OutputRefused when a file of that name exists but is not a manifest of ours: it is then
    someone else's file, which we must not overwrite.
    """
    if not path.exists() and not path.is_symlink():
        return {}
    try:
        data = json.loads(path.read_bytes()) if path.is_file() else None
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("app") != _APP or data.get("format") != _FORMAT:
        raise OutputRefused(_in_the_way(path))
    files = data.get("files")
    known: dict[str, list[str]] = {}
    for name, digests in files.items() if isinstance(files, dict) else ():
        if isinstance(name, str) and _IMAGE_NAME.fullmatch(name) and isinstance(digests, list):
            known[name] = [d for d in digests if isinstance(d, str)]
    return known


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _in_the_way(path: Path) -> str:
    return (
        f"{path}: a file of this name is in the way and briefing-app did not write it (or it "
        "was changed since); nothing was written: move it or choose another folder"
    )
