"""Indonesian requests read as reports (helper h_idreq35): a proposal with 'agar', and urging an addressee to act
('mendorong X untuk ...'). Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _reports(body: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"]) for q in run(body, "id")["quotes"] if q["kind"] == "indirect"]


# ---- 'mengusulkan agar ...' is a report; 'mengusulkan' with a noun object is a policy act -------------

def test_a_proposal_with_agar_is_reported_but_not_one_with_a_noun_object():
    body = ("Ketua Komisi X DPR Budi Santoso mengatakan pembangunan sekolah berjalan baik.\n"
            "Budi mengusulkan agar sekolah baru dibangun di daerah terpencil.\n"
            # 'tidak' inside the object ('pemecatan tidak hormat') does not make it a clause
            "Kementerian Hukum dan HAM mengusulkan pemecatan tidak hormat mantan kepala lapas Cibinong "
            "Andi Wijaya berkaitan dengan kasus suap.\n"
            "KPU mengusulkan tambahan dana sebesar Rp 2 triliun.")
    assert _reports(body) == [("Budi Santoso", "pembangunan sekolah berjalan baik"),
                              ("Budi Santoso", "sekolah baru dibangun di daerah terpencil")]


# ---- 'mendorong X untuk VERB ...' reports the demand from the addressee on ------------------------------

def test_urging_an_addressee_to_act_is_reported_from_the_addressee_on():
    body = ("Anggota DPR Dede Kurnia mengatakan kasus itu harus diusut.\n"
            "Dede mendorong Polres Bogor dan pihak terkait untuk mengkaji ulang kasus tersebut.\n"
            "Menteri Sosial Agus Salim juga mendorong Kota Bogor untuk segera menyiapkan lahan baru.\n"
            # not a thing boosted for a purpose, nor an act inside a relative clause
            "Agus mendorong percepatan investasi di daerah untuk kesejahteraan warga.\n"
            "Pemerintah Kenya menangkap penasihat oposisi Budi Santoso yang kerap mengkritik Presiden Uhuru "
            "Kenyatta dan mendorong warga daerah itu untuk merdeka.\n"
            "Kementerian Pariwisata juga mendorong kesepakatan bersama untuk menetapkan hari libur daerah.\n"
            "Perseteruan keduanya memanas saat Rudi Hartono mendorong partainya untuk menolak anggaran itu.")
    assert _reports(body) == [("Dede Kurnia", "kasus itu harus diusut"),
                              ("Dede Kurnia", "Polres Bogor dan pihak terkait untuk mengkaji ulang kasus tersebut"),
                              ("Agus Salim", "Kota Bogor untuk segera menyiapkan lahan baru")]


def test_a_second_request_inside_a_report_stays_in_it():
    # the addressee reading is for 'mendorong' as the sentence's verb; 'dan mendesak AS untuk ...' after a
    # clause stays part of that clause's report, as before
    body = ("Juru bicara Kementerian Luar Negeri China Geng Shuang menegaskan, pemerintahnya telah memberikan "
            "penegasan kepada AS mengenai kebijakan itu dan mendesak AS untuk mentaati hal itu.\n"
            "Dede Kurnia mendorong Polres Bogor untuk mengkaji ulang kasus tersebut.")
    assert [s for s, _ in _reports(body)] == ["Geng Shuang", "Dede Kurnia"]
