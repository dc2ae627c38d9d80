"""The page's head, the lines before its first field: the title, the summary, places and a contact.

Page furniture is gone by now (reading.py). The title is the first line after the page's last
menu line that reads like a title and is not a place, a person or a one-word tag; the summary
is the first sentence-like line. Headings above the last menu line are the site's, never the
title. When no line qualifies the field stays TODO and the report
says so: a wrong title that looks found is worse than none.
"""

from __future__ import annotations

import re
from functools import cache

from generator.importer import layouts, titles
from generator.importer.dates import DateFields, date_range
from generator.importer.people import PeopleFields, person_with_role
from generator.importer.places import countries_named, partner_list, read_place, towns_named
from generator.importer.reading import (
    RESULTS_COUNT,
    _texts,
    code_row,
    is_site_strapline,
    is_skip_link,
    language_line,
    sentences,
)
from generator.importer.report import CUT_TEASER, Section, _short, tally
from generator.importer.text import summary_length
from generator.normalise import month_names, read_date
from generator.text import squeezed

NO_TITLE = "the page has no title the importer can see; give one with --title"

# The page's type before the practice's name in its heading, in the site languages: 'Steckbrief: Verwaltung für
# Morgen', 'Case study: Repair cafés', 'Fiche pratique : …', 'Buena práctica: …', 'Scheda: …', 'Dobra praktyka: …'.
_TYPE_PREFIX = re.compile(
    r"(?i:steckbrief|projektsteckbrief|praxisbeispiel|fallbeispiel|fallstudie|fact ?sheet|case study|good practice|"
    r"best practice|project profile|fiche(?: pratique| projet| expérience)?|étude de cas|bonne pratique|"
    r"retour d['’]expérience|ficha|estudio de caso|buena práctica|scheda(?: progetto| processo)?|caso di studio|"
    r"buona pratica|studium przypadku|dobra praktyka|karta projektu)\s*:\s+(?P<name>\S.{2,})"
)


# A document's type after the practice's name: 'Program for folkehelsearbeid … 2017–2022 - Evalueringsrapport',
# '… – Final report', '… - Abschlussbericht', '… – Rapport d'évaluation', '… - Informe final', '… – Raport końcowy'.
_TYPE_SUFFIX = re.compile(
    r"(?P<name>\S.{2,}?)\s+[-–—|:]\s+(?i:(?:final |evaluation |interim |progress |annual )?report|"
    r"(?:evaluerings|slutt|års|evaluatie|eind|utvärderings|slut|loppu|arviointi)rap+or?t+i?|"
    r"(?:abschluss|end|evaluations|zwischen|jahres)bericht|rapport (?:final|d['’]évaluation|annuel|d['’]activité)|"
    r"informe (?:final|de evaluación|anual)|rapporto (?:finale|di valutazione|annuale)|"
    r"raport (?:końcowy|z ewaluacji|roczny)|fact ?sheet|steckbrief|fiche)"
)
# The administration that issued the page, run on after its heading: 'FML - interkom: Flächenmanagement
# Landkreis-interkommunal Landkreis Wunsiedel im Fichtelgebirge' (the heading ends, the issuer's line follows). After a
# small word the town is the heading's own: '… am Beispiel der Stadt Landau in der Pfalz'.
_ISSUER_AFTER = re.compile(
    r"(?P<name>\S.{8,}?\s[A-ZÄÖÜ0-9]\S*[^\s,;:–-])\s+(?:Landkreis|Stadt|Gemeinde|Markt|Bezirk|Regierungsbezirk)\s+"
    r"[A-ZÄÖÜ][\w'’.-]*(?:\s(?:am|an|der|im|in der|ob der|bei)\s[A-ZÄÖÜ][\w'’.-]*)?"
)


# An award's winner as an award page heads it: the award or its category, the winner, then the practice's name:
# 'Município do Ano Portugal 2019 – Funchal | Funchal, Destino Acessível', 'Supporting Sustainable Communities Award-
# Limerick City & County Council – New Build Incremental Purchase System', 'Prix de l'innovation 2022 – Ville de Lyon
# – Les cours d'écoles oasis', 'Stadt des Jahres 2021 - Kempten | Mobilitätsstation am Bahnhof'.
_AWARD_ENTRY = re.compile(
    r"(?P<award>[^|–—:]{0,80}?\b(?i:award|awards|prize|prix|preis|premio|premios|prémio|prémios|nagroda|"
    r"of the year|do ano|des jahres|de l['’]année|del año|dell['’]anno|roku)\b[^|–—:]{0,60}?)"
    r"(?:\s+[-–—|:]|-|:)\s+(?P<winner>[^|–—]{2,80}?)\s+[-–—|]\s+(?P<name>[^|–—]{3,})"
)


# A heading that only names the kind of thing before the name in quotes: 'Realizacja programu „Dzielnice Kultury”',
# 'Projekt „Zielone podwórka”', 'Das Projekt „Klimabudget“', 'Le programme « Quartiers d'été »', 'El proyecto
# "Barrios vivos"', 'Il progetto "Cattolica nei parchi"', 'The "Repair café" programme'. Words after the closing quote
# ('… „Kommunen der Zukunft“ am Beispiel der Stadt Landau') belong to the title, which then stays whole.
_KIND = (
    r"(?i:(?:realizacja|wdrożenie|implementation of|mise en œuvre du|umsetzung des|realización del|realizzazione del)?"
    r"\s?(?:the |das |der |die |le |la |l['’]|el |il |lo )?(?:programu?|projektu?|inicjatywy|inicjatywa|programme|"
    r"program|project|initiative|scheme|programm(?:s|es)?|projekt(?:s|es)?|projet|proyecto|programa|"
    r"iniciativa|progetto|programma|iniziativa))"
)
_KIND_QUOTED = re.compile(rf"{_KIND}\s*[„\"“«]\s?(?P<name>[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][^„\"“”«»]{{2,80}}?)\s?[”\"“»]")


def title_like(line: str) -> bool:
    """A line that can be a title: a heading's shape, and no picture's credit ('Smart Re-Use Park © SURFACE')."""
    return heading_shape(line) and "©" not in line


def heading_shape(line: str) -> bool:
    """A line shaped as a heading: short, of a few words, not ending like a sentence, not a date."""
    words = line.split()
    return (
        2 <= len(words) <= 20
        and len(line) <= 200
        and not re.search(r"[.!?;,:]$", line)
        and any(c.isalpha() for c in line)
        and not date_line(line)
        and not issue_heading(line)
        and not form_heading(line)
        and not _CUT_AT_LINK.search(line)
        and not (len(words) >= 12 and _SENTENCE_ENDS.search(line))
        and not _link_arrow(line)
        and not re.search(r"\s[-–—]$", line)  # a dateline's place before its text: 'Wien (OTS) -'
    )


# A sentence ending with a full stop inside a long line, before the next one starts with a capital: 'Resetting the
# relationship between local and national government. Read our Local Government White Paper', '… pohranjuje vaše
# kolačiće (cookies). Više informacija': a banner's sentence and its link, no title. A short title may hold a stop
# ('Smart choices for cities. Cycling in the City'), a long one a question ('… at national level? Takeaways from …').
# A word in small letters before the stop is no abbreviation ('Prof. Müller', 'St. Gallen'), bar the common short
# ones ('bzw.', 'etc.', 'ggf.').
_SENTENCE_ENDS = re.compile(
    r"(?<![^\W\d_])(?!(?:bzw|usw|etc|inkl|incl|ggf|vgl|sog|evtl|resp|approx|ca|str|nr|ul|al|pl|vs|ds|np|tj|tzw|ok)\W)"
    r"[a-zà-öø-ÿąćęłńóśźżčřšžěůđ]{3,}[)\]”\"»’']?\.\s+[\"“„«]?[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻČŘŠŽĐ]"
)


# A link's arrow at the end of the line: 'Template for collection of Good practices >>', 'Alle Projekte →', 'Voir
# toutes les actions ›'. A closing guillemet after an opening one ends a quoted name ('Le programme « Quartiers d'été
# »') and stays.
def _link_arrow(line: str) -> bool:
    """Whether the line ends with a link's arrow, not with a quoted name's closing guillemet."""
    end = line.rstrip()
    return end.endswith((">>", "→")) or (end.endswith("»") and "«" not in end) or (end.endswith("›") and "‹" not in end)


def titled(line: str) -> bool:
    """A line that can be the head's title: title-like, or a name with a long subtitle after a dash."""
    return title_like(line) or named_subtitle(line)


# A practice's name, a dash, then a subtitle in one clause that starts with a capital: 'Cattolica nei parchi - La
# comunità di Cattolica propone, sceglie e vota idee e proposte per riqualificare i parchi e i giardini cittadini'.
_NAMED_SUBTITLE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][^.!?;:–—-]{2,80}?) [-–—] [A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][^.!?;:–—]*\w"
)


def named_subtitle(line: str) -> bool:
    """A title longer than twenty words: a short name (six words at most), a dash and its subtitle, no sentence in it.

    A lede run on without its full stop is no such line: its dash opens an aside in small letters ('The project –
    launched in 2019 – …')."""
    found = _NAMED_SUBTITLE.fullmatch(line.strip())
    if found is None:
        return False
    return 20 < len(line.split()) <= 35 and len(line) <= 250 and len(found.group("name").split()) <= 6


# A line cut on both sides by links the copy lost: it starts with a small letter and ends with a word that needs one
# after it ('about their experiences with', 'retours d'expérience des villes avec', 'experiencias con'). A title may
# end so ('Other projects to learn from'), but starts with a capital.
_CUT_AT_LINK = re.compile(
    r"^[a-zà-öø-ÿ].*\s(?i:with|of|for|to|from|by|about|and|the|an|mit|von|für|über|und|zu|zum|zur|der|die|das|des"
    r"|avec|de|du|pour|sur|et|le|la|les|au|aux|con|del|para|sobre|y|el|los|las|di|della|dello|per|su|il|lo|gli|dla"
    r"|oraz|na|do|ze|o)$"
)


# A blank form's own heading, in the site languages: 'OPIS DOBREJ PRAKTYKI. 1. Dane dotyczące …', 'Good practice
# description form', 'Fiche de description de bonne pratique', 'Beschreibung der guten Praxis', 'Ficha de buena
# práctica', 'Scheda di descrizione della buona pratica'. It names the form, never the practice.
_FORM_HEADING = re.compile(
    r"(?i)^\W*(?:(?:opis|formularz|karta|szablon) (?:dobrej praktyki|dobrych praktyk)|good[- ]practice (?:description"
    r"|form|template|sheet|fact ?sheet)|(?:description|form|template) (?:of (?:a |the )?)?good[- ]practices?|"
    r"(?:fiche|formulaire|modèle)(?: de description)? (?:de|d['’]une) (?:la )?bonnes? pratiques?|description de (?:la |"
    r"une )?bonne pratique|beschreibung (?:der|einer) guten praxis|(?:formular|vorlage|steckbrief) (?:für )?gute[nr]? "
    r"praxis(?:beispiel)?|(?:ficha|formulario|plantilla|descripción) de (?:la )?buenas? prácticas?|(?:scheda|modulo|"
    r"descrizione)(?: di descrizione)? (?:della |di )?buon[ae] pratic[ah]e?)\b"
)


def form_heading(line: str) -> bool:
    """A line that is a good-practice form's heading, not a practice's name."""
    return bool(_FORM_HEADING.match(line))


# A date line's weekday before the date and time of day after it: 'Mon, 05/06/2017 - 12:48'.
_DATED = re.compile(r"(?:[^\W\d_]{2,10}\.?,\s*)?(.+?)(?:\s*[-–,|@]?\s*\d{1,2}[:h]\d{2}(?:\s?[ap]\.?m\.?)?)?")


def date_line(line: str) -> bool:
    """A line that only dates the page: a date, maybe with its weekday, time or label ('publication date: …')."""
    label, colon, value = line.strip().partition(":")
    candidates = [line.strip()] + ([value.strip()] if colon and len(label.split()) <= 3 and value.strip() else [])
    for text in candidates:
        found = _DATED.fullmatch(text)
        if read_date(text)[0] is not None or (found and read_date(found.group(1).strip())[0] is not None):
            return True
    return _dated_few_words(line)


