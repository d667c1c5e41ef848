"""Indonesian speakers and their countries (dev9, dev10, dev11, the IndoSum scans). Texts written for these tests,
or small pieces of IndoSum and Wikinews text where a comment names the source."""
from __future__ import annotations

from generator.extract import CountryFinder

from .extract_cases import all_en, all_id, reports_of, run


# ---- Indonesian speaker countries (dev9) ---------------------------------------------------


def test_indonesian_state_names_belarusia_and_a_detokenised_timor_leste():
    f = CountryFinder.for_language("id")
    assert [m.code for m in f.find("Belarusia, Timor-Leste, Timor - Leste")] == ["BY", "TL", "TL"]
    # role_connectors 'Timor -': the hyphenated name stays in the role, not in the name
    body = ("Retno bertemu dengan Menlu Timor - Leste Aurelio Sergio Guterres di Jakarta.\n\n"
            "\"Kami berdua sepakat akan tingkatkan kerja sama ini,\" kata Guterres.")
    assert ("Aurelio Sergio Guterres", "Kami berdua sepakat akan tingkatkan kerja sama ini", "TL") in all_id(body)


def test_an_acronym_nickname_of_a_known_official_is_that_person():
    # officials.yaml 'Jusuf Kalla | JK': 'kata JK' is no body
    body = ("Wakil Presiden Jusuf Kalla juga menyatakan bahwa kasus itu telah selesai.\n\n"
            "\"Sudah meminta maaf ya sudah,\" kata JK, Kamis (26/10).")
    assert ("Jusuf Kalla", "Sudah meminta maaf ya sudah", "ID") in all_id(body)


def test_a_ministers_short_title_menpan_rb():
    body = "Menpan RB Asman Abnur mengatakan, jabatan ini menjadi prioritas karena beban kerja meningkat."
    assert all_id(body) == [("Asman Abnur", "jabatan ini menjadi prioritas karena beban kerja meningkat", "ID")]


def test_an_office_in_a_home_body_named_by_its_short_form():
    # 'Juru bicara KY' after 'Komisi Yudisial (KY)': Komisi Yudisial is a home institution
    body = ("Komisi Yudisial (KY) mengingatkan agar proses seleksi hakim disesuaikan.\n\n"
            "Juru bicara KY Farid Wajdi mengatakan, status hakim adalah pejabat negara.")
    assert ("Farid Wajdi", "status hakim adalah pejabat negara", "ID") in all_id(body)


def test_a_candidate_holds_no_office_yet():
    # candidate_words: what officials.yaml knows of Trump does not make the 2016 candidate the US's
    body = ("Calon presiden dari Partai Republik Donald Trump bertemu Perdana Menteri Israel Benjamin Netanyahu.\n\n"
            "Trump mengatakan kepada Netanyahu bahwa Amerika Serikat akan mengakui Yerusalem.")
    assert ("Donald Trump", "Amerika Serikat akan mengakui Yerusalem", None) in all_id(body)
    body = "Presiden Donald Trump bertemu Netanyahu.\n\nTrump mengatakan bahwa Amerika Serikat akan mengakui Yerusalem."
    assert ("Donald Trump", "Amerika Serikat akan mengakui Yerusalem", "US") in all_id(body)


def test_a_generation_suffix_names_another_person():
    body = ("Presiden Amerika Serikat Donald Trump merilis memo itu.\n\n\"Saya pikir ini memalukan,\" kata Trump.\n\n"
            "Sedangkan Donald Trump Jr menyebut dokumen tersebut mestinya mengakhiri penyelidikan.\n\n"
            "\"Banyak orang harus malu,\" kata Trump.")
    assert all_id(body) == [
        ("Donald Trump", "Saya pikir ini memalukan", "US"),
        ("Donald Trump Jr", "dokumen tersebut mestinya mengakhiri penyelidikan", None),
        ("Donald Trump", "Banyak orang harus malu", "US")]


def test_an_adviser_of_a_home_body_in_apposition():
    # lower_roles 'staf ahli'
    body = "\"Temuan tertinggi ada di Jakarta,\" tegas staf ahli Bawaslu RI, Rikson Nababan, kemarin."
    assert all_id(body) == [("Rikson Nababan", "Temuan tertinggi ada di Jakarta", "ID")]


def test_a_state_and_a_one_word_party_are_no_office_and_name():
    # 'Israel dan Hamas': Hamas is not Israel's
    body = ("Israel dan Hamas tercatat tiga kali terlibat pertikaian bersenjata sejak 2008.\n\n"
            "Hamas mengklaim mereka menahan dua tentara Israel.")
    assert [c for s, _, c in all_id(body) if s == "Hamas"] == [None]


def test_a_home_adviser_opening_a_sentence_keeps_the_home_state():
    # home_local_titles 'Staf Ahli' ('staf ahli' also written in lower case in the article)
    body = ("Kebijakan itu dibahas staf ahli kementerian.\n\n"
            "Staf Ahli Mendikbud bidang Regulasi, Chatarina Muliana menjelaskan para siswa wajib berada di sekolah.")
    assert ("Chatarina Muliana", "para siswa wajib berada di sekolah", "ID") in all_id(body)


def test_a_regency_of_two_words_closes_the_role_before_an_apposition():
    # places.id.txt 'Pariaman': 'Bupati Padang Pariaman, Ali Mukhni' is the regent, not 'Pariaman'
    body = "Ia datang.\n\nBupati Padang Pariaman, Ali Mukhni mengatakan pihaknya bersedia mengurus lahan."
    assert all_id(body) == [("Ali Mukhni", "pihaknya bersedia mengurus lahan", "ID")]


def test_a_titled_form_listed_for_a_known_official():
    # officials.yaml 'Salman bin Abdulaziz | King Salman | Raja Salman': the phrase as written
    body = ("Maskapai Arab Saudi belum memperoleh izin mendarat di Doha, Qatar.\n\n"
            "Raja Salman mengatakan konflik diplomatik kedua negara tidak akan mengganggu ibadah haji.")
    assert [c for s, _, c in all_id(body) if s == "Salman"] == ["SA"]


def test_the_next_title_and_name_of_a_list_is_not_an_introduction():
    # ArticleEntities._introduced_role: ', Bupati Sambas Atbah Romin Suhaili' is the next person
    body = ("Peresmian itu dihadiri General Manager PT Pertamina (Persero) Yanuar Budi Hartanto, Bupati Sambas "
            "Atbah Romin Suhaili, dan Anggota Komisi VII DPR Katherine Angela Oendoen.\n\n"
            "Sementara itu, Yanuar Budi Hartanto menegaskan bahwa peresmian ini merupakan simbol komitmen.")
    assert ("Yanuar Budi Hartanto", "peresmian ini merupakan simbol komitmen", None) in all_id(body)


