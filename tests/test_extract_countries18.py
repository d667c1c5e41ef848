"""Speaker countries, both languages (helper h_ctry18). Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_en, all_id


# ---- a role in apposition before the name's first mention ------------------------------------

def test_a_role_before_the_first_mention_gives_the_later_bare_name_its_state():
    # _role_before: 'ujar Duta Besar Republik Indonesia di New York, Abdul Kadir Jailani,' and
    # then 'kata Abdul' with no role
    body = ("Pemerintah menegaskan hal itu. \"Kasus ini murni masalah keimigrasian,\" ujar Duta Besar Republik "
            "Indonesia di New York, Abdul Kadir Jailani, kepada wartawan, Rabu.\n\n"
            "Abdul kemudian menjelaskan, Daud ditahan karena visanya habis.\n\n\"Semoga cepat,\" kata Abdul.")
    got = all_id(body)
    assert ("Abdul Kadir Jailani", "Daud ditahan karena visanya habis", "ID") in got
    assert ("Abdul Kadir Jailani", "Semoga cepat", "ID") in got


def test_an_office_every_state_has_before_the_name_is_the_story_states():
    # 'departemen' (domestic_role_words) in a story about Iran: its emergency department's spokesman
    body = ("Sebuah pesawat Iran jatuh di Iran. Informasi serupa disampaikan kepala departemen layanan darurat "
            "Iran, Pir Hossein Kooviland, kepada kantor berita Iran. Sementara itu, juru bicara departemen "
            "layanan darurat, Motjaba Khaledi, mengatakan kepada kantor berita ISNA bahwa pihaknya sudah "
            "mengirimkan helikopter.\n\n\"Lokasi tersebut adalah kawasan pegunungan,\" ujarnya. Iran membeli pesawat.")
    got = all_id(body)
    assert ("Motjaba Khaledi", "pihaknya sudah mengirimkan helikopter", "IR") in got
    assert ("Motjaba Khaledi", "Lokasi tersebut adalah kawasan pegunungan", "IR") in got


def test_words_before_the_name_that_open_with_no_title_are_no_role():
    # 'In a lecture at ...', 'For the Welsh Liberal Democrats': an occasion, a party, not an office
    assert all_en("In a lecture at the London School of Economics, Irene Khan said human rights had been "
                  "flouted.") == [("Irene Khan", "human rights had been flouted", None)]
    assert all_en("For the Welsh Liberal Democrats, Kirsty Williams called the new target \"hugely "
                  "unambitious\".") == [("Kirsty Williams", "hugely unambitious", None)]


# ---- an office that would default to the home state, in a story set abroad -------------------

def test_a_prosecutor_in_a_trial_abroad_is_the_foreign_states():
    # _abroad_office: Malaysia and its places named often, Indonesia once (the dateline's 'Jakarta,
    # CNN Indonesia' does not count)
    body = ("Jakarta, CNN Indonesia -- Malaysia akan memulai sidang Siti, warga negara Indonesia yang menjadi "
            "tersangka kasus pembunuhan di Bandara Kuala Lumpur.\n\n"
            "Sidang digelar di Pengadilan Tinggi Shah Alam, Malaysia. Polisi Malaysia menjaga ketat.\n\n"
            "Namun, Jaksa Muhamad Iskandar Ahmad mengatakan bahwa pihak penuntut sudah memberikan 33 dokumen.")
    assert ("Muhamad Iskandar Ahmad", "pihak penuntut sudah memberikan 33 dokumen", "MY") in all_id(body)


def test_a_home_office_stays_home_where_another_state_is_named_in_passing():
    # (not in a domestic story naming China once: the story is not about it)
    body = ("Jakarta, CNN Indonesia -- Sidang kasus e-KTP kembali digelar. Chip e-KTP itu dibeli dari China.\n\n"
            "Hakim Jhon Halasan mengatakan bahwa sidang akan dilanjutkan pekan depan.")
    assert ("Jhon Halasan", "sidang akan dilanjutkan pekan depan", "ID") in all_id(body)


# ---- elected, not yet in office ------------------------------------------------------------

def test_a_president_elect_speaks_for_no_state_yet():
    # 'terpilih' (candidate_words) right before the phrase 'AS Donald Trump' read as a role and a name
    got = all_id("Pada masa kampanye, presiden terpilih AS Donald Trump mengatakan dia akan bersikap lebih "
                 "agresif. \"Saya akan keras,\" kata Trump.")
    assert got == [("Donald Trump", "dia akan bersikap lebih agresif", None), ("Donald Trump", "Saya akan keras", None)]
    assert all_id("Presiden AS Donald Trump mengatakan dia akan bersikap lebih agresif.") == [
        ("Donald Trump", "dia akan bersikap lebih agresif", "US")]


def test_a_candidate_word_before_a_title_of_the_phrase_does_not_unseat_it():
    # 'former presidential candidate Senator Ted Cruz' sits in the Senate
    got = all_en("On Thursday, former United States presidential candidate Senator Ted Cruz proposed limits. "
                 "\"For too long,\" Cruz said.")
    assert ("Ted Cruz", "For too long", "US") in got


# ---- home units, capacities, officials ------------------------------------------------------

def test_the_navy_information_service_is_the_home_states():
    body = ("Kapal itu ditangkap di perairan Indonesia. Dispenal menerangkan, kapal itu melintas di luar jalur. "
            "\"Tim berhasil menemukan barang bukti,\" sebut Dispenal.")
    assert all_id(body) == [("Dispenal", "kapal itu melintas di luar jalur", "ID"),
                            ("Dispenal", "Tim berhasil menemukan barang bukti", "ID")]


def test_a_person_acting_as_an_international_bodys_envoy_speaks_for_no_state():
    # capacity_markers: 'yang bertindak sebagai Utusan Khusus PBB', 'acting as the UN special coordinator'
    body = ("Ratu Maxima dari Belanda yang bertindak sebagai Utusan Khusus Perserikatan Bangsa-Bangsa (PBB) untuk "
            "Inklusi Keuangan akan membantu Indonesia.\n\nRatu Maxima mengatakan ia dan Pemerintah Indonesia telah "
            "berdiskusi.\n\n\"Kunjungan terakhir saya pada November 2016,\" katanya.")
    assert all_id(body) == [("Maxima", "ia dan Pemerintah Indonesia telah berdiskusi", None),
                            ("Maxima", "Kunjungan terakhir saya pada November 2016", None)]
    assert all_id("Ratu Maxima dari Belanda mengatakan ia dan Pemerintah Indonesia telah berdiskusi.") == [
        ("Maxima", "ia dan Pemerintah Indonesia telah berdiskusi", "NL")]
    assert all_en("Dutch minister Sigrid Kaag, acting as the UN special coordinator for Lebanon, said more work "
                  "was needed.") == [("Sigrid Kaag", "more work was needed", None)]


def test_blairs_ministers_speak_for_britain_in_their_terms():
    # officials.yaml: 'Charles Clarke @ 2001-06-08..2006-05-05', 'Charles Falconer | Lord Falconer'
    got = all_en("Home Secretary Charles Clarke spoke. \"We will act,\" Mr Clarke said. Lord Falconer said the plan "
                 "was fair.", "2005-02-01")
    assert ("Charles Clarke", "We will act", "GB") in got and ("Falconer", "the plan was fair", "GB") in got
    assert all_en("Lord Falconer said the plan was fair.", "2019-05-01") == [("Falconer", "the plan was fair", None)]
    # (and the opposition's leaders, sitting MPs: 'Tory leader Michael Howard')
    assert all_en("Tory leader Michael Howard said the plan was unfair.", "2005-02-01") == [
        ("Michael Howard", "the plan was unfair", "GB")]


# ---- offices read in more phrases ---------------------------------------------------------------

def test_an_agency_astronaut_is_the_agencys_states():
    # profession_heads 'astronaut': 'NASA astronaut Doug Hurley' (the 'A' ending NASA is no article)
    body = ("SpaceX launched its first crewed mission from Florida with NASA astronaut Doug Hurley in a capsule. "
            "Hurley, on radio, said, \"It was incredible\".")
    assert all_en(body) == [("Doug Hurley", "It was incredible", "US")]


def test_a_plural_office_before_two_names_is_both_peoples():
    # _plural_role: 'NASA astronauts Bob Behnken and Doug Hurley'
    body = ("SpaceX launched its first crewed mission from Florida with NASA astronauts Bob Behnken and Doug "
            "Hurley in a capsule. Hurley, on radio, said, \"It was incredible\".")
    assert all_en(body) == [("Doug Hurley", "It was incredible", "US")]
    assert all_en("Senator Elizabeth Warren of Massachusetts and Michael Bloomberg argued. Bloomberg said, "
                  "\"It was incredible\".") == [("Michael Bloomberg", "It was incredible", None)]
