"""Stance and conflict classes read in the dev12 errors: an office of a state written with `of`, a
state before `-backed`, states of civilians in a headline, a lone hostile act, truce zones arranged
between non-parties, and a people's crisis with the state it lives in. Constructed sentences only."""
from __future__ import annotations

from .test_conflicts import detect
from .test_stances import position_of as _position, run


# ---- who acts ----------------------------------------------------------------------------------


def test_office_of_a_state_is_the_subject():
    body = ("Armenia and Azerbaijan fought a war over the region. "
            "The president of Turkey vowed support for Azerbaijan, while Russia called for a cessation of fighting.")
    _, stances = run(body, "en", parties=["AM", "AZ"])
    assert _position(stances, "TR") == ("backs", "AZ")
    assert _position(stances, "RU") != ("backs", "AZ")


def test_office_governed_by_a_preposition_is_no_subject():
    body = ("Armenia and Azerbaijan fought a war over the region. "
            "Greece voiced support for the president of Turkey and called for a ceasefire.")
    _, stances = run(body, "en", parties=["AM", "AZ"])
    assert stances.get(("TR", None)) is None


def test_state_before_backed_is_the_backer():
    # the Armenian-backed separatists: Armenia's own side, no act of another state on Armenia
    body = ("The United States watched the war between Armenia and Azerbaijan. "
            "It lies within the borders of Azerbaijan but the Armenian-backed separatist republic holds it.")
    _, stances = run(body, "en", parties=["AM", "AZ"])
    assert _position(stances, "US") != ("backs", "AM")


# ---- which conflict ------------------------------------------------------------------------------


def test_headline_state_of_refugees_is_no_side():
    body = ("Aktris itu mengunjungi para pengungsi Suriah di Yordania. Ia menyerukan agar perang saudara di "
            "Suriah dihentikan. Kekerasan brutal terjadi di Suriah.")
    title = "Kunjungi pengungsi suriah aktris kecam pasukan perdamaian"
    assert detect(body, title=title) is None
    # a state acting in the headline still is one
    result = detect(body, title="Suriah kecam pasukan perdamaian")
    assert result is not None and result["parties"] == ["SY"]


def test_lone_hostile_act_of_a_state_named_in_passing_is_no_conflict():
    body = ("Arab Saudi berencana memberi perempuan kontrol lebih atas hidup mereka. Raja Arab Saudi "
            "mengeluarkan perintah baru. Perempuan Arab Saudi kini boleh bekerja. Arab Saudi terpilih "
            "menjadi anggota komisi PBB. Salah satu yang menolak adalah Inggris. Melalui kementerian luar "
            "negerinya, London menolak pemilihan Riyadh dalam komisi itu. Arab Saudi masih menduduki "
            "peringkat bawah. Sistem perwalian Arab Saudi dikritik.")
    assert detect(body, title="Saudi izinkan perempuan bekerja") is None


def test_lone_hostile_act_of_a_state_named_often_is_a_conflict():
    body = ("Turkey's president pledged to convert the museum, despite criticism by Greece. "
            "Greece said the building belongs to humanity. Greece and Turkey have long disagreed. "
            "Turkey said the decision is its own. Greece asked the UN to act. Turkey held a rally.")
    result = detect(body, "en", title="Turkey's president proposes converting museum")
    assert result is not None and set(result["parties"]) == {"TR", "GR"}


def test_people_in_a_crisis_with_its_state():
    body = ("Bangladesh berencana menempatkan Rohingya di sebuah pulau setelah mereka kabur dari kekerasan di "
            "Myanmar. Bangladesh sudah menampung ratusan ribu pengungsi. Mereka kabur karena kekerasan militer "
            "terhadap Rohingya kembali memanas. Bangladesh mempertimbangkan pulau itu.")
    result = detect(body)
    assert result is not None and result["parties"] == ["MM"]


def test_people_named_beside_a_border_only_is_no_crisis():
    body = ("India berencana mengusir orang Rohingya. Pemerintah India menyebut mereka imigran gelap. "
            "Sebagian orang Rohingya menyeberang ke perbatasan India dari Myanmar. "
            "Orang Rohingya di India tinggal di perbatasan.")
    result = detect(body)
    assert result is None or result["parties"] != ["MM"]


# ---- neutral brokers ---------------------------------------------------------------------------------