def test_a_member_of_the_panel_of_judges_speaks_for_the_home_state():
    # home_local_titles 'Anggota Majelis Hakim'
    body = "\"Anggota DPR bukannya sibuk kok malah nongkrong di kafe?\" tanya anggota majelis hakim Ansyori Syaifuddin."
    assert all_id(body) == [("Ansyori Syaifuddin", "Anggota DPR bukannya sibuk kok malah nongkrong di kafe?", "ID")]


def test_who_is_told_before_a_comma_is_no_speaker_and_a_participle_clause_reports_nothing():
    # object_gap_verbs in _trailing_cue; participle_clause_openers
    body = ("A man was killed by lions near Pretoria, South Africa. Connie Moganedi, a spokeswoman for the police, "
            "told CNN, neighbors from other lodges attempted to save him. When asked about the attack, the park "
            "owner claimed the lions had been calm.")
    got = reports_of(body)
    assert ("Connie Moganedi", "neighbors from other lodges attempted to save him", "ZA") in got
    assert all(s != "CNN" for s, _, _ in got)
    assert all(not t.startswith("about the attack") for _, t, _ in got)


def test_a_member_after_the_body_s_name_speaks_for_the_body():
    # member_after_body: 'a Foreign Office spokesman', 'a Cabinet Office spokeswoman'
    body = ("Tony Blair spoke in London about Britain's security. But a Foreign Office spokesman said he could not "
            "comment on the activities of British intelligence.")
    assert ("Foreign Office", "he could not comment on the activities of British intelligence", "GB") in reports_of(body)


def test_a_subject_with_a_participle_aside_or_a_relative_clause_still_reads_as_a_clause():
    # aside_participle_prepositions; a relative clause's verb, then the main one among finite words
    body = ("Trade Secretary Patricia Hewitt said the new arrangements, revealed in a Commons written statement, "
            "would raise money for the clean-up. On the suspension of Mr Houston, UKIP said those who selected him "
            "knew nothing of his views.")
    texts = [t for _, t, _ in reports_of(body)]
    assert "the new arrangements, revealed in a Commons written statement, would raise money for the clean-up" in texts
    assert "those who selected him knew nothing of his views" in texts


def test_the_firm_is_the_one_word_name_the_article_uses_most():
    # _lone_name_firm: 'But the firm said' (a coordinator before a definite firm noun); not a place, a
    # surname of a fuller name, or a firm named inside another word ('DaimlerChrysler')
    body = ("Kraft plans to cut back on advertising of snacks. Kraft rival PepsiCo began a similar initiative. "
            "The move by Kraft covers TV and radio adverts in Chicago. Chief executive Roger Deromedi met "
            "analysts in Chicago. But the firm said it would continue to advertise all its products.")
    assert ("Kraft", "it would continue to advertise all its products", None) in reports_of(body)


def test_a_definite_firm_noun_opening_the_next_sentence_is_no_cue_of_a_closed_quote():
    body = ('Nike chairman Philip Knight said: "We remain confident that our strategy will allow us to deliver '
            'growth." The firm reported higher orders for athletic footwear. Nike shares rose. Nike is based in '
            'Oregon.')
    assert [q["speaker"] for q in run(body, "en")["quotes"] if q["kind"] == "direct"] == ["Philip Knight"]


def test_a_definite_firm_after_an_opening_clause_is_the_firm():
    body = ("Marsh is an insurance broker. Regulators asked Marsh for data. Marsh shares fell in New York. "
            "After the board met on Monday, the firm said it was halving its dividend payment.")
    assert ("Marsh", "it was halving its dividend payment", None) in reports_of(body)


def test_an_authority_source_with_a_time_after_it_and_a_modified_kin_noun():
    # source_tail (indirect_skip after 'according to police'); unnamed_authorities 'firefighters';
    # definite_person with one modifier ('The bus driver')
    body = ("A fire hit a block of flats in Badalona, Spain. A second fire in La Llagosta killed another person, "
            "according to firefighters. The body was found on Wednesday in the river, according to police on "
            "Thursday. The bus driver told reporters he lost control of the vehicle.")
    got = [(s, t) for s, t, _ in reports_of(body)]
    assert ("firefighters", "A second fire in La Llagosta killed another person") in got
    assert ("police", "The body was found on Wednesday in the river") in got
    assert ("driver", "he lost control of the vehicle") in got


def test_an_authority_source_placed_by_a_lower_case_word():
    # '..., according to county police.' / 'according to government authorities.': one lower-case
    # word before an unnamed authority (Wikinews, 2019 and 2019-10)
    body = ("Four teenagers were shot at a graduation party in Pennsylvania. Party-goers still at the scene "
            "fled when police arrived, according to county police. Indonesia's security minister Wiranto "
            "was stabbed in Pandeglang, according to government authorities.")
    got = [(s, t) for s, t, _ in reports_of(body)]
    assert ("police", "Party-goers still at the scene fled when police arrived") in got
    assert ("authorities", "Indonesia's security minister Wiranto was stabbed in Pandeglang") in got


def test_a_place_the_title_puts_in_another_state_outweighs_a_state_named_in_passing():
    # main_country: 'New York' in the title (a place within the US) against London named twice
    body = ("Andrea Zamperoni, the head chef of a New York City restaurant, was discovered dead on Wednesday in "
            "Queens, New York, according to police on Thursday. He had worked at the firm's London restaurant. "
            "His brother is a chef at the London location now.")
    sheet = run(body, "en", title="Missing New York City chef found dead")
    assert [(q["speaker"], q["country"]) for q in sheet["quotes"]][:1] == [("police", "US")]


def test_an_act_of_office_speaks_for_the_office_holder_when_a_body_spoke_last():
    # office_documents: 'The proclamation said ...' after the WHO's declaration is the president's
    body = ("On Friday, United States President Donald Trump declared a national emergency. The move came two "
            "days after the World Health Organization declared the outbreak a pandemic. The proclamation said the "
            "national emergency began on March 1.")
    assert ("Donald Trump", "the national emergency began on March 1", "US") in reports_of(body)


