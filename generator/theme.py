"""The theme's own words in the site's language: navigation titles, site name, heading links, theme templates.

mkdocs.yml is written in English; its navigation titles, site name and
description are messages of the catalogue (extracted from mkdocs.yml, see
babel.cfg), so a site built in another language shows them translated.
Material translates its own interface; the words our theme templates add
(templates/theme/) come from `site_t("...")`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from generator import messages


def localise(config: MkDocsConfig, lang: str) -> None:
    """Translate the English settings of a loaded MkDocs configuration that readers see."""
    if config.nav:
        config.nav = _navigation(config.nav, lang)
    for key in ("site_name", "site_description"):
        if config.get(key):
            config[key] = messages.label(config[key], lang)
    toc = config.mdx_configs.get("toc")
    if isinstance(toc, dict) and toc.get("permalink") and "permalink_title" not in toc:
        config.mdx_configs["toc"] = {**toc, "permalink_title": messages.text("Permanent link", lang)}


def _navigation(entries: Any, lang: str) -> Any:
    """mkdocs.yml `nav` with each title translated: a list of pages, {title: page} or {title: [sections]}."""
    if isinstance(entries, list):
        return [_navigation(entry, lang) for entry in entries]
    if isinstance(entries, dict):
        return {messages.label(title, lang): _navigation(target, lang) for title, target in entries.items()}
    return entries


def template_globals(lang: str) -> dict[str, Callable[[str], str]]:
    """What the theme templates get: `site_t("New and updated practices")` in the site's language."""
    return {"site_t": lambda words: messages.text(words, lang)}
