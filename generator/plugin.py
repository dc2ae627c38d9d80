"""The MkDocs adapter: hands the generated pages to MkDocs as virtual files.

All the work is done by the core (generator.site); these hooks only read the
settings, add the files, point each practice's "edit" link at its YAML record
and tell `mkdocs serve` which folders to watch.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote, urljoin

import jinja2
import jinja2.bccache
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator import blocks, home, messages, render, site, skeleton, theme, validate
from generator import language as site_language
from generator.errors import RecordsInvalid


class PracticesConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs leaves Config.__init_subclass__ untyped
    """Settings of the `practices` plugin in mkdocs.yml."""

    records = opt.Type(str, default="practices")
    """Folder of the YAML records, relative to mkdocs.yml."""
    edit_uri = opt.Type(str, default="edit/main/")
    """Path from repo_url to the editor of the repository's root, e.g. edit/main/."""
    language = opt.Optional(opt.Type(str))
    """Language of the generated text; defaults to the theme's language."""
    allow_empty = opt.Type(bool, default=False)
    """Build a site without any record (otherwise an empty records folder fails the build)."""
    date_locale = opt.Optional(opt.Type(str))
    """Locale of dates, e.g. en_GB for "26 November 2026"; defaults to the language's own."""


PLACEHOLDER_REPOSITORY = "example/good-practices"


def _warn_placeholders(config: MkDocsConfig) -> None:
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


def _date_locale(settings: PracticesConfig, language: str) -> str | None:
    """The configured date locale when it is a variant of the site's language (en_GB for en), else None."""
    chosen = settings.date_locale
    same = chosen and chosen.replace("-", "_").split("_")[0].lower() == language.replace("-", "_").split("_")[0].lower()
    return chosen if same else None


class _GeneratedFile(File):
    """A generated file, made only when MkDocs reads it, that tells `mkdocs serve --dirty` whether it changed.

    Its content comes from a function of the core (site.plan) called when
    MkDocs asks for it and forgotten once read, so that the site's pages never
    sit in memory all at once. MkDocs counts every in-memory file as modified,
    so a dirty rebuild would still render every practice; with `changed`, it
    renders only what an edit changed.
    """

    changed = True
    make: Callable[[], str | bytes] | None = None

    @classmethod
    def of(cls, config: MkDocsConfig, path: str, content: site.Made) -> _GeneratedFile:
        file = cast(_GeneratedFile, cls.generated(config, path, content=b"" if callable(content) else content))
        if callable(content):
            file.make = content
        return file

    def _made(self) -> str | bytes | None:
        return self.make() if self.make is not None else self._content

    @property
    def content_bytes(self) -> bytes:
        content = self._made()
        return content if isinstance(content, bytes) else (content or "").encode()

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self._content, self.make = value, None

    @property
    def content_string(self) -> str:
        content = self._made()
        return content if isinstance(content, str) else (content or b"").decode("utf-8-sig")

    @content_string.setter
    def content_string(self, value: str) -> None:
        self._content, self.make = value, None

    def copy_file(self, dirty: bool = False) -> None:
        if dirty and not self.is_modified():
            return  # unchanged since the last build of `mkdocs serve --dirty`: never made
        if self.make is not None:
            self._content, self.make = self.make(), None
        super().copy_file(dirty)
        self.release()

    def is_modified(self) -> bool:
        return self.changed

    def release(self) -> None:
        """Forget the content once MkDocs has read it: the page keeps its own copy."""
        self._content, self.make = "", None


# Links that hand-written pages use by reference ([words][propose-form]) into the repository named in
# mkdocs.yml, so that the pages need no editing when the site moves to another repository.
REPOSITORY_LINKS = {
    "propose-form": "issues/new?template=propose-a-practice.yml",
    "new-record": "new/main/practices",
    "contributing": "blob/main/CONTRIBUTING.md",
}


def repository_links(markdown: str, repo_url: str | None) -> str:
    """Markdown link definitions for the repository links a page refers to, or nothing without a repository."""
    if not repo_url or not repo_url.startswith("https://"):
        return ""
    base = repo_url.rstrip("/") + "/"
    used = [name for name in REPOSITORY_LINKS if f"][{name}]" in markdown]
    return "".join(f"\n[{name}]: <{quote(base + REPOSITORY_LINKS[name], safe=_LINK_SAFE)}>" for name in used)


