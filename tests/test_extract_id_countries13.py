"""Indonesian speaker countries in stories set in one foreign state (dev13): local officials, units of
a foreign state and its institutions named without the state are that state's. Texts written for
these tests."""
from __future__ import annotations

from .extract_cases import all_en, all_id


# a story set in Spain: Spain named three times, nothing else
SPAIN = ("Polisi Spanyol memburu seorang perampok di Provinsi Teruel, Spanyol. Pemerintah Spanyol "
         "mengirim bantuan ke desa itu.\n\n")
# a story set in India
INDIA = ("Puluhan pasien meninggal di sebuah rumah sakit India. Pemerintah India menyelidiki kasus itu, "
         "dan media India menyebutnya tragedi.\n\n")
# a story at home: no state named
HOME = "Banjir melanda Kabupaten Bandung sejak Senin.\n\n"


# ---- officials of the place the story is in ----------------------------------------------------


def test_a_local_official_in_a_story_set_abroad_speaks_for_that_state():
    body = SPAIN + "\"Dua orang tewas dalam insiden itu,\" ujar seorang pejabat setempat kepada wartawan."
    assert all_id(body) == [("seorang pejabat setempat", "Dua orang tewas dalam insiden itu", "ES")]


def test_a_local_official_as_subject_in_a_story_set_abroad_speaks_for_that_state():
    body = INDIA + "Sementara itu, pejabat setempat mengatakan bahwa kematian itu disebabkan tagihan yang belum dibayar."
    assert [(s, c) for s, _, c in all_id(body)] == [("pejabat setempat", "IN")]


def test_a_local_official_at_home_gets_no_foreign_state():
    body = HOME + "\"Air mulai surut,\" ujar seorang pejabat setempat kepada wartawan."
    assert [c for _, _, c in all_id(body)] == [None]


def test_a_minister_of_a_state_within_the_foreign_state_is_that_states():
    # 'Menteri Kesehatan Negara Bagian': the health minister of one of India's states
    body = INDIA + "Menteri Kesehatan Negara Bagian membantah bahwa kematian itu terkait tagihan oksigen."
    assert [(s, c) for s, _, c in all_id(body)] == [("Menteri Kesehatan Negara Bagian", "IN")]


def test_a_unit_of_a_foreign_state_in_a_story_at_home_is_no_ones():
    body = HOME + "Menteri Kesehatan Negara Bagian membantah bahwa kematian itu terkait tagihan oksigen."
    assert [c for _, _, c in all_id(body)] == [None]


# ---- institutions named without their state --------------------------------------------------


def test_a_ministry_named_without_its_state_in_a_story_set_abroad_is_that_states():
    body = ("Aparat Perancis menyelidiki penabrakan tentara di pinggiran kota Paris. Perancis masih "
            "waspada setelah serangan di Perancis tahun lalu.\n\n"
            "Kementerian Kehakiman mengatakan para penyidik anti-teror telah ditugaskan menyelidiki kasus itu.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Kementerian Kehakiman", "FR")]


def test_a_tribunals_bench_in_a_story_about_a_state_is_not_that_states():
    # the body's name opens with its bench, not with a state's institution word
    body = ("Majelis Hakim Pengadilan Rakyat Permanen memutuskan pemerintah Myanmar bersalah. Myanmar "
            "membantah, dan militer Myanmar menolak putusan itu.\n\n"
            "Majelis Hakim Pengadilan Rakyat Permanen mengatakan pemerintah itu bertanggung jawab atas kekerasan.")
    assert all(c is None for s, _, c in all_id(body) if s.startswith("Majelis"))


# ---- speakers the story's state does not speak through ---------------------------------------


def test_a_prize_winner_named_with_his_state_speaks_for_no_state():
    body = INDIA + ("\"Ini bukan tragedi, ini pembantaian,\" kata pemenang Hadiah Nobel Perdamaian India "
                    "Kailash Satyarthi yang juga seorang advokat anak.")
    assert all_id(body) == [("Kailash Satyarthi", "Ini bukan tragedi, ini pembantaian", None)]


# ---- an office in apposition after a rank ----------------------------------------------------


THAILAND = ("Pengadilan Thailand menyidangkan mantan perdana menteri Thailand. Junta Thailand menolak "
            "tuduhan bahwa sidang itu bermotif politik.\n\n")


def test_a_rank_then_the_governments_spokesman_in_a_story_set_abroad_is_that_states():
    body = THAILAND + ("Ketika ditanya soal itu, Letnan Jenderal Sansern Kaewkamnerd, juru bicara pemerintahan, "
                       "mengatakan \"masyarakat yang menentukan wakilnya.\"")
    assert [(s, c) for s, _, c in all_id(body)] == [("Sansern Kaewkamnerd", "TH")]


