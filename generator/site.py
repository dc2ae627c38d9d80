"""Assemble every generated file of the site from the records, in two phases.

First every record is loaded and checked (and the build stops there with all
problems if any is wrong); then every page and data file is produced in
memory, keyed by its path in the site. Nothing is written here: the MkDocs
plugin hands the files to MkDocs, the CLI writes them to a folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
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


def files(records: list[Record], options: Options) -> dict[str, str | bytes]:
    """Every generated file of the site, by its path relative to the docs folder."""
    _refuse_names([r.id for r in records], "record id")
    out: dict[str, str | bytes] = {}
    for stage in STAGES:
        for path, content in stage(records, options).items():
            if path in out:
                raise ValueError(f"two stages produce {path}")
            out[path] = content
    return dict(sorted(out.items()))


def _refuse_names(names: Iterable[str], what: str) -> None:
    """Stop before rendering if a name breaks the id rule: validate reports these; this is the last guard."""
    for name in names:
        if not is_id(name):
            raise ValueError(id_rule(name, what))


def _practice_pages(records: list[Record], options: Options) -> dict[str, str]:
    return render.practice_pages(records, options, {r.id: exports.json_ld(r, options) for r in records})


def _schema(records: list[Record], options: Options) -> dict[str, str]:
    return {"schema/practice.schema.json": validate.SCHEMA_PATH.read_text(encoding="utf-8")}


# Each stage turns the valid records into some of the site's files.
STAGES = [
    _practice_pages,
    render.transfers_page,
    render.listing_pages,
    catalogue.files,
    exports.files,
    checklist.files,
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
