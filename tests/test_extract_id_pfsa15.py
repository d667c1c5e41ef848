"""Indonesian speakers: rules from reading the PFSA-ID dev-20 extras (helper h_pf15). Texts written for these
tests (no corpus text)."""
from __future__ import annotations

from .extract_cases import direct, run

_BEFORE = 'Sopir angkot, Ali (19), menunggu penumpang. ”Sepi sekali,” kata Ali. '


def _pronoun_speaker(sentence: str) -> str:
    body = _BEFORE + sentence + ' Dia harus membeli bensin. ”Sejauh ini pemilik rumah masih mengerti,” ucapnya.'
    return [s for s, t, _ in direct(run(body)) if t.startswith("Sejauh ini")][0]


def test_a_person_introduced_with_an_address_of_several_parts_is_whom_the_next_pronoun_means():
    # _APPOSED: the description between commas goes on with the parts of an address and an aside
    assert _pronoun_speaker("Sinta (37), warga Desa Sukamaju, Kecamatan Candimulyo, Kabupaten Magelang, "
                            "misalnya, mengira bantuan hanya untuk kota.") == "Sinta"


def test_a_comma_after_the_age_closes_an_apposition_before_the_verb():
    # _person_opening: 'description, Name (age), verb'
    assert _pronoun_speaker("Sopir ojek di Pasar Baru, Andi Wijaya (35), mendapat Rp 100.000 per hari.") == "Andi Wijaya"
    # 'rata-rata' between the subject and its verb (auxiliaries)
    assert _pronoun_speaker("Sopir ojek di Pasar Baru, Andi Wijaya (35), rata-rata mendapat Rp 100.000 "
                            "per hari.") == "Andi Wijaya"


def test_an_introduced_person_with_an_auxiliary_and_a_predicate_that_is_no_verb():
    # _person_opening: 'Dani (35), misalnya, masih waswas ...' makes Dani whom 'dia' and 'katanya' mean
    body = ("Joko dan Mario belum tahu aturan itu. ”Harus selalu waspada,” kata Mario. Sebagian pesepeda masih "
            "ragu. Dani (35), misalnya, masih waswas untuk bersepeda dari rumahnya di Sunter, Jakarta Utara, "
            "menuju Tanah Abang, Jakarta Pusat. Menurut dia, jalur sepeda belum ada. Ia masih ragu berbaur "
            "dengan sepeda motor. ”Saya baru akan coba pekan ini,” katanya.")
    assert ("Dani", "Saya baru akan coba pekan ini", None) in direct(run(body))


def test_a_quote_closing_on_a_comma_and_followed_by_a_name_alone_is_that_persons():
    # _name_alone_after: the cue verb left out, '"...," Role, Name.'
    body = ("Menteri Perhubungan Budi Karya Sumadi meninjau bandara. ”Digitalisasi harus dilakukan,” kata Budi. "
            "Sementara itu, maskapai itu telah memaksimalkan upaya pencegahan. ”Interaksi antara penumpang dan awak "
            "kabin juga diminimalisasi,” Juru bicara maskapai Sinar Air, Danang Prasetyo. Menurut dia, udara di "
            "kabin diganti setiap tiga menit.")
    sheet = run(body)
    assert ("Danang Prasetyo", "Interaksi antara penumpang dan awak kabin juga diminimalisasi", None) in direct(sheet)
    assert [q["speaker"] for q in sheet["quotes"] if q["text"].startswith("udara")] == ["Danang Prasetyo"]
    # a role in English the grammar does not know opens the phrase: the name closing it is the person
    body = body.replace("Juru bicara maskapai Sinar Air, Danang", "Corporate Communications of Sinar Air Group Danang")
    assert ("Danang Prasetyo", "Interaksi antara penumpang dan awak kabin juga diminimalisasi", None) in direct(run(body))


def test_a_name_alone_after_an_english_quote_and_a_cue_verb_before_an_outlet():
    # (English, BBC form: the cue verb before the outlet, the speaker before it)
    from .extract_cases import all_en
    body = ('"This is a human tragedy," Glenn Maguire, chief economist at the bank, told Agence France Presse.')
    assert all_en(body) == [("Glenn Maguire", "This is a human tragedy", None)]
    body = ('The bank has a good record, analysts say. "The firm has an incredibly strong track record," Mr Champion.')
    # (the sentence before reports the analysts' view: '..., analysts say.' is a trailing cue)
    assert [s for s, t, _ in all_en(body) if t.startswith("The firm")] == ["Champion"]


def test_a_bus_company_is_no_person_the_next_pronoun_cue_means():
    # firm_heads 'PO' (perusahaan otobus): 'PO Pahala Kencana' is a firm, not a person named Pahala
    body = ("Yani (40), agen tiket PO Pahala Kencana, mengaku sedang menunggu konfirmasi. PO Pahala Kencana memberi "
            "dua pilihan kepada penumpang. ”Misalnya ada transaksi tiket Rp 10 juta,” katanya.")
    assert direct(run(body)) == [("Yani", "Misalnya ada transaksi tiket Rp 10 juta", None)]
