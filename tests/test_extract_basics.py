"""Language packs, countries, sentences, furniture, quotes and speakers: the basic rules. Texts written for these
tests, or small pieces of IndoSum and Wikinews text where a comment names the source."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.content import Registries
from generator.extract import (CountryFinder, detect_language, extract_article, load_pack, paragraphs, split_sentences)
from generator.extract.furniture import find_furniture
from generator.models import PersonEntry, Sheet

from .extract_cases import SHARED, direct, indirect, run


# ---- language packs, countries, sentences ------------------------------------------------

def test_detect_language():
    assert detect_language("Presiden mengatakan bahwa dia tidak akan datang ke acara itu.") == "id"
    assert detect_language("The president said that he would not attend the meeting.") == "en"


def test_pack_parts_are_merged():
    pack = load_pack("id")
    assert "kata" in pack.words("cue_verbs")
    assert pack.code == "id"


def test_country_finder_variants_and_case():
    f = CountryFinder.for_language("id")
    text = "AS, Amerika Serikat, Perancis, Prancis, Tiongkok, China, Korut, Teheran, pihak Rusia, Gedung Putih"
    codes = [m.code for m in f.find(text)]
    assert codes == ["US", "US", "FR", "FR", "CN", "CN", "KP", "IR", "RU", "US"]
    assert [m.code for m in f.find("kelas as besar, US$ 5 juta")] == []  # case and currency
    m = f.find("Korea Utara")[0]
    assert (m.start, m.end, m.surface) == (0, 11, "Korea Utara")  # longest match first
    assert CountryFinder.for_language("id") is f


def test_country_finder_english_demonyms():
    f = CountryFinder.for_language("en")
    assert [m.code for m in f.find("Turkish troops, the Kremlin and the White House; Iranian, Israeli")] == \
        ["TR", "RU", "US", "IR", "IL"]


def test_sentences_abbreviations_and_quotes():
    body = 'Dr. Budi datang. "Saya senang," katanya. Ia pergi ke A.S. kemarin.\nBaris baru'
    spans = [body[s.start:s.end] for s in split_sentences(body, "id")]
    assert spans == ["Dr. Budi datang.", '"Saya senang," katanya.', "Ia pergi ke A.S. kemarin.", "Baris baru"]
    assert len(paragraphs(body)) == 2


def test_a_full_stop_that_lost_its_space_still_ends_a_sentence():
    body = "TRIBUNNEWS.COM - Isi. Negara itu gagal melindungi HAM.PBB pun meminta. Dr.Budi ke Kompas.com hari ini."
    spans = [body[s.start:s.end] for s in split_sentences(body, "id")]
    assert spans == ["TRIBUNNEWS.COM - Isi.", "Negara itu gagal melindungi HAM.", "PBB pun meminta.",
                     "Dr.Budi ke Kompas.com hari ini."]



def test_a_new_language_is_a_data_file(tmp_path):
    """A German pack that exists only as data in FACTSHEET_LANG_DIR: detection, quotes, speakers,
    reported speech and CLDR country names work with no code change."""
    import os
    import subprocess
    import sys

    lang = tmp_path / "lang"
    lang.mkdir()
    (lang / "de.yaml").write_text(
        "language: de\n"
        "stopwords: [der, die, das, und, ist, nicht, ein, eine, zu, mit, von, den, wir, sie, es, im, "
        "in, auch, dass, hat, sei]\n"
        "cue_verbs: [sagte, sagt, erklärte, betonte]\n"
        "pronouns: [er, sie]\n"
        "speech_verbs: [sagte, sagt, erklärte, betonte]\n"
        "titles: [Außenminister, Außenministerin, Präsident, Sprecher]\n"
        "role_connectors: [von, der, des]\n"
        "indirect_say_verbs: [sagte, erklärte, betonte]\n"
        "indirect_complementisers: [dass]\n", encoding="utf-8")
    article = tmp_path / "artikel.txt"
    article.write_text("Berlin fordert Waffenstillstand\n\n„Wir rufen beide Seiten zu einem sofortigen "
                       "Waffenstillstand auf“, sagte Außenminister Heiko Maas am Montag in Berlin. Maas "
                       "erklärte, dass Deutschland zu Gesprächen bereit sei.\n", encoding="utf-8")
    out = tmp_path / "sheets"
    # (a content folder of its own: the repository's is locked by any other extraction test running beside it)
    (tmp_path / "content").mkdir()
    result = subprocess.run([sys.executable, "-m", "generator", "extract", str(article), "--out", str(out),
                             "--content", str(tmp_path / "content")],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "FACTSHEET_LANG_DIR": str(lang)},
                            cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 0, result.stderr
    from generator.yamlio import load_plain
    sheet = load_plain(next(out.glob("*.yaml")).read_text(encoding="utf-8"))
    assert sheet["article"]["language"] == "de"
    assert [(q["speaker"], q["kind"], q["country"]) for q in sheet["quotes"]] == [
        ("Heiko Maas", "direct", "DE"), ("Heiko Maas", "indirect", "DE")]
    assert sheet["quotes"][1]["text"] == "Deutschland zu Gesprächen bereit sei"


# ---- furniture --------------------------------------------------------------------------

@pytest.mark.parametrize("body, source", [
    ("TRIBUNNEWS.COM - Isi berita.", "Tribunnews.com"),
    ("Jakarta, CNN Indonesia -- Isi berita.", "CNN Indonesia"),
    ("JAKARTA, KOMPAS.com - Isi berita.", "KOMPAS.com"),
    ("Washington (ANTARA News) - Isi berita.", "ANTARA News"),
])
def test_datelines(body, source):
    f = find_furniture(body, load_pack("id"))
    assert f.source == source
    assert body[f.dateline[1]:].startswith("Isi berita")


def test_a_one_word_outlet_and_a_dash_is_a_dateline():
    f = find_furniture("Beritaku - Isi berita.", load_pack("id"))
    assert f.dateline == (0, 11)
    sheet = run("Beritaku - Kementerian Luar Negeri Mesir pada Selasa menyatakan negaranya tidak pernah "
                "menerima surat itu.")
    assert indirect(sheet) == [("Kementerian Luar Negeri Mesir", "negaranya tidak pernah menerima surat itu")]


def test_related_bylines_residue():
    body = ("Menteri itu datang.\nBaca juga: Judul Lain Yang Menarik\nSCROLL TO CONTINUE WITH CONTENT\n"
            "[Gambas:Video 20detik]\nMengutip CNN, dia pergi.\n(Tribunnews.com/Andari Wulan Nugrahani)\n(chs/chs)")
    f = find_furniture(body, load_pack("id"))
    assert f.related == ["Judul Lain Yang Menarik"]
    assert f.author == "Andari Wulan Nugrahani"
    assert f.cites == ["CNN"]
    for text in ("SCROLL", "[Gambas", "(chs/chs)", "Baca juga"):
        assert f.is_ignored(body.index(text))


def test_related_lines_are_never_facts():
    body = 'Ada berita.\nBaca: "Kami mendukung Armenia," kata Presiden Prancis Emmanuel Macron\nSelesai.'
    sheet = run(body)
    assert sheet["quotes"] == []
    assert sheet["article"]["related"]
    assert "FR" not in sheet["article"]["countries"]


def test_related_line_in_brackets():
    # dev31 (Pos Kota): '(Baca: Wah, Polisi Memprediksi, Vivi Mahasiswi UI Tidak Hilang)' was read as text, and
    # its last capitalised words became the speaker of the next 'Perwira ... ini menambahkan'
    body = ('Hal tersebut dikatakan Kasat Reskrim Polresta Depok Putu Kholis Aryana.\n'
            '(Baca: Wah, Polisi Memprediksi, Vivi Mahasiswi UI Tidak Hilang)\n'
            'Perwira jebolan Akpol angkatan 2004 ini menambahkan rencana keluarga korban akan datang. '
            '"Orang tua Vivi kita panggil," tuturnya.\n(Read more: Police Say Student Found)')
    f = find_furniture(body, load_pack("id"))
    assert f.related == ["Wah, Polisi Memprediksi, Vivi Mahasiswi UI Tidak Hilang"]
    assert find_furniture("A.\n(Read more: Police Say Student Found)", load_pack("en")).related == [
        "Police Say Student Found"]
    assert {q[0] for q in direct(run(body))} == {"Putu Kholis Aryana"}


# ---- quotes -------------------------------------------------------------------------------

def test_cue_after_and_fullest_name():
    body = ('Presiden Azerbaijan Ilham Aliyev berbicara di Baku.\n'
            '"Perang akan berhenti jika mereka pergi," tegas Aliyev.')
    assert direct(run(body)) == [("Ilham Aliyev", "Perang akan berhenti jika mereka pergi", "AZ")]


def test_kompas_same_mark_opens_and_closes():
    body = ('Menteri Keuangan Sri Mulyani hadir. ”Anggaran sudah kami siapkan untuk semua daerah,” '
            'kata Sri Mulyani. Ia lalu pergi. ”Tidak ada masalah sama sekali,” ujarnya.')
    got = direct(run(body))
    assert [g[:2] for g in got] == [("Sri Mulyani", "Anggaran sudah kami siapkan untuk semua daerah"),
                                   ("Sri Mulyani", "Tidak ada masalah sama sekali")]


@pytest.mark.parametrize("open_, close", [("“", "”"), ("„", "“"), ("«", "»"), ('"', '"')])
def test_mark_styles(open_, close):
    body = f'{open_}Kami akan terus berjuang sampai akhir,{close} kata Menteri Luar Negeri Retno Marsudi.'
    got = direct(run(body))
    assert got[0][:2] == ("Retno Marsudi", "Kami akan terus berjuang sampai akhir")


def test_cue_before_and_english_forms():
    body = ('Foreign Minister Heiko Maas of Germany spoke on Monday. Maas said: "We call on both sides '
            'to stop the fighting now." "Talks are the only way," he added. '
            '"There is no military solution," said Maas.')
    got = direct(run(body, "en"))
    assert [g[0] for g in got] == ["Heiko Maas"] * 3


def test_pronoun_cue_and_continuation_paragraph():
    body = ('Paus Fransiskus mengatakan telah berdoa untuk perdamaian di Kaukasus.\n'
            '"Saya berdoa untuk perdamaian di wilayah itu setiap hari."\n'
            '"Bukan dengan senjata, tetapi melalui dialog," katanya.')
    got = direct(run(body))
    assert [g[0] for g in got] == ["Fransiskus", "Fransiskus"]


def test_multi_paragraph_quote_and_unbalanced_marks():
    body = ('Menteri Luar Negeri Retno Marsudi berbicara.\n'
            '"Kalimat pertama dari pernyataan yang panjang ini tanpa tanda penutup\n'
            'Ketua DPR Puan Maharani juga hadir. "Kami setuju dengan langkah pemerintah," kata Puan.')
    got = direct(run(body))
    assert ("Puan Maharani", "Kami setuju dengan langkah pemerintah", None) in got or \
        ("Puan Maharani", "Kami setuju dengan langkah pemerintah", "ID") in got


def test_partial_quote_with_cue_and_scare_quotes():
    body = ('Presiden Rusia Vladimir Putin menyerukan agar "diakhirinya permusuhan".\n'
            'Kelompok itu disebut "teroris" oleh warga.')
    got = direct(run(body))
    assert got == [("Vladimir Putin", "diakhirinya permusuhan", "RU")]


def test_indirect_speech():
    body = ('Juru bicara Kementerian Luar Negeri Iran mengatakan bahwa pemerintahnya siap membantu '
            'pembicaraan damai.\nMenurut Menteri Luar Negeri Retno Marsudi, Indonesia mendukung solusi dua negara.')
    sheet = run(body)
    indirect = [(q["speaker"], q["text"], q["country"]) for q in sheet["quotes"] if q["kind"] == "indirect"]
    assert indirect[0] == ("Kementerian Luar Negeri Iran", "pemerintahnya siap membantu pembicaraan damai", "IR")
    assert indirect[1][0] == "Retno Marsudi"
    assert indirect[1][1] == "Indonesia mendukung solusi dua negara"


def test_english_indirect_said_that():
    body = "US President Donald Trump said that American troops would be leaving Syria soon."
    sheet = run(body, "en")
    q = sheet["quotes"][0]
    assert (q["speaker"], q["kind"], q["country"]) == ("Donald Trump", "indirect", "US")
    assert q["text"] == "American troops would be leaving Syria soon"


# ---- speakers -----------------------------------------------------------------------------

def test_institutions_speak():
    body = ('"Kami prihatin atas bentrokan skala besar itu," kata Kremlin.\n'
            '"Kami memantau situasi dengan cermat," kata Gedung Putih.\n'
            '"Azerbaijan akan membayar mahal atas serangan itu," kata Kementerian Luar Negeri Armenia.')
    got = direct(run(body))
    assert [(g[0], g[2]) for g in got] == [("Kremlin", "RU"), ("Gedung Putih", "US"),
                                           ("Kementerian Luar Negeri Armenia", "AM")]
    sheet = run(body)
    assert {q["speaker_type"] for q in sheet["quotes"]} == {"organization"}


def test_section_heading_gives_country():
    body = ('Jerman\nJerman juga menyerukan gencatan senjata.\n'
            '"Kami meminta semua pihak menahan diri," kata Menteri Luar Negeri Heiko Maas.')
    assert direct(run(body))[0] == ("Heiko Maas", "Kami meminta semua pihak menahan diri", "DE")


def test_spokesman_of_a_person():
    body = ('Turki\nPresiden Recep Tayyip Erdogan menulis di Twitter.\n'
            'Sebelumnya, Juru bicara Erdogan, Ibrahim Kalin menuduh Armenia "menyerang warga sipil".')
    got = direct(run(body))
    assert got == [("Ibrahim Kalin", "menyerang warga sipil", "TR")]


def test_registry_correction_wins():
    registries = Registries(people=[PersonEntry(name="Heiko Maas", aliases=["Maas"], country="AT",
                                                role="Menteri")])
    body = '"Kami meminta semua pihak menahan diri," kata Menteri Luar Negeri Jerman Heiko Maas.'
    got = direct(run(body, registries=registries))
    assert got[0][0] == "Heiko Maas" and got[0][2] == "AT"


def test_registry_entry_with_only_names_leaves_role_and_state_to_the_article():
    """`factsheet extract` lists everyone it finds in people.yaml, most with no role or country. Such an entry
    joins names (its canonical name and aliases count) but says nothing of the state, so the article's own
    office still decides it: a second run over the same articles gives the sheets of the first."""
    body = '"Kami meminta semua pihak menahan diri," kata Menteri Luar Negeri Jerman Heiko Maas.'
    bare = Registries(people=[PersonEntry(name="Heiko Maas", aliases=["Maas", "H. Maas"])])
    assert direct(run(body, registries=bare))[0] == ("Heiko Maas", "Kami meminta semua pihak menahan diri", "DE")
    # an editor's country, even with no role, still wins
    corrected = Registries(people=[PersonEntry(name="Heiko Maas", aliases=["Maas"], country="AT")])
    assert direct(run(body, registries=corrected))[0][2] == "AT"


def test_title_from_first_sentence():
    sheet = run("TRIBUNNEWS.COM - Presiden datang ke kota itu. Lalu pergi.", title=None)
    assert sheet["article"]["title"] == "Presiden datang ke kota itu."


# ---- real text (IndoSum), skipped without ../shared --------------------------------------

@pytest.fixture
def indosum():
    folder = SHARED / "corpora" / "id_indosum_dev" / "articles"
    if not folder.is_dir():
        pytest.skip("../shared is not available")
    return folder


def test_indosum_sample_validates(indosum):
    from generator.articles import read_article

    for path in sorted(indosum.glob("*.txt"))[:50]:
        article = read_article(path)
        x = extract_article(article, Registries(), "a")
        Sheet.model_validate(x.sheet)
