"""Form building blocks: fields that parse Dutch input and show errors where typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
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
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.money import format_money, parse_money

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdf2f2;"
TR_CONTEXT = "Form"

W = TypeVar("W", bound=QWidget)


def tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class Form(QWidget):
    """A QFormLayout whose rows can each show a Dutch error message below the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}

    def add(self, key: str, label: str, field: W) -> W:
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

    def clear_errors(self) -> None:
        for key, label in self._errors.items():
            label.hide()
            self._fields[key].setStyleSheet("")

    def show_error(self, key: str | None, message: str) -> bool:
        """Show the message at the field; False if the form has no such field."""
        if key not in self._errors:
            return False
        assert key is not None
        self._errors[key].setText(message)
        self._errors[key].show()
        field = self._fields[key]
        field.setStyleSheet(ERROR_STYLE)
        field.setFocus()
        return True


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

    def __init__(self, value: PreciseDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("e.g. 14 november 2023, Q1 2024, eind 2023"))
        if value is not None:
            self.setText(value.render())

    def value(self, key: str) -> PreciseDate | None:
        return parse_field(key, parse_optional, self.text())

    def required_value(self, key: str) -> PreciseDate:
        return parse_field(key, PreciseDate.parse, self.text())


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