def _dated_few_words(line: str) -> bool:
    """A day's date with at most three other words, a byline and a time: 'Edited on 17 January 2019',
    'Posted on 05/06/2017 by Admin', '22 Nov 2018 · 4 min read', '03.03.2020 | News'."""
    found = _full_date().search(line)
    if not found:
        return False
    rest = line[: found.start()] + " " + line[found.end() :]
    rest = re.sub(r"\bby\b.*$|\d{1,2}[:h]\d{2}(?:\s?[ap]\.?m\.?)?", " ", rest, flags=re.IGNORECASE)
    return len(re.findall(r"\w+", rest)) <= 3


@cache
def _full_date() -> re.Pattern[str]:
    """A date with its day: '17 January 2019', 'Nov 22, 2018', '05/06/2017', '2019-10-11'."""
    months = "|".join(sorted((re.escape(m) for m in month_names() if len(m) >= 3), key=len, reverse=True))
    return re.compile(
        rf"(?i)\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:]+)?"
        rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:{months})\.?,?\s+\d{{4}}|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\b"
    )


# A newsletter issue's heading: 'Mobility Update February 2013', 'Newsletter No. 12' (the issue's, not a practice's).
_ISSUE = re.compile(
    r"(?i).{0,60}\b(?:newsletter|update|bulletin|digest|e-?news|issue|edition)\b.{0,20}?"
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|\b(?:no\.?|n°|#)\s?\d{1,4})"
)


def issue_heading(line: str) -> bool:
    """A newsletter issue's heading: a newsletter word, then the issue's month and year or number."""
    return bool(_ISSUE.fullmatch(line.strip()))


def tag_list(line: str) -> bool:
    """A line of three or more topic tags, each capitalised and short: 'Community development, Social inclusion, …'."""
    items = [item.strip() for item in line.split(",")]
    return (
        len(items) >= 3
        and not re.search(r"[.!?:;]$", line)
        and all(item[:1].isupper() and 1 <= len(item.split()) <= 6 for item in items)
    )


def _number(line: str) -> int | None:
    """The number a numbered line starts with ('1. Member News' -> 1), else None."""
    found = re.match(r"\s*(\d{1,2})[.)]\s+\S", line)
    return int(found.group(1)) if found else None


def prose_like(line: str) -> bool:
    """A line that reads as a sentence: it ends like one, or is long; a list of partner places is not one."""
    ends = bool(re.search(r"[.!?…)\"”»]$", line)) and len(line.split()) >= 3 or len(line.split()) >= 15
    return ends and not partner_list(line)


class HeadFields(PeopleFields, DateFields):
    """The builder's reading of the page head; bookkeeping comes from Bookkeeping."""

    def title_without_type(self) -> None:
        """A title that starts with the page's type ('Steckbrief: Verwaltung für Morgen') or an award and its winner
        ('Município do Ano Portugal 2019 – Funchal | Funchal, Destino Acessível') keeps the practice's name; a
        title given with --title is the contributor's and stays."""
        title = str(self.record.get("title", ""))
        typed = _TYPE_PREFIX.fullmatch(title) or _TYPE_SUFFIX.fullmatch(title) or _ISSUER_AFTER.fullmatch(title)
        typed = typed or _AWARD_ENTRY.fullmatch(title) or _KIND_QUOTED.fullmatch(title)
        if not typed or any(source == "--title" for name, source, _ in self.report.found if name == "title"):
            return
        self.set(("title",), typed.group("name"))
        self.report.guessed.append(
            f"title: {typed.group('name')!r}, the heading without the page's type or issuer {title!r}"
            if "award" not in typed.groupdict()
            else f"title: {typed.group('name')!r}, the heading without the award and its winner {title!r}"
        )

    def head(self, preamble: list[str], sections: list[Section], title: str | None) -> None:
        menus = [i for i in self.report.navigation if i <= len(preamble) and not _footer(preamble[i:])]
        start = max(menus, default=0)
        before, lines = self.site_headings(_texts(preamble[:start])), _texts(preamble[start:])
        counted = self.after_count(preamble, start)
        if counted is not None:
            lines = counted
        elif start in self.report.listings:
            lines = self.listing_entry(lines)
        lines = self.search_results(lines)
        given = {s.key for s in sections}
        to_find = title is None and "title" not in given  # no title given, in a section or with --title
        if to_find:
            lines = self.newsletter_item(lines)
        dated = bool(given & {"start", "end", "duration"})
        self.under_head = [line for s in sections for line in [s.heading, *s.lines]]
        self.title_at, self.weighed, self.laid = None, False, False
        rest = self.head_lines(lines, to_find, dates=not dated)
        rest = self.repeated_title(rest)
        if title:
            self.set(("title",), " ".join(title.split()))
            self.found("title", "--title", self.record["title"])
            rest = [line for line in rest if line.casefold() != title.casefold()]
        if to_find and self.headline_title:
            rest = self.named_practice(rest)
        if to_find and _SEVERAL.search(self.headline_title):
            rest = self.listed_practice(lines, rest)
        if to_find and "title" not in self.record:
            rest = self.entry_title(rest)
        if to_find and "title" not in self.record:
            rest = self.announced_entry(rest)
        if to_find and "title" not in self.record:
            self.description_title(sections)
        if to_find and "title" not in self.record:
            self.opened_practice(rest)
        if to_find and "title" not in self.record:
            rest = self.entry_title(rest, placed=True)
        if to_find and "title" not in self.record:
            rest = self.talked_entry(rest)
        if to_find and "title" not in self.record:
            rest = self.record_name(preamble, sections, rest)
        page = "\n".join([*preamble, *(line for s in sections for line in [s.heading, *s.lines])])
        if to_find and "title" not in self.record:
            self.inline_title(page)
        if to_find and "title" not in self.record:
            self.capital_subject(page)
        rest = self.head_city(rest, page)
        rest = self.without_teaser(rest)
        if "title" not in self.record and "title" not in given:
            self.report.notes.append(NO_TITLE)
        summary = self.head_summary(rest) if "summary" not in given else None
        self.intro = before + [line for line in rest if line != summary]
        if self.intro and "description" not in given:
            self.report.guessed.append(
                f"description: took the {tally(len(self.intro), 'line')} that come before any known heading"
            )

    headline_title: str = ""  # the head's first title-like line, when it became the title
    under_head: list[str]  # the page's lines under its head, in its sections

    def named_practice(self, rest: list[str]) -> list[str]:
        """The practice a news page names as a good practice, instead of the headline taken as the title.

        A project's news on an event ('The Policy learning week: energy poverty workshop') says which
        practice was shown there: 'presented the "Enerterre Integration Workshops good practice'. That
        name is the title; the headline goes back to the text.
        """
        names = {m.group(1).strip() for line in rest for m in _NAMED_PRACTICE.finditer(line)}
        if not names:
            names = {m.group(1).strip() for line in rest if _GOOD_PRACTICE.search(line) for m in _QUOTED.finditer(line)}
        if len(names) != 1:
            return rest
        name = names.pop()
        self.set(("title",), name)
        self.report.guessed.append(
            f"title: took {name!r}, the good practice the text names, not the headline {self.headline_title!r}"
        )
        return [self.headline_title, *rest]

    def listed_practice(self, lines: list[str], rest: list[str]) -> list[str]:
        """The first practice a page presenting several names, instead of the page's headline as the title.

        An article headed 'Six URBACT Good Practices making housing safer' numbers each practice under its
        place ('#1 – Clichy sous Bois … (FR)', '2. Vienna (AT)') and opens it with the practice's name
        ('The Framework for the improvement of private housing works on …'). That name is the title, as a
        guess; the headline goes back to the text.
        """
        for i, line in enumerate(lines[:-1]):
            if not (_ENTRY_NUMBER.match(line) and self.place_line_only(line)):
                continue
            found = _CREATED.match(lines[i + 1]) or _OPENING.match(lines[i + 1])
            name = found.group(1) if found else ""
            if not name or layouts.country_words().get(layouts.plain(name)) or name.split()[0] in _NOT_NAMES:
                return rest
            self.set(("title",), name)
            self.report.guessed.append(
                f"title: took {name!r}, the first practice the page lists, not the headline {self.headline_title!r}"
            )
            return [self.headline_title, *rest]
        return rest

    def record_name(self, preamble: list[str], sections: list[Section], rest: list[str]) -> list[str]:
        """The name a database page writes over its record's fields, set apart from the text above it.

        A signatory page ends its introduction, leaves a blank line, then gives the benchmark's name
        ('La fine di Mercurio') right over its fields ('Sector: Public lighting', 'Implementation
        timeframe: 2014 - 2020'): with no other title, that name is the title, as a guess.
        """
        if len(preamble) < 2 or preamble[-2] or len(sections) < 2 or not all(s.lines for s in sections[:2]):
            return rest
        name = preamble[-1]
        if not title_like(name) or prose_like(name) or name not in rest or len(name.split()) > 12:
            return rest
        self.set(("title",), name)
        self.report.guessed.append(f"title: took {name!r}, the name written right over the record's fields")
        return [line for line in rest if line != name]

    def inline_title(self, page: str) -> None:
        """The name a flattened form gives after its name label, in the run of its fields.

        A form copied as one line ('… nazwa inicjatywy Społeczna Inicjatywa Rad Osiedli nazwa gminy/powiatu …')
        keeps the label, then the name in capitals up to the next label in small letters. One such name
        on the page is the title, as a guess.
        """
        names = {m.group(1) for m in _INLINE_NAME.finditer(page)}
        if len(names) != 1:
            return
        name = names.pop()
        self.set(("title",), name)
        self.report.guessed.append(f"title: took {name!r}, the value of the form's name field in its flattened text")

    def capital_subject(self, page: str) -> None:
        """The name in capitals a paragraph of the text opens with as its subject, when nothing else is the title.

        A network's page writes its name in capitals and opens its summary with it: 'SCHOOLHOODS makes
        children's health …'. One such name (not a programme's: URBACT, INTERREG, LIFE…) is the title, as a guess.
        """
        names = {m.group(1) for m in _CAPITAL_SUBJECT.finditer(page)} - _PROGRAMMES
        if len(names) != 1:
            return
        name = names.pop()
        self.set(("title",), name)
        self.report.guessed.append(f"title: took {name!r}, the name in capitals a paragraph of the text opens with")

    def place_line_only(self, line: str) -> bool:
        """True when the line names a country, as a place line does: '#1 – Clichy sous Bois … (FR)'."""
        return read_place(_ENTRY_NUMBER.sub("", line))[1] is not None

    def entry_subject(self, line: str, head: str) -> None:
        """The practice an entry under a place heading opens with, when the page also names it at that place.

        A story presenting several practices heads each with its place ('#1 - Genoa (IT)') and opens
        it with the practice's name ('C-City is Genoa's strategy …'), which its introduction listed
        with the place ('C-City in Genoa (IT)').
        """
        found = _SUBJECT.match(line)
        name = found.group(1) if found else ""
        known = layouts.country_words().get(layouts.plain(name))
        if not name or known or name.split()[0] in _NOT_NAMES or not re.search(rf"{re.escape(name)} in [A-Z]", head):
            return
        self.set(("title",), name)
        self.report.guessed.append(f"title: took {name!r}, the practice the entry under the place heading opens with")

    def repeated_title(self, rest: list[str]) -> list[str]:
        """The head's lines without the title written again (a link, then a heading) and a counter before it.

        Listings show an entry's title as a link and again as its heading, sometimes with a counter
        between them ('Apartments for graduates' '0' 'Apartments for graduates'): the repeat is furniture.
        """
        title = squeezed(str(self.record.get("title", "")))
        if not title:
            return rest
        kept: list[str] = []
        for line in rest:
            if squeezed(line) == title:
                if kept and re.fullmatch(r"\d{1,4}", kept[-1]):
                    self.report.boilerplate.append(kept.pop())
                self.report.boilerplate.append(line)
            else:
                kept.append(line)
        return kept

    def entry_title(self, rest: list[str], placed: bool = False) -> list[str]:
        """The heading of a news page's entry, under the page's headline and introduction: the practice's title.

        A news page ('Spotlight on the awards winners - new case studies!') opens with a headline
        ending in '!' (a newsletter with its issue's heading, 'Mobility Update February 2013'), says
        a few sentences about all its entries, then gives each entry a heading over its text
        ('Cooperation - Entrepreneurial Västra Hisingen, Gothenburg'). The first entry's heading is
        the title; the headline and the introduction are the page's. With `placed`, a place line may stand
        between the heading and its text ('Making Spend Matter' 'Preston (UK), Pamplona (ES)' 'Anchor …'): that is
        tried last, after a place or scheme the text says was opened. A city after the last comma is
        the practice's city, and a first word the page names as one of its categories is the entry's
        category, not its name. A headline the page writes twice ('Panorama 66 - La coopération interrégionale
        fonctionne!', its date, then again) is an article's own heading over its text, and the title.
        """
        if len(rest) < 4 or not (_headline(rest[0]) or issue_heading(rest[0])):
            return rest
        if _headline(rest[0]) and rest[0] in rest[1:4]:  # written twice, as its link and its heading: the page's own
            self.set(("title",), rest[0])
            self.report.guessed.append(f"title: took {rest[0]!r}, the headline the page writes twice over its text")
            return [line for line in rest if line != rest[0]]
        at = next(
            (
                i
                for i in range(2, len(rest) - 1)
                if title_like(rest[i])
                and not _SIGNED.match(rest[i].strip())
                and (prose_like(rest[i - 1]) or _SIGNED.match(rest[i - 1].strip()))  # a signature ends the preface
                and _text_under(rest[i + 1 :], placed)
            ),
            None,
        )
        if at is None:
            return rest
        heading = rest[at]
        name = self.entry_city(_uncategorised(heading, "\n".join(rest)))
        self.set(("title",), name)
        self.report.guessed.append(f"title: took {name!r} from {heading!r}, the first entry's heading; check it")
        intro = [line for line in rest[1:at] if prose_like(line) or _SIGNED.match(line.strip())]
        self.report.boilerplate += [rest[0], *intro]
        self.report.notes.append(
            f"took {tally(len(intro) + 1, 'line')} before the first entry as the news page's own text"
        )
        return [line for line in rest[1:at] if line not in intro] + rest[at + 1 :]

    def announced_entry(self, rest: list[str]) -> list[str]:
        """The first entry's heading on a page whose introduction says it presents several: the practice's title.

        A collection's page opens with a few sentences about the collection that end by announcing its entries
        ('Zes van die goede voorbeelden zetten we hier nog eens op een rij', 'Oto trzy z nich', 'Here are five of
        them'), then gives each entry a heading over its text. The first such heading is the title, as a guess;
        the introduction is the collection's, reported as page furniture.
        """
        at = next((i for i, line in enumerate(rest[:6]) if not prose_like(line)), None)
        if not at or at + 1 >= len(rest) or not title_like(rest[at]) or never_title(rest, at):
            return rest
        if not prose_like(rest[at + 1]) or _not_text(rest[at + 1]):
            return rest
        intro = rest[:at]
        if not any(_HERE.search(s) and _SOME.search(s) for line in intro for s in sentences(line)):
            return rest
        name = rest[at]
        self.set(("title",), name)
        self.report.guessed.append(
            f"title: took {name!r}, the first entry's heading after an introduction that announces several; check it"
        )
        self.report.boilerplate += intro
        self.report.notes.append(
            f"took {tally(len(intro), 'line')} before the first entry as the collection's own text"
        )
        return rest[at + 1 :]

    def talked_entry(self, rest: list[str]) -> list[str]:
        """The heading after the site's introduction that the text under it talks about: the practice's title.

        A section of a site opens each of its pages with the same few sentences about itself ('The intercultural city
        builds its policies …', 'This section gives examples …'), then gives the practice's heading over its text
        ('Don’t Feed the Rumour' 'Counter misconceptions, prejudice, rumours …'). The first heading after the
        introduction is the title, as a guess, when the text under it talks about it and the introduction does not;
        the introduction is the site's, reported as page furniture.
        """
        at = next((k for k in range(1, min(len(rest), 12)) if self.talked_under(rest, k)), None)
        if at is None:
            return rest
        name = rest[at]
        self.set(("title",), name)
        self.report.guessed.append(
            f"title: took {name!r}, the first heading after the introduction that the text under it talks about; "
            "check it"
        )
        intro = [line for line in rest[:at] if prose_like(line)]
        self.report.boilerplate += intro
        self.report.notes.append(
            f"took {tally(len(intro), 'line')} of introduction before the heading as the site's text"
        )
        return [line for line in rest[:at] if line not in intro] + rest[at + 1 :]

    def talked_under(self, rest: list[str], k: int) -> bool:
        """Whether the line at k is the first heading after an introduction of sentences only, over text that repeats
        two-fifths of its words or more, which the introduction hardly names (a quarter at most). A few short lines
        (its date, a subtitle, print links) may stand between it and its text. A page whose text has headings of its
        own, or questions heading its parts ('Was sind URBACT-Transfernetzwerke?'), is no introduction over one
        practice."""
        if not title_like(rest[k]) or prose_like(rest[k]) or never_title(rest, k) or len(word_stems(rest[k])) < 2:
            return False
        if not all(prose_like(line) and not line.endswith("?") for line in rest[:k]):
            return False
        first = next((j for j in range(k + 1, min(len(rest), k + 7)) if paragraph_line(rest[j])), None)
        if first is None or any(prose_like(line) for line in rest[k + 1 : first]):
            return False
        under = _talked(rest[k], word_stems(" ".join(rest[first : first + 6])))
        return under >= 0.4 and _talked(rest[k], word_stems(" ".join(rest[:k]))) <= 0.25

    def newsletter_item(self, lines: list[str]) -> list[str]:
        """A newsletter's first item, after its numbered contents: the item's heading is the title.

        An e-newsletter opens with its name, issue, greeting and a numbered list of contents
        ('1. Member News', '2. …'); the first item then comes under its number ('1. ICLEI Member News'),
        its heading over its text. What stands before that heading is the newsletter's own text.
        """
        numbers = [_number(line) for line in lines]
        run = next((i for i in range(len(lines) - 2) if numbers[i : i + 3] == [1, 2, 3]), None)
        if run is None:
            return lines
        after = run + 3
        while after < len(lines) and numbers[after] == after - run + 1:
            after += 1
        at = next(
            (
                k
                for k in range(after, len(lines) - 2)
                if numbers[k] == 1 and title_like(lines[k + 1]) and prose_like(lines[k + 2])
            ),
            None,
        )
        if at is None:
            return lines
        heading = _BULLET.sub("", lines[at + 1])
        self.set(("title",), heading)
        self.report.guessed.append(f"title: took {heading!r}, the heading of the newsletter's first item; check it")
        self.report.boilerplate += lines[: at + 1]
        self.report.notes.append(f"took {tally(at + 1, 'line')} before the first item as the newsletter's own text")
        return lines[at + 2 :]

    def entry_city(self, heading: str) -> str:
        """The heading without the city it ends with ('…, Gothenburg'), which becomes the practice's city."""
        name, comma, city = heading.rpartition(", ")
        known = layouts.country_words().get(layouts.plain(city))
        if not (comma and name and known and known[1] == "city"):
            return heading
        if "city" not in self.record.get("location", {}):
            self.set(("location", "city"), city)
            self.report.guessed.append(f"location/city: took {city!r}, the city the entry's heading ends with")
        return name

    def opened_practice(self, rest: list[str]) -> None:
        """The one named place or scheme the head's text says was opened in a year, when nothing else is the title.

        A news page about a network writes the practice in its text: 'the Riga NGO House opened in
        2013'. A body ('the City Council', 'the European Commission') is never taken.
        """
        names = {m.group(1) for line in rest for m in _OPENED.finditer(line)}
        names = {n for n in names if not _BODY.search(n) and layouts.plain(n) not in layouts.country_words()}
        if len(names) != 1:
            return
        name = names.pop()
        self.set(("title",), name)
        self.report.guessed.append(f"title: took {name!r}, the one named thing the text says was opened; check it")

    def description_title(self, sections: list[Section]) -> None:
        """The title a page writes first in its text, when its head has none: a title-like line alone over prose.

        Participedia puts its data sidebar first, then 'CASE', the case's title and its text: the
        head gives no title, and the text's first line, standing alone before a sentence, is it. Its edit history
        ('September 1, 2018 Scott Fletcher Bowlsby') or the text's first part heading ('Problems and Purpose') may
        stand between the title and the text, which then must talk about the title; a translation's language after
        the title ('… (Bologna) [Italian]') is the page's, not the name's.
        """
        section = next((s for s in sections if s.key == "description"), None)
        texts = _texts(section.lines) if section else []
        if section is None or len(texts) < 2 or not title_like(texts[0]):
            return
        name = _TRANSLATED.sub("", texts[0]) if language_line(f"Language {_translated(texts[0])}") else texts[0]
        k = 1
        while k < min(len(texts) - 1, 4) and (
            date_line(texts[k]) or (title_like(texts[k]) and not prose_like(texts[k]))
        ):
            k += 1
        if not prose_like(texts[k]) or (k > 1 and _talked(name, word_stems(" ".join(texts[k : k + 6]))) < 0.5):
            return
        first = section.lines.index(texts[0])
        if first + 1 < len(section.lines) and section.lines[first + 1]:
            return  # a line run on into the next one is a heading of the text, not a title over it
        del section.lines[first]
        self.set(("title",), name)
        self.report.guessed.append(
            f"title: took {texts[0]!r}, the first line of the text, alone over a sentence; check it"
        )

    def site_headings(self, before: list[str]) -> list[str]:
        """The lines above the page's last menu line, without the site's headings among them.

        A short heading up there ('Capital City Mayors discuss their role in recovery & growth')
        belongs to the site's section, not to the practice: it is reported as page furniture, as is the site's
        motto ('Wir schaffen Heimat.'). Sentences there are kept for the description.
        """
        headings = [line for line in before if (heading_shape(line) and not prose_like(line)) or _slogan(line)]
        self.report.boilerplate += headings
        return [line for line in before if line not in headings]

    def after_count(self, preamble: list[str], start: int) -> list[str] | None:
        """The head after a listing's count of results that the furniture took out ('Your search returned 118
        results'), as `search_results` reads one still there; None when not exactly one count stands in the head."""
        counts = [p for p in self.report.counts if start <= p < len(preamble)]
        if len(counts) != 1 or not _texts(preamble[counts[0] :]):
            return None
        listing = _texts(preamble[start : counts[0]])
        self.report.boilerplate += listing
        self.report.notes.append(
            f"took {tally(len(listing) + 1, 'line')} up to the count of results as the listing's own text"
        )
        return _texts(preamble[counts[0] :])

    def search_results(self, lines: list[str]) -> list[str]:
        """The head after a listing's count of results ('Your search returned 118 results'): what comes before it
        (the listing's introduction, its filters) is the listing's, reported as page furniture; the first entry
        follows the count. A page that counts twice is left as it is."""
        counts = [i for i, line in enumerate(lines) if RESULTS_COUNT.fullmatch(line.strip())]
        if len(counts) != 1 or counts[0] + 1 >= len(lines):
            return lines
        self.report.boilerplate += lines[: counts[0] + 1]
        self.report.notes.append(
            f"took {tally(counts[0] + 1, 'line')} up to the count of results as the listing's own text"
        )
        return lines[counts[0] + 1 :]

    def listing_entry(self, lines: list[str]) -> list[str]:
        """The head of a listing's first entry, without the listing's introduction and teasers.

        After a listing's heading ('URBACT Good Practices') come its introduction, maybe a
        collection's teaser (a name the listing heading repeats, and a sentence about it), then
        the entries: a title over its summary. The introduction and the teasers are the listing's,
        reported as page furniture; place lines and the entry are kept.
        """
        headers = [squeezed(h) for h in self.report.listings.values()]
        teaser = [title_like(line) and any(_name_of(line) in h for h in headers) for line in lines]
        entry = next(
            (
                i
                for i, line in enumerate(lines[:-1])
                if title_like(line)
                and (prose_like(lines[i + 1]) or entry_detail(lines[i + 1]))
                and not teaser[i]
                and not read_place(line)[1]
            ),
            None,
        )
        if entry is None:
            return lines
        dropped = {i for i in range(entry) if teaser[i] or prose_like(lines[i])}
        self.report.boilerplate += [lines[i] for i in sorted(dropped)]
        if dropped:
            self.report.notes.append(
                f"took {tally(len(dropped), 'line')} before the first entry as the listing's own text"
            )
        return [line for i, line in enumerate(lines) if i not in dropped]

    def head_lines(self, lines: list[str], wants_title: bool, dates: bool = True) -> list[str]:
        """Place the head's places, contact, title and running time; the lines left for the summary and description."""
        rest: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if dates and "start" not in self.record and self.head_dates(line):
                i += 1
            elif self.place_line(line, "page head") and not headline_with_country(line):
                i += 1
                if i < len(lines) and self.head_region(line, lines[i]):
                    i += 1
                elif i < len(lines) and wants_title and "title" not in self.record:
                    self.entry_subject(lines[i], "\n".join(lines))
            elif person_with_role(lines, i) and crumb_key(line) != crumb_key(lines[i + 1]):  # a name twice is a heading
                self.stakeholder(line, lines[i + 1])
                i += 2
            elif wants_title and "title" not in self.record and not rest and _question_headline(lines, i):
                self.set(("title",), line)
                self.report.guessed.append(f"title: took {line!r}, the page's headline (a question over its subtitle)")
                i += 1
            elif (
                wants_title
                and "title" not in self.record
                and not rest_is_prose(rest)
                and exclaimed(lines, i, self.under_head)
            ):
                self.set(("title",), line.strip())
                self.report.guessed.append(
                    f"title: took {line.strip()!r}, the page's headline (a name said with '!' over its text); check it"
                )
                i += 1
            elif wants_title and "title" not in self.record and _slogan(line) and not rest_is_prose(rest):
                self.report.boilerplate.append(line)  # the site's motto over the page: 'Wir schaffen Heimat.'
                self.report.notes.append(f"title: {line!r} is the site's motto over the page, not the practice's")
                i += 1
            elif wants_title and "title" not in self.record and never_title(lines, i):
                i = self.not_title(lines, i, rest)
            elif wants_title and "title" not in self.record and self.crumbed(line) and not rest_is_prose(rest):
                self.set(("title",), line)
                self.report.guessed.append(f"title: took {line!r}, the heading the page's breadcrumb ends with")
                i += 1
            elif wants_title and "title" not in self.record and i == self.title_at:
                i = self.weighed_title(lines, i)
            elif (
                wants_title and self.title_at is not None and i < self.title_at and (self.laid or not prose_like(line))
            ):
                i = self.over_heading(
                    lines, i, self.title_at, rest, end=i + 1
                )  # a site's or section's heading over the title
            elif self.unweighed(wants_title, rest) and (titled(line) or titled(titles.without_mark(line))):
                self.weigh_title(lines, i)
                if self.title_at is None:
                    rest.append(line)
                    i += 1
            elif wants_title and "title" not in self.record and not rest_is_prose(rest) and one_word_title(lines, i):
                self.set(("title",), line.strip())
                self.report.guessed.append(
                    f"title: took {line.strip()!r}, a one-word heading over the text that names it again; check it"
                )
                i += 1
            else:
                rest.append(line)
                i += 1
        return rest

    title_at: int | None = None  # where the head's line the candidates' signs agree on stands
    weighed: bool = False  # the head's candidates were weighed
    laid: bool = False  # the weighed title is the head's layout rules' pick

    def unweighed(self, wants_title: bool, rest: list[str]) -> bool:
        """Whether the head's title candidates are still to weigh: a title is wanted, none found, no text yet."""
        return wants_title and "title" not in self.record and not self.weighed and not rest_is_prose(rest)

    def weigh_title(self, lines: list[str], i: int) -> None:
        """Weigh the head's candidates from its first title-like line at i on; mark the winner's place, or report the
        two best when none clearly wins."""
        self.weighed = True
        layout = max(page_heading(lines, i), crumb_heading(lines, i), self.crumb_step(lines, i))
        layout = max(layout, talked_heading(lines, i))
        chrome = [*self.report.boilerplate]
        candidates = titles.weigh(lines, i, self.under_head, self.report.crumb, chrome, layout)
        best = titles.chosen(candidates)
        if best is not None:
            self.title_at, self.laid = best.index, best.index == layout  # the layout's pick: all over it is the site's
            self.title_signs = best.signs
            return
        if titles.allowed(candidates):
            self.report.guessed.append(_undecided(titles.allowed(candidates)))
        elif candidates:
            ruled = next(sign for sign in candidates[0].signs if sign in titles.VETOES)
            self.report.notes.append(f"title: {candidates[0].text!r} is not the practice's name ({ruled})")

    title_signs: tuple[str, ...] = ()

    def weighed_title(self, lines: list[str], i: int) -> int:
        """Take the line at i, which the candidates' signs agree on, as the title; the index after the lines taken."""
        line = titles.without_mark(lines[i])
        full = lines[i + 1] if i + 1 < len(lines) and _full_name(line, lines[i + 1]) else None
        named, code = without_code(_BULLET.sub("", unquoted(full or line)))
        self.set(("title",), named)
        if code:
            self.report.guessed.append(f"title: left out {code!r}, a programme's or catalogue's code after it")
        self.headline_title = line if not full else ""
        self.report.guessed.append(
            f"title: took {full or line!r}, the head's line most signs agree on ({', '.join(self.title_signs)}); "
            "check it"
        )
        if full:
            self.report.guessed.append(f"title: {line!r} is the short name the full name starts with")
        return i + (2 if full else 1)

    def without_teaser(self, rest: list[str]) -> list[str]:
        """The head's lines without a teaser that repeats the start of the text run together, cut mid-word.

        A news page shows its teaser ('Début 2018, Interreg Europe a voulu … Coopérer apporte beaucoup, …
        Les solutions te') over the article, whose paragraphs then say it all again: the teaser is furniture.
        """
        kept: list[str] = []
        for k, line in enumerate(rest):
            ended = max(line.rfind(". "), line.rfind("! "), line.rfind("? "))  # its sentences before the cut one
            cut = line[: ended + 1] if ended > 0 and not re.search(r"[.!?…\"”»)]$", line) else ""
            if len(cut) >= 80 and " ".join(rest[k + 1 : k + 6]).startswith(cut):
                self.report.boilerplate.append(line)
                self.report.notes.append(f"took {_short(line, 40)!r} as a teaser: the text after it says it again")
            else:
                kept.append(line)
        return kept

    def not_title(self, lines: list[str], i: int, rest: list[str]) -> int:
        """Say why the head's line at i is not the title and keep it, as furniture when it is the site's, else in
        `rest` for the text; the index after the lines taken.

        An award's name over its edition ('Prix des sociétaires GMF' 'Edition 2023 - Auvergne-Rhône-Alpes') heads
        the award page's list of winners, not the practice: it is furniture. The edition stays for the text, as it
        may name the winner's region.
        """
        line, reason = lines[i], never_title(lines, i)
        why = f"is not the practice's name ({reason})"
        if not any(note.endswith(why) for note in self.report.notes):  # one note for a list of partners
            self.report.notes.append(f"title: {line!r} {why}")
        chrome = _site_chrome(line) or reason == AWARD_OVER_EDITION
        (self.report.boilerplate if chrome else rest).append(line)  # the site's own lines are furniture
        return i + 1

    def crumbed(self, line: str) -> bool:
        """The line is the page's heading the breadcrumb ended with, which the furniture took out with the crumbs."""
        return bool(self.report.crumb) and crumb_key(line) == crumb_key(self.report.crumb)

    def crumb_step(self, lines: list[str], i: int) -> int:
        """Where the heading a breadcrumb the furniture took out ends with stands, a few lines on; else i.

        A site's tagline over the crumb ('La Asamblea de la UE …' 'Se encuentra aquí > Inicio > … > Pacto de los
        Alcaldes' … 'Pacto de los Alcaldes') is the site's, and the heading the crumb names is the page's own.
        """
        steps = {crumb_key(_CRUMB_SPLIT.split(line)[-1]) for line in self.report.boilerplate if _crumbs(line)}
        for j in range(i + 1, min(len(lines), i + 8)):
            if len(lines[j - 1]) > 100:  # the text has begun
                break
            if crumb_key(lines[j]) in steps and title_like(lines[j]) and not never_title(lines, j):
                return j
        return i

    def over_heading(self, lines: list[str], i: int, heading: int, rest: list[str], end: int | None = None) -> int:
        """Report the lines over the page's heading (up to `end`, by default all) as the site's, keeping topic tags for
        the text; the index after the lines reported.

        A line the heading repeats is its link or crumb; the others name the site or its section.
        """
        for line in lines[i : heading if end is None else end]:
            if tag_list(line) or fact_over_heading(line):
                rest.append(line)
                continue
            self.report.boilerplate.append(line)
            if crumb_key(line) == crumb_key(lines[heading]):
                self.report.notes.append(f"title: {line!r} is a link or crumb to the heading the page gives again")
            else:
                self.report.notes.append(f"title: {line!r} is the site's or section's heading over the page's own")
        return heading if end is None else end

    def head_region(self, country_line: str, line: str) -> bool:
        """The region a page shows on the line under its country line ('Italy (Italia)', 'Emilia-Romagna')."""
        words = line.split()
        location = self.record.get("location", {})
        if read_place(country_line)[0] or "region" in location or not 1 <= len(words) <= 4:
            return False
        if not all(w[:1].isupper() for w in words) or any(c.isdigit() for c in line) or read_place(line)[1]:
            return False
        self.set(("location", "region"), line)
        self.report.guessed.append(f"location/region: took {line!r}, the line under the country, as the region")
        return True

    def head_summary(self, rest: list[str]) -> str | None:
        """The first sentence-like line of the head, else the subtitle under the title: the line taken."""
        # a paragraph longer than a summary may be stays in the description: a summary is the contributor's to write
        chosen = next((line for line in rest if _summary_like(line)), None)
        under = rest[1:] if rest and tag_list(rest[0]) else rest  # the topic tags a page shows over its subtitle
        if chosen is None and "title" in self.record and under and title_like(under[0]) and not entry_detail(under[0]):
            # a town's or region's administration over the title names who runs the site, not what the practice is
            chosen = None if _TOWN_BODY.fullmatch(under[0]) or _REGION_BODY.fullmatch(under[0]) else under[0]
        if chosen is None:
            return None
        if cut_short(chosen):
            self.set(("summary",), f"{CUT_TEASER} {chosen}")
            self.report.guessed.append(
                f"summary: {_short(chosen, 60)!r} stops at '…' (a teaser cut short); finish it from the full page"
            )
            return chosen
        self.set(("summary",), chosen)
        self.report.guessed.append(f"summary: took {_short(chosen, 60)!r} from the head of the page")
        return chosen


# A programme's or catalogue's code after a title: 'Takeaways from URBACT pilots - 11WS22224', '… – REF-2019AB07'.
# Capitals and digits only, six or more, at least three digits and one letter: a year ('- 2030'), a word or a
# name with a number ('COVID19', 'H2020') is no code.
_CODE = re.compile(r"(.{8,}?)\s+[-–—|]\s+((?=(?:[A-Z-]*\d){3})(?=[\d-]*[A-Z])[A-Z0-9][A-Z0-9-]{5,19})")


def _undecided(candidates: list[titles.Candidate]) -> str:
    """The report's line for a head whose candidates no sign set clearly apart: the two best, or the one."""
    best = candidates[0]
    if len(candidates) == 1:
        return f"title: left TODO; guessed {best.text!r}, but too few signs agree on it ({best.score}); check it"
    second = candidates[1]
    why = "too few signs agree on either" if best.score < titles.FLOOR else "too close to call"
    return (
        f"title: left TODO; guessed {best.text!r} ({best.score}) or {second.text!r} ({second.score}), {why}; "
        "give the right one with --title"
    )


def without_code(title: str) -> tuple[str, str | None]:
    """The title without a code the page's programme appended to it, and the code; the title alone when none."""
    found = _CODE.fullmatch(title)
    return (found.group(1), found.group(2)) if found else (title, None)


def cut_short(line: str) -> bool:
    """A teaser a listing cuts mid-sentence: it ends in '…', '[…]' or '...' after a word, not after a sentence."""
    return bool(re.search(r"[\w,;]\s*(?:…|\[…\]|\[\.\.\.\]|\.\.\.)$", line))


# A practice a text names as a good practice, in quotes (closed or not): 'presented the "Enerterre
# Integration Workshops good practice', 'the “Repair café” good practice'.
_NAMED_PRACTICE = re.compile(r"\bthe [\"“„«‘']\s?([A-ZÀ-ÖØ-Þ][^\"“”„«»‘’.!?]{2,80}?)[\"”»’']?\s+good practice\b")
# The name an entry's first sentence opens with: 'C-City is Genoa's strategy …' (one to five words).
# A headline announcing several practices: 'Six URBACT Good Practices making housing safer', '10 ideas for …'.
# In the other site languages: '5 bonnes pratiques', '6 gute Beispiele', '10 buenas prácticas', '7 buone pratiche'.
_SEVERAL = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|deux|trois|quatre|cinq|"
    r"sept|huit|neuf|dix|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|diez|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dwa|trzy|cztery|pięć|sześć|siedem|osiem|"
    r"dziewięć|dziesięć)\s+(?:[\w-]+\s+){0,2}"
    r"(?:good practices|practices|examples|ideas|solutions|projects|initiatives|stories|cities|ways|pratiques|"
    r"exemples|idées|projets|villes|praktiken|beispiele|ideen|lösungen|projekte|städte|prácticas|ejemplos|"
    r"soluciones|proyectos|ciudades|pratiche|esempi|soluzioni|progetti|praktyk|przykładów|pomysłów|rozwiązań|"
    r"projektów|miast)\b"
)
# A word pointing at what follows on the page: 'here', 'below', 'hier', 'voici', 'aquí', 'ecco', 'oto', 'hieronder'.
_HERE = re.compile(
    r"(?i)\b(?:here|below|hier|hieronder|voici|ci-dessous|aquí|a continuación|ecco|di seguito|oto|poniżej|aqui|"
    r"abaixo|här|nedan|tässä|alla olevat|nedenfor|zde|níže)\b"
)
# A number of entries: 'five of them', 'six examples', 'zes van die goede voorbeelden', 'trzy z nich', 'drei Projekte'.
_SOME = re.compile(
    r"(?i)\b(?:[2-9]|[1-4]\d(?![.,]\d)|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|"
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|due|tre|quattro|cinque|sette|otto|nove|dieci|"
    r"dodici|quindici|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|twee|drie|vijf|zes|zeven|negen|"
    r"tien|twaalf|dois|duas|três|quatro|sete|oito|dez|två|fyra|fem|sex|sju|åtta|nio|tio|kaksi|kolme|neljä|viisi|"
    r"kuusi|fire|seks|syv|otte)\b(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:of them|of these|(?:good |best )?practices|examples|initiatives|projects|stories|case studies|winners|"
    r"d['’]entre (?:eux|elles)|(?:bonnes )?pratiques|exemples|projets|lauréats|davon|(?:praxis)?beispiele|projekte|"
    r"initiativen|preisträger|de (?:ellos|ellas)|(?:buenas )?prácticas|ejemplos|iniciativas|proyectos|"
    r"ganadores|di (?:questi|queste|loro)|(?:buone )?pratiche|esempi|iniziative|progetti|vincitori|z nich|"
    r"spośród nich|(?:dobrych )?praktyk|przykład(?:y|ów)|inicjatyw|projekt(?:y|ów)|laureatów|daarvan|van (?:die|deze)|"
    r"(?:goede |praktijk)?voorbeelden|initiatieven|projecten|winnaars|deles|delas|(?:boas )?práticas|exemplos|"
    r"projetos|vencedores|av (?:dem|dessa)|(?:goda )?exempel|initiativ|projekt|vinnare|esimerkkiä|hanketta)\b"
)
# An entry's number before its place: '#1 – ', '2. ', 'No. 3: '.
_ENTRY_NUMBER = re.compile(r"(?:#\s?\d{1,2}|\d{1,2}[.)]|No\.?\s?\d{1,2})\s*[-–—:]?\s*")
# The name an entry's first sentence opens with, up to its verb: 'The Framework for the improvement of private
# housing works on …' (a capitalised first word, then up to eight words).
_OPENING = re.compile(
    r"(?:The |An? |Le |La |Les |L['’]|Der |Die |Das |El |Los |Las |Il |Lo |Gli )?"
    r"([A-ZÀ-ÖØ-Þ][\w’'&+-]*(?: [\w’'&+-]+){0,8}?) (?:is|was|are|were|works|helps|aims|brings|offers|"
    r"provides|supports|gives|allows|lets|runs|uses|tackles|targets|focuses|combines|creates|connects|turns|makes|"
    r"est|était|vise|permet|aide|propose|offre|ist|war|hilft|zielt|bietet|unterstützt|es|fue|busca|permite|ofrece|"
    r"è|era|mira|permette|jest|był|była|pomaga|umożliwia)\b"
)
_SUBJECT = re.compile(r"([A-ZÀ-ÖØ-Þ][\w’'&+-]*(?: [A-ZÀ-ÖØ-Þ0-9][\w’'&+-]*){0,4}) (?:is|was) ")
# A named place or scheme the text says was opened in a year: 'the Riga NGO House opened in 2013'.
_OPENED = re.compile(
    r"\bthe ((?:[A-ZÀ-ÖØ-Þ][\w’'&-]*\s+){1,4}[A-ZÀ-ÖØ-Þ][\w’'&-]*)\s+"
    r"(?:opened|(?:was|were) (?:opened|launched|set up|founded|established|created|inaugurated))"
    r"(?:\s+its doors)?\s+in\s+(?:[A-Za-z]+\s+)?\d{4}\b"
)
# Words that make a name a body's, not a practice's: 'the City Council', 'the European Commission'.
_BODY = re.compile(
    r"(?i)\b(?:commission|council|government|ministry|municipality|city|agency|office|department|university|"
    r"parliament|authority|administration|committee|union|bank)$"
)
_NOT_NAMES = {"The", "This", "It", "That", "These", "There", "Here", "Our", "Its", "A", "An"}


