"""Form building blocks: fields that parse Dutch input and show errors where typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.dates import PreciseDate, parse_optional
from dordtwest_desktop.domain.errors import ValidationError, ValidationErrors, each_error
from dordtwest_desktop.domain.money import format_money, parse_money
from dordtwest_desktop.i18n import tr as i18n_tr

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdf2f2;"
TR_CONTEXT = "Form"

W = TypeVar("W", bound=QWidget)


def tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class ReloadWhenSeen(QWidget):
    """A view that a change reloads at once while it is on screen, else when next shown.

    After an import or a change by someone else every view's data is stale; reading
    them all again at once cost seconds on a large programme for views nobody is
    looking at (issue 13). Subclasses give `reload`.
    """

    _stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def reload_when_seen(self) -> None:
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()


class Form(QWidget):
    """A QFormLayout whose rows can each show a Dutch error message below the field.

    `check()` runs every field's own check (dates and amounts parse, required text
    is filled in) and returns all refusals, so a dialog can mark every wrong field
    at once; a field's error goes away as soon as the field is edited.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._checks: dict[str, Callable[[], object]] = {}
        self.labels: dict[str, str] = {}

    def add(
        self,
        key: str,
        label: str,
        field: W,
        *,
        check: Callable[[], object] | None = None,
        required: bool | str = False,
    ) -> W:
        """Add a row; `check` raises ValidationError for a refused value (DateField and
        MoneyField check themselves), `required` refuses empty text: it names the
        field as the record's rule does ("The title"), or True for the label."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        error = QLabel(holder)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.layout_.addRow(label, holder)
        self._fields[key] = field
        self._errors[key] = error
        self.labels[key] = label.replace("&", "").rstrip(":")
        if check is None and isinstance(field, DateField | MoneyField):
            check = partial(field.check, key)
        if required:
            what = required if isinstance(required, str) else self.labels[key]
            check = partial(self._required, key, what, check)
        if check is not None:
            self._checks[key] = check
        _on_edit(field, partial(self.clear_error, key))
        return field

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def describe(self, name: str, value: Any) -> tuple[str, str | None] | None:
        """(label, text) for a record field shown in this form; None if it is not shown.

        The text is the combo's wording of the value where the field is a choice
        (e.g. 'vertrouwelijk' rather than True), else None: the caller formats it.
        """
        for key in (name, name.removesuffix("_id")):
            if key in self._fields:
                field = self._fields[key]
                text = field.text_of(value) if isinstance(field, ValueCombo) else None
                return self.labels[key], text
        return None

    def _required(self, key: str, what: str, then: Callable[[], object] | None) -> None:
        if not text_of(self._fields[key]).strip():
            raise ValidationError(i18n_tr("{what} may not be empty.").format(what=what), key)
        if then is not None:
            then()

    def check(self) -> list[ValidationError]:
        """Every field's refusal, in the order of the form, each tagged with its field."""
        found: list[ValidationError] = []
        for key, check in self._checks.items():
            try:
                check()
            except ValidationError as error:
                found.extend(ValidationError(e.message, field=key) for e in each_error(error))
        return found

    def validate(self) -> None:
        """Raise ValidationErrors with every refused field, if any."""
        found = self.check()
        if found:
            raise ValidationErrors(found)

    def clear_error(self, key: str) -> None:
        if key in self._errors and not self._errors[key].isHidden():
            self._errors[key].hide()
            self._fields[key].setStyleSheet("")

    def clear_errors(self) -> None:
        for key in self._errors:
            self.clear_error(key)

    def show_error(self, key: str | None, message: str, focus: bool = True) -> bool:
        """Show the message at the field; False if the form has no such field."""
        if key not in self._errors:
            return False
        assert key is not None
        self._errors[key].setText(message)
        self._errors[key].show()
        field = self._fields[key]
        field.setStyleSheet(ERROR_STYLE)
        if focus:
            field.setFocus()
        # Once the layouts have taken the label in (they do so in posted events).
        QTimer.singleShot(0, self, self._make_room)
        return True

    def _make_room(self) -> None:
        """Grow the dialog so that a message of two lines is read whole.

        A wrapped label needs more height the narrower it is; Qt lays the rows out for
        it but does not grow a window to match, so the rows were squeezed and the
        message cut through (a funder's meeting at a width of 560). Never shrinks.
        """
        window = self.window()
        layout = window.layout()
        if not isinstance(window, QDialog) or layout is None:
            return
        layout.activate()
        width = window.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else window.sizeHint().height()
        )
        if needed > window.height():
            window.resize(width, needed)

    def show_errors(self, errors: list[ValidationError]) -> list[str]:
        """Show each error at its field, focus the first; the messages it could not place."""
        unplaced = []
        focused = False
        for error in errors:
            if self.show_error(error.field, error.message, focus=not focused):
                focused = True
            else:
                unplaced.append(error.message)
        return unplaced


