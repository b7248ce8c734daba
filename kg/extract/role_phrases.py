"""Where a text ties a title to a person's name: the title phrases a post is read from.

For one person's name (a spaCy span) :func:`title_phrases` returns each title head with the
token indices of its phrase, whichever way the parser hung it on the name:

* a **title compound** before the name ("Ukraine's President Volodymyr Zelenskiy"), its
  parts joined when the text writes them with a hyphen ("UNRWA *Commissioner-General* X");
* an **apposition** either way round ("X, Sudan's army chief"; "The head of the U.N.
  mission in Congo, X", where the parser hangs the name on the phrase's last noun), or a
  title between commas the parser made the name's sibling;
* a **relative clause** or a **predicate**: "X, who heads the RSF", "X, a former officer
  known as Barbecue who leads the G9", "X became prime minister", "named X prime minister";
* conjoined titles as two posts ("Qatar's prime minister and foreign minister").

:func:`led_phrase` reads "the RSF, *led by* X". :mod:`kg.extract.roles` reads the post, its
label and organisation from these phrases; the word lists are ``ontology/lexicon/roles.toml``
and ``kg/extract/lexicon.py``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import TITLE_HEADS
from .role_context import organisation_anaphor
from .wordlists import lexicon as _lexicon
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .role_context import Context

__all__ = ["HYPHENS", "appointer", "given_a_post", "capitalised_title_over", "fold_hyphens", "full_name", "is_title_head", "led_phrase", "plural_title", "title_over_phrase", "title_phrases"]

#: Hyphens that join the parts of a word the tokenizer split ("Commissioner-General").
HYPHENS = frozenset({"-", "‐", "‑"})


def title_phrases(name) -> list[tuple["Token", set[int]]]:  # name: spacy Span
    """(title head, token indices of the title phrase) tied to the person ``name``."""
    root = name.root
    inside = {t.i for t in name}
    out: list[tuple[Token, set[int]]] = []

    def phrase(head: "Token", exclude: set[int]) -> set[int]:
        return {t.i for t in head.subtree if t.i not in exclude}

    # the title the parser hung on the name's first word rather than its head ("Chadian
    # President Mahamat Idriss Déby Itno": "President" on "Idriss")
    hung = [c for t in name if t.i != root.i for c in t.children if c.i < name.start and c.dep_ in ("compound", "nmod")]
    respective = _respective_title(root)
    apposed: set[int] = set()  # the titles read so (not read again as this name's own)
    if respective is not None:  # "X and Y, the foreign ministers of A and B": X's is A's
        out.append(respective[:2])
        apposed = respective[2]
    for child in [*root.children, *hung]:
        if child.i in inside or child.i in apposed:
            continue
        if child.dep_ in ("compound", "nmod", "amod") and child.i < name.start and (
            is_title_head(child) or _titled(child) or plural_title(child)
        ):
            # the title's own modifiers the parser hung on the name ("*Ukraine's* President X")
            # and an organisation after it ("Prime Minister X *of Poland*")
            before = max((c.i for c in root.children if c.i < child.i and c.i not in inside and is_title_head(c)), default=-1)
            extra = {
                t.i for c in root.children
                if before < c.i < child.i and c.i not in inside and c.dep_ in ("poss", "amod", "compound", "nmod") and not is_title_head(c)
                for t in c.subtree
            }  # (another title before it is a post of its own, its words its own: "junta leader Colonel X")
            extra |= {
                t.i for c in root.children
                if c.i > name.end - 1 and c.dep_ == "prep" and c.lower_ in _wordlist("roles", "organisation_preps")
                for t in c.subtree
            }
            out.append((child, phrase(child, inside) | extra))
        elif (child.dep_ == "appos" or _conj_as_appos(name, child)) and is_title_head(child):
            tokens = phrase(child, inside)
            # "Director, Operations Division, UN Office for ...": the units named in the
            # appositions after the title are where the post is
            for other in root.children:
                if other.dep_ == "appos" and other.i > child.i and not is_title_head(other):
                    if any(t.i != other.i and t.dep_ == "appos" and is_title_head(t) for t in other.subtree):
                        break
                    tokens |= phrase(other, inside)
                elif other.dep_ == "appos" and other.i > child.i:
                    break
            out.append((child, tokens))
        elif child.dep_ == "appos" and child.lower_ == "one" and (some := _one_of_titles(child)) is not None:
            # "Rebecca Nyandeng, one of South Sudan's five vice presidents": one of the holders
            out.append((some, phrase(some, inside)))
        elif child.dep_ == "appos" and child.pos_ == "NOUN" and (joint := _joint_title(child)) is not None:
            # "X, the UN resident and humanitarian coordinator": the parser made the first
            # word of the title the apposition, the title's head its conjunct
            out.append((joint, phrase(child, inside)))
        elif child.dep_ == "relcl":  # "Pashinyan, who is Armenia's prime minister"
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in child.children):
                out += [(t, phrase(t, inside)) for t in _predicate_titles(child)]
                # "Myint Swe, who *served* as acting president": a post held before, the
                # past verb read with it as the mark of one (roles.toml past_title_words)
                out += [(t, phrase(t, inside) | {child.i}) for t in _past_serving_titles(child)]
            # "al-Burhan, who heads Sudan's Sovereignty Council": a post named by its verb
            out += _verb_posts(child)
        elif child.dep_ in ("acl", "advcl") and child.tag_ == "VBG" and child.i > root.i:
            # "X, serving as acting prime minister of Sudan, met ..."
            out += [(t, phrase(t, inside)) for t in _predicate_titles(child) if child.lemma_.lower() in _wordlist("roles", "present_predicate_verbs")]
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            # "Jimmy Cherizier, a former police officer who leads the G9 alliance": the
            # clause on the apposition says what the person does now
            out += [post for clause in _clauses_on(child) for post in _verb_posts(clause)]
    shared = _shared_plural_title(root)
    if shared is not None:  # "Presidents Vladimir Putin and *Xi Jinping*": the title is both names'
        own = {t.i for c in root.children if c.dep_ == "prep" and c.lower_ in _wordlist("roles", "organisation_preps") for t in c.subtree}
        out.append((shared, {t.i for t in shared.subtree} | own))
    sibling = _comma_title(name)
    if sibling is not None:  # "X, the army's deputy commander, visited": parsed as two subjects
        out.append((sibling, phrase(sibling, inside)))
    before = _title_just_before(name)
    if before is not None:  # "Under-Secretary-General for Political Affairs X told": two subjects
        out.append((before, phrase(before, inside)))
    comma_before = _comma_title_before(name) if not out else None
    if comma_before is not None:  # "the defection of army chief of staff, X, who ...": not parsed as apposed
        out.append((comma_before, phrase(comma_before, inside)))
    described = _title_and_description(name)
    if described is not None:  # "Former Nigerien minister and Tillaberi native X": the parser joined them
        out.append((described, phrase(described, {t.i for t in root.subtree} | {c.i for c in described.children if c.dep_ == "cc"})))
    # a title apposed before the name ends where the name begins: "the chief of the general
    # staff, Valery Gerasimov, *of withholding ammunition*" (the parser's hanging of what follows)
    before_name = lambda tokens: {i for i in tokens if i < name.start}  # noqa: E731
    if root.dep_ == "appos" and root.head.i in apposed:
        pass  # (read above, with the other names the title is apposed to)
    elif root.dep_ == "appos" and is_title_head(root.head) and (title := title_over_phrase(root.head)) is not None:
        # "The spokesman for the Secretary-General, X": the name hangs on the superior's
        # title, the post is the one whose phrase that title ends
        own = {t.i for t in root.subtree}
        out.append((title, before_name(phrase(title, own)) if title.i < name.start else phrase(title, own)))
    elif root.dep_ == "appos" and is_title_head(root.head) and not any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and root.head.i < c.i < root.i and any(g.dep_ == "cc" for g in c.children)
        for c in root.head.children
    ):  # (the title is the nearest of names joined by "and": "Sudan's army chief X and RSF leader Y")
        own = {t.i for t in root.subtree}
        out.append((root.head, before_name(phrase(root.head, own)) if root.head.i < name.start else phrase(root.head, own)))
    elif root.dep_ == "appos" and (title := title_over_phrase(root.head)) is not None:
        # "The governor of North Kivu, Peter Cirimwami", "The RSF commander in North Darfur, Ali
        # Yagoub", "The head of the U.N. mission in Congo, Bintou Keita": the parser hangs
        # the name on the last noun of the title's phrase
        own = {t.i for t in root.subtree}
        out.append((title, before_name(phrase(title, own))))
    elif root.dep_ == "conj" and _title_conjoined_before(name):
        # "took the Prime Minister, X and most of his cabinet hostage": the parser conjoined
        # the name to the title set off before it by a comma
        own = {t.i for t in root.subtree}
        out.append((root.head, before_name(phrase(root.head, own))))
    elif (title := capitalised_title_over(name)) is not None:  # "President of Mali Assimi Goita", "Special Envoy for Syria Geir Pedersen", "IOM Chief of
        # Mission in Sudan Mohamed Refaat": the parser makes the name the object of the title's
        # preposition, the body a compound of the name
        out.append((title, phrase(title, inside)))
    # the subject, or the noun it is apposed to ("Deby's son, *Mahamat Kaka*, is now acting as
    # president": the verb's subject is "son")
    subject = root.head if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.i < root.i else root
    if subject.dep_ in ("nsubj", "nsubjpass") and not _names_another(subject):  # "Abiy Ahmed became prime minister of Ethiopia"
        out += [(t, phrase(t, inside)) for t in _predicate_titles(subject.head)]
        out += [(t, phrase(t, inside) | {subject.head.i}) for t in _past_serving_titles(subject.head)]  # "X served as ..."
        out += _present_verb_post(subject)
    elif root.dep_ in ("dobj", "oprd") and root.head.lemma_.lower() in _wordlist("roles", "naming_verbs"):
        # "the council appointed X as prime minister", "named X prime minister"
        out += [(t, phrase(t, inside)) for t in _predicate_titles(root.head) + _as_titles(root)]
    elif (
        root.dep_ in ("compound", "nmod") and root.head.i >= name.end and is_title_head(root.head) and root.head.dep_ == "oprd"
        and root.head.head.lemma_.lower() in _wordlist("roles", "naming_verbs")
    ):  # "named X prime minister": the parser hangs the name on the title
        title = root.head
        out.append((title, phrase(title, inside | {t.i for t in root.subtree})))
    out = _join_hyphenated(out)
    return [part for head, tokens in out for part in _split_conjoined(head, tokens)]


def _join_hyphenated(found: list[tuple["Token", set[int]]]) -> list[tuple["Token", set[int]]]:
    """Title words the parser hung on the name one by one but the text joins with a hyphen
    are one title: "UNRWA *Commissioner-General* Philippe Lazzarini" holds one post, not a
    "Commissioner" and a "General" (the last word heads it, as in "Secretary-General")."""
    out: list[tuple[Token, set[int]]] = []
    for head, tokens in found:
        doc = head.doc
        joined = head.i >= 2 and doc[head.i - 1].text in HYPHENS and not doc[head.i - 1].whitespace_ \
            and not doc[head.i - 2].whitespace_
        before = next((i for i, (h, t) in enumerate(out) if joined and head.i - 2 in t | {h.i}), None)
        if before is None and joined and f"{doc[head.i - 2].lower_}-{head.lower_}" in _title_heads():
            out.append((head, tokens | {head.i - 2, head.i - 1}))  # "Attorney-General": "Attorney" is no title alone
        elif before is None:
            out.append((head, tokens))
        else:
            out[before] = (head, out[before][1] | tokens | {head.i - 1})
    return out


def title_over_phrase(noun: "Token") -> "Token | None":
    """The title whose prepositional phrase ends in ``noun``: "the *governor* of North
    Kivu", "the *head* of the U.N. mission in Congo" (up to three prepositions up); the
    outermost one when titles nest ("the *deputy* to the head of the mission", "the
    *spokesman* for the Secretary-General")."""
    t = noun
    found: Token | None = None
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.lower_ not in _wordlist("roles", "title_preps") | {"to"}:
            break
        t = t.head.head
        if is_title_head(t) and t.i < noun.i:
            found = t
    return found


def capitalised_title_over(name) -> "Token | None":  # name: spacy Span
    """The capitalised title whose prepositional phrase the parser ended in the name written
    right after it: "*President* of Mali Assimi Goita", "*Special Envoy* for Syria Geir
    Pedersen", "IOM *Chief* of Mission in Sudan Mohamed Refaat" (the body or place a compound
    of the name; every word between capitalised but the prepositions)."""
    root = name.root
    if root.dep_ != "pobj" or root.head.lower_ not in _wordlist("roles", "title_preps"):
        return None
    title = root.head.head if is_title_head(root.head.head) else title_over_phrase(root)
    if title is None or title.i >= root.head.i or not title.text[:1].isupper():
        return None
    if not all(t.text[:1].isupper() or t.dep_ in ("prep", "det", "punct") for t in title.doc[title.i:name.start]):
        return None
    return title if any(t.i < name.start and t.pos_ == "PROPN" for t in root.subtree) else None


def led_phrase(ctx: "Context", root: "Token") -> list[tuple["Token", set[int]]]:
    """The post "led by X" gives X: "the RSF, led by Mohamed Hamdan Dagalo" (the verb and
    the body's words)."""
    led = _led_body(ctx, root)
    if led is None:
        return []
    verb, body = led
    words = {t.i for t in body.subtree}
    if verb.head.i == body.i:  # (the participle hangs on the body: its own words are not the body's)
        words -= {t.i for t in verb.subtree}
    return [(verb, {verb.i} | words)]


def _led_body(ctx: "Context", root: "Token") -> "tuple[Token, Token] | None":
    """(the verb, the body) when the name is the agent of a verb that names a post
    (``roles.toml`` ``post_verbs``) said of an organisation the text names: "the RSF, *led
    by* X", "Hay'at Tahrir al-Sham, *headed by* X", "the RSF *is led by* X" (not "was led
    by": a post held before; not "the offensive led by X": no body); or (the preposition,
    the body) for a preposition that names one (``post_preps``): "the RSF *under* X". The
    members of a body stand for it ("fighters *of the ADF*, led by X"), and each of
    conjoined names leads it ("led by X *and Y*")."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _lexicon("roles").get("post_preps", {}):
        body = root.head.head  # "Hayat Tahrir al-Sham, *under* X, seized Aleppo": the body the phrase is on
        entity = ctx.entity_at(body)
        return (root.head, body) if entity is not None and entity.kind == "organization" else None
    while root.dep_ == "conj" and root.head.i < root.i and root.head.ent_type_ == "PERSON":
        root = root.head  # "led by X *and Y*": both lead it
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return None
    verb = root.head.head
    if verb.lemma_.lower() not in _lexicon("roles").get("post_verbs", {}):
        return None
    body: Token | None = None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        body = verb.head
    elif any(c.dep_ == "auxpass" and (c.lower_ in ("is", "are") or verb.lemma_.lower() in _wordlist("roles", "lasting_post_verbs"))
             for c in verb.children):  # ("the group *was founded by* X": a founder is one for good)
        body = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if body is not None and body.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            body = verb.head  # "the Viv Ansanm coalition, *which is led by* X"
    if body is not None and ctx.entity_at(body) is None and body.lemma_.lower() in _wordlist("roles", "member_nouns"):
        # "200 members *of the LRA*, led by X": the body they are members of
        body = next((o for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj" and ctx.entity_at(o) is not None), body)
    if body is not None and ctx.entity_at(body) is None:
        # "the group's rival faction, *ISWAP*, is led by X": the name apposed to the noun
        body = next((c for c in body.children if c.dep_ in ("appos", "compound") and ctx.entity_at(c) is not None), body)
    entity = ctx.entity_at(body) if body is not None else None
    if body is not None and entity is None and organisation_anaphor(ctx, body) is not None:
        return verb, body  # "*The group* was founded by X" (read_post resolves it)
    return (verb, body) if body is not None and entity is not None and entity.kind == "organization" else None


def plural_title(token: "Token") -> bool:
    """Whether ``token`` is a title in the plural ("Presidents", "Foreign Ministers")."""
    if token.tag_ not in ("NNS", "NNPS", "NNP") or not token.lower_.endswith("s") or token.lower_ in _title_heads():
        return False  # (the tagger may call "Ministers" before a name a proper noun)
    return token.lower_[:-1] in _title_heads()


def _shared_plural_title(root: "Token") -> "Token | None":
    """The plural title before the first of conjoined names, for a later one: "Presidents
    Vladimir Putin and *Xi Jinping*", "Foreign Ministers X of Armenia and *Y* of
    Azerbaijan" (the parser may hang the second name on the first one's country)."""
    t = root
    for _ in range(4):
        if t.dep_ not in ("conj", "pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
        if t.ent_type_ == "PERSON" and t.i < root.i:
            return next((c for c in t.children if c.dep_ in ("compound", "nmod") and c.i < t.i and plural_title(c)), None)
    return None


def _conjoined(first: "Token") -> list["Token"]:
    """``first`` and the words conjoined to it, in order ("Armenia and Azerbaijan")."""
    out = [first]
    t = first
    while (nxt := next((c for c in t.children if c.dep_ == "conj" and c.pos_ == first.pos_), None)) is not None:
        out.append(nxt)
        t = nxt
    return out


def _respective_title(root: "Token") -> "tuple[Token, set[int], set[int]] | None":
    """A plural title apposed to names joined by "and", as this name's phrase: "*Ararat
    Mirzoyan* and Jeyhun Bayramov, the foreign ministers of Armenia and Azerbaijan", "The
    presidents of Chad and Cameroon, *X* and Y". With as many bodies after "of" as names,
    each name keeps its own ("respectively", in the order written); with one body, each name
    has it; with another number the title says no body of any one of them. Returns (the
    title, its tokens, the indices of the titles apposed to the names)."""
    first = root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    names = _conjoined(first)
    if len(names) < 2 or root not in names:
        return None
    apposed = next((c for n in names for c in n.children if c.dep_ == "appos" and c.i > n.i and is_title_head(c)), None)
    if apposed is None and first.dep_ == "appos" and first.head.i < first.i and is_title_head(first.head):
        apposed = first.head
    if apposed is None:
        return None
    titles = [t for t in _conjoined(apposed) if is_title_head(t)]
    taken = {t.i for n in names for t in n.subtree if apposed.i not in {x.i for x in n.subtree}}
    if len(titles) == len(names) and not plural_title_noun(apposed):
        # "X and Y, the commander and deputy commander of the RSF": the titles in turn, the
        # words of the first before them and the body of the last after them shared
        k = names.index(root)
        title = titles[k]
        own = {t.i for t in title.subtree} - {t.i for c in title.children if c.dep_ in ("conj", "cc", "punct") for t in c.subtree}
        shared = {t.i for c in titles[0].children if c.i < titles[0].i and c.dep_ in ("det", "poss", "compound", "amod") and c.i not in own
                  for t in c.subtree} if k else set()
        shared |= {t.i for c in titles[-1].children if c.dep_ == "prep" and c.lower_ in _wordlist("roles", "organisation_preps")
                   for t in c.subtree} if title.i != titles[-1].i else set()
        return title, (own | shared) - taken, {t.i for t in titles}
    if not plural_title_noun(apposed):
        return None
    title = apposed
    tokens = {t.i for t in title.subtree} - taken
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in _wordlist("roles", "organisation_preps")):
        objs = [b for o in prep.children if o.dep_ == "pobj" for b in _conjoined(o)]
        if len(objs) < 2:
            continue
        own = objs[names.index(root)] if len(objs) == len(names) else None
        drop = {t.i for o in objs for t in o.subtree} | {c.i for o in objs for c in o.children if c.dep_ in ("cc", "punct")}
        keep = {t.i for t in own.subtree} - {t.i for c in own.children if c.dep_ in ("conj", "cc", "punct") for t in c.subtree} \
            if own is not None else set()
        tokens = (tokens - drop) | keep
        if own is None:
            tokens -= {t.i for t in prep.subtree}
    return title, tokens, {title.i}


def plural_title_noun(token: "Token") -> bool:
    """A title noun in the plural ("ministers", "Presidents"), by its tag or its form."""
    return token.pos_ in ("NOUN", "PROPN") and (
        plural_title(token) or (token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in _title_heads())
    )


def _one_of_titles(one: "Token") -> "Token | None":
    """The plural title "one of" names: "one of South Sudan's five *vice presidents*", "one
    of the group's *commanders*"; None when what follows "of" is no title."""
    for prep in one.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and plural_title_noun(pobj):
                    return pobj
    return None


def _joint_title(noun: "Token") -> "Token | None":
    """The title head conjoined to a noun that is no title, when the two share the title
    ("the UN *resident* and humanitarian *coordinator*": no determiner of its own on the
    second, nothing after the first)."""
    if is_title_head(noun) or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    return next(
        (c for c in noun.children if c.dep_ == "conj" and is_title_head(c) and c.pos_ in ("NOUN", "PROPN")
         and not any(x.dep_ in ("det", "poss") for x in c.children)),
        None,
    )


def _comma_title(name) -> "Token | None":  # name: spacy Span
    """A title set off by commas right after the name that the parser made the name's
    sibling rather than its apposition ("Yasser al-Atta, the army's deputy commander,
    visited ...": two subjects of "visited")."""
    doc = name.doc
    root = name.root
    if name.end + 1 >= len(doc) or doc[name.end].text != "," or root.head.i == root.i:
        return None
    for t in root.head.children:
        if t.i <= root.i or t.dep_ != root.dep_ or not is_title_head(t) or t.pos_ not in ("NOUN", "PROPN"):
            continue
        last = max(x.i for x in t.subtree if not x.is_punct)
        if min(x.i for x in t.subtree) == name.end + 1 and last + 1 < len(doc) and doc[last + 1].text == ",":
            return t
    return None


def _comma_title_before(name) -> "Token | None":  # name: spacy Span
    """A title set off by a comma right before the name, which the parser did not make the
    name's apposition ("the defection of *army chief of staff*, Philippe Mangou, who ...":
    the name hung on the verb): the title head whose phrase ends at the comma. Only a name
    that is no subject and is set off itself (a comma or the sentence's end after it): in
    "After meeting the foreign minister, X said" X is the one who speaks, not the minister."""
    doc = name.doc
    root = name.root
    if name.start < 2 or doc[name.start - 1].text != "," or root.dep_ in ("nsubj", "nsubjpass", "appos", "conj"):
        return None
    if name.end < name.sent.end and doc[name.end].text != "," and not doc[name.end].is_sent_end:
        return None
    heads = [
        t for t in doc[name.sent.start:name.start - 1]
        if is_title_head(t) and t.pos_ in ("NOUN", "PROPN") and root not in t.subtree
        and max(x.i for x in t.subtree if not x.is_punct) == name.start - 2
    ]
    return min(heads, key=lambda t: min(x.i for x in t.subtree)) if heads else None


def _title_just_before(name) -> "Token | None":  # name: spacy Span
    """A capitalised title written right before the name that the parser made the name's
    sibling ("*Under-Secretary-General for Political and Peacebuilding Affairs* Rosemary
    DiCarlo told ...": two subjects of "told"), or hung on a word of a name the parser took
    for a verb ("Defence Minister X, *Foreign Minister* Andrii Sybiha and ...": "Minister" the
    subject of "Andrii"), or on a word after the name; its phrase ends where the name begins."""
    root = name.root
    if name.start == 0:
        return None
    siblings = [t for t in root.head.children if t.dep_ == root.dep_] if root.head.i != root.i else []
    on_name = [c for x in name for c in x.children if c.dep_ in ("nsubj", "nsubjpass", "npadvmod", "dep")]
    # or hung past the name on a word after it ("Egyptian *President* Abdel Fattah el-Sisi hosted
    # talks": "President" made a modifier of "talks")
    before = name.doc[name.start - 1]
    across = [before] if before.dep_ in ("compound", "nmod") and before.head.i >= name.end else []
    # or ended a phrase before the name with it ("the son of *Sinaloa Cartel kingpin* X":
    # "kingpin" the object of "of", the name hung elsewhere), in lower case only with the
    # words of its body or portfolio before it
    ended = [before] if before.head.i < name.start and any(c.dep_ == "compound" and c.i < before.i for c in before.children) else []
    for t in [*siblings, *on_name, *across, *ended]:
        # (a title in lower case only as the name's sibling and said whose: "*Syria's interim
        # foreign minister* Asaad al-Shaibani met ...", two subjects of "met")
        owned = t in siblings and any(c.dep_ in ("poss", "det") for c in t.children)
        if t.i >= name.start or not is_title_head(t) or not (t.text[:1].isupper() or owned or t in ended):
            continue
        # (the parser may end the title's phrase in the name's first word: "UN High Commissioner
        # for Human Rights *Zeid* Ra'ad Al Hussein", the rest of the name read as a verb)
        outside = [x for x in t.subtree if not name.start <= x.i < name.end]
        if max(x.i for x in outside) == name.start - 1 and not any(x.is_punct and x.text not in HYPHENS for x in outside):
            return t
    return None


def _title_and_description(name) -> "Token | None":  # name: spacy Span
    """A title joined by "and" to a description of the same person written before the name
    ("*Former Nigerien minister* and Tillaberi native Issoufou Issaka", "army chief and Kachin
    veteran X"): the parser makes the name a conjunct of the title. Only a title with no
    determiner (not "the minister and X": two people) and a common noun before the name."""
    root = name.root
    title = root.head
    if root.dep_ != "conj" or title.i >= name.start or not is_title_head(title) or title.pos_ not in ("NOUN", "PROPN"):
        return None
    if title.ent_type_ == "PERSON" or any(c.dep_ in ("det", "poss") for c in title.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" and title.i < c.i < name.start for c in title.children):
        return None
    described = any(c.dep_ in ("compound", "amod") and c.i < name.start and c.pos_ in ("NOUN", "ADJ") and not is_title_head(c)
                    for c in root.children)
    # or a second title before the name ("Abu Sayyaf *leader* and Dawlah Islamiyah central
    # committee *member* X", "Hamas *leader* and former prime *minister* X"): one person given
    # both, as a name that follows "the leader and the minister" would be two people
    titled = any(c.dep_ in ("compound", "nmod") and c.i < name.start and is_title_head(c) and not any(
        g.dep_ in ("det", "poss") for g in c.children) for c in root.children)
    return title if described or titled else None


def _clauses_on(noun: "Token") -> list["Token"]:
    """The relative clauses on an apposition, and on the nickname it gives: "a former police
    officer known as Barbecue *who leads* the G9 alliance"."""
    out = [c for c in noun.children if c.dep_ == "relcl"]
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _wordlist("roles", "naming_participles")):
        for prep in (c for c in acl.children if c.dep_ in ("prep", "oprd")):
            names = [prep] if prep.dep_ == "oprd" else [o for o in prep.children if o.dep_ == "pobj"]
            out += [c for n in names for c in n.children if c.dep_ == "relcl"]
    return out


def _verb_posts(clause: "Token") -> list[tuple["Token", set[int]]]:
    """The post a relative clause names by its verb ("who *heads* X", "who *leads* X";
    ``roles.toml`` ``post_verbs``): (the verb, the verb and its object's tokens)."""
    if clause.lemma_.lower() not in _lexicon("roles").get("post_verbs", {}) or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in clause.children
    ):
        return []
    return [(clause, {clause.i} | _object_words(obj)) for obj in clause.children if obj.dep_ == "dobj"]


