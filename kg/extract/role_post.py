"""Reading one title phrase: the post it names, its label, its organisation and superior.

:mod:`kg.extract.role_phrases` finds the phrase that ties a title to a name; this module
reads it (:func:`read_post`): "adviser *to* X" makes X the superior; a clause on the title,
how the post was come by ("newly appointed") and a date it is held for are no words of it;
the **organisation** is a body named after "of" (:func:`_body_after`), a linked name, a
demonym, a town for a local post ("*Mogadishu* Mayor"), a possessive or "of" description
the article resolves (:mod:`kg.extract.role_context`, :mod:`kg.extract.role_focus`), or the
leading words of a name that swallowed the title. The label is the title's words left, in
title case (:func:`post_label`). A post with a past marker ("former") is none.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .doctext import doc_text
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, PAST_MARKERS, SMALL_WORDS, TITLE_HEADS, TITLE_MODIFIERS
from .model import Entity, Mention, Role, Span
from .names import is_rank, name_lexicon, word_key
from .placing import DIRECTIONS
from .role_context import Context, demonym_country, demonym_words, organisation_anaphor, resolve_description
from .role_focus import body_in_focus, country_in_focus, is_country_noun, named_with, organisation_ahead, subject_antecedent
from .role_phrases import HYPHENS as _HYPHENS
from .role_phrases import appointer
from .role_phrases import fold_hyphens
from .role_phrases import is_title_head as _is_title_head
from .role_phrases import plural_title as _plural_title
from .wordlists import lexicon as _lexicon
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..kb import KBEntity

__all__ = ["FORMER", "is_former", "organisation_of_title", "post_label", "read_post", "title_word"]

#: The first word of the label of a post held before ("Former Prime Minister").
FORMER = "Former"


def is_former(label: str) -> bool:
    """Whether a post's label says it was held before.

    >>> is_former("Former Prime Minister"), is_former("Prime Minister")
    (True, False)
    """
    return label.split(" ", 1)[0] == FORMER

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def post_label(words: list[str]) -> str:
    """Title-case a post's words: ``["foreign", "policy", "adviser"]`` → ``"Foreign Policy Adviser"``.

    >>> post_label(["Secretary", "of", "State"]), post_label(["top", "diplomat"]), post_label(["commander-in-chief"])
    ('Secretary of State', 'Top Diplomat', 'Commander-in-Chief')
    """
    short = _lexicon("roles").get("title_abbreviations", {})
    words = [w for word in words for w in (short[word].split() if word in short else [word])]  # "PM": "Prime Minister"
    words = [fold_hyphens(w) for w in words]  # ("Secretary\u2011General" is "Secretary-General")
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in SMALL_WORDS:
            out.append(lower)
        elif word.isupper() and len(word) > 1:
            out.append(word)
        else:
            out.append("-".join(
                part.lower() if j and part.lower() in SMALL_WORDS else part[:1].upper() + part[1:].lower()
                for j, part in enumerate(word.split("-"))
            ))  # "Commander-in-Chief"
    return " ".join(out)


def _superior_body(ctx: Context, prep: "Token") -> str | None:
    """The body of a superior named by a title without a name, after "to": "adviser *to the
    head of Ukraine's presidential office*" (Ukraine), "adviser to *the Sudanese* army chief"
    (Sudan), "aide to the RSF commander" (the RSF): the first organisation or country its
    words name, or the country of a demonym; None when they name a person or nothing, or
    only a place ("his special envoy *to Haiti*": where the post is sent, not whose it is)."""
    if any(o.dep_ == "pobj" and (e := ctx.entity_at(o)) is not None and e.kind == "place" for o in prep.children):
        return None
    for t in prep.subtree:
        entity = ctx.entity_at(t)
        if entity is not None and entity.kind == "person":
            return None
        if entity is not None and (entity.kind == "organization" or "Country" in entity.types):
            return entity.key
        if entity is None and t.pos_ == "ADJ" and (key := demonym_country(ctx, t)) is not None:
            return key
    return None


def _superior_organisation(ctx: Context, token: "Token") -> str | None:
    """The organisation of a post named in the possessive before another ("the
    *Secretary-General's* Personal Envoy"): the one body that has such a post
    (``roles.toml`` ``organisation_posts``), or a body named with it ("the *UN*
    Secretary-General's special envoy")."""
    if token.dep_ != "poss" or not _is_title_head(token) or ctx.entity_at(token) is not None:
        return None  # ("Special Representative *of the Secretary-General*" is the post's own name)
    words = [t for t in token.subtree if t.dep_ != "case" and t.lower_ not in ("the", "a", "an")]
    for t in words:
        entity = ctx.entity_at(t)
        if entity is not None and entity.kind == "organization":
            return entity.key
    title = "".join(t.text_with_ws for t in words).strip().lower()
    for org_name, titles in _lexicon("roles").get("organisation_posts", {}).items():
        if title in (str(x).lower() for x in titles):
            org = ctx.linker.lookup(org_name)
            return ctx.ensure(org) if org is not None else None
    return None


def _names_country(ctx: Context, token: "Token") -> bool:
    """Whether ``token`` names a country: a country's name or a demonym."""
    entity = ctx.entity_at(token)
    if entity is not None:
        return "Country" in entity.types
    return (token.ent_type_ == "NORP" or token.pos_ in ("ADJ", "PROPN")) and ctx.linker.by_demonym(token.text) is not None


def _anaphor_noun(token: "Token") -> bool:
    """Whether ``token`` is "the group", "the bloc", "the rebels" ... (``roles.toml``
    ``organisation_anaphors``, ``group_nouns``, with "the" and no modifier): a body named
    before, never a word of a post."""
    return (
        (token.lemma_.lower() in _wordlist("roles", "organisation_anaphors") or token.lower_ in _wordlist("roles", "group_nouns"))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in token.children)
    )


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
                superior_org = superior_org or _superior_body(ctx, child)
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
    for i in sorted(tokens):  # "X, Head of the Mission, and Y, Head of the Office": Y's words are not X's
        other = ctx.entity_at(doc[i])
        if other is not None and other.kind == "person" and i not in excluded and i < head.i and name.start > i:
            kb_org = ctx.linker.lookup(ctx.mention_at[i].span.text)
            if kb_org is not None and kb_org.kind == "organization":
                # "Houthi military spokesman X" where "Houthi" was read as the surname of
                # someone named later (or of X himself: "Houthi leader Abdul-Malik
                # al-Houthi"): a name the KB knows as a body, before the title, is it
                surname_org = surname_org or ctx.ensure(kb_org)
                excluded |= _tokens_of(doc, ctx.mention_at[i])
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
            excluded |= _tokens_of(doc, ctx.mention_at[i - 2]) if giver is not None else {i - 2}
            continue
        if t.head.i == head.i:
            excluded |= _tokens_of(doc, ctx.mention_at[i - 2]) if giver is not None else {i - 2}
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
         and e.kind not in ("person", "place") and e.kb_key and not _swallows_title(doc, _tokens_of(doc, ctx.mention_at[t.i]), head, ctx)),
        None,
    )
    org = _body_after(ctx, head, tokens - excluded, excluded) or linked or surname_org
    kept: set[int] = set()  # words of a body the post keeps ("Nigerian *Senate* President")
    for t in words:
        if t.i in excluded or t.i in kept:
            continue
        entity = ctx.entity_at(t)
        if entity is not None and entity.kind != "person":
            mention = ctx.mention_at[t.i]
            taken = _tokens_of(doc, mention)
            if _swallows_title(doc, taken, head, ctx):
                # a name that swallowed the title ("United Nations Special Coordinator"):
                # the organisation is the longest leading part the knowledge base knows
                taken, kb_org = _leading_name(ctx, sorted(taken), head)
                excluded |= taken
                if kb_org is not None:
                    org = org or ctx.ensure(kb_org)
                continue
            last = max(taken) if taken else None
            if last is not None and "Country" in entity.types and last < head.i and (body := _body_begun_by(ctx, [doc[i] for i in sorted(taken)], head)):
                excluded |= body[1]  # (the demonym linked as the country)
                org = org or body[0]
                continue
            if last is not None and len(taken) == 1 and not entity.kb_key and doc[last].lower_ in FORCE_NOUNS | AUTHORITY_NOUNS:
                continue  # "Army chief General X": a bare "Army" is the post's kind of body, not a name
            if last is not None and not entity.kb_key and doc[last].lower_ in _wordlist("roles", "state_body_heads") and any(
                _names_country(ctx, w) for w in words if w.i not in taken
            ):  # "Qatar's Foreign Ministry spokesman": the country's ministry, no body of its own
                continue
            if last is not None and last < head.i and len(taken) > 1 and doc[last].text in FORCE_NOUNS | AUTHORITY_NOUNS:
                # "Sudan's army chief": the country names the body, its noun stays in the post
                # (a name's own word does not: "Arakan Army spokesman")
                taken.discard(last)
            excluded |= taken
            if "Country" in entity.types and t.i < head.i and t.pos_ == "ADJ" and _of_other_body(ctx, head):
                continue  # "the *Brazilian* commander of the multinational force": the holder's nationality
            if entity.kind != "place":
                org = org or _known_body(ctx, entity, sorted(taken)) or entity.key
            elif last is not None and t.i > head.i and doc[last].lemma_.lower() in _wordlist("roles", "institution_heads"):
                org = org or entity.key  # "director of al-Shifa Hospital": a hospital has posts
            elif t.i < head.i and head.lemma_.lower() in _wordlist("roles", "local_post_heads") and "Country" not in entity.types:
                org = org or entity.key  # "the *Mahas* district commissioner": the place's
            elif (local := _local_place(ctx, head, mention, entity)) is not None:
                org = org or local  # "Mogadishu Mayor": the city's, though "Mogadishu" may stand for Somalia
            elif _where_a_unit_is(head, t, entity):
                continue  # "the commander of the army's 22nd division *in Babanusa*": where a unit is, no post's place
            elif _is_polity(entity) or _ruled_place(head, t):  # a region a post is "for" is no organisation
                place_org = place_org or entity.key
            continue
        if t.ent_type_ == "NORP" or t.pos_ in ("ADJ", "PROPN"):
            country_key = demonym_country(ctx, t)
            if (country_key is not None or t.ent_type_ == "NORP") and t.i < head.i and (body := _body_begun_by(ctx, demonym_words(t), head)):
                excluded |= body[1]  # "*Serb* List Vice-President X": the first word of a party's name
                org = org or body[0]
                continue
            if country_key is not None and t.i < head.i and (after := _body_named_after(ctx, demonym_words(t)[-1], head)):
                body_words, state_body = after
                excluded |= {w.i for w in demonym_words(t)}
                if state_body:  # "*Nigerian* Senate President X": the country's, the body's name a
                    kept |= body_words  # word of the post (as "Sudan's army chief"), not its President
                    org = org or country_key
                continue  # ("*Sudanese* Popular Resistance commander X": the body's, read below)
            if country_key is not None and t.i < head.i and _of_other_body(ctx, head):
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
            if owner is not None and (owner.kind == "organization" or _is_polity(owner)):
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
                or named_with(ctx, t) or organisation_ahead(ctx, t) or country_in_focus(ctx, t) or _superior_organisation(ctx, t)
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
            elif is_country_noun(t) or _anaphor_noun(t):  # "the country's", "the bloc's": no word of the post
                excluded |= sub | ({t.head.i} if t.dep_ == "pobj" else set())

    # "the Hamas *movement*'s leader": the noun of bodies after the body's name is no word of the post
    excluded |= {
        t.i for t in words if t.i < head.i and ctx.entity_at(t) is None and t.lemma_.lower() in _wordlist("roles", "organisation_anaphors")
        and any(c.dep_ == "compound" and (e := ctx.entity_at(c)) is not None and e.kind == "organization" for c in t.children)
    }
    org = org or place_org or installed_by or superior_org  # a body named in the title before a country it is for
    if org is not None:
        org = _country_of_its_own(ctx, tokens, org) or org

    # title words that start with a body's name no mention covers ("United Nations Special
    # Coordinator for ..."): the body is the post's organisation, before what the post is "for"
    loose = [t.i for t in words if t.i not in excluded and t.i < head.i and ctx.entity_at(t) is None]
    if loose:
        taken, kb_org = _leading_name(ctx, loose, head)
        if kb_org is not None and kb_org.kind == "organization":
            excluded |= taken
            org = ctx.ensure(kb_org)
    if org is None and (named := _named_by_its_first_words(ctx, head, excluded)) is not None:
        org, taken = named  # "the *Social Democratic* leader" of a story that names the Social Democratic Union
        excluded |= taken
    if org is not None:
        excluded |= _unit_phrase(ctx, head, tokens - excluded, org)
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
        and not (doc[i].lower_ in ("the", "a", "an") or doc[i].lower_ in _POSSESSIVE or doc[i].dep_ == "case" or doc[i].tag_ == "PRP$")
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
    label_words = _label_words(doc, kept)
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
        org = next((key for t in words if _anaphor_noun(t) and (key := organisation_anaphor(ctx, t)) is not None), None)
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


