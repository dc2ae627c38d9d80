"""Generated pages' skeletons converted without Python-Markdown come out exactly as MkDocs renders them."""

from __future__ import annotations

import dataclasses
import logging
import re
import shutil

import hostile
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

import samples
from conftest import ROOT, copy_records, write_config
from generator import blocks, plugin, site, skeleton, validate

PAGE = "practices/bilbao-food-hub-5.md"
# The files the snippets link to; one link in them (missing.md) has no file and makes MkDocs warn.
TARGETS = [
    PAGE,
    "countries/es.md",
    "topics/agri-food.md",
    "checklists/bilbao-food-hub-5.md",
    "transfers.md",
    "practices/index.md",
    "downloads/checklists/bilbao-food-hub-5.md.txt",
]


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    """The project's mkdocs.yml as MkDocs reads it, the permanent links' title in Polish as the plugin sets it."""
    loaded = load_config(str(write_config(tmp_path_factory.mktemp("config"))))
    loaded.mdx_configs["toc"] = {**loaded.mdx_configs["toc"], "permalink_title": "Link do tej sekcji"}
    return loaded


def _files(config, targets: list[str]) -> Files:
    made = [File(path, config.docs_dir, config.site_dir, config.use_directory_urls) for path in targets]
    return Files(made)


def _rendered(page: Page) -> dict:
    return {
        "content": page.content,
        "toc": str(page.toc),
        "toc_ids": [(item.id, item.level, item.title, len(item.children)) for item in page.toc],
        "title": page._title_from_render,
        "anchors": page.present_anchor_ids,
        "links": {file.src_uri: links for file, links in (page.links_to_anchors or {}).items()},
    }


class _Said(logging.Handler):
    """What MkDocs logs while it is attached, from INFO up."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.said: list[str] = []

    def emit(self, record):
        self.said.append(f"{record.levelname} {record.getMessage()}")

    def __enter__(self):
        logging.getLogger("mkdocs").addHandler(self)
        return self.said

    def __exit__(self, *exc):
        logging.getLogger("mkdocs").removeHandler(self)


def _both(config, text: str, path: str = PAGE, targets=tuple(TARGETS)) -> tuple[dict, dict | None]:
    """What MkDocs' Page.render sets for the text, with its warnings; and the same through the skeleton, or None."""
    files = _files(config, list(targets))
    page = Page(None, files.get_file_from_path(path), config)
    page.markdown = text
    with _Said() as said:
        Page.render(page, config, files)
    full = {**_rendered(page), "log": said}
    fast_page = Page(None, files.get_file_from_path(path), config)
    fast_page.markdown = text
    with _Said() as said:
        if not skeleton.render(fast_page, config, files):
            return full, None
    return full, {**_rendered(fast_page), "log": said}


# Each construct of the grammar, alone and as the templates write it.
CONSTRUCTS = [
    "gpblock0123456789abcdefn0",
    "# Country: Spain",
    "## What it is",
    "### Fit: is it right for our city? { #essentials-fit }",
    '## Polski { #translation-pl lang="pl" }',
    "## Essentials { #essentials }\n\n### Fit { #essentials-fit }\n\n## Essentials\n\n## Essentials",
    "## Agri\\-food \\+ more\\.",
    "## Q&amp;A &#39;quoted&#39; & more",
    "# Q&amp;A &#39;quoted&#39; & more\n\ngpblockabcn0",
    "## Twice { #twice-1 }\n\n## Twice\n\n## Twice\n\n## Twice\\_1\n\n## Twice 1",
    "- **Where:** Bilbao, País Vasco, [Spain](../countries/es.md)\n- **When:** 2016 – ongoing",
    "- **Topics:** [Agriculture and agri\\-food](../topics/agri-food.md), [Spain](../countries/es.md)",
    "**Total:** EUR 1\\.000",
    "[Transfer checklist](../checklists/bilbao-food-hub-5.md){ .gp-checklist-link }: what it takes.\n"
    "{: data-pagefind-ignore }",
    'Blank checklist: [Markdown](../downloads/checklists/bilbao-food-hub-5.md.txt){ download="a-checklist.md" }'
    ' · [CSV](../checklists/bilbao-food-hub-5.md){ download="a.csv" }\n{: .gp-checklist-downloads }',
    "[Edit this practice](https://github.com/example/good-practices/edit/main/practices/a.yml){ .gp-edit }\n"
    "{: data-pagefind-ignore }",
    "[All transfers between places](../transfers.md)",
    "What a team would settle before adopting [this practice](../practices/bilbao-food-hub-5.md) from "
    "Bilbao\\.\nA second line, “quoted”, (in brackets) and 50% done!",
    "[A broken link](missing.md) and [an anchor](../countries/es.md#section) and [here](#what-it-is)",
    "[Self](bilbao-food-hub-5.md#what-it-is)",
    "Text &amp; more &lt;b&gt; &#x27; and a lone & sign",
    "Backslashes: \\\\ \\* \\_ \\{ \\} \\[ \\] \\( \\) \\# \\+ \\- \\. \\!",
]


