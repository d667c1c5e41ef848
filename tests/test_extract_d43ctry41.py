"""Countries of Indonesian speakers (helper d43ctry, forty-first session): a lower-case 'komisioner' after a
former-word, 'Lalu lintas' inside an office, a titled full name coordinated with a second office, academic
titles after an office in apposition, and an unnamed authority of the place just named. Sentences invented
for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country")


# ---- 'mantan komisioner KPU NAME': the former-word reaches the office, which is no longer held -----------

def test_former_commissioner_in_lower_case_holds_no_office():
    body = ("Dalam kesempatan yang sama, mantan komisioner Komisi Pemilihan Umum (KPU) Hadi Purnama Gunawan "
            "menyampaikan hal serupa.\n\n"
            "“Ini waktu yang pendek,” kata Hadi.")
    assert _who(body) == [("Hadi Purnama Gunawan", "mantan komisioner Komisi Pemilihan Umum (KPU)", None)]


def test_sitting_commissioner_in_lower_case_speaks_for_the_state():
    body = ("Dalam kesempatan yang sama, komisioner Komisi Pemilihan Umum (KPU) Hadi Purnama Gunawan "
            "menyampaikan hal serupa.\n\n"
            "“Ini waktu yang pendek,” kata Hadi.")
    assert _who(body) == [("Hadi Purnama Gunawan", "komisioner Komisi Pemilihan Umum (KPU)", "ID")]


# ---- 'Direktur Lalu lintas Keimigrasian ..., NAME': 'Lalu' opens no name here -----------------------------

def test_traffic_directorate_in_an_office_before_the_name():
    body = ("“Pelayanan ini untuk memudahkan masyarakat,” kata Direktur Lalu lintas Keimigrasian Ditjen Imigrasi "
            "Kemenkumham, Cahyo Kusnadi, di Solo, Jumat (25/8).")
    assert _who(body) == [("Cahyo Kusnadi", "Direktur Lalu lintas Keimigrasian Ditjen Imigrasi Kemenkumham", "ID")]


def test_traffic_in_lower_case_after_a_name_runs_on_to_nothing():
    # ('lintas' joins capitalised words inside an office only: after the name the phrase ends as before)
    body = "“Jalan ditutup sementara,” kata Kasatlantas Polres Bogor Hadi Santoso lintas kota, Jumat (25/8)."
    assert _who(body) == [("Hadi Santoso", "Kasatlantas Polres Bogor", "ID")]


# ---- 'anggota Komisi II DPR NAME dan Direktur Utama PT. X, NAME2': the first is a legislator ---------------

def test_titled_name_coordinated_with_a_nameless_office():
    body = ("Penyidik KPK juga menjadwalkan pemeriksaan anggota Komisi II DPR dari Fraksi Golkar Marius Nardi "
            "dan Direktur Utama PT. Multidata Jaya Teknologi, Wira Nusa Najoan.\n\n"
            "Marius menegaskan tak pernah menerima uang dari proyek itu.")
    assert _who(body) == [("Marius Nardi", "anggota Komisi II DPR dari Fraksi Golkar", "ID")]


def test_untitled_name_coordinated_with_a_nameless_office_gets_no_office():
    # (no office before the first name: nothing to give it, as before)
    body = ("Penyidik KPK juga menjadwalkan pemeriksaan Marius Nardi dan Direktur Utama PT. Multidata Jaya "
            "Teknologi, Wira Nusa Najoan.\n\n"
            "Marius menegaskan uang itu sudah dikembalikan.")
    assert [(r, c) for _, r, c in _who(body)] == [(None, None)]


# ---- 'Duta Besar Israel untuk Selandia Baru, Dr. NAME': the title is no office ----------------------------

def test_academic_title_after_an_office_in_apposition():
    body = ("Setelah keputusan itu, Duta Besar Israel untuk Selandia Baru, Dr. Itzhak Gerber menuliskan surat "
            "terbuka.\n\n"
            "“Sangat disesalkan bahwa Anda membatalkan konser,” tulis Gerber.")
    assert _who(body) == [("Itzhak Gerber", "Duta Besar Israel untuk Selandia Baru", "IL")]


def test_academic_title_alone_stays_the_role():
    body = ("Dr. Chris Colwin dari sebuah universitas di California meneliti kebiasaan makan malam.\n\n"
            "“Kebiasaan ini merusak,” kata Colwin.")
    assert _who(body) == [("Chris Colwin", "Dr.", None)]


# ---- 'Otoritas setempat' after the place: that place's state, though named once ---------------------------

def test_local_authority_of_a_place_named_once():
    body = ("Setidaknya 1000 orang terluka usai sebuah ledakan keras memicu kepanikan di Piazza San Carlo, "
            "Turin, saat ribuan penggemar menonton final.\n\n"
            "Otoritas setempat menyebut kericuhan mendadak pecah 10 menit sebelum pertandingan berakhir. Usai "
            "investigasi, otoritas menyebut ledakan disebabkan oleh kembang api.")
    assert _who(body)[0] == ("Otoritas setempat", None, "IT")


def test_unplaced_authority_needs_the_place_twice_as_before():
    body = ("Setidaknya 1000 orang terluka usai sebuah ledakan keras memicu kepanikan di Piazza San Carlo, "
            "Turin, saat ribuan penggemar menonton final.\n\n"
            "Pihak berwenang menyebut kericuhan mendadak pecah 10 menit sebelum pertandingan berakhir.")
    assert _who(body) == [("Pihak berwenang", None, None)]


def test_local_police_in_a_story_set_in_las_vegas():
    body = ("Pelaku penembakan di festival musik Las Vegas, Stephen Paddle (64), menimbun senjata selama "
            "beberapa dekade.\n\n"
            "Anggota kepolisian setempat, Clark Joseph Lombardi, mengatakan pelaku telah lama merencanakan "
            "serangan tersebut.\n\n"
            "Sedikitnya 59 orang tewas akibat peluru yang ditembakkan Paddle dari lantai 32 hotel di Las Vegas, "
            "pada Senin (2/10).")
    assert _who(body) == [("Clark Joseph Lombardi", "Anggota kepolisian setempat", "US")]
