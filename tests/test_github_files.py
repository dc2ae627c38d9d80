"""The files GitHub reads: workflows, the issue form, and the pre-commit hooks.

The schemas are the ones bundled with check-jsonschema and zizmor runs
offline, so these tests need no network.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
ISSUE_FORM = GITHUB / "ISSUE_TEMPLATE" / "propose-a-practice.yml"
ISSUE_CONFIG = GITHUB / "ISSUE_TEMPLATE" / "config.yml"
PRE_COMMIT = ROOT / ".pre-commit-config.yaml"
TOPICS = ROOT / "generator" / "data" / "topics.yml"

# "Label (id)": the label for the person filling in the form, the id for the record.
TOPIC_OPTION = re.compile(r"^(?P<label>.+) \((?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\)$")


def tool(name: str) -> Path:
    """An executable installed next to the running Python, as in the project's .venv."""
    path = Path(sys.executable).parent / name
    assert path.exists(), f"{name} is not installed next to {sys.executable}; run make venv"
    return path


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_workflows_exist():
    assert [p.name for p in WORKFLOWS] == ["check.yml", "deploy.yml", "links.yml"]


@pytest.mark.parametrize(
    ("schema", "files"),
    [
        ("vendor.github-workflows", WORKFLOWS),
        ("custom.github-workflows-require-timeout", WORKFLOWS),
        ("vendor.github-issue-forms", [ISSUE_FORM]),
        ("vendor.github-issue-config", [ISSUE_CONFIG]),
        ("vendor.dependabot", [ROOT / ".github" / "dependabot.yml"]),
    ],
)
def test_github_files_match_their_schema(schema, files):
    result = run(tool("check-jsonschema"), "--builtin-schema", schema, *files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_in_the_workflows():
    result = run(tool("zizmor"), "--offline", "--no-progress", "--pedantic", GITHUB / "workflows")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


def test_every_action_is_pinned_to_a_commit_with_its_version():
    uses = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>\S+)(?P<comment>.*)$")
    for workflow in WORKFLOWS:
        for number, line in enumerate(workflow.read_text(encoding="utf-8").splitlines(), start=1):
            found = uses.match(line)
            if not found:
                continue
            where = f"{workflow.name}:{number}"
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", found["ref"]), f"{where}: not pinned to a SHA"
            assert re.fullmatch(r"\s*# v\d+(\.\d+){2}", found["comment"]), f"{where}: no '# vX.Y.Z' comment"


def test_checkout_never_keeps_credentials():
    for workflow in WORKFLOWS:
        for job in load(workflow)["jobs"].values():
            for step in job["steps"]:
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False, workflow.name


def test_only_the_deploy_job_may_write():
    for workflow in WORKFLOWS:
        data = load(workflow)
        assert data["permissions"] == {"contents": "read"}, workflow.name
        for name, job in data["jobs"].items():
            granted = job.get("permissions", {})
            if (workflow.name, name) == ("deploy.yml", "deploy"):
                assert granted == {"pages": "write", "id-token": "write"}
            else:
                assert set(granted.values()) <= {"read"}, f"{workflow.name}: {name}"


def test_issue_form_topics_are_the_topics_file():
    topics = load(TOPICS)
    (dropdown,) = [item for item in load(ISSUE_FORM)["body"] if item.get("id") == "topics"]
    options = dropdown["attributes"]["options"]
    parsed = [TOPIC_OPTION.match(option) for option in options]
    assert all(parsed), f"each option must read 'Label (id)': {options}"
    assert {m["id"]: m["label"] for m in parsed} == topics, (
        "the topics in the issue form differ from generator/data/topics.yml; "
        "list each topic there as '- Label (id)', in the same order"
    )
    assert [m["id"] for m in parsed] == list(topics)


def test_pre_commit_runs_the_validator_and_the_schema_check():
    repos = load(PRE_COMMIT)["repos"]
    hooks = {hook["id"]: (repo, hook) for repo in repos for hook in repo["hooks"]}
    repo, validate = hooks["practices-validate"]
    assert repo["repo"] == "local"
    assert validate["entry"].startswith(".venv/bin/practices validate")
    repo, schema = hooks["check-jsonschema"]
    assert repo["repo"] == "https://github.com/python-jsonschema/check-jsonschema"
    assert repo["rev"] == "0.39.0"
    assert schema["args"] == ["--schemafile", "generator/data/practice.schema.json"]
    assert re.match(schema["files"], "practices/reggio-emilia-south-africa.yml")
    assert "check-github-workflows" in hooks
