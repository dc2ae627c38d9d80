// Full-text search with Pagefind, shown in the theme's own search box and result list.
//
// The theme keeps opening and closing the search box, its keyboard shortcuts and
// focus; this script answers the query. Pagefind's index comes in small chunks,
// fetched only for the words typed, so the download stays small at thousands of
// practices. The theme's result list is replaced by a copy that only this script
// fills, so that the two never write over each other.
(function () {
  "use strict";

  const input = document.querySelector(".md-search__input");
  const original = document.querySelector("[data-md-component=search-result]");
  const configNode = document.getElementById("__config");
  if (!input || !original || !configNode) return;

  const config = JSON.parse(configNode.textContent);
  const words = config.translations || {};
  const ourWords = document.getElementById("gp-search-words");
  const own = ourWords ? JSON.parse(ourWords.textContent) : {};
  const root = config.base || ".";
  const base = new URL(root.endsWith("/") ? root : `${root}/`, window.location.href);
  const results = original.cloneNode(true);
  original.replaceWith(results);
  const meta = results.querySelector(".md-search-result__meta");
  const list = results.querySelector(".md-search-result__list");
  list.hidden = false; // the theme hides its list until its own index answers
  list.removeAttribute("style");
  const MAX_RESULTS = 20;
  let pagefind = null;
  let asked = 0;

  const onlyPractices = makeToggle();
  results.insertBefore(onlyPractices.label, list);
  meta.setAttribute("aria-live", "polite");
  say("search.result.placeholder", 0);

  function makeToggle() {
    const label = document.createElement("label");
    label.className = "gp-search-scope";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.addEventListener("change", () => run(input.value));
    label.append(box, " " + (own["Practices only"] || "Practices only")); // the key is the English wording
    return { label, box };
  }

  function say(key, count) {
    const text = words[key] || "";
    meta.textContent = text.replace("#", new Intl.NumberFormat(document.documentElement.lang || undefined).format(count));
  }

  // Loaded once, on the first query, however many queries are typed meanwhile.
  function engine() {
    pagefind ||= import(new URL("pagefind/pagefind.js", base).href).then(async (module) => {
      await module.options({ baseUrl: base.pathname });
      return module;
    });
    return pagefind;
  }

  async function run(query) {
    const ticket = ++asked;
    const text = query.trim();
    if (!text) {
      list.replaceChildren();
      say("search.result.placeholder", 0);
      return;
    }
    const found = await (await engine()).debouncedSearch(text, filters(), 150);
    if (found === null || ticket !== asked) return; // a newer query is on its way
    const shown = await Promise.all(found.results.slice(0, MAX_RESULTS).map((hit) => hit.data()));
    if (ticket !== asked) return;
    list.replaceChildren(...shown.map(item));
    const count = found.results.length;
    say(count === 0 ? "search.result.none" : count === 1 ? "search.result.one" : "search.result.other", count);
  }

  function filters() {
    return onlyPractices.box.checked ? { filters: { kind: "practice" } } : {};
  }

  function item(data) {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = new URL(data.url, window.location.origin).href;
    link.tabIndex = -1;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    const title = document.createElement("h1");
    title.textContent = data.meta.title || data.url;
    article.append(icon, title);
    const where = [data.meta.place, data.meta.topics].filter(Boolean).join(" · ");
    if (where) {
      const line = document.createElement("p");
      line.className = "gp-search-where";
      line.textContent = where;
      article.append(line);
    }
    // A practice shows its summary (data-pagefind-meta="summary" on its page), not the flattened
    // table cells an excerpt would quote; other pages show the excerpt around the words found.
    const excerpt = document.createElement("p");
    if (data.meta.summary) excerpt.append(...highlighted(data.meta.summary, input.value));
    else excerpt.append(...marked(data.excerpt || ""));
    article.append(excerpt);
    link.append(article);
    li.append(link);
    return li;
  }

  // A summary with the words of the query (and the rest of each word they start) in <mark>, as text nodes.
  function highlighted(text, query) {
    const terms = query.trim().split(/\s+/).filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (!terms.length) return [document.createTextNode(text)];
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.join("|")})[\\p{L}\\p{N}]*`, "giu");
    const nodes = [];
    let at = 0;
    for (const found of text.matchAll(pattern)) {
      nodes.push(document.createTextNode(text.slice(at, found.index)));
      const mark = document.createElement("mark");
      mark.textContent = found[0];
      nodes.push(mark);
      at = found.index + found[0].length;
    }
    nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  // The excerpt is the page's own text with <mark> around the words found:
  // it is rebuilt as text nodes and <mark> elements, so no other markup can pass.
  function marked(excerpt) {
    const holder = document.createElement("template");
    holder.innerHTML = excerpt;
    const nodes = [];
    holder.content.childNodes.forEach((node) => {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        nodes.push(mark);
      } else {
        nodes.push(document.createTextNode(node.textContent));
      }
    });
    return nodes;
  }

  // Arrow keys move between the box and the results, Enter opens the focused
  // one (or the first). Handled before the theme's own keys, which know only
  // the list this script replaced.
  const open = document.getElementById("__search");
  window.addEventListener(
    "keydown",
    (event) => {
      if (!open || !open.checked) return;
      const links = [...list.querySelectorAll(".md-search-result__link")];
      const at = links.indexOf(document.activeElement);
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        const next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
        (next < 0 ? input : links[next] || input).focus();
      } else if (event.key === "Enter" && document.activeElement === input && links.length) {
        links[0].click();
      } else {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );

  input.addEventListener("input", () => run(input.value));
  input.form.addEventListener("reset", () => run(""));
  if (input.value) run(input.value);
})();
