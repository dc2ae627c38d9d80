"""The importer's page furniture: the chrome of national, regional and city websites in every language.

Skip links, cookie and privacy banners, no-JavaScript notices, screen-reader markers, news stamps, author
labels, search panels, feedback boxes, template keys, language switches and calendar rows go to the report's
furniture list; a sentence of the practice that uses the same words stays, and nothing of the page is lost.
"""

from __future__ import annotations

import datetime
import re

import pytest

from generator import importer
from generator.importer import reading
from generator.importer.report import Report

TODAY = datetime.date(2026, 11, 26)
_HEAD = "Neighbourhood energy coaches\n\nThe city trains residents to advise their neighbours on saving energy.\n\n"
_TAIL = "\nSince 2019, 40 coaches have visited 1,200 households.\n"


def _draft(page: str) -> importer.Draft:
    return importer.draft(page, today=TODAY)


def _furniture_kept(page: str) -> list[str]:
    """The lines the furniture reading keeps, before the head decides what stands over the page's heading."""
    return reading.drop_boilerplate(reading.clean(page, Report()), Report())


def _gone(line: str) -> importer.Draft:
    """The draft of a page with `line` among its paragraphs."""
    return _draft(f"{_HEAD}{line}\n{_TAIL}")


def _assert_gone(line: str) -> None:
    """`line`, among a page's paragraphs, goes to the report's furniture and not into the draft."""
    draft = _gone(line)
    assert line in draft.report.boilerplate
    assert line not in draft.yaml


FURNITURE = [
    # skip links, run together with their access keys, in the site languages and others
    "Zum Inhalt (Access key c)Zur Hauptnavigation (Access key h)Zur Unternavigation (Access key u)",
    "Skip to navigation",
    "Aller au menu principal",
    "Saltar al contenido principal",
    "Ga naar de inhoud",
    "Hoppa till innehållet",
    "Siirry sisältöön",
    "Gå til hovedinnhold",
    "Přejít na obsah",
    "Ir para o conteúdo",
    # cookie and privacy banners
    "Deze website gebruikt cookies om uw ervaring te verbeteren.",
    "Denna webbplats använder kakor.",
    "Tämä sivusto käyttää evästeitä.",
    "Webové stránky používají soubory cookie.",
    "Godkänn alla kakor",
    "Hyväksy kaikki evästeet",
    "Privatsphäre-Einstellung",
    "Wir verwenden auf dieser Website Cookies, die für den Betrieb der Webseite notwendig sind und deshalb auch nicht "
    "abgewählt werden können. Wenn Sie wissen möchten, welche Cookies das sind, finden Sie diese einzeln im "
    "Datenschutz aufgelistet. Unsere Webseite nutzt weiterhin externe Komponenten (Videos, Karten), die ebenfalls "
    "Cookies setzen. "
    "Durch das Laden externer Komponenten können Daten über Ihr Verhalten von Dritten gesammelt werden, weshalb wir "
    "Ihre Zustimmung benötigen. Detaillierte Informationen finden Sie in unserer Datenschutzerklärung.",
    # no-JavaScript notices
    "Sie haben Javascript deaktiviert und können somit nicht alle Funktionen dieser Website benutzen.",
    "Please enable JavaScript in your browser to use this map.",
    "Veuillez activer JavaScript pour afficher cette page.",
    # news stamps and author labels
    "24 mei 2023 | Leestijd: 12 minuten",
    "3 March 2024 | Reading time: 6 minutes",
    "Lesezeit: 4 Minuten",
    "Temps de lecture : 5 min",
    "Czas czytania: 3 min",
    "Auteur: Jan de Vries",
    "Autor: Hans Müller",
    "Auteur(s)",
    # search panels
    "Generic filters",
    "Search in excerpt",
    "Your search returned 118 results",
    "Filter by support type",
    "Filtrer par thématique",
    "Ihre Suche ergab 42 Treffer",
    "118 resultaten gevonden",
    # feedback boxes
    "Having trouble?",
    "Submit issue",
    "If you encounter any issue with this page, kindly send us your feedback.",
    "If you have a case study you'd like to share here, please get in touch. Please use our case study template when "
    "submitting a case study.",
    "War diese Seite hilfreich?",
    "Cette page vous a-t-elle été utile ?",
    "Is deze pagina nuttig?",
    "Ja Nee",
    # template keys and language switches
    "breadcrumb.ecName",
    "label.readMore",
    "fr Français",
    "EN English | DE Deutsch | FR Français",
    # show more or less, breadcrumbs, credits and page tools
    "Read more Read less",
    "Lees meer Lees minder",
    "Voir plus Voir moins",
    "1. Home 2. Good practices 3. Mobility",
    "Je bent hier: Home / Wonen en leven",
    "Du är här: Startsida / Miljö",
    "Bron: Gemeente Utrecht",
    "Kuva: Helsingin kaupunki",
    "Photo by Jane Smith",
    "Link zur Startseite",
    "Afdrukken",
    "Vorlesen",
    "Terug naar boven",
    # a photo caption naming who stands where
    "Bürgermeister Hans Meier (Mitte rechts) überreicht zusammen mit Eva Berg (rechts, Fachbereichsleiterin) die "
    "Urkunde.",
    # a calendar widget's row of weekdays, a menu and a search button alone
    "Ma Di Wo Do Vr Za Zo",
    "Mo Di Mi Do Fr Sa So",
    "L M M J V S D",
    "Menu",
    "Zoeken",
    "Privacyverklaring",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_site_furniture_goes_to_the_report(line):
    _assert_gone(line)


KEPT = [
    # guards: the practice's sentences with the same words
    "De buurtbakkerij gebruikt cookies en koekjes als beloning voor de vrijwilligers van het project.",
    "The map tool was written in JavaScript so that officers can add new trees themselves.",
    "Each leaflet takes about 12 minutes to read, and the reading time was tested with residents.",
    "The author of the evaluation, Jan de Vries, found that bills fell by 12%.",
    "Residents can submit issues through the app, and 118 results were logged in 2021.",
    "The coaches filter by support type before they visit a household.",
    "If you have a practice like this in your town, the network helps you to share it with others.",
    "The mayor (left) opened the first office in 2019.",
    "It is a way to do so at no cost.",
    "Was the page of the guide helpful to residents? The survey says yes.",
]


@pytest.mark.parametrize("line", KEPT)
def test_a_sentence_of_the_practice_with_such_words_stays(line):
    draft = _gone(line)
    assert line not in draft.report.boilerplate


@pytest.mark.parametrize(
    ("line", "kept", "marks"),
    [
        (
            "Begin link: Lees meer over de aanpak in Den Haag, einde link. De gemeente werkt sinds 2020 met één plan.",
            "Lees meer over de aanpak in Den Haag. De gemeente werkt sinds 2020 met één plan.",
            ["Begin link:", "einde link."],
        ),
        (
            "The guide (opens in a new window) explains how to apply.",
            "The guide explains how to apply.",
            ["(opens in a new window)"],
        ),
        (
            "Der Leitfaden (externer Link) erklärt die Förderung.",
            "Der Leitfaden erklärt die Förderung.",
            ["(externer Link)"],
        ),
    ],
)
def test_a_screen_reader_marker_inside_a_sentence_goes_and_the_sentence_stays(line, kept, marks):
    draft = _gone(line)
    assert "link" not in " ".join(_strings(draft.record)).casefold().replace("linkedin", "")
    words = " ".join(_strings(draft.record)) + " ".join(line for _, line in draft.report.not_placed)
    assert all(word in words for word in re.findall(r"\w+", kept))
    assert all(mark in draft.report.boilerplate for mark in marks)


def test_a_start_link_in_prose_stays():
    # guard: 'link' without a marker's colon or its end is the practice's word
    draft = _gone("The new tram is the start link between the two districts, and the end link is planned for 2026.")
    assert not [b for b in draft.report.boilerplate if "link" in b.casefold()]


def test_a_city_portal_page_keeps_its_title_and_facts_under_its_furniture():
    page = (
        "Zum Inhalt (Access key c)Zur Hauptnavigation (Access key h)\n\n"
        "Privatsphäre-Einstellung\n\n"
        "Sie sind hier: Startseite > Umwelt > Klimaschutz\n\n"
        "Klimaschutz-Förderprogramm für Bürgerinnen und Bürger\n\n"
        "12. März 2024 | Lesezeit: 3 Minuten\n\n"
        "Seit 2022 fördert die Stadt Lastenräder, Reparaturen und Solaranlagen auf Balkonen.\n\n"
        "Mo Di Mi Do Fr Sa So\n\n"
        "War diese Seite hilfreich?\n\nJa Nein\n"
    )
    draft = _draft(page)
    assert draft.record["title"] == "Klimaschutz-Förderprogramm für Bürgerinnen und Bürger"
    assert "Lastenräder" in draft.yaml
    for line in ("Mo Di Mi Do Fr Sa So", "War diese Seite hilfreich?", "12. März 2024 | Lesezeit: 3 Minuten"):
        assert line in draft.report.boilerplate


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for child in children for s in _strings(child)]


@pytest.mark.parametrize("line", [*FURNITURE, *KEPT])
def test_nothing_of_a_page_with_furniture_is_lost(line):
    draft = _gone(line)
    report = draft.report
    texts = _strings(draft.record) + [source for _, source, _ in report.found]
    texts += [text for _, text in report.not_placed] + report.boilerplate + report.headings + report.packed
    kept = " " + " ".join(re.findall(r"\w+", "\n".join(texts))) + " "
    for fragment in re.split(r"[.,;:!?|()\[\]\n]", line):
        words = " " + " ".join(re.findall(r"\w+", fragment)) + " "
        assert words.strip() == "" or words in kept, fragment


