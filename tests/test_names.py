"""Names and paths are input too (issue 12): ids, folders, vocabulary keys, output folders, files given by name.

Destructive cases run in a copy of the project in tmp_path, never in the
checkout: each asserts the exact message, the exit code, and that every file
of the copy is still there, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path, PurePosixPath

import hostile
import jsonschema
import jsonschema_rs
import pytest
import yaml

from conftest import ROOT
from generator import cli, output, site, validate
from generator.output import STAMP
from generator.records import MAX_FILE_BYTES, load, parse

RULE = "is not a valid id; expected lower-case letters, digits and single hyphens, at most 80 characters, e.g. "
RULE += "reggio-emilia-south-africa"
RECORD = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")


def project(tmp_path: Path) -> Path:
    """A copy of the project (code, templates, docs, records, configuration) that a test may damage."""
    copy = tmp_path / "project"
    for name in ("generator", "templates", "content"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    # One record is enough to damage, and keeps each build of a copy short.
    (copy / "practices").mkdir()
    shutil.copy(ROOT / "practices" / "reggio-emilia-south-africa.yml", copy / "practices")
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    subprocess.run(["git", "init", "-q", str(copy)], check=True)
    (copy / "README.md").write_text("# The project\n", encoding="utf-8")
    return copy


def practices(copy: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`practices ARGS` run from a project copy, with that copy's generator."""
    env = {**os.environ, "PYTHONPATH": str(copy)}
    command = [sys.executable, "-m", "generator", *args]
    return subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, timeout=timeout)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under a folder (links not followed) and a digest of its bytes."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and "__pycache__" not in path.parts:
            found[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


# --- Patterns end where JSON Schema says: no trailing newline -------------------------------------------------


def _patterns(node: dict, defs: dict) -> list[str]:
    node = {**defs[node["$ref"].split("/")[-1]], **node} if "$ref" in node else node
    return [node["pattern"]] if "pattern" in node and node["pattern"] != validate.SOME_TEXT else []


def _pattern_leaves(value, node: dict, defs: dict, path=()):
    """(path, pattern) of every text value of a record whose schema gives it a pattern."""
    node = {**defs[node["$ref"].split("/")[-1]], **node} if "$ref" in node else node
    if isinstance(value, dict):
        for key, inner in value.items():
            child = node.get("properties", {}).get(key) or node.get("additionalProperties")
            if isinstance(child, dict):
                yield from _pattern_leaves(inner, child, defs, (*path, key))
    elif isinstance(value, list) and "items" in node:
        for i, inner in enumerate(value):
            yield from _pattern_leaves(inner, node["items"], defs, (*path, i))
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        for pattern in _patterns(node, defs):
            yield path, pattern


RICH_ID, RICH = hostile.rich_record()
SCHEMA = validate.schema()
PATTERN_FIELDS = sorted(set(_pattern_leaves(RICH, SCHEMA, SCHEMA["$defs"])), key=str)


def _with_newline(path: tuple) -> tuple[dict, str]:
    data = json.loads(json.dumps(RICH))
    holder = data
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = f"{holder[path[-1]]}\n"
    return data, holder[path[-1]]


def test_every_pattern_field_of_the_schema_is_tried():
    fields = {"/".join(str(step) for step in path if not isinstance(step, int)) for path, _ in PATTERN_FIELDS}
    assert {"location/country", "start", "language", "last_reviewed", "contacts/email", "sources/url"} <= fields
    assert {
        "location/nuts",
        "resources/currency",
        "topics",
        "checklist/id",
        "licence",
        "added",
        "project/start",
    } <= fields


@pytest.mark.parametrize(
    ("path", "pattern"), [pytest.param(path, pattern, id="/".join(map(str, path))) for path, pattern in PATTERN_FIELDS]
)
def test_a_trailing_newline_in_a_pattern_field_is_refused_by_both_validators(path, pattern):
    data, value = _with_newline(path)
    # Without the whole-text rule, Python's jsonschema accepts what jsonschema-rs refuses.
    assert jsonschema.Draft202012Validator(SCHEMA).is_valid(data)
    assert not jsonschema_rs.validator_for(SCHEMA).is_valid(data)
    assert not validate._validator().is_valid(data)
    record, problems = parse(yaml.safe_dump(data, allow_unicode=True).encode(), "x.yml", RICH_ID)
    assert problems == []
    field = "/".join(map(str, path))
    found = [p.message for p in validate.check(record) if p.field == field]
    assert found == [f"expected {validate._PATTERN_WORDS[pattern]}, found {value!r}"]


def _rich_with(field: str, value: str) -> dict:
    """The rich record with its first contact's email or first source's url set to a value."""
    data = json.loads(json.dumps(RICH))
    data[{"email": "contacts", "url": "sources"}[field]][0][field] = value
    return data


def _both_validators_accept(data: dict) -> tuple[bool, bool]:
    return jsonschema_rs.validator_for(SCHEMA).is_valid(data), validate._validator().is_valid(data)


def test_email_is_an_address_only_and_urls_carry_no_user_info():
    for email in (
        "officer@city.example?bcc=someone%40elsewhere.example",
        "Officer <officer@city.example>",
        "officer@city.example\n",
        "mailto:officer@city.example",
        "officer@localhost",
    ):
        assert _both_validators_accept(_rich_with("email", email)) == (False, False), email
    for url in (
        "https://trusted.example@other.example/",
        "https://trusted.example\\@other.example/",
        "https://user:pass@city.example/",
    ):
        assert _both_validators_accept(_rich_with("url", url)) == (False, False), url
    data = _rich_with("email", "jürgen.müller@stadt-münchen.example")
    data["sources"][0]["url"] = "https://city.example/reports/2021?by=mail@city.example#page-2"
    assert _both_validators_accept(data) == (True, True)


# --- Folder and file names under practices/ -------------------------------------------------------------------


def test_a_record_in_a_folder_named_like_an_attack_is_not_read(tmp_path, capsys, monkeypatch):
    records = tmp_path / "practices"
    names = ['x" autofocus onfocus="window.__pwned=1', "a){autofocus onfocus=window.__pwned=2}(b", "Case Study"]
    for name in names:
        (records / name).mkdir(parents=True)
        (records / name / "reggio-emilia-south-africa.yml").write_text(RECORD, encoding="utf-8")
    (records / "2024").mkdir()
    (records / "2024" / "reggio-emilia-south-africa.yml").write_text(RECORD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["validate"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        *[f"practices/{name}:1:1: the folder name {name!r} {RULE}; rename it" for name in sorted(names)],
        "3 problems in 3 files.",
    ]


def test_a_folder_name_with_a_line_break_cannot_forge_a_line(tmp_path, capsys, monkeypatch):
    records = tmp_path / "practices"
    (records / "x\nfake.yml:1:1: all is fine").mkdir(parents=True)
    (records / "ok.yml").write_text(RECORD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["validate", "--format", "github"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith("::error file=practices/x\\u000afake.yml%3A1%3A1%3A all is fine,")


def test_a_symlink_is_refused_and_its_target_never_echoed(tmp_path, capsys, monkeypatch):
    records = tmp_path / "practices"
    records.mkdir()
    (records / "passwd.yml").symlink_to("/etc/passwd")
    (records / "shared").symlink_to(ROOT / "practices", target_is_directory=True)
    (records / "ok.yml").write_text(RECORD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for form in ("human", "github", "json"):
        assert cli.main(["validate", "--format", form]) == 1
        out = capsys.readouterr().out
        assert "root:" not in out and "/bin/" not in out
    assert cli.main(["validate"]) == 1
    link = "this is a symbolic link; records must be plain files in the records folder (links are not followed)"
    assert capsys.readouterr().out.splitlines() == [
        f"practices/passwd.yml:1:1: {link}",
        f"practices/shared:1:1: {link}",
        "2 problems in 2 files.",
    ]
    assert cli.main(["validate", "practices/passwd.yml"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"practices/passwd.yml:1:1: {link}"


def test_upper_case_and_unknown_suffixes_are_reported(tmp_path, capsys, monkeypatch):
    records = tmp_path / "practices"
    records.mkdir()
    for name in ("ok.yml", "second.YML", "third.yaml.txt", "notes.md", ".gitkeep"):
        (records / name).write_text(RECORD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["validate"]) == 1
    stray = "only files ending in .yml are records; rename this file or move it out of the records folder"
    assert capsys.readouterr().out.splitlines() == [
        f"practices/notes.md:1:1: {stray}",
        f"practices/second.YML:1:1: {stray}",
        f"practices/third.yaml.txt:1:1: {stray}",
        "3 problems in 3 files.",
    ]


def test_an_empty_collection_is_an_error_unless_allowed(tmp_path, capsys, monkeypatch):
    (tmp_path / "practices").mkdir()
    monkeypatch.chdir(tmp_path)
    assert cli.main(["validate"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "practices:1:1: no record found (files ending in .yml); check the folder, "
        "or pass --allow-empty if that is meant",
        "1 problem in 1 file.",
    ]
    assert cli.main(["validate", "--allow-empty"]) == 0
    assert capsys.readouterr().out == "All 0 records are valid.\n"


def _within(seconds: float, func, *args):
    """Run func in a thread; fail (instead of hanging the suite) if it takes longer than seconds."""
    outcome: list = []
    thread = threading.Thread(target=lambda: outcome.append(func(*args)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still running after {seconds} s"
    return outcome[0]


def test_a_fifo_a_device_and_a_huge_file_are_refused_unread(tmp_path):
    fifo = tmp_path / "pipe.yml"
    os.mkfifo(fifo)
    not_regular = "this is not a regular file (a folder, device or pipe); a record is a plain .yml file"
    record, problems = _within(5, load, fifo, "pipe.yml")
    assert record is None and [str(p) for p in problems] == [f"pipe.yml:1:1: {not_regular}"]
    record, problems = _within(5, load, Path("/dev/zero"), "zero.yml")
    assert [str(p) for p in problems] == [f"zero.yml:1:1: {not_regular}"]
    huge = tmp_path / "huge.yml"
    with open(huge, "wb") as sparse:
        sparse.truncate(3_000_000_000)  # 3 GB that take no room on the disk
    tracemalloc.start()
    record, problems = load(huge, "huge.yml")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [str(p) for p in problems] == [
        f"huge.yml:1:1: the file is 3,000,000,000 bytes; a record may be at most {MAX_FILE_BYTES:,}"
    ]
    assert peak < 1_000_000, peak  # the size was read from the file system, not by reading the file


def test_a_file_of_one_long_value_is_echoed_as_a_short_excerpt(tmp_path):
    secret = "root:x:0:0:root:/root:/bin/bash " * 200
    record, problems = parse(secret.encode(), "x.yml", "x")
    assert [str(p) for p in problems] == [
        "x.yml:1:1: expected a mapping of fields (title:, summary:, ...), found the single value "
        "'root:x:0:0:root:/root:/bin/bash root:x:0:0:root:/root:/bi...'"
    ]


# --- Vocabulary keys ------------------------------------------------------------------------------------------

HOSTILE_TOPICS = (
    "# topics\n"
    "housing: Housing\n"
    "internationalisation: Internationalisation\n"
    "sme-competitiveness: SME competitiveness\n"
    "agri-food: Agriculture and agri-food\n"
    "'\"><img src=x onerror=window.__pwned=1>': Broken feed link\n"
    '"with\\n\\nblank lines": Broken Markdown link\n'
    "../../../../tmp/i12-escape: Outside\n"
    "Tourism: Tourism\n"
    "energy: |\n  two\n  lines\n"
)


def test_hostile_topic_keys_are_refused_at_their_line_and_nothing_is_written(tmp_path):
    copy = project(tmp_path)
    (copy / "generator" / "data" / "topics.yml").write_text(HOSTILE_TOPICS, encoding="utf-8")
    before = snapshot(copy)
    done = practices(copy, "validate")
    where = "generator/data/topics.yml"
    expected = [
        f"{where}:6:1: the key '\"><img src=x onerror=window.__pwned=1>' {RULE}",
        f"{where}:7:1: the key 'with\\n\\nblank lines' {RULE}",
        f"{where}:8:1: the key '../../../../tmp/i12-escape' {RULE}",
        f"{where}:9:1: the key 'Tourism' {RULE}",
        f"{where}:10:9: expected a label on one line, e.g. Housing",
    ]
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [*expected, "5 problems in 1 file."]
    rendered = practices(copy, "render", str(tmp_path / "pages"))
    assert rendered.returncode == 1
    assert rendered.stderr.splitlines()[:5] == expected
    assert rendered.stderr.splitlines()[-1] == "5 problems in 1 file. Nothing was written."
    built = practices(copy, "build", "--site-dir", str(tmp_path / "site"))
    assert built.returncode == 1 and expected[0] in built.stderr and "Nothing was built." in built.stderr
    assert not (tmp_path / "pages").exists() and not (tmp_path / "site").exists()
    assert not Path("/tmp/i12-escape.md").exists() and not Path("/tmp/i12-escape.xml").exists()
    assert snapshot(copy) == before


def test_a_generated_path_never_leaves_its_folder(tmp_path):
    target = tmp_path / "deep" / "out"
    target.parent.mkdir()
    for path in ("topics/../../../../tmp/i12-x.md", "/tmp/i12-x.md", "topics/..", "a\\..\\..\\x.md", ""):
        with pytest.raises(output.OutputRefused, match="would be written outside the output folder"):
            site.write({"index.md": "ok", path: "escaped"}, target)
    assert not target.exists() and not Path("/tmp/i12-x.md").exists()
    assert sorted(p.name for p in target.parent.iterdir()) == []


def test_a_path_is_read_alike_on_the_fast_and_the_slow_way():
    """output.plain answers simple paths without a path object; the answer is the path object's."""
    cases = [
        "index.md",
        "practices/a-b.md",
        "a/b/c.json",
        "a//b.md",
        "a/./b.md",
        "./a.md",
        "a/",
        "../a",
        "a/..",
        ".",
        "..",
        "a\\b",
        "/a",
        "",
        ".hidden/x",
        "a.b/c_d-e.f",
    ]
    for path in cases:
        try:
            expected: object = PurePosixPath(path).parts
            if (
                not expected
                or PurePosixPath(path).is_absolute()
                or any(p in ("..", ".") or "\\" in p for p in expected)
            ):
                expected = output.OutputRefused
        except ValueError:
            expected = ValueError
        try:
            got: object = output.plain(path)
        except output.OutputRefused:
            got = output.OutputRefused
        assert got == expected, path


# --- Output folders -------------------------------------------------------------------------------------------


def _refused(copy: Path, *args: str) -> str:
    before = snapshot(copy)
    done = practices(copy, *args)
    assert done.returncode == 2, (args, done.stdout, done.stderr)
    assert done.stdout == ""
    assert snapshot(copy) == before, f"{args} changed the project"
    return done.stderr.strip()


def test_build_refuses_the_project_and_its_folders(tmp_path):
    copy = project(tmp_path)
    docs, records, theme = (copy / "content", copy / "practices", copy / "templates" / "theme")
    cases = {
        ".": f"'.' is or holds the project folder project ({copy})",
        "content": f"'content' is or holds the docs folder ({docs})",
        "practices": f"'practices' is or holds the records folder ({records})",
        "content/site": f"'content/site' lies inside the docs folder ({docs})",
        "templates": f"'templates' is or holds the templates ({copy / 'templates'})",
        "templates/theme/x": f"'templates/theme/x' lies inside the templates ({copy / 'templates'})",
        "generator": f"'generator' is or holds the generator ({copy / 'generator'})",
        "..": f"'..' is or holds the project folder project ({copy})",
        "/": "'/' is or holds the root of the file system (/)",
        str(Path.home()): f"{str(Path.home())!r} is or holds your home folder ({Path.home()})",
        "README.md": "'README.md' is a file, not a folder; choose a folder",
        ".git/site": f"'.git/site' lies inside the git folder ({copy / '.git'})",
    }
    for folder, why in cases.items():
        ending = "; choose a separate output folder. Nothing was written." if "choose a folder" not in why else ""
        assert _refused(copy, "build", "--site-dir", folder) == f"practices build: {why}{ending}".replace(
            "; choose a folder", "; choose a folder. Nothing was written."
        )
    assert theme.is_dir()


def test_render_refuses_a_folder_with_foreign_files_and_the_project(tmp_path):
    copy = project(tmp_path)
    foreign = copy / "notes"
    foreign.mkdir()
    (foreign / "minutes.txt").write_text("Minutes of the steering group", encoding="utf-8")
    assert _refused(copy, "render", "notes") == (
        "practices render: 'notes' holds files that no previous build or render wrote (it has no .practices-output); "
        "empty it or choose another folder. Nothing was written."
    )
    assert _refused(copy, "render", "practices") == (
        f"practices render: 'practices' is or holds the records folder ({copy / 'practices'}); "
        "choose a separate output folder. Nothing was written."
    )
    assert _refused(copy, "render", ".").startswith("practices render: '.' is or holds the project folder project")
    assert _refused(copy, "render", "README.md") == (
        "practices render: 'README.md' is a file, not a folder; choose a folder. Nothing was written."
    )
    assert (foreign / "minutes.txt").read_text(encoding="utf-8") == "Minutes of the steering group"


def test_render_replaces_its_own_output_and_marks_it(tmp_path):
    copy = project(tmp_path)
    first = practices(copy, "render", "out")
    assert first.returncode == 0, first.stderr
    assert (copy / "out" / STAMP).is_file() and (copy / "out" / "practices" / "reggio-emilia-south-africa.md").is_file()
    (copy / "out" / "stale.md").write_text("old", encoding="utf-8")
    again = practices(copy, "render", "out")
    assert again.returncode == 0, again.stderr
    assert not (copy / "out" / "stale.md").exists()
    assert sorted(p.name for p in copy.iterdir() if p.name.startswith(".out")) == []


def test_two_builds_at_once_both_leave_a_whole_site(tmp_path):
    copy = project(tmp_path)
    reference = practices(copy, "build", "--site-dir", "reference")
    assert reference.returncode == 0, reference.stderr
    whole = sorted(snapshot(copy / "reference"))
    env = {**os.environ, "PYTHONPATH": str(copy)}
    for _round in range(3):
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "generator", "build", "--site-dir", "site"],
                cwd=copy,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outcomes = [(run.wait(timeout=300), *run.communicate()) for run in runs]
        assert [code for code, _, _ in outcomes] == [0, 0], outcomes
        assert sorted(snapshot(copy / "site")) == whole
        assert sorted(p.name for p in copy.iterdir() if p.name.startswith(".site")) == []


def test_a_second_run_waits_for_the_first_to_finish(tmp_path):
    copy = project(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(copy)}
    with output.locked(copy / "out"):  # the first run, still writing
        second = subprocess.Popen(
            [sys.executable, "-m", "generator", "render", "out"],
            cwd=copy,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(8)
        assert second.poll() is None, "the second run did not wait"
        assert not (copy / "out").exists()
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert err == f"Another run is writing into {copy}; waiting for it to finish.\n"
    assert (copy / "out" / STAMP).is_file()


def test_a_leftover_old_site_never_blocks_a_build(tmp_path):
    copy = project(tmp_path)
    for leftover in (".site.old", ".site.tmp", ".site.old-0123456789ab"):
        (copy / leftover / "assets").mkdir(parents=True)
        (copy / leftover / "assets" / "left.txt").write_text("left behind", encoding="utf-8")
    done = practices(copy, "build", "--site-dir", "site")
    assert done.returncode == 0, done.stderr
    assert (copy / "site" / "index.html").is_file()
    assert sorted(p.name for p in copy.iterdir() if p.name.startswith(".site")) == []


def test_a_failed_swap_puts_the_old_site_back_and_says_so(tmp_path, monkeypatch, capsys):
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "index.html").write_text("previous site", encoding="utf-8")
    (site_dir / STAMP).write_text(output.STAMP_TEXT, encoding="utf-8")
    real_rename = Path.rename

    def rename(self, target):
        # Fault injection: the disk refuses to move the new site into place (a full disk, a busy folder).
        if Path(self).name.startswith(".site.staging-"):
            raise OSError(28, "No space left on device")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    generated = {"index.md": "new"}
    with pytest.raises(output.SwapFailed) as failed:
        site.write(generated, site_dir)
    assert str(failed.value) == (
        "could not put the new output in place (No space left on device); "
        f"the previous output was restored in {site_dir}"
    )
    assert (site_dir / "index.html").read_text(encoding="utf-8") == "previous site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


# --- practices new ----------------------------------------------------------------------------------------------


def test_new_refuses_an_id_that_breaks_the_rule_and_a_date_with_a_line_break(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "practices").mkdir()
    for bad in ("../../x", "Bad Name", "x\n", "a/b", ""):
        code = cli.main(["new", "Repair cafés in Ghent", "--id", bad])
        err = capsys.readouterr().err
        assert code == 2, bad
        if bad:
            assert err == f"practices new: the id {bad!r} {RULE}; nothing was written\n"
    code = cli.main(["new", "Repair cafés in Ghent", "--date", "2026-01-01\ntitle: Injected"])
    assert code == 2
    assert capsys.readouterr().err == (
        "practices new: --date '2026-01-01\\ntitle: Injected' is not a date written YYYY-MM-DD; nothing was written\n"
    )
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["practices"]
    assert cli.main(["new", "Repair cafés in Ghent", "--id", "ghent-repair-cafes", "--date", "2026-01-01"]) == 0
    assert (tmp_path / "practices" / "ghent-repair-cafes.yml").is_file()


# --- The plugin ---------------------------------------------------------------------------------------------------


def test_a_generated_page_never_replaces_a_hand_written_one(tmp_path):
    copy = project(tmp_path)
    (copy / "content" / "topics").mkdir()
    (copy / "content" / "topics" / "internationalisation.md").write_text(
        "# Our notes on internationalisation\n", encoding="utf-8"
    )
    done = practices(copy, "build", "--site-dir", "site")
    assert done.returncode == 1
    assert (
        "the generated page topics/internationalisation.md would replace the hand-written file "
        "content/topics/internationalisation.md; rename or move that file" in done.stderr
    )
    assert not (copy / "site").exists()


def test_the_renderer_refuses_names_that_validation_would_have_refused():
    with pytest.raises(ValueError, match=r"the topic key '\.\./\.\./x' is not a valid id"):
        site.Options(vocabulary={"housing": "Housing", "../../x": "Escape"})
    record, _ = parse(RECORD.encode(), "x.yml", 'x" onfocus="alert(1)')
    with pytest.raises(ValueError, match="the record id 'x\" onfocus=\"alert\\(1\\)' is not a valid id"):
        site.files([record], site.Options())


def test_working_folders_are_hidden_and_named_after_their_target(tmp_path):
    target = tmp_path / "site"
    with output.locked(target):
        staging = output.staging(target)
    assert staging.parent == tmp_path and staging.name.startswith(".site.staging-") and staging.is_dir()
    assert output.working_name(target, output.OLD) == ".site.old-"
