"""Babel extractors for the interface words that `pybabel extract` cannot find on its own.

babel.cfg names them. The Python extractor reads a module's syntax tree, so it
also finds calls inside f-strings, and it takes the words the code keeps as data
(the checklist's sections, the words handed to a page's script) from the
constants babel.cfg lists. The YAML extractor takes the labels of a vocabulary
file (topics.yml) or the values of chosen keys (readiness.yml's questions).
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any, TypeGuard, cast

import yaml

Found = tuple[int, str | None, str | tuple[str | None, ...], list[str]]


def python(
    fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str], options: Mapping[str, Any]
) -> Iterator[Found]:
    """The messages of a Python module: calls to `keywords`, and string literals of the listed constants."""
    tree = ast.parse(fileobj.read().decode(options.get("encoding", "utf-8")))
    constants = dict(_constant(spec) for spec in options.get("constants", "").split())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in keywords:
            for args in _arguments(node.args):
                yield node.lineno, _name(node.func), args, []
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if _name(target) in constants:
                    yield from _literals(node.value, constants[cast(str, _name(target))])
        elif _is_plural_pair(node):
            yield node.lineno, "ngettext", (_words(node.elts[0]), _words(node.elts[1])), []


def _arguments(args: list[ast.expr]) -> Iterator[tuple[str | None, ...]]:
    """A call's string arguments (None for others); both branches of `"N" if lat >= 0 else "S"`."""
    for branch in ("body", "orelse"):
        yield tuple(_text(getattr(a, branch) if isinstance(a, ast.IfExp) else a) for a in args)
        if not any(isinstance(a, ast.IfExp) for a in args):
            return


def _text(node: ast.AST) -> str | None:
    return _words(node) if _is_text(node) else None


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _words(node: ast.AST) -> str:
    """The string of a node `_is_text` accepted."""
    return cast(str, cast(ast.Constant, node).value)


def _is_plural_pair(node: ast.AST) -> TypeGuard[ast.Tuple]:
    """("{count} item", "{count} items"): a plural message kept as data, handed to a script."""
    return (
        isinstance(node, ast.Tuple)
        and len(node.elts) == 2
        and all(_is_text(e) and "{count}" in _words(e) for e in node.elts)
    )


def _constant(spec: str) -> tuple[str, set[int] | None]:
    """`SECTIONS` (every string of it) or `indexes:2,3` (the 2nd and 3rd string of each of its tuples)."""
    name, _, positions = spec.partition(":")
    return name, {int(p) for p in positions.split(",")} if positions else None


def _literals(value: ast.AST, positions: set[int] | None = None) -> Iterator[Found]:
    """The words of a constant: every string of a tuple or list, the values (not the keys) of a dict.

    With `positions`, a tuple of tuples gives only the strings at those places of each inner tuple.
    """
    if _is_text(value):
        yield cast(ast.Constant, value).lineno, None, _words(value), []
    elif isinstance(value, ast.Dict):
        for item in value.values:
            yield from _literals(item, positions)
    elif isinstance(value, ast.Tuple | ast.List) and not _is_plural_pair(value):
        inner = all(isinstance(item, ast.Tuple | ast.List) for item in value.elts)
        for item in value.elts:
            if positions and not inner:
                continue
            elements = (
                [e for i, e in enumerate(cast(ast.Tuple, item).elts, 1) if i in positions] if positions else [item]
            )
            for element in elements:
                yield from _literals(element)


def vocabulary(
    fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str], options: Mapping[str, Any]
) -> Iterator[Found]:
    """The words of a YAML data file: every top-level value, or the values of `keys` wherever they appear."""
    data = yaml.safe_load(fileobj.read().decode("utf-8"))
    keys = set(options.get("keys", "").split())
    if not keys:
        yield from ((0, None, words, []) for words in data.values() if isinstance(words, str))
        return
    yield from ((0, None, words, []) for words in _values(data, keys))


def site_config(
    fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str], options: Mapping[str, Any]
) -> Iterator[Found]:
    """The words of mkdocs.yml a reader sees: the site's name and description, the navigation titles."""
    loader = cast("type[yaml.SafeLoader]", type("_Loader", (yaml.SafeLoader,), {}))
    loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # !ENV, !relative
    settings = yaml.load(fileobj.read().decode("utf-8"), Loader=loader) or {}
    for key in ("site_name", "site_description"):
        if isinstance(settings.get(key), str):
            yield 0, None, settings[key], []
    yield from ((0, None, title, []) for title in _titles(settings.get("nav") or []))


def _titles(entries: object) -> Iterator[str]:
    if isinstance(entries, list):
        for entry in entries:
            yield from _titles(entry)
    elif isinstance(entries, dict):
        for title, target in entries.items():
            yield title
            yield from _titles(target)


def _values(data: object, keys: set[str]) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys and isinstance(value, str):
                yield value
            else:
                yield from _values(value, keys)
    elif isinstance(data, list):
        for item in data:
            yield from _values(item, keys)


# The functions whose arguments are messages, in pybabel's notation (argument numbers; two for a plural).
KEYWORDS = (
    "t",  # templates: t("What it is")
    "tn:2,3",  # templates: tn(count, "{count} mission", "{count} missions")
    "text",  # messages.text("Sources", lang)
    "plural:2,3",  # messages.plural(count, singular, plural, lang)
    "many:2,3",  # checklist.many(count, singular, plural, lang)
    "say",  # checklist.say("Needed in {origin}.", lang, origin=...)
    "forms:1,2",  # catalogue.forms(singular, plural, lang): plural forms for a script
    "Question:3",  # checklist.Question(id, section, "the question", ...)
    "ngettext:1,2",  # plural pairs kept as data, ("{count} item", "{count} items")
    "fill",  # messages.fill("{place}; {period}", lang, place=..., period=...)
    "site_t",  # theme templates (templates/theme/): site_t("New and updated practices")
)


def extract_command(output: str, config: str = "babel.cfg") -> list[str]:
    """The `pybabel extract` arguments that write the message template `output` (run from the repository root)."""
    keywords = [arg for keyword in KEYWORDS for arg in ("-k", keyword)]
    return [
        "extract",
        "-F",
        config,
        "--no-default-keywords",
        *keywords,
        "--no-location",
        "--sort-output",
        "--project",
        "good-practices",
        "-o",
        output,
        ".",
    ]
