"""Recording what a meeting did with an item: the decision (besluit) and remarks (annotaties)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from dordtwest_desktop.domain.enums import Outcome, Visibility
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr as core_tr
from dordtwest_desktop.services.dto import AgendaItemDTO, AnnotationDTO, DecisionDTO
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.widgets import ValueCombo, enum_combo, optional_combo


class DecisionDialog(EditDialog):
    """The decision on one item; new decisions start from the proposed decision points."""

    def __init__(
        self,
        item: AgendaItemDTO,
        decision: DecisionDTO | None,
        milestones: list[tuple[str, uuid.UUID]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Decision on '%1'").replace("%1", item.title))
        self.item = item
        self.original = decision
        self.on_submit: Callable[[DecisionDTO], None] | None = None
        self.text = self.form.add(
            "decision_text",
            self.tr("Decision"),
            QPlainTextEdit(),
            required=core_tr("The decision text"),
        )
        self.outcome = self.form.add(
            "outcome",
            self.tr("Outcome"),
            enum_combo(list(Outcome), label, decision.outcome if decision else None),
        )
        self.milestone = self.form.add(
            "milestone",
            self.tr("Milestone reached"),
            optional_combo(
                milestones, self.tr("(none)"), decision.reached_milestone_id if decision else None
            ),
        )
        self.milestone.setEnabled(bool(milestones))
        self.milestone.setToolTip(
            self.tr("A decision can mark a milestone linked to this item as reached.")
        )
        if decision is not None:
            self.text.setPlainText(decision.text)
        else:
            self.text.setPlainText("\n".join(p.text for p in item.points))
        self.finish_layout()

    def collect(self) -> DecisionDTO:
        return DecisionDTO(
            id=self.original.id if self.original else uuid.uuid4(),
            version=self.original.version if self.original else 0,
            item_id=self.item.id,
            text=self.text.toPlainText().strip(),
            outcome=self.outcome.value(),
            reached_milestone_id=self.milestone.value(),
        )

    def submit(self, value: DecisionDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)


class AnnotationDialog(EditDialog):
    """A remark on an item, one of its decision points, or its decision."""

    def __init__(
        self,
        item: AgendaItemDTO,
        annotation: AnnotationDTO | None,
        decision: DecisionDTO | None,
        author: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New remark") if annotation is None else self.tr("Edit remark"))
        self.item = item
        self.original = annotation
        self.author = annotation.author if annotation else author
        self.on_submit: Callable[[AnnotationDTO], None] | None = None
        self.form.add("author", self.tr("Author"), QLabel(self.author or self.tr("(not set)")))
        self.about = self.form.add("about", self.tr("About"), ValueCombo())
        self.about.add_value(self.tr("the agenda item"), ("item", None))
        if decision is not None:
            self.about.add_value(self.tr("the decision"), ("decision", decision.id))
        for number, point in enumerate(item.points, start=1):
            text = self.tr("decision point %1: %2").replace("%1", str(number))
            self.about.add_value(text.replace("%2", point.text[:60]), ("point", point.id))
        self.text = self.form.add("annotation", self.tr("Remark"), QPlainTextEdit())
        self.visibility = self.form.add(
            "visibility",
            self.tr("Visibility"),
            enum_combo(list(Visibility), label, annotation.visibility if annotation else None),
        )
        self.visibility.setToolTip(
            self.tr("Personal remarks never leave this computer in an export.")
        )
        if annotation is not None:
            self.text.setPlainText(annotation.text)
            if annotation.decision_id:
                self.about.set_value(("decision", annotation.decision_id))
            elif annotation.point_id:
                self.about.set_value(("point", annotation.point_id))
        self.finish_layout()

    def collect(self) -> AnnotationDTO:
        kind, ident = self.about.value()
        # Microseconds kept: two remarks in one second still sort in the order written.
        moment = datetime.now()
        base = self.original or AnnotationDTO(
            id=uuid.uuid4(),
            item_id=self.item.id,
            author=self.author,
            text="",
            created_at=moment,
            updated_at=moment,
        )
        return replace(
            base,
            text=self.text.toPlainText().strip(),
            visibility=self.visibility.value(),
            point_id=ident if kind == "point" else None,
            decision_id=ident if kind == "decision" else None,
            updated_at=moment,
        )

    def submit(self, value: AnnotationDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)
