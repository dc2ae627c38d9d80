"""People and organisations: the institution, contacts, project, partners and sources."""

from __future__ import annotations

import re

from generator.importer import layouts
from generator.importer.places import _TOWN, PlaceFields
from generator.importer.reading import _EMAIL, _NAME, _PHONE, _URL, _sentence_line, _texts
from generator.importer.report import Section

# Words of a job title, as key-stakeholder lines give them under a person's name.
_ROLE = re.compile(
    r"(?i)\b(coordinator|co-ordinator|manager|officer|inspector|director|head|adviser|advisor|expert|"
    r"mayor|councillor|specialist|responsible|department|project|team|leader|chief|consultant|"
    # an office or an elected member: 'Healthy City Office', 'Elected representative of Mouans-Sartoux', 'Deputy
    # Mayor', 'Environment counsellor'
    r"office|representative|elected|deputy|counsell?or|secretary|president|chair|planner|researcher)s?\b"
)
# A person's name, then their job after a comma: 'Heidi Sørensen, Director of the City of Oslo's Climate Agency'.
_PERSON_ROLE = re.compile(
    r"\b((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ ){1,2}[A-ZÀ-ÖØ-Þ][\w'’-]+), "
    r"((?:(?:Deputy|Vice|Executive|Managing|General|Chief|Senior) )?(?:[Dd]irector|[Hh]ead|[Mm]ayor|"
    r"[Mm]anager|[Cc]oordinator|[Cc]hair|[Pp]resident|[Cc]ouncillor|[Cc]ommissioner)\b[^,.;()\[\]…]{0,80}"
    # an adviser or officer with the field before the title: 'Senior Policy Advisor, World Green Building Council'
    r"|(?:(?:Senior|Junior|Principal|Lead|Chief) )?(?:[A-Z][a-z]+ ){0,3}(?:Advisor|Adviser|Officer|Expert|"
    r"Specialist|Consultant|Researcher|Lead)\b[^.;()\[\]…]{0,80}"
    # a job written as one word in the Nordic languages, Dutch, German and Finnish: 'Line Voltzmann, Projektleder',
    # 'Projectleider', 'Projektleiterin', 'Klimakoordinator', 'Hankepäällikkö'
    r"|[A-ZÆØÅÄÖ][a-zæøåäöü]*(?:leder|ledare|leider|leiter|leiterin|koordinator|koordinatorin|coördinator|"
    r"päällikkö|koordinaattori)\b[^.;()\[\]…]{0,80})"
)
# A person the text quotes, with what they did in the practice: 'says Marta Reguilón del Monte, who worked on the
# project as a partner', 'explique Claire Le Goff, qui a coordonné le projet'.
_QUOTED_PERSON = re.compile(
    r"\b(?:says|said|explains|explained|recalls|adds|added|sagt|erklärt|ergänzt|dit|explique|ajoute|explica|afirma|"
    r"dice|spiega|aggiunge|mówi|wyjaśnia|dodaje)\s+"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:(?:del|de|da|di|van|von|der|la|le) )?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}),\s+"
    r"(?:who|die|der|qui|que|quien|che|który|która)\s+[^.;!?]{0,60}?\b(?:project|projet|projekt|proyecto|progetto|"
    r"projektu|partner|coordinat\w*|koordin\w*|manag\w*|led|leads|leitet|dirige)"
)
# A person named with the body they come from: 'Fien Vandebeke from the City administration of Eeklo talk …'.
_PERSON_FROM = re.compile(
    r"\b([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?: (?:de|van|von|der|den|da|di|du|le|la|del|dos))*"
    r"(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){1,2})"
    r" from ((?:the )?[A-ZÀ-ÖØ-Þ0-9][^,.;:()!?]{1,80}?)"
    r"(?= (?:talks?|talked|presented|presents|said|says|explains?|explained|shared|shares|spoke|speaks|"
    r"and [A-Z]|in [A-Z])|[,.;:()!?]|$)"
)
# A public body: the one to ask about a public-policy practice, before a company or a cooperative.
_PUBLIC = re.compile(
    r"(?i)\b(city|municipality|town|council|administration|region|province|county|ministry|government|agency|"
    r"commune|district|mairie|gemeente|comune|ayuntamiento)\b"
)
# A body and its postal address on one line: 'City of Rotterdam - Coolsingel 40, 3011 AD Rotterdam', 'Ville de
# Lyon, 1 place de la Comédie, 69001 Lyon', 'Urząd Miasta Krakowa, pl. Wszystkich Świętych 3-4, 31-004 Kraków'.
_ADDRESS_LINE = re.compile(
    r"(?P<org>[A-ZÀ-ÖØ-Þ][^\d,:;|]{2,80}?)\s*[-–,|]\s*"
    r"(?P<street>[^,\d]{2,60}\s\d{1,4}(?:[-/]\d{1,4})?[a-zA-Z]?|\d{1,4}[a-zA-Z]?,?\s[^,\d]{2,60})\s*,\s*"
    r"(?:[A-Z]{1,2}-)?(?P<pc>\d{2}-\d{3}|\d{4,5}(?:\s?[A-Z]{2})?)\s+(?P<town>[A-ZÀ-ÖØ-Þ][\w' -]{1,40})"
)
_NAME_LABEL = re.compile(r"(?i)^(?:name|contact person|nom|nombre|nome|name und vorname)\s*:\s*(.+)$")
# A contact form's address and phone labels, in the site languages: 'Straße/Postfach:', 'PLZ: 49688', 'Tél. :'.
_DETAIL = re.compile(
    r"(?i)^(?:tel\.?|tél\.?|phone|telephone|téléphone|teléfono|telefono|telefon|mobile|mobil|handy|cell|fax|"
    r"address|postal address|adresse|anschrift|dirección|direccion|indirizzo|adres|street|straße|strasse|"
    r"straße/postfach|postfach|rue|calle|via|ulica|plz|postcode|post code|postal code|zip|zip code|code postal|"
    r"código postal|cap|kod pocztowy|ort|city|ville|ciudad|città|miejscowość|country|land|pays|país|paese|kraj)"
    r"\s*:\s*(.*)$"
)
# A person's office or form of address before their name: 'Bürgermeister Michael Kramer', 'Dr. Anna Nowak'.
_OFFICE = re.compile(
    r"(?:(?:Ober)?[Bb]ürgermeister(?:in)?|(?:Deputy |Lord )?Mayor|Maire|Adjointe?|Sindac[oa]|Alcaldes?a?|"
    r"Burmistrz|Prezydent(?: Miasta)?|Wójt|Landrat|Landrätin|Councillor|Conseill(?:er|ère)|Concejal(?:a)?|"
    r"Assessore|Stadtrat|Stadträtin)\s+"
)
_POLITE = re.compile(
    r"(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Mme|Mlle|M|Sig(?:\.ra|ra)?|Sr|Sra|Dott(?:\.ssa)?|Dr|Prof|Ing|Dipl\.-Ing|"
    r"Mag|Pan|Pani)\.?\s+)+"
)


