"""Assemble every generated file of the site from the records, in two phases.

First every record is loaded and checked (and the build stops there with all
problems if any is wrong); then every page and data file is produced in
memory, keyed by its path in the site. Nothing is written here: the MkDocs
plugin hands the files to MkDocs, the CLI writes them to a folder.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from generator import catalogue, checklist, exports, messages, output, render, validate
from generator.records import Record, id_rule, is_id


@dataclass(frozen=True)
class Options:
    """How the site is built: its language, the vocabulary, where records are edited.

    Every value is given once and never changed: the topic labels in the
    site's language are computed from the vocabulary when first asked for, so
    `dataclasses.replace(options, language="it")` gives Italian labels from the
    same English vocabulary, never a translation of a translation.
    """

    language: str = "en"
    edit_base: str | None = None
    site_url: str | None = None
    date_locale: str | None = None  # locale of dates such as "26 November 2026" (en_GB); the language's when None
    vocabulary: dict[str, str] = field(default_factory=validate.topics)  # topic key -> English label, topics.yml

    def __post_init__(self) -> None:
        _refuse_names(self.vocabulary, "topic key")  # they become paths and Markdown links

    @cached_property
    def topics(self) -> dict[str, str]:
        """Topic key -> label in the site's language, wherever the message catalogue has it."""
        return {topic: messages.label(words, self.language) for topic, words in self.vocabulary.items()}


Content = str | bytes
Made = Content | Callable[[], Content]
"""A generated file's content, or the function that makes it when asked."""


@dataclass(frozen=True)
class Later:
    """A file made only when asked, with a digest of everything it is made from.

    Two files with the same key have the same content, so `mkdocs serve` tells
    which pages an edit changed without rendering the others.
    """

    make: Callable[[], Content]
    key: str

    def __call__(self) -> Content:
        return self.make()


def files(records: list[Record], options: Options) -> dict[str, Content]:
    """Every generated file of the site, by its path relative to the docs folder."""
    return made(plan(records, options))


def plan(records: list[Record], options: Options) -> dict[str, Made]:
    """Every generated file by path; each practice's pages as functions that render them when asked.

    The MkDocs plugin renders a page only when MkDocs reads it and forgets it
    once read, so the pages of the site never sit in memory all at once.
    """
    _refuse_names([r.id for r in records], "record id")
    out: dict[str, Made] = {}
    for stage in STAGES:
        for path, content in stage(records, options).items():
            if path in out:
                raise ValueError(f"two stages produce {path}")
            out[path] = content
    return dict(sorted(out.items()))


def made(planned: Mapping[str, Made]) -> dict[str, Content]:
    """The files of a plan, each one made."""
    return {path: content() if callable(content) else content for path, content in planned.items()}


def _refuse_names(names: Iterable[str], what: str) -> None:
    """Stop before rendering if a name breaks the id rule: validate reports these; this is the last guard."""
    for name in names:
        if not is_id(name):
            raise ValueError(id_rule(name, what))


def _practice_pages(records: list[Record], options: Options) -> dict[str, Later]:
    links = render.PracticeLinks.of(records, options)
    digests = _digests(records, options)
    return {
        f"practices/{r.id}.md": Later(
            partial(_practice_page, r, options, links),
            _key(digests[r.id], *sorted(digests[other] for other in links.shown(r))),
        )
        for r in records
    }


def _checklists(records: list[Record], options: Options) -> dict[str, Made]:
    """Each practice's checklist and its downloads, which only its own record makes."""
    paths = {r.id: (f"checklists/{r.id}.md", *checklist.download_paths(r.id).values()) for r in records}
    return _keyed(checklist.later(records, options), records, options, paths)


def _exports(records: list[Record], options: Options) -> dict[str, Made]:
    """The open data and feeds; each practice's own data file only its record makes."""
    return _keyed(
        exports.later(records, options), records, options, {r.id: (exports.record_path(r.id),) for r in records}
    )


def _keyed(
    planned: Mapping[str, Made], records: list[Record], options: Options, own: Mapping[str, tuple[str, ...]]
) -> dict[str, Made]:
    """The files of a stage, each practice's own ones keyed by its record's digest."""
    out = dict(planned)
    digests = _digests(records, options)
    for record in records:
        for path in own[record.id]:
            made = out[path]
            if callable(made):
                out[path] = Later(made, digests[record.id])
    return out


def _digests(records: list[Record], options: Options) -> dict[str, str]:
    """A digest of each record's data together with the options the site is built with (once per plan)."""
    if _DIGESTS and _DIGESTS[0][0] is records and _DIGESTS[0][1] is options:
        return _DIGESTS[0][2]
    settings = json.dumps([options.language, options.edit_base, options.site_url, options.date_locale], default=str)
    base = _key(settings, json.dumps(options.vocabulary, sort_keys=True))
    digests = {r.id: _key(base, json.dumps(r.data, sort_keys=True, default=str)) for r in records}
    _DIGESTS[:] = [(records, options, digests)]
    return digests


_DIGESTS: list[tuple[list[Record], Options, dict[str, str]]] = []  # the last plan's records, options, digests


def _key(*parts: str) -> str:
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=16).hexdigest()


def _practice_page(record: Record, options: Options, links: render.PracticeLinks) -> str:
    return render.practice_page(record, options, links, exports.json_ld(record, options))


def _schema(records: list[Record], options: Options) -> dict[str, str]:
    return {"schema/practice.schema.json": validate.SCHEMA_PATH.read_text(encoding="utf-8")}


# Each stage turns the valid records into some of the site's files.
STAGES: list[Callable[[list[Record], Options], Mapping[str, Made]]] = [
    _practice_pages,
    render.transfers_page,
    render.listing_pages,
    catalogue.files,
    _exports,
    _checklists,
    _schema,
]


def build(
    folder: Path, options: Options, root: Path | None = None, allow_empty: bool = False
) -> dict[str, str | bytes]:
    """Load, check and render the records of a folder: the whole generator stage."""
    return files(validate.collect([folder], root, allow_empty=allow_empty), options)


def write(generated: dict[str, str | bytes], target: Path) -> None:
    """Write generated files into a fresh folder, replacing the target only once all is written.

    Callers check the target first (generator.output.check) and hold its lock.
    """
    target = target.resolve()
    staging = output.staging(target)
    try:
        output.write(generated, staging)
    except BaseException:
        output.discard_staging(staging)
        raise
    output.replace(staging, target)
