"""Expected errors: each carries a message fit for the user (already translated)."""

from __future__ import annotations

from datetime import datetime


class DomainError(Exception):
    """An expected error with a message fit for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError, ValueError):
    """User input that cannot be accepted; `field` names where it was typed.

    `column` names the stored column the rule is about (the same as `field` unless
    the form calls it otherwise); an import names it when it refuses a record.
    """

    def __init__(self, message: str, field: str | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.column = column or field


class NotFoundError(DomainError, LookupError):
    """A record the user referred to does not exist (any more)."""


class StorageError(DomainError):
    """The database cannot be opened, read or written (damaged, full disk, locked…)."""


class BusyError(StorageError):
    """Another program holds the database's write lock longer than we waited.

    The file is fine: trying again later helps, restoring a backup does not.
    """


class ImportFileError(DomainError):
    """A file to import is malformed; nothing of it was stored."""


class ConflictError(DomainError):
    """A save or delete based on a version of a record that someone changed meanwhile.

    `theirs` is the record as it is stored now (None when it was deleted meanwhile),
    so the user can compare, load it, or save their own on top of it; `by` and `at`
    say who made the stored version and when (local time), where the history knows.
    """

    def __init__(
        self,
        message: str,
        theirs: object | None = None,
        by: str = "",
        at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.by = by
        self.at = at


class ValidationErrors(ValidationError):
    """Several refused fields at once, so a form can mark them all in one go."""

    def __init__(self, errors: list[ValidationError]) -> None:
        if not errors:
            raise ValueError("ValidationErrors needs at least one error")
        super().__init__("\n".join(e.message for e in errors), errors[0].field, errors[0].column)
        self.errors = tuple(errors)


def each_error(error: ValidationError) -> tuple[ValidationError, ...]:
    """The single errors a ValidationError stands for (itself, or those it gathers)."""
    return error.errors if isinstance(error, ValidationErrors) else (error,)
