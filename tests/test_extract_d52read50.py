"""Who said what in Indonesian text from IndoSum's non-headline sections (helper d52read, fiftieth session):
an uncued quote paragraph before a cued one opening with 'Tetapi', a determiner's description running on
into a participle, a source close to someone, an office opening the sentence before a pronoun report, a
capitalised clause after an interrupting cue, and a name with a full speech verb after a quote. Sentences
invented for these tests, in the shape of Indonesian sport and show-business news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


# ---- an uncued quote paragraph right before a cued quote opening with a connective ---------------------

_CONNECTIVE = ('Pelatih Budi Santoso menegaskan mereka tak menyesal memilih Joko Susilo.\n\n'
               'Sementara itu, Joko sendiri terbilang sudah berumur. Ia sudah berusia 29 tahun.\n\n'
               '"Rina Wulan telah menunjukkan pada musim lalu bahwa ia bisa tampil lebih cepat bersama tim '
               'lain."\n\n'
               '"Tetapi kami yakin telah membuat keputusan yang tepat untuk tim ini," ujar Budi.\n')


def test_an_uncued_quote_before_a_cued_but_is_that_cues_speakers():
    assert ("Budi Santoso", "Rina Wulan telah menunjukkan pada musim lalu bahwa ia bisa tampil lebih cepat "
            "bersama tim lain") in _quotes(_CONNECTIVE)


def test_a_narrated_sentence_between_keeps_the_uncued_quote_where_it_was():
    body = _CONNECTIVE.replace('lain."\n\n"Tetapi', 'lain."\n\nJoko kini berlatih di Valencia.\n\n"Tetapi')
    assert ("Budi Santoso", "Rina Wulan telah menunjukkan pada musim lalu bahwa ia bisa tampil lebih cepat "
            "bersama tim lain") not in _quotes(body)


# ---- 'kata sang aktor mengawali pengumumannya' ------------------------------------------------------

def test_a_determined_kind_of_person_before_a_participle_is_the_one_spoken_of():
    body = ("Budi Santoso batal menyutradarai film remaja itu. Namun ia mengumumkan pengunduran dirinya melalui "
            "Instagram.\n\n"
            '"Perempuan yang berani mengatakan kebenaran adalah pahlawan sejati bagi kami," kata sang aktor '
            "mengawali pengumumannya.\n")
    assert _quotes(body) == [("Budi Santoso", "Perempuan yang berani mengatakan kebenaran adalah pahlawan "
                                              "sejati bagi kami")]


def test_a_kin_noun_after_the_determiner_is_not_the_one_spoken_of():
    body = ("Pemain muda Budi Santoso dirawat di rumah sakit sejak Senin.\n\n"
            '"Kami sudah menunggu di sini sejak pagi," kata sang ibu menutup ceritanya.\n')
    assert "Budi Santoso" not in [s for s, _ in _quotes(body)]


# ---- 'kata sumber dekat Payne' ---------------------------------------------------------------------

def test_a_source_close_to_someone_is_not_that_person():
    body = ("Penyanyi Budi Santoso merilis album solonya bulan depan.\n\n"
            '"Pastinya, ini tidak akan menjadi album hip-hop," kata sumber dekat Budi.\n\n'
            '"Saya sangat bersemangat dengan lagu baru ini," kata Budi.\n')
    assert _quotes(body) == [("sumber dekat Budi", "Pastinya, ini tidak akan menjadi album hip-hop"),
                             ("Budi Santoso", "Saya sangat bersemangat dengan lagu baru ini")]


# ---- an office opening the sentence before 'Menurutnya', then its holder in apposition -------------------

def test_the_holder_in_apposition_to_the_opening_office_is_whom_the_pronoun_means():
    body = ("Kepala kru Movistar Yamaha, Budi Santoso, tak mau terburu-buru membandingkan Joko Susilo dengan "
            "rekan barunya, Rina Wulan. Menurutnya, terlalu dini untuk menilai kemampuannya sebagai pebalap.\n")
    assert _quotes(body) == [("Budi Santoso", "terlalu dini untuk menilai kemampuannya sebagai pebalap")]


def test_a_list_after_the_opening_office_names_no_subject():
    body = ("Pelatih tim itu, Budi Santoso, dan rekannya, Rina Wulan, bertemu Joko Susilo. Menurutnya, "
            "pertemuan itu sangat penting bagi tim.\n")
    assert "Budi Santoso" not in [s for s, _ in _quotes(body)]


# ---- 'Secara garis besar kata Yusuf, Bluebell menceritakan ...' ------------------------------------------

def test_a_capitalised_subject_and_its_verb_after_an_interrupting_cue_make_a_report():
    body = ("Budi Santoso mengatakan kalau film cinta itu akan berbeda dari film lainnya.\n\n"
            "Secara garis besar kata Budi, Bluebell menceritakan seorang perempuan yang mandiri.\n")
    assert ("Budi Santoso", "Secara garis besar kata Budi, Bluebell menceritakan seorang perempuan yang "
            "mandiri") in _quotes(body)


def test_a_capitalised_word_without_a_verb_after_the_cue_makes_no_report():
    body = ("Budi Santoso mengatakan kalau film cinta itu akan berbeda dari film lainnya.\n\n"
            "Secara garis besar kata Budi, Bluebell juga film yang bagus.\n")
    assert len(_quotes(body)) == 1


# ---- '“...,” Oliver melanjutkan.' -------------------------------------------------------------------

_NAMED_AFTER = ("Budi Santoso menawarkan piala kepada Rina Wulan.\n\n"
                "Sampai akhirnya, Rina berhenti dinominasikan.\n\n"
                "“Piala itu sejatinya merupakan pasangan ideal untuknya,” Budi melanjutkan.\n")


def test_a_name_and_a_full_speech_verb_after_a_quote_are_its_cue():
    assert _quotes(_NAMED_AFTER) == [("Budi Santoso", "Piala itu sejatinya merupakan pasangan ideal untuknya")]


def test_a_name_and_a_full_speech_verb_with_an_object_are_no_cue():
    body = _NAMED_AFTER.replace("Budi melanjutkan.", "Budi melanjutkan perjalanan.")
    assert ("Budi Santoso", "Piala itu sejatinya merupakan pasangan ideal untuknya") not in _quotes(body)
