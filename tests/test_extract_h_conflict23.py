"""No conflict where there is none: a headline's verb of opposing that is a word of a name, a side
outside the verb's clause, a politician's private row, a comeback in a match, a sports report full of
play words; and the articles of a dispute that keep their parties. Invented sentences."""
from __future__ import annotations

from .test_conflicts import detect

_QUIET_EN = ("The players trained on Monday morning. Officials said the weather would be fine. "
             "Tickets for the weekend sold out within a day.")
_QUIET_ID = ("Acara itu digelar pada Minggu pagi. Panitia mengatakan ribuan orang akan hadir. "
             "Warga diminta datang lebih awal.")


def test_a_capitalised_word_of_a_name_in_a_sentence_case_headline_is_no_verb():
    # `Slam` of `Grand Slam` is no verb of opposing: no one-sided conflict of the state
    assert detect(_QUIET_EN, "en", title="Portugal coy on Grand Slam hopes") is None
    # the verb in lower case still sets the state opposed
    assert detect(_QUIET_EN, "en", title="Rights groups slam Portugal over prison rules")["parties"] == ["PT"]
    # in a headline in title case every word has its capital: the verb is read as before
    assert detect(_QUIET_EN, "en", title="Rights Groups Slam Portugal Over Prison Rules")["parties"] == ["PT"]


def test_the_sides_of_a_headline_verb_stand_in_its_clause():
    # the state after the comma is where the advice comes from, not what the march opposes
    assert detect(_QUIET_ID, title="Ada Aksi Besar Tolak Tambang, Ini Imbauan dari KBRI Peru") is None
    # the state in the verb's own clause is still opposed
    conflict = detect(_QUIET_ID, title="Aktivis Tolak Kebijakan Peru, Ini Kata Mereka")
    assert conflict["parties"] == ["PE"]
    # a verb fronted before its subject keeps the states of the next clause
    conflict = detect(_QUIET_ID, title="Lawan Brasil, Argentina Siapkan Dana Tambang")
    assert set(conflict["parties"]) == {"BR", "AR"}


def test_a_lone_side_named_only_through_a_politician_is_a_private_row():
    # a businessman against the President: the state is named only through its President's name
    assert detect(_QUIET_ID, title="Taktik Pengusaha Lawan Trump: Bikin Partai Baru") is None
    # the state named by its name: one side of a one-sided dispute, as before
    conflict = detect(_QUIET_ID, title="Taktik Pengusaha Lawan Amerika Serikat: Bikin Partai Baru")
    assert conflict["parties"] == ["US"]


def test_a_comeback_in_a_match_is_no_fight():
    assert detect(_QUIET_EN, "en", title="Novak fights back for Indian title") is None
    assert detect(_QUIET_EN, "en", title="Activists fight India over dam plans")["parties"] == ["IN"]


def test_a_rugby_report_is_a_sports_report():
    body = ("Six penalties from the full-back gave Fiji victory over Samoa in a tense Six Nations "
            "style encounter. Samoa attacked hard and led at the break, but the Fiji scrum held. "
            "The winger was denied a try after a forward pass, and the fly-half missed two "
            "penalties. Fiji defended well in the second half. The flanker was the best player on "
            "the pitch. Samoa now face a battle to stay off the bottom, and the scrum-half "
            "said the side would fight on. The referee sent off a Samoa wingers' replacement.")
    assert detect(body, "en", title="Fiji 21-13 Samoa") is None


def test_states_qualifying_works_and_shows_of_the_arts_set_no_headline_pair():
    body = ("The writer accepted the award in a ceremony on Wednesday. Another author used the "
            "evening to condemn censorship. She said censors want to ban books and threatened to sue "
            "the school boards.")
    assert detect(body, "en", title="Chile novel wins US book prize") is None
    # states that act: the pair stands
    conflict = detect(body, "en", title="Chile condemns US over book ban")
    assert conflict is not None and set(conflict["parties"]) == {"CL", "US"}


def test_a_headline_of_trade_and_investment_ties_is_cooperation():
    body = ("Indonesia dan Peru terus memperkuat hubungan dagang. Nilai ekspor Indonesia ke Peru "
            "naik tahun ini. Peru mengancam menaikkan tarif bea masuk produk Indonesia.")
    assert detect(body, title="RI dan Peru Perkuat Hubungan Dagang dan Investasi") is None
    # (a conflict word in the headline: the dispute is its story)
    conflict = detect(body, title="RI dan Peru Perkuat Hubungan Dagang di Tengah Sengketa Baja")
    assert conflict is not None and set(conflict["parties"]) == {"ID", "PE"}


_TERROR_AT_HOME = (
    "Seorang remaja asal Bandung dikabarkan tewas dalam serangan udara di Suriah pekan lalu. Ayahnya "
    "adalah narapidana kasus terorisme yang ditangkap Densus 88. Menurut pengamat, sang ayah mengirim "
    "keluarganya ke Suriah untuk bergabung dengan kelompok Negara Islam Irak dan Suriah (ISIS) sejak "
    "2015. \"Dia pendukung ISIS sejak lama dan anaknya ikut perang di Suriah,\" kata pengamat itu. "
    "Polisi masih menyelidiki jaringan ISIS di Jawa Barat. Keluarga lain juga diduga berangkat ke "
    "Suriah melalui Turki.")


def test_a_lone_state_named_only_as_a_place_is_the_scene_in_indonesian_too():
    # Suriah only after `di`, `ke` and inside the group's own name: a story of terror at home
    assert detect(_TERROR_AT_HOME) is None
    # the state's own forces and government act: its war on the group
    body = _TERROR_AT_HOME.replace(
        "Keluarga lain juga diduga berangkat ke Suriah melalui Turki.",
        "Tentara Suriah terus menggempur posisi ISIS, dan pemerintah Suriah menyebut serangan itu berhasil.")
    assert detect(body)["parties"] == ["SY"]


def test_the_state_of_a_peoples_crisis_stays_its_party_though_named_as_a_place():
    body = ("Pemerintah Bangladesh berencana memindahkan ribuan pengungsi Rohingya dari Myanmar ke "
            "sebuah pulau. Lebih dari 400.000 orang Rohingya telah melarikan diri dari kekerasan di "
            "Myanmar sejak Agustus. Para pengungsi Rohingya menceritakan kekerasan militer yang mereka "
            "alami sebelum lari dari Myanmar. Badan PBB meminta rencana itu ditinjau kembali.")
    assert detect(body)["parties"] == ["MM"]


def test_a_rugby_preview_of_titles_fixtures_and_team_mates_is_a_sports_report():
    # (twenty-second session: a preview naming few play words, but its titles and fixtures, read as a conflict
    # of the one state it names)
    body = ("Former captain Sean Tully thinks Scotland can take the Grand Slam this year. He tips his old "
            "team-mates to win the Triple Crown again. Scotland were runners-up twice in the Five Nations. "
            "The coach has few injuries in the squad. Their last fixture is against Italy in Rome, and the "
            "flanker said the side would attack from the start. The tournament ends in March.")
    assert detect(body, "en", title="Tully - Scotland can win Grand Slam") is None
    # the same state in a story of a real dispute still has its conflict
    dispute = ("Scotland accused Italy of breaking the fishing treaty. Italy rejected the accusation and "
               "threatened sanctions against Scotland.")
    assert detect(dispute, "en", title="Scotland and Italy in fishing row") is not None
