"""Measure the site at several numbers of synthetic practices, against the budgets of the scale issue.

For each size N, synthetic records (tests/samples.py) are written into a
temporary folder, never into practices/, and four things are measured, each in
a fresh Python process so that one measurement cannot warm another:

- the generator stage alone: load and validate the records, render every file;
- the whole site build: MkDocs, strictly, with the practices plugin;
- the baseline: the same MkDocs build over the same pages written out as
  Markdown beforehand, without the plugin, so whole / baseline is the
  generator's overhead in the same run on the same machine;
- the plain-text baseline: MkDocs and Material, Material's own search on, over
  the same words as plain Markdown (every generated page with its HTML tags
  stripped), which is what the site would cost if its pages were plain pages;
  and, when the `hugo` program is installed, Hugo over the same plain pages;
- what the built site weighs: one practice page, the catalogue's data, and what
  a reader downloads before the first search result (gzip-compressed, as served).

Then the contributor's loop: `practices validate` over the largest collection
with one bad file, and the time from editing a record to seeing the change in
`mkdocs serve`. The results are printed as a table with PASS/FAIL per budget
and written as JSON.

Example: .venv/bin/python benchmarks/bench.py --sizes 100,500 --json bench.json
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import platform
import pstats
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SIZES = (1000, 5000)
SERVE_SIZE = 1000
GZIP_LEVEL = 6  # what web servers commonly use for text


# --- child processes: each measurement runs alone in a fresh interpreter -----------------------------


def child_generate(records: Path, docs: Path, profile: bool) -> dict:
    """Time the generator stage, then write its pages beside content/ for the baseline build."""
    from generator import site, validate

    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    start = clocks()
    loaded = validate.collect([records], records.parent)
    checked = clocks()
    options = site.Options()
    stages = {}
    for stage in site.STAGES:  # what site.files does, one stage at a time
        before = clocks()
        site.made(stage(loaded, options))  # a stage may hand back functions that make its pages
        stages[f"{stage.__module__}.{stage.__name__}"] = since(before, clocks())
    rendered = clocks()
    if profiler:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    generated = site.files(loaded, options)
    site.write(generated, docs)
    shutil.copytree(ROOT / "content", docs, dirs_exist_ok=True)
    write_plain(generated, docs.with_name("docs-plain"))
    return {
        "load_validate": since(start, checked),
        "render": since(checked, rendered),
        "stages": stages,
        "files": len(generated),
    }


# What a page's words are without its markup: scripts, styles and drawings hold no words to read.
_WORDLESS = re.compile(r"<(script|style|svg)\b.*?</\1>", re.S)
_TAG = re.compile(r"<[^>]+>")


def plain_page(content: str) -> str:
    """A generated page as plain Markdown: its front matter and words, every HTML tag stripped."""
    front, _, body = content.partition("\n---\n") if content.startswith("---\n") else ("", "", content)
    body = re.sub(r"\n{3,}", "\n\n", _TAG.sub("", _WORDLESS.sub("", body)))
    return f"{front}\n---\n{body}" if front else body


def write_plain(generated: dict, folder: Path) -> None:
    """The plain-text baseline's pages: every generated page stripped to plain Markdown, beside content/."""
    for path, content in generated.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.endswith(".md") and isinstance(content, str):
            target.write_text(plain_page(content), encoding="utf-8")
        elif isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)
    shutil.copytree(ROOT / "content", folder, dirs_exist_ok=True)


def clocks() -> tuple[float, float]:
    """Wall time and this process's CPU time.

    On a shared machine the wall time also counts other people's work; the CPU
    time of this single-threaded process is what it would take on an idle one.
    """
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float], end: tuple[float, float]) -> dict:
    return {"wall_s": end[0] - start[0], "cpu_s": end[1] - start[1]}


def child_build(config: Path, pagefind: bool) -> dict:
    """Time one strict MkDocs build of a configuration, with the programs it starts (Pagefind).

    The baseline runs Pagefind itself when the whole build did, so both sites are searchable alike.
    """
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    start, children = clocks(), _children_cpu()
    loaded = load_config(str(config), strict=True)
    build(loaded)
    if pagefind:
        subprocess.run([PYTHON, "-m", "pagefind", "--site", loaded.site_dir, "--silent"], check=True)
    took = since(start, clocks())
    return {**took, "cpu_s": took["cpu_s"] + _children_cpu() - children}


