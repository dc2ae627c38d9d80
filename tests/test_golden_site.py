"""The whole generated site of two real records in two languages, file by file, against tests/golden/files/.

Pelican's way of testing a generator: every file `site.files()` produces is checked in, one file per
generated path under `tests/golden/files/<language>/`, and compared byte for byte, so any change to any
page or data file shows as a diff of a file a reviewer can read. To accept a deliberate change,
regenerate the files and review the diff (`git diff --stat tests/golden/files` first):

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_site.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from generator import site, validate

GOLDEN = ROOT / "tests" / "golden" / "files"
# Two small real records: one with unknowns, editors' notes and cited sources, one adopted elsewhere.
RECORDS = ("reggio-emilia-south-africa", "riga-ngo-house")
LANGUAGES = ("en", "it")


def _generated(language: str) -> dict[str, bytes]:
    records = validate.collect([ROOT / "practices" / f"{name}.yml" for name in RECORDS], ROOT)
    options = site.Options(
        language=language,
        edit_base="https://github.com/example/good-practices/edit/main/",
        site_url="https://example.org/practices/",
    )
    files = site.files(records, options)
    return {path: content.encode("utf-8") if isinstance(content, str) else content for path, content in files.items()}


def _checked_in(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _update(folder: Path, generated: dict[str, bytes]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    for path, content in generated.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(content)


@pytest.mark.parametrize("language", LANGUAGES)
def test_site_files_match_the_golden_files(language):
    generated, folder = _generated(language), GOLDEN / language
    if os.environ.get("UPDATE_GOLDEN"):
        _update(folder, generated)
    golden = _checked_in(folder)
    assert sorted(generated) == sorted(golden), "generated paths differ from the golden files"
    changed = [path for path in generated if generated[path] != golden[path]]
    assert changed == [], f"differ from tests/golden/files/{language}/: {changed}"