def test_confirming_or_telling_someone_that_reports_a_clause_in_indonesian():
    # indirect_say_verbs: 'membenarkan bahwa', 'memberitahu X bahwa'; a noun phrase alone is no report
    body = ("Pada pemeriksaan sebelumnya, Elza membenarkan bahwa Miryam bertemu Anton di kantornya. Calon presiden "
            "Donald Trump memberitahu Perdana Menteri Israel Benjamin Netanyahu bahwa Amerika Serikat akan "
            "mengakui Yerusalem. Polisi membenarkan hal itu.")
    got = reports_of(body, "id")
    assert ("Elza", "Miryam bertemu Anton di kantornya", None) in got
    assert any(s == "Donald Trump" and t == "Amerika Serikat akan mengakui Yerusalem" for s, t, _ in got)
    assert all(not t.startswith("hal itu") for _, t, _ in got)


def test_there_are_opens_the_clause_of_a_report_verb_that_takes_a_noun_phrase():
    # clause_openers: 'menyebut terdapat 1500 tahanan ...' (like 'ada')
    body = "Otoritas Palestina menyebut terdapat 1500 tahanan yang menolak makan."
    assert ("Otoritas Palestina", "terdapat 1500 tahanan yang menolak makan", "PS") in reports_of(body, "id")


def test_colloquial_say_and_a_view_held_report_a_clause_in_indonesian():
    # indirect_say_verbs / indirect_bare_verbs: 'Ia bilang, ...'; 'menganggap' + clause, not 'menganggap X sebagai Y'
    body = ("Menteri Koordinator Luhut Binsar Panjaitan hadir di Jakarta. Ia bilang, proses yang transparan akan terus "
            "dikedepankan. Anggota DPR Dadang Rusdiana menganggap bendera terbalik itu merupakan sebuah penghinaan. "
            "Budi menganggap Jokowi sebagai pemimpin yang tegas.")
    got = reports_of(body, "id")
    assert any(s == "Luhut Binsar Panjaitan" and t == "proses yang transparan akan terus dikedepankan" for s, t, _ in got)
    assert any(s == "Dadang Rusdiana" and t == "bendera terbalik itu merupakan sebuah penghinaan" for s, t, _ in got)
    assert all(not t.startswith("Jokowi") for _, t, _ in got)


def test_a_cue_closing_the_sentence_wins_over_an_inner_report_verb_in_indonesian():
    # trailing_cue_overrides: '..., kata Siswono.' names who reports the whole clause; a pronoun cue or the
    # subject named again only ends the report
    body = ("Siswono, Kepala Badan Kemlu, mengatakan tak ada negara yang mendukung. Indonesia selama ini selalu "
            "menilai klaim China tak sesuai dengan UNCLOS, kata Siswono. Menteri Budi hadir. Budi mengatakan "
            "pemerintah akan bertindak tegas, kata dia.")
    got = reports_of(body, "id")
    assert any(s == "Siswono" and t == "Indonesia selama ini selalu menilai klaim China tak sesuai dengan UNCLOS"
               for s, t, _ in got)
    assert any(s == "Budi" and t == "pemerintah akan bertindak tegas" for s, t, _ in got)


def test_a_definite_firm_after_a_one_word_opener_is_the_firm():
    body = ("Renault makes cars in France. Analysts expect Renault to grow. Renault shares fell. However, the company said it "
            "expected operating margins to be lower in 2005.")
    assert ("Renault", "it expected operating margins to be lower in 2005", None) in reports_of(body)


def test_an_outlet_whose_last_word_reads_as_a_body_reports_nothing():
    body = "A cargo plane crashed near Tehran in Iran. Press TV said the crash was followed by a fire."
    assert reports_of(body) == []


def test_a_prepositional_aside_between_the_subject_and_its_verb_is_skipped():
    # ('X, in remarks to the BBC, said': not the BBC; 'The letter, from the Home Office, says': the source)
    body = ('A typhoon hit the Philippines. Red Cross chair Richard Gordon, in remarks to the BBC, said "A lot of '
            'people have lost their homes".')
    assert [q["speaker"] for q in run(body, "en")["quotes"]] != ["BBC"]
    body = ('Moazzam Begg was held in Cuba. The letter, from the Home Office, says: "You would take part in '
            'activities against the United Kingdom."')
    assert [q["speaker"] for q in run(body, "en")["quotes"]] == ["Home Office"]


def test_unnamed_officials_with_a_relative_clause_speak():
    body = ("Lanes to the bridge were closed in New Jersey. The public officials who ordered that change claimed "
            "they were reducing the number of dedicated lanes.")
    assert [(s, t) for s, t, _ in reports_of(body)] == [
        ("public officials", "they were reducing the number of dedicated lanes")]


def test_a_report_ends_where_the_subject_s_next_act_begins():
    body = ("Donald Trump spoke in Ohio. Trump claimed carbon emissions have been lower during his administration "
            "and argued against re-entering the Paris Climate Accord.")
    # (the next act, a case argued against, is a report of its own: tests/test_extract_en_dev15.py)
    assert [t for _, t, _ in reports_of(body)] == ["carbon emissions have been lower during his administration",
                                                   "argued against re-entering the Paris Climate Accord"]


# ---- Indonesian who-said-what (dev10) ------------------------------------------------------

def test_insisting_and_arguing_verbs_report_a_clause():
    # indirect_say_verbs / indirect_bare_verbs 'bersikukuh', 'berargumentasi', 'berargumen'
    body = ("Inggris berunding dengan Uni Eropa.\n\n"
            "Menteri Keuangan Budi Santoso berargumentasi sebaiknya negara itu tetap berada dalam serikat pabean. "
            "Sementara Ani Wijaya bersikukuh bahwa negara itu harus bisa membuat kesepakatan dagang sendiri.")
    quotes = all_id(body)
    assert ("Budi Santoso", "sebaiknya negara itu tetap berada dalam serikat pabean") in [(s, t) for s, t, _ in quotes]
    assert ("Ani Wijaya", "negara itu harus bisa membuat kesepakatan dagang sendiri") in [(s, t) for s, t, _ in quotes]


def test_an_opening_shaped_mark_before_a_stop_closes_the_open_quote():
    # scan_marks: '“' right before '.' opens nothing; it closes the straight mark left open
    body = ("Inggris berunding dengan Uni Eropa.\n\n"
            "Sementara Ani Wijaya bersikukuh bahwa negara itu harus tetap berdagang dengan Eropa \"tanpa adanya gesekan “.")
    assert ("Ani Wijaya", "tanpa adanya gesekan", None) in all_id(body)


