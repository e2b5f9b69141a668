"""Objects of our own in a pypdf writer, by public API (export/pdf_objects.py)."""

from __future__ import annotations

import io
import zlib

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

from dordtwest_desktop.export.pdf_objects import add_object, deflated_stream


def test_a_deflated_stream_becomes_an_indirect_object_of_the_file():
    writer = PdfWriter()
    page = writer.add_blank_page(100, 100)
    content = b"0 0 m 10 10 l S"
    stream = add_object(writer, deflated_stream(zlib.compress(content)))
    assert stream.pdf is writer
    assert add_object(writer, stream.get_object()) == stream  # added once
    font = add_object(writer, DictionaryObject({NameObject("/N"): NumberObject(3)}))
    assert font.get_object() == {"/N": 3} and font != stream
    page[NameObject("/Contents")] = ArrayObject([stream])
    out = io.BytesIO()
    writer.write(out)
    assert out.getvalue().count(zlib.compress(content)) == 1  # kept as deflated, not again
    read = PdfReader(out).pages[0]
    assert read.raw_get("/Contents")[0].idnum == stream.idnum
    assert read.get_contents().get_data().strip() == content


def test_the_stream_keeps_its_entries():
    stream = deflated_stream(zlib.compress(b"abc"), Length1=NumberObject(3))
    assert stream["/Filter"] == "/FlateDecode" and stream["/Length1"] == 3
    assert stream.get_data() == b"abc"
