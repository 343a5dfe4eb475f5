"""`langdata.loader.word_list_section`: the items after a list's section header."""
from pipeline.langdata.loader import word_list, word_list_section

_HEADER = "# Uzbek titles of respect inside a name"


def test_section_is_the_lists_tail() -> None:
    items = word_list("shared", "name_particles")
    section = word_list_section("shared", "name_particles", _HEADER)
    assert section and "домла" in section and "ibn" not in section
    assert items[len(items) - len(section):] == section


def test_missing_header_gives_nothing() -> None:
    assert word_list_section("shared", "name_particles", "# no such header") == ()