# A link definition ends at > and must stay on one line: anything else than these is percent-encoded.
_LINK_SAFE = ":/?=&.-_~%"


def _fingerprint(content: site.Made, sources_key: str) -> bytes:
    """What tells `mkdocs serve --dirty` that a generated file changed: its inputs' key when it has one."""
    if isinstance(content, site.Later):
        return _digest(sources_key + content.key)  # never rendered unless an edit changed it
    return _digest(content() if callable(content) else content)


# What the generator reads besides the records (templates, vocabularies and data, translations): an edit of
# one can change every page, so `mkdocs serve` watches them and keys every page by them.
SOURCES = (render.TEMPLATES, validate.DATA, messages.LOCALES_PATH)


def _sources_key() -> str:
    """When and how big each file of SOURCES is, as one string."""
    found = [
        f"{path}:{path.stat().st_mtime_ns}:{path.stat().st_size}"
        for folder in SOURCES
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]
    return "\n".join(found)


def _digest(content: str | bytes) -> bytes:
    return hashlib.blake2b(content.encode() if isinstance(content, str) else content, digest_size=16).digest()


# Characters an address keeps as they are; everything else (quotes, <, >, spaces, braces) is percent-encoded.
_URL_SAFE = ":/?#[]@!$&()*+,;=%-._~"


def _escape_front_matter(page: Page) -> None:
    """HTML-escape a hand-written page's title and description, as the generator does for its own pages.

    Material prints both into the page (title, description, header) as they are.
    """
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key])
    if isinstance(page.meta.get("title"), str):
        page.title = page.meta["title"]


def _refuse_unsafe(path: str, files: Files, config: MkDocsConfig) -> None:
    """Stop the build if a generated path leaves the site or would replace a hand-written file."""
    from generator import output

    try:
        output.plain(path)  # the file is MkDocs' to write, into the site folder, under this path
    except output.OutputRefused as refused:
        raise PluginError(str(refused)) from None
    written = files.get_file_from_path(path)
    if written is not None:
        mine = f"{Path(config.docs_dir).name}/{written.src_uri}"
        raise PluginError(
            f"the generated page {path} would replace the hand-written file {mine}; rename or move that file"
        )


# A page path Pagefind's glob takes as it is; a page named otherwise makes it read every page instead.
_GLOB_SAFE = re.compile(r"[A-Za-z0-9._/-]+")


def pagefind_settings(site_dir: str, indexed: list[str] | None) -> dict[str, object]:
    """Pagefind's settings: the site, what it skips, and the pages to read when they are known.

    Pagefind indexes only what lies in data-pagefind-body, but it reads every
    page to find out: the checklists, half the pages, were half its time and
    memory. Given the pages that carry it (`indexed`), it reads only those
    (or a few more: a folder of many indexed pages is read whole), and the
    index comes out the same.
    """
    settings: dict[str, object] = {"site": os.path.abspath(site_dir), "exclude_selectors": [".headerlink"]}
    if indexed and all(_GLOB_SAFE.fullmatch(path) for path in indexed):
        settings["glob"] = "{" + ",".join(_glob_parts(indexed)) + "}"
    return settings


_MANY = 20  # pages of one folder from which the glob names the folder instead of each page


def _glob_parts(indexed: list[str]) -> list[str]:
    """The indexed pages as glob alternatives: `folder/*/index.html` for a folder of many, else each page."""
    by_folder: dict[str, list[str]] = {}
    for path in indexed:
        parts = path.split("/")
        folder = "/".join(parts[:-2]) if len(parts) > 2 and parts[-1] == "index.html" else path
        by_folder.setdefault(folder, []).append(path)
    out: list[str] = []
    for folder, paths in by_folder.items():
        out += [f"{folder}/*/index.html"] if len(paths) >= _MANY else paths
    return sorted(out)


def _pagefind(settings: dict[str, object], started: Callable[[subprocess.Popen[str]], None]) -> tuple[int, str]:
    """Run Pagefind with these settings, from a folder of its own (a list of pages fits no command line).

    `started` is told of the running Pagefind, and may end it.
    """
    with tempfile.TemporaryDirectory(prefix="pagefind-") as folder:
        Path(folder, "pagefind.json").write_text(json.dumps(settings), encoding="utf-8")
        command = [sys.executable, "-m", "pagefind", "--silent"]
        pipe = subprocess.PIPE
        with subprocess.Popen(command, cwd=folder, stdout=pipe, stderr=pipe, text=True) as run:
            started(run)
            said, complaint = run.communicate()
        return run.returncode, complaint or said