@pytest.mark.parametrize("text", CONSTRUCTS)
def test_each_construct_comes_out_as_mkdocs_renders_it(config, text):
    full, fast = _both(config, text)
    assert fast is not None, "the construct is in the grammar"
    assert fast == full


def test_a_page_shaped_like_a_practice_comes_out_as_mkdocs_renders_it(config):
    text = "\n\n".join(["gpblockabcn0", CONSTRUCTS[8], "gpblockabcn1", CONSTRUCTS[11], *CONSTRUCTS[1:8]])
    full, fast = _both(config, text + "\n")
    assert fast == full
    assert full["title"] is None and "essentials-fit" in full["anchors"]


def test_warnings_of_broken_links_are_mkdocs_own(config):
    full, fast = _both(config, "See [this](missing.md) and [that](../countries/es.md#x).")
    assert full["log"] and fast == full


# Constructs outside the grammar: each sends the page through MkDocs' own rendering.
UNKNOWN = [
    "*emphasis*",
    "_emphasis_",
    "__strong__",
    "***both***",
    "**bold *nested***",
    "`code`",
    "an escaped \\` backtick",
    "<span>html</span>",
    "<https://example.org>",
    "![image](x.png)",
    "[reference][ref]\n\n[ref]: x.md",
    "[short]",
    "- item\n    - nested",
    "- item\n\n- loose",
    "1. numbered",
    "> quote",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "!!! note\n    admonition",
    "```\nfence\n```",
    "    indented code",
    "Heading\n=======",
    "line  \nbreak",
    "---",
    "Unknown \\a escape",
    'A [link](x.md "title")',
    "A [link](<x.md>)",
    "text {: not at the end }",
    "[a](x.md){ .one } text }",
    "## Heading #",
    "## Heading\ntext after",
    "text\n## heading inside",
    "[TOC]",
    "A\ttab",
    "Hard &\\#35; entity",
    "[a](x.md){ .one } · [b](y.md){ .two } }",
    '## H { data-toc-label="x" }',
]


@pytest.mark.parametrize("text", UNKNOWN)
def test_anything_outside_the_grammar_goes_to_mkdocs(config, text):
    full, fast = _both(config, text)
    assert fast is None
    assert skeleton.convert(text, skeleton.settings(config), lambda url: url) is None


def test_a_generated_page_falls_back_to_mkdocs_render_with_the_same_result(config):
    files = _files(config, TARGETS)
    text = "*emphasis* and [a link](../countries/es.md)"
    page = Page(None, files.get_file_from_path(PAGE), config)
    page.markdown = text
    plugin._render_generated(page, config, files)
    assert page.content == '<p><em>emphasis</em> and <a href="../../countries/es/">a link</a></p>'


def test_other_markdown_settings_turn_the_fast_path_off(config):
    assert skeleton.settings(config) is not None
    for extensions, toc in [
        (["toc", "attr_list", "footnotes"], {"permalink": True}),
        (["toc", "tables"], {"permalink": True}),
        (["toc", "attr_list"], {"permalink": True, "anchorlink": True}),
        (["toc", "attr_list"], {"permalink": True, "baselevel": 2}),
    ]:
        changed = load_config(config.config_file_path)
        changed["markdown_extensions"], changed["mdx_configs"] = extensions, {"toc": toc}
        assert skeleton.settings(changed) is None, extensions


# Random skeletons of the grammar's blocks, of lines that only some places take, and of lines outside it.
_BLOCKS = [
    "gpblockabcn0",
    "## What it is",
    "### Fit { #essentials-fit }",
    "# Title",
    "- **Where:** Bilbao, [Spain](../countries/es.md)",
    "**Total:** 1\\.000 &amp; more",
    "Plain words, (brackets) and 50%!",
    "[Missing](missing.md#anchor)",
    "## What it is\\_1",
    "[Checklist](../checklists/bilbao-food-hub-5.md){ .gp-checklist-link }: text.\n{: data-pagefind-ignore }",
]
_LINES = ["{: data-pagefind-ignore }", "[Checklist](../checklists/bilbao-food-hub-5.md){ .gp-checklist-link }: text."]
_OTHER = ["*em*", "`code`", "1. one", "> quote", "<b>x</b>", "[ref]", "    code", "---", "a  ", "\\a", "x_y"]


def _document(pieces: list[str], gaps: list[str]) -> st.SearchStrategy[str]:
    parts = st.tuples(st.sampled_from(pieces), st.sampled_from(gaps))
    return st.lists(parts, min_size=1, max_size=8).map(lambda found: "".join(a + b for a, b in found))


