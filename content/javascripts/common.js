/* What every page script of the site shares, once: the one global `gp` the other scripts use.

   Reading what the page hands a script (an inline JSON block of words, plural forms and data),
   filling {placeholders} and picking a plural form by number, spreadsheet-safe CSV text and its
   download, fetching the site's own JSON files, and starting a page's script when the page is
   there (also after the theme's instant navigation, when that is on). Loaded first, before the
   page scripts (mkdocs.yml, extra_javascript); it reaches no other host. */
(function () {
  "use strict";

  /* A leading =, +, -, @, tab or carriage return makes a spreadsheet read a cell as a formula:
     the same rule as generator/spreadsheet.py (FORMULA_START), which tests/test_spreadsheet.py checks. */
  var FORMULA = /^[=+\-@\t\r]/;

  function isObject(value) { return typeof value === "object" && value !== null && !Array.isArray(value); }

  function own(object, key) { return isObject(object) && Object.prototype.hasOwnProperty.call(object, key); }

  /* The inline JSON block <script type="application/json" id="..."> as an object; {} when missing or unreadable. */
  function readJSON(id) {
    var block = document.getElementById(id);
    try {
      var data = JSON.parse(block ? block.textContent : "{}");
      return isObject(data) ? data : {};
    } catch (error) {
      return {};
    }
  }

  function pluralRules(lang) {
    try { return new Intl.PluralRules(lang); } catch (error) { return new Intl.PluralRules("en"); }
  }

  /* Text with its {name} placeholders filled from values; numbers through `numbers` (an Intl.NumberFormat) when given. */
  function fill(text, values, numbers) {
    return String(text).replace(/\{(\w+)\}/g, function (whole, name) {
      var value = own(values, name) ? values[name] : undefined;
      if (value === undefined) return whole;
      return typeof value === "number" && numbers ? numbers.format(value) : String(value);
    });
  }

  /* The form of {one: ..., other: ...} that a count takes under the rules, or undefined when none is given. */
  function pick(forms, count, rules) {
    var category = rules.select(count);
    if (own(forms, category) && typeof forms[category] === "string") return forms[category];
    return own(forms, "other") && typeof forms.other === "string" ? forms.other : undefined;
  }

  /* The words a page hands its script in the block `id` ({lang, words, plurals}, keyed by the English
     message), with say(key, values) and plural(key, count); a word the page lacks is its English key. */
  function pageWords(id) {
    var data = readJSON(id);
    var lang = typeof data.lang === "string" ? data.lang : "en";
    var words = isObject(data.words) ? data.words : {};
    var plurals = isObject(data.plurals) ? data.plurals : {};
    var rules = pluralRules(lang);
    var say = function (key, values) {
      return fill(own(words, key) && typeof words[key] === "string" ? words[key] : key, values);
    };
    var plural = function (key, count) {
      var form = own(plurals, key) ? pick(plurals[key], count, rules) : undefined;
      return fill(form === undefined ? key : form, { count: new Intl.NumberFormat(lang).format(count) });
    };
    return { data: data, lang: lang, say: say, plural: plural };
  }

  /* A value as a spreadsheet shows it: text starting like a formula gets a quote mark before it; numbers stay. */
  function spreadsheetText(value) {
    var text = value === null || value === undefined ? "" : String(value);
    return typeof value === "string" && FORMULA.test(text) ? "'" + text : text;
  }

  function csvCell(value) {
    var text = spreadsheetText(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /* Rows (lists of values) as CSV text, each line ended by CR LF. */
  function csv(rows) {
    return rows.map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  /* The reader's browser saves `content` as a file called `name`. */
  function download(name, content, type) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([content], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  /* One of the site's JSON files. A response that is not ok is an error, or `missing` when that is given. */
  function fetchJSON(url, missing) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (response.ok) return response.json();
      if (missing !== undefined) return missing;
      throw new Error(url + ": HTTP " + response.status);
    });
  }

  /* start(element) once for the page's element that `selector` finds, on each page that has one:
     with the theme's instant navigation pages arrive without a reload; otherwise once the page is read. */
  function onPage(selector, start) {
    var begin = function () {
      var root = document.querySelector(selector);
      if (!root || root.getAttribute("data-started")) return;
      root.setAttribute("data-started", "yes");
      start(root);
    };
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(begin);
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", begin);
    } else {
      begin();
    }
  }

  window.gp = Object.freeze({
    isObject: isObject,
    own: own,
    readJSON: readJSON,
    pluralRules: pluralRules,
    fill: fill,
    pick: pick,
    pageWords: pageWords,
    spreadsheetText: spreadsheetText,
    csvCell: csvCell,
    csv: csv,
    download: download,
    fetchJSON: fetchJSON,
    onPage: onPage,
  });
})();
