"""Documents and findings as speakers. Indonesian: a document, a finding or researchers opening the sentence
with a finding verb, then 'bahwa' or a comma, report the clause ('Dokumen pengadilan menyatakan, ...', 'Hasil
survei menunjukkan, ...', 'Para peneliti menemukan bahwa ...'), by the issuer the phrase names when it names
one; a document spoken about, or a finding verb before a noun object, reports nothing. English: 'According to
the report, ...' is the report's, as '..., according to the report.' is. Sentences invented for these tests,
in the shape of news prose."""
from __future__ import annotations

from .extract_cases import all_en, all_id

LEAD = "Jakarta -- Kasus campak di sejumlah provinsi meningkat tajam sepanjang bulan lalu. "


# ---- Indonesian: the document as written ----------------------------------------------------------------

def test_a_court_document_with_a_comma_speaks_as_itself():
    quotes = all_id(LEAD + "Dokumen pengadilan menyatakan, pemuda itu tiba di Amerika Serikat pada Desember tahun lalu.")
    assert [(s, t) for s, t, _ in quotes] == [
        ("Dokumen pengadilan", "pemuda itu tiba di Amerika Serikat pada Desember tahun lalu")]


def test_survey_results_with_a_comma_speak_as_themselves():
    quotes = all_id(LEAD + "Hasil survei menunjukkan, 9 dari 10 responden puas dengan layanan puskesmas.")
    assert [(s, t) for s, t, _ in quotes] == [("Hasil survei", "9 dari 10 responden puas dengan layanan puskesmas")]


def test_a_test_result_with_a_demonstrative_and_bahwa_is_named_without_the_demonstrative():
    quotes = all_id(LEAD + "Hasil tes DNA itu menunjukkan bahwa anak tersebut bukan anak kandung pelapor.")
    assert [(s, t) for s, t, _ in quotes] == [("Hasil tes DNA", "anak tersebut bukan anak kandung pelapor")]


def test_several_studies_after_a_connective_keep_their_quantifier():
    quotes = all_id(LEAD + "Selain itu, sejumlah studi internasional menunjukkan bahwa mikroplastik dapat masuk ke "
                    "tubuh manusia melalui udara.")
    assert [(s, t) for s, t, _ in quotes] == [
        ("sejumlah studi internasional", "mikroplastik dapat masuk ke tubuh manusia melalui udara")]


def test_researchers_who_found_that_report_as_their_group():
    quotes = all_id(LEAD + "Para peneliti menemukan bahwa manusia menyebabkan 84 persen kebakaran hutan di wilayah itu.")
    assert [(s, t) for s, t, _ in quotes] == [("peneliti", "manusia menyebabkan 84 persen kebakaran hutan di wilayah itu")]


def test_a_document_speaking_as_itself_is_no_one_a_later_pronoun_means():
    quotes = all_id("Jakarta -- Budi Santoso mendapat suaka di Amerika Serikat. Dokumen pengadilan menyatakan, "
                    "pemuda 18 tahun itu tiba di Chicago pada Desember tahun lalu. Saat tiba, dia mengatakan takut "
                    "pulang ke Singapura karena khawatir dipenjara.")
    assert [s for s, _, _ in quotes] == ["Dokumen pengadilan", "Budi Santoso"]


def test_a_cue_later_in_the_sentence_leaves_it_to_its_speaker():
    # (the researchers quoted by the cue, not the research, speak; the sentence is left to the cue rules)
    quotes = all_id(LEAD + "Penelitian ini menunjukkan bahwa mandi sauna selama 30 menit bermanfaat bagi arteri, kata "
                    "periset yang dipimpin oleh Jari Laukkanen, Profesor di Universitas Finlandia Timur.")
    assert all(s != "Penelitian" for s, _, _ in quotes)


# ---- Indonesian: the issuer the phrase names -------------------------------------------------------------