# What follows a person and role a sentence names when it quotes them, not when it gives them as the one to ask:
# 'Petr Hlubuček, Vice Mayor for the environment, says …', '…, Science and Innovation, announced …'.
_SPEAKS = re.compile(
    r"(?:,\s*[^,.;:]{1,60}){0,2},\s*(?:says|said|announced|explains|explained|added|adds|stated|states|notes|noted|"
    r"told|believes|recalls|dit|a (?:déclaré|annoncé|expliqué|souligné)|explique|ajoute|sagt|erklärt|betont|"
    r"sagte|erklärte|dice|ha detto|spiega|afirma|explica|dijo|mówi|powiedział[a]?)\b"
)
# Who wrote the text, just before their name: 'This post was guest authored by', 'Written by', 'Autorin:', 'verfasst
# von', 'écrit par', 'rédigé par', 'escrito por', 'scritto da', 'napisała'. An author is not the one to ask.
_BYLINE = re.compile(
    r"(?i)(?:\b(?:guest[- ])?(?:authored|written|posted|blogged) by|\bauthors?\s*:|\bautor(?:in|a|ka)?\s*:|"
    r"\bauteure?s?\s*:|\bverfasst von|\bgeschrieben von|\bécrit par|\brédigée? par|\bescrito por|\bscritto da|"
    r"\bnapisał[a]?)\s*$"
)
# A person named by a form of address in a sentence that gives their phone or e-mail, with the job before: 'unser
# Klimaschutzmanager, Herr Seyfzadeh, tel.: …', 'contactez M. Dupont au 01 …', 'Ansprechpartnerin ist Frau Dr. Weiß,
# E-Mail: …'.
_ADDRESSED = re.compile(
    r"(?:\b(?P<role>[A-ZÄÖÜ][\w-]*(?:manager|managerin|beauftragter?|koordinator(?:in)?|leiter(?:in)?|referent(?:in)?)|"
    r"[Cc]oordinator|[Oo]fficer|[Mm]anager|[Cc]hargée? de mission|[Rr]esponsable),?\s+)?"
    r"(?P<name>(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Mme|M\.|Sr\.|Sra\.|Pan|Pani)\s+(?:(?:Dr|Prof)\.\s+)?"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]+ )?[A-ZÀ-ÖØ-Þ][\w'’-]+)"
    r"(?=[^.!?]{0,40}?(?i:\btel\b|\btél\b|phone|telefon|e-mail|email|mail|@|\+?\d[\d /.-]{6,}\d))"
)


