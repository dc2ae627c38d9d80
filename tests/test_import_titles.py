"""The importer's title: the page's own heading, never a site's or section's name, a skip link or a category heading."""

from __future__ import annotations

import datetime

import pytest

from generator import importer

TODAY = datetime.date(2026, 1, 1)


def _title(page: str) -> str:
    return str(importer.draft(page, today=TODAY).record["title"])


# A site's or section's name, maybe a crumb, over the article's heading and its text (its date maybe between).
SITE_OVER_HEADING = [
    (
        "Skip to main content\nMobility and Transport\n\nSummary of successful implementation of cycling measures\n\n"
        "City case studies and a review of earlier studies point to the factors that decide whether cycling measures "
        "succeed.\n",
        "Summary of successful implementation of cycling measures",
    ),
    (
        "Integrierte Ländliche Entwicklung\nNeuer Rekord: 2024 mehr als 600 Kleinprojekte gefördert\n"
        "(22. November 2024) Würzburg – Mit dem Regionalbudget helfen die Ämter den Gemeinden bei kleinen Vorhaben.\n",
        "Neuer Rekord: 2024 mehr als 600 Kleinprojekte gefördert",
    ),
    (
        "Skip to main content\nCovenant of Mayors - Europe\n\n\n  • City Stories\n\n"
        "Stockholm, Sweden : Heat recovery from data centres\n\n"
        "Stockholm set out to bring data centres into the city and to feed their heat into its district heating.\n",
        "Stockholm, Sweden : Heat recovery from data centres",
    ),
    (
        "Vie Citoyenne\n\nUn budget participatif pour les quartiers de la ville\n\n  • 22 March 2019\n\n"
        "La ville confie chaque année une part de son budget à des projets proposés par les habitants.\n",
        "Un budget participatif pour les quartiers de la ville",
    ),
    (
        "Ochrona Środowiska\n\nMiejski program wymiany starych pieców węglowych\n\n"
        "Miasto dopłaca mieszkańcom do wymiany starych pieców na ogrzewanie z sieci miejskiej.\n",
        "Miejski program wymiany starych pieców węglowych",
    ),
]


@pytest.mark.parametrize(("page", "title"), SITE_OVER_HEADING)
def test_a_site_name_over_the_heading_is_not_the_title(page, title):
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == title
    assert any("site's or section's heading" in note for note in draft.report.notes)


# Guards: a title over its longer subtitle, and a title right over its text, stay the title.
TITLE_STAYS = [
    (
        "Climate budget: a dialogue with Oslo\n\nCount your CO2 emissions the way you count your money\n\n"
        "Last November the network invited the head of the city's climate agency to talk about the budget.\n",
        "Climate budget: a dialogue with Oslo",
    ),
    (
        "Smart bike share in Tartu\n\nTartu runs an electric bike share with hundreds of bikes across the city.\n",
        "Smart bike share in Tartu",
    ),
    (
        "Repair cafés in Graz\n\nA network of volunteers who fix household things\n\n"
        "The city pays a small grant to each café that opens at least once a month.\n",
        "Repair cafés in Graz",
    ),
    (
        "GPP 2020\n\nGreen public procurement in Europe\n\nThe project showed what cities save when they buy green.\n",
        "GPP 2020",
    ),
]


@pytest.mark.parametrize(("page", "title"), TITLE_STAYS)
def test_a_title_over_its_subtitle_or_text_stays(page, title):
    assert _title(page) == title


# A heading of a kind of content, not of one practice: the title stays missing and the report says why.
KIND_HEADINGS = [
    ("Project summary", "a section's heading in general words"),
    ("Innovation Tags", "a section's heading in general words"),
    ("Résumé du projet", None),  # a known label of the reader
    ("Projektübersicht", None),  # one word: never title-like anyway
    ("Key facts", "a section's heading in general words"),
    ("Latest news", None),  # page furniture for the reader
    ("Detalles del proyecto", "a section's heading in general words"),
    ("Sintesi del progetto", None),  # a known label of the reader
    ("Opis projektu", None),  # a known label of the reader
    ("hankkeen tiedot", "a section's heading in general words"),
    ("Z2. Errichtung, Erweiterung und Sanierung von Einrichtungen der Seniorenbetreuung", "a category's heading"),
    ("EUI-IA 2nd Call", "a call's or an edition's heading"),
    ("Prix Territoriaux - les lauréats de la 24ème édition", "an award's or a prize category's name"),
    ("II edycja konkursu", "a call's or an edition's heading"),
    ("The European Capital of Innovation Award - iCapital", "an award's or a prize category's name"),
    ("European Energy Award - Preisträger 2021", "an award's or a prize category's name"),
    ("PRIX MOBILITÉ ET AMÉNAGEMENT", "an award's or a prize category's name"),
    ("Premio Comuni Virtuosi", "an award's or a prize category's name"),
    ("Kategorie Klimaschutz", "an award's or a prize category's name"),
]


@pytest.mark.parametrize(("heading", "why"), KIND_HEADINGS)
def test_a_heading_of_a_kind_of_content_is_never_the_title(heading, why):
    page = (
        f"{heading}\n\nThe town rebuilt its old market hall as a place where local growers sell and residents meet, "
        "and it now opens four days a week.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"].startswith("TODO")
    if why:
        assert any(note.startswith(f"title: {heading!r}") and why in note for note in draft.report.notes)


# Guards: practices and headlines that name an award, a summary or a call stay titles.
KIND_GUARDS = [
    "Copenhagen receives Guangzhou International Award for Urban Innovation",
    "Barcelona wins prestigious Mayors Challenge prize",
    "Summary of successful implementation of cycling measures",
    "Project summary of the Lisbon cooling network",
    "Call centre for elderly residents in Graz",
]


@pytest.mark.parametrize("title", KIND_GUARDS)
def test_a_practice_naming_an_award_or_a_summary_stays_the_title(title):
    page = f"{title}\n\nThe city set the scheme up with its partners and has run it every year since then.\n"
    assert _title(page) == title


# The page's chrome before the heading: a skip link, a cookie banner, a block of fields, a role line, a place line
# with its inhabitants. None is the title, and none stops the heading after it from being the title.
CHROME_BEFORE_HEADING = [
    (
        "Zum Inhalt (Access key c)Zur Hauptnavigation (Access key h)\n\nPrivatsphäre-Einstellung\n\n"
        "Wir verwenden auf dieser Website Cookies, die für den Betrieb der Webseite notwendig sind.\n\n"
        "Salzkotten fördert den Klimaschutz der Haushalte\n\n17. Jul 2025\n\n"
        "Die Stadt bezuschusst seit 2022 Reparaturen, Lastenräder und Solaranlagen der Haushalte.\n",
        "Salzkotten fördert den Klimaschutz der Haushalte",
    ),
    (
        "Skip to main content\n\nWe use cookies to make this site work and to see how it is used (Cookie policy)\n\n"
        "Night buses for shift workers\n\nThe council runs four night routes to the industrial estates since 2019.\n",
        "Night buses for shift workers",
    ),
    (
        "hankkeen tiedot\nAlkamispäivä: 1 tammikuuta 2015\nRahasto: Koheesiorahasto (CF)\n"
        "Kokonaisbudjetti: 24 691 386,40 €\nEU:n rahoitusosuus: 20 987 678,44 € (85%)\n\n"
        "Alueellisten investointien tukeminen vuosina 2015–2019\n\n"
        "Hanke tukee niitä tahoja, jotka toteuttavat alueellisia investointeja kaupungeissa.\n",
        "Alueellisten investointien tukeminen vuosina 2015–2019",
    ),
]


@pytest.mark.parametrize(("page", "title"), CHROME_BEFORE_HEADING)
def test_chrome_before_the_heading_is_never_the_title(page, title):
    assert _title(page) == title


@pytest.mark.parametrize(
    "line",
    [
        "MAIRE : JOCELYNE GUÉRIN",
        "Bürgermeister: Clemens Moll",
        "LUZY, NIEVRE, BOURGOGNE-FRANCHE-COMTÉ, 1 980 HABITANTS",
        "Amtzell im Allgäu mit 4.200 Einwohnern",
        "Gmina Skawina, Małopolska, 24 000 mieszkańców",
        "Link zur Startseite",
    ],
)
def test_a_role_a_population_or_a_home_link_is_never_the_title(line):
    page = f"{line}\n\nThe village rebuilt its square with its residents and opened a shop and a café there.\n"
    assert _title(page).startswith("TODO")


