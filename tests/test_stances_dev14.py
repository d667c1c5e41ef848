"""Conflicts on text nobody tuned to (dev14 and the corpus samples): a row at home, a police
inquiry, a background remark or a lone accusation is no conflict between states."""
from __future__ import annotations

from .test_conflicts import detect


def _parties(result):
    return set(result["parties"]) if result else set()


def test_a_lone_state_needs_armed_actors():
    # a war of words inside one government: no troops, rebels or secession anywhere
    body = ("Britain's prime minister and his chancellor have declared war on each other, Britain's "
            "newspapers say. The war inside Britain's government dominated the week. Britain's "
            "ministers deny any conflict.")
    assert _parties(detect(body, "en")) == set()
    # the same state fighting rebels: its own conflict
    body = ("Syria's army fought rebels in the north, Syria's ministers said. The war in Syria's north "
            "entered its ninth year. Fighting in Syria's north went on despite a ceasefire.")
    assert _parties(detect(body, "en")) == {"SY"}
    # sanctions on a club of one state are no war of that state
    body = ("Klub Spanyol itu terkena sanksi embargo transfer. Spanyol menilai sanksi itu berat. "
            "Federasi Spanyol meminta embargo dicabut dan sanksi dikurangi.")
    assert _parties(detect(body)) == set()


def test_police_inquiry_at_home_is_no_conflict():
    # (after 'Malaysia awasi ketat mahasiswa yang diduga terpengaruh ISIS', IndoSum)
    body = ("Kepolisian Malaysia memberantas pengaruh kelompok militan ISIS di kampus. Polisi Malaysia "
            "menahan 15 orang terkait serangan ISIS di Malaysia. Militan ISIS, kata polisi, memicu "
            "konflik ideologi di Malaysia.")
    assert _parties(detect(body)) == set()
    # the army fighting the same group: a conflict of that state
    body = ("Tentara Filipina menggempur kelompok militan ISIS di Marawi. Polisi Filipina menahan 15 "
            "orang terkait serangan ISIS di Filipina. Perang melawan ISIS di Filipina berlanjut.")
    assert _parties(detect(body)) == {"PH"}


def test_a_lone_accusation_in_a_trial_story_is_no_conflict():
    # (after 'Sidang WNI tersangka kasus Kim Jong-nam dimulai 2 Oktober', IndoSum)
    body = ("Malaysia akan memulai proses pengadilan dua tersangka kasus dugaan pembunuhan Kim Jong-nam, "
            "kakak tiri pemimpin Korea Utara. Sidang dimulai pada 2 Oktober. Hakim sudah menetapkan "
            "jadwalnya. Kedua tersangka terancam hukuman mati. Pengacara mereka menilai sidang terlalu "
            "dipaksakan. Jaksa di Malaysia akan memanggil 40 saksi. Jaksa juga memberikan rekaman CCTV. "
            "Seorang tersangka mengaku dijebak. Sementara itu, Amerika Serikat menuding rezim Korut "
            "merupakan dalang di balik pembunuhan itu.")
    assert _parties(detect(body, title="Sidang tersangka kasus pembunuhan dimulai Oktober")) == set()
    # the same accusation in a story of the dispute itself (a word of conflict) keeps the pair
    body = body.replace("Jaksa di Malaysia", "Ketegangan antara Korea Utara dan Amerika Serikat meningkat. "
                        "Jaksa di Malaysia")
    assert _parties(detect(body, title="Sidang tersangka kasus pembunuhan dimulai Oktober")) == {"KP", "US"}


def test_a_background_remark_is_no_conflict():
    # (after 'Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng'): one sentence of
    # tension between two states in a long interview about a city election (a brief of that one
    # sentence would be about the tension)
    body = ("Wayne Tseng was born in Taiwan and came to Australia in 1990. He runs a business in Melbourne, "
            "Australia. He is standing for Lord Mayor. His campaign is about jobs. He wants more housing. "
            "He plans cheaper parking in the city. Australia has many Chinese voters, and Chinese "
            "candidates stand in many wards. The current tension between China and Australia fuels "
            "speculation about Chinese candidates. He wants better understanding between Chinese and "
            "Australian communities in Australia.")
    assert _parties(detect(body, "en", title="Interview with a candidate for mayor")) == set()
    # two states named once each, where attacks happened elsewhere, in a story of a bombing at home
    body = ("Polisi menyebut pelaku bom di Jakarta bagian dari jaringan ISIS. Ledakan terjadi pada malam "
            "hari. Lima orang tewas. Polisi memeriksa lokasi. Dua pelaku tewas di tempat. Keduanya warga "
            "Bandung. Ia menyebut serangan di Filipina dan Inggris juga dari kelompok mereka. Ini perang "
            "global, kata seorang pengamat.")
    assert _parties(detect(body, title="Pelaku bom jaringan ISIS")) == set()


def test_a_brief_of_one_sentence_is_its_story():
    assert _parties(detect("The current tension between China and Australia fuels speculation.", "en")) \
        == {"CN", "AU"}


def test_a_border_police_sets_no_states_apart():
    # (after 'Mantan PM Kosovo ditangkap di Prancis', IndoSum): an arrest in one state on another
    # state's warrant; the only conflict words of the sentence naming both are a place (`perbatasan`)
    body = ("Kepolisian Prancis menangkap mantan perdana menteri Kosovo atas permintaan Serbia. Ia komandan "
            "gerilya pada masa perang Kosovo, dan Kosovo kemudian dilanda krisis. Kementerian Luar Negeri Kosovo berupaya membebaskannya. "
            "Kepolisian perbatasan Prancis menahannya setelah mantan PM Kosovo itu tiba di Prancis. Ia "
            "pemimpin partai oposisi Kosovo. Kosovo dan Prancis memiliki hubungan yang erat, dan Prancis "
            "pendukung utama Kosovo.")
    assert _parties(detect(body, title="Mantan PM Kosovo ditangkap di Prancis")) != {"XK", "FR"}
