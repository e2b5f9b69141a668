"""Editing one funding line (middelen) of an initiative."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from dordtwest_desktop.domain.enums import FundingStatus
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.dto import FundingLineDTO
from dordtwest_desktop.services.programme import validate_funding_line
from dordtwest_desktop.services.regimes import RegimeDTO, plan_line
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.widgets import DateField, MoneyField, enum_combo, optional_combo

# How many generated moments the preview lists before it says "and N more".
PREVIEW_LIMIT = 6


class FundingDialog(EditDialog):
    def __init__(
        self,
        line: FundingLineDTO | None,
        funders: tuple[str, ...],
        parent: QWidget | None = None,
        regimes: tuple[RegimeDTO, ...] = (),
    ) -> None:
        super().__init__("", parent)
        self.regimes = {r.id: r for r in regimes}
        self.setWindowTitle(
            self.tr("New funding line") if line is None else self.tr("Edit funding line")
        )
        self.original = line
        self.scheme = self.form.add("scheme", self.tr("Scheme"), QLineEdit())
        funder = QComboBox()
        funder.setEditable(True)
        funder.addItems(list(funders))
        funder.setCurrentText(line.funder if line else "")
        completer = funder.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        funder.setToolTip(self.tr("Free text; the ministries are suggestions."))
        self.funder = self.form.add("funder", self.tr("Funder"), funder)
        self.status = self.form.add(
            "status",
            self.tr("Status"),
            enum_combo(list(FundingStatus), label, line.status if line else None),
        )
        self.requested = self.form.add(
            "requested",
            self.tr("Amount requested"),
            MoneyField(line.requested_cents if line else None),
        )
        self.granted = self.form.add(
            "granted", self.tr("Amount granted"), MoneyField(line.granted_cents if line else None)
        )
        self.decision_date = self.form.add(
            "decision_date",
            self.tr("Decision date"),
            DateField(line.decision_date if line else None),
        )
        self.decision_number = self.form.add(
            "decision_number", self.tr("Decision number"), QLineEdit()
        )
        self.period_start = self.form.add(
            "period_start",
            self.tr("Spending period from"),
            DateField(line.period_start if line else None),
        )
        self.period_end = self.form.add(
            "period_end",
            self.tr("Spending period until"),
            DateField(line.period_end if line else None),
        )
        self.reporting = self.form.add(
            "reporting_deadline",
            self.tr("Reporting deadline"),
            DateField(line.reporting_deadline if line else None),
        )
        self._regime_rows(line)
        self.notes = self.form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        if line is not None:
            self.scheme.setText(line.scheme)
            self.decision_number.setText(line.decision_number)
            self.notes.setPlainText(line.notes)
        self.finish_layout()
        self.value: FundingLineDTO | None = None
        self.show_plan()

    def _regime_rows(self, line: FundingLineDTO | None) -> None:
        choices = [
            (r.name + (" " + self.tr("(template)") if r.template else ""), r.id)
            for r in self.regimes.values()
        ]
        self.regime = self.form.add(
            "regime",
            self.tr("Accountability regime"),
            optional_combo(choices, self.tr("(none)"), line.regime_id if line else None),
        )
        self.regime.setToolTip(
            self.tr(
                "The reports the funder asks for; assigning one adds them as milestones "
                "and keeps them in step with the period."
            )
        )
        self.plan_note = QLabel(self)
        self.plan_note.setObjectName("plan_note")
        self.plan_note.setWordWrap(True)
        self.form.layout_.addRow("", self.plan_note)
        self.regime.currentIndexChanged.connect(lambda *_: self.show_plan())
        for field in (self.period_start, self.period_end):
            field.textChanged.connect(lambda *_: self.show_plan())

    def _regime_id(self) -> uuid.UUID | None:
        chosen: uuid.UUID | None = self.regime.value()
        if chosen is None and self.original is not None and not self.regimes:
            # Opened without the regimes at hand: keep the line's own, never drop it.
            return self.original.regime_id
        return chosen

    def show_plan(self) -> None:
        """What the chosen regime will add, or why it cannot, under the regime field."""
        regime = self.regimes.get(self.regime.value())
        if regime is None:
            self.plan_note.setText("")
            return
        try:
            start = self.period_start.value("period_start")
            end = self.period_end.value("period_end")
            line = FundingLineDTO(
                id=uuid.uuid4(),
                scheme=self.scheme.text().strip(),
                funder=self.funder.currentText().strip(),
                status=FundingStatus.GRANTED,
                period_start=start,
                period_end=end,
            )
            planned = plan_line(line, regime)
        except ValidationError as error:
            self.plan_note.setText(error.message)
            self.adjustSize()
            return
        shown = [f"{p.title}: {p.due.render()}" for p in planned[:PREVIEW_LIMIT]]
        if len(planned) > PREVIEW_LIMIT:
            shown.append(self.tr("and %n more", "", len(planned) - PREVIEW_LIMIT))
        text = "\n".join(shown) if shown else self.tr("This regime adds no milestones.")
        if regime.template:
            text += "\n" + self.tr("A template: check it against the grant's own regulation.")
        self.plan_note.setText(text)
        self.adjustSize()  # the list may grow by some lines

    def collect(self) -> FundingLineDTO:
        line = FundingLineDTO(
            id=self.original.id if self.original else uuid.uuid4(),
            scheme=self.scheme.text().strip(),
            funder=self.funder.currentText().strip(),
            status=self.status.value(),
            requested_cents=self.requested.value("requested"),
            granted_cents=self.granted.value("granted"),
            decision_date=self.decision_date.value("decision_date"),
            decision_number=self.decision_number.text().strip(),
            period_start=self.period_start.value("period_start"),
            period_end=self.period_end.value("period_end"),
            reporting_deadline=self.reporting.value("reporting_deadline"),
            notes=self.notes.toPlainText(),
            regime_id=self._regime_id(),
        )
        validate_funding_line(line)
        plan_line(line, self.regimes.get(line.regime_id) if line.regime_id else None)
        return line

    def submit(self, value: FundingLineDTO) -> None:
        # The line is stored with its initiative, as one change.
        self.value = value
