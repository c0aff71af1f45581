"""Platform rules a draft or a plan can break, each with the reason and a fix.

- An external link in a LinkedIn post: vendor studies of LinkedIn reach (company pages most of
  all) report posts with a link shown to fewer people; the link goes in the first comment.
- A self-promoting Reddit link post to a subreddit where the person's recent posts and comments
  there break Reddit's 9:1 guideline (nine that are not self-promotion for each one that is).
- An affiliate link or a sponsorship without a disclosure (#ad, "paid partnership"): the FTC,
  the ASA and the platforms' own branded-content rules ask for one whatever the post's label.
- The same ask on several channels on one day: one campaign is one withdrawal per audience,
  and people who follow more than one channel see it as many times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pandas as pd

from core.plan import platforms
from core.settings import Brand
from core.sources.text import domain_of, find_urls, unique

REDDIT_RATIO = 9  # Reddit's self-promotion guideline: 9 others for each self-promoting one
REDDIT_RECENT_DAYS = 180
LINKEDIN_HOSTS = ("linkedin.com", "lnkd.in")

# Hosts and query keys that make a link an affiliate link (Amazon Associates, the big networks,
# link-in-bio storefronts).
AFFILIATE_HOSTS = (
    "amzn.to", "amzn.eu", "shareasale.com", "awin1.com", "anrdoezrs.net", "dpbolvw.net",
    "jdoqocy.com", "tkqlhce.com", "kqzyfj.com", "linksynergy.com", "click.linksynergy.com",
    "go.skimresources.com", "rstyle.me", "shopstyle.it", "liketk.it", "howl.me", "geni.us",
    "clickbank.net", "hop.clickbank.net", "impact.com", "sjv.io", "pxf.io", "partnerize.com",
    "prf.hn", "refersion.com", "bit.ly/aff",
)  # fmt: skip
AFFILIATE_QUERY = ("tag", "aff", "affid", "aff_id", "affiliate", "ref_id", "partner", "irclickid")
SPONSORSHIP = re.compile(
    r"\b(?:in partnership with|partnered with|paid partnership|thanks to \S+(?: \S+)?"
    r" for sponsoring|promo code|discount code|coupon code|use (?:my |our )?code|my code|"
    r"gifted|affiliate)\b",
    re.I,
)
DISCLOSURE = re.compile(
    r"(?:#(?:ad|ads|advert|advertisement|sponsored|spon|paid|partner|paidpartnership|"
    r"affiliate|affiliatelink|gifted|collab)\b|\b(?:paid partnership|sponsored|advertisement|"
    r"affiliate link|i (?:may )?earn (?:a )?(?:small )?commission|commission earned|"
    r"(?:^|\W)ad:|\[ad\]|\(ad\)))",
    re.I,
)
SUBREDDIT = re.compile(r"(?:^|[\s(/])/?r/([A-Za-z0-9_]{2,21})\b")
REDDIT_PERMALINK = re.compile(r"reddit\.com/r/([A-Za-z0-9_]{2,21})/", re.I)


@dataclass(frozen=True)
class RuleWarning:
    rule: str  # "linkedin-link", "reddit-9-1", "disclosure", "cross-post"
    problem: str
    fix: str
    when: pd.Timestamp | None = None
    platform: str | None = None
    plan_id: int | None = None

    def text(self) -> str:
        head = (
            f"{self.when:%a %d %b} · {platforms.name(self.platform or '')}: " if self.when else ""
        )
        return f"{head}{self.problem} {self.fix}"

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "plan_id": self.plan_id,
            "when": None if self.when is None else self.when.isoformat(),
            "platform": self.platform,
            "problem": self.problem,
            "fix": self.fix,
        }


def _links(text: str, url: object = None) -> list[str]:
    return unique(([url] if isinstance(url, str) and url else []) + find_urls(text))


def _own(link: str, brand: Brand) -> bool:
    host = domain_of(link)
    for d in brand.domains:
        d_host = domain_of(d)
        if d_host and (host == d_host or host.endswith("." + d_host)):
            return True
    return False


# --- LinkedIn ------------------------------------------------------------------------------
def linkedin_link(text: str, platform: str, url: object = None) -> RuleWarning | None:
    if platform != "linkedin":
        return None
    external = [
        link
        for link in _links(text, url)
        if not any(
            domain_of(link) == h or domain_of(link).endswith("." + h) for h in LINKEDIN_HOSTS
        )
    ]
    if not external:
        return None
    return RuleWarning(
        "linkedin-link",
        f"The post links outside LinkedIn ({domain_of(external[0])}): vendor studies of LinkedIn "
        "reach report posts with an external link, company pages' most of all, shown to fewer "
        "people.",
        "Fix: post it without the link and put the link in the first comment.",
    )


# --- Disclosure ----------------------------------------------------------------------------
def affiliate(link: str) -> bool:
    parts = urlsplit(link if "://" in link else f"https://{link}")
    host = domain_of(link)
    whole = f"{host}{parts.path}".lower()
    if any(whole == h or whole.startswith(h + "/") or host.endswith("." + h) or host == h
           for h in AFFILIATE_HOSTS):  # fmt: skip
        return True
    keys = {k.lower() for k in parse_qs(parts.query)}
    return bool(keys & set(AFFILIATE_QUERY)) and ("amazon." in host or "aff" in parts.query.lower())


def disclosure(text: str, url: object = None) -> RuleWarning | None:
    """An affiliate link or a sponsorship named in the text, and no disclosure anywhere in it."""
    links = [link for link in _links(text, url) if affiliate(link)]
    sponsor = SPONSORSHIP.search(text)
    if not links and not sponsor:
        return None
    if DISCLOSURE.search(text):
        return None
    what = (
        f"an affiliate link ({domain_of(links[0])})" if links else f"a sponsorship (“{sponsor[0]}”)"  # type: ignore[index]
    )
    return RuleWarning(
        "disclosure",
        f"The post carries {what} but says nowhere that it is paid: the FTC, the ASA and the "
        "platforms' branded-content rules ask for a clear disclosure, and an undisclosed one "
        "spends trust when it is found out.",
        "Fix: say so at the start, e.g. “#ad” or “Paid partnership with …” (or “affiliate "
        "link: I earn a commission”).",
    )


# --- Reddit 9:1 ----------------------------------------------------------------------------
def subreddit_of(text: str, url: object = None) -> str | None:
    """The subreddit a planned or published Reddit post names: r/name in its address or text."""
    for where in (url, text):
        if isinstance(where, str):
            found = REDDIT_PERMALINK.search(where) or SUBREDDIT.search(where)
            if found:
                return found[1].lower()
    return None


def _history_subreddits(history: pd.DataFrame) -> pd.Series:
    """Each Reddit post's subreddit: the import's place for it (a `channel` such as "r/python",
    or a `subreddit` column) where it keeps one, else read from the post's permalink."""
    given = pd.Series(pd.NA, index=history.index, dtype="string")
    for column in ("channel", "subreddit"):
        if column in history:
            named = history[column].astype("string").str.strip().str.lower()
            given = given.fillna(named.str.removeprefix("r/").str.removeprefix("/r/"))
    read = [subreddit_of("", u) for u in history["url"]] if "url" in history else []
    fallback = pd.Series(read, index=history.index, dtype="string") if read else given
    return given.fillna(fallback)


