/* The compare page: pick two to four practices and see them side by side.
 *
 * Titles, places, periods and budgets come from the catalogue's summary data;
 * evidence, difficulties and preconditions from each chosen practice's record
 * (data/practices/<id>.json). The choice lives in the address (?ids=a,b), so a
 * comparison can be shared and printed. Record text is only ever set as text.
 */
(function () {
  "use strict";

  var root = document.getElementById("gp-compare");
  if (!root) { return; }
  var MAX = 4, MIN = 2, EVIDENCE = 3;
  var form = document.getElementById("gp-pick");
  var input = document.getElementById("gp-pick-input");
  var options = document.getElementById("gp-pick-options");
  var chosenList = document.getElementById("gp-chosen");
  var status = document.getElementById("gp-compare-status");
  var holder = document.getElementById("gp-compare-table");
  var numbers = new Intl.NumberFormat(document.documentElement.lang || "en");
  var byId = {}, byLabel = {}, records = {}, chosen = [];

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

  function index(data) {
    data.practices.forEach(function (p) {
      byId[p.id] = p;
      byLabel[label(p).toLowerCase()] = p.id;
      options.appendChild(element("option", null, { value: label(p) }));
    });
  }

  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) { return null; }
    if (byLabel[wanted]) { return byLabel[wanted]; }
    var hits = Object.keys(byId).filter(function (id) { return label(byId[id]).toLowerCase().indexOf(wanted) >= 0; });
    return hits.length === 1 ? hits[0] : null;
  }

  function add(event) {
    event.preventDefault();
    var id = find(input.value);
    if (!id) {
      status.textContent = "No single practice matches “" + input.value.trim() + "”: choose one of the suggestions.";
    } else if (chosen.indexOf(id) >= 0) {
      status.textContent = "“" + byId[id].title + "” is already in the comparison.";
    } else if (chosen.length >= MAX) {
      status.textContent = "At most " + MAX + " practices can be compared: remove one first.";
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
      var item = element("li");
      item.appendChild(element("a", byId[id].title, { href: "../practices/" + id + "/" }));
      var button = element("button", "Remove", { type: "button", "class": "gp-remove",
        "aria-label": "Remove " + byId[id].title + " from the comparison" });
      button.addEventListener("click", function () { remove(id); });
      item.appendChild(document.createTextNode(" "));
      item.appendChild(button);
      return item;
    }));
  }

  function load(id) {
    if (!records[id]) {
      records[id] = fetch(root.dataset.records + encodeURIComponent(id) + ".json").then(function (response) {
        if (!response.ok) { throw new Error("record " + id + ": HTTP " + response.status); }
        return response.json();
      });
    }
    return records[id];
  }

  function list(items) {
    if (!items.length) { return element("span", "none given", { "class": "gp-none" }); }
    var out = element("ul");
    items.forEach(function (item) {
      out.appendChild(typeof item === "string" ? element("li", item) : item);
    });
    return out;
  }

  function evidence(record) {
    return list((record.evidence || []).slice(0, EVIDENCE).map(function (item) {
      var unit = item.unit ? " " + item.unit : "";
      return item.indicator + ": " + numbers.format(item.value) + unit + " (" + item.year + ")";
    }));
  }

  function difficulties(record) {
    return list((record.difficulties || []).map(function (item) {
      var entry = element("li", plain(item.difficulty) + " ");
      entry.appendChild(element("strong", "How it was handled:"));
      entry.appendChild(document.createTextNode(" " + plain(item.handling)));
      return entry;
    }));
  }

  var ASPECTS = [
    ["Place", function (p) { return p.place; }],
    ["Period", function (p) { return p.period; }],
    ["Budget", function (p) { return p.budget_text; }],
    ["Key evidence", function (p, record) { return evidence(record); }],
    ["Difficulties and how they were handled", function (p, record) { return difficulties(record); }],
    ["Preconditions", function (p, record) { return list(record.transferability.preconditions.map(plain)); }]
  ];

  function table(loaded) {
    var grid = element("table", null, { "class": "gp-table gp-compare-grid" });
    grid.appendChild(element("caption", "Comparison of " + chosen.length + " practices"));
    var head = grid.createTHead().insertRow();
    head.appendChild(element("td"));
    chosen.forEach(function (id) {
      var th = element("th", null, { scope: "col", lang: byId[id].lang });
      th.appendChild(element("a", byId[id].title, { href: "../practices/" + id + "/" }));
      head.appendChild(th);
    });
    var body = grid.createTBody();
    ASPECTS.forEach(function (aspect) {
      var row = body.insertRow();
      row.appendChild(element("th", aspect[0], { scope: "row" }));
      chosen.forEach(function (id, i) {
        var value = aspect[1](byId[id], loaded[i]);
        var td = element("td", null, { lang: byId[id].lang });
        td.appendChild(typeof value === "string" ? document.createTextNode(value) : value);
        row.appendChild(td);
      });
    });
    return grid;
  }

  function update() {
    remember();
    showChosen();
    if (chosen.length < MIN) {
      holder.replaceChildren();
      status.textContent = chosen.length === 0 ? "Choose two to four practices."
        : "One practice chosen: add at least one more to compare.";
      return;
    }
    var wanted = chosen.slice();
    Promise.all(wanted.map(load)).then(function (loaded) {
      if (wanted.join(",") !== chosen.join(",")) { return; }  // the choice changed while loading
      holder.replaceChildren(table(loaded));
      status.textContent = "Comparing " + chosen.length + " practices.";
    }).catch(function (error) {
      status.textContent = "A practice's record could not be loaded; try again later.";
      console.warn(error);
    });
  }

  function start(data) {
    index(data);
    var asked = (new URLSearchParams(location.search).get("ids") || "").split(",");
    chosen = asked.filter(function (id, i) { return byId[id] && asked.indexOf(id) === i; }).slice(0, MAX);
    form.addEventListener("submit", add);
    document.getElementById("gp-compare-print").addEventListener("click", function () { window.print(); });
    root.hidden = false;
    update();
    root.dataset.ready = "true";
  }

  fetch(root.dataset.source)
    .then(function (response) {
      if (!response.ok) { throw new Error("catalogue data: HTTP " + response.status); }
      return response.json();
    })
    .then(start)
    .catch(function (error) { console.warn(error); });
}());
