"""An example meeting built once per session, copied per test; helpers to read PDFs."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.store.database import Store, open_store
from tests.export.builders import Built, example_meeting


@pytest.fixture(scope="session")
def example_template(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Built]:
    path = tmp_path_factory.mktemp("example") / "example.sqlite"
    shutil.copyfile(template_db, path)
    store = open_store(path)
    built = example_meeting(store)
    store.close()
    return path, built


@pytest.fixture
def example_store(example_template: tuple[Path, Built], tmp_path: Path) -> Iterator[Store]:
    target = tmp_path / "example.sqlite"
    shutil.copyfile(example_template[0], target)
    opened = open_store(target)
    yield opened
    opened.close()


@pytest.fixture
def built(example_template: tuple[Path, Built]) -> Built:
    return example_template[1]


Export = Callable[..., Path]


@pytest.fixture
def export(example_store: Store, built: Built, tmp_path: Path) -> Export:
    """export("pack", draft=True) -> path of the PDF of the example meeting."""

    def run(what: str, *, meeting: str | None = None, **options: bool) -> Path:
        name = "-".join([what, *sorted(k for k, v in options.items() if v)]) + ".pdf"
        out = tmp_path / name
        return export_document(
            example_store, what, out=out, meeting=meeting or str(built.meeting_id), **options
        )

    return run


def squash(text: str) -> str:
    """Text without any whitespace: line breaks in a PDF fall where the layout puts them."""
    return "".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def all_text(path: Path) -> str:
    return "\n".join(page_texts(path))


EXAMPLE_HEADER = "Alliantie Dordt West · donderdag 14 maart 2024"


def body_text(path: Path, header: str = EXAMPLE_HEADER) -> str:
    """The text of all pages without their header and footer.

    The page furniture is drawn last, starting with the header's meeting line, so
    each page's text is cut where that line last begins.
    """
    bodies = []
    for text in page_texts(path):
        cut = text.rfind(header)
        bodies.append(text[:cut] if cut >= 0 else text)
    return "\n".join(bodies)


def outline_entries(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) for every bookmark, depth first."""
    found: list[tuple[int, str, int]] = []

    def walk(entries: list[object], level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                assert isinstance(entry, Destination)
                found.append((level, entry.title, reader.get_destination_page_number(entry) + 1))

    walk(reader.outline, 0)
    return found


def toc_numbers(toc_text: str, titles: list[str]) -> list[int]:
    """The page number after each title, reading the contents in order.

    Without whitespace a number runs into the next title ("…3" + "1. Opening"), so
    each number is what lies between a title's dot leader and the next title.
    """
    text = squash(toc_text)
    starts: list[int] = []
    position = 0
    for title in titles:
        position = text.index(squash(title), position)
        starts.append(position)
        position += len(squash(title))
    numbers = []
    for index, (title, start) in enumerate(zip(titles, starts, strict=True)):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        match = re.match(r"\.*(\d+)", text[start + len(squash(title)) : end])
        assert match, f"no page number after {title!r}"
        numbers.append(int(match.group(1)))
    return numbers
