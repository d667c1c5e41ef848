"""Indonesian indirect speech (helper h_idwho23): report verbs of urging, revealing, giving an example,
projecting and guaranteeing, which report a clause but not a noun phrase; modal predicates that make a
report verb's complement a clause. Sentences invented for these tests, in the shape of Indonesian online
news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _q(body: str):
    return quote_fields(body, "speaker", "kind", "text")


# ---- 'mendorong': urging with a clause is a report; boosting a thing is not ---------------------------

def test_urging_with_agar_is_a_report():
    body = ("Gubernur Jawa Tengah Rudi Hartono meninjau kawasan industri di Kendal.\n"
            "Ia mendorong agar industri padat karya diperbanyak di provinsi ini.")
    assert ("Rudi Hartono", "indirect", "industri padat karya diperbanyak di provinsi ini") in _q(body)
    # (boosting a thing is no report)
    body = ("Kementerian Perindustrian mendorong percepatan investasi di kawasan industri baru.\n"
            "Menteri Perindustrian Agus Wibowo mendorong agar industri padat karya diperbanyak di daerah.")
    assert [t for _, _, t in _q(body)] == ["industri padat karya diperbanyak di daerah"]


def test_urging_an_addressee_to_act_is_a_report():
    body = ("Anggota Komisi IX DPR Andi Wijaya menyoroti kasus keracunan di sekolah.\n"
            "Andi juga mendorong dinas kesehatan memeriksa semua dapur penyedia makanan.")
    assert ("Andi Wijaya", "indirect", "dinas kesehatan memeriksa semua dapur penyedia makanan") in _q(body)


def test_boosting_joined_inside_a_report_does_not_cut_it():
    body = ("Ekonom Budi Santoso mengatakan jalan tol baru itu akan memangkas ongkos angkut petani, "
            "dan mendorong belanja warga desa.")
    assert _q(body) == [("Budi Santoso", "indirect",
                         "jalan tol baru itu akan memangkas ongkos angkut petani, dan mendorong belanja warga desa")]


# ---- revealing, giving an example, projecting, guaranteeing -----------------------------------------

def test_revealing_with_bahwa_is_a_report():
    body = ("Kepala Kanwil Kementerian Hukum Jawa Barat Hasan Basri memberikan penjelasan.\n"
            "Di depan anggota dewan, ia membeberkan bahwa warga binaan tetap boleh dikunjungi keluarga dua kali sepekan.")
    assert ("Hasan Basri", "indirect", "warga binaan tetap boleh dikunjungi keluarga dua kali sepekan") in _q(body)


def test_giving_an_example_with_a_clause_is_a_report():
    body = ("Penyidik senior Agus Salim menjelaskan modus para pelaku.\n"
            "Agus mencontohkan, gudang yang tercatat berisi seribu karung pupuk ternyata hanya menyimpan separuhnya.")
    assert ("Agus Salim", "indirect",
            "gudang yang tercatat berisi seribu karung pupuk ternyata hanya menyimpan separuhnya") in _q(body)


def test_projecting_a_clause_is_a_report():
    body = ("Ekonom Andri Kurniawan memberikan pandangannya soal suku bunga.\n"
            "Andri memproyeksikan harga gabah di tingkat petani akan naik menjelang musim tanam.")
    assert ("Andri Kurniawan", "indirect", "harga gabah di tingkat petani akan naik menjelang musim tanam") in _q(body)


def test_guaranteeing_a_clause_is_a_report_but_a_thing_guaranteed_is_not():
    body = ("Kuasa hukum Yudi Pratama menanggapi penetapan tersangka kliennya.\n"
            "Dia menjamin pengusaha katering itu akan hadir pada pemeriksaan pekan depan.")
    assert ("Yudi Pratama", "indirect", "pengusaha katering itu akan hadir pada pemeriksaan pekan depan") in _q(body)
    body = ("Direktur Utama PT Jalan Raya Sentosa Yudi Pratama meresmikan gerbang tol baru.\n"
            "Perusahaan itu menjamin kelancaran distribusi logistik di jalur utama.")
    assert [t for _, _, t in _q(body)] == []


def test_advice_with_berpesan_is_a_report():
    body = ("Menteri Agama Nur Hidayat menghadiri peringatan hari santri di Surabaya.\n"
            "Sebelum pulang, Nur Hidayat berpesan agar para santri rajin membaca buku sejarah.")
    got = _q(body)
    assert [(s, k) for s, k, _ in got] == [("Nur Hidayat", "indirect")]
    assert "para santri rajin membaca buku sejarah" in got[0][2]


# ---- modal predicates in a report verb's complement ----------------------------------------------------

def test_a_duty_modal_makes_the_complement_a_clause():
    body = ("Kepala Otorita IKN Basuki Rahman meninjau bekas tambang ilegal.\n"
            "Ia pun menyebut setiap pemilik konsesi wajib menanam kembali lahan yang sudah digali.")
    assert ("Basuki Rahman", "indirect",
            "setiap pemilik konsesi wajib menanam kembali lahan yang sudah digali") in _q(body)


def test_a_colloquial_future_makes_the_complement_a_clause():
    body = ("Menteri Perdagangan Rudi Lestari berbicara di pasar induk.\n"
            "Rudi menyebut harga cabai di pasar induk bakal turun pekan depan.")
    assert ("Rudi Lestari", "indirect", "harga cabai di pasar induk bakal turun pekan depan") in _q(body)


def test_what_prompted_an_act_is_no_report():
    # 'yang mendorong X untuk ...' after a warning: the warning prompted it, no second report of the subject
    body = ("Presiden Negara Utara Budi Santoso memperingatkan tetangganya pekan lalu bahwa sanksi dagang akan "
            "berlaku jika latihan militer berlanjut, yang mendorong Negara Selatan untuk menyatakan bahwa latihan "
            "itu hanya akan digelar sehari.")
    assert [(s, t) for s, _, t in _q(body)] == [
        ("Budi Santoso", "sanksi dagang akan berlaku jika latihan militer berlanjut")]
    body = ("Kepala Dinas Kesehatan Rina Wulandari memantau penurunan kasus.\n"
            "Jam malam di kota itu yang mendorong pemilik warung tutup lebih awal dinilai berhasil.")
    assert [s for s, _, _ in _q(body)] == []


# ---- a pronoun subject of a second report joined to the first ---------------------------------------

def test_a_pronoun_before_the_joiner_goes_with_the_second_report():
    body = ("Menteri Keuangan Budi Santoso hadir di acara itu. Menurutnya harga yang stabil dapat menjaga "
            "ketenangan warga, ia lalu menyebutkan pemerintah lama dapat bertahan selama puluhan tahun.")
    assert [t for _, _, t in _q(body)] == ["harga yang stabil dapat menjaga ketenangan warga",
                                           "pemerintah lama dapat bertahan selama puluhan tahun"]
    body = ("Menteri Keuangan Budi Santoso hadir di acara itu. Budi mengatakan harga yang stabil dapat menjaga "
            "ketenangan warga, ia lalu menyebutkan pemerintah lama dapat bertahan selama puluhan tahun.")
    assert [t for _, _, t in _q(body)] == ["harga yang stabil dapat menjaga ketenangan warga",
                                           "pemerintah lama dapat bertahan selama puluhan tahun"]


def test_a_thing_boosted_does_not_hide_the_report_after_it():
    body = ("Presiden Negara Utara Budi Santoso sebelumnya mendorong seluruh produksi ponsel kembali ke dalam "
            "negeri dan sempat memperingatkan Andi Wijaya agar tak memperluas pabrik di luar negeri.")
    assert [(s, t) for s, _, t in _q(body)] == [
        ("Budi Santoso", "Andi Wijaya agar tak memperluas pabrik di luar negeri")]