def _present_verb_post(subject: "Token") -> list[tuple["Token", set[int]]]:
    """The post a verb of ``roles.toml`` ``post_verbs`` gives its subject when it is said
    now: "X *leads* the Sudan Shield Forces", "X, who *has led* Niger since the coup" (not
    "X led the attack", nor "had led": a post held before; the object must name a body,
    which :func:`kg.extract.role_post.read_post` checks)."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in _lexicon("roles").get("post_verbs", {}) or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return []
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    now = verb.tag_ in ("VBZ", "VBP") and not aux or (verb.tag_ == "VBN" and aux & {"has", "have"} and not aux & _MODALS) \
        or (verb.tag_ == "VBG" and aux & {"is", "are"})
    if not now:
        return []
    return [(verb, {verb.i} | _object_words(obj)) for obj in verb.children if obj.dep_ == "dobj"]


def _object_words(obj: "Token") -> set[int]:
    """The words of the body a post verb names, without where it is: "leads the
    multinational mission *in Haiti*" names no body of Haiti's ("of" stays: "heads the
    coalition of armed groups")."""
    return {t.i for t in obj.subtree} - {
        t.i for c in obj.children if c.dep_ == "prep" and c.lower_ not in _wordlist("roles", "organisation_preps") for t in c.subtree
    }