@settings(max_examples=300, deadline=None)
@given(_document(_BLOCKS + _LINES + _OTHER, ["\n", "\n\n", "\n\n\n"]))
def test_any_mix_converted_comes_out_as_mkdocs_renders_it(config, text):
    full, fast = _both(config, text)
    assert fast is None or fast == full


@settings(max_examples=200, deadline=None)
@given(_document(_BLOCKS, ["\n\n", "\n\n\n"]))
def test_blocks_of_the_grammar_separated_by_blank_lines_convert_as_mkdocs_renders_them(config, text):
    full, fast = _both(config, text)
    loose = re.search(r"- \*\*Where[^\n]*\n\n+- ", text)  # two lists in a row make a loose list: left to MkDocs
    assert (fast is None if loose else fast is not None) and fast in (None, full)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = samples.collection(tmp_path_factory.mktemp("records"), 24)
    return validate.collect([folder], folder.parent)


def _generated_skeletons(records, language: str) -> dict[str, str]:
    options = dataclasses.replace(site.Options(), language=language, edit_base="https://github.com/o/r/edit/main/")
    pages = {}
    for path, content in site.files(records, options).items():
        if path.endswith(".md"):
            body = content.split("\n---\n", 1)[1] if content.startswith("---\n") else content
            pages[path] = blocks.set_aside(body)[0]
    return pages


def _check_pages(config, pages: dict[str, str], every: bool = True) -> int:
    """Check each page both ways; the number that took the fast path (all of them when `every`)."""
    targets = sorted(set(pages) | {"downloads/checklists/" + p.split("/")[-1] + ".txt" for p in pages})
    converted = 0
    for path, text in pages.items():
        full, fast = _both(config, text, path, targets)
        assert fast is not None or not every, f"{path} takes the fast path"
        assert fast in (None, full), path
        converted += fast is not None
    return converted


def test_every_generated_page_of_the_real_records_converts_as_mkdocs_renders_it(config):
    records = validate.collect([ROOT / "practices"], ROOT)
    for language in ("en", "pl", "fr", "de", "es"):
        _check_pages(config, _generated_skeletons(records, language))


def test_every_generated_page_of_synthetic_records_converts_as_mkdocs_renders_it(config, synthetic):
    _check_pages(config, _generated_skeletons(synthetic, "en"))


def test_pages_of_hostile_and_rich_records_convert_as_mkdocs_renders_them_or_go_to_mkdocs(config, tmp_path):
    converted = 0
    for record_id, data in (hostile.hostile_record(), hostile.rich_record()):
        folder = copy_records(tmp_path / record_id, "reggio-emilia-south-africa")  # the practice they name
        hostile.write(folder, record_id, data)
        records = validate.collect([folder], tmp_path)
        converted += _check_pages(config, _generated_skeletons(records, "en"), every=False)
    assert converted > 0


def _build(workdir, records, docs) -> tuple[dict[str, bytes], list[str]]:
    from mkdocs.commands.build import build

    with _Said() as said:
        build(load_config(str(write_config(workdir, records, docs_dir=str(docs), not_in_nav="/link.md"))))
    site_dir = workdir / "site"
    pages = {str(p.relative_to(site_dir)): p.read_bytes() for p in site_dir.rglob("*.html")}
    return pages, [line for line in said if not line.startswith("INFO")]


def test_a_whole_site_is_byte_identical_with_and_without_the_fast_path(tmp_path, monkeypatch):
    records = tmp_path / "records"
    shutil.copytree(ROOT / "practices", records)
    samples.write(records, 6)
    for i in (40, 41):
        name, data = samples.unknowns_record(i)
        (records / f"{name}.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "content", docs)
    practice = "reggio-emilia-south-africa"
    (docs / "link.md").write_text(
        f"# Link\n\n[Text](practices/{practice}.md#what-it-is), [item](checklists/{practice}.md#essentials-fit),"
        f" [none](practices/{practice}.md#no-such-anchor)\n",
        encoding="utf-8",
    )
    converted = []
    real = skeleton.convert

    def counted(*args):
        result = real(*args)
        converted.append(result is not None)
        return result

    monkeypatch.setattr(skeleton, "convert", counted)
    fast, fast_said = _build(tmp_path / "fast", records, docs)
    assert sum(converted) > 80, "the generated pages took the fast path"
    monkeypatch.setattr(skeleton, "ENABLED", False)
    full, full_said = _build(tmp_path / "full", records, docs)
    assert sorted(fast) == sorted(full) and len(full) > 100
    assert [path for path in full if fast[path] != full[path]] == []
    assert fast_said == full_said
    assert any("no-such-anchor" in said for said in full_said)
