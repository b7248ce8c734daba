"""Step 2, the roles of what is said and of who brokers: the speaker and addressee of a
communication frame, whom an appeal or a warning is made to when it has no object, and
the mediators of talks or a ceasefire ("brokered by the EU", "Russia-brokered")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..kb_posts import kb_title_holder
from ..roles import title_above, title_holder
from ..speech import subject_of
from ..wordlists import words
from .context import ArticleContext
from .draft import Draft
from .role_reading import read_role, reciprocal

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["mediators", "speech_roles"]


def speech_roles(ctx: ArticleContext, d: Draft) -> None:
    f = d.frame
    assert f is not None
    speakers: list[str] = []
    speaker = f.speaker
    if d.trigger.verb is not None and d.trigger.verb.i > 0 and ctx.opens_clause(ctx.doc[d.trigger.verb.i - 1]):
        speaker = ctx.doc[d.trigger.verb.i - 1]  # "... in Niamey and General Tchiani declared himself head of state"
    quoted = ctx.quoted
    if speaker is not None and quoted(speaker) and not quoted(speaker.head):
        # "“Somalia,” said Henrique Capriles": what is quoted is never who speaks; the other
        # subject of the verb, outside the quote, is
        speaker = next((c for c in speaker.head.children if c.dep_ in ("nsubj", "nsubjpass") and c != speaker and not quoted(c)), None)
    if speaker is not None and f.issuer is not None and not ctx.actors(speaker):
        would = ctx.groups.resolve(speaker, mint=False, speaker=True)
        if would and all(k not in ctx.entities or ctx.entities[k].kind == "group" for k in would):
            speaker = None  # "In a statement issued by the Kremlin, officials said": the issuer speaks
    if (speaker is not None and ctx.sent_of[speaker.i] != ctx.sent_of[d.head.i] and ctx.groups.body_noun(speaker) is not None
            and (own := list(dict.fromkeys(ctx.groups.body_group(speaker) + ctx.actors(speaker, own=True))))):
        # "higher than announced by the police", the police named before as "the Rwandan police
        # and army": the body the one phrase "the police" stands for, not the list it stood in
        speakers = own
    elif speaker is not None:
        speakers = read_role(ctx, d, "speaker", speaker)
        subject = subject_of(d.trigger.verb) if d.trigger.verb is not None else None
        named = _name_closing_title(ctx, subject) if subject is not None and speaker in subject.subtree else None
        if named is not None:
            speakers = [named]
        noun = speaker.head
        if speaker.dep_ in ("compound", "amod", "nmod", "poss") and noun.pos_ == "NOUN" and speakers:
            speakers = ctx.post_holders(noun, speakers) + speakers  # "senior UN officials said": those the article names
        # "the head of the United Nations presence told ...", "the Secretary-General urged": a
        # title for which the article names one holder is that person speaking
        # (not "Macron spoke with Scholz. The two leaders said": the two named, not a post's holder)
        title = title_above(speaker) if not (speaker.tag_ == "NNS" and ctx.counted_people(speaker)) else None
        if title is not None:
            holder = title_holder(title, ctx.roles)
            # "the Syrian minister": the one minister in Syria ("UN officials" stay the UN's, with
            # those of its people the compound above read)
            orgs = [k for k in speakers if ctx.kind(k) != "person"] if title.tag_ == "NN" else []
            if holder is not None and orgs and speaker.i < title.i and not any(r.person == holder and r.org in orgs for r in ctx.roles):
                # "the RSF leader": not the one Head the article names in the UN (a body after
                # the title, "the head of the UN presence", may be the post's body's parent)
                holder = None
            holders = [holder] if holder is not None else ctx.post_holders(title, orgs)
            if not holders and not speakers:
                holders = _kb_holder(ctx, title)  # "The Secretary-General strongly condemns" in the UN's statement
            if holders:
                speakers = holders
    if not speakers and f.issuer is not None:
        speakers = read_role(ctx, d, "speaker", f.issuer)
    v = d.trigger.verb
    if not speakers and v is not None and v.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        # "prompted Secretary-General António Guterres to call for access", "urged the
        # council to condemn": whom the verb above moves to speak speaks
        obj = ctx.subject(v)
        if obj is not None and obj.head == v.head and obj.dep_ in ("dobj", "nsubjpass"):
            speakers = read_role(ctx, d, "speaker", obj)
    if not speakers and d.noun is not None:
        for c in d.noun.children:
            if c.dep_ == "poss":
                speakers = ctx.actors(c)
    n = d.noun
    if (not speakers and n is not None and d.support is None and n.dep_ == "pobj" and n.head.lower_ in ("in", "through", "via")
            and n.head.head.pos_ == "VERB" and ctx.owner.get(n.head.head.i) in (None, d)):
        # "In a press statement issued on Friday, Council members expressed ...": the one
        # whose words the statement carries
        subj = subject_of(n.head.head, climb=False)
        if subj is not None and subj not in n.subtree:
            speakers = read_role(ctx, d, "speaker", subj)
    if len(speakers) > 1 and any(ctx.kind(k) != "place" for k in speakers):
        # "June Kunugi, Regional Director for East Asia and the Pacific, urged": a region in
        # the speaker's title does not speak
        speakers = [k for k in speakers if ctx.kind(k) != "place"]
    if speakers:
        d.add("speaker", ctx.actor_roles(speakers))
        d.direct.add("actor")
    target_objects = ctx.lex.has_frame(d.cls, "targetObject")
    for a in f.addressees:
        a = _gathered(ctx, a)
        keys = [k for k in read_role(ctx, d, "target" if target_objects else "addressee", a)
                if k not in d.roles.get("speaker", ()) or reciprocal(a)]  # "accused each other": both
        if not keys and target_objects:
            keys = [k for k in _doers_named_on(ctx, a) if k not in d.roles.get("speaker", ())]
        if keys:
            d.add("target" if target_objects else "addressee", ctx.actor_roles(keys))
    if "addressee" not in d.roles and not target_objects and (ctx.lex.has_frame(d.cls, "appeal") or ctx.lex.is_a(d.cls, "Warning")):
        for a in _appeal_addressees(d):
            keys = [k for k in read_role(ctx, d, "addressee", a) if k not in d.roles.get("speaker", ())]
            if keys:
                d.add("addressee", ctx.actor_roles(keys))
    _written_to(ctx, d)
    _answered_by(ctx, d)


def _kb_holder(ctx: ArticleContext, title: "Token") -> list[str]:
    """The person who held the post the definite title ``title`` names, on the day the article
    was published, in an organisation the article names or its publisher is, by the knowledge
    base (:func:`~kg.extract.kb_posts.kb_title_holder`): the article's entity for them, or []."""
    if ctx.kb is None:
        return []
    orgs = {e.kb_key for e in ctx.entities.values() if e.kb_key and e.kind == "organization"}
    for part in (ctx.article.publisher or "").split(","):
        orgs |= {r.key for r in ctx.kb.lookup(part.strip()) if r.kind == "organization"} if part.strip() else set()
    key = kb_title_holder(title, ctx.kb, orgs, ctx.article.published)
    found = ctx.entity_for_kb(key) if key is not None else None
    return [found] if found is not None else []