HUGO_LAYOUT = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
    '<body><main>{{ .Content }}{{ range .Pages }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>'
    "{{ end }}</main></body></html>"
)


def measure_hugo(plain: Path, work: Path) -> dict | None:
    """Hugo over the plain pages with a one-template theme, when the hugo program is installed."""
    hugo = shutil.which("hugo")
    if hugo is None:
        return None
    site = work / "hugo"
    for source in plain.rglob("*.md"):
        relative = source.relative_to(plain)
        # Hugo reads index.md as a page bundle that swallows its folder's pages; _index.md is a section.
        target = site / "content" / (relative.with_name("_index.md") if relative.name == "index.md" else relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for name in ("single", "list"):
        (site / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
        (site / "layouts" / "_default" / f"{name}.html").write_text(HUGO_LAYOUT, encoding="utf-8")
    (site / "hugo.toml").write_text(
        'baseURL = "http://127.0.0.1/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n', encoding="utf-8"
    )
    start, children = clocks(), _children_cpu()
    subprocess.run([hugo, "--quiet", "--source", str(site)], check=True, capture_output=True)
    took = since(start, clocks())
    return {"wall_s": took["wall_s"], "cpu_s": _children_cpu() - children}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_child(*args: str) -> dict:
    """Run this script as a child; return what it printed, with its peak memory in MB."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([PYTHON, __file__, "--child", *args], stdout=subprocess.PIPE, env=env, cwd=ROOT)
    out = process.stdout.read()
    # wait4 gives this child's own resource usage; ru_maxrss is in kilobytes on Linux.
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"benchmark step {args[0]} failed with exit code {process.returncode}")
    return {**json.loads(out), "peak_mb": usage.ru_maxrss / 1024}


# --- configurations ---------------------------------------------------------------------------------------


def project_config() -> dict:
    """The project's mkdocs.yml, with the paths in it made absolute so it can live elsewhere."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    theme = config.get("theme", {})
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = str(ROOT / theme["custom_dir"])
    if config.get("hooks"):
        config["hooks"] = [str(ROOT / hook) for hook in config["hooks"]]
    return config


def write_config(
    folder: Path, name: str, docs: Path, site_dir: Path, records: Path | None, pagefind: bool = False, **overrides
) -> Path:
    """A configuration for the whole build (records given) or for the baseline (no practices plugin).

    With Pagefind, the plugin leaves every page out of Material's index; the
    baseline, without the plugin, turns Material's search off to do the same.
    """
    config = project_config()
    config.update(docs_dir=str(docs), site_dir=str(site_dir), **overrides)
    plugins = []
    for plugin in config["plugins"]:
        if pagefind and plugin == "search":
            plugin = {"search": {"enabled": False}}
        if isinstance(plugin, dict) and "practices" in plugin:
            if records is None:
                continue
            plugin = {"practices": {**(plugin["practices"] or {}), "records": str(records)}}
        plugins.append(plugin)
    config["plugins"] = plugins
    path = folder / f"{name}.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


# --- what the built site weighs ------------------------------------------------------------------------


# Pagefind writes its index, metadata and WebAssembly already gzip-compressed.
PRECOMPRESSED = {".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind"}
FIRST_RESULTS = 20  # results content/javascripts/search.js shows at once, each with its own fragment


def gzipped(path: Path) -> int:
    if path.suffix in PRECOMPRESSED:
        return path.stat().st_size
    return len(gzip.compress(path.read_bytes(), GZIP_LEVEL, mtime=0))


def pagefind_files(site_dir: Path) -> list[Path]:
    """What Pagefind fetches for a first page of results, at most: its script, entry, engine and metadata,
    the largest index chunk and the largest fragments (which chunk a query needs depends on its words)."""
    folder = site_dir / "pagefind"
    if not folder.is_dir():
        return []
    found = [folder / "pagefind.js", folder / "pagefind-entry.json"]
    found += _largest(folder.glob("wasm.*.pagefind")) + _largest(folder.glob("*.pf_meta"))
    found += _largest((folder / "index").glob("*.pf_index")) + _largest((folder / "fragment").glob("*"), FIRST_RESULTS)
    return [path for path in found if path.is_file()]


def _largest(paths, count: int = 1) -> list[Path]:
    return sorted(paths, key=lambda path: path.stat().st_size, reverse=True)[:count]


def first_search_files(site_dir: Path) -> list[Path]:
    """What the home page loads before search can answer: the page, its CSS and scripts, the search data."""
    home = site_dir / "index.html"
    text = home.read_text(encoding="utf-8")
    found = [home]
    refs = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text)
    refs += re.findall(r'<script[^>]+src="([^"]+)"', text)
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', text, re.S)
    if config:
        worker = json.loads(config.group(1)).get("search")
        if worker:
            refs.append(worker)
    for ref in refs:
        local = site_dir / ref.split("?")[0].split("#")[0]
        if not ref.startswith(("http:", "https:", "//")) and local.is_file():
            found.append(local)
    found += sorted(site_dir.glob("search/*.json")) + pagefind_files(site_dir)
    return list(dict.fromkeys(found))


def weights(site_dir: Path, record_id: str) -> dict:
    """Bytes of one practice page, the catalogue data and the first search's downloads."""
    pages = sorted(site_dir.glob("practices/*/index.html"))
    catalogue = site_dir / "data" / "catalogue.json"
    search = first_search_files(site_dir)
    return {
        "practice_page_bytes": (site_dir / "practices" / record_id / "index.html").stat().st_size,
        "largest_practice_page_bytes": max(p.stat().st_size for p in pages),
        "catalogue_data_bytes": catalogue.stat().st_size if catalogue.is_file() else None,
        "catalogue_data_gzip_bytes": gzipped(catalogue) if catalogue.is_file() else None,
        "search_index_bytes": sum(p.stat().st_size for p in site_dir.glob("search/*.json"))
        + sum(p.stat().st_size for p in site_dir.glob("pagefind/**/*") if p.is_file()),
        "first_search_gzip_bytes": sum(gzipped(p) for p in search),
        "first_search_files": {p.relative_to(site_dir).as_posix(): gzipped(p) for p in search},
    }


# --- one size --------------------------------------------------------------------------------------------


def measure_size(work: Path, count: int, profile: bool) -> dict:
    """Every figure for one number of practices."""
    import samples

    work.mkdir(parents=True)
    records = samples.write(work / "practices", count)
    first_id = samples.record(0)[0]
    docs = work / "docs"
    generator = run_child("generate", str(records), str(docs), *(["--profile"] if profile else []))
    whole = run_child("build", str(write_config(work, "whole", ROOT / "content", work / "site", records)))
    pagefind = ["--pagefind"] if (work / "site" / "pagefind").is_dir() else []
    baseline_config = write_config(work, "baseline", docs, work / "site-baseline", None, bool(pagefind))
    baseline = run_child("build", str(baseline_config), *pagefind)
    plain = run_child("build", str(write_config(work, "plain", work / "docs-plain", work / "site-plain", None)))
    hugo = measure_hugo(work / "docs-plain", work)
    load, render = generator["load_validate"], generator["render"]
    result = {
        "practices": count,
        "generator_ms_per_record": 1000 * (load["cpu_s"] + render["cpu_s"]) / count,
        "load_validate_ms_per_record": 1000 * load["cpu_s"] / count,
        "render_ms_per_record": 1000 * render["cpu_s"] / count,
        "generator_wall_ms_per_record": 1000 * (load["wall_s"] + render["wall_s"]) / count,
        "stage_ms_per_record": {name: 1000 * t["cpu_s"] / count for name, t in generator["stages"].items()},
        "whole_build_s": whole["cpu_s"],
        "baseline_build_s": baseline["cpu_s"],
        "whole_over_baseline": whole["cpu_s"] / baseline["cpu_s"],
        "ms_per_practice": 1000 * whole["cpu_s"] / count,
        "whole_build_wall_s": whole["wall_s"],
        "baseline_build_wall_s": baseline["wall_s"],
        "whole_over_baseline_wall": whole["wall_s"] / baseline["wall_s"],
        "whole_peak_mb": whole["peak_mb"],
        "baseline_peak_mb": baseline["peak_mb"],
        "plain_build_s": plain["cpu_s"],
        "plain_build_wall_s": plain["wall_s"],
        "whole_over_plain": whole["cpu_s"] / plain["cpu_s"],
        "whole_over_plain_wall": whole["wall_s"] / plain["wall_s"],
        "plain_peak_mb": plain["peak_mb"],
        "whole_peak_over_plain": whole["peak_mb"] / plain["peak_mb"],
        "hugo_build_wall_s": hugo["wall_s"] if hugo else None,
        "hugo_build_cpu_s": hugo["cpu_s"] if hugo else None,
        "whole_over_hugo_wall": whole["wall_s"] / hugo["wall_s"] if hugo else None,
        **weights(work / "site", first_id),
    }
    shutil.rmtree(work)
    return result


# --- the contributor's loop --------------------------------------------------------------------------------


def measure_validate(work: Path, count: int) -> dict:
    """Wall time of `practices validate` over a collection with one bad record, as a contributor runs it."""
    import samples

    records = samples.write(work / "practices", count)
    bad = records / "zz-bad-record.yml"
    text = (records / f"{samples.record(0)[0]}.yml").read_text(encoding="utf-8")
    bad.write_text(text.replace("last_reviewed: '2026-11-01'", "last_reviewed: sometime"), encoding="utf-8")
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(Path(PYTHON).parent / "practices"), "validate", str(records)], stdout=subprocess.PIPE, text=True, cwd=work
    )
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    reported = "zz-bad-record.yml" in out and "last_reviewed" in out
    shutil.rmtree(work)
    return {
        "practices": count + 1,
        "seconds": seconds,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "exit_code": os.waitstatus_to_exitcode(status),
        "bad_file_reported": reported,
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, text: str, timeout: float, server: subprocess.Popen) -> float:
    """Poll a page until it contains the text; return when that happened (perf_counter)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8", "replace"):
                    return time.perf_counter()
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not show {text!r} within {timeout:.0f} s (server exit code: {server.poll()})")


def wait_for_index(site_dirs: Path, text: str, timeout: float, server: subprocess.Popen) -> float:
    """Poll the served site's search index until it holds the text; return when (perf_counter)."""
    import helpers

    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline and server.poll() is None:
        if helpers.serve_indexed(site_dirs, text):
            return time.perf_counter()
        time.sleep(0.1)
    raise RuntimeError(f"the search index did not hold {text!r} within {timeout:.0f} s")


