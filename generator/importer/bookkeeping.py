"""The draft's state and its bookkeeping, shared by the builder's placers (one module per kind of field).

Each placer class (text, money, places, dates, people, head) derives from `Bookkeeping`, so that it
sees the record being built, the report, and the few ways a value is set or kept aside.
"""

from __future__ import annotations

import datetime

from generator.importer.reading import _texts
from generator.importer.report import Record, Report


class Bookkeeping:
    """The record, the description's parts and the report, with the ways a value is set or kept aside."""

    def __init__(self, today: datetime.date | None = None) -> None:
        self.today = today or datetime.date.today()
        self.record: Record = {}
        self.intro: list[str] = []
        self.described: list[str] = []  # the lines of the page's own description section
        self.extra: list[tuple[str, str]] = []  # labelled parts of the description
        self.report = Report()
        self.comments: list[tuple[str, str]] = []
        self.prose: list[tuple[str, str]] = []  # lines of labelled sections, for amounts said in passing
        # a sidebar's counts of participants, each a result only if the text reports it as one
        self.headcounts: list[tuple[str, str, dict[str, object]]] = []

    def found(self, name: str, source: str, value: object) -> None:
        self.report.found.append((name, source, str(value)))

    def unplaced(self, where: str, lines: list[str], why: str | None = None) -> None:
        texts = _texts(lines)
        self.report.not_placed += [(where, line) for line in texts]
        self.comments += [(where, line) for line in texts]
        if why and texts:
            self.report.guessed.append(f"{where}: {why}")

    def set(self, path: tuple[str, ...], value: object) -> None:
        target = self.record
        for step in path[:-1]:
            target = target.setdefault(step, {})
        target[path[-1]] = value

    def put(self, path: tuple[str, ...], value: object, where: str, text: str) -> bool:
        """Set a field the page has not filled yet; a second value for it is kept aside, not lost."""
        target = self.record
        for step in path[:-1]:
            target = target.get(step, {})
        if path[-1] in target:
            self.unplaced(where, [text], f"{'/'.join(path)} was already filled from the page")
            return False
        self.set(path, value)
        return True