def self_promoting(label: object, links: list[str], brand: Brand) -> bool:
    return label == "ask" or any(_own(link, brand) for link in links)


def reddit_ratio(
    history: pd.DataFrame, subreddit: str, brand: Brand, now: pd.Timestamp
) -> tuple[int, int]:
    """(others, self-promoting) among the person's recent Reddit posts and comments there."""
    reddit = history[history["source"] == "reddit"]
    reddit = reddit[reddit["published_at"] >= now - pd.Timedelta(days=REDDIT_RECENT_DAYS)]
    if reddit.empty:
        return 0, 0
    mine = reddit[_history_subreddits(reddit) == subreddit.lower()]
    promo = sum(
        self_promoting(row.label, list(row.links) if isinstance(row.links, list | tuple) else [],
                       brand)
        for row in mine.itertuples(index=False)
    )  # fmt: skip
    return len(mine) - promo, promo


def reddit_nine_to_one(
    text: str,
    platform: str,
    label: object,
    history: pd.DataFrame,
    brand: Brand,
    now: pd.Timestamp,
    url: object = None,
    subreddit: str | None = None,
) -> RuleWarning | None:
    """A self-promoting link post to a subreddit where, counting it, the person's recent posts
    and comments there fall below nine others for each self-promoting one."""
    if platform != "reddit":
        return None
    links = _links(text, url)
    if not links or not self_promoting(label, links, brand):
        return None
    where = (subreddit or subreddit_of(text, url) or "").lower().removeprefix("r/")
    if not where:
        return None
    others, promo = reddit_ratio(history, where, brand, now)
    promo += 1  # this post
    if others >= REDDIT_RATIO * promo:
        return None
    needed = REDDIT_RATIO * promo - others
    return RuleWarning(
        "reddit-9-1",
        f"In r/{where} your last {REDDIT_RECENT_DAYS} days hold {others} posts and comments that "
        f"are not about you against {promo} that are, this one included: below Reddit's 9:1 "
        "self-promotion guideline, which moderators enforce with removals and bans.",
        f"Fix: take part first ({needed} more comments or posts there that are not about you), "
        "or share it where you already take part.",
    )


# --- Cross-posting -------------------------------------------------------------------------
def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", re.sub(r"https?://\S+", " ", text.lower())))


