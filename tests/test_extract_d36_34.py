"""Indonesian who-said-what and country errors of dev36 (helper d36): a pollster's quick count is no one the
story moves on to; an office whose body lists its fields with commas before the name; two offices of one
person joined by 'dan'; the clerics' council by its short form speaks for no state; a quantifier, a noun and
its relative clause after a claim verb; a passive's agent takes no pronoun cue across the story's own
narration. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import all_id, direct, direct_speakers, indirect, run


# ---- a quick count's figures: the candidates it names are no new speaker ----------------------------------

def test_candidates_in_a_quick_count_do_not_take_the_epithet_of_the_one_quoted():
    body = ("Ucapan selamat datang dari banyak tokoh atas kemenangan pasangan Budi Santoso - Rina Marlina.\n"
            "\"Saatnya janji kampanye dibuktikan,\" ucap Wakil Ketua DPD Ahmad Fauzi kepada wartawan.\n"
            "Berdasarkan hitung cepat Lembaga Survei Nusantara, Budi - Rina memperoleh 58,2 persen suara.\n"
            "Guru Besar Universitas Pertahanan itu juga meminta semua pihak menerima hasil pilkada.\n"
            "\"Pilkada hanyalah mekanisme untuk mencari pemimpin,\" tegasnya.")
    sheet = run(body, "id")
    assert [s for s, _, _ in direct(sheet)] == ["Ahmad Fauzi", "Ahmad Fauzi"]
    assert [s for s, _ in indirect(sheet)] == ["Ahmad Fauzi"]


def test_a_quick_count_result_opening_with_hasil_is_a_data_source_too():
    body = ("\"Kami menghormati pilihan warga,\" kata Ketua KPU Kota Bogor Dedi Kurniawan.\n"
            "Berdasarkan hasil hitung cepat Indo Survei, Hendra Wijaya unggul dengan 61 persen suara.\n"
            "\"Rekapitulasi resmi selesai pekan depan,\" ujarnya.")
    assert direct_speakers(body) == ["Dedi Kurniawan", "Dedi Kurniawan"]


# ---- an office whose body lists its fields with commas, before the name and the verb ----------------------

def test_a_director_named_with_his_directorates_fields_is_the_subject():
    body = ("Direktur Pengaturan, Perizinan, dan Pengawasan Fintech OJK Hendra Wijaya menuturkan regulator akan "
            "menampung usulan pelaku industri.\n"
            "\"Setiap pasal yang kami buat selalu mengundang masukan,\" ujarnya.")
    quotes = all_id(body)
    assert {s for s, _, _ in quotes} == {"Hendra Wijaya"}
    assert {c for _, _, c in quotes} == {"ID"}
    role = run(body, "id")["quotes"][0]["role"]
    assert role == "Direktur Pengaturan, Perizinan, dan Pengawasan Fintech OJK"


def test_a_listed_office_after_an_opening_phrase_and_before_a_date_is_read_whole():
    body = ("Sementara itu, Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi DKI Jakarta Andri Yansyah, "
            "Rabu (14/10), menjelaskan bahwa pelatihan kerja akan dimulai bulan depan.")
    assert all_id(body) == [("Andri Yansyah", "pelatihan kerja akan dimulai bulan depan", "ID")]


def test_people_listed_with_commas_are_no_list_of_fields():
    # (a title or a given name among the items: the commas list people, not a body's fields)
    body = ("Direktur Utama PT Sinar Jaya Abadi, Budi Santoso, dan Direktur Keuangan PT Sinar Jaya Abadi "
            "Rina Marlina menuturkan perusahaan akan menambah modal.")
    quotes = run(body, "id")["quotes"]
    assert quotes and all("Budi Santoso" not in (q["role"] or "") and "Rina Marlina" not in (q["role"] or "")
                          for q in quotes)


# ---- two offices of one person joined by 'dan' ------------------------------------------------------------

def test_two_offices_of_one_person_joined_by_dan_are_no_joint_subject():
    body = "CEO dan Co - Founder Modalku Budi Santoso menuturkan pihaknya merasa aturan itu kurang menguntungkan."
    speakers = [s for s, _ in indirect(run(body, "id"))]
    assert len(speakers) == 1 and speakers[0].endswith("Budi Santoso")


def test_a_ministry_short_form_and_a_body_stay_two_speakers():
    body = "Depkes dan NEA mengatakan operasi pengendalian wilayah sedang dilaksanakan."
    assert sorted(s for s, _ in indirect(run(body, "id"))) == ["Depkes", "NEA"]


# ---- the clerics' council by its short form --------------------------------------------------------------

def test_the_head_of_the_clerics_council_in_a_district_speaks_for_no_state():
    body = ("Ketua MUI Kecamatan Sukamaju KH Ahmad Fauzi menambahkan, isu teror terhadap ulama harus "
            "ditanggapi dengan tenang.")
    assert all_id(body) == [("Ahmad Fauzi", "isu teror terhadap ulama harus ditanggapi dengan tenang", None)]


def test_a_district_office_still_speaks_for_the_home_state():
    body = ("Sekretaris Kecamatan Sukamaju Ahmad Fauzi menambahkan, bantuan akan disalurkan pekan depan.")
    assert all_id(body) == [("Ahmad Fauzi", "bantuan akan disalurkan pekan depan", "ID")]


# ---- a quantifier, a noun and its relative clause after a claim verb ------------------------------------

def test_mengklaim_banyak_noun_yang_reports_a_clause():
    body = ("\"Kami siap mogok,\" kata Ketua Serikat Pekerja Budi Santoso.\n"
            "Padahal, Budi mengklaim banyak sopir yang bekerja lebih dari delapan jam sehari.")
    assert ("Budi Santoso", "banyak sopir yang bekerja lebih dari delapan jam sehari") in indirect(run(body, "id"))


def test_mengakui_banyak_noun_yang_reports_a_clause():
    body = ("\"Kami bicara banyak hal,\" kata Ketua Umum Partai Karya Joko Susilo.\n"
            "Joko mengakui banyak hal yang dia bicarakan dalam pertemuan itu.")
    assert ("Joko Susilo", "banyak hal yang dia bicarakan dalam pertemuan itu") in indirect(run(body, "id"))


def test_a_quantified_noun_with_no_relative_clause_is_a_thing_named():
    body = ("\"Kami bicara banyak hal,\" kata Ketua Umum Partai Karya Joko Susilo.\n"
            "Joko menyebut banyak hal kepada wartawan.")
    assert indirect(run(body, "id")) == []


# ---- a passive's agent and the next pronoun cue ------------------------------------------------------------

def test_a_passive_agent_followed_by_narration_does_not_take_the_pronoun():
    body = ("\"Perangkat pemogokan sudah siap,\" ujar Humas Serikat Sopir Budi Santoso.\n"
            "Aksi pertama sempat dimediasi oleh Menteri Tenaga Kerja Hendra Wijaya dan menghasilkan kesepakatan.\n"
            "Kesepakatan tersebut antara lain mempekerjakan lagi para sopir.\n"
            "\"Tapi baru satu poin yang dipenuhi oleh mereka,\" ujarnya.")
    assert direct_speakers(body) == ["Budi Santoso", "Budi Santoso"]


def test_a_passive_agent_right_before_a_quote_still_takes_the_pronoun():
    body = ("Ayu Lestari menjelaskan, keju itu dibuat dari susu lokal. Acara itu juga dihadiri Bambang "
            "Wiryawan, pakar kuliner.\n"
            "\"Paduan ini menarik,\" ujarnya.")
    assert direct_speakers(body) == ["Bambang Wiryawan"]


def test_a_passive_agent_before_a_sentence_with_his_pronoun_still_speaks():
    # (the next sentence's 'dia mengaku' goes on with the agent, not with the one quoted before)
    body = ("\"Kami akan membentuk tim penertiban,\" ujar Ketua Komisi IV DPRD Roni Saputra.\n"
            "Kesepakatan itu muncul setelah Organda yang diketuai oleh Agus Santoso menyampaikan keluhannya.\n"
            "Di hadapan anggota dewan, dia mengaku bahwa sembilan taksi rusak parah karena dilempari batu.")
    assert ("Agus Santoso", "sembilan taksi rusak parah karena dilempari batu") in indirect(run(body, "id"))
