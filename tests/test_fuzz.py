"""Fuzzing load, validate and render: any input ends as pages or as a clean list of problems, never a crash.

Random text is rich in the characters that mean something to HTML, Markdown,
Jinja, YAML and terminals; random structures replace parts of valid records,
so that many examples get past validation and reach every stage of the site.
"""

from __future__ import annotations

import contextlib

import hostile
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from mkdocs.utils import meta

import samples
from conftest import site_markdown
from generator import render, site, validate
from generator.errors import Problem
from generator.records import parse
from helpers import nodes, set_at

META = list("<>&\"'`/\\{}[]()#*_-+.!|:;=%~$@?^ \n\t\r") + [
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "<script>",
    "</div>",
    "](javascript:",
    "-->",
    "<!--",
    "---",
    "\r\n",
    "&#x3C;",
    "\u202e",
    "\u200f",
    "\u0301",
    "\u2028",
    "\x85",
    "\x7f",
    "\x00",
    "\x1b[31m",
    "\ufeff",
    "é",
    "ميدان",
    "日本",
]
TEXT = st.lists(st.one_of(st.sampled_from(META), st.text(max_size=4)), max_size=25).map("".join)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(10**6), 10**6), st.floats(allow_nan=False), TEXT)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=12,
)
OPTIONS = site.Options()
# Bounded and repeatable, so that the suite stays fast and a failure shows again on the next run.
SETTINGS = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
RENDERING = settings(SETTINGS, max_examples=40)  # each example that passes renders the whole site


def _outcome(raw: bytes) -> list[Problem] | dict[str, str | bytes]:
    """Load, check and render as the build does; problems or every generated file."""
    record, problems = parse(raw, "fuzz.yml", "fuzz")
    if record is None:
        assert problems and all(isinstance(p, Problem) and p.line >= 1 and p.column >= 1 for p in problems)
        return problems
    # A record read in part (after a repeated key or above a syntax error) keeps the reading's problems.
    problems = problems + validate.check(record) + validate.check_collection([record])
    if problems:
        assert all(p.file == "fuzz.yml" and p.line >= 1 and p.column >= 1 and str(p) for p in problems)
        return problems
    event("rendered")  # hypothesis --hypothesis-show-statistics: how many examples reach the pages
    render.practice_page(record, OPTIONS)
    render.listing_pages([record], OPTIONS)
    return site.files([record], OPTIONS)


def _assert_safe(files: dict[str, str | bytes]) -> None:
    converter = site_markdown()
    for path, content in files.items():
        if not path.endswith(".md"):
            continue
        body, front = meta.get_data(content)
        assert front.get("title"), f"{path}: the front matter did not parse"
        html = converter.reset().convert(body)
        assert not [d for d in hostile.dangers(html) if " " in d], path
        if path.startswith("practices/fuzz"):
            assert hostile.dangers(html) == [], path


@SETTINGS
@given(st.one_of(TEXT, st.binary(max_size=200)))
def test_any_bytes_load_or_give_problems(text):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    result = _outcome(raw)
    # Either the problems that stop the file, or a whole site with the practice's page in it.
    if isinstance(result, list):
        assert result and all(isinstance(p, Problem) for p in result)
    else:
        assert "practices/fuzz.md" in result and "data/practices.json" in result


@SETTINGS
@given(VALUES)
def test_any_structure_gives_problems_not_a_crash(value):
    raw = yaml.safe_dump(value, allow_unicode=True).encode("utf-8")
    result = _outcome(raw)
    if isinstance(result, dict):
        _assert_safe(result)


@RENDERING
@given(st.integers(0, 40), st.data())
def test_valid_records_with_hostile_text_render_safely(index, data):
    _, record = samples.record(index) if index else hostile.rich_record()
    texts = [path for path, value in nodes(record) if isinstance(value, str) and _free_text(path)]
    for path in data.draw(st.lists(st.sampled_from(texts), min_size=1, max_size=8, unique=True)):
        set_at(record, path, data.draw(TEXT.filter(str.strip)))
    result = _outcome(yaml.safe_dump(record, allow_unicode=True, sort_keys=False).encode("utf-8"))
    if isinstance(result, dict):
        _assert_safe(result)


@RENDERING
@given(st.integers(0, 40), st.data())
def test_valid_records_with_random_parts_give_pages_or_problems(index, data):
    _, record = samples.record(index) if index else hostile.rich_record()
    paths = [path for path, _ in nodes(record) if path]
    for path in data.draw(st.lists(st.sampled_from(paths), min_size=1, max_size=3, unique=True)):
        with contextlib.suppress(KeyError, IndexError, TypeError):  # an earlier change replaced a parent
            set_at(record, path, data.draw(VALUES))
    result = _outcome(yaml.safe_dump(record, allow_unicode=True, sort_keys=False).encode("utf-8"))
    if isinstance(result, dict):
        _assert_safe(result)


def _free_text(path) -> bool:
    """A field any text may fill, as opposed to codes, dates, addresses and ids."""
    keys = {step for step in path if isinstance(step, str)}
    return bool(path) and not keys & (hostile.NOT_TEXT | {"url", "email"})
