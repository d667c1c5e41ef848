"""Indonesian reports the extractor missed, in the shapes the Detik and IndoSum annotations score: a month's
name that is also a person's given name ('Kepala Departemen Komunikasi BI Juli Budi Winantya', then 'Juli
menyebut ...'); a district court's short form before its seat ('PN Palu menyatakan
...'); a campus's student executive board by its short form ('BEM UI meminta ...'). Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import all_id, run, quote_fields


def _speakers(body):
    return quote_fields(body, "speaker", "text")


# ---- a month's name as a given name -------------------------------------------------------------------

_BANK = ("Jakarta - Bank sentral menahan suku bunga acuan. Hal itu disampaikan Kepala Departemen Komunikasi BI "
         "Juli Budi Winantya dalam keterangan tertulis, Senin (20/10/2025).\n\n"
         "{sentence}")


def test_a_month_between_an_office_and_a_name_opens_the_name():
    body = _BANK.format(sentence="Menurut dia, harga pangan masih terkendali.")
    assert {q["speaker"] for q in run(body, "id")["quotes"]} <= {"Juli Budi Winantya"}
    body = ("Jakarta - Kepala Departemen Komunikasi BI Juli Budi Winantya mengatakan inflasi akan tetap "
            "terjaga hingga akhir tahun.")
    assert _speakers(body) == [("Juli Budi Winantya", "inflasi akan tetap terjaga hingga akhir tahun")]


def test_the_month_alone_before_a_report_verb_is_that_person():
    body = _BANK.format(sentence="Juli menyebut ada beberapa hal yang mendorong inflasi tetap terjaga. "
                                 "Selanjutnya, Juli menegaskan kapasitas ekonomi Indonesia masih mampu memenuhi "
                                 "permintaan.")
    found = _speakers(body)
    assert ("Juli Budi Winantya", "ada beberapa hal yang mendorong inflasi tetap terjaga") in found
    assert ("Juli Budi Winantya", "kapasitas ekonomi Indonesia masih mampu memenuhi permintaan") in found


def test_a_month_with_no_office_before_it_stays_a_date():
    body = ("Jakarta - Pada Juli lalu harga beras naik. Juli menjadi bulan dengan inflasi tertinggi.\n\n"
            "Kepala Dinas Perdagangan Budi Santoso mengatakan stok beras kini cukup.")
    assert _speakers(body) == [("Budi Santoso", "stok beras kini cukup")]


def test_a_month_alone_is_no_one_when_no_person_bears_it():
    body = ("Jakarta - Harga cabai turun tajam.\n\n"
            "Juli menyebut rekor baru bagi petani karena panen raya.")
    assert _speakers(body) == []


# ---- a court's short form before its seat ----------------------------------------------------------------

def test_a_district_court_s_short_form_before_its_town_speaks():
    body = ("Palu - Sidang putusan praperadilan digelar pada Rabu (28/5/2025). PN Palu menyatakan penetapan "
            "tersangka oleh Polda Sulteng terhadap HM tidak sah.")
    assert all_id(body) == [("PN Palu", "penetapan tersangka oleh Polda Sulteng terhadap HM tidak sah", "ID")]


def test_the_court_s_letters_alone_are_still_no_court():
    body = ("Jakarta - Polisi menangkap seorang pria berinisial PN di rumahnya. PN mengaku menyesal.")
    # (the suspect, by initials: no court, and of no state)
    assert [(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]] == [("PN", None)]


# ---- a student executive board by its short form -------------------------------------------------------

def test_a_student_executive_board_by_its_short_form_speaks_and_is_whom_mereka_means():
    body = ("Jakarta - Ribuan mahasiswa berdemo di Patung Kuda.\n\n"
            "BEM UI juga meminta pemerintah mengevaluasi program makan bergizi gratis. Mereka mengatakan "
            "badan gizi harus diisi orang-orang yang ahli di bidang gizi.")
    found = _speakers(body)
    assert [s for s, _ in found] == ["BEM UI", "BEM UI"]
    assert found[1][1] == "badan gizi harus diisi orang-orang yang ahli di bidang gizi"


def test_an_office_in_the_board_is_still_the_person_s():
    body = "Jakarta - Ketua BEM UI Budi Santoso mengatakan aksi akan berlanjut pekan depan."
    assert [s for s, _ in _speakers(body)] == ["Budi Santoso"]
