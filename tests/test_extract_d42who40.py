"""dev42's who-said-what errors (helper d42who, fortieth session): the closing cue 'imbau', the report verb
'menguraikan', and the words before a comma-closed cue inside a sentence. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct, indirect, run


_KPK = ("Ketua KPK Agus Rahardjo menyatakan, tersangka pernah diproses dalam kasus korupsi pada 2006.\n"
        "Setahun menjadi anggota dewan, Latif ikut dalam pemilihan bupati hingga terpilih pada 2016.\n")


# ---- 'imbau' closes a quote as a cue ------------------------------------------------------------

def test_imbau_after_a_quote_names_its_speaker():
    body = _KPK + "\"Mari kita pilih betul-betul calon yang tidak punya catatan buruk,\" imbau Agus.\n"
    assert [s for s, _, _ in direct(run(body))] == ["Agus Rahardjo"]


def test_imbau_as_a_verb_of_the_narrative_is_no_cue():
    body = _KPK + "Pemerintah daerah juga mengimbau warga agar tidak panik."
    assert all(s == "Agus Rahardjo" or s == "Pemerintah daerah" for s, _ in indirect(run(body)))
    assert not direct(run(body))


# ---- 'menguraikan' with a clause reports it; with a noun phrase it does not -------------------------

def test_menguraikan_with_a_comma_and_a_clause_is_a_report():
    body = _KPK + "Agus menguraikan, pembangunan sekolah tersebut dilakukan saat Latif masih menjadi kontraktor."
    assert ("Agus Rahardjo", "pembangunan sekolah tersebut dilakukan saat Latif masih menjadi kontraktor") \
        in indirect(run(body))


def test_menguraikan_a_noun_phrase_is_no_report():
    body = _KPK + "Agus juga menguraikan tugas pokok komisi tersebut."
    assert not any("tugas pokok" in t for _, t in indirect(run(body)))


# ---- a clause before a comma-closed inline cue --------------------------------------------------------

_POLDA = "Kepala Bidang Humas Polda Papua Kombes Ahmad Kamal mengatakan korban dilaporkan setelah penyerangan warga.\n"


def test_clause_before_and_after_the_cue_kept_whole():
    s = ("RN ditangkap sekitar pukul 21.40 WIT, kemudian saat dibawa ke Polres Mimika dengan perahu motor, "
         "kata Kombes Kamal, RN berteriak dan melompat ke laut")
    assert ("Ahmad Kamal", s) in indirect(run(_POLDA + s + "."))


def test_a_connective_before_the_cue_is_left_out():
    s = "Namun, kata Kombes Kamal, RN berteriak dan melompat ke laut sebelum sempat diperiksa"
    assert ("Ahmad Kamal", "RN berteriak dan melompat ke laut sebelum sempat diperiksa") \
        in indirect(run(_POLDA + s + "."))


def test_only_a_date_after_the_cue_leaves_the_clause_before_it():
    body = ("Para wisatawan dapat mengambil cuti pada tanggal 30 dan 31 Agustus untuk berlibur lima hari di Jepang, "
            "kata Skyscanner dalam siaran persnya, Senin (14/8).")
    assert [t for _, t in indirect(run(body))] == [
        "Para wisatawan dapat mengambil cuti pada tanggal 30 dan 31 Agustus untuk berlibur lima hari di Jepang"]


def test_the_subject_before_the_cue_stays_with_its_clause():
    body = ("Seorang pemilik bengkel, Wn, mengaku pernah ditawari jasa calo.\n"
            "Besaran tarif yang diminta calo, sambung Wn, berkisar antara Rp 250 ribu sampai Rp 350 ribu.")
    assert any(t.startswith("Besaran tarif yang diminta calo, sambung Wn, berkisar") for _, t in indirect(run(body)))


def test_a_report_verb_after_the_cue_stays_its_own_report():
    body = ("Kota tua itu semakin terancam oleh pertempuran di sekitarnya, kata Dewan Pusaka Dunia pada Senin (20/02), "
            "meminta semua pihak menjaga situs itu.")
    texts = [t for _, t in indirect(run(body))]
    assert "Kota tua itu semakin terancam oleh pertempuran di sekitarnya" in texts


# ---- a regulation is no person a later 'dia' means ----------------------------------------------------

def test_dia_after_a_regulation_is_the_officer_quoted_before():
    body = ("Kasubdit Bin Gakkum Ditlantas Polda Metro Jaya, AKBP Budiyanto mengatakan belum mendapat laporan.\n"
            "Sebagaimana diketahui, Peraturan Pemerintah Nomor 15 tahun 2005 pasal 38 Ayat (1), menjelaskan bahwa "
            "jalan tol hanya diperuntukkan bagi kendaraan roda empat atau lebih.\n"
            "Lebih lanjut, dia juga meminta operator jalan tol memperketat penjagaan di pintu masuk.")
    got = indirect(run(body))
    assert ("Budiyanto", "meminta operator jalan tol memperketat penjagaan di pintu masuk") in got


def test_a_person_after_a_regulation_still_speaks():
    body = ("Peraturan Pemerintah Nomor 15 tahun 2005 mengatur jalan tol.\n"
            "Menteri Perhubungan Budi Karya Sumadi mengatakan aturan itu masih berlaku.")
    assert ("Budi Karya Sumadi", "aturan itu masih berlaku") in indirect(run(body))


# ---- a body named by a list of its fields speaks in full ----------------------------------------------

def test_a_body_named_by_its_fields_speaks_in_full():
    body = ("Badan Meteorologi, Klimatologi dan Geofisika memastikan isu gempa susulan yang beredar di masyarakat "
            "adalah berita bohong.")
    assert [s for s, _ in indirect(run(body))] == ["Badan Meteorologi, Klimatologi dan Geofisika"]


def test_a_body_named_by_its_fields_and_its_short_form():
    body = ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan gempa yang berpusat di perairan "
            "Filipina itu tidak berpotensi tsunami.")
    assert [(s, c) for s, c in [(q["speaker"], q["country"]) for q in run(body)["quotes"]]] == [
        ("Badan Meteorologi, Klimatologi, dan Geofisika", "ID")]


def test_an_officer_of_a_body_named_by_its_fields_still_speaks():
    body = ("Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi DKI Jakarta Andri Yansyah menyebutkan pelatihan "
            "yang digelar di kantornya tidak dipungut biaya.")
    assert [s for s, _ in indirect(run(body))] == ["Andri Yansyah"]