# A job's words in a one-line contact, in the site languages, glued German compounds included ('Klimaschutzmanager').
_JOB = re.compile(
    r"(?i)(?:manager(?:in)?|beauftragter?\b|koordinator(?:in)?|leiter(?:in)?\b|referent(?:in)?\b|sachbearbeiter(?:in)?|"
    r"\b(?:coordinator|officer|director|head of|adviser|advisor|chargée? de (?:mission|projet)|responsable|"
    r"directeur|directrice|coordinador[a]?|técnic[oa]|responsabile|coordinatore|coordinatrice|koordynator(?:ka)?|"
    r"kierownik|specjalista|dyrektor)\b)"
)
# Where a one-line contact parts its pieces: commas, semicolons and brackets ('Ana Ejemplo (Ayuntamiento de Getafe)').
_PHONE_PART = re.compile(r"(?i)^(?:tel|tél|phone|telefon|telefono|teléfono|tlf|fon)\.?\s*:?\s*[+(]?\d[\d\s()./-]{5,}$")
_PART = re.compile(r"\s*[,;]\s+|\s*\(\s*|\s*\)\s*")


def _parts(line: str) -> list[str]:
    """A one-line contact's pieces when it starts with a person's name ('Anna Weiß, Stadt Leipzig, anna@…',
    'Herr Müller, Klimaschutzmanager'); [] for any other line."""
    parts = [part.strip() for part in _PART.split(line) if part and part.strip()]
    if len(parts) < 2:
        return []
    first = _POLITE.sub("", parts[0], count=1) if _POLITE.match(parts[0]) else parts[0]
    named = bool(_NAME.fullmatch(first)) or (first != parts[0] and bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’-]+", first)))
    return parts if named and not _PUBLIC.search(parts[0]) and not _BODY.search(parts[0]) else []


# Words of a body's name that no person's name has: 'Stadt Leipzig', 'Gemeinde Amtzell', 'Urząd Miasta', 'Rathaus'.
_BODY = re.compile(rf"\b(?:{_TOWN}|(?i:gemeinde|landkreis|kreis|amt|rathaus|urząd|mairie|verwaltung))\b")


