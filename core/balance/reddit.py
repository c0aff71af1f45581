"""Reddit's own measures of self-promotion, over the posts frame.

Reddit's guideline (r/modnews, December 2014): "for every 1 time you post self-promotional
content, 9 other posts (submissions or comments) should not be" (the "reddit 9:1" target), and
moderators' tools flag a domain that is 10% or more of a user's submissions once they have more
than four. Comments are replies here; both count. A submission's channel is its subreddit.
"""

from __future__ import annotations

import pandas as pd

from core.balance import metrics
from core.settings import Brand, Settings
from core.sources.text import domain_of

FLAG_SHARE = 0.10  # a domain at this share of a user's link submissions or more is flagged
FLAG_MIN_SUBMISSIONS = 5  # "more than four" posts before a share means anything
SUBREDDIT_COLUMNS = ["subreddit", "give", "ask", "posts", "give_share", "ratio", "on_target"]
DOMAIN_COLUMNS = ["domain", "submissions", "share", "own", "flagged"]


def reddit_posts(posts: pd.DataFrame) -> pd.DataFrame:
    return posts[posts["source"] == "reddit"]


def by_subreddit(posts: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """Give and ask per subreddit (submissions and, when replies count, comments), largest
    first, each against the workspace's target."""
    live = metrics.counted(reddit_posts(posts), settings)
    live = live[live["channel"].notna()]
    if live.empty:
        return pd.DataFrame(columns=SUBREDDIT_COLUMNS)
    frame = metrics.by_group(live, "channel").rename(columns={"channel": "subreddit"})
    frame["on_target"] = [
        metrics.Balance(int(g), int(a)).meets(settings.ratio)
        for g, a in zip(frame["give"], frame["ask"])
    ]
    return frame[SUBREDDIT_COLUMNS]


def link_submissions(posts: pd.DataFrame) -> pd.Series:
    """The link each link submission submitted (indexed like posts). core.sources.reddit puts
    the submitted url first in links; a self post's links are the ones written in its text."""
    subs = reddit_posts(posts)
    subs = subs[subs["kind"] == "post"]
    first = subs["links"].map(lambda links: links[0] if len(links) else None)
    submitted = [link is not None and link not in text for link, text in zip(first, subs["text"])]
    return first[submitted]


def domain_shares(posts: pd.DataFrame, brand: Brand) -> pd.DataFrame:
    """Each domain's share of the user's link submissions, most submitted first: whether it is
    one of the brand's own domains, and whether moderators' tools would flag it."""
    links = link_submissions(posts)
    if links.empty:
        return pd.DataFrame(columns=DOMAIN_COLUMNS)
    domains = links.map(domain_of)
    counts = domains.value_counts()
    total = int(counts.sum())
    frame = pd.DataFrame(
        {"domain": counts.index, "submissions": counts.to_numpy(dtype="int64")}
    ).sort_values(["submissions", "domain"], ascending=[False, True])
    frame["share"] = frame["submissions"] / total
    frame["own"] = [is_own(d, brand) for d in frame["domain"]]
    frame["flagged"] = (frame["share"] >= FLAG_SHARE) & (total >= FLAG_MIN_SUBMISSIONS)
    return frame[DOMAIN_COLUMNS].reset_index(drop=True)


def is_own(domain: str, brand: Brand) -> bool:
    own = [d.lower().removeprefix("www.").split("/", 1)[0] for d in brand.domains]
    return any(domain == d or domain.endswith("." + d) for d in own if d)


def nine_to_one(posts: pd.DataFrame, settings: Settings) -> metrics.Balance:
    """Reddit posts and comments together, give against ask: Reddit's guideline asks for 9:1.
    Comments count whatever the workspace says about replies, as the guideline counts them."""
    mine = reddit_posts(posts)
    mine = mine[mine["kind"].isin(settings.counted_kinds() | {"reply"})]
    return metrics.balance(mine)
