"""A bare state body in an article about one country: "the army said", "security forces
detained 15 people", "the government denied", "the junta" — with no country word, in news
that stays inside one country, the body is that country's, as a reader takes it.

:class:`~.groups.GroupBook` asks :func:`home_body` about a description of a state's forces
or rulers (:meth:`~.descriptions.DescriptionReader.kind_of`: definite, no name, nationality,
possessor, number or "of" owner of its own; "security forces", "troops" as a plural subject)
that refers back to no body named in the sentences before
(:meth:`~.descriptions.DescriptionReader.refer` found none). It stands for the body of the
article's one country (:func:`~.setting.article_country`, the country kg already infers
events' ``kgo:inferredPlace`` from): the knowledge base's body when it knows one ("the army"
in a story on Sudan: the Sudanese Armed Forces), else the node the entity step and the
group reader mint for "the Sudanese army" (:func:`~kg.extract.bodies.body_key`: "Army of
Sudan"), so "the Malian army ... the army" are one node.

Only a bare phrase ("local authorities" are no government). In an article that names
several countries, a passage may still fix one: the phrase's sentence and the one before
name one country and no place outside it (:meth:`HomeBodies.scene`).
Never otherwise, nor when the phrase's own sentence
names a state or another state's body ("the army ... Chad's troops"): then whose body it
is, the text does not fix. "A government", "governments", "the governments of ..." are no
descriptions and never reach here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .context import ArticleContext

__all__ = ["HomeBodies"]

#: How many sentences before a bare body's own and the one before :meth:`HomeBodies.scene`
#: looks back, when those two name no place, for the sentence that set the passage's scene
SCENE_REACH = 4


class HomeBodies:
    """The article's one country (read once per article) and its bare bodies."""

    def __init__(self, ctx: "ArticleContext") -> None:
        self.ctx = ctx
        self._home: str | None = None
        self._read = False
        self.keys: set[str] = set()  # the bodies read so ("the army": the Army of Mali)

    def home(self) -> str | None:
        """The key of the one country the article stays inside, or ``None``."""
        if not self._read:
            from .setting import article_country  # (setting imports the context, which imports this)

            self._read = True
            self._home = article_country(self.ctx)
        return self._home

    def scene(self, head: "Token") -> str | None:
        """The one country the passage of ``head`` stays in, in an article that names
        several: the phrase's sentence and the one before name places and states of one
        country only (a state, its demonym, or a place the knowledge base puts in it: "they
        broke into the prison in Freetown ... after the security forces retreated"); when
        those two name none, the nearest of the :data:`SCENE_REACH` sentences before them that
        names one; else ``None``. (A few sentences of tokens per bare phrase, no scan of the
        document.)"""
        ctx = self.ctx
        k = ctx.sent_of[head.i]
        countries: set[str] = set()
        for sent in ctx.sents[max(k - 1, 0):k + 1]:
            countries |= self._named_in(sent)
        back = k - 2
        while not countries and back >= max(k - SCENE_REACH, 0):
            # "... the Bawku Municipality of Ghana's Upper East Region, near the border with
            # Burkina Faso. ... Periodic escalations have led to deaths. In July 2025, the
            # government deployed soldiers": the passage names no place since the sentence
            # that set it, whose one country it stays in (not the other side of a border it names)
            countries = self._named_in(ctx.sents[back], across=False)  # (stops at the first naming one)
            back -= 1
        (one,) = countries if len(countries) == 1 else (None,)
        return one if one is not None and ctx.kind(one) == "state" else None

    def _named_in(self, sent: "Span", *, across: bool = True) -> set[str]:
        """The countries a sentence names: states, demonyms and the countries of its places
        (a place of no known country stands for itself); without ``across``, not a country
        named as the other side of a border ("near the border with Burkina Faso"), nor a place
        of no known country (it fixes no country, and names no other)."""
        from ..dateline import in_dateline
        from .descriptions import _across_border

        ctx = self.ctx
        countries: set[str] = set()
        for i in range(sent.start, sent.end):
            m = ctx.mention_at.get(i)
            if m is None and ctx.doc[i].ent_type_ == "NORP" and (state := ctx.demonym(ctx.doc[i])) is not None:
                countries.add(state)  # "Kenyan officers arrived in Port-au-Prince": Kenya's too
            if m is None or m.entity not in ctx.entities or in_dateline(ctx.doc[i]):
                continue
            kind = ctx.kind(m.entity)
            t = ctx.doc[i]
            while t.head != t and ctx.mention_at.get(t.head.i) is m:
                t = t.head  # the mention's last word, which the border phrase governs
            if kind == "state" and (across or not _across_border(t)):
                countries.add(m.entity)
            elif kind == "place":
                country = ctx.country_of(m.entity)
                if country is not None or across:
                    countries.add(country or m.entity)  # a place of no known country: not plainly one
        return countries

    def kind(self, head: "Token", kinds: frozenset[str]) -> str | None:
        """The kind of body a bare phrase names: its noun's own list in the lexicon
        ("military": army, "authorities": government, "troops": army), else the first kind
        its description may refer to ("the regime": government)."""
        groups = self.ctx.groups
        noun = groups.body_noun(head)
        kind = groups.words.body_kind.get(noun) if noun is not None else None
        if kind is None and kinds:
            kind = "government" if "government" in kinds else sorted(kinds)[0]
        return kind

    def body(self, head: "Token", kinds: frozenset[str], *, mint: bool = True) -> list[str]:
        """The body of the article's country that the bare phrase headed by ``head`` names
        (see the module), ``[]`` when the article or the sentence does not fix one."""
        ctx = self.ctx
        kind = self.kind(head, kinds)
        noun = ctx.groups.body_noun(head) or ""
        if kind is None or any(c.dep_ == "amod" and c.i < head.i and c.lower_ not in noun.split() for c in head.children):
            return []  # "local authorities", "regional forces": not the state's own body
        home = self.home() or self.scene(head)
        if home is None or home not in ctx.entities:
            return []
        sent = ctx.sents[ctx.sent_of[head.i]]
        for i in range(sent.start, sent.end):
            m = ctx.mention_at.get(i)
            if m is None or m.entity == home or m.entity not in ctx.entities:
                continue
            other = ctx.kind(m.entity) == "state" or (ctx.entities[m.entity].country not in (None, home)
                                                      and "GovernmentOrganization" in ctx.entities[m.entity].types)
            if other:
                return []  # "the army ... Chad's troops": the sentence names another state
        key = ctx.groups.home_body(head, home, kind, mint=mint)
        if mint:
            self.keys.add(key)
        return [key]