@pytest.mark.parametrize(
    "steps",
    [
        ["1. Accueil", "2. Informations transversales", "3. Actualités"],
        ["1. Startseite", "2. Rathaus", "3. Klimaschutz"],
        ["1. Home", "2. Wonen en leven", "3. Nieuws"],
    ],
)
def test_a_breadcrumb_copied_as_a_numbered_list_from_home_is_furniture(steps):
    title = "Budget participatif : plus que 10 jours"
    page = "Services en ligne\n\n" + "\n".join(f"  {step}" for step in [*steps, f"4. {title}"]) + "\n\n"
    page += f"{title}\n\nLa ville consacre 1 million d'euros par an aux projets des habitants depuis 2021.\n"
    draft = _draft(page)
    assert all(step in draft.report.boilerplate for step in steps)
    assert f"4. {title}" in draft.report.boilerplate  # the page repeats it below as its heading
    assert "Services en ligne" in draft.report.boilerplate
    assert "Informations transversales" not in draft.yaml


def test_a_numbered_list_of_the_practice_stays():
    # guard: steps of the practice start anywhere but home
    steps = ["1. Residents propose projects", "2. The council checks their cost", "3. Residents vote online"]
    page = _HEAD + "\n".join(steps) + "\n" + _TAIL
    draft = _draft(page)
    assert not [step for step in steps if step in draft.report.boilerplate]


_STRAP = "We are a cross-party, member-led network, providing a single voice for our member councils"


def test_a_site_s_strapline_over_the_page_is_never_the_title():
    page = f"{_STRAP}\n\nDorset: Low carbon Dorset\n\nLow Carbon Dorset helps businesses to cut their energy use.\n"
    draft = _draft(page)
    assert _STRAP in draft.report.boilerplate
    assert draft.record["title"] == "Dorset: Low carbon Dorset"


@pytest.mark.parametrize(
    "line",
    [
        "Nous sommes le réseau des villes qui défend une transition énergétique locale",
        "Wir sind das Netzwerk der Kommunen für den Klimaschutz",
        "Wij zijn de vereniging van alle Nederlandse gemeenten",
    ],
)
def test_a_strapline_in_other_languages_over_the_page_is_furniture(line):
    page = f"{line}\n\nKlimabudget\n\nDie Stadt gibt jedem Stadtteil seit 2021 ein eigenes Klimabudget.\n"
    assert line in _draft(page).report.boilerplate


def test_the_same_words_deep_in_the_practice_s_text_stay():
    # guard: a network describing itself in the body of its own practice page
    body = "\n\n".join(f"Paragraph {n} tells how the coaches work with households in the town." for n in range(10))
    page = f"{_HEAD}{body}\n\n{_STRAP}\n"
    assert _STRAP not in _draft(page).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Laatst gewijzigd: 12 maart 2024",
        "Gepubliceerd op 12 maart 2024 om 10:15",
        "Publicerad 3 maj 2023",
        "Päivitetty 12.3.2024",
        "Sist oppdatert 4. mai 2022",
        "Senest opdateret 4. maj 2022",
        "Aktualizováno: 1. 2. 2024",
        "Publicado em 3 de maio de 2021",
        "Aantal keer bekeken: 512",
        "312 weergaven",
        "« Vorige maand Volgende maand »",
        "Next page",
        "1 2 3 4 … 12 Next",
        "Delen op Facebook",
        "Dela på LinkedIn",
    ],
)
def test_stamps_counters_and_pagers_of_city_portals_are_furniture_and_no_start(line):
    page = f"Buurtmoestuinen\n\n{line}\n\nDe gemeente geeft bewoners grond voor een moestuin in hun buurt.\n"
    draft = _draft(page)
    assert line in draft.report.boilerplate
    assert line not in draft.yaml
    assert str(draft.record.get("start", "TODO")).startswith("TODO")  # a stamp's date is never the start


@pytest.mark.parametrize(
    "line",
    [
        "Het plan werd gepubliceerd op 12 maart 2019 en in 2020 uitgevoerd.",
        "Next steps",
        "Next month the council votes on the plan.",
        "Deel 2 van het plan volgt in 2025.",
    ],
)
def test_a_sentence_or_heading_with_such_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "5 min leestijd",
        "4 Min. Lesezeit",
        "5 min de lecture",
        "De nieuwe moestuin aan de Kerkstraat. Foto: Jan Jansen",
        "Der neue Stadtgarten. Bild: Stadt Erlangen",
        "Uusi kaupunkipuisto. Kuva: Tampereen kaupunki",
    ],
)
def test_a_reading_time_after_its_figure_and_a_caption_with_its_credit_are_furniture(line):
    _assert_gone(line)


def test_a_caption_that_holds_a_fact_stays():
    # guard: the sentence before the credit gives a year, which must not be lost with the credit
    line = "The garden opened in 2019. Photo: City of Ghent"
    assert line not in _gone(line).report.boilerplate


def test_a_practice_about_a_city_s_own_cookies_stays():
    # guard: a digital-government practice names cookies and consent, but speaks of the city, not to the reader
    line = (
        "In 2021 the city removed tracking cookies from all municipal websites and kept only the cookies a page "
        "needs to work. Residents' consent is no longer asked, as the privacy officer found that 60% of them "
        "refused all cookies anyway, and the data protection authority approved the new policy in 2022. "
        "The change was made by the city's web team in three months and cost nothing beyond their working time."
    )
    assert len(line) > 300
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Door Jan de Vries | 12 maart 2024",
        "Von Hans Müller, 3. Mai 2023",
        "Par Marie Dupont – 4 mai 2022",
        "Geschreven door Jan de Vries",
        "Publié par Marie Dupont",
        "Skrevet af Mette Hansen",
        "Napsala Jana Nováková",
    ],
)
def test_a_byline_in_other_languages_is_furniture_and_its_date_no_start(line):
    page = f"Buurtmoestuinen in Utrecht\n\n{line}\n\nDe gemeente geeft bewoners grond voor een moestuin.\n"
    draft = _draft(page)
    assert line in draft.report.boilerplate
    assert line not in draft.yaml
    assert str(draft.record.get("start", "TODO")).startswith("TODO")


@pytest.mark.parametrize(
    "line",
    ["Von Hans Müller stammt die Idee.", "Par Lyon et Grenoble, le réseau a grandi.", "Door Utrecht"],
)
def test_a_sentence_opening_with_by_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", ["1 2 3 4 5 6 7", "8 9 10 11 12 13 14", "27 28 29 30 31"])
def test_a_calendar_s_week_of_day_numbers_is_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", ["1 2 3", "2019 2020 2021 2022 2023", "3 5 8 12 20"])
def test_other_rows_of_numbers_stay(line):
    # guards: too short for a week, years, figures that do not follow one another
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # a SharePoint site's link past its ribbon
        "Skip Ribbon Commands",
        "Ignorar Comandos do Friso",
        "Ignorer les commandes du ruban",
        "Menüband-Befehle überspringen",
        "Omitir los comandos de cinta",
        "Pomiń polecenia Wstążki",
        # a feedback box's sentences run together, and its answer
        "Help us improve. Did you find what you wanted? - Please leave us a comment:",
        "Your update was successful.",
        "Avez-vous trouvé ce que vous cherchiez ? Aidez-nous à nous améliorer.",
        "Helfen Sie uns, diese Seite zu verbessern.",
        "¿Encontró lo que buscaba? Ayúdenos a mejorar.",
        "Hai trovato quello che cercavi?",
        "Heeft u gevonden wat u zocht?",
        # a link's sentence whose link the copy lost
        "Weitere Informationen finden Sie hier.",
        "More information can be found here.",
        "Plus d'informations ici",
        "Más información aquí.",
        "Więcej informacji tutaj",
        "Meer informatie vindt u hier.",
        # a page's bookmark button and search button
        "Bookmark",
        "Ajouter aux favoris",
        "Vyhledej",
        # credits via, courtesy of, and a copyright without its space
        "Image via Chambers Ireland",
        "Photo courtesy of Dublin City Council",
        "©Koti/Fotolia.com",
        # a breadcrumb after its label in Spanish
        "Se encuentra aquí > Inicio > Actividades > Redes",
    ],
)
def test_ribbons_feedback_boxes_lost_links_and_credits_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents helped us improve the route, and the survey of 2021 found what they wanted: 40 more benches.",
        "More information on costs is in the annex, with 12 projects listed for 2022.",
        "Image via satellite showed that 30% of the roofs were fit for solar panels.",
        "The bookmark campaign reached 2,000 pupils in 2020.",
    ],
)
def test_sentences_with_such_words_stay(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("row", ["EN PT", "FR | EN | DE", "NL EN"])
def test_a_language_switcher_s_codes_at_the_head_are_furniture(row):
    draft = _draft(f"{row}\n\n{_HEAD}{_TAIL}")
    assert row in draft.report.boilerplate
    assert row not in draft.yaml
    assert draft.record["title"] == "Neighbourhood energy coaches"


def test_a_row_of_codes_further_down_stays():
    # guard: deep in the page, 'IT ES PT' may name the partners' countries
    page = f"{_HEAD}Partners\n\nThe network gathers towns of three countries.\n\nAlso\n\nMore\n\nIT ES PT\n{_TAIL}"
    assert "IT ES PT" not in _draft(page).report.boilerplate


def test_a_row_of_codes_that_are_no_languages_stays():
    # guard: 'XX' and 'QQ' are no language codes; repeated codes are no switcher (the furniture keeps them; the head
    # may still call a line over the page's heading the site's)
    assert "XX QQ" in _furniture_kept(f"XX QQ\n\n{_HEAD}{_TAIL}")
    assert "EN EN" in _furniture_kept(f"EN EN\n\n{_HEAD}{_TAIL}")


@pytest.mark.parametrize(
    ("box", "start", "end"),
    [
        # a fact box copied value then label, the label glued to the value before it
        (
            "Projektnehmer\nifeu - Institut für Energie- und Umweltforschung Heidelberg gGmbHProjektlaufzeit\n"
            "01.01.2018 bis\n30.04.2021\n",
            "2018-01",
            "2021-04",
        ),
        (
            "Projektträger\nStadt Erlangen, Amt für UmweltschutzLaufzeit\n01.03.2019 bis\n31.12.2021\n",
            "2019-03",
            "2021-12",
        ),
    ],
)
def test_a_label_glued_to_the_value_before_it_starts_its_field(box, start, end):
    record = _draft(f"{_HEAD}{box}{_TAIL}").record
    assert (record.get("start"), record.get("end")) == (start, end)


@pytest.mark.parametrize(
    "line",
    [
        "NETWORKFINAL PARTNERSHIPSHORT DESCRIPTION",  # a table's header row in capitals
        "The app runs on the iPhone and on LinkedIn groups of the city since 2020.",
        "Stadt Erlangen, Amt für UmweltschutzLaufzeit 2019 bis 2021",  # the label has its value: no cut
    ],
)
def test_a_capital_inside_a_word_that_is_no_lone_label_stays_whole(line):
    assert reading._unglue(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed.",
        "Leave a Reply",
        "Les commentaires sont fermés.",
        "Schreibe einen Kommentar",
        "Deja un comentario",
        "Lascia un commento",
        "Zostaw komentarz",
        "Reacties zijn gesloten.",
        "Z vaší země nelze přidávat komentáře. Pokud chcete přidat příspěvek, zašlete nám jej prosím emailem.",
    ],
)
def test_a_comment_box_s_notice_is_furniture(line):
    _assert_gone(line)


