"""Rendering: the practice page against a checked-in golden file, and the escaping rules.

To accept a deliberate change of the page, regenerate the golden file and read its diff:
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render.py
"""

from __future__ import annotations

import os

from conftest import ROOT
from generator import render, site, validate

GOLDEN = ROOT / "tests" / "golden" / "reggio-emilia-south-africa.md"
OPTIONS = site.Options(edit_base="https://github.com/example/good-practices/edit/main/")


def test_practice_page_matches_the_golden_file():
    record = validate.collect([ROOT / "practices" / "reggio-emilia-south-africa.yml"], ROOT)[0]
    page = render.practice_page(record, OPTIONS)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(page, encoding="utf-8")
    assert page == GOLDEN.read_text(encoding="utf-8")


def test_markdown_fields_keep_only_safe_html():
    html = render.field_html(
        "Hi *there* <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n"
        "# Heading\n\n[ok](https://example.org) <iframe src=https://evil.test></iframe>"
    )
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html and "<iframe" not in html
    assert "<em>there</em>" in html
    assert '<a href="https://example.org" rel="nofollow noopener">ok</a>' in html
    assert "<h1>" not in html and "Heading" in html


def test_plain_text_in_a_markdown_line_is_inert():
    assert render.md_text("*a* [b](c) <i>&</i> # {{ 7*7 }}") == (
        r"\*a\* \[b\]\(c\) &lt;i&gt;&amp;&lt;/i&gt; \# \{\{ 7\*7 \}\}")


def test_front_matter_escapes_title_for_the_theme():
    front = render.front_matter('</title><script>alert("x")</script>', "a\nb")
    assert front == ('---\ntitle: "&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"\n'
                     'description: "a b"\n---\n')
