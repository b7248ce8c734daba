"""Remove page chrome (comment forms, share prompts, "Related articles"…) from article text.

The rules are general families of lines that news sites and reposting sites put around
an article, not strings taken from one page. A line is *chrome* when, stripped of
bullets and decoration, it matches one rule of :data:`RULES` as a whole and is short.

Where lines are removed:

* **Header**: the run of chrome lines before the first real line.
* **Footer**: the run of chrome lines after the last real paragraph. A *section
  heading* ("Related articles", "Leave a Reply", "More stories"…) also takes the short
  lines after it that do not end in a full stop (the headlines it introduces); other
  chrome lines do not, so a short real last sentence after an "Advertisement" stays.
* **Middle**: only lines that are unmistakably inserted chrome (rules marked
  ``anywhere``: "Advertisement", "Story continues below advertisement",
  "READ MORE: <headline>"…).

Nothing else changes: the text between is kept byte for byte (character offsets into
it are used downstream), paragraphs are not reflowed; leading blank lines and trailing
whitespace are dropped.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Rule", "RULES", "chrome_rule", "strip_boilerplate"]


@dataclass(frozen=True)
class Rule:
    """One family of chrome lines.

    ``pattern`` must match the whole line stripped of bullets and decoration
    (case-insensitive); ``test``, when given, must also accept the line (stripped of
    whitespace only). ``heading`` marks section headings whose following
    short lines belong to the footer; ``anywhere`` marks lines removed even between
    paragraphs; ``max_len`` bounds the length of the raw line.
    """

    name: str
    pattern: re.Pattern[str]
    heading: bool = False
    anywhere: bool = False
    max_len: int = 120
    test: Callable[[str], bool] | None = None


def _rule(name: str, regex: str, **options: object) -> Rule:
    return Rule(name, re.compile(regex, re.IGNORECASE), **options)  # type: ignore[arg-type]


_MONTHS = (
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DATE_WORDS = frozenset(
    (
        _MONTHS + " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed "
        "thu thur thurs fri sat sun at on am pm a an ago hour hours minute minutes min mins "
        "day days week weeks st nd rd th gmt utc bst cet cest edt est et pdt pst pt ist aest"
    ).split()
)
_SOCIAL = (
    r"share(?: on| via| this)?|tweet|facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|print|"
    r"pinterest|reddit|telegram|tumblr|flipboard|messenger|pocket|threads|bluesky|copy(?: the)? link|"
    r"link|sms|instagram|youtube|tiktok|rss"
)
_NAV_WORDS = (
    r"skip to (?:main )?(?:content|navigation|main)|jump to (?:content|navigation)|back to top|"
    r"(?:main )?menu|toggle navigation|open menu|close|navigation|search|sign in|log ?in|sign up|"
    r"register|my account|subscribe|home|print|loading|updated|video|audio|gallery|watch(?: now| live)?|"
    r"listen(?: to (?:this )?(?:article|story))?(?: \d+ min(?:ute)?s?)?|open in app|"
    r"(?:previous|next|prev|older|newer)(?: (?:article|post|story|page|entry|posts|stories))?"
)


def _is_date_line(line: str) -> bool:
    """After "Published"/"Updated": only dates, times and zones."""
    match = re.match(
        r"(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*(.+)$",
        line,
        re.IGNORECASE,
    )
    if not match or not re.search(r"\d", match[1]):
        return False
    return all(word in _DATE_WORDS for word in re.findall(r"[a-z]+", match[1].lower()))


def _is_breadcrumb(line: str) -> bool:
    """"Home > News > World", "News | Sport | Weather | Business"."""
    parts = [p.strip() for p in re.split(r"\s*[>»›/|·•]\s*", line) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 4 or p.endswith(".") for p in parts):
        return False
    if parts[0].lower() == "home":
        return True
    if re.search(r"[>»›]", line):
        return True
    return len(parts) >= 3


RULES: tuple[Rule, ...] = (
    # Inserted advertising: removed wherever it stands.
    _rule(
        "advertisement",
        r"(?:advertisements?|advert|ads?|adv|sponsored(?: content)?|paid (?:content|post)|"
        r"(?:story|article|content|text)(?: continues)? (?:below|after)(?: (?:the|this))? (?:advertisement|ad)|"
        r"(?:story|article) continues below|skip (?:advertisement|ad)|report (?:this|an) ad|"
        r"advertisement\W+scroll to continue|scroll (?:down )?to continue(?: (?:with|reading) (?:the )?"
        r"(?:content|article|story))?|continue reading (?:the main story|below(?: the advertisement)?))",
        anywhere=True,
    ),
    _rule(
        "read-more-headline",
        r"(?:read more|read also|also read|related|see also|more on this|recommended)\s*:\s*\S.{0,150}",
        anywhere=True,
        max_len=180,
        test=lambda line: len(line.split()) <= 25,
    ),
    # Comment forms (WordPress and the like).
    _rule("comments", r"(?:leave a (?:reply|comment)(?: cancel reply)?|\d* ?comments?(?: \(\d+\))?|"
          r"(?:\d+|no) (?:comments|responses|replies|thoughts)(?: yet| so far)?(?: on .{1,80})?|"
          r"join the (?:conversation|discussion)|(?:post|add|write|submit|show|view|load) (?:a |your |all |more )?comments?)",
          heading=True),
    _rule("comment-form", r"(?:cancel reply|your email address will not be published.*|"
          r"required fields are marked.*|(?:comment|name|email|e-mail|website|url)|"
          r"save my name,? email,? and website in this browser.*|notify me of (?:follow-up comments|new posts|new comments).*|"
          r"this site uses akismet to reduce spam.*|you must be (?:logged|signed) in to post a comment.*|"
          r"comments are (?:closed|moderated).*|be the first to comment.*|(?:log|sign) in to (?:comment|reply).*)",
          max_len=200),
    # Attribution of a repost, "read more", "click here".
    _rule("source-link", r"(?:source(?: link| article)?|source\s*:\s*.{1,80}|original(?: article| source)?|"
          r"(?:read|see|view) (?:more|the (?:full|original|whole) (?:article|story|post|report))(?: (?:here|at|on) .{1,60})?|"
          r"continue reading(?: (?:on|at) .{1,60}| here)?|click here\b.{0,100}|"
          r"(?:this (?:article|story|post|piece) (?:was |is )?(?:originally |first )?(?:published|appeared|posted)|"
          r"originally (?:published|appeared|posted))\b.{0,150}|the post .{1,200} appeared first on .{1,80})",
          max_len=300),
    # Share, follow, subscribe, newsletter.
    _rule("share", rf"(?:(?:{_SOCIAL})[\s|,/·•]*)+|share (?:this|the) (?:article|story|post|page)(?: on .{{1,40}})?|"
          r"like this|like loading|click to share on .{1,40}"),
    _rule("follow", r"follow (?:us|me|@\w+|.{1,40} on (?:twitter|facebook|instagram|x|linkedin|threads|"
          r"bluesky|tiktok|youtube|google news)).{0,80}"),
    _rule("newsletter", r"(?:sign ?up|subscribe|get|receive|join|enter your|want|don'?t miss|never miss|"
          r"stay (?:informed|up to date|in the know)|sign me up)\b.{0,150}"
          r"\b(?:newsletters?|inbox|e-?mail|updates|alerts)\b.{0,100}", max_len=250),
    _rule("subscribe-form", r"(?:enter your e-?mail(?: address)?.{0,60}|(?:thanks|thank you) for "
          r"(?:subscribing|signing up|reading).{0,80}|by (?:signing up|subscribing|clicking|submitting|registering)"
          r".{0,200}(?:privacy|terms|agree).{0,120}|(?:please enter a )?valid e-?mail(?: address)?.{0,40}|"
          r"subscribe (?:now|today|here|for free)|already (?:a subscriber|have an account).{0,40})", max_len=300),
    # Lists of other stories: section headings.
    _rule("related", r"(?:related(?: articles| posts| stories| news| content| coverage| reading| links| topics| items)?|"
          r"more (?:stories|articles|news|headlines|videos|coverage)(?: (?:from|on|in|about) .{1,40})?|"
          r"more from .{1,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
          r"recommended(?: for you| stories| reading| articles)?|(?:most|top) (?:popular|read|viewed|shared|emailed)"
          r"(?: stories| articles| now| this week| today)?|trending(?: now| stories| topics| news)?|"
          r"popular (?:posts|stories|articles|now)|top (?:stories|news|headlines)|"
          r"latest (?:news|stories|posts|headlines|articles|videos)|(?:do not|don'?t) miss|"
          r"(?:read|up|what to read|watch) next|further reading|(?:sponsored|promoted) (?:stories|links|posts)|"
          r"(?:from|around) the web|editors?'? (?:picks|choice)|(?:in )?case you missed it|about the author)",
          heading=True, test=lambda line: not line.endswith((".", "!", "?"))),
    # Cookie and consent notices (second person, with a consent word).
    _rule("cookies", r".{0,250}\bcookies?\b.{0,350}", max_len=600,
          test=lambda line: bool(re.search(r"\b(?:you|your)\b", line, re.I))
          and bool(re.search(r"accept|agree|consent|experience|continu|settings|preferences|policy", line, re.I))),
    _rule("consent-button", r"(?:i )?(?:accept|agree|got it|ok|okay|allow all|reject all|accept all(?: cookies)?|"
          r"manage (?:cookies|preferences|settings)|cookie (?:policy|settings|preferences))"),
    # Legal footer.
    _rule("copyright", r"(?:(?:©|\(c\)|&copy;|copyright\s*(?:©|\(c\)|\d{4})).{0,200}|.{0,150}all rights reserved.{0,100}|"
          r"this material may not be published, broadcast, rewritten,? or redistributed.{0,80})", max_len=300),
    _rule("site-links", r"(?:terms (?:of|and) (?:use|service|conditions)|privacy(?: policy| notice)?|contact(?: us)?|"
          r"about(?: us)?|advertise(?: with us)?|careers|sitemap|accessibility)"
          r"(?:[\s|,·•]+(?:terms (?:of|and) (?:use|service|conditions)|privacy(?: policy| notice)?|contact(?: us)?|"
          r"about(?: us)?|advertise(?: with us)?|careers|sitemap|accessibility))*"),
    # Classification lines.
    _rule("tags", r"(?:tags?|tagged(?: with| as| in)?|filed (?:under|in)|categor(?:y|ies)|topics?|posted in|"
          r"labels?|keywords?)\s*:.{0,250}|tags|categories", heading=True, max_len=300),
    # Page furniture: navigation, reading time, dates, photo credits.
    _rule("navigation", rf"(?:{_NAV_WORDS})"),
    _rule("breadcrumb", r".{3,150}", test=_is_breadcrumb, max_len=150),
    _rule("reading-time", r"(?:\d+ (?:min(?:ute)?s?) read|reading time\s*:?\s*\d+.{0,20}|page \d+ of \d+|"
          r"(?:print|email|share) this (?:article|story|page)|report (?:a |an )?(?:correction|error|typo)|"
          r"(?:send|submit) (?:us )?a (?:tip|correction)|(?:view|see) (?:all|more) (?:photos|images)|"
          r"download (?:the|our) app.{0,40})"),
    _rule("dateline", r".{5,80}", test=_is_date_line),
    _rule("photo-credit", r"(?:(?:top |featured |cover |header |main |lead )?(?:photo|image|photograph|picture|"
          r"video|graphic|illustration|credit)(?:s| credit)?\s*(?::|by|/)\s*.{1,80})",
          test=lambda line: len(line.split()) <= 10 and not line.endswith(".")),
)

_DECORATION = "#*•·|»«›‹>→←▶►■□▪-–—_=~:;.…!()[]{} \t\u00a0"


def chrome_rule(line: str) -> Rule | None:
    """The rule that makes ``line`` chrome, or ``None`` for article text.

    Examples
    --------
    >>> chrome_rule("Leave a Reply").name
    'comments'
    >>> chrome_rule("ADVERTISEMENT").anywhere
    True
    >>> chrome_rule("This story is being updated.") is None
    True
    """
    stripped = line.strip()
    core = stripped.strip(_DECORATION)
    if not core:
        return None
    for rule in RULES:
        if len(stripped) <= rule.max_len and rule.pattern.fullmatch(core):
            if rule.test is None or rule.test(stripped):
                return rule
    return None


_MAX_LIST_LINES = 40  # short lines a section heading may take with it
_MAX_LIST_WORDS = 20
_MAX_LIST_CHARS = 160


def strip_boilerplate(text: str) -> str:
    """``text`` without the chrome lines at its start and end and the inserted ones between.

    Parameters
    ----------
    text : str
        Article text with ``\\n`` newlines.

    Returns
    -------
    str
        The text, unchanged except for whole removed lines, leading blank lines and
        trailing whitespace.

    Examples
    --------
    >>> strip_boilerplate("Skip to content\\n\\nThe vote passed.\\n\\nAdvertisement\\n\\n"
    ...                   "It was close.\\n\\nSource link\\n\\nLeave a Reply")
    'The vote passed.\\n\\nIt was close.'
    """
    lines = text.split("\n")
    first = _header_end(lines)
    last = _footer_start(lines, first)
    kept: list[str] = []
    previous_blank = True
    skipping_blank = False
    for line in lines[first:last]:
        blank = not line.strip()
        if skipping_blank and blank:
            continue
        skipping_blank = False
        rule = None if blank else chrome_rule(line)
        if rule is not None and rule.anywhere:
            # Drop the line; if it stood as its own paragraph, drop its blank lines too.
            skipping_blank = previous_blank
            continue
        kept.append(line)
        previous_blank = blank
    return "\n".join(kept).rstrip()


def _header_end(lines: list[str]) -> int:
    start = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if chrome_rule(line) is None:
            break
        start = index + 1
    else:
        return len(lines)
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _footer_start(lines: list[str], first: int) -> int:
    cut = len(lines)
    listed = 0  # short non-chrome lines seen since the last cut
    for index in range(len(lines) - 1, first - 1, -1):
        line = lines[index]
        if not line.strip():
            continue
        rule = chrome_rule(line)
        if rule is not None and (rule.heading or not listed):
            cut, listed = index, 0
        elif rule is None and _is_list_item(line) and listed < _MAX_LIST_LINES:
            listed += 1
        else:
            break
    return cut


def _is_list_item(line: str) -> bool:
    """A headline or link in a list: short, and not a sentence ending in a full stop."""
    stripped = line.strip()
    if len(stripped) > _MAX_LIST_CHARS or len(stripped.split()) > _MAX_LIST_WORDS:
        return False
    return not stripped.endswith(".") or stripped.endswith(("...", "\u2026"))