def _body_named_after(ctx: Context, demonym: "Token", head: "Token") -> "tuple[set[int], bool] | None":
    """(the words, whether a state's body) when the words right after a demonym, before the
    title ``head``, are the whole name of a body the knowledge base does not know: "Nigerian
    *Senate* President X" (a state's body: the country's post, the body's name a word of
    it), "Sudanese *Popular Resistance* commander X" (the body's post); None otherwise (a
    body the KB knows is the post's organisation already)."""
    after = ctx.doc[demonym.i + 1] if demonym.i + 1 < head.i else None
    entity = ctx.entity_at(after) if after is not None else None
    if entity is None or entity.kind != "organization" or entity.kb_key:
        return None
    taken = _tokens_of(ctx.doc, ctx.mention_at[after.i])
    if not taken or min(taken) != after.i or max(taken) >= head.i:
        return None
    return taken, "GovernmentOrganization" in entity.types


def _body_begun_by(ctx: Context, demonym: "list[Token]", head: "Token") -> "tuple[str, set[int]] | None":
    """The body whose name the words ``demonym`` begin and the capitalised words after them,
    up to the title ``head``, go on with: "*Serb List* Vice-President X", "*Kurdish Unity*
    leader X" (a party, not the country), added to the article's entities: (its key, its
    words). None when a word
    between is a title's or a portfolio's ("Ukrainian *Foreign* Minister"), a body's every
    state has ("Nigerian *Army* spokesman", "Qatari *Defence Ministry* official") or a name of
    its own ("Afghan *Taliban* commander"), or not a capitalised noun."""
    from .link_types import entity_key
    from .posts import post_word

    doc = ctx.doc
    state_bodies = FORCE_NOUNS | AUTHORITY_NOUNS | _wordlist("roles", "state_body_heads") | _wordlist("roles", "state_body_words")
    i = demonym[-1].i + 1
    while i < head.i and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].pos_ in ("PROPN", "NOUN") and not post_word(doc[i]) \
            and doc[i].lower_ not in state_bodies and ctx.entity_at(doc[i]) is None:
        i += 1
    # (the title's own words after the name: "Vice-president", "Deputy Chairman")
    if i == demonym[-1].i + 1 or not all(post_word(t) or t.text in _HYPHENS for t in doc[i:head.i]):
        return None
    label = doc[demonym[0].i:i].text
    body = Entity(entity_key("organization", label), label, ("Organization",), "organization", link_source="ner")
    return ctx.entities.setdefault(body.key, body).key, set(range(demonym[0].i, i))


