"""Indonesian passive reports with an agent (helper idpass, forty-fifth session): a modal after a comma after the
agent of a passive speech verb goes on with the clause ('Larangan ini disebutkan X, dapat menekan ...');
'dikemukakan' and 'dikemukakannya' report as the other passive speech verbs do; 'Disampaikan X bahwa ...' reports
the clause after the complementiser; 'dicontohkan X' reports the clause around it. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields

LEAD = "Menteri Yohana Yembise hadir di Ambon, Senin (1/5).\n\n"


def _who(body: str) -> list[tuple[str, str]]:
    return quote_fields(LEAD + body, "speaker", "text")


# ---- a comma after the agent, then a modal of the predicate -------------------------------------------

def test_modal_after_the_agents_comma_goes_on_with_the_clause():
    assert _who("Larangan ini disebutkan Menteri Pemberdayaan Perempuan Yohana Yembise, dapat menekan daya beli masyarakat.") == [
        ("Yohana Yembise", "Larangan ini disebutkan Menteri Pemberdayaan Perempuan Yohana Yembise, dapat menekan daya beli masyarakat")]


def test_apposition_after_the_agents_comma_is_no_clause():
    assert _who("Program itu dinilai Yohana, menteri yang baru dilantik, sebagai program unggulan.") == []


# ---- dikemukakan, dikemukakannya ---------------------------------------------------------------------

def test_dikemukakan_opens_a_report():
    assert _who("Dikemukakan Yohana, program ini akan dilanjutkan tahun depan.") == [
        ("Yohana Yembise", "program ini akan dilanjutkan tahun depan")]


def test_dikemukakannya_between_commas_is_the_one_spoken_of():
    assert _who("Selain itu, dikemukakannya, ke depan pemerintah akan mengembangkan sektor bawang putih.") == [
        ("Yohana Yembise", "ke depan pemerintah akan mengembangkan sektor bawang putih")]


def test_dikemukakannya_saat_tells_when_and_reports_nothing():
    assert _who("Hal itu dikemukakannya saat berkunjung ke Ambon.") == []


# ---- 'Disampaikan X bahwa ...' ---------------------------------------------------------------------------

def test_opening_cue_name_and_bahwa_reports_the_clause():
    assert _who("Disampaikan Yohana bahwa Indonesia membutuhkan strategi pengembangan SDM digital.") == [
        ("Yohana Yembise", "Indonesia membutuhkan strategi pengembangan SDM digital")]


def test_agentless_disebutkan_bahwa_reports_nothing():
    assert _who("Disebutkan juga bahwa pelindung batu dapat diaplikasikan pada area yang paling rawan.") == []


# ---- dicontohkan ---------------------------------------------------------------------------------------

def test_dicontohkan_with_agent_reports_the_clause():
    assert _who("Integrasi tarif itu dicontohkan Yohana sudah diterapkan di Jakarta pada layanan bus.") == [
        ("Yohana Yembise", "Integrasi tarif itu dicontohkan Yohana sudah diterapkan di Jakarta pada layanan bus")]


def test_dicontohkan_dengan_reports_nothing():
    assert _who("Hal ini dicontohkan Yohana dengan program pemberdayaan perempuan di desa.") == []
