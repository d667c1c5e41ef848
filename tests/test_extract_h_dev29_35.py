"""Roles and states of speakers from the census of dev29's errors (helper h_dev29_35): a fronted phrase opens
no office, a legislator's lower-case faction and an elect's 'terpilih' belong to the office before the name,
and a Perum or a 'Gabungan ...' industry federation speaks for no state.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country")


# ---- 'Dalam pidato aslinya, NAME': the fronted phrase is no office ------------------------------------

def test_a_fronted_phrase_opening_with_dalam_is_not_the_persons_office():
    body = ("Menteri Keuangan Rina Hartati mengatakan belanja pegawai naik tahun ini.\n"
            "Dalam pidato aslinya, Rina Hartati menyebut gaji guru menjadi tantangan bagi anggaran negara.\n"
            "\"Kita harus mencari jalan keluar bersama,\" kata Rina.")
    assert {r for _, r, _ in _who(body)} == {"Menteri Keuangan"}


def test_a_fronted_indictment_phrase_gives_no_firms_office_to_the_legislator():
    body = ("KPK menahan Anggota Komisi III DPR Budi Santoso Wirya setelah ia diperiksa sebagai tersangka.\n"
            "\"Saya minta maaf kepada warga di daerah pemilihan saya,\" kata Budi Santoso.\n"
            "Dalam dakwaan Direktur PT Sinar Jaya Makmur Rudi Hartono, Budi Santoso Wirya disebut menerima uang.")
    assert _who(body) == [("Budi Santoso Wirya", "Anggota Komisi III DPR", "ID")]


def test_an_indefinite_article_still_opens_a_description_before_the_name():
    body = "Seorang penulis dan editor lepas, Rina Hartati, mengatakan ia ikut berunjuk rasa karena marah atas kebijakan itu.\n"
    assert _who(body) == [("Rina Hartati", "penulis dan editor lepas", None)]


# ---- 'anggota Komisi V DPR dari fraksi Partai X NAME': a sitting legislator ---------------------------

def test_a_lower_case_faction_runs_the_legislators_office_on_to_the_name():
    body = ("KPK menahan anggota Komisi V DPR dari fraksi Partai Nusantara (PN) Budi Wirya setelah ia diperiksa.\n"
            "\"Saya minta maaf kepada konstituen saya,\" kata Budi.")
    assert _who(body) == [("Budi Wirya", "anggota Komisi V DPR dari fraksi Partai Nusantara (PN)", "ID")]


def test_a_partys_own_chair_still_speaks_for_no_state():
    body = "Ketua Umum Partai Nusantara Budi Wirya mengatakan partainya akan mendukung calon itu dalam pemilihan.\n"
    assert _who(body) == [("Budi Wirya", "Ketua Umum Partai Nusantara", None)]


# ---- 'Wakil Gubernur DKI terpilih NAME': elected, not yet in office -----------------------------------

def test_an_elect_after_the_office_is_the_named_person_of_no_state_yet():
    body = ("Wakil Gubernur Jawa Barat terpilih Rudi Santosa mengatakan kuasa hukumnya sudah kembali dari libur.\n"
            "\"Saya tidak khawatir dipanggil,\" kata Rudi.")
    assert _who(body) == [("Rudi Santosa", "Wakil Gubernur Jawa Barat terpilih", None)] * 2


def test_a_sitting_vice_governor_keeps_the_state():
    body = "Wakil Gubernur Jawa Barat Rudi Santosa mengatakan kuasa hukumnya sudah kembali dari libur panjang.\n"
    assert _who(body) == [("Rudi Santosa", "Wakil Gubernur Jawa Barat", "ID")]


# ---- a Perum's and an industry federation's officers speak for no state -------------------------------

def test_the_head_of_a_perum_speaks_for_a_company():
    body = "\"Harga bawang turun pekan ini,\" kata Kepala Perum Pangan Divre DKI Jakarta, Budi Hartono, Minggu.\n"
    assert _who(body) == [("Budi Hartono", "Kepala Perum Pangan Divre DKI Jakarta", None)]


def test_the_chair_of_a_gabungan_of_firms_speaks_for_an_industry():
    body = ("Ketua Umum Gabungan Industri Mesin Indonesia (Gimin) Rudi Hartono mengatakan ekspor mesin pertanian "
            "naik 20 persen tahun ini.\n")
    assert _who(body) == [("Rudi Hartono", "Ketua Umum Gabungan Industri Mesin Indonesia (Gimin)", None)]


def test_a_joint_staff_and_a_housing_ministry_remain_the_states():
    body = ("Ketua Kepala Staf Gabungan Amerika Serikat Jenderal Mark Milley mengatakan pasukan negaranya siap "
            "dikirim ke kawasan itu.\n"
            "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadi mengatakan jalan tol itu akan selesai bulan depan.\n")
    assert [(s, c) for s, _, c in _who(body)] == [("Mark Milley", "US"), ("Basuki Hadi", "ID")]
