"""The Indonesian recall rules of helper miss39 (tests/test_extract_h_idmiss31.py), narrowed where the census
read them wrong (helper miss40, thirty-second session): a claimed act with no subject of its own only where the
sentence names the claimant; a passive speech verb with a pronoun agent not after another's report in the
sentence before; 'Kata dia,' opening a sentence only after a sentence naming the person; an adverb after a
bare 'menurut X' only after a person the article named before. And a coalition of citizens named after the
state body it watches speaks for no state. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import countries_of, indirect, run

OPENING = "Menteri Perhubungan Budi Santoso meninjau Pelabuhan Tanjung Priok pada Senin.\n"


def _reports(body: str) -> list[tuple[str, str]]:
    return indirect(run(body, "id"))


# ---- a claimed act with no subject: the claimant named ----------------------------------------------

def test_a_claimed_act_after_a_pronoun_only_is_no_report():
    # ('Mereka' points back at hackers the article described, no entity, not at the application named
    # before them: the act claimed is read only where the sentence names who claims it)
    body = OPENING + ("Aplikasi Pelindo Express terganggu oleh serangan peretas pekan lalu. Mereka mengklaim memiliki "
                      "data seluruh penumpang kapal yang berangkat tahun ini.")
    assert all("memiliki data" not in text for _, text in _reports(body))


def test_a_claimed_act_of_a_named_body_is_its_report():
    body = OPENING + "Pelindo mengklaim berhasil menurunkan waktu bongkar muat kapal di pelabuhan itu."
    assert ("Pelindo", "berhasil menurunkan waktu bongkar muat kapal di pelabuhan itu") in _reports(body)


# ---- a pronoun agent after another's report ---------------------------------------------------------

def test_a_pronoun_agent_after_a_report_by_others_is_not_the_person_spoken_of():
    # ('-nya' is the prosecutors, who believe it in the sentence before, though no entity; not the minister
    # quoted before them)
    body = OPENING + ('\n"Saya masih memiliki hati nurani yang sangat nyata," ujar Budi menjawab pertanyaan wartawan.\n\n'
                      "Pihak kejaksaan meyakini pengusaha 50 tahun yang merupakan pemilik kapal terbesar, menggelapkan "
                      "pajak penghasilannya melalui dua perusahaan.\n\n"
                      "Perusahaan tersebut diyakininya bermarkas di Singapura dan Hong Kong.")
    assert all("diyakininya" not in text for _, text in _reports(body))


def test_a_pronoun_agent_after_the_persons_own_report_is_theirs():
    body = OPENING + ("Budi juga menyatakan pemeriksaan kapal bakal dilakukan di dermaga utama.\n"
                      "Pemeriksaan ini dinilainya penting untuk memastikan keselamatan para penumpang.")
    assert ("Budi Santoso", "Pemeriksaan ini dinilainya penting untuk memastikan keselamatan para penumpang") \
        in _reports(body)


# ---- 'Kata dia,' opening a sentence: the sentence before names the person ---------------------------

def test_kata_dia_opening_a_sentence_after_a_pronoun_chain_is_not_read():
    # (the sentence before only points back, through 'Dirinya': the cue opening the next leans on a
    # referent the article may have left behind)
    body = ("Pengacara Andi Wijaya membantah tudingan itu di pengadilan.\n"
            "Diserang Andi Wijaya, kuasa hukum tergugat membela diri. Dirinya memastikan telah memiliki berkas "
            "sebagai advokat resmi. Kata dia, sidang diskor selama 20 menit karena ada satu surat yang belum "
            "lengkap.")
    assert all("sidang diskor" not in text for _, text in _reports(body))


def test_kata_dia_opening_a_sentence_after_the_person_is_named_is_read():
    body = ("Presiden Joko Widodo menerima para menteri di Istana Bogor.\n"
            "Sehari berikutnya, Joko Widodo mengomentari pernyataan itu. Kata dia, hal tersebut tidak relevan "
            "dengan dinamika politik yang terjadi saat ini.")
    assert ("Joko Widodo", "hal tersebut tidak relevan dengan dinamika politik yang terjadi saat ini") \
        in _reports(body)


# ---- an adverb after a bare 'menurut X': X named before -----------------------------------------------

def test_an_adverb_after_words_no_person_holds_leaves_the_clause_unread():
    # ('menurut Aji Arema juga memastikan ...': Aji, then the club 'Arema' as the clause's subject; the two
    # words are no person the article named)
    body = ("Pelatih Arema Aji Santoso mendatangkan kiper Persela Lamongan Dwi Kuswanto.\n"
            "Selain Dwi, menurut Aji Arema juga memastikan mengontrak dua pemain muda dari akademi klub.")
    assert all(speaker != "Aji Arema" for speaker, _ in _reports(body))


# ---- a coalition of citizens named after a state body -----------------------------------------------

def test_a_coalition_named_after_the_state_body_it_watches_speaks_for_no_state():
    body = ("Koalisi Selamatkan Komnas HAM mengatakan lima calon anggota komisioner kurang memahami isu hak asasi "
            "manusia.")
    assert countries_of(body) == [("Koalisi Selamatkan Komnas HAM", None)]


def test_a_unit_named_after_a_state_body_is_the_states():
    body = ("Badan Pengkajian dan Pengembangan Kebijakan Kemlu mengatakan lima negara sudah menyatakan dukungan "
            "atas usulan itu.")
    assert countries_of(body) == [("Badan Pengkajian dan Pengembangan Kebijakan Kemlu", "ID")]
