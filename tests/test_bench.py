"""The benchmark runs and reports every figure; the search index keeps what readers search by.

Timings are not asserted here: the budgets are checked by benchmarks/bench.py
itself, on a machine quiet enough for the figures to mean something.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

SIZE_FIGURES = {
    "practices",
    "generator_ms_per_record",
    "load_validate_ms_per_record",
    "render_ms_per_record",
    "generator_wall_ms_per_record",
    "stage_ms_per_record",
    "whole_build_s",
    "baseline_build_s",
    "whole_over_baseline",
    "ms_per_practice",
    "whole_build_wall_s",
    "baseline_build_wall_s",
    "whole_over_baseline_wall",
    "whole_peak_mb",
    "baseline_peak_mb",
    "practice_page_bytes",
    "largest_practice_page_bytes",
    "catalogue_data_bytes",
    "catalogue_data_gzip_bytes",
    "search_index_bytes",
    "first_search_gzip_bytes",
    "first_search_files",
    "plain_build_s",
    "plain_build_wall_s",
    "whole_over_plain",
    "whole_over_plain_wall",
    "plain_peak_mb",
    "whole_peak_over_plain",
    "hugo_build_wall_s",
    "hugo_build_cpu_s",
    "whole_over_hugo_wall",
}
HUGO_FIGURES = {"hugo_build_wall_s", "hugo_build_cpu_s", "whole_over_hugo_wall"}  # None unless hugo is installed


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    """The benchmark at 10 practices (and `mkdocs serve` at 5): its exit code, table and JSON."""
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    done = subprocess.run(
        [sys.executable, "benchmarks/bench.py", "--sizes", "10", "--serve-size", "5", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode in (0, 1), done.stderr  # 1 = a budget failed, which small sizes may do
    return done, json.loads(out.read_text(encoding="utf-8"))


def test_the_json_has_every_figure_for_each_size(bench):
    _, results = bench
    [row] = results["sizes"]
    assert set(row) == SIZE_FIGURES
    assert row["practices"] == 10
    others = {"first_search_files", "stage_ms_per_record", *HUGO_FIGURES}
    numbers = {key: value for key, value in row.items() if key not in others}
    assert "generator.site._practice_pages" in row["stage_ms_per_record"]
    assert all(isinstance(value, (int, float)) and value > 0 for value in numbers.values()), numbers
    hugo = [row[key] for key in HUGO_FIGURES]
    assert hugo == [None] * 3 if shutil.which("hugo") is None else all(value > 0 for value in hugo), hugo
    assert "search/search_index.json" in row["first_search_files"]
    assert "index.html" in row["first_search_files"]


def test_the_contributor_loop_is_measured(bench):
    _, results = bench
    assert results["validate"]["practices"] == 11
    assert results["validate"]["exit_code"] == 1
    assert results["validate"]["seconds"] > 0 and results["validate"]["cpu_s"] > 0
    assert results["validate"]["bad_file_reported"] is True
    assert [serve["dirty"] for serve in results["serve"]] == [False, True]
    assert all(
        serve["practices"] == 5 and serve["edit_to_reload_s"] > 0 and serve["edit_to_reload_cpu_s"] > 0
        for serve in results["serve"]
    )
    assert all(  # Pagefind indexes after the page is served: search finds the edit later, never sooner
        serve["edit_to_search_s"] >= serve["edit_to_reload_s"] for serve in results["serve"] if serve["dirty"]
    )


def test_the_table_and_the_budgets_are_printed(bench):
    done, results = bench
    names = [item["budget"] for item in results["budgets"]]
    assert "generator stage <= 2 ms per record" in names
    assert "whole build / baseline <= 1.10" in names
    assert "validate with one bad file < 5 s (CPU)" in names
    for item in results["budgets"]:
        assert f"{'PASS' if item['pass'] else 'FAIL'}  {item['budget']}" in done.stdout
    assert done.returncode == (0 if all(item["pass"] for item in results["budgets"]) else 1)
    assert "whole/base" in done.stdout.splitlines()[2]
    assert results["machine"]["cpus"] >= 1 and results["machine"]["python"].startswith("3.")


def test_material_search_index_holds_no_section_of_a_practice_and_no_listing(project_site):
    # Whatever engine answers searches, the index every reader downloads whole must not grow by a practice's
    # sections or by listings that repeat the practices (Material's full index: ~30 MB at 5,000 practices).
    index = json.loads((project_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert not [loc for loc in locations if loc.startswith("practices/reggio-emilia-south-africa/#")]
    assert locations.count("practices/reggio-emilia-south-africa/") <= 1
    assert not [loc for loc in locations if loc.startswith(("topics/agri-food/", "countries/it/", "practices/#"))]
    assert "practices/" not in locations  # the catalogue


# The budgets and the table, over fixed figures: every verdict is known in advance.


def _bench_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(practices: int, **figures) -> dict:
    row = dict.fromkeys(SIZE_FIGURES, 1.0)
    row.update(practices=practices, first_search_files=["index.html"], stage_ms_per_record={}, **figures)
    return row


FIXED = {
    "machine": {"cpus": 2, "cpu_model": "Test CPU", "python": "3.11.7"},
    "sizes": [
        _row(
            500,
            generator_ms_per_record=3.0,
            whole_over_baseline=1.05,
            whole_over_plain=1.3,
            whole_peak_over_plain=1.1,
            ms_per_practice=10.0,
            practice_page_bytes=30_000,
            largest_practice_page_bytes=30_720,
        ),
        _row(
            5000,
            generator_ms_per_record=1.5,
            whole_over_baseline=1.20,
            whole_over_plain=1.08,
            whole_peak_over_plain=1.25,
            ms_per_practice=13.0,
            whole_build_wall_s=74.0,
            whole_peak_mb=1600.0,
            first_search_gzip_bytes=400 * 1024,
            practice_page_bytes=30_300,
            largest_practice_page_bytes=42 * 1024,
        ),
    ],
    "validate": {"practices": 5001, "seconds": 4.0, "cpu_s": 6.0, "exit_code": 1, "bad_file_reported": True},
    "serve": [
        {
            "dirty": False,
            "practices": 1000,
            "first_page_s": 20.0,
            "edit_to_reload_s": 9.5,
            "edit_to_reload_cpu_s": 8.2,
            "edit_to_search_s": 11.0,
        },
        {
            "dirty": True,
            "practices": 1000,
            "first_page_s": 20.0,
            "edit_to_reload_s": 1.5,
            "edit_to_reload_cpu_s": 1.2,
            "edit_to_search_s": 3.5,
        },
    ],
}


def test_each_budget_is_judged_on_its_own_figure():
    verdicts = {b["budget"]: (round(b["value"], 3), b["pass"]) for b in _bench_module().budgets(FIXED)}
    assert verdicts == {
        "generator stage <= 2 ms per record": (1.5, True),  # the largest size's figure
        "whole build / baseline <= 1.10": (1.2, False),  # the worst size's
        "whole build / plain-text baseline <= 1.10": (1.3, False),  # the worst size's, here the smaller one
        "peak memory <= 1.2 x plain-text baseline": (1.25, False),
        "time per practice at 5,000 <= 1.25 x at 500": (1.3, False),
        "5,000 practices build < 75 s wall": (74.0, True),
        "5,000 practices peak memory < 1.5 GB": (1600.0, False),
        "first search at 5,000 <= 1 MB gzip": (400.0, True),
        "practice page HTML <= 40 KB": (42.0, False),
        "practice page does not grow with N": (1.01, True),
        "validate with one bad file < 5 s (CPU)": (6.0, False),
        "edit to reload at 1000 <= 2 s (make serve)": (1.5, True),  # mkdocs serve --dirty, as make serve runs it
    }


def test_the_table_prints_the_loop_and_every_verdict():
    bench = _bench_module()
    results = {**FIXED, "budgets": bench.budgets(FIXED)}
    text = bench.table(results)
    assert text.startswith("2 x Test CPU, Python 3.11.7; ")
    assert "validate 5001 records with one bad file: 4.00 s wall, 6.00 s CPU (exit 1, bad file reported: True)" in text
    assert (
        "serve at 1000: first page 20.0 s, edit to reload 9.5 s wall, 8.2 s CPU; edit to search finding it 11.0 s"
        in text
    )
    assert "serve --dirty at 1000: first page 20.0 s, edit to reload 1.5 s wall, 1.2 s CPU; edit to search" in text
    assert "FAIL  whole build / baseline <= 1.10: 1.200 x (limit 1.1)" in text
    assert "PASS  5,000 practices build < 75 s wall: 74.000 s (limit 75)" in text
    assert "FAIL  whole build / plain-text baseline <= 1.10: 1.300 x (limit 1.1)" in text


def test_the_import_benchmark_runs_on_small_pages_and_prints_every_row(capsys):
    """benchmarks/import_scale.py at a few KB: its table has a row per page and shape, and a verdict; the timings
    themselves are the benchmark's to judge, at full size."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import import_scale
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    code = import_scale.main(["--small", "3000", "--large", "9000"])
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "CPU s" not in line and "---" not in line]
    assert len(rows) == 2 * len(import_scale.PAGES)
    assert all(float(row.rsplit("|", 2)[1]) > 0 for row in rows)
    assert (code == 0) == ("PASS" in out) and (code == 1) == ("FAIL" in out)