def _named_by_its_first_words(ctx: Context, head: "Token", excluded: set[int]) -> "tuple[str, set[int]] | None":
    """The organisation the article names whose name starts with the capitalised words
    right before the title, no name of their own ("the *Social Democratic* leader" in a
    story that names the Social Democratic Union of Macedonia; "*Labour* leader X" with the
    Labour Party): (its key, the words), when one organisation only fits. Two words or
    more, or one the name continues with a noun of bodies (``roles.toml``
    ``organisation_anaphors``: "Labour *Party*"), so that "National Security Adviser" is not
    the National Unity Platform's."""
    doc = ctx.doc
    run: list[int] = []
    i = head.i - 1
    while i >= 0 and i not in excluded and doc[i].text[:1].isupper() and doc[i].is_alpha and ctx.entity_at(doc[i]) is None \
            and not title_word(doc[i]) and doc[i].head.i in (head.i, *run, i + 1):
        run.insert(0, i)
        i -= 1
    if not run:
        return None
    words = [doc[i].lower_ for i in run]
    fits = set()
    for key, entity in ctx.entities.items():
        label = entity.label.lower().split()
        if entity.kind != "organization" or len(label) <= len(words) or label[:len(words)] != words:
            continue
        if len(words) >= 2 or label[len(words)] in _wordlist("roles", "organisation_anaphors"):
            fits.add(key)
    return (fits.pop(), set(run)) if len(fits) == 1 else None


