"""Templates made on the fly for the template-safety tests: the default one, changed."""

from __future__ import annotations

import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

from briefing_app.export.pptx.errors import DeckError
from briefing_app.paths import default_template

GIB = 2**30
PRESENTATION_MAIN = (
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
SLIDESHOW_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"
MACRO_MAIN = "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MASTER_RELS = "ppt/slideMasters/_rels/slideMaster1.xml.rels"
PRESENTATION_RELS = "ppt/_rels/presentation.xml.rels"


class Package:
    """A template's zip entries (the default template's unless told), to change and write."""

    def __init__(self, source: Path | None = None) -> None:
        with zipfile.ZipFile(source or default_template()) as z:
            self.files = {name: z.read(name) for name in z.namelist()}
        self.zeros: dict[str, int] = {}  # name -> bytes of zeros, written as a stream

    def relate(self, rels: str, r_id: str, kind: str, target: str) -> None:
        """Add relationship `r_id` of type `kind` (last segment) to the rels file `rels`."""
        xml = self.files[rels].decode()
        rel = f'<Relationship Id="{r_id}" Type="{RELS}/{kind}" Target="{target}"/>'
        self.files[rels] = xml.replace("</Relationships>", rel + "</Relationships>").encode()

    def content_type(self, old: str, new: str) -> None:
        """Replace `old` by `new` in [Content_Types].xml."""
        types = self.files["[Content_Types].xml"]
        assert old.encode() in types
        self.files["[Content_Types].xml"] = types.replace(old.encode(), new.encode())

    def default_type(self, ext: str, content_type: str) -> None:
        """Declare `content_type` for the parts whose names end in `.ext`."""
        self.content_type(
            "<Default ", f'<Default Extension="{ext}" ContentType="{content_type}"/><Default '
        )

    def write(self, path: Path) -> Path:
        """Write the package to `path` (zeros streamed: a 1 GiB part is a few MB on disk)."""
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            for name, data in self.files.items():
                z.writestr(name, data)
            chunk = bytes(2**20)
            for name, size in self.zeros.items():
                with z.open(name, "w", force_zip64=size >= 2**31) as fh:
                    for _ in range(size // len(chunk)):
                        fh.write(chunk)
        return path


def bomb_in_master(folder: Path, size: int) -> Path:
    """Return a template whose master relates a picture of `size` zero bytes."""
    package = Package()
    package.default_type("png", "image/png")
    package.relate(MASTER_RELS, "rId900", "image", "../media/bomb.png")
    package.zeros["ppt/media/bomb.png"] = size
    return package.write(folder / "bomb.pptx")


def peak_bytes(call: Callable[[], object]) -> int:
    """Return the peak of Python memory allocated while `call` runs (DeckError allowed)."""
    tracemalloc.start()
    try:
        call()
    except DeckError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak
