"""Country readings from the thirty-ninth session's census of Indonesian quotes: a state's name after a word for
its people (refugees, citizens) says where they come from, not where the story is; sport's own posts (a
tournament's director, a club's sporting director, a club named in English, a national federation) are no
state's office. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body, title="T"):
    return quote_fields(body, "speaker", "role", "country", title=title)


# ---- a state's name after a word for its people does not make the story that state's ----------

_REFUGEES = ("Goma (ANTARA News) - Tentara menembak mati 20 pengungsi Sudan Selatan dalam bentrokan di "
             "Republik Demokratik Kongo bagian timur, Sabtu.\n\n"
             "Pengungsi Sudan Selatan mengatakan bahwa lebih dari 30 orang telah dibunuh.\n\n"
             "Pejabat Kementerian Dalam Negeri Jean Mbala mengatakan bentrokan dimulai setelah sekelompok "
             "pengungsi menyerbu penjara untuk menuntut pembebasan empat warga Sudan Selatan.")


def test_refugees_named_by_their_state_do_not_make_the_story_theirs():
    found = dict((s, c) for s, _, c in _speakers(_REFUGEES, title="Pengungsi Sudan Selatan tewas di RD Kongo"))
    assert found["Jean Mbala"] == "CD"


def test_a_state_named_as_the_scene_still_makes_the_story_its_own():
    # not: 'di Sudan Selatan', 'Pemerintah Sudan Selatan' name the state itself, not its people
    body = ("Juba (ANTARA News) - Tentara menembak mati 20 orang dalam bentrokan di Sudan Selatan bagian timur, "
            "Sabtu.\n\n"
            "Pemerintah Sudan Selatan menyatakan bahwa penyelidikan akan segera dibuka.\n\n"
            "Pejabat Kementerian Dalam Negeri Jean Mbala mengatakan bentrokan dimulai setelah sekelompok "
            "warga menyerbu penjara.")
    found = dict((s, c) for s, _, c in _speakers(body, title="Bentrokan di Sudan Selatan"))
    assert found["Jean Mbala"] == "SS"


# ---- sport's own posts and bodies speak for no state -------------------------------------------

def test_a_tournaments_director_speaks_for_no_state():
    body = ("Keputusan itu diumumkan langsung oleh Direktur Turnamen Jepang Terbuka 2018, Kenji Sato, pada Senin.\n\n"
            "\"Sangat disayangkan dia tidak dapat datang ke Tokyo pada tahun ini,\" kata Sato.")
    assert [(s, c) for s, _, c in _speakers(body)] == [("Kenji Sato", None)]


def test_a_clubs_sporting_director_named_by_its_city_speaks_for_no_state():
    body = ("Meski direktur olahraga Roma, Marco Bianchi, belum lama ini menegaskan bahwa pemain itu akan "
            "bertahan di klub, laporan yang beredar mengklaim sebaliknya.")
    assert [(s, c) for s, _, c in _speakers(body)] == [("Marco Bianchi", None)]


def test_a_club_named_in_english_is_no_state_body():
    body = ("\"Bantuan yang diberikan akan sangat berarti bagi perempuan Papua,\" kata presiden Rotary Club Jakarta "
            "Menteng Rosa Dewi di Jakarta, Senin.")
    assert [c for _, _, c in _speakers(body)] == [None]


def test_a_national_sports_federations_official_speaks_for_no_state():
    body = ("\"Kami memeriksa apakah timnas senior bisa kami turunkan,\" kata Deputi Sekjen PSSI Bidang Sepak Bola "
            "Budi Hartono di Jakarta, Senin.")
    assert [(s, c) for s, _, c in _speakers(body)] == [("Budi Hartono", None)]


def test_a_state_office_in_apposition_before_the_name_keeps_its_state():
    # not: the office before the name, of the state's own body, is the home state's
    body = ("Keputusan itu diumumkan oleh Direktur Jenderal Imigrasi, Ronny Sompie, pada Senin.\n\n"
            "\"Paspor itu sudah kami cabut,\" kata Ronny.")
    assert _speakers(body) == [("Ronny Sompie", "Direktur Jenderal Imigrasi", "ID")]
