"""Small Indonesian who-said-what classes (helper small47): the accused written capitalised alone in a
speaker's account of a trial is no one's name; a short cue with no comma before it that interrupts a clause;
an expert's field title capitalised before a place, an academic title, the name and a degree; a passive whose
agent is the speaker after a relative clause set off by commas; a quote speaking of the minister by her title,
after a long aside, is not hers. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct, indirect, run, quote_fields


def _quotes(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


# ---- the accused, capitalised alone inside an account of a trial -----------------------------------------

def test_the_accused_capitalised_alone_takes_no_later_pronoun_cue():
    body = ("Hal ini disampaikan Koordinator Lembaga Pemantau Peradilan, Rudi Hartono, Kamis (21/12).\n"
            "\"Dalam persidangan itu hakim menyebut semua bukti sudah lengkap,\" kata Rudi.\n"
            "Mengetahui lahan tersebut tidak termasuk dalam usulan, Terdakwa saat itu memerintahkan "
            "stafnya untuk memasukkan permohonan perusahaan itu ke dalam surat usulan revisi.\n"
            "\"Nah, direktur itu jelas mendapat arahan langsung dari menteri,\" katanya.")
    speakers = {s for s, _ in _quotes(body)}
    assert "Terdakwa" not in speakers
    assert direct(run(body, "id"))[-1][0] == "Rudi Hartono"


def test_the_accused_before_a_name_is_still_a_role():
    body = "\"Saya tidak pernah menerima uang itu,\" kata Terdakwa Budi Santoso di depan majelis hakim."
    assert [s for s, _, _ in direct(run(body, "id"))] == ["Budi Santoso"]


def test_a_petitioner_capitalised_alone_still_speaks():
    # (not the accused: a party that petitions, often bodies, speaks as such)
    body = ("Para Pemohon menilai Perppu itu menyalahi prosedur.\n"
            "Perppu itu, menurut Pemohon, juga bersifat multi tafsir dan mengancam hak konstitusional warga.")
    assert any(s == "Pemohon" for s, _ in indirect(run(body, "id")))


# ---- a cue with no comma before it --------------------------------------------------------------------------

def test_a_cue_with_no_comma_before_it_interrupts_the_clause():
    body = ("\"Kami sudah melaporkan kasus ini,\" kata Ahmad Fikri, Sekjen KAKI.\n"
            "Pada saat pertemuan tersebut ujar Fikri, mereka meminta agar lahannya dapat dimasukkan ke dalam "
            "usulan revisi tata ruang.")
    assert ("Ahmad Fikri", "Pada saat pertemuan tersebut ujar Fikri, mereka meminta agar lahannya dapat "
            "dimasukkan ke dalam usulan revisi tata ruang") in indirect(run(body, "id"))


def test_a_cue_with_no_comma_before_it_keeps_the_subject_it_interrupts():
    body = ("Ketua DPR Bambang Soesatyo hadir dalam rapat itu.\n"
            "Salah satu hal yang bakal menjadi rekomendasi kata Bambang, adalah status tersangka yang tidak "
            "boleh melebihi satu tahun.")
    reports = indirect(run(body, "id"))
    assert ("Bambang Soesatyo", "Salah satu hal yang bakal menjadi rekomendasi kata Bambang, adalah status "
            "tersangka yang tidak boleh melebihi satu tahun") in reports


def test_a_noun_kata_before_a_name_with_no_comma_after_it_is_no_cue():
    body = "Makalah itu membahas kata Pengantar yang ditulis oleh panitia seminar nasional."
    assert _quotes(body) == []


# ---- an expert's field title, a place, an academic title, the name and a degree ---------------------------

def test_a_capitalised_field_title_a_place_a_title_and_a_degree_around_the_name():
    body = ("\"Kalau menurut saya proyek ini harus dihentikan,\" kata Arkeolog Aceh Dr Husaini Ibrahim MA di "
            "Banda Aceh, Selasa (29/8).")
    q = run(body, "id")["quotes"][0]
    assert (q["speaker"], q["role"], q["country"]) == ("Husaini Ibrahim", "Arkeolog Aceh", None)


def test_a_sociologist_of_a_foreign_university_speaks_for_no_state():
    body = ("Sosiolog dari National University of Singapore, Tan Ern Ser berpendapat, uskup itu sebenarnya "
            "tidak berniat memboikot film tersebut.")
    q = run(body, "id")["quotes"][0]
    assert (q["speaker"], q["country"]) == ("Tan Ern Ser", None)
    assert q["role"].startswith("Sosiolog")


def test_ma_after_a_name_with_no_academic_title_stays_a_word_of_the_phrase():
    # ('MA' alone may be the Mahkamah Agung; only after 'Dr NAME' is it a degree)
    body = "\"Putusan itu sudah final,\" kata Dr Rina Marlina MA."
    assert [s for s, _, _ in direct(run(body, "id"))] == ["Rina Marlina"]


# ---- a passive whose agent is the speaker, after a relative clause between commas -------------------------

def test_a_passive_agent_after_a_relative_aside_reports_the_clause():
    body = ("Ketua Advokat Cinta Tanah Air Habiburokhman menyiapkan 100 pengacara.\n"
            "Ucapan itu, yang viral dan menjadi dasar pelaporan, dinilai Habiburokhman jauh dari unsur "
            "penistaan agama.")
    assert ("Habiburokhman", "Ucapan itu, yang viral dan menjadi dasar pelaporan, dinilai Habiburokhman jauh "
            "dari unsur penistaan agama") in indirect(run(body, "id"))


# ---- a quote speaking of the minister by her title, after a long aside ------------------------------------

_ASIDE = ("\"Prosesnya memang panjang, tetapi kami tidak akan mempersulit nelayan,\" kata Direktur Jenderal "
          "Perikanan Tangkap Hendra Wijaya.\n"
          "Pemerintah sebelumnya mewajibkan nelayan mengganti alat tangkap cantrang.\n"
          "Cantrang merupakan alat tangkap yang banyak digunakan nelayan tradisional.\n"
          "Cantrang berbentuk kantong jaring yang besar.\n"
          "Alat ini beroperasi dengan mengeruk dasar laut.\n"
          "Biota laut seperti terumbu karang kerap ikut terkeruk.\n"
          "Karena itu Menteri Kelautan dan Perikanan Rina Marlina menilai cantrang merusak ekosistem laut.\n")


def test_a_quote_naming_the_minister_by_her_title_goes_back_to_the_director():
    body = _ASIDE + "\"Kan ada aturan Ibu Menteri cantrang dilarang, jadi kami sediakan alat pengganti,\" katanya."
    assert direct(run(body, "id"))[-1][0] == "Hendra Wijaya"


def test_the_minister_quoted_without_her_title_keeps_her_pronoun_cue():
    body = _ASIDE + "\"Kami tidak ingin laut kita rusak, jadi kami sediakan alat pengganti,\" katanya."
    assert direct(run(body, "id"))[-1][0] == "Rina Marlina"


def test_a_title_inside_another_office_stands_for_no_one():
    # ('Wakil Presiden M Jusuf Kalla': its 'Presiden' is a word of another office, not his title)
    body = ("Wakil Presiden Budi Santoso mengatakan kasus itu harus diserahkan ke proses hukum.\n"
            "\"Itu tugas KPK. Serahkan saja ke proses hukum,\" katanya.\n"
            "Budi menegaskan bahwa Presiden sudah memberikan arahan kepada Polri.\n"
            "\"Presiden kan yang tertinggi. Itu nanti dilaksanakan Polri,\" katanya.")
    assert direct(run(body, "id"))[-1][0] == "Budi Santoso"


# ---- a word set off in marks inside a pronoun-cued report ---------------------------------------------------

def test_a_term_in_marks_does_not_stop_a_pronoun_cue_without_commas():
    body = ("\"Kasus ini harus diusut tuntas,\" kata Ahmad Fikri, Sekjen KAKI.\n"
            "Dari beberapa informasi yang mengarah pada peran pejabat itu lanjutnya, ia lebih seperti “dalang” "
            "dari kasus suap alih fungsi lahan tersebut.")
    assert any(s == "Ahmad Fikri" and t.startswith("Dari beberapa informasi") for s, t in indirect(run(body, "id")))


def test_a_quote_in_marks_still_stops_it():
    body = ("\"Kasus ini harus diusut tuntas,\" kata Ahmad Fikri, Sekjen KAKI.\n"
            "Dari informasi itu lanjutnya, hakim berkata \"kasus ini belum selesai sama sekali\" kepada jaksa.")
    assert not any(t.startswith("Dari informasi itu") for _, t in indirect(run(body, "id")))