def test_the_summary_is_never_a_field_or_a_skip_link():
    page = (
        "Skip to content (Access key s)\n\nKokonaisbudjetti: 24 691 386,40 € (85%)\n\n"
        "A cooperative of residents runs the solar roofs of the town's schools.\n"
    )
    assert importer.draft(page, today=TODAY).record["summary"] == (
        "A cooperative of residents runs the solar roofs of the town's schools."
    )


def test_a_headline_with_a_number_of_residents_stays_the_title():
    page = (
        "1 200 habitants redessinent leur parc\n\nLa ville a demandé aux habitants de redessiner le parc du quartier.\n"
    )
    assert _title(page) == "1 200 habitants redessinent leur parc"


# An entry's chrome before its heading: a grouping of towns, a line of figures, a postal address.
ENTRY_CHROME = [
    "Communauté de communes du pays de Damville",
    "Communauté d'Agglomération Grand Rodez",
    "Unione dei Comuni della Bassa Romagna",
    "Związek Gmin Dolnej Odry",
    "Samtgemeinde Harsefeld",
    "4.200 Einwohner Beitritt 2009  Punktzahl 72%",
    "1, place Adrien Rozier",
    "Kaiser-Friedrich-Str. 7",
    "Via Roma 5",
    "ul. Długa 12",
    "Bp 53531",
    "12035 Rodez",
    "00-950 Warszawa",
]


@pytest.mark.parametrize("line", ENTRY_CHROME)
def test_a_body_figures_or_an_address_over_the_entry_is_never_the_title(line):
    page = f"{line}\n\nThe towns share one office that advises residents on insulating their homes.\n"
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"].startswith("TODO")
    assert any(note.startswith("title: ") and "is not the practice's name" in note for note in draft.report.notes)


def test_the_heading_under_a_grouping_of_towns_is_the_title():
    page = (
        "Les lauréats 2015\n\nCommunauté de communes du pays de Damville\n"
        "Un parcours sportif et pédagogique autour de la biodiversité locale\n"
        "Pour mettre ses étangs en valeur, l’interco a inventé une course d’orientation.\n"
    )
    assert _title(page) == "Un parcours sportif et pédagogique autour de la biodiversité locale"


@pytest.mark.parametrize(
    "title",
    ["2030 Climate Plan for Lyon", "12 ideas for greener streets", "Plaza Mayor reopened to people", "Amt für Klima"],
)
def test_a_title_with_a_number_or_a_street_word_stays(title):
    page = f"{title}\n\nThe city set the plan up with its residents and has followed it every year since then.\n"
    assert _title(page) == title


# A breadcrumb's last item or a link, then the same words as the page's heading: the heading is the title.
CRUMB_THEN_HEADING = [
    (
        "Services en ligne\n\n  1. Accueil\n  2. Informations transversales\n  3. Actualités\n"
        "  4. Budget participatif : plus que 10 jours !\n\nCitoyenneté\n\nBudget participatif : plus que 10 jours !\n\n"
        "Il ne reste que quelques jours pour proposer votre projet sur la plateforme !\n",
        "Budget participatif : plus que 10 jours !",
    ),
    (
        "Tool Inventory\n\nCIVITAS Policy Note: Smart choices for cities. Cycling in the City\n"
        "CIVITAS Policy Note: Smart choices for cities. Cycling in the City\n\nApplication Area\n\n"
        "The paper sets out what a city can do to get more people on bicycles for everyday trips.\n",
        "CIVITAS Policy Note: Smart choices for cities. Cycling in the City",
    ),
    (
        "Startseite\n\n  • Rathaus\n  • Umwelt und Klima\n  • Klimabudget für die Stadtteile\n\nUmwelt und Klima\n\n"
        "Klimabudget für die Stadtteile\n\nJeder Stadtteil bekommt jedes Jahr ein eigenes Budget für Klimaprojekte.\n",
        "Klimabudget für die Stadtteile",
    ),
]


@pytest.mark.parametrize(("page", "title"), CRUMB_THEN_HEADING)
def test_the_heading_a_breadcrumb_ends_with_is_the_title(page, title):
    assert _title(page) == title


def test_a_step_of_a_breadcrumb_the_page_does_not_repeat_is_never_the_title():
    page = (
        "  1. Accueil\n  2. Actualités\n  3. Jardins partagés dans les écoles\n\nActualités\n\n"
        "La ville ouvre un jardin dans chaque école primaire, avec les parents et les enseignants.\n"
    )
    assert _title(page) == "Jardins partagés dans les écoles"  # the trail's last step, without its number


def test_a_banner_line_written_three_times_is_not_the_heading():
    page = (
        "News and events\n\nCities and towns\n\nCities and towns\n\nCities and towns\n\n"
        "The programme funds cities that work together across the sea on shared problems.\n"
    )
    assert _title(page) == "News and events"


# A document's type or its issuer after the practice's name comes off the title; the report says so.
@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Program for folkehelsearbeid i Færder kommune 2017–2022 - Evalueringsrapport",
            "Program for folkehelsearbeid i Færder kommune 2017–2022",
        ),
        ("Night buses for shift workers – Final report", "Night buses for shift workers"),
        ("Klimabudget für die Stadtteile - Abschlussbericht", "Klimabudget für die Stadtteile"),
        ("Budget participatif des écoles – Rapport d'évaluation", "Budget participatif des écoles"),
        ("Huertos urbanos comunitarios - Informe final", "Huertos urbanos comunitarios"),
        ("Zielone podwórka Łodzi – Raport końcowy", "Zielone podwórka Łodzi"),
        (
            "FML - interkom: Flächenmanagement Landkreis-interkommunal Landkreis Wunsiedel im Fichtelgebirge",
            "FML - interkom: Flächenmanagement Landkreis-interkommunal",
        ),
    ],
)
def test_a_document_type_or_issuer_after_the_name_comes_off(heading, title):
    page = f"{heading}\n\nThe project ran for five years with the schools, the clubs and the health services.\n"
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == title
    assert any("without the page's type or issuer" in line for line in draft.report.guessed)


@pytest.mark.parametrize(
    "title",
    [
        "Evaluation des Modellprojektes „Kommunen der Zukunft“ am Beispiel der Stadt Landau in der Pfalz",
        "How Ghent reports on its climate plan",
        "Energy report cards for every school",
    ],
)
def test_a_title_that_names_a_town_or_a_report_inside_stays(title):
    page = f"{title}\n\nThe project ran for five years with the schools, the clubs and the health services.\n"
    assert _title(page) == title


def test_a_site_about_itself_and_its_search_form_are_never_the_title():
    page = (
        "We are a cross-party network, providing a single national voice for our member councils\n\n"
        "Generic filters\nSearch in title\nSearch in content\nSearch in excerpt\n\n"
        "Dorset: Low carbon Dorset\n\nPublished: 28 February 2023\n\n"
        "Low Carbon Dorset is a five-year programme that helps businesses and groups cut their energy use.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "Dorset: Low carbon Dorset"
    strapline = "We are a cross-party network, providing a single national voice for our member councils"
    # the furniture takes the strapline out first (reading._strapline); the head's rule catches one it leaves, and
    # either way it is reported as the site's furniture
    assert strapline in draft.report.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Nous sommes le réseau des villes engagées pour le climat",
        "Wir sind das Netzwerk der Klimakommunen in Bayern",
        "Jesteśmy siecią miast na rzecz klimatu",
        "Filter by support type",
        "Filtrer par thème",
        "Suche im Titel",
    ],
)
def test_site_words_and_search_lines_in_the_languages_are_never_the_title(line):
    page = f"{line}\n\nThe council advises residents on insulating their homes, free of charge.\n"
    assert _title(page).startswith("TODO")


@pytest.mark.parametrize("title", ["Search and rescue volunteers in Gdańsk", "Water filters for every school"])
def test_a_practice_about_searching_or_filters_stays(title):
    page = f"{title}\n\nThe council advises residents on insulating their homes, free of charge.\n"
    assert _title(page) == title


