"""Cells of the CSV files that readers open in a spreadsheet: text that stays text.

A spreadsheet reads a cell beginning with `=`, `+`, `-` or `@` (or a tab or
carriage return) as a formula, so a record's text could compute, or link out,
when a reader opens a download. Every CSV the site writes passes its cells
through here; the scripts that write CSV in the browser apply the same rule.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A value as a CSV cell: numbers as written, text with a quote mark before a formula's first character."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text
