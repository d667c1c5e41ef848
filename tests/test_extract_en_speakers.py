"""English speakers and their countries. Texts written for these tests, or small pieces of IndoSum and Wikinews
text where a comment names the source."""
from __future__ import annotations

from generator.extract import CountryFinder

from .extract_cases import all_en, grammar_en


# ---- English speaker countries (helper-enctry) ---------------------------------------------

def test_an_official_out_of_office_takes_no_state_from_the_one_named_beside_him():
    # officials.out_of_office: 'Bolton @ ...2019-09-10'; 'Trump and Bolton' gives him no state then
    body = ("Reportedly, Trump and Bolton have been at odds over Iran.\n\n"
            "John Bolton said \"I offered to resign last night.\"")
    assert ("John Bolton", "I offered to resign last night", None) in all_en(body, "2019-09-12")
    from generator.extract.officials import out_of_office
    import datetime as dt
    assert out_of_office("Bolton", dt.date(2019, 9, 12)) and not out_of_office("Bolton", dt.date(2019, 1, 1))
    assert not out_of_office("Bolton", None) and not out_of_office("Emmanuel Macron", dt.date(2019, 1, 1))


def test_a_body_word_in_a_role_is_no_person_the_role_belongs_to():
    # _role_person_country: 'Research' before 'Institute' is a word of the body's name, not the
    # 'Space Research' read as a person before
    body = ("Brazil's National Institute for Space Research has reported more fires.\n\n"
            "Amazon Environmental Research Institute Director Ane Alencar said, \"This year we do not have an extreme drought.\"")
    assert ("Ane Alencar", "This year we do not have an extreme drought", None) in all_en(body)


def test_a_national_red_cross_society_speaks_for_no_state():
    # international_bodies 'Red Cross' at the end of a name
    body = ("The typhoon struck the Philippines.\n\nThe Philippine Red Cross said many areas lost water and power.")
    assert [c for s, _, c in all_en(body) if "Red Cross" in s] == [None]
    from generator.extract.speakers import ArticleEntities
    ents = ArticleEntities("x", grammar_en())
    assert ents._international_name("Philippine Red Cross") and ents._international_name("Red Cross")
    assert not ents._international_name("Permanent Mission of Iran to the UN")


def test_campaigners_coalitions_and_partnerships_are_no_state_bodies():
    # non_state_words 'coalition', 'partnership'
    body = ("Taiwan legalised same-sex marriage.\n\nJennifer Lu of Marriage Equality Coalition Taiwan said, "
            "\"It's still not full marriage rights.\"")
    assert ("Jennifer Lu", "It's still not full marriage rights", None) in all_en(body)
    assert grammar_en().is_non_state("Director of Mid Wales Tourism Partnership")


def test_a_solicitor_general_is_the_story_states():
    # domestic_role_words 'solicitor general'
    body = ("The Philippine network was shut down. Philippine President Rodrigo Duterte threatened it. "
            "The Philippine Congress debated.\n\n"
            "Solicitor General Jose Calida filed a petition, accusing the network of violating its franchise.")
    assert ("Jose Calida", "accusing the network of violating its franchise", "PH") in all_en(body)


def test_a_known_private_body_named_after_a_state_stays_stateless():
    # institution_names 'Commission on Presidential Debates: null' after 'United States'
    body = ("The United States Commission on Presidential Debates announced on Friday the second debate was cancelled.")
    assert [c for s, _, c in all_en(body) if "Presidential Debates" in s] == [None]


def test_native_american_names_no_state():
    # region_prefixes 'Native '
    f = CountryFinder.for_language("en")
    assert [m.code for m in f.find("Native American communities in the United States")] == ["US"]


