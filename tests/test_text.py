"""The shared text helpers: accent folding and the three Markdown escapes, each against exact output."""

from __future__ import annotations

import markdown
from markupsafe import Markup

from generator.text import file_markdown, fold, github_markdown, one_line, page_markdown


def test_fold_takes_off_case_and_accents():
    assert fold("Umeå ÉCOLE Straße") == "umea ecole strasse"
    assert fold("Ελλάδα") == "ελλαδα"
    assert fold("Łódź") == "łodz", "a letter with a stroke is its own letter, not an accented one"


def test_one_line_folds_every_run_of_white_space():
    assert one_line(" a\n\nb\tc  ") == "a b c"
    assert one_line(2026) == "2026"


def test_page_markdown_is_html_escaped_and_inert():
    shown = page_markdown("*a* [b](c) <i>&</i> # {{ 7*7 }}\nnext")
    assert shown == r"\*a\* \[b\]\(c\) &lt;i&gt;&amp;&lt;/i&gt; \# \{\{ 7\*7 \}\} next"
    assert isinstance(shown, Markup), "the page templates must not escape it a second time"


def test_page_markdown_reads_back_as_the_same_words():
    words = "*a* [b](c) 1. _d_ `e` #f"
    assert markdown.markdown(page_markdown(words)) == f"<p>{words}</p>"


def test_file_markdown_backslashes_what_would_become_markup():
    assert file_markdown("*a* [b](c) <i>&</i> `d`\n_e_") == r"\*a\* \[b\](c) \<i\>\&\</i\> \`d\` \_e\_"


def test_github_markdown_escapes_its_wider_syntax_and_line_starts():
    assert github_markdown("- a *b* [c](d) <e> `f` www.g 1. h") == (r"\- a \*b\* \[c\]\(d\) \<e\> \`f\` www\.g 1. h")
    assert github_markdown("1. x | y ~z~ a:b @c") == r"1\. x \| y \~z\~ a\:b \@c", "a backslash escapes the stop"
    assert github_markdown("2) x") == r"2\) x" and github_markdown("+ x") == r"\+ x"
    assert github_markdown("12-3 .x") == "12-3 .x", "no list starts there"
