"""Who said what in Indonesian text (helper idwho, forty-second session). Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


# ---- a person introduced as the agent closing a sentence about something else ----------------------

_OPENING = "Ketua Dewan Kota Abdul Aziz mengatakan peraturan toleransi harus segera dibentuk.\n\n"


def test_menurutnya_after_a_sentence_closing_on_its_agent_is_that_persons():
    body = (_OPENING + "Usul itu mendapat sambutan positif dari peneliti LIPI Amin Mudzakkir. Menurutnya, "
            "peraturan yang spesifik memang harus dibentuk.\n")
    assert ("Amin Mudzakkir", "peraturan yang spesifik memang harus dibentuk") in _quotes(body)


def test_ia_after_a_passive_sentence_closing_on_its_agent_with_titles_is_that_persons():
    body = (_OPENING + "Ada pula inovasi alat pengawet yang mampu memperpanjang masa simpan hasil panen. "
            "Inovasi ini dikembangkan oleh dosen Undip, Prof. Dr. Muhammad Nur.\n\n"
            "Ia menjelaskan, alat itu mampu menghasilkan ozon hingga 150 gram per jam.\n")
    assert ("Muhammad Nur", "alat itu mampu menghasilkan ozon hingga 150 gram per jam") in _quotes(body)


def test_a_pronoun_cue_after_a_sentence_closing_on_its_agent_is_that_persons():
    body = (_OPENING + "Usul itu juga didukung oleh pengamat politik Siti Zuhro. "
            "\"Peraturan itu penting sekali,\" katanya.\n")
    assert ("Siti Zuhro", "Peraturan itu penting sekali") in _quotes(body)


def test_the_agent_does_not_take_the_pronoun_when_a_sentence_after_it_intervenes():
    body = (_OPENING + "Usul itu juga didukung oleh pengamat politik Siti Zuhro.\n\n"
            "Rapat pembahasan akan digelar pekan depan di gedung dewan.\n\n"
            "\"Kami akan terus mendorong,\" katanya.\n")
    assert ("Siti Zuhro", "Kami akan terus mendorong") not in _quotes(body)


def test_a_sentence_whose_own_subject_is_a_pronoun_keeps_it():
    body = ("Penyanyi Selena Gomez menjalani transplantasi ginjal pada September lalu. \"Saya sudah pulih,\" "
            "katanya.\n\nIa mendapatkan ginjal tersebut dari sahabatnya yang juga seorang artis, Francia Raisa. "
            "\"Saya berterima kasih,\" katanya.\n")
    assert ("Francia Raisa", "Saya berterima kasih") not in _quotes(body)


def test_two_agents_joined_are_no_one_referent():
    body = (_OPENING + "Konsorsium itu dipimpin oleh pebisnis Li Yonghong dan pengusaha properti Wang Chen. "
            "\"Kami tetap berkomitmen,\" katanya.\n")
    speakers = [s for s, t in _quotes(body) if t == "Kami tetap berkomitmen"]
    assert "Li Yonghong" not in speakers and "Wang Chen" not in speakers


def test_a_body_named_before_a_persons_name_is_no_agent_person():
    body = (_OPENING + "Keduanya tiba di Istanbul dan dijemput oleh perwakilan Yayasan Qoirum Umah.\n\n"
            "\"Kemudian sore harinya kami mengunjungi tempat pengungsian,\" katanya.\n")
    speakers = [s for s, t in _quotes(body) if t.startswith("Kemudian sore harinya")]
    assert speakers and all("Qoirum" not in (s or "") for s in speakers)
