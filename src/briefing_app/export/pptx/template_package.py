"""Take from a template only the parts a deck needs, as a .pptx package in memory.

python-pptx reads every entry of a zip into memory and saves every part reachable from the
package, so a template's slides, their media and any blob related to the presentation or its
master would be read, and the last two copied into each deck. Here only the relationships a deck
needs are followed (masters, layouts, themes, notes and handout masters, their pictures and
fonts; core and app properties), each part is read within the limits of `template_zip`, slides
and custom XML are left behind, macros are refused, and a .potx or .ppsx becomes a .pptx.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn

from briefing_app.export.pptx.errors import DeckError
from briefing_app.export.pptx.template_zip import BoundedZip

_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_PREFIX = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CONTENT_TYPES = "[Content_Types].xml"

#: Main parts a deck can be made from: a presentation, a template (.potx), a show (.ppsx).
ACCEPTED_MAIN = frozenset(
    {
        CT.PML_PRESENTATION_MAIN,
        "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
    }
)
VBA_PROJECT = "application/vnd.ms-office.vbaProject"

# Relationship types by their last segment (the same in the transitional and Microsoft URIs).
_PACKAGE_KEEP = {
    "officeDocument",
    "core-properties",
    "extended-properties",
    "custom-properties",
    "thumbnail",
}
_PRESENTATION_KEEP = {
    "slideMaster",
    "notesMaster",
    "handoutMaster",
    "theme",
    "presProps",
    "viewProps",
    "tableStyles",
    "font",
    "tags",
}
#: Never followed from a master, layout, theme or picture: a link to a template slide goes.
_DROP_ANYWHERE = {"slide", "notesSlide", "customXml", "comments", "commentAuthors", "authors"}

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def template_package(path: Path) -> bytes:
    """Return a .pptx package (zip bytes) holding only what a deck needs from template `path`.

    DeckError naming the template when it breaks a limit, holds macros, is not a presentation
    or is damaged.
    """
    with BoundedZip(path) as archive:
        return _Pruner(archive).package()


class _Pruner:
    """Walks the template's relationships from the package root, keeping what a deck needs."""

    def __init__(self, archive: BoundedZip) -> None:
        self._zip = archive
        self._path = archive.path
        if _CONTENT_TYPES not in archive:
            raise DeckError(
                f"template {self._path} is not a PowerPoint presentation (no {_CONTENT_TYPES})"
            )
        self._types = self._xml(_CONTENT_TYPES)
        self._overrides = {
            o.get("PartName", "").lower(): o.get("ContentType", "")
            for o in self._types.iter(f"{{{_TYPES_NS}}}Override")
        }
        self._defaults = {
            d.get("Extension", "").lower(): d.get("ContentType", "")
            for d in self._types.iter(f"{{{_TYPES_NS}}}Default")
        }
        self._refuse_macros()
        self._main = ""
        self._parts: dict[str, set[str]] = {}  # kept partname -> rIds dropped from its rels
        self._rels: dict[str, bytes] = {}  # source partname -> its (filtered) rels XML

    def package(self) -> bytes:
        """Return the zip bytes of the pruned package."""
        self._walk()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
            out.writestr(_CONTENT_TYPES, self._content_types())
            for source, rels in self._rels.items():
                out.writestr(_rels_name(source), rels)
            for partname, dropped in self._parts.items():
                blob = self._zip.read(partname[1:])
                if dropped:
                    blob = self._scrub(partname, blob, dropped)
                out.writestr(partname[1:], blob)
        return buffer.getvalue()

    def _refuse_macros(self) -> None:
        vba = [n for n in self._zip.names() if posixpath.basename(n).lower() == "vbaproject.bin"]
        types = [*self._overrides.values(), *self._defaults.values()]
        macro_types = [t for t in types if t == VBA_PROJECT or "macroenabled" in t.lower()]
        if vba or macro_types:
            what = f"a VBA project, /{vba[0]}" if vba else f"content type {macro_types[0]}"
            raise DeckError(
                f"template {self._path} holds macros ({what}), which a deck made "
                "from it would carry; save it in PowerPoint as a .pptx or .potx without macros "
                "and use that"
            )

    def _walk(self) -> None:
        queue = ["/"]
        while queue:
            source = queue.pop()
            rels_name = _rels_name(source)
            if rels_name not in self._zip:
                continue
            root = self._xml(rels_name)
            dropped: set[str] = set()
            for rel in list(root.iter(f"{{{_RELS_NS}}}Relationship")):
                if not self._wanted(source, rel.get("Type", "")):
                    dropped.add(rel.get("Id", ""))
                    root.remove(rel)
                    continue
                if rel.get("TargetMode") == "External":
                    continue
                target = str(PackURI.from_rel_ref(PackURI(source).baseURI, rel.get("Target", "")))
                if source == "/" and rel.get("Type", "").endswith("/officeDocument"):
                    self._main = self._check_main(target)
                if target[1:] not in self._zip:
                    raise DeckError(
                        f"template {self._path} is damaged: {source} refers to {target}, "
                        "which is missing"
                    )
                if target not in self._parts:
                    self._zip.reserve(target[1:])  # every size checked before any is read
                    self._parts[target] = set()
                    queue.append(target)
            if source != "/":
                self._parts[source] = dropped
            self._rels[source] = _serialize(root) if dropped else self._zip.read(rels_name)
        if not self._main:
            raise DeckError(
                f"template {self._path} is not a PowerPoint presentation (it has no main part)"
            )

    def _wanted(self, source: str, rel_type: str) -> bool:
        kind = rel_type.rsplit("/", 1)[-1]
        if source == "/":
            return kind in _PACKAGE_KEEP
        if source == self._main:
            return kind in _PRESENTATION_KEEP
        return kind not in _DROP_ANYWHERE

    def _check_main(self, partname: str) -> str:
        main_type = self._content_type(partname)
        if main_type not in ACCEPTED_MAIN:
            raise DeckError(
                f"template {self._path} is not a PowerPoint presentation "
                f"(its main part is {main_type or 'of no content type'})"
            )
        return partname

    def _content_type(self, partname: str) -> str:
        ext = posixpath.splitext(partname)[1][1:].lower()
        found: str = self._overrides.get(partname.lower()) or self._defaults.get(ext, "")
        return found

    def _content_types(self) -> bytes:
        """Return [Content_Types].xml for the kept parts, the main part a presentation."""
        kept = {name.lower() for name in self._parts}
        for override in list(self._types.iter(f"{{{_TYPES_NS}}}Override")):
            partname = override.get("PartName", "").lower()
            if partname not in kept or partname == self._main.lower():  # the main one re-added
                self._types.remove(override)
        main = etree.SubElement(self._types, f"{{{_TYPES_NS}}}Override")
        main.set("PartName", self._main)
        main.set("ContentType", CT.PML_PRESENTATION_MAIN)
        return _serialize(self._types)

    def _scrub(self, partname: str, blob: bytes, dropped: set[str]) -> bytes:
        """Return the XML of `partname` without the elements that refer to dropped rIds."""
        root = self._parse(partname[1:], blob)
        if partname == self._main:  # custom shows list template slides, which are gone
            for shows in root.findall(qn("p:custShowLst")):
                root.remove(shows)
        for element in list(root.iter(etree.Element)):
            refs = (v for k, v in element.attrib.items() if str(k).startswith(_R_PREFIX))
            parent = element.getparent()
            if parent is not None and any(ref in dropped for ref in refs):
                parent.remove(element)
        return _serialize(root)

    def _xml(self, name: str) -> etree._Element:
        return self._parse(name, self._zip.read(name))

    def _parse(self, name: str, blob: bytes) -> etree._Element:
        try:
            return etree.fromstring(blob, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise DeckError(
                f"template {self._path} is damaged: /{name} is not well-formed XML ({exc})"
            ) from None


def _rels_name(source: str) -> str:
    """Return the zip name of the relationships of `source` ("/" for the package)."""
    return "_rels/.rels" if source == "/" else PackURI(source).rels_uri[1:]


def _serialize(root: etree._Element) -> bytes:
    xml: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return xml