def measure_serve(work: Path, count: int, dirty: bool) -> dict:
    """Seconds from saving an edited record to `mkdocs serve` serving the changed page, and to search finding it.

    The server builds into a temporary folder of its own; TMPDIR puts that
    folder where the benchmark can read the search index written in it.
    """
    import samples

    records = samples.write(work / "practices", count)
    record_id, data = samples.record(count // 2)
    port = free_port()
    # `mkdocs serve` serves under the path of site_url; serve at the root instead.
    config = write_config(
        work, "serve", ROOT / "content", work / "unused-site", records, site_url=f"http://127.0.0.1:{port}/"
    )
    command = [
        str(Path(PYTHON).parent / "mkdocs"),
        "serve",
        "-f",
        str(config),
        "-a",
        f"127.0.0.1:{port}",
        "--livereload",
        *(["--dirty"] if dirty else []),
    ]
    site_dirs = work / "serve-tmp"
    site_dirs.mkdir()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(site_dirs)}
    server = subprocess.Popen(command, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/practices/{record_id}/"
    try:
        started = time.perf_counter()
        first = wait_for(url, "number", 300, server) - started
        path = records / f"{record_id}.yml"
        marker = "Edited title for the benchmark"
        path.write_text(path.read_text(encoding="utf-8").replace(data["title"], marker), encoding="utf-8")
        saved, cpu_before = time.perf_counter(), cpu_seconds(server.pid)
        seconds = wait_for(url, marker, 300, server) - saved
        cpu = cpu_seconds(server.pid) - cpu_before
        search = wait_for_index(site_dirs, marker, 300, server) - saved
    finally:
        stop(server)
    shutil.rmtree(work)
    return {
        "practices": count,
        "dirty": dirty,
        "first_page_s": first,
        "edit_to_reload_s": seconds,
        "edit_to_reload_cpu_s": cpu,
        "edit_to_search_s": search,
    }


def stop(server: subprocess.Popen) -> None:
    """Stop `mkdocs serve` as a reader at the keyboard does (Ctrl-C), so that it ends the Pagefind it runs."""
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=30)


