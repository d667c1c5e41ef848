"""English speaker identity (helper h_enwho27): a nationality or a region's adjective opening a
lower-case description in apposition after a name is no name (the name before it speaks). Texts
written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


# ---- a nationality opening a description in apposition is no name --------------------------------

def test_a_nationality_opening_an_apposition_is_no_speaker():
    body = ("Tom Hale, European policy director for the rights group Open Lines, said that firms "
            "should not be fined. \"Of course they must be free to choose,\" he said.")
    assert [q[0] for q in all_en(body)] == ["Tom Hale", "Tom Hale"]
    body = ("\"Small shops cannot afford the legal costs,\" Mary Stone, a Dutch Liberal member of "
            "the European Parliament said in a statement.")
    assert [q[0] for q in all_en(body)] == ["Mary Stone"]
    body = ("The Office of Media Standards (OMS), the Belgian broadcasting regulator, said: "
            "\"Some makers are hopeful about sales\".")
    assert all_en(body) == [("Office of Media Standards", "Some makers are hopeful about sales", "BE")]


def test_a_state_name_opening_a_body_name_in_apposition_is_read_as_before():
    # (a state's name, not its adjective, opens a body's name: the rule leaves it alone)
    body = "Tom Hale, Japan Airlines chief executive, said: \"Some makers are hopeful about sales.\""
    assert [q[0] for q in all_en(body)] == ["Japan Airlines"]
    # (the state's office keeps its state)
    body = "Tom Hale, German finance minister, said: \"Some makers are hopeful about sales.\""
    assert all_en(body) == [("Tom Hale", "Some makers are hopeful about sales", "DE")]
    # (an opening phrase before a state's officials is no name)
    assert [q[0] for q in all_en("In the morning, French officials said the talks had failed.")] == [
        "French officials"]