def _answered_by(ctx: ArticleContext, d: Draft) -> None:
    """Whom an appeal was made to, as the subject of the verb that answers it (``answer_verbs``
    in ``ontology/lexicon/speech.toml``): "Australia refused Qarase's request to send troops",
    "the junta rejected ECOWAS's demand to release Bazoum"."""
    n = d.noun
    if (n is None or "addressee" in d.roles or n.dep_ != "dobj" or not ctx.lex.has_frame(d.cls, "appeal")
            or ((o := ctx.owner.get(n.head.i)) not in (None, d) and not ctx.lex.is_a(o.cls, "PoliticalDecision"))  # (the rejection is an event too)
            or n.head.lemma_.lower() not in words("speech", "answer_verbs")):
        return
    subj = subject_of(n.head)  # "condemned the action but refused X's request": the first verb's
    if subj is None or subj in n.subtree:
        return
    keys = [k for k in read_role(ctx, d, "addressee", subj) if k not in d.roles.get("speaker", ()) and ctx.kind(k) != "place"]
    if keys:
        d.add("addressee", ctx.actor_roles(keys))


def _doers_named_on(ctx: ArticleContext, noun: "Token") -> list[str]:
    """Who did the act an accusation or condemnation is aimed at, named on the act's noun:
    "condemned *Eritrean* military action", "denounced *Russia's* attack on Kyiv" (its
    possessor, or the country its adjective names); not a place ("the *Gaza* strikes")."""
    if ctx.owner.get(noun.i) is None:
        return []
    keys: list[str] = []
    for c in noun.children:
        if c.i > noun.i or c.dep_ not in ("poss", "amod", "compound"):
            continue
        found = ctx.actors(c) if c.i in ctx.mention_at or c.pos_ == "PRON" else []
        if not found and c.dep_ in ("amod", "compound"):
            dm = ctx.demonym(c)
            found = [dm] if dm else []
        keys += [k for k in found if ctx.kind(k) != "place" and k not in keys]
    return keys