# A name in quotes: 'the city council adopted the 'Gdansk Integration Model'' (an apostrophe inside a word is none).
_QUOTED = re.compile(r"(?<![\w’'])[\"“„«‘']\s?([A-ZÀ-ÖØ-Þ][^\"“”„«»‘’'.!?]{2,80}?)[\"”»’'](?![\w])")
# A text presenting a good practice, in the site languages: 'As a good practice the Commission points to …'.
_GOOD_PRACTICE = re.compile(
    r"(?i)\b(?:good practice|best practice|bonne pratique|gute[nrs]? (?:praxis|beispiel)|praxisbeispiel|"
    r"buena práctica|buona pratica|dobr[aąe]j? praktyk[aęi]?)\b"
)
# What a body set up, as an entry's first sentence says: 'The Intermunicipal Community of Tâmega e Sousa set up
# the UNIDAS Intermunicipal Victim Support Network, which …' (the name is the object, capitalised).
_CREATED = re.compile(
    r"[^,.;]{1,100}? (?:set up|launched|created|founded|established|introduced|started|opened|built|developed|"
    r"a créé|a lancé|hat gegründet|gründete|startete|creó|puso en marcha|lanzó|ha creato|ha avviato|utworzył[ao]?|"
    r"uruchomił[ao]?) (?:the |a |an |la |le |l['’]|die |den |das |el |il |lo )?"
    r"([A-ZÀ-ÖØ-Þ][\w’'&+-]*(?: (?:of |for |on |de |du |des |der |für |del |di |dla |i |e |y |et |und |and )?"
    r"[A-ZÀ-ÖØ-Þ0-9][\w’'&+-]*){1,8})"
)
# A document's kind as its header writes it: 'OPIS DOBREJ PRAKTYKI', 'Good practice form', 'Fiche bonne pratique'.
_FORM_HEADER = re.compile(
    r"(?i)(?:\d+\s*)?(?:opis|karta|formularz|description|fiche|formulaire|ficha|formulario|scheda|modulo|"
    r"steckbrief|beschreibung|template|form|sheet)(?: (?:of|de|der|di|del))?(?: (?:the|a|la|une|una|einer|einem))?"
    r" (?:dobrej praktyki|good practice|best practice|bonne pratique|buena práctica|buona pratica|guten praxis)"
    r"|(?i:(?:good|best) practice (?:description|form|template|sheet|fact ?sheet))"
)


