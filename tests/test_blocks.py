"""The generated pages' HTML blocks pass Markdown by, and the pages come out exactly as Markdown makes them."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import samples
from conftest import ROOT, build_site, copy_records, site_markdown
from generator import blocks, site, validate


def _body(content: str) -> str:
    return content.split("\n---\n", 1)[1] if content.startswith("---\n") else content


def _both_ways(text: str) -> tuple[str, str]:
    """The HTML of a page from Markdown alone, and with its blocks set aside and put back."""
    skeleton, aside = blocks.set_aside(text)
    return site_markdown().convert(text), blocks.put_back(site_markdown().convert(skeleton), aside)


def _pages(records, language: str = "en") -> dict[str, str]:
    options = dataclasses.replace(site.Options(), language=language)
    return {path: _body(c) for path, c in site.files(records, options).items() if path.endswith(".md")}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = samples.collection(tmp_path_factory.mktemp("records"), 40)
    return validate.collect([folder], folder.parent)


def test_every_page_of_the_real_records_comes_out_as_markdown_makes_it():
    records = validate.collect([ROOT / "practices"], ROOT)
    for language in ("en", "pl"):
        pages = _pages(records, language)
        assert len(pages) > 100
        for path, text in pages.items():
            full, fast = _both_ways(text)
            assert fast == full, path


def test_every_page_of_synthetic_records_comes_out_as_markdown_makes_it(synthetic):
    for path, text in _pages(synthetic).items():
        full, fast = _both_ways(text)
        assert fast == full, path


def test_most_of_a_practice_page_never_reaches_markdown(synthetic):
    pages = _pages(synthetic)
    for path in ("practices/" + synthetic[0].id + ".md", "checklists/" + synthetic[0].id + ".md"):
        skeleton, aside = blocks.set_aside(pages[path])
        assert len(skeleton) * 5 < len(pages[path]), path
        assert aside.blocks and all(block.lstrip().startswith("<") for block in aside.blocks)


@pytest.mark.parametrize(
    "text",
    [
        '<div class="a">\n<p>one</p>\n</div>\n\nAfter the block.',
        "<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n\n## Heading",
        "<div><div>nested</div>\n</div>",
        "Before.\n\n<table>\n<tr><td>x</td></tr>\n</table>\n",
        "<div>\n\nA blank line inside.\n\n</div>\n\nAfter.",
        "<hr>\n\nA rule has no end tag.",
        '<script type="application/json">{"a": "<div>"}</script>\n\nAfter a script.',
    ],
)
def test_whole_blocks_are_set_aside_and_come_back_identical(text):
    skeleton, aside = blocks.set_aside(text)
    assert aside.blocks, "a whole block is set aside"
    full, fast = _both_ways(text)
    assert fast == full


@pytest.mark.parametrize(
    "text",
    [
        "<div>open\n</div>\nMarkdown *right after* the block, on the next line.",
        "<div>never closed\n\nText.",
        '<a href="x.md">an inline tag</a> starts this paragraph.',
        "<p>one</p> and *Markdown* after it on the same line.",
        "<div><p><div></p></div></p></div>\n\nMis-nested: Markdown ends the block early.",
        "    <div>indented: code</div>",
        "<divider>not a block-level tag</divider>",
    ],
)
def test_anything_but_a_whole_block_is_left_to_markdown(text):
    skeleton, aside = blocks.set_aside(text)
    assert not aside.blocks and skeleton == text
    full, fast = _both_ways(text)
    assert fast == full


def test_a_marker_typed_in_the_text_is_never_replaced():
    skeleton, aside = blocks.set_aside("<div>kept</div>\n\ngpblock0000n0 written by someone")
    html = blocks.put_back(site_markdown().convert(skeleton), aside)
    assert "gpblock0000n0 written by someone" in html and "<div>kept</div>" in html
    assert blocks.Aside().mark != aside.mark, "each page has its own marker"


def test_the_ids_inside_blocks_remain_anchors_other_pages_can_link_to(tmp_path):
    """MkDocs checks links to anchors (validation: anchors); the ids inside set-aside blocks still count."""
    records = copy_records(tmp_path / "records", "reggio-emilia-south-africa")
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "content", docs)
    (docs / "link.md").write_text(
        "# Link\n\n[Title](practices/reggio-emilia-south-africa.md#practice-title)\n", encoding="utf-8"
    )
    site_dir = build_site(tmp_path / "work", records, docs_dir=str(docs), not_in_nav="/link.md")
    assert 'href="../practices/reggio-emilia-south-africa/#practice-title"' in (
        site_dir / "link" / "index.html"
    ).read_text(encoding="utf-8")


def test_a_link_to_an_anchor_no_block_has_still_fails_a_strict_build(tmp_path):
    from mkdocs.exceptions import Abort

    records = copy_records(tmp_path / "records", "reggio-emilia-south-africa")
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "content", docs)
    (docs / "link.md").write_text("# Link\n\n[Title](practices/reggio-emilia-south-africa.md#no-such-id)\n")
    with pytest.raises(Abort):
        build_site(tmp_path / "work", records, docs_dir=str(docs), not_in_nav="/link.md")


# Markdown with HTML blocks of every shape the templates write, and some they never would.
_PIECES = ["text", "*em*", "&amp;", "<span>x</span>", "\n", "\n\n", " ", "<hr>", "[a](b.md)", "</p>", "<div>"]


@st.composite
def _element(draw, depth: int = 0) -> str:
    tag = draw(st.sampled_from(["div", "p", "ul", "li", "table", "section", "dl", "figure"]))
    inner = st.sampled_from(_PIECES) if depth >= 2 else st.one_of(st.sampled_from(_PIECES), _element(depth + 1))
    return f"<{tag}>{''.join(draw(st.lists(inner, max_size=4)))}</{tag}>"


_PARAGRAPH = st.one_of(
    _element(),
    st.sampled_from(["text *em*", "## Head", "- item", "[a](b.md)", "<span>x</span> text", "    <div>code</div>"]),
    st.lists(st.sampled_from(_PIECES), max_size=8).map("".join),
)
_DOCUMENT = st.lists(st.tuples(_PARAGRAPH, st.sampled_from(["\n\n", "\n", "\n\n\n", "", " \n\n"])), max_size=6).map(
    lambda parts: "".join(paragraph + gap for paragraph, gap in parts)
)


@settings(max_examples=400, deadline=None)
@given(_DOCUMENT)
def test_any_mix_of_markdown_and_html_comes_out_as_markdown_makes_it(text):
    full, fast = _both_ways(text)
    assert fast == full


def test_packed_blocks_come_back_whole():
    skeleton, aside = blocks.set_aside('<div lang="pl">Zażółć gęślą jaźń</div>\n\nText.\n\n<p>€ 1</p>\n')
    html = site_markdown().convert(skeleton)
    aside.pack()
    assert not aside.blocks and aside.packed
    assert blocks.put_back(html, aside) == site_markdown().convert(
        '<div lang="pl">Zażółć gęślą jaźń</div>\n\nText.\n\n<p>€ 1</p>\n'
    )
