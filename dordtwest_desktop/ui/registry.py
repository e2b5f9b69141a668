"""Views beyond the programme's own, in navigation order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget


def extra_views(window: QWidget) -> list[tuple[str, str, Callable[..., Any]]]:
    return []
