"""Indonesian recall (h_idmiss50, thirty-sixth session): bare-clause reports after a named speaker that were not
read (a cleft 'X itulah yang ...', a noun predicate after a relative clause closed by its demonstrative, 'kena'
as a predicate, 'beralasan'/'berdalih' with a clause and no comma, 'merincikan' and 'mengamini' with a clause),
and a party's lawyers with no name given ('Kuasa hukum menyebut ...') as the speaker. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields

OPENING = "Menteri Perhubungan Budi Santoso meninjau Pelabuhan Tanjung Priok pada Senin.\n"


def _quotes(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


def _texts(body: str) -> list[str]:
    return [t for _, t in _quotes(body)]


# --- a cleft in the complement ---

def test_a_cleft_with_itulah_is_a_clause():
    body = OPENING + ("Kapolres Bogor AKBP Rudi Hartono menyebut transaksi uang yang besar menjelang Lebaran itulah "
                      "yang menjadi incaran perampok.")
    assert ("Rudi Hartono", "transaksi uang yang besar menjelang Lebaran itulah yang menjadi incaran perampok") \
        in _quotes(body)


def test_a_cleft_with_merekalah_is_a_clause():
    body = OPENING + "Budi menyebut merekalah yang bertanggung jawab atas kerusuhan di pelabuhan itu."
    assert ("Budi Santoso", "merekalah yang bertanggung jawab atas kerusuhan di pelabuhan itu") in _quotes(body)


# --- a noun predicate after a relative clause closed by its demonstrative ---

def test_a_noun_predicate_after_a_relative_clause_and_itu():
    body = OPENING + "Budi menyebut dua petugas yang terkena operasi itu anggota Satlantas Polres Bogor."
    assert ("Budi Santoso", "dua petugas yang terkena operasi itu anggota Satlantas Polres Bogor") in _quotes(body)


def test_a_time_after_the_demonstrative_is_no_predicate():
    body = OPENING + "Polisi mengungkap kasus yang menjerat pejabat itu pekan lalu."
    assert not any(t.startswith("kasus yang menjerat") for t in _texts(body))


def test_a_count_after_the_demonstrative_is_no_predicate():
    body = OPENING + "Budi menyebut nama pejabat yang terlibat itu satu per satu."
    assert not any(t.startswith("nama pejabat") for t in _texts(body))


# --- 'kena' as a predicate ---

def test_kena_is_the_predicate_of_a_confirmed_clause():
    body = OPENING + "Budi membenarkan Kepala Dinas Perhubungan Ahmad Yani kena operasi tangkap tangan KPK."
    assert ("Budi Santoso", "Kepala Dinas Perhubungan Ahmad Yani kena operasi tangkap tangan KPK") in _quotes(body)


def test_a_confirmed_thing_is_still_no_report():
    body = OPENING + "Budi membenarkan kabar itu."
    assert _texts(body) == []


# --- 'beralasan' and 'berdalih' with a clause and no comma ---

def test_beralasan_with_a_clause_opener_reports():
    body = ("Menteri Hukum Yasonna Laoly dua kali tidak memenuhi panggilan KPK.\n"
            "Yasonna saat itu beralasan belum menerima surat panggilan dari KPK.")
    assert ("Yasonna Laoly", "belum menerima surat panggilan dari KPK") in _quotes(body)


def test_beralasan_with_a_subject_and_a_marker_reports():
    body = OPENING + "Budi beralasan kapal itu sedang diperbaiki sehingga tidak bisa berlayar."
    assert ("Budi Santoso", "kapal itu sedang diperbaiki sehingga tidak bisa berlayar") in _quotes(body)


def test_well_founded_beralasan_reports_nothing():
    body = OPENING + "Hakim menyatakan permohonan pemohon beralasan menurut hukum. Jadi cukup beralasan mengapa warga marah."
    assert not any("menurut hukum" in t and not t.startswith("permohonan") for t in _texts(body))
    assert not any(t.startswith("mengapa") for t in _texts(body))


def test_berdalih_with_a_clause_opener_reports():
    body = OPENING + "Budi berdalih ingin merayakan keberhasilan timnya."
    assert ("Budi Santoso", "ingin merayakan keberhasilan timnya") in _quotes(body)


# --- 'merincikan' and 'mengamini' ---

def test_merincikan_with_a_clause_reports():
    body = OPENING + "Budi merincikan kasus-kasus tersebut meliputi pungutan liar dan penyelundupan."
    assert ("Budi Santoso", "kasus-kasus tersebut meliputi pungutan liar dan penyelundupan") in _quotes(body)


def test_mengamini_with_a_clause_reports():
    body = OPENING + "Budi mengamini masih banyak pelabuhan yang belum siap melayani kapal besar."
    assert ("Budi Santoso", "masih banyak pelabuhan yang belum siap melayani kapal besar") in _quotes(body)


def test_mengamini_a_statement_is_no_report():
    body = OPENING + "Budi mengamini pernyataan itu."
    assert _texts(body) == []


# --- a party's lawyers with no name ---

def test_unnamed_lawyers_speak_as_the_role():
    body = ("Guru Mansur divonis lima tahun penjara dan mengajukan banding.\n"
            "Kuasa hukum menyebut fakta dalam persidangan tidak cukup untuk membuktikan Mansur bersalah.")
    assert ("Kuasa hukum", "fakta dalam persidangan tidak cukup untuk membuktikan Mansur bersalah") in _quotes(body)


def test_a_lawyer_named_with_the_role_is_still_the_speaker():
    body = OPENING + "Pengacara Mansur, Andi Rahman mengatakan kliennya akan hadir pekan depan."
    assert [s for s, t in _quotes(body) if t.startswith("kliennya")] == ["Andi Rahman"]


# --- 'Pihaknya' opening the sentence as its subject ---

def test_pihaknya_opening_a_sentence_is_the_person_who_spoke_last():
    body = OPENING + ('"Kami akan memperbaiki layanan," kata Budi.\n'
                      "Pihaknya juga menyorot pemangkasan anggaran pelabuhan telah dilakukan pada 2025.")
    assert ("Budi Santoso", "pemangkasan anggaran pelabuhan telah dilakukan pada 2025") in _quotes(body)


def test_pihaknya_after_a_body_spoke_is_the_body():
    body = ("Jaringan Pemantau Pendidikan Indonesia (JPPI) menilai hal ini sebagai pelanggaran serius. "
            "Pihaknya juga menyorot pemangkasan jatah anggaran pendidikan telah dilakukan pada 2025.")
    assert ("Jaringan Pemantau Pendidikan Indonesia", "pemangkasan jatah anggaran pendidikan telah dilakukan pada 2025") \
        in _quotes(body)


def test_pihaknya_with_a_thing_conveyed_reports_nothing():
    body = OPENING + ('"Kami akan memperbaiki layanan," kata Budi.\n'
                      "Pihaknya memang sudah menyampaikan keinginan tersebut kepada pihak Pelindo.")
    assert not any(t.startswith("keinginan") for t in _texts(body))


def test_pihaknya_after_an_opening_adjunct_is_left_alone():
    body = OPENING + ('"Kami akan memperbaiki layanan," kata Budi.\n'
                      "Tak hanya itu, pihaknya juga telah menyampaikan bukti rekaman video saat kapal diperiksa petugas.")
    assert not any(t.startswith("bukti rekaman") for t in _texts(body))