def test_a_sentence_about_comments_of_the_practice_stays():
    line = "Comments are closed after six weeks, and 300 residents left a comment on the plan in 2021."
    assert line not in _gone(line).report.boilerplate


# Award, listing and download pages: prize categories and editions, file sizes, read-on links, search boxes, FAQs,
# follow-us lines, a site's calls for projects and its notices, picture file names, a counter's name, a logo's alt text.
PAGE_FURNITURE = [
    "La relazione intermedia (375 KB)",
    "Il Documento di Proposta Partecipata (373.43 KB)",
    "Il progetto (5.29 MB) presentato",
    "Leitfaden Klimaschutz in Kommunen [PDF, 1,2 MB]",
    "Rapport d'évaluation (PDF - 850 Ko)",
    "Final evaluation report (DOCX, 2 MB)",
    "1. Prix Coup de coeur",
    "Prix des sociétaires GMF",
    "PRIX MOBILITÉ ET AMÉNAGEMENT",
    "PRIXDÉVELOPPEMENT ÉCONOMIQUE",
    "Preis für Bürgerbeteiligung",
    "Premio Speciale della Giuria",
    "European Capital of Innovation Award 2018",
    "RegioStars Awards 2019",
    "Le palmarès 2023",
    "Lauréats de l'édition 2023 :",
    "Die Preisträger 2021",
    "I vincitori 2019",
    "De winnaars 2022",
    "24e édition",
    "Edizione 2021",
    "Continue reading",
    "Czytaj dalej",
    "Verder lezen →",
    "More information about the project",
    "Mehr Informationen zum Projekt",
    "Plus d'informations sur le projet",
    "Meer informatie over het project",
    "Scopri qui di seguito le reti e le Buone Pratiche che saranno trasferite, oppure scarica l’infografica completa.",
    "Découvrez ci-dessous les lauréats de cette édition.",
    "Search by keyword",
    "Suche nach Stichwort",
    "Recherche par mot-clé",
    "Zoeken op trefwoord",
    "Frequently asked questions",
    "Häufig gestellte Fragen",
    "Preguntas frecuentes",
    "Veelgestelde vragen",
    "Kohesio: tutustu EU:n hankkeisiin alueellasi",
    "Kohesio: odkryj projekty UE w swoim regionie",
    "Watch the event live, or follow iCapital on Twitter using the hashtag #iCapitalAwards.",
    "Suivez-nous sur Facebook",
    "Folgen Sie uns auf Instagram!",
    "Exchange your climate change adaptation projects and lessons learned with the global community.",
    "Partagez vos projets avec les autres collectivités.",
    "Find more #CommunityPower success stories in our guidebook !",
    "With the political support of the European Commission",
    "Avec le soutien de la Commission européenne",
    "⚠️ Information donnée à titre indicatif, non définitive : elle peut changer dans les mois à venir et ne remplace "
    "pas les documents officiels publiés à l’ouverture de l’appel.",
    "Weryfikacja: Zrealizowane",
    "Überprüfung: Umgesetzt",
    "MLAD_SI_facebook_PAGE_COVER_PHOTO_1958X745s",
    "media/odp_files/comune_cattolica.jpg",
    "IMG_2041.JPG",
    "TOPlist",
    "Logo der Nationalen URBACT-Kontaktstelle für Deutschland",
    "Good Practices and Networks",
]

# Guards: the practice's own sentences and headings with the same words stay.
PAGE_KEPT = [
    "Prize money was shared between the three towns.",
    "Award-winning gardens now cover three hectares.",
    "The prize went to Lyon for its school streets.",
    "The city publishes 5 MB of open data on its buses every day.",
    "Se detallan a continuación las medidas adoptadas por el ayuntamiento.",
    "Residents share their experiences with the council every month.",
    "The library follows the Danish model of open hours without staff.",
    "Status: 2019",
    "Status: in progress",
    "The indicative targets were set in the official plan of 2019",
    "Prize for the best idea went to Riga and Tartu",
    "Preise für Strom steigen, und die Stadt hilft den Haushalten.",
    "Edition",
    "News and events",
    "The European Commission gave political support to the network in 2015.",
    "Residents can follow the works on the city's Facebook page, where 2,000 people have signed up.",
]


@pytest.mark.parametrize("line", PAGE_FURNITURE)
def test_award_listing_and_download_furniture_goes_to_the_report(line):
    _assert_gone(line)
    assert reading.is_furniture(line)


@pytest.mark.parametrize("line", PAGE_KEPT)
def test_a_sentence_or_heading_with_prize_search_or_follow_words_stays(line):
    assert line not in _gone(line).report.boilerplate
    assert not reading.is_furniture(line)


@pytest.mark.parametrize("line", [*PAGE_FURNITURE, *PAGE_KEPT])
def test_nothing_of_an_award_or_download_page_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


@pytest.mark.parametrize(
    ("paragraph", "kept", "link"),
    [
        (
            "Il progetto è stato realizzato dal 1° settembre 2016 al 20 giugno 2017. Il protocollo prevedeva queste "
            "fasi: leggi tutto →",
            "Il protocollo prevedeva queste fasi:",
            "leggi tutto →",
        ),
        ("The town opened its first repair café in 2018 [...] Read more", "repair café in 2018 [...]", "Read more"),
        ("Die Stadt fördert seit 2020 Lastenräder. Weiterlesen …", "Lastenräder.", "Weiterlesen …"),
    ],
)
def test_a_teaser_s_read_on_link_comes_off_its_paragraph(paragraph, kept, link):
    draft = _gone(paragraph)
    assert link in draft.report.boilerplate
    assert kept in draft.yaml
    assert link not in draft.yaml


def test_a_sentence_ending_with_the_words_read_more_stays_whole():
    line = "Residents who read more than ten books a year get a card to read more"
    assert line in _gone(line).yaml


def test_a_picture_s_file_name_before_its_paragraph_goes_and_the_paragraph_stays():
    line = (
        "MLAD_SI_facebook_PAGE_COVER_PHOTO_1958X745s (the name means »you are young«) portal gathers in one place what "
        "young people need to know from government departments."
    )
    draft = _gone(line)
    assert "MLAD_SI_facebook_PAGE_COVER_PHOTO_1958X745s" in draft.report.boilerplate
    assert "MLAD_SI" not in draft.yaml
    assert "portal gathers in one place" in draft.yaml


def test_a_paragraph_opening_with_a_name_in_underscores_that_is_no_picture_stays():
    line = "The open_data_portal team publishes the bus timetables every week."
    assert line in _gone(line).yaml


def test_a_picture_s_alt_text_in_lower_case_over_its_credit_goes_with_it():
    page = (
        "Lokaldemokrati i kommunene\n\nDepartementet har satt i gang et lokaldemokratiprogram.\n\n"
        "tre personer som strekker seg mot nordlyset\nFoto: Colourbox\n\n"
        "Kommunene viser fram gode eksempler på lokaldemokratitiltak for hele landet.\n"
    )
    draft = _draft(page)
    assert "tre personer som strekker seg mot nordlyset" in draft.report.boilerplate
    assert "nordlyset" not in draft.yaml


