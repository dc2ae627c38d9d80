"""The pull-request preview: each changed practice as the facts its page will show, in Markdown.

A reviewer of a pull request sees YAML; a contributor using the web editor
cannot build the site. The check workflow runs `practices preview` on the
records a pull request adds or changes and appends the result to the job
summary, with a link to the built site uploaded beside it, so both can read
the practice as readers will without cloning anything.

Everything printed comes from the records, so every value is escaped for
Markdown: a pull request must not be able to write its own links or markup
into the summary.
"""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import nh3

from generator import checklist, language, messages, render, summary
from generator.provenance import NOT_REPORTED
from generator.records import Record
from generator.text import github_markdown

if TYPE_CHECKING:
    from generator.site import Options

TEMPLATE = "pr-summary.md.j2"


@cache
def environment() -> jinja2.Environment:
    """The templates' text environment with the Markdown filters: every value escaped for Markdown."""
    env = render.text_environment().overlay()
    env.filters.update(md=github_markdown, plain=plain_text)
    return env


def site_language(config: Path) -> str:
    """The site's interface language from mkdocs.yml (the plugin's `language`, else theme.language, else English)."""
    return language.from_config(config)


def plain_text(markdown_field: str) -> str:
    """A record's Markdown field as the words a reader sees, markup removed, escaped for Markdown."""
    words = html.unescape(nh3.clean(str(render.field_html(markdown_field)), tags=set()))
    return github_markdown(words)


def practice(record: Record, options: Options, site_link: str | None = None) -> str:
    """The Markdown preview of one practice."""
    data, lang = record.data, options.language
    essentials = [item for item in checklist.items(record, options) if item.essential]
    return (
        environment()
        .get_template(TEMPLATE)
        .render(
            lang=lang,
            record=record,
            data=data,
            place=summary.place(data, lang),
            period=summary.period(data, lang),
            budget=summary.budget_text(data, lang),
            topics=[options.topics.get(topic, topic) for topic in data["topics"]],
            resources=[
                {"what": line["what"], "amount": summary.resource_text(line, lang)} for line in data["resources"]
            ],
            evidence=[_evidence_row(item, lang) for item in data["evidence"]],
            difficulties=[_difficulty(item, lang) for item in data.get("difficulties", [])],
            essentials=essentials,
            sources=[{"title": source.get("title", ""), "url": source["url"]} for source in data["sources"]],
            site_link=site_link,
        )
    )


def _evidence_row(item: dict[str, Any], lang: str) -> dict[str, Any]:
    value = item["value"]
    shown = summary.number(value, lang) if isinstance(value, (int, float)) else str(value)
    year = _unknown(lang) if item["year"] == NOT_REPORTED else item["year"]
    return {"indicator": item["indicator"], "value": shown, "unit": item.get("unit", ""), "year": year}


def _difficulty(item: dict[str, Any], lang: str) -> dict[str, str]:
    """A difficulty and its handling as plain text; an unknown handling in the catalogue's words."""
    handling = item["handling"]
    shown = github_markdown(_unknown(lang)) if handling == NOT_REPORTED else plain_text(handling)
    return {"difficulty": plain_text(item["difficulty"]), "handling": shown}


def _unknown(lang: str) -> str:
    return messages.text("Not reported in the sources", lang)


def report(records: list[Record], options: Options, site_link: str | None = None) -> str:
    """The previews of several practices, one after the other, under one heading."""
    heading = messages.text("How the changed practices will read", options.language)
    parts = [f"## {heading}\n"]
    if not records:
        parts.append(messages.text("This pull request changes no practice.", options.language) + "\n")
    parts += [practice(record, options, site_link) for record in records]
    return "\n".join(parts)
