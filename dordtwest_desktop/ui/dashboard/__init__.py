"""The dashboard (pyqtgraph charts of milestones, funding and indicators) and the
indicator editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dordtwest_desktop.ui.dashboard.view import DashboardView

if TYPE_CHECKING:
    from dordtwest_desktop.ui.dashboard.indicators import IndicatorsView

__all__ = ["DashboardView", "IndicatorsView"]


def __getattr__(name: str) -> Any:
    # The indicator editor is imported when first asked for, not with the first view.
    if name == "IndicatorsView":
        from dordtwest_desktop.ui.dashboard.indicators import IndicatorsView

        return IndicatorsView
    raise AttributeError(name)