def test_a_heading_in_capitals_over_a_credit_stays():
    page = (
        "Neighbourhood energy coaches\n\nThe city trains residents.\n\n"
        "THE SEVEN COACHES OF THE FIRST YEAR IN THE OLD TOWN\nPhoto: City of Ghent\n"
    )
    assert "THE SEVEN COACHES" in _draft(page).yaml


def test_a_site_s_motto_at_the_head_is_furniture_and_never_the_title():
    page = (
        "Wir schaffen Heimat.\nWir gestalten Zukunft.\n\nKuchl sichert die Pflege im Haus der Senioren\n\n"
        "Die Gemeinde bildet seit 2022 eigene Pflegekräfte aus und zahlt ihnen einen Zuschuss zur Wohnung.\n"
    )
    draft = _draft(page)
    assert {"Wir schaffen Heimat.", "Wir gestalten Zukunft."} <= set(draft.report.boilerplate)
    assert draft.record["title"] == "Kuchl sichert die Pflege im Haus der Senioren"
    assert reading.is_site_strapline("Wir schaffen Heimat.")


def test_the_same_words_deep_in_the_text_stay():
    page = (
        f"{_HEAD}The coaches meet every month.\n\nThey visit the old town first.\n\nThey talk to tenants.\n\n"
        "They write a plan.\n\nWe meet them again.\n"
    )
    assert "We meet them again." in _draft(page).yaml


def test_an_edition_line_goes_and_the_region_it_names_gives_the_country():
    page = (
        "Lauréats de l'édition 2023 :\n\n\nPrix des sociétaires GMF\nEdition 2023 - Auvergne-Rhône-Alpes\n\n"
        "Une marque locale d’électricité verte\nLa Communauté de communes a lancé une marque d’électricité verte "
        "locale, achetée en groupe par les habitants.\n"
    )
    draft = _draft(page)
    assert "Edition 2023" in draft.report.boilerplate
    assert "Edition 2023 - Auvergne-Rhône-Alpes" not in draft.yaml
    assert draft.record["title"] == "Une marque locale d’électricité verte"
    assert draft.record["location"]["country"] == "FR"


def test_an_edition_line_with_a_tail_that_is_no_known_place_stays_whole():
    line = "Edition 2015 - Eure (27)"
    assert line in _gone(line).yaml


def test_a_prize_s_name_over_the_page_is_furniture_and_the_report_says_why_there_is_no_title():
    page = (
        "Premio Comuni Virtuosi\n\nIl comune ha ridotto i rifiuti del 30% in tre anni con la raccolta porta a porta.\n"
    )
    draft = _draft(page)
    assert "Premio Comuni Virtuosi" in draft.report.boilerplate
    assert draft.record["title"].startswith("TODO")
    assert any(note.startswith("title: 'Premio Comuni Virtuosi'") for note in draft.report.notes)


def test_a_fact_box_at_the_foot_leaves_its_labels_and_its_value_out_of_the_record():
    page = f"{_HEAD}{_TAIL}\n\nExtra Information\n\nOrganisation Type\n\nProject, Initiative\n"
    draft = _draft(page)
    assert "Extra Information" not in draft.yaml.split("#")[0]
    assert "Organisation Type" not in str(draft.record)
    assert "Project, Initiative" not in str(draft.record)
    assert ("Organisation Type", "Project, Initiative") in draft.report.not_placed


@pytest.mark.parametrize(
    "line",
    ["Skip to main content", "Zum Inhalt (Access key c)Zur Hauptnavigation (Access key h)", "Skip Ribbon Commands"],
)
def test_skip_links_are_told_by_the_public_helper(line):
    assert reading.is_skip_link(line)
    assert reading.is_furniture(line)


@pytest.mark.parametrize("line", ["The city skips two meetings a year.", "Skipping school is down by 20%.", ""])
def test_other_lines_are_no_skip_links(line):
    assert not reading.is_skip_link(line)
    assert not reading.is_furniture(line)


@pytest.mark.parametrize(
    ("fields", "start", "end"),
    [
        ("Alkamispäivä: 1 tammikuuta 2015\nPäättymispäivä: 30 kesäkuuta 2020", "2015-01", "2020-06"),
        ("Datum zahájení: 1. ledna 2016\nDatum ukončení: 31. prosince 2018", "2016-01", "2018-12"),
        ("Begindatum: 1 maart 2019\nEinddatum: 31 december 2021", "2019-03", "2021-12"),
        ("Data de início: 1 de janeiro de 2017\nData de conclusão: 30 de junho de 2019", "2017-01", "2019-06"),
        ("Startdato: 1. august 2020\nSlutdato: 31. juli 2022", "2020-08", "2022-07"),
        ("Data de începere: 1 martie 2018\nData de încheiere: 31 decembrie 2020", "2018-03", "2020-12"),
    ],
)
def test_start_and_end_fields_in_the_other_languages_of_eu_portals_are_read(fields, start, end):
    page = (
        f"Kohesio: discover EU projects in your region\n\nproject details\n{fields}\n\n"
        "Supporting integrated territorial investments\n\nThe project helps the bodies that run integrated territorial "
        "investments in the regional capitals.\n"
    )
    draft = _draft(page)
    assert draft.record["start"] == start
    assert draft.record["end"] == end


# City and regional websites: page tools, tables of contents, accessibility bars, rights lines, zoom links, stock
# picture marks, related-content boxes, links to the top, menu toggles, navigation names and news stamps.
CITY_FURNITURE = [
    "Seite drucken",
    "Artikel teilen",
    "Imprimer la page",
    "Drukuj stronę",
    "Pagina delen",
    "Auf Facebook teilen",
    "Udostępnij na Facebooku",
    "Inhaltsverzeichnis",
    "Sommaire",
    "Spis treści",
    "Inhoudsopgave",
    "Auf dieser Seite",
    "Leichte Sprache",
    "Gebärdensprache",
    "Schriftgröße",
    "Wersja kontrastowa",
    "Facile à lire et à comprendre",
    "Alle Rechte vorbehalten",
    "© 2024 Ville de Lyon. Tous droits réservés.",
    "Wszelkie prawa zastrzeżone",
    "Copyright 2024 Stadt Erlangen",
    "Bild vergrößern",
    "Agrandir l'image",
    "Powiększ zdjęcie",
    "Symbolbild",
    "Symbolfoto: Pixabay",
    "Photo d'illustration",
    "Zdjęcie poglądowe",
    "Mehr zum Thema",
    "Das könnte Sie auch interessieren",
    "À lire aussi",
    "Zobacz także",
    "Lees ook",
    "Související články",
    "Zum Seitenanfang",
    "Début de page",
    "Menü öffnen",
    "Toggle navigation",
    "Fermer le menu",
    "Suche starten",
    "Hauptnavigation",
    "Menu principal",
    "Nawigacja główna",
    "Stand: 12.03.2024",
    "Erstellt am 12.03.2024",
    "Pressemitteilung vom 12.03.2024",
    "Communiqué du 12 mars 2024",
    "Noticia del 12 de marzo de 2024",
    "Komunikat z dnia 12.03.2024",
    "Feedback",
]

# Guards: the practice's sentences with the same words.
CITY_KEPT = [
    "Stand: abgeschlossen",
    "Die Stadt hat die Schriftgröße aller Schilder im Rathaus vergrößert.",
    "Leichte Sprache für alle Bescheide: die Stadt schreibt seit 2020 einfacher.",
    "The navigation app shows 40 cycle routes.",
    "Feedback from 300 residents shaped the plan.",
    "Copyright law limited what the library could scan",
    "Illustration of the new square by the architects, 2021.",
    "Residents print the page of the guide that fits their street.",
]


@pytest.mark.parametrize("line", CITY_FURNITURE)
def test_city_site_furniture_goes_to_the_report(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", CITY_KEPT)
def test_a_sentence_with_city_site_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*CITY_FURNITURE, *CITY_KEPT])
def test_nothing_of_a_city_page_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


def test_a_news_stamp_is_no_start():
    page = f"{_HEAD}Pressemitteilung vom 12.03.2024\n\nDie Stadt fördert Lastenräder.\n"
    draft = _draft(page)
    assert "Pressemitteilung vom 12.03.2024" in draft.report.boilerplate
    assert "Pressemitteilung" not in draft.yaml
    assert str(draft.record.get("start", "TODO")).startswith("TODO")


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Samenvatting", "summary"),
        ("Sammanfattning", "summary"),
        ("Tiivistelmä", "summary"),
        ("Shrnutí", "summary"),
        ("Beschrijving", "description"),
        ("Projektbeskrivning", "description"),
        ("Kuvaus", "description"),
        ("Popis projektu", "description"),
        ("Begroting", "resources"),
        ("Orçamento", "resources"),
        ("Rozpočet", "resources"),
        ("Resultaten", "evidence"),
        ("Tulokset", "evidence"),
        ("Výsledky", "evidence"),
        ("Knelpunten", "difficulties"),
        ("Contactgegevens", "contact"),
        ("Yhteyshenkilö", "contact"),
        ("Kontaktní osoba", "contact"),
        ("Organisatie", "institution"),
        ("Overdraagbaarheid", "transfer"),
    ],
)
def test_section_labels_of_national_and_city_sites_in_other_languages_are_known(label, key):
    assert reading._heading(label) == (key, None)
    assert reading._heading(f"{label}: text") == (key, "text")


