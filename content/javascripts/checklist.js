/* Transfer checklists for a city team: a status, an owner, a due date and a note per item, kept in
   this browser, shared as a file (export, import), downloaded as CSV or Markdown, printed.

   The page is a complete, printable list without this script; the script only adds to it.
   Answers are stored per checklist (practice id) and per item id, together with the words of the
   item they were given for, so that a team is told when those words change. Everything read back
   (saved answers, an imported file, the address) is checked by shape and what does not fit is
   left out; lookups use Map, never plain objects, so no saved key can reach a prototype.
   Every word shown comes from the page (#gp-checklist-words), in the site's language.
   What the site's scripts share (words, CSV, downloads, start-up) is in common.js (`gp`). */
(function () {
  "use strict";

  var PREFIX = "gp-checklist:";
  var FORMAT = "gp-checklist-answers";
  var STATUSES = ["not started", "yes", "partly", "no", "not relevant"];
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var DATE = /^\d{4}-\d{2}-\d{2}$/;
  var LIMIT = 5000; /* characters kept of a saved or imported text */

  /* ---- words from the page ---- */

  var isObject = gp.isObject;
  var WORDS = gp.pageWords("gp-checklist-words");
  var say = WORDS.say, plural = WORDS.plural;

  /* ---- reading saved and imported answers by shape ---- */

  function text(value) { return typeof value === "string" ? value.slice(0, LIMIT) : ""; }

  /* One item's answer, or null when nothing in it fits. */
  function answer(value) {
    if (!isObject(value)) return null;
    var status = STATUSES.indexOf(value.status) >= 0 ? value.status : (value.done === true ? "yes" : "not started");
    var found = {
      status: status,
      owner: text(value.owner),
      due: typeof value.due === "string" && DATE.test(value.due) ? value.due : "",
      note: text(value.note),
      text: text(value.text),
    };
    return filled(found) ? found : null;
  }

  function filled(a) { return a.status !== "not started" || Boolean(a.owner || a.due || a.note); }

  /* Answers by item id from a saved state ({items: {id: answer}}) or an export ({items: [{id, ...}]}). */
  function answers(items) {
    var found = new Map();
    var add = function (id, value) {
      var a = typeof id === "string" && ID.test(id) ? answer(value) : null;
      if (a) found.set(id, a);
    };
    if (Array.isArray(items)) {
      items.forEach(function (entry) { if (isObject(entry)) add(entry.id, entry); });
    } else if (isObject(items)) {
      Object.keys(items).forEach(function (id) { add(id, items[id]); });
    }
    return found;
  }

  /* ---- the checklist ---- */

  function Checklist(tools) {
    this.tools = tools;
    this.id = tools.getAttribute("data-checklist");
    this.version = tools.getAttribute("data-version") || "";
    this.key = PREFIX + this.id;
    this.progress = tools.querySelector(".gp-progress");
    this.notice = tools.querySelector(".gp-changed");
    this.result = tools.querySelector(".gp-import-result");
    this.items = Array.prototype.slice.call(document.querySelectorAll("li.gp-item[id^='item-']")).map(parts);
    this.byId = new Map(this.items.map(function (p) { return [p.id, p]; }));
    this.state = this.load();
  }

  function words(element) { return element ? element.textContent.replace(/\s+/g, " ").trim() : ""; }

  function parts(item) {
    var list = item.closest("[data-section]");
    return {
      id: item.id.slice("item-".length),
      item: item,
      text: words(item.querySelector(".gp-item-text")),
      detail: words(item.querySelector(".gp-detail")),
      words: (item.getAttribute("data-words") || "").replace(/\s+/g, " ").trim(),
      section: list ? list.getAttribute("data-section") : "",
      essential: item.getAttribute("data-essential") === "yes",
    };
  }

  Checklist.prototype.load = function () {
    var raw = null;
    try {
      raw = window.localStorage.getItem(this.key);
    } catch (error) {
      this.storageFailed = true;
    }
    try {
      var saved = raw ? JSON.parse(raw) : null;
      if (isObject(saved)) return answers(saved.items);
    } catch (error) { /* unreadable saved data: start afresh rather than fail */ }
    return new Map();
  };

  Checklist.prototype.store = function () {
    var items = Object.create(null);
    this.state.forEach(function (a, id) { items[id] = a; });
    try {
      if (this.state.size) {
        window.localStorage.setItem(this.key, JSON.stringify({ items: items }));
      } else {
        window.localStorage.removeItem(this.key);
      }
    } catch (error) {
      this.storageFailed = true;
      this.showStorageProblem();
    }
  };

  function element(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (name) {
      if (name === "text") node.textContent = props[name];
      else if (name in node && name.indexOf("-") < 0) node[name] = props[name];
      else node.setAttribute(name, props[name]);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  /* Status, owner, due date and a note that opens on demand, added under the item's words. */
  Checklist.prototype.addControls = function (p) {
    var self = this, id = p.id;
    var textId = "text-" + id;
    p.status = element("select", { id: "status-" + id, className: "gp-status", "aria-describedby": textId },
      STATUSES.map(function (s) { return element("option", { value: s, text: say(s) }); }));
    p.owner = element("input", { type: "text", id: "owner-" + id, className: "gp-owner", autocomplete: "off",
      "aria-describedby": textId });
    p.due = element("input", { type: "date", id: "due-" + id, className: "gp-due", "aria-describedby": textId });
    p.note = element("textarea", { id: "note-" + id, className: "gp-note", rows: 2, "aria-describedby": textId });
    p.noteField = element("p", { className: "gp-note-field", hidden: true }, [
      element("label", { htmlFor: "note-" + id, text: say("Note") }), p.note]);
    p.noteButton = element("button", { type: "button", className: "gp-note-button", "aria-expanded": "false",
      "aria-controls": "note-field-" + id, "aria-describedby": textId, text: say("Add a note") });
    p.noteField.id = "note-field-" + id;
    var row = element("div", { className: "gp-controls" }, [
      element("span", { className: "gp-control" }, [element("label", { htmlFor: "status-" + id, text: say("Status") }), p.status]),
      element("span", { className: "gp-control" }, [element("label", { htmlFor: "owner-" + id, text: say("Owner") }), p.owner]),
      element("span", { className: "gp-control" }, [element("label", { htmlFor: "due-" + id, text: say("Due date") }), p.due]),
      p.noteButton,
    ]);
    p.printed = element("p", { className: "gp-answer-print", "aria-hidden": "true" });
    p.item.appendChild(row);
    p.item.appendChild(p.noteField);
    p.item.appendChild(p.printed);
    var changed = function () { self.save(p); self.update(); };
    p.status.addEventListener("change", changed);
    [p.owner, p.due, p.note].forEach(function (input) { input.addEventListener("input", changed); });
    p.due.addEventListener("change", changed);
    p.noteButton.addEventListener("click", function () {
      self.openNote(p, p.noteField.hidden);
      if (!p.noteField.hidden) p.note.focus();
    });
  };

  Checklist.prototype.openNote = function (p, open) {
    p.noteField.hidden = !open;
    p.noteButton.setAttribute("aria-expanded", open ? "true" : "false");
    p.noteButton.textContent = say(open ? "Hide the note" : "Add a note");
  };

  Checklist.prototype.value = function (p) {
    return { status: p.status.value, owner: p.owner.value.trim(), due: p.due.value, note: p.note.value, text: p.words };
  };

  Checklist.prototype.show = function (p, a) {
    p.status.value = a ? a.status : "not started";
    p.owner.value = a ? a.owner : "";
    p.due.value = a ? a.due : "";
    p.note.value = a ? a.note : "";
    this.openNote(p, Boolean(p.note.value));
    this.showPrinted(p);
  };

  /* On paper an item's answers are words; an item with answers is printed even when folded. */
  Checklist.prototype.showPrinted = function (p) {
    var a = this.value(p);
    var bits = [];
    if (a.status !== "not started") bits.push(say("Status") + ": " + say(a.status));
    if (a.owner) bits.push(say("Owner") + ": " + a.owner);
    if (a.due) bits.push(say("Due date") + ": " + a.due);
    if (a.note) bits.push(say("Note: {note}", { note: a.note }));
    p.printed.textContent = bits.join(" · ");
    p.item.classList.toggle("gp-filled", bits.length > 0);
  };

  Checklist.prototype.start = function () {
    var self = this;
    document.body.classList.add("gp-checklist-js");
    this.tools.hidden = false;
    this.items.forEach(function (p) { self.addControls(p); });
    this.addFolds();
    this.prefill();
    this.showAll();
    if (this.storageFailed) this.showStorageProblem();
    this.tools.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (button) self.act(button.getAttribute("data-action"));
    });
    var file = this.tools.querySelector("input.gp-import");
    if (file) file.addEventListener("change", function () { self.importFile(file); });
  };

  /* Every control, the changed-words notes and the orphans, from the state. */
  Checklist.prototype.showAll = function () {
    var self = this;
    document.querySelectorAll(".gp-item-changed").forEach(function (box) { box.remove(); });
    this.items.forEach(function (p) {
      var a = self.state.get(p.id) || null;
      self.show(p, a);
      if (a && a.text && a.text !== p.words) self.showChanged(p, a);
    });
    this.showOrphans();
    this.update();
  };

  /* "More to check" lists fold behind a button; on paper their filled items print anyway. */
  Checklist.prototype.addFolds = function () {
    document.querySelectorAll("p.gp-more-toggle").forEach(function (holder) {
      var list = holder.nextElementSibling;
      if (!list || !list.classList.contains("gp-more-list")) return;
      var count = list.querySelectorAll("li.gp-item").length;
      var button = element("button", { type: "button", className: "md-button gp-fold", "aria-expanded": "false",
        "aria-controls": list.id, text: plural("Show {count} more item", count) });
      button.addEventListener("click", function () {
        var open = list.hidden;
        list.hidden = !open;
        button.setAttribute("aria-expanded", open ? "true" : "false");
        button.textContent = open ? say("Hide these items") : plural("Show {count} more item", count);
      });
      list.hidden = true;
      holder.appendChild(button);
    });
  };

  /* Answers from the self-assessment (?answers=item:status,...) fill items the team has not answered yet. */
  Checklist.prototype.prefill = function () {
    var given = new URLSearchParams(window.location.search).get("answers");
    if (!given) return;
    var self = this, changed = false;
    given.split(",").slice(0, 100).forEach(function (pair) {
      var bits = pair.split(":");
      var id = bits[0], status = bits[1];
      if (bits.length !== 2 || !ID.test(id) || STATUSES.indexOf(status) < 0 || status === "not started") return;
      var p = self.byId.get(id);
      if (!p || self.state.has(id)) return;
      self.state.set(id, { status: status, owner: "", due: "", note: say("From our self-assessment."), text: p.words });
      changed = true;
    });
    if (changed) this.store();
  };

  Checklist.prototype.showChanged = function (p, saved) {
    var self = this;
    var button = element("button", { type: "button", className: "md-button", text: say("It still applies") });
    var box = element("div", { className: "gp-item-changed", role: "note" }, [
      element("p", { text: say("The words of this item changed after your team saved its answer. They were: “{text}”. " +
        "Check that the answer still applies.", { text: saved.text }) }), button]);
    button.addEventListener("click", function () {
      self.save(p);
      box.remove();
      p.status.focus();
    });
    p.item.insertBefore(box, p.item.querySelector(".gp-controls"));
  };

  /* Answers saved for items this checklist no longer has are shown, not dropped unseen. */
  Checklist.prototype.showOrphans = function () {
    var self = this;
    this.notice.hidden = true;
    this.notice.textContent = "";
    var orphans = [];
    this.state.forEach(function (a, id) { if (!self.byId.has(id)) orphans.push(id); });
    if (!orphans.length) return;
    var list = element("ul", {}, orphans.map(function (id) {
      var a = self.state.get(id);
      var line = say("{item} (answer: {status})", { item: a.text || id, status: say(a.status) });
      return element("li", { text: line + (a.note ? " — " + say("Note: {note}", { note: a.note }) : "") });
    }));
    var forget = element("button", { type: "button", className: "md-button", text: say("Forget these items") });
    forget.addEventListener("click", function () {
      orphans.forEach(function (id) { self.state.delete(id); });
      self.store();
      self.notice.hidden = true;
      self.notice.textContent = "";
      self.progress.focus();
    });
    this.notice.appendChild(element("p", { text: say("Your team saved answers for items this checklist no longer has:") }));
    this.notice.appendChild(list);
    this.notice.appendChild(forget);
    this.notice.hidden = false;
  };

  Checklist.prototype.showStorageProblem = function () {
    if (this.tools.querySelector(".gp-storage-problem")) return;
    var said = element("p", { className: "gp-storage-problem",
      text: say("This browser does not let the page keep your answers: export them before you leave.") });
    this.tools.insertBefore(said, this.progress.nextSibling);
  };

  Checklist.prototype.save = function (p) {
    var a = this.value(p);
    if (filled(a)) this.state.set(p.id, a); else this.state.delete(p.id);
    this.showPrinted(p);
    this.store();
  };

  /* "40 items: yes 3 · partly 1 · no 0 · not relevant 0 · not started 36" */
  Checklist.prototype.update = function () {
    var counts = new Map(STATUSES.map(function (s) { return [s, 0]; }));
    this.items.forEach(function (p) { counts.set(p.status.value, (counts.get(p.status.value) || 0) + 1); });
    var order = STATUSES.slice(1).concat(STATUSES[0]);
    this.progress.textContent = plural("{count} item", this.items.length) + ": " +
      order.map(function (s) { return say(s) + " " + counts.get(s); }).join(" · ");
    this.tools.setAttribute("data-counts", order.map(function (s) { return counts.get(s); }).join(","));
    var anyMore = false;
    document.querySelectorAll("ul.gp-more-list").forEach(function (list) {
      var some = list.querySelector("li.gp-filled") !== null;
      anyMore = anyMore || some;
      var heading = list.previousElementSibling && list.previousElementSibling.previousElementSibling;
      if (heading && /^H[2-6]$/.test(heading.tagName)) heading.classList.toggle("gp-print-skip", !some);
      if (list.previousElementSibling) list.previousElementSibling.classList.toggle("gp-print-skip", !some);
    });
    var more = document.getElementById("more");
    if (more) more.classList.toggle("gp-print-skip", !anyMore);
  };

  Checklist.prototype.act = function (action) {
    if (action === "print") window.print();
    if (action === "clear") this.clear();
    if (action === "export") this.download("json", "application/json", this.exported(), "-answers-");
    if (action === "download-csv") this.download("csv", "text/csv", "\ufeff" + this.csv(), "-checklist-");
    if (action === "download-md") this.download("md", "text/markdown", this.markdown(), "-checklist-");
  };

  Checklist.prototype.clear = function () {
    if (!window.confirm(say("Clear every answer of this checklist in this browser? This cannot be undone."))) return;
    this.state = new Map();
    this.store();
    this.showAll();
  };

  /* ---- sharing: export and import ---- */

  Checklist.prototype.exported = function () {
    var self = this;
    var items = [];
    this.items.forEach(function (p) {
      var a = self.state.get(p.id);
      if (a) items.push({ id: p.id, text: a.text || p.words, status: a.status, owner: a.owner, due: a.due, note: a.note });
    });
    this.state.forEach(function (a, id) {
      if (!self.byId.has(id)) items.push({ id: id, text: a.text, status: a.status, owner: a.owner, due: a.due, note: a.note });
    });
    return JSON.stringify({ format: FORMAT, practice: this.id, version: this.version, exported: today(),
      items: items }, null, 2) + "\n";
  };

  Checklist.prototype.importFile = function (input) {
    var self = this;
    var file = input.files && input.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      self.importText(String(reader.result));
      input.value = "";
    };
    reader.readAsText(file);
  };

  Checklist.prototype.importText = function (raw) {
    var data = null;
    try { data = JSON.parse(raw); } catch (error) { data = null; }
    if (!isObject(data) || data.format !== FORMAT || data.practice !== this.id) {
      this.result.textContent = say("This file is not a checklist export of this practice.");
      return;
    }
    this.state = answers(data.items);
    this.store();
    this.showAll();
    this.result.textContent = plural("{count} answer imported.", this.state.size);
  };

  /* ---- downloads of the current state ---- */

  Checklist.prototype.rows = function () {
    var self = this;
    return this.items.map(function (p) {
      var a = self.value(p);
      return { section: p.section, text: p.text, detail: p.detail, essential: p.essential,
        status: a.status, owner: a.owner, due: a.due, note: a.note };
    });
  };

  Checklist.prototype.csv = function () {
    var head = ["Section", "Item", "Essential", "Reference", "Status", "Owner", "Due date", "Note"].map(function (w) { return say(w); });
    return gp.csv([head].concat(this.rows().map(function (row) {
      return [row.section, row.text, say(row.essential ? "yes" : "no"), row.detail, say(row.status), row.owner,
        row.due, row.note];
    })));
  };

  function inline(text) {
    return text.replace(/\s+/g, " ").trim().replace(/([\\`*_\[\]<>&])/g, "\\$1");
  }

  Checklist.prototype.markdown = function () {
    var title = say("Transfer checklist: {title}", { title: this.tools.getAttribute("data-title") || "" });
    var lines = ["# " + inline(title), "",
      inline(say("Saved from {address} on {date}.", { address: window.location.href.split(/[?#]/)[0], date: today() })), ""];
    var section = null;
    this.rows().forEach(function (row) {
      if (row.section !== section) {
        if (section !== null) lines.push("");
        section = row.section;
        lines.push("## " + inline(section), "");
      }
      lines.push("- " + inline(row.text) + (row.essential ? " **(" + inline(say("essential")) + ")**" : ""));
      if (row.detail) lines.push("  " + inline(row.detail));
      lines.push("  " + [say("Status") + ": " + say(row.status), say("Owner") + ": " + inline(row.owner),
        say("Due date") + ": " + row.due].join(" · "));
      if (row.note) lines.push("  " + say("Note: {note}", { note: row.note.replace(/\r?\n/g, "\n  ") }));
    });
    return lines.join("\n") + "\n";
  };

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  Checklist.prototype.download = function (extension, type, content, kind) {
    gp.download(this.id + kind + today() + "." + extension, content, type + ";charset=utf-8");
  };

  gp.onPage(".gp-checklist-tools[data-checklist]", function (tools) { new Checklist(tools).start(); });
})();
