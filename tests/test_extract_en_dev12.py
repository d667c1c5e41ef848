"""English speakers found in the errors of dev12/en (an untuned set made development data): texts written
for these tests."""
from __future__ import annotations

from .extract_cases import all_en, reports_of

LEAD = "Tony Mendez, a former agent, died on Friday in Denver at the age of 78.\n\n"


def speakers(body):
    return [s for s, _, _ in all_en(LEAD + body)]


# ---- a name after an indefinite article is an apposition --------------------------------------

def test_a_party_after_a_name_is_its_apposition():
    assert speakers("Wisconsin governor Tony Evers, a Democrat, said he would have preferred that "
                    "neither man had come.") == ["Tony Evers"]
    assert speakers("Mitt Romney, a Republican, said \"this is unthinkable and unacceptable.\"") == ["Mitt Romney"]


def test_a_name_inside_an_indefinite_description_is_not_the_speaker():
    # the description names someone else ('a sometime Trump critic'): the one described speaks, and
    # takes no state from the one his description names
    found = all_en(LEAD + "Mitt Romney, a sometime Trump critic, said the transfer of power is what "
                          "separates the U.S. from others.")
    assert [(s, c) for s, _, c in found] == [("Mitt Romney", None)]


# ---- a possessive, who someone is to its owner, then their name ----------------------------------

def test_the_name_after_a_possessive_description_speaks_after_the_cue():
    assert speakers("\"He was a great man,\" writes Mendez's longtime tag team partner Jane Smith on "
                    "Instagram. \"I have lost a brother!\"") == ["Jane Smith", "Jane Smith"]
    assert speakers("\"He was a great man,\" said Trump's lawyer Jane Smith.") == ["Jane Smith"]


def test_the_name_after_a_possessive_description_speaks_before_the_verb():
    assert speakers("Mendez's wife Jane Mendez said, \"He was a great man.\"") == ["Jane Mendez"]
    assert speakers("His lawyer Jane Smith said the case was over.") == ["Jane Smith"]
    assert speakers("Apple's chief executive Tim Cook said the case was over.") == ["Tim Cook"]


# ---- a name given to something, in quotes ---------------------------------------------------------

TRUMP = "President Donald Trump held a rally in Ohio on Tuesday.\n\n"


def test_the_name_a_subject_gives_something_is_the_subjects_quote():
    # (Wikinews, 'On the campaign trail in the USA, September 2020': 'referred to the riots as acts of
    # "domestic terror"', 'labeled the report as "fake news"')
    found = all_en(TRUMP + "Trump referred to the riots as acts of \"domestic terror\".\n\n"
                           "Trump labeled the report as \"fake news\" and said he would release his tax returns.\n\n"
                           "Trump termed her a \"corrupt oaf\".")
    assert {(s, t) for s, t, _ in found} >= {("Donald Trump", "domestic terror"), ("Donald Trump", "fake news"),
                                             ("Donald Trump", "corrupt oaf")}


def test_a_naming_participle_after_a_comma_quotes_no_one():
    found = all_en(TRUMP + "The old prison, referred to locally as \"the Castle\", was closed in 1990.")
    assert [t for _, t, _ in found] == []


def test_a_naming_participle_after_a_comma_and_adverbs_quotes_no_one():
    # (Wikinews, 'South African "Lion Man" killed by his lions')
    found = all_en(TRUMP + "Leon van Biljon, owner of the lodge, died. Van Biljon, reportedly often referred to "
                           "as \"The Lion Man\", had been in the lions' area.")
    assert [t for _, t, _ in found] == []


# ---- a court's findings -----------------------------------------------------------------------------

COURT = "The Supreme Court heard the case of two former officials on Monday.\n\n"


def test_a_court_finding_reports_its_clause_without_that():
    # (Wikinews, 'Driver in New Hampshire multi-motorcycle crash pleads not guilty')
    assert reports_of(COURT + "The court determined the driver's history rendered him a danger to himself.") == [
        ("Supreme Court", "the driver's history rendered him a danger to himself", None)]
    assert [s for s, _, _ in reports_of(COURT + "The court found the prorogation was unlawful.")] == ["Supreme Court"]


def test_a_finding_of_no_court_or_of_an_object_reports_nothing():
    assert reports_of(COURT + "A doctor, John Smith, determined the mother was in danger.") == []
    assert reports_of(COURT + "The court found unconstitutional a 2005 law on the succession of governors.") == []


# ---- a document reads the quoted words ------------------------------------------------------------

WRESTLER = "Jon Huber, a wrestler who performed for AEW (All Elite Wrestling), died on Saturday aged 41.\n\n"


def test_the_body_naming_a_document_that_reads_the_quote_speaks():
    found = all_en(WRESTLER + "\"Huber was exceptionally respected,\" reads an AEW press release.")
    assert [(s, t) for s, t, _ in found] == [("AEW", "Huber was exceptionally respected")]


def test_the_owner_of_a_document_that_reads_the_quote_speaks():
    found = all_en(WRESTLER + "The family's statement on the death read: \"Jon loved his wife.\"")
    assert [(s, t) for s, t, _ in found] == [("family", "Jon loved his wife")]
    found = all_en(WRESTLER + "Judge Gray Miller ruled on Friday. \"Restrictions on women in the military may "
                              "have justified past discrimination,\" reads Judge Miller's statement.")
    assert [s for s, _, _ in found] == ["Gray Miller"]


def test_reading_with_no_document_is_no_document_cue():
    found = all_en(WRESTLER + "He read: \"The oath was void and the court has decided.\"")
    assert [s for s, _, _ in found] == ["Jon Huber"]  # (the pronoun, as before)


