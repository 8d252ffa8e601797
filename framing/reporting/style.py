"""Colours and CSS classes of the report: one palette for the highlights, the legend and the charts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["MODEL_CATEGORY", "MODEL_COLOUR", "MODEL_STYLE", "NEUTRAL_STYLE", "PALETTE", "Palette"]

#: Paul Tol's "light" scheme (colour-blind safe, readable behind black text), without its pale grey.
PALETTE: tuple[str, ...] = ("#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33",
                            "#AAAA00")
#: Evidence that is recorded but not loaded (weight 0): no fill, a dotted grey underline.
NEUTRAL_STYLE = "fr-n"
#: Spans of the ML tagger: not a lexicon category, so no palette colour (which would repeat one of the eight)
#: but a dashed outline of their own; grey in charts.
MODEL_CATEGORY = "loaded_model"
MODEL_STYLE = "fr-m"
MODEL_COLOUR = "#BBBBBB"


class Palette:
    """Category -> CSS class and colour, the same in every section of one report.

    Categories get colours in the order first registered; the eighth colour (olive, close to pear) and every
    repeated colour get a dark underline as well, so that no two categories look alike.
    """

    def __init__(self, categories: Iterable[str] = ()) -> None:
        self._index: dict[str, int] = {}
        for c in categories:
            self.add(c)

    def add(self, category: str) -> int:
        if category not in self._index:
            self._index[category] = len(self._index)
        return self._index[category]

    def css_class(self, category: str) -> str:
        if category == MODEL_CATEGORY:
            return MODEL_STYLE
        return f"fr-c{self.add(category)}"

    def colour(self, category: str) -> str:
        if category == MODEL_CATEGORY:
            return MODEL_COLOUR
        return PALETTE[self.add(category) % len(PALETTE)]

    def classes(self) -> list[dict[str, Any]]:
        """For the stylesheet: ``{"cls", "colour", "underline"}`` per registered category."""
        return [{"cls": f"fr-c{i}", "colour": PALETTE[i % len(PALETTE)], "underline": i >= len(PALETTE) - 1}
                for i in self._index.values()]