# A form's name label, then its value in capitals, in a flattened line: 'nazwa inicjatywy Społeczna Inicjatywa Rad
# Osiedli nazwa gminy', 'project title Green Yards of Łódź lead partner'. The value ends at a small word of four
# letters or more (the next label) or at punctuation.
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ"
_INLINE_NAME = re.compile(
    r"(?i:\b(?:nazwa (?:inicjatywy|projektu|praktyki|przedsięwzięcia|dobrej praktyki)|tytuł (?:projektu|inicjatywy|"
    r"praktyki)|(?:project|practice|initiative) (?:title|name)|name of the (?:practice|project|initiative)|"
    r"titre du projet|nom (?:du projet|de la pratique|de l['’]initiative)|título del proyecto|nombre del proyecto|"
    r"titolo del progetto|nome del progetto|projekttitel|projektname|titel des projekts|name des projekts))"
    rf"\s*:?\s+([{_UPPER}][\w’'&+-]*(?: (?:[a-ząćęłńóśźżà-ÿ]{{1,3}} )?[{_UPPER}0-9][\w’'&+-]*){{0,8}})"
    r"(?= [a-ząćęłńóśźżà-ÿ]{4,}| \d)"
)


# A name in capitals opening a paragraph as its subject: 'SCHOOLHOODS makes …', 'RE-BLOCK helps …'.
_CAPITAL_SUBJECT = re.compile(
    r"(?m)^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&-]{3,}(?: [A-ZÀ-ÖØ-Þ0-9&-]{2,}){0,3}) (?:is|was|are|were|works|helps|aims|brings|"
    r"offers|provides|supports|gives|allows|lets|runs|uses|tackles|targets|focuses|combines|creates|connects|turns|"
    r"makes|brings|gathers|explores|est|vise|permet|aide|réunit|ist|hilft|zielt|bietet|verbindet|es|busca|permite|"
    r"reúne|è|mira|permette|riunisce|jest|pomaga|łączy)\b"
)
# Programmes and funds whose names pages write in capitals; never a practice's name.
_PROGRAMMES = {
    "URBACT",
    "INTERREG",
    "INTERREG EUROPE",
    "LIFE",
    "ERDF",
    "ESF",
    "EU",
    "UIA",
    "OECD",
    "EUROCITIES",
    "ICLEI",
}


