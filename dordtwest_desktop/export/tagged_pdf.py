"""After layout: the structure tree, XMP metadata and the document-level entries of PDF/UA.

`export.tagging` recorded the structure while the pages were drawn; here it is
written into the PDF with pypdf (ISO 32000-1, 14.7 and 14.8; ISO 14289-1):

* StructTreeRoot → Document → … with each element's MCIDs (an MCR where an
  element continues on another page), /Alt on figures, /Scope on header cells;
* the ParentTree (page → its elements by MCID; annotation → its element) and
  /StructParents on every page, /StructParent on every annotation;
* Link annotations in Link elements (OBJR) with a /Contents description, form
  fields' widgets in Form elements;
* /MarkInfo /Marked, /Lang, /ViewerPreferences /DisplayDocTitle, /Tabs /S on
  pages with annotations, and XMP metadata with dc:title, dc:language and, when
  the document may claim it, pdfuaid:part 1.
"""

from __future__ import annotations

import io
from collections import defaultdict
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from dordtwest_desktop.export.pdf_objects import add_object
from dordtwest_desktop.export.tagging import (
    Annotation,
    Borrowed,
    Content,
    LinkArea,
    Node,
    Tags,
    Widget,
)


def finish_bytes(pdf: bytes, tags: Tags, language: str, *, claim_ua: bool = True) -> bytes:
    """The laid-out PDF with its structure tree and metadata."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    finish(writer, tags, language, claim_ua=claim_ua)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def finish(writer: PdfWriter, tags: Tags, language: str, *, claim_ua: bool = True) -> None:
    """Write structure and metadata into `writer` (the pages are final)."""
    _attach_annotations(writer, tags)
    _StructureWriter(writer).write(tags.root)
    root = writer.root_object
    root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    root[NameObject("/Lang")] = TextStringObject(language)
    preferences = root.get("/ViewerPreferences")
    preferences = preferences.get_object() if preferences is not None else DictionaryObject()
    assert isinstance(preferences, DictionaryObject)
    preferences[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    root[NameObject("/ViewerPreferences")] = preferences
    for page in writer.pages:
        if page.get("/Annots"):
            page[NameObject("/Tabs")] = NameObject("/S")
    _write_xmp(writer, language, claim_ua)


# -- annotations into the tree --------------------------------------------------------------


def _attach_annotations(writer: PdfWriter, tags: Tags) -> None:
    """Each Link annotation to the Link (or cell) drawn where it is; widgets by field name."""
    areas: dict[int, list[LinkArea]] = defaultdict(list)
    for area in tags.links:
        areas[area.page].append(area)
    widgets = _widget_nodes(tags.root)
    for number, page in enumerate(writer.pages):
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            subtype = annotation.get("/Subtype")
            if subtype == "/Link":
                _attach_link(reference, annotation, areas.get(number, []))
            elif subtype == "/Widget":
                name = annotation.get("/T") or annotation.get("/Parent", {}).get("/T")
                node = widgets.get(str(name))
                if node is not None:
                    node.kids = [
                        Annotation(reference, number) if isinstance(k, Widget) else k
                        for k in node.kids
                    ]


def _attach_link(
    reference: IndirectObject, annotation: DictionaryObject, areas: list[LinkArea]
) -> None:
    rect = annotation["/Rect"]
    assert isinstance(rect, ArrayObject)
    x0, y0, x1, y1 = (float(v) for v in rect)
    middle = ((x0 + x1) / 2, (y0 + y1) / 2)
    inside = [
        a
        for a in areas
        if a.rect[0] - 1 <= middle[0] <= a.rect[2] + 1
        and a.rect[1] - 1 <= middle[1] <= a.rect[3] + 1
    ]
    if not inside:
        return
    area = min(inside, key=lambda a: (a.rect[2] - a.rect[0]) * (a.rect[3] - a.rect[1]))
    page = _page_of(area)
    node = area.node if area.node.role == "Link" else _link_child(area.node, area.description)
    node.kids.append(Annotation(reference, page))
    if area.description:
        annotation[NameObject("/Contents")] = TextStringObject(area.description)
    # Printed as shown (the links have no border: nothing changes on paper).
    annotation[NameObject("/F")] = NumberObject(int(annotation.get("/F", 0)) | 4)


def _page_of(area: LinkArea) -> int:
    return area.page


def _link_child(node: Node, description: str) -> Node:
    """A Link inside a cell; its text is the cell's, so it says where it goes in /Alt."""
    for kid in node.kids:
        if isinstance(kid, Node) and kid.role == "Link":
            return kid
    link = Node("Link", alt=description or None)
    node.kids.append(link)
    return link


def _widget_nodes(root: Node) -> dict[str, Node]:
    found: dict[str, Node] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        for kid in node.kids:
            if isinstance(kid, Node):
                stack.append(kid)
            elif isinstance(kid, Widget):
                found[kid.name] = node
    return found


# -- the structure tree ---------------------------------------------------------------------


def _dict(reference: IndirectObject) -> DictionaryObject:
    found = reference.get_object()
    assert isinstance(found, DictionaryObject)
    return found


