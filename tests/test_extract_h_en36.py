"""h_en36: the person the article speaks of most is never a 'person' it shows to be a thing."""
from .extract_cases import quote_fields


def _speakers(body):
    return quote_fields(body, "speaker", "text", lang="en")


def test_magazine_named_often_is_not_whom_the_singer_means():
    body = ("Dora Vell tops a list of the best-paid touring acts compiled by Paper Lantern magazine. Paper "
            "Lantern ranked the tour ahead of rival acts, Paper Lantern said ticket prices rose again, and "
            "Paper Lantern expects more records next year.\n\n"
            "The singer said the crowds were bigger than she had ever hoped.")
    assert ("Dora Vell", "the crowds were bigger than she had ever hoped") in _speakers(body)


def test_a_name_before_a_capitalised_event_noun_is_no_person():
    body = ("Tessa Morrow has pulled out of the Great Fen Cross Country Championships. The Great Fen Cross "
            "Country race is held in March, and Great Fen Cross Country officials hoped she would run.\n\n"
            "The 31-year-old said her calf had not healed in time.")
    assert ("Tessa Morrow", "her calf had not healed in time") in _speakers(body)


def test_a_person_named_before_a_show_stays_a_person():
    # (a host's name before 'show' is still the person: 'show' is no thing-follower)
    body = ("Viewers praised the new Omar Lindqvist show at the weekend. Omar Lindqvist spent four "
            "years on it, and Omar Lindqvist wrote every episode. Nadia Ferro appears in it.\n\n"
            "The presenter said he would not make another quiz.")
    assert ("Omar Lindqvist", "he would not make another quiz") in _speakers(body)


def test_a_state_adjective_before_an_ing_modifier_and_a_noun_is_no_speaker():
    body = ('Shops expect strong sales this winter. The Conseil Federal des Ondes (CFO), the Belgian '
            'broadcasting regulator, said: "Many makers are confident about the season."')
    speakers = [s for s, _ in _speakers(body)]
    assert speakers and "Belgian" not in speakers


def test_an_ing_verb_after_a_state_adjective_still_ends_the_noun():
    # (an -ing word followed by more than one word is a verb: the phrase is not read as a body)
    body = "Belgian troops patrolling the border said the night was calm."
    assert not any("patrolling" in s for s, _ in _speakers(body))


def test_an_ing_word_after_the_noun_is_a_verb_even_when_one_noun_closes_the_segment():
    # (the modifier reading is for an -ing word right after the state's adjective, not after its noun)
    body = "British soldiers fighting insurgents said the night was calm."
    assert not any("fighting" in s for s, _ in _speakers(body))
