"""Speaker countries in Indonesian stories set abroad (helper h_ctry19). Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_id, quote_fields


def _id(body: str, title: str = "T"):
    return quote_fields(body, "speaker", "text", "country", title=title)


# ---- the scene: a foreign state named as the place where the story happens -----------------------

def test_a_prosecutor_of_a_foreign_city_is_the_scenes_state():
    # abroad_scene: Italy named as a place ('di Milan, Italia'); Poland only as a person's
    # ('warga Polandia'), Britain only as a person's and a body's: the story's state is undecided
    body = ("Jakarta, CNN Indonesia -- Seorang model Inggris diculik saat pemotretan di stasiun kereta di "
            "Milan, Italia, pada 11 Juli lalu.\n\nPenculiknya adalah warga Polandia. Dia dibekuk dekat "
            "Konsulat Inggris di Piedmont, Italia.\n\n\"Dia pria berbahaya,\" kata Wakil Jaksa Penuntut Umum "
            "Milan Paolo Rossi dalam konferensi pers.")
    assert ("Paolo Rossi", "Dia pria berbahaya", "IT") in _id(body)


def test_the_police_before_any_place_are_those_of_the_state_the_title_names_as_the_scene():
    body = ("Jakarta, CNN Indonesia -- Seorang model Inggris dibius kemudian diculik.\n\n"
            "Polisi mengatakan model itu disuntik obat bius saat pemotretan di Milan, Italia.\n\n"
            "Model itu dibebaskan di Italia.")
    got = _id(body, title="Diculik di italia model inggris dijual")
    assert ("Polisi", "model itu disuntik obat bius saat pemotretan di Milan, Italia", "IT") in got


def test_a_judge_in_a_story_set_abroad_is_the_scenes_state():
    # (the title word opening the sentence stays a title though 'hakim' is written in lower case
    # elsewhere in the article)
    body = ("Jakarta, CNN Indonesia -- Blogger dari Singapura, Amos Yee, mendapat suaka di Amerika Serikat. "
            "Dia mengajukan suaka di depan hakim imigrasi.\n\n"
            "Hakim Samuel Cole mengatakan Yee adalah seorang pembangkang muda.")
    got = _id(body, title="Blogger singapura mendapat suaka di as")
    assert ("Samuel Cole", "Yee adalah seorang pembangkang muda", "US") in got


def test_no_scene_abroad_where_the_home_states_institutions_speak():
    # ('di London, Inggris' in the title and the text, but the home police named by their
    # institution: the restaurant is abroad, the speaker at home)
    body = ("Jakarta, CNN Indonesia -- Polisi menyatakan pihaknya tak bisa menyita restoran yang berada di "
            "London, Inggris, milik tersangka.\n\n\"Tidak bisa disita langsung,\" kata polisi di Markas "
            "Besar Polri, Jakarta Selatan.")
    got = _id(body, title="Polisi tak bisa sita restoran bos travel di london")
    assert got and all(country != "GB" for _, _, country in got)


def test_no_scene_from_where_someone_comes_from():
    # ('dari Singapura', 'warga Polandia': a person's origin, not where the story is set)
    body = ("Jakarta, CNN Indonesia -- Seorang blogger dari Singapura ditahan. Temannya warga Singapura.\n\n"
            "Hakim Ong Kian mengatakan bahwa blogger itu bersalah.")
    assert ("Ong Kian", "blogger itu bersalah", "SG") not in all_id(body)


# ---- ranks and agencies every state has, in a story mostly about a foreign state -----------------

def test_a_bare_army_rank_in_a_story_about_a_foreign_state_is_that_states():
    body = ("Popularitas Presiden Perancis Emmanuel Macron turun. Anggaran militer Perancis dipangkas, "
            "memicu perselisihan dengan pemimpin angkatan bersenjata Perancis, Jenderal Pierre Dupont. "
            "Perancis kini menghemat anggaran.\n\n"
            "Dalam sidang parlemen, Dupont menyebut dia tidak sanggup mempertahankan kemampuan tentara.")
    assert ("Pierre Dupont", "dia tidak sanggup mempertahankan kemampuan tentara", "FR") in all_id(body)


def test_an_indonesian_navy_rank_stays_home_in_a_story_about_foreigners():
    # home_rank_words: 'Letnan Kolonel Pelaut' (the Indonesian navy's form) in a story naming
    # Somalia most
    body = ("Delapan warga Somalia ditangkap. Para imigran Somalia itu datang dari Malaysia. Somalia dilanda "
            "perang.\n\nKomandan Pangkalan Angkatan Laut Tanjungbalai Asahan, Letnan Kolonel Pelaut Bagus "
            "Amarullah, mengatakan perahu itu membawa delapan warga Somalia.")
    got = all_id(body)
    assert ("Bagus Amarullah", "perahu itu membawa delapan warga Somalia", "ID") in got


def test_a_civil_protection_official_in_a_story_about_a_foreign_state_is_that_states():
    body = ("Helikopter militer Meksiko jatuh di Meksiko. Menteri Pertahanan Meksiko datang ke lokasi. "
            "Meksiko berduka.\n\nLuis Cabrera, pejabat perlindungan sipil yang berada di lokasi, mengatakan "
            "bahwa pihak berwajib sedang menyelidiki penyebab kecelakaan.")
    got = all_id(body)
    assert ("Luis Cabrera", "pihak berwajib sedang menyelidiki penyebab kecelakaan", "MX") in got


def test_a_general_of_an_international_coalition_is_not_read_as_a_bare_rank():
    # (only a role that is the rank alone: 'Sekretaris Jenderal Perserikatan' stays no state's)
    body = ("Myanmar diminta menghentikan kekerasan. Myanmar menolak. Myanmar membantah.\n\n"
            "Sekretaris Jenderal Perserikatan Bangsa-Bangsa Antonio Guterres mengatakan otoritas Myanmar "
            "harus mengakhiri kekerasan.")
    got = all_id(body)
    assert all(country != "MM" for speaker, _, country in got if "Guterres" in speaker)


# ---- a story that names no other state: its unnamed police, prosecutors, government are home's ----

def test_unnamed_police_and_prosecutors_in_a_story_naming_no_other_state_are_home():
    body = ("Seorang pria membunuh tetangganya di Bekasi karena ditagih utang.\n\n"
            "Jaksa mengatakan terdakwa memukul korban dengan linggis.\n\nPolisi mengatakan bahwa pelat mobil itu palsu.")
    got = all_id(body)
    assert ("Jaksa", "terdakwa memukul korban dengan linggis", "ID") in got
    assert ("Polisi", "pelat mobil itu palsu", "ID") in got


def test_unnamed_police_in_a_story_naming_another_state_are_not_made_home():
    # (a foreign state named, even once and in passing: the rule says nothing)
    body = ("Seorang pria membunuh tetangganya di Bekasi. Pria itu baru pulang dari Malaysia.\n\n"
            "\"Pelat mobil itu palsu,\" kata polisi.")
    got = all_id(body)
    assert ("polisi", "Pelat mobil itu palsu", None) in got
    body = body.replace(" Pria itu baru pulang dari Malaysia.", "")
    assert ("polisi", "Pelat mobil itu palsu", "ID") in all_id(body)


# ---- a named member of a state's forces, introduced by the force's word ---------------------------

def test_a_border_guard_in_apposition_is_of_the_scenes_state():
    # _force_role_state: 'Seorang petugas perbatasan lainnya, NAME,' in a story set in Bangladesh
    # ('di Kutupalong', a place within it) whose state is undecided between Bangladesh and Myanmar
    body = ("Jakarta, CNN Indonesia -- Bangladesh memulangkan 90 pengungsi Rohingya ke Myanmar. Tentara Myanmar "
            "menembaki pengungsi. Myanmar membantah.\n\nPara pengungsi ditangkap di Kutupalong, Bangladesh.\n\n"
            "Seorang petugas perbatasan lainnya, Manzurul Hassan Khan, menyatakan dirinya bisa mendengar "
            "suara tembakan di desa dekat perbatasan.")
    got = all_id(body)
    assert ("Manzurul Hassan Khan", "dirinya bisa mendengar suara tembakan di desa dekat perbatasan", "BD") in got


def test_a_general_named_with_his_rank_is_not_read_as_a_force_member():
    # ('Jenderal Abdulelah' read as the role of 'al-Saleh', secretary general of a coalition of states)
    body = ("Arab Saudi memimpin koalisi militer Islam. Arab Saudi menggelar pertemuan. Arab Saudi mengundang "
            "Iran.\n\nWalau demikian, Jenderal Abdulelah al - Saleh, sekretaris jenderal aliansi, membantah "
            "pihaknya mengucilkan negara tertentu.")
    got = all_id(body)
    assert all(country != "SA" for speaker, _, country in got if "Saleh" in speaker)


# ---- a home title the press gives another state's parliament ------------------------------------

def test_the_speaker_of_a_foreign_house_called_ketua_dpr_is_that_states():
    body = ("Ribuan warga Amerika Serikat berdemo di Washington. Presiden AS Donald Trump menanggapi. Amerika "
            "Serikat bergolak.\n\nKetua DPR Mike Johnson mengatakan bahwa demonstrasi itu adalah demo benci Amerika.")
    assert ("Mike Johnson", "demonstrasi itu adalah demo benci Amerika", "US") in all_id(body)


def test_ketua_dpr_stays_home_where_the_home_state_is_named():
    body = ("Ribuan warga Amerika Serikat berdemo di Washington. Amerika Serikat bergolak. Amerika Serikat "
            "berduka. Indonesia mengimbau warganya berhati-hati. Kedutaan Indonesia memantau.\n\n"
            "Ketua DPR Budi Santoso mengatakan bahwa warga Indonesia di sana aman.")
    assert ("Budi Santoso", "warga Indonesia di sana aman", "ID") in all_id(body)
