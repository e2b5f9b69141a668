"""Reading a tagged PDF back: the text of each marked-content sequence, the structure
tree's elements in order with their text (what a screen reader reads aloud), and the
page text in content order without artifacts.

Text is taken with pypdf's own extraction, one marked-content sequence at a time:
the operator visitor follows BDC/EMC (also inside form XObjects, whose content
belongs to the form's own /StructParents), the text visitor adds what is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

# (page object number, form object number or 0, MCID)
Key = tuple[int, int, int]


@dataclass
class Element:
    role: str
    depth: int
    text: str
    alt: str | None
    element: DictionaryObject


def structured_forms(page: object) -> set[str]:
    """Names of the page's form XObjects with structure of their own."""
    return set(_forms(page))


def _forms(page: object) -> dict[str, int]:
    """The page's form XObjects that carry structure of their own (tagged attachments)."""
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    return {
        str(name): ref.idnum
        for name, ref in xobjects.items()
        if isinstance(ref, IndirectObject) and ref.get_object().get("/StructParents") is not None
    }


ARTIFACT = (-1, -1, -1)  # on the stack: inside an artifact


class _PageText:
    """pypdf's text visitors for one page: which marked content each piece of text is in."""

    def __init__(self, page: object, texts: dict[Key, str]) -> None:
        self.here = page.indirect_reference.idnum  # type: ignore[attr-defined]
        self.forms = _forms(page)
        self.texts = texts
        self.stack: list[Key | None] = []  # open marked content: its key, None if not a tag
        self.form_stack: list[int] = []
        self.order: list[Key | None] = []

    def before(self, operator: bytes, operands: list, cm: object, tm: object) -> None:
        if operator in (b"BDC", b"BMC"):
            props = operands[1] if operator == b"BDC" and len(operands) > 1 else None
            if operands[0] == "/Artifact":
                self.stack.append(ARTIFACT)
            elif isinstance(props, DictionaryObject) and "/MCID" in props:
                form = self.form_stack[-1] if self.form_stack else 0
                self.stack.append((self.here, form, int(props["/MCID"])))
            else:
                self.stack.append(None)
        elif operator == b"EMC" and self.stack:
            self.stack.pop()
        elif operator == b"Do" and str(operands[0]) in self.forms:
            self.form_stack.append(self.forms[str(operands[0])])

    def after(self, operator: bytes, operands: list, cm: object, tm: object) -> None:
        if operator == b"Do" and str(operands[0]) in self.forms and self.form_stack:
            self.form_stack.pop()

    def text(self, value: str, *args: object) -> None:
        if not value.strip() or ARTIFACT in self.stack:
            return
        key = next((k for k in reversed(self.stack) if k is not None), None)
        if key is not None:
            self.texts[key] = self.texts.get(key, "") + value
        if not self.order or self.order[-1] != key:
            self.order.append(key)


def marked_texts(reader: PdfReader) -> tuple[dict[Key, str], list[list[Key | None]]]:
    """Text per marked-content sequence, and per page the sequences in content order
    (None for text outside any tag, which a conforming page has not)."""
    texts: dict[Key, str] = {}
    orders: list[list[Key | None]] = []
    for page in reader.pages:
        visitor = _PageText(page, texts)
        page.extract_text(
            visitor_operand_before=visitor.before,
            visitor_operand_after=visitor.after,
            visitor_text=visitor.text,
        )
        orders.append(visitor.order)
    return texts, orders


def _kids(element: DictionaryObject) -> list[object]:
    kids = element.get("/K")
    if kids is None:
        return []
    if isinstance(kids, IndirectObject):
        found = kids.get_object()
        if isinstance(found, ArrayObject):
            return list(found)
        return [kids]
    return list(kids) if isinstance(kids, ArrayObject) else [kids]


def elements(reader: PdfReader) -> list[Element]:
    """The structure tree depth first (reading order), each element with its own text."""
    texts, _ = marked_texts(reader)
    return [
        Element(role, depth, "".join(texts.get(k, "") for k in keys), alt, element)
        for role, depth, alt, element, keys in _walk(reader)
    ]


def tree_keys(reader: PdfReader) -> list[Key]:
    """Every marked-content sequence the tree refers to, in the tree's order."""
    ordered: list[Key] = []
    _walk(reader, ordered)
    return ordered


def _walk(
    reader: PdfReader, ordered: list[Key] | None = None
) -> list[tuple[str, int, str | None, DictionaryObject, list[Key]]]:
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    out: list[tuple[str, int, str | None, DictionaryObject, list[Key]]] = []
    ordered = [] if ordered is None else ordered

    def walk(element: DictionaryObject, depth: int, page: int | None) -> None:
        own = element.raw_get("/Pg") if "/Pg" in element else None
        page = own.idnum if own is not None else page
        keys: list[Key] = []
        out.append((str(element["/S"]), depth, _str(element.get("/Alt")), element, keys))
        for kid in _kids(element):
            found = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if isinstance(found, DictionaryObject) and "/S" in found:
                walk(found, depth + 1, page)
            elif isinstance(found, int) and page is not None:
                keys.append((page, 0, int(found)))
                ordered.append(keys[-1])
            elif isinstance(found, DictionaryObject) and found.get("/Type") == "/MCR":
                at = found.raw_get("/Pg").idnum if "/Pg" in found else page
                form = found.raw_get("/Stm").idnum if "/Stm" in found else 0
                assert at is not None
                keys.append((at, form, int(found["/MCID"])))
                ordered.append(keys[-1])

    for top in _kids(root):
        walk(top.get_object(), 0, None)
    return out


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def read_aloud(reader: PdfReader) -> str:
    """One line per element: role, alternative text, own text."""
    lines = []
    for e in elements(reader):
        said = " ".join(e.text.split())
        alt = f" [alt: {e.alt}]" if e.alt else ""
        lines.append(f"{'  ' * e.depth}{e.role}{alt} {said}".rstrip())
    return "\n".join(lines)