def same_ask(a_text: str, a_url: object, b_text: str, b_url: object) -> bool:
    """Two asks are one campaign when they link the same page or say nearly the same words."""
    a_links = {link.rstrip("/") for link in _links(a_text, a_url)}
    b_links = {link.rstrip("/") for link in _links(b_text, b_url)}
    if a_links & b_links:
        return True
    a, b = set(_words(a_text).split()), set(_words(b_text).split())
    return bool(a and b) and len(a & b) / len(a | b) >= 0.6


def cross_posted(posts: pd.DataFrame) -> list[list[int]]:
    """Groups (row positions) of the same ask on two or more platforms on one calendar day.
    posts: columns when (UTC), platform, text, url, label."""
    asks = posts[posts["label"] == "ask"].reset_index()
    groups: list[list[int]] = []
    taken: set[int] = set()
    days = pd.to_datetime(asks["when"], utc=True).dt.date
    for i in range(len(asks)):
        if i in taken:
            continue
        group = [i]
        for j in range(i + 1, len(asks)):
            if j in taken or days[j] != days[i]:
                continue
            if same_ask(
                asks.at[i, "text"], asks.at[i, "url"], asks.at[j, "text"], asks.at[j, "url"]
            ):
                group.append(j)
        if len({asks.at[k, "platform"] for k in group}) >= 2:
            taken |= set(group)
            groups.append([int(asks.at[k, "index"]) for k in group])
    return groups


def _cross_warning(rows: pd.DataFrame) -> RuleWarning:
    names = [platforms.name(p) for p in dict.fromkeys(rows["platform"])]
    first = pd.Timestamp(rows["when"].iloc[0])
    return RuleWarning(
        "cross-post",
        f"The same ask goes out on {', '.join(names)} on {first:%A} {first.day} {first:%b}: one "
        "campaign is one withdrawal per audience, and people who follow you in more than one "
        "place see it several times in a day.",
        "Fix: keep it where it fits best that day and spread the others over the following "
        "days, each after a give post there.",
        first,
        str(rows["platform"].iloc[0]),
    )


# --- Drafts and plans ----------------------------------------------------------------------
def _one(
    text: str,
    platform: str,
    label: object,
    url: object,
    history: pd.DataFrame,
    brand: Brand,
    now: pd.Timestamp,
    subreddit: str | None = None,
) -> list[RuleWarning]:
    found = (
        linkedin_link(text, platform, url),
        reddit_nine_to_one(text, platform, label, history, brand, now, url, subreddit),
        disclosure(text, url),
    )
    return [w for w in found if w]


def plan_rules(
    planned: pd.DataFrame, history: pd.DataFrame, brand: Brand, now: pd.Timestamp
) -> list[RuleWarning]:
    """Every rule on every planned post (the classified plan: PLAN_COLUMNS and label)."""
    warnings: list[RuleWarning] = []
    for row in planned.itertuples(index=False):
        when = pd.Timestamp(row.planned_at)
        for w in _one(row.text, row.platform, row.label, row.url, history, brand, now):
            pid = None if pd.isna(row.plan_id) else int(row.plan_id)
            warnings.append(RuleWarning(w.rule, w.problem, w.fix, when, str(row.platform), pid))
    table = pd.DataFrame(
        {
            "when": planned["planned_at"],
            "platform": planned["platform"],
            "text": planned["text"],
            "url": planned["url"],
            "label": planned["label"],
        }
    )
    for group in cross_posted(table):
        warnings.append(_cross_warning(table.iloc[group]))
    return sorted(warnings, key=lambda w: (w.when is None, w.when or now, w.rule))


def draft_rules(
    text: str,
    platform: str,
    label: str,
    history: pd.DataFrame,
    brand: Brand,
    now: pd.Timestamp,
    planned: pd.DataFrame | None = None,
    url: str | None = None,
    subreddit: str | None = None,
) -> list[RuleWarning]:
    """The rules on a draft published now: its own, and the same ask already out today (in the
    history or the plan) on another platform. subreddit: where a Reddit draft goes."""
    warnings = _one(text, platform, label, url, history, brand, now, subreddit)
    if label != "ask":
        return warnings
    today = now.normalize()
    rows = [{"when": now, "platform": platform, "text": text, "url": url, "label": "ask"}]
    past = history[
        (history["published_at"] >= today)
        & (history["published_at"] < today + pd.Timedelta(days=1))
    ]
    rows += [
        {"when": r.published_at, "platform": r.source, "text": r.text,
         "url": (r.links[0] if isinstance(r.links, list | tuple) and r.links else None),
         "label": r.label}
        for r in past.itertuples(index=False)
    ]  # fmt: skip
    if planned is not None and not planned.empty:
        same_day = planned[pd.to_datetime(planned["planned_at"], utc=True).dt.normalize() == today]
        rows += [
            {"when": r.planned_at, "platform": r.platform, "text": r.text, "url": r.url,
             "label": r.label}
            for r in same_day.itertuples(index=False)
        ]  # fmt: skip
    table = pd.DataFrame(rows)
    for group in cross_posted(table):
        if 0 in group:
            warnings.append(_cross_warning(table.iloc[sorted(group)]))
    return warnings