def test_sitting_legislators_known_by_name():
    # officials.yaml 'Jeremy Corbyn | Corbyn @ 1983-06-09..', 'Elizabeth Warren @ 2013-01-03..'
    body = "Opposition leader Jeremy Corbyn said he will not seek the leadership again."
    assert all_en(body, "2019-12-16") == [("Jeremy Corbyn", "he will not seek the leadership again", "GB")]
    body = "Elizabeth Warren said she was proud to endorse Joe Biden."
    assert all_en(body, "2020-04-15")[0][2] == "US"


def test_a_branch_of_a_known_stateless_body_is_stateless():
    # institution_names 'American Civil Liberties Union: null' + ' of Montana'
    body = "The American Civil Liberties Union of Montana said the law would prevent many people from voting."
    assert [c for s, _, c in all_en(body) if s.startswith("American Civil Liberties Union")] == [None]


def test_a_presidential_physician_is_the_story_states():
    # domestic_role_words 'presidential physician'
    body = ("US President Donald Trump tested positive. The United States reported more cases. The US "
            "government said little.\n\nPresidential physician Sean Conley issued a statement saying Trump has been given zinc.")
    assert ("Sean Conley", "Trump has been given zinc", "US") in all_en(body, "2020-10-03")


def test_a_state_secretary_of_state_is_of_the_state_the_place_is_in():
    # domestic_role_words 'secretary of state' + places_within 'Montana'; the place is no person
    # whose state the role would take
    body = ("Montana Secretary of State Corey Stapleton said the law \"is supported overwhelmingly by Montanans.\"")
    assert [c for s, _, c in all_en(body) if s == "Corey Stapleton"][:1] == ["US"]


def test_election_commissions_county_attorneys_and_the_postmaster_general_are_the_states():
    # domestic_role_words 'elections commission', 'county attorney', 'postmaster general', 'chief justice',
    # 'Rajya Sabha'
    body = ("Voters in Wisconsin went to the polls.\n\nAccording to the Wisconsin Elections Commission, over 500,000 "
            "ballots were not yet returned.")
    assert [c for s, _, c in all_en(body) if s == "Wisconsin Elections Commission"] == ["US"]
    g = grammar_en()
    for role in ("Coös County Attorney", "Postmaster General", "Chief Justice", "member of the Rajya Sabha"):
        assert g.domestic_role_re.search(role), role


def test_societies_journals_and_a_party_short_form_are_no_state_bodies():
    # non_state_words 'society', 'journal', 'inc'
    g = grammar_en()
    for role in ("Society President", "American Journal of Preventive Medicine", "member of the INC"):
        assert g.is_non_state(role) and g.role_country(role) is None, role


def test_an_office_of_ones_own_takes_no_state_from_a_name_inside_it():
    # _role_person_country: 'senior vice president Boeing' is no deputy of a 'Boeing' read as a person
    from generator.extract.mentions import Entity
    from generator.extract.speakers import ArticleEntities
    ents = ArticleEntities("x", grammar_en())
    ents.entities.append(Entity(name="Boeing", type="person", country="IN"))
    ents.entities.append(Entity(name="Recep Tayyip Erdogan", type="person", country="TR", aliases={"Erdogan"}))
    assert ents._role_person_country("senior vice president Boeing") is None
    assert ents._role_person_country("Erdogan adviser") == "TR"
    assert ents._role_person_country("Erdogan's chief of staff") == "TR"
    # ... and a deputy of an international body's official is the body's
    ents.entities.append(Entity(name="Peter Mandelson", type="person", country="UA", aliases={"Mandelson"}))
    assert ents._role_person_country("spokesman for EU trade commissioner Peter Mandelson") is None


def test_the_european_commission_is_an_international_body():
    # international_bodies 'European commission'
    g = grammar_en()
    assert g.international_re.search("New European commission president")
    assert g.international_re.search("European Central Bank president")


