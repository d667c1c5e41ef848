"""Indonesian who-said-what (helper h_idspk19): a firm's word before a person's name read from one index
of the article, regional places closing a role, police unit heads named by their title alone. Texts
written for these tests (names invented)."""
from __future__ import annotations

from generator.extract import CountryFinder, load_pack, pipeline

from .extract_cases import run, quote_fields


def said(body):
    return quote_fields(body, "speaker", "text")


def _grammar():
    return pipeline._grammar(load_pack("id"), CountryFinder.for_language("id"))


def test_the_firm_word_index_is_built_once_per_article():
    # _body_word_index: one pass over the article, kept while the same text is asked about again
    g = _grammar()
    text = "Penjual membuka toko di Tokobaru. Kata Miryam, ia tidak tahu. PT Sentosa Jaya tumbuh."
    first = g._body_word_index(text)
    assert g._body_word_index(text) is first
    marked, cued = first
    assert {"Tokobaru", "Sentosa"} <= marked and "Miryam" in cued
    assert "Tokobaru" not in cued  # (the cue after the full stop opens the next sentence)
    assert g._body_marked(text, "Tokobaru") and not g._body_marked(text, "Miryam")
    other = "Ia bekerja di Tokobaru."
    assert g._body_word_index(other) is not first and g._body_marked(other, "Tokobaru")


def test_a_word_cued_alone_is_no_firm_even_after_di():
    # 'di Rahmat' (a place named after a person) and 'kata Rahmat': a speaker's short name, not a body
    g = _grammar()
    text = "Ia tinggal di Rahmat Residence. Menurut dia, kata Rahmat, harga naik."
    assert not g._body_marked(text, "Rahmat")
    text = "Ia tinggal di Rahmat Residence. Rahmat, ujar warga, pindah ke Bogor. Ujar Rahmat, harga naik."
    assert not g._body_marked(text, "Rahmat")


def test_a_firm_word_after_a_role_joins_the_role_across_many_quotes():
    # the evidence ('di Tokobaru') is read once, whatever the number of names asked about
    lines = ["Penjual kini bisa membuka toko di Tokobaru tanpa biaya."]
    lines += [f"Kepala Penjualan Tokobaru Andi Wirawan mengatakan layanan nomor {i} gratis untuk penjual."
              for i in range(30)]
    speakers = {q["speaker"] for q in run("\n\n".join(lines), "id")["quotes"]}
    assert speakers == {"Andi Wirawan"}


def test_a_police_region_of_two_words_closes_the_role_before_an_apposition():
    # 'Polda Metro Jaya': 'Jaya' ends the region's name, it is no one's name; the person follows the comma
    body = ("Polisi terus memantau media sosial menjelang pemilihan.\n\n"
            '"Kami sudah punya tim yang bekerja siang dan malam," ujar Kabid Humas Polda Metro Jaya, '
            "Kombes Pol Budi Hartanto, Kamis (22/9).")
    assert said(body) == [("Budi Hartanto", "Kami sudah punya tim yang bekerja siang dan malam")]


def test_a_regency_after_bupati_is_the_office_and_points_to_its_holder():
    # places.id.txt: 'Poso'; 'Bupati Poso mengatakan' is the regent named before
    body = ("Bupati Poso Darsono Lamadi membuka pameran wisata di Tentena.\n\n"
            "Bupati Poso mengatakan, festival danau akan digelar awal November di Kota Tentena.")
    assert ("Darsono Lamadi", "festival danau akan digelar awal November di Kota Tentena") in said(body)
    assert all(s != "Poso" for s, _ in said(body))


def test_a_police_unit_head_named_by_title_alone_is_the_holder_named_before():
    # titles: 'Kasat' (Kepala Satuan) alone after 'Kasat Reskrim ... AKBP <name>'
    body = ("Polisi menangkap seorang pria di Mampang.\n\n"
            '"Pelaku kami tangkap di rumahnya," kata Kasat Reskrim Polres Jakarta Selatan AKBP Hendra '
            "Wijaya, Senin.\n\nMenurut Kasat, korban sudah diperiksa sejak pekan lalu.\n\n"
            '"Tersangka masih ditahan," kata Kasat.')
    assert said(body) == [("Hendra Wijaya", "Pelaku kami tangkap di rumahnya"),
                          ("Hendra Wijaya", "korban sudah diperiksa sejak pekan lalu"),
                          ("Hendra Wijaya", "Tersangka masih ditahan")]


