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