def test_a_quote_in_a_relative_clause_is_its_antecedents():
    # _antecedent: 'NAME yang menyebut "..."' after a preposition is still NAME's quote
    body = ("Inggris berunding dengan Uni Eropa.\n\n"
            "Hanya 35 persen warga setuju dengan Perdana Menteri Budi Santoso yang menyebut "
            "“tidak ada kesepakatan lebih baik daripada kesepakatan buruk” dalam negosiasi itu.")
    assert [s for s, t, _ in all_id(body) if t.startswith("tidak ada")] == ["Budi Santoso"]


def test_an_unnamed_official_closed_by_a_states_acronym_or_two_word_name():
    # _lower_role_subject: 'Seorang pejabat pertahanan AS' is an unnamed official of the US,
    # not Carter named before, nor 'AS' itself
    body = ("AS mengirim tentara ke Suriah. Menteri Pertahanan AS Ashton Carter mengatakan, 200 tentara akan dikirim.\n\n"
            "Seorang pejabat pertahanan AS mengatakan, penambahan pasukan ini terkait dengan meningkatnya jumlah pasukan lokal.\n\n"
            "Seorang pejabat senior Amerika Serikat mengatakan, pasukan itu akan tetap berada di sana.")
    quotes = all_id(body)
    assert ("Seorang pejabat pertahanan AS", "US") in [(s, c) for s, t, c in quotes if t.startswith("penambahan")]
    assert ("Seorang pejabat senior Amerika Serikat", "US") in [(s, c) for s, t, c in quotes if t.startswith("pasukan itu")]


def test_a_local_government_with_an_adverb_before_its_verb_speaks_for_its_state():
    # _lower_role_subject drops auxiliaries before the verb (pack: auxiliaries 'sebelumnya'), and
    # 'Pemerintah lokal Afghanistan' is a part of the state (only 'pemerintah Afghanistan' is the state)
    body = ("Tiga tentara tewas di Afghanistan.\n\n"
            "Pemerintah lokal Afghanistan sebelumnya menyebutkan dua tentara tewas dalam bentrokan di Achin.\n\n"
            "Serangan itu disebut pemerintah setempat sebagai serangan orang dalam.")
    assert ("Pemerintah lokal Afghanistan", "AF") in [(s, c) for s, t, c in all_id(body) if t.startswith("dua tentara")]


def test_a_rank_then_an_office_in_apposition_that_names_a_state():
    # ArticleEntities.add: 'Jenderal' alone would be the home state's; the apposition names the US
    # (a state's name inside another body's name does not count: 'Kepala Burma Task Force')
    body = ("Pasukan AS menyerang ISIS di Afghanistan. Afghanistan menyambutnya.\n\n"
            "Jenderal John Nicholson, komandan senior AS di Afghanistan, hadir di sana.\n\n"
            "Nicholson bersumpah akan mengalahkan militan ISIS di Afghanistan tahun ini.\n\n"
            "\"Krisis ini adalah genosida,\" kata Imam Malik Mujahid, Kepala Burma Task Force yang hadir.")
    quotes = all_id(body)
    assert [c for s, _, c in quotes if s == "John Nicholson"] == ["US"]
    assert [c for s, _, c in quotes if s == "Malik Mujahid"] == [None]


def test_a_statement_read_out_names_its_author_after_the_quote():
    # cue_verbs 'bunyi pernyataan': '"...," bunyi pernyataan X' is X's
    body = ("Pasukan AS menyerang ISIS di Afghanistan.\n\n"
            "\"Kematian Abdul Rahman menjadi pukulan telak bagi ISIS,\" bunyi pernyataan Jenderal Budi Santoso, komandan pasukan itu.")
    assert [s for s, t, _ in all_id(body) if t.startswith("Kematian")] == ["Budi Santoso"]


def test_an_unnamed_speaker_after_a_cue_with_a_relative_clause():
    # QuoteFinder.indefinite_speaker: 'kata seorang polisi yang namanya tak mau disebutkan' is
    # someone unnamed, not the officer quoted before
    body = ("Para pengungsi ditangkap polisi.\n\n\"Seluruh pengungsi kemudian ditangkap,\" ujar Abul Khaer kepada AFP.\n\n"
            "\"Mereka memohon kepada kami untuk tidak memulangkan mereka,\" kata seorang polisi yang namanya tak mau disebutkan.")
    assert [s for s, t, _ in all_id(body) if t.startswith("Mereka")] == ["seorang polisi yang namanya tak mau disebutkan"]


def test_a_sentence_naming_who_said_the_one_before():
    # passive_attribution group `echo`: '... tewas pada pertempuran pagi. Begitu kata X, ...' makes the
    # sentence before (with no quote of its own, same paragraph) X's report
    body = ("Pasukan Irak menyerang Mosul.\n\n"
            "Kepala keamanan ISIS di Kota Tua dilaporkan tewas pada pertempuran pagi. "
            "Begitu kata Budi Santoso, penasihat soal ISIS, kepada kantor berita Reuters.")
    assert ("Budi Santoso", "Kepala keamanan ISIS di Kota Tua dilaporkan tewas pada pertempuran pagi") \
        in [(s, t) for s, t, _ in all_id(body)]


def test_according_to_a_document_given_by_someone():
    # according_sources + document_source_links: 'Menurut catatan yang disampaikan X, ...' is X's
    body = ("Serangan terjadi di Rakhine.\n\n"
            "Menurut catatan yang disampaikan Budi Santoso, 12 petugas keamanan terbunuh dalam serangan itu.")
    assert ("Budi Santoso", "12 petugas keamanan terbunuh dalam serangan itu") in [(s, t) for s, t, _ in all_id(body)]


def test_according_to_someone_unnamed_then_a_pronoun_cue():
    # 'Menurut salah seorang warga di X, ...' (indefinite_subject after 'menurut'): that resident says
    # it, and the next 'ujarnya' is the resident's, not the commander quoted before
    body = ("Militer menyerang desa itu.\n\n"
            "“Militer menyerang balik ekstremis itu,” kata Panglima Budi Santoso dalam sebuah pernyataan. Baku tembak pun terjadi.\n\n"
            "Menurut salah seorang warga di Maungdaw, suara letus senjata terdengar sepanjang malam.\n\n"
            "“Kami tidak berani keluar rumah,” ujarnya.")
    quotes = all_id(body)
    assert [s for s, t, _ in quotes if t.startswith(("suara", "Kami"))] == ["salah seorang warga"] * 2


def test_after_a_verb_that_takes_a_thing_a_coordinated_verb_is_the_subjects_next_act():
    # clause_report_verbs: 'announced the schedule ... and followed it up' reports nothing; 'said the
    # chaos cast doubt ... and was likely to' reports a clause
    body = "PG&E announced the schedule in a press release late yesterday and followed it up with a press conference."
    assert all_en(body) == []
    body = "Analysts said the Christmas chaos cast doubt on the airline and was likely to worsen its finances."
    assert [t for _, t, _ in all_en(body)] == [
        "the Christmas chaos cast doubt on the airline and was likely to worsen its finances"]


