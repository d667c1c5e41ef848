"""Indonesian indirect speech (helper h_ind38): a negation or refusal hidden by a modal before the report verb
('belum bisa memastikan ...') reports nothing, and a request is reported from its addressee on, without the verb
('meminta jajarannya tidak lengah ...' reports 'jajarannya tidak lengah ...'). Sentences invented for these tests,
in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _reports(body: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"]) for q in run(body, "id")["quotes"] if q["kind"] == "indirect"]


# ---- 'tidak/belum/enggan + bisa/dapat + VERB': nothing was said ----------------------------------------------

def test_a_negation_before_a_modal_leaves_the_verb_no_report():
    body = ("Kepala Polres Sleman Rudi Hartono mengatakan pelaku sudah ditangkap.\n"
            "Namun, Rudi belum bisa memastikan pelaku akan dijerat pasal berlapis.\n"
            "Rudi juga tidak dapat menyebutkan jumlah barang bukti yang disita polisi.\n"
            "Ia enggan untuk menjelaskan asal senjata yang dipakai pelaku.\n"
            # the modal alone is no negation: a report stands
            "Rudi bisa memastikan para korban sudah dirawat di rumah sakit daerah.")
    assert _reports(body) == [("Rudi Hartono", "pelaku sudah ditangkap"),
                              ("Rudi Hartono", "para korban sudah dirawat di rumah sakit daerah")]


# ---- 'meminta X ...': the request from its addressee on ---------------------------------------------------------

def test_a_request_is_reported_from_its_addressee_without_the_verb():
    body = ("Menteri Dalam Negeri Budi Santoso mengatakan pendaftaran dibuka pekan depan.\n"
            "Budi pun meminta jajarannya tak lengah dalam seleksi pegawai tahun ini.\n"
            "Ia juga mengimbau agar warga tidak mudah percaya kepada calo seleksi.\n"
            # a condemnation keeps its verb, and so does an apology ('meminta maaf': an idiom)
            "Budi mengecam penipuan yang mengatasnamakan kementerian dalam seleksi itu.\n"
            "Budi juga meminta maaf atas keterlambatan pengumuman hasil seleksi.")
    assert _reports(body) == [("Budi Santoso", "pendaftaran dibuka pekan depan"),
                              ("Budi Santoso", "jajarannya tak lengah dalam seleksi pegawai tahun ini"),
                              ("Budi Santoso", "warga tidak mudah percaya kepada calo seleksi"),
                              ("Budi Santoso", "mengecam penipuan yang mengatasnamakan kementerian dalam seleksi itu"),
                              ("Budi Santoso", "meminta maaf atas keterlambatan pengumuman hasil seleksi")]
