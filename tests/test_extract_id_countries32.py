"""Indonesian speaker country (helper ctry40): state bodies the pack lists but a name-shaped phrase hid
(two capitalised words read as a person; a short form in brackets before a one-word name), a task force
and a joint fact-finding team as the state's, and the NGO 'Komnas PA' (not the state's KPAI). Sentences
and names invented for these tests, in the shape of Indonesian domestic news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str, title: str = "T") -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country", title=title)


# ---- a listed home body named by capitalised words that would read as a person's name -------------

def test_a_listed_home_body_named_whole_by_two_capitalised_words_speaks_for_the_home_state():
    for body_name in ("Korps Adhyaksa", "Korps Adhiyaksa", "Komnas Perempuan", "Sat Lantas", "Korps Marinir"):
        body = f"Dalam keterangannya, {body_name} menegaskan bahwa penetapan tersangka sudah sesuai aturan."
        assert _quotes(body) == [(body_name, None, "ID")], body_name


def test_a_person_of_two_capitalised_words_stays_a_person_of_no_state():
    body = "Dalam keterangannya, Tessa Mahardika menegaskan bahwa penetapan tersangka sudah sesuai aturan."
    assert _quotes(body) == [("Tessa Mahardika", None, None)]


# ---- a body's short form in brackets closes its name before the holder's --------------------------

def test_a_short_form_in_brackets_closes_the_body_before_a_one_word_name():
    body = "Ketua Badan Pengawas Pemilu (Bawaslu) Abhan mengatakan pengawasan akan diperketat."
    assert _quotes(body) == [("Abhan", "Ketua Badan Pengawas Pemilu (Bawaslu)", "ID")]


def test_a_short_form_in_brackets_closes_the_body_before_a_name_with_a_common_word_in_it():
    body = ("Ketua Komisi Perlindungan Anak (Komnas PA) Arist Merdeka Sirait mengatakan perilaku anak-anak itu "
            "meniru orang dewasa.\n\n\"Fungsi rumah seharusnya menanamkan kebaikan,\" kata Arist.")
    # (the NGO's chair: no state, not the state of the commission the headline opens with)
    got = _quotes(body, title="KPAI Minta Polisi Usut Video Anak")
    assert got == [("Arist Merdeka Sirait", "Ketua Komisi Perlindungan Anak (Komnas PA)", None)] * 2


def test_a_place_after_the_short_form_in_brackets_is_still_the_bodys():
    body = "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sukabumi mengatakan hujan akan terus turun."
    assert _quotes(body) == [("Badan Penanggulangan Bencana Daerah (BPBD) Sukabumi", None, "ID")]


# ---- the NGO 'Komnas PA' -----------------------------------------------------------------------------

def test_the_childrens_ngo_speaks_for_no_state_and_the_states_commission_for_the_home_state():
    body = "Ketua Komnas PA, Arist Sirait, mengatakan anak-anak meniru orang dewasa."
    assert _quotes(body) == [("Arist Sirait", "Ketua Komnas PA", None)]
    body = "Ketua Komisi Perlindungan Anak Indonesia (KPAI) Susanto mengatakan anak-anak meniru orang dewasa."
    assert _quotes(body) == [("Susanto", "Ketua Komisi Perlindungan Anak Indonesia (KPAI)", "ID")]


# ---- task forces and joint fact-finding teams -----------------------------------------------------------

def test_a_task_force_is_the_home_states():
    body = ("Kepala Tim Satuan Tugas kasus Miryam, Tessa Mahardika, menyebut pihak yang membantu Miryam bisa "
            "dijerat pidana.\n\n\"Itu masuk dalam pertimbangan kami,\" kata Tessa.")
    assert {c for _, _, c in _quotes(body)} == {"ID"}
    body = "Kepala Satgas Pangan Rini Wulandari mengatakan harga beras akan turun pekan depan."
    assert _quotes(body) == [("Rini Wulandari", "Kepala Satgas Pangan", "ID")]


def test_a_mass_organisations_task_force_and_a_campaign_team_are_no_states():
    body = "Ketua Satgas Anti Narkoba DPP KNPI Rini Wulandari mengatakan peredaran narkoba harus dicegah."
    assert _quotes(body)[0][2] is None
    body = "Ketua Tim Pemenangan Rini Wulandari mengatakan pasangan itu akan menang."
    assert _quotes(body)[0][2] is None


def test_a_joint_fact_finding_team_is_the_home_states_and_an_ngos_fact_finders_are_not():
    body = ("Tim Pencari Fakta Gabungan (TPFG) menyatakan tidak menemukan aliran dana kepada pejabat.\n\n"
            "\"Tim tidak menemukan aliran dana,\" kata anggota TPFG Rini Wulandari, di Jakarta, Kamis.")
    assert [c for _, _, c in _quotes(body)] == ["ID", "ID"]
    body = "Koordinator Tim Pencari Fakta Kontras Rini Wulandari mengatakan pihaknya menemukan kejanggalan."
    assert _quotes(body)[0][2] is None


# ---- a court panel's chair introduced with the panel in lower case -----------------------------------

def test_a_panel_chair_introduced_in_lower_case_outside_any_cue_keeps_the_office():
    body = ("Belum sempat Dodi melanjutkan perkataannya, Ketua majelis hakim Rini Wulandari langsung memotong.\n\n"
            "\"Sudah, sudah, sudah,\" kata Rini melerai.")
    assert _quotes(body) == [("Rini Wulandari", "Ketua majelis hakim", "ID")]
