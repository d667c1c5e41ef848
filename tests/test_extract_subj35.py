"""Indonesian subjects (h_subj48): a home province or town set off by commas right after a body or a place
('Dinas Kesehatan Kota Mataram, Nusa Tenggara Barat (NTB), mencatat ...', 'Polres Bogor, Jawa Barat,
mengatakan') says where the body is, not who speaks: the body stays the subject, also when the province
carries its short form in brackets or its head word ('Provinsi'). Sentences invented for these tests, in the
shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str, str]]:
    return quote_fields(body, "speaker", "kind", "text")


def test_a_province_with_its_short_form_after_a_body_is_no_speaker():
    for verb in ("mencatat", "mengatakan"):
        body = (f"Dinas Kesehatan Kota Mataram, Nusa Tenggara Barat (NTB), {verb} kasus demam berdarah naik "
                "pada Januari.")
        assert _quotes(body) == [("Dinas Kesehatan Kota Mataram", "indirect",
                                  "kasus demam berdarah naik pada Januari")]


def test_other_provinces_and_short_forms_after_a_body():
    body = ("Dinas Pendidikan Kota Sleman, Daerah Istimewa Yogyakarta (DIY), mengatakan sekolah akan dibuka "
            "kembali pekan depan.")
    assert [s for s, _, _ in _quotes(body)] == ["Dinas Pendidikan Kota Sleman"]
    body = "Polres Bogor, Jawa Barat (Jabar), mengatakan pelaku sudah ditangkap pada Senin malam."
    assert [s for s, _, _ in _quotes(body)] == ["Polres Bogor"]


def test_a_province_with_its_head_word_after_a_body():
    body = ("Dinas Kesehatan Kota Mataram, Provinsi Nusa Tenggara Barat (NTB), mengatakan kasus demam berdarah "
            "naik pada Januari.")
    assert [s for s, _, _ in _quotes(body)] == ["Dinas Kesehatan Kota Mataram"]


def test_a_province_without_a_short_form_still_leaves_the_body():
    body = "Polres Bogor, Jawa Barat, mengatakan pelaku sudah ditangkap pada Senin malam."
    assert [s for s, _, _ in _quotes(body)] == ["Polres Bogor"]
