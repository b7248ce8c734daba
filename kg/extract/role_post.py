"""Reading one title phrase: the post it names, its label, its organisation and superior.

:mod:`kg.extract.role_phrases` finds the phrase that ties a title to a name; this module
reads it (:func:`read_post`): "adviser *to* X" makes X the superior; a clause on the title,
how the post was come by ("newly appointed") and a date it is held for are no words of it;
the **organisation** is a body named after "of", a linked name, a demonym, a town for a
local post ("*Mogadishu* Mayor"), a possessive or "of" description the article resolves
(:mod:`kg.extract.role_context`, :mod:`kg.extract.role_focus`), or the leading words of a
name that swallowed the title. The label is the title's words left, in title case. A post
with a past marker ("former") is none.

The steps' helpers live beside it: which words are the title's and which a name's
(:mod:`kg.extract.role_title_words`), the post's body (:mod:`kg.extract.role_body`) and
place (:mod:`kg.extract.role_place`), and its label (:mod:`kg.extract.role_label`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doctext import doc_text
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, PAST_MARKERS, SMALL_WORDS, TITLE_HEADS
from .model import Entity, Role, Span
from .names import is_rank
from .placing import DIRECTIONS
from .role_body import (
    anaphor_noun, body_after, body_begun_by, body_named_after, country_of_its_own, known_body,
    named_by_its_first_words, names_country, of_other_body, superior_body, superior_organisation,
)
from .role_context import Context, demonym_country, demonym_words, organisation_anaphor, resolve_description
from .role_focus import body_in_focus, country_in_focus, is_country_noun, named_with, organisation_ahead, subject_antecedent
from .role_label import FORMER, label_words_of, post_label
from .role_phrases import HYPHENS as _HYPHENS
from .role_phrases import appointer
from .role_phrases import is_title_head as _is_title_head
from .role_phrases import plural_title as _plural_title
from .role_place import is_polity, local_place, ruled_place, unit_phrase, where_a_unit_is
from .role_title_words import POSSESSIVE, leading_name, swallows_title, tokens_of
from .wordlists import lexicon as _lexicon
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..kb import KBEntity

__all__ = ["read_post"]


def read_post(ctx: Context, person: Entity, head: "Token", tokens: set[int], name) -> "tuple[Role, KBEntity | None] | None":
    """The post a title phrase names, with its organisation and superior when the text says."""
    doc = ctx.doc
    excluded: set[int] = set()
    reports_to: str | None = None
    org: str | None = None
    place_org: str | None = None
    surname_org: str | None = None  # a body's name the entity reader took for a surname
    superior_org: str | None = None  # "adviser to the head of *Ukraine's* presidential office"
    confidence = 0.9

    # "adviser to President Ilham Aliyev": the superior, not part of the title
    for child in head.children:
        if child.dep_ == "prep" and (child.lower_ == "to" or (child.lower_ == "for" and any(
            o.dep_ == "pobj" and (e := ctx.entity_at(o)) is not None and e.kind == "person" and e.key != person.key for o in child.children
        ))):  # (and "spokesman *for* Secretary-General Antonio Guterres")
            sub = {t.i for t in child.subtree}
            excluded |= sub
            for obj in child.children:
                target = ctx.entity_at(obj)
                if target is not None and target.kind == "person" and target.key != person.key:
                    reports_to = target.key
            if reports_to is None and child.lower_ == "to":
                superior_org = superior_org or superior_body(ctx, child)
        # "President X's chief of staff": the person whose the post is is its superior
        elif child.dep_ == "poss" and (target := ctx.entity_at(child)) is not None and target.kind == "person" \
                and target.key != person.key:
            excluded |= {t.i for t in child.subtree}
            reports_to = reports_to or target.key
    if reports_to is None and any(
        c.dep_ == "poss" and c.lower_ in _wordlist("roles", "person_possessives") for c in head.children
    ):  # "Ruto appointed X as *his* special envoy": the one who gave the post is its superior
        giver = appointer(name)
        target = ctx.entity_at(giver) if giver is not None else None
        if target is not None and target.kind == "person" and target.key != person.key:
            reports_to = target.key
        else:  # "Guterres urged the parties to engage with *his* Special Envoy, X": the one person named before
            named = {
                e.key for t in doc[head.sent.start:head.i]
                if (e := ctx.entity_at(t)) is not None and e.kind == "person" and e.key != person.key
            }
            reports_to = named.pop() if len(named) == 1 else None
    for i in sorted(tokens):  # "X, Head of the Mission, and Y, Head of the Office": Y's words are not X's
        other = ctx.entity_at(doc[i])
        if other is not None and other.kind == "person" and i not in excluded and i < head.i and name.start > i:
            kb_org = ctx.linker.lookup(ctx.mention_at[i].span.text)
            if kb_org is not None and kb_org.kind == "organization":
                # "Houthi military spokesman X" where "Houthi" was read as the surname of
                # someone named later (or of X himself: "Houthi leader Abdul-Malik
                # al-Houthi"): a name the KB knows as a body, before the title, is it
                surname_org = surname_org or ctx.ensure(kb_org)
                excluded |= tokens_of(doc, ctx.mention_at[i])
                continue
        if other is not None and other.kind == "person" and other.key != person.key and i not in excluded:
            top = doc[i]
            while top.head.i in tokens and top.head.i != head.i and ctx.entity_at(top.head) is other:
                top = top.head
            excluded |= {t.i for t in top.subtree}
            excluded |= {c.i for c in top.head.children if c.dep_ in ("cc", "punct") and c.i < top.i}
    # "its *new* spokesman", "the *incoming* president": when the post was taken is not its
    # name; "*fugitive* rebel commander", "the *jailed* opposition leader": nor what became of
    # its holder
    excluded |= {
        c.i for c in head.children
        if c.dep_ in ("amod", "advmod", "compound", "nmod") and c.i < head.i
        and c.lower_ in _wordlist("roles", "tenure_words") | _wordlist("roles", "holder_words")
    }
    # "two leaders of the movement": how many hold the post is not its name
    excluded |= {t.i for c in head.children if c.dep_ == "nummod" and c.i < head.i for t in c.subtree}
    # "the *68-year-old* leader", "the *two-term* president": the holder's age or how long
    # they held it, a number counting ``roles.toml`` ``count_nouns``, is not the post's name
    excluded |= {
        t.i for c in head.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < head.i
        and any(x.like_num for x in c.subtree) and any(x.lemma_.lower() in _wordlist("roles", "count_nouns") for x in c.subtree)
        for t in c.subtree
    }
    # "newly appointed Prime Minister": how the post was come by is not its name
    excluded |= {
        t.i for c in head.subtree if c.i < head.i and c.dep_ == "amod" and c.tag_ == "VBN"
        and c.lemma_.lower() in _wordlist("roles", "predicate_verbs") for t in c.subtree
    }
    # "the RSF commander known as Hemedti", "the envoy who was appointed in May": a clause on
    # the title says something about the post, it is not its name
    excluded |= {t.i for c in head.children if c.dep_ in ("acl", "relcl") and c.i > head.i for t in c.subtree}
    # "appointed prime minister *by President X*": who gave the post is not its name
    excluded |= {t.i for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > head.i for t in c.subtree}
    # "President of the Security Council for December": when a post is held is not its name
    for i in sorted(tokens):
        t = doc[i]
        if t.dep_ == "pobj" and t.head.i in tokens and t.head.i > head.i and (
            t.ent_type_ in ("DATE", "TIME") or (t.head.lower_ in _wordlist("roles", "since_preps") and t.like_num)
            or (t.head.lower_ == "for" and t.pos_ == "NOUN" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children))
        ):  # (and "the head of UNICEF *since 2022*", the year read as a number; "president *for a
            # five-year transition*")
            excluded |= {x.i for x in t.head.subtree}
    # "the Houthi-run health ministry", "the IS-linked group": the participle after a body's
    # name says whose the body is, it is no word of the post; on the title itself ("the
    # *Russian-installed* leader of the Donetsk region") it says who gave the post, whose
    # it is only when nothing else in the title says
    installed_by: str | None = None
    for i in sorted(tokens - excluded):
        t = doc[i]
        if i < 2 or t.tag_ not in ("VBN", "VBD") or doc[i - 1].text not in _HYPHENS or doc[i - 1].whitespace_ \
                or doc[i - 2].whitespace_:
            continue
        giver = ctx.entity_at(doc[i - 2])
        key = giver.key if giver is not None else demonym_country(ctx, doc[i - 2])
        if key is None:
            continue
        excluded |= {i, i - 1}
        if t.lemma_.lower() in _wordlist("roles", "residence_participles"):
            # "a *Paris-based* adviser": where the holder lives or works, no word of the post
            # and not whose it is
            excluded |= tokens_of(doc, ctx.mention_at[i - 2]) if giver is not None else {i - 2}
            continue
        if t.head.i == head.i:
            excluded |= tokens_of(doc, ctx.mention_at[i - 2]) if giver is not None else {i - 2}
            installed_by = installed_by or key
    words = [doc[i] for i in sorted(tokens - excluded)]
    # "*former* Nigerien minister X", "the *ex*-president": a post held before, read as one
    # ("Former Minister"), never as the title held now; a marker anywhere else leaves no post
    past = [t for t in words if t.lower_.rstrip("-") in PAST_MARKERS | _wordlist("roles", "past_title_words")]
    if past and all(t.i < head.i for t in past):
        excluded |= {t.i for t in past} | {t.i + 1 for t in past if t.i + 1 < len(doc) and doc[t.i + 1].text in _HYPHENS}
        words = [doc[i] for i in sorted(tokens - excluded)]
    elif past:
        return None

    # the organisation: a linked name, a demonym, or a description; a name the knowledge
    # base knows before one it does not ("Director, Operations Division, UN Office ...")
    linked = next(
        (e.key for t in words if t.i not in excluded and (e := ctx.entity_at(t)) is not None
         and e.kind not in ("person", "place") and e.kb_key and not swallows_title(doc, tokens_of(doc, ctx.mention_at[t.i]), head, ctx)),
        None,
    )
    org = body_after(ctx, head, tokens - excluded, excluded) or linked or surname_org
    kept: set[int] = set()  # words of a body the post keeps ("Nigerian *Senate* President")
    for t in words:
        if t.i in excluded or t.i in kept:
            continue
        entity = ctx.entity_at(t)
        if entity is not None and entity.kind != "person":
            mention = ctx.mention_at[t.i]
            taken = tokens_of(doc, mention)
            if swallows_title(doc, taken, head, ctx):
                # a name that swallowed the title ("United Nations Special Coordinator"):
                # the organisation is the longest leading part the knowledge base knows
                taken, kb_org = leading_name(ctx, sorted(taken), head)
                excluded |= taken
                if kb_org is not None:
                    org = org or ctx.ensure(kb_org)
                continue
            last = max(taken) if taken else None
            if last is not None and "Country" in entity.types and last < head.i and (body := body_begun_by(ctx, [doc[i] for i in sorted(taken)], head)):
                excluded |= body[1]  # (the demonym linked as the country)
                org = org or body[0]
                continue
            if last is not None and len(taken) == 1 and not entity.kb_key and doc[last].lower_ in FORCE_NOUNS | AUTHORITY_NOUNS:
                continue  # "Army chief General X": a bare "Army" is the post's kind of body, not a name
            if last is not None and not entity.kb_key and doc[last].lower_ in _wordlist("roles", "state_body_heads") and any(
                names_country(ctx, w) for w in words if w.i not in taken
            ):  # "Qatar's Foreign Ministry spokesman": the country's ministry, no body of its own
                continue
            if last is not None and last < head.i and len(taken) > 1 and doc[last].text in FORCE_NOUNS | AUTHORITY_NOUNS:
                # "Sudan's army chief": the country names the body, its noun stays in the post
                # (a name's own word does not: "Arakan Army spokesman")
                taken.discard(last)
            excluded |= taken
            if "Country" in entity.types and t.i < head.i and t.pos_ == "ADJ" and of_other_body(ctx, head):
                continue  # "the *Brazilian* commander of the multinational force": the holder's nationality
            if entity.kind != "place":
                org = org or known_body(ctx, entity, sorted(taken)) or entity.key
            elif last is not None and t.i > head.i and doc[last].lemma_.lower() in _wordlist("roles", "institution_heads"):
                org = org or entity.key  # "director of al-Shifa Hospital": a hospital has posts
            elif t.i < head.i and head.lemma_.lower() in _wordlist("roles", "local_post_heads") and "Country" not in entity.types:
                org = org or entity.key  # "the *Mahas* district commissioner": the place's
            elif (local := local_place(ctx, head, mention, entity)) is not None:
                org = org or local  # "Mogadishu Mayor": the city's, though "Mogadishu" may stand for Somalia
            elif where_a_unit_is(head, t, entity):
                continue  # "the commander of the army's 22nd division *in Babanusa*": where a unit is, no post's place
            elif is_polity(entity) or ruled_place(head, t):  # a region a post is "for" is no organisation
                place_org = place_org or entity.key
            continue
        if t.ent_type_ == "NORP" or t.pos_ in ("ADJ", "PROPN"):
            country_key = demonym_country(ctx, t)
            if (country_key is not None or t.ent_type_ == "NORP") and t.i < head.i and (body := body_begun_by(ctx, demonym_words(t), head)):
                excluded |= body[1]  # "*Serb* List Vice-President X": the first word of a party's name
                org = org or body[0]
                continue
            if country_key is not None and t.i < head.i and (after := body_named_after(ctx, demonym_words(t)[-1], head)):
                body_words, state_body = after
                excluded |= {w.i for w in demonym_words(t)}
                if state_body:  # "*Nigerian* Senate President X": the country's, the body's name a
                    kept |= body_words  # word of the post (as "Sudan's army chief"), not its President
                    org = org or country_key
                continue  # ("*Sudanese* Popular Resistance commander X": the body's, read below)
            if country_key is not None and t.i < head.i and of_other_body(ctx, head):
                # "the *Kenyan* commander of the multinational mission": the holder's nationality
                excluded |= {w.i for w in demonym_words(t)}
                continue
            if country_key is not None:
                excluded |= {w.i for w in demonym_words(t)}
                org = org or country_key
                continue
        if t.dep_ == "poss" and t.tag_ == "WP$" and t.head.i == head.i:
            # "the African Union, *whose* chairman, X, flew": the body the relative clause is on
            clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
            if clause is None and head.dep_ == "appos":
                clause = head  # (the parser may hang "whose leader" on the body as its apposition)
            owner = ctx.entity_at(clause.head) if clause is not None else None
            if clause is None and t.i >= 2 and doc[t.i - 1].text == ",":
                owner = ctx.entity_at(doc[t.i - 2])  # (or on no clause at all: "into Guinea, whose ...")
            if owner is None and clause is not None:  # "the IGAD bloc, whose ...": the name on the noun
                owner = next((e for c in clause.head.children if c.dep_ == "compound" and (e := ctx.entity_at(c)) is not None), None)
            excluded.add(t.i)
            if owner is not None and (owner.kind == "organization" or is_polity(owner)):
                org = org or owner.key  # (and "Eritrea, *whose* president, X,": a state's)
            continue
        # (the parser may hang the possessive on the name the title is a compound of: "the
        # group's commander-in-chief X")
        on_name = t.dep_ == "poss" and head.dep_ in ("compound", "nmod") and t.head.i == head.head.i and t.i < head.i
        if t.dep_ == "poss" and (t.head.i == head.i or on_name) or (
            t.dep_ == "pobj" and t.head.lower_ in ("of", "for") and t.head.head.i == head.i
        ):
            sub = {x.i for x in t.subtree}
            resolved = (
                resolve_description(ctx, t) or subject_antecedent(ctx, t) or organisation_anaphor(ctx, t)
                or named_with(ctx, t) or organisation_ahead(ctx, t) or country_in_focus(ctx, t) or superior_organisation(ctx, t)
            )
            body = body_in_focus(ctx, t) if resolved is None else None
            if body is not None and "Country" in ctx.entities[body].types and t.dep_ == "poss":
                sub.discard(t.i)  # "the police's spokesman" in Nigeria: Nigeria's "Police Spokesman"
            resolved = resolved or body
            if resolved is not None:
                excluded |= sub
                if t.dep_ == "pobj":
                    excluded.add(t.head.i)
                org = org or resolved
                confidence = 0.8
            elif is_country_noun(t) or anaphor_noun(t):  # "the country's", "the bloc's": no word of the post
                excluded |= sub | ({t.head.i} if t.dep_ == "pobj" else set())

    # "the Hamas *movement*'s leader": the noun of bodies after the body's name is no word of the post
    excluded |= {
        t.i for t in words if t.i < head.i and ctx.entity_at(t) is None and t.lemma_.lower() in _wordlist("roles", "organisation_anaphors")
        and any(c.dep_ == "compound" and (e := ctx.entity_at(c)) is not None and e.kind == "organization" for c in t.children)
    }
    org = org or place_org or installed_by or superior_org  # a body named in the title before a country it is for
    if org is not None:
        org = country_of_its_own(ctx, tokens, org) or org

    # title words that start with a body's name no mention covers ("United Nations Special
    # Coordinator for ..."): the body is the post's organisation, before what the post is "for"
    loose = [t.i for t in words if t.i not in excluded and t.i < head.i and ctx.entity_at(t) is None]
    if loose:
        taken, kb_org = leading_name(ctx, loose, head)
        if kb_org is not None and kb_org.kind == "organization":
            excluded |= taken
            org = ctx.ensure(kb_org)
    if org is None and (named := named_by_its_first_words(ctx, head, excluded)) is not None:
        org, taken = named  # "the *Social Democratic* leader" of a story that names the Social Democratic Union
        excluded |= taken
    if org is not None:
        excluded |= unit_phrase(ctx, head, tokens - excluded, org)
        # "ruler of *eastern* Libya": the part of the place the post is in is no word of it
        excluded |= {
            i for i in tokens - excluded
            if doc[i].dep_ == "amod" and doc[i].lower_ in DIRECTIONS and (e := ctx.entity_at(doc[i].head)) is not None and e.key == org
        }
    # "the chief of the army *and son of the president*": a noun conjoined to the title that
    # is no title says who the person is, not what the post is called
    excluded |= {
        t.i for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and not _is_title_head(c)
        for t in c.subtree
    } | {c.i for c in head.children if c.dep_ == "cc" and any(x.dep_ == "conj" and not _is_title_head(x) for x in head.children)}
    # a name's own modifier goes with it: "UN" of "UN Office for ..." when the name left it out
    excluded |= {
        i for i in tokens - excluded
        if doc[i].dep_ == "compound" and doc[i].pos_ == "PROPN" and doc[i].head.i in excluded
    }
    kept = [
        i
        for i in sorted(tokens - excluded)
        if i <= head.right_edge.i  # what follows the title's own phrase only places it
        and not (doc[i].lower_ in ("the", "a", "an") or doc[i].lower_ in POSSESSIVE or doc[i].dep_ == "case" or doc[i].tag_ == "PRP$")
    ]  # (nor "its", "their": a possessive pronoun is not the post's name)
    # a rank between the post and the name is the person's, not the post's: "army spokesman
    # *Brig. Gen.* X", "spokesman *Rear Admiral* X"
    # (a run of ranks, not a lone word that also ends posts: "Secretary General", "Secretary-General")
    post = [i for i in kept if i < head.i and _is_title_head(doc[i]) and not is_rank(doc[i])] if is_rank(head) else []
    if post:
        rank = [i for i in kept if i > post[-1]]
        if all(is_rank(doc[i]) and doc[i].text[:1].isupper() for i in rank) and any(doc[i].lower_ not in TITLE_HEADS for i in rank):
            head = doc[post[-1]]
            kept = [i for i in kept if i <= post[-1]]
    label_words = label_words_of(doc, kept)
    # a dangling "of" left by an organisation taken out ("Minister of Defence of Armenia",
    # "an official *with* Hamas")
    dangling = SMALL_WORDS | _wordlist("roles", "title_preps") | _wordlist("roles", "organisation_preps") | {"with"}
    while label_words and label_words[-1].lower() in dangling:
        label_words.pop()
    verb_post = (
        _lexicon("roles").get("post_verbs", {}).get(head.lemma_.lower()) if head.pos_ in ("VERB", "AUX")
        else _lexicon("roles").get("post_preps", {}).get(head.lower_) if head.pos_ == "ADP" else None
    )
    if verb_post and org is None:  # "*the group* was founded by X": the body named before
        org = next((key for t in words if anaphor_noun(t) and (key := organisation_anaphor(ctx, t)) is not None), None)
    if verb_post and org is None:
        return None  # "who leads the multinational security mission": the head of nothing named
    if org is None and head.lemma_.lower() in _wordlist("roles", "body_post_heads"):
        return None  # "a member of the family": no body named, no post
    if verb_post:  # "who heads X": a Head, whatever words were left
        label_words = [verb_post]
    elif not label_words or not any(head.text in w.split("-") or head.text == w for w in label_words):
        return None
    if _plural_title(head) and head.text in label_words:  # "Presidents X and Y": each holds the post of President
        label_words[len(label_words) - 1 - label_words[::-1].index(head.text)] = head.text[:-1]
    label = post_label([FORMER, *label_words] if past else label_words)
    span_tokens = sorted(tokens | {t.i for t in name})
    while len(span_tokens) > 1 and doc[span_tokens[-1]].is_punct:
        span_tokens.pop()
    while len(span_tokens) > 1 and doc[span_tokens[0]].is_punct:
        span_tokens.pop(0)
    start, end = doc[span_tokens[0]].idx, doc[span_tokens[-1]].idx + len(doc[span_tokens[-1]])
    evidence = Span(start, end, doc_text(doc)[start:end])
    person_kb = ctx.linker.get(person.kb_key)
    return Role(person=person.key, label=label, org=org, span=evidence, reports_to=reports_to, confidence=confidence), person_kb