def organisation_of_title(ctx: Context, label: str) -> str | None:
    """The one international body that has a post so named (``roles.toml``
    ``organisation_posts``: "Humanitarian Coordinator", "Under-Secretary-General for
    Political Affairs" are the UN's), added to the article's entities; else None."""
    label = label.lower()
    for org_name, titles in _lexicon("roles").get("organisation_posts", {}).items():
        if any(label == t or label.startswith(t + " for ") for t in (str(t).lower() for t in titles)):
            org = ctx.linker.lookup(org_name)
            if org is not None:
                return ctx.ensure(org)
    return None


def _known_body(ctx: Context, entity: Entity, taken: list[int]) -> str | None:
    """The body the knowledge base knows by a name the NER ran on into a common noun of
    bodies or past a possessive: "*the al-Shabaab group*'s spokesman" is al-Shabaab's
    (``roles.toml`` ``organisation_anaphors``), "*Amnesty International's Nigeria* director"
    Amnesty International's; None for a name the KB knows as written or not at all."""
    doc = ctx.doc
    if entity.kb_key:
        return None
    owner = next((i for i in taken if doc[i].lower_ in _POSSESSIVE and i > min(taken)), None)
    if owner is not None:  # "*Amnesty International*'s Nigeria director": the NER ran on past the possessive
        known = ctx.linker.lookup(doc[min(taken):owner].text)
        if known is not None and known.kind == "organization":
            return ctx.ensure(known)
    words = [i for i in taken if doc[i].dep_ != "case" and doc[i].lower_ not in _POSSESSIVE and doc[i].lower_ != "the"]
    if len(words) < 2 or doc[words[-1]].lemma_.lower() not in _wordlist("roles", "organisation_anaphors"):
        return None
    known = ctx.linker.lookup(doc[words[0]:words[-1]].text)
    return ctx.ensure(known) if known is not None and known.kind == "organization" else None


