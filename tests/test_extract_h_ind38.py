"""Indonesian indirect speech (helper h_ind38): a negation or refusal hidden by a modal before the report verb
('belum bisa memastikan ...') reports nothing. Sentences invented for these tests, in the shape of Indonesian news."""
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