def test_someone_unnamed_opening_a_sentence_is_whom_the_next_pronoun_means():
    # QuoteFinder.definite_person_opening: 'One of the victims decided ... She said ...'
    body = ("Prosecutor Kama Melly QC said the abuse was grave. One of the victims decided to allow her name "
            "to be made public. She said she did this to show victims \"there is nothing to be ashamed of\".")
    assert {s for s, t, _ in all_en(body) if "ashamed" in t} == {"One of the victims"}


def test_who_has_been_told_is_no_speaker():
    # _trailing_cue: a passive auxiliary before the cue ('a Houston court has been told'), unless
    # 'as saying' follows ('X has been reported as saying')
    body = "Russian authorities do not have to abide by any US court decisions, a Houston court has been told."
    assert all_en(body) == []
    body = ("Women will be employed in the foreign ministry this year, Foreign Minister Prince Saud "
            "Al-Faisal has been reported as saying.")
    assert [s for s, _, _ in all_en(body)] == ["Saud Al-Faisal"]


def test_a_subject_with_a_relative_clausereports_of():
    # QuoteFinder.subject_relative (relative_clause_speakers): 'Laporan panel PBB yang diajukan ke
    # Dewan Keamanan ... menyebut ...' is the panel's report; the relative clause hangs on the subject
    body = ("Korea Utara mengirim bahan kimia ke Suriah.\n\n"
            "Laporan panel pakar independen PBB yang diajukan ke Dewan Keamanan awal bulan ini menyebut "
            "kedua upaya pengapalan itu berhasil dicegat.")
    assert [s for s, t, _ in all_id(body) if t.startswith("kedua")] == ["PBB"]


def test_a_described_person_opening_a_sentence_with_a_plain_verb():
    # _person_opening 'described' + plain_subject_verbs: 'Peneliti ekonomi pensiunan X - Y datang ...'
    # (a person noun, a lower-case description, a name joined by a spaced hyphen, a verb with no
    # prefix) is whom the next 'katanya' means, not the one quoted before (read whole over its hyphen since
    # h_idgenre269)
    body = ("Ribuan pekerja mogok di Prancis.\n\n"
            "\"Kami menolak reformasi ini,\" kata Jerome Sainte, seorang pekerja.\n\n"
            "Peneliti ekonomi pensiunan Evelyne Deurilla - Feer datang berpakaian seperti kotak tisu dan memprotes reformasi.\n\n"
            "\"Undang - undang tenaga kerja seharusnya melindungi pekerja,\" katanya.")
    assert [s for s, t, _ in all_id(body) if t.startswith("Undang")] == ["Evelyne Deurilla-Feer"]


def test_an_office_of_a_place_inside_a_foreign_state_speaks_for_that_state():
    # places_within (Indonesian) + Grammar.role_country: 'Juru Bicara Provinsi Nangarhar X' is Afghanistan's
    body = ("Serangan terjadi di timur negara itu.\n\n"
            "“Seorang tentara melepaskan tembakan dan menewaskan dua orang,” kata Juru Bicara Provinsi Nangarhar "
            "Budi Santoso, kepada AFP.")
    assert [c for s, t, c in all_id(body) if s == "Budi Santoso"] == ["AF"]


def test_according_to_after_a_heading_run_into_the_sentence():
    # QuoteFinder.run_in_heading: 'Keterbatasan pasar Menurut Piter, ...' (a heading and a lost paragraph
    # break) is Piter's report, and the pronoun cue after it is his, not the bank's reported before
    body = ("Bank Indonesia memangkas giro wajib minimum.\n\n"
            "Melalui pelonggaran ini, Bank Indonesia mengklaim perbankan akan mendapatkan injeksi likuiditas. "
            "Keterbatasan pasar Menurut Piter Abdullah, tambahan likuiditas diperlukan untuk pembiayaan stimulus. "
            "”Pembiayaan utang melalui penerbitan surat utang dihadapkan pada keterbatasan pasar,” ujarnya.")
    quotes = all_id(body)
    assert [s for s, t, _ in quotes if t.startswith(("tambahan", "Pembiayaan"))] == ["Piter Abdullah"] * 2


def test_an_office_word_pointing_back_and_a_second_verb_joined_by_dan():
    # _subject (predicate_joiners) + _office_holder: 'Presiden berusia 39 tahun itu menentang ... dan
    # menyebut mereka sebagai "..."' is the president named before, not the analyst quoted last
    body = ("Ribuan pekerja mogok menentang reformasi Presiden Emmanuel Macron.\n\n"
            "\"Sepertinya hari ini sangat tinggi,\" kata analis politik Jerome Sainte.\n\n"
            "Presiden berusia 39 tahun itu menentang lawan - lawannya dan menyebut mereka sebagai "
            "\"pemalas, orang-orang sinis dan ekstremis\".")
    assert [s for s, t, _ in all_id(body) if t.startswith("pemalas")] == ["Emmanuel Macron"]
    body = body.replace("menentang lawan - lawannya dan menyebut", "menyebut")
    assert [s for s, t, _ in all_id(body) if t.startswith("pemalas")] == ["Emmanuel Macron"]


def test_his_office_is_the_office_of_the_person_spoken_of():
    # personal_possessives + person_bodies (_pronoun_body): 'His office said ...', and an interrupting
    # '..., his office said, ...', is the office of the person the story is about, for the person's state
    body = ("United States Senator John Smith died on Monday.\n\n"
            "Smith had been ill for a year. His office said he had been in hospice care. "
            "At 2:45 a.m. local time, his office said, he died at Gilchrist Hospice Care.")
    quotes = reports_of(body)
    assert [s for s, t, _ in quotes] == ["John Smith's office"] * 2
    assert quotes[0][1] == "he had been in hospice care"
    assert "Gilchrist" in quotes[1][1]


def test_a_newspaper_named_by_its_head_word_is_no_speaker():
    # news_outlets '* Sun', '* Bulletin': 'The Baltimore Sun reported ...', '..., according to Maritime
    # Bulletin, ...' are the press reporting (not annotated), as 'The Washington Post reported'
    body = ("Representative John Smith died on Thursday.\n\n"
            "The Baltimore Sun reported Smith had been sick and was missing from Capitol Hill. "
            "Local authorities, according to Maritime Bulletin, have noted other unusual data.")
    assert reports_of(body) == []