def test_a_dutch_city_page_s_sections_are_read():
    page = (
        "Buurtbudget Zwolle\n\nSamenvatting\n"
        "De gemeente geeft elke wijk een eigen budget voor plannen van bewoners.\n\n"
        "Beschrijving\nBewoners dienen een plan in en stemmen er samen over.\n\n"
        "Resultaten\nIn 2022 dienden 340 bewoners een plan in.\n\n"
        "Contactgegevens\nJan de Vries\n"
    )
    draft = _draft(page)
    assert draft.record["summary"] == "De gemeente geeft elke wijk een eigen budget voor plannen van bewoners."
    assert draft.record["description"].startswith("Bewoners dienen een plan in")
    assert "Resultaten" in draft.report.headings and "Contactgegevens" in draft.report.headings
    assert "Jan de Vries" in draft.yaml


@pytest.mark.parametrize("line", ["Gemeente", "Plaats", "rahoitus"])
def test_a_word_that_is_a_fact_box_s_empty_label_or_a_group_heading_starts_no_section(line):
    assert reading._heading(line) is None


@pytest.mark.parametrize("stamp", ["05.04.2023", "17. Jul 2025", "24 October 2019", "March 1, 2021", "15/04/2024"])
def test_a_news_item_s_date_alone_under_its_lead_is_furniture_and_no_start(stamp):
    page = (
        "Kuchl sichert die Pflege im Haus der Senioren\n\nDie Gemeinde bildet eigene Pflegekräfte aus, damit die "
        f"Betreuung gesichert bleibt.\n{stamp}\n\nDie Bewerbungen kamen aus dem ganzen Land.\n"
    )
    draft = _draft(page)
    assert stamp in draft.report.boilerplate
    assert stamp not in draft.yaml
    assert str(draft.record.get("start", "TODO")).startswith("TODO")


@pytest.mark.parametrize(
    "page",
    [
        # a date under its field's label
        "Buurtbudget Zwolle\n\nData inizio del processo\n23/09/2024\n\nBewoners dienen een plan in.\n",
        # a range's two halves on two lines
        "Klimapraxis Bottrop\n\nLaufzeit:\n01.01.2015 bis\n31.03.2018\n\nDie Stadt saniert Schulen.\n",
        # a timeline's dates one after another
        "Buurtbudget Zwolle\n\nThe plan was drawn up in steps.\n12.03.2019\nFirst meeting with residents.\n"
        "04.06.2019\nThe council approved the budget.\n",
    ],
)
def test_a_date_under_a_label_in_a_range_or_in_a_timeline_stays(page):
    draft = _draft(page)
    dates = re.findall(r"\d{2}[./]\d{2}[./]\d{4}", page)
    assert not any(date in draft.report.boilerplate for date in dates)


def test_a_site_s_calendar_box_is_furniture():
    page = (
        f"{_HEAD}{_TAIL}\nVeranstaltungen\n12.06.2024 19:30 - 12.06.2024 21:00\nStadtratssitzung\n"
        "14.06.2024, 18:00 – 20:00\nKino im Park\n"
    )
    draft = _draft(page)
    for line in ("Veranstaltungen", "12.06.2024 19:30 - 12.06.2024 21:00", "Stadtratssitzung", "Kino im Park"):
        assert line in draft.report.boilerplate
        assert line not in draft.yaml


def test_one_dated_meeting_of_the_practice_and_a_sentence_under_a_time_stay():
    page = (
        f"{_HEAD}First residents' meeting\n12.06.2024 19:30\nResidents chose the first ten streets.\n"
        f"14.06.2024 18:00\nThe council met the coaches and approved the budget for 2025.\n{_TAIL}"
    )
    draft = _draft(page)
    assert "First residents' meeting" in draft.yaml
    assert "The council met the coaches and approved the budget for 2025." in draft.yaml


@pytest.mark.parametrize(
    "line",
    [
        "Seminario Buenas Prácticas URBACT en Madrid - presentación",
        "Kick-off meeting in Lyon – presentation (PDF)",
        "Fachtagung Klimaschutz - Präsentation",
        "PARTICIPA!!",
        "MITMACHEN!",
    ],
)
def test_a_link_to_slides_and_a_button_s_call_in_capitals_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize(
    "line",
    [
        "The presentation of the plan drew 300 residents.",
        "Residents voted YES!",
        "Klimaschutz - Präsentation und Debatte",
    ],
)
def test_a_sentence_about_a_presentation_or_with_a_shout_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Mehr Infos",
        "Plus d'infos →",
        "Più info",
        "Meer info",
        "Více informací",
        "Zur Projektseite",
        "Visit the project website",
        "Vai al sito",
        "Naar de website",
        "Download",
        "Télécharger (PDF)",
        "Pobierz",
        "Facebook",
        "LinkedIn",
        "Seite 1 von 3",
        "Page 2 of 12",
        "Strona 1 z 3",
    ],
)
def test_link_buttons_icon_names_and_page_counters_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents download the app to book a cargo bike.",
        "The city posts its plans on Facebook and 2,000 people follow them.",
        "Page 3 of the plan lists the 12 streets.",
    ],
)
def test_a_sentence_about_downloads_networks_or_pages_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("kind", ["Event", "News", "Pressemitteilung", "Actualité", "Noticia"])
def test_a_teaser_s_type_as_a_bullet_over_its_name_is_furniture(kind):
    page = f"{_HEAD}  • {kind}\n    Infoday France & Luxembourg\n\n    The session presents the call.\n{_TAIL}"
    draft = _draft(page)
    assert f"• {kind}" in draft.report.boilerplate
    assert "Infoday France & Luxembourg" in draft.yaml


def test_a_content_word_among_a_list_s_bullets_stays():
    page = f"{_HEAD}The coaches used three methods:\n• Survey\n• Interview\n• Home visit\n{_TAIL}"
    assert "Interview" in _draft(page).yaml


# A site's links to its other pages, its news and events boxes, its accessibility and print tools, a wiki's jump
# links, a video player's address, a tags box's label, a social network's page link, a close button, a horizontal
# rule's text: in the site languages and others (the lines as real sites write them).
SITE_LINKS = [
    "See all",
    "View all publications",
    "View allWaste articles",
    "Alle Projekte anzeigen",
    "Voir toutes les actualités",
    "Ver todos los proyectos",
    "Vedi tutte le notizie",
    "Zobacz wszystkie projekty",
    "Bekijk alle voorbeelden",
    "Visa alla projekt",
    "Se alle cases",
    "Näytä kaikki uutiset",
    "Zobrazit všechny projekty",
    "Back to the list",
    "Zurück zur Übersicht",
    "Retour aux actualités",
    "Volver al listado",
    "Torna all'elenco",
    "Powrót do listy",
    "Terug naar overzicht",
    "Tillbaka till nyheter",
    "Zpět na projekty",
    "Latest news",
    "Dernières actualités",
    "Últimas noticias",
    "Ultime notizie",
    "Najnowsze aktualności",
    "Laatste nieuws",
    "Latest news from the network",
    "Upcoming events",
    "Kommende Veranstaltungen",
    "Prochains événements",
    "Próximos eventos:",
    "Prossimi eventi",
    "Nadchodzące wydarzenia",
    "Diminuer la taille du texte",
    "Augmenter la taille du texte",
    "Increase text size",
    "Schrift vergrößern",
    "Aumentar tamaño del texto",
    "Zwiększ czcionkę",
    "Imprimer en PDF",
    "Print as PDF",
    "Als PDF drucken",
    "Jump to: navigation, search",
    "Aller à :navigation, rechercher",
    "Saltar a: navegación, buscar",
    "Wechseln zu: Navigation, Suche",
    "Zur Navigation springen Zur Suche springen",
    "https://www.youtube.com/embed/zNV6cbVjbng",
    "https://player.vimeo.com/video/123456789",
    "Tagged as",
    "Schlagwörter",
    "Mots-clés :",
    "Etiquetas",
    "Parole chiave",
    "Słowa kluczowe",
    "Klíčová slova",
    "Projektets Twitteruppdateringar.",
    "Projektets officiella Facebooksida.",
    "Facebook-Seite der Stadt",
    "Page Facebook de la ville",
    "Kanał YouTube",
    "Zatvori",
    "Bezárás",
    "vodoravna delilna črta",
    "Horizontal rule",
    "Prechod na navigáciu Hlavné menu",
    "Preskoči na sadržaj",
    "Ugrás a tartalomhoz",
    "Kako bi vam omogućili bolje korisničko iskustvo, ova stranica pohranjuje vaše kolačiće (cookies). Više "
    "informacija",
]

# Guards: the practice's own lines with the same words.
SITE_LINKS_KEPT = [
    "View allotments were shared among 40 households in 2021.",
    "Back to school: 300 pupils cycled in 2022.",
    "The city went back to the old plan in 2019.",
    "Zurück zur Natur",
    "Latest news reached 5,000 residents through the newsletter in 2020.",
    "Upcoming events are announced in the district paper.",
    "The city uses Facebook and Twitter to reach young people.",
    "The youth council runs a Facebook page for 2,000 members.",
    "Tags on the bins tell the crews which street they belong to.",
    "The city increased the text size of every street sign in 2021.",
    "Residents print the PDF of the plan at the library.",
    "Cookies were baked by the residents for the neighbourhood party.",
    "Zatvori prozor i vrata kad grijanje radi, savjetovali su energetski savjetnici 2022.",
]