def test_data_of_a_named_body_is_the_bodys():
    quotes = all_id(LEAD + "Data Kementerian Kesehatan menunjukkan, jumlah kasus naik dua kali lipat dibanding tahun lalu.")
    assert [(s, t) for s, t, _ in quotes] == [
        ("Kementerian Kesehatan", "jumlah kasus naik dua kali lipat dibanding tahun lalu")]


def test_a_study_from_a_named_school_is_the_schools():
    quotes = all_id(LEAD + "Sementara itu, studi dari Stanford Medicine menunjukkan bahwa mikroplastik pada jaringan "
                    "arteri dapat meningkatkan risiko stroke.")
    assert [s for s, _, _ in quotes] == ["Stanford Medicine"]
    assert quotes[0][1] == "mikroplastik pada jaringan arteri dapat meningkatkan risiko stroke"


def test_the_report_pointed_back_at_is_its_issuers_named_before():
    quotes = all_id("Jakarta -- Bank Dunia merilis laporan terbaru soal ekonomi Asia. Laporan Bank Dunia itu dirilis "
                    "pada Senin di Washington. Laporan itu juga menyebut, pertumbuhan ekonomi Indonesia melambat tahun ini.")
    assert [(s, t) for s, t, _ in quotes] == [("Bank Dunia", "pertumbuhan ekonomi Indonesia melambat tahun ini")]


def test_a_numbered_police_report_keeps_its_number_in_its_name():
    quotes = all_id(LEAD + "Laporan polisi bernomor 742/VI/2017/UMJATIM itu menyebut bahwa terlapor gencar mengajak "
                    "jemaah berinvestasi sejak 2012.")
    assert [(s, t) for s, t, _ in quotes] == [
        ("Laporan polisi bernomor 742/VI/2017/UMJATIM", "terlapor gencar mengajak jemaah berinvestasi sejak 2012")]


def test_a_verb_inside_the_phrase_makes_it_no_documents_name():
    assert all_id(LEAD + "Data yang menunjukkan kenaikan kasus itu menyebutkan, jumlah pasien naik dua kali lipat.") == []


# ---- Indonesian: no report -------------------------------------------------------------------------------

def test_a_document_spoken_about_is_no_speaker():
    assert all_id(LEAD + "Laporan itu diserahkan ke KPK pada Senin pagi oleh tim kuasa hukum pelapor.") == []


def test_a_finding_verb_before_a_noun_object_reports_nothing():
    assert all_id(LEAD + "Survei terbaru itu juga menunjukkan keengganan masyarakat terhadap kebijakan pemerintah.") == []
    assert all_id(LEAD + "Hasil tersebut menunjukkan perolehan terbaik partai itu selama ini.") == []


def test_a_finding_inside_a_subordinate_clause_is_no_documents_report():
    # (the document opens no sentence: the clause it stands in is the writer's)
    assert all_id(LEAD + "Pemerintah tetap optimistis meski data terbaru menunjukkan, nilai ekspor turun tajam.") == []


def test_the_press_own_figures_are_no_speaker():
    assert all_id(LEAD + "Catatan Kompas menunjukkan, sebanyak 31 pasangan calon melaporkan dana kampanye nol "
                  "rupiah.") == []


def test_the_press_survey_pointed_back_at_is_no_one():
    assert all_id("Jakarta -- Kompas merilis survei terbaru soal partai politik. Survei Kompas itu digelar pada awal "
                  "bulan ini. Survei tersebut menunjukkan, elektabilitas partai itu turun tajam.") == []


# ---- English: 'According to the report, ...' -----------------------------------------------------------

def test_according_to_the_report_before_the_clause_is_the_reports():
    body = ("Researchers at a university in Pennsylvania have developed a coating for toilets.\n\n"
            "According to the report, the two-spray process is complete in under five minutes.")
    assert [(s, t) for s, t, _ in all_en(body)] == [("report", "the two-spray process is complete in under five minutes")]


def test_according_to_the_press_report_is_no_one():
    body = ("The Times reported on Monday that the factory would close.\n\n"
            "According to the report, some 300 workers will lose their jobs by June.")
    assert [s for s, _, _ in all_en(body)] == []
