"""Conflicts on text nobody tuned to (dev15 and the corpus samples): a border named as a place, a
warning about a group, a remark in a long digest and a war that is another state's are no conflict."""
from __future__ import annotations

from .test_conflicts import detect


def _parties(result):
    return set(result["parties"]) if result else set()


def _filler(n: int, lang: str = "en") -> str:
    """n plain sentences of a long article about other things."""
    if lang == "en":
        return " ".join(f"The candidate spoke at rally number {i} about jobs and schools." for i in range(n))
    return " ".join(f"Menteri itu membahas anggaran sekolah ke-{i} bersama pejabat daerah." for i in range(n))


def test_a_second_border_of_the_sentence_names_a_place_too():
    # (after 'Warga sipil Thailand bersihkan ranjau darat', IndoSum): a border named twice in one
    # sentence, beside the pair, is where the mines lie, not a conflict between the two states
    body = ("Relawan Thailand menemukan ranjau di dekat perbatasan Thailand - Kamboja. Daerah itu berada di "
            "jalur perbatasan sementara, bagian kecil dari wilayah beranjau di sepanjang perbatasan Thailand - "
            "Kamboja. Ranjau itu sisa perang saudara di Kamboja. Militer Thailand akan membersihkannya. "
            "Relawan Thailand mengatakan sisa perang itu berbahaya. Warga Thailand sering menginjaknya.")
    assert _parties(detect(body, title="Warga sipil Thailand bersihkan ranjau darat")) == set()
    # the border as the thing disputed, with `between` beside the pair and `border` elsewhere
    body = ("Greece's prime minister called the border agreement void. The border issue is the main difference "
            "between Greece and Turkey, he said. Turkey rejected the claim.")
    assert _parties(detect(body, "en")) == {"GR", "TR"}


def test_a_lone_warning_about_a_group_is_no_war_on_it():
    # a minister plans talks with neighbours about ISIS: no conflict word, no attack, one threat
    body = ("Menteri Pertahanan akan merangkul negara tetangga untuk mengantisipasi penyebaran ISIS. ISIS "
            "sudah sampai Filipina Selatan. Ia akan bertemu Malaysia dan Filipina soal ISIS. Khusus dengan "
            "Filipina, ia akan membahas keberadaan ISIS di sana. Filipina harus mengerti bahwa ISIS mengancam "
            "daerah mereka, katanya.")
    assert _parties(detect(body, title="Menhan rangkul negara tetangga")) == set()
    # the army attacking the group: its war
    body = body.replace("ISIS sudah sampai Filipina Selatan.",
                        "Tentara Filipina menggempur ISIS di Filipina Selatan dalam pertempuran sengit.")
    assert _parties(detect(body, title="Menhan rangkul negara tetangga")) == {"PH"}


def test_one_hostile_act_in_a_long_digest_is_a_remark():
    # a month of a US election campaign: China named in three sentences of over sixty
    body = ("The United States election campaign went on in October. " + _filler(30)
            + " Trump said he banned travel from China in January. Biden spoke about China's trade with the "
            "United States. Sanders criticised taxes paid to China. " + _filler(30)
            + " Voters in the United States go to the polls next week.")
    assert _parties(detect(body, "en", title="On the campaign trail")) != {"US", "CN"}
    # the same act in a short story is its conflict
    body = ("Trump said he banned travel from China in January. China protested against the United States. "
            "China said the ban was wrong.")
    assert _parties(detect(body, "en", title="Travel ban")) == {"US", "CN"}


def test_a_lone_state_needs_the_fighting_to_be_its_own():
    # (a story of British politics whose words of war are about the war in Iraq)
    body = ("A campaign group will field candidates in Britain's election. The group opposes cuts to "
            "Britain's army regiments. Its poster showed soldiers fighting the war in Iraq. Britain's "
            "ministers say the cuts are needed. The group has been fighting against defence cuts across "
            "Britain for a year. Britain's voters will decide. Candidates in Britain will answer.")
    assert _parties(detect(body, "en", title="Regiments group in poll move")) == set()
    # a state's own civil war: its fighting is told of it
    body = ("Syria's army fought rebels in the north, Syria's ministers said. The war in Syria's north "
            "entered its ninth year. Fighting in Syria's north went on despite a ceasefire.")
    assert _parties(detect(body, "en")) == {"SY"}


def test_the_fighting_of_a_long_debate_is_no_lone_state_war():
    # two sentences of war naming Britain in a debate of over sixty sentences
    body = ("Britain's parliament debated the new powers. " + _filler(35)
            + " Britain's troops fought a war abroad and the war went on, a member said. Britain's soldiers "
            "and the war were not the subject, another replied. " + _filler(30))
    assert _parties(detect(body, "en", title="Terror powers debated")) == set()
    # the same two sentences in a short story are its war
    body = ("Britain's parliament debated the war. Britain's troops fought a war abroad and the war went on, "
            "a member said. Britain's soldiers and the war were not the subject, another replied.")
    assert _parties(detect(body, "en", title="Terror powers debated")) == {"GB"}


