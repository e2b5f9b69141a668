"""The dashboard (pyqtgraph charts of milestones, funding and indicators) and the
indicator editor."""

from dordtwest_desktop.ui.dashboard.indicators import IndicatorsView
from dordtwest_desktop.ui.dashboard.view import DashboardView

__all__ = ["DashboardView", "IndicatorsView"]