def test_an_office_before_of_is_no_body_and_no_speaker_of_its_own():
    # of_offices: 'Erwin Chemerinsky, Dean of UC Berkeley School of Law, called it' is Chemerinsky's
    # (not a body named like 'Friends of the Earth'); 'Dean Baker' and 'Howard Dean' stay names
    body = ("Lawyers dismissed the claims.\n\n"
            "Erwin Chemerinsky, Dean of UC Berkeley School of Law called it \"a truly silly argument.\"\n\n"
            "\"It is bad,\" said Dean Baker, an economist.")
    assert [s for s, t, _ in all_en(body)] == ["Erwin Chemerinsky", "Dean Baker"]


def test_a_relative_named_after_a_possessive_is_a_person():
    # kin_nouns (QuoteFinder.kin_named): 'His wife Mary said "..."' is Mary's, also inside a relative
    # clause ('..., which his wife Bernadette said was due to ...'; Wikinews, Walter Munk and Chirac)
    body = ("Jacques Chirac died on Thursday.\n\n"
            "His wife Mary said \"We thought he would live forever.\"\n\n"
            "Chirac was rarely seen in public after 2011, which his wife Bernadette said was due to memory "
            "problems.")
    quotes = all_en(body)
    assert [s for s, t, _ in quotes if t.startswith("We thought")] == ["Mary"]
    assert [s for s, t, _ in quotes if "memory problems" in t] == ["Bernadette"]
# ---- Indonesian unnamed speakers, denials and institutions (dev11) -----------------------------

def test_an_unnamed_speaker_after_a_cue_whose_relative_clause_names_someone():
    # QuoteFinder.indefinite_speaker (relative_tail): 'ujar seorang komandan ... yang mendukung pasukan
    # rezim Presiden Bashar al - Assad,' is the unnamed commander, not the state named before
    body = ("Dengan pertempuran sengit, Suriah mengklaim berhasil meruntuhkan kekhalifahan ISIS.\n\n"
            "“Benteng pertahanan terakhir ISIS sudah dibebaskan,” ujar seorang komandan aliansi militer yang "
            "mendukung pasukan rezim Presiden Bashar al - Assad, sebagaimana dikutip Reuters.")
    assert [s for s, t, _ in all_id(body) if t.startswith("Benteng")] == [
        "seorang komandan aliansi militer yang mendukung pasukan rezim Presiden Bashar al - Assad"]


def test_an_office_word_pointing_back_at_an_unnamed_speaker_holding_it():
    # _office_holder (_unnamed): 'Komandan itu mengatakan' is the unnamed commander quoted before, not a
    # place the sentence in between opened with
    body = ("“Benteng ISIS sudah dibebaskan,” ujar seorang komandan aliansi militer.\n\n"
            "Terletak di perbatasan dengan Irak, Albu Kamal merupakan benteng pertahanan terbesar ISIS di Suriah.\n\n"
            "Komandan itu mengatakan, selama pertempuran, pasukan Assad dibantu Hizbullah.")
    assert [s for s, t, _ in all_id(body) if t.startswith("selama")] == ["seorang komandan aliansi militer"]


def test_a_denial_of_an_act_with_no_subject_and_a_possessed_noun_subject():
    # denial_verbs + denied_act_prefixes, possessive_subject_suffixes (_named_subject_clause)
    assert all_id("Menurut sebuah pernyataan, Taliban membantah terlibat dalam serangan pemakaman tersebut.") == [
        ("Taliban", "terlibat dalam serangan pemakaman tersebut", None)]
    body = "Juru bicara PMF, Ahmed al - Asadi, juga membantah pasukannya menerobos perbatasan menuju Suriah."
    assert [(s, t) for s, t, _ in all_id(body)] == [
        ("Ahmed al-Asadi", "pasukannya menerobos perbatasan menuju Suriah")]
    assert all_id("Budi Santoso membantah berita tersebut.") == []  # a noun phrase: no report


def test_reports_put_forward_reported_by_a_monitor_and_tweeted():
    # indirect_say_verbs: 'mengemukakan', 'melaporkan', 'men-tweet' (with 'bahwa' or a comma)
    body = "Menlu Retno Marsudi mengemukakan bahwa Indonesia telah menyampaikan pandangan mengenai reformasi PBB."
    assert [t for _, t, _ in all_id(body)] == ["Indonesia telah menyampaikan pandangan mengenai reformasi PBB"]
    body = ("Namun, kelompok pemantau Syrian Observatory for Human Rights melaporkan bahwa Albu Kamal belum "
            "benar-benar direbut.")
    # (observatory in non_state_words: the monitor speaks for no state)
    assert [(t, c) for _, t, c in all_id(body)] == [("Albu Kamal belum benar-benar direbut", None)]
    body = "Kepala eksekutif pemerintah, Dr. Abdullah Abdullah, men-tweet bahwa dia tidak terluka."
    assert [(s, t) for s, t, _ in all_id(body)] == [("Abdullah Abdullah", "dia tidak terluka")]
    assert all_id("Polisi melaporkan kejadian itu ke atasannya.") == []


def test_a_preposition_before_an_active_verb_opens_a_participial_clause():
    # verbal_participle_openers: 'Dengan melaporkan ke Bawaslu, ia berharap ...' reports the hope, not the
    # report to the watchdog
    body = ("Agus Amri mendatangi kantor itu. Dengan melaporkan ke Bawaslu Balikpapan, ia berharap Abdul Rais "
            "bisa menjelaskan maksud kampanye itu.")
    assert [(s, t) for s, t, _ in all_id(body)] == [("Agus Amri", "Abdul Rais bisa menjelaskan maksud kampanye itu")]


def test_an_unnamed_subject_ends_before_an_adverb():
    # indefinite_subject (auxiliaries, 'bahkan'): 'Seorang jenderal militer bahkan mengklaim'
    body = "Seorang jenderal militer bahkan mengklaim, pengantin ISIS menggunakan anak-anak mereka sebagai tameng."
    assert [s for s, _, _ in all_id(body)] == ["Seorang jenderal militer"]
    body = "Seorang warga juga mengatakan, pengantin ISIS menggunakan anak-anak mereka sebagai tameng."
    assert [s for s, _, _ in all_id(body)] == ["Seorang warga"]


