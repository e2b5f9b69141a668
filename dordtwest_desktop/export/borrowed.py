"""A tagged attachment keeps its structure when its pages are stamped into the pack.

Each attachment page becomes a form XObject of the pack (export.stamp), its
marked content unchanged inside. Here the attachment's structure elements are
copied into the pack: every reference to its content (an MCID on one of its
pages) becomes a marked-content reference to that page's form (`/MCR` with
`/Stm`), and the form gets `/StructParents`, so that the pack's ParentTree
leads from the content back to the element (ISO 32000-1, 14.7.4). What cannot
come along is left out: annotations (links, fields) are not stamped, so their
OBJRs go; content already inside forms of the attachment (`/Stm`) is kept as
it is drawn but not referenced. The attachment's role map joins the pack's.
"""

from __future__ import annotations

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from dordtwest_desktop.export.pdf_objects import add_object
from dordtwest_desktop.export.tagging import Borrowed

# Attachment page index -> (the pack page it is stamped on, the form XObject it became).
Placed = dict[int, tuple[IndirectObject, IndirectObject]]

_TEXT_KEYS = ("/Alt", "/ActualText", "/E", "/T", "/Lang")


def borrow(writer: PdfWriter, source: PdfReader, placed: Placed, into: Borrowed) -> None:
    """Copy `source`'s structure into `writer` as `into.elements` (parents set later)."""
    tree = _resolved(source.root_object.get("/StructTreeRoot"))
    if tree is None:
        return
    role_map = _resolved(tree.get("/RoleMap"))
    if role_map is not None:
        into.role_map.update({str(k): str(v) for k, v in role_map.items()})
    copier = _Copier(writer, source, placed)
    for element in _tops(tree, into.role_map):
        copied = copier.element(element, None)
        if copied is not None:
            into.elements.append(copied)
    for form, by_mcid in copier.by_form.values():
        array = [by_mcid.get(mcid) for mcid in range(max(by_mcid, default=-1) + 1)]
        into.forms.append((form, array))


def _resolved(value: object) -> DictionaryObject | None:
    """The dictionary `value` is or refers to; None for anything else."""
    found = value.get_object() if isinstance(value, IndirectObject) else value
    return found if isinstance(found, DictionaryObject) else None


def _element(value: object) -> DictionaryObject | None:
    """The structure element `value` is or refers to (a dictionary with /S)."""
    found = _resolved(value)
    return found if found is not None and "/S" in found else None


def _kids(node: DictionaryObject) -> list[PdfObject]:
    kids = node.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, ArrayObject) else [kids]


def _tops(tree: DictionaryObject, role_map: dict[str, str]) -> list[DictionaryObject]:
    """The attachment's top elements; its own Document element is unwrapped (the pack
    has one Document, and the attachment's Part stands in its place)."""
    tops = [e for e in map(_element, _kids(tree)) if e is not None]
    if len(tops) == 1:
        role = str(tops[0]["/S"])
        if role_map.get(role, role) == "/Document":
            return [e for e in map(_element, _kids(tops[0])) if e is not None]
    return tops


class _Copier:
    def __init__(self, writer: PdfWriter, source: PdfReader, placed: Placed) -> None:
        self.writer = writer
        self.placed = placed
        self.page_of = {
            page.indirect_reference.idnum: index
            for index, page in enumerate(source.pages)
            if page.indirect_reference is not None
        }
        # form object number -> (form, {MCID: element})
        self.by_form: dict[int, tuple[IndirectObject, dict[int, IndirectObject]]] = {}

    def element(self, element: DictionaryObject, page: int | None) -> IndirectObject | None:
        entries = {NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): element["/S"]}
        reference = add_object(self.writer, DictionaryObject(entries))
        new = reference.get_object()  # add_object adds a copy: fill in the one added
        assert isinstance(new, DictionaryObject)
        page = self._page(element, page)
        for key in _TEXT_KEYS:
            if key in element:
                new[NameObject(key)] = TextStringObject(str(element[key]))
        attributes = element.get("/A")
        if attributes is not None:
            new[NameObject("/A")] = attributes.get_object().clone(self.writer, ignore_fields=["/P"])
        kids = ArrayObject()
        for kid in _kids(element):
            copied = self._kid(kid, page, reference)
            if copied is not None:
                kids.append(copied)
        if not kids and "/Alt" not in new and "/ActualText" not in new:
            return None  # nothing of it was drawn here (an annotation's element)
        new[NameObject("/K")] = kids[0] if len(kids) == 1 else kids
        return reference

    def _kid(self, kid: PdfObject, page: int | None, parent: IndirectObject) -> PdfObject | None:
        element = _element(kid)
        if element is not None:
            copied = self.element(element, page)
            if copied is not None:
                copied_element = copied.get_object()
                assert isinstance(copied_element, DictionaryObject)
                copied_element[NameObject("/P")] = parent
            return copied
        if isinstance(kid, NumberObject):
            return self._mcr(int(kid), page, parent)
        found = _resolved(kid)
        if found is not None and found.get("/Type") == "/MCR" and "/Stm" not in found:
            mcid = found["/MCID"]
            assert isinstance(mcid, NumberObject)
            return self._mcr(int(mcid), self._page(found, page), parent)
        return None  # an OBJR (the annotations are not stamped), or content in a form

    def _page(self, entry: DictionaryObject, inherited: int | None) -> int | None:
        """The attachment page an element or MCR names (/Pg), else the one it inherits."""
        own = entry.raw_get("/Pg") if "/Pg" in entry else None
        if isinstance(own, IndirectObject):
            return self.page_of.get(own.idnum, inherited)
        return inherited

    def _mcr(self, mcid: int, page: int | None, parent: IndirectObject) -> DictionaryObject | None:
        if page is None or page not in self.placed:
            return None
        target, form = self.placed[page]
        _, by_mcid = self.by_form.setdefault(form.idnum, (form, {}))
        by_mcid[mcid] = parent
        return DictionaryObject(
            {
                NameObject("/Type"): NameObject("/MCR"),
                NameObject("/Pg"): target,
                NameObject("/Stm"): form,
                NameObject("/MCID"): NumberObject(mcid),
            }
        )