# A town's administration as a form's or entry's heading: 'Stadt Griesheim', 'City of Rotterdam', 'Gemeinde
# Lastrup', 'Ville de Lyon', 'Ayuntamiento de Vigo', 'Comune di Parma', 'Urząd Miasta Krakowa', 'Gmina Skawina',
# 'Obec Hostětín', 'Grad Rijeka', 'Mestna občina Maribor', 'Câmara Municipal de Silves'.
_TOWN_BODY = re.compile(
    r"(?:Stadt|Gemeinde|Landkreis|Kreis|Markt|Hansestadt|Landeshauptstadt|City of|Municipality of|Town of|"
    r"(?:City|Town|Borough|County) Council of|Ville de|Commune de|Mairie de|Métropole de|Ayuntamiento de|"
    r"Concello de|Ajuntament de|Comune di|Città di|Urząd Miasta|Urząd Gminy|Gmina(?: Miasto)?|Miasto|"
    r"Gemeente|Stad|Město|Mesto|Obec|Statutární město|Grad|Općina|Mestna občina|Občina|Municipiul|Comuna|"
    r"Câmara Municipal de|Município de|Prefeitura de)\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻČŠŽ][\w'’.-]*"
    r"(?:[ -](?:am|an|an der|der|im|in|in der|ob der|de|del|di|sur|upon|nad|pod)?\s?"
    r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻČŠŽ][\w'’.-]*){0,3}"
    # the Nordic and Baltic word after the town's name: 'Holbæk kommune', 'Oulun kaupunki', 'Tartu linn'
    r"|[A-ZÀ-ÖØ-ÞÆÅ][\w'’.-]*(?: [A-ZÀ-ÖØ-ÞÆÅ][\w'’.-]*)? (?i:kommune|kommun|kaupunki|kunta|linn|vald|novads|"
    r"pilsēta|savivaldybė)"
)

