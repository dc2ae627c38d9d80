/* The compare page: pick two to four practices and see them side by side.
 *
 * Titles, places, periods and budgets come from the catalogue's summary data;
 * evidence, difficulties and preconditions from each chosen practice's record
 * (data/practices/<id>.json). The choice lives in the address (?ids=a,b), so a
 * comparison can be shared and printed; the catalogue's compare ticks lead
 * here the same way. The address is untrusted: only ids of the practice id
 * shape that the catalogue knows are kept, looked up in Maps (never in plain
 * objects, where "__proto__" or "constructor" would find something).
 * Record text is only ever set as text. Every word comes from the page
 * (#gp-compare-words), numbers are written in the page's language.
 * Wide screens get a table; narrow ones a list per practice, label by label.
 * What the site's scripts share (words, fetching) is in common.js (`gp`).
 */
(function () {
  "use strict";

  gp.onPage("#gp-compare", function (root) {
    var MAX = 4, MIN = 2, EVIDENCE = 3;
    var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    var LANG = document.documentElement.lang || "en";
    var WORDS = gp.readJSON("gp-compare-words");
    var form = document.getElementById("gp-pick");
    var input = document.getElementById("gp-pick-input");
    var options = document.getElementById("gp-pick-options");
    var chosenList = document.getElementById("gp-chosen");
    var status = document.getElementById("gp-compare-status");
    var holder = document.getElementById("gp-compare-table");
    var printing = document.querySelector(".gp-print");
    var numbers = new Intl.NumberFormat(LANG);
    var plurals = gp.pluralRules(LANG);
    var byId = new Map(), byLabel = new Map(), records = new Map(), chosen = [];

    function say(words, values) {
      return gp.fill(words, values, numbers);  // numbers in the page's language
    }

    function sayCount(forms, count) {
      return say(gp.pick(forms, count, plurals), { count: count });
    }

    function element(tag, text, attributes) {
      var node = document.createElement(tag);
      if (text !== undefined && text !== null) { node.textContent = text; }
      Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
      return node;
    }

    function plain(markdown) {
      // Record fields may hold a little Markdown; here it is shown as plain text.
      return String(markdown).replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim();
    }

    function label(p) {
      return p.title + " (" + p.place + ")";
    }

    function usable(p) {
      return p && typeof p.id === "string" && ID.test(p.id) && typeof p.title === "string" && typeof p.place === "string";
    }

    function index(data) {
      (Array.isArray(data.practices) ? data.practices : []).filter(usable).forEach(function (p) {
        byId.set(p.id, p);
        byLabel.set(label(p).toLowerCase(), p.id);
        options.appendChild(element("option", null, { value: label(p) }));
      });
    }

    function asked() {
      // The ids the address names, kept only when they have the shape of an id and name a known practice.
      var wanted = (new URLSearchParams(location.search).get("ids") || "").split(",");
      var kept = [];
      wanted.forEach(function (id) {
        if (ID.test(id) && byId.has(id) && kept.indexOf(id) < 0) { kept.push(id); }
      });
      return kept.slice(0, MAX);
    }

    function find(text) {
      var wanted = text.trim().toLowerCase();
      if (!wanted) { return null; }
      if (byLabel.has(wanted)) { return byLabel.get(wanted); }
      var hits = [];
      byId.forEach(function (p, id) { if (label(p).toLowerCase().indexOf(wanted) >= 0) { hits.push(id); } });
      return hits.length === 1 ? hits[0] : null;
    }

    function add(event) {
      event.preventDefault();
      var id = find(input.value);
      if (!id) {
        status.textContent = say(WORDS["No single practice matches “{text}”: choose one of the suggestions."],
          { text: input.value.trim() });
      } else if (chosen.indexOf(id) >= 0) {
        status.textContent = say(WORDS["“{title}” is already in the comparison."], { title: byId.get(id).title });
      } else if (chosen.length >= MAX) {
        status.textContent = WORDS["At most four practices can be compared. Remove one first."];
      } else {
        chosen.push(id);
        input.value = "";
        update();
      }
    }

    function remove(id) {
      chosen = chosen.filter(function (other) { return other !== id; });
      update();
      input.focus();
    }

    function remember() {
      var query = chosen.length ? "?ids=" + chosen.map(encodeURIComponent).join(",") : "";
      history.replaceState(null, "", location.pathname + query + location.hash);
    }

    function showChosen() {
      chosenList.replaceChildren.apply(chosenList, chosen.map(function (id) {
        var p = byId.get(id);
        var item = element("li");
        item.appendChild(element("a", p.title, { href: "../practices/" + id + "/", lang: p.lang || LANG }));
        var button = element("button", WORDS.Remove, { type: "button", "class": "gp-remove",
          "aria-label": say(WORDS["Remove {title} from the comparison"], { title: p.title }) });
        button.addEventListener("click", function () { remove(id); });
        item.appendChild(document.createTextNode(" "));
        item.appendChild(button);
        return item;
      }));
    }

    function load(id) {
      if (!records.has(id)) {
        records.set(id, gp.fetchJSON(root.dataset.records + encodeURIComponent(id) + ".json"));
      }
      return records.get(id);
    }

    function list(items) {
      if (!items.length) { return element("span", WORDS["none given"], { "class": "gp-none" }); }
      var out = element("ul");
      items.forEach(function (item) {
        out.appendChild(typeof item === "string" ? element("li", item) : item);
      });
      return out;
    }

    function evidence(record) {
      return list((record.evidence || []).slice(0, EVIDENCE).map(function (item) {
        var unit = item.unit ? " " + item.unit : "";
        var year = typeof item.year === "number" ? " (" + item.year + ")" : "";  // a year the sources do not report is left out
        return plain(item.indicator) + ": " + numbers.format(item.value) + unit + year;
      }));
    }

    function difficulties(record) {
      return list((record.difficulties || []).map(function (item) {
        var entry = element("li", plain(item.difficulty) + " ");
        entry.appendChild(element("strong", WORDS["How it was handled"] + ":"));
        entry.appendChild(document.createTextNode(" " + plain(item.handling)));
        return entry;
      }));
    }

    function preconditions(record) {
      var transfer = record.transferability || {};
      return list((transfer.preconditions || []).map(plain));
    }

    var ASPECTS = [
      ["Place", function (p) { return p.place; }],
      ["Period", function (p) { return p.period; }],
      ["Budget", function (p) { return p.budget_text; }],
      ["Key evidence", function (p, record) { return evidence(record); }],
      ["Difficulties and how they were handled", function (p, record) { return difficulties(record); }],
      ["Preconditions", function (p, record) { return preconditions(record); }]
    ];

    function value(aspect, id, record) {
      var shown = aspect[1](byId.get(id), record);
      return typeof shown === "string" ? document.createTextNode(shown) : shown;
    }

    function titleLink(id) {
      var p = byId.get(id);
      return element("a", p.title, { href: "../practices/" + id + "/", lang: p.lang || LANG });
    }

    function table(loaded) {
      var grid = element("table", null, { "class": "gp-table gp-compare-grid" });
      grid.appendChild(element("caption", sayCount(WORDS.comparing, chosen.length)));
      var head = grid.createTHead().insertRow();
      head.appendChild(element("td"));
      chosen.forEach(function (id) {
        var th = element("th", null, { scope: "col", lang: byId.get(id).lang || LANG });
        th.appendChild(titleLink(id));
        head.appendChild(th);
      });
      var body = grid.createTBody();
      ASPECTS.forEach(function (aspect) {
        var row = body.insertRow();
        row.appendChild(element("th", WORDS[aspect[0]], { scope: "row" }));
        chosen.forEach(function (id, i) {
          var td = element("td", null, { lang: byId.get(id).lang || LANG });
          td.appendChild(value(aspect, id, loaded[i]));
          row.appendChild(td);
        });
      });
      return grid;
    }

    function stacked(loaded) {
      // The same comparison for narrow screens: one block per practice, each value under its label.
      var out = element("div", null, { "class": "gp-compare-stack" });
      chosen.forEach(function (id, i) {
        var block = element("section", null, { "class": "gp-compare-practice", "aria-label": byId.get(id).title });
        var heading = element("h2", null, { "class": "gp-compare-practice__title" });
        heading.appendChild(titleLink(id));
        block.appendChild(heading);
        var facts = element("dl");
        ASPECTS.forEach(function (aspect) {
          facts.appendChild(element("dt", WORDS[aspect[0]]));
          var dd = element("dd", null, { lang: byId.get(id).lang || LANG });
          dd.appendChild(value(aspect, id, loaded[i]));
          facts.appendChild(dd);
        });
        block.appendChild(facts);
        out.appendChild(block);
      });
      return out;
    }

    function update() {
      remember();
      showChosen();
      printing.hidden = chosen.length < MIN;  // nothing to print until there is a comparison
      if (chosen.length < MIN) {
        holder.replaceChildren();
        status.textContent = chosen.length === 0 ? WORDS["Choose two to four practices."]
          : WORDS["One practice chosen: add at least one more to compare."];
        return;
      }
      var wanted = chosen.slice();
      Promise.all(wanted.map(load)).then(function (loaded) {
        if (wanted.join(",") !== chosen.join(",")) { return; }  // the choice changed while loading
        holder.replaceChildren(table(loaded), stacked(loaded));
        status.textContent = sayCount(WORDS.comparing, chosen.length);
      }).catch(function (error) {
        printing.hidden = true;
        status.textContent = WORDS["A practice's record could not be loaded; try again later."];
        console.warn(error);
      });
    }

    function start(data) {
      index(data);
      chosen = asked();
      form.addEventListener("submit", add);
      document.getElementById("gp-compare-print").addEventListener("click", function () { window.print(); });
      root.hidden = false;
      update();
      root.dataset.ready = "true";
    }

    gp.fetchJSON(root.dataset.source)
      .then(start)
      .catch(function (error) {
        root.hidden = false;
        status.textContent = WORDS["The practices could not be loaded; try again later."];
        console.warn(error);
      });
  });
}());
