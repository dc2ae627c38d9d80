/* Transfer checklists: keep a reader's ticks and notes in this browser, show the progress,
   and download the current state as CSV or Markdown.

   The page is a complete, printable list without this script; the script only adds to it.
   Ticks and notes are stored per checklist (practice id) and per item id, together with the
   words of the item they were given for, so that a reader is told when those words change. */
(function () {
  "use strict";

  var PREFIX = "gp-checklist:";
  var CSV_COLUMNS = ["section", "item", "essential", "reference figure", "done", "note"];

  function Checklist(tools) {
    this.tools = tools;
    this.id = tools.getAttribute("data-checklist");
    this.key = PREFIX + this.id;
    this.items = Array.prototype.slice.call(document.querySelectorAll(".gp-item[id^='item-']")).map(parts);
    this.progress = tools.querySelector(".gp-progress");
    this.notice = tools.querySelector(".gp-changed");
    this.state = this.load();
  }

  Checklist.prototype.load = function () {
    var raw;
    try {
      raw = window.localStorage.getItem(this.key);
    } catch (error) {
      this.storageFailed = true;
      return { items: {} };
    }
    try {
      var state = raw ? JSON.parse(raw) : null;
      if (state && typeof state.items === "object" && state.items !== null) return state;
    } catch (error) {
      /* unreadable saved data: start afresh rather than fail */
    }
    return { items: {} };
  };

  Checklist.prototype.store = function () {
    try {
      if (Object.keys(this.state.items).length) {
        window.localStorage.setItem(this.key, JSON.stringify(this.state));
      } else {
        window.localStorage.removeItem(this.key);
      }
    } catch (error) {
      this.storageFailed = true;
      this.showStorageProblem();
    }
  };

  function words(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  /* An item's words as the page shows them, without the "(essential)" mark. */
  function itemText(label) {
    var copy = label.cloneNode(true);
    var mark = copy.querySelector(".gp-essential");
    if (mark) mark.remove();
    return words(copy);
  }

  /* The elements and words of one item, found by its id wherever the page's layout puts them. */
  function parts(item) {
    var id = item.id.slice("item-".length);
    var tick = document.getElementById("tick-" + id);
    var section = item.closest("[data-section]");
    return {
      id: id,
      item: item,
      tick: tick,
      note: document.getElementById("note-" + id) || addNoteField(item, id),
      label: document.querySelector('label[for="tick-' + id + '"]'),
      text: itemText(document.querySelector('label[for="tick-' + id + '"]')),
      detail: words(item.querySelector(".gp-detail")),
      section: section ? section.getAttribute("data-section") : "",
      essential: item.querySelector(".gp-essential") ? "yes" : "no",
      reference: item.getAttribute("data-reference") || "",
    };
  }

  /* Notes are only of use where they can be kept, so the script adds their fields. */
  function addNoteField(item, id) {
    var field = document.createElement("p");
    field.className = "gp-note-field";
    var label = document.createElement("label");
    label.htmlFor = "note-" + id;
    label.textContent = "Note";
    var note = document.createElement("textarea");
    note.className = "gp-note";
    note.id = "note-" + id;
    note.rows = 2;
    note.placeholder = " ";
    field.appendChild(label);
    field.appendChild(document.createTextNode(" "));
    field.appendChild(note);
    item.appendChild(field);
    return note;
  }

  Checklist.prototype.start = function () {
    var self = this;
    document.body.classList.add("gp-checklist-js");
    this.tools.hidden = false;
    this.items.forEach(function (p) {
      self.addNoteLabel(p);
      self.addPrintedNote(p);
      self.restore(p);
      p.tick.addEventListener("change", function () { self.save(p); self.update(); });
      p.note.addEventListener("input", function () { self.save(p); self.showNote(p); });
    });
    this.showOrphans();
    if (this.storageFailed) this.showStorageProblem();
    this.tools.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (button) self.act(button.getAttribute("data-action"));
    });
    this.update();
  };

  /* Every note is labelled "Note"; its accessible name also names the item it belongs to. */
  Checklist.prototype.addNoteLabel = function (p) {
    var label = document.querySelector('label[for="note-' + p.id + '"]');
    if (!label || !p.label) return;
    label.id = label.id || "note-label-" + p.id;
    p.label.id = p.label.id || "tick-label-" + p.id;
    p.note.setAttribute("aria-labelledby", label.id + " " + p.label.id);
  };

  /* A textarea prints cut to its size; a paragraph with the same words prints whole. */
  Checklist.prototype.addPrintedNote = function (p) {
    var printed = document.createElement("p");
    printed.className = "gp-note-print";
    printed.setAttribute("aria-hidden", "true");
    p.note.parentNode.parentNode.insertBefore(printed, p.note.parentNode.nextSibling);
    p.printed = printed;
  };

  Checklist.prototype.showNote = function (p) {
    p.printed.textContent = p.note.value ? "Note: " + p.note.value : "";
    p.item.classList.toggle("gp-has-note", Boolean(p.note.value));
  };

  Checklist.prototype.restore = function (p) {
    var saved = this.state.items[p.id];
    if (!saved) return;
    p.tick.checked = Boolean(saved.done);
    p.note.value = typeof saved.note === "string" ? saved.note : "";
    this.showNote(p);
    if (typeof saved.text === "string" && saved.text !== p.text) this.showChanged(p, saved);
  };

  Checklist.prototype.showChanged = function (p, saved) {
    var self = this;
    var box = document.createElement("div");
    box.className = "gp-item-changed";
    box.setAttribute("role", "note");
    var said = document.createElement("p");
    said.textContent = "The words of this item changed after you saved your tick or note. They were: “" +
      saved.text + "”. Check that your tick and note still apply.";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.textContent = "They still apply";
    button.addEventListener("click", function () {
      self.save(p);
      box.remove();
      p.tick.focus();
    });
    box.appendChild(said);
    box.appendChild(button);
    p.note.parentNode.parentNode.insertBefore(box, p.note.parentNode);
  };

  /* Ticks and notes saved for items this checklist no longer has are shown, not dropped unseen. */
  Checklist.prototype.showOrphans = function () {
    var self = this;
    var present = {};
    this.items.forEach(function (p) { present[p.id] = true; });
    var orphans = Object.keys(this.state.items).filter(function (id) { return !present[id]; });
    if (!orphans.length) return;
    var intro = document.createElement("p");
    intro.textContent = "You saved ticks or notes for " + orphans.length + " item" + (orphans.length > 1 ? "s" : "") +
      " that this checklist no longer has:";
    var list = document.createElement("ul");
    orphans.forEach(function (id) {
      var saved = self.state.items[id];
      var line = document.createElement("li");
      line.textContent = (saved.text || id) + (saved.done ? " (ticked)" : "") + (saved.note ? " — Note: " + saved.note : "");
      list.appendChild(line);
    });
    var forget = document.createElement("button");
    forget.type = "button";
    forget.className = "md-button";
    forget.textContent = "Forget these items";
    forget.addEventListener("click", function () {
      orphans.forEach(function (id) { delete self.state.items[id]; });
      self.store();
      self.notice.hidden = true;
      self.notice.textContent = "";
      self.progress.focus();
    });
    this.notice.appendChild(intro);
    this.notice.appendChild(list);
    this.notice.appendChild(forget);
    this.notice.hidden = false;
  };

  Checklist.prototype.showStorageProblem = function () {
    if (this.tools.querySelector(".gp-storage-problem")) return;
    var said = document.createElement("p");
    said.className = "gp-storage-problem";
    said.textContent = "This browser does not let the page keep your ticks and notes: download them before you leave.";
    this.tools.insertBefore(said, this.progress.nextSibling);
  };

  Checklist.prototype.save = function (p) {
    if (p.tick.checked || p.note.value) {
      this.state.items[p.id] = { done: p.tick.checked, note: p.note.value, text: p.text };
    } else {
      delete this.state.items[p.id];
    }
    this.store();
  };

  Checklist.prototype.update = function () {
    var done = this.items.filter(function (p) { return p.tick.checked; }).length;
    this.progress.textContent = done + " of " + this.items.length + " done";
  };

  Checklist.prototype.act = function (action) {
    if (action === "print") window.print();
    if (action === "clear") this.clear();
    if (action === "download-csv") this.download("csv", "text/csv", "\ufeff" + this.csv());
    if (action === "download-md") this.download("md", "text/markdown", this.markdown());
  };

  Checklist.prototype.clear = function () {
    var self = this;
    if (!window.confirm("Clear every tick and note of this checklist in this browser? This cannot be undone.")) return;
    this.items.forEach(function (p) {
      p.tick.checked = false;
      p.note.value = "";
      self.showNote(p);
    });
    document.querySelectorAll(".gp-item-changed").forEach(function (box) { box.remove(); });
    this.state = { items: {} };
    this.store();
    this.notice.hidden = true;
    this.notice.textContent = "";
    this.update();
  };

  Checklist.prototype.rows = function () {
    return this.items.map(function (p) {
      return {
        section: p.section,
        text: p.text,
        detail: p.detail,
        line: p.detail ? p.text + " — " + p.detail : p.text,
        essential: p.essential,
        reference: p.reference,
        done: p.tick.checked,
        note: p.note.value,
      };
    });
  };

  /* A cell a spreadsheet shows as text: a leading =, +, - or @ would start a formula. */
  function cell(value) {
    var text = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  Checklist.prototype.csv = function () {
    var lines = [CSV_COLUMNS.join(",")];
    this.rows().forEach(function (row) {
      lines.push([row.section, row.line, row.essential, row.reference, row.done ? "yes" : "no", row.note]
        .map(cell).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  };

  function inline(text) {
    return text.replace(/\s+/g, " ").trim().replace(/([\\`*_\[\]<>&])/g, "\\$1");
  }

  Checklist.prototype.markdown = function () {
    var lines = ["# " + inline(this.tools.getAttribute("data-title")), "",
      "Saved from " + window.location.href.split("#")[0] + " on " + today() + ".", ""];
    var section = null;
    this.rows().forEach(function (row) {
      if (row.section !== section) {
        if (section !== null) lines.push("");
        section = row.section;
        lines.push("## " + section, "");
      }
      lines.push("- [" + (row.done ? "x" : " ") + "] " + inline(row.text) +
        (row.essential === "yes" ? " **(essential)**" : ""));
      if (row.detail) lines.push("  " + inline(row.detail));
      if (row.note) lines.push("  Note: " + row.note.replace(/\r?\n/g, "\n  "));
    });
    return lines.join("\n") + "\n";
  };

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  Checklist.prototype.download = function (extension, type, content) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([content], { type: type + ";charset=utf-8" }));
    link.download = this.id + "-checklist-" + today() + "." + extension;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  };

  function init() {
    var tools = document.querySelector(".gp-checklist-tools[data-checklist]");
    if (!tools || tools.getAttribute("data-started")) return;
    tools.setAttribute("data-started", "yes");
    new Checklist(tools).start();
  }

  /* With Material's instant navigation pages arrive without a reload; otherwise once the page is read. */
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
