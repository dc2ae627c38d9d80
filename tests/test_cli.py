"""The `practices` command line: exact output of each format, exit codes, the scaffold, and the docs.

The commands run in-process through click's CliRunner; one smoke test starts the installed
`practices` script and `python -m generator` as real processes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import ROOT
from generator.cli import cli, main
from generator.records import slug

BAD = """title: A practice
summry: oops
start: 2015
"""


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """`practices ARGS` in this process, from the current folder; errors that escape fail the test."""
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "practices").mkdir()
    (tmp_path / "practices" / "bad.yml").write_text(BAD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_validate_human(project):
    done = run("validate")
    assert done.exit_code == 1
    lines = done.stdout.splitlines()
    assert "practices/bad.yml:2:1: summry: unknown field 'summry'; did you mean 'summary'?" in lines
    assert lines[-1] == f"{len(lines) - 1} problems in 1 file."
    assert done.stderr == ""


def test_validate_github_escapes_and_annotates_each_problem(project, tmp_path):
    summary_file = tmp_path / "summary.md"
    done = run("validate", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary_file)})
    assert done.exit_code == 1
    assert (
        "::error file=practices/bad.yml,line=2,col=1,title=summry::unknown field 'summry'; did you mean 'summary'?"
    ) in done.stdout.splitlines()
    assert "| practices/bad.yml | 2 | 1 | summry | unknown field 'summry'; did you mean 'summary'? |" in (
        summary_file.read_text()
    )


def test_github_property_escaping():
    from generator.cli import _data, _prop

    assert _prop("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert _data("50% done\r\nnext") == "50%25 done%0D%0Anext"


def test_validate_json(project):
    done = run("validate", "--format", "json")
    report = json.loads(done.stdout)
    assert report["valid"] is False and report["records"] == 1
    assert {
        "file": "practices/bad.yml",
        "line": 2,
        "column": 1,
        "field": "summry",
        "message": "unknown field 'summry'; did you mean 'summary'?",
    } in report["problems"]


def test_validate_real_records_and_bad_usage(monkeypatch):
    monkeypatch.chdir(ROOT)
    done = run("validate")
    assert done.exit_code == 0, done.stdout
    assert done.stdout == f"All {len(list((ROOT / 'practices').glob('*.yml')))} records are valid.\n"
    missing = run("validate", "no-such-folder")
    assert (missing.exit_code, missing.stdout) == (2, "")
    assert missing.stderr == "practices validate: no such file or folder: no-such-folder\n"
    assert run("validate", "--format", "xml").exit_code == 2


def test_wrong_calls_exit_2_and_say_what_was_wrong(project):
    for args, words in (
        (["validate", "--format", "xml"], "'xml' is not one of 'github', 'human', 'json'"),
        (["links", "--timeout", "soon"], "'soon' is not a valid float"),
        (["render"], "Missing argument 'FOLDER'"),
        (["new"], "Missing argument 'TITLE'"),
        (["valdate"], "No such command 'valdate'"),
        (["build", "--site-directory", "x"], "No such option '--site-directory'. Did you mean '--site-dir'?"),
        (["render", "out", "--language", "it/../x"], "--language must be a language code such as it or pt-BR"),
        (["preview", "--site-link", "javascript:alert(1)"], "--site-link must be an https:// address"),
    ):
        done = run(*args)
        assert (done.exit_code, done.stdout) == (2, ""), args
        assert words in done.stderr, args
    assert sorted(p.name for p in project.iterdir()) == ["practices"]


def test_no_command_shows_the_commands_and_exits_2():
    done = run()
    assert done.exit_code == 2
    assert all(f"  {name}" in done.stderr for name in cli.commands)


def test_an_unexpected_error_is_one_sentence_and_exit_1_and_its_traceback_only_with_debug(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").write_text("not a folder", encoding="utf-8")
    done = run("new", "Night buses", "--folder", "notes/drafts")
    assert (done.exit_code, done.stdout) == (1, "")
    assert done.stderr.startswith("practices new: unexpected error: [Errno ")
    assert done.stderr.endswith(" (run with --debug for details)\n") and "Traceback" not in done.stderr
    assert main(["new", "Night buses", "--folder", "notes/drafts"]) == 1
    with pytest.raises(OSError):
        run("--debug", "new", "Night buses", "--folder", "notes/drafts")


def test_new_scaffold_fails_on_placeholders_then_passes_once_filled(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    done = run("new", "Bike lanes in Ghent", "--folder", str(tmp_path), "--date", "2026-11-26")
    record = tmp_path / "bike-lanes-in-ghent.yml"
    assert (done.exit_code, done.stdout) == (
        0,
        f"Wrote {record}. Replace every TODO, then run: practices validate {record}\n",
    )
    text = record.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../generator/data/practice.schema.json\n")
    done = run("validate", str(record))
    assert done.exit_code == 1
    assert "summary: still a placeholder" in done.stdout and "title" not in done.stdout.split("summary")[0]
    filled = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")
    record.write_text(filled, encoding="utf-8")
    assert run("validate", str(record)).exit_code == 0
    again = run("new", "Bike lanes in Ghent", "--folder", str(tmp_path))  # never overwrites
    assert again.exit_code == 1
    assert again.stderr == f"{record} already exists; nothing was written. Choose another title or --id.\n"
    assert record.read_text(encoding="utf-8") == filled


def test_new_fills_every_field_of_the_schema(tmp_path):
    import yaml

    from generator import validate

    assert main(["new", "X", "--folder", str(tmp_path), "--date", "2026-11-26"]) == 0
    data = yaml.safe_load((tmp_path / "x.yml").read_text(encoding="utf-8"))
    optional_left_out = {"project", "checklist", "translations"}
    assert set(validate.schema()["properties"]) - optional_left_out == set(data)


def test_slug():
    assert slug("Reggio Emilia – South Africa: from solidarity!") == "reggio-emilia-south-africa-from-solidarity"
    assert slug("Łódź café", limit=80) == "lodz-cafe"
    assert len(slug("word " * 40)) <= 80


def test_every_command_has_its_docstring_and_an_example_in_its_help():
    listing = " ".join(run("--help").stdout.split())
    for name, command in cli.commands.items():
        done = run(name, "--help")
        assert done.exit_code == 0, name
        assert done.stdout.startswith(f"Usage: practices {name} [OPTIONS]"), name
        assert "Example: practices " + name in done.stdout, name
        first = (command.callback.__doc__ or "").splitlines()[0]
        assert first and " ".join(done.stdout.split()).count(first) == 1, name
        assert f"{name} {first}" in listing, name
    assert run("-h").stdout == run("--help").stdout


def test_every_command_is_in_the_readme_table_and_no_table_row_names_a_command_that_is_gone():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `practices ([a-z]+)", readme, flags=re.MULTILINE))
    assert rows == set(cli.commands)


def _documented_calls() -> list[tuple[str, list[str], list[str]]]:
    """Each `practices ...` call in the code of README.md and CONTRIBUTING.md: global options, command, options."""
    calls = []
    for doc in ("README.md", "CONTRIBUTING.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        for code in re.findall(r"```.*?```|`[^`\n]+`", text, flags=re.DOTALL):
            for line in code.splitlines():
                for found in re.finditer(r"\bpractices((?: --[a-z-]+)*) ([a-z][a-z-]*)([^`#]*)", line):
                    options = re.findall(r"--[a-z][a-z-]*", found[3].split(" practices ")[0])
                    calls.append((found[2], found[1].split(), options))
    return calls


def test_every_command_is_documented_and_every_documented_call_exists():
    calls = _documented_calls()
    assert {name for name, _, _ in calls} == set(cli.commands)
    top = {option for param in cli.params for option in param.opts}
    for name, before, after in calls:
        assert set(before) <= top, (name, before)
        command = cli.commands[name]
        assert set(after) <= {option for param in command.params for option in param.opts}, (name, after)
    assert ("validate", ["--debug"], []) in calls and ("build", [], ["--site-dir"]) in calls


def test_the_installed_command_and_python_m_generator_start():
    installed = Path(sys.executable).parent / "practices"
    for command in ([str(installed)], [sys.executable, "-m", "generator"]):
        done = subprocess.run(
            [*command, "validate", "no-such-folder"], cwd=ROOT, capture_output=True, text=True, timeout=60
        )
        assert (done.returncode, done.stdout) == (2, ""), command
        assert done.stderr == "practices validate: no such file or folder: no-such-folder\n", command
        done = subprocess.run([*command, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and done.stdout.startswith("Usage: practices [OPTIONS] COMMAND"), command


def test_three_mistakes_make_three_annotations_at_their_places(tmp_path, monkeypatch):
    text = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")
    text = text.replace("  - agri-food", "  - agri-fod").replace("    currency: EUR", "    currency: EUQ", 1)
    text = text.replace("    year: 2017", "    year: soon")
    folder = tmp_path / "practices"
    folder.mkdir()
    (folder / "three.yml").write_text(text, encoding="utf-8")
    lines = text.splitlines()
    topic, currency, year = (lines.index(s) + 1 for s in ("  - agri-fod", "    currency: EUQ", "    year: soon"))
    monkeypatch.chdir(tmp_path)
    done = run("validate", "--format", "github")
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::error")]
    assert annotations == [
        f"::error file=practices/three.yml,line={topic},col=5,title=topics/2::unknown topic 'agri-fod'; "
        "did you mean 'agri-food'?",
        f"::error file=practices/three.yml,line={currency},col=15,title=resources/0/currency::unknown currency code "
        "'EUQ'; expected an ISO 4217 code such as EUR, GBP or PLN",
        f"::error file=practices/three.yml,line={year},col=11,title=evidence/7/year::expected a whole number, "
        "or 'not reported' if the sources do not say; found 'soon'",
    ]
    assert done.exit_code == 1


def test_new_writes_a_folder_name_into_the_yaml_as_it_is(tmp_path):
    folder = tmp_path / "a&b"
    assert main(["new", "Night buses & trams", "--folder", str(folder), "--date", "2026-12-01"]) == 0
    text = (folder / "night-buses-trams.yml").read_text(encoding="utf-8")
    assert f"practices validate {folder.as_posix()}/night-buses-trams.yml" in text
    assert 'title: "Night buses & trams"' in text and "&amp;" not in text