def test_a_body_named_only_as_a_documents_owner_speaks():
    # (Wikinews, 'Japanese professional wrestler and Netflix star Hana Kimura dies aged 22')
    found = all_en("Hana Kimura, a wrestler, died on Saturday aged 22.\n\nKimura was signed for Stardom at the "
                   "time of her death. Stardom's official statement yesterday read \"Stardom fans, We are very "
                   "sorry to report that our Hana Kimura has passed away.\"")
    assert [s for s, _, _ in found] == ["Stardom"]


def test_a_person_named_before_owns_the_document_by_surname():
    # (Wikinews, 'US President Trump says Osama bin Laden's son killed')
    found = all_en("On Saturday, in a brief but official statement, US President Donald Trump said Hamza bin Laden "
                   "has been killed in a US counter-terrorism operation. The statement specified no date.\n\n"
                   "Trump's statement read: \"Hamza bin Ladin was killed in a United States counterterrorism "
                   "operation.\"")
    assert [(s, c) for s, _, c in found] == [("Donald Trump", "US"), ("Donald Trump", "US")]


# ---- reports in the present tense of plural subjects ------------------------------------------------

WAR = "Fighting broke out between Armenia and Azerbaijan over the Nagorno-Karabakh region on Sunday.\n\n"


def test_a_plural_subject_reports_in_the_present_tense():
    # (Wikinews, 'On the campaign trail in the USA, September 2020')
    assert [(s, t) for s, t, _ in reports_of(WAR + "The Armenians claim they were retaliating against missile "
                                                   "attacks from Azerbaijan.")] == [
        ("Armenians", "they were retaliating against missile attacks from Azerbaijan")]
    assert [s for s, _, _ in reports_of(WAR + "Analysts say the war could last for months.")] == ["Analysts"]


def test_a_report_verb_after_a_possessive_is_a_noun():
    assert reports_of(WAR + "The President's claim would tread upon principles of federalism and comity.") == []


def test_present_forms_and_replies_report():
    # (Wikinews, 'On the campaign trail in the USA, August 2020' and 'September 2020')
    assert [s for s, _, _ in reports_of(WAR + "Professor John Eastman of Chapman University writes that the "
                                              "amendment requires parents to be citizens.")] == ["John Eastman"]
    assert [t for _, t, _ in reports_of(WAR + "President Donald Trump countered that Biden would have lost even "
                                              "more.")] == ["Biden would have lost even more"]


def test_a_plain_form_after_the_speakers_pronoun_a_modal_or_to_reports_no_one():
    # (Wikinews interviews: 'they all say that it is lockdown', 'it is hard to say what happens then')
    assert reports_of(WAR + "We spoke to many officers, but they all say that it is lockdown and it is not "
                            "possible to help now.") == []
    assert reports_of(WAR + "It is hard to say what happens then to the region.") == []
    assert reports_of(WAR + "No, I say the war is not over yet.") == []


# ---- according to someone by who they are to the person spoken of --------------------------------

def test_according_to_a_possessed_source_reports():
    # (Wikinews, 'Former U.S. intelligence agent Tony Mendez ... dies at 78', 'US professional wrestler
    # Jon Huber dies aged 41')
    assert reports_of(LEAD + "According to his publicist, Mendez died of Parkinson's disease.") == [
        ("his publicist", "Mendez died of Parkinson's disease", None)]
    assert [(s, t) for s, t, _ in reports_of(LEAD + "According to his wife, Amanda, Mendez succumbed to an "
                                                    "unspecified lung disorder.")] == [
        ("Amanda", "Mendez succumbed to an unspecified lung disorder")]


def test_the_one_spoken_to_after_the_speakers_name_is_no_part_of_it():
    # (Wikinews, 'On the campaign trail in the USA, August 2020')
    found = all_en("Jo Jorgensen was struck by a bat. Wikinews contacted campaign manager Steve Dasbach about the "
                   "incident.\n\n\"Jess Mears and I witnessed the bat attack,\" said Dasbach to Wikinews.")
    assert [s for s, _, _ in found] == ["Steve Dasbach"]


# ---- a second clause with its own subject ------------------------------------------------------------

RALLY = "President Donald Trump held a rally in Ohio on Tuesday with Vice President Mike Pence.\n\n"


def test_a_joined_clause_after_a_verb_reports_for_its_own_subject():
    # (Wikinews, 'On the campaign trail in the USA, September 2020': 'Trump attacked Drudge as a
    # consistent Trump opponent and his campaign called for CNN to fire Lockhart')
    found = reports_of(RALLY + "Trump attacked Drudge as a consistent opponent and his campaign called for CNN to "
                               "fire Lockhart.")
    assert [s for s, _, _ in found] == ["Donald Trump's campaign"]
    found = reports_of(RALLY + "Trump attacked Drudge as a consistent opponent and Mike Pence called for CNN to "
                               "fire Lockhart.")
    assert [s for s, _, _ in found] == ["Mike Pence"]
    found = reports_of(RALLY + "Trump visited Texas and said the election was stolen.")
    assert [s for s, _, _ in found] == ["Donald Trump"]


def test_a_documents_owner_reports_its_clause():
    # (Wikinews, 'GitHub blocks public access to youtube-dl after RIAA issues DMCA notice')
    body = ("GitHub blocked access to the youtube-dl project on Friday after a request from the Recording Industry "
            "Association of America (RIAA).\n\nThe project is hosted on sites such as Vimeo. RIAA's DMCA notice "
            "alleged the script's purpose of existence was to circumvent protection measures.")
    assert [s for s, _, _ in reports_of(body)] == ["RIAA"]
