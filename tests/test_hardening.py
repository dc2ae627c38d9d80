"""Hostile and broken input: the bad-input catalogue, safe YAML, text shown and never run, all-or-nothing builds.

The catalogue lives in tests/bad/: one file (or folder) per kind of bad input
and, in tests/bad/expected.txt, the exact lines `practices validate` prints
for each. To add a case, add its file and its block of expected lines.
"""

from __future__ import annotations

import collections
import csv
import html as htmllib
import io
import json
import logging
import re
import shutil
import time
import tracemalloc
from pathlib import Path
from xml.etree import ElementTree

import hostile
import markdown
import pytest
import yaml
from click.testing import CliRunner
from mkdocs.utils import meta

from conftest import ROOT, build_site
from generator import cli, records, render, site, validate
from generator.output import STAMP, STAMP_TEXT
from generator.records import MAX_DEPTH, MAX_FILE_BYTES, parse
from generator.text import page_markdown

BAD = ROOT / "tests" / "bad"
FIELD_TAGS = {"p", "br", "ul", "ol", "li", "em", "strong", "a", "code", "blockquote"}
STRAY = "only files ending in .yml are records; rename this file or move it out of the records folder"
PROBLEM_LINE = re.compile(r"^tests/bad/.+?:\d+:\d+: ")  # a record, a folder or a stray file


