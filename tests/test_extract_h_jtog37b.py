"""Cross-article joins through people.yaml (helper h_jtog37b): a one-word mention does not join the
person an earlier article's reading listed under that word (a machine-written other name, the last
word of a full name) when the article points elsewhere: the word is a well-known official's listed
name ('Prabowo', not a spokesman whose name ends in it), or the article's pronouns about the word are
of the other sex than the entry's first name ('Parry ... he' against 'Lisa Parry'). Where its
pronouns fit, the join stays. Articles invented for these tests, in the shape of Indonesian and English news."""
from __future__ import annotations

from .extract_cases import extract_folder, sheet_speakers


_SPOKESMAN = ("Istana tanggapi kritik soal anggaran\n\n"
              "Juru Bicara Kepresidenan Rudi Santoso Prabowo mengatakan, anggaran itu sudah dibahas "
              "bersama DPR.\n"
              "\"Semua pos anggaran sudah kami jelaskan kepada dewan,\" kata Rudi Santoso Prabowo di "
              "Jakarta, Senin.\n")
_PRESIDENT = ("Pupuk untuk petani jelang musim tanam\n\n"
              "\"Petani harus mendapat pupuk yang cukup sebelum musim tanam,\" kata Prabowo di Istana "
              "Negara, Jakarta, Selasa.\n"
              "Prabowo menambahkan, distribusi pupuk akan diawasi ketat.\n")


def test_a_word_listed_as_an_officials_name_is_that_official_not_the_entry(tmp_path):
    content = extract_folder(tmp_path, _SPOKESMAN, _PRESIDENT, again=True)
    speakers = sheet_speakers(content, "pupuk-untuk-petani-jelang-musim-tanam.yaml")
    assert speakers and all(s[0] == "Prabowo" and s[2] == "ID" for s in speakers)


_WOMAN = ("Fans rally in city centre\n\n"
          "A couple from Leeds, Mark and Julia Brandon, travelled overnight for the rally. "
          "Julia Brandon, a retired teacher, said: \"We would not miss this for anything.\"\n")
_MAN = ("Brandon firm over striker\n\n"
        "Brandon said the club would not sell its captain. \"He is not for sale at any price,\" "
        "Brandon said.\n"
        "Brandon insisted he would turn down every offer. \"We want to build the team around him,\" "
        "he added.\n")
_HER = ("Brandon back at rally\n\n"
        "Brandon said she would come again next year. \"It was worth the long drive,\" Brandon said.\n")


def test_a_surname_whose_pronouns_are_of_the_other_sex_does_not_join(tmp_path):
    content = extract_folder(tmp_path, _WOMAN, _MAN, again=True)
    speakers = sheet_speakers(content, "brandon-firm-over-striker.yaml")
    assert speakers and all(s[0] == "Brandon" for s in speakers)


def test_a_surname_whose_pronouns_fit_the_entry_still_joins(tmp_path):
    content = extract_folder(tmp_path, _WOMAN, _HER, again=True)
    speakers = sheet_speakers(content, "brandon-back-at-rally.yaml")
    assert speakers and all(s[0] == "Julia Brandon" for s in speakers)



def test_a_nickname_an_article_gave_is_no_later_word_of_the_name():
    # ('Ahok', an entry's other name that is no word of its full name, was given by an article as
    # that person's: officials.yaml listing it too says nothing against the join)
    from types import SimpleNamespace

    from generator.extract.registry_joins import _later_word_of

    entry = SimpleNamespace(name="Basuki Tjahja Purnama")
    assert not _later_word_of(entry, "Ahok") and not _later_word_of(entry, "Basuki")
    assert _later_word_of(entry, "Purnama") and _later_word_of(SimpleNamespace(name="Rudi Santoso Prabowo"), "Prabowo")
