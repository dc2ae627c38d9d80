/* "Is our city ready?": rank the practices of the catalogue for a city's profile.

   The profile is the form on the page (country, population, yearly budget and currency, topics,
   and an answer to each readiness question). The score of a practice follows
   generator/data/readiness.yml, whose weights and questions the page carries
   (#gp-ready-words): points for each chosen topic, the same country, a yearly amount within the
   city's budget (less for one above it), and for each readiness question the practice needs, the
   answer's weight. Each point comes with its reason in plain words; the questions a practice
   needs that were not answered "yes" are the gaps to close first. The profile lives in the page's
   address (to bookmark or share) and in this browser; everything read back is checked by shape.
   What the site's scripts share (words, fetching, start-up) is in common.js (`gp`). */
(function () {
  "use strict";

  var KEY = "gp-ready";
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var ANSWERS = ["yes", "partly", "no", "dont-know"];
  var ANSWER_WORDS = { "yes": "yes", "partly": "partly", "no": "no", "dont-know": "don't know" };
  var SHOWN = 10; /* practices listed; the rest are in the catalogue */

  var isObject = gp.isObject, own = gp.own;

  var WORDS = gp.pageWords("gp-ready-words");
  var PAGE = WORDS.data, LANG = WORDS.lang;
  var say = WORDS.say, plural = WORDS.plural;

  function money(amount, currency) {
    try {
      return new Intl.NumberFormat(LANG, { style: "currency", currency: currency, maximumFractionDigits: 0 }).format(amount);
    } catch (error) {
      return amount + " " + currency;
    }
  }

  function number(value) { return typeof value === "number" && isFinite(value) ? value : 0; }

  /* ---- the profile: form <-> address <-> browser ---- */

  function Ready(form) {
    this.form = form;
    this.results = document.getElementById("gp-results");
    this.count = document.getElementById("gp-results-count");
    this.list = document.getElementById("gp-ranking");
    var weights = isObject(PAGE.weights) ? PAGE.weights : {};
    this.weights = weights;
    this.answerWeights = isObject(weights.answers) ? weights.answers : {};
    this.questions = (Array.isArray(PAGE.questions) ? PAGE.questions : []).filter(function (q) {
      return isObject(q) && typeof q.id === "string" && ID.test(q.id);
    });
    this.topics = isObject(PAGE.topics) ? PAGE.topics : {};
  }

  /* The profile as address parameters, from the form. */
  Ready.prototype.params = function () {
    var data = new FormData(this.form);
    var params = new URLSearchParams();
    data.forEach(function (value, name) { if (value !== "") params.append(name, value); });
    return params;
  };

  /* Fill the form from parameters, keeping only values the form offers. */
  Ready.prototype.fill = function (params) {
    var form = this.form;
    ["country", "population", "currency"].forEach(function (name) {
      var select = form.elements.namedItem(name);
      var value = params.get(name);
      if (select && value !== null && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
      }
    });
    var budget = Number(params.get("budget"));
    if (params.get("budget") !== null && isFinite(budget) && budget >= 0) form.elements.namedItem("budget").value = String(budget);
    var topics = params.getAll("topic");
    form.querySelectorAll("input[name='topic']").forEach(function (box) { box.checked = topics.indexOf(box.value) >= 0; });
    this.questions.forEach(function (q) {
      var value = params.get(q.id);
      form.querySelectorAll("input[type='radio']").forEach(function (radio) {
        if (radio.name === q.id) radio.checked = ANSWERS.indexOf(value) >= 0 && radio.value === value;
      });
    });
  };

  Ready.prototype.saved = function () {
    var params = new URLSearchParams(window.location.search);
    if (Array.from(params.keys()).length) return params;
    try {
      var raw = window.localStorage.getItem(KEY);
      return new URLSearchParams(typeof raw === "string" ? raw : "");
    } catch (error) {
      return new URLSearchParams();
    }
  };

  Ready.prototype.keep = function (params) {
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    try {
      if (query) window.localStorage.setItem(KEY, query); else window.localStorage.removeItem(KEY);
    } catch (error) { /* the address still holds the profile */ }
  };

  Ready.prototype.profile = function (params) {
    var answers = new Map();
    this.questions.forEach(function (q) {
      var value = params.get(q.id);
      if (ANSWERS.indexOf(value) >= 0) answers.set(q.id, value);
    });
    var budget = Number(params.get("budget"));
    return {
      country: params.get("country") || "",
      budget: params.get("budget") !== null && isFinite(budget) && budget > 0 ? budget : 0,
      currency: params.get("currency") || "EUR",
      topics: params.getAll("topic"),
      answers: answers,
    };
  };

  /* ---- the scoring (weights from generator/data/readiness.yml) ---- */

  Ready.prototype.weight = function (name) { return number(this.weights[name]); };

  Ready.prototype.score = function (practice, needs, profile) {
    var self = this, score = 0, reasons = [], gaps = [], prefill = [];
    var topics = Array.isArray(practice.topics) ? practice.topics : [];
    profile.topics.forEach(function (topic) {
      if (topics.indexOf(topic) < 0) return;
      score += self.weight("topic");
      reasons.push(say("topic you chose: {topic}", { topic: own(self.topics, topic) ? self.topics[topic] : topic }));
    });
    if (profile.country && practice.country === profile.country) {
      score += this.weight("same_country");
      reasons.push(say("same country: the legal basis may carry over"));
    }
    if (profile.budget) {
      var line = own(practice.budget, profile.currency) && Array.isArray(practice.budget[profile.currency]) ?
        practice.budget[profile.currency] : null;
      var yearly = line ? number(line[1]) : 0;
      if (yearly > 0) {
        var within = yearly <= profile.budget;
        score += this.weight(within ? "budget_within" : "budget_over");
        reasons.push(say(within ? "budget within yours: {amount} a year" : "budget above yours: {amount} a year",
          { amount: money(yearly, profile.currency) }));
      } else {
        reasons.push(say("no yearly amount in your currency: compare its budget yourself ({budget})",
          { budget: typeof practice.budget_text === "string" ? practice.budget_text : "" }));
      }
    }
    this.questions.forEach(function (q) {
      if (!own(needs, q.id)) return;
      var answer = profile.answers.get(q.id) || "";
      var weight = number(q.weight) || 1;
      if (answer) score += number(self.answerWeights[answer]) * weight;
      var words = answer ? say("needs {need}: you answered {answer}", { need: String(q.need), answer: say(ANSWER_WORDS[answer]) }) :
        say("needs {need}: not answered yet", { need: String(q.need) });
      if (answer && !q.always) reasons.push(words);
      if (answer !== "yes") gaps.push({ words: words, order: (answer === "no" ? 0 : answer === "partly" ? 2 : 1) * 10 - weight });
      var item = typeof needs[q.id] === "string" && ID.test(needs[q.id]) ? needs[q.id] : "";
      if (item && (answer === "yes" || answer === "partly" || answer === "no")) prefill.push(item + ":" + answer);
    });
    gaps.sort(function (a, b) { return a.order - b.order; });
    return { practice: practice, score: score, reasons: reasons, gaps: gaps.slice(0, 3), prefill: prefill };
  };

  Ready.prototype.rank = function (profile) {
    var self = this;
    return this.practices.map(function (p) {
      return self.score(p, own(self.needs, p.id) && isObject(self.needs[p.id]) ? self.needs[p.id] : {}, profile);
    }).sort(function (a, b) { return b.score - a.score || (a.practice.id < b.practice.id ? -1 : 1); });
  };

  /* ---- showing the ranking ---- */

  function element(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (name) {
      if (name === "text") node.textContent = props[name]; else node.setAttribute(name, props[name]);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function bullets(lines, className) {
    return element("ul", { class: className }, lines.map(function (line) { return element("li", { text: line }); }));
  }

  Ready.prototype.entry = function (ranked) {
    var p = ranked.practice;
    var title = element("a", { href: "../practices/" + encodeURIComponent(p.id) + "/", class: "gp-rank-title",
      text: String(p.title) });
    if (typeof p.lang === "string" && /^[a-zA-Z-]{2,12}$/.test(p.lang)) title.setAttribute("lang", p.lang);
    var query = ranked.prefill.length ? "?answers=" + encodeURIComponent(ranked.prefill.join(",")) : "";
    var checklist = element("a", { href: "../checklists/" + encodeURIComponent(p.id) + "/" + query,
      class: "gp-rank-checklist", text: say("Open its checklist, filled in with our answers") });
    var parts = [element("p", {}, [title, document.createTextNode(" (" + String(p.place || "") + ") · " +
      say("score {score}", { score: ranked.score }))])];
    if (ranked.reasons.length) parts.push(element("p", { text: say("Why:") }), bullets(ranked.reasons, "gp-reasons"));
    parts.push(element("p", { text: say(ranked.gaps.length ? "Gaps to close first:" : "Nothing to close first.") }));
    if (ranked.gaps.length) parts.push(bullets(ranked.gaps.map(function (g) { return g.words; }), "gp-gaps"));
    parts.push(element("p", {}, [checklist]));
    return element("li", { "data-id": p.id }, parts);
  };

  Ready.prototype.show = function () {
    var params = this.params();
    this.keep(params);
    var profile = this.profile(params);
    var empty = !profile.country && !profile.budget && !profile.topics.length && !profile.answers.size;
    this.results.hidden = false;
    this.list.textContent = "";
    if (empty || !this.practices) {
      this.count.textContent = say("Answer the questions above to rank the practices.");
      return;
    }
    var ranked = this.rank(profile).slice(0, SHOWN);
    var self = this;
    ranked.forEach(function (r) { self.list.appendChild(self.entry(r)); });
    this.count.textContent = plural("{count} practice ranked.", ranked.length) + " " +
      say("Your answers are kept in this browser and in the page's address: bookmark or share it.");
  };

  Ready.prototype.start = function () {
    var self = this;
    this.fill(this.saved());
    this.form.addEventListener("submit", function (event) { event.preventDefault(); self.show(); });
    this.form.addEventListener("change", function () { self.show(); });
    this.form.addEventListener("reset", function () {
      setTimeout(function () {
        self.keep(new URLSearchParams());
        self.list.textContent = "";
        self.results.hidden = true;
      }, 0);
    });
    var print = this.form.querySelector("button[data-action='print']");
    if (print) {
      print.hidden = false;
      print.addEventListener("click", function () { window.print(); });
    }
    /* A file the site lacks ranks with nothing from it; one that cannot be read leaves the page as it is. */
    Promise.all([gp.fetchJSON(this.form.getAttribute("data-source"), {}), gp.fetchJSON(this.form.getAttribute("data-needs"), {})])
      .then(function (found) {
        var catalogue = found[0], needs = found[1];
        self.practices = (isObject(catalogue) && Array.isArray(catalogue.practices) ? catalogue.practices : [])
          .filter(function (p) { return isObject(p) && typeof p.id === "string" && ID.test(p.id); });
        self.needs = isObject(needs) && isObject(needs.practices) ? needs.practices : {};
        self.show();
        self.form.setAttribute("data-ready", "yes");
      })
      .catch(function () { self.form.setAttribute("data-ready", "failed"); });
  };

  gp.onPage("#gp-ready", function (form) { new Ready(form).start(); });
})();
