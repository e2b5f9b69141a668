"""Small builders for tests: real PDFs made with reportlab."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_pdf(pages: int = 1, text: str = "Voorbeeldbijlage") -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        pdf.drawString(72, 760, f"{text} pagina {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def unversioned(rows: dict[str, list[dict[str, object]]]) -> dict[str, list[dict[str, object]]]:
    """A dump without record versions and history: for comparing contents across an undo.

    An undo is a change of its own: it moves versions on and enters the history.
    """
    return {
        table: [{k: v for k, v in row.items() if k != "version"} for row in table_rows]
        for table, table_rows in rows.items()
        if table != "history"
    }