def _of_other_body(ctx: Context, head: "Token") -> bool:
    """Whether the title is "of" a body that is no state's own, named by a common noun
    ("commander *of the multinational mission*", "a leader *of the alliance*";
    ``roles.toml`` ``organisation_anaphors``): a demonym before the title then says whose
    national the holder is, not whose the post is (not "the Sudanese chief of the army"); a
    force or body said to be of many states is one too ("of the *multinational* force";
    ``roles.toml`` ``multinational_words``)."""
    state_words = FORCE_NOUNS | AUTHORITY_NOUNS | _wordlist("roles", "state_body_words")
    return any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in o.children) and (
            (o.lemma_.lower() in _wordlist("roles", "organisation_anaphors") and o.lower_ not in state_words)
            or any(c.dep_ == "amod" and c.lower_ in _wordlist("roles", "multinational_words") for c in o.children)
        )
        for prep in head.children if prep.dep_ == "prep" and prep.lower_ in _wordlist("roles", "organisation_preps")
        for o in prep.children
    )


def _country_of_its_own(ctx: Context, tokens: set[int], org: str) -> str | None:
    """The country whose own body the organisation is, when the knowledge base linked its
    name to another's: "the secretary of *Russia's* Security Council" is Russia's council, not
    the UN's (a country's possessive or demonym on the body's name, the KB's body of no
    country or of another)."""
    entity = ctx.entities.get(org)
    if entity is None or entity.kind != "organization" or not entity.kb_key:
        return None
    kb = ctx.linker.get(entity.kb_key)
    own = ctx.linker.entity_for_kb(ctx.linker.get(kb.country)).key if kb is not None and ctx.linker.get(kb.country) else None
    doc = ctx.doc
    for i in sorted(tokens):
        if ctx.entity_at(doc[i]) is not entity:
            continue
        owners: list[Token] = []
        if i >= 2 and doc[i - 1].lower_ in _POSSESSIVE and ctx.entity_at(doc[i - 1]) is None:
            owners.append(doc[i - 2])  # "Azerbaijan's Security Council", however the parser hangs it
        if ctx.entity_at(doc[i].head) is not entity:  # (the head of the body's name)
            owners += [c for c in doc[i].children if c.dep_ in ("poss", "amod", "compound")]
        for c in owners:
            owner = ctx.entity_at(c)
            if owner is entity:
                continue
            key = owner.key if owner is not None and "Country" in owner.types else (
                demonym_country(ctx, c) if owner is None and c.ent_type_ == "NORP" else None
            )
            if key is not None and key != own:
                return key
    return None


