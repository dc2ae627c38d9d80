"""The `practices` command line: a thin layer of subcommands over the core.

Exit codes: 0 when all is well, 1 when records (or links) have problems,
2 when the command itself was used wrongly. Tracebacks only with --debug.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from generator import validate
from generator.errors import Problem, RecordsInvalid, excerpt, summary
from generator.records import find, id_rule, is_id, scan, slug

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """The command was called wrongly; the message says how to call it."""


def cmd_validate(args: argparse.Namespace) -> int:
    """Check records and report every problem.

    Example: practices validate practices/ --format github
    """
    paths = _existing(args.paths)
    count = len(find(paths))
    try:
        validate.collect(paths, Path.cwd(), workers=os.cpu_count() or 1, allow_empty=args.allow_empty)
        problems: list[Problem] = []
    except RecordsInvalid as invalid:
        problems = invalid.problems
    if args.format == "human" and args.debug:
        print(_human_with_details(problems, count))
    else:
        print(FORMATS[args.format](problems, count))
    if args.format == "github":
        _github_summary(problems, count)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _human(problems: list[Problem], count: int) -> str:
    if not problems:
        return "The 1 record is valid." if count == 1 else f"All {count} records are valid."
    return "\n".join([*map(str, problems), summary(problems)])


def _human_with_details(problems: list[Problem], count: int) -> str:
    """The human report with the parser's own words under each plain-language syntax message."""
    if not problems:
        return _human(problems, count)
    lines = []
    for p in problems:
        lines.append(str(p))
        if p.detail:
            lines.append(f"    (libyaml: {p.detail})")
    return "\n".join([*lines, summary(problems)])


def _json(problems: list[Problem], count: int) -> str:
    rows = [
        {"file": p.file, "line": p.line, "column": p.column, "field": p.field, "message": p.message} for p in problems
    ]
    return json.dumps({"valid": not problems, "records": count, "problems": rows}, ensure_ascii=False, indent=2)


def _github(problems: list[Problem], count: int) -> str:
    if not problems:
        return _human(problems, count)
    lines = [_annotation(p) for p in problems]
    return "\n".join([*lines, summary(problems)])


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


def cmd_links(args: argparse.Namespace, allow_loopback: bool = False) -> int:
    """Check that the web addresses in records still answer; list each dead one with its file and line.

    Needs the network, so it is not part of the build; CI runs it once a week. Only public
    hosts are asked: an address that is, or redirects to, a loopback, private, link-local,
    reserved or multicast address is listed as not checked.
    Example: practices links practices --timeout 20
    """
    from generator import links

    files, problems = scan(_existing(args.paths))
    found, unreadable = links.collect(files, Path.cwd())
    problems += unreadable
    problems += links.check(found, timeout=args.timeout, workers=args.workers, allow_loopback=allow_loopback)
    if not problems:
        print(f"All {len(found)} links in {len(files)} records answer.")
        return EXIT_OK
    print("\n".join([*map(str, problems), summary(problems)]))
    return EXIT_PROBLEMS


def cmd_render(args: argparse.Namespace) -> int:
    """Write the generated Markdown pages and data files to a folder, for any site engine.

    The folder is replaced as a whole, so it must be a new or empty folder or one
    that an earlier render wrote; never the project's own folders.
    Example: practices render build/pages --site-url https://example.org/practices/
    """
    from generator import output, render, site

    records = _existing([args.records])[0]
    sources = {"the records folder": records, "the templates": render.TEMPLATES, "the docs folder": Path("content")}
    target = _target(Path(args.folder), sources, [Path.cwd(), records])
    try:
        options = site.Options(language=_language(args), site_url=args.site_url)
        generated = site.build(records, options, Path.cwd(), allow_empty=args.allow_empty)
    except RecordsInvalid as invalid:
        print(invalid.report() + " Nothing was written.", file=sys.stderr)
        return EXIT_PROBLEMS
    with output.locked(target):
        _target(Path(args.folder), sources, [Path.cwd(), records])  # again: another run may have written it since
        _swap(lambda: site.write(generated, target))
    print(f"Wrote {len(generated)} files to {args.folder}.")
    return EXIT_OK


def _language(args: argparse.Namespace) -> str:
    """--language when given, else the site's language from mkdocs.yml, as a build would use it."""
    from generator import language

    if args.language is None:
        return language.from_config(Path(args.config))
    if not language.is_code(args.language):
        raise UsageError(f"--language must be a language code such as it or pt-BR, found {args.language[:40]!r}")
    return cast(str, args.language)