# A region's or province's administration as a site's or form's heading: 'Regione Emilia-Romagna', 'Région
# Occitanie', 'Provincia di Trento', 'Comunidad de Madrid', 'Junta de Andalucía', 'Województwo Małopolskie',
# 'Bezirksamt Neukölln', 'Freistaat Bayern', 'Province of Limburg'.
_REGION_BODY = re.compile(
    r"(?:Regione|Provincia(?: autonoma)? di|Città metropolitana di|Région|Conseil (?:régional|départemental)"
    r"(?: de| du| des)?|Département (?:de|du|des)|Bezirksamt|Bezirk|Freistaat|Bundesland|Land|Region|Regionalverband|"
    r"Comunidad(?: Autónoma)? de|Junta de|Xunta de|Generalitat(?: de)?|Diputación(?: Provincial)? de|Gobierno de|"
    r"Województwo|Urząd Marszałkowski Województwa|Powiat|Starostwo Powiatowe w|Province of|Region of|County of|"
    r"Regional Council of)\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][\w'’.-]*(?:[ -](?:am|an|der|im|de|del|di|von|of)?\s?"
    r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][\w'’.-]*){0,3}"
)


def never_title(lines: list[str], i: int) -> str:
    """Why the head's line cannot be the practice's name, or '' when it can.

    A partner of a network's list ('• Guía de Isora - Spain'), a document's kind in its header ('OPIS
    DOBREJ PRAKTYKI'), and the first line of text hard-wrapped into the next one (which goes on in small
    letters: 'Deep renovation of buildings is among the most' 'important means …').
    """
    line = lines[i]
    after = lines[i + 1] if i + 1 < len(lines) else ""
    if not title_like(line):
        return ""
    if partner_bullet(line):
        return "a partner of a list, with its country"
    if _FORM_HEADER.fullmatch(line.strip()):
        return "the header of a form or document"
    if _goes_on(line, after):
        return "the first line of a text that goes on in the next line"
    if _TOWN_BODY.fullmatch(_BULLET.sub("", line.strip())):
        return "the name of a town's administration"
    if _REGION_BODY.fullmatch(_BULLET.sub("", line.strip())):
        return "the name of a region's or province's administration"
    if _GROUPING_BODY.fullmatch(_BULLET.sub("", line.strip())):
        return "the name of a grouping of towns"
    if _figures(line):
        return "a line of figures"
    if _ADDRESS.match(_BULLET.sub("", line.strip())):
        return "a line of a postal address"
    if is_site_strapline(line):
        return "the site's words about itself"
    if _SEARCH_FORM.search(line):
        return "a line of the site's search form"
    if _repeated(lines, line.strip()):
        return "a line the page repeats, a slider's or a banner's caption"
    if field_line(line) and any(field_line(other) and other != line for other in (lines[i - 1] if i else "", after)):
        return "a field of the page's block of fields"
    if _ROLE_LABEL.match(line):
        return "a person's line under a role's label"
    if is_skip_link(line):
        return "a link to the site's home or to the page's content"
    if _POPULATION.search(line):
        return "a place's line with its number of inhabitants"
    if code_row(line):
        return "the site's choice of languages"
    if _PICTURE.fullmatch(line.strip()):
        return "a picture's caption"
    if _LOGO.fullmatch(line.strip()):
        return "a logo's alternative text"
    if _SIGNED.match(line.strip()):
        return "a writer's signature"
    if _AWARD.match(line.strip()) and _edition(_BULLET.sub("", after.strip())):
        return AWARD_OVER_EDITION
    if _kind_heading(_BULLET.sub("", line.strip())):
        return _kind_heading(_BULLET.sub("", line.strip()))
    return "a tag or a picture's alternative text in small letters" if small_letters(line) else ""


def small_letters(line: str) -> bool:
    """A line in small letters only, a story's tag or a picture's alternative text ('circular economy', 'vodoravna
    delilna črta'); a title starts with a capital or a number ('12 ideas for greener streets')."""
    return not any(c.isupper() for c in line) and bool(re.match(r"[^\W\d_]", line.strip()))


def _repeated(lines: list[str], text: str, times: int = 3) -> bool:
    """Whether the page has the line `times` times or more; counting stops there, since pages are long."""
    seen = 0
    for other in lines:
        seen += other.strip() == text
        if seen >= times:
            return True
    return False


AWARD_OVER_EDITION = "an award's name over its edition"
# An edition's heading by its year: 'Edition 2023 - Auvergne-Rhône-Alpes', 'Ausgabe 2021', 'Edycja 2019'.
_YEAR_EDITION = re.compile(
    r"(?i)(?:edition|édition|ausgabe|edición|edizione|edycja|edição|editie|upplaga)\s+(?:19|20)\d{2}\b"
    r"(?:\s*[-–:|,]\s*\S.*)?"
)


def _edition(line: str) -> bool:
    """An award's or a call's edition as its heading: 'Edition 2023 - Auvergne-Rhône-Alpes', 'la 24ème édition'."""
    return len(line.split()) <= 8 and bool(_CALL.search(line) or _YEAR_EDITION.fullmatch(line))


def _goes_on(line: str, after: str) -> bool:
    """True when the text of the line goes on in the next, which starts in small letters ('Deep renovation of
    buildings is among the most' 'important means …'). One word in small letters without punctuation after a heading
    is a tag or a picture's alternative text ('expérience', 'decor'), not the rest of a sentence."""
    if not re.match(r"[a-zà-öø-ÿ]", after) or re.search(r"[.!?:;]$", line):
        return False
    return len(after.split()) >= 2 or bool(re.search(r"[.!?…,;:)]$", after))


def one_word_title(lines: list[str], i: int) -> bool:
    """A heading of one word over the text, which names it again at least twice: 'Pilotkommuner' over 'Under
    2012-2015 fick ett antal kommuner …' (then 'De utvalda pilotkommunerna …', 'Pilotkommuner'), 'Klimabudget' over
    'Das Klimabudget'. A section's heading ('Hintergrund', 'Overview') is rarely named again; a menu's word in
    capitals ('ANGEBOTE') is no heading."""
    word = lines[i].strip()
    if not re.fullmatch(r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][^\W\d_]+(?:-[^\W\d_]+)?", word) or word.isupper() or len(word) < 6:
        return False
    if word.casefold() in _SECTION_WORDS or _kind_heading(word) or i + 1 >= len(lines):
        return False
    after = lines[i + 1]
    over_text = prose_like(after) and not _not_text(after)
    over_heading = title_like(after) and len(after.split()) <= 3 and word.casefold() in after.casefold().split()
    named = sum(word.casefold() in line.casefold() for line in lines[i + 1 :])
    return (over_text or over_heading) and named >= 2


def field_line(line: str) -> bool:
    """A field's line, a short label and its value: 'Kokonaisbudjetti: 24 691 386,40 €', 'Rahasto: Koheesiorahasto'."""
    label, colon, value = line.partition(":")
    return bool(colon) and 1 <= len(label.split()) <= 3 and bool(value.strip()) and not value.startswith("//")


# A person's role as a label before the name: 'MAIRE : JOCELYNE GUÉRIN', 'Bürgermeister: Clemens Moll', 'Contact: …'.
_ROLE_LABEL = re.compile(
    r"(?i)(?:maire|mayor|lord mayor|bürgermeister(?:in)?|oberbürgermeister(?:in)?|alcalde(?:sa)?|sindac[oa]|"
    r"burmistrz|prezydent(?: miasta)?|wójt|président(?:e)?|president|contact|kontakt|contacto|contatto|"
    r"ansprechpartner(?:in)?|responsable|referente|auteur|author|autor)\s*:\s*\S"
)
# A picture's caption or alternative text, its kind then a few words: 'Illustration Servicepunkt', 'Image: town hall',
# 'Foto: Stadt Graz', 'Bild Marktplatz', 'Zdjęcie: rynek', 'Kuva: kaupunki', 'Imagem do projeto' (a title such as
# 'Photovoltaics on school roofs' or 'Image of the city: a new brand for Lodz' is longer or has no such word alone).
_PICTURE = re.compile(
    r"(?i)(?:illustration|illustrazione|ilustración|ilustracja|image|imagen|imagem|immagine|afbeelding|photo|"
    r"foto|fotó|bild|kuva|zdjęcie|obrázek|picture)\b\s*[:.-]?(?:\s+[^\s:]+){1,3}"
    # a content system's name for the picture's place, the picture word after it: 'Provider image', 'Hero image'
    r"|(?i:provider|hero|header|featured|banner|cover|teaser|thumbnail|preview) (?i:image|picture|photo|img)"
)
# A logo's alternative text, which names the site or its owner: 'Logo Parc Naturel Régional Normandie Maine & Geoparc',
# 'Logo der Nationalen URBACT-Kontaktstelle für Deutschland', 'Logo, company name', 'Logotipo del Ayuntamiento': a
# name in capitals, a small word or a stop after it. 'Logo competition for schools' is a practice's name.
_LOGO = re.compile(
    r"(?i:logo|logotipo|logotyp|logotype|logótipo)(?:\s*[:,.–-]\s*|\s+(?i:of|der|des|du|de|del|della|di|do|da|van|af|"
    r"för|z|ze)\s+|\s+(?=[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ]))\S.{0,120}"
)
# A writer's signature under a letter or editorial: 'Robert Pressl on behalf of the Eltis Team', 'Anna Nowak w
# imieniu zespołu', 'Marie Dupont au nom de l'équipe', 'Hans Meier im Namen des Teams'.
_SIGNED = re.compile(
    r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][\w'’-]+(?: [A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][\w'’.-]+){1,2},? (?:on behalf of|im Namen|au nom de|"
    r"en nombre de|a nome d|w imieniu|namens|em nome d|på vägnar av) "
)
# A place's line ending with its number of inhabitants: 'LUZY, NIEVRE, BOURGOGNE-FRANCHE-COMTÉ, 1 980 HABITANTS',
# '… mit 4.200 Einwohnern', '12 000 abitanti', '35 000 mieszkańców' ('1,200 residents redesign their park' is a
# headline).
_POPULATION = re.compile(
    r"(?i)\d[\d\s.,\u00a0\u202f]*\s*(?:habitants|inhabitants|residents|einwohner(?:innen|n)?|habitantes|abitanti|"
    r"mieszkańców|inwoners|invånare|asukasta|obyvatel)\W*$"
)


def _kind_heading(line: str) -> str:
    """Why a line is a heading of a kind of content, not of one practice, or '' when it is not one."""
    words = [w.casefold().strip(":-–") for w in line.split()]
    if len(words) <= 4 and all(w in _SECTION_WORDS for w in words if w):
        return "a section's heading in general words"
    if _CATEGORY_CODE.match(line):
        return "a category's heading with its code"
    if _edition(line):
        return "a call's or an edition's heading"
    award = _AWARD.match(line) if not _AWARD_ENTRY.fullmatch(line) else None  # a winner's heading names the practice
    if award and (line.isupper() or _name_case(award.group(1))):
        return "an award's or a prize category's name"
    return ""