def _unit_phrase(ctx: Context, head: "Token", words: set[int], org: str) -> set[int]:
    """The words of a phrase that names the post's place by its name and a noun of places:
    "the governor *of the Darfur region*", "the chief minister *of Rakhine state*" (the
    name is the organisation; "of the region" is no word of the post). Empty when the phrase
    says more ("head of the *regional military administration*")."""
    places = name_lexicon().place_nouns
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i not in words or prep.lower_ not in _wordlist("roles", "title_preps"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in places and ctx.entity_at(c) is None):
            named = [t for t in noun.subtree if t.i != noun.i and (e := ctx.entity_at(t)) is not None and e.key == org]
            rest = [
                t for t in noun.subtree
                if t.i != noun.i and t.i in words and t.dep_ != "det" and not t.is_punct and t not in named
            ]
            if named and not rest and noun.is_lower:  # (not "Secretary *of State*")
                return {t.i for t in prep.subtree if t.i in words}
    return set()


def _label_words(doc: "Doc", kept: list[int]) -> list[str]:
    """The words of a post label from its tokens, a word the tokenizer split at its hyphens
    kept whole as written ("Under-Secretary-General", "Colonel-Major"); other punctuation
    dropped."""
    out: list[str] = []
    joined = False  # whether the next token continues the last word
    kept_set = set(kept)
    for i in kept:
        t = doc[i]
        if t.text in _HYPHENS and out and i - 1 in kept_set and i + 1 in kept_set \
                and not doc[i - 1].whitespace_ and not t.whitespace_:
            out[-1] += t.text
            joined = True
            continue
        if t.is_punct:
            joined = False
            continue
        if joined:
            out[-1] += t.text
        else:
            out.append(t.text)
        joined = False
    return out