class _StructureWriter:
    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer
        self.pages = [page.indirect_reference for page in writer.pages]
        self.by_mcid: dict[int, dict[int, IndirectObject]] = defaultdict(dict)
        self.annotations: list[IndirectObject] = []  # element per annotation key, after pages
        self.borrowed: list[Borrowed] = []  # tagged attachments' structure (export.borrowed)

    def write(self, document: Node) -> None:
        root = self._new({NameObject("/Type"): NameObject("/StructTreeRoot")})
        top = self._element(document, root)
        tree = _dict(root)
        tree[NameObject("/K")] = ArrayObject([top])
        nums = ArrayObject()
        for number, page in enumerate(self.writer.pages):
            page[NameObject("/StructParents")] = NumberObject(number)
            found = self.by_mcid.get(number, {})
            array = ArrayObject(
                found.get(mcid, NullObject()) for mcid in range(max(found, default=-1) + 1)
            )
            nums += [NumberObject(number), array]
        for offset, element in enumerate(self.annotations):
            nums += [NumberObject(len(self.pages) + offset), element]
        key = len(self.pages) + len(self.annotations)
        role_map = DictionaryObject()
        for borrowed in self.borrowed:
            for form, elements in borrowed.forms:
                _dict(form)[NameObject("/StructParents")] = NumberObject(key)
                nums += [NumberObject(key), ArrayObject(e or NullObject() for e in elements)]
                key += 1
            for name, role in borrowed.role_map.items():
                role_map.setdefault(NameObject(name), NameObject(role))
        if role_map:
            tree[NameObject("/RoleMap")] = role_map
        parent_tree = self._new({NameObject("/Nums"): nums})
        tree[NameObject("/ParentTree")] = parent_tree
        tree[NameObject("/ParentTreeNextKey")] = NumberObject(key)
        self.writer.root_object[NameObject("/StructTreeRoot")] = root

    def _new(self, entries: dict[NameObject, object]) -> IndirectObject:
        # A new dictionary of new values: it joins the file as it is. add_object copies
        # (to take an object of another file whole): 0.1 s for the 10,000 elements of
        # the dashboard of issue 13's programme, measured in turns.
        return self.writer._add_object(DictionaryObject(entries))

    def _element(self, node: Node, parent: IndirectObject) -> IndirectObject:
        reference = self._new(
            {
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject(f"/{node.role}"),
                NameObject("/P"): parent,
            }
        )
        element = _dict(reference)
        kids = ArrayObject()
        first_page: int | None = None
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(self._element(kid, reference))
            elif isinstance(kid, Content):
                if first_page is None:
                    first_page = kid.page
                    element[NameObject("/Pg")] = self.pages[kid.page]
                self.by_mcid[kid.page][kid.mcid] = reference
                if kid.page == first_page:
                    kids.append(NumberObject(kid.mcid))
                else:
                    kids.append(self._mcr(kid))
            elif isinstance(kid, Annotation):
                kids.append(self._objr(kid, reference))
            elif isinstance(kid, Borrowed):
                self.borrowed.append(kid)
                for borrowed in kid.elements:
                    _dict(borrowed)[NameObject("/P")] = reference
                    kids.append(borrowed)
        # One kid is written bare, as most writers do (some checkers read only that form).
        element[NameObject("/K")] = kids[0] if len(kids) == 1 else kids
        if node.alt is not None:
            element[NameObject("/Alt")] = TextStringObject(node.alt)
        attributes = self._attributes(node)
        if attributes is not None:
            element[NameObject("/A")] = attributes
        return reference

    def _mcr(self, content: Content) -> DictionaryObject:
        return DictionaryObject(
            {
                NameObject("/Type"): NameObject("/MCR"),
                NameObject("/Pg"): self.pages[content.page],
                NameObject("/MCID"): NumberObject(content.mcid),
            }
        )

    def _objr(self, annotation: Annotation, element: IndirectObject) -> DictionaryObject:
        key = len(self.pages) + len(self.annotations)
        self.annotations.append(element)
        _dict(annotation.reference)[NameObject("/StructParent")] = NumberObject(key)
        return DictionaryObject(
            {
                NameObject("/Type"): NameObject("/OBJR"),
                NameObject("/Obj"): annotation.reference,
                NameObject("/Pg"): self.pages[annotation.page],
            }
        )

    @staticmethod
    def _attributes(node: Node) -> DictionaryObject | None:
        if node.scope is not None:
            return DictionaryObject(
                {
                    NameObject("/O"): NameObject("/Table"),
                    NameObject("/Scope"): NameObject(f"/{node.scope}"),
                }
            )
        if node.bbox is not None:
            return DictionaryObject(
                {
                    NameObject("/O"): NameObject("/Layout"),
                    NameObject("/BBox"): ArrayObject(FloatObject(round(v, 2)) for v in node.bbox),
                }
            )
        return None


# -- XMP ------------------------------------------------------------------------------------

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{producer}</pdf:Producer>
   <pdf:Keywords>{keywords}</pdf:Keywords>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
{claim}  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def xmp_packet(info: dict[str, str], language: str, claim_ua: bool) -> bytes:
    """The XMP metadata: what the Info dictionary says, and the PDF/UA claim."""
    values = {key: escape(info.get(f"/{key.capitalize()}", "")) for key in _FIELDS}
    claim = "   <pdfuaid:part>1</pdfuaid:part>\n" if claim_ua else ""
    return _XMP.format(language=escape(language), claim=claim, **values).encode("utf-8")


_FIELDS = ("title", "author", "subject", "producer", "keywords", "creator")


def _write_xmp(writer: PdfWriter, language: str, claim_ua: bool) -> None:
    info = {str(k): str(v) for k, v in (writer.metadata or {}).items()}
    stream = StreamObject()
    stream.set_data(xmp_packet(info, language, claim_ua))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    writer.root_object[NameObject("/Metadata")] = add_object(writer, stream)
