"""Writing a draft: the record's keys in the schema's order, and block-style YAML with its comments."""

from __future__ import annotations

import re
from typing import Any

import yaml

from generator import validate
from generator.importer.report import Record

SCHEMA_LINE = "# yaml-language-server: $schema=../generator/data/practice.schema.json"


def ordered(value: object, node: dict[str, Any]) -> object:
    """A copy of the value with every mapping's keys in the schema's order."""
    while "$ref" in node:
        rest = {k: v for k, v in node.items() if k != "$ref"}
        node = {**validate.schema()["$defs"][node["$ref"].rsplit("/", 1)[1]], **rest}
    if isinstance(value, dict):
        props = node.get("properties", {})
        keys = [k for k in props if k in value] + [k for k in value if k not in props]
        return {k: ordered(value[k], dict(props.get(k, {}))) for k in keys}
    if isinstance(value, list):
        return [ordered(v, dict(node.get("items", {}))) for v in value]
    return value


def in_schema_order(record: Record) -> Record:
    """A copy of the record with its keys, and its mappings' keys, in the order of the schema."""
    result = ordered(record, validate.schema())
    assert isinstance(result, dict)
    return result


_DATE_LIKE = re.compile(r"^\d{4}(-\d{2})?$")


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no types
    """Block-style YAML that quotes exactly the text YAML 1.2 would read as something else."""

    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", list("-+.0123456789")),
):
    _Dumper.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else ">" if len(text) > 80 else '"' if _DATE_LIKE.match(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(record: Record, comments: list[tuple[str, str]]) -> str:
    """The draft file: the schema line, the record in block style, then the text not placed as comments."""
    body = yaml.dump(record, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88) if record else ""
    head = [
        SCHEMA_LINE,
        "# Draft made by the importer from a copied web page. Check every field against the page,",
        "# replace every value that starts with TODO, then delete these comment lines.",
    ]
    tail = []
    if comments:
        tail = ["", "# Not placed by the importer: move what you need into the fields above, then delete these lines."]
        tail += [f"# [{where}] {line}" for where, line in comments]
    return "\n".join(head) + "\n" + body + "".join(line + "\n" for line in tail)