@pytest.mark.parametrize("line", SITE_LINKS)
def test_site_links_tools_and_boxes_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", SITE_LINKS_KEPT)
def test_a_sentence_with_site_link_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*SITE_LINKS, *SITE_LINKS_KEPT])
def test_nothing_of_a_page_with_site_links_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


@pytest.mark.parametrize(
    ("line", "heading", "country"),
    [
        ("Όλες οι Ειδήσεις από την Ελλάδα και τον Κόσμο", "Όλες οι Ειδήσεις από", "GR"),
        ("Últimas noticias de URBACT España", "Últimas noticias de", "ES"),
        ("Alle Nachrichten aus Österreich", "Alle Nachrichten aus", "AT"),
    ],
)
def test_a_news_box_heading_goes_and_the_country_its_news_come_from_stays(line, heading, country):
    draft = _gone(line)
    assert heading in draft.report.boilerplate
    assert line not in draft.yaml
    assert draft.record["location"]["country"] == country


def test_a_news_box_heading_without_a_country_goes_whole():
    _assert_gone("Latest news from the network")


# Furniture by its shape, in the site languages: a link that points on with an arrow, a magazine's issue stamp, a
# picture's caption with its credit, an office program's text for a picture, a picture's file name, a table of
# contents for the page, a structural fund's slogan, a line about a video the copy lost.
SHAPES = [
    "Template for collection of Good practices >>",
    "Modèle pour la collecte de Bonnes pratiques >>",
    "Alle Projekte im Überblick →",
    "Zur Übersicht ›",
    "Nr. 3 | August 2019",
    "3 | 2024",
    "Issue 12 | May 2021",
    "Ausgabe 4 | 2023",
    "Smart Re-Use Park © SURFACE",
    "Parc de la Ciutadella © Ajuntament de Barcelona",
    "Description automatically generated with medium confidence",
    "A group of people sitting at a table  Description automatically generated",
    "Beschreibung automatisch generiert",
    "tb_spiska_nova_vec.jpg",
    "header-2021.png",
    "Innehåll på sidan",
    "On this page",
    "Sivun sisältö",
    "Euroopan unioni Vipuvoimaa EU:lta",
    "Vipuvoimaa EU:lta 2014–2020",
    "In deze video vertelt Eindhoven erover.",
    "In this video the mayor explains the scheme.",
    "Logo Parc Naturel Régional Normandie Maine & Geoparc",
]

SHAPES_KEPT = [
    "- Territoria d'Or « Action sociale » : la Ville de Mornant (Rhône) pour son « Office du pouvoir d’achat »",
    "The budget rose from €2 million to €5 million between 2019 and 2021 →",
    "The city published 12 issues of its newsletter in 2024.",
    "The park's design © 2019 was given to the city by the architects.",
    "In this video, 40 residents explain how they saved 30% of their energy in 2021.",
    "The plan lists 20 measures on this page of the city's website and in the annex.",
]


@pytest.mark.parametrize("line", SHAPES)
def test_furniture_by_its_shape_goes_to_the_report(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", SHAPES_KEPT)
def test_a_sentence_of_the_same_shape_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*SHAPES, *SHAPES_KEPT])
def test_nothing_of_a_page_with_shaped_furniture_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


def test_a_line_about_a_lost_video_at_a_paragraph_s_end_goes_and_the_paragraph_stays():
    paragraph = "The jury praised the simple method, which brought large and lasting savings."
    draft = _gone(f"{paragraph} In deze video vertelt Eindhoven erover.")
    assert "In deze video vertelt Eindhoven erover." in draft.report.boilerplate
    assert "which brought large and lasting savings." in draft.yaml


def test_an_office_program_s_picture_text_takes_the_picture_s_words_above_it():
    draft = _gone("Logo, company name\nDescription automatically generated")
    assert {"Logo, company name", "Description automatically generated"} <= set(draft.report.boilerplate)
    assert "company name" not in draft.yaml


@pytest.mark.parametrize(
    ("tagline", "jump"),
    [
        ("De Compostpedia", "Saltar a: navegación, buscar"),
        ("De Résilience des Territoires", "Aller à :navigation, rechercher"),
        ("From Wikipedia, the free encyclopedia", "Jump to navigation"),
        ("Aus Wikipedia, der freien Enzyklopädie", "Wechseln zu: Navigation, Suche"),
    ],
)
def test_a_wiki_s_line_naming_the_wiki_over_its_jump_links_is_furniture(tagline, jump):
    page = f"Segundo año del compostaje de barrio\n\n{tagline}\n{jump}\n\n{_HEAD}{_TAIL}"
    draft = _draft(page)
    assert tagline in draft.report.boilerplate
    assert jump in draft.report.boilerplate
    assert tagline not in draft.yaml


def test_the_same_words_over_a_sentence_stay():
    page = f"{_HEAD}De Gouden Eeuw\nThe district's library holds 2,000 books on the city's history since 1600.\n{_TAIL}"
    assert "De Gouden Eeuw" not in _draft(page).report.boilerplate


_MENU = "Innovate\nLow Carbon\nLiveable\nWell-governed\n"


def test_a_menu_without_bullets_at_the_page_s_head_is_furniture():
    draft = _draft(f"Programminfo Deutschland\n{_MENU}\n{_HEAD}{_TAIL}")
    for item in _MENU.splitlines():
        assert item in draft.report.boilerplate
    assert "Well-governed" not in draft.yaml


@pytest.mark.parametrize(
    "page",
    [
        # a label's values
        f"Topics:\n{_MENU}\n{_HEAD}{_TAIL}",
        # a fact box: a label among the run's lines
        f"Purpose/Goal\nMake decisions\nApproach\n{_MENU}Spectrum of Public Participation\nInvolve\n\n{_HEAD}{_TAIL}",
        # under the page's first sentence: the practice's list
        f"{_HEAD}The coaches work on four themes.\n\n{_MENU}{_TAIL}",
        # places: a list of partners
        f"Partner cities\n\nVienna\nMalmö\nGdańsk\nTurin\n\n{_HEAD}{_TAIL}",
    ],
)
def test_a_run_of_short_lines_that_is_a_fact_box_a_list_or_places_stays(page):
    assert not {"Low Carbon", "Well-governed", "Vienna", "Turin"} & set(_draft(page).report.boilerplate)


_SITE_ADDRESS = "Avenue de l'Europe\nF-67075 Strasbourg Cedex\nTel. +33 (0)3 88 41 20 00\nwww.coe.int\n\n"


def test_a_site_s_address_at_the_page_s_head_is_furniture():
    draft = _draft(_SITE_ADDRESS + _HEAD + _TAIL)
    for line in ("Avenue de l'Europe", "F-67075 Strasbourg Cedex", "Tel. +33 (0)3 88 41 20 00"):
        assert line in draft.report.boilerplate
        assert line not in draft.yaml


def test_a_site_s_address_under_its_menu_is_furniture_and_its_country_stays_for_the_places():
    head = "Navigation\n\nICLEI World Secretariat\nKaiser-Friedrich-Str. 7\n53113 Bonn\nGermany\n\n"
    draft = _draft(head + _HEAD + _TAIL)
    assert {"Kaiser-Friedrich-Str. 7", "53113 Bonn"} <= set(draft.report.boilerplate)
    assert "Germany" not in draft.report.boilerplate
    # the furniture keeps the body's name; over the page's heading, the head then calls it the site's
    assert "ICLEI World Secretariat" in _furniture_kept(head + _HEAD + _TAIL)


@pytest.mark.parametrize(
    "page",
    [
        # an event's venue under the page's name
        "Fighting Homelessness Policy Lab\n\n\n88 TER, Boulevard de Porte Royal\n75005 Paris\nan Fhrainc\n\n"
        + _HEAD
        + _TAIL,
        # a contact card at the head, under its label or with an e-mail address
        "Contact\nCity of Brussels\nRue de la Loi 200\n1040 Bruxelles\nTel. +32 2 279 22 11\nwww.bruxelles.be\n\n"
        + _HEAD
        + _TAIL,
        "City of Brussels\nRue de la Loi 200\n1040 Bruxelles\ninfo@bruxelles.be\nwww.bruxelles.be\n\n" + _HEAD + _TAIL,
        # a contact block under the text
        _HEAD
        + "Contact\nStadt Griesheim\nWilhelm-Leuschner-Straße 75\n64347 Griesheim\nTel. +49 6155 701-216\n"
        + _TAIL,
    ],
)
def test_a_venue_or_a_contact_s_address_stays(page):
    boilerplate = _draft(page).report.boilerplate
    kept = {"75005 Paris", "64347 Griesheim", "Wilhelm-Leuschner-Straße 75", "Rue de la Loi 200", "1040 Bruxelles"}
    assert not kept & set(boilerplate)


