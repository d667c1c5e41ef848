"""Indonesian reports the extractor missed on the development sets (helper miss39, thirty-first session):
complements read as clauses (a subject holding a prepositional phrase or two joined nouns, a count hedge,
'bakal'), a claimed or admitted act with no subject, 'Kata dia,' opening a sentence, 'Adapun menurut X,',
a bare 'kata X' inside a clause, 'saat ini' after an interrupting cue, an adverb after a bare 'menurut X',
passive speech verbs with a pronoun agent ('disebutnya'), back-references by a view or a forecast
('Penilaian itu disampaikan ...'), the same speaker's next report after 'namun ia' / 'bahkan dirinya', and a
person called by the first word of a full name that is also a common word. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run

OPENING = "Menteri Perhubungan Budi Santoso meninjau Pelabuhan Tanjung Priok pada Senin.\n"


def _reports(body: str) -> list[tuple[str, str]]:
    return indirect(run(body, "id"))


# ---- complements read as clauses --------------------------------------------------------------------

def test_a_subject_holding_a_prepositional_phrase_then_a_passive_verb_is_a_clause():
    body = OPENING + ("Budi menyebut keterangan dalam berita acara pemeriksaan di kantor syahbandar dibuat atas "
                      "tekanan.")
    assert _reports(body) == [("Budi Santoso", "keterangan dalam berita acara pemeriksaan di kantor syahbandar dibuat "
                                               "atas tekanan")]


def test_two_nouns_joined_by_dan_then_an_active_verb_are_a_clause():
    body = OPENING + "Ia menyebut penjualan tiket kapal dan pemesanan layanan angkutan daring meningkat tajam."
    assert _reports(body) == [("Budi Santoso", "penjualan tiket kapal dan pemesanan layanan angkutan daring "
                                               "meningkat tajam")]


def test_a_purpose_phrase_inside_the_subject_before_a_marker_is_a_clause():
    body = OPENING + "Budi menyebut seluruh tahapan seleksi untuk pelabuhan ini telah dimulai sejak Oktober."
    assert _reports(body) == [("Budi Santoso",
                               "seluruh tahapan seleksi untuk pelabuhan ini telah dimulai sejak Oktober")]


def test_a_manner_phrase_after_the_object_is_no_clause():
    # ('dengan' mostly tells how the act was done: the object is a thing recorded, no subject)
    body = OPENING + "Budi mencatat delapan kunjungan dari sebelas rencana dengan catatan memalukan kalah waktu."
    assert _reports(body) == []


def test_a_purpose_opened_by_dalam_rangka_is_no_clause():
    body = OPENING + "Budi mengumumkan permintaan maaf dalam rangka merayakan hari ulang tahun pelabuhan."
    assert _reports(body) == []


def test_a_verb_completing_a_noun_of_wish_is_no_predicate():
    body = OPENING + "Budi mengutarakan harapan dan keinginan melihat pelabuhan yang bisa bersaing di dunia."
    assert _reports(body) == []


def test_a_count_hedge_and_bakal_open_a_clause_with_no_subject():
    body = OPENING + ("Budi menyebut setidaknya terdapat sembilan kapal yang tertahan di dermaga.\n"
                      "Budi juga menyebut bakal ada sedikit kejutan bagi para penumpang.")
    assert _reports(body) == [("Budi Santoso", "setidaknya terdapat sembilan kapal yang tertahan di dermaga"),
                              ("Budi Santoso", "bakal ada sedikit kejutan bagi para penumpang")]


# ---- a claimed or admitted act, with no subject -----------------------------------------------------

def test_a_claimed_act_is_the_speakers_own_clause():
    body = OPENING + "Budi mengklaim berhasil menurunkan waktu bongkar muat kapal di pelabuhan itu."
    assert _reports(body) == [("Budi Santoso", "berhasil menurunkan waktu bongkar muat kapal di pelabuhan itu")]


def test_an_admitted_act_is_the_speakers_own_clause():
    body = OPENING + "Budi mengakui menerima laporan keterlambatan kapal dari para nakhoda."
    assert _reports(body) == [("Budi Santoso", "menerima laporan keterlambatan kapal dari para nakhoda")]


def test_a_thing_claimed_is_no_report():
    body = OPENING + "Budi mengklaim kemenangan dalam lomba pelabuhan terbersih tahun ini."
    assert _reports(body) == []


# ---- cues opening or interrupting the sentence ------------------------------------------------------

def test_kata_dia_opening_a_sentence_reports_the_clause_after_its_comma():
    body = OPENING + "Kata dia, antrean truk di pintu masuk pelabuhan sudah jauh berkurang."
    assert _reports(body) == [("Budi Santoso", "antrean truk di pintu masuk pelabuhan sudah jauh berkurang")]


def test_a_connective_before_kata_dia_stays_out_of_the_report():
    body = OPENING + "Dan kata dia, antrean truk di pintu masuk pelabuhan sudah jauh berkurang."
    assert _reports(body) == [("Budi Santoso", "antrean truk di pintu masuk pelabuhan sudah jauh berkurang")]


def test_adapun_before_menurut_is_a_connective():
    body = OPENING + "Adapun menurut Budi, pembangunan dermaga baru merupakan satu dari tiga prioritas tahun ini."
    assert _reports(body) == [("Budi Santoso",
                               "pembangunan dermaga baru merupakan satu dari tiga prioritas tahun ini")]


def test_a_bare_kata_inside_the_clause_reports_it_whole():
    body = OPENING + "Hal tersebut kata Budi masih menunggu hasil pemeriksaan kapal oleh syahbandar."
    assert _reports(body) == [("Budi Santoso", "Hal tersebut kata Budi masih menunggu hasil pemeriksaan kapal oleh "
                                               "syahbandar")]


def test_saat_ini_after_an_interrupting_cue_belongs_to_the_clause():
    body = OPENING + "Pelabuhan itu, kata Budi saat ini dituntut untuk terus berbenah menjadi pelabuhan modern."
    assert _reports(body) == [("Budi Santoso", "Pelabuhan itu, kata Budi saat ini dituntut untuk terus berbenah "
                                               "menjadi pelabuhan modern")]


def test_an_adverb_between_a_bare_menurut_and_the_predicate_keeps_the_clause_whole():
    body = OPENING + ("Terkait kondisi dermaga TNI AL, menurut Budi memang masih belum memenuhi kebutuhan "
                      "kapal besar.")
    assert _reports(body) == [("Budi Santoso", "Terkait kondisi dermaga TNI AL, menurut Budi memang masih belum "
                                               "memenuhi kebutuhan kapal besar")]


# ---- passive speech verbs whose agent is the pronoun suffix ----------------------------------------

def test_disebutnya_inside_a_clause_reports_it_for_the_person_spoken_of():
    body = OPENING + "Layanan kapal cepat juga disebutnya memenuhi celah pasar baru yang belum tergarap."
    assert _reports(body) == [("Budi Santoso", "Layanan kapal cepat juga disebutnya memenuhi celah pasar baru yang "
                                               "belum tergarap")]


def test_a_pronoun_agent_inside_a_relative_clause_reports_nothing():
    body = OPENING + "Budi meninjau kapal baru yang disebutnya tidak terlalu besar."
    assert _reports(body) == []


def test_a_pronoun_agent_after_a_report_of_its_own_leaves_that_report():
    body = OPENING + ("Menurut Budi, kondisi sejumlah kapal memang sedang tidak prima, namun karena syahbandar "
                      "mengizinkan maka dinilainya tak masalah.")
    assert _reports(body) == [("Budi Santoso", "kondisi sejumlah kapal memang sedang tidak prima, namun karena "
                                               "syahbandar mengizinkan maka dinilainya tak masalah")]


# ---- back-references by a view, a forecast, blanks between the words --------------------------------

def test_a_view_told_before_is_the_agents():
    body = ("Sebanyak lima calon kepala pelabuhan dinilai kurang memahami aturan pelayaran.\n"
            "Penilaian itu disampaikan Koalisi Pemantau Pelabuhan berdasarkan penelusuran rekam jejak.")
    assert _reports(body) == [("Koalisi Pemantau Pelabuhan",
                               "Sebanyak lima calon kepala pelabuhan dinilai kurang memahami aturan pelayaran")]


def test_demikian_and_its_verb_may_stand_apart_by_several_blanks():
    body = OPENING + ("Antrean kapal di pelabuhan telah diantisipasi dan tidak akan terulang kembali. Demikian   "
                      "diungkapkan Budi usai meninjau dermaga.")
    assert ("Budi Santoso", "Antrean kapal di pelabuhan telah diantisipasi dan tidak akan terulang kembali") \
        in _reports(body)


# ---- the same speaker's next report after a connective and a pronoun --------------------------------

def test_namun_ia_and_a_report_verb_open_the_next_report():
    body = OPENING + ("Budi menjelaskan stok solar masih akan ditambah hingga 30 ribu ton, namun ia memastikan "
                      "ketersediaan solar di pelabuhan cukup sampai Juli.")
    assert _reports(body) == [("Budi Santoso", "stok solar masih akan ditambah hingga 30 ribu ton"),
                              ("Budi Santoso", "ketersediaan solar di pelabuhan cukup sampai Juli")]


def test_bahkan_dirinya_and_a_report_verb_open_the_next_report():
    body = OPENING + ("Dia menjamin tidak pernah menerima uang dari pengusaha kapal itu bahkan dirinya menilai "
                      "pihak yang menuduhnya memiliki agenda lain.")
    assert _reports(body) == [("Budi Santoso", "tidak pernah menerima uang dari pengusaha kapal itu"),
                              ("Budi Santoso", "pihak yang menuduhnya memiliki agenda lain")]


# ---- a first name that is also a common word --------------------------------------------------------

def test_the_first_word_of_a_full_name_speaks_though_a_common_word():
    body = ("Kepala Bidang Humas Polda Sumut Kombes Ferry Walintukan membenarkan penangkapan itu.\n"
            "Ferry mengatakan tidak ada barang bukti yang diamankan saat kedua polisi itu diperiksa.")
    assert ("Ferry Walintukan", "tidak ada barang bukti yang diamankan saat kedua polisi itu diperiksa") \
        in _reports(body)


def test_a_full_name_written_only_after_a_preposition_of_place_is_no_person():
    body = ("Fitur baru itu sudah lebih dulu muncul di Medium Series di aplikasi ponsel.\n"
            "Medium bilang ini merupakan bentuk kelanjutan upaya mereka menilai artikel.")
    assert all(speaker != "Medium Series" for speaker, _ in _reports(body))


# ---- a thing denied or announced, then the same subject's report; statements before 'bahwa' ---------

def test_a_report_after_a_thing_denied_stands_though_the_first_is_too_short():
    body = OPENING + "Budi menyangkal tuduhan dan mengatakan antrean kapal bertujuan menjaga keselamatan."
    assert _reports(body) == [("Budi Santoso", "antrean kapal bertujuan menjaga keselamatan")]


def test_a_statement_given_before_bahwa_reports_the_clause():
    body = OPENING + "Budi sempat memberikan pernyataan bahwa dermaga baru itu bakal selesai tahun depan."
    assert _reports(body) == [("Budi Santoso", "dermaga baru itu bakal selesai tahun depan")]


def test_testifying_reports_only_before_bahwa():
    body = OPENING + ("Budi bersaksi bahwa kapal itu sudah bukan milik PT Samudra.\n"
                      "Sebelum Budi bersaksi di pengadilan, Andi sempat menemui Budi di kantornya.")
    assert _reports(body) == [("Budi Santoso", "kapal itu sudah bukan milik PT Samudra")]
