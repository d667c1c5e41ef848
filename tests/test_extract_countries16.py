"""Speaker countries, both languages (helper h_ctry16). Texts written for these tests, or small pieces of
IndoSum and Wikinews text where a comment names the source."""
from __future__ import annotations

from .extract_cases import all_en, all_id


def test_a_bare_name_of_a_state_is_a_nationality_not_an_office():
    # Wikinews 2019-10-01 'Norway's Warholm wins gold in 400 m hurdles at World Championships in Doha'
    body = ("Yesterday, Karsten Warholm of Norway won the 400 metres hurdles final.\n\n"
            "Speaking to BBC Sport, Warholm said, \"This was a very tough race.\"")
    assert ("Karsten Warholm", "This was a very tough race", None) in all_en(body)


def test_a_known_official_or_an_office_of_a_state_keeps_the_state():
    body = ("Yesterday, Heiko Maas of Germany met his counterpart.\n\n\"I was not expecting this\", said Maas.")
    assert ("Heiko Maas", "I was not expecting this", "DE") in all_en(body)
    body = ("Yesterday, Foreign Minister Ayman Safadi of Jordan met his counterpart.\n\n"
            "\"I was not expecting this\", said Safadi.")
    assert ("Ayman Safadi", "I was not expecting this", "JO") in all_en(body)


def test_a_legislator_of_a_member_state_keeps_the_federation():
    # Wikinews 2019-11-01 'U.S. House formalizes rules for Trump impeachment proceedings'
    body = ("Republican Representatives attacked the impeachment inquiry, with Steve Scalise of Louisiana "
            "calling the investigation into Trump \"Soviet-style\".")
    assert ("Steve Scalise", "Soviet-style", "US") in all_en(body)


def test_a_member_of_a_foreign_parliament_speaks_for_its_state_whatever_his_party():
    # legislature_words (id): 'anggota parlemen' beside a party word ('partai') is still the state's
    body = ("Israel mengangkat hakim perempuan Muslim pertama. Anggota parlemen dari partai sayap kiri Meretz, "
            "Issawi Frej, juga memuji pengangkatan itu. Israel memiliki pengadilan agama.\n\n"
            "“Sejarah telah dicatat,” kata Frej seperti dikutip surat kabar Israel, Haaretz.")
    assert ("Issawi Frej", "Sejarah telah dicatat", "IL") in all_id(body)
    # (en): 'Opposition party lawmaker' in a story about Tunisia
    body = ("Tunisia voted on the ban. Opposition party lawmaker Samir Dilou said \"This is a disaster.\" "
            "Tunisia is a republic.")
    assert ("Samir Dilou", "This is a disaster", "TN") in all_en(body)


def test_a_national_office_named_by_its_field_is_the_story_states():
    # domestic_role_words 'national intelligence' (Wikinews 2020-11-02 'On the campaign trail in the USA, October 2020')
    body = ("In the US election, Trump and Biden debated. Current Director of National Intelligence John Ratcliffe "
            "said the information was \"not part of some Russian disinformation campaign.\" US officials agreed.")
    assert ("John Ratcliffe", "not part of some Russian disinformation campaign", "US") in all_en(body, "2020-11-02")


def test_a_bare_head_title_is_the_home_states_only_for_its_known_holder():
    # _bare_home_head: 'presiden' before a name nobody lists as Indonesia's official heads a club
    # (IndoSum 1519380900 'Presiden Barcelona: Messi masih akan meneken kontrak baru')
    body = ("Barcelona ingin sang bintang pensiun di Camp Nou, demikian diklaim presiden Josep Maria Bartomeu.\n\n"
            "\"Kami adalah sebuah klub yang mempertaruhkan segalanya pada sepakbola,\" kata Bartomeu.")
    assert ("Josep Maria Bartomeu", "Kami adalah sebuah klub yang mempertaruhkan segalanya pada sepakbola", None) \
        in all_id(body)
    body = "Presiden Joko Widodo meresmikan jalan tol itu. \"Ini penting,\" kata Presiden."
    assert all_id(body) == [("Joko Widodo", "Ini penting", "ID")]


