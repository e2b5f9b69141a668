"""`export ics` and `import ics` on the command line."""

from __future__ import annotations

from pathlib import Path

import icalendar

from dordtwest_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_one_meeting_by_prefix_and_all(capsys, db_path: Path, tmp_path: Path):
    code, out, _ = run(capsys, "--db", str(db_path), "list", "meetings")
    prefix = out.splitlines()[1].split()[0]
    one = tmp_path / "een.ics"
    code, out, err = run(
        capsys, "--db", str(db_path), "export", "ics", "--meeting", prefix, "--out", str(one)
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"1 vergadering geschreven naar {one}.",
        "1 vergadering zonder aanvangstijd is als afspraak voor de hele dag geschreven.",
    ]
    (event,) = icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert str(event["UID"]).startswith(prefix)
    every = tmp_path / "alle.ics"
    code, out, _ = run(capsys, "--db", str(db_path), "export", "ics", "--all", "--out", str(every))
    assert code == 0 and out.startswith(f"4 vergaderingen geschreven naar {every}.")
    assert len(icalendar.Calendar.from_ical(every.read_bytes()).walk("VEVENT")) == 4


def test_export_needs_one_meeting_or_all(capsys, db_path: Path, tmp_path: Path):
    out = tmp_path / "x.ics"
    code, _, err = run(capsys, "--db", str(db_path), "export", "ics", "--out", str(out))
    assert code == 1
    assert err.strip() == "Fout: Geef --meeting ID of --all, niet allebei en niet geen van beide."
    assert not out.exists()


def test_import_round_trip_and_a_bad_file(capsys, db_path: Path, tmp_path: Path):
    every = tmp_path / "alle.ics"
    run(capsys, "--db", str(db_path), "export", "ics", "--all", "--out", str(every))
    other = tmp_path / "ander.sqlite"
    code, out, _ = run(capsys, "--db", str(other), "import", "ics", str(every))
    assert code == 0
    assert out.strip() == "alle.ics: 0 vergaderingen toegevoegd, 0 gewijzigd, 4 ongewijzigd."
    bad = tmp_path / "kapot.ics"
    bad.write_text(every.read_text(encoding="utf-8").replace("END:VEVENT", "END:VTODO", 1))
    code, out, err = run(capsys, "--db", str(other), "import", "ics", str(bad))
    assert code == 1 and out == ""
    assert "kapot.ics: regel" in err and "Er is niets geïmporteerd." in err
