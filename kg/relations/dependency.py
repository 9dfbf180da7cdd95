"""Dependency frames: relations read off a spaCy dependency parse (English).

For each token whose lemma is a lexicon trigger, the lexicon's slots are filled from the
parse (``kg.relations.lexicon`` lists the slots):

- verbs, active and passive ("NATO was criticized by Orbán"); subjects inherited through
  control and raising ("is trying to persuade", "sought to shape"), object control
  ("accused Moscow of shelling" → Moscow shells), coordination and participles;
- nouns with a possessor ("Russia's coalition with Iran"), an actor modifier ("a Russian
  missile strike"), or the subject of the light verb that governs them ("imposed
  sanctions on", "held talks with", "Sanctions … were tightened by");
- role nouns in appositions, copulas and titles ("X, a member of Y", "France and
  Spain are partners", "NATO Secretary General Mark Rutte");
- symmetric relations among coordinated subjects ("Armenia and Azerbaijan will hold talks").

Arguments are distributed over coordination ("coalition with Iran, North Korea and
China" → three relations). Qualifiers come from the words around the trigger's clause,
all listed as cues in the lexicon: negation ("did not", "never", "failed to"),
rejection ("refused to"), modality ("could", "will", "plans to"), conditions ("if",
"only in exchange for", "on condition that") and attribution (the speaker of a speech
verb the relation is reported under, else "according to X").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from spacy.tokens import Span, Token

from kg.model import STATE_SECTORS, Actor, Mention
from kg.relations.conditions import CONDITION_FRAMES, Act, ConditionClause, Markers, circumstance, condition_clauses, conditional, ends, offers_money, offers_more, parties, opening, clause_actors, withheld_width, given_on_terms
from kg.relations.conditions import BOUNDARY, HARMS as HELD_OUT, conditional as conditional_reading
from kg.relations.lexicon import Lexicon, Trigger
from kg.relations.frames import RELIEVED, Candidate, Discourse, Opinions, Qualifiers, act_kind, deed, listed_sides, recall_act, reciprocal
from kg.relations.mentions import BETWEEN, MentionIndex, misread_conjunct, office_body, referring
from kg.relations.polarity import CRITICAL, polarity
from kg.vocab import vocabulary

# Edges by which a clause hangs off a speech verb without being what was said:
# "Kyiv said, denouncing the move" reports nothing; "Kyiv said Russia attacked" does.
CIRCUMSTANCE_MARKER = "as"  # "…, as mediators pressed both sides": see _circumstance
NOT_CONTENT = frozenset({"advcl", "conj", "nsubj", "nsubjpass", "csubj", "agent", "punct", "cc", "relcl", "acl", "appos"})
FRAME_POS = {"verb": ("VERB",), "noun": ("NOUN", "PROPN"), "adj": ("ADJ", "VERB")}
# what a reaction judges is often the last sentence's act, named by a noun of its own ("the ultimatum")
REACTIONS = frozenset({"criticizes", "rejects"})
SEARCH_DEPTH = 4
PRESS_TALKS = frozenset({"consults", "negotiatesWith"})  # what reporters and news outlets are never party to
# what a trigger about an agreement states instead (annotation guide): talks on a ceasefire bargain
# over it (consults vs negotiatesWith), accepting a truce agrees to it while accepting a demand concedes
ABOUT_AGREEMENT = {"consults": "negotiatesWith", "concedes": "agreesWith"}
FINITE = ("VBD", "VBZ", "VBP")
# asking nouns, and what answering one says of who was asked ("turned down Togo's request", "accepted the demand")
ASKING = frozenset({"requests", "demands"})
# an event noun whose doer a "from" phrase may name ("aid from the UAE", "criticism from Berlin"); not a hostile
# act, where "from" is where it came from ("an attack from Lebanon"), nor a withdrawal or an import
FROM_AGENT = frozenset({"aids", "supports", "praises", "criticizes", "influences", "threatens", "requests"})
HARMS = frozenset({"attacks", "coerces", "sanctions"})  # what a warner may threaten to do
# what a person named with a body of each type is to it: a party's or group's member, an organisation's staff
BODY_FACTS = {"Group": "memberOf", "Organization": "affiliatedWith", "ThinkTank": "affiliatedWith", "Media": "affiliatedWith",
              "IntergovernmentalOrganization": "affiliatedWith"}
WARNED_MODALS = frozenset({"would", "could", "will", "might", "may", "'ll", "'d"})
CONTACTS = frozenset({"consults", "protests", "negotiatesWith"})  # a request made in such a contact asks the one contacted
ANSWERS = frozenset({"rejects", "concedes", "agreesWith"})
TERMS_SET = "^terms"  # the key of ``Discourse.authors`` for who set the latest condition


# deeds a denial says did not happen ("denied any such transfer", "denied the strike"), unlike claims, which it refuses
DENIED_DEEDS = frozenset({"aids", "attacks", "coerces", "cooperatesWith", "mobilizes", "sanctions"})

class DependencyEngine:
    """Frames and qualifiers over a dependency parse; one instance per language lexicon."""

    def __init__(self, lexicon: Lexicon, opinions: Opinions = Opinions()) -> None:
        self.lexicon = lexicon
        self.opinions = opinions
        # what ``match`` and ``agent`` read in the sentence being read (``relations`` starts them anew)
        self._matched: dict[int, Trigger | None] = {}
        self._agents_read: tuple[MentionIndex | None, list[Mention] | None, dict[tuple[int, int], tuple[list[Mention], str]]] = (None, None, {})
        self.markers = Markers.of(lexicon)
        self.mutual = frozenset(name for name, r in vocabulary().items() if r.symmetric)
        cue = lexicon.cue
        self.light = cue("@light")
        self.copula = cue("@copula")
        self.speech = cue("@attribution") | cue("@denial")
        self.sources = lexicon.phrases("@source")
        self.exchanges = lexicon.phrases("@exchange")
        self.conditions = cue("@condition")
        # verbs whose qualifiers reach the noun they govern: "did not hold talks", "ceased its support"
        self.governing = self.light | self.copula | cue("@failure") | cue("@rejection") | cue("@irrealis")
        # verbs of an offer ("offered Kyiv a ceasefire"): the agreement offered to someone is a concession
        self.offering = cue("@offer")
        # the triggers of acts read off adjuncts rather than a lexicon row
        name = lexicon.path.name
        self.alongside = Trigger("alongside", "verb", "cooperatesWith", ("agent",), ("prep:alongside",), f"{name}:@alongside")
        self.talks = Trigger("talks", "noun", "negotiatesWith", ("agent",), ("prep:with",), f"{name}:@talks")
        self.joint = Trigger("joint", "noun", "cooperatesWith", ("agent",), ("reciprocal",), f"{name}:@joint")
        self.under = Trigger("under", "verb", "cooperatesWith", ("agent",), ("prep:under",), f"{name}:@adjunct")

    # --- triggers ------------------------------------------------------------------------
    def match(self, token: Token) -> Trigger | None:
        # asked for the same token by the frames, the acts remembered and the agents: read once per sentence
        matched = self._matched
        if token.i not in matched:
            matched[token.i] = self._match(token)
        return matched[token.i]

    def _match(self, token: Token) -> Trigger | None:
        entries = self.lexicon.triggers.get(token.lemma_.lower()) or self.lexicon.triggers.get(token.lower_)
        gerund = not entries and _gerund(token)
        if gerund:  # "thanked Qatar for mediating between …", "has been bargaining with …", tagged as nouns
            entries = next((e for stem in _stems(token.lower_) if (e := [t for t in self.lexicon.triggers.get(stem, ()) if t.frame == "verb"])), None)
        # "after fighting between Tajik and Kyrgyz troops": a gerund whose parties follow "between" is the event its noun
        # names, though tagged a verb (read as a verb, its agent would be whoever the main clause is about)
        event = token.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ in BETWEEN for c in token.children)
        nouns = [t for t in self.lexicon.triggers.get(token.lower_, ()) if t.frame == "noun"] if event else []
        entries = nouns or entries
        if not entries:
            return None
        for entry in entries:
            if token.pos_ not in FRAME_POS[entry.frame] and not (entry.frame == "verb" and (token.tag_.startswith("VB") or gerund)) and not nouns:
                continue
            if entry.unless and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == entry.unless:
                continue
            # "held military drills around Taiwan": the parser may hang the noun's word on its light verb
            lent = entry.frame == "noun" and token.dep_ == "dobj" and token.head.lemma_ in self.light
            if all(_attached(token, word) or (lent and _attached(token.head, word)) for word in entry.requires):
                # a mediator consults each side whatever the deal is about (the sides bargain: annotation guide)
                if entry.relation in ABOUT_AGREEMENT and entry.lemma not in self.lexicon.cue("@mediation") \
                        and self._about_agreement(token, topics=entry.relation == "consults"):
                    return replace(entry, relation=ABOUT_AGREEMENT[entry.relation])
                if entry.relation == "agreesWith" and entry.frame == "verb" and self._to_a_demand(token):
                    return replace(entry, relation="concedes")
                return entry
        return None

    def _to_a_demand(self, verb: Token) -> bool:
        """The verb agrees to what another asked: "Israel agreed to Hamas's demand to withdraw" yields
        to Hamas (annotation guide: accepting a demand concedes) and signs nothing with it."""
        asked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        return any(e.frame == "noun" and e.relation in ASKING for g in asked for e in self.lexicon.triggers.get(g.lemma_.lower(), ()))

    def _about_agreement(self, token: Token, topics: bool) -> bool:
        """The trigger's object is an agreement noun: "will not discuss a new inspection deal",
        "accepted a ceasefire"; with ``topics``, also what talks are about ("talks on a
        ceasefire"), while a meeting or a talk on anything else only consults."""
        objects = [c for c in token.children if c.dep_ == "dobj"]
        # a talk noun's topic may hang from the phrase or the verb it belongs to ("hosted two rounds of talks between Chad and Sudan on a ceasefire")
        holders = {token, *(h for h in governor(token) if h is not None)} if token.pos_ in ("NOUN", "PROPN") else {token}
        if topics:
            objects += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in self.lexicon.cue("@topic") for g in c.children if g.dep_ == "pobj"]
        if topics and token.lemma_.lower() == "talk" and token.tag_ == "NNS" and any(
            t.ent_type_ not in ("DATE", "TIME") and t.lemma_.lower() not in self.lexicon.cue("@sidelines") for t in objects
        ):
            return True  # "talks with Somaliland over access to the sea": talks with a stated subject bargain (annotation guide)
        return any(
            e.frame == "noun" and e.relation == "agreesWith" for t in objects if t.pos_ == "NOUN" for e in self.lexicon.triggers.get(t.lemma_.lower(), ())
        )

    def relations(self, sentence: Span, index: MentionIndex, discourse: Discourse) -> Iterator[tuple[Candidate, str, Qualifiers]]:
        self._agents_read = (index, index.sides, {})  # (the index's other sides may have moved since the last sentence)
        self._matched = {}
        found = list(self.candidates(sentence, index, discourse)) if self.opinions.frames else []
        sides = self._two_sided(found, index)
        earlier = self._sides_before(sentence, index, sides)
        if earlier:
            # "The ELN said it would free its hostages only if Colombia halts the strikes, as mediators urged
            # both sides to talk": the two sides of a relation read earlier in the sentence itself
            kept, index.sides = index.sides, earlier
            found = list(self.candidates(sentence, index, discourse))
            index.sides = kept
            sides = self._two_sided(found, index)
        for candidate in self.opinions.add_model(found, sentence, index, self.lexicon):
            if candidate.relation in PRESS_TALKS and (_press(candidate.subject.actor) or _press(candidate.object.actor)):
                continue  # "Putin spoke at length with reporters in Moscow": talking to the press is no meeting
            yield (candidate, *self.qualify(candidate, sentence, index, discourse.last_agent))
        self._remember(sentence, index, discourse)
        self._record_acts(sentence, found, index, discourse)
        last = self.agent(sentence.root, index)[0]
        discourse.last_agent = next(iter(last), None)
        discourse.last_side = self._side_reported(sentence.root, discourse.last_agent, index)
        discourse.joint["^last"] = tuple(last)
        discourse.asks += [(c.subject, c.object) for c in found if c.relation in ASKING]
        setters = [c.subject for c in found if c.relation == "demands" and c.condition]
        if setters:
            discourse.authors[TERMS_SET] = setters[-1]
        # "sent soldiers at the request of President Kiir … Kenya has not sent troops": the asker of a request read
        requests = [c.subject for c in found if c.relation == "requests" and not self._asks_a_deed(c.trigger)]
        if requests:
            discourse.needy = _as_led(requests[-1], index)
        agreements = [c for c in found if c.relation == "agreesWith"]
        if agreements:  # every signatory of the latest agreement: "Armenia and Azerbaijan signed a treaty"
            signed = [c for c in agreements if c.trigger == agreements[-1].trigger]
            discourse.agreed = tuple({m.actor.iri: m for c in signed for m in (c.subject, c.object)}.values())
        mutual = [c for c in found if c.frame in ("reciprocal", "noun") and c.relation in self.mutual]
        discourse.parties = (mutual[-1].subject, mutual[-1].object) if mutual else ()
        # the same two sides again keep the mentions first read: a leader's reply leaves the two states ("both governments")
        if sides and _sides_of(index.sides, index) != _sides_of([sides[-1].subject, sides[-1].object], index):
            index.sides = [sides[-1].subject, sides[-1].object]

    def _side_reported(self, verb: Token, speaker: Mention | None, index: MentionIndex) -> Mention | None:
        """The state or body a speaker speaks for (by the document's titles or its leaders), when the speaker's
        reported clause has it act: "AU Commission Chairperson Youssouf said the bloc would suspend the army's seat.
        The army dismissed the threat" dismisses the AU's threat, not the chairperson's; else None."""
        if speaker is None or verb.lemma_ not in self.speech:
            return None
        reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        return next((m for c in reported for m in self.agent(c, index)[0] if _speaks_for(speaker.actor, m.actor, index)), None)

    def _asks_a_deed(self, trigger: Token) -> bool:
        """A request that asks the other to do something other than give ("called on Myanmar to take back the
        refugees"): its asker is no one a later delivery goes to, as an appeal for help is ("appealed for air defence")."""
        deeds = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
        return bool(deeds) and not any(e.relation == "aids" for d in deeds for t in d.subtree for e in self.lexicon.triggers.get(t.lemma_.lower(), ()))

    def _two_sided(self, found: list[Candidate], index: MentionIndex) -> list[Candidate]:
        """The candidates that relate two sides: no fact, and not an actor and its own side."""
        return [c for c in found if vocabulary()[c.relation].group != "fact" and not _one_side(c.subject.actor, c.object.actor, index)]

    def _sides_before(self, sentence: Span, index: MentionIndex, sides: list[Candidate]) -> list[Mention]:
        """The two sides of the last two-sided candidate (``sides``) the sentence states before a "both
        sides" it reads as no actor, if any."""
        if not sides:
            return []
        pair, nouns = self.lexicon.cue("@pair"), self.lexicon.cue("@sides")
        word = next((t for t in sentence if t.lemma_ in nouns and any(c.lower_ in pair for c in t.children) and not self._other_pair(t, index)), None)
        related = next((c for c in reversed(sides) if c.trigger.i < word.i), None) if word is not None else None
        return [related.subject, related.object] if related is not None else []

    def _other_pair(self, token: Token, index: MentionIndex) -> list[Mention]:
        """The actors "both sides" stands for, but for the subject of its own verb ("Cuban and
        Norwegian mediators urged both sides": not Cuba and Norway)."""
        verb = token.head if token.dep_ in ("dobj", "dative") else token.head.head if token.dep_ == "pobj" else None
        own = {m.actor.iri for m in self.agent(verb, index)[0]} if verb is not None and verb.pos_ in ("VERB", "AUX") else set()
        return [m for m in index.of(token) if m.actor.iri not in own]

    def _remember(self, sentence: Span, index: MentionIndex, discourse: Discourse) -> None:
        """Who put forward each thing this sentence names: the agent of the verb whose object
        it is ("Peru proposed a border scheme"), or its possessor ("Peru's scheme")."""
        for token in sentence:
            if token.pos_ == "VERB" and token.dep_ not in ("amod", "acl") and (agents := self.agent(token, index)[0]):
                # any act, for a noun derived from its verb later ("classified the party as extremist …
                # denounced the classification")
                discourse.authors["~" + token.lemma_.lower()] = agents[0]
            if token.pos_ == "VERB" and (entry := self.match(token)) is not None:
                # "Israel struck Beirut … condemned the strikes": the act, named again by its noun; or
                # by another noun of its relation ("Venezuela expelled three diplomats … condemned the expulsions")
                agents = self.agent(token, index)[0]  # (read once per sentence: ``agent`` remembers it)
                if agents:
                    discourse.authors[token.lemma_.lower()] = agents[0]
                    discourse.authors["@" + entry.relation] = agents[0]
                    discourse.joint[token.lemma_.lower()] = discourse.joint["@" + entry.relation] = tuple(agents)
                    if entry.relation == "requests" and not self._irrealis(token) and not self._asks_a_deed(token):
                        # "Zelensky appealed to allies for more air defence": his state is the one a delivery then goes to
                        discourse.needy = _as_led(agents[0], index)
                continue
            if token.pos_ != "NOUN" or index.at(token) is not None:
                continue
            owners = [m for c in token.children if c.dep_ == "poss" for m in index.of(c)]
            if not owners and token.dep_ == "dobj" and token.head.pos_ == "VERB" and not self._reacts(token.head):
                owners = self.agent(token.head, index)[0]
            if owners:
                discourse.authors[token.lemma_.lower()] = owners[0]
                discourse.joint[token.lemma_.lower()] = tuple(owners)

    def _reacts(self, verb: Token) -> bool:
        """A verb that judges or refuses its object ("condemned the crackdown", "called the raid an authoritarian act"):
        what it reacts to is not put forward by whoever reacts ("Brazil condemned the crackdown. Chile also condemned
        the crackdown" judges no Brazil)."""
        entry = self.match(verb)
        return (entry is not None and entry.relation in REACTIONS) or verb.lemma_ in self.lexicon.cue("@evaluative")

    def _record_acts(self, sentence: Span, found: list[Candidate], index: MentionIndex, discourse: Discourse) -> None:
        """Each act of the sentence, in order, into the document's history (``Discourse.acts``): a thing put forward
        by a verb of ``@proposal`` ("Noboa proposed lifting the tariff"), a relation done rather than said
        (``deed``), or a past deed of its clause's own verb that names no relation and reports no words
        ("Colombia halted electricity exports")."""
        proposals, words = self.lexicon.cue("@proposal"), self.lexicon.cue("@attribution") | self.lexicon.cue("@evaluative")
        for token in sentence:
            if token.pos_ != "VERB" or token.dep_ in ("amod", "acl", "relcl"):
                continue
            made = [c for c in found if c.trigger.i == token.i]
            doers = [made[0].subject] if made else self.agent(token, index)[0]
            if not doers:
                continue
            lemma = token.lemma_.lower()
            if lemma in proposals:
                discourse.acts.append(("proposal", doers[0]))
            elif any(deed(c.relation) for c in made) or (not made and token.tag_ == "VBD" and token.dep_ in ("ROOT", "conj")
                                                          and lemma not in words and self.match(token) is None):
                discourse.acts.append(("deed", doers[0]))

    def _act_recalled(self, noun: Token, index: MentionIndex, discourse: Discourse, exclude: frozenset[str], reaction: bool) -> Mention | None:
        """Who did the latest act a reaction's noun can name (``Discourse.acts``): "the move", "the decision"
        (``@deed_noun``) the latest deed, "the proposal", "the plan" (``@proposal``) the latest thing put forward;
        never the reacting side's own."""
        kind = act_kind({noun.lemma_.lower()}, self.lexicon)
        if kind is None or (kind == "deed" and not reaction):
            return None
        own = _sides_named(exclude, index)
        return recall_act(discourse, kind, lambda m: m.actor.iri in exclude or _side(m.actor, index) in own)

    def _recalled(self, token: Token, index: MentionIndex, discourse: Discourse, exclude: frozenset[str], reaction: bool = False, judging: bool = False) -> list[Mention]:
        """The author of a thing named again by a definite noun in the trigger's object
        ("Ecuador dismissed the scheme", "described the memo as extortion")."""
        # "rejected any withdrawal" refuses the last act as "rejected the withdrawal" does
        definite = self.lexicon.cue("@definite") | (self.lexicon.cue("@any") if reaction else frozenset())
        nouns = [c for c in token.children if c.dep_ == "dobj"]
        nouns += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for noun in nouns:
            # "dismissed all such appeals": "such" is parsed as an adjective
            if noun.pos_ == "NOUN" and index.at(noun) is None and any(c.dep_ in ("det", "amod") and c.lower_ in definite for c in noun.children):
                # a thing not named before is the last sentence's act ("Ankara warned it would halt
                # exports … Kobakhidze called the ultimatum unfriendly")
                stated = any(c.dep_ == "prep" and c.lower_ in self.lexicon.cue("@agent_marker") for c in noun.children)  # "the crackdown by riot police"
                author = discourse.authors.get(noun.lemma_.lower())
                # "… would release the loan only if Maputo publishes an audit. The government accepted the condition": the
                # terms named again are the latest condition's, set by who demands it (not "would veto any new conditions")
                if author is None and noun.lemma_.lower() in self.lexicon.cue("@condition_noun") | self.lexicon.cue("@precondition") \
                        and any(c.dep_ == "det" and c.lower_ in self.lexicon.cue("@definite") for c in noun.children):
                    author = discourse.authors.get(TERMS_SET)
                if author is None and not reaction and self._agreement(noun) and discourse.agreed:
                    # "… signed a border treaty. Kazakhstan welcomed the agreement": whoever agreed, whatever
                    # the word; not a party's word on its own agreement
                    if any(m.actor.iri in exclude for m in discourse.agreed):
                        return []
                    return list(discourse.agreed)
                # a derived act of the reacting side's own is rather one asked of it ("if Israel withdraws …
                # Netanyahu rejected any withdrawal")
                derived = self._act_derived(noun, discourse, judging)
                if derived is not None:
                    derived = None if _side(derived.actor, index) in _sides_named(exclude, index) else derived
                # "the court barred Morales … Maduro condemned the ruling": a judgement is the latest court's
                judged = None
                if not stated and noun.lemma_.lower() in self.lexicon.cue("@judgment"):
                    judged = next((m for m in reversed(list(discourse.authors.values())) if _judicial(m.actor, self.lexicon.cue("@court"))), None)
                recalled = None if stated or not judging else self._act_recalled(noun, index, discourse, exclude, reaction)
                author = judged or author or derived or self._act_named(noun, discourse) or recalled or (((None if self._words(noun) else discourse.last_side) or discourse.last_agent) if reaction and not stated else None)
                if author is not None and author.actor.iri not in exclude:
                    doers = self._joint_doers(noun, author, discourse, exclude)
                    led = [_as_led(m, index) for m in doers]
                    if self._agreement(noun) and len(doers) > 1 and all(m.actor.type == "Person" for m in doers) and all(m.actor.type != "Person" for m in led):
                        # "The two presidents signed a water accord … The AU welcomed the accord": the states they lead
                        return [m for m in led if m.actor.iri not in exclude]
                    return doers
        return []

    def _words(self, noun: Token) -> bool:
        """A noun for what a speaker said, a verb of saying or derived from one ("the remarks", "the statement"):
        the speaker's own, not the act of the body the speaker reported."""
        lemma = noun.lemma_.lower()
        return lemma in self.speech or any(stem in self.speech for stem in self.lexicon.verb_stems(lemma))

    def _joint_doers(self, noun: Token, author: Mention, discourse: Discourse, exclude: frozenset[str]) -> list[Mention]:
        """Everyone who did the act a definite noun names again, when they did it together: "the Philippines,
        Japan and the United States held joint naval exercises … Beijing condemned the drills" judges all three."""
        entry = self.match(noun)
        keys = [noun.lemma_.lower()] + (["@" + entry.relation] if entry is not None and entry.frame == "noun" else []) + ["^last"]
        doers = next((discourse.joint[k] for k in keys if discourse.joint.get(k) and discourse.joint[k][0] is author), (author,))
        return [m for m in doers if m.actor.iri not in exclude]

    def _act_derived(self, noun: Token, discourse: Discourse, judging: bool = False) -> Mention | None:
        """Who did the latest act of the verb a definite noun is derived from ("classified … the
        classification", "expelled … the expulsion", "deployed … the deployment"); for a noun a verb
        ``judging`` it takes, of the verb of its own form too ("the Senate voted … dismissed the vote")."""
        if referring(self.lexicon, noun.lemma_):
            return None
        lemma = noun.lemma_.lower()
        # only for a verb that judges, as ``_act_recalled``: a noun taken up or turned down ("had not accepted the
        # offer") is left to the frames of acceptance
        stems = (lemma, *self.lexicon.verb_stems(lemma)) if judging else self.lexicon.verb_stems(lemma)
        return next((discourse.authors[key] for stem in stems if (key := "~" + stem) in discourse.authors), None)

    def _act_named(self, noun: Token, discourse: Discourse) -> Mention | None:
        """Who did the latest act of the relation a definite noun names, reported by a verb of
        another word ("police detained two editors … condemned the arrests")."""
        entry = self.match(noun)
        if entry is None or entry.frame != "noun" or vocabulary()[entry.relation].group == "fact" or referring(self.lexicon, noun.lemma_):
            return None  # "remains loyal to the alliance": a noun that names an actor is no act
        return discourse.authors.get("@" + entry.relation)

    def _agreement(self, noun: Token) -> bool:
        """A noun that names an agreement ("the deal", "the accord", "the treaty")."""
        return any(t.frame == "noun" and t.relation == "agreesWith" for t in self.lexicon.triggers.get(noun.lemma_.lower(), ()))

    def _summed_up(self, verb: Token, entry: Trigger, index: MentionIndex, subjects: list[Mention]) -> list[Mention]:
        """The author of the act a noun set off after its clause sums up, reacted to in the noun's
        own clause: "Ghana released 40 fishermen, a move Lomé welcomed as goodwill", "the court
        annulled the decree, a ruling hailed by the union". Not for judgements read from word
        valences ("a move X described as a provocation": measured, mostly wrong)."""
        summary = verb.head
        if verb.dep_ not in ("relcl", "acl") or summary.pos_ not in ("NOUN", "PROPN") or index.of(summary) or entry.source.endswith("@evaluative"):
            return []
        clause = summary.head
        set_off = summary.left_edge.i > 0 and summary.doc[summary.left_edge.i - 1].text == ","
        # which government a charge is rejected by is not read from "the government" alone
        described = any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and referring(self.lexicon, c.lemma_) for c in verb.children)
        sums_up = self._sums_up_clause(verb, summary)
        if described and (sums_up or summary.dep_ == "appos" and clause.pos_ != "VERB"):
            return []
        if sums_up:
            # a "which" set off after the clause's last noun, the sentence ending with it: "accused Venezuelan soldiers of
            # crossing the river, which Caracas denied", "sold jets to Taiwan in May, which Beijing denounced"
            return self._summed_clause(summary.sent.root, index, subjects)
        if summary.pos_ != "NOUN":
            return []
        if summary.dep_ == "appos" and set_off and _ends_sentence(summary) and (
            (clause.pos_ in ("NOUN", "PROPN", "NUM") and not index.of(clause)) or _apart(summary)
        ):
            # hung on the clause's last noun: "Turkey sent drones to Ethiopia last year, a step Egypt criticised",
            # "Kenya declined to recognise the region, a stance Mogadishu criticised": the noun sums up the whole sentence
            return self._summed_clause(summary.sent.root, index, subjects)
        if summary.dep_ not in ("npadvmod", "appos", "dep") or clause.pos_ not in ("VERB", "AUX") or not set_off:
            return []
        return self._summed_clause(clause, index, subjects)

    def _summed_clause(self, clause: Token, index: MentionIndex, subjects: list[Mention]) -> list[Mention]:
        """The agent of the clause a summary noun or a clause-level "which" reads back to."""
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        # "Chile agreed to …, a concession Chilean officials had resisted": the reacting side's own act
        own = {i for m in subjects for i in (m.actor.iri, m.actor.country) if i}
        return [m for m in self.agent(clause, index)[0] if m.actor.iri not in own and m.actor.country not in own]

    def candidates(self, sentence: Span, index: MentionIndex, discourse: Discourse) -> Iterator[Candidate]:
        found: list[Candidate] = []
        # acts done jointly, alongside another or under an agreement, read in the same walk and kept after the
        # frames' own candidates, in that order
        joint: list[Candidate] = []
        alongside: list[Candidate] = []
        under: list[Candidate] = []
        for token in sentence:
            matched = self.match(token)
            joint.extend(self._joint(token, matched, index))
            alongside.extend(self._alongside(token, matched, index))
            under.extend(self._under_agreement(token, index))
            found.extend(self._judged(token, index))
            found.extend(self._obliged(token, index))
            entry = matched or self._evaluation(token) or self._in_protest(token)
            if matched is not None and matched.relation == "coerces" and matched.requires:
                # "severed diplomatic relations with Bolivia in protest": ties cut (or a licence taken) in protest protest
                entry = self._in_protest(token) or matched
            proposed = entry is not None and self._talks_proposed(token, entry)
            if proposed:
                entry = replace(entry, relation="negotiatesWith")
            # a title is a fact whatever its holder is said to do ("US Treasury Secretary X offered to …")
            if entry is None or (self._irrealis(token) and vocabulary()[entry.relation].group != "fact" and not self._offered(token, entry) and not proposed):
                continue
            found.extend(self._fill(token, entry, index, discourse))
        found += joint + alongside + under
        found.extend(self._body_named(sentence, index))
        # "signed an agreement to jointly develop the deposits": the signatories also work together under it
        found += [replace(c, relation="cooperatesWith") for c in found if c.relation == "agreesWith" and _with_content(c.trigger)]
        # "warned that it could resume rocket attacks on Israel": harm the warner says it would do is a threat
        found += [replace(c, relation="threatens") for c in found if c.relation in HARMS and self._warned(c, index)]
        # "dismissed X's proposal as a non-starter": a verb that refuses on its own and judges with "as" does both
        # (annotation guide: "Dismissed the scheme as extortion" is both)
        # and the other way round: "rejected the vote as illegitimate", "rejected the offer, calling it blackmail"
        judged = [replace(c, relation="criticizes") for c in found if c.relation == "rejects" and self._refused_as_bad(c.trigger)]
        found += [replace(c, relation="rejects") for c in found if c.relation == "criticizes" and (self._refuses(c.trigger) or self._judges_a_charge(c.trigger))]
        found += judged
        # "pressed Kyiv to accept the plan by Thursday": a request with a date to act by sets a deadline (guide: demands)
        found = [replace(c, relation="demands") if c.relation == "requests" and _deadline(c.trigger) else c for c in found]
        # "agreed on Thursday to lower the tariff, ending a year of haggling": the parties bargained, unless the
        # sentence already says so in its own words or the talks are what they agree to ("agreed to hold talks")
        talks = [t for t in sentence if self._talks(t)]
        bargained = {frozenset((c.subject.actor.iri, c.object.actor.iri)) for c in found if c.relation == "negotiatesWith"}
        found += [replace(c, relation="negotiatesWith") for c in found
                  if c.relation == "agreesWith" and frozenset((c.subject.actor.iri, c.object.actor.iri)) not in bargained
                  and any(t.i not in _content(c.trigger) for t in talks)]
        clauses = condition_clauses(sentence, self.markers)
        preconditions = list(self._preconditions(sentence, index)) + list(self._withouts(sentence, index)) + list(self._with_terms(sentence, index))
        # what a condition asks of the other side is not stated ("provided both sides agree to a ceasefire")
        found = [c for c in found if not any(clause.start <= c.trigger.i < clause.end for clause in (*clauses, *(p[0] for p in preconditions)))]
        # (nor is whom terms set by a noun name the object of a verb outside them: "stood ready to fund …, with an agreement
        # between Belize and Guatemala as a precondition" stands with no one; not a marker's clause, which may be no condition:
        # "provided Ukraine with missiles")
        spans = [(sentence.doc[c.start].idx, sentence.doc[c.end - 1].idx + len(sentence.doc[c.end - 1])) for c in (p[0] for p in preconditions) if c.start < c.end]
        found = [c for c in found if not any(start <= c.object.start < end for start, end in spans)]
        # "Moscow offered Kyiv a ceasefire. But only if …": a sentence made of a condition is read with the acts of the
        # sentence before it, once (the condition's own sentence then makes nothing of it)
        read = [c for c in clauses if c.marker != discourse.opened]
        discourse.opened = None
        following = sentence.doc[sentence.end].sent if sentence.end < len(sentence.doc) else None
        ahead = opening(following, self.markers, self.lexicon.cue("@attribution")) if following is not None and not clauses else None
        if ahead is not None:
            read.append(ahead)
            discourse.opened = ahead.marker
        conditional = list(self._conditional(read, sentence, index, found))
        for clause, act in preconditions:
            conditional += conditional_reading(clause, act, parties(clause, sentence, index, self.lexicon), found, f"{self.lexicon.path.name}:@precondition")
        # a conditional reading replaces the stated one of the same words, also under another name ("would halt its
        # strikes on Lebanon only if …" offers to end them: no attack)
        replaced = {(c.subject.start, c.object.start, c.trigger.i) for c in conditional}
        # (a threat the terms turn to the side they ask: "threatened to take the case to ASEAN unless Phnom Penh …")
        replaced |= {(c.subject.start, None, c.trigger.i) for c in conditional if c.relation == "threatens"}
        yield from (c for c in found if (c.subject.start, c.object.start, c.trigger.i) not in replaced
                    and not (c.relation == "threatens" and (c.subject.start, None, c.trigger.i) in replaced))
        # talks on terms are bargaining: the conditional talks are read once, as negotiations, below
        demands = [c for c in conditional if c.relation == "demands"]
        sides = self._bargaining(sentence, index, clauses) if demands else None
        # (only demands between the talks' own sides, as far as the talks name them: "Kazakhstan, in talks with Bishkek, will
        # halt grain to Tajikistan unless Dushanbe …" does not bargain with Tajikistan)
        bargains = {pair for pair in (frozenset((c.subject.actor.iri, c.object.actor.iri)) for c in demands)
                    if sides is not None and (pair <= sides or (len(sides) < 2 and sides <= pair))}
        yield from (c for c in conditional if not (c.relation == "consults" and frozenset((c.subject.actor.iri, c.object.actor.iri)) in bargains))
        yield from self._terms_after(sentence, index, discourse, bool(clauses or preconditions))
        if bargains:
            # terms set in a sentence that names talks are terms of those talks: "After a third round of talks,
            # Chile said it would lower its duties only if Peru reopens its ports" (Chile bargains with Peru)
            yield from (replace(c, relation="negotiatesWith") for c in conditional if c.relation == "demands")

    def _alongside(self, verb: Token, fighting: Trigger | None, index: MentionIndex) -> Iterator[Candidate]:
        """Whoever fights alongside another cooperates with it: "Chadian troops fought alongside the
        RSF". Only a named ally: "fought alongside them" leaves a pronoun that may reach the wrong actor.
        ``fighting`` is the trigger ``verb`` matched, if any."""
        if verb.pos_ != "VERB" or fighting is None or fighting.relation != "attacks" or self._irrealis(verb):
            return
        allies = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in self.lexicon.cue("@alongside") for g in p.children if g.dep_ == "pobj" and g.pos_ != "PRON"]
        if not allies:
            return
        subjects, how = self.agent(verb, index)
        for s in subjects:
            for o in (m for g in allies for m in index.of(g)):
                if o.actor.iri != s.actor.iri:
                    yield self._candidate(s, o, verb, self.alongside, how or "verb")

    def _joint(self, noun: Token, act: Trigger | None, index: MentionIndex) -> Iterator[Candidate]:
        """Actors who act jointly cooperate, whatever the act: "Kenya and Uganda launched a joint
        offensive against the rebels", "Latvia and Estonia held joint drills with Poland" (Latvia
        and Estonia too). ``act`` is the trigger ``noun`` matched, if any."""
        if noun.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "amod" and c.lower_ in self.lexicon.cue("@joint") for c in noun.children):
            return
        if act is None or self._irrealis(noun) or self._wished(noun):
            return  # an act done jointly, not words ("their joint statement")
        agents, _ = self.noun_agent(noun, index)
        if len({m.actor.iri for m in agents}) > 1:
            yield from reciprocal(agents, noun, self.joint, "reciprocal")

    def _under_agreement(self, verb: Token, index: MentionIndex) -> Iterator[Candidate]:
        """What one party does under an agreement is cooperation with the other parties (annotation
        guide: working together under a deal is ``cooperatesWith``): "Italy is drilling for gas off the
        coast under an accord with Libya". Not for a deal named before ("Under the deal, the road will be
        built by a private consortium": measured, mostly others than the parties act)."""
        if verb.pos_ not in ("VERB", "AUX"):
            return
        nouns = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for g in p.children if g.dep_ == "pobj" and self._agreement(g)]
        if not nouns or self._irrealis(verb):
            return
        for noun in nouns:
            parties = self.prep(noun, "with", index, frozenset()) or self.prep(noun, "between", index, frozenset())
            for s in self.agent(verb, index)[0]:
                for o in parties:
                    if o.actor.iri not in (s.actor.iri, s.actor.country) and s.actor.iri != o.actor.country:
                        yield self._candidate(s, o, verb, self.under, "adjunct")

    def _bargaining(self, sentence: Span, index: MentionIndex, clauses: list[ConditionClause] = ()) -> frozenset[str] | None:
        """The sides of the talks or negotiations the sentence names (also by an "-ing" noun: "the negotiating table"):
        empty when the talks name no side, None when the sentence names no talks."""
        # (not talks a relative clause tells of as background: "Qatar, which is hosting talks between the government and
        # the rebels, offered Kinshasa … if both sides sign …" sets terms of its own offer; nor talks deep in a subject, the
        # source's: "…, two people familiar with the talks said"; nor the terms' own words: "only if Washington drops all
        # talk of buying the island")
        # nor talks someone hosts or mediates: the parties', not the host's ("offered to host a new round of talks between
        # Somalia and Ethiopia, provided both governments …": the host consults each side)
        talks = [t for t in sentence if self._talks(t) and not any(a.dep_ == "relcl" for a in (t, *t.ancestors)) and not self._hosted(t)
                 and not any(a.dep_ in ("nsubj", "nsubjpass") and a.head.lemma_ in self.speech for a in t.ancestors)
                 and not any(c.marker <= t.i < c.end for c in clauses)]
        if not talks:
            return None
        # (a person named at the talks speaks for a side the sentence may name otherwise: "the Fund's mission chief said after
        # talks in Karachi")
        return frozenset(m.actor.iri for t in talks for m in self._talks_sides(t, index) if m.actor.type != "Person")

    def _talks_sides(self, talks: Token, index: MentionIndex) -> list[Mention]:
        """Who talks, as the talks' word names them: "talks between Chile and Peru", "Chile's talks with Peru",
        "Chile negotiated with Peru"."""
        agents = self.noun_agent(talks, index)[0] if talks.pos_ == "NOUN" else self.agent(talks, index)[0]
        return agents + self.prep(talks, "with", index, frozenset()) + self.prep(talks, "between", index, frozenset())

    def _hosted(self, t: Token) -> bool:
        """Talks the nearest verb above them hosts or mediates ("to host a new round of talks")."""
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX") or a.dep_ == "xcomp"), None)
        return verb is not None and verb.lemma_ in self.lexicon.cue("@mediation")

    def _talks(self, t: Token) -> bool:
        """A word for talks or negotiations ("talks", "negotiate", "the negotiating table")."""
        if t.pos_ not in ("NOUN", "VERB"):
            return False  # (asked of every word of a sentence)
        ing = t.tag_ == "NN" and t.lower_.endswith("ing") and t.lemma_.lower() == t.lower_
        words = (t.lemma_.lower(), *(_stems(t.lower_) if ing else ()))
        return any(e.relation == "negotiatesWith" for w in words for e in self.lexicon.triggers.get(w, ()))

    def _evaluation(self, token: Token) -> Trigger | None:
        """A verb that puts a judgement on its object ("called the plan a militarisation of the
        Arctic", "described the duties as protectionist"): criticism when the judgement is hostile
        (:mod:`kg.relations.polarity`)."""
        if token.pos_ != "VERB" or token.lemma_ not in self.lexicon.cue("@evaluative") or not self._hostile(self._judgement(token)):
            return None
        return Trigger(token.lemma_, "verb", "criticizes", ("agent",), ("patient",), f"{self.lexicon.path.name}:@evaluative")

    def _judgement(self, verb: Token) -> list[Token]:
        """The words a verb of evaluation puts on its object ("called the plan a militarisation")."""
        judgements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp")]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "called Russia's actions unacceptable", parsed as a modifier after the object
        judgements += [a for c in objects for a in c.children if a.dep_ == "amod" and a.i > c.i]
        # "called the EU's aid a bribe", the second object parsed as an appositive of the first: no comma between
        judgements += [a for c in objects for a in c.children if a.dep_ == "appos" and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text != ","]
        return [t for j in judgements for t in j.subtree] + self._judged_as(verb)

    @staticmethod
    def _judged_as(verb: Token) -> list[Token]:
        """The words after "as" on the verb or, as the parser often has it, on its object ("described X's decision as …";
        an adjective there is parsed as a modifier of "as": "rejected the vote as illegitimate")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return [t for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ in ("pobj", "amod") for t in g.subtree]

    def _hostile(self, words: list[Token]) -> bool:
        return bool(words) and polarity(words, self.lexicon) <= CRITICAL

    def _refused_as_bad(self, verb: Token) -> bool:
        """A rejection that also judges what it refuses: by "as" ("rejected the vote as illegitimate") or by a verb of
        evaluation beside it ("rejected the offer, calling it blackmail")."""
        beside = [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.lemma_ in self.lexicon.cue("@evaluative")]
        return self._hostile(self._judged_as(verb)) or any(self._hostile(self._judgement(c)) for c in beside)

    def _judged(self, token: Token, index: MentionIndex) -> Iterator[Candidate]:
        """A hostile judgement a speaker reports of an actor or its act criticizes it: "Hungary's veto is
        unacceptable, Merz said", "Merz said Hungary's veto was unacceptable" (the copula's predicate judges)."""
        if token.lemma_ != "be" or token.dep_ != "ccomp" or token.head.lemma_ not in self.lexicon.cue("@attribution"):
            return
        words = [t for c in token.children if c.dep_ in ("acomp", "attr") for t in c.subtree]
        # "'Moscow is behind these cyberattacks,' the minister said": a charge of a hostile act
        behind = [t for c in token.children if c.dep_ == "prep" and c.lower_ == "behind" for t in c.subtree if t != c]
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or not (words or behind) or polarity(words or behind, self.lexicon) > CRITICAL:
            return
        judged = index.of(subject, pronouns=False) or ([] if behind else [m for c in subject.children if c.dep_ == "poss" for m in index.of(c, pronouns=False)])
        entry = Trigger(token.lemma_, "verb", "accuses" if behind and not words else "criticizes", ("agent",), ("patient",), f"{self.lexicon.path.name}:@evaluative")
        for speaker in self.agent(token.head, index)[0]:
            for o in judged:
                if speaker.actor.iri != o.actor.iri:
                    yield self._candidate(speaker, o, token, entry, "verb")

    def _obliged(self, token: Token, index: MentionIndex) -> Iterator[Candidate]:
        """What a speaker says another must do is a demand on it: "Hezbollah must disarm, Israel's defence minister
        said" (annotation guide: insisting that the other do something); not on the speaker's own side ("Germany
        must do more, Merz said"), nor a passive ("Israel must be held accountable")."""
        if token.pos_ != "VERB" or token.dep_ != "ccomp" or token.head.lemma_ not in self.lexicon.cue("@attribution"):
            return
        if not any(c.dep_ == "aux" and c.lower_ == "must" for c in token.children) or any(c.dep_ == "neg" for c in token.children):
            return
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return
        entry = Trigger("must", "verb", "demands", ("agent",), ("patient",), f"{self.lexicon.path.name}:@obligation")
        for speaker in self.agent(token.head, index)[0]:
            for o in index.of(subject, pronouns=False):
                if _side(speaker.actor, index) != _side(o.actor, index) and speaker.actor.iri != o.actor.iri:
                    yield self._candidate(speaker, o, token, entry, "verb")

    def _body_named(self, sentence: Span, index: MentionIndex) -> Iterator[Candidate]:
        """A person followed by the body they belong to, in brackets or after "of": "Sandra Kalniete (EPP):", "Michael
        Chong (Wellington—Halton Hills, CPC):", "Riccardo Fabiani of the International Crisis Group" — a member of a
        party or group, one who works for an organisation; not where a title already relates the person to that body
        ("President Ishmael Toroama of the Autonomous Bougainville Government" leads it)."""
        doc = sentence.doc
        placed = index.in_span(sentence.start, sentence.end)
        starting = {start: m for start, _, m in placed}
        ending = {end: (start, m) for start, end, m in placed}
        for _, end, person in placed:
            if person.actor.type != "Person" or end + 2 >= sentence.end:
                continue
            body = None
            if doc[end].text == "(":
                close = next((t.i for t in doc[end + 1 : min(end + 8, sentence.end)] if t.text == ")"), None)
                first, body = ending.get(close, (None, None))
                # the party alone in the brackets, or last after the seat: "(Wellington—Halton Hills, CPC)"; only a group
                # (a seat the recogniser took for an organisation, "Adam Bandt (Melbourne)", is none)
                if body is not None and (body.actor.type != "Group" or (first != end + 1 and doc[first - 1].text != ",")):
                    body = None
            elif doc[end].lower_ == "of" and doc[end].head.i == end - 1:
                body = starting.get(end + 2 if doc[end + 1].dep_ == "det" else end + 1)
            relation = BODY_FACTS.get(body.actor.type) if body is not None else None
            if relation is None or any(f.object.iri == body.actor.iri for f in index.title_facts(person.actor)):
                continue
            entry = Trigger(doc[end].text, "noun", relation, ("host",), ("mod",), f"{self.lexicon.path.name}:@body")
            yield self._candidate(person, body, doc[end], entry, "role")

    def _in_protest(self, token: Token) -> Trigger | None:
        """An act done "in protest" protests against whom it is done to: "recalled its ambassador from
        Lima in protest", "severed diplomatic relations with Bolivia in protest" (annotation guide)."""
        if token.pos_ != "VERB":
            return None
        protest = self.lexicon.cue("@protest")
        carriers = [token, *(c for c in token.children if c.dep_ == "dobj")]  # the parser may hang it on the object
        if not any(
            p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_ in protest for g in p.children)
            for h in carriers for p in h.children
        ):
            return None
        return Trigger(token.lemma_, "verb", "protests", ("agent",), ("patient",), f"{self.lexicon.path.name}:@protest")

    def _fill(self, token: Token, entry: Trigger, index: MentionIndex, discourse: Discourse) -> Iterator[Candidate]:
        if entry.relation == "aids":
            yield from self._thanked_for(token, entry, index)
        if entry.frame == "noun" and entry.relation == "accuses":
            yield from self._denial(token, index)
        elicitor = self._elicitor(token) if entry.frame == "noun" and vocabulary()[entry.relation].group != "fact" else None
        if elicitor is not None:
            yield from self._reaction(token, entry, elicitor, index)
            return
        if entry.frame == "noun" and vocabulary()[entry.relation].group != "fact" and self._reversed(token):
            # a role is never what is lifted: "… lift the restrictions on Niger, the bloc's president, X, said"
            # "lifted most of its sanctions on Syria" ends the sanctions rather than imposing them: a concession
            if entry.relation in RELIEVED:
                yield from self._relief(token, entry, index)
            return
        if entry.frame == "noun" and entry.relation in RELIEVED and self._ended_by_noun(token):
            return  # "announced the lifting of sanctions on Syria", "an end to the blockade": a measure ended is no measure
        if entry.frame == "verb" and entry.relation == "memberOf" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
            return  # "is negotiating to join the OECD", "the decision to quit ECOWAS": a membership still to come is no fact
        if entry.frame == "noun" and entry.relation == "memberOf" and (
            (holder := token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("for", "to") else None)
            is not None and (stance := self.match(holder)) is not None and stance.relation in ("supports", "rejects", "criticizes")
        ):
            # "would support Ukraine's membership of NATO", "vetoed Sweden's accession", "voiced support for Kyiv's membership":
            # a membership sought is no fact
            return
        if entry.frame == "noun" and vocabulary()[entry.relation].group == "fact" and self._former(token):
            return  # "Nikki Haley, a former US ambassador to the UN": a role not held now is no fact (as for titles)
        if entry.frame == "verb" and entry.relation == "rejects" and token.lemma_ in self.lexicon.cue("@denial") and any(
            (e := self.match(c)) is not None and e.frame == "noun" and e.relation in DENIED_DEEDS for c in token.children if c.dep_ == "dobj"
        ):
            return  # "The Kremlin has denied any such transfer": a deed denied did not happen; no one's claim is refused
        if entry.frame == "verb" and entry.relation == "aids" and any(
            m.actor.type == "Person" for c in token.children if c.dep_ == "dobj" for m in index.itself(c)
        ):
            return  # "Hanoi sent Trade Minister Nguyen Hong Dien to Washington": a person sent is an envoy, not aid
        if entry.frame == "verb" and entry.relation == "aids" and self._sends_envoys(token):
            return  # "sent a mediation team to Mozambique", "sent observers to the election", "sent him … as its special envoy"
        if entry.frame == "noun" and entry.relation == "cooperatesWith" and token.dep_ == "compound" and (
            (deal := self.match(token.head)) is not None and deal.frame == "noun" and deal.relation == "agreesWith"
        ):
            return  # "signed a coast guard cooperation pact": the pact is what they reached; working under it is not said
        subjects, how = self._slot_subject(token, entry, index)
        if entry.relation == "consults" and token.lemma_ in self.lexicon.cue("@future"):
            # "is expected in Seoul", "is due in Asmara": a person's visit; "… for talks with Isaias" names whom it is for
            verb = token.head if token.dep_ == "acomp" else token
            # the subject a person ("US envoy … Kevin Kim is expected"), not an event ("Talks … are due in Brasilia")
            named = [
                c for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and ((e := self.match(c)) is None or vocabulary()[e.relation].group == "fact")
            ]
            subjects, how = [m for c in named for m in self.nominal(c, index) if m.actor.type == "Person"], "verb"
            if token.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in token.children):
                return  # "is expected in Beijing", not "did not expect a breakthrough until …"
            purposes = _for_objects(verb, token)
            if any(self.match(g) is not None for g in purposes):
                # "is due in Maputo for talks with Chapo": the visitor meets whom the talks are with
                met = [m for g in purposes if self.match(g) is not None for m in self.prep(g, "with", index, frozenset(s.actor.iri for s in subjects))]
                yield from (self._candidate(s, o, token, entry, "verb") for s in subjects for o in met)
                return
        if entry.relation == "consults" and entry.frame == "verb" and "to" in entry.requires and self._trip_for(token, index):
            return  # "will travel to Moscow to meet Putin": the visit is whom its purpose names (read by its own trigger), not the place
        if self._offered(token, entry):
            # "offered Kyiv a ceasefire", "offered a truce to Kyiv": an offer to the one offered it (guide), agreed by no one yet
            offered = [m for m in self._recipients(token.head, index) if all(m.actor.iri != s.actor.iri for s in subjects)]
            condition = self._condition_slot(token, entry, index)
            yield from (self._candidate(s, o, token, replace(entry, relation="concedes"), how, condition) for s in subjects for o in offered)
            return
        if entry.relation in ASKING and entry.frame == "noun" and (asking := self._at_request(token, index)):
            subjects, how = asking, "noun"  # "sent soldiers to Bangui at the request of the Central African Republic"
        if not subjects and entry.frame == "noun" and entry.relation == "attacks":
            subjects, how = self._claimed(token, index), "noun"
        if not subjects:
            if "prep:between" in entry.object and entry.frame == "noun" and not self._wished(token):  # "talks between Riyadh and Tehran": the parties, no agent
                parties = self.prep(token, "between", index, frozenset())
                if len({m.actor.iri for m in parties}) > 1:
                    yield from self._mediated(token, entry, parties, index, "noun", self._sides(parties, token))
                elif not parties and discourse.parties and token.dep_ in ("nsubj", "nsubjpass"):
                    # "… agreed to talks. Negotiations are set to restart in Oslo": the same parties
                    yield from reciprocal(list(discourse.parties), token, entry, "resumed")
            return
        if entry.frame == "verb" and token.lemma_ in self.light and any(
            self.match(c) is not None and c.pos_ in ("NOUN", "PROPN") for c in token.children if c.dep_ == "dobj"
        ):
            return  # "struck a deal with": the noun carries the relation, the verb only lends it a subject
        if len({m.actor.iri for m in subjects}) > 1 and self._each_other(token):
            # "Armenia and Azerbaijan accused each other of …": each subject acts on the others
            yield from reciprocal(subjects, token, entry, "reciprocal")
            return
        exclude = frozenset(m.actor.iri for m in subjects)
        objects: list[Mention] = []
        for slot in entry.object:
            if slot == "reciprocal":
                if len(subjects) > 1 and not _with_third(token, self.lexicon) and not self._side_by_side(token, entry):
                    # ("negotiations between A and B": the parse gives the noun its parties as subjects)
                    yield from self._mediated(token, entry, subjects, index, "reciprocal", self._sides(subjects, token))
                    return
                continue
            objects = self._slot(token, entry, slot, index, exclude)
            if slot == "prep:between" and entry.frame == "verb" and self._mediating(token, entry) and len({m.actor.iri for m in objects}) > 1:
                # "Norway, which has mediated between Colombia and the ELN": the two sides bargain
                yield from reciprocal(objects, token, replace(entry, relation="negotiatesWith"), "mediation", self._sides(objects, token))
            if slot == "prep:between" and entry.frame == "noun" and len({m.actor.iri for m in objects}) > 1:
                # "mediators resumed talks between Israel and Hamas": the parties talk, the mediators consult each
                yield from reciprocal(objects, token, entry, "noun", self._sides(objects, token))
                for s in subjects:
                    for o in objects:
                        yield Candidate(s, o, token, "mediation", "consults", f"{self.lexicon.path.name}:@mediation")
                return
            if objects:
                break
        if not objects and entry.frame == "noun" and entry.relation in ASKING:
            objects = self._asked(token, entry, index, exclude)
        if not objects and entry.frame == "noun" and how == "role":
            # "spoke with both prime ministers, Hun Manet of Cambodia and Paetongtarn Shinawatra of Thailand": the
            # body each holder is "of"
            for s in subjects:
                for o in self._holder_of(s, token, index):
                    yield self._candidate(s, o, token, entry, how)
            return
        if not objects and entry.frame == "noun" and entry.relation == "attacks":
            objects = self._retaliated(token, index, exclude)
        if not objects and entry.frame == "noun" and entry.relation == "consults" and "prep:to" in entry.object:
            objects = self._visited(token, index, exclude)
        if not objects and entry.frame == "verb":
            objects = self._recalled(token, index, discourse, exclude, entry.relation in REACTIONS, entry.relation in REACTIONS or entry.relation in ("praises", "supports")) or self._summed_up(token, entry, index, subjects)
            objects = objects or self._sent_to_needy(token, entry, index, discourse, exclude) or self._answered(token, entry, index, discourse, subjects)
            objects = objects or self._addressed(token, entry, index, exclude)
            how = "recalled" if objects else how
        condition = self._condition_slot(token, entry, index)
        if condition == "":  # "investigators tied the attack to Iran": tied to someone, not on a condition
            return
        if entry.relation == "leaderOf" and self._portfolio(token, entry, index):
            # "EU foreign policy chief Kaja Kallas", "the UN's humanitarian chief": heads a part, works for the whole
            entry = replace(entry, relation="affiliatedWith")
        if entry.lemma == "clash" and any(m.actor.type == "Person" for m in [*subjects, *objects]):
            return  # "Petro, who has clashed with Boluarte": leaders clash in words, armed forces with force
        if entry.frame == "noun" and entry.lemma == "ally" and any(c.dep_ == "amod" and c.lower_ in self.lexicon.cue("@former") for c in token.children):
            return  # "Serbia, a former ally of Moscow": no longer one
        if entry.frame == "noun" and entry.relation == "cooperatesWith" and entry.lemma == "ally":
            # "Turkey, a NATO ally": an ally named by its alliance belongs to it (an ally "of" Russia is a standing tie, no
            # cooperation reported: the lexicon gives the noun no "of" object)
            blocs = {m.actor.iri for c in token.children if c.dep_ in ("compound", "nmod") and (m := index.at(c)) is not None and m.actor.type != "State"}
            if blocs:
                entry, objects = replace(entry, relation="memberOf"), [o for o in objects if o.actor.iri in blocs]
        if entry.relation in ("protests", "coerces") and entry.frame == "verb" and objects and all(o.actor.type == "Person" for o in objects):
            # "summoned the US ambassador, Ronald Johnson": an envoy is summoned for the state he speaks for
            # (and expelled for it: "ordered the French ambassador, Joel Meyer, to leave")
            sent = [m for c in token.children if c.dep_ == "dobj" and any(a.dep_ == "appos" for a in c.children)
                    for m in index.of(c) if m.actor.type != "Person" and m.actor.iri not in exclude]
            objects = sent or objects
        if entry.relation == "leaderOf" and entry.frame == "verb" and "direct" in entry.object:
            # "X, who heads the IAEA" leads the body named; "who headed the US delegation" leads no state
            named = {m.actor.iri for c in token.children if c.dep_ == "dobj" and (m := index.at(c)) is not None}
            objects = [o for o in objects if o.actor.iri in named]
            # people lead ("Saudi Arabia leads OPEC+" states no office), and now: "Merkel, who led Germany for 16 years" no longer does
            subjects = [m for m in subjects if m.actor.type == "Person" or self._chairing_state(m, entry)] if token.tag_ != "VBD" else []
        if entry.relation == "leaderOf" and any(s.actor.type == "State" for s in subjects):
            objects = [o for o in objects if o.actor.type == "IntergovernmentalOrganization"]  # a state chairs a bloc, nothing else
        if entry.relation == "memberOf":  # one belongs to a bloc, body or group, never to a state ("left Kyiv", "withdrew from Mali")
            objects = [o for o in objects if o.actor.type != "State"]
            if entry.frame == "verb" and any(c.dep_ == "dobj" for c in token.children) and "patient" not in (*entry.subject, *entry.object):
                objects = []  # "withdrew its troops from the area": the troops leave a place, no body (the object is no member)
        if entry.frame == "verb" and "must" in entry.requires:
            # "told Pakistan it must raise taxes" demands of Pakistan; "told Macron that Ukraine must …" asks nothing of Macron
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
            named = {m.actor.iri for m in index.of(doer, pronouns=False)} if doer is not None else set()
            objects = [o for o in objects if not named or o.actor.iri in named or getattr(index.served(o.actor), "iri", None) in named]
        # what a verb of making terms makes conditional is given on them: "tied military aid to Kyiv to a crackdown on …"
        given = self._given_on_terms(token) if condition and entry.relation == "demands" and entry.frame == "verb" else None
        for s in subjects:
            for o in objects:
                if s.actor.iri != o.actor.iri:
                    yield self._candidate(s, o, token, entry, how, condition)
                    if given is not None:
                        yield self._candidate(s, o, token, replace(entry, relation=given), how, condition)

    def _side_by_side(self, verb: Token, entry: Trigger) -> bool:
        """Coordinated subjects of a hostile verb that act together ("fought together against the rebels"), not on each other."""
        together = self.lexicon.cue("@together")
        return vocabulary()[entry.relation].group == "conflictual" and any(c.dep_ in ("advmod", "prep") and c.lower_ in together for c in verb.children)

    def _given_on_terms(self, verb: Token) -> str | None:
        """What the object of a verb of making terms names (``given_on_terms``): "tied military aid to Kyiv to …" aids."""
        made = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
        return given_on_terms(made, lambda t: self.match(t) if t.pos_ == "NOUN" else None, self.markers)

    def _visited(self, noun: Token, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """Whom a visit that names no host is paid to: the place its visitor is said to be in or to have come to
        ("Ruto arrived in Beijing for a state visit", "Ruto is in Beijing on a four-day visit")."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "for", "during") or noun.head.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = noun.head.head
        return [m for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "to") for g in p.children if g.dep_ == "pobj"
                for m in index.of(g, pronouns=False) if m.actor.iri not in exclude]

    def _claimed(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """Who claims an attack is its author: "JNIM claimed responsibility for the attack on …", "the ambush on …,
        claimed by JNIM", "the strike on … was claimed by Hezbollah"."""
        verb = None
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() == "claim":
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() == "responsibility" and noun.head.head.dep_ == "dobj":
            verb = noun.head.head.head if noun.head.head.head.lemma_.lower() in self.lexicon.cue("@responsibility") else None
        else:
            verb = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "claim" and c.tag_ == "VBN"), None)
        if verb is None:
            return []
        if verb.dep_ == "acl":
            return [m for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for m in index.of(g)]
        return self.agent(verb, index)[0]

    def _retaliated(self, noun: Token, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """Whom an attack with no object of its own struck: the one who answers it ("Israel bombed Lebanon, saying it
        was responding to rocket fire by Hezbollah", "Kyiv struck back in retaliation for Russian drone attacks")."""
        if noun.dep_ != "pobj":
            return []
        prep, head = noun.head, noun.head.head
        cue = self.lexicon.cue
        if not ((prep.lower_ == "to" and head.lemma_.lower() in cue("@response")) or (prep.lower_ == "for" and head.lemma_.lower() in cue("@reprisal"))):
            return []
        verb = head
        while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep") and verb.head != verb:  # "in retaliation for": up to the verb
            verb = verb.head
        if verb.pos_ != "VERB":
            return []
        return [m for m in self.agent(verb, index)[0] if m.actor.iri not in exclude]

    def _trip_for(self, verb: Token, index: MentionIndex) -> bool:
        """A trip for a purpose a trigger names with an actor in it: "to meet Burhan", "for talks with Erdogan"
        (not "to mediate", which leaves the visit to the place)."""
        purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"] + _for_objects(verb)
        return any(self.match(p) is not None and any(index.at(t) is not None for t in p.subtree) for p in purposes)

    def _sends_envoys(self, verb: Token) -> bool:
        """The persons a verb sends are there to speak for their sender, mediate or watch (``@envoy``): the object's
        own noun or a noun on it ("a mediation team", "observers"), or what they are sent as ("as its envoy")."""
        envoys = self.lexicon.cue("@envoy")
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        named = [t for c in objects for t in (c, *(d for d in c.children if d.dep_ in ("compound", "amod")))]
        named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        return any(t.lemma_.lower() in envoys or any(v in envoys for v in self.lexicon.verb_stems(t.lemma_.lower())) for t in named)

    def _former(self, noun: Token) -> bool:
        """A role noun said not to be held now: "the former president", "an ex-minister", "the late leader"."""
        words = self.lexicon.cue("@former")
        doc = noun.doc
        head, verb = governor(noun)
        if head.dep_ == "attr" and verb is not None and verb.tag_ == "VBD" and verb.dep_ == "relcl" and verb.lemma_ in self.copula:
            return True  # "Matthew Miller, who was a State Department spokesman until January": the past of a role
        return any(c.dep_ in ("amod", "advmod") and c.lower_ in words for c in noun.children) or any(
            doc[i].lower_ in words for i in range(max(noun.left_edge.i, noun.i - 4), noun.i) if doc[i].dep_ in ("amod", "advmod", "compound", "punct")
        )

    def _each_other(self, token: Token) -> bool:
        """The trigger's object is a reciprocal pronoun ("accused each other", "blamed one another")."""
        direct = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        objects = direct + [c for o in direct for c in o.children if c.dep_ == "poss"]  # "attacked each other's ports"
        objects += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        doc, pronouns = token.doc, self.lexicon.cue("@each_other")
        return any(f"{doc[i].lower_} {doc[i + 1].lower_}" in pronouns for o in objects for i in (o.i - 1, o.i) if 0 <= i < len(doc) - 1)

    def _thanked_for(self, token: Token, entry: Trigger, index: MentionIndex) -> Iterator[Candidate]:
        """Help one is praised for is help to the one who praises: "Teo hailed New Zealand for funding a new
        seawall" (New Zealand aids Tuvalu, Teo's state)."""
        reason = token
        if entry.frame == "noun" and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            reason = token.head.head  # "thanked Denmark for its new package of military aid"
        if entry.frame == "noun" and reason.dep_ == "pobj" and not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in (*token.children, *reason.children)):
            reason = reason.head  # "praised Japan for its help": the help is for the one who praises (no recipient named)
        elif entry.frame == "noun" or token.dep_ != "pcomp":
            return
        else:
            reason = token.head
        praise = reason.head
        if reason.lower_ != "for" or (found := self.match(praise)) is None or found.relation != "praises":
            return
        # "thanked the President for her government's help": a person thanked gave for the state the person serves,
        # and "Fiji's health minister thanked Australia for …": the help went to the minister's state
        givers = [_as_served(m, index) for c in praise.children if c.dep_ == "dobj" for m in index.of(c)]
        subject = next((c for c in praise.children if c.dep_ == "nsubj"), None)
        # "Fiji's Minister for Health, X, thanked …": the state that owns the title the person is named by
        owner = next((m for c in (subject.children if subject is not None else ()) if c.dep_ == "poss" for m in index.of(c) if m.actor.type == "State"), None)
        thankers = [_as_served(m, index) for m in self.agent(praise, index)[0]]
        thankers = [replace(m, actor=owner.actor) if owner is not None and m.actor.type == "Person" else m for m in thankers]
        for thanker in thankers:
            for giver in givers:
                if _side(giver.actor, index) != _side(thanker.actor, index):
                    yield self._candidate(giver, thanker, token, entry, "verb")

    def _sent_to_needy(self, token: Token, entry: Trigger, index: MentionIndex, discourse: Discourse, exclude: frozenset[str]) -> list[Mention]:
        """Whom a thing sent with no recipient goes to: the one who last asked for something ("Zelensky
        appealed to allies for more air defence. Germany will deliver two more systems")."""
        if entry.relation != "aids" or "prep:to" not in entry.object or discourse.needy is None:
            return []
        if not any(c.dep_ == "dobj" for c in token.children) or any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
            return []
        needy = discourse.needy
        return [] if needy.actor.iri in exclude or _side(needy.actor, index) in _sides_named(exclude, index) else [needy]

    def _answered(self, token: Token, entry: Trigger, index: MentionIndex, discourse: Discourse, subjects: list[Mention]) -> list[Mention]:
        """Whom a refusal with no object answers: the latest who asked something of the subject's side in
        an earlier sentence or earlier in its own ("The OAS called on Managua to free the priests. Ortega's
        government has refused to" rejects the OAS)."""
        # only "refuse", "decline": "deny harbouring the rebels" answers a charge; "a charge the outlets reject" has its
        # object in the noun. A concession ("agreed to", "yielded") measured: no case, one false positive
        sides = {_side(m.actor, index) for m in subjects}
        # "turned it down": a refusal whose row needs a particle, its object a pronoun for no one but the refuser
        particle = entry.relation == "rejects" and bool(entry.requires) and token.pos_ == "VERB"
        if not (token.lemma_ in self.lexicon.cue("@rejection") or particle) or token.dep_ == "relcl" or any(
            c.dep_ == "dobj" and not (c.pos_ == "PRON" and all(_side(m.actor, index) in sides for m in index.of(c))) for c in token.children
        ):
            return []
        # an appeal earlier in the refusal's own sentence ("asked India to cooperate …, and New Delhi refused")
        asks = [(a, m) for verb in token.sent if verb.i < token.i and verb.pos_ == "VERB" and (e := self.match(verb)) is not None
                and e.relation in ASKING and e.frame == "verb" for a in self.agent(verb, index)[0][:1]
                for c in verb.children if c.dep_ == "dobj" for m in index.of(c)]
        asker = next((a for a, asked in reversed(discourse.asks + asks) if _side(asked.actor, index) in sides), None)
        return [asker] if asker is not None and _side(asker.actor, index) not in sides else []

    def _refuses(self, verb: Token) -> bool:
        """The verb is also a bare rejection in the lexicon ("dismiss") and its object was asked or offered: with "as" it
        judges as well."""
        if verb.pos_ != "VERB" or not any(e.frame == "verb" and e.relation == "rejects" and not e.requires for e in self.lexicon.triggers.get(verb.lemma_.lower(), ())):
            return False
        # only what was asked or offered is refused: "dismissed the demand as …", not "dismissed the report as lies"
        asked = self.lexicon.cue("@irrealis") | self.offering
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in asked or any(e.relation in ASKING for e in self.lexicon.triggers.get(c.lemma_.lower(), ()))) for c in verb.children)

    def _judges_a_charge(self, verb: Token) -> bool:
        """A verb of dismissal or evaluation whose object is a charge: judging the charge badly denies it ("called the
        accusation baseless", "dismissed the charge as hysteria", "described the allegations as lies")."""
        if verb.pos_ != "VERB" or not (verb.lemma_ in self.lexicon.cue("@evaluative") or self._denying(verb)):
            return False
        return any(c.dep_ == "dobj" and self._accusation(c) for c in verb.children)

    def _warned(self, c: Candidate, index: MentionIndex) -> bool:
        """The candidate's trigger is in the content clause of a verb of warning, said with a modal of the
        future or of possibility, and its subject is the one who warns."""
        modal = False
        for t in (c.trigger, *c.trigger.ancestors):
            modal = modal or any(g.dep_ == "aux" and g.lower_ in WARNED_MODALS for g in t.children)
            if t.dep_ != "ccomp" or t.head.lemma_ not in self.lexicon.cue("@warning"):
                continue
            return modal and c.subject.actor.iri in {m.actor.iri for m in self.agent(t.head, index)[0]}
        return False

    def _addressed(self, token: Token, entry: Trigger, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """Whom a request with no addressee asks: the one the subject talks to or protests to in the verb it is
        coordinated with ("Rutte spoke with both governments and urged restraint", "lodged a protest with Lima
        and requested an inquiry")."""
        if entry.relation not in ASKING or token.dep_ != "conj" or token.head.pos_ != "VERB":
            return []
        contact = token.head
        for t in (contact, *(c for c in contact.children if c.dep_ == "dobj")):
            met = self.match(t)
            if met is not None and met.relation in CONTACTS:
                slots = [s for s in met.object if s != "reciprocal"]
                found = next((f for s in slots if (f := self._slot(t, met, s, index, exclude))), [])
                if found:
                    return found
        return []

    def _holder_of(self, holder: Mention, token: Token, index: MentionIndex) -> list[Mention]:
        """The bodies after "of" on a person's own name ("Hun Manet of Cambodia"), in ``token``'s document."""
        span = token.doc.char_span(holder.start, holder.end, alignment_mode="expand")
        if span is None:
            return []
        bodies = [g for p in span.root.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return [m for g in bodies for m in index.itself(g) if m.actor.type != "Person" and m.actor.iri != holder.actor.iri]

    def _at_request(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """The one who asks in "at the request of X" (the asking noun's "of" is its author there)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "at":
            return []
        return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" for m in self.nominal(g, index)]

    def _asked(self, noun: Token, entry: Trigger, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """Who a request or demand named by a noun is made of, when no preposition says: whoever
        answers it ("Ghana turned down Togo's request"), whoever acts at it ("Rwanda sent soldiers
        to Bangui at the request of the Central African Republic"), or, for a request, an actor in
        what it asks for ("backed Bolivia's request for a World Bank loan")."""
        head, verb = governor(noun)
        if verb is not None and head.dep_ == "dobj" and (answer := self.match(verb)) is not None and answer.relation in ANSWERS:
            # "Abiy rejected Somalia's demand": an office holder answers for the body they lead or serve, which was asked
            answerers = [replace(m, actor=body) if (body := office_body(m.actor, noun.doc)) is not None else m for m in self.agent(verb, index)[0]]
            return [m for m in answerers if m.actor.iri not in exclude]
        if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.pos_ in ("VERB", "AUX"):
            return [m for m in self.agent(noun.head.head, index)[0] if m.actor.iri not in exclude]
        if entry.relation == "requests":
            return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
                    for m in index.search(g, 2, exclude)]
        return []

    def _portfolio(self, noun: Token, entry: Trigger, index: MentionIndex) -> bool:
        """A role noun with a modifier that names a field rather than who holds it ("foreign policy
        chief", "mission chief", "humanitarian chief"; not "Russian president", "secretary general",
        "junta leader")."""
        return any(
            c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.lower_ not in entry.requires
            and c.lemma_ not in self.lexicon.cue("@government") and c.lower_ not in self.lexicon.cue("@tenure") and not index.of(c)
            for c in noun.children
        )

    def _elicitor(self, noun: Token) -> Token | None:
        """The verb of the act that met the reaction ``noun`` names: "drew criticism", "travel …
        despite criticism"."""
        elicit = self.lexicon.cue("@elicit")
        head, verb = governor(noun)
        if verb is not None and head.dep_ == "dobj" and verb.lemma_ in elicit:
            return verb
        if head.dep_ == "pobj" and head.head.lower_ in elicit and head.head.head.pos_ in ("VERB", "AUX"):
            verb = head.head.head
            # "X will visit Caracas, her office said, despite criticism": the act reported, not the report
            reported = next((c for c in verb.children if c.dep_ == "ccomp"), None) if verb.lemma_ in self.speech else None
            return reported or verb
        return None

    def _reaction(self, noun: Token, entry: Trigger, verb: Token, index: MentionIndex) -> Iterator[Candidate]:
        """"Japan and the Philippines signed a troop pact, drawing Chinese criticism", "the reform
        sparked protests by farmers", "will travel to Moscow despite criticism from Washington": the
        reaction's owner (possessor, actor modifier, "by" or "from" phrase) reacts to whoever did
        what met it (``verb``, the elicitor)."""
        reacting, _ = self.noun_agent(noun, index)
        reacting = reacting or self.prep(noun, "from", index, frozenset())
        doers, _ = self.agent(verb, index)
        for s in reacting:
            for o in doers:
                if s.actor.iri != o.actor.iri:
                    yield self._candidate(s, o, noun, entry, "reaction")

    def _denying(self, verb: Token) -> bool:
        return verb.lemma_ in self.lexicon.cue("@denial") or any(t.relation == "rejects" for t in self.lexicon.triggers.get(verb.lemma_, ()))

    def _accusation(self, token: Token) -> bool:
        entry = self.match(token)
        return token.pos_ == "NOUN" and entry is not None and entry.relation == "accuses"

    def _denial(self, noun: Token, index: MentionIndex) -> Iterator[Candidate]:
        """Whoever denies or rejects an accusation rejects its author: "denied accusations by
        Khartoum", "dismissed the allegations made by Kyiv"; and "Kurti accused Belgrade of arming
        militants, a charge Vučić rejected": a noun summing up the accusation before it, denied in
        its relative clause (or, as the parser may have it, sharing that verb with its denier)."""
        _, verb = governor(noun)
        authors, _ = self.noun_agent(noun, index)
        if verb is None or not self._denying(verb):
            verb = next((c for c in noun.children if c.dep_ == "relcl" and self._denying(c)), None)
            if verb is None and noun.dep_ == "nsubj" and self._denying(noun.head) and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1:
                verb = noun.head  # "…, a charge Indian outlets reject"
            if verb is None:
                verb = self._denial_read_as_noun(noun)
            if verb is None:
                verb = self._denial_after(noun)
            if verb is None:
                return
        if not authors:  # the noun sums up an accusation made before it in the sentence
            before = [t for t in noun.sent if t.i < noun.i and t.pos_ == "VERB" and (e := self.match(t)) is not None and e.relation == "accuses"]
            # "Human Rights Watch said that Malian troops had killed 40 civilians, a charge the government rejected":
            # what a speaker said is the charge when no verb of accusing made it
            said = [] if before else [t for t in noun.sent if t.i < noun.i and t.pos_ == "VERB" and t.lemma_ in self.speech
                                      and t.lemma_ not in self.lexicon.cue("@denial") and any(c.dep_ == "ccomp" for c in t.children)]
            before = before or said
            authors = self.agent(before[-1], index)[0] if before else []
        else:
            said = []
        if verb.tag_ == "NNS":
            shared = [c for c in verb.children if c.dep_ in ("nsubj", "compound") and c != noun]
        else:
            shared = [c for c in verb.children if c.dep_ == "nsubj" and c != noun] if noun.head == verb and noun.dep_ == "nsubj" else []
        subject = shared[0] if shared else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        denier = index.at(subject) if subject is not None else None
        if said and (denier is None or denier.rule.startswith("description:")):
            return  # "…, a charge the government rejected": which government the speaker charged is not read from the noun alone
        between = [] if shared or subject is not None else self._denier_between(noun, verb, index)
        deniers = self.nominal(shared[0], index) if shared else between or self.agent(verb, index)[0]
        denial = Trigger(verb.lemma_, "verb", "rejects", ("agent",), ("patient",), f"{self.lexicon.path.name}:@denial")
        for s in deniers:
            for o in authors:
                if s.actor.iri != o.actor.iri:
                    yield self._candidate(s, o, verb, denial, "denial")

    def _denial_after(self, noun: Token) -> Token | None:
        """"…, a charge Tuggar rightly dismissed as nonsense", "…, a charge the group's spokesperson, Khine Thu Kha,
        denied": the verb of denial that closes an accusation noun set off by a comma, whatever tree the parser made of
        the words between (a name, its title, adverbs and auxiliaries; no other verb)."""
        doc = noun.doc
        article = doc[noun.i - 1] if noun.i >= 2 else None
        if article is None or article.lower_ not in ("a", "an") or doc[noun.i - 2].text != ",":
            return None
        for t in doc[noun.i + 1 : noun.sent.end]:
            if t.pos_ == "VERB" and self._denying(t):
                return t
            if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.lemma_ not in ("have", "do")) or t.lower_ in ("that", "which", "and", "but"):
                return None
        return None

    def _denier_between(self, noun: Token, verb: Token, index: MentionIndex) -> list[Mention]:
        """Who denies, named between the accusation noun and its verb of denial when the parse gave the verb no
        subject: the person a title puts in apposition ("the group's spokesperson, Khine Thu Kha"), else the last
        actor named ("a charge Tuggar rightly dismissed")."""
        if not noun.i < verb.i or verb.doc[noun.i + 1 : verb.i].text.count(",") > 2:
            return []
        named = [m for t in verb.doc[noun.i + 1 : verb.i] if (m := index.at(t)) is not None]
        named = list({m.start: m for m in named}.values())
        if not named:
            return [m for t in verb.doc[noun.i + 1 : verb.i] if t.tag_ == "PRP" for m in index.of(t)][:1]
        persons = [m for m in named if m.actor.type == "Person"]
        return (persons or named)[-1:]

    def _denial_read_as_noun(self, noun: Token) -> Token | None:
        """"…, a charge Peru rejects": a present tense the tagger read as a plural noun, with the
        accusation and the denier hanging from it (or from each other) as compounds or its subject."""
        head = noun
        while head.dep_ in ("compound", "nsubj") and head.head != head:
            head = head.head
            if head.tag_ == "NNS" and self._denying(head):
                return head
        return None

    def _reversed(self, noun: Token) -> bool:
        """The noun is the object of a verb that ends it ("lifted most of its sanctions")."""
        verb = self._reversing(noun)
        return verb is not None and any(c.dep_ in ("dobj", "nsubjpass") and noun in c.subtree for c in verb.children)

    def _ended_by_noun(self, noun: Token) -> bool:
        """The measure is what a noun of ending is of or to: "the lifting of sanctions", "the removal of the
        tariffs", "an end to the blockade"."""
        head = noun
        while head.dep_ == "compound":
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ not in ("of", "to") or head.head.head.pos_ != "NOUN":
            return False
        ending = head.head.head.lemma_.lower()
        stems = (ending, *(_stems(ending) if ending.endswith("ing") else self.lexicon.verb_stems(ending)))
        return any(stem in self.lexicon.cue("@reversal") for stem in stems)

    def _reversing(self, noun: Token) -> Token | None:
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb if verb is not None and verb.lemma_ in self.lexicon.cue("@reversal") else None

    def _relief(self, noun: Token, entry: Trigger, index: MentionIndex) -> Iterator[Candidate]:
        """Whoever ends a hostile measure concedes to its target: "eased the trade restrictions on
        Niger", "lifted its blockade of Qatar", "sanctions … were lifted by the EU"."""
        verb = self._reversing(noun)
        head = noun
        while head.dep_ == "compound" or (head.dep_ == "pobj" and head.head.lower_ == "of"):  # "most of its sanctions"
            head = head.head if head.dep_ == "compound" else head.head.head
        if not any(c.dep_ in ("dobj", "nsubjpass") and c == head for c in verb.children):
            return  # "lift his veto on the sanctions package": the veto ends, not the sanctions
        subjects, _ = self.agent(verb, index)
        exclude = frozenset(m.actor.iri for m in subjects)
        objects: list[Mention] = []
        for slot in (*entry.object, "prep:on", "prep:against"):  # the parser often hangs "on X" from the verb
            objects = self._slot(noun if slot in entry.object else verb, entry, slot, index, exclude)
            if objects:
                break
        relief = Trigger(verb.lemma_, "verb", "concedes", ("agent",), entry.object, f"{self.lexicon.path.name}:@reversal")
        for s in subjects:
            for o in objects:
                if s.actor.iri != o.actor.iri:
                    yield self._candidate(s, o, verb, relief, "relief")

    def _mediated(self, trigger: Token, entry: Trigger, parties: list[Mention], index: MentionIndex, frame: str,
                  pairs: list[tuple[Mention, Mention]] | None = None) -> Iterator[Candidate]:
        """The parties' mutual act, and whoever hosts or mediates it consulting each of them; talks
        someone mediates are bargaining between the parties ("Chad and Sudan held talks, mediated
        by Qatar": annotation guide, "mediated talks between A and B")."""
        mediation = list(self._mediation(trigger, parties, index))
        if mediation and entry.relation == "consults":
            entry = replace(entry, relation="negotiatesWith")
        yield from reciprocal(parties, trigger, entry, frame, pairs)
        yield from mediation

    def _sides(self, parties: list[Mention], trigger: Token) -> list[tuple[Mention, Mention]] | None:
        """Which of the parties named after "between" face each other (``listed_sides``)."""
        return listed_sides([(m, m.start, m.end) for m in parties], trigger.doc, BETWEEN, self.lexicon.cue("@coordinator"))

    def _mediating(self, verb: Token, entry: Trigger) -> bool:
        """A mediation under way, not one offered or wished ("offered to mediate between Togo and
        Burkina Faso once …" sets no talks going)."""
        wished = self.lexicon.cue("@future") | self.lexicon.cue("@irrealis")
        return entry.lemma in self.lexicon.cue("@mediation") and not any(v.lemma_ in wished for v in self.chain(verb)[1:])

    def _mediation(self, trigger: Token, parties: list[Mention], index: MentionIndex) -> Iterator[Candidate]:
        """Who hosts or mediates the parties' talks consults each of them ("talks mediated by
        Norway", "Oman, which hosted talks between them", "exchanged prisoners in a swap mediated
        by the Emirates", "signed the treaty in a ceremony hosted by Trump"): ``@mediation`` verbs."""
        mediation = self.lexicon.cue("@mediation")
        mediators: list[Mention] = []
        verb: Token | None = trigger
        events = []  # the nouns a mediating participle may hang from
        if trigger.pos_ in ("NOUN", "PROPN"):
            _, verb = governor(trigger)
            events.append(trigger)
            if verb is not None and verb.lemma_ in mediation and not self._irrealis(verb):
                mediators = self.agent(verb, index)[0]
        if verb is not None:  # an event beside the parties' act: "… in talks mediated by X"
            events += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        for event in events:
            for child in event.children:
                if child.dep_ == "acl" and child.lemma_ in mediation:
                    mediators += [m for g in _by_agents(child) for m in self.nominal(g, index)]
        if verb is not None:  # "… met in Istanbul for talks, hosted by Turkey's foreign minister", the participle on the verb
            # … or on its complement: "agreed not to use force …, after talks in St Vincent mediated by Brazil"
            clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
            mediators += [
                m for v in clauses for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_ in mediation
                for g in _by_agents(c) for m in self.nominal(g, index)
            ]
        party_iris = {m.actor.iri for m in parties}
        for mediator in mediators:
            if mediator.actor.iri in party_iris:
                continue
            for party_mention in parties:
                yield Candidate(mediator, party_mention, verb if verb is not None else trigger, "mediation", "consults", f"{self.lexicon.path.name}:@mediation")

    def _candidate(self, s: Mention, o: Mention, token: Token, entry: Trigger, frame: str, condition: str | None = None) -> Candidate:
        return Candidate(s, o, token, frame, entry.relation, entry.source, condition)

    # --- slots ---------------------------------------------------------------------------
    def _chairing_state(self, holder: Mention, role: Trigger | Token) -> bool:
        """A state holding a bloc's rotating chair leads it ("ASEAN chair Malaysia", "Malaysia, which chairs
        ASEAN this year": annotation guide, leaderOf); no other office makes a state a leader."""
        lemma = role.lemma if isinstance(role, Trigger) else role.lemma_.lower()
        return holder.actor.type == "State" and lemma in self.lexicon.cue("@rotating_chair")

    def _slot_subject(self, token: Token, entry: Trigger, index: MentionIndex) -> tuple[list[Mention], str]:
        for slot in entry.subject:
            if slot == "agent":
                if entry.frame == "verb":
                    found, how = self.agent(token, index)
                else:
                    found, how = self.noun_agent(token, index)
            elif slot == "host":
                found, how = self.host(token, index), "role"
                if entry.relation == "leaderOf":  # people lead: "Russian President Vladimir Putin" makes Russia lead nothing
                    found = [m for m in found if m.actor.type == "Person" or self._chairing_state(m, entry)]
            else:
                found, how = self._slot(token, entry, slot, index, frozenset()), "noun"
            if found:
                return found, how
        return [], ""

    @staticmethod
    def _sums_up_clause(verb: Token, noun: Token) -> bool:
        """A relative clause on a thing that reads back to the whole clause before it: its object the relative
        pronoun, right after a comma that follows the clause's last noun, and nothing after it in the sentence."""
        pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "WDT"), None)
        if verb.dep_ != "relcl" or pronoun is None or pronoun.i != verb.left_edge.i or pronoun.i < 2 or verb.doc[pronoun.i - 1].text != ",":
            return False
        last = verb.doc[pronoun.i - 2]
        if last.i != noun.i and noun.i not in {a.i for a in last.ancestors}:
            return False  # the pronoun right after the noun's own phrase
        return _ends_sentence(verb)

    def _slot(self, token: Token, entry: Trigger, slot: str, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        if slot == "agent":  # an object that acts: "the bloc, which includes Laos" (the includer is what Laos is a member of)
            found = self.agent(token, index)[0] if entry.frame == "verb" else self.noun_agent(token, index)[0]
            return [m for m in found if m.actor.iri not in exclude]
        if slot == "patient":
            return self.patient(token, index, exclude)
        if slot == "self":
            return [m for m in index.itself(token) if m.actor.iri not in exclude]
        if slot == "direct":
            objects = [c for c in token.children if c.dep_ == "dobj"]
            found = [m for c in objects for m in index.of(c) if m.actor.iri not in exclude]
            acts = [(c, a) for c in objects if c.pos_ == "NOUN" and (a := self.match(c)) is not None and a.frame == "noun"]
            return found or [m for c, a in acts for m in self._between(c, a, index, exclude)]
        if slot.startswith("prep:"):
            return self.prep(token, slot[5:], index, exclude)
        if slot == "xcomp":
            for child in token.children:
                # a noun's content clause too: "accusations by Khartoum that it is supplying the RSF"
                if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "acl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)):
                    subject = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
                    found = self.nominal(subject[0], index) if subject else []
                    found = [m for m in found if m.actor.iri not in exclude] or index.search(child, SEARCH_DEPTH, exclude)
                    if found:
                        return found
            return []
        if slot == "host":
            return [m for m in self.host(token, index) if m.actor.iri not in exclude]
        if slot == "place":
            if vocabulary()[entry.relation].group == "cooperative" and any(
                (act := self.match(c)) is not None and vocabulary()[act.relation].group == "conflictual" for c in token.children if c.dep_ == "dobj"
            ):
                return []  # "financed attacks in Israel": where a hostile act is done is its target, not whom the help is for
            return self.place(token, index, exclude)
        if slot == "relative":
            for child in token.children:
                if child.dep_ == "relcl":
                    found = index.search(child, SEARCH_DEPTH, exclude)
                    if found:
                        return found
            return []
        if slot == "clause":
            verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            found = self.agent(verb, index)[0] if verb is not None else []
            return [m for m in found if m.actor.iri not in exclude]
        if slot == "mod":
            found = [m for m in index.of(token) if m.actor.iri not in exclude and index.at(token) is None]
            if not found and index.at(token) is None and any(c.dep_ == "det" and c.lower_ in self.lexicon.cue("@pair") for c in token.children):
                # "Hungary and Slovakia, both EU members": the noun the pair reads back to has its own modifier
                found = [m for c in token.children if c.dep_ == "compound" for m in index.of(c) if m.actor.iri not in exclude]
            return found
        return []

    def nominal(self, token: Token, index: MentionIndex) -> list[Mention]:
        """The actors a subject noun phrase names: itself, its appositive name, its modifiers."""
        direct = index.at(token)
        if direct is not None and direct.rule.startswith("sector:"):
            # "Germany's domestic intelligence service, the BfV, classified …": the body a description's name names
            named = [m for c in token.children if c.dep_ == "appos" for m in index.of(c) if m.actor.type in ("Organization", "Group")]
            if named and not named[0].rule.startswith("sector:"):
                return named[:1]
        if direct is not None:
            return index.of(token)
        for child in token.children:
            if child.dep_ == "appos" and index.at(child) is not None:
                # "both leaders, Paul Kagame of Rwanda and Felix Tshisekedi": each name the apposition lists; "Afghanistan's
                # defence minister, Mullah Yaqoob, and Asif signed …": and the names coordinated with the title itself
                listed = [m for t in (child, *child.conjuncts) for m in index.of(t)]
                return listed + [m for t in token.conjuncts if t is not child and not misread_conjunct(t) for m in index.itself(t)
                                 if all(m.actor.iri != n.actor.iri for n in listed)]
        holder = self._named_holder(token, index)
        if holder:
            return holder
        named = index.at(token.nbor(1)) if token.pos_ == "NOUN" and token.i + 1 < len(token.doc) else None
        if named is not None and named.actor.type == "Person" and named.start == token.nbor(1).idx and token.nbor(1) in token.subtree:
            # "Vietnam's party chief To Lam hosted …", the name parsed inside the title's phrase: the person
            return [named]
        if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
            return self.nominal(token.head.head, index)
        if token.dep_ == "appos" and index.at(token.head) is not None:
            return self.nominal(token.head, index)  # "Putin, an astute autocrat who hopes …"
        found = index.of(token) or index.search(token, 2)
        if not found:  # "its inspectors", "its prosecutor's office": the owner acts
            owners = [t for t in token.subtree if t.dep_ == "poss" and t.lower_ in self.lexicon.pronouns and t.i < token.i]
            found = index.of(owners[0]) if owners else []
            if token.lemma_ in self.lexicon.cue("@government"):  # "his government": the state its owner leads or serves
                found = [replace(m, actor=state) if (state := index.served(m.actor)) is not None else m for m in found]
            elif token.tag_ == "NNS":  # "RSF commander X said his fighters would …": the body the owner leads
                found = [replace(m, actor=body) if (body := _led_body(m.actor, index)) is not None else m for m in found]
        return found

    def _named_holder(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """"Sudan's army chief, General Abdel Fattah al-Burhan, …", "thanked his Brazilian counterpart,
        Lula, for …": the person named after a noun and a comma, however the parser attached the name."""
        if noun.pos_ != "NOUN" or noun.i + 2 >= len(noun.doc) or noun.doc[noun.i + 1].text != ",":
            return []
        named = [(end, m) for start, end, m in index.in_span(noun.i + 2, noun.i + 4) if m.actor.type == "Person"][:1]
        if not named:
            return []
        end, first = named[0]
        if noun.tag_ != "NNS":
            return [first]
        # "met the two presidents, Paul Kagame and Felix Tshisekedi": every name of the list
        # (or "…, Hun Manet of Cambodia and Paetongtarn Shinawatra", the second name parsed as the state's conjunct)
        others = [m for c in noun.doc[end - 1].subtree if c.dep_ == "conj" for m in index.of(c) if m.actor.type == "Person"]
        return [first, *others]

    def agent(self, verb: Token, index: MentionIndex, depth: int = 0) -> tuple[list[Mention], str]:
        """Who does what ``verb`` says, and how it was found (``verb``, ``passive``, ``control``)."""
        # asked for the same verb by the frames, the qualifiers and the acts remembered: read once per sentence while the
        # index holds the same sides (the answer follows from the verb and the index)
        read = self._agents_read
        if read[0] is not index or read[1] is not index.sides:
            read = self._agents_read = (index, index.sides, {})
        found = read[2].get((verb.i, depth))
        if found is None:
            found = read[2][(verb.i, depth)] = self._agent(verb, index, depth)
        return list(found[0]), found[1]

    def _agent(self, verb: Token, index: MentionIndex, depth: int) -> tuple[list[Mention], str]:
        if depth > 8:
            return [], ""
        backer = _hyphened_agent(verb)
        if backer is not None:  # "the EU-funded coast guard", "Iran-backed Houthis": the actor before the hyphen acts
            return index.of(backer), "verb"
        if _passive(verb) or _reduced_passive(verb):
            by = _by_agents(verb) or (_by_on_noun(verb) if _passive(verb) else [])
            return (self.nominal(by[0], index), "passive") if by else ([], "")
        # a name the parser read as a clause ("The Committee to Protect Journalists condemned") is a subject
        subjects = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "csubj" and index.at(c) is not None)]
        # "Kenyan police officers leading the mission exchanged fire", read as a subject clause: its subject is the verb's
        subjects += [s for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and index.at(c) is None for s in c.children if s.dep_ == "nsubj"]
        # "Japan, Philippines sign defence pact": the parser may take the headline's first name for an adverbial noun
        subjects = [c for c in verb.children if c.dep_ == "npadvmod" and c.i + 2 == subjects[0].i and index.at(c) is not None][:1] + subjects if len(subjects) == 1 else subjects
        # "Thailand massed troops near …": a name right before a verb with no subject, taken for an adverbial noun
        subjects = subjects or [c for c in verb.children if c.dep_ == "npadvmod" and c.i + 1 == verb.i and verb.tag_ in ("VBD", "VBZ", "VBP") and index.at(c) is not None]
        if len(subjects) > 1 and (any(c.dep_ == "cc" for c in subjects[0].children) or _comma_pair(subjects, verb, index)):
            # "Kyrgyz President X and Tajik President Y signed", parsed as two subjects: a coordination; a headline's
            # comma joins them too ("Mexico, US reach deal on migration")
            return [m for c in subjects for m in self.nominal(c, index)], "verb"
        # "ASEAN chair Malaysia condemned", parsed with two subjects: the one that is a name
        subject = next((c for c in subjects if index.at(c) is not None), None) if len(subjects) > 1 else None
        subject = subject if subject is not None else next(iter(subjects), None)
        if subject is not None:
            return self.nominal(subject, index), "verb"
        head = parent(verb)
        if head == verb:
            return [], ""
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_ in self.speech and head.head.i < head.i \
                and (entry := self.match(verb)) is not None and entry.relation in ASKING:
            speakers, reported = self.agent(head.head, index, depth + 1)[0], self.agent(head, index, depth + 1)[0]
            if speakers and reported and all(_speaks_for(s.actor, m.actor, index) for s in speakers for m in reported):
                # "Kallas said the bloc respected the ruling and called on Vucic and Kurti to …": what the speaker's own side
                # did, then an appeal, which is made by speaking: the speaker asks ("The Kremlin said Putin welcomed … but
                # insisted …" stays Putin's)
                return speakers, "verb"
        dep = verb.dep_
        if dep == "xcomp":
            if _passive(head):  # "Pyongyang was found to have shipped": raised subject
                raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
                return (self.nominal(raised, index) if raised is not None else []), "control"
            controller = next((c for c in head.children if c.dep_ == "dobj"), None)
            found = self.nominal(controller, index) if controller is not None else []
            if found and controller.pos_ == "PRON" and not controller.lower_.endswith(("self", "selves")) \
                    and {m.actor.iri for m in found} <= {m.actor.iri for m in self.agent(head, index, depth + 1)[0]}:
                found = []  # "He asked them to lift sanctions": an object pronoun is not its own verb's subject
            if found or (controller is not None and (controller.pos_ == "PRON" or self.match(head) is not None)):
                return found, "control"
            # "promised $20 million to help Kenya", "announced plans last year to send troops": an object that
            # names no actor under a verb of no relation of its own is a thing; the infinitive is the subject's purpose
            return self.agent(head, index, depth + 1)[0], "control"
        if dep == "pobj" and _gerund(verb):
            dep = "pcomp"  # "thanked Qatar for mediating": a gerund the tagger took for a noun
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in self.lexicon.cue("@control"):
            governor = head.head  # "accused X of V-ing", "praised X for V-ing": X does V
            if governor.pos_ in ("NOUN", "PROPN") and governor.dep_ == "dobj":
                return self.nominal(governor, index), "control"  # "accusing the alliance of massing"
            controller = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return self.nominal(controller, index), "control"  # "accused Moscow of shelling"
            if governor.dep_ == "relcl":  # "companies it accused of shipping": the noun is the gap object
                return self.nominal(governor.head, index), "control"
            accused = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
            if accused is not None:  # "Rwanda has been accused by Kinshasa of sending troops": the one accused, not the accuser
                return self.nominal(accused, index), "control"
            if governor.pos_ in ("VERB", "AUX"):
                return self.agent(governor, index, depth + 1)[0], "control"
            return [], ""
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "by" and (entry := self.match(head.head)) is not None and entry.relation == "accuses":
            accused = next((c for c in head.head.children if c.dep_ == "dobj"), None)
            if accused is not None:  # "accused the UAE of complicity by arming the RSF": the accused did it
                return self.nominal(accused, index), "control"
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in self.lexicon.cue("@adjunct") and head.head.pos_ in ("VERB", "AUX"):
            return self.agent(head.head, index, depth + 1)[0], "control"  # "violated its sovereignty by signing a deal with X"
        if dep == "conj" and verb.i > 0 and misread_conjunct(verb.doc[verb.i - 1]):
            return index.itself(verb.doc[verb.i - 1]), "verb"  # "… to Ukraine and Poland sent jets": Poland sends
        if dep == "attr" and verb.tag_ == "VBG" and head.lemma_ == "be":
            dep = "acomp"  # "Qatar is mediating between …", a progressive the parser read as the copula's predicate
        if dep == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp" and verb.doc[verb.i - 1].text == "," \
                and any(c.dep_ in ("dobj", "dative") for c in head.head.children) and head.head.pos_ in ("VERB", "AUX"):
            # "ordered the ambassador to leave the country, accusing Paris of …": a participle set off after an
            # infinitive the object does is the asker's, not the object's
            head = head.head
        if dep in ("conj", "advcl", "acomp") and head.pos_ in ("VERB", "AUX"):
            found = self.agent(head, index, depth + 1)[0]
            if not found and dep == "conj" and head.dep_ == "ccomp" and head.head.lemma_ in self.speech:
                # "X said the deal followed months of bargaining and thanked Beijing": no actor
                # heads the reported clause, so the conjunct is the speaker's own act
                found = self.agent(head.head, index, depth + 1)[0]
            return found, "control"
        if dep in ("acl", "relcl") and (verb.tag_ != "VBN" or _misread_finite(verb)):
            found = self.nominal(head, index)
            clause = range(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
            if all(m.start in clause for m in found) and dep == "acl" and verb.tag_ in ("VBG", "VB") and head.dep_ == "dobj" \
                    and head.head.pos_ in ("VERB", "AUX") and index.at(head) is None and not any(c.dep_ == "poss" for c in head.children):
                # "the Parliament passed a resolution condemning Tunisia": a text no one else owns speaks for
                # whoever issues it
                issuer = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                if issuer is None or index.at(issuer) is not None or issuer.pos_ == "PRON":
                    # the issuer must be named as such, not an actor modifying another noun ("the Law Society of Kenya")
                    return self.agent(head.head, index, depth + 1)[0], "control"
            return found, "control"  # "Turkey's efforts to shape", "Rutte …, called on"
        return [], ""

    def noun_agent(self, noun: Token, index: MentionIndex) -> tuple[list[Mention], str]:
        """Who acts in a nominal frame: possessor, by-phrase, actor modifier, or light-verb subject."""
        for child in noun.children:
            if child.dep_ == "poss":
                found = index.of(child)
                if found:
                    return found, "noun"
            if child.dep_ == "prep" and child.lower_ in self.lexicon.cue("@agent_marker"):
                found = [m for g in child.children if g.dep_ == "pobj" for m in self.nominal(g, index)]
                if found:
                    return found, "noun"
        found = [m for m in index.of(noun) if index.at(noun) is None]
        if found:
            return found, "noun"
        entry = self.match(noun)
        if entry is not None and entry.relation in FROM_AGENT:  # "aid from the UAE", "drew condemnation from the EU"
            found = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj" for m in self.nominal(g, index)]
            if found:
                return found, "noun"
        head, verb = governor(noun)
        if verb is not None and verb.lemma_ in self.light:
            found, _ = self.agent(verb, index)
            return found, "noun"
        if noun.dep_ == "appos" and index.at(noun.head) is not None and any(t.text == ":" for t in noun.doc[noun.head.i + 1 : noun.i]):
            return index.of(noun.head), "noun"  # a headline, "Kremlin: talks with Kyiv only if …": the act its speaker states
        # "the memorandum (of understanding) that Tunisia and the EU signed": a light verb in a clause on the noun
        phrase = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
        for clause in (c for t in phrase for c in t.children if c.dep_ in ("relcl", "acl") and c.lemma_ in self.light):
            if any(g.dep_ == "nsubj" for g in clause.children):
                return self.agent(clause, index)[0], "noun"
        # "arrived in Beijing on a state visit to China": on a visit, the visitor is the one who arrived
        adjunct = head.head.lower_ in self.lexicon.cue("@adjunct") or (head.head.lower_ == "on" and head.lemma_ == "visit")
        if head.dep_ == "pobj" and adjunct and self._adjunct_of(head.head.head):
            found, _ = self.agent(head.head.head, index)  # "is drilling off the coast under an accord with Somalia"
            if found:
                return found, "adjunct"
        if head != noun and head.pos_ in ("NOUN", "PROPN"):
            found = [m for c in head.children if c.dep_ == "poss" for m in index.of(c)]
            if found:
                return found, "noun"  # "their energy partnership" climbing from a compound
        subject = next((c for c in noun.children if c.dep_ == "nsubj"), None)
        if subject is not None:  # "X has been bargaining with Y", a verb the tagger read as a noun
            return self.nominal(subject, index), "verb"
        return [], ""

    def _adjunct_of(self, verb: Token) -> bool:
        """A verb that lends its subject to an event noun in its adjunct: a stated act of its own,
        not one only urged ("urged them to settle through talks") nor one that is itself an event
        noun's light verb ("resumed negotiations … in talks mediated by Norway": the same talks)."""
        # "Blinken lands in Riyadh for talks with …": a headline's verb the tagger read as a plural noun has a subject
        misread = verb.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in verb.children)
        if (verb.pos_ not in ("VERB", "AUX") and not misread) or self._irrealis(verb) or verb.lemma_ in self.lexicon.cue("@irrealis"):
            return False  # "called for talks with X": the talks are only asked for
        return not any(c.dep_ == "dobj" and self.match(c) is not None for c in verb.children)

    def host(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """What a role noun describes: apposition, copula subject or the name it titles."""
        named = [m for c in noun.children if c.dep_ == "appos" and not _clausal(c) for m in index.of(c) if m.actor.type == "Person"]
        if noun.dep_ == "appos" and named and not any(m.actor.type == "Person" for m in self.nominal(noun.head, index)):
            # "…on Niger, the bloc's commission president, Omar Alieu Touray, said": the name after the role
            # noun, not the noun the parser set it in apposition to
            return named
        if noun.dep_ == "appos":
            return self.nominal(noun.head, index)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" and noun.head.head.dep_ in ("appos", "attr"):
            return self.host(noun.head.head, index)  # "Japan, one of the G7 countries": what the "one" describes
        if noun.dep_ == "compound" and noun.head.lemma_ in self.lexicon.cue("@member_class") and (
            noun.head.dep_ in ("appos", "attr") or any(c.dep_ == "appos" and index.at(c) is not None for c in noun.head.children)
        ):
            # "Hungary, an EU member state", "EU member states Hungary and Slovakia": the role noun modifies a class noun
            return self.host(noun.head, index)
        for child in noun.children:
            if child.dep_ == "appos" and index.of(child) and not _clausal(child):
                return index.of(child)
        if noun.i + 1 < len(noun.doc) and (named := noun.nbor(1)).dep_ == noun.dep_ == "nsubj" and named.head == noun.head and index.at(named) is not None:
            return index.of(named)  # "ASEAN chair Malaysia condemned …", the title parsed as a second subject beside its name
        # "Kenya is critical of Japan", "said it was grateful to Japan": a predicative adjective describes the subject too
        if noun.dep_ in ("attr", "oprd", "acomp") and noun.head.lemma_ in self.copula:
            return self.agent(noun.head, index)[0]
        head = noun
        while head.dep_ in ("compound", "nmod") and head.head != head:
            head = head.head
            person = index.at(head)
            if person is not None and person.actor.type == "Person":
                return [person]
            if person is not None and head == noun.head and self._chairing_state(person, noun):
                return [person]  # "ASEAN chair Malaysia": the state holding a bloc's rotating chair
            if person is not None and head == noun.head and (noun.lemma_ in self.lexicon.cue("@member_class") or any(
                e.relation == "memberOf" and "prep:of" in e.object for e in self.lexicon.triggers.get(noun.lemma_.lower(), ())
            )):
                # "OPEC member Nigeria", "G7 country Japan": a membership noun titles the name it modifies ("EU candidate
                # Ukraine" is none: a party's candidate is its member, a state's candidacy is no membership)
                return [person]
        # "both prime ministers, Hun Manet of Cambodia and …", the names parsed apart from the noun (a singular
        # noun so read, "Sudan's army chief, General X", took the owner of a part for the body: measured, 0 tp, 1 fp)
        return self._named_holder(noun, index) if noun.tag_ == "NNS" else []

    def patient(self, token: Token, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        if token.pos_ in ("NOUN", "PROPN"):
            return self.prep(token, "of", index, exclude)
        if _hyphened_agent(token) is not None:  # "Iran-backed Houthis": the noun the participle describes
            return [m for m in index.of(token.head) if m.actor.iri not in exclude]
        if _reduced_passive(token):  # the noun itself or its owner ("Myanmar's junta"), not "a TikTok campaign backed by Russia"
            noun = token.head.head if token.head.dep_ == "appos" and index.at(token.head) is None else token.head  # "Jara, the candidate backed by Boric"
            nouns = [t for n in (noun, *noun.conjuncts) for t in (n, *(c for c in n.children if c.dep_ == "poss"))]
            return [m for t in nouns if (m := index.at(t)) is not None and m.actor.iri not in exclude]
        deps = ("nsubjpass",) if _passive(token) else ("dobj", "dative")
        for child in token.children:
            if child.dep_ in deps:
                found = self._object(child, index, exclude)
                if found:
                    return found
        if _gap_object(token):  # "four firms it accused of selling drones": the noun the clause is on
            return [m for m in index.of(token.head) if m.actor.iri not in exclude]
        if (echoed := self._echoed_object(token)) is not None:
            # "expelled two Russian diplomats, accusing them of spying", "suspended the licence of X, accusing the company of …": the
            # participle's pronoun or definite noun that names no one is the main act's object
            return self._object(echoed, index, exclude)
        complements = [c for c in token.children if c.dep_ == "oprd"]
        if len(complements) > 1:  # "called Lula 'a corrupt communist'", parsed as two complements: the first is the object
            return self._object(complements[0], index, exclude)
        if len(complements) == 1 and token.lemma_ in self.lexicon.cue("@evaluative") and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" for c in complements[0].children
        ):
            # "called Israel's demand blackmail", parsed as one phrase with the object as a compound of the
            # judgement: the owner of the object is what is judged
            owners = [m for c in complements[0].children if c.dep_ == "poss" for m in index.of(c) if m.actor.iri not in exclude]
            if owners:
                return owners
        return self._described(token, index, exclude)

    def _echoed_object(self, verb: Token) -> Token | None:
        """The main verb's object, when ``verb`` is a subjectless participial adjunct of it whose own object is a
        pronoun or a definite noun ("…, accusing them of", "…, accusing the company of") and the main verb is itself
        an act on someone: the adjunct adds a second relation to the same pair ("expelled X, accusing them")."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        if self.match(verb.head) is None:
            return None  # "the report names the trader, accusing the company of …": naming is no act on the trader
        own = [c for c in verb.children if c.dep_ == "dobj"]
        definite = self.lexicon.cue("@definite")
        if not own or not (own[0].lower_ in self.lexicon.pronouns or any(c.dep_ == "det" and c.lower_ in definite for c in own[0].children)):
            return None
        # the main object named, not a pronoun of its own ("expelled him, accusing him of …")
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)

    def _described(self, verb: Token, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """An object named by a free relative, through the words it puts on the thing: "struck what
        its army described as PKK ammunition depots", "what officials said were militia camps"."""
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1 and c.left_edge.lower_ == "what"):
            names = [t for t in clause.subtree if t.dep_ in ("attr", "oprd") or (t.dep_ == "pobj" and t.head.lower_ == "as")]
            found = [m for t in names for m in index.search(t, SEARCH_DEPTH, exclude)]
            if found:
                return found
        return []

    def _object(self, token: Token, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """The actors an object phrase names; if it names only the subject ("praised Ankara's
        role" after "Turkey is …"), the search stops there rather than going deeper."""
        if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
            token = token.head.head  # "Rwanda, which the UN has accused of …": the noun the relative stands for
        named = any(c.dep_ == "appos" for c in token.children) or bool(self._named_holder(token, index))
        direct = self.nominal(token, index) if index.at(token) is not None or named else index.of(token)
        if direct:
            return [m for m in [*direct, *_places_beside(token, direct, index)] if m.actor.iri not in exclude]
        act = self.match(token) if token.pos_ == "NOUN" else None
        if act is not None and act.frame == "noun" and vocabulary()[act.relation].group != "fact":
            # "denounced the arrest of an aid worker by Iranian authorities": an act is judged in whoever did it
            agents = [m for m in self.noun_agent(token, index)[0] if m.actor.iri not in exclude] or self._between(token, act, index, exclude)
            if agents or vocabulary()[act.relation].group == "conflictual":
                return agents  # "condemned the attack on a Ukrainian train": the victim of a hostile act is not judged
        # "backed a resolution on Sudan": what a thing is about is no party to it
        return index.search(token, SEARCH_DEPTH, exclude, topics=self.lexicon.cue("@topic") if act is None else frozenset())

    def _between(self, noun: Token, act: Trigger, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """The parties of a two-sided accord named "between" them: "welcomed the agreement between Armenia and
        Azerbaijan" judges both signatories (a symmetric cooperative act only)."""
        if not (vocabulary()[act.relation].symmetric and vocabulary()[act.relation].group == "cooperative"):
            return []
        return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"
                for t in (g, *g.conjuncts) for m in index.of(t) if m.actor.iri not in exclude]

    def prep(self, token: Token, word: str, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """The object of preposition ``word`` on the trigger, its object, or its light verb."""
        holders = [token]
        if token.pos_ in ("NOUN", "PROPN"):
            head, verb = governor(token)
            holders += [h for h in (head, verb) if h is not None and h != token]
            # "a memorandum of understanding with Ethiopia": the preposition hangs from the noun's own complement
            holders += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and index.at(g) is None]
        else:  # "supplied missiles to X", "massing troops ever closer to X", "sent trucks across the border to X"
            holders += [c for c in token.children if c.dep_ in ("dobj", "advmod")]
            # "deployed 34 warships and 70 aircraft around Taiwan": on the object's last conjunct
            holders += [c for d in token.children if d.dep_ == "dobj" for c in d.conjuncts if c.i > d.i]
            holders += [g for c in token.children if c.dep_ == "prep" and c.lower_ != word for g in c.children if g.dep_ == "pobj"]
            # "pledged $190 million in budget support for Fiji": the preposition on what the object is given as
            holders += [g for d in token.children if d.dep_ == "dobj" for c in d.children if c.dep_ == "prep" and c.lower_ != word for g in c.children if g.dep_ == "pobj"]
        for holder in holders:
            for child in holder.children:
                if child.lower_ != word:
                    continue
                if child.dep_ in ("prep", "dative", "agent"):
                    for g in child.children:
                        if g.dep_ in ("pobj", "pcomp"):
                            found = self._object(g, index, exclude)
                            if found:
                                return found
                elif child.dep_ == "prt":  # "called on X" parsed as a particle: X is the object
                    for g in holder.children:
                        if g.dep_ == "dobj":
                            found = [m for m in index.of(g) if m.actor.iri not in exclude]
                            if found:
                                return found
        if word == "to":  # "granted Pakistan a loan", "gave Hezbollah an ultimatum": a double object's first is the recipient
            verb = token if token.pos_ not in ("NOUN", "PROPN") else token.head if token.dep_ == "dobj" and token.head.lemma_ in self.light else None
            for child in verb.children if verb is not None else ():
                double = child.dep_ == "dative" and child.pos_ != "ADP" and any(d.dep_ == "dobj" and d.i > child.i for d in verb.children)
                found = [m for m in index.of(child) if m.actor.iri not in exclude] if double else []
                if found:
                    return found
        return []

    def place(self, token: Token, index: MentionIndex, exclude: frozenset[str]) -> list[Mention]:
        """The actor in a place phrase of the trigger ("investigate reports … at two Iranian
        sites", "massing troops ever closer to Russian borders")."""
        places = self.lexicon.cue("@place")
        holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "advmod"))]
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in places:
                    for g in child.children:
                        if g.dep_ == "pobj":
                            found = index.search(g, SEARCH_DEPTH, exclude, places=True)
                            if found:
                                return found
        return []

    def _condition_slot(self, token: Token, entry: Trigger, index: MentionIndex) -> str | None:
        """The phrase a lexicon ``condition=prep:X`` names ("condition the reset on …"). A phrase that
        is an actor is whom the thing is for or what it is tied to, not a condition ("tied its aid to
        Tunisia to reforms"): the next one is taken, and when there is none the slot is empty ("")."""
        if entry.condition is None or not entry.condition.startswith("prep:"):
            return None
        word = entry.condition[5:]
        people = [c for c in token.children if c.dep_ == "dobj" and (index.at(c) is not None or any(
            p.lower_ == "of" and index.at(g) is not None for p in c.children for g in p.children if g.dep_ == "pobj"))]
        if people or token.dep_ == "acl":
            return ""  # "evidence tying agents of the Indian government to a campaign": someone tied to a deed
        # (the preposition, the last token of its phrase): on the trigger or its complements, else where the parser
        # hung it inside the object ("conditions its support for Kyiv's membership on …")
        phrases = [
            (child, holder.right_edge.i if holder != token else child.right_edge.i)
            for holder in (token, *(c for c in token.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd")))
            for child in holder.children if child.dep_ == "prep" and child.lower_ == word
        ]
        phrases += [
            (child, child.right_edge.i)
            for child in (t for c in token.children if c.dep_ == "dobj" for t in c.subtree if t.head != c)
            if child.dep_ == "prep" and child.lower_ == word
        ]
        named = False
        for prep, end in phrases:
            phrase = token.doc[prep.i + 1 : end + 1]
            if _named(prep, phrase, index):
                named = True
                continue
            return _text(phrase)
        return "" if named else None

    # --- qualifiers ----------------------------------------------------------------------
    def chain(self, trigger: Token) -> list[Token]:
        """The trigger and the verbs whose auxiliaries and negations govern it."""
        chain = [trigger]
        verb = trigger
        if trigger.pos_ in ("NOUN", "PROPN", "ADJ"):
            head, verb = governor(trigger)
            if verb is not None and head.dep_ == "attr" and verb.lemma_ in self.copula:
                return [*chain, verb]  # "Serbia is not a member of the EU": the copula's negation is the predicate's
            if verb is None or verb.lemma_ not in self.governing:
                return chain  # "praised X's support for Y": the support is not praised into being
            chain.append(verb)
        while verb.head != verb and (verb.dep_ == "xcomp" or _infinitive_adjunct(verb) or (verb.dep_ == "conj" and _shares_auxiliary(verb))):
            verb = verb.head
            chain.append(verb)
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            chain.append(verb.head)  # "Berlin's reluctance to send", "the failure to agree"
        return chain

    def _offered(self, noun: Token, entry: Trigger) -> bool:
        """An agreement or talks a verb of offering gives someone ("offered Kyiv a ceasefire"): a concession (guide), not
        an act only wished; not when the offer is itself only asked for ("urged Moscow to offer Kyiv a truce"), nor with
        no one it is offered to ("proposed talks between Russia and Ukraine")."""
        return (entry.frame == "noun" and entry.relation in ("agreesWith", "negotiatesWith") and noun.dep_ == "dobj"
                and noun.head.lemma_ in self.offering and not self._irrealis(noun.head) and bool(self._recipient_tokens(noun.head)))

    def _talks_proposed(self, token: Token, entry: Trigger) -> bool:
        """Talks its subject offers or says it is ready for ("offered to hold talks with the junta", "ready to talk with
        Tshisekedi", "willing to hold talks with Beijing"): a bargain proposed to the other side (negotiatesWith, annotation
        guide), not a meeting held; not when the offer is itself only asked for ("urged Kigali to offer talks"), nor a
        meeting ("ready to meet the students")."""
        if entry.relation != "consults" or not self._talks(token):
            return False
        ready = next((v for v in self.chain(token)[1:] if v.lemma_ in self.lexicon.cue("@readiness")), None)
        return ready is not None and not self._irrealis(ready)

    @staticmethod
    def _recipient_tokens(verb: Token) -> list[Token]:
        """Who a verb of giving gives to: its dative ("offered Kyiv …") or the object of its "to"."""
        return [g for c in verb.children if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
                for g in ((c,) if c.dep_ == "dative" and c.pos_ != "ADP" else (g for g in c.children if g.dep_ == "pobj"))]

    def _recipients(self, verb: Token, index: MentionIndex) -> list[Mention]:
        return [m for g in self._recipient_tokens(verb) for m in index.of(g)]

    def _wished(self, noun: Token) -> bool:
        """A noun whose governing verb is only wished or offered ("offered to host talks")."""
        _, verb = governor(noun)
        return verb is not None and (self._irrealis(verb) or verb.lemma_ in self.lexicon.cue("@irrealis"))

    def _irrealis(self, token: Token) -> bool:
        """Inside what someone asks or threatens ("urged the EU to agree"): not a statement."""
        chain = self.chain(token)
        wished = self.lexicon.cue("@irrealis")
        if any(v.lemma_ in wished for v in chain[1:]):
            return True
        top = chain[-1]
        return top.dep_ == "ccomp" and top.head.lemma_ in wished

    def qualify(self, c: Candidate, sentence: Span, index: MentionIndex, previous: Mention | None = None) -> tuple[str, Qualifiers]:
        """The relation name (``refused to`` turns it into ``rejects``) and its qualifiers."""
        cue = self.lexicon.cue
        chain = self.chain(c.trigger)
        if vocabulary()[c.relation].group == "fact" and c.trigger.pos_ == "NOUN" and governor(c.trigger)[0].dep_ in ("nsubj", "nsubjpass"):
            chain = chain[:1]  # "NATO members Poland and Lithuania refused to sign": the subject's role is no act of its verb
        words = [t for v in chain for t in (v, *v.children)]
        relation = c.relation
        # a negation comes before what it negates: "did not criticize", not "partners, not rivals"
        # … or comes after the copula it negates: "Serbia is not a member of the EU" (not "is not only a member …")
        negated = any((t.dep_ == "neg" or t.lower_ in cue("@negation")) and (t.i < t.head.i or _negated_copula(t, self.copula, cue("@focus"))) for t in words if t not in chain)
        # "Moldova, not an EU member, …": the parser hangs the negation on the name the apposition describes
        negated = negated or (c.trigger.dep_ == "appos" and any(t.dep_ == "neg" and t.i == c.trigger.left_edge.i - 1 for t in c.trigger.head.children))
        # "failed to persuade", "refused to meet": the act did not happen (annotation guide, negation)
        negated = negated or any(v.lemma_ in cue("@failure") | cue("@rejection") or _ruled_out(v, cue("@ruling_out")) for v in chain[1:])
        if any(_ruled_out(v, cue("@ruling_out")) and any(t.dep_ == "neg" for t in v.children) for v in chain[1:]):
            negated = False  # "has not ruled out sending troops": still possible, not denied
        condition = c.condition or self.condition(chain) or self._tied(c.trigger, index)
        attributed, denied = self.attribution(c.trigger, sentence, index, previous)
        # "will not talk until X leaves" demands, unnegated; a condition read off a coordinated clause
        # ("did not criticise X and said it would help, provided …") must not undo the act's own negation
        negated = (negated and c.frame not in CONDITION_FRAMES) != denied
        # "will sign no deal with Beijing unless …", "non firmerà alcun accordo se …": an act withheld on terms is offered on them
        negated = negated and not (c.condition and not denied)
        if negated and not denied and relation == "concedes" and c.trigger.lemma_ in cue("@acceptance") and any(t.dep_ == "neg" for t in c.trigger.children):
            relation, negated = "rejects", False  # "would not accept Guyana's proposal" refuses it
        modality = "asserted"
        auxiliaries = [t for v in chain for t in v.children if t.dep_ in ("aux", "auxpass")]
        if condition or self._in_condition(c.trigger):
            modality = "conditional" if condition else "hypothetical"
        elif any(a.lower_ in cue("@hypothetical") for a in auxiliaries):
            would_only = all(a.lower_ in cue("@future_in_past") for a in auxiliaries if a.lower_ in cue("@hypothetical"))
            modality = "future" if would_only and self._reported(chain[-1]) else "hypothetical"
        elif any(a.lower_ in cue("@future") for a in auxiliaries) or any(v.lemma_ in cue("@future") for v in chain[1:]):
            modality = "future"
        elif relation == "consults" and c.trigger.lemma_ in cue("@future"):
            modality = "future"  # "is expected in Seoul", "is due in Asmara": a visit announced by its own word
        elif self._to_come(c.trigger):
            modality = "future"  # "offered to host talks between Kyiv and Moscow": the talks themselves are still to come
        if attributed is not None and modality in ("conditional", "hypothetical") and self._speaks_for(attributed, c.subject.actor, sentence, index):
            attributed = None  # "Hamas said it would free the hostages only if …": one's own offer or intent, not a report
        return relation, Qualifiers(negated, modality, condition, attributed)

    def _to_come(self, noun: Token) -> bool:
        """A relation noun that is the object of an infinitive governed by a verb of what is to come ("offered to host talks
        between Kyiv and Moscow", "plans to organise a summit between Trump and Putin")."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        head, _ = governor(noun)
        verb = head.head if head.dep_ == "dobj" else None
        return verb is not None and (verb.dep_ == "xcomp" or _infinitive_adjunct(verb)) and verb.head.lemma_ in self.lexicon.cue("@future")

    def _speaks_for(self, speaker: Actor, subject: Actor, sentence: Span, index: MentionIndex) -> bool:
        """The speaker is the subject, or named together with it ("the NLC and the TUC said they would strike
        unless …": the TUC's offer is its own word too)."""
        if speaker.iri == subject.iri:
            return True
        for token in sentence:
            named = index.at(token)
            if named is not None and named.actor.iri == speaker.iri and any(m.actor.iri == subject.iri for t in token.conjuncts for m in index.of(t)):
                return True
        return False

    def _reported(self, verb: Token) -> bool:
        """"said the United States would lift": ``would`` is a future seen from the past."""
        return verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in self.speech

    def _tied(self, thing: Token, index: MentionIndex) -> str | None:
        """What is given is given on the terms it is tied to: "has tied its loans to Ghana to an audit of …" makes
        the loans conditional on the audit, as the demand is."""
        tie = self.match(thing.head) if thing.dep_ == "dobj" else None
        return (self._condition_slot(thing.head, tie, index) or None) if tie is not None and tie.condition else None

    def condition(self, chain: list[Token]) -> str | None:
        """The condition attached to the trigger's clause: an if-clause, a clause opened by a
        phrase ("provided that …") or an exchange phrase ("only in exchange for …")."""
        doc = chain[0].doc
        # the trigger's own complement too: "demanded that the US lift sanctions in exchange for …"
        complements = [c for c in chain[0].children if c.dep_ in ("ccomp", "xcomp")]
        for verb in (*chain, *complements):
            for child in verb.children:
                if child.dep_ == "advcl":
                    marker = next((m for m in child.children if m.dep_ == "mark" and m.lower_ in self.conditions), None)
                    # "will keep attacking even if the US imposes sanctions": a concession, not a condition
                    if marker is not None and not (marker.i > 0 and doc[marker.i - 1].lemma_.lower() in self.markers.not_after) \
                            and not circumstance(doc[marker.i + 1 : child.right_edge.i + 1], self.markers):  # ("if needed")
                        return _text(doc[marker.i + 1 : child.right_edge.i + 1])
                if child.dep_ in ("advcl", "prep", "conj", "ccomp"):
                    start = child.left_edge.i
                    for phrase in self.lexicon.phrases("@condition"):
                        if _words_at(doc, start, phrase):
                            return _text(doc[start + len(phrase) : child.right_edge.i + 1])
                if child.dep_ == "prep":
                    for phrase in self.exchanges:
                        if _words_at(doc, child.i, phrase):
                            return _text(doc[child.i + len(phrase) : child.right_edge.i + 1])
        return None

    def _in_condition(self, token: Token) -> bool:
        """Inside an if-clause or an exchange phrase: what is stated there is not asserted."""
        for ancestor in (token, *token.ancestors):
            if ancestor.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.conditions for m in ancestor.children):
                return True
            if ancestor.dep_ == "prep" and any(_words_at(token.doc, ancestor.i, p) for p in self.exchanges):
                return True
        return False

    def _conditional(self, clauses: list[ConditionClause], sentence: Span, index: MentionIndex, found: list[Candidate]) -> Iterator[Candidate]:
        """What the condition clauses of the sentence make of its acts (``kg.relations.conditions``)."""
        for clause in clauses:
            clause = self._as_unless(clause, sentence)
            marker = sentence.doc[clause.marker]
            subject = self._terms_of(marker)
            if subject is not None:  # "any deal with Israel depends on …": the condition is of what the subject names
                yield from self._stated(clause, marker, subject, sentence, index, found)
                continue
            # "approved a $1.2 billion loan for Sri Lanka, conditional on Colombo raising taxes", "offered Greenland 200 million
            # euros, tied to strict environmental rules": a predicate of terms set off by a comma after the act's verb, with no
            # verb of its own, states the terms of the act as "provided" would (not one that describes the subject before the
            # verb: "Hezbollah, tied to Iran, attacked …")
            governor = next((a for a in marker.ancestors if a.pos_ in ("VERB", "AUX")), None)
            absolute = clause.stated and clause.marker > sentence.start and sentence.doc[clause.marker - 1].text == "," \
                and (marker.pos_ == "ADJ" or marker.tag_ == "VBN") and marker.dep_ not in ("acomp", "ROOT") \
                and governor is not None and governor.i < marker.i
            if clause.stated and not absolute:  # "a militia tied to Iran" sets no terms; "made the reset conditional on …" is the make frame's
                yield from self._made(clause, marker, sentence, index, found)
                continue
            inside = range(clause.marker, clause.end)
            verb = next((a for a in sentence.doc[clause.marker].ancestors if a.i not in inside and a.pos_ in ("VERB", "AUX")), None)
            if clause.marker >= sentence.end:  # the condition the next sentence is made of: of this one's main act
                verb = sentence.root if sentence.root.pos_ in ("VERB", "AUX") else None
            headline = self._headline_act(sentence, index) if verb is None else None
            if verb is None and headline is None:
                continue
            verb = headline if headline is not None else self._conditioned(self._reported_under(verb, clause))
            if _possible(verb):
                continue  # "the Philippines might seek a new accommodation with China if …": a forecast, no terms set
            targets = parties(clause, sentence, index, self.lexicon)
            # the act's own clause and the verbs that carry it, not a verb it is coordinated with
            # ("sanctioned three firms and warned Turkey that it could face penalties if …")
            carriers = _carriers(verb)
            warning = next((a for a in (verb, *carriers) if a.lemma_ in self.lexicon.cue("@warning")), None)
            authors = self._warner(warning, verb, index) if warning is not None else self.agent(verb, index)[0]
            # "said dialogue with Manila could resume only if …": talks the act's subject names are the act, bargaining on
            # terms (annotation guide: negotiatesWith); the actor they are held with is their other side, not their author
            talks = next((t for t in _thing_subjects(verb) if (e := self.match(t)) is not None and e.frame == "noun"
                          and e.relation in ("consults", "negotiatesWith")), None)
            if talks is not None:
                held_with = range(talks.left_edge.idx, talks.right_edge.idx + len(talks.right_edge))
                authors = [m for m in authors if m.start not in held_with]
            if not authors and self._reported(verb) and any(self.match(c) is not None or c.lower_ in self.markers.money for c in _thing_subjects(verb)):
                # "Brussels insists that the funds will flow once Hungary restores …", "said dialogue could resume only if Lai
                # accepts …": what becomes of a relation or of money on terms is the act of whoever states the terms (not "said
                # the lender would not release …", nor "said the region will become less stable if …")
                authors = self.agent(verb.head, index)[0]
            if headline is not None:
                authors = index.of(headline.head)
            exclude = frozenset(m.actor.iri for m in authors)
            # the act's objects, also inside its complement ("threatened to freeze funds to Pristina unless …")
            holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.i not in inside)]
            # "said he was ready to meet the students' leaders if …", "is ready to open its mines to Japan provided …": the
            # act on terms is the infinitive under the adjective of readiness, with its objects (by its own verb's row, not
            # by what its object names: "ready to double deliveries" is no aid)
            ready = [x for a in verb.children if a.dep_ == "acomp" for x in a.children if x.dep_ == "xcomp" and x.i not in inside]
            partners = [c for c in talks.children if c.dep_ == "prep"] if talks is not None else []
            objects = [m for holder in (*holders, *ready) for child in holder.children if child.dep_ in ("dobj", "dative", "prep") and child.i not in inside
                       for m in index.search(child, SEARCH_DEPTH, exclude)] + [m for child in partners for m in index.search(child, SEARCH_DEPTH, exclude)]
            if not targets:
                targets = self._condition_subject(clause, sentence, index, exclude, objects, warning is not None)
            # the act is its complement's when the verb only carries it ("would keep striking until …")
            # (a fact is no act: "would withdraw its troops from … once" is a concession, not a membership)
            entry = next((e for holder in (*holders, *ready) if (e := self.match(holder)) is not None and vocabulary()[e.relation].group != "fact"), None)
            # ("is ready to resume dialogue on a code of conduct provided …": talks the act's verb or its readiness opens; not
            # talks it hosts, the parties' own: "offered to host talks between the army and the RSF, provided …")
            opened = next((c for holder in (*holders, *ready) for c in holder.children if c.dep_ == "dobj" and c.i not in inside
                           and not self._hosted(c) and (e := self.match(c)) is not None and e.frame == "noun" and e.relation in ("consults", "negotiatesWith")), None)
            if entry is None and opened is not None:
                objects += [m for c in opened.children if c.dep_ == "prep" for m in index.search(c, SEARCH_DEPTH, exclude)]
            entry = entry or (self.talks if talks is not None or opened is not None else None)
            if entry is None:  # "will release a loan tranche to Pakistan provided …": the act is what its object names
                # (a passive's subject: "aid to Somalia will be restored only if …")
                things = [t for holder in holders for c in holder.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in inside
                          for t in c.subtree if t.pos_ == "NOUN"]
                entry = next((e for t in things if (e := self.match(t)) is not None and vocabulary()[e.relation].group == "cooperative"), None)
                # "would not return to talks with Paris until …": to go back to talks on terms is to bargain
                back = [t for holder in holders for c in holder.children if c.dep_ == "prep" and c.i not in inside for t in c.subtree if t.pos_ == "NOUN"]
                entry = entry or next((self.talks for t in back if self._talks(t)), None)
            # (not what a relative clause says of an actor: "Saudi Arabia, which has resisted American pressure, is prepared to …")
            described = {t.i for r in verb.subtree if r.dep_ == "relcl" and r.i not in inside for t in r.subtree}
            # (nor a clause coordinated after it with a subject of its own: "offered Budapest a discount in return for …,
            # and Gazprom kept gas flowing": Gazprom's deed is stated, no part of the offer)
            described |= {t.i for c in verb.children if c.dep_ == "conj" and c.i > clause.end and c.pos_ in ("VERB", "AUX")
                          and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) for t in c.subtree}
            tokens = frozenset({verb.i, *(a.i for a in carriers), *(t.i for t in verb.subtree if t.i not in described)})
            # "would lift the embargo on Cuba and resume talks with Havana if …": one modal over two coordinated acts puts
            # both under the condition (not "shelled Kharkiv and will strike Kyiv if …": a verb with a subject or auxiliary of its own)
            if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) \
                    and any(c.dep_ == "aux" and c.lower_ in self.markers.future for c in verb.head.children):
                tokens |= frozenset(t.i for t in verb.head.subtree if t.i not in inside)
            ender = verb if ends(verb, self.markers) else verb.head if verb.dep_ == "xcomp" and ends(verb.head, self.markers) else None
            # a verb of ending whose own row names a harm ends nothing of the act's: "would halt imports of European dairy if …"
            # is the sanction held out, a threat, not a sanction ended
            if ender is not None and entry is not None and vocabulary()[entry.relation].group == "conflictual" and self.match(ender) == entry:
                ender = None
            act = Act(verb, tuple(authors), tuple(objects), entry.relation if entry else None, tokens, warning is not None,
                      offers_more(sentence, tokens, clause, self.markers), ender,
                      verb.lemma_.lower() in self.lexicon.cue("@receipt"), offers_money(verb, tokens, clause, self.markers),
                      verb.lemma_.lower() in self.markers.not_after, self._harmful(clause, sentence))
            yield from conditional(clause, act, targets, found, f"{self.lexicon.path.name}:@condition", clause_actors(clause, index))

    def _reported_under(self, verb: Token, clause: ConditionClause) -> Token:
        """The reported clause a condition belongs to when the parser hung it on the speech verb after it: "Hamas is
        ready to free the hostages, but only if Israel withdraws, the group's negotiator told reporters" (the speech verb
        coordinated with the reported clause, its subject set off by the comma that ends the condition), or hung it on
        the speech verb before it as a second complement ("Mbadi said Kenya was ready to phase out the subsidy provided
        the Fund extends the programme": the terms are of the readiness reported, not of the saying)."""
        if verb.lemma_ in self.speech and (reported := _reported_before(verb, clause)) is not None:
            return reported
        if verb.lemma_ not in self.speech or verb.dep_ != "conj" or verb.head.i >= clause.marker:
            return verb
        doc = verb.doc
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        opened = subject is not None and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ","
        return verb.head if opened and clause.end <= subject.left_edge.i else verb

    def _as_unless(self, clause: ConditionClause, sentence: Span) -> ConditionClause:
        """An "if" whose terms the other side meets by not acting reads as "unless": "will declare independence if the
        National Parliament has not voted by 2027", "if BP does not contribute, we will review its licence", "if Denmark
        refused to sell" hold the act out as a threat, as the guide's "unless" does."""
        marker = sentence.doc[clause.marker]
        verb = marker.head
        if clause.threat or marker.lower_ != "if" or not clause.start <= verb.i < clause.end:
            return clause
        negated = any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in self.lexicon.cue("@rejection")
        return replace(clause, threat=True) if negated else clause

    def _harmful(self, clause: ConditionClause, sentence: Span) -> bool:
        """The condition is a harm done ("if Azerbaijan shells the villages again", "if Mogadishu expels Ethiopian
        diplomats"): a verb of the clause that is a harm by any of its own rows needing no other word (not a WordNet
        hyponym: "provided Ankara keeps enforcing export controls on Russia" is terms, not a harm), neither negated nor
        ended ("if Russia stops shelling …"), nor a modifier ("until Kinshasa freed jailed M23 fighters")."""
        own = self.lexicon.path.name

        def harm(t: Token) -> bool:
            return any(e.relation in HELD_OUT and not e.requires and e.source.split(":")[0] == own
                       for e in self.lexicon.triggers.get(t.lemma_.lower(), ()))
        return not clause.threat and any(
            t.pos_ == "VERB" and t.dep_ not in ("amod", "acl", "relcl") and harm(t)
            and not any(c.dep_ == "neg" for c in t.children) and not ends(t.head, self.markers)
            for t in sentence.doc[clause.start : clause.end])

    def _headline_act(self, sentence: Span, index: MentionIndex) -> Token | None:
        """A headline's act, a noun set after its speaker and a colon ("Kremlin: talks with Kyiv only if sanctions go")."""
        root = sentence.root
        if index.at(root) is None:
            return None
        return next((c for c in root.children if c.dep_ == "appos" and self.match(c) is not None
                     and any(t.text == ":" for t in sentence.doc[root.i + 1 : c.i])), None)

    def _preconditions(self, sentence: Span, index: MentionIndex) -> Iterator[tuple[ConditionClause, Act]]:
        """A noun of terms set for an act (``@precondition``): "Russia has set the withdrawal of Ukrainian troops as a
        precondition for peace talks with Kyiv", "the return of all hostages was a precondition for any ceasefire with
        Hamas, Israel said", "made the release of prisoners a precondition for lifting sanctions on Belarus", "Turkey's
        precondition for approving Sweden's bid is a crackdown on …". The act after "for" is offered on the terms the
        noun is equated with (the copula's other side, or the object of the verb that sets it), by the noun's owner,
        the setting verb's subject or who says it."""
        nouns, states = self.lexicon.cue("@precondition"), self.lexicon.cue("@condition_noun")
        for noun in sentence:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns | states:
                continue
            act = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ in ("pobj", "pcomp")), None)
            if act is None:
                continue
            holder = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "as" else noun.head
            if holder.pos_ not in ("VERB", "AUX"):
                continue
            copula = holder.lemma_ in self.copula
            if noun.dep_ == "nsubj" and copula:
                terms = next((c for c in holder.children if c.dep_ == "attr"), None)
            elif noun.dep_ in ("attr", "pobj", "dobj", "oprd"):
                terms = next((c for c in holder.children if c.dep_ == ("nsubj" if copula else "dobj") and c.i != noun.i and c.pos_ == "NOUN"), None)
            else:
                terms = None
            if terms is None or index.at(terms) is not None:
                continue
            start, end = terms.left_edge.i, terms.right_edge.i + 1
            text = _text(sentence.doc[start:end])
            if not text or start <= act.i < end:
                continue
            owners = [m for c in noun.children if c.dep_ == "poss" for m in index.of(c)]
            speech = next((a for a in holder.ancestors if a.lemma_ in self.speech), None) if copula else None
            authors = owners or (self.agent(speech, index)[0] if speech is not None else [] if copula else self.agent(holder, index)[0])
            if not authors:
                continue
            exclude = frozenset(m.actor.iri for m in authors)
            objects = [m for t in act.subtree for m in index.of(t, pronouns=False) if m.actor.iri not in exclude]
            entry = next((e for t in act.subtree if (e := self.match(t)) is not None and vocabulary()[e.relation].group != "fact"), None)
            if entry is None and noun.lemma_.lower() in states:
                continue  # "the condition for migrants in Libya was a disaster": a state of things, no terms of an act
            clause = ConditionClause(start, start, end, text, False, exchange=True)
            # the demand is the noun's ("Turkey's precondition for …" read as a demand now has its terms); "a precondition
            # for lifting sanctions on Belarus" ends a measure: an offer
            yield clause, Act(noun, tuple(authors), tuple(dict.fromkeys(objects)), entry.relation if entry else None,
                              frozenset(t.i for t in act.subtree), ended_by=act if ends(act, self.markers) else None)

    def _with_terms(self, sentence: Span, index: MentionIndex) -> Iterator[tuple[ConditionClause, Act]]:
        """"Israel offered Hamas a truce, with the release of all hostages as a precondition", "With a weaker pound as a
        condition, the IMF approved a loan for Egypt": a noun of terms after "as" in a phrase of "with" makes that phrase's
        noun the terms of the clause's act, set by the act's subject."""
        nouns = self.lexicon.cue("@precondition") | self.lexicon.cue("@condition_noun")
        for noun in sentence:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.dep_ != "pobj" or noun.head.lower_ != "as":
                continue
            terms = noun.head.head  # the noun "as" hangs on, in the phrase of "with"
            if terms.pos_ != "NOUN" or terms.dep_ != "pobj" or terms.head.lower_ != "with" or index.at(terms) is not None:
                continue
            verb = terms.head.head
            text = _text(sentence.doc[terms.left_edge.i : noun.head.i])
            authors = self.agent(verb, index)[0] if verb.pos_ in ("VERB", "AUX") else []
            if not text or not authors:
                continue
            exclude = frozenset(m.actor.iri for m in authors)
            phrase = {t.i for t in terms.head.subtree}
            holders = [verb]  # the act and its complements, the innermost first ("stood ready to fund …" funds)
            while (inner := next((c for c in holders[-1].children if c.dep_ in ("xcomp", "acomp")), None)) is not None:
                holders.append(inner)
            objects = [m for holder in holders for child in holder.children if child.dep_ in ("dobj", "dative", "prep") and child.i not in phrase
                       for m in index.search(child, SEARCH_DEPTH, exclude)]
            entry = next((e for holder in reversed(holders) if (e := self.match(holder)) is not None and vocabulary()[e.relation].group != "fact"), None)
            tokens = frozenset(t.i for t in verb.subtree if t.i not in phrase)
            clause = ConditionClause(terms.left_edge.i, terms.left_edge.i, noun.head.i, text, False, exchange=True)
            yield clause, Act(verb, tuple(authors), tuple(dict.fromkeys(objects)), entry.relation if entry else None, tokens,
                              money=offers_money(verb, tokens, clause, self.markers))

    def _withouts(self, sentence: Span, index: MentionIndex) -> Iterator[tuple[ConditionClause, Act]]:
        """"There will be no sanctions relief for Iran without a full return to the nuclear deal, the United States
        said", "No aid without reforms, the IMF told Tunisia": a noun under a negative determiner (``@none``) and
        ``@without`` is offered on those terms, by who says it (the terms run to the clause's end)."""
        doc, nones, withouts = sentence.doc, self.lexicon.cue("@none"), self.lexicon.cue("@without")
        for marker in sentence:
            width = withheld_width(doc, marker.i, sentence.end, withouts, self.markers)
            if not width:
                continue
            det = next((t for t in reversed(doc[sentence.start : marker.i]) if t.lower_ in nones), None)
            if det is None or any(t.text in BOUNDARY or t.pos_ in ("VERB", "AUX") for t in doc[det.i + 1 : marker.i]):
                continue
            end = next((t.i for t in doc[marker.i + width : sentence.end] if t.text in BOUNDARY or (t.is_sent_end and t.is_punct)), sentence.end)
            text = _text(doc[marker.i + width : end])
            speech = next((t for t in sentence if t.lemma_ in self.speech and t.pos_ == "VERB"), None)
            if not text or speech is None:
                continue
            authors = self.agent(speech, index)[0]
            exclude = frozenset(m.actor.iri for m in authors)
            objects = [m for _, _, m in index.in_span(det.i + 1, marker.i) if m.actor.iri not in exclude] or [
                m for c in speech.children if c.dep_ in ("dobj", "dative") for m in index.of(c) if m.actor.iri not in exclude]
            entry = next((e for t in doc[det.i + 1 : marker.i] if (e := self.match(t)) is not None and vocabulary()[e.relation].group != "fact"), None)
            if not authors or entry is None:
                continue
            ended = next((t for t in doc[det.i + 1 : marker.i] if ends(t, self.markers)), None)
            clause = ConditionClause(marker.i, marker.i + width, end, text, False, exchange=True)
            yield clause, Act(det, tuple(authors), tuple(dict.fromkeys(objects)), entry.relation, frozenset(range(det.i + 1, marker.i)), ended_by=ended)

    def _terms_after(self, sentence: Span, index: MentionIndex, discourse: Discourse, stated: bool) -> Iterator[Candidate]:
        """"Moscow has set one condition for a ceasefire. Kyiv must withdraw from the four regions": terms an actor sets
        (the object of its verb is a ``@precondition`` noun) with none stated in their sentence are the next sentence's,
        when it opens with an actor that must (``@obligation``) do them: a demand of that actor, on those terms."""
        setter, discourse.terms_by = discourse.terms_by, None
        doc = sentence.doc
        mentions = index.in_span(sentence.start, sentence.end)
        if setter is not None and mentions:
            start, stop, party = mentions[0]
            must = next((t for t in doc[stop : min(sentence.end, stop + 2)] if t.lemma_ in self.lexicon.cue("@obligation")), None)
            text = _text(doc[start : sentence.end])
            if must is not None and text and party.actor.iri != setter.actor.iri and all(t.pos_ == "DET" for t in doc[sentence.start : start]):
                yield Candidate(setter, party, must, "demand", "demands", f"{self.lexicon.path.name}:@precondition", text.rstrip(" ."))
        if stated:
            return
        nouns = self.lexicon.cue("@precondition") | self.lexicon.cue("@condition_noun")
        noun = next((t for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.dep_ == "dobj" and t.head.pos_ == "VERB"), None)
        if noun is not None:
            discourse.terms_by = next(iter(self.agent(noun.head, index)[0]), None)

    def _made(self, clause: ConditionClause, marker: Token, sentence: Span, index: MentionIndex, found: list[Candidate]) -> Iterator[Candidate]:
        """A demand a verb of making terms did not read because the parser hung the predicate elsewhere ("has made further
        aid to Lebanon conditional on Beirut reforming its banks", "conditional" taken for an adjective of Lebanon):
        the verb's subject demands, of the party of the condition or whom the thing made conditional names. The
        demand is the act itself, neither offer nor threat; an actor made dependent ("made Russia dependent on
        China") is a fact, no terms."""
        holder = next((a for a in marker.ancestors if a.pos_ in ("VERB", "AUX") and a.i < marker.i), None)
        if holder is None or not any(t.relation == "demands" and t.condition for t in self.lexicon.triggers.get(holder.lemma_, ())):
            return
        if any(c.trigger.i == holder.i and c.relation == "demands" for c in found):
            return  # the frame read it
        thing = next((t for t in sentence.doc[holder.i + 1 : marker.i] if t.pos_ in ("NOUN", "PROPN")), None)
        if thing is None or index.at(thing) is not None:
            return
        authors = self.agent(holder, index)[0]
        exclude = frozenset(m.actor.iri for m in authors)
        objects = [m for _, _, m in index.in_span(holder.i + 1, marker.i) if m.actor.iri not in exclude]
        targets = parties(clause, sentence, index, self.lexicon)
        act = Act(holder, tuple(authors), tuple(dict.fromkeys(objects)), "demands", frozenset(range(holder.i, marker.i)))
        yield from conditional(clause, act, targets, found, f"{self.lexicon.path.name}:@condition")

    def _terms_of(self, marker: Token) -> Token | None:
        """The noun whose terms a predicate states: the subject of "depends on", of a passive ("any reset is tied
        to …") or of the copula a predicative adjective hangs on ("Japan's aid to Myanmar was conditional on …")."""
        holder = marker.head if marker.dep_ == "acomp" and marker.head.lemma_ in self.lexicon.cue("@copula") else marker
        if holder.pos_ not in ("VERB", "AUX"):
            return None
        return next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)

    def _stated(self, clause: ConditionClause, marker: Token, subject: Token, sentence: Span, index: MentionIndex, found: list[Candidate]) -> Iterator[Candidate]:
        """A condition stated of a relation noun ("Hamas said any deal with Israel depends on a permanent end to
        the war", "Russia's support hinges on …"): the relation the noun names is offered on that condition by
        the noun's owner or, failing one, by who says it, and asked of the other party the noun names."""
        # "a resumption of talks with Ukraine depends on …": a noun of going on names its act in its genitive
        named = next(((g, e) for c in subject.children if c.dep_ == "prep" and c.lower_ in self.lexicon.cue("@genitive")
                      for g in c.children if g.dep_ == "pobj" and (e := self.match(g)) is not None), (None, None))
        entry = self.match(subject) or named[1]
        # "the lifting of US sanctions on Venezuela is conditional on …": ending a measure on terms is an offer, its owner's
        ended = named[0] is not None and entry is named[1] and self._ended_by_noun(named[0])
        # a noun of no relation has terms only as a predicate says them ("Ethiopia's withdrawal from Tigray is contingent on …")
        if (entry is None and not (clause.stated or marker.dep_ == "acomp")) or (entry is not None and vocabulary()[entry.relation].group == "fact"):
            return  # "its economy depends on Russian gas": a fact, no terms
        # (an actor adjective owns it too: "further Chinese loans to Pakistan depend on …")
        owners = [m for c in subject.children if c.dep_ in ("poss", "amod") for m in index.of(c)] or (
            [m for c in named[0].children if c.dep_ in ("poss", "amod", "compound") for m in index.of(c)] if ended else [])
        speech = next((a for a in marker.ancestors if a.lemma_ in self.speech), None) or next(
            (c for c in marker.children if c.dep_ == "parataxis" and c.lemma_ in self.speech), None)
        authors = owners or (self.agent(speech, index)[0] if speech is not None else [])
        exclude = frozenset(m.actor.iri for m in authors)
        objects = [m for t in subject.subtree for m in index.of(t, pronouns=False) if m.actor.iri not in exclude and t.dep_ != "poss"]
        targets = parties(clause, sentence, index, self.lexicon)
        if not authors or not (objects or targets):
            return
        tokens = frozenset(t.i for t in subject.subtree)
        act = Act(subject, tuple(authors), tuple(dict.fromkeys(objects)), entry.relation if entry else None, tokens, ended_by=subject if ended else None)
        yield from conditional(clause, act, targets, found, f"{self.lexicon.path.name}:@condition")

    def _conditioned(self, verb: Token) -> Token:
        """The act a condition is set on: an act still to come. The parser may hang the condition on a
        relative clause that states a fact about the act's object ("would impose fines on officials
        who attend the summit unless Pristina withdraws its delegation"): the act is the verb that has a
        modal; a relative clause with none of its own above a plain verb is the act itself ("the fund,
        which pays each instalment only if …")."""
        modals = self.lexicon.cue("@future") | self.lexicon.cue("@hypothetical")
        if verb.dep_ == "acl" and not _modal(verb, modals) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "will not back Turkey's bid to join the bloc until …": the parser hangs the condition on the
            # infinitive that names what the object is; the act is the verb still to come that governs the object
            above = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return above if above is not None and _unrealised(above) else verb
        if verb.dep_ != "relcl" or _modal(verb, modals):
            return verb
        above = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return above if above is not None and _modal(above, modals) else verb

    def _warner(self, warning: Token, verb: Token, index: MentionIndex) -> list[Mention]:
        """Who threatens with a conditional act reported under a verb of warning: the warner, when
        the act is done by the warner's own side ("Defence Minister Fernández warned that Chilean
        warships would seize …") or befalls the one warned ("warned Turkey that it could face
        penalties if …"); otherwise whoever does the act ("warned that Russia could strike if …")."""
        authors = self.agent(verb, index)[0]
        warners = self.agent(warning, index)[0]
        if not warners or verb == warning:
            return authors
        # a state the act's subject names itself does the act, the warner only reports it ("Minister X warned that Islamabad
        # would strike … unless Kabul …": Pakistan threatens); its forces stay the warner's ("warned that Chilean warships …")
        named = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if authors and named and all(m.actor.type == "State" for m in authors) \
                and all((m := index.at(c)) is not None and m.actor.type == "State" for c in named):
            return authors
        own = {m.actor.iri for m in warners} | {state.iri for m in warners if (state := index.served(m.actor)) is not None}
        warned = {m.actor.iri for c in warning.children if c.dep_ in ("dobj", "dative") for m in index.of(c)}
        return warners if authors and all(m.actor.iri in own | warned for m in authors) else authors

    def _condition_subject(
        self, clause: ConditionClause, sentence: Span, index: MentionIndex, exclude: frozenset[str], objects: list[Mention], warned: bool
    ) -> list[Mention]:
        """The clause's own subject when it names an actor only by referring back: a definite
        noun ("… unless the government reverses the increase", after Ecuador was named), or a
        pronoun that opens the clause when the condition is addressed to the act's other side
        ("threatened to freeze funds unless it pulls its police out") or stands for that side
        ("ready to meet the union's leaders if they end the blockades")."""
        subject = next((t for t in sentence.doc[clause.start : clause.end] if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:  # "provided the rebels free …" parsed as a verb and its object: the clause's first noun phrase
            subject = next((t for t in sentence.doc[clause.start : clause.end] if t.pos_ not in ("DET", "ADJ")), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
                return []
        if subject.lower_ in self.lexicon.pronouns:
            if subject.i != clause.start:
                return []  # a pronoun deeper in the clause is rarely its party ("unless what he described …")
            referents = index.anaphor(subject, exclude)
            # (an act whose object the parse hangs deeper, "was ready to meet the students if they …": the sides named before
            # the condition in its sentence)
            sides = {m.actor.iri for m in objects} or {m.actor.iri for _, _, m in index.in_span(sentence.start, clause.marker)}
            addressed = ((clause.addressed or warned) and not objects) or any(m.actor.iri in sides for m in referents)
            return referents if addressed else []
        named = [m for m in index.of(subject, pronouns=False) if m.actor.iri not in exclude]
        if not named and subject.tag_ == "NNS" and any(c.dep_ in ("det", "predet", "nummod") and c.lower_ in self.lexicon.cue("@pair") for c in subject.children):
            # "… on condition that both governments let its engineers inspect …": the pair named or at odds before
            return [m for m in index.of(subject) if m.actor.iri not in exclude]
        definite = any(c.dep_ == "det" and c.lower_ in self.lexicon.cue("@definite") for c in subject.children)
        return named or (index.anaphor(subject, exclude) if definite else [])

    def attribution(self, trigger: Token, sentence: Span, index: MentionIndex, previous: Mention | None = None) -> tuple[Actor | None, bool]:
        """Who the relation is reported by (innermost speaker first), and whether they deny it; ``previous`` is
        who acted in the last sentence's main clause."""
        node = trigger
        denial = self.lexicon.cue("@denial")
        own = self.chain(trigger)[1:]  # "announced a new aid package" is no report of the aid
        for _ in range(12):
            for child in node.children:
                if child.dep_ == "parataxis" and child.lemma_ in self.speech:
                    found = self.speaker(child, index)
                    if found is not None:
                        return found, child.lemma_ in denial
            if node.dep_ == "advcl" and _circumstance(node):
                break  # "…, as Egyptian and Qatari mediators pressed both sides to accept": the writer's voice
            head = parent(node)
            if head == node:
                break
            edge = "advcl" if head != node.head else node.dep_
            if edge == "relcl":
                break  # a relative clause states background in the writer's voice
            if head.lemma_ in denial and (node == trigger and self._accusation(trigger) or any(c.dep_ in ("dobj", "nsubj") and self._accusation(c) for c in head.children)):
                break  # "denied accusations by Khartoum", "…, a charge France denies": the accusation was made (as the subject when misparsed)
            # "announced a new aid package" is no report of the aid, but "Uganda denied supplying the rebels" is Uganda's word
            if head.lemma_ in self.speech and edge not in NOT_CONTENT and (head not in own or head.lemma_ in denial) and not self._unsaid(head):
                found = self._continued(head, previous) or self.speaker(head, index)
                if found is not None:
                    return found, head.lemma_ in denial
            node = head
        trailing = self._trailing(trigger, sentence, index)
        if trailing is not None:
            return trailing
        # in a transcript, what a turn states is its speaker's ("SUGIONO: … we condemn …")
        return self.source(sentence, index) or index.speaker_at(trigger) or index.answerer_at(trigger), False

    def _trailing(self, trigger: Token, sentence: Span, index: MentionIndex) -> tuple[Actor, bool] | None:
        """"…, the Fund's mission chief, Nathan Porter, said after talks in Karachi": a speech verb after the
        content, set off by a comma and with no content of its own, that the parser hung beside the content
        (a conjunct of its verb, a second root) instead of above it."""
        doc = sentence.doc
        ancestors = {trigger.i} | {t.i for t in trigger.ancestors}
        end = sentence.end
        if end < len(doc) and doc[end].is_lower and doc[end].lemma_ in self.speech:
            end = doc[end].sent.end  # "…, Omar Alieu Touray, | said after a summit": a sentence the parser cut before its verb
        for verb in doc[trigger.i + 1 : end]:
            if verb.lemma_ not in self.speech or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.i in ancestors):
                continue
            # "… and Kyiv said it would respond": content of its own (not a condition set off before the verb, nor
            # whom it was told: "…, only if New Delhi lets …, Energy Minister Deepak Khadka told parliament")
            if any(c.dep_ in ("ccomp", "xcomp", "parataxis") or c.dep_ == "advcl" and c.i > verb.i for c in verb.children):
                continue
            # its subject, or the phrase before it the parser read as an apposition ("…, the bloc's commission
            # president, Omar Alieu Touray, said", with the content's subject taken for the verb's)
            phrases = [c for c in verb.children if c.dep_ == "nsubj"] + [t for t in doc[trigger.i + 1 : verb.i] if t.dep_ == "appos" and t.right_edge.i >= verb.i - 2]
            subject = next((t for t in phrases if t.left_edge.i > trigger.i and doc[t.left_edge.i - 1].text == ","), None)
            if subject is None:
                continue
            found = self.nominal(subject, index)
            if found:
                return found[0].actor, verb.lemma_ in self.lexicon.cue("@denial")
        return None

    def _continued(self, verb: Token, previous: Mention | None) -> Actor | None:
        """"The report finds … . It also says …": a neuter "it" as a speech verb's subject goes on with the last
        sentence's subject, not with an actor its own content names."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if previous is None or subject is None or subject.tag_ != "PRP" or subject.morph.get("Gender") != ["Neut"]:
            return None
        return previous.actor if previous.actor.type != "Person" else None

    def _unsaid(self, verb: Token) -> bool:
        """"did not say", "neglected to acknowledge": the content is not attributed to them."""
        chain = self.chain(verb)
        return any(c.dep_ == "neg" for c in verb.children) or any(v.lemma_ in self.lexicon.cue("@failure") for v in chain[1:])

    def speaker(self, verb: Token, index: MentionIndex) -> Actor | None:
        found, _ = self.agent(verb, index)
        return found[0].actor if found else None

    def source(self, sentence: Span, index: MentionIndex) -> Actor | None:
        """"according to the Institute for the Study of War" anywhere in the sentence."""
        doc = sentence.doc
        for token in sentence:
            for phrase in self.sources:
                if _words_at(doc, token.i, phrase):
                    last = doc[token.i + len(phrase) - 1]
                    objects = [c for c in last.children if c.dep_ in ("pobj", "dobj")]
                    for obj in objects:
                        found = self.nominal(obj, index)
                        if found:
                            return found[0].actor
        return None


def parent(token: Token) -> Token:
    """The head, corrected for two attachments the parser often gets wrong:

    - a comma-set participle after a reported clause that states no completed event
      ("Zelensky insisted that Ukraine would never cede territory, rejecting …") belongs to
      the speaker, while one after a reported event ("the report says Putin dismissed
      NATO, branding it …") elaborates the event;
    - a finite verb coordinated with a verb of another tense ("Merz said Germany and France
      would work together and called on Washington") belongs to the clause whose verb
      shares its tense — here "said", so Merz called on Washington.
    """
    head = token.head
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "," and _unrealised(head):
        # only to a speaker already named: in "India will keep the treaty frozen, withholding data …,
        # the minister said" the participle is still India's
        while head.dep_ == "ccomp" and head.head != head and head.head.i < token.i:
            head = head.head
    elif token.dep_ == "conj" and token.tag_ in FINITE and head.tag_ != token.tag_:
        ancestor = head
        # through a gerund's preposition too: "accused Poland's leaders of provoking the crisis and called …"
        while ancestor.dep_ in ("ccomp", "xcomp", "advcl", "pcomp", "prep") and ancestor.head != ancestor:
            ancestor = ancestor.head
            if ancestor.tag_ == token.tag_:
                return ancestor
    return head


def _reported_before(speech: Token, clause: ConditionClause) -> Token | None:
    """The clause a speech verb reports before a condition the parser hung on the speech verb too, as a complement of
    its own ("said Kenya was ready to … provided the Fund extends …": "provided" and "extends" both under "said"), when
    that clause names its own subject (a pronoun there is mostly the speaker, whom the speech verb already gives)."""
    inside = range(clause.marker, clause.end)
    if speech.i > clause.marker or not any(c.i in inside and c.dep_ in ("ccomp", "advcl", "conj") for c in speech.children):
        return None
    reported = next((c for c in reversed(list(speech.children)) if c.dep_ == "ccomp" and speech.i < c.i < clause.marker), None)
    named = reported is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in reported.children)
    return reported if named else None


def _negated_copula(neg: Token, copula: frozenset[str], focus: frozenset[str]) -> bool:
    """A negation right after the copula it negates ("is not a member"), not "is not only …" (``focus``)."""
    return neg.head.lemma_ in copula and neg.i > neg.head.i and (neg.i + 1 == len(neg.doc) or neg.nbor(1).lower_ not in focus)


def _for_objects(*heads: Token) -> list[Token]:
    """The objects of "for" under ``heads``, in order: a purpose ("is due in Maputo for talks", "travels to Ankara for
    talks with Erdogan")."""
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]


def _deadline(verb: Token) -> bool:
    """A verb of asking whose infinitive is to be done "by" a date ("by Thursday") or "before" a named one ("before
    June"); a bare year ("cut emissions by 2030") is a target, and "before" a time of year or the end of one ("before the
    dry season", "before the end of the year") only says when: the studied gold reads these as requests."""
    acts = [x for x in verb.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")] if verb.pos_ == "VERB" else []
    return any(p.dep_ == "prep" and g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and not g.like_num
               and (p.lower_ == "by" or (p.lower_ == "before" and g.pos_ == "PROPN"))
               for x in acts for p in x.children for g in p.children)


def governor(noun: Token) -> tuple[Token, Token | None]:
    """The noun phrase head a nominal trigger belongs to, and the verb that governs it.

    "a military aid package for Ukraine" → (package, announced); "a new round of peace
    negotiations" → (round, hold); "Sanctions … were tightened" → (Sanctions, tightened).
    """
    head = noun
    for _ in range(4):
        while head.dep_ == "compound" and head.head != head:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            head = head.head.head
            continue
        break
    if head.dep_ in ("dobj", "nsubjpass", "attr", "nsubj") and head.head.pos_ in ("VERB", "AUX"):
        return head, head.head
    return head, None


def _circumstance(verb: Token) -> bool:
    """A finite clause set off by a comma and opened by "as" ("…, as mediators pressed both sides"): what
    goes on around a report, stated by the writer."""
    doc = verb.doc
    return (
        verb.tag_ in FINITE and verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ","
        and any(c.dep_ == "mark" and c.lower_ == CIRCUMSTANCE_MARKER and c.i == verb.left_edge.i for c in verb.children)
    )


def _carriers(verb: Token) -> list[Token]:
    """The verbs above ``verb`` up to its own clause's coordination: "warned that they would …"
    carries "would …", but in "blacklisted X and warned Y that …" "blacklisted" is another act."""
    carriers = []
    while verb.dep_ != "conj" and verb.head != verb:
        verb = verb.head
        if verb.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN", "PRON"):
            break  # "An Indian official, speaking on condition of anonymity, called …": what describes the subject carries no act
        carriers.append(verb)
    return carriers


def _gerund(token: Token) -> bool:
    """A gerund the tagger read as a noun: an "-ing" word tagged NN, its lemma the word itself, after a
    preposition ("for mediating between") or with auxiliaries of its own ("has been bargaining")."""
    return (
        token.tag_ == "NN" and token.lower_.endswith("ing") and token.lemma_.lower() == token.lower_
        and (token.dep_ == "pobj" or any(c.dep_ == "aux" for c in token.children))
    )


def _stems(gerund: str) -> tuple[str, ...]:
    """The verbs an "-ing" form may come from: bargaining → bargain, mediating → mediate, shipping → ship."""
    stem = gerund[: -len("ing")]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return (stem, stem + "e", doubled)


def _clausal(appositive: Token) -> bool:
    """An apposition the parser built around a verb with a subject of its own ("Cuba's party chief
    Miguel Díaz-Canel hosted Sergei Lavrov", read with Lavrov as the chief's apposition): a clause, no name."""
    return any(t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children) for t in appositive.subtree)


def _content(trigger: Token) -> set[int]:
    """The positions of what an agreement says is to be done: "agreed *to hold talks*", "a deal *to open talks*",
    not a participle clause on it ("agreed to cut the fees, ending a year of haggling")."""
    clauses = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp", "acl", "relcl")]
    aside = {t.i for c in clauses for a in c.subtree if a.dep_ == "advcl" for t in a.subtree}
    return {t.i for c in clauses for t in c.subtree} - aside


def _with_content(noun: Token) -> bool:
    """An agreement noun that says what the parties will do under it: "an agreement to share the
    river's water", "a pact that will allow their forces to train together"."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(g.dep_ == "aux" for g in c.children) for c in noun.children
    )


def _with_third(token: Token, lexicon: Lexicon) -> bool:
    """"Colombia and Peru signed programmes with the Fund", "Kenya and Uganda signed a deal with the bloc": a with-phrase
    on the act, its verb or its object names a third party (a name, or a word for an actor, ``referring``, that no mention
    reads), so the subjects act together, not with each other ("signed a deal with a pledge to …" still binds them)."""
    if not token.doc.has_annotation("DEP"):
        return False
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        holders.append(token.head)
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and (g.pos_ == "PROPN" or g.text[:1].isupper() or referring(lexicon, g.lemma_))
        for h in holders for c in h.children for g in c.children if g.dep_ == "pobj"
    )


def _by_agents(verb: Token) -> list[Token]:
    """The nouns of the verb's by-phrase: "mediated by *Norway*", "was criticized by *Orbán*"."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _by_on_noun(verb: Token) -> list[Token]:
    """A passive's by-phrase the parser hung on the noun of its other phrase: "was hit with fresh sanctions by
    *the United States*", "was praised in a statement by *the EU*"."""
    nouns = [g for c in verb.children if c.dep_ == "prep" and c.lower_ != "by" for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]


def _ends_sentence(token: Token) -> bool:
    """Nothing but closing punctuation after the token's phrase in its sentence."""
    end = token.right_edge.i + 1
    return end >= token.sent.end or token.doc[end].text in (".", ";", "!")


def _apart(appositive: Token) -> bool:
    """An appositive parsed on a noun whose own phrase does not reach the comma before it ("Ruto declined
    to recognise the region, a stance …"): it sums up the clause rather than naming the noun again."""
    comma = appositive.left_edge.i - 1
    own = {t.i for t in appositive.head.subtree} - {t.i for t in appositive.subtree}
    return comma - 1 not in own


def _comma_pair(subjects: list[Token], verb: Token, index: MentionIndex) -> bool:
    """Two subjects that are names with only a comma between them, and a plural present verb that agrees with both: a
    headline's coordination ("Mexico, US reach deal"), not a place and its country ("Brussels, Belgium hosted")."""
    first, second = subjects[0], subjects[1]
    plural = verb.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in verb.children)
    return (
        plural and len(subjects) == 2 and index.at(first) is not None and index.at(second) is not None
        and second.i == first.i + 2 and first.doc[first.i + 1].text == ","
    )


def _places_beside(noun: Token, named: list[Mention], index: MentionIndex) -> list[Mention]:
    """"spoke with officials in Caracas and Washington": a sector phrase names the body of its first place; each
    place coordinated with that one names another actor met the same way."""
    if not any(m.rule.startswith("sector:") for m in named):
        return []
    places = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "from") for g in p.children if g.dep_ == "pobj"]
    return [m for g in places for c in g.conjuncts for m in index.itself(c)]


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _gap_object(verb: Token) -> bool:
    """A relative clause with a subject of its own and no object: its noun is the object ("the firms
    Washington blacklisted", "four firms it accused of selling drones")."""
    return (
        verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
        and not any(c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp", "xcomp") for c in verb.children)
    )


def _hyphened_agent(verb: Token) -> Token | None:
    """The word before the hyphen of a participle on a noun, its agent: "EU" in "the EU-funded coast guard"."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].text != "-":
        return None
    return next((c for c in verb.children if c.i == verb.i - 2 and c.dep_ in ("npadvmod", "compound", "nmod", "amod")), None)


def _reduced_passive(verb: Token) -> bool:
    """A participle on a noun, with its by-phrase: "Sudan's army, led by General Burhan", "militias
    funded by Tehran" — the noun is what the participle's verb acts on."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and bool(_by_agents(verb))


def _misread_finite(verb: Token) -> bool:
    """"ECOWAS offered on Saturday to lift …, its president said": a past tense straight after a
    name, which the parser took for a participle on it because a speech clause follows; a name
    takes no bare participle, so with an object or an infinitive of its own the verb is finite."""
    head = verb.head
    return (
        head.pos_ == "PROPN" and verb.i == head.i + 1 and not _by_agents(verb)
        and any(c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "advcl" and c.tag_ == "VB") for c in verb.children)
    )


def _press(actor: Actor) -> bool:
    """A news organisation or the media of a country ("reporters in Moscow")."""
    return actor.type == "Media" or actor.sector == "media"


def _side(actor: Actor, index: MentionIndex) -> str:
    """The side an actor stands for: the state a person serves or a state organ belongs to ("Greek
    police"), else itself (the ELN, a rebel group of Colombia, is no side of Colombia's)."""
    served = index.served(actor)
    if served is not None:
        return served.iri
    return actor.country if actor.sector in STATE_SECTORS and actor.country else actor.iri


def _one_side(a: Actor, b: Actor, index: MentionIndex) -> bool:
    """Whether two actors stand for one side: the same state, or a state and its minister or
    forces; "both sides" after "Hamas said it would free hostages if Israel withdraws" are Hamas
    and Israel, after "President X reproached his army" nobody."""
    return _side(a, index) == _side(b, index)


def _sides_of(mentions: list[Mention], index: MentionIndex) -> frozenset[str]:
    return frozenset(_side(m.actor, index) for m in mentions)


def _sides_named(iris: frozenset[str], index: MentionIndex) -> frozenset[str]:
    """The sides of the actors ``iris`` as the document mentions them (a reacting side's own)."""
    return _sides_of([m for _, _, m in index.ordered if m.actor.iri in iris], index)


def _as_served(mention: Mention, index: MentionIndex) -> Mention:
    """A person's mention as the state the person leads or works for, else itself."""
    state = index.served(mention.actor)
    return replace(mention, actor=state) if state is not None else mention


def _as_led(mention: Mention, index: MentionIndex) -> Mention:
    """A leader's mention as the state the leader leads ("Zelensky appealed for …": Ukraine), else itself."""
    led = index.leaders.get(mention.actor.iri)
    return replace(mention, actor=led) if led is not None else mention


def _led_body(person: Actor, index: MentionIndex) -> Actor | None:
    """The body other than a state a person leads by the document's title facts ("RSF commander X")."""
    if person.type != "Person":
        return None
    return next((f.object for f in index.title_facts(person) if f.relation == "leaderOf" and f.object.type != "State"), None)


def _speaks_for(person: Actor, body: Actor, index: MentionIndex) -> bool:
    """``person`` speaks for ``body``, a state or an organisation, by the document's titles ("EU foreign policy chief
    Kaja Kallas" for the EU) or the leaders it knows."""
    return person.type == "Person" and body.type != "Person" and (
        getattr(index.leaders.get(person.iri), "iri", None) == body.iri or any(f.object.iri == body.iri for f in index.title_facts(person))
    )


def _modal(verb: Token, modals: frozenset[str]) -> bool:
    """The verb has an auxiliary of an act still to come: "would impose", "will lift"."""
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _thing_subjects(verb: Token) -> list[Token]:
    """The verb's subjects that are common nouns ("the funds will flow", "security cooperation would end", "long-term
    contracts will be signed")."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]


def _possible(verb: Token) -> bool:
    """An act only said to be possible ("might seek", "may be sharing"): what it is made to depend on is
    a reader's forecast, not terms one side sets (the annotation guide's hypothetical)."""
    return any(c.dep_ == "aux" and c.lower_ in ("might", "may") for c in verb.children)


def _unrealised(verb: Token) -> bool:
    """A verb with a modal or a negation: "would never cede", "could not carry"."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _infinitive_adjunct(verb: Token) -> bool:
    """"offered on Thursday to host talks": a subjectless to-infinitive the parser calls advcl."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _shares_auxiliary(verb: Token) -> bool:
    """"did not criticize or condemn": the second verb has no subject or auxiliary of its own."""
    return verb.tag_ in ("VB", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


def _named(prep: Token, phrase: Span, index: MentionIndex) -> bool:
    """The preposition's object is an actor and the phrase no more ("to Tunisia"), not what an actor
    does ("on the United States lifting its sanctions")."""
    return any(g.dep_ == "pobj" and index.at(g) is not None for g in prep.children) and not any(t.pos_ in ("VERB", "AUX") for t in phrase)


def _attached(token: Token, word: str) -> bool:
    """``word`` is a dependent of the trigger, the object of one of its prepositions, an
    auxiliary of its reported clause ("insisted that X must"), or in its direct object's
    phrase ("made any reset … conditional on", where the parser hangs "conditional" inside
    the object)."""
    if token.dep_ == "pobj" and token.head.lower_ == word:
        return True
    for child in token.children:
        if child.lower_ == word or child.lemma_.lower() == word:
            return True
        if child.dep_ in ("prep", "prt", "agent", "dative"):
            if any(g.lower_ == word or g.lemma_.lower() == word for g in child.children):
                return True
        # not an infinitive's marker: "welcomed Pakistan's offer to mediate" is no guest welcomed "to"
        if child.dep_ == "dobj" and any(t.lower_ == word and t.pos_ != "PART" for t in child.subtree):
            return True
        if child.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ == word for g in child.children):
            return True  # "insisted that X must withdraw": the modal of the reported clause
        if child.dep_ == "ccomp" and word == "should" and _mandative(child):
            return True  # "insisted that X withdraw": a subjunctive says what should be done
    return False


def _ruled_out(verb: Token, lemmas: frozenset[str]) -> bool:
    """"ruled out sending troops": a verb of the cue with its particle "out" refuses what follows."""
    return verb.lemma_ in lemmas and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _mandative(clause: Token) -> bool:
    """A reported clause in the subjunctive: "insisted that Russia withdraw" (a bare verb), or after a
    past verb a present one with no auxiliary ("insisted that the Philippines withdraw", where
    "withdrew" would report a fact); never "be", whose subjunctive is "be" itself."""
    if clause.lemma_ == "be" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.head.tag_ == "VBD")


def _words_at(doc, i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(doc) or (phrase and doc[i].lower_ != phrase[0]):
        return False  # (asked at every word of a sentence: most open no phrase)
    return all(doc[i + k].lower_ == w for k, w in enumerate(phrase))


def _text(span: Span) -> str | None:
    text = span.text.strip(" ,.;:\n")  # (a headline's phrase ends at its line break, which is no part of it)
    for lead in ("that ", "of "):
        if text.startswith(lead):
            text = text[len(lead):]
    return text or None


def _judicial(actor: Actor, courts: frozenset[str]) -> bool:
    """A court: a judiciary sector actor ("a Kosovo court") or a body named as one ("Constitutional Court")."""
    return actor.sector == "judiciary" or (actor.type != "Person" and any(w in courts for w in actor.name.lower().split()))
