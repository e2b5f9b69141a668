"""The progress report for the council (issue 17, point 2), read back from the PDF.

On the seeded database (the only source of programme facts), on the example
meeting (a confidential item with a decision, shared and personal remarks,
attendees), and on a hostile one (long texts, markup, emoji, an indicator of
unknown direction): text, headings, outline, what must never appear, the draft
mark, the validators the other documents pass.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, IndirectObject

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    Direction,
    FundingStatus,
    InitiativeStatus,
    MilestoneStatus,
    Outcome,
)
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.export import write_document
from dordtwest_desktop.services.documents import prepare_document
from dordtwest_desktop.services.dto import (
    DecisionDTO,
    FundingLineDTO,
    GoalDTO,
    InitiativeDTO,
    MilestoneDTO,
)
from dordtwest_desktop.services.indicators import (
    IndicatorDTO,
    IndicatorService,
    IndicatorValueDTO,
)
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.report import report_data
from dordtwest_desktop.store.database import Store
from tests.export.builders import Built, add_item, add_note, new_meeting
from tests.export.conftest import outline_entries, page_texts, squash
from tests.export.test_tagged_pdf import _elements, _marked, _tool

TODAY = date(2026, 12, 2)
PILLARS = (
    "Wonen en fysieke leefomgeving",
    "Gezond en samen leven",
    "Leren en ontwikkelen",
    "Arbeidsmarkt en bestaanszekerheid",
    "Leefbaar en veilig",
)


def export_report(
    store: Store, out: Path, period: str = "2024", *, draft: bool = False, today: date = TODAY
) -> Path:
    prepared = prepare_document(store, "report", period=period, draft=draft, today=today)
    return write_document(prepared, out)


def text_of(path: Path) -> str:
    return "\n".join(page_texts(path))


# -- the seeded programme ---------------------------------------------------------------


@pytest.fixture
def seeded_report(store: Store, tmp_path: Path) -> Path:
    return export_report(store, tmp_path / "rapportage-2024.pdf")


def test_the_2024_report_of_the_seed(seeded_report: Path) -> None:
    pages = page_texts(seeded_report)
    assert 3 <= len(pages) <= 8
    first = squash(pages[0])
    assert squash("Voortgangsrapportage 2024") in first
    assert squash("Samenvatting") in first
    # The seed's own figures, nothing invented: J&V granted 4,3 million, BZK asked 17,4.
    assert squash("€ 17,4 miljoen / € 4,3 miljoen") in first
    assert squash("Mijlpalen over tijd") in first
    whole = squash("\n".join(pages))
    for words in (
        "Ambitie en landelijk doel",
        "We groeien met Dordt West naar het Dordts gemiddelde",
        "Het vergroten van de veiligheid",  # a national sub-goal
        *(f"Pijler {n}: {name}" for n, name in enumerate(PILLARS, start=1)),
        "Het vergroten van de leefbaarheid en veiligheid.",  # a strategic goal
        "Preventie met Gezag",
        "Ministerie van Justitie en Veiligheid (J&V)",
        "Besluitvorming Alliantie Dordt West",
        "Besluiten van de Alliantie",
        "donderdag 8 februari 2024",
        "In deze vergadering zijn geen besluiten vastgelegd.",
    ):
        assert squash(words) in whole, words


def test_the_summary_is_one_page_and_the_outline_names_every_part(seeded_report: Path) -> None:
    reader = PdfReader(seeded_report)
    second = squash(reader.pages[1].extract_text())
    assert squash("Ambitie en landelijk doel") in second
    titles = [title for _, title, _ in outline_entries(reader)]
    assert titles[0] == "Samenvatting"
    assert "Ambitie en landelijk doel" in titles
    assert [t for t in titles if t.startswith("Pijler ")] == [
        f"Pijler {n}: {name}" for n, name in enumerate(PILLARS, start=1)
    ]
    assert titles[-2:] == ["Besluiten van de Alliantie", "Over deze rapportage"]
    assert reader.metadata.title.startswith("Voortgangsrapportage 2024")


def test_milestones_fall_into_reached_late_and_next(store: Store) -> None:
    programme = ProgrammeService(store)
    initiative = programme.initiatives()[0]
    for title, due, status in (
        ("Bereikt in 2024", "medio 2024", MilestoneStatus.REACHED),
        ("Bereikt in 2023", "2023", MilestoneStatus.REACHED),
        ("Gepland 2025", "Q2 2025", MilestoneStatus.PLANNED),
        ("Gepland 2027", "2027", MilestoneStatus.PLANNED),
        ("Geschrapt", "Q3 2024", MilestoneStatus.CANCELLED),
    ):
        programme.save_milestone(
            MilestoneDTO(
                uuid.uuid4(),
                title,
                PreciseDate.parse(due),
                status,
                initiative_id=initiative.id,
            )
        )
    data = report_data(store, "2024", today=date(2024, 12, 31))
    whole = data.pillars[-1]  # the seed's initiatives have no pillar
    assert [x.title for x in whole.reached] == ["Bereikt in 2024"]
    assert {x.title for x in whole.upcoming} == {"Gepland 2025"}
    assert "Raadsvoorstel financiering 4-jarige uitvoeringsprogramma" in {
        x.title for x in whole.late
    }
    everything = {x.title for x in (*whole.reached, *whole.late, *whole.upcoming)}
    assert "Geschrapt" not in everything and "Gepland 2027" not in everything
    assert {x.initiative for x in whole.reached} == {initiative.name}


def test_a_period_with_nothing_recorded_says_so(store: Store, tmp_path: Path) -> None:
    # No initiative runs after 2026 and every milestone is reached (a milestone still
    # planned after its date stays late in every later report).
    programme = ProgrammeService(store)
    for milestone in programme.milestones():
        programme.save_milestone(
            MilestoneDTO(**{**milestone.__dict__, "status": MilestoneStatus.REACHED})
        )
    for initiative in programme.initiatives():
        programme.save_initiative(
            InitiativeDTO(
                **{
                    **initiative.__dict__,
                    "period_end": PreciseDate.parse("2026"),
                    "funding": (),
                }
            )
        )
    path = export_report(store, tmp_path / "leeg.pdf", "Q1 2031")
    text = squash(text_of(path))
    assert squash("Voortgangsrapportage 1ste kwartaal 2031") in text
    assert squash("Over 1ste kwartaal 2031 is niets vastgelegd") in text
    assert squash("De Alliantie heeft in 1ste kwartaal 2031 niet vergaderd.") in text


@pytest.mark.parametrize("period", ["onbekend", "medio 2024", "", "x" * 10_000, '"*()'])
def test_a_bad_period_is_one_sentence_and_writes_nothing(
    store: Store, tmp_path: Path, period: str
) -> None:
    out = tmp_path / "niet.pdf"
    with pytest.raises(ValidationError) as raised:
        export_report(store, out, period)
    assert "2024, H1 2024 of Q3 2024" in raised.value.message
    assert len(raised.value.message) < 200
    assert not out.exists()


def test_draft_carries_the_concept_mark(store: Store, tmp_path: Path) -> None:
    path = export_report(store, tmp_path / "concept.pdf", draft=True)
    reader = PdfReader(path)
    assert "Concept: deze versie is niet definitief." in reader.pages[0].extract_text()
    for page in reader.pages:
        assert b"/Watermark" in page.get_contents().get_data()
    assert prepare_document(
        store, "report", period="H2 2024", draft=True, today=TODAY
    ).file_name == ("voortgangsrapportage-2de-helft-2024-concept.pdf")


# -- what never appears ----------------------------------------------------------------


def test_confidential_items_remarks_and_names_never_appear(
    example_store: Store, built: Built, tmp_path: Path
) -> None:
    # The example meeting (14 March 2024) has a confidential item with a decision,
    # a shared and a personal remark, attendees, a chair and presenters.
    assert built.confidential is not None
    add_note(example_store, built.items[1].id, "GEDEELDE-OPMERKING over de cijfers")
    path = export_report(example_store, tmp_path / "openbaar.pdf")
    text = text_of(path)
    flat = squash(text)
    assert squash("De prioriteiten zijn vastgesteld.") in flat  # the public decision
    assert squash("Prioriteiten uitvoeringsprogramma 2024") in flat
    assert squash("1 besluit over een vertrouwelijk agendapunt niet opgenomen.") in flat
    for secret in (
        built.confidential.title,
        "Grondaankoop",
        "Ingestemd met het bod",
        "Onderhandelingspositie",
        built.personal_note,
        "Graag ook de cijfers van 2023",
        "GEDEELDE-OPMERKING",
        "A. de Voorzitter",
        "B. Bakker",
        "Çelik",
        "van Dijk",
        "Eijkelenboom",
        "Programmamanager",
        "Wethouder",
        "Cijfers 2023 nasturen",  # actions are not in the report either
    ):
        assert squash(secret) not in flat, secret
    # Nor in the metadata or the structure tree (alternative texts).
    raw = path.read_bytes()
    for secret in (b"Grondaankoop", b"Bakker", b"PERSOONLIJK"):
        assert secret not in raw


# -- a hostile database ----------------------------------------------------------------

# No CJK: the shipped fonts have none, in any document (outloud: .notdef glyphs).
LONG = ("Zeer lange naam met <b>markup</b> & 'quotes' 😀🎉 Ωμέγα ř ő ł " * 12).strip()


@pytest.fixture
def hostile_store(example_store: Store) -> Store:
    programme = ProgrammeService(example_store)
    overview = programme.overview()
    pillar = overview.pillars[0]
    goal = overview.strategic_goals[0]
    programme.save_goal(
        GoalDTO(
            **{**goal.__dict__, "description": ("Toelichting 🚀 " * 400).strip()},
        )
    )
    for n in range(30):
        initiative = InitiativeDTO(
            id=uuid.uuid4(),
            name=f"{n} {LONG}"[:200],
            status=InitiativeStatus.ACTIVE,
            target_area="Crabbehof 🏠 " * 5,
            pillar_id=pillar.id,
            period_start=PreciseDate.parse("medio 2023"),
            period_end=PreciseDate.parse("eind 2025"),
            funding=(
                FundingLineDTO(
                    uuid.uuid4(),
                    scheme="Regeling 😀",
                    funder=f"Financier {n % 4} {LONG}"[:200],
                    status=FundingStatus.GRANTED,
                    requested_cents=123_456_789,
                    granted_cents=100_000_000,
                ),
            ),
        )
        programme.save_initiative(initiative)
        programme.save_milestone(
            MilestoneDTO(
                uuid.uuid4(),
                f"Mijlpaal {n} {LONG}"[:300],
                PreciseDate.parse("Q3 2024"),
                MilestoneStatus.REACHED if n % 2 else MilestoneStatus.PLANNED,
                initiative_id=initiative.id,
            )
        )
    indicators = IndicatorService(example_store)
    for n, direction in enumerate(
        (Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER, Direction.UNKNOWN)
    ):
        indicators.save_indicator(
            IndicatorDTO(
                id=uuid.uuid4(),
                name=f"Indicator {n} 📈 {LONG}"[:200],
                direction=direction,
                pillar_id=pillar.id,
                unit="%",
                values=tuple(
                    IndicatorValueDTO(uuid.uuid4(), year, 9.8 - (year - 2020), 5.1)
                    for year in (2020, 2021, 2022, 2023, 2025)
                ),
            )
        )
    meeting = new_meeting(example_store, title=LONG[:300], day=date(2024, 10, 3))
    for n in range(6):
        item = add_item(example_store, meeting.id, f"Punt {n} {LONG}")
        MeetingService(example_store).record_decision(
            DecisionDTO(
                uuid.uuid4(), item.id, ("Besloten 🎉 <i>niet</i> & " * 300), Outcome.ADOPTED
            )
        )
    return example_store


@pytest.fixture
def hostile_report(hostile_store: Store, tmp_path: Path) -> Path:
    return export_report(hostile_store, tmp_path / "vijandig.pdf", draft=True)


def test_hostile_texts_render_in_full(hostile_store: Store, hostile_report: Path) -> None:
    reader = PdfReader(hostile_report)
    assert len(reader.pages) < 60
    first = squash(reader.pages[0].extract_text())
    assert squash("Pijler 1") not in first  # the summary stays on its page
    text = squash(text_of(hostile_report))
    assert squash("<b>markup</b> & 'quotes'") in text
    assert "😀" in text and "Ωμέγα" in text
    # 30 initiatives: 25 listed, the rest counted; the counts stay complete.
    assert squash("30 inspanningen: 30 lopend") in text
    assert squash("… en nog 5; de volledige lijst staat in de app.") in text
    # The indicators stand at the end of 2024: the 2025 figure is not used yet.
    data = report_data(hostile_store, "2024", today=TODAY)
    charts = data.pillars[0].indicators
    assert {c.evaluation.year for c in charts if c.evaluation} == {2023}
    assert squash("richting nog niet vastgesteld") in text
    assert squash("zeer ongunstig") in text and squash("zeer gunstig") in text
    assert squash("verbetert") in text or squash("verslechtert") in text


def test_every_page_is_tagged(hostile_report: Path, seeded_report: Path) -> None:
    for path in (hostile_report, seeded_report):
        reader = PdfReader(path)
        assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
        for number, page in enumerate(reader.pages):
            mcids, loose = _marked(ContentStream(page.get_contents(), reader))
            assert mcids, f"page {number + 1} has no tagged content"
            assert not loose, f"page {number + 1}: painted outside tags: {loose[:5]}"


def test_the_structure_reads_in_order(hostile_report: Path, seeded_report: Path) -> None:
    for path in (hostile_report, seeded_report):
        reader = PdfReader(path)
        roles = [str(e["/S"]) for e in _elements(reader)]
        assert roles[0] == "/Document"
        assert {"/H1", "/H2", "/H3", "/P", "/Table", "/TR", "/TH", "/TD", "/L"} <= set(roles)
        for element in _elements(reader):
            if element["/S"] == "/TH":
                assert element["/A"]["/Scope"] in ("/Column", "/Row")
        levels = _heading_levels(reader)
        assert levels[0] == 1
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels


def _heading_levels(reader: PdfReader) -> list[int]:
    """H1…H3 in reading order (depth first through the structure tree)."""
    levels: list[int] = []

    def walk(element: DictionaryObject) -> None:
        match = re.fullmatch(r"/H(\d)", str(element.get("/S", "")))
        if match:
            levels.append(int(match.group(1)))
        kids = element.get("/K", [])
        for kid in list(kids) if isinstance(kids, ArrayObject) else [kids]:
            kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"]["/K"][0].get_object())
    return levels


def test_pdfua_and_qpdf_find_nothing(hostile_report: Path, seeded_report: Path) -> None:
    paths = [str(hostile_report), str(seeded_report)]
    result = subprocess.run([_tool("pdfua"), "check", *paths], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    for path in paths:
        checked = subprocess.run([_tool("qpdf"), "--check", path], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.slow
def test_outloud_finds_no_errors(hostile_report: Path, seeded_report: Path, tmp_path: Path) -> None:
    report = tmp_path / "outloud.json"
    subprocess.run(
        [
            _tool("outloud"),
            "--quiet",
            "--json",
            str(report),
            str(hostile_report),
            str(seeded_report),
        ],
        capture_output=True,
        check=False,
    )
    for result in json.loads(report.read_text())["results"]:
        errors = [f for f in result["findings"] if f["severity"] == "error"]
        assert not errors, (result["path"], errors)