def test_heads_of_government_before_2010_known_by_name():
    # officials.yaml 'George W. Bush | George W Bush @ 2001-01-20..2009-01-20', 'Tony Blair @ 1997-05-02..2007-06-27'
    from generator.extract.officials import official_country
    import datetime as dt
    assert official_country("George W Bush", dt.date(2004, 6, 1)) == "US"
    assert official_country("George W Bush", dt.date(2019, 6, 1)) is None
    assert official_country("Tony Blair", dt.date(2005, 3, 1)) == "GB"
    assert official_country("Tony Blair", dt.date(2019, 3, 1)) is None
    body = "Russia wants to join the WTO. Russia's ministers met.\n\nPresident George W Bush said the US backed Russian entry."
    assert [c for s, _, c in all_en(body) if s == "George W Bush"] == ["US"]


def test_where_a_firm_is_based_and_its_trade_name_no_state():
    # location_suffixes '-based'; non_state_words 'retailer'
    g = grammar_en()
    assert g.role_country("UK-based bank") is None and g.role_country("Singapore-based fund manager") is None
    assert g.role_country("largest US retailer") is None
    assert g.role_country("UK ambassador") == "GB"
    body = "\"It came at the worst possible time,\" said Hans Goetti, a Singapore-based fund manager."
    assert all_en(body) == [("Hans Goetti", "It came at the worst possible time", None)]


def test_a_listed_surname_is_not_someone_else_with_another_first_name():
    # officials.another_person: 'Mr McConnell' after 'Jack McConnell' is not Mitch McConnell
    from generator.extract.officials import another_person
    assert another_person("Jack McConnell", "McConnell") and not another_person("Mitch McConnell", "McConnell")
    body = ("Scotland's pubs were warned by Jack McConnell on Monday.\n\n"
            "Mr McConnell said he regularly saw reports on the effects of binge drinking.")
    assert [c for s, _, c in all_en(body) if s == "Jack McConnell"] == [None]


def test_an_office_before_the_name_may_hold_initials():
    # _sentence_start: the dots of 'U.S.' end no sentence, so the office opening it is the name's
    body = ("The judge ruled on Thursday.\n\nThe American Samoan delegate to the U.S. House of Representatives, Aumua "
            "Amata, told the press: \"Our residents already had a path to citizenship.\"")
    quotes = all_en(body)
    assert ("Aumua Amata", "Our residents already had a path to citizenship.", "US") in quotes \
        or ("Aumua Amata", "Our residents already had a path to citizenship", "US") in quotes


def test_a_states_known_institution_inside_a_role_names_the_state():
    # Grammar.known_institution_re over institution_names ('BoE: GB', 'FBI: US'); not inside a longer
    # name of another state's body; scientists speak for no state (non_state_words)
    g = grammar_en()
    assert g.role_country("BoE governor") == "GB" and g.role_country("Pentagon spokesman") == "US"
    assert g.role_country("State Environmental Protection Agency") is None
    assert g.role_country("Planetary scientist, NASA Jet Propulsion Laboratory") is None
    body = "Interest rates rose in the US.\n\nBoE governor Mervyn King said the era of low inflation was over."
    assert [c for s, _, c in all_en(body) if s == "Mervyn King"] == ["GB"]


def test_inner_mongolia_is_chinas_and_trade_unions_no_states():
    # region_prefixes 'Inner ', places_within CN 'Inner Mongolia'; non_state_words 'unions'
    f = CountryFinder.for_language("en")
    g = grammar_en()
    assert [m.code for m in f.find("a dairy firm of Inner Mongolia")] == [] and g.within_state("Inner Mongolia") == "CN"
    assert g.role_country("general secretary of the Centre of Indian Trade Unions") is None
    assert g.role_country("Indian Union Minister") == "IN"