def cmd_preview(args: argparse.Namespace) -> int:
    """Print the changed practices as their pages will read, in Markdown, for a pull request's summary.

    Every record under --records is checked first, so ids are compared across the collection;
    files given that no longer exist (deleted in the pull request) are skipped.
    Example: practices preview practices/night-buses.yml --site-link https://github.com/o/r/actions/runs/1
    """
    from generator import preview, site

    if args.site_link and not re.fullmatch(r"https://[^\s()<>\[\]]+", args.site_link):
        raise UsageError(f"--site-link must be an https:// address, found {args.site_link[:80]!r}")
    folder = _existing([args.records])[0]
    try:
        records = validate.collect([folder], Path.cwd())
    except RecordsInvalid as invalid:
        print(invalid.report(), file=sys.stderr)
        return EXIT_PROBLEMS
    wanted = {Path(p).resolve() for p in args.paths if Path(p).suffix == ".yml" and Path(p).is_file()}
    changed = [r for r in records if (Path.cwd() / r.path).resolve() in wanted]
    options = site.Options(language=preview.site_language(Path(args.config)))
    print(preview.report(changed, options, args.site_link), end="")
    return EXIT_OK


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


def cmd_build(args: argparse.Namespace) -> int:
    """Build the whole site with MkDocs, strictly; replace the site folder only if all went well.

    A failed build leaves the previous site as it was. The site folder must be new, empty or
    an earlier build's; two builds of the same folder run one after the other.
    Example: practices build --site-dir site
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from generator import output

    _quiet_mkdocs()
    os.environ.setdefault("SOURCE_DATE_EPOCH", _commit_time())
    config_file = _existing([args.config])[0]
    try:
        config = load_config(config_file.as_posix(), strict=True)
    except MkDocsException as error:
        raise UsageError(str(error)) from None
    sources, projects = _project_folders(config, config_file)
    target = _target(Path(args.site_dir), sources, projects)
    with output.locked(target):
        _target(Path(args.site_dir), sources, projects)
        staging = output.staging(target)
        config["site_dir"] = str(staging)
        try:
            build(config)
        except MkDocsException as error:
            output.discard_staging(staging)
            print(f"{error}\nThe site was not changed.", file=sys.stderr)
            return EXIT_PROBLEMS
        except BaseException:  # a crash half-way (a template error, Ctrl-C) must not leave half a site behind
            output.discard_staging(staging)
            raise
        _swap(lambda: output.replace(staging, target))
    print(f"Built the site into {args.site_dir}/.")
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


def _quiet_mkdocs() -> None:
    # Warnings and errors reach the user; MkDocs's page-by-page news does not.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)


def _commit_time() -> str:
    """The last commit's time, so that two builds of one commit are identical."""
    try:
        done = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True)
        return done.stdout.strip() or "0"
    except (OSError, subprocess.CalledProcessError):
        return "0"


def cmd_new(args: argparse.Namespace) -> int:
    """Write a new record with every field present, explained, and marked TODO where you must fill it in.

    The file name (the practice's id) is made from the title; an existing file is never overwritten.
    Example: practices new "Reggio Emilia – South Africa: from solidarity to economic development"
    """
    record_id = args.id if args.id is not None else slug(args.title)
    if not record_id:
        raise UsageError("the title has no letters or digits to make an id from; give one with --id")
    if not is_id(record_id):
        raise UsageError(id_rule(record_id, "id") + "; nothing was written")
    today = args.date or datetime.date.today().isoformat()
    if not _is_day(today):
        raise UsageError(f"--date {excerpt(today)} is not a date written YYYY-MM-DD; nothing was written")
    target = Path(args.folder) / f"{record_id}.yml"
    if target.exists():
        print(f"{target} already exists; nothing was written. Choose another title or --id.", file=sys.stderr)
        return EXIT_PROBLEMS
    from generator import render

    # YAML, not HTML: the text environment, so a folder such as "a&b" is written as it is.
    text = (
        render.text_environment()
        .get_template("new-record.yml.j2")
        .render(title=json.dumps(args.title, ensure_ascii=False), today=today, path=target.as_posix())
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"Wrote {target}. Replace every TODO, then run: practices validate {target}")
    return EXIT_OK


