"""The site's language, read from one place for the MkDocs plugin and the command line alike.

mkdocs.yml `theme.language` names it (Material's interface follows it), and the
practices plugin's own `language` option may override it for the generated
pages. `practices build` (MkDocs), `practices render` and `practices preview`
all end up here, so a site never mixes two languages by accident.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import cast

import yaml

DEFAULT = "en"
PLUGIN = "practices"
_CODE = re.compile(r"[a-z]{2,3}([_-][A-Za-z]{2,4})?")


def is_code(value: object) -> bool:
    """A language code as MkDocs and Babel take it: it, de-CH, pt_BR, zh-Hant."""
    return isinstance(value, str) and bool(_CODE.fullmatch(value))


def chosen(plugin_language: object, theme_language: object) -> str:
    """The plugin's language when set, else the theme's, else English (a value that is no code counts as unset)."""
    for value in (plugin_language, theme_language):
        if is_code(value):
            return cast(str, value)
    return DEFAULT


def from_config(config: Path) -> str:
    """The language a build with this mkdocs.yml would use (English when the file is missing)."""
    if not config.is_file():
        return DEFAULT
    settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    if not isinstance(settings, dict):
        return DEFAULT
    theme = settings.get("theme")
    theme_language = theme.get("language") if isinstance(theme, dict) else None
    return chosen(_plugin_option(settings.get("plugins"), "language"), theme_language)


def _plugin_option(plugins: object, key: str) -> object:
    """An option of the practices plugin, from mkdocs.yml's `plugins` list (or mapping)."""
    if isinstance(plugins, list):
        plugins = {name: options for p in plugins if isinstance(p, dict) for name, options in p.items()}
    options = plugins.get(PLUGIN) if isinstance(plugins, dict) else None
    return options.get(key) if isinstance(options, dict) else None


# PyYAML ships no types; without types-PyYAML (requirements-test.txt) its classes are Any to mypy.
class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose `!ENV` and `!relative` tags need not be understood to find the language."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