# What a line writes between a person's name and their e-mail address: a colon or a dash ('Heike Mages: h.mages@…'),
# or a comma, a postal address and an e-mail label ('Daniel Samuels, 120 Park Avenue, New York; e-mail: …').
_TO_MAIL = re.compile(
    r"\s*(?:[:–-]|,(?:[^@:]{0,160}?[;,]\s*)?(?:(?i:e-?mail|courriel|correo|posta elettronica)\s*:?)?)?\s*$"
)
# A label before the name, which a table row or a box gives: 'Secretariat C40: ', 'Kontakt: ', 'Contact person: '.
_NAME_AFTER_LABEL = re.compile(r"^[^:@]{1,60}:\s+")


def mailed_person(text: str) -> tuple[str, str] | None:
    """The person's name and e-mail a line gives together, or None; a body's name ('Stadt Leipzig: info@…') is none."""
    email = _EMAIL.search(text)
    if not email:
        return None
    before = text[: email.start()]
    label = _NAME_AFTER_LABEL.match(before)
    for start in (0, label.end()) if label else (0,):
        name = _NAME.match(before, start)
        if name and _TO_MAIL.fullmatch(before, name.end()) and not _not_a_person(name.group(0)):
            return name.group(0), email.group(0).rstrip(".")
    return None


def _not_a_person(name: str) -> bool:
    """True when a name-shaped run of capitalised words is a body, a job, a label or a place: 'Stadt Leipzig',
    'Project Manager', 'Organisation Type', 'Baden-Württemberg'."""
    words = (_PUBLIC, _BODY, _ROLE, _LABEL_WORD)
    return any(pattern.search(name) for pattern in words) or bool(layouts.country_words().get(layouts.plain(name)))


def _office_and_name(line: str) -> tuple[str, str | None]:
    """A name without the office or form of address a form writes before it, and the office if one was given; an
    academic title stays with the name, as the person signs with it ('Dr. Kristina Schröter')."""
    office = _OFFICE.match(line)
    rest = line[office.end() :] if office else line
    rest = rest[m.end() :] if (m := _POLITE.match(rest)) else rest
    if rest == line or not _NAME.fullmatch(rest):
        return line, None
    titles = re.findall(r"\b(?:Dr|Prof)\.", m.group(0)) if m else []
    return " ".join([*titles, rest]), office.group(0).strip() if office else None


def person_with_role(lines: list[str], i: int) -> bool:
    """True when lines[i] is a person's name and the next line their job, as URBACT pages show a contact.

    A body's name over a sentence ('Samtgemeinde Harsefeld' over 'The towns share one office that advises …') is
    no person over a job: the name must be no body's or place's, and the job no sentence of eight words or more."""
    return (
        i + 1 < len(lines)
        and bool(_NAME.fullmatch(lines[i]))
        and not _not_a_person(lines[i])
        and lines[i + 1] != lines[i]
        and len(lines[i + 1]) <= 120
        and bool(_ROLE.search(lines[i + 1]))
        and not _sentence_line(lines[i + 1])
    )


# The words of a side box's labels, never of a person's name: 'Organisation Type' over 'Project, Initiative'.
_LABEL_WORD = re.compile(
    r"(?i)\b(?:type|organi[sz]ation|information|details|category|categories|topic|theme|status|sector|partners?|"
    r"budget|date|funding|programme|program|typ|kategorie|thema|art|catégorie|thème|tipo|categoría|categoria|tema|"
    r"kategoria|temat)\b"
)


# A form's label for the contact's office, the value on the next line: 'Funktion des Ansprechpartners', 'Position'.
_ROLE_FIELD = re.compile(
    r"(?i)(?:funktion|position|role|job title|fonction|función|cargo|funzione|ruolo|stanowisko|funkcja)"
    r"(?: (?:des|der|of the|du|de la|de l['’]|del|della|dell['’]|osoby) [\w/*-]+(?: [\w/*-]+)?)?\s*:?"
)


