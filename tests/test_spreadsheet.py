"""Every CSV cell the site writes stays text in a spreadsheet: formulas are defused, numbers kept."""

import csv
import io
from pathlib import Path

import pytest

from generator import spreadsheet


def test_a_formula_start_gets_a_quote_mark_and_other_text_is_kept():
    for text in ("=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"):
        assert spreadsheet.cell(text) == "'" + text
    assert spreadsheet.cell("Reggio Emilia") == "Reggio Emilia"
    assert spreadsheet.cell("a=b") == "a=b"


def test_numbers_are_written_as_numbers_even_when_negative():
    assert spreadsheet.cell(-5) == "-5"
    assert spreadsheet.cell(12.5) == "12.5"
    assert spreadsheet.cell(True) == "True"


# --- The browser's rule (content/javascripts/common.js) is the same rule --------------------------

COMMON_JS = Path(__file__).resolve().parent.parent / "content" / "javascripts" / "common.js"
# Text as records and readers' answers hold it: a phone number, a share, a mention, a formula, an
# empty owner, a quoted title, several lines, text with a formula sign later in it.
REAL_TEXT = [
    "+39 0522 456 789",
    "-12 % of car trips",
    "@ReggioEmilia",
    '=HYPERLINK("http://127.0.0.1/","x")',
    "\t=1+1",
    "\r\n=1",
    "",
    " =1",
    "Reggio Emilia",
    "a=b",
    'The "Ecobonus" scheme, 2019',
    "Line one\nline two",
    "Łódź – Poznań",
]
ROWS = [
    ["Section", "Item", "Essential", "Reference", "Status", "Owner", "Due date", "Note"],
    ["Before you start", "=cmd|' /C calc'!A0", "yes", "+1", "partly", "@finance", "2026-03-01", 'Ask "them", today'],
    ["Money", "Budget, yearly", "no", "", "not started", "Mayor\rDeputy", "", "-"],
]


@pytest.fixture
def shared(page):
    """A browser tab with the site's shared script module loaded, as every page loads it."""
    page.goto("about:blank")
    page.add_script_tag(path=str(COMMON_JS))
    return page


@pytest.mark.browser
def test_the_browser_guards_every_first_character_as_the_build_does(shared):
    # Every character of the Basic Multilingual Plane as a cell's first, then real-shaped texts and numbers.
    texts = [chr(code) + "x" for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF] + REAL_TEXT
    numbers = [-5, 0, 3, 12.5, -0.25]
    in_browser = shared.evaluate("values => values.map(gp.spreadsheetText)", texts + numbers)
    in_python = [spreadsheet.cell(value) for value in texts + numbers]
    differ = [(v, b, p) for v, b, p in zip(texts + numbers, in_browser, in_python, strict=True) if b != p]
    assert not differ
    changed = {text[0] for text, guarded in zip(texts, in_browser, strict=False) if guarded != text}
    assert changed == set(spreadsheet.FORMULA_START)  # the check compares a guard, not two no-ops


@pytest.mark.browser
def test_a_csv_written_in_the_browser_is_the_one_the_build_writes(shared):
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([[spreadsheet.cell(v) for v in row] for row in ROWS])
    assert shared.evaluate("rows => gp.csv(rows)", ROWS) == out.getvalue()
    assert "'=cmd" in out.getvalue() and '"Ask ""them"", today"' in out.getvalue()


def test_only_the_shared_module_guards_cells_downloads_or_fetches():
    # One home for each helper: a page script that wrote its own again would drift from the rule above.
    scripts = {p.name: p.read_text(encoding="utf-8") for p in COMMON_JS.parent.glob("*.js")}
    assert {"common.js", "catalogue.js", "checklist.js", "compare.js", "ready.js", "search.js"} <= set(scripts)
    for marker in ("[=+\\-@", "createObjectURL", "fetch(", "document$", "JSON.parse(block"):
        assert marker in scripts["common.js"]
        assert [name for name, text in scripts.items() if marker in text] == ["common.js"], marker
