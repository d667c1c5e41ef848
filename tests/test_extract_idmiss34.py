"""Indonesian recall (h_idmiss45): an agentless 'Diungkapkan, ...' (and 'Ditegaskan,', 'Dipaparkan,', ...) opening a
sentence goes on with the speaker before, as 'Dijelaskan, ...' does; an academic rank closed by 'ini'/'itu'
('Doktor Ilmu Politik UI ini menegaskan ...') is the person spoken of, as 'Dosen ... itu' is. Sentences invented
for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str, str]]:
    return quote_fields(body, "speaker", "kind", "text")


# ---- 'menyebut X sebagai Y': a judgement reported -------------------------------------------------------

def test_calling_a_protest_a_slap_in_the_face_is_a_report_of_the_pronoun_speaker():
    body = ("Anggota Komisi II DPR Aria Santoso menyinggung demonstrasi besar di 178 daerah pada akhir Agustus lalu. "
            "Ia menyebut aksi itu sebagai tamparan keras bagi DPR dan peringatan bagi penyelenggara pemilu.")
    assert ("Aria Santoso", "indirect",
            "aksi itu sebagai tamparan keras bagi DPR dan peringatan bagi penyelenggara pemilu") in _quotes(body)


def test_a_named_minister_calling_the_sinking_of_ships_a_victory():
    body = ("Menteri Kelautan dan Perikanan Budi Santoso menyebut penenggelaman kapal itu sebagai kemenangan "
            "dalam perang melawan penangkapan ikan ilegal.")
    assert ("Budi Santoso", "indirect",
            "penenggelaman kapal itu sebagai kemenangan dalam perang melawan penangkapan ikan ilegal") \
        in _quotes(body)


def test_the_description_may_go_on_to_a_predicate_of_the_named_thing():
    body = ("Ketua PBNU Ahmad Faqih menyebut Purwanto sebagai bendahara negara sangat wajar bila menaruh "
            "perhatian terhadap penggunaan anggaran.")
    assert ("Ahmad Faqih", "indirect",
            "Purwanto sebagai bendahara negara sangat wajar bila menaruh perhatian terhadap penggunaan anggaran") \
        in _quotes(body)


# ---- not a judgement: the quoted words, a refusal, an office given, another verb --------------------------

def test_a_description_in_quotation_marks_is_the_quoted_words_only():
    body = "Kanselir Jerman Angela Merkel menyebut Liu sebagai “pejuang hak asasi manusia pemberani”."
    quotes = _quotes(body)
    assert ("Angela Merkel", "direct", "pejuang hak asasi manusia pemberani") in quotes
    assert not [q for q in quotes if q[1] == "indirect"]


def test_refusing_to_call_a_policy_discriminatory_reports_nothing():
    body = "Kepala Dinas Perhubungan Budi Santoso juga menolak menyebut jalur terlarang motor sebagai kebijakan diskriminatif."
    assert not [q for q in _quotes(body) if "sebagai" in q[2]]


def test_naming_someone_to_a_capitalised_office_is_no_report():
    body = "Partai Nusantara menyebut Budi Santoso sebagai Ketua Umum yang baru dalam kongres di Jakarta."
    assert not [q for q in _quotes(body) if "sebagai" in q[2]]


def test_a_firm_describing_itself_is_no_report():
    body = "Dalam profilnya, Mikrodana menyebut dirinya sebagai perusahaan rintisan keuangan yang beroperasi di Jakarta."
    assert not [q for q in _quotes(body) if "sebagai" in q[2]]


def test_naming_a_city_as_a_state_s_capital_is_a_relation_not_a_judgement():
    body = "Pemerintah Israel menyebut Yerusalem sebagai ibu kotanya, sementara banyak negara menolaknya."
    assert not [q for q in _quotes(body) if "sebagai" in q[2]]


def test_recording_a_thing_as_another_is_no_report():
    # 'mencatat X sebagai Y' (a record kept) is not a verb of calling
    body = "Badan Pusat Statistik Jambi mencatat ekspor kopi sebagai penyumbang terbesar pada Juli lalu."
    assert not [q for q in _quotes(body) if "sebagai" in q[2]]


# ---- 'Diungkapkan, ...': a speech verb with no agent opening the sentence, as 'Dijelaskan, ...' -----------

def test_an_agentless_diungkapkan_opening_goes_on_with_the_speaker_before():
    body = ("Gubernur Riau Abdul Wahid meluncurkan mobil distribusi pangan murah. \"Kalau cabai dan beras naik, "
            "mobil ini menjual di bawah harga pasar,\" kata Wahid.\n\n"
            "Diungkapkan, tujuan utama dari program ini adalah menjaga daya beli masyarakat.")
    assert ("Abdul Wahid", "indirect", "tujuan utama dari program ini adalah menjaga daya beli masyarakat") \
        in _quotes(body)


def test_disebutkan_still_opens_no_report():
    # ('Disebutkan, ...' is mostly what a document says: opening_pronoun_cues leaves it out)
    body = ("Gubernur Riau Abdul Wahid meluncurkan mobil distribusi pangan murah. \"Kalau cabai dan beras naik, "
            "mobil ini menjual di bawah harga pasar,\" kata Wahid.\n\n"
            "Disebutkan, tujuan utama dari program ini adalah menjaga daya beli masyarakat.")
    assert not [q for q in _quotes(body) if q[2].startswith("tujuan utama")]


# ---- '<academic rank ...> ini menegaskan': the person spoken of, as 'Dosen ... itu' ----------------------

def test_a_doctor_of_political_science_described_with_ini_is_the_person_quoted_before():
    body = ("Wakil Ketua MPR Eddy Santoso menemui mahasiswa di Depok. \"Jawabannya ada pada konstitusi,\" "
            "ungkapnya.\n\n"
            "Doktor Ilmu Politik UI ini menegaskan bahwa lingkungan yang bersih dan sehat adalah hak "
            "konstitusional masyarakat.")
    assert ("Eddy Santoso", "indirect",
            "lingkungan yang bersih dan sehat adalah hak konstitusional masyarakat") in _quotes(body)


def test_a_professor_described_with_itu_is_the_expert_quoted_before():
    body = ("Pakar hukum Budi Santoso hadir dalam diskusi itu. \"Putusan itu keliru,\" katanya.\n\n"
            "Guru besar hukum tata negara itu menilai putusan tersebut tidak punya dasar hukum.")
    assert ("Budi Santoso", "indirect", "putusan tersebut tidak punya dasar hukum") in _quotes(body)
