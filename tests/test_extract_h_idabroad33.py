"""A state's body or officer named without a state, in an Indonesian story set in one foreign state,
speaks for that state (helper h_idabroad33). Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str, title: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country", title=title)


# ---- 'kata polisi setempat, NAME': the officer holds the force's office, of the story's state ------

_RIVER = ("Dua nelayan selamat setelah perahu mereka terbalik di sebuah sungai di Queensland, Australia. "
          "Polisi Australia menyisir sungai itu sejak pagi.\n")


def test_an_officer_described_as_local_police_before_his_name_speaks_for_the_story_state():
    body = _RIVER + ("\"Mereka sangat beruntung karena sungai itu penuh buaya,\" kata polisi setempat, "
                     "Mark Halloway, dikutip dari ABC.\n\"Kami masih mencari perahunya,\" kata Halloway.")
    assert _quotes(body, "Perahu terbalik di Australia") == [
        ("Mark Halloway", "polisi setempat", "AU"), ("Mark Halloway", "polisi setempat", "AU")]


def test_a_description_that_is_no_force_gives_the_named_person_no_office():
    # a lawyer is no state's officer: no role, no state
    body = _RIVER + "\"Klien kami tidak bersalah,\" kata pengacaranya, Mark Halloway, dikutip dari ABC."
    assert _quotes(body, "Perahu terbalik di Australia") == [("Mark Halloway", None, None)]


# ---- 'Pemerintah', 'Mahkamah Agung' named bare in a story mostly about one foreign state -------------

def test_the_bare_government_in_a_story_mostly_about_kenya_is_kenyas():
    body = ("Kebakaran melanda sebuah asrama sekolah di Nairobi, Kenya, pada Sabtu dini hari. Polisi Kenya "
            "masih menyelidiki penyebabnya. Sekolah itu salah satu yang terbaik di Kenya.\n"
            "Pemerintah meminta sekolah itu ditutup selama sepekan untuk kepentingan penyelidikan.")
    assert _quotes(body, "Kebakaran asrama di Kenya") == [("Pemerintah", None, "KE")]


def test_the_bare_supreme_court_in_a_story_mostly_about_india_is_indias():
    body = ("Polusi udara di India kian parah. Kota-kota besar di India diselimuti kabut asap.\n"
            "Pada 2019, Mahkamah Agung menyatakan bahwa sejumlah monumen tua telah menghitam akibat asap pabrik.")
    assert _quotes(body, "Polusi di India") == [("Mahkamah Agung", None, "IN")]


def test_the_bare_government_in_a_story_of_indonesians_abroad_is_not_the_foreign_one():
    # Indonesia is named (and its embassy): 'Pemerintah' may be the home government, never Malaysia's
    body = ("Sebanyak 40 WNI ditahan di Johor, Malaysia. Kedutaan Besar Indonesia di Kuala Lumpur sudah "
            "menemui mereka. Polisi Malaysia menyebut mereka tidak punya izin kerja. Keluarga di Indonesia "
            "menunggu kabar. Malaysia memperketat razia.\n"
            "Pemerintah meminta para pekerja itu segera dipulangkan ke Indonesia.")
    assert [c for s, r, c in _quotes(body, "WNI ditahan di Malaysia") if s == "Pemerintah"] != ["MY"]


# ---- 'Sumber keamanan mengatakan ...': a security source of the story's state ----------------------

def test_a_security_source_in_a_story_set_in_iraq_is_iraqs():
    body = ("Bom meledak di sebuah pasar di Mosul, Irak, pada Selasa. Tentara Irak menutup jalan menuju pasar. "
            "Warga Irak panik.\n\nSumber keamanan mengatakan bahwa dua orang bersenjata menyerbu pasar itu pada "
            "pagi hari.")
    assert _quotes(body, "Bom di pasar Mosul") == [("Sumber keamanan", None, "IQ")]
