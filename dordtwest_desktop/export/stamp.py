"""After layout: attachment pages onto their placeholders, and the pack's page map.

The page map's formats, and reading it back, are in readback.page_map.
"""

from __future__ import annotations

import io
import json
import uuid
from collections import defaultdict

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.export.borrowed import Placed, borrow
from dordtwest_desktop.export.document import Steps, document_language
from dordtwest_desktop.export.form_font import finish_form
from dordtwest_desktop.export.layout import Decor, PageRecord, Stamp
from dordtwest_desktop.export.pdf_objects import add_object
from dordtwest_desktop.export.tagged_pdf import finish
from dordtwest_desktop.export.tagging import Borrowed, Node
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.readback.page_map import (
    PAGE_MAP_KEY,
    PAGE_MAP_VERSION,
    PIECE_KEY,
    PackMap,
    PageMap,
    Tops,
)
from dordtwest_desktop.services.documents import AttachmentFile, DocumentData

STAMP_NAME = "/DordtWestAttachment"
# The marked-content point an AttachmentSlot draws where its page is to be stamped.
STAMP_POINT = b"/DordtWestStamp MP"


def page_ranges(pages: list[PageRecord]) -> PageMap:
    """First and last page (1-based) of every agenda item, attachments included."""
    ranges: PageMap = {}
    for number, record in enumerate(pages, start=1):
        for section in record.sections:
            if section.item_id is None:
                continue
            first, _ = ranges.get(section.item_id, (number, number))
            ranges[section.item_id] = (first, number)
    return ranges


def heading_tops(pages: list[PageRecord]) -> Tops:
    """Where each item's own heading begins (y in points) on the page it starts."""
    tops: Tops = {}
    for record in pages:
        places = {key: y for key, _x, y in record.bookmarks}
        for section in record.starts:
            if section.item_id is not None and section.level == 0 and section.key in places:
                tops.setdefault(section.item_id, round(places[section.key], 1))
    return tops


def _upright(source: PageObject) -> tuple[Transformation, float, float]:
    """Maps the page's crop box, turned as /Rotate says, onto (0, 0, width, height)."""
    crop = source.cropbox
    width, height = float(crop.width), float(crop.height)
    rotation = int(source.get("/Rotate", 0) or 0) % 360
    upright = Transformation().translate(-float(crop.left), -float(crop.bottom))
    if rotation == 90:
        return upright.rotate(-90).translate(0, width), height, width
    if rotation == 180:
        return upright.rotate(180).translate(width, height), width, height
    if rotation == 270:
        return upright.rotate(90).translate(height, 0), height, width
    return upright, width, height


def _page_content(page: PageObject) -> bytes:
    """The page's content streams, decoded and joined (not parsed: that is slow)."""
    contents = page.get("/Contents")
    if contents is None:
        return b""
    streams = contents if isinstance(contents, ArrayObject) else [contents]
    return b"\n".join(s.get_object().get_data() for s in streams)


def _as_form(writer: PdfWriter, source: PageObject) -> IndirectObject:
    """The attachment page as a Form XObject of the pack; its bounding box clips it."""
    crop = source.cropbox
    form = StreamObject()
    form.set_data(_page_content(source))
    resources = source.get("/Resources")
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                FloatObject(v) for v in (crop.left, crop.bottom, crop.right, crop.top)
            ),
            NameObject("/Resources"): (
                resources.get_object().clone(writer) if resources else DictionaryObject()
            ),
        }
    )
    return add_object(writer, form.flate_encode())


