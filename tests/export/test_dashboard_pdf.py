"""The dashboard PDF: one or two pages, vector charts whose labels are real text."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing

from dordtwest_desktop.cli import main
from dordtwest_desktop.domain.enums import Direction
from dordtwest_desktop.export import styles as s
from dordtwest_desktop.export.dashboard import (
    build_dashboard,
    funding_drawing,
    indicator_drawing,
    indicator_flowables,
    nice_ticks,
    timeline_overview_drawing,
)
from dordtwest_desktop.export.indicator_charts import indicator_alt, indicator_tables
from dordtwest_desktop.services.dashboard import DashboardService, IndicatorChart
from dordtwest_desktop.services.indicators import IndicatorDTO, IndicatorService, import_csv
from dordtwest_desktop.store.database import Store
from tests.export.structure import elements

# Example figures, made up for the test.
CSV = """indicator;jaar;dordt_west;dordrecht;nederland;richting
Leefbaarometer-score (voorbeeld);2018;3,70;4,05;4,13;hoger
Leefbaarometer-score (voorbeeld);2020;3,78;4,06;4,15;
Leefbaarometer-score (voorbeeld);2022;3,85;4,08;4,16;
Werkloosheid % (voorbeeld);2021;9,4;5,6;4,2;lager
Werkloosheid % (voorbeeld);2022;8,6;5,1;3,6;lager
Zonder richting (voorbeeld);2022;12;10;;
"""


def text_of(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def has_images(path: Path) -> bool:
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        objects = resources.get("/XObject") or {}
        for ref in objects.values():
            if ref.get_object().get("/Subtype") == "/Image":
                return True
    return False


def test_the_seeded_dashboard(store: Store, tmp_path: Path):
    out = tmp_path / "dashboard.pdf"
    build_dashboard(DashboardService(store).data(), out)
    pages, text = text_of(out)
    assert 1 <= pages <= 2
    for expected in (
        "Dashboard Nationaal Programma Dordt West",
        "mijlpalen over tijd",
        "Mijlpalen",
        "Programma",
        "Preventie met Gezag",
        "Volkshuisvestingsfonds",
        "2024",  # the date axis
        "vandaag",
        "Middelen: aangevraagd en toegekend",
        "Per inspanning",
        "Per financier",
        "€ 17,4 miljoen",
        "€ 10 miljoen",  # the money axis
        "Totaal aangevraagd € 17.400.000 · toegekend € 4.300.000",
        "Indicatoren: Dordt West en het Dordts gemiddelde",
        "Voor dit programma zijn nog geen indicatoren vastgelegd.",
    ):
        assert expected in text, expected
    assert not has_images(out), "charts are vector drawings"
    reader = PdfReader(out)
    assert reader.metadata.title.startswith("Dashboard")


def test_with_indicator_figures(store: Store, tmp_path: Path):
    csv = tmp_path / "voorbeeld.csv"
    csv.write_text(CSV, encoding="utf-8")
    import_csv(store, csv)
    IndicatorService(store).save_indicator(
        IndicatorDTO(id=uuid.uuid4(), name="Nog leeg (voorbeeld)")
    )
    out = tmp_path / "dashboard.pdf"
    build_dashboard(DashboardService(store).data(), out)
    pages, text = text_of(out)
    assert pages <= 2
    for expected in (
        "Leefbaarometer-score (voorbeeld)",
        "Werkloosheid % (voorbeeld)",
        "Zonder pijler",
        "Dordts gemiddelde (het doel, tenzij anders ingesteld)",
        "Nederland",
        "2018",
        "2022",
        "2022: 3,85 tegen 4,08: 0,23 ongunstiger",  # Leefbaarometer, higher is better
        "2022: 8,6 tegen 5,1: 3,5 ongunstiger",  # unemployment, lower is better
        "(zeer ongunstig), verbetert",  # falling towards the average: improving
        "2022: 12 tegen 10: 2 hoger dan het Dordts",  # direction not set: no verdict
        "richting nog niet vastgesteld",
        "Nog geen cijfers.",
    ):
        assert expected in " ".join(text.split()), expected
    assert "stel in" not in text  # a council document gives no app instructions
    assert not has_images(out)


def test_the_command_line_writes_it(capsys, db_path: Path, tmp_path: Path):
    out = tmp_path / "uit" / "dashboard.pdf"
    assert main(["--db", str(db_path), "export", "dashboard", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert PdfReader(out).pages


def test_the_drawings_for_the_briefing_pack(store: Store):
    data = DashboardService(store).data()
    width = s.FRAME_WIDTH
    timeline = timeline_overview_drawing(data.timeline, width)
    funding = funding_drawing(data.funding.by_initiative, width / 2, "Per inspanning")
    assert isinstance(timeline, Drawing) and timeline.width == width
    assert isinstance(funding, Drawing) and funding.width == width / 2
    assert indicator_flowables((), width)  # a sentence when there are no indicators


def test_an_empty_indicator_chart_says_there_are_no_figures_and_nothing_about_the_app():
    from dordtwest_desktop.services.dashboard import indicator_chart

    drawing = indicator_drawing(indicator_chart(IndicatorDTO(uuid.uuid4(), "Leeg")), 150, 120)
    texts = [getattr(item, "text", "") for item in drawing.contents]
    assert "Nog geen cijfers." in texts
    assert not any("app" in t.split() or "CSV" in t for t in texts), texts


def test_nice_ticks_cover_the_range():
    assert nice_ticks(0, 17_400_000, 3) == [0, 10_000_000, 20_000_000]
    assert nice_ticks(3.5, 4.3, 3) == [3.5, 4.0, 4.5]
    assert nice_ticks(5, 5) == [5, 5.25, 5.5, 5.75, 6]


def test_every_font_is_the_embedded_unicode_font(tmp_path: Path, store: Store):
    """Charts must not slip in Helvetica (not embedded, WinAnsi only) anywhere."""
    from pypdf import PdfReader

    from dordtwest_desktop.exporting import export_document
    from dordtwest_desktop.services.meetings import MeetingService

    meeting = MeetingService(store).meetings()[-1]
    pack = export_document(store, "pack", out=tmp_path / "pack.pdf", meeting=str(meeting.id))
    dashboard = tmp_path / "dashboard.pdf"
    build_dashboard(DashboardService(store).data(), dashboard)
    for pdf in (pack, dashboard):
        for page in PdfReader(pdf).pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            for ref in fonts.values():
                assert "DejaVu" in str(ref.get_object()["/BaseFont"]), pdf.name


def test_the_deadlines_section_lists_every_report_due_soon_or_overdue(store: Store, tmp_path: Path):
    from dataclasses import replace
    from datetime import date

    from dordtwest_desktop.services.programme import ProgrammeService
    from dordtwest_desktop.services.regimes import RegimeService

    today = date(2026, 6, 1)
    out = tmp_path / "none.pdf"
    build_dashboard(DashboardService(store).data(today), out)
    _, text = text_of(out)
    assert "Deadlines" in text and "Geen verantwoordingen te doen." in text

    # SiSa on Preventie met Gezag (medio 2023 – medio 2026): reports due 15 juli 2024 …
    # 15 juli 2027. On 1 June 2026: two overdue, one within 90 days, one later.
    programme = ProgrammeService(store)
    sisa = next(r for r in RegimeService(store).regimes() if r.name == "SiSa")
    initiative = next(i for i in programme.initiatives() if i.name == "Preventie met Gezag")
    line = replace(initiative.funding[0], regime_id=sisa.id)
    programme.save_initiative(replace(initiative, funding=(line,)))
    out = tmp_path / "sisa.pdf"
    build_dashboard(DashboardService(store).data(today), out)
    _, text = text_of(out)
    flat = " ".join(text.split())
    # The section runs from its heading to the timeline's, whose chart names milestones too.
    flat = flat[flat.index("Deadlines") : flat.index("Mijlpalen", flat.index("Deadlines"))]
    assert "Geen verantwoordingen te doen." not in text
    assert "SiSa-verantwoording 2023 15 juli 2024 over tijd" in flat
    assert "SiSa-verantwoording 2024 15 juli 2025 over tijd" in flat
    assert "SiSa-verantwoording 2025 15 juli 2026 binnenkort" in flat
    assert "SiSa-verantwoording 2026" not in flat


def test_the_service_reads_as_many_lanes_as_the_printed_timeline_draws():
    from dordtwest_desktop.export.timeline_chart import OVERVIEW_LANES
    from dordtwest_desktop.services.dashboard import PRINT_LANES

    assert PRINT_LANES == OVERVIEW_LANES


def test_an_indicator_chart_in_words_and_its_years_in_the_table(store: Store, tmp_path: Path):
    csv = tmp_path / "voorbeeld.csv"
    csv.write_text(CSV, encoding="utf-8")
    import_csv(store, csv)
    charts = {c.name: c for g in DashboardService(store).data().indicators for c in g.charts}
    # Where each series began and ended (its lowest and highest year when they are
    # others): words a listener follows, not every figure in a row (those are in the
    # table under the charts).
    assert indicator_alt(charts["Leefbaarometer-score (voorbeeld)"]).startswith(
        "Leefbaarometer-score (voorbeeld), 2018, 2020, 2022: "
        "Dordt West van 3,7 in 2018 naar 3,85 in 2022; Dordts gemiddelde van 4,05 in 2018 "
        "naar 4,08 in 2022; Nederland van 4,13 in 2018 naar 4,16 in 2022. 2022: 3,85 tegen 4,08"
    )
    assert indicator_alt(charts["Werkloosheid % (voorbeeld)"]).startswith(
        "Werkloosheid % (voorbeeld), 2021–2022: Dordt West van 9,4 in 2021 naar 8,6 in 2022;"
    )
    alone = indicator_alt(charts["Zonder richting (voorbeeld)"])
    assert alone.startswith("Zonder richting (voorbeeld), 2022: Dordt West 12 in 2022; ")
    assert "Nederland" not in alone  # no figure for the Netherlands


def test_each_indicator_has_a_table_of_its_figures_by_year(store: Store, tmp_path: Path):
    """A row per series, a column per year (only the years with figures), the figures
    with one number of decimals per indicator, so that they line up."""
    csv = tmp_path / "voorbeeld.csv"
    csv.write_text(CSV, encoding="utf-8")
    import_csv(store, csv)
    out = tmp_path / "dashboard.pdf"
    build_dashboard(DashboardService(store).data(), out)
    flat = " ".join(text_of(out)[1].split())
    leefbaarometer = flat[flat.index("Leefbaarometer-score (voorbeeld) · doel") :]
    assert leefbaarometer.startswith(
        "Leefbaarometer-score (voorbeeld) · doel: het Dordts gemiddelde "
        "2018 2020 2022 "
        "Dordt West 3,70 3,78 3,85 "
        "Dordts gemiddelde 4,05 4,06 4,08 "
        "Nederland 4,13 4,15 4,16"
    )
    unemployment = flat[flat.index("Werkloosheid % (voorbeeld) · doel") :]
    assert unemployment.startswith(
        "Werkloosheid % (voorbeeld) · doel: het Dordts gemiddelde 2021 2022 "
        "Dordt West 9,4 8,6 Dordts gemiddelde 5,6 5,1 Nederland 4,2 3,6"
    )
    alone = flat[flat.index("Zonder richting (voorbeeld) · doel") :]
    # No figure for the Netherlands: no row for it.
    assert alone.startswith(
        "Zonder richting (voorbeeld) · doel: het Dordts gemiddelde 2022 "
        "Dordt West 12 Dordts gemiddelde 10"
    )
    assert "Nederland" not in alone[: alone.index("Dordts gemiddelde 10") + 30]
    # Every figure named by its series (row header) and its year (column header).
    reader = PdfReader(out)
    found = [e for e in elements(reader) if e.role in ("/TH", "/TD")]
    scopes = {e.text.strip(): e.element["/A"]["/Scope"] for e in found if e.role == "/TH"}
    assert scopes["2018"] == "/Column" and scopes["Dordt West"] == "/Row"
    assert "3,78" in {e.text.strip() for e in found if e.role == "/TD"}
    # The empty corner heads nothing: a TD, as in the W3C's tutorial on two-way tables.
    assert "" not in scopes


def test_a_long_series_shows_its_latest_years_and_says_so(store: Store, tmp_path: Path):
    lines = ["indicator;jaar;dordt_west;dordrecht;nederland;richting"]
    lines += [f"Lang (voorbeeld);{year};{year - 2000},5;5;;hoger" for year in range(2005, 2025)]
    csv = tmp_path / "lang.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_csv(store, csv)
    charts = [c for g in DashboardService(store).data().indicators for c in g.charts]
    assert indicator_tables(charts, s.FRAME_WIDTH).cut == [True]
    out = tmp_path / "dashboard.pdf"
    build_dashboard(DashboardService(store).data(), out)
    flat = " ".join(text_of(out)[1].split())
    assert "de laatste jaren die op de breedte van de pagina passen" in flat
    table = flat[flat.index("Lang (voorbeeld) · doel") :]
    # Ten years across A4; the whole course is in the chart (and its /Alt).
    assert table.startswith(
        "Lang (voorbeeld) · doel: het Dordts gemiddelde 2015 2016 2017 2018 2019 "
        "2020 2021 2022 2023 2024 Dordt West 15,5 16,5 17,5 18,5 19,5 20,5 21,5 22,5 23,5 "
        "24,5 Dordts gemiddelde 5,0 5,0"
    )


def test_a_long_series_is_told_by_its_course_not_figure_by_figure():
    years = tuple(range(2005, 2025))
    chart = IndicatorChart(
        id=uuid.uuid4(),
        name="Voorbeeld",
        unit="%",
        direction=Direction.UNKNOWN,
        source="",
        years=years,
        dordt_west=tuple(float(n % 7) for n in range(20)),
        dordrecht=(5.0,) * 20,
        netherlands=(None,) * 19 + (4.5,),
        target=None,
        evaluation=None,
    )
    alt = indicator_alt(chart)
    # The lowest is the first year's, said already: only the highest is added.
    assert "Dordt West van 0 in 2005 naar 5 in 2024, hoogste 6 in 2011;" in alt
    assert "Dordts gemiddelde steeds 5" in alt
    assert "Nederland 4,5 in 2024" in alt
    assert alt.count(" – ") == 0 and len(alt) < 400


@given(
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=2),
)
def test_a_figure_has_exactly_the_decimals_of_its_column(value: float, decimals: int):
    from dordtwest_desktop.domain.indicators import parse_number
    from dordtwest_desktop.export.indicator_charts import _aligned

    text = _aligned(value, decimals)
    assert len(text.partition(",")[2]) == decimals
    assert parse_number(text) == pytest.approx(round(value, decimals), abs=10**-decimals)


@st.composite
def charts(draw: st.DrawFn) -> IndicatorChart:
    years = tuple(sorted(draw(st.sets(st.integers(1990, 2040), min_size=1, max_size=40))))
    figure = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
    n = len(years)
    return IndicatorChart(
        id=uuid.uuid4(),
        name=draw(st.text(min_size=1, max_size=60)),
        unit=draw(st.sampled_from(["", "%", "per 1.000 inwoners"])),
        direction=Direction.UNKNOWN,
        source="",
        years=years,
        dordt_west=tuple(draw(st.lists(figure, min_size=n, max_size=n))),
        dordrecht=tuple(draw(st.lists(figure, min_size=n, max_size=n))),
        netherlands=tuple(draw(st.lists(st.none() | figure, min_size=n, max_size=n))),
        target=draw(st.none() | figure),
        evaluation=None,
    )


@settings(max_examples=60, deadline=None)
@given(charts())
def test_a_figures_table_fits_the_page_whatever_its_figures(chart: IndicatorChart):
    from dordtwest_desktop.export.indicator_charts import _figure_table

    table, shown = _figure_table(chart, s.FRAME_WIDTH)
    assert 1 <= shown <= len(chart.years)
    width, _ = table.wrap(s.FRAME_WIDTH, s.PAGE_HEIGHT)
    assert width <= s.FRAME_WIDTH + 0.01
    # The latest years, in order, and every series with a figure a row of its own.
    assert [int(c) for c in table._cellvalues[0][1:]] == list(chart.years[-shown:])
    assert len(table._cellvalues) == 1 + 2 + chart.has_netherlands