def test_a_group_named_in_passing_in_a_long_debate_sets_no_conflict():
    body = ("Britain's parliament debated the new anti-terror powers. " + _filler(40)
            + " The threat from al-Qaeda was real, the minister said. Britain's troops had fought al-Qaeda "
            "abroad. Suspects linked to al-Qaeda would face the orders. " + _filler(40)
            + " Britain's lords will vote on Monday.")
    assert _parties(detect(body, "en", title="Terror powers debated")) == set()
    # a story about the fight with the group
    body = ("Afghanistan's army fought the Taliban in Helmand. The Taliban attacked a base in Afghanistan. "
            "The war with the Taliban went on, Afghanistan's ministers said.")
    assert _parties(detect(body, "en")) == {"AF"}


def test_refugees_of_a_people_show_its_crisis_with_its_state():
    # (after 'Presiden lepas bantuan untuk pengungsi rohingya di bangladesh', IndoSum)
    body = ("Presiden melepas bantuan kemanusiaan untuk para pengungsi Rohingya di perbatasan Bangladesh dan "
            "Myanmar. Pesawat membawa beras dan tenda. Menteri berbicara dengan pemerintah Myanmar dan "
            "Bangladesh. Presiden berterima kasih kepada Bangladesh dan Myanmar. Bantuan untuk pengungsi "
            "Rohingya yang lari dari Myanmar masih akan bertambah.")
    assert _parties(detect(body, title="Presiden lepas bantuan untuk pengungsi rohingya di bangladesh")) == {"MM"}
    # refugees of the people, their state never named beside them: the host's policy, no crisis
    body = ("India berencana mengusir orang Rohingya. Status pengungsi bagi orang Rohingya dinilai tidak "
            "relevan. Kartu pengungsi diberikan kepada 16.500 orang Rohingya. Pemerintah Myanmar belum mau "
            "menerima mereka. Orang Rohingya mengungsi ke Bangladesh dan India.")
    assert _parties(detect(body, title="India berniat usir pengungsi rohingya")) != {"MM"}


def test_a_headline_whose_subject_is_a_firm_of_a_state_is_no_act_of_it():
    # a firm's nationality: the body never sets the two states apart
    body = ("A US engineering firm admitted paying bribes to officials in Benin. The firm will pay a fine. "
            "Prosecutors in the US said the money went to the election campaign in Benin.")
    assert _parties(detect(body, "en", title="US company admits Benin bribery")) != {"US", "BJ"}
    # a state acting on the other in the body: its adversary
    body = ("Turkish troops shelled a village in Syria. Syria condemned Turkey for the attack. Turkey said "
            "it targeted militants.")
    assert _parties(detect(body, "en", title="Syrian children killed as Turkey shells village")) == {"TR", "SY"}


def test_a_pair_listed_after_an_embargo_is_one_side():
    body = ("Britain said the embargo on China should end. It was wrong to put China under the same embargo "
            "as countries such as Zimbabwe and Burma, the minister said. China welcomed the move.")
    assert _parties(detect(body, "en", title="Minister backs ending embargo")) != {"ZW", "MM"}


def test_the_one_hostile_act_of_an_article_without_conflict_words_is_no_conflict():
    # (a court story: two detainees had their passports withdrawn by Britain after their release by the US)
    body = ("Two British men held at Guantanamo Bay by the United States were freed last year. Their passports "
            "were withdrawn by Britain. A court in Britain heard their appeal. The men say Britain's decision "
            "was unfair. Lawyers in the United States and Britain follow the case. The United States freed "
            "them without charge. Britain's ministers will answer in court.")
    assert _parties(detect(body, "en", title="Guantanamo pair's passport case")) == set()


def test_an_attack_of_a_war_of_history_is_no_conflict_of_the_story():
    # (after 'Lost 52 Project announces discovery of wrecked sub near Okinawa', Wikinews)
    body = ("Researchers announced that a World War II-era submarine wreck found near Okinawa, Japan, was a "
            "United States Navy boat. The United States Navy confirmed the discovery. A researcher in Japan "
            "found records that showed a Japanese bomber had attacked a U.S. vessel in February 1944. The "
            "submarine had made an attack on Japanese cargo ships. Relatives in the United States were told.")
    assert _parties(detect(body, "en", title="Wreck of submarine found")) == set()


def test_a_war_said_to_be_over_is_no_conflict_of_a_business_story():
    body = ("Liberia's economy grew by 2% last year, the IMF said. Liberia is still recovering from its long civil "
            "war, which ended in 2003. Elections in Liberia are the first since the conflict ended. "
            "Rubber output in Liberia rose, as did local services. Liberia's exports doubled. Investors in "
            "Liberia remain cautious. Rebuilding since the end of the war goes on. Troops of the UN still "
            "guard the mines.")
    assert _parties(detect(body, "en", title="Liberian economy starts to grow")) == set()
    # the war going on: its conflict
    body = body.replace("still recovering from its long civil war, which ended in 2003",
                        "in a civil war that rebels began in 2003").replace(
        "the first since the conflict ended", "delayed by the conflict and the war").replace(
        "since the end of the war", "during the war")
    assert _parties(detect(body, "en", title="Liberian economy starts to grow")) == {"LR"}