def cpu_seconds(pid: int) -> float:
    """CPU time a running process has used so far (user and system, all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- budgets and report ------------------------------------------------------------------------------------


def budgets(results: dict) -> list[dict]:
    """Each budget of the scale issue, the figure it applies to and whether it holds."""
    sizes = {row["practices"]: row for row in results["sizes"]}
    largest = sizes[max(sizes)]
    smallest = sizes[min(sizes)]
    checks = [
        ("generator stage <= 2 ms per record", largest["generator_ms_per_record"], 2.0, "ms"),
        ("whole build / baseline <= 1.10", max(r["whole_over_baseline"] for r in sizes.values()), 1.10, "x"),
        ("whole build / plain-text baseline <= 1.10", max(r["whole_over_plain"] for r in sizes.values()), 1.10, "x"),
        ("peak memory <= 1.2 x plain-text baseline", max(r["whole_peak_over_plain"] for r in sizes.values()), 1.2, "x"),
    ]
    if 500 in sizes and 5000 in sizes:
        linear = sizes[5000]["ms_per_practice"] / sizes[500]["ms_per_practice"]
        checks.append(("time per practice at 5,000 <= 1.25 x at 500", linear, 1.25, "x"))
    if 5000 in sizes:
        checks += [
            ("5,000 practices build < 75 s wall", sizes[5000]["whole_build_wall_s"], 75.0, "s"),
            ("5,000 practices peak memory < 1.5 GB", sizes[5000]["whole_peak_mb"], 1536.0, "MB"),
            ("first search at 5,000 <= 1 MB gzip", sizes[5000]["first_search_gzip_bytes"] / 1024, 1024.0, "KB"),
        ]
    checks += [
        ("practice page HTML <= 40 KB", largest["largest_practice_page_bytes"] / 1024, 40.0, "KB"),
        # The same record's page at the largest size, against the smallest: 2% leaves room for a longer count.
        (
            "practice page does not grow with N",
            largest["practice_page_bytes"] / smallest["practice_page_bytes"],
            1.02,
            "x",
        ),
        ("validate with one bad file < 5 s (CPU)", results["validate"]["cpu_s"], 5.0, "s"),
    ]
    checks += [  # make serve runs mkdocs serve --dirty
        (f"edit to reload at {serve['practices']} <= 2 s (make serve)", serve["edit_to_reload_s"], 2.0, "s")
        for serve in results["serve"]
        if serve["dirty"]
    ]
    return [
        {"budget": name, "value": value, "limit": limit, "unit": unit, "pass": value <= limit}
        for name, value, limit, unit in checks
    ]


COLUMNS = [
    ("N", "practices", "{:d}"),
    ("gen ms/rec", "generator_ms_per_record", "{:.2f}"),
    ("whole cpu s", "whole_build_s", "{:.1f}"),
    ("base cpu s", "baseline_build_s", "{:.1f}"),
    ("whole/base", "whole_over_baseline", "{:.3f}"),
    ("plain cpu s", "plain_build_s", "{:.1f}"),
    ("whole/plain", "whole_over_plain", "{:.3f}"),
    ("hugo wall s", "hugo_build_wall_s", "{:.1f}"),
    ("whole wall s", "whole_build_wall_s", "{:.1f}"),
    ("whole/plain wall", "whole_over_plain_wall", "{:.3f}"),
    ("whole/hugo wall", "whole_over_hugo_wall", "{:.1f}"),
    ("ms/practice", "ms_per_practice", "{:.2f}"),
    ("peak MB", "whole_peak_mb", "{:.0f}"),
    ("plain MB", "plain_peak_mb", "{:.0f}"),
    ("page KB", "largest_practice_page_bytes", "kb"),
    ("catalogue KB gz", "catalogue_data_gzip_bytes", "kb"),
    ("index KB", "search_index_bytes", "kb"),
    ("1st search KB gz", "first_search_gzip_bytes", "kb"),
]


def cell(value, form: str) -> str:
    if value is None:
        return "-"
    return f"{value / 1024:.1f}" if form == "kb" else form.format(value)


def table(results: dict) -> str:
    """The figures per size, the contributor's loop, and the budgets."""
    head = [title for title, _, _ in COLUMNS]
    rows = [[cell(row[key], form) for _, key, form in COLUMNS] for row in results["sizes"]]
    widths = [max(len(line[i]) for line in [head, *rows]) for i in range(len(head))]
    box = results["machine"]
    lines = [
        f"{box['cpus']} x {box['cpu_model']}, Python {box['python']}; "
        "build times are the CPU seconds of the build's own process (wall seconds beside)",
        "",
    ]
    lines += ["  ".join(text.rjust(width) for text, width in zip(line, widths, strict=True)) for line in [head, *rows]]
    check = results["validate"]
    lines += [
        "",
        f"validate {check['practices']} records with one bad file: {check['seconds']:.2f} s wall, "
        f"{check['cpu_s']:.2f} s CPU "
        f"(exit {check['exit_code']}, bad file reported: {check['bad_file_reported']})",
    ]
    for serve in results["serve"]:
        mode = "serve --dirty" if serve["dirty"] else "serve"
        lines.append(
            f"{mode} at {serve['practices']}: first page {serve['first_page_s']:.1f} s, edit to reload "
            f"{serve['edit_to_reload_s']:.1f} s wall, {serve['edit_to_reload_cpu_s']:.1f} s CPU; "
            f"edit to search finding it {serve['edit_to_search_s']:.1f} s"
        )
    lines.append("")
    for item in results["budgets"]:
        verdict = "PASS" if item["pass"] else "FAIL"
        lines.append(f"{verdict}  {item['budget']}: {item['value']:.3f} {item['unit']} (limit {item['limit']:g})")
    return "\n".join(lines)