# A site's tools and stamps, in the site languages and others: share, home, next-article, login and newsletter links,
# a search box's label, long Romance dates in news stamps, a programme's label date, a news agency's dateline.
SITE_TOOLS = [
    "Diese Seite teilen",
    "Home",
    "Startseite",
    "Page d'accueil",
    "Strona główna",
    "Etusivu",
    "Next article",
    "Article précédent",
    "Nächster Beitrag: Lastenräder für alle",
    "Noticia siguiente",
    "Articolo successivo",
    "Poprzedni artykuł",
    "Anmelden",
    "Se connecter",
    "Zaloguj się",
    "Logga in",
    "Create an account",
    "S'abonner à la newsletter",
    "Newsletter abonnieren",
    "Obserwuj nas",
    "Volg ons op",
    "Search this site",
    "Diese Website durchsuchen",
    "Szukaj w serwisie",
    "Está usted en: Inicio > Medio ambiente",
    "Ti trovi in: Home > Ambiente",
    "Erklärung zur Barrierefreiheit",
    "Déclaration d'accessibilité",
    "Publicado el 12 de marzo de 2024",
    "Última actualización: 12 de marzo de 2024",
    "Ultimo aggiornamento: 12 marzo 2024",
    "Labelisation date : 02/06/2017",
    "Wien (OTS) -",
    "Berlin (dpa) –",
    "Roma (ANSA) -",
    "Fot. Urząd Miasta Gdańska",
]

SITE_TOOLS_KEPT = [
    "Inicio",
    "Accueil",
    "Úvod",
    "Kontakt",
    "Home care visits rose from 200 to 450 a month in 2021.",
    "The next article of the city's charter sets the budget.",
    "Residents register their bikes at the town hall.",
    "Wien (Stadt) bezahlt die Hälfte der Kosten seit 2020.",
]


@pytest.mark.parametrize("line", SITE_TOOLS)
def test_a_site_s_tools_and_stamps_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", SITE_TOOLS_KEPT)
def test_a_label_or_a_sentence_with_a_site_tool_s_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*SITE_TOOLS, *SITE_TOOLS_KEPT])
def test_nothing_of_a_page_with_site_tools_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


# More of a city site's buttons and boxes, in the site languages and others.
SITE_BUTTONS = [
    "Aceptar todo",
    "Rifiuta tutto",
    "Akceptuję",
    "OK, verstanden",
    "J'ai compris",
    "Bildnachweis: Stadt Köln",
    "Crédits photo : Ville de Lyon",
    "Zdj. UM Kraków",
    "Per E-Mail versenden",
    "Envoyer par e-mail",
    "Wyślij e-mailem",
    "Link kopieren",
    "Copier le lien",
    "Kopiuj link",
    "Kategorie:",
    "Catégories :",
    "Kommentare",
    "3 Kommentare",
    "Leave a comment",
    "Lascia un commento",
    "Brak komentarzy",
    "Powered by WordPress",
    "Scroll to top",
    "Nach oben scrollen",
    "Opens in a new window",
    "(Öffnet in einem neuen Fenster)",
    "Lien externe",
    "Link zewnętrzny",
    "Télécharger le PDF",
    "PDF herunterladen",
    "Pobierz plik PDF",
    "Mapa serwisu",
    "Biuletyn Informacji Publicznej",
]

SITE_BUTTONS_KEPT = [
    "E-Mail",
    "Comment",
    "Tag",
    "Themen:",
    "Opening hours",
    "Residents left 300 comments on the plan in 2021.",
    "The library copied the link between reading and health from a Danish model.",
    "Powered by the sun, the school heats its water since 2019.",
]


@pytest.mark.parametrize("line", SITE_BUTTONS)
def test_a_city_site_s_buttons_and_boxes_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", SITE_BUTTONS_KEPT)
def test_a_field_label_or_a_sentence_with_a_button_s_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*SITE_BUTTONS, *SITE_BUTTONS_KEPT])
def test_nothing_of_a_page_with_site_buttons_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


# A site's words about its own pages: a section's intro, a pointer to another page or to a lost interview, a
# decorative picture's alt text, an edit link glued to the date, a vote button.
SITE_POINTERS = [
    "This section gives examples of intercultural approaches that help cities design and carry out intercultural "
    "strategies.",
    "Cette section présente des exemples d'approches interculturelles.",
    "Diese Rubrik zeigt Beispiele aus den Mitgliedsstädten.",
    "Esta sección recoge buenas prácticas de los municipios.",
    "To get acquainted with cities’ good practices related to the pandemic, please visit Intercultural Cities: "
    "COVID-19 Special page.",
    "Read the reaction of Citywalk project coordinator after having won the RegioStars Award in this interview.",
    "Lesen Sie mehr über das Projekt in diesem Interview.",
    "Griffe décorative",
    "Decorative image",
    "Modifier 15 December 2022",
    "Bearbeiten 12.03.2024",
    "Glasaj",
    "Jetzt abstimmen",
    "Głosuj",
]

SITE_POINTERS_KEPT = [
    "This section of the river was cleaned by 200 volunteers in 2019.",
    "Residents read about the plan in this report and 300 of them answered in 2020.",
    "For more information, please visit https://www.example.eu/plan.",
    "Decorative planting along the 2 km avenue was finished in 2021.",
    "Residents vote on 12 projects every year since 2015.",
]


@pytest.mark.parametrize("line", SITE_POINTERS)
def test_a_site_s_words_about_its_own_pages_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", SITE_POINTERS_KEPT)
def test_the_practice_s_sentence_with_such_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*SITE_POINTERS, *SITE_POINTERS_KEPT])
def test_nothing_of_a_page_with_site_pointers_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


def test_a_pointer_to_a_lost_interview_at_a_paragraph_s_end_goes_and_the_paragraph_stays():
    paragraph = "Citywalk won the RegioStars Award for its walkable city centres."
    draft = _gone(f"{paragraph} Read the reaction of the coordinator in this interview.")
    assert "Read the reaction of the coordinator in this interview." in draft.report.boilerplate
    assert "walkable city centres." in draft.yaml


# Cookie notices, skip links and search links in cs, sk, hu, sl, ro, pt and fi.
OTHER_LANGUAGES_CHROME = [
    "Tato stránka používá cookies.",
    "Táto stránka používa súbory cookie.",
    "Ez a weboldal sütiket használ.",
    "Ta spletna stran uporablja piškotke.",
    "Acest site folosește cookie-uri.",
    "Pular para o conteúdo",
    "Ugrás a tartalomra",
    "Treci la conținut",
    "Hyppää sisältöön",
    "Advanced search",
    "Erweiterte Suche",
    "Ricerca avanzata",
    "Wyszukiwanie zaawansowane",
]


@pytest.mark.parametrize("line", OTHER_LANGUAGES_CHROME)
def test_chrome_in_other_languages_of_europe_is_furniture(line):
    _assert_gone(line)


def test_a_sentence_on_a_city_s_own_cookie_rules_stays():
    line = "Mesto je leta 2020 sprejelo pravila o piškotkih za 12 občinskih spletnih strani."
    assert line not in _gone(line).report.boilerplate


# News stamps with their hour, bylines, '(c)' rights lines, gallery headings and share labels, in the site languages.
STAMPS_AND_BYLINES = [
    "Aktualisiert am 12.03.2024 um 10:15 Uhr",
    "Publié le 12/03/2024 à 10h15",
    "Posted on March 12, 2024 by admin",
    "Von Max Mustermann",
    "Par Marie Dupont",
    "Por Juan García",
    "Door Jan de Vries",
    "(c) Gemeinde Kuchl",
    "Bildergalerie",
    "Galerie photos",
    "Galería de fotos",
    "Galeria zdjęć",
    "Kuvagalleria",
    "Partager :",
    "Delen:",
    "Sdílet:",
]

STAMPS_AND_BYLINES_KEPT = [
    "Von Ulm",
    "Von der Idee zur Umsetzung",
    "Par ailleurs, la ville a ouvert 3 jardins en 2021.",
    "The gallery of the town hall showed the 40 designs in 2019.",
    "Residents share: 200 households joined the scheme in 2022.",
]


@pytest.mark.parametrize("line", STAMPS_AND_BYLINES)
def test_stamps_bylines_galleries_and_share_labels_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", STAMPS_AND_BYLINES_KEPT)
def test_a_heading_or_sentence_with_a_byline_s_or_gallery_s_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*STAMPS_AND_BYLINES, *STAMPS_AND_BYLINES_KEPT])
def test_nothing_of_a_page_with_stamps_and_bylines_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


# A site's boxes around an article: related links, cookie-policy links, prize badges and categories, pictures' alt
# texts, a rubric's editor and intro, a pointer to a lost list, a greeting to the platform; in the site languages
# and others.
SITE_BOXES = [
    "Informação relacionada",
    "Related information",
    "Voir aussi",
    "Información relacionada",
    "Informazioni correlate",
    "Das könnte Sie auch interessieren",
    "Powiązane artykuły",
    "Gerelateerde artikelen",
    "Zobacz politykę cookies.",
    "Voir notre politique de cookies",
    "AWARD",
    "Award-winning project",
    "The winner!",
    "Lauréat",
    "Preisträger",
    "Category 1 – up to 10,000 inhabitants",
    "Kategorie B – Landkreise und Regionen",
    "Catégorie 3 - Communes rurales",
    "Learn more about the award.",
    "Provider image",
    "Rapportmall bild",
    "afbeelding hoofdpagina lerend netwerk burgerparticipatie.jpg",
    "Grafika z osobami dopasowującymi klocki i napis: Samorządy dobrze zarządzające",
    "Image of people planting trees in a city park",
    "garant rubriky",
    "Ukázky dobré i špatné praxe, zkušenosti dalších obcí a měst a vzájemné sdílení informací najdete v této rubrice",
    "In this section you will find examples from member cities",
    "The list of cities that have signed up to the Covenant may be found below.",
    "Welcome to the 2023 competition platform",
    "Bienvenue sur notre plateforme",
    "Geri",
    "Spring til: navigation, søgning",
    "Officials met in Oslo in October 2024 for three days of workshops. Source: Oslo Climate Agency",
    "Der Bürgermeister beim Spatenstich für das neue Quartier. Foto: Stadt Ulm",
]