def _written_to(ctx: ArticleContext, d: Draft) -> None:
    """Whom a speech verb is addressed to by "to" when its frame names no one ("wrote *to*
    the Security Council", "complained to the African Union", "spoke to reporters"): the
    actors, not a place reached ("returned to Kyiv" is no speech)."""
    v = d.trigger.verb
    if v is None or "addressee" in d.roles or ctx.lex.has_frame(d.cls, "targetObject"):
        return
    for prep in v.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to" and prep.i > v.i:
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or (d.frame is not None and pobj == d.frame.speaker):
                    continue  # ("according to prosecutors": who speaks, not whom to)
                keys = [k for k in read_role(ctx, d, "addressee", pobj)
                        if k not in d.roles.get("speaker", ()) and ctx.kind(k) != "place"]
                if keys:
                    d.add("addressee", ctx.actor_roles(keys))


def _gathered(ctx: ArticleContext, addressee: "Token") -> "Token":
    """Who a meeting spoken to gathers ("Briefing an emergency meeting *of the Security
    Council*", "addressed a session of the General Assembly"): the body, else the addressee."""
    owner = ctx.owner.get(addressee.i)
    if owner is None or owner.noun != addressee or not ctx.lex.is_a(owner.cls, "Meeting"):
        return addressee
    return next((g for p in addressee.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), addressee)


def _appeal_addressees(d: Draft) -> list["Token"]:
    """Whom an appeal, a demand or a warning is made to when it has no object: "appealed
    *to* its allies", "demanded *that the RSF* halt its siege", "urged that *all parties*
    refrain" (the subject of the clause that says what they must do)."""
    out: list[Token] = []
    for v in d.verbs() or [d.head]:
        for c in v.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on", "upon") and c.i > v.i:
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "dobj" and c.i > v.i and c.pos_ == "NOUN":
                # "demanded Israel's withdrawal": who is to withdraw is asked
                out += [g for g in c.children if g.dep_ == "poss" and g.pos_ != "PRON"]
            elif c.dep_ in ("ccomp", "advcl") and c.i > v.i and c.pos_ in ("VERB", "AUX"):
                marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
                if marks - {"that", "for"} or (c.dep_ == "advcl" and "for" not in marks):
                    continue  # "warned if ...": a condition, not the one addressed; "called for X to": X
                out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON" or
                        s.dep_ == "nsubj" and s.lower_ in ("they", "them")]
    return out


