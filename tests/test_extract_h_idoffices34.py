"""Knowledge of the Indonesian state's offices and bodies gives their holders Indonesia (helper h_idoffices34).
Sentences invented for these tests, in the shape of Indonesian news; the names are made up."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country")


# ---- the state's technical units below a ministry or a regional government -------------------------

def test_the_head_of_a_regional_technical_unit_speaks_for_indonesia():
    body = ("Kepala Unit Pelaksana Teknis (UPT) Pasar Kembang, Darto Sulistyo, mengatakan pedagang akan ditertibkan.\n"
            "\"Kami sudah memberi peringatan berkali-kali,\" kata Darto.\n"
            "Kepala UPTD Terminal Bantul Hasan Basri mengatakan bus tambahan sudah disiapkan.")
    assert _speakers(body) == [("Darto Sulistyo", "ID"), ("Darto Sulistyo", "ID"), ("Hasan Basri", "ID")]


def test_the_regional_offices_of_national_services_speak_for_indonesia():
    # the land office, the vehicle tax office, the conservation office, immigration, a prison's head
    body = ("Kepala Kantah Kabupaten Bantul Yudi Prasetya mengatakan sertifikat dibagikan pekan depan.\n"
            "Kepala Samsat Bantul Dedi Kurnia mengatakan pembayaran pajak kendaraan naik.\n"
            "Kepala BKSDA Bantul Dwi Putra mengatakan harimau itu sudah dilepas ke hutan.\n"
            "Kepala Kantor Imigrasi Bantul Bambang Irawan mengatakan paspor bisa diambil besok.\n"
            "Kalapas Bantul Heri Susanto mengatakan narapidana itu sudah dipindahkan.")
    assert _speakers(body) == [("Yudi Prasetya", "ID"), ("Dedi Kurnia", "ID"), ("Dwi Putra", "ID"),
                               ("Bambang Irawan", "ID"), ("Heri Susanto", "ID")]


def test_regional_heads_by_their_short_titles_speak_for_indonesia():
    body = ("Kadisdukcapil Kota Bantul Rina Wati mengatakan KTP elektronik sudah dicetak.\n"
            "Wabup Bantul Anton Wijaya mengatakan jalan itu segera diperbaiki.")
    assert _speakers(body) == [("Rina Wati", "ID"), ("Anton Wijaya", "ID")]


# ---- prosecutors, courts, the legislature's organs, independent commissions -------------------------

def test_a_deputy_attorney_general_by_his_jam_title_is_read_and_speaks_for_indonesia():
    body = "\"Semua bukti sudah kami serahkan ke pengadilan,\" kata JAM-Pidsus Rudi Hartono Siregar."
    assert _speakers(body) == [("Rudi Hartono Siregar", "ID")]


def test_court_officers_and_the_legislatures_organs_speak_for_indonesia():
    body = ("Ketua PTTUN Medan Agus Salim mengatakan sidang ditunda pekan depan.\n"
            "Panitera Pengganti Siti Aminah mengatakan salinan putusan sudah dikirim.\n"
            "Ketua Baleg Andi Saputra mengatakan rancangan undang-undang itu dibahas bulan depan.")
    assert _speakers(body) == [("Agus Salim", "ID"), ("Siti Aminah", "ID"), ("Andi Saputra", "ID")]


def test_state_commissions_and_the_ombudsman_speak_for_indonesia():
    body = ("Ketua KPID Jawa Barat Lina Marlina mengatakan siaran itu melanggar aturan.\n"
            "Kepala Ombudsman Perwakilan Bantul Yusuf Hadi mengatakan laporan warga meningkat.")
    assert _speakers(body) == [("Lina Marlina", "ID"), ("Yusuf Hadi", "ID")]


# ---- what the knowledge must not do -------------------------------------------------------------------

def test_a_foundation_a_firm_or_a_watchdog_named_with_a_state_body_stays_of_no_state():
    body = ("Ketua Yayasan Peduli Samsat Bersih Joko Susilo mengatakan antrean terlalu panjang.\n"
            "Direktur Utama PT Jaya Samsat Mandiri Andi Lukito mengatakan layanan itu sudah dibuka.\n"
            "Direktur LSM Pemantau Peradilan Adi Nugroho mengatakan hakim PN itu harus diperiksa.")
    assert _speakers(body) == [("Joko Susilo", None), ("Andi Lukito", None), ("Adi Nugroho", None)]
    # a short form of a state body that is also a word of names stays a name ('Ma', 'Mahkamah Agung' as MA)
    assert _speakers("Pendiri Jack Ma mengatakan perusahaannya akan berinvestasi.") == [("Jack Ma", None)]