#: Auxiliaries that make a verb's time no present fact ("will lead", "would head").
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})


def _names_another(subject: "Token") -> bool:
    """Whether ``subject`` gives the post to someone else: "President X *appointed Y as* prime
    minister" (a naming verb with an object; the post is the object's)."""
    verb = subject.head
    return subject.dep_ == "nsubj" and verb.lemma_.lower() in _wordlist("roles", "naming_verbs") and any(
        c.dep_ == "dobj" for c in verb.children
    )


def appointer(name) -> "Token | None":  # name: spacy Span
    """Who gave the person ``name`` the post a naming verb names: the subject of "*the
    junta* appointed X as prime minister", the agent of "X was named prime minister *by
    President Y*" (the token heading that phrase); None when no naming verb gives it."""
    root = name.root
    verb = root.head
    if root.dep_ not in ("dobj", "oprd", "nsubjpass") or verb.lemma_.lower() not in _wordlist("roles", "naming_verbs"):
        return None
    if root.dep_ in ("dobj", "oprd"):  # ("named X as ...": the parser may call X the predicate)
        giver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if giver is None and verb.dep_ == "conj":  # "the junta leader dissolved the government and *appointed* X"
            giver = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if giver is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and _predicate_titles(verb):
            # "Haiti's transitional council named X prime minister" parsed as "a council named X":
            # a title given says the noun named someone, not that it is called so
            giver = verb.head
        return giver
    # the agent, on the verb or on the title it gives ("was appointed prime minister *by* X")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr"))]
    agent = next((c for h in holders for c in h.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _as_titles(name: "Token") -> list["Token"]:
    """The titles an "as" phrase the parser hung on the name gives it: "appointed *X as
    defence minister*" read with "as" under X, not under the verb."""
    return [o for prep in name.children if prep.dep_ == "prep" and prep.lower_ == "as" for o in prep.children if o.dep_ == "pobj" and is_title_head(o)]


def given_a_post(name) -> bool:  # name: spacy Span
    """Whether a naming verb gives the name ``name`` a post: "appointed *X* as defence
    minister", "named *X* prime minister" (the name its object, the title its predicate or
    its "as" phrase, or the title the parser hung the name on), "*X* was named prime
    minister". Only a person is so named; the typer votes for one."""
    root = name.root
    verb = root.head
    naming = _wordlist("roles", "naming_verbs")
    if root.dep_ in ("dobj", "oprd", "nsubjpass") and verb.lemma_.lower() in naming:
        return bool(_predicate_titles(verb) or _as_titles(root))
    title = verb
    while title.dep_ in ("compound", "nmod") and title.head != title and not is_title_head(title):
        title = title.head  # "named Apollinaire Joachim Kyelem de *Tambela* prime minister"
    return (
        root.dep_ in ("compound", "nmod") and title.i >= name.end and is_title_head(title) and title.dep_ == "oprd"
        and title.head.lemma_.lower() in naming
    )


def _predicate_titles(verb: "Token") -> list["Token"]:
    """The titles a verb gives its subject: "is/became prime minister", "was appointed
    prime minister", "was sworn in as interim president" (verbs in roles.toml); not when
    the verb is negated, nor when the post is of a body named by a common noun the clause
    is on ("a committee, of which he is the president": not the country's president)."""
    lemma = verb.lemma_.lower()
    now = lemma in _wordlist("roles", "present_predicate_verbs") and verb.tag_ in ("VBZ", "VBP", "VBG")
    if (lemma not in _wordlist("roles", "predicate_verbs") and not now) or any(c.dep_ == "neg" for c in verb.children):
        return []  # ("who *serves* as head of X" is a post held; "who served as" one held before)
    if verb.dep_ == "relcl" and verb.head.pos_ != "PROPN" and any(
        c.lower_ == "of" and any(o.tag_ in ("WDT", "WP") for o in c.children) for c in verb.children
    ):
        return []  # "a transitional council, *of which* he is the president": the unnamed council's
    found = [c for c in verb.children if c.dep_ in ("attr", "oprd", "xcomp") and is_title_head(c)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        found += [o for o in prep.children if o.dep_ == "pobj" and is_title_head(o)]
    return found


def _past_serving_titles(verb: "Token") -> list["Token"]:
    """The titles a verb of serving in the past gives its subject: "who *served* as acting
    president", "X *acted* as interim leader" (``present_predicate_verbs`` in the past, a
    post held before; its verb is in ``past_title_words``); not when negated."""
    if verb.lemma_.lower() not in _wordlist("roles", "present_predicate_verbs") or verb.tag_ not in ("VBD", "VBN"):
        return []
    if verb.lower_ not in _wordlist("roles", "past_title_words") or any(c.dep_ == "neg" for c in verb.children):
        return []
    return [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as" for o in prep.children
            if o.dep_ == "pobj" and is_title_head(o)]


def _titled(token: "Token") -> bool:
    """Whether a noun before a name ends a title that starts with a title word: "*Chief* of
    Defence *Staff* Christopher Musa" (the parser hangs "Chief" on "Staff")."""
    return token.pos_ == "PROPN" and any(c.dep_ in ("nmod", "compound") and c.i < token.i and is_title_head(c) for c in token.children)


def _title_conjoined_before(name) -> bool:  # name: spacy Span
    """Whether the parser conjoined the name to a singular title set off by a comma right
    before it ("the Prime Minister, X and most of his cabinet": X the conjunct of
    "Minister"): the title's phrase ends at the comma, no "and" or "or" between (not "the
    minister, the general and X"), and the title has no conjunct before the name."""
    doc = name.doc
    title = name.root.head
    if title.i >= name.start or name.start < 2 or doc[name.start - 1].text != "," or not is_title_head(title) or title.tag_ not in ("NN", "NNP"):
        return False
    if any(c.dep_ in ("cc", "conj") and c.i < name.start and c.i > title.i for c in title.children):
        return False
    before = [x.i for x in title.subtree if x.i < name.start - 1]
    inside_title = [x for x in title.subtree if x.i < name.start - 1]
    return bool(before) and max(before) == name.start - 2 and not any(x.is_punct for x in inside_title)


def _conj_as_appos(name, child: "Token") -> bool:  # name: spacy Span
    """Whether a title the parser conjoined to a name is an apposition all the same: "Khaled
    Khiari, Assistant Secretary-General for ..." (a comma, no "and" before the title)."""
    if child.dep_ != "conj" or child.i <= name.end or name.end >= len(name.doc) or name.doc[name.end].text != ",":
        return False
    first = min(t.i for t in child.subtree)
    return first == name.end + 1 and not any(c.dep_ == "cc" and c.i < child.i for c in name.root.children)


def full_name(name):  # name: spacy Span -> spacy Span
    """A name the entity reader cut at a hyphen, whole: "Clementine Nkweta" of "Clementine
    Nkweta-Salami" (the parser hangs the title on the name's last part)."""
    doc = name.doc
    end = name.end
    while (
        end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ and not doc[end].whitespace_
        and doc[end + 1].pos_ == "PROPN" and doc[end - 1].head.i == end + 1
    ):
        end += 2
    return doc[name.start:end] if end != name.end else name


def _split_conjoined(head: "Token", tokens: set[int]) -> list[tuple["Token", set[int]]]:
    """Posts conjoined in one title phrase, each with its own words: "Special Representative
    for Afghanistan and Head of the Mission" holds two posts (the parser may hang the second
    title on any word of the first), as does "Qatar's prime minister and foreign minister"
    (a title in lower case conjoined to a title)."""
    doc = head.doc
    for i in sorted(tokens):
        t = doc[i]
        if t.i > head.i and t.dep_ == "conj" and is_title_head(t) and t.head.i in tokens and (
            t.text[:1].isupper() or is_title_head(t.head) or _own_phrase_after(t)
        ):
            second = {x.i for x in t.subtree} & tokens
            first = tokens - second - {c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i}
            # the organisation before the first title is the second's too ("*Qatar's* prime
            # minister and foreign minister")
            second |= {x.i for c in head.children if c.dep_ == "poss" and c.i < head.i for x in c.subtree} & tokens
            return _split_conjoined(head, first) + _split_conjoined(t, second)
    return [(head, tokens)]


def _own_phrase_after(title: "Token") -> bool:
    """Whether a title conjoined to the object of the first title's preposition has a phrase
    of its own: "the governor of the Darfur region and *leader of* the SLM" (the parser
    hangs "leader" on "region")."""
    return title.head.dep_ == "pobj" and any(
        c.dep_ == "prep" and c.lower_ in _wordlist("roles", "title_preps") for c in title.children
    )


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The shared title heads and the ones only posts are read with (ranks, "ruler")."""
    return TITLE_HEADS | _wordlist("roles", "title_heads")


def is_title_head(token: "Token") -> bool:
    """Whether ``token`` (its form or lemma) is the head word of a post's title ("minister",
    "spokesman", "commander"): the shared title heads and ``roles.toml`` ``title_heads``.
    Not :func:`kg.extract.names.is_title`, the titles written before a name ("Gen.", "Sheikh").
    Kept per (word, lemma), all it depends on (asked thousands of times an article)."""
    key = (token.orth, token.lemma)
    found = _TITLE_HEAD_OF.get(key)
    if found is None:
        if len(_TITLE_HEAD_OF) >= 1 << 16:
            _TITLE_HEAD_OF.clear()
        found = _TITLE_HEAD_OF[key] = _is_title_head(token)
    return found


#: :func:`is_title_head`'s answers, by the hashes of a token's text and lemma
_TITLE_HEAD_OF: dict[tuple[int, int], bool] = {}


def _is_title_head(token: "Token") -> bool:
    heads = _title_heads()
    if token.lower_ in heads or token.lemma_.lower() in heads or token.text in _lexicon("roles").get("title_abbreviations", {}):
        return True
    folded = fold_hyphens(token.lower_)
    if folded == token.lower_:
        return False
    # a title typed with hyphens the tokenizer does not split at ("Under\u2011Secretary\u2011General"):
    # its head is its last part, as it is when the hyphens are split
    parts = folded.split("-")
    return any("-".join(parts[i:]) in heads for i in range(len(parts)))


def fold_hyphens(word: str) -> str:
    """``word`` with its hyphens written as "-": a title typed with a non-breaking or a
    typographic hyphen ("Secretary\u2011General") is the same title.

    >>> fold_hyphens("secretary\u2011general"), fold_hyphens("vice\u2010president")
    ('secretary-general', 'vice-president')
    """
    for hyphen in HYPHENS:
        word = word.replace(hyphen, "-")
    return word