def test_a_described_source_after_a_cue_is_the_unnamed_source_introduced_before():
    # _unnamed_antecedent: '," ujar sumber tersebut.' after 'dikonfirmasi oleh sumber militer yang ...'
    # is that source, not the monitor's director quoted before
    body = ("“Pasukan rezim mengambil alih pangkalan udara Jarrah,” kata Rami Abdel Rahman, Direktur Observatorium "
            "Suriah untuk Hak Asasi Manusia.\n\n"
            "Pernyataan Observatorium itu juga dikonfirmasi oleh sumber militer yang tidak ingin disebutkan namanya.\n\n"
            "“Tentara Suriah sudah menguasai kawasan pangkalan udara Jarrah,” ujar sumber tersebut.")
    assert [s for s, t, _ in all_id(body) if t.startswith("Tentara")] == [
        "sumber militer yang tidak ingin disebutkan namanya"]
    # (a description of the person the article last named is still that person)
    body = ("Hari Kartini disambut antusias oleh artis Tina Toon. Mantan penyanyi cilik ini mengatakan, "
            "perempuan Indonesia sudah merasakan kesetaraan gender.\n\n"
            "“Perempuan sering mendapat KDRT,” papar artis bertubuh seksi ini.\n\n"
            "“Semangat kesetaraan gender itu dari kecil,” ungkap bintang film ‘Cinta Dalam Kardus’ ini.")
    assert [s for s, _, _ in all_id(body)] == ["Tina Toon"] * 3


def test_a_description_pointing_back_with_a_trailer_after_it():
    # anaphoric_speaker (speaker_trailers): '," tutur seorang jenderal tersebut seperti dikutip The
    # Independent.' is the general the article spoke of, not the outlet
    body = ("Seorang jenderal militer bahkan mengklaim, pengantin ISIS menggunakan anak-anak mereka sebagai tameng.\n\n"
            "\"Para perempuan ISIS bertempur dengan anak-anak mereka,\" tutur seorang jenderal tersebut seperti "
            "dikutip The Independent.")
    assert [s for s, _, _ in all_id(body)] == ["Seorang jenderal militer"] * 2


def test_a_short_title_after_a_cue_is_the_holder_of_the_full_office():
    # title_short_forms: 'kata Menlu' after 'Menteri Luar Negeri Retno Marsudi' (not the British
    # 'Menlu Inggris Boris Johnson' named after her)
    body = ("Indonesia diwakili oleh Menteri Luar Negeri Retno Marsudi bersama Sekjen PBB Antonio Guterres dan "
            "Menlu Inggris Boris Johnson.\n\n"
            "\"Fokus utamanya adalah menjadikan PBB ini lebih efisien,\" kata Menlu Retno di New York.\n\n"
            "Dengan mengatasi masalah efisiensi, diharapkan PBB bisa dengan cepat merespon situasi dunia, kata Menlu.")
    assert [(s, c) for s, t, c in all_id(body) if "efisiensi," in t] == [("Retno Marsudi", "ID")]


def test_a_particle_and_a_noun_of_statement_before_the_cue():
    # cue_particles + particle_cues: '," demikian pernyataan misi Uni Afrika ...' (misi in lower_roles);
    # '," demikian kata X'
    body = ("“Misi Uni Afrika marah dan kecewa atas pernyataan Donald Trump,” demikian pernyataan misi Uni Afrika "
            "untuk Amerika Serikat dalam pernyataan bersama seperti dikutip Sky News.")
    assert [(s, c) for s, _, c in all_id(body)] == [("misi Uni Afrika untuk Amerika Serikat", None)]
    body = "“Kami marah dan kecewa,” demikian kata Budi Santoso."
    assert [s for s, _, _ in all_id(body)] == ["Budi Santoso"]


def test_how_the_speaker_said_it_between_commas_is_no_subject():
    # _subject_of (speaker_trailers): ', melalui akun Twitternya mengatakan,' after the named subject
    body = ("Sementara itu, mantan perdana menteri Haiti Laurent Lamothe, melalui akun Twitternya mengatakan, "
            "“Dunia menyaksikan pernyataan sangat rendah.”")
    assert [s for s, _, _ in all_id(body)] == ["Laurent Lamothe"]


def test_the_state_after_a_bodys_seat_is_no_subject():
    # seat_prepositions: 'Kedutaan Besar Republik Indonesia di Amman, Jordania mengimbau' is the embassy
    # (of Indonesia), not Jordan ('Jordania', a variant spelling)
    body = ("Situasi di Palestina sedang tidak kondusif.\n\n"
            "Kedutaan Besar Republik Indonesia di Amman, Jordania mengimbau kepada seluruh Warga Negara Indonesia "
            "yang berencana melakukan kunjungan ke Palestina untuk sementara waktu menundanya.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Kedutaan Besar Republik Indonesia", "ID")]


def test_a_home_title_in_an_international_body_speaks_for_no_state():
    # Entities.home_office (international_bodies): 'Dirjen' is a home title, but 'Dirjen PBB di Jenewa'
    # heads the UN's office, not Indonesia's directorate
    body = "\"Di abad 21 ini tidak ada tempat untuk perilaku korupsi,\" kata Dirjen PBB di Jenewa Michael Moller."
    assert [c for _, _, c in all_id(body)] == [None]


def test_a_subordinate_clause_between_commas_keeps_its_own_pronoun_subject():
    # _subject_of drops a trailing 'melalui akun Twitternya' segment (how he said it), but a segment
    # opened by 'before'/'after' that holds its own pronoun subject is the report's subject
    # (Wikinews, 'Burundi President Pierre Nkurunziza dies aged 55', CC BY 2.5)
    body = ("Pierre Nkurunziza, the President of Burundi, died at the age of 55 on Monday.\n\n"
            "The constitution was changed again, allowing him to run for a forth term, before he "
            "announced he would stand down.")
    quotes = all_en(body)
    assert [s for s, t, _ in quotes if t == "he would stand down"] == ["Pierre Nkurunziza"]


# ---- Indonesian group and court speakers (broad IndoSum/news scan) ---------------------------

def test_a_prosecutor_or_a_court_as_the_subject_is_a_group_speaker():
    # group_speakers: 'Jaksa mengatakan ...' after a lower-case 'jaksa' (no longer read as a name),
    # 'majelis hakim menyatakan' after an opener, 'Para peneliti' with a quantifier and a particle
    body = ("Sidang itu mendengar tuntutan jaksa. Jaksa mengatakan terdakwa menerima uang dari seorang kontraktor "
            "pada Mei 2016.\n\n"
            "Dalam putusannya, majelis hakim menyatakan terdakwa terbukti menerima suap.\n\n"
            "Para peneliti juga mengatakan, hal ini terutama karena umat Islam rata-rata berusia lebih muda.")
    assert [(s, t) for s, t, _ in all_id(body)] == [
        ("Jaksa", "terdakwa menerima uang dari seorang kontraktor pada Mei 2016"),
        ("majelis hakim", "terdakwa terbukti menerima suap"),
        ("peneliti", "hal ini terutama karena umat Islam rata-rata berusia lebih muda")]


