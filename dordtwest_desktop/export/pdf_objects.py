"""New objects in a pypdf `PdfWriter`, through pypdf's public API only.

pypdf has no public call to add an object of our own making to a writer (its
`_add_object` is private and may change in any release). Cloning is public: an
object whose `indirect_reference` is set (to None: it belongs to no file yet) is
cloned into the writer as an indirect object of its own, which is what a stream
must be (ISO 32000-1, 7.3.8) and what a shared font part should be. pyproject.toml
pins the pypdf major version this was tested with.
"""

from __future__ import annotations

from pypdf import PdfWriter
from pypdf.generic import IndirectObject, NameObject, PdfObject, StreamObject


def add_object(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    """`obj` (or its copy) as an indirect object of `writer`; a reference to it."""
    reference = getattr(obj, "indirect_reference", None)  # unset on a new object
    if reference is not None and reference.pdf is writer:
        return reference
    obj.indirect_reference = None
    added = obj.clone(writer)
    assert added.indirect_reference is not None and added.indirect_reference.pdf is writer
    return added.indirect_reference


def deflated_stream(compressed: bytes, **entries: PdfObject) -> StreamObject:
    """A stream whose data is already deflated: kept as it is, not compressed again."""
    stream = StreamObject.initialize_from_dictionary(
        {
            "__streamdata__": compressed,
            NameObject("/Filter"): NameObject("/FlateDecode"),
            **{NameObject(f"/{key}"): value for key, value in entries.items()},
        }
    )
    assert isinstance(stream, StreamObject)
    return stream