def test_treasury_secretaries_auditors_general_and_msps():
    # state_titles US 'Treasury Secretary' (GB 'Chief Treasury Secretary' first); domestic_role_words
    # 'auditor general', 'MSP'; officials.yaml 'Alan Greenspan | Greenspan @ 1987-08-11..2006-02-01'
    g = grammar_en()
    m = g.state_title_re.search("Chief Treasury Secretary")
    assert g.state_titles[m.group().casefold()] == "GB"
    m = g.state_title_re.search("Treasury Secretary")
    assert g.state_titles[m.group().casefold()] == "US"
    assert g.domestic_role_re.search("Auditor General") and g.domestic_role_re.search("Labour MSP")
    from generator.extract.officials import official_country
    import datetime as dt
    assert official_country("Greenspan", dt.date(2005, 2, 1)) == "US"
    assert official_country("Greenspan", dt.date(2019, 2, 1)) is None


def test_a_lower_case_office_after_a_bodys_proper_name():
    # ArticleEntities._lower_office_after + domestic_role_words 'assembly'
    body = ("Hindu groups in India held a cow urine party in New Delhi, India. Indian officials disagreed.\n\n"
            "Suman Haripriya of the Hajo assembly said \"Coronavirus can be cured by using gaumutra.\"")
    quotes = all_en(body)
    assert [c for s, _, c in quotes if s == "Suman Haripriya"] == ["IN"]


def test_a_lower_case_office_of_the_story_after_a_name():
    # _LOWER_OFFICE_OF + domestic_role_words 'authority': "José Ortiz of the island's power authority said"
    body = ("A quake struck Puerto Rico. Puerto Rico's governor declared an emergency in Puerto Rico.\n\n"
            "José Ortiz of the island's power authority said fixing the plant may take a year.")
    assert ("José Ortiz", "fixing the plant may take a year", "PR") in all_en(body)
    body = "Jane Doe of the opposition party said the plan may take a year."
    assert [c for s, _, c in all_en(body) if s == "Jane Doe"] == [None]


def test_a_kin_word_then_a_name_in_apposition_is_that_name():
    # QuoteFinder.kin_before_name (possessive_determiners + definite_person_nouns): '," said his
    # father, Abdullah Kurdi' is the father, not the boy the article spoke of
    body = ("Sea-Eye renamed their ship after Alan Kurdi, a Syrian child who drowned.\n\n"
            "\"This day is very hard for me,\" said his father, Abdullah Kurdi, following the ceremony.")
    assert [s for s, t, _ in all_en(body) if t.startswith("This day")] == ["Abdullah Kurdi"]
    body = "Alan Kurdi drowned.\n\n\"This day is hard,\" said the father, Abdullah Smith."
    assert [s for s, _, _ in all_en(body)] == ["Abdullah Smith"]


def test_an_office_from_a_place_before_a_name():
    # Grammar._parse: 'from' joins a role ('United States Senator from Vermont Bernie Sanders'), is
    # a person's body ('Anthony Pratt from JD Power'), or where a person comes from (no state)
    body = "On Wednesday, United States Senator from Vermont Bernie Sanders said the fight goes on."
    assert all_en(body, "2020-04-08") == [("Bernie Sanders", "the fight goes on", "US")]
    body = "\"It is fine,\" said Anthony Pratt from JD Power."
    assert all_en(body) == [("Anthony Pratt", "It is fine", None)]
    body = "Eliud Kipchoge from Kenya ran a marathon.\n\n\"We did this one together,\" said Kipchoge."
    assert all_en(body) == [("Eliud Kipchoge", "We did this one together", None)]
    body = "Ministers from European and Asian governments have called on the US to act, saying the euro hurt."
    assert all_en(body) == []


def test_a_candidate_for_an_office_speaks_for_no_state():
    # candidate_words: 'the Democratic Party's presumptive nominee for President of the United States'
    body = ("Yesterday, Joe Biden, the Democratic Party's presumptive nominee for President of the United "
            "States, announced Kamala Harris as his choice.\n\nBiden wrote that \"I've decided that Kamala "
            "Harris is the best person\".")
    assert {c for s, _, c in all_en(body, "2020-08-12") if s == "Joe Biden"} == {None}