def test_truce_zone_agreed_between_non_parties_is_neutral():
    body = ("Pasukan Suriah menyerang daerah pemberontak. Wilayah itu harusnya menjadi zona de-eskalasi atas "
            "kesepakatan antara Rusia, Iran, dan Turki.")
    _, stances = run(body, "id", parties=["SY"])
    for code in ("RU", "IR", "TR"):
        assert _position(stances, code) == ("neutral", None)


def test_truce_zone_with_a_party_among_its_makers_names_no_broker():
    body = ("Pasukan Suriah menyerang daerah pemberontak. Wilayah itu menjadi zona de-eskalasi atas "
            "kesepakatan antara Rusia dan Suriah.")
    _, stances = run(body, "id", parties=["SY"])
    assert _position(stances, "RU") != ("neutral", None)


def test_forces_sailing_together_back_the_same_side():
    body = ("Korea Utara mengancam Amerika Serikat dengan rudal. Latihan itu digelar setelah tiga kapal induk AS "
            "berlayar di Samudera Pasifik bersama kapal perang Jepang dan Korea Selatan pada akhir pekan lalu.")
    _, stances = run(body, "id", parties=["KP", "US"])
    assert _position(stances, "JP") == ("backs", "US")
    assert _position(stances, "KR") == ("backs", "US")


def test_even_closes_a_list_of_actors():
    body = ("Arab Saudi dan sejumlah negara Timur Tengah seperti Bahrain, Uni Emirat Arab, bahkan Mesir "
            "memutus hubungan diplomatik dengan Qatar.")
    _, stances = run(body, "id", parties=["SA", "QA"])
    assert _position(stances, "EG") in (("opposes", "QA"), ("backs", "SA"))


def test_headline_of_mutual_praise_names_no_conflict():
    body = ("Trump bertemu dengan pengusaha asal China. Pertemuan ini berlangsung di tengah ketegangan yang "
            "timbul antara Amerika Serikat dengan China. Keduanya setuju memperkuat hubungan antara Amerika "
            "Serikat dan China.")
    assert detect(body, title="Pengusaha china dan trump saling puji") is None


def test_pair_named_once_as_history_of_a_states_own_unrest():
    body = ("Bentrokan antara warga dan petugas keamanan di Kashmir menewaskan dua orang. Bentrokan terjadi "
            "seusai salat. Polisi India menembakkan gas air mata dalam bentrokan itu. Lebih dari 80 orang tewas "
            "dalam bentrokan sejak Juli. Bentrokan dipicu pembunuhan pemimpin pemberontak oleh tentara India. "
            "Kashmir masih diperebutkan oleh India dan Pakistan dan memicu dua perang antara kedua negara. "
            "Protes anti-India terus terjadi.")
    result = detect(body)
    assert result is not None and result["parties"] == ["IN"]
    # a pair set apart in the headline stays a pair
    result = detect(body, title="India dan Pakistan saling serang di Kashmir")
    assert result is not None and set(result["parties"]) == {"IN", "PK"}


def test_opening_and_joins_no_list():
    # the sentence's `And` is no coordinator before the subject: the US mediates, not Israel
    body = ("Armenia and Azerbaijan fought a war over the region. "
            "And the United States, in September, addressed the Arab-Israeli conflict in mediating accords "
            "between Israel and Bahrain.")
    _, stances = run(body, "en", parties=["AM", "AZ"])
    assert stances.get(("IL", None)) is None
    assert _position(stances, "US") == ("neutral", None)


def test_peoples_crisis_frames_a_neighbours_row():
    # the neighbour's protest over the crisis is its stance, not a second side
    body = ("Pemerintah Bangladesh memanggil Duta Besar Myanmar untuk memprotes tindakan aparat keamanan "
            "Myanmar menanam ranjau darat di perbatasan kedua negara. Ketegangan meningkat terkait masuknya "
            "warga Rohingya dari Myanmar ke Bangladesh. Militer Myanmar menanam ranjau untuk mencegah warga "
            "Rohingya kembali, kata pejabat Bangladesh. Operasi militer terhadap Rohingya terus berlangsung.")
    conflict, stances = run(body, "id")
    assert conflict is not None and conflict["parties"] == ["MM"]
    assert _position(stances, "BD") == ("opposes", "MM")