def test_a_group_after_the_cue_and_menurut_a_group():
    # _phrase_after: '," kata para pengunjuk rasa, sebagian ...' and 'Menurut jaksa, ...'; not a
    # description that runs on to the person's name ('kata peneliti pada Lembaga ..., Rina Kartika')
    body = ("\"Turunkan harga bahan pokok sekarang juga!\" kata para pengunjuk rasa, sebagian membawa spanduk."
            "\n\nSidang itu mendengar tuntutan jaksa. Menurut jaksa, terdakwa saat itu menyembunyikan uang di rumah "
            "mertuanya.")
    assert [(s, t) for s, t, _ in all_id(body)] == [
        ("pengunjuk rasa", "Turunkan harga bahan pokok sekarang juga!"),
        ("jaksa", "terdakwa saat itu menyembunyikan uang di rumah mertuanya")]
    body = ("\"Keluarga baru mengetahui putusan itu dari media sosial,\" kata peneliti pada Lembaga Bantuan "
            "Hukum Surabaya (LBH), Rina Kartika.")
    assert "peneliti" not in [s for s, _, _ in all_id(body)]


def test_a_group_word_that_is_the_role_of_the_person_named_last_is_that_person():
    # title_equivalents (jpu -> jaksa) in _holder_named_last: '," lanjut jaksa' after 'JPU Andi Wibowo'
    body = ("Dalam sidang sebelumnya, JPU Andi Wibowo mengungkapkan terdakwa menerima komisi dari proyek jalan.\n\n"
            "\"Terdakwa menerima Rp 50 juta setiap bulan dari kontraktor,\" lanjut jaksa.")
    assert [s for s, _, _ in all_id(body)] == ["Andi Wibowo", "Andi Wibowo"]


def test_capitalised_words_closed_by_a_comma_and_a_cue_are_said_not_a_title():
    # _said_with_comma: '"Operasi Tangkap Tangan di Surabaya," kata ...' and '"Sidang Lanjutan Hari Kamis,"
    # tambahnya' look like titles (most long words capitalised) but the comma and the cue after the marks
    # make them speech; a title in running text stays out
    body = ("\"Kami sudah memeriksa tiga orang saksi,\" kata Juru Bicara KPK Febri Diansyah kepada wartawan.\n\n"
            "\"Sidang Lanjutan Hari Kamis,\" tambahnya.\n\n"
            "\"Operasi Tangkap Tangan di Surabaya,\" kata Wakil Ketua KPK Saut Situmorang saat dihubungi.\n\n"
            "Ia menonton film \"Gone With The Wind\" kemarin.")
    assert [(s, t) for s, t, _ in all_id(body)] == [
        ("Febri Diansyah", "Kami sudah memeriksa tiga orang saksi"),
        ("Febri Diansyah", "Sidang Lanjutan Hari Kamis"),
        ("Saut Situmorang", "Operasi Tangkap Tangan di Surabaya")]


def test_someone_unnamed_described_after_the_cue():
    # _phrase_after: 'sahut sang sopir angkot' (role_determiners + a lower-case description, cue_verbs
    # 'sahut'), 'teriak massa aksi' (group_speakers, cue_verbs 'teriak'); not 'sang pelatih, John
    # Kavanagh', where the name in apposition speaks
    body = ("Polisi datang ke lokasi.\n\n\"Jalannya macet total sejak pagi tadi,\" sahut sang sopir angkot.\n\n"
            "\"Kami menuntut keadilan bagi semua korban,\" teriak massa aksi, Selasa (14/3/2017).")
    assert [(s, t) for s, t, _ in all_id(body)] == [
        ("sopir angkot", "Jalannya macet total sejak pagi tadi"),
        ("massa aksi", "Kami menuntut keadilan bagi semua korban")]
    body = ("Hal ini diungkapkan sang pelatih, John Kavanagh yang menginginkan agar pertarungan berlangsung "
            "pada Maret 2018.\n\n\"Saya harus menekankan bahwa itu hanya pilihan saya,\" kata Kavanagh.")
    assert {s for s, _, _ in all_id(body)} == {"John Kavanagh"}


def test_the_company_is_the_firm_named_by_apposition_in_a_sentence_that_reports_nothing():
    # firm_descriptor_nouns: 'Northwind Energy, a UK oil firm,' introduces the firm 'the company' is
    body = ("Shares in Northwind Energy, a UK oil firm, have closed down 18% after a disappointing drilling update.\n\n"
            "The company said tests had shown no significant finds in one of its fields. "
            "Investors had piled into Northwind earlier this year.")
    assert ("Northwind Energy", "tests had shown no significant finds in one of its fields", None) in all_en(body)


def test_the_company_is_the_firm_named_after_its_trade_not_an_aside_firm_named_once():
    # firm_descriptor_nouns: 'consumer goods giant Acmelon'; 'Oil giant Petrolux' is named once, an aside
    body = ("Consumer goods giant Acmelon is to merge its two management boards after weak earnings. "
            "Acmelon is not alone in trying to simplify its business. Oil giant Petrolux last year "
            "dismantled its dual structure.\n\n"
            "The company said its main focus will be on improving profits.")
    quotes = all_en(body)
    assert ("Acmelon", "its main focus will be on improving profits", None) in quotes
    assert not [s for s, _, _ in quotes if s == "Petrolux"]


def test_the_company_is_a_one_word_name_typed_as_a_person_with_no_office():
    # _lone_person_firm: 'Zentrix has announced ...' then 'The company said ...'
    body = ("Zentrix has announced it is cutting about 5,000 jobs after its takeover of a smaller rival.\n\n"
            "The company said it would retain more than 90% of the rival's developers. "
            "The takeover makes Zentrix a major force in the software market.")
    assert ("Zentrix", "it would retain more than 90% of the rival's developers", None) in all_en(body)


def test_a_second_verb_after_comma_and_but_has_the_clauses_subject():
    # clause_coordinators: 'The government has not accepted ..., but says ...' is the government's
    body = ("Britain raised its minimum wage on Monday.\n\n"
            "The government has not accepted the commission's recommendation that young workers should be paid "
            "the adult rate, but says it will look again at the rate later on.")
    assert ("government", "it will look again at the rate later on") in [(s, t) for s, t, _ in all_en(body)]