def test_two_people_joined_by_a_coordinator_are_each_known_by_name():
    # ArticleEntities._coordinated_people: 'Bloomberg' later is Michael Bloomberg (not the news
    # outlet, not Warren's role); common words or a sentence's first word make no such pair
    body = ("In the aftermath, two candidates, Senator Elizabeth Warren of Massachusetts and Michael Bloomberg, "
            "formerly the mayor of New York City, ended their campaigns.\n\n"
            "Wednesday, Bloomberg endorsed his former rival, Joe Biden.  \"Three months ago,\" he said, "
            "\"I entered the race.\" Warren said it was not over.")
    quotes = all_en(body, "2020-03-06")
    assert [s for s, t, _ in quotes if t in ("Three months ago", "I entered the race")] == ["Michael Bloomberg"] * 2
    assert ("Elizabeth Warren", "it was not over", "US") in quotes
    body = ("New models include the Ford Five Hundred and Mercury Montego sedans. Chairman Bill Ford said "
            "profits were higher.")
    assert [s for s, _, _ in all_en(body)] == ["Bill Ford"]


def test_a_relative_clauses_own_subject_and_its_dashes():
    # _subject: '..., which NASA said might take place' is NASA's (not a name before the clause);
    # QuoteFinder.dash_relative: a relative clause between spaced dashes ends at the closing one
    body = ("NASA has selected two astronauts, Doug Hurley and Bob Behnken, for the first manned mission, "
            "which NASA said might take place this summer.")
    assert [(s, t) for s, t, _ in all_en(body)] == [("NASA", "might take place this summer")]
    body = ("Critics say the powers - which President Chavez argues are needed to help the poorest citizens - "
            "trample all over private property rights.")
    assert [t for _, t, _ in all_en(body)] == ["are needed to help the poorest citizens"]


def test_a_place_after_a_place_is_no_subject():
    # places_within US 'D.C.' + _subject: 'outside Washington, D.C. saying' is still Trump's
    body = ("Following the announcement, Trump issued a statement at his golf club outside Washington, D.C. "
            "saying, \"The simple fact is this election is far from over.\"")
    assert [s for s, _, _ in all_en(body, "2020-11-07")] == ["Trump"]


def test_a_filing_is_its_authors_and_the_verge_is_the_press():
    # indirect_skip 'in a ... filing to <addressee>'; referred_documents ('According to the filing');
    # news_outlets 'The Verge'
    body = ("Ford said in a financial filing to the U.S. Securities and Exchange Commission that the "
            "investigation started in May.\n\nFord started its investigation by hiring a law firm, according "
            "to The Verge.\n\nAccording to the filing, Ford voluntarily disclosed this matter to the EPA.")
    assert [(s, t) for s, t, _ in all_en(body)] == [
        ("Ford", "the investigation started in May"),
        ("Ford", "Ford voluntarily disclosed this matter to the EPA")]
    # (a research report of no issuer named speaks as itself, as the annotations name it: dev16 gives
    # this very sentence to `report`, as 'According to the study, ...' is the study's)
    body = "According to the report, the two-spray process is complete in under five minutes."
    assert [(s, t) for s, t, _ in all_en(body)] == [("report", "the two-spray process is complete in under five minutes")]


def test_plural_present_clauses_apposed_experts_and_last_weekday():
    # present_plural_determiners ('the stores fill the stock'), not 'the winners of the'; an office
    # in apposition after a name is the person's ('Gary Mortimer, a retail expert, said');
    # indirect_skip 'on last Wednesday'
    body = "Dr Gary Mortimer, a retail expert, said the stores fill the stock every night."
    assert [(s, t) for s, t, _ in all_en(body)] == [("Gary Mortimer", "the stores fill the stock every night")]
    body = "The academy announced the winners of the 2019 Nobel Prize in Physics in Stockholm."
    assert all_en(body) == []
    body = "Acme said on last Wednesday they'd run out of stock."
    assert [t for _, t, _ in all_en(body)] == ["they'd run out of stock"]