def test_a_short_name_after_a_word_closing_a_firms_name_is_the_person():
    # 'Tbk' closes the firm's name and marks no body word: 'Hendra' later is the director, not a firm
    body = ("Pandemi mengubah cara bank bekerja.\n\n"
            "Presiden Direktur PT Bank Sentosa Tbk Hendra Kusuma berpendapat, normal baru membuat anggaran "
            "perusahaan berubah.\n\nSejak ada imbauan menjaga jarak, Hendra menyatakan, bank telah menyediakan "
            "bus antar-jemput bagi karyawan.")
    assert {s for s, _ in said(body)} == {"Hendra Kusuma"}


def test_they_after_a_joint_report_are_both_speakers():
    # ctx.last_joint: 'mereka' in the next sentences reports for each of the two who spoke jointly
    body = ("Sidang kasus racun itu dibuka di Shah Alam pada Senin.\n\n"
            "Rina Lestari dan Mai Thi Lan mengaku hanya sebagai korban. Kepada penyidik, mereka mengatakan "
            "tidak tahu cairan itu beracun.")
    assert said(body) == [("Rina Lestari", "hanya sebagai korban"), ("Mai Thi Lan", "hanya sebagai korban"),
                          ("Rina Lestari", "tidak tahu cairan itu beracun"),
                          ("Mai Thi Lan", "tidak tahu cairan itu beracun")]


def test_they_long_after_a_joint_report_or_meaning_a_body_stay_as_before():
    # three sentences on, or after a body spoke, 'mereka' is no longer the pair
    body = ("Sidang kasus racun itu dibuka di Shah Alam pada Senin.\n\n"
            "Rina Lestari dan Mai Thi Lan mengaku hanya sebagai korban. Sidang ditunda. Hakim pulang. "
            "Jaksa pergi. Mereka mengatakan tidak tahu cairan itu beracun.")
    assert ("Mai Thi Lan", "tidak tahu cairan itu beracun") not in said(body)


def test_hanya_between_a_clauses_subject_and_its_verb():
    # auxiliaries: 'menyebut kelompoknya hanya bertujuan ...' reports a clause
    body = ("Pendiri kelompok itu, Arman Nabawi, datang ke Kuala Lumpur pada Senin.\n\n"
            "Dia juga menyebut kelompoknya hanya bertujuan mempertemukan para anggota untuk bersosialisasi.")
    assert said(body) == [("Arman Nabawi", "kelompoknya hanya bertujuan mempertemukan para anggota untuk "
                                           "bersosialisasi")]


def test_the_authorities_of_a_named_state_speak_as_an_unnamed_source():
    # unnamed_source_heads: 'pihak berwenang' then a state, like 'Sumber pemerintah AS'
    body = ("Ribuan warga berkumpul di Gaza pada Jumat.\n\n"
            "Pihak berwenang Palestina mengimbau agar aksi massal digelar untuk menolak keputusan itu.")
    assert [(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]] == [("Pihak berwenang Palestina", "PS")]


def test_a_persons_name_ending_in_sun_is_no_newspaper():
    # news_outlets.txt: 'Sun' names no paper by itself ('Lim Wei Sun'); the papers are listed whole
    from generator.extract.outlets import is_news_outlet
    assert not is_news_outlet("Lim Wei Sun")
    assert is_news_outlet("Herald Sun") and is_news_outlet("The Baltimore Sun") and is_news_outlet("Beijing News")
    body = ("Pengadilan Singapura memutus perkara itu pada Jumat.\n\n"
            "Hakim Lim Wei Sun mengatakan, terdakwa telah melukai perasaan umat beragama.")
    assert said(body) == [("Lim Wei Sun", "terdakwa telah melukai perasaan umat beragama")]


def test_the_office_after_sang_is_its_holder_named_before():
    # _determined_office: 'Sang juru bicara menyebut, ...' after 'juru bicara maskapai, <name>'
    body = ("Pesawat penumpang jatuh di Iran bagian selatan pada Minggu.\n\n"
            "Hal itu dikatakan juru bicara maskapai, Reza Karimi Tehrani, kepada televisi nasional.\n\n"
            "Sang juru bicara menyebut, pesawat itu jatuh di lereng gunung saat cuaca buruk.")
    assert ("Reza Karimi Tehrani", "pesawat itu jatuh di lereng gunung saat cuaca buruk") in said(body)


def test_the_office_after_sang_with_no_holder_named_gives_no_speaker():
    body = ("Pesawat penumpang jatuh di Iran bagian selatan pada Minggu.\n\n"
            "Sang juru bicara menyebut, pesawat itu jatuh di lereng gunung saat cuaca buruk.")
    assert all(s != "Reza Karimi Tehrani" for s, _ in said(body))
