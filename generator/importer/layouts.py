"""The labels pages use, loaded from labels.yml beside this file: headings, layouts, chrome lines."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, cast

import yaml

from generator.text import fold, squeezed

_FILE = Path(__file__).with_name("labels.yml")


@cache
def labels() -> dict[str, Any]:
    """The whole labels file."""
    return cast("dict[str, Any]", yaml.safe_load(_FILE.read_text(encoding="utf-8")))


def index() -> dict[str, str]:
    """Every heading variant (case-folded) to its section key; labelled sections as 'label:<Label>'."""
    data = labels()
    found = {variant: key for key, variants in data["headings"].items() for variant in variants}
    found |= {variant: "label:" + label for label, variants in data["labelled"].items() for variant in variants}
    return found


def layouts() -> dict[str, tuple[set[str], tuple[str, ...]]]:
    """Each platform's own headings and the words that mark its pages."""
    return {name: (set(v["headings"]), tuple(v["marks"])) for name, v in labels()["layouts"].items()}


def programmes() -> dict[str, str]:
    """The programme each layout belongs to, for project/programme."""
    return {name: v["programme"] for name, v in labels()["layouts"].items() if "programme" in v}


def chrome() -> set[str]:
    """Whole lines of page furniture, case-folded."""
    return {squeezed(line) for line in labels().get("chrome", [])}


def expected() -> dict[str, str]:
    """Sections a complete page gives, named as a contributor knows them."""
    return {str(key): str(label) for key, label in labels()["expected"].items()}


def navigation() -> set[str]:
    """Whole lines of menus and breadcrumbs, case-folded."""
    return {squeezed(line) for line in labels().get("navigation", [])}


@cache
def country_words() -> dict[str, tuple[str, str]]:
    """City, region names and country adjectives (case-folded, without accents) to their country code and kind."""
    data = labels()
    found = {plain(name): (code, "city") for code, names in data["cities"].items() for name in names}
    found |= {plain(name): (code, "adjective") for code, names in data["demonyms"].items() for name in names}
    found |= {plain(name): (code, "region") for code, names in data.get("regions", {}).items() for name in names}
    return found


def plain(text: str) -> str:
    """A label as the layouts compare it: the site's own folding (case and accents off), `generator.text.fold`."""
    return fold(text)