SITE_BOXES_KEPT = [
    "Unemployment fell to 8% in 2019. Source: Eurostat",
    "Image of the city improved after 2015 when 300 façades were renewed.",
    "The winners received 5,000 euros in 2019.",
    "The list of 12 partner cities was agreed in 2020.",
    "Welcome to the neighbourhood: 300 families moved in during 2021.",
    "The winner of the 2019 prize, Lahti, cut emissions by 20%.",
    "Related projects in 4 towns reached 2,000 pupils in 2022.",
    "The council set up a photo competition for 150 pupils in 2018.",
]


@pytest.mark.parametrize("line", SITE_BOXES)
def test_a_site_s_boxes_badges_and_alt_texts_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", SITE_BOXES_KEPT)
def test_the_practice_s_sentence_with_a_box_s_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*SITE_BOXES, *SITE_BOXES_KEPT])
def test_nothing_of_a_page_with_site_boxes_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


def test_a_picture_s_alt_text_over_its_credited_caption_goes_with_it():
    alt = "In hard hats, a group of city officials smile at the camera in front of a building site."
    caption = "Officials met in Oslo in October 2024 for three days of workshops. Source: Oslo Climate Agency"
    draft = _gone(f"{alt}\n{caption}")
    assert alt in draft.report.boilerplate and caption in draft.report.boilerplate
    assert "smile at the camera" not in draft.yaml


def test_a_paragraph_over_a_blank_line_before_a_caption_stays():
    paragraph = "The city opened the first emission-free building site in Europe."
    caption = "Officials met in Oslo in October 2024 for three days of workshops. Source: Oslo Climate Agency"
    draft = _gone(f"{paragraph}\n\n{caption}")
    assert paragraph not in draft.report.boilerplate


def test_a_polish_cookie_notice_with_its_policy_link_goes_whole():
    notice = (
        "W celu świadczenia usług na najwyższym poziomie stosujemy pliki cookies. Korzystanie z naszej witryny "
        "oznacza, że będą one zamieszczane w Państwa urządzeniu. W każdym momencie można dokonać zmiany ustawień "
        "Państwa przeglądarki. Zobacz politykę cookies."
    )
    assert notice in _gone(notice).report.boilerplate


def test_a_read_on_link_about_the_award_is_cut_from_the_paragraph_s_end():
    paragraph = "This project was awarded the 'EUROCITIES Awards' in 2016 in the following category: Innovation."
    draft = _gone(f"{paragraph} Learn more about the award.")
    assert "Learn more about the award." in draft.report.boilerplate
    assert "EUROCITIES Awards" in draft.yaml


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Hankkeen nimi", "Kuutoskaupunkien innovaatioalustat"),
        ("Projektnamn", "Testnoderna i Hållbara Värmland"),
        ("Naam van het project", "Lerend netwerk burgerparticipatie"),
        ("Nome do projeto", "Bairros de intervenção prioritária"),
        ("Název projektu", "Očkování seniorů v Českých Budějovicích"),
        ("Názov projektu", "Komunitné centrum v Šahách"),
    ],
)
def test_a_project_name_field_in_other_languages_gives_the_title(label, title):
    # the field's line as EURA 2014 writes it, under the form's heading that the head would take otherwise
    page = f"Euroopan aluekehitysrahaston (EAKR) rahoittaman hankkeen kuvaus\n\n{label}: {title}\n\n{_HEAD}"
    assert _draft(page).record["title"] == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Back Bilbao citizens ready to enjoy the first intercultural guided tours", "Bilbao citizens ready"),
        ("Geri Anti-rumour toolkit for young people", "Anti-rumour toolkit for young people"),
        ("Zurück Klimaschutz im Quartier Neuperlach", "Klimaschutz im Quartier Neuperlach"),
        ("Award-winning project SynAthina: a social innovation platform", "SynAthina: a social innovation platform"),
    ],
)
def test_a_back_button_or_badge_run_into_the_heading_is_split_off(page, title):
    draft = _draft(f"{page}\n\nThe city trains residents to advise their neighbours on saving energy.\n{_TAIL}")
    assert draft.record["title"].startswith(title)
    assert any(page.startswith(line) for line in draft.report.boilerplate)


@pytest.mark.parametrize(
    "heading",
    ["Back to school: 300 pupils walk to class", "Back to Top", "Retour à la nature en ville", "Back pain."],
)
def test_a_heading_that_starts_with_a_back_word_stays_whole(heading):
    kept = _furniture_kept(f"{heading}\n\nThe city trains residents.\n")
    assert heading in kept or heading.casefold() == "back to top"


EU_COFUNDING_AT_HEAD = [
    "reg.č. CZ.03.4.74/0.0/0.0/15_019/0010271 je spolufinancován z EU",
    "Co-funded by the European Union",
    "Współfinansowany ze środków Unii Europejskiej",
    "Kofinanziert von der Europäischen Union",
    "Cofinancé par l'Union européenne",
    "Cofinanciado por la Unión Europea",
]


@pytest.mark.parametrize("line", EU_COFUNDING_AT_HEAD)
def test_the_eu_s_co_funding_notice_at_the_page_s_head_is_furniture(line):
    # the furniture reading takes it, before the head decides what stands over the page's heading
    assert line not in _furniture_kept(f"{line}\n\n{_HEAD}{_TAIL}")
    assert _draft(f"{line}\n\n{_HEAD}{_TAIL}").record["title"] == "Neighbourhood energy coaches"


def test_the_line_that_runs_into_the_notice_goes_with_it():
    first = 'Projekt "Vzdělávání zástupců a zaměstnanců obcí I. typu 2018 – 21",'
    draft = _draft(f"{first}\nreg.č. CZ.03.4.74/0.0/0.0/15_019/0010271 je spolufinancován z EU\n\n{_HEAD}{_TAIL}")
    assert first in draft.report.boilerplate


def test_eu_funding_with_an_amount_or_deep_in_the_text_stays():
    money = "Co-funded by the European Union with EUR 1.2 million."
    assert money in _furniture_kept(f"{money}\n\n{_HEAD}{_TAIL}")
    deep = "In 2021 the scheme was co-funded by the EU and reached 300 homes"
    page = f"{_HEAD}First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\n{deep}\n{_TAIL}"
    assert deep in _furniture_kept(page)


# A tab's label with its count, and a note that the article was published first elsewhere, in the site languages.
TABS_AND_REPUBLISHED = [
    "Partners (5)",
    "Kommentare (0)",
    "Documents (3)",
    "Zdjęcia (12)",
    "Originally published by EUROCITIES, the network of 130 European cities - PDF:",
    "This article was first published on Cities Today",
    "Ursprünglich erschienen im Staatsanzeiger",
    "Publié initialement sur le site de la ville",
]

TABS_AND_REPUBLISHED_KEPT = [
    "The plan was first published in 2019 and adopted by the council in 2020.",
    "Partners (5 cities) signed the charter in 2019.",
    "The 12 partners (5 from Italy) met in Bologna in 2020.",
]


@pytest.mark.parametrize("line", TABS_AND_REPUBLISHED)
def test_a_tab_s_count_and_a_republishing_note_are_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", TABS_AND_REPUBLISHED_KEPT)
def test_a_sentence_with_a_count_or_a_first_publication_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*TABS_AND_REPUBLISHED, *TABS_AND_REPUBLISHED_KEPT])
def test_nothing_of_a_page_with_tabs_and_republishing_notes_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)


# For sites not yet seen: the other news' box, the page's tools and a language picker, in the site languages and
# others.
NEWS_BOXES_AND_TOOLS = [
    "Otras noticias",
    "Altre notizie",
    "Autres actualités",
    "Inne aktualności",
    "Meer nieuws",
    "Fler nyheter",
    "Lisää uutisia",
    "Další zprávy",
    "Mais notícias",
    "Email this page",
    "Translate this page",
    "Report a problem on this page",
    "Select language",
    "Sprache wählen",
    "Choisir la langue",
    "Wybierz język",
    "Page last reviewed: 12/03/2024",
]

NEWS_BOXES_AND_TOOLS_KEPT = [
    "Other news outlets reported on the 12 new bus lines in 2021.",
    "Residents can select the language of the 3 forms since 2020.",
    "The city reported a problem with 40 of its 300 street lamps in 2019.",
]


@pytest.mark.parametrize("line", NEWS_BOXES_AND_TOOLS)
def test_a_news_box_a_page_tool_or_a_language_picker_is_furniture(line):
    _assert_gone(line)


@pytest.mark.parametrize("line", NEWS_BOXES_AND_TOOLS_KEPT)
def test_a_sentence_with_a_news_box_s_or_tool_s_words_stays(line):
    assert line not in _gone(line).report.boilerplate


@pytest.mark.parametrize("line", [*NEWS_BOXES_AND_TOOLS, *NEWS_BOXES_AND_TOOLS_KEPT])
def test_nothing_of_a_page_with_news_boxes_and_tools_is_lost(line):
    test_nothing_of_a_page_with_furniture_is_lost(line)