def _is_day(text: str) -> bool:
    try:
        return len(text) == 10 and datetime.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def cmd_import(args: argparse.Namespace) -> int:
    """Turn the copied text of a good-practice web page into a draft record, and report what was placed and guessed.

    Select all the text of the page in the browser, copy it into a text file, then import it.
    Text that fits no field is kept as comments at the end of the draft; an existing file is
    replaced only with --force.
    Example: practices import page.txt --title "Repair vouchers for households in Graz"
    """
    from generator import importer

    if args.page != "-" and Path(args.page).is_dir():
        print(f"{args.page} is a folder; give a file: the copied text of one page", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        if args.page == "-":
            text = sys.stdin.read(importer.MAX_BYTES + 1)
            size = len(text.encode("utf-8"))
        else:
            path = _existing([args.page])[0]
            size = path.stat().st_size
            text = "" if size > importer.MAX_BYTES else path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{args.page} is not UTF-8 text; save it as UTF-8") from None
    refused = importer.refusal(text, size)
    if refused:
        print(f"{args.page}: {refused}. Nothing was written.", file=sys.stderr)
        return EXIT_PROBLEMS
    draft = importer.draft(text, title=args.title)
    if draft.id == "untitled-practice" and not args.title:
        print("Warning: no title found; the draft is named untitled-practice. Give one with --title.", file=sys.stderr)
    target = Path(args.output or f"practices/{draft.id}.yml")
    if target.exists() and not args.force:
        print(f"{target} already exists; nothing was written. Use --force to replace it, or --output.", file=sys.stderr)
        return EXIT_PROBLEMS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(draft.yaml, encoding="utf-8")
    print(draft.report_text())
    print(f"Wrote {target}. Replace every TODO, then run: practices validate {target}")
    return EXIT_OK


def _existing(paths: list[str]) -> list[Path]:
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    return [Path(p) for p in paths]


def parser() -> argparse.ArgumentParser:
    """The command line's grammar; each subcommand's help is its function's docstring."""
    top = argparse.ArgumentParser(prog="practices", description=__doc__.splitlines()[0])
    top.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    subs = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = _sub(subs, "validate", cmd_validate)
    check.add_argument("paths", nargs="*", default=["practices"], help="record files or folders (default: practices)")
    check.add_argument("--format", choices=sorted(FORMATS), default="human", help="output format (default: human)")
    check.add_argument("--allow-empty", action="store_true", help="accept a folder without any record")

    new = _sub(subs, "new", cmd_new)
    new.add_argument("title", help="the practice's title, in quotes")
    new.add_argument("--id", help="the id (file name) to use instead of one made from the title")
    new.add_argument("--folder", default="practices", help="where to write the record (default: practices)")
    new.add_argument("--date", help="the date for added and last_reviewed (default: today)")

    imported = _sub(subs, "import", cmd_import)
    imported.add_argument("page", nargs="?", default="-", help="text file of the copied page (default: - for stdin)")
    imported.add_argument("--title", help="the practice's title, for pages whose text lacks one")
    imported.add_argument("--output", help="where to write the draft (default: practices/<id>.yml)")
    imported.add_argument("--force", action="store_true", help="replace the draft file if it exists")

    build = _sub(subs, "build", cmd_build)
    build.add_argument("--config", default="mkdocs.yml", help="MkDocs configuration (default: mkdocs.yml)")
    build.add_argument("--site-dir", default="site", help="folder of the built site (default: site)")

    render = _sub(subs, "render", cmd_render)
    render.add_argument("folder", help="folder to write the pages into (replaced as a whole)")
    render.add_argument("--records", default="practices", help="folder of records (default: practices)")
    render.add_argument(
        "--language", help="language of the generated text (default: the one mkdocs.yml gives, else en)"
    )
    render.add_argument(
        "--config", default="mkdocs.yml", help="MkDocs configuration, for the language (default: mkdocs.yml)"
    )
    render.add_argument("--site-url", help="the site's public address, for feeds and links in the data files")
    render.add_argument("--allow-empty", action="store_true", help="accept a folder without any record")

    shown = _sub(subs, "preview", cmd_preview)
    shown.add_argument("paths", nargs="*", help="the changed record files")
    shown.add_argument("--records", default="practices", help="folder of records (default: practices)")
    shown.add_argument(
        "--config", default="mkdocs.yml", help="MkDocs configuration, for the language (default: mkdocs.yml)"
    )
    shown.add_argument("--site-link", help="address of the built site uploaded beside the summary")

    link_check = _sub(subs, "links", cmd_links)
    link_check.add_argument("paths", nargs="*", default=["practices"], help="records or folders (default: practices)")
    link_check.add_argument("--timeout", type=float, default=15, help="seconds to wait for each answer (default: 15)")
    link_check.add_argument("--workers", type=int, default=8, help="addresses asked at the same time (default: 8)")
    return top


def _sub(
    subs: argparse._SubParsersAction[argparse.ArgumentParser], name: str, func: Callable[[argparse.Namespace], int]
) -> argparse.ArgumentParser:
    doc = func.__doc__ or ""
    sub = subs.add_parser(
        name, help=doc.splitlines()[0], description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub.set_defaults(func=func)
    return sub


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand and return its exit code."""
    args = parser().parse_args(argv)
    try:
        return cast(int, args.func(args))
    except UsageError as error:
        print(f"practices {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # a sentence for the user, the traceback only on request
        if args.debug:
            raise
        print(f"practices {args.command}: unexpected error: {error} (run with --debug for details)", file=sys.stderr)
        return EXIT_PROBLEMS
