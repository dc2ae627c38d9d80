"""Pagefind reads only the pages it indexes, and the index comes out as if it had read them all."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

from conftest import build_site, copy_records
from generator.plugin import pagefind_settings


def test_the_pages_to_read_become_pagefinds_glob():
    settings = pagefind_settings("site", ["practices/a-b/index.html", "index.html"])
    assert settings["glob"] == "{index.html,practices/a-b/index.html}"
    assert settings["exclude_selectors"] == [".headerlink"]
    assert str(settings["site"]).endswith("/site")


def test_a_folder_of_many_indexed_pages_is_named_once():
    pages = [f"practices/p-{i}/index.html" for i in range(25)] + ["index.html", "compare/index.html"]
    assert pagefind_settings("site", pages)["glob"] == "{compare/index.html,index.html,practices/*/index.html}"
    few = [f"topics/t-{i}/index.html" for i in range(3)]
    assert pagefind_settings("site", few)["glob"] == "{" + ",".join(sorted(few)) + "}"


def test_a_page_name_a_glob_would_misread_makes_pagefind_read_every_page():
    for name in ("a,b/index.html", "{x}/index.html", "a*/index.html", "über/index.html", "a b/index.html"):
        assert "glob" not in pagefind_settings("site", ["index.html", name]), name
    assert "glob" not in pagefind_settings("site", None)  # no list of pages known
    assert "glob" not in pagefind_settings("site", [])


def test_the_index_is_the_one_pagefind_makes_reading_every_page(tmp_path):
    records = copy_records(tmp_path / "records", "reggio-emilia-south-africa", "riga-ngo-house")
    site = build_site(tmp_path / "work", records)
    everything = tmp_path / "everything"
    shutil.copytree(site, everything, ignore=shutil.ignore_patterns("pagefind"))
    command = [sys.executable, "-m", "pagefind", "--site", str(everything), "--silent"]
    subprocess.run([*command, "--exclude-selectors", ".headerlink"], check=True)
    ours = sorted(p.relative_to(site / "pagefind") for p in (site / "pagefind").rglob("*") if p.is_file())
    theirs = sorted(p.relative_to(everything / "pagefind") for p in (everything / "pagefind").rglob("*") if p.is_file())
    assert ours == theirs and any(p.suffix == ".pf_fragment" for p in ours)
    for path in ours:
        assert (site / "pagefind" / path).read_bytes() == (everything / "pagefind" / path).read_bytes(), path


def test_serve_ends_an_out_of_date_index_run_and_the_next_run_indexes_the_site(tmp_path, capfd):
    from generator.plugin import _Indexer

    records = copy_records(tmp_path / "records", "reggio-emilia-south-africa", "riga-ngo-house")
    site = build_site(tmp_path / "work", records)
    shutil.rmtree(site / "pagefind")
    pages = ["practices/reggio-emilia-south-africa/index.html", "practices/riga-ngo-house/index.html"]
    indexer = _Indexer()
    indexer.start(str(site), pages)
    deadline = time.monotonic() + 30
    while not indexer.runs and time.monotonic() < deadline:  # until Pagefind has started
        time.sleep(0.001)
    run = indexer.runs[0]
    indexer.stop()  # as a rebuild does
    assert run.returncode != 0 and indexer.thread is None  # ended, not waited for
    assert "could not index" not in capfd.readouterr().err  # an ended run is no failure
    indexer.start(str(site), pages)
    indexer.thread.join()
    assert len(list((site / "pagefind" / "fragment").glob("*.pf_fragment"))) == 2
