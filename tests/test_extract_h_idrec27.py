"""Indonesian reports the extractor missed (helper h_idrec27): a document named as the source of the
sentence's clause, and report verbs of concluding, reassuring, computing and highlighting. Each test
also holds what the rule must not do. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _reports(body: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"]) for q in run(body, "id")["quotes"] if q["kind"] == "indirect"]


# ---- 'Dikutip dari rilis X, ...': the issuer of the document reports the clause ----------------------

def test_a_document_and_its_issuer_opening_the_sentence_report_the_clause():
    body = ("Menteri Lingkungan Hidup Rudi Hartawan menutup dua pabrik baja di Serang.\n"
            "Dikutip dari rilis Dinas Sosial Kota Sukamaju, ada dua syarat bagi warga yang ingin mendapat bantuan ini.\n"
            "Berdasarkan perhitungan Lembaga Kajian Anggaran (LKA), dana kesehatan hanya tersisa 9% dari belanja daerah.\n"
            "Menurut penjelasan dalam laman Kementerian Sosial, bantuan ini diberikan di luar program reguler.\n"
            # not: a basis, no statement
            "Berdasarkan Piagam PBB, negara yang menunggak iuran akan kehilangan suara di sidang umum.\n"
            # not: a list announced
            "Dikutip dari laman Bank Sentral, berikut ini daftar tugas lembaga itu.\n"
            # the ministry's, not the person the clause is about (h_idname28: the body before the
            # comma reports the clause, as the Detik gold has it)
            "Dari keterangan Kementerian LH, Rudi menutup dua pabrik itu pada Selasa malam.\n"
            # not: the platform it was posted on
            "Melalui laman Facebook, Kementerian Perhubungan membenarkan peretasan situs lembaganya itu.")
    assert [r for r in _reports(body) if r[0] != "Kementerian Perhubungan"] == [
        ("Dinas Sosial Kota Sukamaju", "ada dua syarat bagi warga yang ingin mendapat bantuan ini"),
        ("Lembaga Kajian Anggaran", "dana kesehatan hanya tersisa 9% dari belanja daerah"),
        ("Kementerian Sosial", "bantuan ini diberikan di luar program reguler"),
        ("Kementerian LH", "Rudi menutup dua pabrik itu pada Selasa malam")]


# ---- concluding, reassuring, computing, highlighting: report verbs with a clause ---------------------

def test_verbs_of_concluding_reassuring_and_computing_report_a_clause_not_a_noun_phrase():
    body = ("Konflik lahan di Kendal terus berlanjut.\n"
            "Komnas Perempuan menyimpulkan terdapat beberapa sebab konflik di Kendal, di antaranya aturan yang bias.\n"
            "Direktur Anna Berg meyakinkan perusahaan itu sudah sepakat untuk diawasi selama lima tahun.\n"
            "Lembaga Pemantau Anggaran (LPA) mengkalkulasi sekolah gratis hanya mampu menampung 2% anak putus sekolah.\n"
            "LPA juga menyorot pemotongan dana kesehatan telah dilakukan pada 2024.\n"
            # not: a noun phrase after the verb
            "Anna Berg meyakinkan investor di Brussel pada Senin.\n"
            "Komnas Perempuan menyimpulkan hasil rapat pada Selasa.\n"
            "Kepala Polisi Budi Santoso menjawab pertanyaan wartawan di Istana.")
    assert [s for s, _ in _reports(body)] == ["Komnas Perempuan", "Anna Berg", "Lembaga Pemantau Anggaran",
                                             "Lembaga Pemantau Anggaran"]


def test_a_conclusion_inside_a_report_goes_on_with_it():
    # the court concluded, inside the lawyer's report: one report, not a second one of the lawyer's
    body = ("Pengacara terdakwa, Rina Suwarni, mengatakan pengadilan tersebut, yang berada di kota Sukamaju, "
            "mengabaikan argumen bahwa penahanan akan melanggar hak kliennya dan menyimpulkan bahwa dia akan "
            "membahayakan saksi jika dibebaskan.")
    assert _reports(body) == [("Rina Suwarni", body[body.index("pengadilan"):-1])]
