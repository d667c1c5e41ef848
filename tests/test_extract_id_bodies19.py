"""Indonesian reports by bodies and reports in relative clauses (helper h_idbody19): forms found missing
across the Indonesian development sets. Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_id


def said(body):
    """(speaker, text) of every quote, direct and reported."""
    return [(s, t) for s, t, _ in all_id(body)]


def test_a_relative_clause_closed_by_a_comma_before_the_report_verb():
    # subject_relative: 'Sumber ... yang enggan disebutkan namanya, mengatakan ...' (the comma closing
    # the relative clause is no end of the subject)
    body = ("Sumber dari pemerintahan Mesir yang enggan disebutkan namanya, mengatakan kini Kairo tengah "
            "mempertimbangkan permintaan tersebut.")
    assert said(body) == [("Sumber dari pemerintahan Mesir", "kini Kairo tengah mempertimbangkan permintaan tersebut")]


def test_the_relative_clause_without_a_comma_still_reads_as_before():
    body = ("Sumber dari pemerintahan Mesir yang enggan disebutkan namanya mengatakan kini Kairo tengah "
            "mempertimbangkan permintaan tersebut.")
    assert said(body) == [("Sumber dari pemerintahan Mesir", "kini Kairo tengah mempertimbangkan permintaan tersebut")]


def test_a_name_a_relative_clause_hangs_on_reports_the_clause_whatever_governs_it():
    # relative_clause_speakers, for a reported clause: 'dukungan dari ... Budi Santoso yang mengatakan ...'
    body = ("Usulan itu mendapat dukungan dari Wali Kota Bandung Budi Santoso yang mengatakan pemilihan "
            "pada Juni mendatang tidak perlu ditunda.")
    assert said(body) == [("Budi Santoso", "pemilihan pada Juni mendatang tidak perlu ditunda")]


def test_a_name_in_apposition_before_the_relative_clause():
    body = ("Laporan itu mengutip pengamat politik dari Universitas Gadjah Mada, Ahmad Fauzi, yang mengatakan "
            "keputusan itu diambil tanpa persetujuan presiden.")
    assert said(body) == [("Ahmad Fauzi", "keputusan itu diambil tanpa persetujuan presiden")]


def test_a_relative_clause_on_a_thing_reports_nothing():
    # the word before 'yang' is lower case: a rumour, not a speaker
    assert said("Warga membaca isu yang menyebut pasukan Indonesia sudah berada di Marawi.") == []


def test_a_relative_clause_on_a_news_outlet_reports_nothing():
    body = "Ia mengkritik surat kabar The New York Times, yang menyebut pemimpin itu sebagai tokoh perdamaian."
    assert said(body) == []


def test_two_bodies_by_their_short_forms_each_report_the_clause():
    # _joint_side: a body's one-word short form (institution_heads: 'Depkes', 'Kemenkes') beside an acronym
    body = "Depkes dan NEA mengatakan operasi pengendalian wilayah sedang dilaksanakan."
    assert said(body) == [("Depkes", "operasi pengendalian wilayah sedang dilaksanakan"),
                          ("NEA", "operasi pengendalian wilayah sedang dilaksanakan")]
    body = "Kemenkes dan BPOM mengatakan pengawasan obat sedang diperketat."
    assert said(body) == [("Kemenkes", "pengawasan obat sedang diperketat"),
                          ("BPOM", "pengawasan obat sedang diperketat")]


def test_the_first_of_two_joined_bodies_is_not_the_joined_phrase():
    # find_org: 'Kementerian Kesehatan' is not found as the phrase 'Kementerian Kesehatan dan Badan ...'
    body = ("Kementerian Kesehatan dan Badan Lingkungan Hidup Nasional mengatakan operasi pengendalian "
            "wilayah sedang dilaksanakan.")
    assert [s for s, _ in said(body)] == ["Kementerian Kesehatan", "Badan Lingkungan Hidup Nasional"]


def test_one_body_with_a_coordinator_in_its_name_stays_one():
    body = "Kementerian Hukum dan HAM mengatakan aturan itu akan segera direvisi."
    assert said(body) == [("Kementerian Hukum dan HAM", "aturan itu akan segera direvisi")]


KUWAIT = "Kementerian Dalam Negeri Kuwait mengonfirmasi bahwa 14 tahanan itu sempat melarikan diri. "


def test_according_to_a_body_named_by_its_head_noun_and_an_anaphor():
    # _described_body_source: 'menurut institusi tersebut, ...' is the body spoken of last
    for source in ("institusi tersebut", "lembaga itu", "kementerian tersebut"):
        body = KUWAIT + f"Namun, menurut {source}, mereka tidak keluar negeri melalui jalur resmi."
        assert ("Kementerian Dalam Negeri Kuwait", "mereka tidak keluar negeri melalui jalur resmi") in said(body)


def test_according_to_a_body_anaphor_after_a_person_is_no_one():
    body = ("Presiden Joko Widodo mengatakan bahwa 14 tahanan itu sempat melarikan diri. Namun, menurut "
            "lembaga tersebut, mereka tidak keluar negeri melalui jalur resmi.")
    assert [s for s, _ in said(body)] == ["Joko Widodo"]


def test_institusi_as_a_body_head():
    body = KUWAIT + "Institusi itu juga mengatakan mereka tidak keluar negeri melalui jalur resmi."
    assert ("Kementerian Dalam Negeri Kuwait", "mereka tidak keluar negeri melalui jalur resmi") in said(body)
