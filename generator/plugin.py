"""The MkDocs adapter: hands the generated pages to MkDocs as virtual files.

All the work is done by the core (generator.site); these hooks only read the
settings, add the files, point each practice's "edit" link at its YAML record
and tell `mkdocs serve` which folders to watch.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator import home, messages, render, site, validate
from generator.errors import RecordsInvalid


class PracticesConfig(Config):
    """Settings of the `practices` plugin in mkdocs.yml."""

    records = opt.Type(str, default="practices")
    """Folder of the YAML records, relative to mkdocs.yml."""
    edit_uri = opt.Type(str, default="edit/main/")
    """Path from repo_url to the editor of the repository's root, e.g. edit/main/."""
    language = opt.Optional(opt.Type(str))
    """Language of the generated text; defaults to the theme's language."""
    date_locale = opt.Optional(opt.Type(str))
    """Locale of dates, e.g. en_GB for "26 November 2026"; defaults to the language's own."""


PLACEHOLDER_REPOSITORY = "example/good-practices"


def _warn_placeholders(config) -> None:
    """Say, on every build, that the site still points at the placeholder repository or address.

    Written straight to the error stream rather than through MkDocs' logger,
    which would make a strict build (the tests', CI's) fail on it.
    """
    if PLACEHOLDER_REPOSITORY in (config.repo_url or "") or "example.github.io" in (config.site_url or ""):
        print(
            "WARNING -  mkdocs.yml still names the placeholder repository or address "
            f"({PLACEHOLDER_REPOSITORY}); set yours with: make configure REPO=owner/name URL=https://...",
            file=sys.stderr,
        )


def _date_locale(settings, language: str) -> str | None:
    """The configured date locale when it is a variant of the site's language (en_GB for en), else None."""
    chosen = settings.date_locale
    same = chosen and chosen.replace("-", "_").split("_")[0].lower() == language.replace("-", "_").split("_")[0].lower()
    return chosen if same else None


class _GeneratedFile(File):
    """A generated file that tells `mkdocs serve --dirty` whether its content changed since the last build.

    MkDocs counts every in-memory file as modified, so a dirty rebuild would
    still render every practice; with this, it renders only what an edit changed.
    """

    changed = True

    def is_modified(self) -> bool:
        return self.changed


def _digest(content: str | bytes) -> bytes:
    return hashlib.blake2b(content.encode() if isinstance(content, str) else content, digest_size=16).digest()


class PracticesPlugin(BasePlugin[PracticesConfig]):
    """Adds practice pages, listings and data files generated from the records."""

    dirty = False
    built: dict[str, bytes] = {}  # replaced at each build, never changed in place
    """Digest of each generated file at the last build, kept only for `mkdocs serve --dirty`."""

    def on_startup(self, *, command, dirty):
        self.dirty = dirty

    def on_config(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        self.records = self.root / self.config.records
        language = self.config.language or config.theme.get("language") or "en"
        edit_base = urljoin(config.repo_url.rstrip("/") + "/", self.config.edit_uri) if config.repo_url else None
        validate.topics.cache_clear()  # `mkdocs serve` re-reads the vocabulary on each rebuild
        messages.catalogue.cache_clear()  # and the interface words
        dates = _date_locale(self.config, language)
        self.options = site.Options(language=language, edit_base=edit_base, site_url=config.site_url, date_locale=dates)
        _warn_placeholders(config)
        return config

    def on_pre_build(self, config):
        # Checked before MkDocs empties the site folder, so that even a plain
        # `mkdocs build` leaves the previous site in place when a record is wrong.
        try:
            # Paths are shown, and edited, relative to the folder that holds the records folder.
            self.valid = validate.collect([self.records], self.records.parent)
        except RecordsInvalid as invalid:
            raise PluginError(invalid.report() + " Nothing was built.") from None

    def on_files(self, files: Files, config) -> Files:
        records = self.valid
        sources = {f"practices/{r.id}.md": r.path for r in records}
        built: dict[str, bytes] = {}
        for path, content in site.files(records, self.options).items():
            file = _GeneratedFile.generated(config, path, content=content)
            if self.dirty:
                built[path] = _digest(content)
                file.changed = self.built.get(path) != built[path]
            if path in sources:
                file.edit_uri = self._edit_uri(config, sources[path])
            files.append(file)
        self.built = built
        return files

    def _edit_uri(self, config, record_path: str) -> str:
        # MkDocs joins edit_uri (which points into the docs folder) with this
        # path; the record lives beside the docs folder.
        docs = Path(os.path.relpath(Path(config.docs_dir).resolve(), self.records.parent))
        return "../" * len(docs.parts) + record_path

    def on_page_markdown(self, markdown, page, config, files):
        if page.file.src_uri == "index.md" and home.MARKER in markdown:
            markdown = markdown.replace(home.MARKER, home.section(self.valid, self.options), 1)
        # Pagefind indexes pages in full, in chunks a reader fetches as needed;
        # Material's own index, which every reader would download whole, stays empty.
        search = page.meta.get("search", {})
        page.meta["pagefind"] = not search.get("exclude")
        page.meta["search"] = {**search, "exclude": True}
        return markdown

    def on_post_build(self, config):
        command = [sys.executable, "-m", "pagefind", "--site", config.site_dir, "--silent",
                   "--exclude-selectors", ".headerlink"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise PluginError(f"Pagefind could not index the site: {done.stderr or done.stdout}")

    def on_serve(self, server, config, builder):
        for folder in (self.records, render.TEMPLATES, validate.DATA):
            server.watch(str(folder))
        return server