def _body_after(ctx: Context, head: "Token", words: set[int], excluded: set[int]) -> str | None:
    """The organisation a title is "of" when the noun phrase after "of" is headed by a
    common noun its name modifies: "the leader *of the IS-affiliated Abu Sayyaf group*" is Abu Sayyaf's, not the
    Islamic State's (a modifier of the phrase); the whole phrase leaves the label. Only a
    name before a common noun ("the X group", "the X movement"); a phrase that is itself a
    name is read with the other names of the title."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _wordlist("roles", "organisation_preps") or prep.i not in words:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = ctx.entity_at(obj)
            if named is not None:
                # "the leader of the al-Qaeda-linked JNIM": the body named is JNIM; a name
                # in its modifiers only describes it
                own = _tokens_of(ctx.doc, ctx.mention_at[obj.i])
                others = [
                    e for t in obj.subtree if t.i not in own and (e := ctx.entity_at(t)) is not None and e.key != named.key
                ]
                if named.kind == "organization" and any(e.kind == "organization" for e in others):
                    excluded |= {x.i for x in prep.subtree}
                    return named.key
                continue  # the phrase is the name itself: "Minister of Foreign Affairs" reads as before
            named = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
            for t in named:
                entity = ctx.entity_at(t)
                if entity is not None and entity.kind not in ("person", "place") and not _swallows_title(ctx.doc, _tokens_of(ctx.doc, ctx.mention_at[t.i]), head, ctx):
                    excluded |= {x.i for x in prep.subtree}
                    return entity.key
    return None


def _local_place(ctx: Context, head: "Token", mention: Mention, entity: Entity) -> str | None:
    """The town a local post ("mayor", "governor"; ``roles.toml`` ``local_post_heads``) is
    in when the text names it but its mention stands for its state (a capital read as its
    country: "*Mogadishu* Mayor"); None otherwise (the place is read as any other)."""
    if head.lemma_.lower() not in _wordlist("roles", "local_post_heads") or "Country" not in entity.types:
        return None
    literal = ctx.linker.lookup(mention.span.text)
    if literal is not None and literal.kind == "place" and "Country" not in literal.types:
        return ctx.ensure(literal)
    return None


def _ruled_place(head: "Token", token: "Token") -> bool:
    """Whether a place the gazetteer does not call a state is named as one by the post: the
    head of a state or of a region "of" it ("the president *of Somaliland*", "the governor
    of X"; ``roles.toml`` ``state_post_heads``, ``local_post_heads``), also after the
    holder's name ("acting President X *of Somaliland*": the parser hangs "of" on the name)."""
    t = token
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    lemma = head.lemma_.lower()
    on = t.head.head if t.dep_ == "pobj" else None
    return (
        t.dep_ == "pobj" and t.head.lower_ == "of" and on is not None
        and (on.i == head.i or (head.dep_ == "compound" and on.pos_ == "PROPN" and head.head.i == on.i))
        and (lemma in _wordlist("roles", "state_post_heads") or lemma in _wordlist("roles", "local_post_heads"))
    )


def _where_a_unit_is(head: "Token", token: "Token", entity: Entity) -> bool:
    """Whether a town or region (no country) is named "in" a noun below the title, not on
    it: "the commander of the army's 22nd division *in Babanusa*" (where the division is).
    A post only a state or a region has keeps it ("the governor of the province *in* X")."""
    if "Country" in entity.types or head.lemma_.lower() in _wordlist("roles", "local_post_heads"):
        return False
    t = token
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    prep = t.head if t.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("in", "at", "near") and prep.head.i != head.i and prep.head.pos_ == "NOUN"


def _is_polity(entity: Entity) -> bool:
    """Whether a place can hold posts: a country or an administrative area, not a region."""
    return bool({"Country", "AdministrativeArea"} & set(entity.types))


def title_word(token: "Token") -> bool:
    word = fold_hyphens(token.lower_)
    return word in TITLE_HEADS or word in TITLE_MODIFIERS


def _swallows_title(doc: "Doc", taken: set[int], head: "Token", ctx: Context | None = None) -> bool:
    """Whether a name took words of the title ("United Nations Special" of "United Nations
    Special Envoy"): the head itself or a title word hung on it; not a name the knowledge
    base knows as written and that ends in a body's noun ("*Israeli military* spokesman": the
    IDF's; not "the *UN human rights* chief", the UN's human rights chief)."""
    if ctx is not None and taken and head.i not in taken and doc[max(taken)].lower_ in FORCE_NOUNS | AUTHORITY_NOUNS:
        words = doc[min(taken):max(taken) + 1]
        entity = ctx.entity_at(words[0])
        known = ctx.linker.lookup(words.text)
        if entity is not None and known is not None and entity.kb_key == known.key:
            return False
    last = max(taken, default=-1)
    return head.i in taken or any(
        title_word(doc[i]) and doc[i].head.i == head.i and not _inside_hyphenated_name(doc, i)
        and not (i == last and i > min(taken) and doc[i].text[:1].isupper() and word_key(doc[i].text) in _unit_words())
        for i in taken
    )  # ("*Kaduna State* Governor": the last word of a state's name is not "state" of "state minister")


def _inside_hyphenated_name(doc: "Doc", i: int) -> bool:
    """Whether token ``i`` is part of a word written with hyphens that is no title as a
    whole: "Prince" of "*Port-au-Prince* Mayor" (but "General" of "Secretary-General" is a
    title's)."""
    start = end = i
    while start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in _HYPHENS and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    if start == end:
        return False
    parts = [doc[k] for k in range(start, end + 1, 2)]
    return not all(title_word(t) for t in parts) and "-".join(t.lower_ for t in parts) not in TITLE_HEADS


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return name_lexicon().region_heads


def _leading_name(ctx: Context, taken: list[int], head: "Token") -> "tuple[set[int], KBEntity | None]":
    """The tokens and KB entity of the longest leading part of a mention, before the title
    words, that names an organisation or a country."""
    doc = ctx.doc
    words: list[int] = []
    for i in taken:
        if i >= head.i or title_word(doc[i]):
            break
        words.append(i)
    for n in range(len(words), 0, -1):
        part = doc[words[0]:words[n - 1] + 1]
        found = ctx.linker.lookup(part.text)
        if found is not None and "Person" not in found.types:
            return set(words[:n]), found
    return set(), None


def _tokens_of(doc: "Doc", mention: Mention) -> set[int]:
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()


