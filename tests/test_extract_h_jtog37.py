"""Cross-article joins through people.yaml (helper h_jtog37): a one-word mention does not join the
person an earlier article's reading listed under that word (a machine-written other name) when the
article's headline opens with an office the entry's role shares none of its own words with ('Wakil
Ketua MPR Tegaskan ...' over a story calling its speaker 'Dimas' only, the entry a district's
health chief); a headline naming the entry's office ('Menkes ...' for 'Menteri Kesehatan (Menkes)')
keeps the join. Articles invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from generator.extract_command import run_extract

from .extract_cases import extract_folder, sheet_speakers, sheet_texts

# The first article lists 'Dimas Prakoso', Kepala Dinas Kesehatan Kabupaten Lumajang (and 'Dimas',
# his other name by the machine).
_FIRST = ("Dinkes Lumajang siagakan puskesmas\n\n"
          "Kepala Dinas Kesehatan Kabupaten Lumajang Dimas Prakoso mengatakan, semua puskesmas siaga "
          "selama libur panjang.\n"
          "\"Kami tambah petugas jaga di setiap puskesmas,\" kata Dimas di Lumajang, Senin.\n")
# a story under an office-holder's headline, its speaker named by one word only
_OFFICE = ("Waka MPR Minta Pengawasan Pelabuhan Diperketat\n\n"
           "\"Semua pintu masuk barang harus dijaga dengan ketat oleh petugas,\" kata Dimas di kompleks "
           "parlemen, Jakarta, Selasa.\n"
           "Menurut Dimas, pengawasan itu penting bagi keamanan pangan warga.\n")
# the headline's office is the entry's: the join stays
_SAME = ("Kadinkes Lumajang Pantau Vaksinasi Anak\n\n"
         "\"Vaksinasi anak sudah mencapai delapan puluh persen,\" kata Dimas di Lumajang, Rabu.\n"
         "Menurut Dimas, sisa sasaran dikejar pekan depan.\n")
_FIRST_SHORT = ("Dinkes Lumajang siagakan puskesmas\n\n"
                "Kepala Dinas Kesehatan Kabupaten Lumajang (Kadinkes Lumajang) Dimas Prakoso mengatakan, semua "
                "puskesmas siaga selama libur panjang.\n"
                "\"Kami tambah petugas jaga di setiap puskesmas,\" kata Dimas di Lumajang, Senin.\n")


def test_a_bare_word_under_a_headline_naming_another_office_does_not_join(tmp_path):
    content = extract_folder(tmp_path, _FIRST, _OFFICE)
    speakers = sheet_speakers(content, "waka-mpr-minta-pengawasan-pelabuhan-diperketat.yaml")
    assert speakers and all(s[0] == "Dimas" and s[1] is None for s in speakers)
    # and a second run changes nothing
    before = sheet_texts(content)
    assert run_extract([tmp_path / "articles"], content, jobs=1, progress=False, force=True) == 0
    assert sheet_texts(content) == before


def test_a_headline_naming_the_entrys_office_keeps_the_join(tmp_path):
    content = extract_folder(tmp_path, _FIRST_SHORT, _SAME)
    speakers = sheet_speakers(content, "kadinkes-lumajang-pantau-vaksinasi-anak.yaml")
    assert speakers and all(s[0] == "Dimas Prakoso" for s in speakers)
