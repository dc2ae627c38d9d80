"""What converting a generated page costs: Python-Markdown (MkDocs' Page.render) against generator.skeleton.

Both ways start from the page as the plugin receives it and include
`blocks.set_aside`; CPU milliseconds per page, by kind of page, the best of
--repeat runs over the generated pages of N synthetic records.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/skeleton_cost.py --records 300
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from mkdocs.config import load_config  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

import samples  # noqa: E402
from conftest import write_config  # noqa: E402
from generator import blocks, site, skeleton, validate  # noqa: E402


def pages(count: int, folder: Path) -> dict[str, str]:
    """Every generated file of `count` synthetic records, the pages' front matter taken off as MkDocs does."""
    records = validate.collect([samples.write(folder, count)], folder.parent)
    options = dataclasses.replace(site.Options(), edit_base="https://github.com/example/good-practices/edit/main/")
    out = {}
    for path, content in site.files(records, options).items():
        text = content if isinstance(content, str) else ""
        out[path] = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    return out


def kind(path: str) -> str:
    folder = path.split("/")[0]
    return folder if folder in ("practices", "checklists") and not path.endswith("index.md") else "other"


def timed(made: dict[str, str], config, files: Files, fast: bool) -> tuple[dict[str, float], int]:
    """CPU seconds per kind of page, and how many pages the fast path did not take."""
    spent: dict[str, float] = defaultdict(float)
    missed = 0
    for path, markdown in made.items():
        page = Page(None, files.get_file_from_path(path), config)
        start = time.process_time()
        page.markdown, aside = blocks.set_aside(markdown)
        if not fast:
            Page.render(page, config, files)
        elif not skeleton.render(page, config, files):
            missed += 1
            Page.render(page, config, files)
        spent[kind(path)] += time.process_time() - start
    return spent, missed


def main() -> None:
    top = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    top.add_argument("--records", type=int, default=300)
    top.add_argument("--repeat", type=int, default=3)
    args = top.parse_args()
    with tempfile.TemporaryDirectory() as work:
        generated = pages(args.records, Path(work) / "records")
        config = load_config(str(write_config(Path(work) / "site")))
        files = Files([File(path, config.docs_dir, config.site_dir, config.use_directory_urls) for path in generated])
        made = {path: text for path, text in generated.items() if path.endswith(".md")}
        counts: dict[str, int] = defaultdict(int)
        for path in made:
            counts[kind(path)] += 1
        best: dict[bool, dict[str, float]] = {}
        for fast in (False, True):
            runs = [timed(made, config, files, fast) for _ in range(args.repeat)]
            best[fast] = {name: min(run[0][name] for run in runs) for name in counts}
            if fast:
                print(f"pages the fast path left to MkDocs: {runs[0][1]} of {len(made)}")
    print(f"{'pages':<12}{'count':>7}{'Markdown ms/page':>19}{'skeleton ms/page':>19}{'ratio':>8}")
    for name, count in sorted(counts.items()):
        slow, quick = best[False][name] * 1000 / count, best[True][name] * 1000 / count
        print(f"{name:<12}{count:>7}{slow:>19.3f}{quick:>19.3f}{slow / quick:>8.1f}")
    total_slow, total_quick = sum(best[False].values()), sum(best[True].values())
    print(f"{'all':<12}{len(made):>7}{total_slow:>18.2f}s{total_quick:>18.2f}s{total_slow / total_quick:>8.1f}")


if __name__ == "__main__":
    main()
