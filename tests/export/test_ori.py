"""The ORI export (issue 16, point 3): the public part of a meeting as ODS Open
Raadsinformatie 2.0 JSON with its files, validated against the standard's schemas."""

from __future__ import annotations

import errno
import json
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update as sql_update

from dordtwest_desktop.cli import main
from dordtwest_desktop.domain.enums import Body, Visibility
from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.export.ori import pack_id
from dordtwest_desktop.exporting import export_ori
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.documents import ExportCancelled
from dordtwest_desktop.services.dto import AnnotationDTO, PersonDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.people import PeopleService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store
from tests.export.builders import USER, Built, add_item, new_meeting
from tests.export.ori_schema import absolute_uris, folder_errors, is_absolute_uri

TODAY = date(2024, 3, 1)  # before the example meeting: it is "gepland"
SHARED_REMARK = "Graag ook de cijfers van 2023 erbij."
GENERAL_REMARK = "ALGEMENE OPMERKING over de vergadering"
EMAIL = "b.bakker@woonkracht10.example"


def load(folder: Path, name: str) -> object:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def everything(folder: Path) -> str:
    """All JSON text and the text of every PDF in the folder, without whitespace."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.json"))]
    for pdf in sorted((folder / "bestanden").glob("*.pdf")):
        parts += [page.extract_text() for page in PdfReader(pdf).pages]
    return "".join("".join(parts).split())


def beside(folder: Path) -> list[str]:
    """What is in the test's folder besides the database (and its -wal/-shm files)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("example.sqlite"))


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def with_remarks(example_store: Store, built: Built) -> Store:
    """The example meeting plus a general remark and a person's e-mail address."""
    stamp = datetime(2024, 3, 10, 9, 30)
    MeetingService(example_store).save_annotation(
        AnnotationDTO(
            id=uuid.uuid4(),
            item_id=None,
            meeting_id=built.meeting_id,
            author=USER,
            text=GENERAL_REMARK,
            created_at=stamp,
            updated_at=stamp,
            visibility=Visibility.SHARED,
        ),
        USER,
    )
    people = PeopleService(example_store)
    detail = MeetingService(example_store).detail(built.meeting_id)
    bakker = next(a for a in detail.attendees if a.name == "B. Bakker")
    person = next(p for p in people.people() if p.id == bakker.person_id)
    people.save_person(replace(person, email=EMAIL))
    return example_store


def test_the_example_meeting_validates_against_the_ods_schemas(
    with_remarks: Store, built: Built, tmp_path: Path
):
    out = export_ori(with_remarks, str(built.meeting_id), tmp_path / "ori", today=TODAY)
    assert folder_errors(out) == []
    for name in out.glob("*.json"):
        for uri in absolute_uris(load(out, name.name)):
            assert is_absolute_uri(uri), uri
    index = load(out, "index.json")
    assert index["standaard"] == "ODS Open Raadsinformatie"
    assert index["vergadering"]["id"] == str(built.meeting_id)


def test_every_link_is_a_file_in_the_folder_with_the_stored_bytes(
    example_store: Store, built: Built, tmp_path: Path
):
    out = export_ori(example_store, str(built.meeting_id), tmp_path / "ori", today=TODAY)
    objects = load(out, "informatieobjecten.json")
    links = [o["link"] for o in objects]
    assert sorted(p.relative_to(out).as_posix() for p in (out / "bestanden").iterdir()) == sorted(
        links
    )
    service = AttachmentService(example_store)
    public_attachments = {
        ident for ident, label in built.attachment_labels.items() if label != "GEHEIM-C"
    }
    attached = {uuid.UUID(o["id"]) for o in objects if "agendapunten" in o}
    assert attached == public_attachments
    for ident in attached:
        assert (out / f"bestanden/{ident}.pdf").read_bytes() == service.content(ident)
    pack = next(o for o in objects if o["id"] == str(pack_id(built.meeting_id)))
    assert pack["link"].endswith("-openbaar.pdf")
    assert PdfReader(out / pack["link"]).pages  # a real PDF
    # Each agenda item points to its attachments, and they point back.
    items = {i["id"]: i for i in load(out, "agendapunten.json")}
    for obj in objects:
        for ref in obj.get("agendapunten", []):
            assert obj["url"] in items[ref["id"]]["informatieobjecten"]
    meeting = load(out, "vergadering.json")
    assert meeting["bijlagen"] == [pack["url"]]
    assert meeting["agendapunten"] == [i["url"] for i in items.values()]


