"""Two builds of the same commit are byte-identical, dated by the commit, not by the clock."""

from __future__ import annotations

import datetime
import gzip
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT

PRACTICES = Path(sys.executable).parent / "practices"


def _build(site: Path, hash_seed: str, **env) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    environment.update(PYTHONHASHSEED=hash_seed, NO_MKDOCS_2_WARNING="1", **env)
    return subprocess.run(
        [str(PRACTICES), "build", "--site-dir", str(site)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _commit_time() -> int:
    done = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The project built twice at once in two folders, with different hash seeds.

    The first takes its date from the last commit (no SOURCE_DATE_EPOCH); the
    second is given SOURCE_DATE_EPOCH explicitly, set to that same commit time.
    """
    root = tmp_path_factory.mktemp("reproducible")
    commit = _commit_time()
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(_build, root / "one" / "site", "1")
        second = pool.submit(_build, root / "two" / "site", "2", SOURCE_DATE_EPOCH=str(commit))
        for done in (first.result(), second.result()):
            assert done.returncode == 0, done.stderr
    return root / "one" / "site", root / "two" / "site", commit


def test_two_builds_are_byte_identical(two_builds):
    one, two, _ = two_builds
    first, second = _files(one), _files(two)
    assert sorted(first) == sorted(second)
    different = [path for path in first if first[path] != second[path]]
    assert not different, f"files that differ between two builds: {different}"
    assert len(first) > 20


def test_no_staging_or_old_folder_is_left_next_to_the_site(two_builds):
    one, _, _ = two_builds
    assert sorted(p.name for p in one.parent.iterdir()) == ["site"]


def test_the_sitemap_is_dated_by_the_commit(two_builds):
    one, _, commit = two_builds
    day = datetime.datetime.fromtimestamp(commit, datetime.UTC).date()
    dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", (one / "sitemap.xml").read_text(encoding="utf-8")))
    assert dates == {day.isoformat()}


def test_the_compressed_sitemap_carries_the_commit_day_not_the_build_time(two_builds):
    one, _, commit = two_builds
    raw = (one / "sitemap.xml.gz").read_bytes()
    midnight = datetime.datetime.fromtimestamp(commit, datetime.UTC).replace(hour=0, minute=0, second=0)
    assert int.from_bytes(raw[4:8], "little") == int(midnight.timestamp())  # the gzip header's MTIME field
    assert gzip.decompress(raw) == (one / "sitemap.xml").read_bytes()


def test_no_page_holds_a_build_time(two_builds):
    one, _, _ = two_builds
    now = datetime.datetime.now(datetime.UTC)
    stamps = {now.strftime("%Y-%m-%dT%H:%M"), now.strftime("%H:%M:%S")}
    for path in one.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not any(stamp in text for stamp in stamps), path