def index(
    site_dir: str, indexed: list[str], started: Callable[[subprocess.Popen[str]], None] = lambda run: None
) -> str | None:
    """Index the site with Pagefind; None when done, else what Pagefind said."""
    settings = pagefind_settings(site_dir, indexed)
    code, said = _pagefind(settings, started)
    if code > 0 and "glob" in settings:  # a glob Pagefind refuses: let it read every page (not when ended)
        code, said = _pagefind({key: value for key, value in settings.items() if key != "glob"}, started)
    return None if code == 0 else said or f"Pagefind ended with {code}"


class _CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates compiled once per process, not once per build.

    MkDocs makes the theme's Jinja environment again for every build, and
    compiling Material's templates was a tenth of a `mkdocs serve` rebuild.
    Jinja checks each template's source against the checksum kept with its
    code, so an edited template is compiled again.
    """

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.kept:
            bucket.bytecode_from_string(self.kept[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


class _Indexer:
    """Pagefind run beside `mkdocs serve`, so that an edited page reloads without waiting for the index.

    A rebuild first ends the run still indexing the site as it was (its index
    would be out of date, and Pagefind must not read pages being written),
    then starts one over the rebuilt site; a reader's next search after that
    run finds the edited words.
    """

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.runs: list[subprocess.Popen[str]] = []
        self.ending = False

    def start(self, site_dir: str, indexed: list[str]) -> None:
        self.stop()
        self.thread = threading.Thread(target=self._run, args=(site_dir, indexed), name="pagefind", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """End the run under way, if any, and wait until it has ended."""
        self.ending = True
        for run in self.runs:
            if run.poll() is None:
                run.terminate()  # `python -m pagefind` becomes Pagefind itself (exec)
        if self.thread is not None:
            self.thread.join()
        self.thread, self.runs, self.ending = None, [], False

    def _run(self, site_dir: str, indexed: list[str]) -> None:
        failed = index(site_dir, indexed, self.runs.append)
        if failed and not self.ending:
            print(f"WARNING -  Pagefind could not index the site: {failed}", file=sys.stderr)


def _render_generated(page: Page, config: MkDocsConfig, files: Files) -> None:
    """Render a generated page's skeleton without Python-Markdown when it can be, else as MkDocs renders any page."""
    if not skeleton.render(page, config, files):
        Page.render(page, config, files)