def machine() -> dict:
    """Where the figures come from."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    from importlib.metadata import version

    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "load_average_1min": os.getloadavg()[0],
        "mkdocs": version("mkdocs"),
        "mkdocs_material": version("mkdocs-material"),
        "platform": platform.platform(),
    }


def run(args) -> dict:
    """Measure every size and the contributor's loop; check the budgets."""
    sys.path.insert(0, str(ROOT / "tests"))
    results: dict = {"machine": machine(), "sizes": [], "serve": []}
    with tempfile.TemporaryDirectory(prefix="gp-bench-") as tmp:
        work = Path(tmp)
        for count in args.sizes:
            started = time.perf_counter()
            results["sizes"].append(measure_size(work / f"n{count}", count, args.profile))
            progress(results, args.json, f"{count} practices, measured in {time.perf_counter() - started:.0f} s")
        results["validate"] = measure_validate(work / "validate", max(args.sizes))
        progress(results, args.json, "validate")
        if args.serve_size:
            for dirty in (False, True):
                results["serve"].append(measure_serve(work / f"serve-{dirty}", args.serve_size, dirty))
                progress(results, args.json, "serve --dirty" if dirty else "serve")
    results["machine"]["load_average_1min_after"] = os.getloadavg()[0]
    results["budgets"] = budgets(results)
    return results


