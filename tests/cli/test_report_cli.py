"""`export report --period P --out F.pdf [--draft]` on a temporary database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from dordtwest_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_report_writes_the_pdf(capsys, db_path: Path, tmp_path: Path):
    out = tmp_path / "rapportage.pdf"
    code, said, err = run(
        capsys, "--db", str(db_path), "export", "report", "--period", "2024", "--out", str(out)
    )
    assert code == 0, err
    assert str(out) in said
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    assert "Voortgangsrapportage 2024" in first
    assert "Concept" not in first
    code, _, _ = run(
        capsys,
        "--db", str(db_path), "export", "report", "--period", "H1 2024",
        "--out", str(tmp_path / "h1.pdf"), "--draft",
    )  # fmt: skip
    assert code == 0
    assert (
        "Voortgangsrapportage 1ste helft 2024"
        in PdfReader(tmp_path / "h1.pdf").pages[0].extract_text()
    )


@pytest.mark.parametrize(
    "period", [None, "onbekend", "eind 2024", "2024/2025", '"*()', "9" * 10_000]
)
def test_a_bad_period_is_one_sentence_and_nothing_is_written(
    capsys, db_path: Path, tmp_path: Path, period: str | None
):
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    out = tmp_path / "niet.pdf"
    args = ["--db", str(db_path), "export", "report", "--out", str(out)]
    if period is not None:
        args += ["--period", period]
    code, said, err = run(capsys, *args)
    assert code == 1
    assert said == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert "2024, H1 2024 of Q3 2024" in lines[0]
    assert len(lines[0]) < 200
    assert not out.exists()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
