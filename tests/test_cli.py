"""The `practices` command line: exact output of each format, exit codes, and the scaffold."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from generator.cli import main
from generator.records import slug

BAD = """title: A practice
summry: oops
start: 2015
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "practices").mkdir()
    (tmp_path / "practices" / "bad.yml").write_text(BAD, encoding="utf-8")
    return tmp_path


def test_validate_human(project):
    done = run("validate", cwd=project)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "practices/bad.yml:2:1: summry: unknown field 'summry'; did you mean 'summary'?" in lines
    assert lines[-1] == f"{len(lines) - 1} problems in 1 file."


def test_validate_github_escapes_and_annotates_each_problem(project, tmp_path):
    summary_file = tmp_path / "summary.md"
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--format", "github"],
        cwd=project,
        capture_output=True,
        text=True,
        env={"GITHUB_STEP_SUMMARY": str(summary_file), "PATH": ""},
    )
    assert done.returncode == 1
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
    done = run("validate", "--format", "json", cwd=project)
    report = json.loads(done.stdout)
    assert report["valid"] is False and report["records"] == 1
    assert {
        "file": "practices/bad.yml",
        "line": 2,
        "column": 1,
        "field": "summry",
        "message": "unknown field 'summry'; did you mean 'summary'?",
    } in report["problems"]


def test_validate_real_records_and_bad_usage():
    done = run("validate", cwd=ROOT)
    assert done.returncode == 0, done.stdout
    assert run("validate", "no-such-folder", cwd=ROOT).returncode == 2
    assert run("validate", "--format", "xml", cwd=ROOT).returncode == 2


def test_new_scaffold_fails_on_placeholders_then_passes_once_filled(tmp_path):
    assert main(["new", "Bike lanes in Ghent", "--folder", str(tmp_path), "--date", "2026-11-26"]) == 0
    record = tmp_path / "bike-lanes-in-ghent.yml"
    text = record.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../generator/data/practice.schema.json\n")
    done = run("validate", str(record), cwd=tmp_path)
    assert done.returncode == 1
    assert "summary: still a placeholder" in done.stdout and "title" not in done.stdout.split("summary")[0]
    filled = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")
    record.write_text(filled, encoding="utf-8")
    assert run("validate", str(record), cwd=tmp_path).returncode == 0
    assert main(["new", "Bike lanes in Ghent", "--folder", str(tmp_path)]) == 1  # never overwrites


def test_new_fills_every_field_of_the_schema(tmp_path):
    import yaml

    from generator import validate

    main(["new", "X", "--folder", str(tmp_path), "--date", "2026-11-26"])
    data = yaml.safe_load((tmp_path / "x.yml").read_text(encoding="utf-8"))
    optional_left_out = {"project", "checklist", "translations"}
    assert set(validate.schema()["properties"]) - optional_left_out == set(data)


def test_slug():
    assert slug("Reggio Emilia – South Africa: from solidarity!") == "reggio-emilia-south-africa-from-solidarity"
    assert slug("Łódź café", limit=80) == "lodz-cafe"
    assert len(slug("word " * 40)) <= 80


def test_every_command_has_an_example_in_its_help():
    from generator.cli import parser

    subs = next(a for a in parser()._actions if a.dest == "command")
    for name, sub in subs.choices.items():
        assert "Example: practices " + name in sub.description, name


def test_every_command_is_in_the_readme_table_and_no_table_row_names_a_command_that_is_gone():
    from generator.cli import parser

    subs = next(a for a in parser()._actions if a.dest == "command")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `practices ([a-z]+)", readme, flags=re.MULTILINE))
    assert rows == set(subs.choices)


def test_three_mistakes_make_three_annotations_at_their_places(tmp_path):
    text = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")
    text = text.replace("  - agri-food", "  - agri-fod").replace("    currency: EUR", "    currency: EUQ", 1)
    text = text.replace("    year: 2017", "    year: soon")
    folder = tmp_path / "practices"
    folder.mkdir()
    (folder / "three.yml").write_text(text, encoding="utf-8")
    lines = text.splitlines()
    topic, currency, year = (lines.index(s) + 1 for s in ("  - agri-fod", "    currency: EUQ", "    year: soon"))
    done = run("validate", "--format", "github", cwd=tmp_path)
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::error")]
    assert annotations == [
        f"::error file=practices/three.yml,line={topic},col=5,title=topics/2::unknown topic 'agri-fod'; "
        "did you mean 'agri-food'?",
        f"::error file=practices/three.yml,line={currency},col=15,title=resources/0/currency::unknown currency code "
        "'EUQ'; expected an ISO 4217 code such as EUR, GBP or PLN",
        f"::error file=practices/three.yml,line={year},col=11,title=evidence/7/year::expected a whole number, "
        "or 'not reported' if the sources do not say; found 'soon'",
    ]
    assert done.returncode == 1


def test_new_writes_a_folder_name_into_the_yaml_as_it_is(tmp_path):
    folder = tmp_path / "a&b"
    assert main(["new", "Night buses & trams", "--folder", str(folder), "--date", "2026-12-01"]) == 0
    text = (folder / "night-buses-trams.yml").read_text(encoding="utf-8")
    assert f"practices validate {folder.as_posix()}/night-buses-trams.yml" in text
    assert 'title: "Night buses & trams"' in text and "&amp;" not in text
