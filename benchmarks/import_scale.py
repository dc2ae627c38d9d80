"""How the importer's time grows with the page: a long page must cost about ten times a page a tenth its size.

`practices import` refuses pages over 1 MB; below that, a rule that reads the whole page again at each line or each
match makes a long paste take minutes (a 950 KB one-line page took 108 s of CPU before the fixes this measures). For
a few pages of the import corpus, in two shapes (as pasted, and run together on one line), it repeats the page to
about 95 KB and to about 950 KB, times `importer.draft` on each (CPU seconds, best of --repeat, after one warm-up
draft that loads the gazetteer), and prints the ratio of the two from the same run. Linear growth gives the ratio of
the sizes (about 10); the budget is twice that (20). Exit 1 when a ratio is over it.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/import_scale.py
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from generator import importer  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "import"
PAGES = (
    "alfaradelpatriarca-es-presupuestos-participativos",
    "interreg-ivc-udine",
    "urbact-de-deutschland-kontaktstelle",
)
SMALL, LARGE = 95_000, 950_000


def page_of(text: str, size: int) -> str:
    """The text repeated to about `size` bytes of UTF-8."""
    times = max(1, size // (len(text.encode("utf-8")) + 2))
    return "\n\n".join([text] * times)


def cpu(text: str, repeat: int) -> float:
    """The best CPU seconds of `repeat` drafts of the text."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        importer.draft(text)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--small", type=int, default=SMALL, help="bytes of the small page (95,000)")
    parser.add_argument("--large", type=int, default=LARGE, help="bytes of the large page (950,000)")
    args = parser.parse_args(argv)
    importer.draft((CORPUS / f"{PAGES[0]}.txt").read_text(encoding="utf-8"))  # the gazetteer loads once
    budget = 2 * args.large / args.small  # twice what linear growth gives
    failed = False
    print(f"| page | shape | {args.small // 1000} KB CPU s | {args.large // 1000} KB CPU s | ratio |")
    print("| --- | --- | --- | --- | --- |")
    for name in PAGES:
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        for shape, page in (("as pasted", text), ("one line", " ".join(text.split()))):
            small, large = cpu(page_of(page, args.small), args.repeat), cpu(page_of(page, args.large), args.repeat)
            ratio = large / max(small, 1e-6)
            failed = failed or ratio > budget
            print(f"| {name} | {shape} | {small:.2f} | {large:.2f} | {ratio:.1f} |")
    print(f"FAIL: a ratio is over {budget:.0f}" if failed else f"PASS: every ratio is within {budget:.0f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