def _name_closing_title(ctx: ArticleContext, subject: "Token") -> str | None:
    """The person whose name closes a subject headed by a post's title, right before the
    verb: "*Chief* of the Rule of Law Section in the High Commissioner's Office *Mona
    Rishmawi*, told VOA" (the parse hangs the name deep inside the title's phrase, so what the
    subject's own words name is the section). Only when the subject's head names no one and
    no comma or clause stands between the title and the name."""
    from ..role_phrases import is_title_head

    if not is_title_head(subject) or ctx.mention_at.get(subject.i) is not None:
        return None
    i = subject.right_edge.i
    while i > subject.i and ctx.doc[i].is_punct:
        i -= 1
    m = ctx.mention_at.get(i)
    if m is None or m.entity not in ctx.entities or ctx.kind(m.entity) != "person":
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in ctx.doc[subject.i:i] if not (t.text in ("’", "'") or t.dep_ == "case")):
        return None
    return m.entity


def mediators(ctx: ArticleContext, d: Draft) -> None:
    lex = ctx.lex
    for verb in d.verbs() + ([d.noun] if d.noun is not None else []):
        # "released the crew after mediation by Oman", "agreed to a truce through Qatari
        # mediation": who mediates the mediation the clause went through
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ == "of":
                continue
            for pobj in prep.children:
                other = ctx.owner.get(pobj.i)
                if pobj.dep_ != "pobj" or other is None or other is d or not lex.is_a(other.cls, "Mediation") or other.noun != pobj:
                    continue
                for c in pobj.children:
                    keys = [k for g in c.children if g.dep_ == "pobj" for k in ctx.actors(g)] if c.dep_ == "prep" and c.lower_ == "by" else []
                    if c.dep_ in ("poss", "amod", "compound") and c.i < pobj.i:
                        keys = ctx.actors(c) if c.i in ctx.mention_at else [k for k in [ctx.demonym(c)] if k]
                    d.add("mediator", ctx.actor_roles([k for k in keys if ctx.kind(k) != "place"]))
    n = d.noun
    if n is None:
        if "mediator" in d.roles:
            d.direct.add("actor")
        return
    for c in n.children:
        if c.lemma_.lower() not in lex.mediation_verbs:
            continue
        if c.dep_ == "amod":  # "a Russia-brokered cease-fire"
            for g in c.children:
                if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i:
                    d.add("mediator", ctx.actor_roles(ctx.actors(g)))
        elif c.dep_ == "acl":  # "negotiations brokered by the EU, U.S. and Russia"
            for agent in c.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            d.add("mediator", ctx.actor_roles(ctx.actors(pobj)))
    if n.dep_ == "dobj" and n.head.lemma_.lower() in lex.mediation_verbs:  # "Russia brokered a truce"
        subj = subject_of(n.head)
        if subj is not None:
            d.add("mediator", ctx.actor_roles(ctx.actors(subj)))
    if n.dep_ == "dobj" and n.head.lemma_.lower() in words("arguments", "securing_verbs") and lex.is_a(d.cls, "Release"):
        # "Oman secured the release of the crew", "grateful to Oman for its efforts to secure
        # the release": who obtained it, by their effort's possessor when the verb has no subject
        subj = subject_of(n.head, climb=n.head.dep_ == "xcomp")  # "Turkey helped secure the release"
        if subj is None and n.head.dep_ == "acl" and n.head.head.pos_ == "NOUN":
            # "Oman's efforts to secure the release" (not "its efforts": whose, the clause may not say)
            subj = next((c for c in n.head.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if subj is not None:
            d.add("mediator", ctx.actor_roles([k for k in ctx.actors(subj) if ctx.kind(k) != "place" and k not in d.roles.get("target", ())]))
    if n.dep_ == "nsubjpass" and n.head.lemma_.lower() in lex.mediation_verbs:  # "talks were brokered by the EU"
        by = subject_of(n.head)
        if by is not None and by != n:
            d.add("mediator", ctx.actor_roles(ctx.actors(by)))
    if "mediator" in d.roles:
        d.direct.add("actor")