def test_nothing_confidential_no_remark_and_no_personal_data_leaves(
    with_remarks: Store, built: Built, tmp_path: Path
):
    out = export_ori(with_remarks, str(built.meeting_id), tmp_path / "ori", today=TODAY)
    text = everything(out)
    assert built.confidential is not None
    secret = built.confidential
    for word in (
        secret.title,
        "GEHEIM-C",
        "Taxatierapport",
        "Ingestemd met het bod",
        "Onderhandelingspositie",
        "Geheime actie",
        SHARED_REMARK,
        built.personal_note,
        GENERAL_REMARK,
        EMAIL,
        USER,
    ):
        assert squash(word) not in text, word
    for ident in (secret.id, *(i for i, x in built.attachment_labels.items() if x == "GEHEIM-C")):
        assert str(ident) not in text
    # Public items are there, with the public decision.
    assert squash("Prioriteiten uitvoeringsprogramma 2024") in text
    decisions = load(out, "besluiten.json")
    assert [d["besluittoelichting"] for d in decisions] == ["De prioriteiten zijn vastgesteld."]
    assert decisions[0]["besluitresultaat"] == "aangenomen"


def test_attendees_are_those_present_with_name_and_role_only(
    with_remarks: Store, built: Built, tmp_path: Path
):
    out = export_ori(with_remarks, str(built.meeting_id), tmp_path / "ori", today=TODAY)
    people = load(out, "aanwezigeDeelnemers.json")
    assert [(p["natuurlijkPersoon"]["naam"], p["rolnaam"]) for p in people] == [
        ("A. de Voorzitter", "voorzitter"),
        ("B. Bakker", "overig"),
        ("C. Çelik", "overig"),
        ("E. Eijkelenboom", "overig"),
    ]  # D. van Dijk was excused: not "aanwezig"
    for person in people:
        assert set(person) <= {"url", "id", "natuurlijkPersoon", "vergadering", "rolnaam"} | {
            "organisatie"
        }
        assert set(person["natuurlijkPersoon"]) == {"id", "url", "naam"}


def test_times_carry_the_amsterdam_offset_of_their_day(store: Store, tmp_path: Path):
    winter = new_meeting(store, day=date(2027, 3, 27))  # Saturday before summer time
    summer = new_meeting(store, day=date(2027, 3, 28))
    for meeting, offset in ((winter, "+01:00"), (summer, "+02:00")):
        out = export_ori(store, str(meeting.id), tmp_path / str(meeting.id), today=TODAY)
        assert folder_errors(out) == []
        head = load(out, "vergadering.json")
        assert head["geplandeAanvangVergadering"] == f"{meeting.day}T14:00:00{offset}"
        assert head["geplandeEindeVergadering"] == f"{meeting.day}T16:30:00{offset}"
        assert head["geplandeVergaderdatum"] == meeting.day.isoformat()
        assert head["status"] == "gepland" and "vergaderdatum" not in head
        items = load(out, "agendapunten.json")
        assert items[0]["geplandeStarttijd"] == f"{meeting.day}T14:00:00{offset}"
        assert all(i["geplandeStarttijd"].endswith(offset) for i in items)


def test_a_past_meeting_is_held(example_store: Store, built: Built, tmp_path: Path):
    out = export_ori(example_store, str(built.meeting_id), tmp_path / "o", today=date(2025, 1, 1))
    head = load(out, "vergadering.json")
    assert (head["status"], head["vergaderdatum"]) == ("gehouden", "2024-03-14")


