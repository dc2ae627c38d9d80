"""The `practices` command line: a thin layer of subcommands over the core.

A click group with one function per command; each command's help is its docstring.
Exit codes: 0 when all is well, 1 when records (or links) have problems,
2 when the command itself was used wrongly. Tracebacks only with --debug.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from generator import validate
from generator.errors import Problem, RecordsInvalid, excerpt, report, summary
from generator.records import find, id_rule, is_id, scan, slug

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

EXIT_OK, EXIT_PROBLEMS = 0, 1  # and 2, click's own, for every UsageError


class UsageError(click.UsageError):
    """The command was called wrongly: one line, `practices COMMAND: what was wrong`, and exit 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message, click.get_current_context(silent=True))

    def show(self, file: IO[Any] | None = None) -> None:
        where = self.ctx.command_path if self.ctx is not None else "practices"
        click.echo(f"{where}: {self.format_message()}", file=file, err=True)


class _Commands(click.Group):
    """The commands in the order they are defined, each listed with its help's whole first line.

    An unexpected error in a command is one sentence and exit 1; its traceback only with --debug.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        cmd.short_help = cmd.short_help or (cmd.help or "").splitlines()[0]  # not cut short with ...
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:  # a sentence for the user, the traceback only on request
            if ctx.params["debug"]:
                raise
            where = f"{ctx.command_path} {ctx.invoked_subcommand}"
            click.echo(f"{where}: unexpected error: {error} (run with --debug for details)", err=True)
            ctx.exit(EXIT_PROBLEMS)


@click.group(
    "practices", cls=_Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.option("--debug", is_flag=True, help="show tracebacks of unexpected errors")
def cli(debug: bool) -> None:
    """The `practices` command line: a thin layer of subcommands over the core."""


@cli.result_callback()
def _exit(code: int, debug: bool) -> None:
    """Leave with the command's exit code (click alone would leave with 0)."""
    click.get_current_context().exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (the `practices` script, `python -m generator`) and return its exit code."""
    try:
        cli.main(args=argv, prog_name="practices")
    except SystemExit as done:  # click leaves through sys.exit, also when all went well
        return EXIT_OK if done.code is None else done.code if isinstance(done.code, int) else EXIT_PROBLEMS
    return EXIT_OK


def _debug() -> bool:
    return bool(click.get_current_context().find_root().params["debug"])


# --- practices validate ---------------------------------------------------------------------------------------


def _human(problems: list[Problem], count: int) -> str:
    if not problems:
        return "The 1 record is valid." if count == 1 else f"All {count} records are valid."
    return report(problems)


def _human_with_details(problems: list[Problem], count: int) -> str:
    """The human report with the parser's own words under each plain-language syntax message."""
    if not problems:
        return _human(problems, count)
    lines = []
    for p in problems:
        lines.append(str(p))
        if p.detail:
            lines.append(f"    (libyaml: {p.detail})")
    return report(problems, lines)


def _json(problems: list[Problem], count: int) -> str:
    rows = [
        {"file": p.file, "line": p.line, "column": p.column, "field": p.field, "message": p.message} for p in problems
    ]
    return json.dumps({"valid": not problems, "records": count, "problems": rows}, ensure_ascii=False, indent=2)


def _github(problems: list[Problem], count: int) -> str:
    if not problems:
        return _human(problems, count)
    return report(problems, map(_annotation, problems))


def _annotation(p: Problem) -> str:
    where = f"file={_prop(p.file)},line={p.line},col={p.column},title={_prop(p.field or 'record')}"
    return f"::error {where}::{_data(p.message)}"


