"""Indonesian wrong speakers (helper h_who39): a pronoun cue after narration about someone the one quoted
named in their own words, and after a request the story tells as an act of its tale, stays with the one quoted;
a verb made a noun by '-nya' opening a sentence is no part of a name. Sentences invented for these tests, in
the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct_speakers, run


# ---- someone the one quoted names in the quote, then narrated about ------------------------------------------

def test_a_person_named_inside_the_last_quote_then_narrated_leaves_the_pronoun_with_the_one_quoted():
    body = ("Polisi menangkap dua pencuri kabel di Kota Solok, Senin.\n"
            "\"Pelakunya dua orang, yakni Joni Saputra (31) dan Deni Irawan (28), warga Kabupaten Sijunjung,\" "
            "kata Kapolres Solok Ajun Komisaris Besar Rudi Hartawan.\n"
            "Joni Saputra tinggal di Sijunjung dan Deni di Sawahlunto.\n"
            "Keduanya kini ditahan di sel Mapolres Solok.\n"
            "\"Barang bukti kabel sepanjang dua ratus meter sudah kami sita,\" katanya.")
    assert direct_speakers(body) == ["Rudi Hartawan", "Rudi Hartawan"]


def test_a_person_first_named_between_the_quotes_still_takes_the_pronoun():
    # (not named by the one quoted: someone new, whom the pronoun means)
    body = ("\"Jalan desa ini sudah rusak sejak tahun lalu,\" kata Kepala Desa Sukamaju Budi Santoso.\n"
            "Warga desa, Ahmad Fauzi (45), setiap hari melewati jalan itu dengan sepeda motor.\n"
            "\"Kalau hujan, motor saya sering terjebak lumpur,\" katanya.")
    assert direct_speakers(body) == ["Budi Santoso", "Ahmad Fauzi"]


# ---- a request told as an act of the story -------------------------------------------------------------------

def test_a_request_told_in_the_story_does_not_give_the_asker_the_next_pronoun_cue():
    body = ("Kapolsek Cempaka Putih Komisaris Hendra Wijaya mengatakan Yanto Prasetyo ditangkap di rumahnya.\n"
            "\"Pelaku sempat bertengkar dengan korban Sari Lestari soal utang,\" kata Hendra.\n"
            "Malam itu, Sari belum tidur. Sari justru meminta Yanto mengambilkan air minum.\n"
            "Saat itulah, Yanto memukul kepala korban dengan sebatang kayu.\n"
            "\"Korban sempat dibawa ke rumah sakit, tetapi nyawanya tidak tertolong,\" ungkapnya.")
    assert direct_speakers(body)[-1] == "Hendra Wijaya"


def test_a_request_right_before_the_quote_leaves_the_asker_speaking():
    # (the asker goes on in the marks: the request is their word, not the story's)
    body = ("\"Pendaftaran ditutup pekan depan,\" kata Kepala Dinas Pendidikan Rina Marlina.\n"
            "Ketua Komite Sekolah Dedi Kurniawan meminta orang tua segera melengkapi berkas anaknya.\n"
            "\"Jangan menunggu hari terakhir, nanti antreannya panjang,\" ujarnya.")
    assert direct_speakers(body) == ["Rina Marlina", "Dedi Kurniawan"]


# ---- a verb made a noun by '-nya' ----------------------------------------------------------------------------

def test_a_verb_made_a_noun_by_nya_opening_a_sentence_is_no_role_of_the_name_after_it():
    # ('Bergabungnya' is the joining, not Anton's title; who speaks after the inline cue is a question of
    # its own, left alone here)
    body = ("Presiden melantik Anton Wibowo sebagai Menteri Sosial.\n"
            "\"Partai tidak meminta jabatan apa pun,\" tegas Ketua Partai Karya, Joko Susilo, di Jakarta.\n"
            "Bergabungnya Anton ke dalam kabinet kata Wakil Ketua MPR itu tidak mengubah sikap partai.\n"
            "\"Sikap kami tetap sama,\" ucapnya.")
    roles = [q.get("role") for q in run(body, "id")["quotes"]]
    assert "Bergabungnya" not in roles


# ---- a social-network account named by its handle after the cue ---------------------------------------------

def test_a_handle_after_the_cue_is_the_speaker_not_the_one_spoken_of():
    body = ("Penyerang muda Rudi Salim mencetak dua gol dalam laga semalam.\n"
            "Warganet pun ramai memujinya di media sosial.\n"
            "\"Sudah lama tidak lihat striker setajam ini,\" tulis @bolaku_99.\n"
            "\"Pantas jadi pemain terbaik pekan ini,\" ujar @Sinta_Dewi88\n"
            "\"Terima kasih atas dukungan semua suporter,\" kata Rudi.")
    assert direct_speakers(body) == ["@bolaku_99", "@Sinta_Dewi88", "Rudi Salim"]
