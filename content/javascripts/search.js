/* Full-text search with Pagefind, shown in the theme's own search box and result list.

   The theme keeps opening and closing the search box, its keyboard shortcuts and
   focus; this script answers the query. Pagefind's index comes in small chunks,
   fetched only for the words typed, so the download stays small at thousands of
   practices. The theme's result list is replaced by a copy that only this script
   fills, so that the two never write over each other.
   What the site's scripts share (reading the page's words) is in common.js (`gp`). */
(function () {
  "use strict";

  var input = document.querySelector(".md-search__input");
  var original = document.querySelector("[data-md-component=search-result]");
  if (!input || !original || !document.getElementById("__config")) return;

  var config = gp.readJSON("__config");
  var words = gp.isObject(config.translations) ? config.translations : {};
  var ours = gp.readJSON("gp-search-words");
  var root = typeof config.base === "string" && config.base ? config.base : ".";
  var base = new URL(root.slice(-1) === "/" ? root : root + "/", window.location.href);
  var results = original.cloneNode(true);
  original.replaceWith(results);
  var meta = results.querySelector(".md-search-result__meta");
  var list = results.querySelector(".md-search-result__list");
  list.hidden = false; /* the theme hides its list until its own index answers */
  list.removeAttribute("style");
  var MAX_RESULTS = 20;
  var pagefind = null;
  var asked = 0;

  var onlyPractices = makeToggle();
  results.insertBefore(onlyPractices.label, list);
  meta.setAttribute("aria-live", "polite");
  say("search.result.placeholder", 0);

  function makeToggle() {
    var label = document.createElement("label");
    label.className = "gp-search-scope";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.addEventListener("change", function () { run(input.value); });
    label.append(box, " " + (ours["Practices only"] || "Practices only")); /* the key is the English wording */
    return { label: label, box: box };
  }

  function say(key, count) {
    var text = words[key] || "";
    meta.textContent = text.replace("#", new Intl.NumberFormat(document.documentElement.lang || undefined).format(count));
  }

  /* Loaded once, on the first query, however many queries are typed meanwhile. */
  function engine() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", base).href).then(function (module) {
        return module.options({ baseUrl: base.pathname }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  function run(query) {
    var ticket = ++asked;
    var text = query.trim();
    if (!text) {
      list.replaceChildren();
      say("search.result.placeholder", 0);
      return Promise.resolve();
    }
    return engine()
      .then(function (module) { return module.debouncedSearch(text, filters(), 150); })
      .then(function (found) {
        if (found === null || ticket !== asked) return null; /* a newer query is on its way */
        return Promise.all(found.results.slice(0, MAX_RESULTS).map(function (hit) { return hit.data(); }))
          .then(function (shown) { show(ticket, shown, found.results.length); });
      });
  }

  function show(ticket, shown, count) {
    if (ticket !== asked) return;
    list.replaceChildren.apply(list, shown.map(item));
    say(count === 0 ? "search.result.none" : count === 1 ? "search.result.one" : "search.result.other", count);
  }

  function filters() {
    return onlyPractices.box.checked ? { filters: { kind: "practice" } } : {};
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = new URL(data.url, window.location.origin).href;
    link.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    var title = document.createElement("h1");
    title.textContent = data.meta.title || data.url;
    article.append(icon, title);
    var where = [data.meta.place, data.meta.topics].filter(Boolean).join(" · ");
    if (where) {
      var line = document.createElement("p");
      line.className = "gp-search-where";
      line.textContent = where;
      article.append(line);
    }
    /* A practice shows its summary (data-pagefind-meta="summary" on its page), not the flattened
       table cells an excerpt would quote; other pages show the excerpt around the words found. */
    var excerpt = document.createElement("p");
    var nodes = data.meta.summary ? highlighted(data.meta.summary, input.value) : marked(data.excerpt || "");
    excerpt.append.apply(excerpt, nodes);
    article.append(excerpt);
    link.append(article);
    li.append(link);
    return li;
  }

  /* A summary with the words of the query (and the rest of each word they start) in <mark>, as text nodes. */
  function highlighted(text, query) {
    var terms = query.trim().split(/\s+/).filter(Boolean).map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    if (!terms.length) return [document.createTextNode(text)];
    var pattern = new RegExp("(?<![\\p{L}\\p{N}])(" + terms.join("|") + ")[\\p{L}\\p{N}]*", "giu");
    var nodes = [];
    var at = 0;
    var found;
    while ((found = pattern.exec(text)) !== null) {
      nodes.push(document.createTextNode(text.slice(at, found.index)));
      var mark = document.createElement("mark");
      mark.textContent = found[0];
      nodes.push(mark);
      at = found.index + found[0].length;
    }
    nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  /* The excerpt is the page's own text with <mark> around the words found:
     it is rebuilt as text nodes and <mark> elements, so no other markup can pass. */
  function marked(excerpt) {
    var holder = document.createElement("template");
    holder.innerHTML = excerpt;
    var nodes = [];
    holder.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        nodes.push(mark);
      } else {
        nodes.push(document.createTextNode(node.textContent));
      }
    });
    return nodes;
  }

  /* Arrow keys move between the box and the results, Enter opens the focused
     one (or the first). Handled before the theme's own keys, which know only
     the list this script replaced. */
  var open = document.getElementById("__search");
  window.addEventListener("keydown", function (event) {
    if (!open || !open.checked) return;
    var links = Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      var next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
      (next < 0 ? input : links[next] || input).focus();
    } else if (event.key === "Enter" && document.activeElement === input && links.length) {
      links[0].click();
    } else {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  }, true);

  input.addEventListener("input", function () { run(input.value); });
  input.form.addEventListener("reset", function () { run(""); });
  if (input.value) run(input.value);
})();