def _stamp(
    writer: PdfWriter,
    target: PageObject,
    source: PageObject,
    box: tuple[float, float, float, float],
    mcid: int | None = None,
) -> IndirectObject:
    """Draw `source` under `target`'s own content, scaled to fit `box`, centred at the top;
    the form XObject it became."""
    upright, width, height = _upright(source)
    x, y, box_width, box_height = box
    scale = min(box_width / width, box_height / height)
    left = x + (box_width - width * scale) / 2
    bottom = y + box_height - height * scale
    ctm = upright.scale(scale, scale).translate(left, bottom).ctm
    resources = _own_resources(target)
    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else DictionaryObject()
    assert isinstance(xobjects, DictionaryObject)
    xobjects = DictionaryObject(xobjects)
    form = _as_form(writer, source)
    xobjects[NameObject(STAMP_NAME)] = form
    resources[NameObject("/XObject")] = xobjects
    content = _page_content(target)
    at = content.find(STAMP_POINT)
    if at >= 0:
        # Where the placeholder drew its mark: in reading order, after the caption and
        # before the page furniture. The slot's own origin (x, y) is the CTM there.
        ctm = Transformation(ctm).translate(-x, -y).ctm
        drawing = _drawing(ctm, mcid)
        page_content = StreamObject()
        page_content.set_data(content[:at] + drawing + content[at + len(STAMP_POINT) :])
        target[NameObject("/Contents")] = add_object(writer, page_content.flate_encode())
        return form
    prefix = StreamObject()
    prefix.set_data(_drawing(ctm, mcid) + b"\n")
    # First in the page, so that header, footer and the CONCEPT watermark stay on top.
    own = target.raw_get("/Contents")  # the reference: a stream must stay indirect
    resolved = own.get_object()
    own_list = list(resolved) if isinstance(resolved, ArrayObject) else [own]
    target[NameObject("/Contents")] = ArrayObject([add_object(writer, prefix), *own_list])
    return form


def _drawing(ctm: tuple[float, ...], mcid: int | None) -> bytes:
    """The operators that paint the stamped page (its form XObject), tagged."""
    matrix = " ".join(f"{v:.6f}" for v in ctm)
    drawing = f"q {matrix} cm {STAMP_NAME} Do Q"
    if mcid is not None:  # untagged: the page is the content of a Figure (export.tagging)
        return f"/Figure <</MCID {mcid}>> BDC {drawing} EMC".encode("ascii")
    # Tagged: the form's own content is marked (export.borrowed). The painting of the
    # form is bracketed too, as a sequence of no structure (no MCID), so that checkers
    # counting marked depth see no loose paint.
    return f"/DordtWestAttachment BMC {drawing} EMC".encode("ascii")


