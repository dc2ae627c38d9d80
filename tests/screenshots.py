"""Screenshots of the built site for reviews and release notes: home, catalogue, a practice page and the map,
at 1280 and 360 px, saved as PNG files in docs/screenshots/.

Not a test (pytest collects only test_*.py). Run from the project's root:

    python -m tests.screenshots                # the records in practices/
    python -m tests.screenshots --samples 40   # plus 40 synthetic practices (tests/samples.py)

It builds the site into a temporary folder, serves it on 127.0.0.1 and drives
Debian's Chromium, as the browser tests do; nothing is fetched from elsewhere.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from tests import samples
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, build_site, serve

TARGET = ROOT / "docs" / "screenshots"
WIDTHS = {"1280": {"width": 1280, "height": 900}, "360": {"width": 360, "height": 740}}


def _records(folder: Path, extra: int) -> Path:
    folder.mkdir(parents=True)
    for path in sorted((ROOT / "practices").glob("*.yml")):
        shutil.copy(path, folder / path.name)
    if extra:
        samples.write(folder, extra)
    return folder


def _practice(folder: Path) -> str:
    """The practice shown: the project's first real record, else the first one."""
    real = sorted((ROOT / "practices").glob("*.yml"))
    return (real or sorted(folder.glob("*.yml")))[0].stem


def shoot(extra: int, target: Path = TARGET) -> list[Path]:
    """Build, serve and photograph the site; return the files written."""
    from playwright.sync_api import sync_playwright

    target.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as work:
        records = _records(Path(work) / "records", extra)
        site = build_site(Path(work) / "build", records)
        shots = {
            "home": ("", True),
            "catalogue": ("practices/", False),
            "practice": (f"practices/{_practice(records)}/", True),
        }
        with serve(site) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for width, viewport in WIDTHS.items():
                context = browser.new_context(viewport=viewport, is_mobile=width == "360")
                page = context.new_page()
                for name, (path, full) in shots.items():
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    written.append(target / f"{name}-{width}.png")
                    page.screenshot(path=written[-1], full_page=full)
                page.goto(base)
                page.wait_for_load_state("networkidle")
                written.append(target / f"map-{width}.png")
                page.locator("figure.gp-map").screenshot(path=written[-1])
                context.close()
            browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=0, help="synthetic practices to add (default: none)")
    args = parser.parse_args()
    for path in shoot(args.samples):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