def _on_edit(field: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` when the user changes the field (typing, choosing)."""
    if isinstance(field, QLineEdit | QPlainTextEdit):
        field.textChanged.connect(lambda *_: slot())
    elif isinstance(field, QComboBox):
        field.currentIndexChanged.connect(lambda *_: slot())
        field.editTextChanged.connect(lambda *_: slot())
    else:
        changed = getattr(field, "changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(lambda *_: slot())


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    raise TypeError(type(widget))


def parse_field(key: str, parse: Callable[[str], Any], text: str) -> Any:
    """Run a domain parser and tag its error with the field it came from."""
    try:
        return parse(text)
    except ValidationError as error:
        raise ValidationError(error.message, field=key) from error


class DateField(QLineEdit):
    """A date as people write it: '14 november 2023', 'Q1 2024', 'eind 2023'."""

    def __init__(
        self,
        value: PreciseDate | None = None,
        parent: QWidget | None = None,
        *,
        required: bool = False,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.setPlaceholderText(tr("e.g. 14 november 2023, Q1 2024, eind 2023"))
        if value is not None:
            self.setText(value.render())

    def value(self, key: str) -> PreciseDate | None:
        return parse_field(key, parse_optional, self.text())

    def required_value(self, key: str) -> PreciseDate:
        return parse_field(key, PreciseDate.parse, self.text())

    def check(self, key: str) -> None:
        if self.required:
            self.required_value(key)
        else:
            self.value(key)


class MoneyField(QLineEdit):
    """An amount in euro: '4.300.000', '4,3 miljoen'."""

    def __init__(self, cents: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("e.g. 4.300.000 or 4,3 miljoen"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        if cents is not None:
            self.setText(format_money(cents))

    def value(self, key: str) -> int | None:
        if not self.text().strip():
            return None
        return parse_field(key, parse_money, self.text())

    def check(self, key: str) -> None:
        self.value(key)


class ValueCombo(QComboBox):
    """A combo box over Python values (enums, UUIDs), compared in Python, not as QVariant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def add_value(self, text: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(text)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        if value in self._values:
            self.setCurrentIndex(self._values.index(value))

    def text_of(self, value: Any) -> str | None:
        """The text shown for `value`, None if the combo does not offer it."""
        if value not in self._values:
            return None
        return self.itemText(self._values.index(value))

    def clear_values(self) -> None:
        self._values.clear()
        self.clear()


def enum_combo(values: list[Any], label: Callable[[Any], str], current: Any = None) -> ValueCombo:
    combo = ValueCombo()
    for value in values:
        combo.add_value(label(value), value)
    if current is not None:
        combo.set_value(current)
    return combo


def optional_combo(
    items: list[tuple[str, Any]], none_label: str, current: Any = None
) -> ValueCombo:
    combo = ValueCombo()
    combo.add_value(none_label, None)
    for text, value in items:
        combo.add_value(text, value)
    combo.set_value(current)
    return combo


def button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def list_with_buttons(owner: QWidget, view: QWidget, buttons: list[QPushButton]) -> None:
    """Lay out a list or table with its row of buttons (add, remove…) below it."""
    row = QHBoxLayout()
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    layout.addLayout(row)


class PersonChoice(QWidget):
    """A known person, nobody, or explicitly a new one (typed in a field of its own).

    A free text field with a completer let a stray click glue a date to a name
    ("Sanne Bos1 februari 2027"); here a name is chosen from the list or typed only
    after "New person…" was chosen.
    """

    changed = Signal()
    NEW = object()

    def __init__(
        self, people: Sequence[str], current: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.people = sorted({p.strip() for p in people if p.strip()}, key=str.casefold)
        self.combo = ValueCombo(self)
        self.combo.setObjectName("person_choice")
        self.combo.add_value(tr("(nobody)"), "")
        for name in self.people:
            self.combo.add_value(name, name)
        if current.strip() and self._known(current) is None:
            # Kept as it was stored, so opening and saving changes nothing.
            self.combo.add_value(current.strip(), current.strip())
        self.combo.add_value(tr("New person…"), self.NEW)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new_person")
        self.new_name.setPlaceholderText(tr("name of the new person"))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.combo, 1)
        box.addWidget(self.new_name, 1)
        self.combo.set_value(self._known(current) or current.strip())
        self.combo.currentIndexChanged.connect(self._chosen)
        self.new_name.textChanged.connect(lambda _text: self.changed.emit())
        self._chosen()
        self.setFocusProxy(self.combo)

    def _known(self, name: str) -> str | None:
        folded = " ".join(name.split()).casefold()
        return next((p for p in self.people if p.casefold() == folded), None)

    def _chosen(self) -> None:
        new = self.combo.value() is self.NEW
        self.new_name.setVisible(new)
        if new:
            self.new_name.setFocus()
        self.changed.emit()

    def choose_new(self, name: str) -> None:
        self.combo.set_value(self.NEW)
        self.new_name.setText(name)

    def value(self, key: str) -> str:
        """The chosen name ('' for nobody); a new name must look like a name."""
        chosen = self.combo.value()
        if chosen is not self.NEW:
            return str(chosen or "")
        name = " ".join(self.new_name.text().split())
        if not name:
            raise ValidationError(tr("Type the name of the new person."), field=key)
        if any(char.isdigit() for char in name):
            raise ValidationError(
                tr("'%1' has digits in it; a name has none. Type only the name.").replace(
                    "%1", name
                ),
                field=key,
            )
        return self._known(name) or name