def _expected() -> dict[str, list[str]]:
    """The catalogue: each case's name and the lines `practices validate` prints for it."""
    cases: dict[str, list[str]] = {}
    name = None
    for line in (BAD / "expected.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1]
            cases[name] = []
        else:
            cases[name].append(line)
    return cases


CASES = _expected()


# --- The catalogue of bad input -------------------------------------------------------------------


def test_every_bad_file_is_a_case_with_expected_lines():
    files = {p.relative_to(BAD).parts[0] for p in BAD.rglob("*.yml")}
    assert files == set(CASES)
    assert all(CASES.values()), "a case without expected lines"
    for case in (
        "missing-required.yml",
        "wrong-types.yml",
        "empty.yml",
        "list-not-mapping.yml",
        "unknown-topic.yml",
        "unknown-country.yml",
        "unknown-currency.yml",
        "end-before-start.yml",
        "negative-amount.yml",
        "duplicate-ids",
        "Shared_School_Kitchens.yml",
        "url-not-http.yml",
        "long-title.yml",
        "rtl-combining-names.yml",
        "windows-line-endings.yml",
        "billion-laughs.yml",
        "custom-tag.yml",
        "duplicate-key.yml",
        "byte-order-mark.yml",
        "latin-1.yml",
    ):
        assert case in CASES, f"issue 8 lists {case}"
    for case in (
        "hostile-folder",
        "stray-files",
        "symlink",
        "trailing-newline.yml",
        "email-not-an-address.yml",
        "url-with-user-info.yml",
    ):
        assert case in CASES, f"issue 12 lists {case}"


@pytest.mark.parametrize("case", sorted(CASES), ids=str)
def test_bad_input_is_reported_with_file_line_and_field(case, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code = cli.main(["validate", f"tests/bad/{case}"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[:-1] == CASES[case]
    assert re.fullmatch(r"\d+ problems? in \d+ files?\.", out[-1])
    assert all(PROBLEM_LINE.match(line) for line in out[:-1])


def test_the_command_reports_the_whole_catalogue_and_exits_1(monkeypatch):
    monkeypatch.chdir(ROOT)
    done = CliRunner().invoke(cli.cli, ["validate", "tests/bad"], catch_exceptions=False)
    expected = [line for lines in CASES.values() for line in lines]
    # The catalogue's own list sits among the cases: not a record, so reported like any other stray file.
    expected.append(f"tests/bad/expected.txt:1:1: {STRAY}")
    files = {line.split(":", 1)[0] for line in expected}
    assert done.exit_code == 1
    assert sorted(done.stdout.splitlines()[:-1]) == sorted(expected)
    assert done.stdout.splitlines()[-1] == f"{len(expected)} problems in {len(files)} files."


def test_windows_line_endings_and_right_to_left_names_are_valid_text(tmp_path):
    for case in ("windows-line-endings.yml", "rtl-combining-names.yml"):
        raw = (BAD / case).read_bytes()
        record, problems = parse(raw, case, "x")
        assert problems == [] and record is not None
    crlf, _ = parse((BAD / "windows-line-endings.yml").read_bytes(), "w.yml", "w")
    assert crlf.data["description"] == (
        "The schools share one kitchen and a delivery van.\n\nParents help with the menus.\n"
    )
    names, _ = parse((BAD / "rtl-combining-names.yml").read_bytes(), "r.yml", "r")
    assert [p["name"] for p in names.data["partners"]] == [
        "جمعية أولياء الأمور",
        "Zoe\u0308 A\u030angstro\u0308m",
        "שירותי מזון",
    ]


# --- A failed build changes nothing -----------------------------------------------------------------


def _config(workdir: Path, records_folder: Path, **theme) -> Path:
    """The project's mkdocs.yml, reading another records folder, with optional theme settings."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(ROOT / "content")
    if "custom_dir" in config["theme"]:
        config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    config["theme"].update(theme)
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "practices" in plugin:
            plugin["practices"]["records"] = str(records_folder)
    path = workdir / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def _old_site(folder: Path) -> dict[str, tuple[bytes, int]]:
    """A previous site: a few pages, which a failed build must leave byte for byte."""
    for path, text in {
        "index.html": "<h1>Old home</h1>",
        "practices/old/index.html": "<p>old page</p>",
        "sitemap.xml": "<urlset/>",
        STAMP: STAMP_TEXT,
    }.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, encoding="utf-8")
    return _snapshot(folder)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def mkdocs_log():
    """Undo the log handler each in-process `practices build` adds, so runs do not pile up."""
    logger = logging.getLogger("mkdocs")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.parametrize("case", sorted(CASES), ids=str)
def test_a_build_with_bad_input_fails_and_leaves_the_old_site(case, tmp_path, capsys, mkdocs_log):
    records_folder = tmp_path / "records"
    records_folder.mkdir()
    source = BAD / case
    if source.is_dir():
        shutil.copytree(source, records_folder / case, symlinks=True)
    else:
        shutil.copy(source, records_folder / case)
    site_dir = tmp_path / "site"
    before = _old_site(site_dir)
    code = cli.main(["build", "--config", str(_config(tmp_path, records_folder)), "--site-dir", str(site_dir)])
    err = capsys.readouterr().err
    assert code == 1
    for line in CASES[case]:
        assert line.replace("tests/bad/", "records/") in err
    assert "The site was not changed." in err
    assert _snapshot(site_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml", "records", "site"]


def test_a_crash_half_way_through_a_build_leaves_the_old_site_and_no_staging_folder(tmp_path, capsys, mkdocs_log):
    # A theme template that breaks on one of the last pages: by then MkDocs has written many others.
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}{% block content %}'
        '{% if page.file.src_uri == "topics/sme-competitiveness.md" %}{{ this_template_is_broken() }}{% endif %}'
        "{{ super() }}{% endblock %}",
        encoding="utf-8",
    )
    site_dir = tmp_path / "site"
    before = _old_site(site_dir)
    config = _config(tmp_path, ROOT / "practices", custom_dir=str(overrides))
    code = cli.main(["build", "--config", str(config), "--site-dir", str(site_dir)])
    err = capsys.readouterr().err
    assert code == 1
    assert "unexpected error: 'this_template_is_broken' is undefined" in err
    assert _snapshot(site_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml", "overrides", "site"]


# --- Safe YAML ------------------------------------------------------------------------------------------


def _timed_parse(raw: bytes):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = parse(raw, "bomb.yml", "bomb")
        return result, time.perf_counter() - started, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_billion_laughs_record_fails_fast_without_eating_memory():
    (record, problems), seconds, peak = _timed_parse((BAD / "billion-laughs.yml").read_bytes())
    assert record is None
    assert [str(p) for p in problems] == [
        "bomb.yml:1:8: title: anchors (&a) are not allowed in a record; write the value out"
    ]
    assert peak < 1_000_000, peak  # memory, not time: a test must not race a loaded machine


def test_a_bomb_hidden_deep_in_a_valid_record_stops_at_its_first_anchor():
    text = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")
    lines = ["lol: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 12)]
    bomb = text + "\n".join(f"  {line}" for line in ["x:", *lines]).replace("  x:", "bomb:", 1) + "\n"
    (record, problems), seconds, peak = _timed_parse(bomb.encode())
    assert record is None
    assert [p.field for p in problems] == ["bomb/lol"]
    assert peak < 2_000_000, peak


def test_a_file_over_the_size_limit_is_refused_before_parsing():
    raw = b"title: x\n# " + b"x" * MAX_FILE_BYTES + b"\n"
    (record, problems), _, peak = _timed_parse(raw)
    assert record is None
    assert [str(p) for p in problems] == [
        f"bomb.yml:1:1: the file is {len(raw):,} bytes; a record may be at most {MAX_FILE_BYTES:,}"
    ]
    assert peak < len(raw) // 4, peak  # refused before the text was decoded


def test_a_field_over_its_size_limit_is_a_clear_problem():
    text = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")
    long_text = "A very long description. " * 900
    text = re.sub(r"^description: \|\n(  .*\n|\n)+", f"description: {long_text}\n", text, flags=re.M)
    record, _ = parse(text.encode(), "long.yml", "long")
    line = text.splitlines().index(f"description: {long_text}") + 1
    assert [str(p) for p in validate.check(record)] == [
        f"long.yml:{line}:14: description: expected at most 20,000 characters, found {len(long_text.strip()):,}"
    ]


def test_values_nested_absurdly_deep_are_refused_not_a_crash():
    raw = ("title: " + "[" * 5000 + "]" * 5000 + "\n").encode()
    record, problems = parse(raw, "deep.yml", "deep")
    assert record is None
    assert problems[0].message == f"values are nested more than {MAX_DEPTH} levels deep; a record never is"


def test_yes_no_on_off_dates_and_country_codes_stay_text():
    text = (
        "title: yes\nsummary: no\nsuits: on\nregion: off\ncountry: NO\nlast_reviewed: 2026-11-01\n"
        "start: 2015-01\nversion: 1.10\nzip: 012\nsexagesimal: 1:30\nempty: ~\nflag: true\nyear: 2015\n"
    )
    record, problems = parse(text.encode(), "x.yml", "x")
    assert problems == []
    assert record.data == {
        "title": "yes",
        "summary": "no",
        "suits": "on",
        "region": "off",
        "country": "NO",
        "last_reviewed": "2026-11-01",
        "start": "2015-01",
        "version": 1.1,
        "zip": 12,
        "sexagesimal": "1:30",
        "empty": None,
        "flag": True,
        "year": 2015,
    }


def test_only_the_safe_constructs_load():
    refused = {
        "title: !!python/name:os.system x\n": "title: the tag tag:yaml.org,2002:python/name:os.system is not allowed",
        "title: !include secrets.yml\n": "title: the tag !include is not allowed",
        "!!binary title: x\n": "title: the tag tag:yaml.org,2002:binary is not allowed",
        "title: !!set {a, b}\n": "title: the tag tag:yaml.org,2002:set is not allowed",
        "base: &b {a: 1}\nother:\n  <<: *b\n": "base: anchors (&b) are not allowed",
        "? [a, b]\n: c\n": "a key must be a plain name",
    }
    for text, message in refused.items():
        record, problems = parse(text.encode(), "x.yml", "x")
        assert record is None and message in str(problems[0]), (text, problems)


def test_control_characters_written_as_escapes_are_refused_like_raw_ones():
    for escape, code in (("\\x01", "0001"), ("\\e", "001B"), ("\\x7f", "007F"), ("\\x85", "0085"), ("\\0", "0000")):
        record, problems = parse(f'title: "a{escape}b"\n'.encode(), "x.yml", "x")
        assert record is None
        assert [str(p) for p in problems] == [
            f"x.yml:1:8: title: the character U+{code} is not allowed in a record (a control character); remove it"
        ]
    record, problems = parse(b'title: "tab\\tand line\\u2028separator"\n', "x.yml", "x")
    assert problems == [] and record.data["title"] == "tab\tand line\u2028separator"


def test_no_key_or_value_can_forge_a_line_of_the_report(tmp_path, capsys, monkeypatch):
    (tmp_path / "value.yml").write_text('start: "2015\\nfake.yml:1:1: all is fine"\n', encoding="utf-8")
    (tmp_path / "key.yml").write_text('"x\\nfake.yml:1:1: all is fine": 1\n', encoding="utf-8")
    (tmp_path / "terminal.yml").write_text('"\\e[2J\\e[Hclear": 1\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["validate", "key.yml", "terminal.yml", "value.yml"]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert all(re.match(r"^(key|terminal|value)\.yml:\d+:\d+: ", line) for line in out.splitlines()[:-1]), out
    assert out.splitlines()[:2] == [
        "key.yml:1:1: a key must be a plain name on one line, found 'x\\nfake.yml:1:1: all is fine'",
        "terminal.yml:1:1: a key must be a plain name on one line, found '\\x1b[2J\\x1b[Hclear'",
    ]


# --- Contributors' text is shown, never executed ------------------------------------------------------------


def test_a_markdown_field_keeps_only_simple_text_tags_and_web_links():
    for payload in hostile.PAYLOADS:
        html = str(render.field_html(payload))
        assert hostile.dangers(html) == [], payload
        for tag, attrs in hostile.Elements(html).found:
            assert tag in {"p", "br", "ul", "ol", "li", "em", "strong", "a", "code", "blockquote", "hr"}, (tag, payload)
            assert set(attrs) <= {"href", "rel"}, (attrs, payload)
            assert attrs.get("href", "https:").startswith(("https:", "http:", "mailto:")), (attrs, payload)
    assert str(render.field_html("[ok](https://example.org) and [bad](javascript:alert(1))")) == (
        '<p><a href="https://example.org" rel="nofollow noopener">ok</a> and <a rel="nofollow noopener">bad</a></p>'
    )


def test_plain_text_on_a_markdown_line_cannot_add_structure():
    for text in (
        "# heading",
        "| a | b |\n|---|---|",
        "---\ntitle: x\n---",
        "[link](javascript:x)",
        "<b>x</b>",
        "{: onclick=alert(1) }",
        "* item",
        "1. item",
        "> quote",
        "`code`",
        "![img](x.png)",
        "&lt;",
    ):
        html = markdown.markdown(f"- {page_markdown(text)}", extensions=["attr_list", "toc"])
        assert hostile.Elements(html).found == [("ul", {}), ("li", {})], (text, html)


def _pages(record_id: str, data: dict) -> dict[str, str]:
    record, problems = parse(yaml.safe_dump(data, allow_unicode=True).encode(), f"{record_id}.yml", record_id)
    assert not problems and validate.check(record) == []
    return site.files([record], site.Options())


def _mkdocs_markdown() -> markdown.Markdown:
    """Python-Markdown as the site configures it in mkdocs.yml."""
    names, configs = [], {}
    for entry in yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["markdown_extensions"]:
        name, config = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        configs[name] = config or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


@pytest.fixture(scope="module")
def hostile_and_inert_pages():
    """Every generated page of the hostile record and of its harmless twin, as front matter and HTML."""
    converter = _mkdocs_markdown()
    out = []
    for record_id, data in (hostile.hostile_record(), hostile.inert_record()):
        pages = {}
        for path, content in _pages(record_id, data).items():
            if path.endswith(".md"):
                body, front = meta.get_data(content)
                pages[path] = (front, converter.reset().convert(body))
        out.append(pages)
    return tuple(out)


def test_no_payload_adds_more_than_simple_text_tags_to_any_page(hostile_and_inert_pages):
    attacked, inert = hostile_and_inert_pages
    assert sorted(attacked) == sorted(inert)
    for path, (_, html) in attacked.items():
        shape = collections.Counter(tag for tag, _ in hostile.Elements(html).found)
        added = shape - collections.Counter(tag for tag, _ in hostile.Elements(inert[path][1]).found)
        assert set(added) <= FIELD_TAGS, (path, added)  # what a Markdown field may hold, nothing else
        assert not [d for d in hostile.dangers(html) if " " in d], path  # no handler, style or script URL
        assert _structure(html) == _structure(inert[path][1]), path


def _structure(html: str) -> list[str]:
    """Headings, tables and rules in page order: what a field must not add, close or break."""
    return [tag for tag, _ in hostile.Elements(html).found if re.fullmatch(r"h[1-6]|table|tr|hr", tag)]


def test_template_syntax_and_markup_in_fields_appear_literally(hostile_and_inert_pages):
    attacked, _ = hostile_and_inert_pages
    front, html = attacked["practices/hostile-record.md"]
    text = htmllib.unescape(re.sub(r"<[^>]+>", "", html))
    assert "{{ 7*7 }} {% include 'base.html' %} {{ config }}" in text
    assert "49" not in text and "site_name" not in text
    assert "XSS <script>window.__pwned=24;alert(24)</script> </title><script>alert(25)</script>" in text
    assert "<img src=x onerror=" in text
    assert front["title"] == (
        "XSS &lt;script&gt;window.__pwned=24;alert(24)&lt;/script&gt; "
        "&lt;/title&gt;&lt;script&gt;alert(25)&lt;/script&gt;"
    )


def test_every_page_front_matter_parses_with_html_safe_title_and_description(hostile_and_inert_pages):
    attacked, _ = hostile_and_inert_pages
    for path, (front, _) in attacked.items():
        assert front.get("title"), path
        for key in ("title", "description"):
            assert not re.search(r"[<>\"]", front.get(key, "")), (path, key)


def test_a_title_with_control_and_separator_characters_keeps_its_front_matter():
    for title in ("Bad\x7fchar", "Line\u2028separator", "Next\x85line --- x", "BOM\ufeffinside", "C1\x9bcontrol"):
        body, front = meta.get_data(str(render.front_matter(title, "Some summary.")) + "Body\n")
        assert body == "Body\n", title
        assert front["title"] == " ".join(title.split()), title


def test_records_module_refuses_what_the_pages_could_not_hold():
    # A raw control character or a NUL cannot reach a page: the loader refuses the file.
    for raw in (b"title: a\x00b\n", b"title: a\x1bb\n", b"title: a\x7fb\n"):
        record, problems = records.parse(raw, "x.yml", "x")
        assert record is None and "is not allowed in a record" in problems[0].message


# --- Nothing lost: every value of a rich record on its pages and in the open data --------------------------

RICH_ID, RICH = hostile.rich_record()
# Values a page shows in words, and the words: codes as names, dates and amounts as a reader says them.
WORDED = {
    ("start",): "When: March 2015 – October 2023",
    ("end",): "When: March 2015 – October 2023",
    ("project", "start"): "CIRCE (Interreg Europe), April 2016 – September 2020",
    ("project", "end"): "CIRCE (Interreg Europe), April 2016 – September 2020",
    ("added",): "Added 15 January 2026",
    ("last_reviewed",): "Last reviewed 1 November 2026",
    ("language",): "Language of the text English",
    ("location", "country"): "Ghent, East Flanders, Belgium",
    ("location", "coordinates", "lat"): "(NUTS BE234), 51.0543° N, 3.7174° E",
    ("location", "coordinates", "lon"): "(NUTS BE234), 51.0543° N, 3.7174° E",
    ("topics", 0): "Topics: Circular economy and waste, Social inclusion",
    ("topics", 1): "Topics: Circular economy and waste, Social inclusion",
    ("transferability", "adopted_by", 0, "country"): "Leuven (Belgium), 2019",
    ("transferability", "adopted_by", 0, "year"): "Leuven (Belgium), 2019",
    ("transferability", "adopted_by", 0, "practice"): "Leuven (Belgium), 2019",
    ("evidence", 0, "value"): "Items repaired4,200items2021Counted at the door.",
    ("evidence", 0, "year"): "Items repaired4,200items2021Counted at the door.",
    ("evidence", 1, "value"): "Share repaired72.5%2022Of items brought in.",
    ("evidence", 1, "year"): "Share repaired72.5%2022Of items brought in.",
    ("checklist", 0, "section"): "Risks and how they were handled",
    # an essential item opens the checklist, under its section's heading among the essentials
    ("checklist", 0, "essential"): "Risks and how they were handled¶ Check the insurance of volunteers.",
    ("translations", "it"): "Text available in: English (original), Italiano (translation)",
}
for _i, _money in enumerate(
    [
        "Room rent€12,500.50 per yearCity budget",
        "Tools£3,000 one-offA British donor",
        "Volunteer hours€0 in totalResidents",
    ]
):
    WORDED.update({("resources", _i, key): _money for key in ("amount", "currency", "period")})


@pytest.fixture(scope="module")
def rich_site(tmp_path_factory):
    """A site built from the rich record and the project's own records."""
    root = tmp_path_factory.mktemp("rich")
    folder = root / "records"
    shutil.copytree(ROOT / "practices", folder)
    hostile.write(folder, RICH_ID, RICH)
    return build_site(root, folder)


def _page_text(site_dir: Path, path: str) -> tuple[str, str]:
    """A page's article as plain text (tags dropped, entities decoded, spaces folded) and as raw HTML."""
    raw = (site_dir / path).read_text(encoding="utf-8")
    raw = raw[raw.index("<article") : raw.index("</article>")]
    text = htmllib.unescape(re.sub(r"<[^>]+>", "", raw))
    return " ".join(text.split()), htmllib.unescape(raw)


def _plain_chunks(value: str) -> list[str]:
    """A Markdown field's paragraphs and list items as a reader sees them: links as their text, no markup."""
    value = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", value)
    parts = re.split(r"\n\s*\n|\n\s*- ", "\n" + value)
    return [" ".join(re.sub(r"^\s*- |[*_`]", "", part).split()) for part in parts if part.strip()]


def _leaves(value, path=()):
    if isinstance(value, dict):
        if path == ("translations",):
            yield from ((("translations", code),) * 2 for code in value)
        for key, inner in value.items():
            yield from _leaves(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _leaves(inner, (*path, i))
    else:
        yield path, value


def _schema_paths(node: dict, defs: dict, path=()):
    node = {**defs[node["$ref"].split("/")[-1]], **node} if "$ref" in node else node
    for key, inner in node.get("properties", {}).items():
        yield (*path, key)
        yield from _schema_paths(inner, defs, (*path, key))
    if "items" in node:
        yield from _schema_paths(node["items"], defs, path)
    if isinstance(node.get("additionalProperties"), dict):
        yield from _schema_paths(node["additionalProperties"], defs, path)


def test_the_rich_record_is_valid_and_fills_every_field_of_the_schema():
    record, problems = parse(yaml.safe_dump(RICH, allow_unicode=True).encode(), f"{RICH_ID}.yml", RICH_ID)
    assert problems == [] and validate.check(record) == []
    used = {tuple(step for step in path if isinstance(step, str) and step != "it") for path, _ in _leaves(RICH)}
    used |= {path[:i] for path in used for i in range(1, len(path))}
    schema = validate.schema()
    assert set(_schema_paths(schema, schema["$defs"])) - used == set()


def test_every_value_of_the_rich_record_is_on_its_pages_unchanged(rich_site):
    page, page_html = _page_text(rich_site, f"practices/{RICH_ID}/index.html")
    checklist, checklist_html = _page_text(rich_site, f"checklists/{RICH_ID}/index.html")
    shown, missing = page + " " + checklist, []
    unspaced = re.sub(r"\s+", "", shown)  # table cells run together once tags are dropped
    for path, value in _leaves(RICH):
        if path in WORDED:
            found = WORDED[path] in shown or WORDED[path].replace(" ", "") in unspaced
        elif path[-1] == "url":
            found = f'href="{value}"' in page_html
        elif path[-1] == "email":
            found = f'href="mailto:{value}"' in page_html and value in page
        elif path[-1] == "id" and path[0] == "sources":
            found = f'id="source-{value}"' in page_html
        elif path[-1] == "reported_in":
            found = f'href="#source-{value}"' in page_html
        elif path[-1] == "practice":
            found = f'href="../{value}/"' in page_html
        elif value == "not reported":
            found = "Not reported in the sources" in page
        elif path[-1] == "consulted":
            found = "consulted 30 October 2026" in page
        elif path[-1] == "id":
            found = value in checklist_html
        else:
            found = all(chunk in shown for chunk in _plain_chunks(str(value)))
        if not found:
            missing.append(("/".join(map(str, path)), value))
    assert not missing, f"values not on the pages: {missing}"


def test_the_open_data_holds_every_record_exactly_as_validated(rich_site):
    export = json.loads((rich_site / "data" / "practices.json").read_text(encoding="utf-8"))
    records_ = validate.collect([ROOT / "practices"], ROOT) + [
        parse(yaml.safe_dump(RICH, allow_unicode=True).encode(), "x.yml", RICH_ID)[0]
    ]
    assert sorted(export["practices"]) == sorted(r.id for r in records_)
    for record in records_:
        assert export["practices"][record.id] == {"id": record.id, **record.data}
        one = json.loads((rich_site / "data" / "practices" / f"{record.id}.json").read_text(encoding="utf-8"))
        assert one == {"id": record.id, **record.data}


def test_feeds_stay_well_formed_and_spreadsheet_cells_never_start_a_formula():
    record_id, data = hostile.hostile_record()
    data.update(title='=HYPERLINK("https://evil.example","Open")', summary="+1+cmd|' /C calc'!A0")
    data["institution"]["name"] = "@SUM(A1:A9)"
    data["resources"][0]["what"] = "-2+3"
    data["transferability"]["preconditions"][0] = "\t=1+1"
    files = _pages(record_id, data)
    feeds = [path for path in files if path.endswith(".xml")]
    sheets = [path for path in files if path.endswith(".csv")]
    assert feeds and sheets
    for path in feeds:
        ElementTree.fromstring(files[path].encode("utf-8"))
    for path in sheets:
        rows = list(csv.reader(io.StringIO(files[path].lstrip("\ufeff"))))
        risky = [cell for row in rows for cell in row if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
        assert not risky, (path, risky)