def test_a_re_export_gives_the_same_ids_and_replaces_the_earlier_one(
    example_store: Store, built: Built, tmp_path: Path
):
    first = export_ori(example_store, str(built.meeting_id), tmp_path / "a", today=TODAY)
    again = export_ori(example_store, str(built.meeting_id), tmp_path / "b", today=TODAY)
    for name in ("vergadering.json", "agendapunten.json", "besluiten.json", "index.json"):
        assert load(first, name) == load(again, name)
    # An attachment removed since: the same folder, updated, without its file.
    removed = next(i for i, x in built.attachment_labels.items() if x == "BIJLAGE-B")
    AttachmentService(example_store).remove(removed)
    before = {o["id"] for o in load(first, "informatieobjecten.json")}
    export_ori(example_store, str(built.meeting_id), first, today=TODAY)
    after = {o["id"] for o in load(first, "informatieobjecten.json")}
    assert after == before - {str(removed)}
    assert not (first / f"bestanden/{removed}.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# -- bad input: one sentence, nothing written -------------------------------------------


def test_a_folder_with_other_files_is_refused_and_left_alone(
    example_store: Store, built: Built, tmp_path: Path
):
    out = tmp_path / "documenten"
    out.mkdir()
    (out / "brief.docx").write_text("van de gebruiker")
    with pytest.raises(DomainError) as refused:
        export_ori(example_store, str(built.meeting_id), out, today=TODAY)
    assert refused.value.message == (
        f"De map '{out}' is niet leeg; kies een lege of een nieuwe map voor de export."
    )
    assert [p.name for p in out.iterdir()] == ["brief.docx"]
    assert beside(tmp_path) == ["documenten"]


def test_an_earlier_export_with_a_file_added_is_not_replaced(
    example_store: Store, built: Built, tmp_path: Path
):
    out = export_ori(example_store, str(built.meeting_id), tmp_path / "ori", today=TODAY)
    (out / "notities.txt").write_text("mijn aantekeningen")
    with pytest.raises(DomainError, match="is niet leeg"):
        export_ori(example_store, str(built.meeting_id), out, today=TODAY)
    assert (out / "notities.txt").read_text() == "mijn aantekeningen"


def test_an_empty_folder_is_filled_and_a_file_is_refused(
    example_store: Store, built: Built, tmp_path: Path
):
    empty = tmp_path / "leeg"
    empty.mkdir()
    export_ori(example_store, str(built.meeting_id), empty, today=TODAY)
    assert (empty / "vergadering.json").is_file()
    a_file = tmp_path / "bestand.txt"
    a_file.write_text("x")
    with pytest.raises(DomainError, match="is een bestand, geen map"):
        export_ori(example_store, str(built.meeting_id), a_file, today=TODAY)


@pytest.mark.parametrize(
    ("meeting", "sentence"),
    [
        ("ffffffff-0000", "Geen vergadering heeft het ID 'ffffffff-0000'."),
        ("", "Geef het ID van een vergadering."),
    ],
)
def test_an_unknown_meeting_is_one_sentence_and_no_folder(
    example_store: Store, tmp_path: Path, meeting: str, sentence: str
):
    with pytest.raises(DomainError) as refused:
        export_ori(example_store, meeting, tmp_path / "ori", today=TODAY)
    assert refused.value.message == sentence
    assert not (tmp_path / "ori").exists()


def test_an_ambiguous_meeting_id_is_one_sentence(example_store: Store, tmp_path: Path):
    service = MeetingService(example_store)
    template = service.meeting(service.meetings()[0].id)
    for last in "12":
        ident = uuid.UUID(f"abcdef00-0000-4000-8000-00000000000{last}")
        service.create_meeting(replace(template, id=ident, version=0))
    with pytest.raises(DomainError) as refused:
        export_ori(example_store, "abcdef00", tmp_path / "ori", today=TODAY)
    assert refused.value.message == "'abcdef00' past bij 2 vergaderingen; geef meer tekens."
    assert not (tmp_path / "ori").exists()


def test_a_failure_half_way_leaves_nothing(
    example_store: Store, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    real = Path.write_text

    def full_disk(self: Path, *args: object, **kwargs: object) -> int:
        if self.name == "besluiten.json":
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", full_disk)
    out = tmp_path / "ori"
    with pytest.raises(DomainError, match="De schijf is vol"):
        export_ori(example_store, str(built.meeting_id), out, today=TODAY)
    assert beside(tmp_path) == []


def test_a_failure_half_way_leaves_the_earlier_export_as_it_was(
    example_store: Store, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    out = export_ori(example_store, str(built.meeting_id), tmp_path / "ori", today=TODAY)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(ExportCancelled):
        export_ori(example_store, str(built.meeting_id), out, today=TODAY, cancelled=lambda: True)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert beside(tmp_path) == ["ori"]


def test_progress_runs_to_the_end(example_store: Store, built: Built, tmp_path: Path):
    seen: list[tuple[int, int]] = []
    export_ori(
        example_store,
        str(built.meeting_id),
        tmp_path / "ori",
        today=TODAY,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len({t for _, t in seen}) == 1


# -- the command line ------------------------------------------------------------------


def test_the_cli_writes_the_folder(db_path: Path, tmp_path: Path, capsys):
    meeting = MeetingService_for(db_path)
    out = tmp_path / "raadsinformatie"
    code = main(["--db", str(db_path), "export", "ori", "--meeting", meeting, "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == f"Geschreven: {out}"
    assert folder_errors(out) == []


def test_the_cli_refuses_a_full_folder_in_one_sentence(db_path: Path, tmp_path: Path, capsys):
    meeting = MeetingService_for(db_path)
    out = tmp_path / "vol"
    out.mkdir()
    (out / "x.txt").write_text("x")
    code = main(["--db", str(db_path), "export", "ori", "--meeting", meeting, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().count("\n") == 0 and "is niet leeg" in err
    assert [p.name for p in out.iterdir()] == ["x.txt"]


def test_the_cli_names_an_unknown_meeting(db_path: Path, tmp_path: Path, capsys):
    out = tmp_path / "ori"
    code = main(["--db", str(db_path), "export", "ori", "--meeting", "zzz", "--out", str(out)])
    assert code == 1
    assert capsys.readouterr().err.strip() == "Fout: Geen vergadering heeft het ID 'zzz'."
    assert not out.exists()


def MeetingService_for(db_path: Path) -> str:
    from dordtwest_desktop.store.database import open_store

    store = open_store(db_path)
    try:
        return str(MeetingService(store).meetings()[3].id)
    finally:
        store.close()


def test_a_meeting_without_times_items_or_people_still_validates(store: Store, tmp_path: Path):
    meeting = new_meeting(store, day=date(2026, 6, 1))
    MeetingService(store).save_meeting(
        replace(
            MeetingService(store).meeting(meeting.id),
            start_time=None,
            end_time=None,
            location="",
        )
    )
    add_item(store, meeting.id, "x" * 150, explanation="")
    out = export_ori(store, str(meeting.id), tmp_path / "ori", today=TODAY)
    assert folder_errors(out) == []
    head = load(out, "vergadering.json")
    assert "geplandeAanvangVergadering" not in head and "locatie" not in head
    long_item = next(i for i in load(out, "agendapunten.json") if i["agendapuntTitel"][0] == "x")
    assert len(long_item["agendapuntTitel"]) == 100 and long_item["agendapuntTitel"][-1] == "…"
    assert long_item["agendapuntOmschrijving"].startswith("x" * 150)


def test_an_unknown_person_organisation_is_left_out(store: Store, tmp_path: Path):
    meeting = new_meeting(store, day=date(2026, 6, 1))
    people = PeopleService(store)
    person = PersonDTO(id=uuid.uuid4(), name="Z. Zonder Organisatie")
    people.save_person(person)
    from dordtwest_desktop.services.dto import AttendeeDTO

    people.save_attendee(AttendeeDTO(id=uuid.uuid4(), meeting_id=meeting.id, person_id=person.id))
    out = export_ori(store, str(meeting.id), tmp_path / "ori", today=TODAY)
    (entry,) = load(out, "aanwezigeDeelnemers.json")
    assert "organisatie" not in entry and entry["natuurlijkPersoon"]["naam"] == person.name


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on a file system mounted read-only (root ignores chmod), with an empty
    folder in it."""
    mount = tmp_path / "alleen-lezen"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not possible here (needs root or CAP_SYS_ADMIN)")
    try:
        (mount / "leeg").mkdir()
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


@pytest.mark.parametrize("name", ["nieuw", "leeg", "nieuw/dieper"])
def test_an_unwritable_folder_is_one_sentence(
    example_store: Store, built: Built, read_only_folder: Path, name: str
):
    out = read_only_folder / name
    with pytest.raises(DomainError) as refused:
        export_ori(example_store, str(built.meeting_id), out, today=TODAY)
    assert refused.value.message == (
        f"'{out}' kan hier niet worden geschreven (geen toestemming of een alleen-lezen schijf)."
    )
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["leeg"]


def test_a_funders_meeting_stored_before_the_rule_is_exported_as_other(
    store: Store, tmp_path: Path
):
    # The rules refuse a meeting held by a funder (tests/services/test_meetings.py);
    # one stored before they did must not break the export (it did, with a KeyError).
    meeting = new_meeting(store, day=date(2027, 3, 27))
    with store.transaction() as session:
        session.execute(
            sql_update(m.Meeting).where(m.Meeting.id == meeting.id).values(body=Body.FUNDER)
        )
    out = export_ori(store, str(meeting.id), tmp_path / "ori", today=TODAY)
    assert folder_errors(out) == []
    gremium = load(out, "vergadering.json")["georganiseerdDoorGremium"]
    assert gremium == {"gremiumidentificatie": "overig", "gremiumnaam": "Financier"}