def progress(results: dict, path: Path | None, step: str) -> None:
    """Say what was just measured, and keep the figures so far: a long run may be cut short."""
    latest = (
        results["serve"][-1]
        if step.startswith("serve")
        else results.get("validate")
        if step == "validate"
        else results["sizes"][-1]
    )
    print(f"{step}: {json.dumps(latest)}", file=sys.stderr, flush=True)
    if path:
        path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def sizes(text: str) -> list[int]:
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {text!r}") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError("expected at least one size, each 1 or more")
    return sorted(set(values))


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__.splitlines()[-1])
    top.add_argument(
        "--sizes", type=sizes, default=list(SIZES), help="numbers of practices (default: 100,500,1000,5000)"
    )
    top.add_argument(
        "--serve-size",
        type=int,
        default=SERVE_SIZE,
        help="practices for the edit-to-reload time of mkdocs serve; 0 skips it (default: 1000)",
    )
    top.add_argument("--json", type=Path, help="write every figure to this JSON file")
    top.add_argument("--profile", action="store_true", help="print the generator stage's profile to stderr")
    top.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.child:
        step, *rest = args.child
        if step == "generate":
            out = child_generate(Path(rest[0]), Path(rest[1]), "--profile" in rest)
        else:
            out = child_build(Path(rest[0]), "--pagefind" in rest)
        print(json.dumps(out))
        return 0
    results = run(args)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if all(item["pass"] for item in results["budgets"]) else 1


if __name__ == "__main__":
    sys.exit(main())
