"""English rules of the helper en (forty-fourth session): a bare 'the prime minister' as the subject of a
report is the one person the sentence before names by name, holds no other office and whom the article
reports speaking ('Tony Grant has backed ... the prime minister said'). Sentences invented for these tests,
in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


def _speaker_of(body: str, text: str) -> str | None:
    return next((s for s, t in _who(body) if t == text), None)


# ---- the prime minister the sentence before names --------------------------------------------------

def test_prime_minister_is_the_person_the_sentence_before_names():
    body = ("Tony Grant has backed Chancellor Gordon Hale's spending plans amid opposition claims.\n\n"
            "In a speech in Leeds, the prime minister said the plans reinforced stability. "
            "Mr Grant said later that the election campaign was well advanced.")
    assert _speaker_of(body, "the plans reinforced stability") == "Tony Grant"


def test_prime_minister_after_mr_surname_is_him():
    body = ("Tony Grant has welcomed the result of the election in the US.\n\n"
            "The world must work together, Mr Grant warned. The prime minister also urged Europe to act "
            "together on climate change.")
    assert _speaker_of(body, "urged Europe to act together on climate change") == "Tony Grant"


# ---- ... and what it leaves alone ------------------------------------------------------------------

def test_one_who_holds_another_office_is_not_the_prime_minister():
    # the sentence before names only the mayor: the prime minister stays unnamed
    body = ("Mayor Ken Dale has defended his remarks to a reporter.\n\n"
            "London mayor Mr Dale said he is standing by his remarks. But the prime minister said it "
            "was time for an apology.")
    assert _speaker_of(body, "it was time for an apology") != "Ken Dale"


def test_one_only_narrated_is_not_the_prime_minister():
    # Mr Mills is sworn in, never reported speaking: no holder is guessed
    body = ("Gary Mills will take a softer line in his second term, Tony Grant has said.\n\n"
            "Mr Mills was sworn in at a ceremony in the capital on Thursday. Echoing the new envoy, "
            "the prime minister said there had been a clear change of policy.")
    assert _speaker_of(body, "there had been a clear change of policy") != "Gary Mills"


def test_a_name_after_a_determiner_is_no_prime_minister():
    # 'an Evening Post journalist': the paper, not a person who may be the prime minister
    body = ("The row over the mayor's remarks went on all week.\n\n"
            "Mr Dale compared an Evening Post journalist to a guard. The Evening Post said it was shocked. "
            "But the prime minister said it was time for an apology.")
    assert _speaker_of(body, "it was time for an apology") != "Evening Post"


def test_one_named_once_is_not_the_prime_minister():
    # John Rees is named once: no figure of the article the office may be taken for
    body = ("John Rees has announced a review of school funding.\n\n"
            "The prime minister said the review would report in the spring.")
    assert _speaker_of(body, "the review would report in the spring") != "John Rees"


def test_the_prime_ministers_spokesman_is_not_the_prime_minister():
    body = ("Lord Mount has criticised the way the government works.\n\n"
            "Lord Mount said Mr Grant bypassed the Cabinet. Mr Grant said he disagreed. "
            "The prime minister's official spokesman said the Cabinet was still used for big decisions.")
    assert _speaker_of(body, "the Cabinet was still used for big decisions") != "Tony Grant"
