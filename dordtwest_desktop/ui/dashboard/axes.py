"""pyqtgraph axes that speak Dutch: dates, euros, decimal commas, lane titles."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pyqtgraph as pg

from dordtwest_desktop.domain.indicators import format_number
from dordtwest_desktop.domain.money import format_money_short
from dordtwest_desktop.services.charts import unix_seconds
from dordtwest_desktop.services.dashboard import date_ticks

MIN_DAY = date(1900, 1, 1)
MAX_DAY = date(2200, 12, 31)
MONEY_LABEL_PIXELS = 110  # "€ 17,5 miljoen" and some air


def day_of(seconds: float) -> date:
    seconds = min(max(seconds, unix_seconds(MIN_DAY)), unix_seconds(MAX_DAY))
    return datetime.fromtimestamp(seconds, tz=UTC).date()


class DutchDateAxis(pg.AxisItem):
    """Unix seconds on the axis, labelled "14 nov 2023", "nov 2023", "Q1 2024" or "2024"."""

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        if maxVal <= minVal:
            return []
        ticks = date_ticks(day_of(minVal), day_of(maxVal), max_ticks=max(int(size / 95), 2))
        self._labels = {unix_seconds(day): text for day, text in ticks}
        return [(1.0, list(self._labels))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(v, day_of(v).isoformat()) for v in values]


class MoneyAxis(pg.AxisItem):
    """Euros on the axis, in the short Dutch form: "€ 5 miljoen"."""

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        """Major ticks only, and no more than the labels ("€ 20 miljoen") have room for."""
        levels = super().tickValues(minVal, maxVal, size)
        if not levels:
            return levels
        spacing, values = levels[0]
        room = max(int(size / MONEY_LABEL_PIXELS), 1)
        step = 1
        while len(values[::step]) > room:
            step += 1
        return [(spacing * step, list(values[::step]))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_money_short(round(v * 100)) for v in values]


class NumberAxis(pg.AxisItem):
    """Numbers with a decimal comma."""

    def __init__(self, orientation: str = "left", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        decimals = 0 if spacing >= 1 else (1 if spacing >= 0.1 else 2 if spacing >= 0.01 else 3)
        return [format_number(v, decimals) for v in values]


class YearAxis(pg.AxisItem):
    """Whole years only: no "2022.5"."""

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        first, last = int(minVal + 0.999), int(maxVal)
        if last < first:
            return []
        room = max(int(size / 45), 1)
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if (last - first) / s < room)
        start = (first + step - 1) // step * step
        return [(float(step), [float(y) for y in range(start, last + 1, step)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) for v in values]
