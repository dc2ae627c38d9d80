"""Problems found in records, and the single failure that reports them all."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, at a line and column a contributor can find.

    Lines and columns count from 1, as editors show them.
    """

    file: str
    line: int
    column: int
    field: str
    message: str
    # The parser's own words behind a plain-language message, shown with --debug.
    detail: str = dataclasses.field(default="", compare=False)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class RecordsInvalid(Exception):
    """Raised once, after every record was checked, when any problem was found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(summary(self.problems))

    def report(self) -> str:
        """Every problem on its own line, then the count."""
        return report(self.problems)


EXCERPT_LENGTH = 60


def excerpt(value: object, limit: int = EXCERPT_LENGTH) -> str:
    """A short, quoted, escaped piece of a value for a message: never a whole file, never a line break."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return repr(text)


def report(problems: list[Problem], lines: Iterable[str] | None = None) -> str:
    """Every problem on its own line (or the lines given for them), then the count."""
    return "\n".join([*(map(str, problems) if lines is None else lines), summary(problems)])


def summary(problems: list[Problem]) -> str:
    """The closing line of a report: how many problems in how many files."""
    files = len({p.file for p in problems})
    noun = "problem" if len(problems) == 1 else "problems"
    where = "file" if files == 1 else "files"
    return f"{len(problems)} {noun} in {files} {where}."