def test_a_country_heading_may_carry_a_bracketed_qualifier():
    # pipeline._headings: 'Indonesia (Pelabuhan Priok)' after 'Singapura' heads the next part
    body = ("Berikut ini perbandingan tarif di Singapura dan Indonesia:\n\nSingapura\n\nKontainer 20 kaki 138 dolar AS.\n\n"
            "Indonesia (Pelabuhan Priok)\n\nKontainer 20 kaki 95 dolar AS.\n\n"
            "\"Kan tarif kita lebih rendah,\" kata Edy.")
    assert all_id(body) == [("Edy", "Kan tarif kita lebih rendah", "ID")]


def test_a_businessman_who_later_took_office_speaks_for_no_state_before_it():
    # officials.yaml terms: Nadiem Makarim @ 2019-10-23..2024-10-20 (Go-Jek's chief executive before)
    import datetime as dt
    from generator.extract.officials import official_country
    assert official_country("Nadiem Makarim", dt.date(2018, 2, 14)) is None
    assert official_country("Nadiem Makarim", dt.date(2020, 2, 14)) == "ID"
    assert official_country("Prabowo Subianto", dt.date(2017, 5, 1)) is None


def test_a_state_named_in_a_list_of_states_is_not_where_an_office_is():
    # local_state skips 'Iraq and Afghanistan': the budget story's senators are not Afghanistan's
    body = ("President Bush sent his budget to Congress on Monday. The wars in Iraq and Afghanistan wiped out the "
            "surplus. The budget does not include the cost of operations in Iraq and Afghanistan.\n\n"
            "Democratic Senator Kent Conrad said the proposals exposed the country to huge commitments.")
    assert [c for s, _, c in all_en(body) if s == "Kent Conrad"] == [None]


def test_well_known_officials_quoted_by_name_alone():
    # officials.yaml: a full name with a dynasty's name ('Haitham bin Tariq Al Said') and a term of office
    # (Wikinews 2020-01-12 'Sultan Qaboos of Oman dies')
    body = ("After the funeral, Haitham bin Tariq Al Said said he would continue Qaboos's policies.")
    assert all_en(body, "2020-01-12") == [("Haitham bin Tariq Al Said", "he would continue Qaboos's policies", "OM")]
    import datetime as dt
    from generator.extract.officials import official_country
    assert official_country("John Ratcliffe", dt.date(2020, 11, 2)) == "US"
    assert official_country("John Ratcliffe", dt.date(2022, 11, 2)) is None  # between his two offices


def test_a_role_in_apposition_names_its_state_by_a_place_within_it():
    # places_within MY and role_country for a role before the name in apposition: a Malaysian court's judge in
    # the trial of an Indonesian, not Indonesia's for the home title 'Hakim'
    body = ("Siti Aisyah, warga negara Indonesia, menjalani sidang di Malaysia.\n\n"
            "\"Kami akan mulai pada Oktober,\" ujar Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin.")
    assert ("Azmi Ariffin", "Kami akan mulai pada Oktober", "MY") in all_id(body)


def test_a_market_professional_in_apposition_speaks_for_no_state():
    # (the apposition rule reads places inside a foreign state only, in a language with a home state:
    # 'head of UK equities' names a market, not an office)
    body = ("Shares rose on the new offer.\n\n\"I do not think there is anything the fans can do about it,\" said "
            "David Cummings, head of UK equities for Standard Life Investments.")
    assert [c for s, _, c in all_en(body) if s == "David Cummings"] == [None]


def test_taiwans_branches_of_government_speak_for_taiwan():
    # institution_names: Legislative Yuan (Wikinews 2019-05-19 'Taiwan's legislature first in Asia to legalize
    # same-sex marriage')
    body = "Taiwan voted. The Legislative Yuan said the bill would protect same-sex couples."
    assert all_en(body) == [("Legislative Yuan", "the bill would protect same-sex couples", "TW")]
