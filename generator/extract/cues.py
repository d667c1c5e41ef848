"""A language's cue words compiled for finding quotes: report verbs, pronoun cues, titles, groups."""
from __future__ import annotations

import re

from .langpack import LanguagePack
from .grammar import Grammar
from .mentions import NAMEWORD, UPPER
from .trie import literal_alternation

# A comma that cuts a subject into segments: any but one between digits ('6,000', '4,5 persen').
SEGMENT_COMMA = r"(?<!\d),\s*|,(?!\d)\s*"


class QuoteFinder:
    """Per-language compiled cue patterns."""

    _cache: dict[int, "QuoteFinder"] = {}

    @classmethod
    def for_pack(cls, pack: LanguagePack, grammar: Grammar) -> "QuoteFinder":
        found = cls._cache.get(id(pack))
        if found is None:
            found = cls._cache[id(pack)] = cls(pack, grammar)
        return found

    def blames_without_reason(self, verb: str, text: str, end: int) -> bool:
        """Praise or blame (reasoned_request_verbs) ending at `end` with no reason after it
        ('criticized the move'): it reports nothing ('criticized Biden for not denouncing ...' does)."""
        return verb.casefold() in self.reasoned_set and (
            self.reason_after is None or not self.reason_after.match(text, end))

    def __init__(self, pack: LanguagePack, grammar: Grammar):
        self.pack = pack
        self.g = grammar
        self.stopwords = frozenset(w.casefold() for w in pack.words("stopwords"))
        alt = literal_alternation  # (the longest-first alternation of the words, as a trie where it can be)
        cues = alt(pack.words("cue_verbs"))
        pcues = alt(pack.words("pronoun_cues"))
        pronouns = alt(pack.words("pronouns"))
        speech = alt(pack.words("speech_verbs") + pack.words("cue_verbs"))
        self.speech_set = {w.casefold() for w in pack.words("speech_verbs") + pack.words("cue_verbs")}
        self.naming_verbs = frozenset(w.casefold() for w in pack.words("naming_verbs"))
        # 'referred to the vote as "The Impeachment Hoax"', 'dubbed him "Minister of Discord"': a naming
        # verb with an object, then the quote: the label is the subject's words, however capitalised
        # (not the passive 'referred to as "Super Tuesday"', 'dubbed "Zrinyi 2026"': a name in use)
        naming = pack.words("naming_verbs")
        self.naming_with_object = re.compile(
            rf"(?<![\w-])(?:{alt(naming)})[ \t]+(?!as\b)[^.;:\"“”\n]{{1,40}}?[ \t]*\Z", re.I) if naming else None
        self.participle_adverbs = frozenset(pack.words("verb_group_adverbs") + pack.words("present_verb_adverbs"))
        self.cue_set = grammar.cue_words
        self.pronoun_cue_set = {w.casefold() for w in pack.words("pronoun_cues")}
        self.subject_only_cues = {w.casefold() for w in pack.words("subject_only_cues")}
        # After the closing mark: '," kata X' / '," katanya' / '," lanjut dia' / '," he said' / '," X said'
        self.after_pron = re.compile(
            rf"\s*[,.!?;:]?\s*(?:(?:{pcues})\b|(?:{cues})\s+(?:{pronouns})\b|(?:{pronouns})\s+(?:{cues})\b)"
            if pcues else rf"\s*[,.!?;:]?\s*(?:(?:{cues})\s+(?:{pronouns})\b|(?:{pronouns})\s+(?:{cues})\b)", re.I)
        # '"...?" tanya jaksa Budi kepada Anton. "...," jawabnya.': the answer cue's pronoun means the one the
        # question before was put to, named after its addressee word
        asked, answer = pack.words("question_cues"), pack.words("answer_pronoun_cues")
        to = pack.words("question_addressee_markers")
        self.question_put_to = re.compile(
            rf"[?!.,]*[\"“”'’]?[ \t]*[,.]?[ \t]*(?i:{alt(asked)})\b[^.;\n\"“”]{{0,120}}?(?<![\w-])(?i:{alt(to)})[ \t]+"
            rf"(?P<who>[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,3}})") if asked and answer and to else None
        self.answer_pron = re.compile(rf"\s*[,.!?]?\s*(?:{alt(answer)})\b", re.I) if answer else None
        # '"...," she said, noting it was the worst ...': a participle after the cue of a quote
        # goes on with the same speaker's report
        contrast = pack.words("contrast_joiners")
        reports = pack.words("indirect_say_verbs")
        self.contrast_report = re.compile(
            # (without the comma, only before a capitalised subject: '... while Interior
            # Minister X wrote he had ordered ...')
            rf"(?:,[ \t]+(?:{alt(contrast)})|(?<=[\w\x22”’'])[ \t]+(?:{alt(contrast)})(?=[ \t]+[A-Z]))"
            rf"[ \t]+(?=[^,;:\"“”\n]{{1,60}}?[ \t](?:{alt(reports)})\b)") \
            if contrast and reports else None
        joiners = pack.words("clause_joiners")
        # 'The guardrail would be examined, Roberts said, to determine ...': a subject and its cue
        # interrupting one clause, which goes on in lower case after it
        # ('Because warmer water is more buoyant, says the study, it rises ...': a definite group
        # after the cue too)
        definite = pack.words("definite_articles")
        inverted_group = rf"|(?:{alt(definite)})[ \t]+[a-z][\w-]*" if definite else ""
        # ('The net result, the authors say, is that ...': a group's plural present form too)
        # (and the verbs of reasoning that only interrupt a clause: '..., they reasoned, ...')
        mid_cues = alt(pack.words("cue_verbs") + pack.words("plural_report_forms")
                       + pack.words("interrupting_cue_verbs"))
        # ('Dukungan itu, ujar politisi senior itu, terutama ...': a description closed by an anaphor,
        # whoever the article spoke of, tried before a name inside it)
        mid_anaphors = pack.words("anaphor_markers")
        mid_epithet = rf"(?:{mid_cues})[ \t]+(?P<epithet>[a-z][^,;:\"“”()\n]{{2,80}}?[ \t]+(?:{alt(mid_anaphors)}))|" \
            if mid_anaphors else ""
        self.interrupting_cue = re.compile(
            rf",[ \t]+(?:(?P<phrase>[^,;:\"“”()\n]{{2,60}}?)[ \t]+(?:{mid_cues})|{mid_epithet}(?:{mid_cues})[ \t]+(?P<desc>(?:[a-z][\w-]*[ \t]+){{1,3}})?(?P<after>[{UPPER}][^,;:\"“”()\n]{{2,60}}?{inverted_group}))"
            rf"[ \t]*,[ \t]+(?P<next>[a-z][\w'’-]*)(?:[ \t]+(?P<second>[a-z][\w'’-]*))?")
        self.mid_cue_joiner = re.compile(rf"[ \t]*,[ \t]*(?:{alt(joiners)})[ \t]+") if joiners else None
        participles = pack.words("cue_participles")
        self.cue_participle = re.compile(
            rf"[,.!?;:]?[\"“”]\s*,?\s*(?:(?:{cues})\s+[^,.;:!?\"“”\n]{{1,60}}?|[^,.;:!?\"“”\n]{{1,60}}?\s+(?:{cues}))"
            rf"\s*,\s*(?:{alt(participles)})\s+(?:that\s+)?", re.I) if participles else None
        # '"...," ujar Nani sambil menambahkan dari 72 sekolah ...', '"...," kata Bank Dunia dalam sebuah
        # pernyataan, menambahkan bahwa ...': in a language with no participle a finite report verb after the
        # cue (after a comma, a joiner, or both) goes on with the speaker's report (cue_next_report_verbs;
        # the cue may stand alone before a joiner: '"...," katanya serta menambahkan bahwa ...')
        next_verbs, next_joiners = pack.words("cue_next_report_verbs"), pack.words("cue_next_report_joiners")
        self.cue_next_report = re.compile(
            rf"[,.!?;:]?[\"“”]\s*,?\s*(?:(?:{cues})(?:\s+[^,.;:!?\"“”\n]{{1,60}}?)?|[^,.;:!?\"“”\n]{{1,60}}?\s+(?:{cues}))"
            rf"(?:\s*,\s*(?:(?:{alt(next_joiners)})\s+)?|\s+(?:{alt(next_joiners)})\s+)(?P<verb>{alt(next_verbs)})\s+"
            rf"(?:(?:{alt(pack.words('indirect_complementisers'))})\s+)?") if next_verbs and next_joiners else None
        # 'Hal senada disampaikan (oleh) X': a passive speech verb and its agent
        passive_speech = pack.words("passive_speech_verbs")
        # (or a lower-case description of a person before the name: 'diakui oleh ahli ortopedi Gaurav Rathore')
        agent_heads = pack.words("lower_roles") + pack.words("person_nouns")
        agent_markers = pack.words("passive_agent_markers")
        agent_marker = rf"(?:[ \t]+(?:{alt(agent_markers)}))?" if agent_markers else ""  # ('diakui oleh')
        # ('Bisa dikatakan Indonesia memiliki ...': 'it can be said', the writer's own judgement, no agent)
        not_modal = "".join(rf"(?<!\b{re.escape(v)}[ \t])" for w in pack.words("impersonal_passive_modals")
                            for v in {w, w.capitalize()})
        self.passive_agent = re.compile(
            rf"(?<![\w-]){not_modal}(?:{alt(passive_speech)}){agent_marker}[ \t]+"
            rf"(?=[{UPPER}]|(?:{alt(agent_heads)})\b)") if passive_speech else None
        # an active verb right after a subject: 'Nawawi Pomolango menyayangkan'
        prefixes = pack.words("active_verb_prefixes")
        self.verb_after = re.compile(rf"[ \t]+(?:{alt(prefixes)})[a-z]{{3,}}\b") if prefixes else None
        self.auxiliaries = {w.casefold() for w in pack.words("auxiliaries")}
        # a coordinated predicate before a report verb: '<subject> menentang lawan - lawannya dan '
        pjoin = pack.words("predicate_joiners")
        self.predicate_joined = re.compile(
            rf"\A[^,;:\"“”]*?[ \t](?:{alt(prefixes)})[a-z]{{3,}}\b[^,;:\"“”]*[ \t](?:{alt(pjoin)})[ \t]*\Z") \
            if pjoin and prefixes else None
        self.predicate_verb = re.compile(rf"(?<=[ \t])(?P<verb>(?:{alt(prefixes)})[a-z]{{3,}})\b") if prefixes else None
        self.predicate_non_verbs = {w.casefold() for w in pack.words("pronouns") + pack.words("object_prepositions")
                                    + pack.words("auxiliaries") + pack.words("predicate_non_verbs")}
        # verbs with no active prefix that are a clause's predicate all the same: 'menyebut modus
        # serupa terjadi di ...', 'mengakui pengadaan kapal segera terealisasi' (complement_plain_predicates)
        self.plain_predicates = frozenset(w.casefold() for w in pack.words("complement_plain_predicates"))
        # ... and adverbs that may stand between such a subject and its predicate ('segera', 'pun', 'juga')
        self.complement_inner_adverbs = frozenset(w.casefold() for w in pack.words("complement_inner_adverbs"))
        # ... and adjectives that are such a complement's whole predicate ('memastikan stok beras aman')
        self.predicate_adjectives = frozenset(w.casefold() for w in pack.words("complement_predicate_adjectives"))
        self.predicate_adjective_closers = frozenset(
            w.casefold() for w in pack.words("complement_predicate_adjective_closers"))
        # ... and reflexive objects that open no clause ('memastikan diri turun ke League One')
        self.complement_reflexive_objects = frozenset(w.casefold() for w in pack.words("complement_reflexive_objects"))
        # a passive verb after the subject: 'Polisi akan diturunkan' (the subject is its patient)
        passive_prefixes = pack.words("passive_verb_prefixes")
        # (the stem of such a verb: 'diberikan' -> 'berikan')
        self.passive_stem = re.compile(rf"(?:{alt(passive_prefixes)})([a-z]{{3,}})") if passive_prefixes else None
        # (... and the active forms of such a stem: 'sita' -> 'menyita'; passive_active_dropped, passive_active_kept)
        self.passive_active_dropped = {str(k): str(v) for k, v in (pack.get("passive_active_dropped") or {}).items()}
        self.passive_active_kept = {str(k): str(v) for k, v in (pack.get("passive_active_kept") or {}).items()}
        # a place or an origin inside a subject: 'pembakaran markas GMBI di Bogor', 'Analis dari RBC'
        # (not the Grammar's place_prepositions, which open a place after a name)
        self.subject_place_words = {w.casefold() for w in pack.words("seat_prepositions") + pack.words("source_prepositions")
                                    + pack.words("goal_prepositions")}
        # words that end a clause's subject: 'mengakui kecerobohannya saat menyetir'
        self.subject_stops = {w.casefold() for w in pack.words("subject_stops") + pack.words("subordinators")}
        # ('menyebut rekayasa lalu lintas bersifat ...': a compound noun opening with a stop word)
        self.subject_stop_compounds = frozenset(" ".join(w.casefold().split()) for w in pack.words("subject_stop_compounds"))
        self.patient_verb = re.compile(
            rf"(?:[ \t]+(?:{alt(pack.words('auxiliaries'))}))*[ \t]+(?:{alt(passive_prefixes)})[a-z]{{3,}}\b") \
            if passive_prefixes else None
        # a role, a few words, then 'ini'/'itu' and a comma: 'Wali Kota Surabaya dua periode ini,'
        self.anaphoric_tail = re.compile(
            rf"(?:[ \t]+[a-z][\w-]*){{0,3}}[ \t]+(?:{alt(pack.words('anaphor_markers'))})[ \t]*,") \
            if pack.words("anaphor_markers") else None
        # any passive verb and its agent: 'dihadiri (oleh) William Wongso'
        self.any_passive_agent = re.compile(
            rf"(?<![\w-])(?:{alt(passive_prefixes)})[a-z]{{3,}}(?:[ \t]+(?:{alt(pack.words('passive_agent_markers'))}))?"
            rf"[ \t]+(?=[{UPPER}])") if passive_prefixes and pack.words("passive_agent_markers") else None
        # 'as' before such a passive: 'Hal ini sebagaimana diperintahkan oleh Presiden X' (a clause of manner)
        manner = pack.words("manner_passive_leads")
        rels = pack.words("relative_pronouns")
        self.manner_passive_lead = re.compile(
            rf"(?<![\w-])(?:{alt(manner)})(?:[ \t]+(?:{alt(rels)}))?[ \t]+\Z") if manner and rels else None
        # a sentence that carries on the last speaker's argument: 'Apalagi, ...'
        openers = pack.words("argument_openers")
        self.argument_opener = re.compile(rf"(?:{alt(openers)})\b") if openers else None
        # 'Meskipun X sudah meminta maaf, ...': a concessive clause up to its comma reports nothing
        # ('Seraya menyeru untuk pembebasan Tamimi, Amnesty mengatakan ...': a participial clause
        # of the main subject up to its comma, likewise)
        concessive = pack.words("concessive_openers") + pack.words("participle_openers")
        attempts = pack.words("non_report_words")
        # (a modal between hides the negation or refusal: 'belum bisa memastikan ...', 'tidak dapat
        # menyebutkan ...', 'enggan untuk menjelaskan ...' say that nothing was said)
        modals = rf"(?:[ \t]+(?:{alt(pack.words('report_modals'))}))*" if pack.words("report_modals") else ""
        self.attempt_before = re.compile(rf"(?<![\w-])(?:{alt(attempts)}){modals}[ \t]+\Z", re.I) \
            if attempts else None
        # (a denial negated is an admission of the clause after its complementiser: 'tidak menampik bahwa ...')
        negations, admitted = pack.words("admission_negations"), pack.words("admitted_denial_verbs")
        self.admission_negation = re.compile(rf"(?<![\w-])(?i:{alt(negations)})[ \t]+\Z") \
            if negations and admitted else None
        self.admitted_denials = frozenset(w.casefold() for w in admitted)
        self.admission_complement = re.compile(
            rf"[ \t]+(?:{alt(pack.words('admission_complementisers'))})(?![\w-])") \
            if pack.words("admission_complementisers") else None
        # ('Dengan melaporkan ke Bawaslu, ia berharap ...': a preposition before an active verb opens
        # such a clause too; not 'Dengan tegas Budi mengatakan ...')
        verbal = pack.words("verbal_participle_openers")
        vprefixes = pack.words("active_verb_prefixes")
        verbal_opener = rf"|(?:{alt(verbal)})[ \t]+(?:{alt(vprefixes)})[a-z]{{3,}}" if verbal and vprefixes else ""
        self.concessive = re.compile(rf"\s*(?:{alt(concessive)}{verbal_opener})\b[^,;:\"“”]*,") \
            if concessive else None
        # (h_d49who47) the concessive openers alone, not the participial ones: 'Kendati otoritas menyebut ...,'
        # has a subject of its own, who reports when the main clause does not (where the pack asks for it)
        self.concessive_opener_set = frozenset(pack.words("concessive_openers")) \
            if pack.get("concessive_report_alone") else frozenset()
        # 'webinar bertajuk "...", 'a book titled "...": a name, a title or a written text follows
        introducers = pack.words("text_introducers")
        gap_verbs = pack.words("object_gap_verbs")
        self.told_channel = re.compile(rf"(?<![\w-])(?:{alt(gap_verbs)})\b[^.;:!?\"“”\n]{{1,60}}:[ \t]*\Z") \
            if gap_verbs else None
        self.text_introducer = re.compile(rf"(?<![\w-])(?:{alt(introducers)})[ \t]*[,:]?[ \t]*\Z", re.I) \
            if introducers else None
        name_parts, name_subjects = pack.words("name_participles"), pack.words("name_participle_subjects")
        indef_parts = pack.words("indefinite_name_participles")
        not_subject = rf"(?!(?:{alt(name_subjects or ['(?!)'])})[ \t])"
        self.name_participle = re.compile(
            rf"(?<![\w'’-]){not_subject}[a-z][a-z-]+[ \t]+(?:{alt(name_parts)})[ \t]*\Z"
            + (rf"|(?<![\w'’-])(?i:an?)[ \t]+(?:{not_subject}[a-z][a-z-]*[ \t]+){{0,2}}{not_subject}[a-z][a-z-]+[ \t]+"
               rf"(?:{alt(indef_parts)})[ \t]*\Z" if indef_parts else "")) if name_parts else None
        # 'Anna Franowska of "Have no fear", an abuse victim support charity': a short quote after a
        # name and a link word, described after it, is the name of a body
        body_links, dets = pack.words("body_name_links"), pack.words("determiners")
        self.described_after = re.compile(rf"[ \t]*,[ \t]+(?:{alt(dets)})[ \t]+") if dets else None
        self.body_name_link = re.compile(rf"[{UPPER}][\w'’.-]*[ \t]+(?:{alt(body_links)})[ \t]*\Z") \
            if body_links and dets else None
        # 'juru bicara kementerian, ' before a name: a lower-case role in apposition
        self.lower_role_comma = re.compile(
            rf"(?:{alt(pack.words('lower_roles'))})(?:[ \t]+[a-z]+){{0,3}},[ \t]+(?=[{UPPER}])")
        # inside a sentence, between commas: 'Namun, lanjut Teguh, PSBB belum efektif'
        # (or opening it, capitalised: 'Kata Aris, Novel begitu ...', 'Dijelaskan oleh Andri, Pemprov ...')
        opening = [w[:1].upper() + w[1:] for w in pack.words("opening_cues")]
        agent = alt(pack.words("passive_agent_markers")) if pack.words("passive_agent_markers") else ""
        opening_cue = rf"\A[ \t]*(?:{alt(opening)})(?:[ \t]+(?:{agent}))?|" if opening and agent else ""
        # (also after a connective, with no comma of its own: 'Namun kata Saleh al-Jasser, direktur
        # maskapai tersebut, pesawat mereka ...', 'Justru sebaliknya, karena kata Tjahjo, KPU harus ...')
        joins = pack.words("according_openers")
        joined_cue = rf"(?:\A[ \t]*|,[ \t]*)(?i:{alt(joins)})[ \t]+(?:{cues})|" if joins else ""
        self.inline_cue = re.compile(rf"(?:{opening_cue}{joined_cue}(?:^|,)[ \t]*(?:{cues}))[ \t]+")
        # the same cue with no comma before it, right after a lower-case word ('Pada saat pertemuan
        # tersebut ujar Fikri, mereka meminta ...'): only the cue words that are no other word there
        # (unmarked_inline_cues), and only before a person's name and its comma (indirect.py)
        unmarked = pack.words("unmarked_inline_cues")
        self.unmarked_inline_cue = re.compile(rf"(?<=[a-z])[ \t]+(?:{alt(unmarked)})[ \t]+(?=[{UPPER}])") \
            if unmarked else None
        # (a connective right before such a cue opens the clause the cue leads: 'Padahal menurut Jasser, ...',
        # '..., tapi menurut WCCFTech, ...' report the clause after the name, not the words before the cue)
        self.connective_before_cue = re.compile(rf"(?:\A|[\s,])(?i:{alt(joins)})\Z") if joins else None
        # (the cue words that may open a sentence, told apart from a connective before one: 'Kata dia, ...'
        # against 'Sebab kata dia, ...')
        self.opening_cue_words = frozenset(w.split()[0].casefold() for w in pack.words("opening_cues") if w.split())
        # ('Disampaikan Nezar bahwa ...': a complementiser after the speaker's name closes such a cue, as a comma does)
        comps = pack.words("opening_cue_complementisers")
        self.opening_cue_complement = re.compile(rf"[ \t]+(?:{alt(comps)})[ \t]+(?=[\w\"“])") if comps else None
        # 'kata ahli epidemiologi Universitas Airlangga, Windhu Purnomo, ...': a description, then the name
        # 'menurut pengamat pangan, Anton Apriyantono, fenomena ...': a description, a name, a clause
        # ('menurut dokter kloter SUB 62, dr Roro, untuk ...': a title in lower case may open the name)
        # (the clause may open with a name too: 'Menurut pelatih Persib, Mario Gomez, Persija bermain ...';
        # indirect.py then wants the name right after the comma)
        lower_titles = [t for t in pack.words("prenominal_titles") if t[:1].islower()]
        lower_title = rf"(?P<title>(?:{alt(lower_titles)})\.?[ \t]+)?" if lower_titles else ""
        self.described_name = re.compile(
            rf"[^,.;\"“”\n]{{2,80}},[ \t]+(?P<name>{lower_title}[{UPPER}][^,.;\"“”\n]{{1,40}}),[ \t]+(?=[a-z{UPPER}])")
        self.described_comma = re.compile(rf"[a-z][^,.;\"“”\n]{{0,80}},[ \t]+(?=[{UPPER}])")
        # ('," demikian kata X', '," demikian pernyataan misi Uni Afrika ...': a particle pointing back
        # at the quote, then the cue or a noun of statement)
        particles, particle_cues = pack.words("cue_particles"), pack.words("particle_cues")
        particled = (rf"(?:{alt(particles)})[ \t]+(?:{alt(particle_cues)})|(?:(?:{alt(particles)})[ \t]+)?"
                     if particles and particle_cues else "")
        # ('," catat studi tersebut.': a verb that cues only a document pointing back; document_cue_verbs)
        doc_cues, doc_nouns = pack.words("document_cue_verbs"), pack.words("speaking_documents")
        doc_cued = (rf"|(?:{alt(doc_cues)})(?=[ \t]+(?:{alt(doc_nouns)})[ \t]+"
                    rf"(?:{alt(pack.words('document_demonstratives'))})\b)"
                    if doc_cues and doc_nouns and pack.words("document_demonstratives") else "")
        # ('," buka Wenger.': the verbs that cue only there, closing_cue_verbs)
        closing = alt(pack.words("cue_verbs") + pack.words("closing_cue_verbs"))
        self.after_verb = re.compile(rf"\s*[,.!?;:—–-]?\s*(?:{particled}(?:{closing}){doc_cued})\b[ \t]+", re.I)
        # ('"...," underlined Mr Saldarriaga': a verb that cues only so, in lower case, before a capital;
        # pack comma_inverted_cues)
        inverted = pack.words("comma_inverted_cues")
        self.comma_inverted_cue = re.compile(rf"[ \t]*(?:{alt(inverted)})[ \t]+(?=[{UPPER}])") if inverted else None
        # ('“...,” Juru Bicara Arrmanatha Nasir di Gedung Kemlu RI': the cue verb left out, the office and
        # name then where or when it was said; quotes._verbless_cue_after)
        adjuncts = pack.words("verbless_cue_adjuncts")
        self.verbless_cue_adjunct = re.compile(rf"[ \t]*(?:[,.]|(?:{alt(adjuncts)})\b)") if adjuncts else None
        # '..., say MPs.', '..., say researchers at BDO Stoy Hayward.', '..., insists Mr Hadi.': a present
        # form after the clause it reports (trailing_present_cues: not the ones that are also nouns)
        trailing_plural = pack.words("trailing_present_cues")
        plural_cues = alt(pack.words("cue_verbs") + trailing_plural) if trailing_plural else cues
        bare = pack.words("bare_trailing_cues")
        titles = pack.words("honorifics") + pack.words("bare_trailing_titles")
        self.bare_trailing_cue = re.compile(
            rf"(?<=[a-z0-9])[ \t]+(?=(?:{alt(bare)})[ \t]+(?:(?:{alt(titles)})[ \t]+)?[{UPPER}][\w'’-]+"
            rf"(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}}[ \t]*(?:[,.]|\Z))") if bare else None
        self.after_plural_verb = re.compile(rf"\s*,\s*(?:{alt(trailing_plural)})[ \t]+(?=[\w])") \
            if trailing_plural else None
        # '..., predicts a report by Acme.', '..., suggests a new survey.': a finding's verb before
        # research with its source or a document no one issued (inverted_document_cues), never before
        # anyone else ('..., suggests Mr Hale' is left to the cue verbs)
        inverted_docs = pack.words("inverted_document_cues")
        self.after_document_verb = re.compile(rf"\s*,\s*(?:{alt(inverted_docs)})[ \t]+(?=[\w])") \
            if inverted_docs else None
        # ('..., he argues.': after a personal pronoun, one speaker's)
        personal = pack.words("personal_pronouns")
        self.after_personal_present = re.compile(
            rf"\s*,\s*(?:{alt(personal)})[ \t]+(?:{alt(trailing_plural)})\b", re.I) if trailing_plural and personal else None
        # '"...," reads an AEW press release', 'The family's statement on the death read: "..."': a
        # document's words; whoever issued it speaks
        reading = pack.words("document_reading_verbs")
        read_docs = pack.words("document_nouns") + pack.words("read_documents")
        doc_re = rf"(?:{alt(read_docs)})" if read_docs else r"(?!)"
        self.document_read_after = re.compile(
            rf"\s*[,—–-]?\s*(?:{alt(reading)})[ \t]+(?P<doc>[^,.;:\"“”\n]{{3,120}}?)[ \t]*(?=[,.;:!?\"“”\n]|\Z)") \
            if reading else None
        # '"...," the letter read.': the document as the subject after the quote
        read_dets = pack.words("read_document_determiners")
        self.document_read_subject = re.compile(
            rf"\s*[,—–-]\s*(?P<doc>(?:{alt(read_dets)})[ \t]+(?:[a-z]+[ \t]+)?{doc_re})[ \t]+"
            rf"(?:{alt(reading)})[ \t]*(?=[,.;:!?\"“”\n]|\Z)") if reading and read_dets else None
        self.document_read_before = re.compile(
            rf"(?P<doc>[^,.;:\"“”\n]{{3,120}}?)(?:,[^,.;:\"“”\n]{{0,60}},)?[ \t]+(?:{alt(reading)})"
            rf"(?:[ \t]+in[ \t]+part)?[ \t]*[,:]?[ \t]*\Z") if reading else None
        dets = alt(pack.words("document_determiners")) if pack.words("document_determiners") else r"(?!)"
        self.document_owned = re.compile(
            rf"(?P<owner>[^,]+?)['’]s[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{doc_re}\b")
        owner_preps = pack.words("document_owner_prepositions")
        self.document_of = re.compile(
            rf"(?:{dets})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{doc_re}[ \t]+(?:{alt(owner_preps)})[ \t]+(?P<owner>.+)") \
            if owner_preps else None
        self.document_named = re.compile(
            rf"(?:{dets})[ \t]+(?P<owner>[{UPPER}][\w.&-]*(?:[ \t]+[{UPPER}][\w.&-]*)*)[ \t]+(?:[a-z]+[ \t]+)?{doc_re}\b")
        bare_dets = pack.words("bare_document_determiners")
        self.document_bare = re.compile(rf"(?i:{alt(bare_dets)})[ \t]+(?:[a-z]+[ \t]+)?{doc_re}\b") \
            if bare_dets else None
        # 'According to a March 14, 2019 NATO press release, ...', '... were affected according to
        # NDRRMC report on Saturday', 'according to a police statement': a document as the source,
        # named by who issued it (a name in capitals or an unnamed authority) before the document noun
        documents, authorities = pack.words("document_nouns"), pack.words("unnamed_authorities")
        dated = rf"(?:(?:{'|'.join(pack.words('source_date_forms'))})[ \t]+)?" if pack.words("source_date_forms") else ""
        self.source_document = re.compile(
            rf"[ \t]*(?:(?:{dets})[ \t]+)?{dated}(?P<owner>[{UPPER}][\w.&-]*(?:[ \t]+[{UPPER}][\w.&-]*){{0,5}}"
            rf"|(?:{alt(authorities)}))(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+)?(?:{alt(documents)})\b") \
            if documents and authorities else None
        self.document_at_end = re.compile(rf"(?<![\w-]){doc_re}[ \t]*\Z")
        # 'Governor John Bel Edwards addressed the public: "..."', 'The mayor of London, Sadiq
        # Khan, gave his condolences via Twitter, adding, "..."': a sentence that opens with its
        # subject and a finite verb and leads into the quote by a colon or a cue participle
        opening_verbs = pack.words("opening_report_verbs")
        # (the sentence's subject and its finite verb, which both patterns open with)
        opening = rf"(?P<subject>[{UPPER}][^;:\"“”\n]{{0,100}}?)[ \t]+(?P<verb>{'|'.join(opening_verbs)})\b"
        self.opening_report = re.compile(
            rf"{opening}[^;:\"“”\n]{{0,120}}?(?::|,[ \t]+(?:{alt(participles)})[ \t]*,)[ \t]*\Z") \
            if opening_verbs and participles else None
        # 'Trump lashed out at the mayor, calling her "..."': a participle after a comma has the
        # sentence's subject, not the object before it ('..., with X of Florida calling the process
        # "...": the one named after 'with')
        self.opening_clause = re.compile(opening) if opening_verbs else None
        self.speech_participles = frozenset(w.casefold() for w in pack.words("speech_participles"))
        participle_joiners = pack.words("participle_subject_joiners")
        self.participle_subject = re.compile(
            rf"[,\"”][ \t]+(?:{alt(participle_joiners)})[ \t]+(?P<who>[^,;:\"“”\n]{{2,80}}?)[ \t]*\Z") \
            if participle_joiners else None
        # ('," chairman Chung Mong-koo said': a lower-case office before the name)
        office_lead = [r for r in pack.words("lower_roles") if r[:1].islower() and not re.match(r"(?:the|a|an)\s", r)]
        # (also after up to two lower-case words of the office: '," party chairwoman Ann Brown said')
        office = rf"|(?:[a-z][\w-]*\s+){{0,2}}(?:{alt(office_lead)})\s+(?=[{UPPER}])" if office_lead else ""
        # '"...," Ana Ruiz, the festival's head of programming, told ...', '"...," the new head of the
        # standards body, Tom Hale, says.': a full name and its description between commas, in
        # either order, before the cue (English: pack flag appositive_after_quote)
        ap_name = rf"[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}}"
        ap_desc = r"[^,.;:!?\"“”\n]{2,100}?"
        ap_dets = alt(pack.words("determiners")) if pack.words("determiners") else r"(?!)"
        # (the comma closing a name's description is often left out: '"...," Emmanuel Ferry, from Exane
        # BNP Paribas told Reuters', '"...," Peter Dobrow, a T-Mobile spokesperson said'; not after a
        # relative pronoun, whose clause may have a subject of its own: '"...," Tom Hale, whose lawyer said')
        ap_rels = alt(pack.words("relative_pronouns")) if pack.words("relative_pronouns") else r"(?!)"
        self.appositive_after = re.compile(
            rf"[ \t]*(?:(?P<name>{ap_name})[ \t]*,[ \t]*(?:{ap_desc}[ \t]*,|(?![ \t]*(?:{ap_rels})\b){ap_desc}[ \t])"
            rf"|(?:{ap_dets})[ \t]+{ap_desc}[ \t]*,[ \t]*(?P<name2>{ap_name})[ \t]*,)[ \t]*(?:{cues})(?![\w-])") \
            if pack.get("appositive_after_quote") and cues else None
        self.after_subject_verb = re.compile(rf"\s*[,—–-]?\s*(?P<phrase>(?:[Tt]he\s+|[Aa]n?\s+|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+\s+{office})?(?:{NAMEWORD})(?:[^\n,.;:\"“”]{{0,80}}?))\s+(?:{cues})\b")
        # Before the opening mark: 'kata X: "' / 'X said: "' / 'X mengatakan, "'
        self.speech_any = re.compile(rf"(?<![\w-])(?:{speech})(?![\w-])", re.I)
        # verbs of speaking that start no report of their own ('Rina sempat menyinggung hubungannya
        # ...'): with the speech verbs, they mark someone narrated about as a speaker (quotes.py)
        # a sentence's opening word and its comma ('Lebih lanjut, terdapat ...'): a connective, never
        # a speech verb of the sentence (quotes._narrated_aside)
        openers = pack.words("sentence_openers")
        self.opener_comma = re.compile(rf"(?:{alt(openers)})[ \t]*,") if openers else None
        acts = pack.words("speaking_acts")
        self.speaking_acts = re.compile(rf"(?<![\w-])(?:{alt(acts)})(?![\w-])", re.I) if acts else None
        # '," according to a tweet on Monday by US Secretary of State Mike Pompeo' / 'According to a
        # statement released by Erdogan's office, "..."': the document, then its author after 'by'
        sources, source_links = pack.words("according_sources"), pack.words("document_source_links")
        # ('According to a 1989 report from the National Transportation Safety Board': a word between
        # the article and the document)
        article = rf"(?i:{alt(pack.words('determiners'))})" if pack.words("determiners") else r"(?!)"
        bare_sources = sorted({re.sub(rf"^{article}\s+", "", x) for x in sources})
        source = (rf"(?:(?:{alt(sources)}|{article}\s+[\w-]+\s+(?:{alt(bare_sources)}))\b"
                  rf"[^,.;\"“”]{{0,60}}?\b(?:{alt(source_links)})\s+)?") if sources and source_links else ""
        self.according = re.compile(
            rf"(?<![\w-])(?:{alt(pack.words('according_to'))})\s+{source}", re.I) if pack.words("according_to") else None
        self.according_after = re.compile(
            rf"\s*[,.]?\s*(?:{alt(pack.words('according_to'))})\s+{source}",
            re.I) if pack.words("according_to") else None
        self.pronoun_subject = re.compile(rf"^\s*(?:{pronouns})\b", re.I) if pronouns else None
        # a short heading run into a sentence opening with a capitalised 'Menurut'
        caps = [w[:1].upper() + w[1:] for w in pack.words("according_to") if " " not in w and w[:1].islower()]
        self.run_in_heading = re.compile(
            rf"\s*[{UPPER}][\w-]*(?:[ \t]+[a-z][\w-]*){{0,4}}[ \t]+(?=(?:{alt(caps)})[ \t])") if caps else None
        # 'Dikutip dari rilis Dinas Sosial, ...', 'Menurut penjelasan dalam laman Kemenkeu, ...': an
        # opener, a document noun (and its modifiers, or a second document), then its issuer in capitals
        src_openers, src_docs = pack.words("source_openers"), pack.words("source_document_nouns")
        src_mods = alt(pack.words("source_document_modifiers")) if pack.words("source_document_modifiers") else "(?!)"
        self.source_opener = re.compile(
            rf"[ \t]*(?i:{alt(src_openers)})[ \t]+(?i:{alt(src_docs)})(?:[ \t]+(?:{src_mods}|{alt(src_docs)}))*"
            rf"[ \t]+(?=[{UPPER}])") if src_openers and src_docs else None
        # 'Berdasarkan data Jambeck di 2015, ...', 'Menurut laporan BPS, ...': a source opener and a noun of
        # gathered findings before the issuer; the issuer is where figures come from, not someone the
        # story moves on to (the next pronoun cue goes on with the one quoted before)
        data_nouns = pack.words("data_source_nouns")
        self.data_source_opening = re.compile(
            rf"[ \t]*(?i:{alt(src_openers)})[ \t]+(?i:{alt(data_nouns)})[ \t]+(?=[{UPPER}])") \
            if src_openers and data_nouns else None
        self.source_list_openers = frozenset(w.casefold() for w in pack.words("source_list_openers"))
        # 'Melansir Straits Times, Menteri X mengatakan ...': a comma segment opening the subject text with a
        # lead-in naming where the report was read (segments._source_lead_in: no name, an adverbial opening)
        lead_ins = pack.words("report_source_lead_ins")
        self.report_source_lead_in = re.compile(rf"\s*(?i:{alt(lead_ins)})[ \t]+\S") if lead_ins else None
        # (the same document nouns one by one: 'tulis pernyataan keduanya seperti dikabarkan ...' is a
        # statement, no unnamed person)
        self.source_document_words = frozenset(w.casefold() for w in src_docs if " " not in w)
        self.source_platforms = frozenset(w.casefold() for w in pack.words("source_platforms"))
        # 'Berikut klarifikasi lengkap yang dituliskan X:' then numbered points: the writer's document
        # (transcripts.announced_document_points)
        self.document_announcers = tuple(w.casefold() for w in pack.words("announced_document_openers"))
        self.document_nouns = frozenset(w.casefold() for w in pack.words("announced_document_nouns"))
        # 'Aan menjelaskan, ... Hakim menilai ...': an office alone as a subject inside a speaker's paragraph is
        # told of in that speaker's account (quotes._retold_in_account)
        self.bare_office_retold = bool(pack.get("bare_office_retold_in_account"))
        # an account's handle after a cue, maybe with the noun for an account, its holder and the word
        # linking them before it ('," tulis akun @warga_kota99.', '," tulis penggemar dengan nama akun @x';
        # pack handle_holder_links, handle_account_nouns)
        links, accounts = pack.words("handle_holder_links"), pack.words("handle_account_nouns")
        platforms = pack.words("source_platforms")
        holder = rf"(?:(?:[\w-]+[ \t]+){{0,2}}?(?:{alt(links)})[ \t]+)?" if links else ""
        lead = (rf"(?:{holder}(?:{alt(accounts)})(?:[ \t]+(?i:{alt(platforms)}))?[ \t]+)?" if accounts else "")
        # (an Instagram handle may hold dots, '@qayla.shop19', '@baby.ivanovaa'; not one ending in a web
        # address's two or three letters, '@detik.com', '@kompas.id': a site, no account)
        self.handle_after = re.compile(
            rf"[ \t]*{lead}(@[A-Za-z0-9_]{{2,30}}(?:\.(?![A-Za-z]{{2,3}}(?!\w))[A-Za-z0-9_]+){{0,2}})(?![\w@]|\.\w)")
        # 'Tetapi menurut X, ...': a connective before 'according to' (its comma may follow it: 'Selain itu,
        # menurut X, ...', a connective of two words the one-word opener before a comma does not cover)
        acc_openers = pack.words("according_openers")
        self.according_opener = re.compile(rf"\s*(?:{alt(acc_openers)})[ \t]*,?[ \t]+(?=\w)") if acc_openers else None
        # (the connectives of two words or more, longest first: after one, with no comma, the subject's
        # name follows; subjects._after_connective)
        self.multiword_connectives = tuple(sorted((w for w in acc_openers if " " in w), key=len, reverse=True))
        joiners = pack.words("clause_joiners")
        self.joined_according = re.compile(
            rf"(?<=[ \t])(?:{alt(joiners)})[ \t]+(?:{alt(pack.words('according_to'))})[ \t]+", re.I) \
            if joiners and pack.words("according_to") else None
        # 'According to the Ministry of Foreign Affairs he died ...': no comma, a pronoun opens the clause
        self.pronoun_inside = re.compile(rf"[ \t](?=(?:{pronouns})[ \t])") if pronouns else None
        # a speech cue right after a quote mark: '” katanya', '" he said' (lower case: a quote may
        # open with 'Katanya, ...')
        self.cue_next = re.compile(rf"[ \t]*(?:(?:{pcues})|(?:{cues})[ \t]+(?:{pronouns}))(?![\w-])") \
            if pcues and pronouns else None
        # '"A. "B," he added.': paragraphs of one speaker run together before a quote closed with a
        # comma and its cue (marks._runs_into_cue); a cue after a name of two words or a cue
        # participle in the unclosed quote before is the article's own report, its closing mark lost
        # (not a pronoun's: 'She said she would be fit by June' is speech too)
        self.run_together_narration = re.compile(
            rf"(?<![\w-])[{UPPER}][\w'’-]+[ \t]+[{UPPER}][\w'’-]+[ \t]+(?:{cues})(?![\w-])"
            rf"|,[ \t]+(?:{alt(pack.words('cue_participles'))})(?![\w-])") \
            if pack.get("run_together_before_cue") and cues and pronouns and pack.words("cue_participles") else None
        # 'Wenger said: "...': a mark after a cue verb and a colon opens a quote of its own, never one
        # nested in a quote left open before it (marks.scan_marks; pack flag cue_colon_opens_quote)
        self.cue_colon = re.compile(rf"(?<![\w-])(?:{cues})[ \t]*:[ \t]*\Z", re.I) \
            if pack.get("cue_colon_opens_quote") and cues else None
        # '“Fasilitas seperti ... Pak Jalil, "kata Priharsa.': a mark of another style than the open
        # one, a comma before it and a lower-case cue and a name glued after it, closes the quote
        self.cue_name_next = re.compile(rf"(?:{cues})[ \t]+[{UPPER}]") if cues else None
        # 'Menurutnya, ...': according to + a pronoun suffix is the one the article spoke of
        suffixes = pack.words("pronoun_cue_suffixes")
        one_word = [w for w in pack.words("according_to") if " " not in w]
        # ('Menurutnya segala bukti ...': the comma may be left out before a lower-case word)
        # ('In his opinion, ...': the phrases of 'according_pronoun', a comma after them)
        # ('Lanjutnya, kemudian saksi naik ...': a pronoun cue opening the sentence before a comma)
        opening_cues = pack.words("opening_pronoun_cues")
        acc_pron = [rf"(?:{alt(one_word)})(?:{alt(suffixes)})(?:\s*,\s*|[ \t]+(?=(?-i:[a-z])))"
                    if suffixes and one_word else "",
                    rf"(?:{alt(pack.words('according_pronoun'))})\s*,\s*" if pack.words("according_pronoun") else "",
                    rf"(?:{alt(opening_cues)})[ \t]*,\s*" if opening_cues else ""]
        acc_pron = [x for x in acc_pron if x]
        self.according_pron = re.compile(rf"(?<![\w-])(?:{'|'.join(acc_pron)})", re.I) if acc_pron else None
        # 'Obrolan itu, lanjutnya, dilakukan ...', 'Harga tiket, menurut dia, kerap ...', 'SGMW
        # Motor Indonesia, lanjutnya telah ...': a pronoun cue inside the sentence, between commas
        # (or after a comma before a lower-case word, or after a blank before a comma)
        personal_alt = alt(pack.words("personal_pronouns"))
        pron_cue = "|".join(x for x in (
            pcues, rf"(?:{alt(one_word)})(?:{alt(suffixes)})" if suffixes and one_word else "",
            rf"(?:{alt(pack.words('according_to'))}|{cues})[ \t]+(?:{personal_alt})" if personal_alt else "") if x)
        # ('Kejadian itu menurutnya terus berulang ...': 'menurutnya' between blanks, after the subject
        # and before a lower-case predicate, is the same cue without its commas)
        # ('Apalagi hal itu menurut dia dilakukan ...': the according word and a personal pronoun)
        own_view = "|".join(x for x in (
            rf"(?:{alt(one_word)})(?:{alt(suffixes)})" if suffixes and one_word else "",
            rf"(?:{alt(one_word)})[ \t]+(?:{personal_alt})" if one_word and personal_alt else "") if x)
        self.inline_pron_cue = re.compile(
            rf"(?:,[ \t]*(?P<c>{pron_cue})(?:[ \t]*,|[ \t]+(?=[a-z]))|[ \t]+(?P<b>{pron_cue})[ \t]*,"
            + (rf"|[ \t]+(?P<m>(?:{own_view}))[ \t]+(?=[a-z])" if own_view else "") + r")[ \t]*") \
            if pron_cue else None
        self.personal = {w.casefold() for w in pack.words("personal_pronouns")}
        # ('... membantah bahwa dirinya menyebutkan ...': a reflexive after a complementiser, at the verb)
        reflexive = pack.words("reflexive_subjects")
        self.reflexive = {w.casefold() for w in reflexive}
        self.reflexive_after = rf"(?<![\w-])(?:{alt(pack.words('indirect_complementisers'))})[ \t]+(?i:{alt(reflexive)})[ \t]*\Z" \
            if reflexive and pack.words("indirect_complementisers") else None
        # (subjects._pronoun_fits: a singular pronoun's gender and what tells a person's)
        self.gender_pronouns = {**{w.casefold(): "m" for w in pack.words("masculine_pronouns")},
                                **{w.casefold(): "f" for w in pack.words("feminine_pronouns")}}
        self.gender_words = {**{w.casefold(): "m" for w in pack.words("masculine_words")},
                             **{w.casefold(): "f" for w in pack.words("feminine_words")}}
        self.gender_names = {**{w.casefold(): "m" for w in pack.words("masculine_names")},
                             **{w.casefold(): "f" for w in pack.words("feminine_names")}}
        # (antecedents._text_gender: every form of a gendered pronoun, by which the story itself tells
        # the gender of the person a sentence opens with)
        self.gender_pronoun_forms = {**{w: "m" for w in pack.words("masculine_pronoun_forms")},
                                     **{w: "f" for w in pack.words("feminine_pronoun_forms")}}
        self.plural_pronouns = {w.casefold() for w in pack.words("plural_pronouns")}
        # ('..., which, they observed, occurred ...': a relative pronoun right before an interrupting cue)
        self.relative_end = re.compile(
            rf"(?<![\w-])(?P<rel>{alt(pack.words('relative_pronouns'))})[ \t]*\Z") \
            if pack.words("relative_pronouns") else re.compile(r"(?!)")
        self.degrees = {w.replace(".", "").casefold() for w in pack.words("academic_degrees")}
        # (auxiliaries may stand between the pronoun and the verb: 'Namun ia juga meminta agar ...'; not a
        # negation, no report: 'Namun ia tak langsung meminta Noah untuk ...')
        affirmative = [w for w in pack.words("auxiliaries")
                       if w.casefold() not in {n.casefold() for n in pack.words("report_negations")}]
        aux_after = rf"(?:[ \t]+(?:{alt(affirmative)}))*" if affirmative else ""
        self.pronoun_before = re.compile(rf"(?<![\w-])(?P<pron>{pronouns}){aux_after}\s*$", re.I) if pronouns else None
        # findings report a clause only when a court makes them (court_findings)
        self.court_findings = frozenset(w.casefold() for w in pack.words("court_findings"))
        self.plural_report_forms = frozenset(pack.words("plural_report_forms"))
        self.unreported_pronouns = frozenset(pack.words("unreported_pronouns"))
        self.retrospective_adverbs = frozenset(w.casefold() for w in pack.words("retrospective_adverbs"))
        self.retrospective_modals = frozenset(w.casefold() for w in pack.words("retrospective_modals"))
        self.pronoun_quantifiers = frozenset(pack.words("pronoun_quantifiers"))
        self.court_heads = frozenset(w.casefold() for w in pack.words("court_heads"))
        self.research_findings = frozenset(w.casefold() for w in pack.words("research_findings")
                                           + pack.words("research_report_verbs"))
        self.research_heads = frozenset(w.casefold() for w in pack.words("research_heads"))
        # research heads that also name a newspaper, and the words that open the clause a research
        # head may head the subject of (indirect._research_word_before)
        self.research_subject_verbs = frozenset(w.casefold() for w in pack.words("research_subject_verbs"))
        self.press_research_heads = frozenset(w.casefold() for w in pack.words("press_research_heads"))
        self.clause_opening_words = frozenset(w.casefold() for w in pack.words("subordinators") + pack.words("coordinators")
                                              + pack.words("participle_clause_openers") + pack.words("circumstance_openers")
                                              + pack.words("indirect_complementisers"))
        # ('The survey, conducted by Acme, showed that ...': how the research was made, an aside)
        asides = pack.words("research_aside_openers")
        self.research_aside = re.compile(rf"[ \t]*(?:{alt(asides)})\b") if asides else None
        # (... and how a document was made: 'The lawsuit, filed in Washington County, alleges ...')
        self.aside_documents = frozenset(w.casefold() for w in pack.words("document_nouns")
                                         + pack.words("referred_documents") + pack.words("read_documents"))
        # (research documents, whose aside may name their source: 'The study, conducted by Acme, found')
        self.sourced_research_set = frozenset(w.casefold() for w in pack.words("sourced_research_documents"))
        # ('The report said ...', '..., said the report.': a research document of no issuer named
        # speaks as itself)
        self.speaking_documents = frozenset(w.casefold() for w in pack.words("speaking_documents"))
        docs_ = pack.words("speaking_documents")
        conjunctions = pack.words("speaking_document_conjunctions")
        self.speaking_document_subject = re.compile(
            rf"\s*(?:(?:{alt(conjunctions + [w.lower() for w in conjunctions])}),?\s+)?(?i:the|this|its)\s+"
            rf"(?:(?P<owner>[{UPPER}][\w&.'’-]*(?:\s+[{UPPER}][\w&.'’-]*){{0,2}})\s+|"
            rf"(?:(?:{alt(pack.words('speaking_document_adjectives'))})\s+))?"
            rf"(?P<noun>{alt(docs_)})(?:\s+(?:{alt(pack.words('verb_group_adverbs'))}))*\s*\Z") \
            if docs_ and pack.words("speaking_document_adjectives") and conjunctions else None
        # 'A CBI quarterly survey found output had risen ...': a research document an owner in capitals
        # heads, after any determiner and up to two lower-case words; its finding is the owner's report
        # (indirect: the subject's entity is the owner, who makes a finding only through its document)
        self.owned_document_subject = re.compile(
            rf"\s*(?:(?:{alt(conjunctions + [w.lower() for w in conjunctions])}),?\s+)?(?i:an?|the|this|its)\s+"
            rf"[{UPPER}][\w&.'’-]*(?:\s+[{UPPER}][\w&.'’-]*){{0,2}}\s+(?:[a-z][\w-]*\s+){{0,2}}"
            rf"(?P<noun>{alt(docs_)})\s*\Z") if docs_ and conjunctions else None
        # 'According to the report, ...': such a document as the source before the clause's comma
        # speaks as it does after the clause ('..., according to the report.'; reports.document_speaker)
        self.according_document = re.compile(
            rf"(?:the|The)[ \t]+(?:(?:{alt(pack.words('speaking_document_adjectives'))})[ \t]+)?"
            rf"(?P<noun>{alt(docs_)})[ \t]*,") if docs_ and pack.words("speaking_document_adjectives") else None
        # 'Dokumen pengadilan menyatakan, ...', 'Hasil tes DNA itu menunjukkan bahwa ...', 'Para peneliti
        # menemukan bahwa ...': a document, a finding or researchers opening the sentence (after a
        # connective), a finding verb, then 'bahwa' or a comma before the clause they report
        # (speaking_documents with document_finding_verbs; a pack without the verbs has no such rule)
        f_verbs, f_groups = pack.words("document_finding_verbs"), pack.words("finding_groups")
        f_advs = pack.words("document_finding_adverbs")
        f_comp = [w for w in pack.words("indirect_complementisers") if w.casefold() == "bahwa"]
        f_nouns = docs_ + f_groups
        self.finding_groups = frozenset(w.casefold() for w in f_groups)
        # (any of them as a word, longest first: the researchers a study pointing back means, quotes._document_anaphor_speaker)
        self.finding_group_word = re.compile(
            rf"(?<![\w-])(?i:{'|'.join(map(re.escape, sorted(self.finding_groups, key=len, reverse=True)))})(?![\w-])") \
            if self.finding_groups else None
        self.researched_documents = frozenset(w.casefold() for w in pack.words("researched_documents"))
        self.tested_documents = frozenset(w.casefold() for w in pack.words("tested_documents"))
        self.document_demonstratives = frozenset(w.casefold() for w in pack.words("document_demonstratives"))
        self.document_finding = re.compile(
            rf"\s*(?:(?:{alt(pack.words('according_openers'))})[ \t]*,?[ \t]+)?"
            rf"(?P<doc>(?:(?P<quant>(?i:{alt(pack.words('group_quantifiers'))}))[ \t]+)?"
            rf"(?P<noun>(?i:{alt(f_nouns)}))(?![\w-])(?P<rest>(?:[ \t]+[^\s,;:\"“”()]+){{0,8}}?))"
            rf"(?:[ \t]+(?:{alt(f_advs)}))*[ \t]+(?P<verb>{alt(f_verbs)})"
            rf"(?:[ \t]+(?:{alt(f_comp)})(?![\w-])|[ \t]*,)[ \t]*") \
            if f_verbs and f_nouns and f_advs and f_comp and pack.words("group_quantifiers") else None
        links = pack.words("document_issuer_links")
        self.document_issuer_link = re.compile(rf"(?<!\S)(?:{alt(links)})[ \t]+") if links else None
        self.document_name_modifiers = frozenset(w.casefold() for w in pack.words("document_name_modifiers"))
        # 'The Wooster professor added': the definite article, capitalised words, a profession
        anaphor_heads = pack.words("described_anaphor_heads")
        # (opening the text before the verb, or the sentence after a quote's closing cue: '" said ...
        # Karen Alley. The Wooster professor')
        self.place_profession_anaphor = re.compile(
            rf"(?:\A|(?<=[.!?][ \t]))[ \t]*(?:{alt(pack.words('definite_articles'))})[ \t]+"
            rf"(?:[{UPPER}][\w'’.-]*[ \t]+){{1,3}}(?:{alt(anaphor_heads)})[ \t]*\Z") \
            if anaphor_heads and pack.words("definite_articles") else None
        # ... and after a cue, up to the punctuation or a trailer: '"...," said the Rovers sporting
        # director.', '"...," the Harbour boss said.' (a club or a show, up to two lower-case words
        # of what the person is there, then the profession)
        low_trailers = [w for w in pack.words("speaker_trailers") if w[:1].islower()]
        self.profession_anaphor_after = re.compile(
            rf"(?:{alt(pack.words('definite_articles'))})[ \t]+"
            rf"(?P<body>[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*){{0,2}})[ \t]+"
            rf"(?:[a-z][\w-]*[ \t]+){{0,2}}?(?P<head>{alt(anaphor_heads)})"
            rf"(?=[ \t]*(?:[,.;:!?]|\Z)|[ \t]+(?:{alt(low_trailers + pack.words('speech_verbs'))})\b)") \
            if anaphor_heads and pack.words("definite_articles") and low_trailers else None
        # words that are no subject of a quoted predicate on their own (_noun_subject_frame)
        self.frame_non_subjects = frozenset(w.casefold() for w in pack.words("object_prepositions")
                                            + pack.words("pronouns") + pack.words("personal_pronouns")
                                            + pack.words("sentence_determiners") + pack.words("relative_pronouns"))
        self.group_adverbs = frozenset(w.casefold() for w in pack.words("verb_group_adverbs")
                                       + pack.words("subject_particles"))
        # (the words between a surname and its speech verb: 'Tony Blair has said', 'Mr Blair also told';
        # single_holder_speech_auxiliaries)
        group = sorted(self.group_adverbs | {w.casefold() for w in pack.words("single_holder_speech_auxiliaries")})
        self.speech_group_words = rf"(?:(?:{alt(group)})[ \t]+)*" if group else ""
        # a sentence with no report, opening with a subordinate clause, whose first verb is that clause's
        # (reports._narrated_subject); and the finite words that are no verb of a subject
        self.narrated_clause_openers = frozenset(w.casefold() for w in pack.words("narrated_clause_openers"))
        self.narrated_non_verbs = frozenset(w.casefold() for w in pack.words("narrated_non_verbs"))
        self.narrated_passive_auxiliaries = frozenset(w.casefold() for w in pack.words("passive_auxiliaries"))
        # the words that describe a person before or beside a name ('Double try scorer Martyn Williams',
        # 'Computer specialist at the IAEA, Peter Smith'): what says a narrated subject is a person
        self.narrated_person_words = frozenset(
            w.casefold() for key in ("narrated_person_nouns", "described_person_heads", "described_anaphor_heads",
                                     "profession_heads", "opening_person_nouns", "nationality_person_heads",
                                     "indefinite_subject_heads", "definite_person_nouns", "kin_nouns",
                                     "masculine_words", "feminine_words", "body_member_heads", "lower_roles")
            for w in pack.words(key) if " " not in w) - frozenset(w.casefold() for w in pack.words("narrated_person_word_stops"))
        self.narrated_addressed_participles = frozenset(w.casefold() for w in pack.words("narrated_addressed_participles"))
        self.narrated_links = frozenset(w.casefold() for w in pack.words("narrated_links"))
        # ('Hollywood actors Samuel L Jackson and Ben Stiller have signed up ...': two names joined)
        self.narrated_two_names = re.compile(
            rf"[{UPPER}][\w'’.-]*[ \t]+(?:{'|'.join(map(re.escape, sorted(grammar.coordinator_words)))})[ \t]+[{UPPER}]")
        self.voiced_body_keeps_pronoun = bool(pack.get("voiced_body_keeps_pronoun"))
        # (a body that reported in the sentence just before is whom the next pronoun cue means)
        self.reporting_body_keeps_pronoun = bool(pack.get("reporting_body_keeps_pronoun"))
        # (h_idwho43) a pronoun subject after a sentence naming one person only means that person
        self.pronoun_report_means_lone_person_before = bool(pack.get("pronoun_report_means_lone_person_before"))
        self.bare_title_subject_is_holder = bool(pack.get("bare_title_subject_is_holder"))
        # (a passive speech verb, with '-nya' or not: 'Hal tersebut disampaikannya saat ...')
        self.passive_speech_any = re.compile(
            rf"(?<![\w-])(?:{alt(pack.words('passive_speech_verbs'))})(?:nya)?(?![\w-])", re.I) \
            if pack.words("passive_speech_verbs") else None
        lone = pack.words("lone_person_pronouns")
        # ('Mariella melancarkan aksi protesnya ... Menurutnya, ...': 'according to' with a pronoun suffix
        # opening the sentence means that one person as 'Ia mengatakan' would)
        lone_acc = [w for w in pack.words("according_to") if " " not in w]
        self.lone_person_according = re.compile(
            rf"(?i:{alt(lone_acc)})(?:{alt(pack.words('pronoun_cue_suffixes'))})(?:[ \t]*,|[ \t]+(?=[a-z]))") \
            if lone and lone_acc and pack.words("pronoun_cue_suffixes") else None
        # ('... aksi protes dari satu warga bernama Mariella. Mariella melancarkan ...': a one-word name
        # introduced after one of these is a person's, as a full name would be)
        introducers = pack.words("person_name_introducers")
        self.person_name_introduced = re.compile(rf"(?<![\w-])(?:{alt(introducers)})[ \t]+") if introducers else None
        self.lone_person_pronoun = re.compile(
            rf"(?:[^,.;:!?\"“”\n]{{3,60}},[ \t]+)?(?i:{alt(lone)})[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?:me|ber|ter)[a-z]{{3,}}\b") \
            if lone else None
        # (a pronoun-cued report that names the pronoun's referent goes on with the one quoted before)
        self.report_naming_referent_is_not_theirs = bool(pack.get("report_naming_referent_is_not_theirs"))
        # 'Terkait dengan barang bukti ..., X mengaku, ...': the words opening a topic phrase, and those that
        # only point back ('Terkait hal itu,'): quotes._fronted_topic_start
        self.topic_openers = frozenset(pack.words("topic_openers"))
        self.topic_fillers = frozenset(w.casefold() for w in pack.words("topic_fillers"))
        # 'M Gunawan usai persidangan mengatakan ...': a phrase of time or occasion between a name and its
        # verb (subjects._adjunct_after_name; pack flag adjunct_after_named_subject)
        self.adjunct_after_named_subject = bool(pack.get("adjunct_after_named_subject"))
        self.subject_adjunct_openers = frozenset(w.casefold() for w in pack.words("subject_adjunct_openers"))
        # after a quote closed by its own full stop, a subject and a speech verb with this many words
        # after the verb (or a colon) make a sentence of their own, not the quote's cue (0: no limit)
        self.closed_quote_next_words = int(pack.get("closed_quote_next_words") or 0)
        # a subject read again without the verb group before its verb, and the words that open an
        # aside between commas after it ('Tom Hale, a film maker, has said ...')
        self.verb_group_subjects = bool(pack.get("verb_group_subjects"))
        self.aside_openers = frozenset(w.casefold() for w in pack.words("group_aside_openers"))
        # 'reported a correlation with ...': a finding as a report verb's object
        self.finding_adjunct_openers = frozenset(w.casefold() for w in pack.words("finding_adjunct_openers"))
        self.finding_object_verbs = frozenset(w.casefold() for w in pack.words("finding_object_verbs"))
        findings = pack.words("finding_nouns")
        self.finding_object = re.compile(
            rf"(?:(?:{alt(pack.words('determiners'))})[ \t]+)?(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{alt(findings)})"
            rf"[ \t]+(?:{alt(pack.words('finding_links'))})[ \t]") if findings else None
        # 'The survey found 15% of firms had ...', '... found over half of them were ...': a quantity
        # opening a finding's clause (a number, maybe a percentage, or a fraction; a lead before it)
        q_leads, q_words = pack.words("finding_quantity_leads"), pack.words("finding_quantity_words")
        self.finding_quantity = re.compile(
            rf"[ \t]*(?:(?:{alt(q_leads) if q_leads else '(?!)'})[ \t]+)?"
            rf"(?:\d[\d.,]*(?:[ \t]*%|[ \t]+per[ \t]?cent)?|(?:{alt(q_words)}))(?![\w-])") if q_words else None
        # 'The study shows women live longer ...': a plural subject and its plain present verb in a finding
        self.finding_plural_nouns = frozenset(w.casefold() for w in pack.words("finding_plural_nouns"))
        self.finding_after_plain = frozenset(w.casefold() for w in pack.words("finding_comparatives")
                                             + pack.words("present_verb_objects"))
        self.finding_plain_stops = frozenset(w.casefold() for w in pack.words("finding_plain_stops")
                                             + pack.words("finding_adjunct_openers"))
        self.present_plural_dets = frozenset(w.casefold() for w in pack.words("present_plural_determiners"))
        self.finding_openers = frozenset(w.casefold() for w in pack.words("sentence_determiners") + pack.words("pronouns")
                                         + pack.words("subordinators")
                                         + pack.words("indirect_complementisers")
                                         + pack.words("finding_clause_openers"))
        say = pack.words("indirect_say_verbs") + pack.words("court_findings") + pack.words("research_findings")
        req = pack.words("indirect_request_verbs") + pack.words("reasoned_request_verbs") \
            + pack.words("denial_request_verbs")
        # ('criticized Biden for not denouncing ...': an object of a few words, then the reason after 'for';
        # not a second verb's 'for': 'criticized the policy and called for ...')
        self.reasoned_set = frozenset(w.casefold() for w in pack.words("reasoned_request_verbs"))
        coordinated = alt(pack.words("coordinators")) if pack.words("coordinators") else r"(?!)"
        reasons = pack.words("reason_prepositions")
        self.reason_after = re.compile(
            rf"(?:[ \t]+(?!(?:{coordinated})[ \t])[^\s,;:.!?\"“”]+){{1,6}}[ \t]+(?:{alt(reasons)})[ \t]+[\w\"“]") \
            if reasons else None
        # ('admitted to falsifying the accounts': the verb phrase of an act owned up to only before a
        # gerund; before anything else, 'admitted to jurors he was willing ...', the plain cue reports)
        gerund_req = pack.words("gerund_request_verbs")
        gerund_first = rf"(?:{alt(gerund_req)})(?=[ \t]+[a-z]+ing(?![\w-]))|" if gerund_req else ""
        # 'admitted wanting to phase out ...', 'suggested expanding the Court ...': a report verb
        # before a gerund (not one of non_gerund_ing_words) reports its verb phrase, verb and all
        gerund_rep, non_gerunds = pack.words("gerund_report_verbs"), pack.words("non_gerund_ing_words")
        self.gerund_report_set = frozenset(w.casefold() for w in gerund_rep)
        gerund = rf"(?!(?:{alt(non_gerunds or ['(?!)'])})(?![\w-]))[a-z]{{2,}}ing(?![\w'’-])"
        self.gerund_after = re.compile(
            rf"[ \t]+{gerund}"
            # (not a gerund whose object is a quote: 'recalls realizing "oh, I'm not here to ..."' is the
            # quote's report)
            rf"(?![ \t,:]*[\"“”])") if gerund_rep else None
        self.thing_relatives = frozenset(w.casefold() for w in pack.words("thing_relative_pronouns"))
        breaks = pack.words("gerund_report_breaks")
        self.gerund_report_break = re.compile(rf",[ \t]+(?:{alt(breaks)})[ \t]") if breaks else None
        if gerund_rep:
            gerund_first += rf"(?:{alt(gerund_rep)})(?=[ \t]+{gerund})|"
        # 'appealed for calm', 'appealed to fans to calm down': a request verb that reports
        # only with its clause, after its own preposition or an addressee and an infinitive; not an act
        # done to a thing, 'appealed the decision', 'appealed against a finding'
        clause_req = pack.words("clause_request_verbs")
        links, inf = pack.words("clause_request_links"), pack.words("infinitive_markers")
        if clause_req and links and inf:
            gerund_first += (rf"(?:{alt(clause_req)})(?=[ \t]+(?:{alt(links)})[ \t]|[ \t]+(?:{alt(inf)})[ \t]+"
                             rf"(?:[^\s,;:.!?\"“”]+[ \t]+){{1,6}}?(?:{alt(inf)})[ \t]+[a-z])|")
            gerund_req = gerund_req + clause_req
        # 'menantang KPK untuk membuktikan ...': a verb that reports only the act it asks of an addressee,
        # read as a verb only with the addressee and its marker after it (not 'dengan cara yang unik dan
        # menantang.', 'menantang Chelsea pada pekan ke-31': challenging, a match)
        addressee_only, markers = pack.words("addressee_only_report_verbs"), pack.words("addressee_markers")
        if addressee_only and markers:
            gerund_first += (rf"(?:{alt(addressee_only)})(?=(?:[ \t]+[^\s,;:.!?\"“”]+){{1,6}}?[ \t]+"
                             rf"(?:{alt(markers)})[ \t])|")
            gerund_req = gerund_req + addressee_only
        # 'Luhut minta Susi menghentikan ...': a spoken request verb read as a verb only before an addressee and
        # its act, or a complementiser; not before a thing asked for ('minta maaf kepada Rossi', 'minta fee ...')
        act_req, acts = pack.words("act_request_verbs"), pack.words("addressee_act_prefixes")
        if act_req and acts:
            things, links = pack.words("asked_things"), pack.words("asked_thing_links")
            word = (rf"(?!(?:{alt(links)})[ \t])" if links else "") + r"[^\s,;:.!?\"“”]+"
            comps = pack.words("request_complementisers")
            gerund_first += (rf"(?:{alt(act_req)})(?="
                             + (rf"[ \t]+(?:{alt(comps)})[ \t]|" if comps else "")
                             + (rf"(?![ \t]+(?:{alt(things)})(?![\w-]))" if things else "")
                             + rf"(?:[ \t]+{word}){{1,4}}?[ \t]+(?:{alt(acts)})[a-z]{{3,}}(?![\w-]))|")
            gerund_req = gerund_req + act_req
        # ('scientists report spiky skulls evolved ...': a verb only right after a research head)
        research_report = pack.words("research_report_verbs")
        heads = pack.words("research_heads")
        research_first = ("(?:" + "|".join(rf"(?<={re.escape(h)}[ \t])" for w in heads for h in (w, w.capitalize()))
                          + rf")(?:{alt(research_report)})|") if research_report and heads else ""
        self.indirect_verb = re.compile(
            rf"(?<![\w-])(?P<verb>{gerund_first}{research_first}{alt([w for w in say + req if w not in gerund_req])})(?![\w-])") \
            if (say or req) else None
        # ('denied all that, too': a pronoun denied, not a thing named)
        self.denial_set = frozenset(w.casefold() for w in pack.words("denial_request_verbs"))
        self.denial_pronouns = frozenset(w.casefold() for w in pack.words("denial_object_pronouns"))
        self.request_set = {w.casefold() for w in req}
        # ('Siti sebelumnya mengaku dijebak.': a claim of one or two words closing the sentence)
        self.short_report_verbs = {w.casefold() for w in pack.words("short_report_verbs")}
        # 'Antonio Guterres hari ini mengeluarkan surat yang meminta otoritas Myanmar ...': a statement
        # or a letter the subject issues, whose relative clause reports: the issuer speaks
        issuing, issued = pack.words("issuing_verbs"), pack.words("issued_documents")
        self.issuing_set = {w.casefold() for w in issuing}
        # nouns of time an anaphor closes ('hari ini', 'pekan ini'): a date, not a description
        self.time_nouns = {w.casefold() for w in pack.words("time_anaphor_nouns")}
        self.number_words = {w.casefold() for w in pack.words("number_words")}
        doc_dets, doc_mods = pack.words("document_determiners"), pack.words("issued_document_modifiers")
        self.issued_document = re.compile(
            rf"[ \t]+(?:{alt(issuing)})[ \t]+"
            + (rf"(?:(?:{alt(doc_dets)})[ \t]+)?" if doc_dets else "")
            + rf"(?:{alt(issued)})"
            + (rf"(?:[ \t]+(?:{alt(doc_mods)}))?" if doc_mods else "")
            + rf"[ \t]+(?:{alt(pack.words('relative_pronouns'))})[ \t]+\Z") if issuing and issued else None
        self.say_set = {w.casefold() for w in say + pack.words("research_report_verbs")}
        self.report_set = self.say_set | self.request_set  # (asked once per verb: built once)
        self.object_prepositions = {w.casefold() for w in pack.words("object_prepositions")}
        documents = pack.words("document_nouns")
        # ('A survey by Acme found that ...', 'A report by analysts Acme has predicted that ...': research
        # from a named source, whose finding verbs report as research's do)
        research_docs = pack.words("sourced_research_documents")
        # (capitalised when they open the sentence: 'Research by Acme shows that ...', 'Figures gathered
        # by Acme show ...')
        opening_docs = [w[:1].upper() + w[1:] for w in research_docs if w[:1].islower()]
        # (a word of when or which before it, capitalised when it opens the sentence: 'Recent research by
        # Acme suggested that ...'; speaking_document_adjectives)
        doc_adjs = [w[:1].upper() + w[1:] for w in pack.words("speaking_document_adjectives")]
        # (hyphened too: 'an in-depth study by Acme', 'a year-long survey by Acme')
        doc_adj = rf"(?:[a-z]+(?:-[a-z]+)*|{alt(doc_adjs)})" if doc_adjs else "[a-z]+(?:-[a-z]+)*"
        # (what the research is of, before its source: 'A survey of offices in Paris, Rome and Oslo by
        # Acme found ...'; commas inside, as a list of places has them)
        doc_of = rf"(?:\s+(?:{alt(pack.words('research_topic_links'))})\s+[^;:\"“”]{{1,90}}?)?" \
            if pack.words("research_topic_links") else ""
        self.research_document_source = re.compile(
            rf"\s*(?:(?:{alt(doc_dets)})\s+)?(?:{doc_adj}\s+)?(?:{alt(research_docs + opening_docs)}){doc_of}\s+(?:{alt(source_links)})\s+"
            rf"(?P<who>[^,;:\"“”]+?)\s*$") if research_docs and source_links and doc_dets else None
        documents = documents + [w for w in research_docs if w not in documents]
        self.document_source = re.compile(
            rf"\s*(?:(?:{alt(doc_dets)})\s+)?(?:{doc_adj}\s+)?(?:{alt(documents + opening_docs)}){doc_of}\s+(?:{alt(source_links)})\s+"
            rf"(?P<who>[^,;:\"“”]+?)(?:\s+(?:{alt(pack.words('descriptor_stops'))})\b[^,;:\"“”]*)?\s*$") \
            if documents and source_links and doc_dets else None
        self.office_documents = frozenset(w.casefold() for w in pack.words("office_documents"))
        # 'According to the filing, Ford voluntarily disclosed ...': a party's own document the
        # article spoke of (the, or its author's possessive) stands for whoever it last reported
        own_dets = [d for d in doc_dets if d.casefold() == "the"] + pack.words("possessive_determiners") \
            + pack.words("possessive_determiners_of_bodies")
        self.document_ref = re.compile(
            rf"(?i:{alt(own_dets)})[ \t]+(?:[a-z]+[ \t]+)?(?:{alt(pack.words('referred_documents'))})[ \t]*,") \
            if pack.words("referred_documents") and own_dets else None
        subject_dets = pack.words("document_subject_determiners")  # (each also capitalised)
        self.document_subject = re.compile(
            rf"\s*(?:{alt(subject_dets + [w.capitalize() for w in subject_dets])})\s+(?:{alt(documents)})\b[\w\s]{{0,20}}$") \
            if documents and subject_dets else None
        anaphors = pack.words("anaphor_markers")
        # ... and as the subject of a report verb, up to a descriptor stop ('Seorang warga yang tak
        # mau disebut namanya mengatakan'); all lower case (no name: 'seorang warga bernama Budi')
        stops_ = pack.words("descriptor_stops")
        coord_lead = rf"(?:(?:{alt(pack.words('coordinators'))})[ \t]+)?" if pack.words("coordinators") else ""
        self.indefinite_subject = re.compile(
            rf"{coord_lead}"
            rf"(?P<who>(?i:{alt(pack.words('indefinite_speakers'))})[ \t]+[a-z][\w-]*(?:[ \t]+(?!(?:{alt(stops_)})\b)[a-z][\w-]*){{0,3}}?)"
            # ('Seorang warga juga mengatakan', 'Seorang jenderal militer bahkan mengklaim': an adverb
            # before the verb is no part of the description)
            rf"(?:[ \t]+(?:{alt(pack.words('auxiliaries') or stops_)})\b[\w \t-]*)?"
            rf"(?:[ \t]+(?:{alt(stops_)})\b.*)?") \
            if pack.words("indefinite_speakers") and stops_ and pack.get("lower_role_subjects") else None
        # an unnamed source of information, after a preposition: 'datang dari salah seorang tenaga kerja'
        sources_ = pack.words("source_prepositions")
        self.source_person = re.compile(
            rf"(?<![\w-])(?:{alt(sources_)})[ \t]+(?P<who>(?:{alt(pack.words('indefinite_speakers'))})[ \t]+[a-z][\w-]*"
            rf"(?:[ \t]+(?!(?:{alt(stops_)})\b)[a-z][\w-]*){{0,3}})") \
            if sources_ and stops_ and pack.words("indefinite_speakers") else None
        # a person named last in a sentence, after a preposition of agency and a lower-case description:
        # 'Inovasi ini dikembangkan oleh dosen Undip, Prof. Dr. Muhammad Nur.' (see _closing_agent)
        closing_ = pack.words("closing_agent_prepositions")
        self.closing_agent = re.compile(
            rf"(?<![\w-])(?:{alt(closing_)})[ \t]+[a-z][^.!?;:\"“”\n]{{0,60}}?[ \t,]+"
            rf"(?P<who>[{UPPER}][^\s,;:\"“”]*(?:[ \t]+[{UPPER}][^\s,;:\"“”]*)*)[ \t]*[.!?]?[ \t]*\Z") \
            if closing_ else None
        # an indefinite description after a cue: someone unnamed ('ujar seorang ibu', 'said a resident')
        indefinite = pack.words("indefinite_speakers")
        # ('kata seorang polisi yang namanya tak mau disebutkan.': a relative clause closing it)
        # ('ujar seorang komandan aliansi yang mendukung pasukan Presiden Bashar al - Assad,': names
        # inside the relative clause describe the unnamed speaker, they do not name him)
        relative_tail = rf"(?:[ \t]+(?:{alt(pack.words('relative_pronouns'))})(?:[ \t]+[a-z][\w-]*){{1,6}}" \
            rf"(?:[ \t]+(?:[\w][\w-]*|-)){{0,6}})?" \
            if pack.words("relative_pronouns") else ""
        # a lower-case description closed by 'ini'/'itu' after a cue: someone already named
        # ('," tutur seorang jenderal tersebut seperti dikutip The Independent.': a trailer after it)
        low_trailers = [w for w in pack.words("speaker_trailers") if w[:1].islower()]
        trail = rf"|[ \t]+(?:{alt(low_trailers)})\b" if low_trailers else ""
        # ('," kata seorang sumber partai kepada kantor berita Reuters': a trailer ends it too)
        self.indefinite_speaker = re.compile(
            rf"(?:{alt(indefinite)})[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){{0,4}}{relative_tail}"
            rf"(?=[ \t]*(?:[,.!?]|$){trail})") \
            if indefinite else None
        self.anaphoric_speaker = re.compile(
            rf"(?P<desc>[a-z][^,.;:!?\"“”\n]{{0,80}}?)[ \t]+(?:{alt(anaphors)})(?:[ \t]*(?:[,.!?]|$){trail})") \
            if anaphors else None
        # an unnamed source introduced before: 'dikonfirmasi oleh sumber militer yang tidak ingin
        # disebutkan namanya. "...," ujar sumber tersebut.' (after an agent or source preposition, or an
        # indefinite word)
        intro = pack.words("source_prepositions") + pack.words("passive_agent_markers") \
            + pack.words("indefinite_speakers")
        self.unnamed_intro = rf"(?<![\w-])(?i:{alt(intro)})[ \t]+" if intro else None
        rel = set(pack.words("relative_pronouns"))
        self.unnamed_cut = re.compile(rf"[ \t]+(?:{alt([w for w in stops_ if w not in rel])})\b") \
            if stops_ else None
        # (after the body's short form in brackets too: 'kata mantan Ketua Komisi Pemilihan Umum (KPU) itu')
        # (and after the years the office was held: 'imbuh mantan Ketua Komisi X 2008 - 2013 itu', 'kata
        # mantan Putri Daerah 2005 ini')
        acronym = r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?)?"
        self.anaphor = re.compile(rf"{acronym}[ \t]+(?:{alt(anaphors)})\b") if anaphors else None
        # an anaphor closing a speaker phrase: then only particles, and punctuation or a trailer word
        # ('ujar politisi Partai Maju itu,', 'Menurut pria asal Chile itu juga,', 'kata mantan juara
        # itu pada Minggu')
        self.anaphor_close = re.compile(
            rf"{acronym}[ \t]+(?:{alt(anaphors)})(?:[ \t]+(?:{alt(pack.words('subject_particles'))}))*"
            rf"(?=[ \t]*(?:[,.;:!?]|\Z){trail})") if anaphors and pack.words("subject_particles") else None
        # a description closed by 'ini'/'itu' (and a particle) before the verb: 'Mantan atlet ... ini
        # juga mengatakan'
        self.anaphor_end = re.compile(rf"[ \t]+(?:{alt(anaphors)})[ \t]*(?:(?:{alt(pack.words('subject_particles'))})[ \t]*)?$") \
            if anaphors else None
        # 'Eks duta besar RI di Belanda itu juga mengaku ...': a description ending in an anaphor,
        # the whole subject, is the person the article spoke of
        particles = pack.words("subject_particles") + pack.words("auxiliaries")
        self.described_anaphor = re.compile(
            rf"\s*(?P<desc>[{UPPER}][^,.;:\"“”]{{2,80}}?)[ \t]+(?:{alt(anaphors)})"
            rf"(?:[ \t]+(?:{alt(particles)}))*[ \t]*\Z") if anaphors and particles else None
        # 'KPU menyatakan ...', 'Sebelumnya, Polri mengatakan ...': a home body by its own name alone (no
        # person's name, so the grammar reads no speaker in it), after an opening phrase and before particles
        home_bodies = pack.words("home_institutions")
        self.home_body_subject = re.compile(
            rf"(?:[^,;:\"“”]{{1,40}},[ \t]*)?(?P<body>{alt(home_bodies)})"
            rf"(?:[ \t]+(?:{alt(pack.words('subject_particles') + pack.words('auxiliaries'))}))*[ \t]*\Z") \
            if home_bodies else None
        # (the same across commas, brackets and quote marks: 'Artis kelahiran Jakarta, 20 Agustus 1993 ini')
        self.described_anaphor_wide = re.compile(
            rf"\s*(?P<desc>[{UPPER}][^.;:!?\n]{{2,160}}?)[ \t]+(?:{alt(anaphors)})"
            rf"(?:[ \t]+(?:{alt(particles)}))*[ \t]*\Z") if anaphors and particles else None
        # (the same in lower case, after an opening phrase: 'bintang sinetron 'Anak Jalanan' ini')
        self.described_anaphor_lower = re.compile(
            rf"\s*(?P<desc>[a-z][^,.;:\"“”]{{2,80}}?)[ \t]+(?:{alt(anaphors)})"
            rf"(?:[ \t]+(?:{alt(particles)}))*[ \t]*\Z") if anaphors and particles else None
        # (words of what someone is: the grammar's set, one for the pack)
        self.person_nouns = grammar.person_noun_words
        # 'mantan Kepala Staf ... tersebut': a former office closed by an anaphor is a person too
        self.former_words = {w.casefold() for w in pack.words("former_words")}
        # 'pengamat keamanan dari Vaksin.com, Alfons Tanujaya': a description naming a body after these
        self.description_body_prepositions = tuple(pack.words("description_body_prepositions"))
        # (a definite description after a cue, then the name in apposition: 'said the chairman, Tom Hale')
        self.definite_description_dets = frozenset(pack.words("definite_articles")) \
            if pack.get("definite_description_names") else frozenset()
        # verbs of going on with what one said ('Souness added: "..."'): the uncued quotes just before are theirs
        self.continuing_cue = re.compile(rf"(?<![\w-])(?:{alt(pack.words('continuing_cue_verbs'))})(?![\w-])") \
            if pack.words("continuing_cue_verbs") else None
        # connectives opening a cued quote that go on from the words before ('"Tetapi kami yakin ...," ujar
        # Ciabatti'): an uncued quote paragraph right before it is that speaker's (quotes._run_before_connective)
        self.continuing_quote_opener = re.compile(
            rf"(?:{alt(pack.words('continuing_quote_openers'))})(?![\w-])") \
            if pack.words("continuing_quote_openers") else None
        # a body's head noun alone ('institusi', 'kementerian'): with 'tersebut', the body spoken of
        self.institution_head_words = {w.casefold() for w in pack.words("institution_heads")}
        self.deputy_of_known = bool(pack.get("deputy_of_known_person"))
        # ('kata sumber dekat Payne': an unnamed source close to a person, who is not the speaker)
        self.close_source_descriptions = frozenset(w.casefold() for w in pack.words("close_source_descriptions"))
        self.passive_clause_cues = {w.casefold() for w in pack.words("passive_clause_cues")}
        self.regard_passive_cues = {w.casefold() for w in pack.words("regard_passive_cues")}
        self.regard_as_words = {w.casefold() for w in pack.words("regard_as_words")}
        self.passive_agent_comma_predicates = frozenset(w.casefold() for w in pack.words("passive_agent_comma_predicates"))
        # 'Peneliti ekonomi pensiunan Evelyne Deurilla - Feer datang ...': a capitalised person noun,
        # a lower-case description (no stop, no verb), then the name (see _person_opening)
        self.described_heads = self.person_nouns | {w.casefold() for w in pack.words("lower_roles") if " " not in w}
        # ('argued the government's lawyer, Richard Keen': a description of a person, by the one
        # word naming what they are)
        self.apposed_heads = self.described_heads | {w.casefold() for w in pack.words("deputy_roles")
                                                     + pack.words("profession_heads") if " " not in w}
        # (h_enlaw43) a client's lawyer as the whole subject of a verb (pack own_person_deputies): "Mr
        # Sigarchi's lawyer", 'The athletes\' lawyer', 'his lawyers', 'Lawyers for the pair', 'A lawyer
        # representing Mr Doherty', then only the auxiliaries and adverbs of the verb group
        own_ = pack.words("own_person_deputies")
        mods_ = pack.words("own_person_deputy_modifiers")
        self.own_deputies = {w.casefold() for w in own_}
        phrase_ = (
            rf"(?P<phrase>(?:(?:"
            rf"(?P<owner>(?:[{UPPER}][\w.&-]*\s+){{0,3}}[{UPPER}][\w.&-]*)(?P<s>['’]s?)"
            rf"|(?P<desc>[Tt]he\s+(?:[\w-]+\s+){{0,2}}[a-z][\w-]*)(?P<ds>['’]s?)"
            rf"|(?P<pron>(?i:his|her|their|its))"
            rf"|(?P<det>(?i:an?|the)))\s+)?"
            rf"(?:(?:{alt(mods_)})\s+)?(?P<role>(?i:{alt(own_)}))"
            rf"(?:\s+(?:for|representing)\s+(?P<client>[^,;:()\"“”\n]{{1,60}}?))?)") if own_ and mods_ else None
        self.own_deputy_subject = re.compile(
            rf"\s*(?:(?i:{alt(pack.words('coordinators'))})\s+)?{phrase_}"
            rf"(?:\s+(?i:{alt(sorted(self.group_adverbs))}))*\s*") if phrase_ and pack.words("coordinators") else None
        # ... and after a cue verb, or before one after a quote: '," said Mr Sigarchi's lawyer.', '," his
        # lawyer told reporters', '," said Kenteris's lawyer, Gregory Ioannidis' (the one named after it)
        self.own_deputy_after = re.compile(
            rf"{phrase_}(?:,[ \t]+(?P<named>[{UPPER}][\w.'’-]+(?:[ \t]+[{UPPER}][\w.'’-]+){{1,3}})"
            rf"(?=[ \t]*[,.;:!?]|[ \t]+[a-z]))?(?=[ \t]*[,.;:!?\n]|[ \t]+[a-z])") if phrase_ else None
        self.titled_opening = re.compile(
            rf"[{UPPER}][a-z]+(?:[ \t]+(?!(?:{alt(pack.words('descriptor_stops'))})\b)[a-z][a-z-]*){{1,3}}[ \t]+(?=[{UPPER}])") \
            if pack.words("descriptor_stops") else None
        # verbs with no prefix a named subject stands before ('X datang berpakaian ...'), as
        # active_verb_prefixes mark the others
        self.plain_verbs = frozenset(w.casefold() for w in pack.words("plain_subject_verbs"))
        self.person_qualifiers = {w.casefold() for w in pack.words("person_qualifiers")}
        # (the words before a name that make it what a narration acts on: 'termasuk Sekretaris Daerah Hery')
        self.narrated_object_links = frozenset(w.casefold() for w in pack.words("narrated_object_links"))
        # (an active verb, which a description and a name in apposition after it are the object of:
        # 'hadir mendampingi pengacara kondang, Elza')
        self.active_verb_word = re.compile(rf"(?:{alt(pack.words('active_verb_prefixes'))})[a-z]{{3,}}") \
            if pack.words("active_verb_prefixes") else None
        self.kin_description_nouns = frozenset(w.casefold() for w in pack.words("kin_description_nouns"))
        joiners = pack.words("role_joiners")
        self.role_joiner = re.compile(rf"[ \t]+(?:{alt(joiners)})[ \t]+") if joiners else None
        # Verbs that report speech without a complementiser ('said the ban followed ...'); the
        # others take a noun phrase unless one follows ('announced plans' vs 'announced that ...').
        bare = pack.words("indirect_bare_verbs")
        self.bare_set = {w.casefold() for w in bare} if bare else None
        # Report verbs that report only with a comma right after them ('Argo menceritakan, Novel sempat
        # ...'; not 'kitab yang menceritakan kehidupan ...', a story's subject)
        self.comma_only_set = frozenset(w.casefold() for w in pack.words("comma_report_verbs"))
        self.comma_clause_set = frozenset(w.casefold() for w in pack.words("comma_clause_report_verbs"))
        # 'Pihaknya juga menyorot ...': a word for the speaker's side as the whole subject opening the sentence,
        # with the particles of its verb group (side_pronoun_subjects)
        sides = pack.words("side_pronoun_subjects")
        self.side_pronoun_subject = re.compile(
            rf"[ \t]*(?i:{alt(sides)})(?:[ \t]+(?:{alt(pack.words('subject_particles') + pack.words('auxiliaries'))}))*[ \t]*") \
            if sides and pack.words("subject_particles") else None
        # ... of which these also report a complement that reads as a clause with no comma ('Yasonna beralasan
        # belum menerima surat panggilan'; not 'beralasan menurut hukum': well-founded)
        self.comma_or_clause_set = frozenset(w.casefold() for w in pack.words("clause_reason_verbs"))
        self.noun_verbs = {w.casefold() for w in pack.words("plural_noun_verbs")}
        self.noun_followers = {w.casefold() for w in pack.words("plural_noun_followers")}
        self.noun_determiners = {w.casefold() for w in pack.words("plural_noun_determiners")}
        finite = pack.words("indirect_finite_words")
        # a bare clause must read as a clause: a finite verb or a past form after its first word
        # (a past form after a number is an adjective: '1,051,635 confirmed cases')
        # (a present form after an adverb of time or frequency: 'the rationale ... no longer applies')
        adverbs = pack.words("present_verb_adverbs")
        present = rf"|(?<![\w-])(?:{alt(adverbs)})\s+[a-z]+s\b" if adverbs else ""
        # (and one between a singular subject with its determiner and an object's determiner: 'the
        # company extends its condolences')
        subj_dets, objects = pack.words("present_subject_determiners"), pack.words("present_verb_objects")
        if subj_dets and objects:
            present += (rf"|(?<![\w-])(?:{alt(subj_dets)})\s+[a-z][a-z-]*[a-rt-z]\s+[a-z]+[^\Wsu]s\s+"
                        rf"(?:{alt(objects)})(?![\w-])")
        # (and a plain form after a plural subject: 'the stores fill the stock every night')
        # (not a preposition or coordinator there: 'the winners of the Nobel Prize')
        plural_dets = pack.words("present_plural_determiners")
        function = pack.words("object_prepositions") + pack.words("coordinators") + pack.words("relative_pronouns")
        if plural_dets and objects:
            present += (rf"|(?<![\w-])(?:{alt(plural_dets)})\s+[a-z][a-z-]*[^\Wsu]s\s+"
                        rf"(?!(?:{alt(function or ['-'])})\s)[a-z]+[^\Wsd]\s+(?:{alt(objects)})(?![\w-])")
        self.finite = re.compile(rf"(?<![\w-])(?:{alt(finite)})(?![\w-])|[^\W\d]\s+\w+ed\b{present}", re.I) \
            if finite else None
        # (a bare clause opening with a singular subject and its determiner, then a present form and a
        # bare object, no function word: 'said the coating repels bacteria'; only where the clause
        # opens, as the clause right after the verb of a report)
        # (no function word in any of its places: 'reported a hunt this weekend', 'announced the end of his
        # campaign' are objects)
        bare_nouns = pack.words("present_bare_object_subjects")
        no_function = rf"(?!(?:{alt(function + objects + pack.words('stopwords') + bare_nouns)})\s)"
        self.present_bare_object = re.compile(
            rf"(?:{alt(bare_nouns)})\s+(?:{no_function}[a-z][a-z-]*\s+)?{no_function}[a-z][a-z-]*[a-rt-z]\s+"
            rf"{no_function}[a-z]{{2,}}[^\Wsu]s\s+{no_function}[a-z][a-z-]+\b") if bare_nouns and objects else None
        # (the same, with past forms in lower case only: 'the United States' is no clause)
        self.finite_lower = re.compile(
            rf"(?<![\w-])(?i:{alt(finite)})(?![\w-])|[^\W\d]\s+[a-z][a-z]*ed\b{present}") if finite else None
        # (not the comma inside a number: 'laws affecting 750,000 people ... needed updating')
        self.sentence_determiner_set = frozenset(w.casefold() for w in pack.words("sentence_determiners"))
        # ('declared himself "delighted"': a reflexive object and its complement, no clause)
        self.reflexives = frozenset(w.casefold() for w in pack.words("reflexive_pronouns"))
        self.clause_break = re.compile(r"(?<!\d),|,(?!\d)|[;:(—–]|\s(?:which|who|whom|whose)\s")
        # 'said the measure was "nowhere near enough."': a frame ending in one of these has the
        # quote as its predicate, so the reported clause keeps it
        copulas = pack.words("predicate_copulas")
        self.copula_end = re.compile(rf"(?<![\w-])(?:{alt(copulas)})[\s,]*\Z", re.I) if copulas else None
        # 'mengatakan, penambahan pasukan ini "terkait dengan ..."': a quote opening with a verb or a
        # copula is the predicate of the reporter's subject before it (quote_predicate_prefixes)
        prefixes = pack.words("quote_predicate_prefixes")
        self.quote_predicate_opener = re.compile(
            rf"(?:(?:{alt(prefixes)})[a-z]{{3,}}|(?:{alt(copulas)}))(?![\w-])") if prefixes and copulas else None
        # (not a name for the complement of 'menyebut X': 'sebagai', a role such as 'menteri')
        self.predicate_non_openers = frozenset(w.casefold() for w in pack.words("complement_breaks")
                                               + pack.words("lower_roles"))
        # 'menyebut ia akan ...', 'mengumumkan sejumlah instansi pemerintahnya menjadi target':
        # a verb that takes a noun phrase reports a clause when the words after it hold a
        # subject and one of these early on ('menyebut langkah itu sebagai ...' holds none)
        markers = pack.words("clause_markers")
        self.clause_marker = re.compile(rf"(?<![\w-])(?:{alt(markers)})(?![\w-])") if markers else None
        # ... and with no subject, when one of these opens it ('menyebut ada beberapa daerah ...')
        self.clause_openers = {w.casefold() for w in pack.words("clause_openers")}
        # ... and a quantifier, when a noun and its relative clause follow it ('mengklaim banyak sopir
        # yang bekerja ...': there are many who ...)
        self.existential_quantifiers = {w.casefold() for w in pack.words("existential_quantifiers")}
        # ... and 'only' with a count before 'yang' ('memaparkan hanya 110 pengacara yang mengikuti ...': only so many did)
        self.counted_focus_words = frozenset(w.casefold() for w in pack.words("counted_focus_words"))
        # ... and a noun phrase focused by one of these before 'yang' ('menyebut X itulah yang menjadi ...'): a cleft
        self.cleft_focus_words = frozenset(w.casefold() for w in pack.words("cleft_focus_words"))
        # 'menyebut banjir yang melanda desa itu terjadi ...': a relative clause
        # inside the complement's subject, then the main predicate (complement_relatives); a copula
        # right after the relative clause's first word closes it ('... yang akan dikeluarkan merupakan ...')
        self.lone_name_subjects = bool(pack.get("lone_name_subjects"))
        capitalised = pack.words("capitalised_authorities")
        self.capitalised_authority = re.compile(
            rf"(?P<who>{alt(capitalised)})(?:[ \t]+(?:{alt(pack.words('subject_particles') + pack.words('auxiliaries'))}))*") \
            if capitalised and pack.words("subject_particles") else None
        self.report_verb_set = frozenset(w.casefold() for w in pack.words("indirect_say_verbs"))
        self.complement_relatives = frozenset(w.casefold() for w in pack.words("complement_relatives"))
        self.complement_copulas = frozenset(w.casefold() for w in pack.words("complement_copulas"))
        # (words that make the rest a noun phrase still: 'menyebut tokoh yang dikenal luas sebagai ...')
        self.complement_breaks_strict = frozenset(w.casefold() for w in pack.words("complement_relative_stops")
                                                  + pack.words("indirect_say_verbs"))
        # (words opening a relative clause that are not its predicate: 'yang pada 2024 ...')
        # 'memastikan pendekatan yang digunakan bersifat persuasif': a one-word passive relative clause,
        # then one of these opens the main predicate (not a passive that takes a clause: 'yang diduga telah ...')
        self.relative_passive_raisers = frozenset(w.casefold() for w in pack.words("complement_passive_raisers"))
        self.relative_passive_mains = frozenset(w.casefold() for w in pack.words("complement_passive_mains"))
        self.relative_adjuncts = frozenset(w.casefold() for w in pack.words("complement_relative_adjuncts")
                                           + pack.words("object_prepositions"))
        # 'menyebut dari 12 gudang, 9 di antaranya ...': an adjunct opening the complement, closed
        # by a comma, then the clause (complement_adjunct_openers)
        self.complement_adjunct_openers = frozenset(w.casefold() for w in pack.words("complement_adjunct_openers"))
        # 'menyebut ketika harga naik, warga akan ...': a clause of time, condition or concession opening the
        # complement, closed by a comma, then the main clause (complement_subordinators); 'menyebut hanya ada
        # ...', 'menyebut negara itu bahkan rela ...': a focus word before the clause or its predicate
        self.complement_subordinators = frozenset(w.casefold() for w in pack.words("complement_subordinators"))
        self.focus_adverbs = frozenset(w.casefold() for w in pack.words("focus_adverbs"))
        nominal = pack.words("complement_breaks")
        self.complement_break = re.compile(rf"[,;:(\"“”‘’']|(?<![\w-])(?:{alt(nominal)})(?![\w-])") \
            if nominal else None
        stops = pack.words("descriptor_stops")
        # lower-case words describing a speaker before the name: 'student protester Joshua Wong'
        # 'AU trade and industry commissioner Albert Muchanga': a body, a lower-case title, a name
        lroles = [r for r in pack.words("lower_roles") if not re.match(r"(?:the|a|an)\s", r, re.I)]
        self.body_title = re.compile(
            rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,4}}?(?:{alt(lroles)})[ \t]+(?=[A-Z])") if lroles else None
        # (after a link opening the office's field: 'Perwakilan Perdana Menteri di bidang keagamaan Malaysia ...')
        field_links = rf"(?:(?:{alt(pack.words('descriptor_field_links'))})[ \t]+)?" \
            if pack.words("descriptor_field_links") else ""
        self.descriptor = re.compile(
            rf"{field_links}(?:(?!(?:{alt(stops)})\b)[a-z][a-z'’-]*[ \t]+){{1,6}}(?=[A-Z])") if stops else None
        # 'said study co-author and research fellow Martin How', 'chairman and chief executive Bill
        # Ford': two descriptions joined, then the name
        joiners = pack.words("title_joiners")
        desc_word = rf"(?!(?:{alt(stops)})\b)[a-z][a-z'’-]*[ \t]+"
        # (a short form in capitals before a lower-case word is a field: 'media and PR strategist Glen Yearwood')
        field_word = rf"(?:{desc_word}|[A-Z]{{2,4}}[ \t]+(?=[a-z]))"
        self.descriptor_joined = re.compile(
            rf"(?:{desc_word}){{1,4}}(?:{alt(joiners)})[ \t]+(?:{field_word}){{0,4}}(?=[A-Z])") \
            if stops and joiners else None
        passive = pack.words("passive_auxiliaries")
        # ('He was also accused of ...': an adverb between the auxiliary and the participle; 'were each
        # invited': a quantifier of the subject)
        adverbs = pack.words("verb_group_adverbs") + pack.words("pronoun_quantifiers")
        self.passive = re.compile(
            rf"(?<![\w-])(?:{alt(passive)})\s+(?:(?:\w+ly{'|' + alt(adverbs) if adverbs else ''})\s+)?$", re.I) \
            if passive else None
        # the lower-case particles inside names of bodies and people ('Institut National de Recherche')
        self.name_particles = frozenset(pack.words("name_particles"))
        self.adjective_leads = frozenset(pack.words("adjective_leads"))
        # a quote with a cue of its own inside a reported clause: '..., adding "We call on ..."',
        # 'said: "..."'
        # (a pack with no participles names the words that introduce a quote of its own in a report:
        # '..., seraya menambahkan "..."')
        introducers = participles or pack.words("quote_introducers")
        # pronouns that alone frame a quoted predicate ('menyebut pihaknya "sudah siap ..."')
        self.frame_pronouns = frozenset(w.casefold() for w in pack.words("frame_pronouns"))
        # ... and, with such words, a frame with no subject of its own, opening with an auxiliary or a
        # verb or an addressee ('menjanjikan kepada Azerbaijan akan memberikan "dukungan penuh"'),
        # leaves the quote as the whole report
        self.subjectless_frame = re.compile(
            rf"(?i:{alt(pack.words('auxiliaries') + pack.words('object_prepositions'))})(?![\w-])"
            rf"|(?:{alt(pack.words('active_verb_prefixes'))})[a-z]{{3,}}\b") \
            if not participles and pack.words("quote_introducers") and pack.words("auxiliaries") \
            and pack.words("active_verb_prefixes") else None
        self.quote_introduced = re.compile(
            rf"(?:[,:;][ \t]*(?:{alt(introducers)})?|(?<![\w-])(?:{alt(introducers)}))[ \t,:]*[\"“”„«]?\Z") \
            if introducers else None
        self.pronoun_set = frozenset(w.casefold() for w in pack.words("pronouns") + pack.words("personal_pronouns"))
        self.purpose_subordinators = frozenset(w.casefold() for w in pack.words("purpose_subordinators"))
        # ('the new arrangements, revealed in a Commons written statement, would raise ...': a
        # participle and its preposition open an aside inside the subject)
        self.agent_prepositions = frozenset(w.casefold() for w in pack.words("aside_participle_prepositions"))
        self.participle_clause_openers = frozenset(w.casefold() for w in pack.words("participle_clause_openers"))
        self.fronted_participle_openers = frozenset(w.casefold() for w in pack.words("fronted_participle_openers"))
        self.pronoun_relative_openers = re.compile(
            rf"(?<![\w'’-])(?:{alt(pack.words('pronoun_relative_openers'))})[ \t]+[a-z]+[ \t]*\Z") \
            if pack.words("pronoun_relative_openers") else None
        self.circumstance_openers = frozenset(w.casefold() for w in pack.words("circumstance_openers"))
        inclusion = pack.words("inclusion_words")
        self.inclusion = re.compile(rf"[ \t]*(?i:{alt(inclusion)})[ \t]+(?:the[ \t]+)?") if inclusion else None
        markers = pack.words("passive_agent_markers")
        self.agent_marker = re.compile(rf"[ \t]+(?:{alt(markers)})[ \t]+") if markers else None
        determiners = pack.words("determiners")
        self.determiner = re.compile(rf"\s*(?:{alt(determiners)})\s+(?=[A-Z])") if determiners else None
        self.indefinite_set = {w.casefold() for w in pack.words("indefinite_speakers")}
        self.definite_article_words = frozenset(pack.words("definite_articles"))
        self.other_one_words = [w.casefold() for w in pack.words("other_one_words")]
        self.account_noun = next(iter(pack.words("handle_account_nouns")), None)
        forces = pack.words("unnamed_state_forces")
        self.unnamed_force = re.compile(rf"(?<![\w-])(?:{alt(forces)})(?![\w-])", re.I) if forces else None
        apposed = pack.words("apposition_articles")
        self.apposition_article = re.compile(rf"\s*(?:{alt(apposed)})[ \t]+(?=\S)") if apposed else None
        self.determiner_any = re.compile(rf"\s*(?:{alt(determiners)})\s+") if determiners else None
        generic = pack.words("generic_heads")
        self.generic_head = re.compile(rf"\s*(?:{alt(generic)})[ \t]+(?=[a-z])") if generic else None
        # 'but the minister said': a definite role standing for the person who holds it
        # 'The Tory leader said', 'the former Labour leader said', 'The French president said':
        # qualifiers (a party, a state, 'former') before the role
        former = pack.words("former_words")
        qualifier = rf"(?P<qual>(?:(?:{alt(former)})\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}})" if former \
            else r"(?P<qual>(?:[A-Z][\w'’-]*\s+){0,2})"
        # ('The president has blamed ...': particles of the verb group after the role)
        subj_particles = pack.words("subject_particles")
        particle_tail = rf"(?:\s+(?:{alt(subj_particles)}))*" if subj_particles else ""
        definite = pack.words("definite_articles")
        # ('and the police said': the article before an unnamed authority in mid-sentence)
        self.definite_lead = re.compile(rf"^(?:{alt(definite)})[ \t]+" if definite else r"(?!)")
        # ('the home secretary said', 'the trade and industry secretary has said': a portfolio in
        # lower-case words before an office that has one)
        portfolio_heads, alone = pack.words("portfolio_offices"), pack.words("portfolio_offices_alone")
        portfolio = rf"|(?:[a-z][\w-]*\s+(?:and\s+[a-z][\w-]*\s+)?){{1,2}}(?:{alt(portfolio_heads)})" \
            if portfolio_heads else ""
        portfolio += rf"|(?:{alt(alone)})" if alone else ""
        self.definite_role = re.compile(
            rf"(?:^|\s)(?:{alt(definite)})\s+{qualifier}(?P<role>{alt(lroles)}{portfolio}){particle_tail}\s*$") \
            if lroles and determiners and definite else None
        # 'The head of the police's internal investigators told the court': a role of an
        # institution, unnamed, as the subject
        self.definite_role_of = re.compile(
            rf"(?:^|\s)(?:{alt(definite)})\s+(?P<role>(?:{alt(lroles)})\s+of\s+the\s+[a-z][^,;:\"“”()]{{2,60}}?)\s*$") \
            if lroles and determiners and definite else None
        institutions = pack.words("institution_nouns")
        relatives = pack.words("relative_pronouns")
        # objects of a report verb that only point back at another's words ('hal yang sama')
        empty = pack.words("empty_reports")
        self.empty_report = re.compile(rf"(?:{'|'.join(empty)})[\s.]*", re.I) if empty else None
        # 'Nadir bersama Budi', 'Nadir Umar dan Budi Mastur': two people as one subject
        pair = pack.words("pair_joiners")
        self.pair_joiner_set = frozenset(w.casefold() for w in pair)
        self.pair_joined = re.compile(rf"(?:[ \t]+[{UPPER}][\w'-]*)*[ \t]+(?:{alt(pair)})[ \t]+[{UPPER}][a-z]") \
            if pair else None
        self.pair_joined_before = re.compile(rf"[{UPPER}][\w'-]*[ \t]+(?:{alt(pair)})[ \t]+(?:[{UPPER}][\w'-]*[ \t]+)*\Z") \
            if pair else None
        # 'Kepala BPBD Heru Widagdo bersama Kapolsek Silo Budi ...': a capitalised subject, then a word
        # bringing its companions (the words before it: group 'head'); antecedents._companion_list_head
        companions = pack.words("companion_joiners")
        self.companion_list = re.compile(
            rf"(?P<head>[{UPPER}][\w.'’-]*(?:[ \t]+[{UPPER}][\w.'’-]*)*)[ \t]+(?:{alt(companions)})[ \t]+[{UPPER}]") \
            if companions else None
        # 'Enam terduga pelaku itu yakni Agus Wiguna, Kodar, Ade Arif, Andri Rosadi, Ramlan Suryadi dan
        # terakhir Yuki Chandra': four names or more listed with commas and closed by a joiner (a word
        # such as 'terakhir' may follow it) are a group, none of them whom a singular pronoun means (not a
        # name and its office, whose words a comma and 'dan' may part: 'Kisran Makati, Ketua Pusat Kajian
        # dan Advokasi ...'; reports._one_of_a_pair leaves out a list an office opens)
        item = rf"[{UPPER}][\w'-]*(?:[ \t]+[{UPPER}][\w'-]*){{0,3}}"
        self.name_list = re.compile(rf"{item}(?:,[ \t]+{item}){{2,}},?[ \t]+(?:{alt(pair)})(?:[ \t]+[a-z]+)?[ \t]+{item}") \
            if pair else None
        # (where such a list's items part: reports._office_in_list)
        self.name_list_items = re.compile(r",[ \t]+|[ \t]+(?:" + "|".join(re.escape(w) for w in pair) + r")[ \t]+") \
            if pair else None
        self.relative_start = re.compile(rf"\s*(?:{alt(relatives)})\b") if relatives else None
        self.person_relatives = {w.casefold() for w in pack.words("person_relatives")}
        # 'John Hollis, who is the US Secretary of State, said': a relative clause of the present copula
        # and an article says what the one named is now, as an apposition does (relative_appositions)
        rel_app = pack.words("relative_appositions")
        self.relative_apposition = re.compile(
            rf"\s*(?i:{alt(rel_app)})[ \t]+(?=(?i:{alt(pack.words('determiners'))})[ \t]+)") \
            if rel_app and pack.words("determiners") else None
        # 'anggota lainnya yang juga Ketua PBHI Totok Yuliyanto menjelaskan': a description, then a relative
        # naming who it is (the office and name before the verb)
        ident_words = pack.words("identifying_relatives")
        self.identifying_relative = re.compile(rf"(?<=[a-z])[ \t]+(?:{alt(ident_words)})[ \t]+(?=[{UPPER}])") \
            if ident_words else None
        # 'X yang didampingi A dan B mengatakan': a relative clause of those who go with the subject
        acc_words = pack.words("accompanied_by")
        self.accompanied_by = re.compile(
            rf"[ \t]+(?:{alt(relatives)})[ \t]+(?:juga[ \t]+)?(?:{alt(acc_words)})[ \t]") \
            if relatives and acc_words else None
        # 'Dengan didampingi oleh A serta B, Menag menjelaskan ...': the same companions in a phrase that opens
        # the sentence
        acc_leads = pack.words("accompanied_fronted_leads")
        self.accompanied_fronted = re.compile(
            rf"[ \t]*(?:(?:{alt(acc_leads)})[ \t]+)?(?:{alt(acc_words)})[ \t]", re.I) \
            if acc_words and pack.get("accompanied_fronted_leads") is not None else None
        # '... seperti yang disebutkan oleh Fahri': a passive speech verb in a relative clause refers
        # to what someone said before; its agent is not the one the sentence reports
        # '... to which Trump claimed ...', '... a wall, which the mayor said ...': a relative pronoun
        # right before a capitalised subject inside a segment
        self.relative_then_name = re.compile(
            rf"(?<![\w-])(?:{alt(relatives)})[ \t]+(?=(?:the[ \t]+)?[{UPPER}])") if relatives else None
        self.relative_before = re.compile(rf"(?<![\w-])(?:{alt(relatives)})[ \t]+\Z", re.I) if relatives else None
        # 'Kapolres X AKBP Budi melalui Kapolsek Y Ipda Azis mengatakan': an officer named after
        # 'melalui' right before the verb is the one who spoke for the subject
        intermediaries = pack.words("intermediary_openers")
        self.intermediary_then_name = re.compile(
            rf"(?<![\w-])(?:{alt(intermediaries)})[ \t]+(?=[{UPPER}])") if intermediaries else None
        # a naming verb in a relative clause, one word between at most ('yang biasa disebut Bobotoh', 'atau yang
        # singkatnya disebut Balinale'): the capitalised words after it are a name given, no agent
        naming = pack.words("naming_passive_verbs")
        self.relative_naming = re.compile(
            rf"(?<![\w-])(?:{alt(relatives)})[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:{alt(naming)})[ \t]+", re.I) \
            if relatives and naming else None
        # a spaced dash opening a relative clause, or closing the subject before its verb, breaks
        # it like a comma (not a hyphen spaced by detokenisation: 'digadang - gadang')
        # a body's list of fields: 'Dinas Tenaga Kerja, Transmigrasi, dan Energi', 'Satuan Tugas Pengendalian,
        # Pencegahan, dan Penanganan' (see _joined_field_lists)
        heads = pack.words("field_list_heads")
        cap = rf"[{UPPER}][\w-]*"
        self.field_list = re.compile(
            rf"\b(?:{alt(heads)})(?:[ \t]+{cap})+(?:,[ \t]+{cap}(?:[ \t]+{cap})*)+,?[ \t]+(?:dan|serta)[ \t]+{cap}"
        ) if heads else None
        # (a comma between digits is a number's, no break: 'The poll, which asked 2,500 voters, found
        # that ...' has one aside, not two)
        self.segment_breaks = re.compile(
            rf"{SEGMENT_COMMA}|[ \t][-–—][ \t]+(?=(?:{alt(relatives)})\b)|[ \t][-–—][ \t]*$" if relatives
            else SEGMENT_COMMA)
        # 'According to Dr. Tom Frieden, formerly the director of the CDC, the pandemic is ...':
        # a comma segment opening with a determiner, a former-word or a relative pronoun (and with
        # no finite verb unless relative) is the source's apposition, not the reported clause
        # (or with a lower-case office: 'According to a post by Amy Cook, director of the event, ...')
        opens = [rf"(?:(?:{alt(determiners + former)})\s+|(?:{alt(lroles)})\b(?=[ \t]+(?:of|for|at)\b))"
                 if determiners or former else None,
                 rf"(?:{alt(relatives)})\b" if relatives else None]
        opens = [o for o in opens if o]
        self.apposition_open = re.compile(rf"\s*(?:(?P<rel>{opens[-1]})|{opens[0]})") \
            if len(opens) == 2 else None
        # '..., which he said would allow him ...': a second report inside a relative clause ends
        # the first
        self.relative_report = re.compile(
            rf",\s*(?:{alt(relatives)})\s+(?:{pronouns})\s+(?:{speech})\b", re.I) \
            if relatives and pronouns else None
        self.relative_set = {w.casefold() for w in relatives}
        self.coordinator_set = {w.casefold() for w in pack.words("coordinators")}
        self.clause_verbs = {w.casefold() for w in pack.words("clause_report_verbs")}
        # a capitalised subject, a relative clause on it, then the verb (relative_clause_speakers)
        self.subject_relative = re.compile(
            rf"\s*(?P<head>[{UPPER}][^,;:\"“”\n]*?)[ \t]+(?:{alt(relatives)})[ \t]+[^,;:\"“”\n]+,?[ \t]*\Z") \
            if relatives and pack.get("relative_clause_speakers") else None
        self.clause_verb = re.compile(rf"(?:{alt(pack.words('active_verb_prefixes') + pack.words('passive_verb_prefixes'))})[a-z]{{3,}}") \
            if pack.words("active_verb_prefixes") else re.compile(r"(?!)")
        # 'the powers - which President Chavez argues are needed ... - trample all over ...': a
        # relative clause between spaced dashes ends at the closing one
        self.dash_relative = re.compile(rf"[ \t][-–—][ \t]+(?:{alt(relatives)})\b") if relatives else None
        self.spaced_dash = re.compile(r"[ \t][-–—][ \t]")
        # (a relative pronoun inside a phrase: 'The public officials who ordered that change')
        self.relative_word = re.compile(rf"[ \t]+(?:{alt(relatives)})[ \t]") if relatives else None
        # a state's name or adjective, then one of its institutions ('the Saudi government')
        definite_opt = rf"(?:(?:{alt(definite)})\s+)?" if definite else ""  # ('the ' before a body, if any)
        state_noun = rf"(?P<state>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+(?P<noun>{alt(institutions)})"
        self.state_institution = re.compile(rf"(?:^|\s){definite_opt}{state_noun}\s*$") \
            if institutions else None
        # 'according to the Iraqi military'
        self.state_noun = re.compile(rf"{state_noun}\b") if institutions else None
        # 'representatives from Iran said': the noun, a preposition, then the state
        preps = pack.words("institution_state_prepositions")
        self.institution_of_state = re.compile(
            rf"(?:^|\s){definite_opt}(?P<noun>{alt(institutions)})\s+(?:{alt(preps)})\s+"
            rf"(?P<state>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s*$") if institutions and preps else None
        # ('But the firm said ...': a coordinator may open the sentence before it)
        coordinators = pack.words("coordinators")
        lead = rf"(?:(?i:{alt(coordinators)})\s+)?" if coordinators else ""
        firm_only = [w for w in pack.words("firm_nouns") if w not in institutions]
        mod_stops = pack.words("definite_body_modifier_stops")
        modifier = rf"(?:(?!(?:{alt(mod_stops)})\s)[a-z][\w-]*\s+)?" if mod_stops else ""
        self.definite_opening = re.compile(
            rf"\s*{lead}(?:{alt(definite)})\s+{modifier}(?P<role>{alt(institutions + firm_only)})(?:\s+[a-z]|\s*$)") \
            if institutions and determiners and definite else None
        self.body_modifier_stops = frozenset(w.casefold() for w in mod_stops)
        # '," said the magazine.', '," said the firm.': a definite body's noun alone after a cue, to the
        # punctuation (the body the article introduced by the noun: subjects._introduced_by_noun)
        introduced = pack.words("introduced_body_nouns")
        self.definite_body_after = re.compile(
            rf"[ \t]*(?:{alt(definite)})[ \t]+(?P<noun>{alt(pack.words('firm_nouns') + introduced)})(?=[ \t]*(?:[,.;:!?]|\Z))") \
            if definite and pack.words("firm_nouns") + introduced else None
        self.adverbial_phrase_openers = frozenset(pack.words("adverbial_phrase_openers"))
        # openers of a phrase before the subject with no comma after it ('In 2004 Acme said ...'), and
        # the capitalised words that end such a phrase and are never the subject (months, weekdays)
        self.comma_less_openers = frozenset(pack.words("comma_less_openers"))
        self.comma_less_stops = frozenset(pack.words("weekday_names") + pack.words("month_names"))
        self.research_body_tails = frozenset(pack.words("research_body_tails"))
        # group quantifiers that count, not determiners ('Many', 'Some', 'Several'; not 'The', 'His')
        dets_ = {w.casefold() for w in pack.words("determiners") + pack.words("possessive_determiners")
                 + pack.words("document_determiners") + pack.words("indefinite_speakers")}
        self.counting_quantifiers = frozenset(w.casefold() for w in pack.words("group_quantifiers")
                                              if w.casefold() not in dets_ and w.split()[0].casefold() not in dets_)
        bare_bodies = pack.words("bare_body_nouns")
        self.bare_definite = re.compile(rf"(?:{alt(definite)})\s+(?:{alt(bare_bodies)}){particle_tail}") \
            if bare_bodies and definite else None
        # '"...," the party informed the press': the institution named before
        self.after_definite = re.compile(
            rf"\s*[,—–-]?\s*(?:{alt(definite)})\s+(?P<role>{alt(institutions)})\s+(?:{cues})\b") \
            if institutions and determiners and definite else None
        # "Erdogan's office": a person's institution speaks for the person's state
        self.possessive_institution = re.compile(
            rf"[ \t]+(?P<noun>{alt(institutions)})\b") if institutions else None
        # 'X urged the embassy to reconsider and spoke with Y': the report ends where a second
        # verb of the same subject begins
        joins = pack.words("clause_joiners")
        cuts = pack.words("indirect_cuts")  # 'bahwa ..., yang mendorong X untuk ...': a comment on it
        # ('..., ia lalu menyebutkan ...': where the pack lists them, a pronoun subject before the joiner
        # goes with the second verb, not the first; in both the second verb and the second report below)
        joined_pron = pack.words("joined_report_pronouns")
        pronoun_before_joiner = rf"(?:,[ \t]+(?:{alt(joined_pron)})(?=[ \t]+(?:{alt(joins)})[ \t]))?" \
            if joined_pron and joins else ""
        # ('..., namun ia memastikan ketersediaan daging ...', '... bahkan dirinya menilai pihak ...': a
        # connective, a pronoun subject and a report verb of its own: the same speaker's next report)
        pron_joins = pack.words("pronoun_report_joiners")
        # (idverbs46: not the verbs that report only before 'bahwa', 'namun ia berbicara dengan ...')
        declarative = {w.casefold() for w in pack.words("declarative_report_verbs")}
        pron_reports = [v for v in pack.words("indirect_say_verbs") if " " not in v and v.casefold() not in declarative]
        pronoun_report = (rf"|[\s,;]+(?:{alt(pron_joins)})\s+(?:{alt(joined_pron + pack.words('reflexive_subjects'))})"
                          rf"\s+(?:(?:{alt(pack.words('subject_particles'))})\s+)?(?:{alt(pron_reports)})\b") \
            if pron_joins and joined_pron and pron_reports else ""
        # ('..., namun Airlangga menepis kabar tersebut': a contrast connective, a new named subject and a
        # denial of their own; the report ends at the connective, and the denier is whom the next
        # personal pronoun means)
        cd_joins, cd_verbs = pack.words("contrast_denial_joiners"), pack.words("denial_verbs")
        self.contrast_denial = re.compile(
            rf"[ \t]*,?[ \t]+(?:{alt(cd_joins)})[ \t]+(?P<who>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}})"
            rf"[ \t]+(?:{alt(cd_verbs)})\b") if cd_joins and cd_verbs else None
        contrast_cut = f"|{self.contrast_denial.pattern}" if self.contrast_denial is not None else ""
        pv = pack.words("passive_verb_prefixes")
        self.passive_verb = re.compile(rf"(?:{alt(pv)})[a-z]{{4,}}") if pv else None
        # ('... and has publicly said ...': auxiliaries and an adverb before the second verb)
        second_aux = pack.words("second_verb_auxiliaries")
        group_adverbs = alt(pack.words("verb_group_adverbs")) if pack.words("verb_group_adverbs") else r"(?!)"
        aux = rf"(?:(?:{alt(second_aux)})\s+(?:(?:[a-z]+ly|{group_adverbs})\s+)?)?" if second_aux else ""
        self.second_verb = re.compile(
            rf"{pronoun_before_joiner}[\s,;]+(?:{alt(joins)})\s+{aux}(?:{alt(pack.words('second_verbs'))})\b"
            + pronoun_report + contrast_cut + (rf"|(?:{'|'.join(cuts)})" if cuts else "")) if joins else None
        comps = alt(pack.words("indirect_complementisers"))
        skips = "|".join(pack.words("indirect_skip"))
        # (a skipped phrase ends at a word's edge: 'warned the press that' skips 'the press', 'warned the
        # pressure is mounting' skips nothing)
        self.indirect_clause = re.compile(
            rf"\s*(?:(?:{skips})(?:(?<![\w-])|(?![\w-]))\s*){{0,3}},?\s*(?:(?P<comp>{comps})\b(?:\s*,(?=\s))?\s*)?" if skips else
            rf"\s*,?\s*(?:(?P<comp>{comps})\b(?:\s*,(?=\s))?\s*)?")
        # ('menjelaskan bila dua kristal mendorong ..., maka salah satunya akan retak': a complementiser that
        # also means 'if', its consequent marked after it, opens a conditional that is the words' own)
        self.conditional_comps = frozenset(w.casefold() for w in pack.words("conditional_complementisers"))
        consequents = pack.words("consequent_markers")
        self.consequent = re.compile(rf"(?<![\w-])(?:{alt(consequents)})(?![\w-])") if consequents else None
        # ('argued that, as president, he should be immune ...': an aside right after the
        # complementiser; the clause starts after its comma)
        # ('according to police on Thursday': a time or a channel after the source)
        self.source_tail = re.compile(rf"(?:[ \t]+(?:{skips}))+[ \t]*\Z") if skips else None
        # 'memperingatkan Korea Utara beberapa waktu lalu bahwa ...' / 'mengatakan kepada Rusia, Jepang
        # dan China bahwa ...': an addressee or object before the complementiser is not reported
        gap = pack.words("object_gap_blockers")
        # (when given, only these verbs take an object before the complementiser: 'told BBC News that')
        self.object_gap_verbs = {v.casefold() for v in pack.words("object_gap_verbs")}
        self.inverted_gap_cues = {v.casefold() for v in pack.words("inverted_gap_cues")}
        # (whether a cue closing the sentence wins over a report verb inside it: 'X menganggap ..., kata Y.')
        self.trailing_cue_overrides = bool(pack.get("trailing_cue_overrides"))
        # ('Dia mengatakan, pengungkapan kasus ini berkat laporan ..., bahwa ...': a comma right after the
        # verb opens its clause, so no object stands before a later complementiser, unless an aside opens there)
        asides = pack.words("comma_gap_aside_openers")
        self.comma_gap_asides = frozenset(w.casefold() for w in asides) if asides else None
        lead = pack.words("object_gap_complementisers")
        self.object_gap = re.compile(
            rf"(?:(?!(?<![\w-])(?:{alt(gap)})(?![\w-]))[^.;:!?\"“”„«\n]){{1,120}}?(?<![\w-])(?:{alt(lead)})(?![\w-])\s*",
            re.I) if gap and lead else None
        # 'warned people in the general vicinity to stay inside', 'told passengers to take a longer way':
        # an addressee, then what they are asked to do (an appeal, reported from the addressee on)
        person_bodies = pack.get("person_bodies") or {}
        self.person_body = re.compile(rf"[ \t]+(?P<head>{alt(list(person_bodies))})(?![\w-])") \
            if person_bodies else None
        self.person_state_bodies = {k.casefold() for k, v in person_bodies.items() if v == "state"}
        ages = pack.words("age_modifier_forms")
        age = rf"(?:(?:{'|'.join(ages)})[ \t]+)?" if ages else ""
        # 'His office said ...', '..., her campaign said, ...': the body of the person spoken of last
        owners = pack.words("personal_possessives")
        self.pronoun_body = re.compile(
            rf"(?P<owner>{alt(owners)})[ \t]+(?P<head>{alt(list(person_bodies))})", re.I) \
            if person_bodies and owners else None
        # 'his wife Bernadette', 'her son Tom Smith': a relative of someone, then the relative's name
        kin = pack.words("kin_nouns")
        self.kin_named = re.compile(
            rf"\s*(?P<who>(?i:{alt(owners)})[ \t]+(?:{alt(kin)})[ \t]+(?P<name>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}}))[ \t]*") \
            if kin and owners else None
        self.owned_body = re.compile(
            rf"{age}(?P<owner>[{UPPER}][\w.'’-]*?(?:[ \t]+[{UPPER}][\w.'’-]*?){{0,3}})(?P<s>['’]s)[ \t]+"
            rf"(?P<head>{alt(list(person_bodies))})(?:[ \t]+(?:{alt(pack.words('subject_particles'))}))*") \
            if person_bodies else None
        # 'The prime minister's office said': the office of an office holder the article names by
        # the office alone (role_bodies)
        role_bodies = pack.words("role_bodies")
        self.role_body = re.compile(
            rf"(?:{alt(pack.words('definite_articles'))})[ \t]+(?P<role>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){{0,3}})['’]s[ \t]+(?P<head>{alt(role_bodies)})"
            rf"(?:[ \t]+(?:{alt(pack.words('subject_particles'))}))*") if role_bodies and pack.words("definite_articles") else None
        inf = pack.words("infinitive_markers")
        # 'responded to a reporter's question ...': 'to' before a determiner governs a noun phrase,
        # what the verb answers or is addressed to, not an infinitive or a clause
        self.to_noun_phrase = re.compile(
            rf"\s*(?:{alt(inf)})[ \t]+(?:{alt(pack.words('sentence_determiners'))})\b", re.I) if inf else None
        # 'Read wrote the song before the tsunami ...': a writing verb whose object is a written
        # work ('the song', 'a new screenplay') tells what was written, it reports no clause
        works, writing = pack.words("written_works"), pack.words("writing_verbs")
        self.writing_set = frozenset(w.casefold() for w in writing)
        self.written_work = re.compile(
            rf"\s*(?:{alt(pack.words('sentence_determiners'))})[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:{alt(works)})\b",
            re.I) if works and writing else None
        self.addressee_request_verbs = {v.casefold() for v in pack.words("addressee_request_verbs")}
        # (of those, the ones that report nothing but the addressee's act: 'menantang KPK untuk ...')
        self.addressee_only_set = frozenset(v.casefold() for v in pack.words("addressee_only_report_verbs"))
        # (and the ones that ask only a named addressee: 'mengusulkan Presiden Joko Widodo untuk ...')
        self.named_addressee_set = frozenset(v.casefold() for v in pack.words("named_addressee_request_verbs"))
        self.addressee_to = re.compile(
            rf"[ \t]+(?P<obj>(?:(?!(?:{alt(gap + lead + inf + pack.words('addressee_breaks') + pack.words('pronouns'))})[ \t])[\w'’().,&-]+[ \t]+){{1,6}}?)"
            rf"(?:{alt(inf)})[ \t]+(?!(?:{alt(pack.words('sentence_determiners') + pack.words('object_pronouns'))})\b)[a-z]") \
            if gap and lead and inf else None
        # 'Rina mendorong dinas pendidikan untuk memeriksa ulang ...': where a language opens what the
        # addressee is asked to do with words of its own (addressee_markers: 'untuk', 'agar'), the act opens
        # with a verb's prefix or one of addressee_act_words, not with a noun ('mendorong investasi untuk
        # kesejahteraan warga': a thing boosted, for a purpose)
        asked, prefixes = pack.words("addressee_markers"), pack.words("addressee_act_prefixes")
        self.addressee_asked = re.compile(
            rf"[ \t]+(?P<obj>(?:(?!(?:{alt(gap + lead + asked + pack.words('pronouns'))})[ \t])[\w'’().,&-]+[ \t]+){{1,6}}?)"
            rf"(?:{alt(asked)})[ \t]+(?=(?:{alt(prefixes)})[a-z]|(?:{alt(pack.words('addressee_act_words'))})\b)") \
            if gap and lead and asked and prefixes else self.addressee_to
        # (a verb of a relative clause is its antecedent's act, told as background, no request of the
        # subject's: 'menangkap penasihat yang kerap mengkritik presiden dan mendorong ... untuk merdeka')
        self.addressee_relatives = frozenset(w.casefold() for w in pack.words("addressee_relatives"))
        # (a nominalisation as the object is a thing furthered, not an addressee: 'mendorong kesepakatan ...')
        self.addressee_thing_affixes = [tuple(a.split("-", 1)) for a in pack.words("addressee_thing_affixes")]
        self.addressee_thing_exceptions = frozenset(w.casefold() for w in pack.words("addressee_thing_exceptions"))
        # 'Hal itu disampaikan oleh juru bicara ..., Geng Shuang': who said the sentence before
        # (a space between two words stands for any run of blanks: 'Demikian   diungkapkan Tito')
        passive_say = [w.replace(" ", r"[ \t]+") for w in pack.words("passive_attribution")]
        self.passive_attribution = re.compile(rf"\s*(?:{'|'.join(passive_say)})\s+", re.I) \
            if passive_say else None
        dets = pack.words("role_determiners")
        self.role_determiner = re.compile(rf"(?:{alt(dets)})[ \t]+(?=[a-z])") if dets else None
        self.according_mid = re.compile(
            rf",\s*(?:{alt(pack.words('according_to'))})\s+(?P<who>[^,.;\"“”]{{2,60}}?),\s*", re.I) \
            if pack.words("according_to") else None
        # ('Soal kasus itu, menurut Budi masih dalam batas wajar': a comma before the source, none after it;
        # also after an acronym or a number: 'Soal alutsista TNI AU, menurut Hadi masih ...')
        self.according_bare_mid = re.compile(
            rf"(?<=[^\W_]),?[ \t]+(?:{alt(pack.words('according_to') + pack.words('bare_mid_cues'))})"
            rf"[ \t]+(?=[{UPPER}])") \
            if pack.words("according_to") else None
        # (... or the clause's verb after the name: 'Hal tersebut menurut Jokowi membuat ...')
        self.according_bare_mid_verbs = bool(pack.get("according_bare_mid_verbs"))
        # adverbs that may stand between such a bare source and the clause's predicate ('..., menurut
        # Setyo juga telah dilakukan ...', 'menurut Hadi memang masih ...')
        self.clause_adverbs = frozenset(w.casefold() for w in pack.words("clause_adverbs"))
        # words opening a predicate with no verb after such a bare source ('menurut Lee sekitar 200 orang')
        self.bare_mid_predicate_openers = frozenset(w.casefold() for w in pack.words("bare_mid_predicate_openers"))
        # two-word adverbs of time whose first word also says when something was said ('saat ini', now)
        self.time_adverb_phrases = frozenset(w.casefold() for w in pack.words("time_adverb_phrases"))
        # 'Tawaran dari Filipina, ditambahkan Wiranto, juga patut dihargai': a passive speech verb
        # and its agent between commas interrupt the reported clause
        self.passive_mid = re.compile(
            rf",[ \t]*(?:{alt(passive_speech)}){agent_marker}"
            rf"[ \t]+(?P<who>[{UPPER}][^,.;\"“”]{{1,60}}?),[ \t]*") if passive_speech else None
        # Cue verbs that take an object of their own ('announced a payment system'): after a comma
        # they report the clause before only when nothing or an adverbial follows
        objects = pack.words("object_cue_verbs")
        self.object_cue = re.compile(rf"(?<![\w-])(?:{alt(objects)})$", re.I) if objects else None
        negations = pack.words("report_negations")
        self.negated = re.compile(
            rf"(?<![\w-])(?:{alt(negations)})(?:[ \t]+(?:{alt(pack.words('negation_fillers'))}))*[ \t]+$", re.I) \
            if negations else None
        subordinators = pack.words("subordinators")
        self.subordinator = re.compile(rf"(?<![\w-])(?:{alt(subordinators)})[ \t]+") if subordinators else None
        # ('..., though Dr. Alison Kock ... has reported ...': a clause of its own after a comma)
        self.comma_subordinator = re.compile(rf",[ \t]+(?:{alt(subordinators)})[ \t]+") if subordinators else None
        # 'Ia menyebut, meski harga pupuk naik, panen padi tetap melimpah': a concessive clause
        # after the report verb's comma, closed by a comma of its own before the main clause, opens
        # the reported clause (compared without case; concessive_openers)
        conc_words = pack.words("concessive_openers")
        self.comma_concessive = re.compile(
            rf",[ \t]+(?:{alt(sorted({w.casefold() for w in conc_words}, key=len, reverse=True))})[ \t]+"
            rf"(?P<clause>[^;:\"“”]*?),[ \t]*(?=\w)") if conc_words else None
        groups, quantifiers = pack.words("group_speakers"), pack.words("group_quantifiers")
        group_places = pack.words("group_place_prepositions")
        group_bases, base_links = pack.words("group_base_prepositions"), pack.words("group_base_links")
        base_name = rf"\(?[{UPPER}][\w.'’-]*\)?"
        # "Navalny's associates said", "Trump's doctors said": a person's circle speaks, not the person
        self.owned_group = re.compile(
            rf"(?P<owner>[{UPPER}][\w.'’-]*?(?:[ \t]+[{UPPER}][\w.'’-]*?){{0,3}})['’]s[ \t]+"
            rf"(?P<group>{alt(groups)})(?:[ \t]+(?:{alt(pack.words('subject_particles'))}))*") if groups else None
        # ('an international team of scientists report ...': a word placing the group between)
        group_adjs = pack.words("group_adjectives")
        group_adj = rf"(?:(?:{alt(group_adjs)})[ \t]+)?" if group_adjs else ""
        # ('," researchers said.': a group before the cue verb after a quote, maybe with an adverb between)
        self.group_before_cue = re.compile(
            rf"[ \t]+(?:(?:{alt(pack.words('verb_group_adverbs'))})[ \t]+)?(?:{alt(pack.words('cue_verbs'))})(?![\w-])") \
            if pack.get("group_subject_before_cue") and pack.words("cue_verbs") else None
        self.group_subject = re.compile(
            rf"(?:(?:{alt(quantifiers)})[ \t]+{group_adj})?(?P<group>{alt(groups)})"
            # ('Organizers of the rally said'; 'Residents of the town'; 'Lawyers for the pair said':
            # group_phrase_prepositions, 'of' where the pack names none)
            rf"(?:[ \t]+(?:{alt(pack.words('group_phrase_prepositions') or ['of'])})[ \t]+the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?"
            # ('Hospital officials in Omsk said')
            # ('researchers in the United Kingdom established ...': a state's name of several words)
            + (rf"(?:[ \t]+(?:{alt(group_places)})[ \t]+(?-i:(?:the[ \t]+)?[{UPPER}][\w-]+(?:[ \t]+[{UPPER}][\w-]+){{0,2}}))?"
               if group_places else "")
            # ('researchers from the University of Colorado at Boulder (CU Boulder) in Colorado and
            # the College of Wooster in Ohio reported': where they work, names and their links)
            # (names in capitals, whatever the case of the rest)
            + (rf"(?-i:(?:[ \t]+(?:{alt(group_bases)})[ \t]+(?:the[ \t]+)?{base_name}"
               rf"(?:[ \t]+(?:(?:{alt(base_links)})[ \t]+)*{base_name})*)?)" if group_bases else "")
            # ('scientists studying patients in Zhuhai in China's Guangdong Province reported', 'A
            # study published in the journal Nature found')
            + (r"(?-i:(?:[ \t]+[a-z]{2,}(?:ing|ed)(?:[ \t]+[^\s,;:\"“”]+){1,8}?)?)" if group_bases else "")
            + r"(?:[ \t]+(?:have|had|also|have also))?"
            # ('Jaksa juga mengatakan'): the language's particles after the subject
            + (rf"(?:[ \t]+(?:{alt(pack.words('subject_particles'))}))*" if pack.words("subject_particles") else ""),
            re.I) if groups else None
        # 'Sumber pemerintah AS mengatakan', 'Petugas keamanan AS mengatakan': an unnamed source or
        # officer, described by lower-case words and a state, speaks as a lower-case role does
        quantifiers_ = pack.words("group_quantifiers")
        self.role_quantifier = re.compile(rf"(?i:{alt(quantifiers_)})[ \t]+(?=[a-z])") if quantifiers_ else None
        sources = pack.words("unnamed_source_heads")
        self.unnamed_source = re.compile(rf"(?:{alt(sources)})[ \t]+(?=[a-z]|[{UPPER}])", re.I) if sources else None
        authorities = pack.words("unnamed_authorities")
        # (an adverb before the verb is no part of the name: 'Pemerintah juga mengajak ...',
        # 'pemerintah masih memperkirakan ...')
        self.authority = re.compile(rf"(?P<who>{alt(authorities)})"
                                    rf"(?:[ \t]+(?:{alt(pack.words('subject_particles') + pack.words('auxiliaries'))}))*",
                                    ) if authorities else None
        # 'Police issued a statement saying ...', 'the city issued an advisory of water outages and
        # stated ...': unnamed authorities, the act of issuing a document (statement_issue_verbs, a
        # document noun after up to three words, maybe what it is about), then the report verb,
        # either the document's participle or a second verb after 'and'
        issue_verbs, issued = pack.words("statement_issue_verbs"), pack.words("issued_documents")
        about = pack.words("issued_document_links")
        self.authority_statement = re.compile(
            rf"(?P<who>{alt(authorities)})[ \t]+(?:[a-z]+ly[ \t]+)?(?:{alt(issue_verbs)})[ \t]+"
            rf"(?:{alt(pack.words('determiners') + pack.words('possessive_determiners') + pack.words('possessive_determiners_of_bodies'))})[ \t]+"
            rf"(?:[\w-]+[ \t]+){{0,3}}?(?:{alt(issued)})"
            rf"(?:[ \t]+(?:{alt(about)})[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){{0,5}}?)?(?:[ \t]+and)?") \
            if authorities and issue_verbs and issued and about else None
        # 'According to police and county officials, ...', 'According to police in Baytown, Texas, ...':
        # unnamed authorities joined by 'and' or placed by 'in', before the comma that ends them
        place = rf"[{UPPER}][\w.'’-]*(?:[ \t]+[{UPPER}][\w.'’-]*){{0,3}}"
        joiners = pack.words("authority_coordinators")
        joined = rf"(?:[ \t]+(?:{alt(joiners)})[ \t]+(?:[a-z]+[ \t]+)?(?:{alt(authorities)}))?" if joiners else ""
        self.authority_source = re.compile(
            rf"(?P<who>{alt(authorities)}){joined}"
            rf"(?:[ \t]+in[ \t]+(?P<place>{place}(?:,[ \t]+{place})?))?(?=[ \t]*,)") if authorities else None
        self.trailer_words = {w for w in pack.words("speaker_trailers") if w[:1].islower()}
        # '“...,” Oliver melanjutkan.', '"...," Anies menambahkan.': after a quote closed on its comma, a
        # name and a speech verb in its full (prefixed) form that ends the sentence, or before where,
        # when or to whom (speaker_trailers); the verbs' short forms are cue_verbs ('tambah Anies')
        named_after = pack.words("named_cue_verbs_after_quote")
        self.named_cue_after_quote = re.compile(
            rf"[ \t]*(?P<phrase>[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*){{0,3}})[ \t]+"
            rf"(?:(?:{alt(pack.words('subject_particles'))})[ \t]+)?(?:{alt(named_after)})"
            rf"(?=[ \t]*[,.!?]|[ \t]*\Z|[ \t]+(?:{alt(sorted(self.trailer_words))})\b)") \
            if named_after and self.trailer_words and pack.words("subject_particles") else None
        # '," kata saksi mata.', '," tulis pelelang dalam keterangannya': a few lower-case words after
        # the cue, up to the punctuation or a trailer word, are someone unnamed (unnamed_cue_speakers)
        self.unnamed_after_cue = re.compile(
            rf"[ \t]*(?P<desc>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){{0,3}}?)"
            rf"(?=[ \t]*[,.!?]|[ \t]*\Z|[ \t]+(?:{alt(sorted(self.trailer_words))})\b)") \
            if pack.get("unnamed_cue_speakers") and self.trailer_words else None
        adverbs = pack.words("apposition_adverbs")
        self.apposition_adverb = re.compile(rf"\s*(?:{alt(adverbs)})[ \t]+(?=\S)") if adverbs else None
        # whether a cue inside a sentence may stand unclosed by a comma before the clause goes on
        # ('Kemacetan, kata Tito terjadi karena ...'); not in English, where the words after a cue
        # and a name are a clause of that name ('..., said Maria was the best of them')
        self.unclosed_interrupting_cue = bool(pack.get("unclosed_interrupting_cues"))
        self.stop_words_after_name = self.trailer_words | set(pack.words("descriptor_stops")) \
            | set(pack.words("object_prepositions")) | set(pack.words("relative_pronouns"))
        heads = pack.words("indefinite_subject_heads")
        # 'but a fire officer said': someone unnamed, by an office ending in one of these heads
        self.indefinite_office = re.compile(
            rf"(?:^|[ \t])(?i:{alt(pack.words('indefinite_speakers'))})[ \t]+"
            rf"(?P<role>(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{alt(heads)}))[ \t]*\Z") \
            if heads and pack.words("indefinite_speakers") else None
        # 'The father said', 'One of the children said': someone unnamed, by what they are to the story
        kin = pack.words("definite_person_nouns")
        poss = pack.words("possessive_determiners")
        poss_re = "(?i:" + alt(poss) + ")" if poss else "(?!)"
        self.definite_person = re.compile(
            rf"(?:(?P<det>[Tt]he)[ \t]+(?:[a-z]+[ \t]+)?(?P<noun>(?:{alt(kin)}))|(?P<poss>{poss_re}[ \t]+(?:{alt(kin)}))"
            rf"|(?P<one>[Oo]ne[ \t]+of[ \t]+(?:them|the[ \t]+[a-z]+|"
            rf"{poss_re}[ \t]+[a-z]+)))(?:[ \t]+(?:{alt(adverbs)}))?[ \t]*\Z") if kin and adverbs else None
        # '," said his father, Abdullah Kurdi, following ...': who someone is to the story, then
        # their name in apposition (the name speaks, not the one the kin word points back to)
        # 'According to his publicist, Mendez died ...', 'According to his wife, Amanda, ...': someone
        # by who they are to the person spoken of, up to the comma (then maybe their name)
        addressed = pack.words("statement_addressee_prepositions")
        self.addressee_to_cut = re.compile(rf"[ \t]+(?:{alt(addressed)})[ \t]+") if addressed else None
        self.possessed_source = re.compile(
            rf"(?P<who>{poss_re}[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}[a-z][\w-]*)(?=[ \t]*,)") if poss else None
        self.kin_before_name = re.compile(
            rf"(?:{poss_re}|the)[ \t]+(?:[a-z]+[ \t]+)?(?:{alt(kin)}),[ \t]+", re.I) if kin and poss else None
        # 'Huber's longtime tag team partner Erick Rowan', 'his lawyer John Doe': an owner's possessive,
        # lower-case words saying who someone is to the owner, then that someone's name (the name
        # speaks, not the owner)
        marks = pack.words("name_possessive_marks")
        owner = rf"[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,3}}(?:{alt(marks)})"
        # 'Mr Pike, Factory Monthly's engineer of the year': an apposition that opens with a
        # name's possessive describes the person before it; the owner is no name in the chain
        self.owner_in_apposition = re.compile(rf"(?:{alt(marks)})$") if marks else None
        self.possessed_name = re.compile(
            rf"(?:{poss_re}|{owner})[ \t]+(?:(?!(?:{alt(stops)})\b)[a-z][\w-]*[ \t]+){{1,4}}(?=[{UPPER}])") \
            if marks and stops else None
        # 'One of the victims decided to allow her name to be made public. She said ...': someone
        # unnamed, by who they are to the story, opening a sentence with a past form is whom the
        # next pronoun means
        self.definite_person_opening = re.compile(
            rf"(?P<who>[Oo]ne[ \t]+of[ \t]+(?:the[ \t]+[a-z]+|{poss_re}[ \t]+[a-z]+)|(?:{alt([w.capitalize() for w in poss])})[ \t]+"
            rf"(?:{alt(kin)}))[ \t]+(?:[a-z]+[ \t]+)?[a-z]+ed\b") if kin and poss else None
        # 'An official from TfL stated', 'a spokeswoman for the Home Office said': the body speaks
        members = pack.words("body_member_heads")
        self.member_of_body = re.compile(
            rf"(?:^|[ \t])(?i:{alt(pack.words('indefinite_speakers'))})[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}"
            rf"(?:{alt(members)})[ \t]+(?:{alt(pack.words('institution_state_prepositions') + ['for', 'at', 'with'])})"
            rf"[ \t]+(?P<body>(?:the[ \t]+)?[{UPPER}][^,;:\"“”\n]{{0,80}}?)[ \t]*\Z") \
            if members and pack.words("indefinite_speakers") else None
        # ('But a Foreign Office spokesman said', 'an Interior Ministry official said': the body named
        # before the member's head)
        self.member_after_body = re.compile(
            rf"(?:^|[ \t])(?i:{alt(pack.words('indefinite_speakers'))})[ \t]+"
            rf"(?P<body>[{UPPER}][\w'’&.-]*(?:[ \t]+[{UPPER}][\w'’&.-]*){{0,4}})[ \t]+(?:{alt(members)})[ \t]*\Z") \
            if members and pack.words("indefinite_speakers") else None
        # 'accused Johnson of misleading the Queen, and argued that ...': a second report of the same
        # subject joined to the first, which ends before it
        # (verbs that, inside a report, go on with it: '..., dan mendorong investasi', '..., yang mendorong
        # warga untuk ...' are no second report of the subject)
        self.unjoined_report_set = frozenset(w.casefold() for w in pack.words("unjoined_report_verbs"))
        # (report verbs whose clause needs its complementiser: 'mengusulkan agar ...', not 'mengusulkan
        # pemecatan tidak hormat ...', a policy act, though a clause marker follows)
        self.complementised_only_set = frozenset(w.casefold() for w in pack.words("complementised_report_verbs"))
        # report verbs whose clause needs 'bahwa' itself, not 'agar' nor 'untuk' nor a bare clause:
        # 'berbicara bahwa media massa ...', not 'berbicara untuk kepentingan rakyat'
        self.declarative_only_set = frozenset(w.casefold() for w in pack.words("declarative_report_verbs"))
        # ... with at most a short object before 'bahwa', no comma, verb or break word in it ('menjawab pertanyaan
        # wartawan bahwa ...'; not 'menyinggung urusan nasionalisme ketika mendengar bahwa ...': another verb's)
        gap_breaks, acts = pack.words("declarative_gap_breaks"), pack.words("denied_act_prefixes")
        self.declarative_gap = re.compile(
            rf"(?:[ \t]+(?!(?:{alt(gap_breaks) if gap_breaks else '(?!)'})(?![\w-]))"
            rf"(?!(?:{alt(acts) if acts else '(?!)'})[a-z]{{3,}})[^\s,;:.!?\"“”]+){{0,4}}?[ \t]+"
            rf"(?:{alt(pack.words('object_gap_complementisers'))})(?![\w-])", re.I) \
            if pack.words("object_gap_complementisers") else None
        # request verbs that report only with 'agar' or 'supaya' a few words on, no comma or stop
        # word between: 'menasihati Rina agar menjaga kesehatan', not 'memohon maaf', 'mengundang X untuk hadir'
        creq, rcomps = pack.words("complementised_request_verbs"), pack.words("request_complementisers")
        self.complementised_request_set = frozenset(w.casefold() for w in creq)
        stops = pack.words("request_object_stops")
        self.request_complementised = re.compile(
            rf"(?:[ \t]+(?!(?:{alt(stops) if stops else '(?!)'})(?![\w-]))[^\s,;:.!?\"“”]+){{0,7}}?[ \t]+"
            rf"(?:{alt(rcomps)})(?![\w-])", re.I) if creq and rcomps else None
        # 'menyebut aksi itu sebagai tamparan keras': a verb of calling, a short noun phrase, 'sebagai' and a
        # lower-case description (indirect._characterisation)
        self.characterising_verbs = frozenset(w.casefold() for w in pack.words("characterising_verbs"))
        self.characterising_words = frozenset(w.casefold() for w in pack.words("characterising_words"))
        self.complement_breaks_set = frozenset(w.casefold() for w in pack.words("complement_breaks"))
        self.characterising_reflexives = frozenset(w.casefold() for w in pack.words("characterising_reflexives"))
        self.characterising_possessives = tuple(w.casefold() for w in pack.words("characterising_possessives"))
        self.characterised = re.compile(
            rf"[ \t]*(?P<np>(?:[^\W\d_][\w-]*[ \t]+){{1,6}}?)(?:{alt(pack.words('characterising_words'))})[ \t]+"
            rf"(?P<desc>[a-z][\w-]*)") if pack.words("characterising_words") else None
        say_again = [v for v in pack.words("indirect_say_verbs") if v.casefold() not in self.object_gap_verbs
                     and " " not in v and v not in pack.words("plural_noun_verbs")  # ('and claims by ...')
                     and v.casefold() not in self.unjoined_report_set  # ('..., dan mendorong investasi': boosts)
                     and v.casefold() not in self.declarative_only_set]  # ('bertemu dan berbicara dengan X')
        # ('..., menegaskan bahwa Pyongyang akan ...': where the pack says so, a comma alone joins the
        # second report, which must then open with a complementiser)
        comma = r"|(?P<comma>,)" if pack.get("comma_joins_reports") else ""
        self.joined_report = re.compile(
            rf"{pronoun_before_joiner}[ \t]*(?:,?[ \t]+(?:{alt(pack.words('clause_joiners'))}){comma})[ \t]+"
            rf"(?:(?:{alt(pack.words('subject_particles'))})[ \t]+)?"
            rf"(?:{alt(say_again)})[ \t]+(?P<comp>(?:{alt(pack.words('indirect_complementisers'))})[ \t]+)?") \
            if say_again and pack.words("clause_joiners") and pack.get("split_joined_reports") else None
        # '..., but Ann Lee thought it could ...', '..., though he recognised that ...': another
        # subject (a pronoun or a capitalised name) with its own report verb, after a comma or a
        # contrasting conjunction, opens a report of its own, where the first report ends
        openers = pack.words("next_report_openers")
        next_verbs = [v for v in pack.words("indirect_say_verbs") + pack.words("next_report_verbs") if " " not in v
                      and v.casefold() not in self.declarative_only_set]
        self.next_report = re.compile(
            rf"(?:,[ \t]+(?:(?:{alt(openers)})[ \t]+)?|[ \t]+(?:{alt(openers)})[ \t]+)"
            rf"(?P<subject>(?:{alt(pack.words('pronouns'))})|[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}})"
            rf"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>{alt(next_verbs)})(?![\w'’-])") \
            if openers and pack.get("split_joined_reports") else None
        # 'Pierce said he would not take a vaccine, claiming it alters the recipient's RNA': a cue
        # participle after a reported clause opens the same subject's next report
        self.reported_participle = re.compile(
            rf",[ \t]+(?:{alt(participles)})[ \t]+(?P<comp>(?:{alt(pack.words('indirect_complementisers'))})[ \t]+)?") \
            if participles else None
        # 'An Acme spokesperson denied Hale made the remark, insisting: "..."': a cue participle that
        # ends a reported clause (before the quote it introduces) is no part of the report
        self.reported_participle_tail = re.compile(rf",[ \t]+(?:{alt(participles)})[ \t]*\Z") \
            if participles else None
        # 'Smithers testified in his own defense, claiming some patients deceived him': a sentence
        # opening with its subject and a finite verb, and a cue participle reporting after a comma
        # ('accusing X of ...' keeps its verb, as accusations do)
        accusing = pack.words("accusation_participles")
        # ('..., telling Wikinews the company "extends ...": the addressee, then the clause)
        telling = pack.words("addressee_participles")
        self.addressee_participles = frozenset(w.casefold() for w in telling)
        self.participle_after_clause = re.compile(
            rf"{opening}[^;:\"“”\n]{{0,150}}?,"
            rf"[ \t]+(?:(?P<part>{alt(participles + telling)})[ \t]+(?:that,?[ \t]+)?|(?=(?P<accusing>{alt(accusing) if accusing else '(?!)'})[ \t]))") \
            if opening_verbs and participles else None
        # 'The BBC cited Budi Gunawan, chief of ..., as saying the suspects were ...', 'Reuters quoted
        # him as saying: "..."': the one quoted is the speaker, not the outlet quoting them
        quoting, as_saying = pack.words("quoting_verbs"), pack.words("as_saying")
        self.as_saying = re.compile(rf"[ \t]+(?:{alt(as_saying)})\b") if as_saying else None
        self.quoted_as_saying = re.compile(
            rf"(?<![\w-])(?:{alt(quoting)})[ \t]+(?P<who>[^;:\"“”\n]{{1,140}}?),?[ \t]+(?:{alt(as_saying)})"
            rf"(?:[ \t]+(?:{alt(pack.words('indirect_complementisers'))}))?[ \t]*[,:]?[ \t]*") \
            if quoting and as_saying else None
        # '..., some economists warned.', '..., the bank said.', '..., the Lib Dems say.': a trailing cue
        # whose subject is a group, the authorities or a body named before by its kind
        # ('..., the study revealed.', '..., the research showed.': a finding's verb, only after research)
        research_trailing = pack.words("trailing_research_cues")
        self.trailing_subject = re.compile(
            rf"\s*,\s*(?P<who>[^,;:\"“”\n]{{2,60}}?)[ \t]+(?:(?:{alt(pack.words('subject_particles'))})[ \t]+)?"
            rf"(?:{plural_cues}"
            + (rf"|(?P<finding>{alt(research_trailing)})" if research_trailing else "")
            + r")\b", re.I) if cues else None
        self.coordinators = {w.casefold() for w in pack.words("coordinators")}
        # a person called by nationality ('The Russian revealed', 'the Kiwi said', 'The Romanian
        # international later suggested', '," said the Scot.'): the person named last before
        nat_nouns, nat_adjs = pack.words("nationality_person_nouns"), pack.words("nationality_adjectives")
        # (not a state's office: 'the Russian president' is read as an office)
        nat_heads = pack.words("nationality_person_heads") + pack.words("profession_heads")
        dets = [w for d in pack.words("definite_articles") for w in (d, d[:1].upper() + d[1:])]
        if nat_nouns and dets:
            head = rf"(?:[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{alt(nat_heads)}))" if nat_heads else "(?!)"
            # (an adjective alone after an age is a person too: 'the 24-year-old Swiss added')
            adjs = alt(nat_adjs) if nat_adjs else "(?!)"
            self.nationality_phrase = re.compile(
                rf"(?:{alt(dets)})[ \t]+(?:(?:\d+-year-old[ \t]+)?"
                rf"(?:(?:{alt(nat_nouns)}){head}?|(?:{adjs}){head})|\d+-year-old[ \t]+(?:{adjs}))(?![\w'’-])")
            coords = pack.words("coordinators")
            coords = alt(coords + [w.capitalize() for w in coords]) if coords else "(?!)"
            adverbs = alt(pack.words("verb_group_adverbs")) if pack.words("verb_group_adverbs") else "(?!)"
            self.nationality_subject = re.compile(
                rf"(?:(?:{coords})[ \t]+)?{self.nationality_phrase.pattern}(?:[ \t]+(?:{adverbs}))?[ \t]*\Z")
        else:
            self.nationality_phrase = self.nationality_subject = None
        # a person called by what they are, as a sentence's whole subject ('The presenter said that
        # ...', 'The 31-year-old insisted ...', 'The heavy metal star said ...', 'the 31-year-old
        # Glaswegian' with an age and where the person is from): the person named last
        described = pack.words("described_person_heads")
        self.described_person_heads = frozenset(w.casefold() for w in described)
        ages = pack.words("age_modifier_forms")
        if described and dets:
            age = rf"(?:{'|'.join(ages)})" if ages else "(?!)"
            adverbs = alt(pack.words("verb_group_adverbs") + pack.words("subject_particles"))
            head = alt(described)
            self.described_person_subject = re.compile(
                rf"[ \t]*(?:{alt(dets)})[ \t]+(?:(?:{age})(?:[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{head})|[ \t]+[A-Z][a-z]+)?"
                rf"|(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{head})(?:[ \t]+and[ \t]+(?:{head}))?)"
                rf"(?:[ \t]+(?:{adverbs}))*[ \t]*\Z")
        else:
            self.described_person_subject = None
        self.clause_coordinator_words = {w.casefold() for w in pack.words("clause_coordinators")}
        # ('..., with analysts saying ...': the participle's subject after 'with', an absolute clause)
        absolute = [w for w in pack.words("participle_subject_joiners") if w not in pack.words("coordinators")]
        self.absolute_with = re.compile(rf"[ \t]*(?:{alt(absolute)})[ \t]+") if absolute else None
        self.possessive_words = {w.casefold() for w in pack.words("possessive_determiners")}
        # ', but said ...': a second verb of the clause before, after a comma
        joined = pack.words("clause_coordinators")
        # ('... opponent and his campaign called for ...', '... a hoax and the White House claimed ...': a
        # second clause's subject before the verb)
        self.joined_clause_subject = re.compile(
            rf"(?:\A|[ \t])(?:{alt(joined)})[ \t]+(?P<rest>(?:[Hh]is|[Hh]er|[Tt]heir|the[ \t]+[A-Z][\w'’.-]*|[A-Z][\w'’.-]*)[^,;:\"“”]*?)[ \t]*\Z") \
            if joined else None
        self.past_form = re.compile(r"(?<![\w-])[a-z]{2,}ed(?![\w-])")
        self.coordinated_tail = re.compile(rf",[ \t]+(?:{alt(joined)})[ \t]+\Z") if joined else None
        self.firm_nouns = {w.casefold() for w in pack.words("firm_nouns")}
        self.name_list_joiners = {w.casefold() for w in pack.words("name_list_joiners")}
        self.trailing_documents = frozenset(w.casefold() for w in pack.words("trailing_documents"))
        # 'Anti-virus firm Acme said ...', 'In a monthly report security firm Acme said ...': a firm
        # named after what it is (one to three words, then a descriptor noun) as the whole subject
        kinds = pack.words("firm_descriptor_nouns") + pack.words("subject_firm_descriptors")
        leads = pack.words("firm_subject_leads")
        self.described_firm_subject = re.compile(
            rf"[ \t]*(?:(?:{alt(leads)})[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:[a-z]+)[ \t]+)?"
            rf"(?:[A-Za-z][\w-]*[ \t]+){{1,3}}?(?:{alt(kinds)})[ \t]+"
            rf"(?P<name>[{UPPER}][\w.&'’-]*(?:[ \t]+[{UPPER}][\w.&'’-]*){{0,2}})"
            rf"(?:[ \t]+(?:{alt(pack.words('auxiliary_words') or ['has', 'have', 'had'])}))?[ \t]*") if kinds and leads else None
        # a report that announces the same speaker's quote after it goes only when it has this many
        # content words or more (paraphrase_min_words; 0: any)
        self.paraphrase_min_words = int(pack.get("paraphrase_min_words") or 0)
        # and, where paraphrase_first_person lists words, only when the quote's opening sentence holds
        # one of them (the speaker telling the reported act in the first person)
        self.paraphrase_first_person = frozenset(w.casefold() for w in pack.words("paraphrase_first_person"))
        self.relative_words = frozenset(w.casefold() for w in pack.words("relative_pronouns") + ["that"])
        # ('the Acme Internet and American Life Project', 'the Commission for Europe and the Federation of
        # Robotics': links inside one body's name)
        links = pack.words("research_source_name_links")
        self.name_links = re.compile(rf"[ \t](?:{alt(links)})[ \t]") if links else re.compile(r"(?!)")
        # '..., says a report.', '..., a new survey suggests.': a document of no named issuer after
        # the indefinite article is its own speaker
        unowned, adjs = pack.words("unowned_trailing_documents"), pack.words("group_adjectives")
        topics = pack.words("unowned_document_topic_links")
        # (what it is of or into, up to the sentence's end, a source link or a name after the link
        # aside, a comma only inside a number: '..., suggests a report into search habits.', '...,
        # says a survey of 2,000 drivers.')
        topic = rf"(?:[ \t]+(?:{alt(topics)})[ \t]+(?!(?:the[ \t]+)?[A-Z])(?:(?!\b(?:{alt(source_links)})\b)(?:[^,;:\"“”]|(?<=\d),(?=\d))){{1,60}})?" \
            if topics and source_links else ""
        self.unowned_document = re.compile(
            rf"(?:an?|An?|one|One)[ \t]+(?:(?:new|latest|{alt(adjs) if adjs else '(?!)'})[ \t]+)?"
            rf"(?P<noun>{alt(unowned)}){topic}\Z") if unowned else None
        dets_ = pack.words("document_determiners")
        self.document_determiner_at = re.compile(rf"(?<![\w-])(?:{alt(dets_)})[ \t]") if dets_ else None
        # 'It said ...', 'The party says ...' with no such body named before: the body the sentence
        # before opens with (_opening_body)
        self.body_pronouns = {w.casefold() for w in pack.words("body_pronouns")}
        # (research may be 'it': research_body_it; indirect.py)
        self.research_body_it = bool(pack.get("research_body_it"))
        self.opening_body_nouns = {w.casefold() for w in pack.words("opening_body_nouns")}
        # a sentence's opening words: a determiner maybe, a head word, the word after it ('The firm said')
        definite_words = pack.words("definite_articles")
        self.body_anaphor_opening = re.compile(
            rf"\s*(?P<det>(?:{alt(definite_words)})[ \t]+)?(?P<head>[A-Za-z]+)[ \t]+(?P<verb>[a-z]+)") \
            if definite_words else None
        self.spokesperson_heads = {w.casefold() for w in pack.words("spokesperson_heads")}
        # ('His spokesman said ...': the possessive's subject pronoun speaks, pack
        # spokesperson_possessive_pronouns; after an opening coordinator and before the verb group's adverbs)
        voiced_ = pack.get("spokesperson_possessive_pronouns") or {}
        self.spokesperson_possessive_pronouns = {k.casefold(): v.casefold() for k, v in voiced_.items()}
        # (the two readings below share the subject's frame: an opening coordinator, then the spokesperson's
        # head and the verb group's adverbs up to the verb)
        spokes_frame = bool(pack.words("spokesperson_heads") and pack.words("coordinators")
                            and pack.words("verb_group_adverbs"))
        spokes_lead = rf"\s*(?:(?i:{alt(pack.words('coordinators'))})\s+)?"
        spokes_head = (rf"(?i:{alt(pack.words('spokesperson_heads'))})"
                       rf"(?:\s+(?i:{alt(pack.words('verb_group_adverbs'))}))*\s*")
        self.possessed_spokesperson_subject = re.compile(
            spokes_lead
            + rf"(?:(?P<poss>(?i:{alt(list(voiced_))}))|(?P<det>(?i:{alt(pack.words('spokesperson_definite_articles') or ['(?!)'])})))\s+"
            + spokes_head) if voiced_ and spokes_frame else None
        # ('The prime minister's official spokesman said ...': the possessive's owner, read as the subject)
        owner_mods = pack.words("spokesperson_owner_modifiers")
        self.owned_spokesperson_subject = re.compile(
            spokes_lead
            + rf"(?P<owner>(?i:{alt(pack.words('spokesperson_definite_articles'))})[ \t]+[A-Za-z][\w .-]{{0,40}}?)['’]s\s+"
            + rf"(?:(?i:{alt(owner_mods)})\s+)?" + spokes_head) \
            if owner_mods and pack.words("spokesperson_definite_articles") and spokes_frame else None
        self.state_press_words = {w.casefold() for w in pack.words("state_press_words")}
        self.not_firms = {w.casefold() for w in pack.words("not_firms")}
        self.non_firm_name_tails = frozenset(pack.words("non_firm_name_tails") + pack.words("event_name_tails"))
        self.any_body_firm_nouns = frozenset(w.casefold() for w in pack.words("any_body_firm_nouns"))
        # 'the new Wolves manager', 'Rovers striker Sam Ode': a body named only before a role its staff
        # hold, by the noun a definite description uses for it ('The club have confirmed ...')
        self.attributive_body_roles = {
            str(noun).casefold(): re.compile(
                rf"(?<![\w'’-])(?P<name>[{UPPER}][\w'’.&-]*(?:[ \t]+[{UPPER}][\w'’.&-]*){{0,2}})[ \t]+"
                rf"(?:{alt([str(h) for h in heads])})(?![\w'’-])")
            for noun, heads in (pack.get("attributive_body_roles") or {}).items() if heads}
        # 'jet fuel supplier China Aviation Oil', 'Cairn Energy, a UK oil firm,', 'Shares in Cairn
        # Energy': a firm introduced by what it is (the name in group 'a', 'b' or 'c')
        descr, share_leads = pack.words("firm_descriptor_nouns"), pack.words("firm_share_leads")
        self.firm_descriptor_nouns = frozenset(w.casefold() for w in descr)
        # kind nouns that introduce a body by its name in the sentence before 'Lembaga ini mengatakan ...'
        # ('lembaga pemerhati kesehatan ..., salah satunya adalah Ash Scotland'): see _body_named_last
        self.body_kind_nouns = frozenset(w.casefold() for w in pack.words("body_kind_nouns"))
        self.body_name_introducers = frozenset(w.casefold() for w in pack.words("body_name_introducers"))
        # titles the press uses alone for the one it puts them before ('Habib' for 'Habib Rizieq'), here
        # written alone, before no capitalised name: see quotes._title_stands_for
        standing = pack.words("titles_standing_for_name")
        self.titles_standing_for_name = standing
        self.title_alone = re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, standing))})(?![\w-])(?![ \t]+[{UPPER}])") \
            if standing else None
        links = pack.words("object_prepositions") or ["(?!)"]  # ('X, a director of the firm': a person)
        word = rf"[{UPPER}](?:[\w&'’-]|\.(?=\w))*"
        fname = rf"{word}(?:[ \t]+(?:&[ \t]+)?{word}){{0,3}}"
        self.described_firm = re.compile(
            rf"(?<![\w'’.-])(?:{alt(descr)})[ \t]+(?P<a>{fname})"
            rf"|(?<![\w'’.-])(?P<b>{fname}),[ \t]+(?:an?|the|[{UPPER}][\w'’.-]*['’]s)[ \t]+(?:(?!(?:{alt(links)})[ \t])[\w'’-]+[ \t]+){{0,5}}?(?:{alt(descr)})(?=[ \t]*[,.;)])"
            + (rf"|(?<![\w'’.-])(?:{alt(share_leads)})[ \t]+(?P<c>{fname})" if share_leads else "")) \
            if descr else None
        # ('in Frankfurt', 'across Africa': a word after these is a place, not a firm)
        # ('in Frankfurt', 'the Lords': a capitalised word after these is a place or a house, no firm)
        before_place = pack.words("place_prepositions") + [w for w in pack.words("definite_articles") if w.islower()]
        self.after_place = re.compile(rf"\b(?:{alt(before_place)})[ \t]+\Z") if before_place else None
        # ('the Microsoft search engine': a name between the article and a noun it qualifies)
        articles = pack.words("definite_articles")
        self.after_article = re.compile(rf"\b(?:{alt(articles)})[ \t]+\Z") if articles else None
        # ('The letter, from the Home Office, says': words that tie the subject to its source or
        # go on with it, not an aside)
        self.source_links = frozenset(w.casefold() for w in pack.words("subject_source_links"))
        seats = pack.words("seat_prepositions")
        self.seat_place = re.compile(rf"(?<![\w-])(?:{alt(seats)})[ \t]+[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*)*[ \t]*\Z") \
            if seats else None
        # ('Dubes RI di Kairo Helmy Fauzi mengatakan': an office, where it sits and the holder's name,
        # no comma; the capitalised words after the seat preposition hold the place and the name)
        self.seat_then_names = re.compile(rf"[ \t]+(?:{alt(seats)})[ \t]+[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*)+[ \t]*") \
            if seats else None
        # 'the mayor of Esperanza': an office and the place it serves, closing a comma segment
        offices = pack.words("office_place_prepositions")
        self.office_place = re.compile(rf"[ \t]*[a-z][^,;:\"“”]*?[ \t](?:{alt(offices)})[ \t]+[{UPPER}][\w'’.-]*"
                                       rf"(?:[ \t]+[{UPPER}][\w'’.-]*)*[ \t]*\Z") if offices else None
        self.object_pronouns = {w.casefold() for w in pack.words("object_pronouns")}
        # whether 'he said that ...' before anyone has spoken is the person named last with an
        # office (English news names its subject first; Indonesian 'ia' is too often someone else)
        self.pronoun_to_named = bool(pack.get("pronoun_report_to_named_person"))
        # a named addressee after 'told' ('the Guardian newspaper', 'BBC Radio 4', 'reporters')
        media = pack.words("addressee_nouns")
        self.named_addressee = re.compile(
            rf"[ \t]*(?:(?:the|The)[ \t]+)?(?:(?:[{UPPER}][\w'’.&-]*|\d+(?:['’]s)?)[ \t]+){{1,5}}(?:(?:{alt(media)})[ \t]+)?"
            rf"|[ \t]*(?:{alt(media)})[ \t]+") if media else None
        # 'Pihak bandara O'Hare mengatakan', 'Pihak keluarga mengaku': 'pihak', one to three lower-case
        # words (not side_subject_stops, nor a verb-group word), then maybe a name, or a name alone ('pihak RSUD
        # Subang menyatakan', 'Pihak Twitter mengatakan'); the particles of the verb after
        heads = pack.words("side_subject_heads")
        stops = pack.words("side_subject_stops") + pack.words("subject_particles") + pack.words("auxiliaries")
        lower = rf"(?!(?:{alt(stops)})\b)[a-z][a-z-]+" if stops else r"[a-z][a-z-]+"
        self.side_subject = re.compile(
            rf"(?P<who>(?i:{alt(heads)})(?:[ \t]+{lower}(?:[ \t]+{lower}){{0,2}}(?:[ \t]+[{UPPER}][\w'’.&-]*){{0,4}}"
            rf"|(?:[ \t]+[{UPPER}][\w'’.&-]*){{1,4}}))"
            rf"(?:[ \t]+(?i:{alt(pack.words('subject_particles') + pack.words('auxiliaries'))}))*") \
            if heads and pack.words("subject_particles") else None
        # a subject that is the firm the article named last ('Pihak perusahaan mengatakan')
        firm_subjects = pack.words("firm_subjects")
        self.firm_subject = re.compile(rf"(?:(?:{alt(pack.words('sentence_openers'))})[ \t,]+)?(?i:{alt(firm_subjects)})") \
            if firm_subjects else None
        self.complementisers = {w.casefold() for w in pack.words("indirect_complementisers")}
        self.comparison_asides = {w.casefold() for w in pack.words("comparison_asides")}
        hedges = pack.words("identity_hedges")
        self.identity_hedge = re.compile(
            rf"\s*(?:{alt(hedges)})[ \t]+(?P<name>[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,3}})\s*") \
            if hedges else None
        self.finite_words = {w.casefold() for w in pack.words("indirect_finite_words")}
        self.apposition_stops = frozenset(w.casefold() for w in pack.words("bare_apposition_stops"))
        # 'La Riva, Hawkins, Blankenship, and Carroll all agreed ...': names joined by commas and a
        # coordinator, then perhaps a quantifier, alone before a verb
        name = rf"[{UPPER}][\w'’-]+(?:[ \t]+(?:[{UPPER}][\w'’-]+))?"
        joint_words = pack.words("joint_quantifiers")
        self.joint_quantifier_set = frozenset(w.casefold() for w in joint_words)
        # 'Both officers indicated ...': a pair of people the article named before (pair_person_nouns)
        # 'Baik Siti Aisyah dan Doan mengaku ...': the word opening a 'both ... and ...' subject
        both = pack.words("correlative_openers")
        self.correlative_opener = re.compile(rf"(?:{alt(both)})[ \t]+(?=[{UPPER}])") if both else None
        pair_nouns = pack.words("pair_person_nouns")
        pair_dets = "|".join(r"[ \t]+".join(map(re.escape, w.split()))
                             for w in sorted(pack.words("pair_determiners"), key=len, reverse=True))
        self.pair_subject = re.compile(
            rf"[ \t]*(?i:{pair_dets})[ \t]+(?P<noun>{alt(pair_nouns)})"
            rf"(?:[ \t]+(?:{alt(pack.words('subject_particles') + joint_words)}))*[ \t]*") \
            if pair_nouns and pair_dets else None
        # 'The parties said ...', 'The two companies estimate that ...': the same for a pair of bodies
        body_pair_nouns = pack.words("pair_body_nouns")
        self.body_pair_subject = re.compile(
            rf"[ \t]*(?i:{pair_dets})[ \t]+(?P<noun>{alt(body_pair_nouns)})"
            rf"(?:[ \t]+(?:{alt(pack.words('subject_particles') + joint_words)}))*[ \t]*") \
            if body_pair_nouns and pair_dets else None
        # ('ScanSoft and Gracenote are developing ...': the two bodies such a noun means, named before it by
        # capitalised runs of up to four words joined by body_pair_joiners, as the subject of a verb)
        word = r"[A-Z][\w'’]*(?:[.-][A-Z][\w'’]*)*"
        named = rf"{word}(?:[ \t]+(?:&[ \t]+)?{word}){{0,3}}"
        joiners, articles = pack.words("body_pair_joiners"), pack.words("body_pair_articles")
        verbs, endings = pack.words("body_pair_verb_words"), pack.words("body_pair_verb_endings")
        self.named_body_pair = re.compile(
            rf"(?<![\w'’&.-])(?P<a>{named})[ \t]+(?:{alt(joiners)})[ \t]+"
            + (rf"(?:(?:{alt(articles)})[ \t]+)?" if articles else "")
            + rf"(?:(?:[a-z][\w-]*|[A-Z][\w]*-[a-z][\w-]*|[A-Z][a-z]+(?=[ \t]+[a-z]))[ \t]+){{0,3}}(?P<b>{named})"
            r"(?![\w'’&-])"
            rf"(?=[ \t]+(?:(?:{alt(verbs)})(?![\w'’-])|[a-z]{{2,}}(?:{alt(endings)})(?![\w'’-])))") \
            if body_pair_nouns and joiners and verbs and endings else None
        self.body_pair_sentence_articles = frozenset(pack.words("body_pair_sentence_articles"))
        people_joiners = pack.words("people_list_joiners")
        self.listed_people = re.compile(
            rf"[ \t]*(?P<names>{name}(?:[ \t]*,[ \t]*{name})*,?[ \t]+(?:{alt(people_joiners)})[ \t]+{name})"
            rf"(?:[ \t]+(?:{alt(joint_words)}))?[ \t]*") if joint_words and people_joiners else None
        # ('Antoine Quirin and Nicolas Redouane': two people named together, for pair_subject)
        self.pair_join = re.compile(
            rf"[^.;:!?\"“”\n]{{0,60}}?[ \t](?:{alt(people_joiners)})[ \t][^.;:!?\"“”\n]{{0,40}}") if people_joiners else None
        # (the names of a listed_people match, one by one)
        self.listed_name_split = re.compile(rf",|\b(?:{alt(people_joiners)})\b") if people_joiners else None
        self.duration_words = frozenset(w.casefold() for w in pack.words("duration_words"))
        self.comma_participles = frozenset(w.casefold() for w in pack.words("comma_participles"))
        self.infinitive_set = frozenset(w.casefold() for w in pack.words("infinitive_markers"))
        self.group_names = {w.casefold() for w in pack.words("group_speakers")}
        # (a person, a people or a newcomer: a plural pronoun after one means them, not a body named beside;
        # antecedents._sole_body_just_before)
        self.people_words = frozenset(self.person_nouns | self.group_names
                                      | {w.casefold() for w in pack.words("newcomer_descriptors")})
        self.unreferred_groups = frozenset(w.casefold() for w in pack.words("unreferred_groups"))
        self.cue_participle_words = {w.casefold() for w in pack.words("cue_participles")}
        self.subordinate_openers = {w.casefold() for w in pack.words("subordinators")
                                    + pack.words("participle_clause_openers")}
        # words after an interrupting cue that open a clause or a comment of their own
        self.non_continuations = self.complementisers | {
            w.casefold() for w in pack.words("pronouns") + pack.words("determiners") + pack.words("cue_participles")}
        # (the pack's lower-case lists, as the grammar keeps them)
        self.anaphor_words = grammar.anaphor_markers
        self.stopword_words = grammar.stopwords
        # word lists asked about in every sentence: made into sets once
        self.opening_report_verbs = frozenset(pack.words("indirect_request_verbs") + pack.words("second_verbs"))
        self.pronoun_subject_words = frozenset(pack.words("pronoun_subjects"))
        # 'Novanto ditahan setelah Tim Dokter RSCM dan IDI menyatakan ...': a clause of time or cause with a
        # subject of its own inside the sentence (subject_clause_subordinators)
        subject_subordinators = pack.words("subject_clause_subordinators")
        self.relative_pronoun_words = frozenset(w.casefold() for w in pack.words("relative_pronouns"))
        self.subject_clause_subordinator = re.compile(
            rf"(?<=[ \t])(?:{alt(subject_subordinators)})[ \t]+") if subject_subordinators else None
        # 'membantah pasukannya menerobos perbatasan': a possessed noun as the clause's subject
        suffixes = pack.words("possessive_subject_suffixes")
        self.possessive_subject = re.compile(rf"[a-z]{{3,}}(?:{alt(suffixes)})") if suffixes else None
        # 'Taliban membantah terlibat dalam serangan itu': a denial of an act, with no subject
        self.denial_verbs = frozenset(w.casefold() for w in pack.words("denial_verbs"))
        denied = pack.words("denied_act_prefixes")
        self.denied_act = re.compile(rf"(?:{alt(denied)})[a-z]{{3,}}") if denied else None
        # 'Suriah mengklaim berhasil meruntuhkan ...', 'mengakui menerima uang ...': a claim or an admission
        # of the speaker's own act, with no subject (claimed_act_verbs)
        self.claimed_act_verbs = frozenset(w.casefold() for w in pack.words("claimed_act_verbs"))
        # ('Panwaslu juga diminta berperan aktif melaporkan ...': a report verb asked of the subject)
        self.requested_act_passives = frozenset(w.casefold() for w in pack.words("requested_act_passives"))
        acting = pack.words("requested_act_verb_prefixes")
        self.requested_act_verb = re.compile(rf"(?:{alt(acting)})[a-z]{{3,}}") if acting else None
        # ('E mengakui hanya sebagai jasa angkutan saja': the role claimed for oneself, after claimed_act_verbs)
        self.claimed_role_words = frozenset(w.casefold() for w in pack.words("claimed_role_words"))
        # whether a report verb's object too short to report leaves the second verb's report standing
        # ('Google menyangkal tuduhan dan mengatakan iklan itu ...'), as a request verb's does
        self.second_report_after_short = bool(pack.get("second_report_after_short"))
        # 'Transportasi helikopter juga disebutnya memenuhi celah pasar ...': a passive speech verb whose
        # agent is its pronoun suffix, inside the clause (passive_pronoun_clause_cues)
        pronoun_cues = pack.words("passive_pronoun_clause_cues")
        self.passive_pronoun_cue = re.compile(
            rf"(?<![\w-])(?:{alt(pronoun_cues)})(?=[ \t]+[a-z])") if pronoun_cues else None
        # 'menyebut keterangan dalam BAP di KPK dibuat atas tekanan', 'menyebut penjualan ... dan pemesanan
        # ... meningkat': prepositions that may stand inside a complement's subject (complement_subject_prepositions)
        self.complement_subject_prepositions = frozenset(
            w.casefold() for w in pack.words("complement_subject_prepositions"))
        self.complement_subject_phrase_stops = frozenset(
            w.casefold() for w in pack.words("complement_subject_phrase_stops"))
        # 'keinginan melihat ...': a noun whose complement is a verb phrase (verbal_complement_nouns)
        self.verbal_complement_nouns = frozenset(w.casefold() for w in pack.words("verbal_complement_nouns"))
        self.joiner_words = self.coordinators | {w.casefold() for w in pack.words("clause_joiners")}
        self.possessed_institutions = set(pack.words("possessed_institutions"))
        self.country_prefixes = {w.casefold() for w in pack.words("country_prefixes")}
        self.kepada = re.compile(r"\s*(?:kepada|to)\s+[^,.;\"“”]{1,80}?\s+(?P<comp>" + comps + r")\b\s*") if comps else None
        # ('mengatakan kepada wartawan bahwa ...', 'said to reporters that ...': the addressee of a
        # statement is not reported; that of a request is ('meminta kepada Armenia agar ...'))
        self.declarative_comps = {w.casefold() for w in pack.words("object_gap_complementisers")}
        # 'reported to the police he "left home ..."': who was told, with no complementiser after it
        to_words = pack.words("statement_addressee_prepositions")
        self.to_addressee = re.compile(
            rf"[ \t]*(?:{alt(to_words)})[ \t]+(?:(?:{alt(pack.words('definite_articles'))})[ \t]+[a-z]+"
            rf"|(?:{alt(pack.words('addressee_nouns'))})"
            rf"|[{UPPER}][\w.'’&-]*(?:[ \t]+[{UPPER}][\w.'’&-]*){{0,3}})[ \t]+") \
            if to_words and pack.words("addressee_nouns") else None
