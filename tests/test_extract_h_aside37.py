"""A pronoun-cued quote that calls the pronoun's referent by the title the article puts before that
person's name is not the referent's own words (helper h_aside37). Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct_speakers


# ---- a title used alone as the name of the one narrated about ---------------------------------------

def test_a_quote_calling_the_narrated_person_by_their_title_stays_with_the_one_quoted_before():
    # 'Habib' stands for Habib Salim, whom the sentence before narrates about; the quote is his
    # lawyer's, quoted just before
    body = ("Kuasa hukum Habib Salim Alkaf, Darmanto Wiryo, mengatakan kliennya menolak undangan itu.\n"
            "\"Beliau menolak karena undangan itu datang terlambat,\" ujar Darmanto.\n"
            "Dalam hal ini, Salim menilai ada pihak yang sengaja mengulur waktu.\n"
            "\"Kami sudah bertanya ke panitia, tapi Habib tetap tidak mau datang,\" pungkasnya.")
    assert direct_speakers(body) == ["Darmanto Wiryo", "Darmanto Wiryo"]


def test_a_quote_calling_the_president_by_the_title_alone_is_not_the_presidents():
    body = ("Presiden Bambang Sutrisno menerima para ketua fraksi di Istana, Senin.\n"
            "\"Kami membahas dua peraturan baru,\" ucap Ketua Fraksi Karya Rudi Hartawan.\n"
            "Rudi berpandangan, kedua peraturan itu penting bagi negara.\n"
            "Dalam pertemuan, Bambang juga menyampaikan bahwa kedua peraturan itu mendesak.\n"
            "\"Kita sepaham dengan Presiden,\" katanya.")
    assert direct_speakers(body)[-1] == "Rudi Hartawan"


# ---- what the rule must not do -----------------------------------------------------------------------

def test_a_title_before_another_name_in_the_quote_leaves_the_quote_with_the_narrated_person():
    # 'Presiden Kusno' is another president, named: the quote does not speak of Bambang
    body = ("Presiden Bambang Sutrisno menerima para ketua fraksi di Istana, Senin.\n"
            "\"Kami membahas dua peraturan baru,\" ucap Ketua Fraksi Karya Rudi Hartawan.\n"
            "Rudi berpandangan, kedua peraturan itu penting bagi negara.\n"
            "Dalam pertemuan, Bambang juga menyampaikan bahwa kedua peraturan itu mendesak.\n"
            "\"Peraturan ini sudah ada sejak Presiden Kusno menjabat,\" katanya.")
    assert direct_speakers(body)[-1] == "Bambang Sutrisno"


def test_a_title_the_article_never_puts_before_the_name_says_nothing_of_the_person():
    # Bambang is never called 'Presiden Bambang': 'Habib' in the quote is no name of his
    body = ("Ketua Fraksi Karya Rudi Hartawan menemui Bambang Sutrisno di Istana, Senin.\n"
            "\"Kami membahas dua peraturan baru,\" ucap Rudi.\n"
            "Dalam pertemuan, Bambang juga menyampaikan bahwa kedua peraturan itu mendesak.\n"
            "\"Kita sepaham dengan Habib,\" katanya.")
    assert direct_speakers(body)[-1] == "Bambang Sutrisno"
