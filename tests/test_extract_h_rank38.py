"""Role text and name boundaries in Indonesian text (helper h_rank38): a rank between the office and the
name is the man's, an acting holder's 'Pelaksana tugas' opens the role, a former office named alone is the
person spoken of, 'Haji' and 'Mbak' before a name are titles. Sentences invented for these tests, in the
shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _who(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "role")


# ---- a rank between the office and the name is left out of the role --------------------------------

def test_a_rank_between_the_office_and_the_name_is_not_part_of_the_role():
    body = ("\"Pelaku sudah kami amankan di rumahnya,\" kata Kapolres Mamuju AKBP Hendra Kusnadi.\n"
            "\"Barang bukti dibawa ke markas,\" ujar Kepala Divisi Humas Polri Brigadir Jenderal Pol Teguh Wiratama.\n"
            "\"Semua pos dijaga sejak pagi,\" kata Panglima Kodam Jenderal TNI Rudi Santosa.")
    assert _who(body) == [("Hendra Kusnadi", "Kapolres Mamuju"),
                          ("Teguh Wiratama", "Kepala Divisi Humas Polri"),
                          ("Rudi Santosa", "Panglima Kodam")]


def test_a_rank_word_that_closes_an_office_or_is_the_whole_role_stays():
    # 'Sekretaris Jenderal' is an office; a rank alone is all the sheet knows of the man; and the
    # rank before the name still goes ('Kapolsek Tambun Kompol')
    body = ("\"Anggaran sudah kami ajukan,\" kata Sekretaris Jenderal Dewi Larasati.\n"
            "\"Pelaku masih kami cari,\" kata Kombes Yusri Anwar.\n"
            "\"Jalan ditutup sementara,\" kata Kapolsek Tambun Kompol Wahyu Nugroho.")
    assert _who(body) == [("Dewi Larasati", "Sekretaris Jenderal"), ("Yusri Anwar", "Kombes"),
                          ("Wahyu Nugroho", "Kapolsek Tambun")]


# ---- 'Pelaksana tugas' with its second word in lower case opens the role ----------------------------

def test_an_acting_holder_written_pelaksana_tugas_is_not_a_speaker_named_pelaksana():
    body = ("\"Terima kasih kepada semua relawan,\" ujar Pelaksana tugas Gubernur Sulawesi Barat, Hendra Kusnadi, "
            "dalam sambutannya di Mamuju, Sabtu (20/5).\n"
            "\"Gedung baru dibuka bulan depan,\" kata Pelaksana harian Kepala Dinas Pendidikan Teguh Wiratama.")
    assert _who(body) == [("Hendra Kusnadi", "Pelaksana tugas Gubernur Sulawesi Barat"),
                          ("Teguh Wiratama", "Pelaksana harian Kepala Dinas Pendidikan")]


# ---- a former office named alone is the person the article spoke of ---------------------------------

def test_a_former_office_with_no_name_as_subject_is_the_person_spoken_of():
    body = ("Menteri Perdagangan Rina Kartikasari meninjau pasar di Bekasi, Senin (3/4).\n"
            "\"Harga beras masih stabil,\" kata Rina.\n"
            "Mantan Direktur Pelaksana Dana Pangan Dunia menyatakan, pasokan beras cukup sampai akhir tahun.")
    assert [s for s, _ in _who(body)] == ["Rina Kartikasari", "Rina Kartikasari"]
    # (not when the last person named holds that office now: 'mantan' is her predecessor)
    body = ("Direktur Pelaksana Dana Pangan Dunia Rina Kartikasari meninjau pasar di Bekasi, Senin (3/4).\n"
            "Mantan Direktur Pelaksana Dana Pangan Dunia menyatakan, pasokan beras cukup sampai akhir tahun.")
    assert [s for s, _ in _who(body)] == ["Mantan Direktur Pelaksana Dana Pangan Dunia"]


def test_a_former_office_closed_by_ini_after_the_years_it_was_held_is_the_person_spoken_of():
    body = ("Menteri Perdagangan Rina Kartikasari meninjau pasar di Bekasi, Senin (3/4).\n"
            "\"Harga beras masih stabil di semua pasar,\" imbuh mantan Putri Pariwisata 2005 ini.\n"
            "\"Stok gula juga aman,\" kata mantan Ketua Mahkamah Agung 2008 - 2013 itu.")
    assert [s for s, _ in _who(body)] == ["Rina Kartikasari", "Rina Kartikasari"]


# ---- 'Haji' and 'Mbak' before a name are titles -----------------------------------------------------

def test_haji_and_mbak_before_a_name_are_titles_not_part_of_it():
    body = ("\"Sapi tahun ini lebih mahal,\" kata Haji Doni di Depok.\n"
            "Mbak Narti mengatakan, warungnya ramai setiap akhir pekan.\n"
            # (not a title of an office: 'Ibadah Haji' of a committee's name stays in its role)
            "Ketua Panitia Penyelenggara Ibadah Haji Rudi Santosa mengatakan, kuota tahun ini naik.")
    assert _who(body) == [("Doni", "Haji"), ("Narti", None),
                          ("Rudi Santosa", "Ketua Panitia Penyelenggara Ibadah Haji")]


def test_a_former_office_is_not_a_registry_person_met_by_one_common_word():
    # (a site's people.yaml lists someone under a word the story uses as a common noun, 'umat
    # Islam': that mention names nobody in full here, so the former office is the person the
    # story did name in full)
    from generator.content import Registries
    from generator.models import PersonEntry

    body = ("Menteri Keuangan Sri Wahyuningsih meminta aparat menindak penyebar isu penarikan dana.\n"
            "\"Isu itu tidak benar,\" kata Sri Wahyuningsih di Jakarta, Senin.\n"
            "Menurut dia, umat Islam tidak perlu terpancing ajakan tersebut.\n"
            "Mantan Direktur Pelaksana Bank Dunia menyatakan, ekonomi yang stabil dibutuhkan pemerintah.")
    registries = Registries(people=[PersonEntry(name="Abu Rahmatullah", aliases=["Islam"])])
    speakers = [q["speaker"] for q in run(body, registries=registries)["quotes"]]
    assert speakers and "Abu Rahmatullah" not in speakers and speakers[-1] == "Sri Wahyuningsih"