def _data(text: str) -> str:
    """Escape a workflow command's message as GitHub requires."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    """Escape a workflow command's property value as GitHub requires."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _github_summary(problems: list[Problem], count: int) -> None:
    # Only ten annotations per step are shown, so the job summary lists them all.
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    lines = ["## Practice records", ""]
    if not problems:
        lines.append(f"All {count} records are valid.")
    else:
        lines += [summary(problems), "", "| File | Line | Column | Field | Problem |", "|---|---|---|---|---|"]
        lines += [
            f"| {_cell(p.file)} | {p.line} | {p.column} | {_cell(p.field)} | {_cell(p.message)} |" for p in problems
        ]
    with open(path, "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


FORMATS = {"human": _human, "github": _github, "json": _json}


@cli.command("validate")
@click.argument("paths", nargs=-1, default=["practices"])
@click.option(
    "--format", "form", type=click.Choice(sorted(FORMATS)), default="human", help="output format (default: human)"
)
@click.option("--allow-empty", is_flag=True, help="accept a folder without any record")
def validate_command(paths: tuple[str, ...], form: str, allow_empty: bool) -> int:
    """Check records and report every problem.

    PATHS are record files or folders (default: practices).

    \b
    Example: practices validate practices/ --format github
    """
    folders = _existing(paths)
    count = len(find(folders))
    try:
        validate.collect(folders, Path.cwd(), workers=os.cpu_count() or 1, allow_empty=allow_empty)
        problems: list[Problem] = []
    except RecordsInvalid as invalid:
        problems = invalid.problems
    if form == "human" and _debug():
        click.echo(_human_with_details(problems, count))
    else:
        click.echo(FORMATS[form](problems, count))
    if form == "github":
        _github_summary(problems, count)
    return EXIT_PROBLEMS if problems else EXIT_OK


# --- practices new ----------------------------------------------------------------------------------------------


@cli.command("new")
@click.argument("title")
@click.option("--id", "record_id", help="the id (file name) to use instead of one made from the title")
@click.option("--folder", default="practices", help="where to write the record (default: practices)")
@click.option("--date", help="the date for added and last_reviewed (default: today)")
def new_command(title: str, record_id: str | None, folder: str, date: str | None) -> int:
    """Write a new record with every field present, explained, and marked TODO where you must fill it in.

    TITLE is the practice's title, in quotes. The file name (the practice's id) is made from
    the title; an existing file is never overwritten.

    \b
    Example: practices new "Reggio Emilia – South Africa: from solidarity to economic development"
    """
    record_id = record_id if record_id is not None else slug(title)
    if not record_id:
        raise UsageError("the title has no letters or digits to make an id from; give one with --id")
    if not is_id(record_id):
        raise UsageError(id_rule(record_id, "id") + "; nothing was written")
    today = date or datetime.date.today().isoformat()
    if not _is_day(today):
        raise UsageError(f"--date {excerpt(today)} is not a date written YYYY-MM-DD; nothing was written")
    target = Path(folder) / f"{record_id}.yml"
    if target.exists():
        click.echo(f"{target} already exists; nothing was written. Choose another title or --id.", err=True)
        return EXIT_PROBLEMS
    from generator import render

    # YAML, not HTML: the text environment, so a folder such as "a&b" is written as it is.
    text = (
        render.text_environment()
        .get_template("new-record.yml.j2")
        .render(title=json.dumps(title, ensure_ascii=False), today=today, path=target.as_posix())
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {target}. Replace every TODO, then run: practices validate {target}")
    return EXIT_OK


def _is_day(text: str) -> bool:
    try:
        return len(text) == 10 and datetime.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


# --- practices import -------------------------------------------------------------------------------------------


@cli.command("import")
@click.argument("page", default="-", required=False)
@click.option("--title", help="the practice's title, for pages whose text lacks one")
@click.option("--url", help="the address of the page you copied, written as the draft's source")
@click.option(
    "--site-page",
    metavar="FILE",
    help="the copied text of another page of the same site: the lines both pages share are taken out as its furniture",
)
@click.option("--output", help="where to write the draft (default: practices/<id>.yml)")
@click.option("--force", is_flag=True, help="replace the draft file if it exists")
def import_command(
    page: str, title: str | None, url: str | None, site_page: str | None, output: str | None, force: bool
) -> int:
    """Turn the copied text of a good-practice web page into a draft record, and report what was placed and guessed.

    PAGE is the text file of the copied page (default: - for stdin). Select all the text of
    the page in the browser, copy it into a text file, then import it. Text that fits no
    field is kept as comments at the end of the draft; an existing file is replaced only
    with --force. A site the importer does not know leaves its own furniture (its name,
    its footer, its share words) in the draft: copy a second page of the same site and give
    it with --site-page, and what both pages say goes.

    \b
    Example: practices import page.txt --url https://www.interregeurope.eu/good-practices/repair-vouchers
    """
    from generator import importer

    if url is not None and not _is_address(url):
        raise UsageError(f"--url {excerpt(url)} is not a web address; give the page's address, http(s)://host/path")
    if page == "-" and site_page == "-":
        raise UsageError("the page and --site-page cannot both be standard input; save one of them as a file")
    text, refused = _readable_page(page)
    if refused:
        click.echo(refused, err=True)
        return EXIT_PROBLEMS
    other = _other_page(site_page) if site_page is not None else None
    draft = importer.draft(text, title=title, source=url, site_page=other)
    if draft.id == "untitled-practice" and not title:
        click.echo("Warning: no title found; the draft is named untitled-practice. Give one with --title.", err=True)
    target = Path(output or f"practices/{draft.id}.yml")
    if target.exists() and not force:
        click.echo(f"{target} already exists; nothing was written. Use --force to replace it, or --output.", err=True)
        return EXIT_PROBLEMS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(draft.yaml, encoding="utf-8")
    click.echo(draft.report_text())
    click.echo(f"Wrote {target}. Replace every TODO, then run: practices validate {target}")
    return EXIT_OK


def _readable_page(page: str) -> tuple[str, str | None]:
    """A copied page's text, or why it cannot be imported (a folder, empty, no words, over 1 MB), said in full."""
    from generator import importer

    if page != "-" and Path(page).is_dir():
        return "", f"{page} is a folder; give a file: the copied text of one page"
    text, size = _page_text(page, importer.MAX_BYTES)
    refused = importer.refusal(text, size)
    return text, (f"{page}: {refused}. Nothing was written." if refused else None)


def _other_page(path: str) -> str:
    """The text of the other page of the site, refused as the page itself would be, as a usage error."""
    text, refused = _readable_page(path)
    if refused:
        raise UsageError(f"--site-page {refused}")
    return text


def _is_address(text: str) -> bool:
    """Whether a text is a web address as the record schema accepts one for a source."""
    rule = validate.schema()["$defs"]["url"]
    return len(text) <= rule["maxLength"] and re.fullmatch(rule["pattern"], text) is not None


def _page_text(page: str, limit: int) -> tuple[str, int]:
    """The page's text ("" when over the limit, unread) and its size in bytes; "-" is standard input."""
    try:
        if page == "-":
            text = sys.stdin.read(limit + 1)
            return text, len(text.encode("utf-8"))
        size = _existing([page])[0].stat().st_size
        return ("" if size > limit else Path(page).read_text(encoding="utf-8")), size
    except UnicodeDecodeError:
        raise UsageError(f"{page} is not UTF-8 text; save it as UTF-8") from None


# --- practices build --------------------------------------------------------------------------------------------


@cli.command("build")
@click.option("--config", default="mkdocs.yml", help="MkDocs configuration (default: mkdocs.yml)")
@click.option("--site-dir", default="site", help="folder of the built site (default: site)")
def build_command(config: str, site_dir: str) -> int:
    """Build the whole site with MkDocs, strictly; replace the site folder only if all went well.

    A failed build leaves the previous site as it was. The site folder must be new, empty or
    an earlier build's; two builds of the same folder run one after the other.

    \b
    Example: practices build --site-dir site
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from generator import output

    os.environ.setdefault("SOURCE_DATE_EPOCH", _commit_time())
    config_file = _existing([config])[0]
    try:
        settings = load_config(config_file.as_posix(), strict=True)
    except MkDocsException as error:
        raise UsageError(str(error)) from None
    sources, projects = _project_folders(settings, config_file)
    target = _target(Path(site_dir), sources, projects)
    with output.locked(target), _mkdocs_warnings():
        _target(Path(site_dir), sources, projects)  # again: another run may have written it since
        staging = output.staging(target)
        settings["site_dir"] = str(staging)
        try:
            build(settings)
        except MkDocsException as error:
            output.discard_staging(staging)
            click.echo(f"{error}\nThe site was not changed.", err=True)
            return EXIT_PROBLEMS
        except BaseException:  # a crash half-way (a template error, Ctrl-C) must not leave half a site behind
            output.discard_staging(staging)
            raise
        _swap(lambda: output.replace(staging, target))
    click.echo(f"Built the site into {site_dir}/.")
    return EXIT_OK


def _project_folders(config: MkDocsConfig, config_file: Path) -> tuple[dict[str, Path], list[Path]]:
    """The folders a site folder may never touch: docs, records, templates; and the project's roots."""
    from generator import render

    base = config_file.resolve().parent
    sources = {"the docs folder": Path(config["docs_dir"]), "the templates": render.TEMPLATES}
    plugin = config["plugins"].get("practices")
    if plugin is not None:
        sources["the records folder"] = base / plugin.config.records
    theme_dir = config["theme"].custom_dir
    if theme_dir:
        sources["the theme folder"] = Path(theme_dir)
    return sources, [base, Path.cwd()]


@contextlib.contextmanager
def _mkdocs_warnings() -> Iterator[None]:
    """Warnings and errors of MkDocs reach the user during a build; its page-by-page news does not."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _commit_time() -> str:
    """The last commit's time, so that two builds of one commit are identical."""
    try:
        done = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True)
        return done.stdout.strip() or "0"
    except (OSError, subprocess.CalledProcessError):
        return "0"


# --- practices render -------------------------------------------------------------------------------------------


@cli.command("render")
@click.argument("folder")
@click.option("--records", default="practices", help="folder of records (default: practices)")
@click.option("--language", help="language of the generated text (default: the one mkdocs.yml gives, else en)")
@click.option("--config", default="mkdocs.yml", help="MkDocs configuration, for the language (default: mkdocs.yml)")
@click.option("--site-url", help="the site's public address, for feeds and links in the data files")
@click.option("--allow-empty", is_flag=True, help="accept a folder without any record")
def render_command(
    folder: str, records: str, language: str | None, config: str, site_url: str | None, allow_empty: bool
) -> int:
    """Write the generated Markdown pages and data files to a folder, for any site engine.

    FOLDER is the folder to write the pages into. It is replaced as a whole, so it must be a
    new or empty folder or one that an earlier render wrote; never the project's own folders.

    \b
    Example: practices render build/pages --site-url https://example.org/practices/
    """
    from generator import output, render, site

    records_folder = _existing([records])[0]
    sources = {
        "the records folder": records_folder,
        "the templates": render.TEMPLATES,
        "the docs folder": Path("content"),
    }
    target = _target(Path(folder), sources, [Path.cwd(), records_folder])
    try:
        options = site.Options(language=_language(language, config), site_url=site_url)
        generated = site.build(records_folder, options, Path.cwd(), allow_empty=allow_empty)
    except RecordsInvalid as invalid:
        click.echo(invalid.report() + " Nothing was written.", err=True)
        return EXIT_PROBLEMS
    with output.locked(target):
        _target(Path(folder), sources, [Path.cwd(), records_folder])  # again: another run may have written it since
        _swap(lambda: site.write(generated, target))
    click.echo(f"Wrote {len(generated)} files to {folder}.")
    return EXIT_OK


def _language(code: str | None, config: str) -> str:
    """--language when given, else the site's language from mkdocs.yml, as a build would use it."""
    from generator import language

    if code is None:
        return language.from_config(Path(config))
    if not language.is_code(code):
        raise UsageError(f"--language must be a language code such as it or pt-BR, found {code[:40]!r}")
    return code


def _target(folder: Path, sources: dict[str, Path], projects: list[Path]) -> Path:
    """The resolved output folder, or a usage error saying why it may not be replaced."""
    from generator import output

    sources = {**sources, "the generator": Path(__file__).parent, "the git folder": Path(".git")}
    try:
        return output.check(folder, {k: v.resolve() for k, v in sources.items()}, output.project_roots(*projects))
    except output.OutputRefused as refused:
        raise UsageError(f"{refused}. Nothing was written.") from None


def _swap(write: Callable[[], object]) -> None:
    from generator import output

    try:
        write()
    except (output.OutputRefused, output.SwapFailed) as error:
        raise UsageError(str(error)) from None


# --- practices preview ------------------------------------------------------------------------------------------


@cli.command("preview")
@click.argument("paths", nargs=-1)
@click.option("--records", default="practices", help="folder of records (default: practices)")
@click.option("--config", default="mkdocs.yml", help="MkDocs configuration, for the language (default: mkdocs.yml)")
@click.option("--site-link", help="address of the built site uploaded beside the summary")
def preview_command(paths: tuple[str, ...], records: str, config: str, site_link: str | None) -> int:
    """Print the changed practices as their pages will read, in Markdown, for a pull request's summary.

    PATHS are the changed record files. Every record under --records is checked first, so ids
    are compared across the collection; files given that no longer exist (deleted in the pull
    request) are skipped.

    \b
    Example: practices preview practices/night-buses.yml --site-link https://github.com/o/r/actions/runs/1
    """
    from generator import preview, site

    if site_link and not re.fullmatch(r"https://[^\s()<>\[\]]+", site_link):
        raise UsageError(f"--site-link must be an https:// address, found {site_link[:80]!r}")
    folder = _existing([records])[0]
    try:
        collection = validate.collect([folder], Path.cwd())
    except RecordsInvalid as invalid:
        click.echo(invalid.report(), err=True)
        return EXIT_PROBLEMS
    wanted = {Path(p).resolve() for p in paths if Path(p).suffix == ".yml" and Path(p).is_file()}
    changed = [r for r in collection if (Path.cwd() / r.path).resolve() in wanted]
    options = site.Options(language=preview.site_language(Path(config)))
    click.echo(preview.report(changed, options, site_link), nl=False)
    return EXIT_OK


# --- practices links --------------------------------------------------------------------------------------------


@cli.command("links")
@click.argument("paths", nargs=-1, default=["practices"])
@click.option("--timeout", type=float, default=15.0, help="seconds to wait for each answer (default: 15)")
@click.option("--workers", type=int, default=8, help="addresses asked at the same time (default: 8)")
def links_command(paths: tuple[str, ...], timeout: float, workers: int) -> int:
    """Check that the web addresses in records still answer; list each dead one with its file and line.

    PATHS are records or folders (default: practices). Needs the network, so it is not part of
    the build; CI runs it once a week. Only public hosts are asked: an address that is, or
    redirects to, a loopback, private, link-local, reserved or multicast address is listed as
    not checked.

    \b
    Example: practices links practices --timeout 20
    """
    return check_links(paths, timeout, workers)


def check_links(paths: Sequence[str], timeout: float, workers: int, allow_loopback: bool = False) -> int:
    """What `practices links` does; only a test passes allow_loopback, to ask its own server on 127.0.0.1."""
    from generator import links

    files, problems = scan(_existing(paths))
    found, unreadable = links.collect(files, Path.cwd())
    problems += unreadable
    problems += links.check(found, timeout=timeout, workers=workers, allow_loopback=allow_loopback)
    if not problems:
        click.echo(f"All {len(found)} links in {len(files)} records answer.")
        return EXIT_OK
    click.echo(report(problems))
    return EXIT_PROBLEMS


def _existing(paths: Sequence[str]) -> list[Path]:
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    return [Path(p) for p in paths]