class PracticesPlugin(BasePlugin[PracticesConfig]):  # type: ignore[no-untyped-call]  # as PracticesConfig
    """Adds practice pages, listings and data files generated from the records."""

    dirty = False
    serving = False
    asides: dict[str, blocks.Aside]
    built: dict[str, bytes] = {}  # replaced at each build, never changed in place
    """Digest of each generated file at the last build, kept only for `mkdocs serve --dirty`."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty
        self.serving = command == "serve"

    def __init__(self) -> None:
        super().__init__()
        self.asides = {}
        self.read: validate.Memo = {}  # what each record file held, kept across `mkdocs serve` rebuilds
        self.searchable: dict[str, bool] = {}  # page -> indexed by Pagefind, kept across `mkdocs serve` rebuilds
        self.indexer = _Indexer()
        self.sources_read: str | None = None  # the SOURCES as the vocabulary and words were last read from them
        self.sources_key = ""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path).resolve().parent
        self.records = self.root / self.config.records
        language = site_language.chosen(self.config.language, config.theme.get("language"))
        edit_base = urljoin(config.repo_url.rstrip("/") + "/", self.config.edit_uri) if config.repo_url else None
        self.sources_key = _sources_key()
        messages.new_build()
        if self.sources_key != self.sources_read:  # `mkdocs serve` reads an edited vocabulary or translation again
            validate.reread_vocabulary()
            messages.catalogue.cache_clear()
            self.sources_read = self.sources_key
        dates = _date_locale(self.config, language)
        try:
            self.options = site.Options(
                language=language, edit_base=edit_base, site_url=config.site_url, date_locale=dates
            )
        except RecordsInvalid as invalid:
            raise PluginError(invalid.report() + " Nothing was built.") from None
        theme.localise(config, language)  # navigation titles, site name, heading links
        _warn_placeholders(config)
        return config

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        env.globals.update(theme.template_globals(self.options.language))
        env.bytecode_cache = _COMPILED
        return env

    def on_pre_build(self, config: MkDocsConfig) -> None:
        # Checked before MkDocs empties the site folder, so that even a plain
        # `mkdocs build` leaves the previous site in place when a record is wrong.
        self.indexer.stop()  # MkDocs may empty or rewrite the site Pagefind is still reading
        if not self.dirty:  # every page is built again: forget the last build's
            self.searchable = {}
        try:
            # Paths are shown, and edited, relative to the folder that holds the records folder.
            self.valid = validate.collect(
                [self.records],
                self.records.parent,
                allow_empty=self.config.allow_empty,
                memo=self.read if self.serving else None,  # MkDocs keeps this plugin from one build to the next
            )
            if not self.serving:  # where each value stood serves only problem reports: made above, unless serving
                for record in self.valid:
                    record.places, record.key_places = {}, {}
        except RecordsInvalid as invalid:
            raise PluginError(invalid.report() + " Nothing was built.") from None

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        records = self.valid
        sources = {f"practices/{r.id}.md": r.path for r in records}
        built: dict[str, bytes] = {}
        sources_key = self.sources_key if self.dirty else ""
        up = self._records_from_docs(config)
        for path, content in site.plan(records, self.options).items():
            _refuse_unsafe(path, files, config)
            file = _GeneratedFile.of(config, path, content)
            if self.dirty:
                built[path] = _fingerprint(content, sources_key)
                file.changed = self.built.get(path) != built[path]
            if path in sources:
                file.edit_uri = up + quote(sources[path])
            files.append(file)
        self.built = built
        return files

    def _records_from_docs(self, config: MkDocsConfig) -> str:
        """How to go from the docs folder up to the folder that holds the records folder, as `../`s.

        MkDocs joins edit_uri (which points into the docs folder) with a page's
        path; a record lives beside the docs folder.
        """
        docs = Path(os.path.relpath(Path(config.docs_dir).resolve(), self.records.parent))
        return "../" * len(docs.parts)

    def on_page_context(
        self, context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        # Material prints page.edit_url into an attribute as it is; a folder or file name, ours or
        # a hand-written page's, must not be able to close the attribute.
        if page.edit_url:
            page.edit_url = quote(page.edit_url, safe=_URL_SAFE)
        return context

    def on_pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> Page:
        if isinstance(page.file, _GeneratedFile):
            page.render = functools.partial(_render_generated, page)  # type: ignore[method-assign]
        return page

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if page.file.src_uri == "index.md" and home.MARKER in markdown:
            markdown = markdown.replace(home.MARKER, home.section(self.valid, self.options), 1)
        # Pagefind indexes pages in full, in chunks a reader fetches as needed;
        # Material's own index, which every reader would download whole, stays empty.
        if not isinstance(page.file, _GeneratedFile):
            _escape_front_matter(page)
        search = page.meta.get("search", {})
        page.meta["pagefind"] = not search.get("exclude")
        page.meta["search"] = {**search, "exclude": True}
        if isinstance(page.file, _GeneratedFile):
            page.file.release()
            # The generated HTML blocks pass Markdown by; only the page's skeleton is parsed.
            markdown, self.asides[page.file.src_uri] = blocks.set_aside(markdown)
        return markdown + repository_links(markdown, config.repo_url)

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        aside = self.asides.get(page.file.src_uri)
        if aside is not None:
            if page.present_anchor_ids is not None:
                page.present_anchor_ids |= aside.anchors()
            html = aside.put_back_headings(html)  # the theme adds a title heading to a page without one
            aside.pack()  # MkDocs keeps every page's content until it writes them all
        return html

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        self.searchable[page.file.dest_uri] = bool(page.meta.get("pagefind"))
        aside = self.asides.pop(page.file.src_uri, None)
        return output if aside is None else blocks.put_back(output, aside)

    def on_post_build(self, config: MkDocsConfig) -> None:
        site_dir = Path(config.site_dir)
        indexed = [page for page, yes in self.searchable.items() if yes and (site_dir / page).is_file()]
        if self.serving:  # the reader sees the edited page at once, and finds its words a moment later
            self.indexer.start(config.site_dir, indexed)
            return
        failed = index(config.site_dir, indexed)
        if failed:
            raise PluginError(f"Pagefind could not index the site: {failed}")

    def on_shutdown(self) -> None:
        self.indexer.stop()

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., Any]) -> LiveReloadServer:
        for folder in (self.records, *SOURCES):
            server.watch(str(folder))
        return server
