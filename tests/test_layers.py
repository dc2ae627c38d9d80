"""Which generator modules a module may import: values are handed in, not fetched sideways."""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT


def _imported(module: str) -> set[str]:
    """The generator modules a module imports, by name (exports, validate...)."""
    tree = ast.parse((ROOT / "generator" / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "generator":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("generator.")}
    return found


@pytest.mark.parametrize(
    ("module", "never"),
    [
        ("render", {"exports", "validate"}),  # the JSON-LD is handed in by the stage that builds the pages
        ("normalise", {"validate"}),  # the vocabularies are handed in by the importer and suggest
    ],
)
def test_modules_take_what_they_need_as_arguments(module, never):
    assert _imported(module) & never == set()


def test_the_text_helpers_stand_alone():
    assert _imported("text") == set()