def test_a_rank_then_the_head_of_a_body_named_after_a_state_is_no_states():
    body = THAILAND + ("\"Vonis ini memperkuat kesimpulan kami,\" kata Letnan Jenderal Sansern Kaewkamnerd, "
                       "Kepala Burma Task Force yang menghadiri sidang itu.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Sansern Kaewkamnerd", None)]


def test_a_detokenised_hyphen_in_the_name_still_finds_the_apposition():
    # IndoSum writes 'al-Assadi' as 'al - Assadi'; the office after the name is read all the same
    body = ("Tentara Irak menggempur pertahanan terakhir ISIS di Mosul, Irak. Media Irak menulis "
            "kota itu hampir bebas.\n\n"
            "\"Ini bab terakhir serangan,\" kata Letnan Jenderal Abdul Ghani al - Assadi, komandan unit elite "
            "Pasukan Antiterorisme yang memimpin serangan itu.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Abdul Ghani al-Assadi", "IQ")]


def test_an_unnamed_police_spokesman_after_the_cue_in_a_story_set_abroad_is_that_states():
    body = ("Seorang gadis akan menjadi ibu termuda di Inggris. Media Inggris menyebut kasus itu "
            "mengejutkan warga Inggris.\n\n"
            "\"Kasus ini akan terus kami selidiki,\" ujar juru bicara kepolisian, dikutip Huffington Post.")
    assert all_id(body) == [("juru bicara kepolisian", "Kasus ini akan terus kami selidiki", "GB")]


def test_an_unnamed_police_spokesman_after_the_cue_at_home_is_the_home_states():
    body = HOME + "\"Kasus ini akan terus kami selidiki,\" ujar juru bicara kepolisian kepada wartawan."
    assert [c for _, _, c in all_id(body)] == ["ID"]


# ---- bodies named with a state that are not the state's ---------------------------------------


def test_an_opposition_body_named_with_its_state_speaks_for_no_state():
    body = "Koalisi Oposisi Suriah mengatakan bahwa serangan itu melanggar gencatan senjata."
    assert all_id(body) == [("Koalisi Oposisi Suriah", "serangan itu melanggar gencatan senjata", None)]


def test_a_company_named_by_its_states_adjective_speaks_for_no_state():
    body = "The German insurer said it did not know yet what its exposure would be."
    assert all_en(body) == [("German insurer", "it did not know yet what its exposure would be", None)]


NEW_ZEALAND = ("Gempa mengguncang Selandia Baru. Warga Selandia Baru diminta menjauhi pantai, dan pemerintah "
               "Selandia Baru mengirim bantuan.\n\n")


def test_a_home_ministrys_name_with_more_words_of_its_own_is_the_foreign_states():
    # 'Kementerian Pertahanan' is Indonesia's; 'Kementerian Pertahanan Sipil' (civil defence) is not
    body = NEW_ZEALAND + "Kementerian Pertahanan Sipil mengatakan gelombang paling tinggi sudah terjadi."
    assert [(s, c) for s, _, c in all_id(body)] == [("Kementerian Pertahanan Sipil", "NZ")]


def test_a_home_ministry_named_in_a_story_set_abroad_stays_the_home_states():
    body = NEW_ZEALAND + "Kementerian Luar Negeri RI mengatakan tidak ada WNI yang menjadi korban."
    assert [(s, c) for s, _, c in all_id(body)] == [("Kementerian Luar Negeri RI", "ID")]


# ---- places inside foreign states close an office ---------------------------------------------


def test_a_governor_of_a_foreign_states_province_is_that_states_not_the_homes():
    # (a place inside a foreign state, places_within, ends the office as a home town does)
    assert all_id("Gubernur Texas Greg Abbott mengatakan badai itu menewaskan tiga orang.") == \
        [("Greg Abbott", "badai itu menewaskan tiga orang", "US")]
    assert all_id("Gubernur Nangarhar Ahmad Khan mengatakan serangan itu menewaskan tiga orang.") == \
        [("Ahmad Khan", "serangan itu menewaskan tiga orang", "AF")]


def test_a_governor_of_a_home_province_stays_the_home_states():
    assert all_id("Gubernur Jawa Tengah Ganjar Pranowo mengatakan banjir itu menewaskan tiga orang.") == \
        [("Ganjar Pranowo", "banjir itu menewaskan tiga orang", "ID")]
