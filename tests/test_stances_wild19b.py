"""Conflicts (sixteenth session, second round): a negated conflict word tells no fight, a lone state
named only as a place, the name of a war or beside civilians is the scene of a story at home, and
`violence` and suicide bombings are (everyday) conflict words. Invented sentences."""
from __future__ import annotations

from .extract_cases import run


def parties(body: str, lang: str = "en", title: str = "T") -> list[str] | None:
    conflict = run(body, lang, title=title)["conflict"]
    return sorted(conflict["parties"]) if conflict else None


def test_a_negated_conflict_word_tells_no_fight():
    # a business story: the failed talks have not led to tensions
    body = ("Shares in Lahore rose to a record on Monday, brokers said.\n\n"
            "Failed talks between India and Pakistan about a new dam have not yet led to "
            "heightened tensions, traders noted. Investors from India and Pakistan bought bank shares. "
            "Traders in India and Pakistan expect more gains.")
    assert parties(body) is None
    # the same story with the tensions told: a pair
    body = body.replace("have not yet led to heightened tensions",
                        "have led to heightened tensions")
    assert parties(body) == ["IN", "PK"]


def test_a_lone_state_named_only_as_a_place_is_no_party():
    # a debate at home on a hostage and the war: the foreign state is only where things happen
    body = ("A former minister has appealed for the release of an aid worker kidnapped in Iraq.\n\n"
            "The aid worker, who led a charity's operations in Iraq, was abducted on Monday. The minister "
            "was expelled from his party over his opposition to the war on Iraq. He said he was willing "
            "to go to Iraq. A video showed the aid worker asking for troops to be pulled out of Iraq, and "
            "she appealed for Iraqi women prisoners to be freed. The charity has closed its offices in "
            "Iraq. Rebels and militants have fought the war for a year.")
    assert parties(body) is None


def test_a_lone_state_that_acts_stays_a_party():
    body = ("Iraq's army launched an offensive against rebels in the north on Monday.\n\n"
            "Iraqi troops fought militants in three towns, and the war has killed hundreds. Iraq said the "
            "fighting would go on. Rebels said they had shot down an Iraqi army helicopter. The clashes "
            "spread to the border.")
    assert parties(body) == ["IQ"]


def test_violence_and_a_suicide_bombing_are_conflict_words():
    # the two peoples' states named most, beside a suicide bombing, violence and a peace process
    body = ("The Palestinian leader said he would not tolerate attacks such as the suicide bombing in the "
            "Israeli city of Haifa.\n\n"
            "The Palestinian Authority was doing all it could to end the violence, he said. Israel shared "
            "information with Palestinian police after the attack. Israeli officials said they would "
            "watch the talks. Palestinian officials said the talks would renew the peace process. Israel "
            "will not attend.")
    assert parties(body) == ["IL", "PS"]


def test_suicide_bombings_at_home_make_no_lone_conflict():
    # terror attacks in one state, claimed by a group named once: domestic security
    body = ("The prime minister of Tunisia signed a decree banning face veils in public offices.\n\n"
            "The decision comes after three suicide bombings in Tunisia last month. A suicide bomber wore "
            "a face veil, witnesses said. Tunisia is facing terrorist attacks, a member of parliament "
            "said. The Islamic State group claimed the suicide attacks. Tunisia said the ban was for "
            "security.")
    assert parties(body) is None


def stances(body: str, lang: str = "en", title: str = "T") -> set[tuple]:
    return {(s["country"], s["position"], s["side"]) for s in run(body, lang, title=title)["stances"]}


_WAR = ("Russia's forces attacked Ukraine on Monday. Ukraine said the war would go on. Russia said the "
        "clashes were Ukraine's fault.\n\n")


def test_pushing_to_lift_a_measure_on_a_state_backs_it():
    # the easing said after the measure, the push before it (the push demands nothing of Russia)
    assert ("HU", "backs", "RU") in stances(_WAR + "Hungary called for the sanctions on Russia to be lifted.")
    # the push and the easing before the measure
    assert ("HU", "backs", "RU") in stances(_WAR + "Hungary wants to lift the sanctions on Russia, officials said.")
    # a push denied is no backing
    found = stances(_WAR + "Hungary did not call for an end to the sanctions on Russia, officials said.")
    assert not any(s[0] == "HU" and s[1] == "backs" for s in found)
    # the measure itself still opposes
    assert ("HU", "opposes", "RU") in stances(_WAR + "Hungary imposed sanctions on Russia, officials said.")


def test_a_contracted_negator_before_a_conflict_word():
    body = ("Shares in Lahore rose to a record on Monday, brokers said.\n\n"
            "The failure of talks between India and Pakistan on a river dam hasn't led to heightened "
            "tensions, analysts said. Investors from India and Pakistan bought bank shares. "
            "Traders in India and Pakistan expect more gains.")
    assert parties(body) is None


def test_a_state_s_doing_is_blame():
    # (Wikinews, 'Iran admits downing Ukrainian jet, cites 'human error'', 2020)
    title = "Iran admits downing Ukrainian jet, cites 'human error'"
    body = ("On Saturday morning, representatives from Iran acknowledged their government had "
            "\"unintentionally\" shot down a Ukrainian passenger jet near Tehran, blaming \"human error\" and "
            "the fear of aggression from the United States. The 176 people on board were all killed.\n\n"
            "A few hours before the Boeing 737-800 jet crashed on Wednesday, Iran launched missiles targeting "
            "US troops in Iraqi military bases in response to the US airstrike that killed Iranian general, "
            "Qasem Soleimani at a Baghdad airport.\n\n"
            "US Secretary of State Mike Pompeo said the crash was \"likely\" Iran's doing. For several days "
            "Iran denied the accusation.\n\n"
            "President of Ukraine Volodymyr Zelenskyy said, \"We expect from Iran assurances of their "
            "readiness for a full and open investigation\".")
    assert ("US", "opposes", "IR") in stances(body, title=title)
    # a denial is no blame
    denied = body.replace("said the crash was \"likely\" Iran's doing", "said the crash was not Iran's doing")
    assert ("US", "opposes", "IR") not in stances(denied, title=title)


def test_a_phrase_starting_with_an_apostrophe_leaves_the_others_their_word_start():
    from generator.extract.stances import alternation
    regex = alternation(["'s doing", "attacked", "backed"])
    assert regex.search("Iran's doing").group() == "'s doing"
    assert regex.search("the unattacked town") is None
    assert regex.search("the Armenian-backed force").group() == "backed"
