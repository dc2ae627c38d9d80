"""The scripts' shared module (content/javascripts/common.js) in Chromium: the page's words and start-up.

Its CSV guard is checked against generator/spreadsheet.py in tests/test_spreadsheet.py; the pages
that use it are driven whole in the other browser tests.
"""

from pathlib import Path

import pytest

from generator import checklist

pytestmark = pytest.mark.browser

COMMON_JS = Path(__file__).resolve().parent.parent / "content" / "javascripts" / "common.js"


def _with_block(page, block_id: str, text: str):
    """A tab holding one inline JSON block as a page hands it to its script, then the shared module."""
    page.goto("about:blank")
    page.set_content(f'<main id="gp-here"></main><script type="application/json" id="{block_id}">{text}</script>')
    page.add_script_tag(path=str(COMMON_JS))
    return page


def test_polish_words_of_the_checklist_take_the_plural_form_of_each_number(page):
    _with_block(page, "gp-checklist-words", checklist.script_json(checklist.script_words("pl")))
    said = page.evaluate(
        """() => {
          const words = gp.pageWords("gp-checklist-words");
          return [words.lang, words.say("Owner"), words.say("Note: {note}", { note: "=1" }),
            ...[1, 3, 5, 22, 12345].map((n) => words.plural("Show {count} more item", n))];
        }"""
    )
    assert said == [
        "pl",
        "Osoba odpowiedzialna",
        "Notatka: =1",
        "Pokaż jeszcze 1 punkt",
        "Pokaż jeszcze 3 punkty",
        "Pokaż jeszcze 5 punktów",
        "Pokaż jeszcze 22 punkty",
        "Pokaż jeszcze 12\u00a0345 punktów",
    ]


@pytest.mark.parametrize(
    "block",
    [
        "",
        "{not json",
        "[1, 2]",
        '{"lang": 7, "words": [], "plurals": {"{count} item": "x"}}',
        '{"words": {"__proto__": {"Owner": "polluted"}, "constructor": 1}, "plurals": {"__proto__": {"one": "x"}}}',
    ],
)
def test_a_missing_or_odd_block_leaves_the_english_keys(page, block):
    _with_block(page, "gp-ready-words", block)
    said = page.evaluate(
        """() => {
          const words = gp.pageWords("gp-ready-words");
          return [words.lang, words.say("Owner"), words.say("constructor"), words.say("score {score}", { score: 3 }),
            words.plural("{count} item", 1), words.plural("{count} item", 2), ({}).Owner === undefined];
        }"""
    )
    # Without forms the English key is the text, whatever the number: "2 item" tells that words are missing.
    assert said == ["en", "Owner", "constructor", "score 3", "1 item", "2 item", True]


def test_a_page_script_starts_once_on_its_element_and_not_on_other_pages(page):
    _with_block(page, "gp-words", "{}")
    started = page.evaluate(
        """() => {
          const seen = [];
          gp.onPage("#gp-here", (root) => seen.push(root.id));
          gp.onPage("#gp-here", (root) => seen.push("again"));
          gp.onPage("#gp-elsewhere", (root) => seen.push("elsewhere"));
          return [seen, document.getElementById("gp-here").dataset.started];
        }"""
    )
    assert started == [["gp-here"], "yes"]
