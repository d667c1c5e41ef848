"""English speaker identity (helper h_enwho27): a nationality or a region's adjective opening a
lower-case description in apposition after a name is no name (the name before it speaks); the last
item of a list, read as a name, is no one the sentence is about; a body's or a thing's name given a
short form in brackets is no person a later 'he' means. Texts written for these tests, with invented
names."""
from __future__ import annotations

from .extract_cases import all_en


# ---- a nationality opening a description in apposition is no name --------------------------------

def test_a_nationality_opening_an_apposition_is_no_speaker():
    body = ("Tom Hale, European policy director for the rights group Open Lines, said that firms "
            "should not be fined. \"Of course they must be free to choose,\" he said.")
    assert [q[0] for q in all_en(body)] == ["Tom Hale", "Tom Hale"]
    body = ("\"Small shops cannot afford the legal costs,\" Mary Stone, a Dutch Liberal member of "
            "the European Parliament said in its written reply.")
    assert [q[0] for q in all_en(body)] == ["Mary Stone"]
    body = ("The Office of Media Standards (OMS), the Belgian broadcasting regulator, said: "
            "\"Some makers are hopeful about sales\".")
    assert all_en(body) == [("Office of Media Standards", "Some makers are hopeful about sales", "BE")]
    # not: a state's name (not its adjective) opening a body's name is no nationality; the body's
    # office in apposition is the name's before it (h_enbody32), who speaks
    body = "Tom Hale, Japan Airlines chief executive, said: \"Some makers are hopeful about sales.\""
    assert [q[0] for q in all_en(body)] == ["Tom Hale"]
    # (the state's office keeps its state; an opening phrase before a state's officials is no name)
    body = "Tom Hale, German finance minister, said: \"Some makers are hopeful about sales.\""
    assert all_en(body) == [("Tom Hale", "Some makers are hopeful about sales", "DE")]
    assert [q[0] for q in all_en("In the morning, French officials said the talks had failed.")] == [
        "French officials"]


# ---- the last item of a list is no one the sentence is about -------------------------------------

def test_the_last_item_of_a_list_is_no_referent_of_he():
    body = ("Stan Lee said the firm had gone back on its word. As well as Web-Man, Lee co-created the "
            "Amazing Bulk, Z-Folk and Mighty Six characters. He said: \"We welcome the ruling today.\"")
    assert [q[0] for q in all_en(body)] == ["Stan Lee", "Stan Lee"]
    # not: a person first named in a later segment of the sentence still speaks there
    body = ("Interpol did not say whether it had the warrants. At a press conference in Riyadh, US envoy "
            "for Iran Brian Hook said, \"This is a political stunt.\"")
    assert [q[0] for q in all_en(body)][-1] == "Brian Hook"


# ---- a thing with a short form is no 'he' ------------------------------------------------------

def test_a_thing_with_a_short_form_is_no_referent_of_he():
    body = ("Shaky hands make a mouse hard to use, said Tom Reed of the Tremor Trust. The Steady Pointer "
            "Unit (SPU) is the brainchild of Acme researcher Jim Lowe who built the prototype after seeing "
            "his aunt struggle. \"I knew there must be a way to improve things for her,\" he said.")
    assert "Steady Pointer Unit" not in [q[0] for q in all_en(body)]
    # not: a name written inside the brackets after a short form is left as it was read
    body = ("Tom Reed said the plant was ready. The plant holds an NKV (National Kennel Verification) "
            "mark. \"It took two years,\" he said.")
    assert [q[0] for q in all_en(body)] == ["Tom Reed", "Tom Reed"]