def _own_resources(page: PageObject) -> DictionaryObject:
    """A resource dictionary of the page's own: reportlab gives all pages one, and the
    attachment must appear on its own placeholder page only."""
    resources = page["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    copy = DictionaryObject()
    for key, value in resources.items():
        value = value.get_object()
        copy[NameObject(key)] = (
            DictionaryObject(value) if isinstance(value, DictionaryObject) else value
        )
    page[NameObject("/Resources")] = copy
    return copy


def _stamp_all(writer: PdfWriter, decor: Decor, data: DocumentData, steps: Steps) -> None:
    files: dict[uuid.UUID, AttachmentFile] = {
        a.info.id: a for item in data.items for a in item.attachments
    }
    sources: dict[uuid.UUID, PdfReader] = {}
    placed: dict[uuid.UUID, Placed] = defaultdict(dict)
    for number, record in enumerate(decor.pages):
        stamp: Stamp | None = record.stamp
        if stamp is None:
            continue
        attachment = files[stamp.attachment_id]
        source = sources.get(stamp.attachment_id)
        try:
            if source is None:
                steps.advance()
                source = sources[stamp.attachment_id] = PdfReader(io.BytesIO(attachment.content))
            if stamp.page_index < len(source.pages):
                target = writer.pages[number]
                page = source.pages[stamp.page_index]
                form = _stamp(writer, target, page, stamp.box, stamp.mcid)
                assert target.indirect_reference is not None
                placed[stamp.attachment_id][stamp.page_index] = (target.indirect_reference, form)
        except (PdfReadError, ValueError, KeyError, TypeError) as error:
            message = tr("The attachment '{name}' cannot be read; attach it again.")
            raise StorageError(message.format(name=attachment.info.filename)) from error
    for borrowed in _borrowed(decor.tags.root):
        ident = borrowed.source
        assert isinstance(ident, uuid.UUID)
        if ident in sources:
            borrow(writer, sources[ident], placed[ident], borrowed)


def _borrowed(node: Node) -> list[Borrowed]:
    """The places in the structure where tagged attachments' elements belong."""
    found: list[Borrowed] = []
    for kid in node.kids:
        if isinstance(kid, Borrowed):
            found.append(kid)
        elif isinstance(kid, Node):
            found += _borrowed(kid)
    return found


def _write_page_map(writer: PdfWriter, pack_map: PackMap) -> None:
    items = ArrayObject(
        ArrayObject([TextStringObject(str(item)), NumberObject(first), NumberObject(last)])
        for item, (first, last) in pack_map.ranges.items()
    )
    tops = ArrayObject(
        ArrayObject([TextStringObject(str(item)), FloatObject(y)])
        for item, y in pack_map.tops.items()
    )
    entry = DictionaryObject(
        {
            NameObject("/Version"): NumberObject(PAGE_MAP_VERSION),
            NameObject("/Meeting"): TextStringObject(str(pack_map.meeting_id)),
            NameObject("/Items"): items,
            NameObject("/Tops"): tops,
        }
    )
    writer.root_object[NameObject(PAGE_MAP_KEY)] = entry
    as_json = {
        "version": PAGE_MAP_VERSION,
        "meeting": str(pack_map.meeting_id),
        "items": {str(k): list(v) for k, v in pack_map.ranges.items()},
        "tops": {str(k): v for k, v in pack_map.tops.items()},
    }
    writer.add_metadata({PAGE_MAP_KEY: json.dumps(as_json, separators=(",", ":"))})


def _page_items(record: PageRecord) -> list[uuid.UUID]:
    """The items whose sections show on this page, in order."""
    return list(dict.fromkeys(x.item_id for x in record.sections if x.item_id is not None))


def _write_page_pieces(
    writer: PdfWriter, pack_map: PackMap, pages: list[PageRecord], modified: str
) -> None:
    """Each page's own part of the map, in its page piece dictionary (kept by rewrites)."""
    starts: dict[int, list[uuid.UUID]] = defaultdict(list)
    for item, (first, _last) in pack_map.ranges.items():
        starts[first].append(item)
    for number, record in enumerate(pages, start=1):
        items = _page_items(record)
        if not items:
            continue
        tops = [i for i in starts.get(number, ()) if i in pack_map.tops]
        private = DictionaryObject(
            {
                NameObject("/Version"): NumberObject(PAGE_MAP_VERSION),
                NameObject("/Meeting"): TextStringObject(str(pack_map.meeting_id)),
                NameObject("/Items"): ArrayObject(TextStringObject(str(i)) for i in items),
                NameObject("/Tops"): ArrayObject(
                    ArrayObject([TextStringObject(str(i)), FloatObject(pack_map.tops[i])])
                    for i in tops
                ),
            }
        )
        data = DictionaryObject(
            {
                NameObject("/LastModified"): TextStringObject(modified),
                NameObject("/Private"): private,
            }
        )
        page = writer.pages[number - 1]
        page[NameObject("/PieceInfo")] = DictionaryObject({NameObject(PIECE_KEY): data})
        page[NameObject("/LastModified")] = TextStringObject(modified)  # required with it


def finish_pack(pdf: bytes, decor: Decor, data: DocumentData, steps: Steps) -> bytes:
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    _stamp_all(writer, decor, data, steps)
    if data.fillable:
        finish_form(writer)
    pack_map = PackMap(data.meeting.id, page_ranges(decor.pages), heading_tops(decor.pages))
    _write_page_map(writer, pack_map)
    created = reader.metadata.get("/CreationDate") if reader.metadata else None
    modified = str(created or "D:20000101000000Z")
    _write_page_pieces(writer, pack_map, decor.pages, modified)
    # Untagged attachments are pictures of other people's pages: no PDF/UA claim then.
    finish(writer, decor.tags, document_language(), claim_ua=not data.untagged_attachments)
    out = io.BytesIO()
    writer.write(out)
    steps.advance()
    return out.getvalue()
