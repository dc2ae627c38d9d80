/* The catalogue's filters: combine them, keep them in the address, sort, download, tick to compare.
 *
 * The page's cards already show every practice; this script only shows the
 * filter form and the compare ticks, then hides, shows and reorders the cards
 * using the summary data the build writes (data/catalogue.json). Budgets are
 * compared in euros, converted at the build with the dated rates the data
 * names. Every word it writes comes from the page (#gp-words), and numbers
 * are written in the page's language. Without JavaScript all cards stay.
 * What the site's scripts share (words, CSV, downloads, fetching) is in common.js (`gp`).
 */
(function () {
  "use strict";

  gp.onPage("#gp-filters", function (form) {
    var FIELDS = ["q", "topic", "country", "status", "lang", "from", "to", "currency", "min", "max", "sort"];
    var list = document.getElementById("gp-catalogue");
    var LANG = document.documentElement.lang || "en";
    var WORDS = gp.readJSON("gp-words");
    var numbers = new Intl.NumberFormat(LANG);
    var plurals = gp.pluralRules(LANG);
    var MAX_COMPARED = 4;
    var tray = document.getElementById("gp-tray");
    var trayStatus = document.getElementById("gp-tray-status");
    var trayLink = document.getElementById("gp-tray-link");
    var ticked = [];
    var perEuro = new Map([["EUR", 1]]);
    var count = document.getElementById("gp-count");
    var downloads = document.getElementById("gp-download");
    var data = null;
    var shown = [];
    var arranged = null;
    var remembering = null;
    var STEP = Number(form.dataset.pageSize) || 100;
    var limit = STEP;
    var more = document.getElementById("gp-more");
    var compareThese = document.getElementById("gp-compare-these");

    function fold(text) {
      return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }

    function say(words, values) {
      return gp.fill(words, values, numbers);  // numbers in the page's language
    }

    function sayCount(forms, count, values) {
      return say(gp.pick(forms, count, plurals), Object.assign({ count: count }, values || {}));
    }

    function lookup(object, key) {
      return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
    }

    function prepare(loaded) {
      var cards = new Map();
      Array.prototype.forEach.call(list.children, function (card) { cards.set(card.dataset.id, card); });
      var rates = (loaded.rates && loaded.rates.per_euro) || {};
      Object.keys(rates).forEach(function (code) {
        if (/^[A-Z]{3}$/.test(code) && typeof rates[code] === "number" && rates[code] > 0) { perEuro.set(code, rates[code]); }
      });
      loaded.practices.forEach(function (p) {
        var labels = p.topics.map(function (t) { return lookup(loaded.topics, t) || t; });
        p.row = cards.get(p.id);
        p.countryName = lookup(loaded.countries, p.country) || p.country;
        p.topicLabels = labels;
        p.text = fold([p.title, p.place, p.countryName, labels.join(" "), p.topics.join(" "), p.words].join(" "));
      });
      loaded.practices = loaded.practices.filter(function (p) { return p.row; });
      return loaded;
    }

    function state() {
      var out = {};
      FIELDS.forEach(function (name) { out[name] = form.elements[name].value.trim(); });
      return out;
    }

    function number(text) {
      return text === "" || isNaN(Number(text)) ? null : Number(text);
    }

    function euros(amount, currency) {
      // An amount the reader typed, in euros; null when the currency has no rate.
      var rate = perEuro.get(currency);
      return amount === null || rate === undefined ? null : amount / rate;
    }

    function budget(p) {
      return typeof p.eur === "number" ? p.eur : null;  // null: no amount, or a currency without a rate
    }

    function matches(p, s, words) {
      var from = number(s.from), to = number(s.to);
      var min = euros(number(s.min), s.currency || "EUR"), max = euros(number(s.max), s.currency || "EUR");
      if (s.topic && p.topics.indexOf(s.topic) < 0) { return false; }
      if (s.country && p.country !== s.country) { return false; }
      if (s.lang && (p.langs || [p.lang]).indexOf(s.lang) < 0) { return false; }
      if (s.status === "ongoing" && p.end !== null) { return false; }
      if (s.status === "finished" && p.end === null) { return false; }
      if ((from !== null && p.start < from) || (to !== null && p.start > to)) { return false; }
      if (min !== null || max !== null) {
        var amount = budget(p);
        if (amount === null || (min !== null && amount < min) || (max !== null && amount > max)) { return false; }
      }
      return words.every(function (word) { return p.text.indexOf(word) >= 0; });
    }

    function sorter(s) {
      var byTitle = function (a, b) { return a.title.localeCompare(b.title); };
      var byBudget = function (sign) {
        return function (a, b) {
          var x = budget(a), y = budget(b);
          if (x === y) { return byTitle(a, b); }
          if (x === null) { return 1; }  // practices without a budget in euros come last
          if (y === null) { return -1; }
          return sign * (x - y);
        };
      };
      var byYear = function (sign) {
        return function (a, b) { return sign * (a.start - b.start) || byTitle(a, b); };
      };
      return {
        "title": byTitle, "year": byYear(1), "year-desc": byYear(-1), "budget": byBudget(1), "budget-desc": byBudget(-1)
      }[s.sort] || byTitle;
    }

    var FACETS = ["topic", "country", "status", "lang"];

    function facetValues(p, facet) {
      if (facet === "topic") { return p.topics; }
      if (facet === "country") { return [p.country]; }
      if (facet === "status") { return ["", p.end === null ? "ongoing" : "finished"]; }
      return p.langs || [p.lang];
    }

    function labelCounts() {
      // The build wrote "Label (count)" for the whole collection; keep the label, the count follows the filters.
      FACETS.forEach(function (facet) {
        Array.prototype.forEach.call(form.elements[facet].options, function (option) {
          var found = /^(.*) \(\d+\)$/.exec(option.textContent);
          if (found) { option.dataset.label = found[1]; }
        });
      });
    }

    function recount(s, words) {
      // Each choice counts the practices it would show with the other filters as they are.
      FACETS.forEach(function (facet) {
        var others = Object.assign({}, s);
        others[facet] = "";
        var counts = new Map();
        data.practices.forEach(function (p) {
          if (!matches(p, others, words)) { return; }
          facetValues(p, facet).forEach(function (value) { counts.set(value, (counts.get(value) || 0) + 1); });
        });
        Array.prototype.forEach.call(form.elements[facet].options, function (option) {
          if (option.dataset.label === undefined) { return; }
          option.textContent = option.dataset.label + " (" + numbers.format(counts.get(option.value) || 0) + ")";
        });
      });
    }

    function arrange(s) {
      // Rows move only when the order changes; filtering just hides and shows them, which is far cheaper.
      var key = s.sort;
      if (key === arranged) { return; }
      data.practices.sort(sorter(s));
      list.replaceChildren.apply(list, data.practices.map(function (p) { return p.row; }));
      arranged = key;
    }

    function apply() {
      var s = state();
      var words = fold(s.q).split(/\s+/).filter(Boolean);
      arrange(s);
      shown = data.practices.filter(function (p) { p.match = matches(p, s, words); return p.match; });
      recount(s, words);
      limit = STEP;
      display();
      var total = data.practices.length;
      count.textContent = shown.length === total ? sayCount(WORDS.count, total)
        : shown.length === 0 ? say(WORDS.none, { total: total })
          : sayCount(WORDS.matching, shown.length, { total: total });
      clearTimeout(remembering);
      // Writing the address costs more than filtering (it goes through the browser's history), so it waits for a pause.
      remembering = setTimeout(remember, 250, s);
    }

    function display() {
      // Only the first rows of a long result are laid out: a table of thousands takes the browser long to lay out.
      var seen = 0;
      data.practices.forEach(function (p) {
        var visible = p.match && seen < limit;
        if (p.match) { seen += 1; }
        if (p.row.hidden === visible) { p.row.hidden = !visible; }
      });
      more.hidden = shown.length <= limit;
      var few = shown.length >= 2 && shown.length <= 4;  // what the compare page takes
      compareThese.hidden = !few;
      if (few) {
        compareThese.querySelector("a").href = "../compare/?ids=" + shown.map(function (p) { return p.id; }).join(",");
      }
      more.querySelector("button").textContent = say(WORDS.more,
        { step: Math.min(STEP, shown.length - limit), limit: limit, count: shown.length });
    }

    function remember(s) {
      var query = new URLSearchParams();
      FIELDS.forEach(function (name) {
        var kept = s[name] && !(name === "sort" && s[name] === "title") &&
          !(name === "currency" && s.min === "" && s.max === "" && s.sort.indexOf("budget") < 0);
        if (kept) { query.set(name, s[name]); }
      });
      var text = query.toString();
      history.replaceState(null, "", location.pathname + (text ? "?" + text : "") + location.hash);
    }

    function restore() {
      var query = new URLSearchParams(location.search);
      FIELDS.forEach(function (name) {
        var control = form.elements[name];
        var value = query.get(name);
        if (value === null) { return; }
        if (control.tagName === "SELECT" && !Array.prototype.some.call(control.options, function (o) { return o.value === value; })) {
          return;  // an unknown choice (a topic since removed) is ignored rather than hiding everything
        }
        control.value = value;
      });
    }

    function published(p) {
      return {
        id: p.id, title: p.title, place: p.place, country: p.country, country_name: p.countryName,
        topics: p.topics, start_year: p.start, end_year: p.end, status: p.end === null ? "ongoing" : "finished",
        period: p.period, budget: p.budget_text, language: p.lang, page: new URL(p.id + "/", location.href).href
      };
    }

    function csv(list) {
      var columns = ["id", "title", "place", "country", "country_name", "topics", "start_year", "end_year", "status",
        "period", "budget", "language", "page"];
      return gp.csv([columns].concat(list.map(function (p) {
        var row = published(p);
        row.topics = p.topicLabels.join("; ");
        return columns.map(function (c) { return row[c]; });
      })));
    }

    function filename(s, extension) {
      var parts = [s.topic, s.country, s.status, s.lang, s.from && "from-" + s.from, s.to && "to-" + s.to,
        s.min && "min-" + s.min + "-" + s.currency, s.max && "max-" + s.max + "-" + s.currency, s.q];
      var slug = fold(parts.filter(Boolean).join("-")).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80);
      var name = function (words) { return fold(words).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""); };
      return (name(WORDS.file) || "practices") + "-" + (slug || name(WORDS.all) || "all") + "." + extension;
    }

    function download(format) {
      var s = state();
      var body = format === "csv" ? csv(shown)
        : JSON.stringify({ address: location.href, count: shown.length, practices: shown.map(published) }, null, 1);
      gp.download(filename(s, format), body, format === "csv" ? "text/csv;charset=utf-8" : "application/json");
    }

    function showTicked(message) {
      var few = ticked.length >= 2 && ticked.length <= MAX_COMPARED;
      tray.hidden = !message && ticked.length === 0;  // it appears with the first tick
      trayStatus.textContent = message || (ticked.length ? sayCount(WORDS.ticked, ticked.length) : WORDS.tickHint);
      if (few) {
        trayLink.href = "../compare/?ids=" + ticked.map(encodeURIComponent).join(",");
        trayLink.removeAttribute("aria-disabled");
      } else {
        trayLink.removeAttribute("href");
        trayLink.setAttribute("aria-disabled", "true");
      }
    }

    function tick(event) {
      var box = event.target;
      if (box.name !== "compare" || box.type !== "checkbox") { return; }
      event.stopPropagation();  // not a filter: the list stays as it is
      var id = box.value;
      if (box.checked && ticked.length >= MAX_COMPARED) {
        box.checked = false;
        showTicked(WORDS.tooMany);
        return;
      }
      ticked = ticked.filter(function (other) { return other !== id; });
      if (box.checked) { ticked.push(id); }
      showTicked();
    }

    function offerCompare() {
      Array.prototype.forEach.call(list.querySelectorAll(".gp-card__compare"), function (holder) { holder.hidden = false; });
      list.addEventListener("input", tick);
      list.addEventListener("change", function (event) { if (event.target.name === "compare") { event.stopPropagation(); } });
      Array.prototype.forEach.call(list.querySelectorAll("input[name=compare]:checked"), function (box) { box.checked = false; });
      showTicked();
    }

    function start(loaded) {
      data = prepare(loaded);
      labelCounts();
      restore();
      form.hidden = false;
      downloads.hidden = false;
      form.addEventListener("input", apply);  // selects fire it too, so one listener covers every control
      form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
      form.addEventListener("reset", function () { setTimeout(apply, 0); });
      downloads.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-format]");
        if (button) { download(button.dataset.format); }
      });
      more.querySelector("button").addEventListener("click", function () { limit += STEP; display(); });
      offerCompare();
      apply();
      form.dataset.ready = "true";
    }

    gp.fetchJSON(form.dataset.source)
      .then(start)
      .catch(function (error) {
        // The full table stays; the reader only loses the filters.
        count.textContent += " " + WORDS.failed;
        console.warn(error);
      });
  });
}());