class PeopleFields(PlaceFields):
    """Placers of the draft builder for these sections; bookkeeping comes from Bookkeeping."""

    def institution(self, section: Section) -> None:
        texts = [line for line in _texts(section.lines) if not self.place_line(line, section.heading)]
        urls = [line for line in texts if _URL.fullmatch(line)]
        names = [line for line in texts if line not in urls]
        if names:
            self.put(("institution", "name"), names[0], section.heading, names[0])
        if urls:
            self.put(("institution", "url"), urls[0], section.heading, urls[0])
        self.unplaced(section.heading, names[1:] + urls[1:], "only the first name and web address were taken")

    def addressed_contact(self, text: str) -> bool:
        """A person a sentence names by a form of address, with their phone or e-mail after ('Bei Fragen hilft Ihnen
        unser Klimaschutzmanager, Herr Seyfzadeh, tel.: …'): the contact, and their job when it is written before."""
        found = _ADDRESSED.search(text)
        if not found:
            return False
        name = found.group("name")
        person = {"name": name, "role": found.group("role")} if found.group("role") else {"name": name}
        self.record["contacts"] = [person]
        self.report.guessed.append(f"contacts/0: {name!r}, the person a sentence names with a phone or e-mail")
        return True

    def mailed_contact(self, text: str) -> bool:
        """A person a line gives with their e-mail address: 'Heike Mages: h.mages@…', or after a body's label with
        their postal address ('Secretariat C40: Daniel Samuels, 120 Park Avenue, …; e-mail: dsamuels@…'): the contact,
        with the address, as a guess."""
        found = mailed_person(text)
        if not found:
            return False
        name, email = found
        self.record["contacts"] = [{"name": name, "email": email}]
        self.report.guessed.append(f"contacts/0: {name!r}, the person a line gives with their e-mail address")
        return True

    def promoter(self, section: Section) -> None:
        """'Promotor: <organisation>': the body that promotes the project leads it, and is the one to ask about it."""
        texts = _texts(section.lines)
        if not texts:
            return
        if self.put(("institution", "name"), texts[0], section.heading, texts[0]) and not self.record.get("contacts"):
            person = {"name": "TODO: the person to ask there, or the office", "organisation": texts[0]}
            self.record["contacts"] = [person]
            self.report.guessed.append(
                f"contacts/0/organisation: {texts[0]!r}, the project's promoter, as the organisation to ask"
            )
        self.unplaced(section.heading, texts[1:], "only the first promoter was taken")

    def teaser_contact(self, texts: list[str]) -> None:
        """A person the text names with their job ('Heidi Sørensen, Director of the City of Oslo's Climate Agency').

        Read only when the page gives no contact block: the person and role, as a guess.
        """
        if self.record.get("contacts"):
            return
        if any(self.addressed_contact(text) for text in texts) or any(self.mailed_contact(t) for t in texts):
            return
        for text in texts:
            found = _PERSON_ROLE.search(text)
            if found and _SPEAKS.match(text[found.end() :]):
                self.report.notes.append(f"contacts: {found.group(1)!r} is quoted, not named as the one to ask")
                continue
            if found and _BYLINE.search(text[: found.start()]):
                self.report.notes.append(f"contacts: {found.group(1)!r} wrote the text, not named as the one to ask")
                continue
            if found and not layouts.country_words().get(layouts.plain(found.group(1))):
                name, role = found.group(1), found.group(2).strip()
                self.record["contacts"] = [{"name": name, "role": role}]
                self.report.guessed.append(f"contacts/0: {name!r} ({role!r}), the person the text names with a role")
                return
        for text in texts:
            found = _QUOTED_PERSON.search(text)
            if found:
                name = found.group(1).strip()
                self.record["contacts"] = [{"name": name}]
                self.report.guessed.append(f"contacts/0: {name!r}, the person the text quotes on the project's work")
                return
        self.contact_from(texts)
        if not self.record.get("contacts"):
            self.address_contact(texts)

    def address_contact(self, texts: list[str]) -> None:
        """A body the page gives with its postal address ('City of Rotterdam - Coolsingel 40, 3011 AD Rotterdam').

        A listing writes the lead partner's address under its partners; the body is the one to ask,
        as a guess, and the person there is left to the contributor.
        """
        for text in texts:
            found = _ADDRESS_LINE.fullmatch(text.strip())
            if found:
                body = found.group("org").strip()
                self.record["contacts"] = [
                    {"name": "TODO: the person to ask there, or the office", "organisation": body}
                ]
                self.report.guessed.append(
                    f"contacts/0/organisation: {body!r}, the body the page gives with its address"
                )
                return

    def contact_from(self, texts: list[str]) -> None:
        """A person the text names with the body they come from ('Florian Guillote from Les 7 Vents'), as a guess.

        When it names several, someone from a public body (a city's administration, a region) before the others.
        """
        found = [
            (m.group(1), m.group(2).removeprefix("the ").strip())
            for text in texts
            for m in _PERSON_FROM.finditer(text)
            if not layouts.country_words().get(layouts.plain(m.group(1))) and len(m.group(2).split()) <= 8
        ]
        if not found:
            return
        name, organisation = next((f for f in found if _PUBLIC.search(f[1])), found[0])
        self.record["contacts"] = [{"name": name, "organisation": organisation}]
        self.report.guessed.append(
            f"contacts/0: {name!r} from {organisation!r}, the person the text names with their organisation"
        )

    def contact(self, section: Section) -> None:
        person: dict[str, str] = {}
        names: list[str] = []
        rest: list[str] = []
        texts = _texts(section.lines)
        one_line = len(texts) == 1 and bool(_parts(texts[0]))
        texts = _parts(texts[0]) if one_line else texts
        for i, line in enumerate(texts):
            if _ROLE_FIELD.fullmatch(line) or (i and _ROLE_FIELD.fullmatch(texts[i - 1])):
                if i and _ROLE_FIELD.fullmatch(texts[i - 1]) and "role" not in person:
                    person["role"] = line  # 'Funktion des Ansprechpartners' 'Frauen- und Gleichstellungsbeauftragte'
                    self.found("contacts/0/role", f"{texts[i - 1]} {line}", line)
                continue
            if _bare_label(line) or (i and _bare_label(texts[i - 1])):
                rest.append(line)  # a form's address label, and the value under it
                continue
            email, url = _EMAIL.search(line), _URL.search(line)
            label = line.replace(email.group(0), "").strip(" .:<>()").casefold() if email else None
            if email and "email" not in person and label in ("", "email", "e-mail", "mail"):
                person["email"] = email.group(0)
                self.found("contacts/0/email", line, email.group(0))
            elif url and "url" not in person and url.group(0) == line:
                person["url"] = line
            elif _PHONE.match(line) or _DETAIL.match(line) or (one_line and _PHONE_PART.match(line)):
                rest.append(line)
            elif self.place_line(line, section.heading):
                continue
            else:
                labelled = _NAME_LABEL.match(line)
                names.append(labelled.group(1).strip() if labelled else line)
        if one_line and len(names) > 1:
            names = self.role_and_body(names, person)
        elif len(names) == 1 and "," in names[0]:
            names = [p.strip() for p in names[0].split(",", 1)]
            self.report.guessed.append(f"contacts/0: split {names[0]!r} and {names[1]!r} at the comma")
        for key, value in zip(("name", "organisation"), names, strict=False):
            person[key] = value
        if "name" in person:
            person["name"], office = _office_and_name(person["name"])
            if office:
                person["role"] = office
                self.report.guessed.append(f"contacts/0/role: {office!r}, the office written before the name")
        self.unplaced(section.heading, names[2:] + rest, "contact lines without a field (phone, address...)")
        if person and self.record.get("contacts"):
            earlier = [v for c in self.record["contacts"] for v in c.values()]
            self.unplaced(section.heading, earlier, "the contact block replaced a contact read from the page head")
        if person:
            keys = ("name", "organisation", "role", "email", "url")
            self.record["contacts"] = [{k: person[k] for k in keys if k in person}]

    def role_and_body(self, names: list[str], person: dict[str, str]) -> list[str]:
        """A one-line contact's parts after the name: the job ('Klimaschutzmanager', 'chargée de mission climat')
        and the body ('Stadt Leipzig', 'Ayuntamiento de Getafe'); the name and body are given back in that order."""
        name, others = names[0], names[1:]
        role = next((part for part in others if _JOB.search(part) and not _PUBLIC.search(part)), None)
        if role:
            person["role"] = role
            others = [part for part in others if part != role]
        body = next((part for part in others if _PUBLIC.search(part)), others[0] if others else None)
        self.report.guessed.append(f"contacts/0: read the line's parts as the name {name!r}, job and body")
        return [name, body, *[part for part in others if part != body]] if body else [name]

    def stakeholder(self, name: str, role: str) -> None:
        """A contact from a key-stakeholder line and the job line under it."""
        if self.record.get("contacts"):
            self.unplaced("page head", [name, role], "a second contact person; add them by hand if needed")
            return
        self.record["contacts"] = [{"name": name, "role": role}]
        self.found("contacts/0/name", name, name)
        self.report.guessed.append(f"contacts/0: took {name!r} and the line under it as the contact and role")

    def project(self, section: Section) -> None:
        texts = _texts(section.lines)
        if not texts:
            return
        programme = layouts.programmes().get(self.report.layout)
        if self.put(("project", "name"), texts[0], section.heading, texts[0]) and programme:
            self.set(("project", "programme"), programme)
            self.report.guessed.append(f"project/programme: {programme}, from the page's layout")
        self.unplaced(section.heading, texts[1:], "only the first project name was taken")

    def partners(self, section: Section) -> None:
        self.record.setdefault("partners", []).extend({"name": line} for line in _texts(section.lines))

    def sources(self, section: Section) -> None:
        for line in _texts(section.lines):
            url = _URL.search(line)
            if not url:
                self.unplaced(section.heading, [line], "a source needs a web address")
                continue
            source = {"url": url.group(0).rstrip(".,;")}
            self.found("sources", line, source["url"])
            words = line.replace(url.group(0), "").strip(" :-–")
            if words:
                source = {"title": words, **source}
            self.record.setdefault("sources", []).append(source)


def _bare_label(line: str) -> bool:
    """A form's label alone on its line, its value on the next: 'Straße/Postfach:', 'PLZ:'."""
    found = _DETAIL.match(line)
    return (found is not None and not found.group(1)) or bool(_BARE_DETAIL.fullmatch(line.strip()))


# The same labels without their colon, maybe 'of' whom: 'Straße/Postfach', 'Telefon des Ansprechpartners'.
_BARE_DETAIL = re.compile(
    r"(?i)(?:tel\.?|tél\.?|phone|telephone|téléphone|teléfono|telefono|telefon|telefax|fax|e-?mail|address|adresse|"
    r"anschrift|dirección|indirizzo|adres|straße|strasse|straße/postfach|postfach|plz|postleitzahl|postcode|"
    r"code postal|código postal|kod pocztowy|ort|internetadresse|website|site internet|sitio web|sito web|"
    r"strona internetowa)(?: (?:des|der|of the|du|de la|de l['’]|del|della|osoby) [\w/*-]+(?: [\w/*-]+)?)?"
)
