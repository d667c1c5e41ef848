"""Indonesian wrong speakers of the thirty-seventh session: a promise, a hope, a demand, advice or a reason told
in the sentence before and named as said by someone in the next ('Janji tersebut diutarakan oleh ...') is that
person's; an answer cued by a pronoun ('"...," jawabnya.') right after a question put to someone ('"...?" tanya
jaksa X kepada Y.') is the addressee's, not the asker's. Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[dict]:
    return run(body, "id")["quotes"]


def _speakers(body: str) -> list[str]:
    return [q["speaker"] for q in _quotes(body)]


def _speaker_of(body: str, words: str) -> str | None:
    return next((q["speaker"] for q in _quotes(body) if words in q["text"]), None)


# ---- a promise told before, named as said by someone in the next sentence -------------------------------------

def test_a_promise_told_in_the_lead_is_the_one_the_next_sentence_names_as_saying_it():
    body = ("Kementerian Komunikasi dan Informatika telah mencapai kesepakatan dengan Telegram. Dengan adanya "
            "kesepakatan ini, pemerintah berjanji untuk membuka kembali layanan Telegram pekan depan.\n\n"
            "Janji tersebut diutarakan oleh Direktur Jenderal Aplikasi Informatika, Semuel Pangerapan. Ia mengaku "
            "sedang menyelesaikan detail penanganan konten negatif.")
    assert _speaker_of(body, "membuka kembali layanan Telegram") == "Semuel Pangerapan"


def test_a_hope_told_before_goes_to_the_one_named_as_saying_it():
    body = ("Ribuan pengungsi diharapkan dapat kembali ke rumah mereka sebelum musim hujan tiba tahun ini.\n\n"
            "Harapan itu disampaikan oleh Kepala Badan Penanggulangan Bencana Daerah Poso, Andi Mappatunru, "
            "di Poso, Senin (5/6).")
    assert _speaker_of(body, "pengungsi diharapkan dapat kembali") == "Andi Mappatunru"


def test_a_thing_named_with_a_demonstrative_and_no_speech_noun_is_not_attributed():
    # (not every noun: 'Gedung tersebut diresmikan oleh ...' names who opened a building, no one's words)
    body = ("Gedung baru rumah sakit daerah itu memiliki dua ratus tempat tidur dan ruang operasi modern.\n\n"
            "Gedung tersebut diresmikan oleh Gubernur Jawa Tengah Ganjar Pranowo pada Senin (5/6).")
    assert not any("dua ratus tempat tidur" in q["text"] for q in _quotes(body))


# ---- an answer to a question put to someone ---------------------------------------------------------------------

def test_an_answer_cued_by_a_pronoun_is_the_one_the_question_was_put_to():
    body = ("Saksi Anton Wijaya mengaku pernah diminta mencari salinan berita acara pemeriksaan.\n\n"
            "\"Saya kasih Rp 2 juta ke panitera untuk dapatkan salinannya,\" ungkap Anton.\n\n"
            "\"Apa tujuan terdakwa meminta saudara mencari salinan itu?\" tanya jaksa penuntut umum KPK, "
            "Kresno Wibowo kepada Anton.\n\n"
            "\"Saya tidak tahu,\" jawabnya.")
    assert _speaker_of(body, "Saya tidak tahu") == "Anton Wijaya"
    assert _speaker_of(body, "Apa tujuan terdakwa") == "Kresno Wibowo"


def test_a_pronoun_cue_that_is_no_answer_stays_with_the_one_who_asked():
    body = ("Saksi Anton Wijaya mengaku pernah diminta mencari salinan berita acara pemeriksaan.\n\n"
            "\"Apa tujuan terdakwa meminta saudara mencari salinan itu?\" tanya jaksa penuntut umum KPK, "
            "Kresno Wibowo kepada Anton.\n\n"
            "\"Saudara harus menjawab dengan jujur,\" katanya.")
    assert _speaker_of(body, "harus menjawab dengan jujur") == "Kresno Wibowo"
