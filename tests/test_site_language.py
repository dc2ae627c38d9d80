"""One source for the site's language: mkdocs.yml, for the MkDocs plugin and the command line alike."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from conftest import ROOT, copy_records
from generator import language
from generator.cli import cli

RECORD = "reggio-emilia-south-africa"


def _config(folder: Path, theme: str | None = None, plugin: str | None = None, extra: str = "") -> Path:
    settings = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    if theme is None:
        settings["theme"].pop("language", None)
    else:
        settings["theme"]["language"] = theme
    for entry in settings["plugins"]:
        if isinstance(entry, dict) and "practices" in entry and plugin is not None:
            entry["practices"]["language"] = plugin
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(settings, sort_keys=False, allow_unicode=True) + extra, encoding="utf-8")
    return path


def test_the_theme_names_the_language(tmp_path):
    assert language.from_config(_config(tmp_path, theme="pl")) == "pl"


def test_the_plugin_may_override_the_theme(tmp_path):
    assert language.from_config(_config(tmp_path, theme="it", plugin="es")) == "es"


def test_english_when_nothing_or_no_language_code_is_given(tmp_path):
    assert language.from_config(_config(tmp_path)) == "en"
    assert language.from_config(_config(tmp_path, theme="it<script>")) == "en"
    assert language.from_config(tmp_path / "missing.yml") == "en"


def test_mkdocs_tags_do_not_hide_the_language(tmp_path):
    config = _config(tmp_path, theme="fr", extra="extra:\n  analytics: !ENV [ANALYTICS, '']\n")
    assert language.from_config(config) == "fr"


def test_the_project_configuration_and_the_plugin_agree():
    assert language.from_config(ROOT / "mkdocs.yml") == "en"
    assert language.chosen(None, "de") == "de" and language.chosen("pl", "de") == "pl"
    assert language.chosen(None, None) == "en"


def _render(project: Path, *args: str) -> Result:
    """`practices render out` in this process, run from the project's folder."""
    with contextlib.chdir(project):
        return CliRunner().invoke(cli, ["render", "out", "--records", "practices", *args], catch_exceptions=False)


@pytest.fixture
def project(tmp_path):
    copy_records(tmp_path / "practices", RECORD)
    return tmp_path


def test_render_speaks_the_language_mkdocs_yml_gives(project):
    _config(project, theme="pl")
    done = _render(project)
    assert done.exit_code == 0, done.stderr
    assert (project / "out" / "topics" / "index.md").read_text(encoding="utf-8").count("Tematy") >= 1
    assert "Na czym polega" in (project / "out" / "practices" / f"{RECORD}.md").read_text(encoding="utf-8")


def test_render_language_option_still_wins(project):
    _config(project, theme="pl")
    done = _render(project, "--language", "it")
    assert done.exit_code == 0, done.stderr
    assert "Di cosa si tratta" in (project / "out" / "practices" / f"{RECORD}.md").read_text(encoding="utf-8")


def test_render_refuses_a_language_that_is_no_code(project):
    done = _render(project, "--language", "it/../x")
    assert (done.exit_code, done.stdout) == (2, "")
    assert done.stderr == "practices render: --language must be a language code such as it or pt-BR, found 'it/../x'\n"
    assert not (project / "out").exists()