# Words of a section's heading that name no practice: 'Project summary', 'Innovation Tags', 'Selected projects',
# 'Résumé du projet', 'Projektübersicht', 'Detalles del proyecto', 'Sintesi del progetto', 'Opis projektu',
# 'Hankkeen tiedot', 'Projectgegevens'.
_SECTION_LIST = (
    "project projects practice practices summary overview details detail information description tags tag innovation "
    "selected key facts news latest about the of du de la le des del della di dei projet projets résumé présentation "
    "détails informations fiche actualités projekt projekte zusammenfassung übersicht projektübersicht informationen "
    "beschreibung aktuelles nachrichten proyecto proyectos resumen detalles información descripción noticias progetto "
    "progetti sintesi riepilogo dettagli informazioni descrizione notizie projektu podsumowanie opis szczegóły "
    "informacje aktualności hanke hankkeen tiedot yhteenveto projectgegevens samenvatting overzicht gegevens nieuws "
    "projeto resumo detalhes informações descrição notícias "
    # a page's type as a label over its heading: 'Best Practice', 'Gute Praxis', 'Goed voorbeeld', 'Dobre praktyki'
    "best good bonne bonnes pratique pratiques buena buenas práctica prácticas buona buone pratica pratiche dobra "
    "dobre praktyka praktyki gute praxis praxisbeispiel praxisbeispiele beispiel beispiele goed goede voorbeeld "
    "voorbeelden praktijkvoorbeeld praktijkvoorbeelden boa boas prática práticas "
    # a form's part over its answer: 'Project results', 'Cel działania', 'Výsledky projektu', 'Ziele des Projekts'
    "results result aim aims goal goals objective objectives résultats résultat objectif objectifs ergebnisse "
    "ergebnis ziel ziele projekts projektes resultados resultado objetivo objetivos risultati risultato obiettivo "
    "obiettivi wyniki rezultaty cel cele działania výsledky cíl cíle resultaten doel doelen "
    "tulokset tavoite tavoitteet resultat resultater mål"
)
_SECTION_WORDS = frozenset(_SECTION_LIST.split())
# A category's code before its heading, as a programme's list writes it: 'Z2. Errichtung, Erweiterung …', 'B3) …'.
_CATEGORY_CODE = re.compile(r"[A-Z]{1,2}\d{1,2}[.)]\s")
# A call's or an award's edition: 'EUI-IA 2nd Call', 'les lauréats de la 24ème édition', '3. Aufruf', 'II edycja'.
_CALL = re.compile(
    r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th|e|ème|er|ª|º|°|\.)?|first|second|third|[IVX]{1,4})\s+"
    r"(?:call|calls|edition|édition|appel|aufruf|ausgabe|runde|convocatoria|edición|bando|edizione|nabór|edycja)\b"
)
# An award's name as a heading, alone or before its short name or edition: 'The European Capital of Innovation
# Award - iCapital', 'European Energy Award - Preisträger 2021', 'PRIX MOBILITÉ ET AMÉNAGEMENT'. Written as a name;
# 'Barcelona wins prestigious Mayors Challenge prize' is a headline about a winner.
_AWARD = re.compile(
    r"(?i)((?:[\w'’-]+ ){0,5}?(?:award|awards|prize|prix|preis|premio|premios|prémio|prémios|nagroda|wettbewerb"
    r"|concours|category|catégorie|kategorie|categoría|categoria|kategoria)"
    r"(?: (?:[A-ZÀ-ÖØ-Þ][\w'’-]*|(?-i:d[aeiou]s?|de[ls]?|of|the|du|des|der|dei)(?= [A-ZÀ-ÖØ-Þ]))){0,5}(?: \d{4})?)"
    r"(?:\s+[-–:|].*)?$"
)


# A grouping of towns as a site's or entry's heading: 'Communauté de communes du pays de Damville', 'Communauté
# d'Agglomération Grand Rodez', 'Métropole Européenne de Lille', 'Mancomunidad de la Sierra', 'Unione dei Comuni
# della Bassa Romagna', 'Związek Gmin Dolnej Odry', 'Samtgemeinde Harsefeld', 'Verbandsgemeinde Wittlich-Land'.
_GROUPING_BODY = re.compile(
    r"(?i:communauté (?:de communes|d['’]agglom[ée]ration|urbaine)|métropole|mancomunidad|comarca|unione dei comuni|"
    r"związek (?:gmin|międzygminny)|samtgemeinde|verbandsgemeinde|intercommunalité)"
    r"(?:\s+[\w'’.-]+){1,6}"
)


# A postal address's line: a number and a street ('1, place Adrien Rozier', '12 rue de la Paix', 'Via Roma 5',
# 'Kaiser-Friedrich-Str. 7', 'ul. Długa 12'), a post box ('Bp 53531', 'Postfach 1234', 'PO Box 12'), a post code and
# town ('12035 Rodez', 'D-79098 Freiburg', '00-950 Warszawa').
_ADDRESS = re.compile(
    r"(?i:\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?:rue|place|avenue|av\.|bd|boulevard|chemin|allée|quai|impasse|"
    r"route|cours|via|viale|piazza|corso|calle|c/|avenida|plaza|paseo|street|road|square|lane)\b.*"
    r"|(?:via|viale|piazza|corso|calle|avenida|plaza|ul\.|ulica|al\.|rue|avenue)\s+.+\s\d{1,4}[a-z]?"
    r"|\S*(?:straße|strasse|str\.|weg|platz|gasse|allee|laan|straat|plein|gatan|vej)\s+\d{1,4}[a-z]?"
    r"|(?:bp|b\.p\.|cs|postfach|po box|p\.o\. box|apartado(?: de correos)?|casella postale|skr\. poczt\.)\s*\d{1,6}"
    r"|(?:[a-z]{1,2}-)?\d{2}-?\d{3}\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}(?:\s+cedex(?:\s\d+)?)?)$"
)


# A search form's lines: 'Generic filters', 'Search in title', 'Filter by support type', 'Suche im Titel', 'Rechercher
# dans le contenu', 'Buscar en', 'Cerca nel', 'Szukaj w', 'Filtrer par thème', 'Filtern nach', 'Filtrar por'; and the
# hint in its box: 'Search by keyword', 'Suche nach Stichwort', 'Rechercher par mot-clé', 'Buscar por palabra clave',
# 'Cerca per parola chiave', 'Szukaj według słowa kluczowego', 'Zoeken op trefwoord', 'Pesquisar por palavra-chave',
# 'Sök på webbplatsen', 'Hae sivustolta', 'Hledat na webu', 'Enter search term', 'Suchbegriff eingeben'.
_SEARCH_FORM = re.compile(
    r"(?i)^(?:search in|search within|suche (?:im|in)|rechercher dans|buscar en|cerca (?:in|nel|nei)|szukaj w)\b"
    r"|^(?:filter(?:s)? by|filtrer par|filtern nach|filtrar por|filtra per|filtruj (?:według|wg))\b|\bfilters$"
    r"|^(?:search|suche|rechercher|buscar|cerca|ricerca|szukaj|wyszukaj|zoek(?:en)?|pesquisar|procurar|sök|hae|søg|"
    r"søk|hledat)(?: (?:by|for|nach|par|por|per|według|op|på|na))? (?:(?:a |the |un |le )?(?:keywords?|key ?words?|"
    r"terms?|stichw(?:ort|örtern)|suchbegriff|mots?[- ]clés?|palabras? clave|parol[ae] chiave|słow(?:a|o) kluczow"
    r"(?:e|ego)|frazy|trefwoord(?:en)?|palavras?[- ]chave|sökord|hakusana|søgeord|søkeord|klíčového slova)|"
    r"(?:this |the |our )?(?:site|website)|sur le site|en el sitio|nel sito|w serwisie|op de site|no site|"
    r"på webbplatsen|sivustolta|på siden|på nettstedet|na webu)\W*$"
    r"|^(?:enter (?:a |your )?(?:search(?: term)?|keywords?)|suchbegriff(?:e)? eingeben|saisi(?:r|ssez) (?:un|vos) "
    r"mots?[- ]clés?|introduzca (?:su búsqueda|palabras clave)|inserisci (?:una )?parol[ae] chiave|wpisz (?:szukaną "
    r"frazę|słowo kluczowe)|voer (?:een )?zoekterm in)\W*$"
)


def _site_chrome(line: str) -> bool:
    """A line of the site's own, never of the practice: a skip link, a search form's line, the site about itself,
    its choice of languages."""
    return bool(
        is_skip_link(line)
        or _SEARCH_FORM.search(line)
        or is_site_strapline(line)
        or code_row(line)
        or _PICTURE.fullmatch(line.strip())
        or _LOGO.fullmatch(line.strip())
    )


def _figures(line: str) -> bool:
    """A line of figures with their labels: '4.200 Einwohner Beitritt 2009  Punktzahl 72%' (three numbers or more,
    at least a third of its words)."""
    words = line.split()
    numbers = [word for word in words if re.search(r"\d", word)]
    return len(numbers) >= 3 and 3 * len(numbers) >= len(words)


def partner_bullet(line: str) -> bool:
    """A bullet naming a place and its country: '• Guía de Isora - Spain', '• Malmö, Sweden'."""
    found = re.fullmatch(r"[•◦▪·]\s*(.+?)\s*[-–/,]\s*([^-–/,]+)", line.strip())
    if found is None:
        return False
    name, code = read_place(found.group(2))
    return code is not None and not name


def _text_under(after: list[str], placed: bool) -> bool:
    """True when a sentence follows; with `placed`, maybe under one place line ('Preston (UK), Pamplona (ES)')."""
    if after and prose_like(after[0]):
        return True
    if not placed or len(after) < 2:
        return False
    return bool(partner_list(after[0]) or read_place(after[0])[1]) and prose_like(after[1])


def _question_headline(lines: list[str], i: int) -> bool:
    """An article's headline asked as a question, first in the head and over its subtitle or its text.

    'How can a city bring vulnerable people closer to renewable energy ?' over 'City of Eeklo wins …';
    'Good Practice Transfer - Why not in my City?' over the text that opens by naming it. Over the text the
    question has five words or more ('Who is behind this?' heads a part of the text, not the page). The page's
    date may stand between the headline and its text.
    """
    line = lines[i]
    under = past_dates(lines, i + 1, len(lines) - 1)  # the last line stays, as the headline's subtitle or text
    subtitle = lines[under] if under < len(lines) else ""
    asked = line.endswith("?") and 3 <= len(line.split()) <= 15 and not re.search(r"[.!?]\s", line)
    over_text = len(line.split()) >= 5 and prose_like(subtitle) and not _not_text(subtitle)
    return asked and (over_text or (title_like(subtitle) and not prose_like(subtitle) and not small_letters(subtitle)))


# A headline said with '!' ('Tropa Verde, rewarding recycling!', 'Knabstrup sætter kurs!'): it opens with the
# practice's name, which the text under it names again, not with a greeting's or a call's word ('Welcome to the Eltis
# Mobility Update!', 'Stay in touch!', 'Spotlight on the EUROCITIES awards winners - new case studies!').
_EXCLAIMED = re.compile(r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻČŘŠŽĐ][^.!?;:¡]*[^\s.!?;:]\s?!")


def exclaimed(lines: list[str], i: int, under: list[str]) -> bool:
    """Whether the head's line at i is a headline of eight words at most ending in '!', over its subtitle or its
    text, whose first word is a name the next lines (of the head, then the sections under it) use twice or more,
    with its capital."""
    line = lines[i].strip()
    if not _EXCLAIMED.fullmatch(line) or not 2 <= len(line.split()) <= 8 or never_title(lines, i):
        return False
    if not title_like(line[:-1].rstrip()) or i + 1 >= len(lines) or small_letters(lines[i + 1]):
        return False
    first = re.match(r"[^\W\d_]{4,}\b", line)
    if first is None:
        return False
    below = " ".join([*lines[i + 1 :], *under][:30])
    return len(re.findall(rf"\b{re.escape(first.group())}\b", below)) >= 2


def past_dates(lines: list[str], k: int, stop: int) -> int:
    """The index of the first line from k on that is not the page's date, or stop when all before it are: a news page
    dates its heading between it and its text ('27 September 2021', '  • 22 March 2019')."""
    while k < stop and date_line(_BULLET.sub("", lines[k].strip())):
        k += 1
    return k


def _footer(after: list[str]) -> bool:
    """Lines after a menu line that only date and tag the entry above it: the line was the entry's type label.

    A listing shows its entry's heading and teaser, then the entry's type ('case study'), its date
    ('publication date: 11-10-2019') and its tags ('•  housing'): the type is no menu above the entry.
    """
    texts = _texts(after)
    return bool(texts) and all(date_line(line) or entry_detail(line) for line in texts)


def headline_with_country(line: str) -> bool:
    """A headline that ends with its country in brackets: 'Study shows health benefits of bike sharing (Spain)'.

    It names the country, but it is the item's heading, not a place line: more than a place's name
    stands before the brackets (five words or more, two of them in small letters).
    """
    found = _COUNTRY_AFTER.fullmatch(_BULLET.sub("", line.strip()))
    words = found.group(1).split() if found else []
    return len(words) >= 5 and sum(w[:1].islower() for w in words) >= 2 and title_like(line)


_COUNTRY_AFTER = re.compile(r"(.+?)\s*\([^()]+\)")
# A bullet a page puts before an article's heading: '• Feeding change: …'.
_BULLET = re.compile(r"^[•◦▪·]\s*")


def _headline(line: str) -> bool:
    """A news page's headline: a short line ending in '!' ('Spotlight on the awards winners - new case studies!')."""
    return line.endswith("!") and 3 <= len(line.split()) <= 15 and not re.search(r"[.?]\s", line)


def _uncategorised(heading: str, page: str) -> str:
    """The heading without a category word before ' - ' that the page lists among its categories.

    'Cooperation - Entrepreneurial Västra Hisingen' on a page saying 'three award categories:
    cooperation, innovation and participation' is the entry 'Entrepreneurial Västra Hisingen'.
    """
    found = re.fullmatch(r"([^\W\d_]+) [-–—] (.+)", heading)
    if not found:
        return heading
    word = re.escape(found.group(1).casefold())
    return found.group(2) if re.search(rf"categor[^.]*\b{word}\b", page.casefold()) else heading


