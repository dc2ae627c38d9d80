"""Exchange rates to the euro, read from the dated table generator/data/rates.yml.

The catalogue converts budgets to euros so that a reader can filter and sort
practices budgeted in different currencies; pages always show the original
amounts. The table is edited by hand in pull requests, so it is checked like
a record: every key an ISO 4217 code, every rate a positive number, one day
named, and each problem reported with its file, line and column.
"""

from __future__ import annotations

import datetime
import math
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NoReturn, cast

import yaml

from generator.errors import Problem

PATH = Path(__file__).resolve().parent / "data" / "rates.yml"
BASE = "EUR"
_CODE = re.compile(r"[A-Z]{3}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_KEYS = ("day", "source", "rates")


class RatesInvalid(ValueError):
    """The rates table is wrong; the message says where, as file:line:column."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


@dataclass(frozen=True)
class Rates:
    """One day's rates: units of each currency worth one euro."""

    day: datetime.date
    source: str
    per_euro: dict[str, float]

    def to_euro(self, amount: float, currency: str) -> float | None:
        """The amount in euros, or None when the table has no rate for the currency."""
        if currency == BASE:
            return float(amount)
        rate = self.per_euro.get(currency)
        return None if rate is None else amount / rate


def load(path: Path | None = None) -> Rates:
    """The rates of the table at `path`, checked; RatesInvalid names the first problem found.

    Read again only when the file changed (`mkdocs serve` rebuilds after an edit).
    """
    path = path or PATH
    return _load(path, path.stat().st_mtime_ns)


@cache
def _load(path: Path, changed: int) -> Rates:
    name = _shown(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"not readable as YAML: {getattr(error, 'problem', error)}"
        raise RatesInvalid(Problem(name, line, column, "", message)) from None
    fields = _mapping(root, name, "")
    return Rates(day=_day(fields, name), source=_source(fields, name), per_euro=_rates(fields, name))


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _fail(name: str, node: yaml.Node, field: str, message: str) -> NoReturn:
    raise RatesInvalid(Problem(name, node.start_mark.line + 1, node.start_mark.column + 1, field, message))


def _mapping(node: yaml.Node | None, name: str, field: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """The entries of a mapping node by key, keeping each key's and value's node for messages."""
    if node is None:
        raise RatesInvalid(Problem(name, 1, 1, field, "must be a mapping of names to values"))
    if not isinstance(node, yaml.MappingNode):
        _fail(name, node, field, "must be a mapping of names to values")
    entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            _fail(name, key, field, "a key must be plain text")
        if key.value in entries:
            _fail(name, key, field, f"{key.value!r} is given twice")
        entries[key.value] = (key, value)
    return entries


def _required(fields: dict[str, Any], name: str, key: str) -> yaml.Node:
    if key not in fields:
        raise RatesInvalid(Problem(name, 1, 1, key, f"missing: the table needs {', '.join(_KEYS)}"))
    node: yaml.Node = fields[key][1]
    return node


def _day(fields: dict[str, Any], name: str) -> datetime.date:
    node = _required(fields, name, "day")
    text = node.value if isinstance(node, yaml.ScalarNode) else ""
    try:
        if _DAY.fullmatch(text):
            return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    _fail(name, node, "day", "must be the rates' day as YYYY-MM-DD")


def _source(fields: dict[str, Any], name: str) -> str:
    node = _required(fields, name, "source")
    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str" or not node.value.strip():
        _fail(name, node, "source", "must name who published the rates")
    return cast(str, node.value)


def _rates(fields: dict[str, Any], name: str) -> dict[str, float]:
    rates: dict[str, float] = {}
    for code, (key, value) in _mapping(_required(fields, name, "rates"), name, "rates").items():
        if not _CODE.fullmatch(code):
            _fail(name, key, "rates", f"{code[:20]!r} is not an ISO 4217 currency code (three capital letters)")
        if code == BASE:
            _fail(name, key, "rates", "EUR is the base currency and takes no rate")
        rates[code] = _rate(value, name, code)
    return rates


def _rate(node: yaml.Node, name: str, code: str) -> float:
    numeric = isinstance(node, yaml.ScalarNode) and node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
    number = yaml.SafeLoader("").construct_object(node) if numeric else None
    if number is None or not math.isfinite(number) or number <= 0:
        _fail(name, node, f"rates.{code}", "must be a positive number (units of the currency per euro)")
    return float(number)
