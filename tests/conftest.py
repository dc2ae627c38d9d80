"""Shared test helpers: build a site from a folder of records, serve it, drive a browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import inspect
import shutil
import socket
import threading
import types
from pathlib import Path

import markdown
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"]


def project_settings() -> dict:
    """The project's mkdocs.yml as data, its folders made absolute so that a copy elsewhere still finds them."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(ROOT / "content")
    if "custom_dir" in config["theme"]:  # relative to mkdocs.yml, which is copied elsewhere
        config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    return config


def project_theme(**settings) -> dict:
    """The project's theme settings with some replaced, e.g. project_theme(language="it")."""
    return {**project_settings()["theme"], **settings}


def site_markdown() -> markdown.Markdown:
    """Python-Markdown as the site configures it in mkdocs.yml."""
    names, configs = [], {}
    for entry in project_settings()["markdown_extensions"]:
        name, config = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        configs[name] = config or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def write_config(
    workdir: Path, records: Path | None = None, practices: dict | None = None, extra: str = "", **overrides
) -> Path:
    """A copy of the project's mkdocs.yml in workdir, reading the given records folder.

    Args:
        workdir: a fresh folder for the configuration and the built site (workdir/site).
        records: folder of records (default: the project's practices/).
        practices: settings of the practices plugin to add or replace beside `records`.
        extra: text appended to the file as it is (e.g. a setting with a YAML tag).
        overrides: top-level mkdocs.yml settings to replace.

    Returns:
        The path of the configuration file.
    """
    config = project_settings()
    config["site_dir"] = str(workdir / "site")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "practices" in plugin:
            plugin["practices"]["records"] = str(records or ROOT / "practices")
            plugin["practices"].update(practices or {})
    config.update(overrides)
    workdir.mkdir(parents=True, exist_ok=True)
    config_file = workdir / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True) + extra, encoding="utf-8")
    return config_file


def build_site(workdir: Path, records: Path | None = None, **overrides) -> Path:
    """Build the project's site strictly into workdir/site, from the given records folder.

    Takes the same arguments as write_config; returns the folder of the built site.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(write_config(workdir, records, **overrides)), strict=True))
    return workdir / "site"


def copy_records(target: Path, *names: str) -> Path:
    """A records folder holding copies of some of the project's records."""
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(ROOT / "practices" / f"{name}.yml", target / f"{name}.yml")
    return target


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now, for a server a test starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve(folder: Path):
    """Serve a built site on 127.0.0.1; yield its base URL (ending in /)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def project_site(tmp_path_factory) -> Path:
    """The project's own site, built once for all read-only checks."""
    return build_site(tmp_path_factory.mktemp("project"))


@pytest.fixture(scope="session")
def project_url(project_site):
    """Base URL of the project's site, served on 127.0.0.1."""
    with serve(project_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium, driven by Playwright."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab with its own storage, failing the test on any page error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


# --- Test layers ---------------------------------------------------------------------------------
# Every test is `unit` (pure functions, milliseconds), `build` (builds a site with MkDocs, runs a
# command or the benchmark: seconds) or `browser` (drives Chromium). `make test-fast` runs the first
# two; the layer is found from what a test, or any fixture it uses, calls: directly, in a function
# defined inside it, or through a helper function of its own module (`cli.main(["build", ...])` too).
_BUILDING = {"build_site", "build", "cmd_build", "_practices", "subprocess", "serve", "mkdocs"}


def _builds(func) -> bool:
    return inspect.isfunction(func) and _calls_a_build(func.__code__, inspect.getmodule(func), set())


def _calls_a_build(code: types.CodeType, module, seen: set) -> bool:
    if code in seen:
        return False
    seen.add(code)
    if _BUILDING & set(code.co_names) or "build" in code.co_consts:
        return True
    inner = [const for const in code.co_consts if isinstance(const, types.CodeType)]
    helpers = [getattr(module, name, None) for name in code.co_names]
    inner += [h.__code__ for h in helpers if inspect.isfunction(h) and h.__module__ == getattr(module, "__name__", "")]
    return any(_calls_a_build(inner_code, module, seen) for inner_code in inner)


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("browser"):
            continue
        fixtures = [d.func for defs in item._fixtureinfo.name2fixturedefs.values() for d in defs]
        layer = "build" if any(_builds(f) for f in [getattr(item, "function", None), *fixtures]) else "unit"
        item.add_marker(getattr(pytest.mark, layer))