@pytest.mark.parametrize(
    ("count", "entry"),
    [
        ("Your search returned 118 results", "Hampshire County Council: Construction Skills Fund"),
        ("118 Ergebnisse", "Stadt Erlangen: Klimabudget für die Stadtteile"),
        ("118 résultats", "Lyon : un budget participatif pour les écoles"),
        ("Znaleziono 118 wyników", "Gdańsk: zielone podwórka"),
    ],
)
def test_the_entry_after_a_count_of_results_is_the_title(count, entry):
    page = (
        "Case studies\n\nBrowse through our case studies to see the many ways councils work with their residents.\n\n"
        f"Filter by topics\nFilter by support type\n{count}\n\n{entry}\n\n"
        "Through its projects the council has trained more than 2000 people to work in construction.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == entry
    assert count in draft.report.boilerplate
    assert "Browse through our case studies" not in draft.record.get("summary", "")


def test_a_name_written_twice_is_a_heading_not_a_contact():
    page = (
        "ELTISplus Project\n\nELTISplus Project\n\n\n"
        "ELTISplus helped people working on urban transport and mobility swap information and experience.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "ELTISplus Project"
    assert not any(c.get("name") == "ELTISplus Project" for c in draft.record.get("contacts", []))


def test_topic_tags_between_a_link_and_its_heading_stay_in_the_text():
    page = (
        "Bottom-Up Integration\nCommunity development, Social inclusion, Political Participation of Disadvantaged "
        "Groups\n\nBottom-Up Integration\n\nRefugees, decision-makers and local community together for integration\n\n"
        "Who is behind this?\n\nMarta Trindade\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "Bottom-Up Integration"
    assert "Community development, Social inclusion" in "\n".join(importer_strings(draft.record))
    assert any("link or crumb" in note for note in draft.report.notes)


def importer_strings(value) -> list[str]:
    """Every string a record holds, at any depth."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in importer_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in importer_strings(v)]
    return [value] if isinstance(value, str) else []


def test_skip_links_search_lines_and_the_site_about_itself_are_furniture():
    page = (
        "Zum Inhalt (Access key c)Zur Hauptnavigation (Access key h)\n\n"
        "We are a cross-party network, providing a single national voice for our member councils\n\n"
        "Generic filters\nSearch in title\n\nLow carbon Dorset\n\n"
        "Low Carbon Dorset is a five-year programme that helps businesses and groups cut their energy use.\n"
    )
    draft = importer.draft(page, today=TODAY)
    kept = "\n".join(importer_strings(draft.record))
    for line in ("Zum Inhalt", "We are a cross-party network", "Generic filters", "Search in title"):
        assert line not in kept
        assert any(line in chrome for chrome in draft.report.boilerplate)
    assert draft.record["title"] == "Low carbon Dorset"


@pytest.mark.parametrize(
    "question",
    [
        "Good Practice Transfer - Why not in my City?",
        "Comment une petite ville peut-elle réduire ses déchets ?",
        "Wie wird eine Kleinstadt klimaneutral bis 2035?",
        "¿Cómo puede una ciudad reducir su consumo de agua?",
    ],
)
def test_a_question_headline_over_the_text_is_the_title(question):
    page = f"{question}\n\nThe booklet collects the stories of cities that took a practice from a peer.\n"
    assert _title(page) == question


def test_a_short_question_over_the_text_is_a_part_heading_not_the_title():
    page = "Who is behind this?\n\nA group of residents and the city council started the project together in 2019.\n"
    assert _title(page).startswith("TODO")


# A SharePoint site's hidden ribbon link, a skip link and a language switch over the page's heading, in several
# languages: all are the site's furniture, none is the title.
SITE_LINES = [
    "Ignorar Comandos do Friso\nSaltar para o conteúdo principal\nEN PT",
    "Skip Ribbon Commands\nSkip to main content\nEN | FR | DE",
    "Menüband-Befehle überspringen\nZum Hauptinhalt springen\nDE EN",
    "Ignorer les commandes du Ruban\nAller au contenu principal\nFR / NL / EN",
    "Omitir los comandos de la cinta\nIr al contenido\nES - EN",
    "Pomiń polecenia Wstążki\nPrzejdź do treści\nPL EN",
    "Ignora comandi barra multifunzione\nPassa al contenuto\nIT EN",
    "Ga naar de inhoud\nNL EN",
    "Spring til indhold\nDA EN",
]


@pytest.mark.parametrize("chrome", SITE_LINES)
def test_ribbon_and_skip_links_and_language_switch_are_furniture(chrome):
    page = (
        f"{chrome}\n\n\nRepair cafés in every district\n\n"
        "The city pays the rent of one room in each district where residents repair their own appliances.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "Repair cafés in every district"
    kept = "\n".join(importer_strings(draft.record))
    for line in chrome.split("\n"):
        assert line not in kept.split("\n")
        assert line in draft.report.boilerplate


@pytest.mark.parametrize("title", ["Green roofs in Graz", "UNESCO city of design", "Eco Ok Lab for schools"])
def test_a_title_of_short_words_is_no_language_switch(title):
    page = f"{title}\n\nThe city pays part of the cost and its officers advise the owners on the plans.\n"
    assert _title(page) == title


@pytest.mark.parametrize(
    "caption",
    ["Illustration Servicepunkt", "Foto: Stadt Graz", "Image: the new town hall", "Zdjęcie: rynek w Krakowie"],
)
def test_a_picture_caption_over_the_page_is_no_title(caption):
    page = (
        f"Tillväxtverket\n{caption}\n\nPilotkommuner\n\n"
        "Under 2012-2015 fick ett antal kommuner pröva att arbeta med samordnade lösningar för service.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] != caption
    assert caption in draft.report.boilerplate


@pytest.mark.parametrize(
    "title", ["Photovoltaics on school roofs", "Image of the city: a new brand for Lodz and its districts"]
)
def test_a_title_starting_like_a_caption_stays(title):
    page = f"{title}\n\nThe city pays part of the cost and its officers advise the owners on the plans.\n"
    assert _title(page) == title


def test_an_award_edition_heading_is_no_title():
    page = (
        "UM-Cidades\n\nPrémios Municípios do Ano Portugal 2019\n\n\n"
        "Funchal, Destino Acessível\n\n"
        "O município junta várias políticas de inclusão com um objetivo comum: uma cidade para todas as pessoas.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "Funchal, Destino Acessível"  # the winner's practice under the award's heading
    assert any("award" in note and "Prémios Municípios" in note for note in draft.report.notes)


@pytest.mark.parametrize(
    "signature",
    [
        "Robert Pressl on behalf of the Eltis Team 2006 - 2013",
        "Anna Nowak w imieniu zespołu redakcji",
        "Marie Dupont au nom de l'équipe du réseau",
    ],
)
def test_a_signature_ends_a_newsletter_preface_and_the_entry_after_it_is_the_title(signature):
    page = (
        "Mobility Update August 2013\n\nWelcome to the Mobility Update!\n\n"
        "This is the last issue written by the present team, and another team takes the portal over in September.\n\n"
        "Thank you for following and supporting the portal over these years.\n\n"
        f"{signature}\n\n\n"
        "New cycling and walking routes cut car trips in towns (UK)\n\n"
        "84 routes were built so that drivers walk or cycle instead for journeys of less than five miles.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "New cycling and walking routes cut car trips in towns (UK)"
    assert signature in draft.report.boilerplate


@pytest.mark.parametrize(
    ("tagline", "crumb"),
    [
        ("La Asamblea de la UE de los representantes regionales y locales", "Se encuentra aquí > Inicio > Redes"),
        ("The EU's assembly of regional and local representatives", "You are here > Home > Networks"),
        ("Die Versammlung der Regionen und Gemeinden der EU", "Sie sind hier > Startseite > Netzwerke"),
        ("L'assemblée des représentants régionaux et locaux de l'UE", "Vous êtes ici › Accueil › Réseaux"),
    ],
)
def test_the_heading_a_breadcrumb_ends_with_wins_over_a_tagline_above_the_crumb(tagline, crumb):
    page = (
        f"{tagline}\n{crumb} > Green City Accord\nYour update was successful.\nActivities\nGreen City Accord\n\n"
        "The accord brings local and regional authorities together to act on energy and climate, and "
        "the committee has backed it since 2008.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "Green City Accord"
    assert tagline in draft.report.boilerplate


def test_a_crumb_step_the_page_gives_only_inside_its_text_is_not_taken():
    page = (
        "Sustainable mobility in small towns\nYou are here > Home > Networks > Green City Accord\n\n"
        "The network brings local and regional authorities together to act on energy and climate, and the committee "
        "has backed it since 2008 in every member state.\n"
        "Green City Accord\n"
    )
    assert _title(page) == "Sustainable mobility in small towns"


@pytest.mark.parametrize(
    "hint",
    [
        "Search by keyword",
        "Suche nach Stichwort",
        "Rechercher par mot-clé",
        "Buscar por palabra clave",
        "Cerca per parola chiave",
        "Szukaj według słowa kluczowego",
        "Zoeken op trefwoord",
        "Pesquisar por palavra-chave",
        "Sök på webbplatsen",
        "Enter search term",
    ],
)
def test_the_hint_in_a_search_box_is_never_the_title(hint):
    page = (
        f"Skip to main content\n{hint}\nDigital Girls ER\n\n"
        "Free summer camps teach girls in secondary school to program, at ten university sites of the region.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "Digital Girls ER"
    assert hint in draft.report.boilerplate


def test_a_title_that_starts_with_a_search_word_stays_the_title():
    page = "Search and rescue boats for the harbour\n\nThe port authority bought two boats for volunteer crews.\n"
    assert _title(page) == "Search and rescue boats for the harbour"


@pytest.mark.parametrize(
    "date",
    ["27 September 2021", "27.09.2021", "  • 27 September 2021", "Sep 27, 2021"],
)
def test_a_question_headline_over_its_date_and_text_is_the_title(date):
    page = (
        "You are here\n\nTransfer dobrych praktyk – dlaczego by nie dodać WIĘCEJ miast?\n\n"
        f"{date}\n\n"
        "Skoro jakaś formuła się sprawdza, najprościej jest powtórzyć ją w kolejnych miastach sieci.\n"
    )
    assert _title(page) == "Transfer dobrych praktyk – dlaczego by nie dodać WIĘCEJ miast?"


# A collection's introduction that announces its entries, then the first entry's heading over its text.
ANNOUNCED = [
    (
        "Waarom zou je het wiel opnieuw uitvinden als een andere gemeente het al deed? In onze rubriek geven we "
        "succesvolle praktijkvoorbeelden een podium.\n\nZes van die goede voorbeelden zetten we hier op een rij.\n\n",
        "Crime Game tegen ondermijning",
        "De gemeente wil voorkomen dat jongeren het verkeerde pad op gaan en bedacht daarom een spel.\n",
    ),
    (
        "Centrum doradza samorządom w zarządzaniu rozwojem. W Bazie Wiedzy zbieramy sprawdzone rozwiązania, które "
        "działają w samorządach. Oto trzy z nich.\n\n",
        "Stowarzyszenie Ziemia Dzierżoniowska – model współpracy gmin",
        "Stowarzyszenie założono z inicjatywy burmistrza, aby wspierać samorządy powiatu.\n",
    ),
    (
        "Our members run community energy projects all over Europe. Here are five of them.\n\n",
        "Vienna: Citizen’s Power Plant",
        "Putting up your own solar panels is often impossible in a city where most people live in flats.\n",
    ),
    (
        "Les collectivités inventent chaque année des solutions nouvelles. Voici quatre exemples.\n\n",
        "Des bancs pour mieux vivre ensemble à l’école",
        "La commune a installé des bancs peints par des artistes dans les cours de ses écoles.\n",
    ),
    (
        "Viele Gemeinden schützen das Klima auf ihre Weise. Hier stellen wir drei Projekte vor.\n\n",
        "Bürgerkraftwerk in der Altstadt",
        "Die Stadtwerke bauen Solaranlagen auf Schuldächern, an denen sich Bürger beteiligen.\n",
    ),
]


@pytest.mark.parametrize(("intro", "heading", "text"), ANNOUNCED)
def test_the_first_entry_after_an_introduction_announcing_several_is_the_title(intro, heading, text):
    draft = importer.draft(f"{intro}{heading}\n\n{text}", today=TODAY)
    assert draft.record["title"] == heading
    assert intro.split("\n\n")[-2] in draft.report.boilerplate


def test_a_summary_that_counts_the_practice_s_own_steps_leaves_the_title_unknown():
    page = (
        "The city tested five solutions to cut traffic in front of its schools.\n\n"
        "How it worked\n\n"
        "Parents and teachers chose the streets to close at the start and end of the school day.\n"
    )
    assert _title(page).startswith("TODO")


@pytest.mark.parametrize(
    ("award", "edition"),
    [
        ("Prix des sociétaires GMF", "Edition 2023 - Auvergne-Rhône-Alpes"),
        ("Premio della giuria", "Edizione 2022"),
        ("Preis der Jury", "Ausgabe 2021 - Bayern"),
        ("Nagroda główna", "Edycja 2019"),
        ("Special prize of the jury", "3rd edition"),
    ],
)
def test_an_award_s_name_over_its_edition_is_not_the_title(award, edition):
    page = (
        f"{award}\n{edition}\n\nUne marque locale d’électricité verte\n"
        "La communauté de communes a lancé une marque d’électricité produite sur son territoire.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "Une marque locale d’électricité verte"
    assert award in draft.report.boilerplate


def test_a_practice_named_after_a_prize_stays_the_title_without_an_edition_under_it():
    page = "Prix des jeunes créateurs\n\nLa ville récompense chaque année trois projets de jeunes artisans.\n"
    assert _title(page) == "Prix des jeunes créateurs"


@pytest.mark.parametrize(
    "heading",
    [
        "Cattolica nei parchi - La comunità di Cattolica propone, sceglie e vota idee e proposte per riqualificare i "
        "parchi e i giardini cittadini",
        "Bürgerhaushalt Lichtenberg – Die Bürgerinnen und Bürger schlagen vor, diskutieren und bewerten gemeinsam, "
        "wofür der Bezirk einen Teil seines Geldes ausgibt",
    ],
)
def test_a_name_with_a_long_subtitle_after_a_dash_is_the_title(heading):
    page = f"Regione Emilia-Romagna\n\n{heading}\n\nCertificato\n\nProcesso\n"
    assert _title(page) == heading


def test_a_lede_without_its_full_stop_is_not_a_long_title():
    lede = (
        "The project – launched in 2019 with the help of the neighbourhood councils and the schools of the district "
        "– brings parents and teachers together to close streets at school times"
    )
    page = f"{lede}\n\nHow it worked\n"
    assert _title(page).startswith("TODO")  # neither the lede nor the heading inside the text


@pytest.mark.parametrize(
    ("heading", "tag"),
    [
        ("Mise en place d'un réseau d'échanges des collectivités de l'agglomération", "expérience"),
        ("Local Government Operations Tune Up", "decor"),
        ("Klimaschutz im Quartier Nord", "klimaschutz"),
    ],
)
def test_a_heading_over_one_tag_word_in_small_letters_is_the_title(heading, tag):
    page = (
        f"Format pdf\n\n{heading}\n\n{tag}\n\n"
        "Au moment de dresser le diagnostic de son territoire, l'agglomération a interrogé chacune de ses communes.\n"
    )
    assert _title(page) == heading


def test_a_hard_wrapped_first_line_is_still_not_the_title():
    page = (
        "Deep renovation of buildings is among the most\nimportant means Europe has to cut its emissions.\n\n"
        "Implemented in\n\n  • Bulgaria\n  • Croatia\n"
    )
    assert _title(page).startswith("TODO")  # the page has no heading: neither the sentence nor 'Implemented in'


@pytest.mark.parametrize(
    ("motto", "label"),
    [
        ("Wir schaffen Heimat.\nWir gestalten Zukunft.", "Best Practice"),
        ("Together we go further.", "Good practice"),
        ("Ensemble, agissons.", "Bonne pratique"),
        ("Construimos futuro.", "Buenas prácticas"),
        ("Samen maken we stad.", "Goed voorbeeld"),
    ],
)
def test_a_site_s_motto_and_a_page_type_label_are_not_the_title_nor_the_summary(motto, label):
    page = (
        f"{motto}\n\n{label}\n\n©Koti/Fotolia.com\n\nGemeinde wirbt mit Geld um Pflegekräfte\n\n"
        "Auch die Gemeinden merken, dass in der Pflege Personal fehlt, und Kuchl hat ein eigenes Modell entworfen.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == "Gemeinde wirbt mit Geld um Pflegekräfte"
    assert draft.record["summary"].startswith("Auch die Gemeinden")
    assert motto.split("\n")[0] in draft.report.boilerplate


def test_a_title_naming_good_practice_and_a_place_stays_the_title():
    page = "Good practice in Graz\n\nThe city pays half of a repair bill for households that fix instead of buying.\n"
    assert _title(page) == "Good practice in Graz"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Tillväxtverket\nIllustration Servicepunkt\n\nPilotkommuner\n\n"
            "Under 2012-2015 fick ett antal kommuner pröva samordnade lösningar för service.\n\n"
            "De utvalda pilotkommunerna har arbetat brett med attraktiva miljöer för näringslivet.\n\n"
            "Pilotkommuner\n\n • Arjeplog\n • Eda\n",
            "Pilotkommuner",
        ),
        (
            "Sie haben Javascript deaktiviert und können nicht alle Funktionen dieser Website benutzen.\n\n"
            "Klimabudget\n\nDas Klimabudget\n\n"
            "Klimaschutz klappt nur, wenn viele mitziehen. Darum suchen wir Ihre Ideen und geben Geld dazu.\n\n"
            "Das Klimabudget lädt Sie ein, vor Ort eigene Vorhaben umzusetzen.\n",
            "Klimabudget",
        ),
        (
            "Repaircafés\n\nIn the repaircafés volunteers fix what residents bring, once a month in every library.\n\n"
            "The repaircafés are run by the libraries with a small grant from the city.\n",
            "Repaircafés",
        ),
    ],
)
def test_a_one_word_heading_the_text_names_again_is_the_title(page, title):
    assert _title(page) == title


@pytest.mark.parametrize(
    "word",
    ["Hintergrund", "ANGEBOTE", "Overview", "Contexte"],
)
def test_a_one_word_section_heading_or_menu_word_is_not_the_title(word):
    page = (
        f"{word}\n\nVolunteers fix what residents bring, once a month in every district library.\n\n"
        "The repair sessions are run by the libraries with a small grant from the city.\n"
    )
    assert _title(page).startswith("TODO")


@pytest.mark.parametrize(
    ("headline", "date"),
    [
        ("Panorama 66 - La coopération interrégionale fonctionne!", "  • 19 October 2018"),
        ("Interregional cooperation works!", "19/10/2018"),
        ("Zusammenarbeit über Grenzen wirkt!", "19.10.2018"),
    ],
)
def test_a_headline_written_twice_over_its_text_is_the_title_not_a_later_heading(headline, date):
    first = (
        "Early in 2018 the programme set out to measure what its cooperation projects change in public policies. "
        "A report published recently gathers many examples."
    )
    second = "Cooperating brings a lot, above all when the partners pool their solutions and good practices."
    page = (
        f"breadcrumb.ecName\n\n{headline}\n\n{date}\n{headline}\n\n{first} {second} The solutions te\n\n"
        f"{first}\n\n{second}\n\nThe programme covers the whole of Europe.\n\n"
        "Sharing good practices and success\n\n"
        "In Romania, clusters run their work better thanks to a support scheme inspired by other regions.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == headline
    assert f"{first} {second} The solutions te" in draft.report.boilerplate  # the teaser the text says again
    assert draft.record["summary"] == first


def test_a_first_paragraph_the_text_does_not_repeat_is_no_teaser():
    first = (
        "Early in 2018 the programme set out to measure what its cooperation projects change in public policies. "
        "A report published recently gathers many examples, and the regions"
    )
    page = (
        f"Interregional cooperation at work\n\n{first}\n\n"
        "Cooperating brings a lot, above all when the partners pool their solutions and good practices.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert first not in draft.report.boilerplate


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Município do Ano Portugal 2019 – Funchal | Funchal, Destino Acessível", "Funchal, Destino Acessível"),
        (
            "Supporting Sustainable Communities Award- Limerick City & County Council – New Build Incremental "
            "Purchase System",
            "New Build Incremental Purchase System",
        ),
        ("Prix de l'innovation 2022 – Ville de Lyon – Les cours d'écoles oasis", "Les cours d'écoles oasis"),
        ("Stadt des Jahres 2021 - Kempten - Mobilitätsstation am Bahnhof", "Mobilitätsstation am Bahnhof"),
        ("Premio Ciudad Sostenible – Ayuntamiento de Vigo – Vigo Vertical", "Vigo Vertical"),
    ],
)
def test_an_award_s_winner_heading_gives_the_practice_s_name(heading, name):
    page = (
        f"Winners\n\n{heading}\n\nA city project that won the jury over with its results for residents and visitors.\n"
    )
    assert _title(page) == name


def test_a_title_with_two_dashes_and_no_award_keeps_its_whole_name():
    heading = "Repair cafés – Graz – a network of volunteers"
    page = f"{heading}\n\nVolunteers fix what residents bring, once a month in every district library.\n"
    assert _title(page) == heading


@pytest.mark.parametrize(
    ("head", "summary"),
    [
        # a visit counter's date under the site's menu, then the entry's heading and its text
        (
            "1.665.249\ngości odwiedziło nas\nod 1 kwietnia 2008 r.\n\nPodkrakowski obszar funkcjonalny\n\n",
            "Obszar funkcjonalny tworzy pięć gmin powiatu krakowskiego, które współpracują od 2015 roku.",
        ),
        # a question heading a part of the text, over the text
        (
            "Human Power Hub in Leipzig\n\nWas sind URBACT-Transfernetzwerke?\n\n",
            "Vorbild ist das Projekt „Human Power Hub“ der Stadt Braga, nach dem Leipzig einen Treffpunkt aufbaut.",
        ),
    ],
)
def test_the_summary_is_a_sentence_of_the_text_not_a_date_or_a_short_question(head, summary):
    draft = importer.draft(f"{head}{summary}\n", today=TODAY)
    assert draft.record["summary"] == summary


def test_the_tail_of_a_hard_wrapped_sentence_is_not_the_summary():
    page = (
        "Deep renovation of buildings is among the most\nimportant means Europe has to cut its CO2 emissions\n"
        "and to improve the buildings people live in, by helping countries renovate\n"
        "their existing building stock.\n\nImplemented in\n\n  • Bulgaria\n"
    )
    assert importer.draft(page, today=TODAY).record["summary"] != "their existing building stock."


def test_a_town_s_administration_with_a_two_word_place_is_not_the_summary():
    page = (
        "Evaluation des Modellprojektes „Kommunen der Zukunft“\nStadt Landau in der Pfalz\n\n"
        "Projektträger: Stadt Landau\n"
    )
    assert importer.draft(page, today=TODAY).record["summary"] != "Stadt Landau in der Pfalz"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Realizacja programu „Dzielnice Kultury”", "Dzielnice Kultury"),
        ("Projekt „Zielone podwórka”", "Zielone podwórka"),
        ("Das Projekt „Klimabudget“", "Klimabudget"),
        ("Le programme « Quartiers d'été »", "Quartiers d'été"),
        ('El proyecto "Barrios vivos"', "Barrios vivos"),
        ('Il progetto "Cattolica nei parchi"', "Cattolica nei parchi"),
    ],
)
def test_a_heading_that_only_names_the_kind_before_a_quoted_name_gives_the_name(heading, name):
    page = f"{heading}\n\nProgram działa od 2013 roku i wspiera projekty kulturalne w dzielnicach miasta.\n"
    assert _title(page) == name


def test_words_after_a_quoted_name_keep_the_heading_whole():
    heading = "Evaluation des Modellprojektes „Kommunen der Zukunft“ am Beispiel der Stadt Landau in der Pfalz"
    page = f"{heading}\n\nDie Stadt hat ihre Verwaltung mit den Bürgern neu aufgestellt.\n"
    assert _title(page) == heading


# A banner's sentence and its link over the page, one long line: a site's news, a cookie notice without its button.
@pytest.mark.parametrize(
    "banner",
    [
        "Resetting the relationship between local and national government. Read our Local Government White Paper",
        "Kako bi vam omogućili bolje korisničko iskustvo, ova stranica pohranjuje vaše kolačiće (cookies). Više "
        "informacija",
        "Wir haben unser Förderprogramm für Kommunen neu aufgestellt. Hier finden Sie alle Informationen dazu",
        "Notre site évolue pour mieux accompagner les collectivités locales. Découvrez la nouvelle version",
    ],
)
def test_a_banner_s_sentence_and_its_link_over_the_page_is_not_the_title(banner):
    page = (
        f"{banner}\n\nReducing littering in the New Forest – a behavioural insights project\n\n"
        "New Forest District Council asked a research agency to help it find a new way of tackling littering.\n"
    )
    assert _title(page) == "Reducing littering in the New Forest – a behavioural insights project"


@pytest.mark.parametrize(
    "heading",
    [
        "CIVITAS Policy Note: Smart choices for cities. Cycling in the City",  # a short one holds a full stop
        "How to transfer good practice from one city to another at national level? Takeaways from URBACT pilots",
    ],
)
def test_a_title_that_holds_a_sentence_stays_the_title(heading):
    page = f"{heading}\n\nThe note sums up what cities learnt when they made cycling part of their transport policy.\n"
    assert _title(page) == heading


# The site's owner, its menu, then the practice's name over the first paragraph, which talks about it.
TALKED_ABOUT = [
    (
        "Baden-Württemberg Ministerium für Umwelt, Klima und Energiewirtschaft\n\nUmwelt & Natur\nNachhaltigkeit\n"
        "Nachhaltig handeln in Kommunen\nKommunale Initiative Nachhaltigkeit\n"
        "Pilotprojekt Nachhaltige Kommunalentwicklung\n\nPilotprojekt\n\n"
        '„Nachhaltige Kommunalentwicklung – gemeinsam auf dem Weg in die Zukunft"\n\n'
        "Im Pilotprojekt „Nachhaltige Kommunalentwicklung – gemeinsam auf dem Weg in die Zukunft“ wurden mit "
        "Kommunen Angebote für eine nachhaltige Entwicklung vor Ort ausprobiert.\n",
        "Nachhaltige Kommunalentwicklung – gemeinsam auf dem Weg in die Zukunft",
        "Baden-Württemberg Ministerium für Umwelt, Klima und Energiewirtschaft",
    ),
    (
        "Ministère de la Transition écologique\n\nAccueil\nPolitiques publiques\n\n"
        "Territoires engagés pour la nature\n\n"
        "Le dispositif Territoires engagés pour la nature accompagne les communes qui veulent agir pour la nature "
        "sur leur territoire.\n",
        "Territoires engagés pour la nature",
        "Ministère de la Transition écologique",
    ),
    (
        "• Jaunumi\n\nProjekta rezultāti\n\nProjekta rezultāti rāda, ka pašvaldības ietaupīja enerģiju un naudu.\n",
        "Projekta rezultāti",
        "• Jaunumi",
    ),
]


@pytest.mark.parametrize(("page", "title", "site"), TALKED_ABOUT)
def test_the_heading_the_text_talks_about_is_the_title_not_the_site_s_name_over_it(page, title, site):
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == title
    assert site in draft.report.boilerplate


@pytest.mark.parametrize(
    "page",
    [
        # a title over its subtitle: the text names the title's words too
        "Repair cafés in Graz\n\nVolunteers fixing household things together\n\n"
        "In the repair cafés of Graz volunteers help people fix household things instead of throwing them away.\n",
        # a title the text hardly names, over a subtitle it names no more
        "Green roofs for Lodz\n\nA programme of the city\n\n"
        "Since 2019 the city has paid part of the cost of planting on the flat tops of its schools.\n",
    ],
)
def test_a_title_over_its_subtitle_stays_the_title(page):
    assert _title(page) == page.split("\n")[0]


@pytest.mark.parametrize(
    ("wiki", "jump"),
    [
        ("De Résilience des Territoires", "Aller à :navigation, rechercher"),
        ("De Compostpedia", "Saltar a: navegación, buscar"),
        ("From Wikipedia, the free encyclopedia", "Jump to: navigation, search"),
    ],
)
def test_a_wiki_s_name_under_the_heading_is_not_the_title_the_text_talks_about(wiki, jump):
    page = (
        f"Indice de qualité démocratique\n{wiki}\n{jump}\n"
        "Une grille pour mesurer la démocratie dans sa commune et renforcer la résilience des territoires.\n"
    )
    assert _title(page) == "Indice de qualité démocratique"


# The site's section introduces itself in a few sentences over each of its pages, then the practice's heading comes,
# over its date, print links and text, which talk about it.
SECTION_INTRO = (
    "The intercultural city builds its policies and its identity on openly recognising diversity as a resource.\n"
    "This section gives examples of intercultural approaches that help cities design their strategies.\n"
)
AFTER_INTRO = [
    (
        f"{SECTION_INTRO}Don’t Feed the Rumour\n"
        "Counter misconceptions, prejudice, rumours and stereotypes about migrants, and do not feed any rumour.\n"
        "From September 2014 to May 2015\n  • Imprimer en PDF\n"
        "Claims that immigrants bring crime were met by trained anti-rumour agents who did not feed them.\n",
        "Don’t Feed the Rumour",
    ),
    (
        "La ville interculturelle fonde ses politiques sur l’idée que la diversité est une ressource.\n"
        "Cette section présente des exemples d'approches interculturelles.\n"
        "Genève : La Ville s'attaque aux mots qui blessent\n2018\n  • Diminuer la taille du texte\n"
        "Une grande partie de nos échanges passe par les réseaux sociaux, où les mots blessent vite.\n"
        "La Semaine contre le racisme de 2018 a choisi pour thème « les mots qui blessent ».\n",
        "Genève : La Ville s'attaque aux mots qui blessent",
    ),
    (
        "Die Stadt stellt hier Projekte vor, mit denen sie ihre Klimaziele erreichen will.\n"
        "Alle Vorhaben werden aus dem städtischen Haushalt bezahlt.\n"
        "Solardächer auf Schulgebäuden\n"
        "Seit 2020 bekommen die Schulgebäude der Stadt Solardächer; zwölf Schulen haben schon eines.\n",
        "Solardächer auf Schulgebäuden",
    ),
]


@pytest.mark.parametrize(("page", "title"), AFTER_INTRO)
def test_the_heading_after_the_site_s_introduction_that_the_text_talks_about_is_the_title(page, title):
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == title
    assert page.split("\n")[1] in draft.report.boilerplate  # the introduction is the site's


@pytest.mark.parametrize(
    "page",
    [
        # a newsletter's editorial with its own headline above: the heading after it is a part of the issue
        "At Eltis we have been looking forward to the CIVITAS Forum in Gdynia.\nThe Eltis Team\n"
        "Looking to Quito: urban mobility and the New Urban Agenda\n"
        "Each month we present one EU funding stream.\nLIFE programme\n"
        "The LIFE programme funds environment and climate action; the LIFE call opens in May.\n",
        # a page whose text asks its own questions over its parts
        "Was sind URBACT-Transfernetzwerke?\nIn Transfernetzwerken übernehmen Städte erprobte Lösungen.\n"
        "Leipzig im Netzwerk Human Power Hub\n"
        "Vorbild ist das Projekt Human Power Hub in Braga; Leipzig baut nach diesem Muster ein Netzwerk auf.\n",
        # a lede, then a part's heading the lede already talks about
        "The city tested five solutions for its heating network in 2021.\nHow the solutions worked\n"
        "Each of the solutions worked for a winter in one district of the city.\n",
    ],
)
def test_a_part_s_heading_after_the_text_has_begun_is_not_the_title(page):
    assert _title(page).startswith("TODO")


@pytest.mark.parametrize("link", ["Template for collection of Good practices >>", "Alle Projekte ansehen →"])
def test_a_link_with_its_arrow_is_not_the_title(link):
    assert _title(f"{link}\n\nThe city pays half of the cost of a new roof for every school.\n").startswith("TODO")


# A Participedia case: its data sidebar, 'CASE', the case's title, then its edit history and the text's first part
# heading before the text, which names the case.
def _case(title: str, between: str, text: str) -> str:
    return (
        "Data\n\nLocation\nMontemurlo\nItalia\nTotal Number of Participants\n400\nFormal Evaluation\nYes\n\n"
        f"CASE\n\n{title}\n\n{between}\n\n{text}\n"
    )


@pytest.mark.parametrize(
    ("title", "between", "text", "expected"),
    [
        (
            "Montemurlo Designs Its Future",
            "November 3, 2020 alexmengozzi\n\nSeptember 1, 2018 Scott Fletcher Bowlsby\n\nProblems and Purpose",
            "Montemurlo is a town in Tuscany; under the name Montemurlo designs its future it opened a public process.",
            "Montemurlo Designs Its Future",
        ),
        (
            "Quartiere in vista",
            "Problemi e scopo",
            '"Quartiere in vista" è un percorso partecipativo svolto a Vignola nel 2019.',
            "Quartiere in vista",
        ),
        (
            "Beautiful Canvas Canvas - Monghidoro (Bologna) [Italian]",
            "October 28, 2019 Scott Fletcher Bowlsby\n\nProblemi e scopo",
            "Monghidoro è un comune dell'Appennino bolognese; il percorso partecipativo ha coinvolto le frazioni.",
            "Beautiful Canvas Canvas - Monghidoro (Bologna)",
        ),
    ],
)
def test_a_case_title_over_its_edit_history_and_first_part_heading_is_the_title(title, between, text, expected):
    assert _title(_case(title, between, text)) == expected


def test_a_part_heading_over_a_date_and_a_text_about_something_else_is_not_the_title():
    page = _case(
        "Project background and aims",
        "September 1, 2018 Scott Fletcher Bowlsby",
        "Residents of the town asked the council for more say in how the old mill is used.",
    )
    assert _title(page).startswith("TODO")


@pytest.mark.parametrize(
    "logo",
    [
        "Logo Parc Naturel Régional Normandie Maine & Geoparc",
        "Logo der Nationalen URBACT-Kontaktstelle für Deutschland",
        "Logotipo del Ayuntamiento de Toreno",
        "Logo, company name",
    ],
)
def test_a_logo_s_alternative_text_is_not_the_title(logo):
    page = f"{logo}\n\nLa commune a végétalisé une partie de la cour de son école publique en 2021.\n"
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"].startswith("TODO")
    assert logo in draft.report.boilerplate


def test_a_practice_named_after_a_logo_stays_the_title():
    page = "Logo competition for schools\n\nPupils of the town's schools drew the new logo of the town's buses.\n"
    assert _title(page) == "Logo competition for schools"


@pytest.mark.parametrize("dateline", ["Wien (OTS) -", "Bruxelles (Belga) –", "Warszawa (PAP) —"])
def test_a_press_release_s_dateline_is_not_the_title(dateline):
    page = (
        f"{dateline}\n\nMit dem neuen Fördermodell unterstützt die Stadt Projekte in den Grätzln mit bis zu "
        "25.000 Euro.\n"
    )
    assert _title(page).startswith("TODO")


@pytest.mark.parametrize(
    "body",
    ["Holbæk kommune", "Oulun kaupunki", "Tartu linn", "Obec Hostětín", "Grad Rijeka", "Mestna občina Maribor"],
)
def test_a_town_s_administration_named_in_its_own_language_is_not_the_title(body):
    page = f"{body}\n\nLandsbyen der samler kræfterne\n\nBorgere og kommune arbejdede sammen om seks projekter.\n"
    assert _title(page) == "Landsbyen der samler kræfterne"


@pytest.mark.parametrize(
    "line",
    [
        "circular economy",  # a story's tag over it
        "economia circolare",
        "Smart Re-Use Park © SURFACE",  # a picture's credit
        "Der neue Marktplatz © Stadt Graz",
    ],
)
def test_a_tag_in_small_letters_or_a_picture_s_credit_is_not_the_title(line):
    page = (
        f"{line}\n\nThe pandemic hit society and the economy; the partners kept products in use for longer by "
        "opening re-use parks.\n"
    )
    assert _title(page).startswith("TODO")


def test_a_question_over_a_tag_in_small_letters_is_no_headline():
    # a picture's alternative text ('vodoravna delilna črta') is furniture and gone before the head reads the page;
    # a story's tag in small letters stays for the head to see
    page = (
        "Kako bomo opredelili potrebe skupnosti?\nparticipativni proračun\n"
        "Mestna občina bo potrebe skupnosti opredelila skupaj s prebivalci na zborih v četrtnih skupnostih.\n"
    )
    assert _title(page).startswith("TODO")


# A headline said with '!' that opens with the practice's name, over its subtitle or its text, the text naming it again.
EXCLAIMED_HEADLINES = [
    (
        "You are here\nRecyclo Kids, collect and win!\nTurning waste sorting into a game for families\n"
        "Aveiro / Portugal\nSize of city:\n80 000 habitants\nSummary\n"
        "Recyclo Kids is a game in which families earn points for the waste they sort and bring to the city's depots.\n"
        "Points can be spent in local shops. Recyclo Kids started in 2019 in two districts.\n",
        "Recyclo Kids, collect and win!",
    ),
    (
        "Roskilde kommune\nVindinge rykker sammen!\n"
        "Med borgermøder og fælles projekter fik landsbyen Vindinge nyt liv i sit forsamlingshus.\n"
        "Udfordring\nI Vindinge var der færre aktiviteter for unge, og forsamlingshuset stod ofte tomt.\n",
        "Vindinge rykker sammen!",
    ),
    (
        "Startseite\nKlimaTreff Lörrach, mach mit!\n"
        "Im KlimaTreff Lörrach tauschen Bürgerinnen und Bürger jeden Monat Ideen zum Energiesparen aus.\n"
        "Seit 2021 lädt die Stadt dazu in die Stadtbibliothek ein; der KlimaTreff ist offen für alle.\n",
        "KlimaTreff Lörrach, mach mit!",
    ),
]


@pytest.mark.parametrize(("page", "expected"), EXCLAIMED_HEADLINES)
def test_a_headline_with_an_exclamation_mark_that_the_text_names_is_the_title(page, expected):
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == expected
    assert any(g.startswith(f"title: took {expected!r}, the page's headline") for g in draft.report.guessed)


# A greeting, a call or a series' announcement said with '!' over a page: its first word is no name the text uses.
@pytest.mark.parametrize(
    "headline",
    [
        "Welcome to the Eltis Mobility Update!",
        "Stay in touch!",
        "Spotlight on the EUROCITIES awards winners - new case studies!",
        "Jetzt mitmachen!",
    ],
)
def test_a_greeting_or_call_with_an_exclamation_mark_is_not_the_title(headline):
    page = (
        f"{headline}\n\nThe city of Aveiro pays families a small reward for every bag of sorted waste they bring.\n\n"
        "The scheme started in 2019 in two districts and now covers the whole of Aveiro.\n"
    )
    assert _title(page).startswith("TODO")  # no heading over the text: the title is left to the contributor


# A back link's word run into the heading after it, on a page that opens with its section's introduction.
BACK_LINK_INTRO = (
    "The intercultural city builds its policies on the idea that diversity can help a society develop.\n\n"
    "This section presents approaches that help cities design and carry out intercultural strategies.\n\n"
    "Template for collection of Good practices >>\n\n"
)


@pytest.mark.parametrize(
    ("back", "heading"),
    [
        ("Back", "Neighbourhood guides show newcomers their district"),
        ("Geri", "Anti-rumour workshops for secondary schools"),
        ("Retour", "Des guides de quartier pour les nouveaux habitants"),
        ("Zurück", "Stadtteilführungen für Neuzugezogene"),
        ("Volver", "Guías de barrio para los recién llegados"),
        ("Powrót", "Przewodnicy dzielnicowi dla nowych mieszkańców"),
    ],
)
def test_a_back_links_word_run_into_the_heading_is_furniture(back, heading):
    page = (
        f"{BACK_LINK_INTRO}{back} {heading}\n\n"
        f"Since 2019 the city has trained residents as volunteer guides: {heading.lower()} every month.\n\n"
        "Each walk visits the library, the health centre and the neighbourhood association.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == heading
    assert back in draft.report.boilerplate


@pytest.mark.parametrize(
    "heading",
    ["Back to school with safe cycling routes", "Retour d'expérience sur les guides de quartier"],
)
def test_a_heading_that_starts_with_a_back_word_in_its_own_sense_stays_whole(heading):
    page = (
        f"{heading}\n\nSince 2019 the city has trained residents as volunteer guides for every district.\n\n"
        "Each walk visits the library, the health centre and the neighbourhood association.\n"
    )
    assert _title(page) == heading


# A content system's name for a picture's place, left as the picture's alternative text over the page's text.
@pytest.mark.parametrize("label", ["Provider image", "Hero image", "Featured image", "Header picture", "Teaser photo"])
def test_a_pictures_place_name_is_furniture_not_the_title(label):
    page = (
        f"{label}\n\nThe association brings together the towns that want to speed up citizen participation.\n\n"
        "Since 2021 it has coached three towns through their first right-to-challenge procedure.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"].startswith("TODO")
    assert label in draft.report.boilerplate


@pytest.mark.parametrize("heading", ["The bigger picture for rural buses", "Photovoltaics on school roofs"])
def test_a_heading_with_a_picture_word_in_its_own_sense_stays_the_title(heading):
    page = (
        f"{heading}\n\nThe association brings together the towns that want to speed up citizen participation.\n\n"
        "Since 2021 it has coached three towns through their first right-to-challenge procedure.\n"
    )
    assert _title(page) == heading


# A section's name and the sentence that describes the section, over the article's heading and its text.
RUBRIC = (
    "Příklady dobré praxe, zkušenosti jiných obcí a měst a výměnu informací mezi starosty najdete právě v této rubrice"
)
DESCRIBED_SECTION = [
    (
        f"Dobrá praxe\n{RUBRIC}\n"
        "Mgr. Jana Nováková\ngarant rubriky\n25.01.2021\nMěsto Tábor vozí seniory k lékaři zdarma\n"
        "Město Tábor od ledna vozí seniory k lékaři a na úřady zdarma; seniory k lékaři vozí dva řidiči města.\n",
        "Město Tábor vozí seniory k lékaři zdarma",
        RUBRIC,
    ),
    (
        "Paroles d'élus\nLe Parc révise sa Charte et donne la parole aux élus qui portent des projets innovants.\n"
        "Des cours d'école plantées d'arbres\n"
        "La commune a planté des arbres dans la cour d'école et remplacé le bitume de la cour par des pelouses.\n",
        "Des cours d'école plantées d'arbres",
        "Le Parc révise sa Charte et donne la parole aux élus qui portent des projets innovants.",
    ),
]


@pytest.mark.parametrize(("page", "expected", "description"), DESCRIBED_SECTION)
def test_a_sections_name_and_description_over_the_articles_heading_are_furniture(page, expected, description):
    draft = importer.draft(page, today=TODAY)
    assert draft.record["title"] == expected
    assert description in draft.report.boilerplate


def test_a_title_over_its_summary_and_a_part_of_its_text_stays_the_title():
    page = (
        "Repair cafés in Graz\nVolunteers in Graz fix what residents bring to the repair cafés once a month.\n"
        "How the repair cafés in Graz work\n"
        "Each repair café in Graz opens in a district library, where volunteers fix bikes, lamps and clothes.\n"
    )
    assert _title(page) == "Repair cafés in Graz"


def test_a_brand_name_over_its_summary_stays_the_title_though_the_text_talks_of_a_later_heading():
    page = (
        "Project Sunflower\nVolunteers in Leipzig help older residents cope with summer heat waves through visits.\n"
        "How volunteers help older residents in heat waves\n"
        "Volunteers visit older residents during heat waves, bring them water and help them cool their homes.\n"
    )
    assert _title(page) == "Project Sunflower"


# A form's part over its answer, in general words: the form's own heading, never the practice's name.
@pytest.mark.parametrize(
    "heading",
    [
        "Cel działania",
        "Project results",
        "Ziele des Projekts",
        "Objectifs du projet",
        "Výsledky projektu",
        "Cíle projektu",
    ],
)
def test_a_forms_part_in_general_words_is_not_the_title(heading):
    page = (
        f"{heading}\n\nThe science zone lets school classes run experiments in the city's park every week.\n\n"
        "Since 2022 the zone has welcomed classes from every district of the city.\n"
    )
    assert _title(page).startswith("TODO")


# --- the title by agreement of signs (titles.py): a back link, a byline, a menu run or a list's mark loses -----------

BACK_LINK_OVER_HEADING = (
    "<< Retour à la liste des actions\n"
    "Collectivité\n"
    '"Réparons ensemble, Vivons Sarlat" : ateliers de réparation dans les quartiers de la ville\n'
    "Objectif(s) :\n"
    "Donner une seconde vie aux objets du quotidien et créer du lien entre les habitants. Les ateliers de réparation "
    "ont lieu chaque mois dans un quartier différent de la ville de Sarlat.\n"
)


def test_a_back_link_over_the_heading_is_never_the_title():
    draft = importer.draft(BACK_LINK_OVER_HEADING, today=TODAY)
    title = draft.record["title"]
    assert title == '"Réparons ensemble, Vivons Sarlat" : ateliers de réparation dans les quartiers de la ville'
    assert "<< Retour à la liste des actions" in draft.report.boilerplate
    assert any("most signs agree on" in g for g in draft.report.guessed)


def test_a_title_loses_its_list_mark():
    page = (
        "- Appel à projets citoyens 2023 - Blagnac\n"
        "Enjeu\n"
        "Faire vivre la démocratie locale et aider les habitants à porter des projets pour leur quartier. La ville "
        "consacre chaque année une part de son budget aux idées que les habitants proposent et choisissent.\n"
    )
    assert _title(page) == "Appel à projets citoyens 2023 - Blagnac"


@pytest.mark.parametrize(
    "byline",
    ["by UIA Permanent Secretariat", "par la rédaction de Territoires Durables", "von der Redaktion Kommunal"],
)
def test_a_byline_over_the_text_is_not_the_title(byline):
    page = (
        f"News\n{byline}\n"
        "Five years after the programme began, twenty projects are closing and showing their first results. These "
        "projects tried new answers to urban poverty, housing and the energy transition in cities across Europe.\n"
        "In 2016 the first call for proposals gave 80 million euros to the experiments of seventeen cities.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert str(draft.record["title"]).startswith("TODO")
    assert not any(byline in g for g in draft.report.guessed if g.startswith("title: took"))


def test_a_run_of_menu_words_is_not_the_title():
    page = (
        "Innovative societies Water-smart societies Climate-neutral societies\n"
        "Interreg makes a difference!\n"
        "Explore how people in the Baltic Sea region have been benefitting from our projects.\n"
        "Cities around the Baltic Sea often face the same social and climate challenges and work on them together.\n"
    )
    assert _title(page) != "Innovative societies Water-smart societies Climate-neutral societies"


def test_when_no_candidate_clearly_wins_the_title_stays_todo_and_the_report_names_the_two_best():
    page = (
        "Innovative societies Water-smart societies Climate-neutral societies\n"
        "Interreg makes a difference!\n"
        "Explore how people in the Baltic Sea region have been benefitting from our projects.\n"
        "#MadeWithInterreg solutions for\n"
        "Attractive cities for people\n"
        "Using urban space cleverly and answering people's needs so that cities become more innovative and "
        "sustainable.\n"
        "Cities around the Baltic Sea often face the same social and climate challenges and work on them together.\n"
    )
    draft = importer.draft(page, today=TODAY)
    assert str(draft.record["title"]).startswith("TODO")
    guess = next(g for g in draft.report.guessed if g.startswith("title: left TODO; guessed"))
    assert "'Attractive cities for people'" in guess and "'#MadeWithInterreg solutions for'" in guess


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Repair cafés in Graz\nA network of volunteers fixes household goods for free in twelve districts of Graz, "
            "and the city pays for the rooms, the tools and the insurance of the repair cafés.\n",
            "Repair cafés in Graz",
        ),
        (
            "• Neighbourhood guides for newcomers\nThe city trains volunteers as neighbourhood guides, who show "
            "newcomers around their district, its services and its associations in their first months.\n",
            "Neighbourhood guides for newcomers",
        ),
    ],
)
def test_a_plain_heading_over_its_text_stays_the_title(page, expected):
    assert _title(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "eGovernment services in Tartu\nThe city moved forty of its services online in three years, from "
            "parking permits to school places, and trained its staff to help residents who need it.\n",
            "eGovernment services in Tartu",
        ),
        (
            "iCapital Award for Barcelona\nThe jury chose Barcelona for the way it brings residents, firms and "
            "universities together to try out new public services in its districts.\n",
            "iCapital Award for Barcelona",
        ),
    ],
)
def test_a_name_written_with_a_small_letter_first_is_no_byline(page, expected):
    assert _title(page) == expected