def _full_name(short: str, line: str) -> bool:
    """A project's full name under its short one: 'GPP 2020' over 'GPP 2020 - Mainstreaming low-carbon procurement'."""
    rest = line[len(short) :] if line.startswith(short) else ""
    return title_like(line) and bool(re.match(r"\s*[-–—:|]\s*\S", rest))


def entry_detail(line: str) -> bool:
    """A line a listing writes under an entry's title instead of a summary: a tag in a bullet, a running time."""
    tag = re.fullmatch(r"[•◦▪·]\s*([^\W\d_][\w&'’ -]{0,40})", line)
    return bool(tag and len(tag.group(1).split()) <= 4) or date_range(line) is not None


def _name_of(line: str) -> str:
    """A line as a listing heading would repeat it: case-folded, without quotes around it."""
    return squeezed(line).strip("'\"‘’“”")


def rest_is_prose(rest: list[str]) -> bool:
    """True once the head has given a sentence: a title comes before the text, not in it.

    A cookie banner's sentence, a skip link and a field's line are no text (see `_not_text`).
    """
    return any(prose_like(line) and not _not_text(line) for line in rest)


def _summary_like(line: str) -> bool:
    """A line that can be the summary: a sentence of the text, not longer than a summary may be.

    Not the tail of a hard-wrapped sentence ('their existing building stock.'), a date with a word or two ('od 1
    kwietnia 2008 r.', a visit counter's start) or a question heading a part of the text ('Was sind
    URBACT-Transfernetzwerke?')."""
    fragment = bool(re.match(r"[a-zà-öø-ÿąćęłńóśźż]", line))
    question = line.endswith("?") and len(line.split()) <= 6 and not re.search(r"[:,;]", line)  # not 'It asked: why?'
    return (
        prose_like(line)
        and not _not_text(line)
        and len(line) <= summary_length()
        and not (fragment or question or date_line(line))
    )


def _not_text(line: str) -> bool:
    """A line that may end like a sentence but is no text: a cookie banner's sentence ('Wir verwenden auf dieser
    Website Cookies, …'), a skip link ('Zum Inhalt (Access key c)'), a short field ('EU:n rahoitusosuus: 20 987
    678,44 € (85%)')."""
    label, colon, value = line.partition(":")
    short_field = field_line(line) and len(label.split()) <= 2 and len(value.split()) <= 8
    short_field = short_field and not re.search(r"[.!?…]$", value.strip())  # 'The city asked: what next?'
    return bool(_COOKIES.search(line) or is_skip_link(line) or short_field)


# A site's motto over its pages, a sentence of four words at most: 'Wir schaffen Heimat.', 'Wir gestalten Zukunft.',
# 'Ensemble, agissons.'; before the title it is never the practice's text. A short line ending in '!' is a
# headline ('Interregional cooperation works!').
_SLOGAN = re.compile(r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][^\d.!?;:]*\.")


def _slogan(line: str) -> bool:
    """A site's motto: a sentence of four words at most, from its capital on, no number in it ('their existing
    building stock.' ends a hard-wrapped text)."""
    return len(line.split()) <= 4 and bool(_SLOGAN.fullmatch(line.strip()))


# A cookie banner's word, the same in most European languages: 'cookies', 'Cookies', 'plików cookie'.
_COOKIES = re.compile(r"(?i)\bcookies?\b")


def page_heading(lines: list[str], i: int) -> int:
    """Where the page's own heading is, when the title-like line at i is a site's or section's name over it.

    A site writes its name or its section's over the article's heading, which stands right over the
    text, maybe with its date between: 'Mobility and Transport' 'Summary of successful implementation
    of cycling measures' '<text>'; 'Integrierte Ländliche Entwicklung' 'Neuer Rekord: …' '(22. November
    2024) Würzburg – …'. A run of short title-like lines (a crumb among them) ends with a longer one over
    the text: that last one is the heading. A site's name has five words at most, written as a name, its long
    words capitalised; a title over its subtitle ('Repair cafés in Graz' 'A network of volunteers …', 'Climate
    budget: a dialogue with Oslo' 'Count your CO2 emissions …') is not and stays the title.
    """
    end = i
    while end + 1 < len(lines) and (title_like(lines[end + 1]) or _headline(lines[end + 1])):
        if prose_like(lines[end + 1]) and not _headline(lines[end + 1]):
            break
        end += 1
    after = past_dates(lines, end + 1, len(lines))
    if end == i or after >= len(lines) or not prose_like(lines[after]) or never_title(lines, end):
        return i
    words = len(_words(lines[end]))
    return end if all(len(_words(lines[k])) < min(words, 6) and _name_case(lines[k]) for k in range(i, end)) else i


def talked_heading(lines: list[str], i: int) -> int:
    """Where the heading the page's text talks about stands, when the title-like line at i is not over the text; else i.

    A site puts its owner's name, a back link or a funder's line first ('Baden-Württemberg Ministerium für Umwelt,
    Klima und Energiewirtschaft', 'Zpět na projekty'), then its menu, then the practice's name right over the first
    paragraph, which goes on about it ('„Nachhaltige Kommunalentwicklung – gemeinsam auf dem Weg in die Zukunft"'
    'Im Pilotprojekt „Nachhaltige Kommunalentwicklung – …“ wurden …'). Of the title-like lines between the line at
    i and the first paragraph, the one most of whose words the paragraphs repeat is the heading, when they repeat
    clearly more of its words than of the first line's, and fewer than half of the first line's; of two such lines,
    the nearer the text. A line over its text is its heading and stays, as does a title over its subtitle that the
    text names.
    """
    under = past_dates(lines, i + 1, len(lines))
    if under >= len(lines):
        return i
    described = paragraph_line(lines[under]) and len(_words(lines[i])) <= 4
    if prose_like(lines[under]) and not quoted_name(lines[under]) and not described:
        return i
    start = under + 1 if described else under
    first = next((k for k in range(start, min(len(lines), i + 16)) if paragraph_line(lines[k])), None)
    if first is None:
        return i
    text = word_stems(" ".join(lines[first : first + 6]))
    own = _talked(lines[i], text)
    best, most = i, own
    for k in range(start if described else i + 1, first):
        candidate = (titled(lines[k]) or quoted_name(lines[k])) and len(word_stems(unquoted(lines[k]))) >= 2
        candidate = candidate and not (never_title(lines, k) or field_line(lines[k]))
        if candidate and _talked(lines[k], text) >= most:
            best, most = k, _talked(lines[k], text)
    if described and best != i and _talked(lines[best], word_stems(lines[under])) >= 0.25:
        return i  # the sentence under the first line is about the heading: the page's summary, not a section's
    return best if own < 0.5 and most >= 0.6 and most - own >= 0.3 else i


def paragraph_line(line: str) -> bool:
    """A paragraph of the page's text: a sentence, not a cookie banner's or a name in quotes."""
    return prose_like(line) and not _not_text(line) and not quoted_name(line)


# A name in quotes on a line of its own: '„Nachhaltige Kommunalentwicklung – gemeinsam auf dem Weg in die Zukunft"',
# '« Quartiers d'été »', '"Diversitours"'.
_QUOTED_LINE = re.compile(r"[„\"“«‘]\s?(?P<name>[^„\"“”«»]{3,150}?)\s?[”\"“»’]")


def quoted_name(line: str) -> bool:
    """A name in quotes alone on its line, of fifteen words at most, with no sentence in it."""
    found = _QUOTED_LINE.fullmatch(line.strip())
    name = found.group("name") if found else ""
    return bool(name) and len(name.split()) <= 15 and not re.search(r"[.!?]\s", name)


def unquoted(line: str) -> str:
    """The line without the quotes around a name alone on it."""
    found = _QUOTED_LINE.fullmatch(line.strip())
    return found.group("name") if found and quoted_name(line) else line


def word_stems(text: str) -> set[str]:
    """The text's words of four letters or more, cut to their first five letters and case-folded: a word's forms
    ('Kommunen', 'kommunale') share one stem in most European languages."""
    return {word.casefold()[:5] for word in re.findall(r"[^\W\d_]{4,}", text)}


def _talked(line: str, text: set[str]) -> float:
    """The share of the line's long words that the text names too, by their stems; 0 for a line without any."""
    words = word_stems(unquoted(line))
    return len(words & text) / len(words) if words else 0.0


# A translation's language in brackets after a heading: 'Beautiful Canvas Canvas - Monghidoro (Bologna) [Italian]'.
_TRANSLATED = re.compile(r"\s*\[([^\W\d_]{3,20})\]$")


def _translated(line: str) -> str:
    """The language a heading ends with in brackets, or ''."""
    found = _TRANSLATED.search(line)
    return found.group(1) if found else ""


def _name_case(line: str) -> bool:
    """A name's case: each word of four letters or more starts with a capital ('Mobility and Transport').

    A project's short name ('GPP 2020', 'AS TRANSFER') has no such word in small letters and is no site's name.
    """
    long = [word for word in _words(_BULLET.sub("", line.strip())) if len(word) >= 4]
    return bool(long) and all(word[:1].isupper() for word in long) and not all(word.isupper() for word in long)


def crumb_heading(lines: list[str], i: int) -> int:
    """Where the page's heading is, when the page writes it twice from the title-like line at i on; else i.

    A breadcrumb ends with the page's name, which the page then gives as its heading ('1. Accueil' …
    '4. Budget participatif : plus que 10 jours !' 'Citoyenneté' 'Budget participatif : plus que 10
    jours !'); a tool's page writes its name as a link and as its heading ('Tool Inventory' 'CIVITAS
    Policy Note: …' 'CIVITAS Policy Note: …'). The last such second one before any text is the heading (a
    section's name the crumbs also hold comes before it); a line the page writes three times or more is a banner's.
    """
    names = [crumb_key(line) for line in lines]
    found = i
    for j in range(i + 1, min(len(lines), i + 16)):
        said = lines[j - 1]
        if prose_like(said) and not (_not_text(said) or _headline(said) or names.count(names[j - 1]) == 2):
            break
        twice = names[j] in names[i:j] and names.count(names[j]) == 2
        if twice and (title_like(lines[j]) or _headline(lines[j])) and not never_title(lines, j):
            found = j
    return found


_CRUMB_SPLIT = re.compile(r"\s+[>›»]\s+")


def _crumbs(line: str) -> bool:
    """A breadcrumb's line: three steps or more between '>', '›' or '»' ('Inicio > Redes > Pacto de los Alcaldes')."""
    return len(_CRUMB_SPLIT.split(line.strip())) >= 3


def crumb_key(line: str) -> str:
    """A line as a breadcrumb and a heading both write it: without a crumb's number or bullet, case-folded."""
    return squeezed(re.sub(r"^\s*(?:\d{1,2}[.)]|[•◦▪·>›»])\s*", "", line))


def _words(line: str) -> list[str]:
    """The line's words with a letter in them: 'Covenant of Mayors - Europe' has four."""
    return [word for word in line.split() if any(c.isalpha() for c in word)]


__all__ = ["NO_TITLE", "HeadFields", "prose_like", "read_place", "title_like"]


# A contact's detail as a line gives it: an e-mail or web address, a telephone, a postcode before its town.
_DETAIL_LINE = re.compile(
    r"(?i)\S+@\S+\.[a-z]{2,}|(?:www\.|https?://)\S+|(?:tel|tél|phone|telefon|teléfono|telefono)\.?\s*:?\s*[+(]?\d[\d\s()./-]{5,}"
    r"|(?:[a-z]{1,2}-)?\d{2}[\s-]?\d{2,4}\s+[^\W\d_][\w\s.'-]{1,40}"
)


def fact_over_heading(line: str) -> bool:
    """Whether a line over the page's heading may be the practice's own fact rather than the site's: a place alone
    (a country, a town, a partner city of a list) or a contact's detail (a venue's or a contact card's address).
    A body's name that holds a place ('Baden-Württemberg Ministerium für Umwelt') is the site's."""
    text = line.strip()
    place = len(text.split()) <= 3 and bool(towns_named([text]) or countries_named([text]))  # not a body's name
    return bool(_DETAIL_LINE.fullmatch(text) or read_place(text)[1]) or place
