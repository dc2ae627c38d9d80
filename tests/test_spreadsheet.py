"""Every CSV cell the site writes stays text in a spreadsheet: formulas are defused, numbers kept."""

from generator import spreadsheet


def test_a_formula_start_gets_a_quote_mark_and_other_text_is_kept():
    for text in ("=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"):
        assert spreadsheet.cell(text) == "'" + text
    assert spreadsheet.cell("Reggio Emilia") == "Reggio Emilia"
    assert spreadsheet.cell("a=b") == "a=b"


def test_numbers_are_written_as_numbers_even_when_negative():
    assert spreadsheet.cell(-5) == "-5"
    assert spreadsheet.cell(12.5) == "12.5"
    assert spreadsheet.cell(True) == "True"
