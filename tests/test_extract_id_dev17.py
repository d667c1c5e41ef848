"""Indonesian reported speech and speakers (helper h_id18): forms found missing across the Indonesian
development sets (dev2 ... dev17) and in the IndoSum sample. Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_id, indirect, run


def said(body):
    """(speaker, text) of every quote, direct and reported."""
    return [(s, t) for s, t, _ in all_id(body)]


OPENING = "Menteri Pertahanan Amerika Serikat James Mattis mengunjungi pangkalan militer di Irak pada Senin.\n\n"


def test_a_quote_opening_with_a_verb_is_the_predicate_of_the_reported_clause():
    # quote_predicate_prefixes: the clause is reported whole, and the quote is a direct quote as well
    body = OPENING + ('Seorang pejabat pertahanan AS mengatakan, pengiriman pasukan ini "terkait dengan '
                      'bertambahnya jumlah pasukan lokal yang siap bertempur".')
    assert said(body) == [
        ("Seorang pejabat pertahanan AS",
         'pengiriman pasukan ini "terkait dengan bertambahnya jumlah pasukan lokal yang siap bertempur"'),
        ("Seorang pejabat pertahanan AS", "terkait dengan bertambahnya jumlah pasukan lokal yang siap bertempur")]


def test_a_quote_opening_with_a_copula_after_a_subject_is_reported_with_it():
    # predicate_copulas opening the quote ('bukan'), after the cue verb 'berujar' used as a report verb
    body = OPENING + ('Dia berujar, para calon pemimpin pasukan itu sejauh ini "bukan berasal dari '
                      'kalangan militer."')
    assert ("James Mattis", 'para calon pemimpin pasukan itu sejauh ini "bukan berasal dari kalangan militer."') \
        in indirect(run(body))


def test_menyebut_a_noun_phrase_then_a_verb_quote_reports_a_clause():
    # 'menyebut dokumen tersebut "menimbulkan ..."' is a report; 'menyebut mereka "pengkhianat bangsa"'
    # names them and reports nothing beyond the quote
    body = OPENING + ('Mattis menyebut dokumen tersebut "menimbulkan kekhawatiran serius mengenai keputusan '
                      'para pejabat di Baghdad".\n\nMattis juga menyebut mereka "pengkhianat bangsa".')
    assert said(body) == [
        ("James Mattis", 'dokumen tersebut "menimbulkan kekhawatiran serius mengenai keputusan para pejabat di '
                         'Baghdad"'),
        ("James Mattis", "menimbulkan kekhawatiran serius mengenai keputusan para pejabat di Baghdad"),
        ("James Mattis", "pengkhianat bangsa")]


def test_an_unnamed_source_or_officer_of_a_state_is_the_speaker():
    # unnamed_source_heads: 'Sumber pemerintah AS mengatakan', 'Petugas keamanan Irak mengatakan'
    body = OPENING + ("Sumber pemerintah AS mengatakan, kunjungan itu sudah direncanakan sejak bulan lalu oleh "
                      "kementerian.\n\nPetugas keamanan Irak mengatakan, jalan menuju pangkalan ditutup selama "
                      "kunjungan berlangsung.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Sumber pemerintah AS", "US"), ("Petugas keamanan Irak", "IQ")]


def test_sumber_daya_is_no_source():
    body = OPENING + "Sumber daya manusia di pangkalan itu mengatakan banyak hal kepada para tamu yang datang."
    assert all_id(body) == []


def test_a_cue_after_a_connective_with_no_comma_of_its_own_reports_the_clause():
    # according_openers before a cue verb: 'Namun kata X, ...', '..., karena kata X, ...'
    body = OPENING + ("Namun kata Mattis, pasukan Amerika belum akan ditarik dari negara itu dalam waktu dekat.\n\n"
                      "Justru sebaliknya, karena kata Mattis, jumlah pasukan harus ditambah sebelum akhir tahun ini.")
    assert indirect(run(body)) == [
        ("James Mattis", "pasukan Amerika belum akan ditarik dari negara itu dalam waktu dekat"),
        ("James Mattis", "jumlah pasukan harus ditambah sebelum akhir tahun ini")]


def test_both_people_of_a_correlative_subject_report_the_clause():
    # correlative_openers 'Baik X dan Y': each reports it; a one-word side is the short name of a person
    # named in full before
    body = ("Siti Aminah dan Doan Thi Lan didakwa melakukan penipuan di Kuala Lumpur.\n\n"
            "Baik Siti Aminah dan Doan mengaku hanya sebagai korban dalam kasus penipuan tersebut.")
    assert indirect(run(body)) == [
        ("Siti Aminah", "hanya sebagai korban dalam kasus penipuan tersebut"),
        ("Doan", "hanya sebagai korban dalam kasus penipuan tersebut")]


def test_two_one_word_names_never_named_in_full_are_no_joint_subject():
    body = "Budi dan Iwan mengatakan, mereka akan datang ke kantor polisi besok pagi untuk diperiksa."
    assert [s for s, _ in indirect(run(body))] != ["Budi", "Iwan"]



def test_a_long_subject_before_a_copula_is_still_a_clause():
    # 'memastikan' takes a clause when a marker follows its subject within the first ten words
    body = ("Kepolisian Manchester memastikan pelaku bom bunuh diri dalam konser Ariana Grande adalah "
            "seorang pemuda berusia 22 tahun.")
    assert indirect(run(body)) == [("Kepolisian Manchester", "pelaku bom bunuh diri dalam konser Ariana Grande "
                                                             "adalah seorang pemuda berusia 22 tahun")]


def test_several_unnamed_office_holders_of_a_state_speak():
    # group_quantifiers before a lower-case role: 'Sejumlah pejabat Afghanistan mengatakan', 'Para pejabat Korsel'
    body = OPENING + ("Pada Sabtu, sejumlah pejabat Afghanistan mengatakan setidaknya 16 warga sipil tewas dalam "
                      "serangan itu.\n\nPara pejabat Korsel mengatakan bahwa Seoul harus tetap berdialog dengan "
                      "Pyongyang.")
    assert [(s, c) for s, _, c in all_id(body)] == [("sejumlah pejabat Afghanistan", "AF"),
                                                   ("Para pejabat Korsel", "KR")]
