"""Balance: the give : ask ratio against the target, week by week and per source.

It never loads every post's text: counts come from the database's tallies, and what needs the
order of posts from the posts without their text (core.balance.figures), worked out once per
data version, so a million posts draw as fast as a thousand once the figures are cached.
"""

import pandas as pd
import streamlit as st

from core.balance import consistency, engagement, findings, ledger, metrics, window
from core.balance import figures as balance_figures
from core.classify import learning
from core.post import SOURCES
from core.reports import charts, html_report
from core.reports.export import posts_csv
from ui.balance_data import figure_posts, some_posts, tallies, worked_out
from ui.channels import balance_table, per_channel, reddit_section
from ui.common import empty_state, fresh, keep, kept, plain, settings, store, workspace
from ui.entry import enter_through_app
from ui.giving import giving_sections

enter_through_app()

name = workspace()
cfg = settings(name)
# One data version for every read of this run: figures are never cached under a later version
# than the posts they were worked out from.
version = store().data_version(name)
frame = figure_posts(name, version)
now = pd.Timestamp.now(tz="UTC")
counted = metrics.counted(frame, cfg)
counted_tally = metrics.counted(tallies(name, version), cfg)

st.title("Balance")
st.caption(f"Workspace: {plain(name)} · target {plain(cfg.target_text)}")
if counted.empty:
    empty_state("No labelled posts yet: import a blog feed or a social export to see its balance.")
    st.stop()

sources = sorted(counted["source"].unique())
source = st.selectbox(
    "Sources",
    ["all", *sources],
    disabled=len(sources) < 2,
    format_func=lambda s: "All sources together" if s == "all" else SOURCES.get(s, s),
)
live = counted if source == "all" else counted[counted["source"] == source]
live_tally = counted_tally if source == "all" else counted_tally[counted_tally["source"] == source]
figured = worked_out(name, version, cfg, source, live, live_tally)
total = figured.total
figures = figured.consistency

rule = ledger.Rule.of(cfg)
book = figured.book
today = ledger.shown(ledger.balance_at(book, now, rule))
seen = figures.recent
since = figured.first

# Three views of one history that can disagree, each labelled with what it counts, side by side.
col1, col2, col3, col4 = st.columns(4)
col1.metric(
    "Give : ask, all time",
    "no asks" if total.ratio is None else f"{total.ratio:.1f} : 1",
    help=f"{total.give:,} give posts and {total.ask:,} asks since {since:%d %b %Y}",
)
col1.caption(f"{total.text()} · {'on' if total.meets(cfg.ratio) else 'below'} target")
col2.metric(
    "Give share, all time",
    f"{total.give_share:.0%}",
    help=f"{total.give:,} of {total.posts:,} posts",
)
col2.caption(f"target {cfg.target_text}: {cfg.ratio / (cfg.ratio + 1):.0%} give")
col3.metric(
    f"Last {seen.posts} posts",
    f"{seen.give} : {seen.ask}",
    help="What a follower scrolling your profile sees: give : ask among the latest posts.",
)
col3.caption(f"{'on' if seen.meets(cfg.ratio) else 'below'} target · what a visitor sees now")
col4.metric(
    "Goodwill ledger today",
    f"{today:.1f}",
    help="Recent posts weigh most: goodwill you do not renew fades. See the ledger below.",
)
affords = ledger.standing(today, rule.ratio).asks_affordable
col4.caption(
    f"pays for {affords} ask{'s' if affords != 1 else ''} now"
    if affords
    else f"below the {rule.ratio:g} an ask costs (see the ledger below)"
)
fading = (
    f"weighs recent posts most, as goodwill fades with a {cfg.half_life_days}-day half-life"
    if cfg.half_life_days
    else "adds up every post in order"
)
st.caption(
    f"All time counts every post since {since.day} {since:%b %Y} equally; the last "
    f"{seen.posts} posts are what your profile shows today; the ledger {fading}. A long good "
    "record can be on target all time while the latest posts are not, and the other way round."
)

st.subheader("Findings")
found = findings.told(balance_figures.facts(figured, live, cfg, now))
st.markdown("\n".join(f"- {plain(line)}" for line in found))

per, show = st.columns([1, 2])
with per:  # both toggles are kept across pages (ui.common.kept)
    key = kept("balance_period", ["week", "month"])
    period = (
        st.segmented_control("Per", ["week", "month"], key=key, **fresh(key, default="week"))
        or "week"
    )
with show:
    key = kept("balance_span", list(window.SPANS))
    shown = st.segmented_control(
        "Show", list(window.SPANS), key=key, **fresh(key, default=window.DEFAULT)
    )
keep("balance_period")
keep("balance_span")
span = window.window(pd.Series([figured.first, figured.last]), shown or window.DEFAULT, now)
periods = figured.by_period(period)
st.altair_chart(charts.posts_over_time(periods, period, span), width="stretch")
on, active = consistency.on_target_rate(window.clip(periods, "period", span))
st.caption(
    f"Charts show {span.text()}. Give posts stack under asks; ▼ marks a {period} below target. "
    f"{on} of {active} {period}s with posts in this stretch were on target."
)

st.subheader("Consistency")
c1, c2, c3, c4 = st.columns(4)
c1.metric("Weeks with a give post", f"{figures.weeks_with_give} of {figures.weeks}")
gap = figures.longest_give_gap
c1.caption(f"longest gap without a give: {gap.length} days")
c2.metric(
    "On-target streak",
    f"{figures.current_streak} weeks",
    help="Weeks in a row on target, up to your latest week with posts.",
)
c2.caption(f"longest: {figures.longest_streak.length} weeks")
c3.metric("Longest run of asks", figures.longest_ask_run.length)
last_ask = figures.posts_since_last_ask
c3.caption("no asks yet" if last_ask is None else f"{last_ask} posts since the last ask")
c4.metric("Posting pace", consistency.pace_text(figures.posts_per_week))
c4.caption(
    f"spread ± {figures.posts_per_week_spread:.1f}; "
    f"{len(figures.ask_heavy_weeks)} weeks mostly asks"
)
recent_n = cfg.rolling_window
st.altair_chart(
    charts.rolling_share(figured.rolling, cfg.ratio / (cfg.ratio + 1), recent_n, span),
    width="stretch",
)

st.subheader("The goodwill ledger")
st.caption(
    f"Each give post deposits 1 and each ask withdraws {rule.ratio:g}, so a feed exactly on "
    f"target stays flat. Goodwill you do not renew fades: the balance halves every "
    f"{cfg.half_life_days} days."
)
advice = ledger.advice(today, rule, live, now)
(st.success if today >= rule.ratio else st.warning)(f"Balance today {today:.1f}. {advice}")
if today < 0 and total.meets(cfg.ratio):
    st.caption(
        "On target all time but below zero here: the asks are recent and the gives that paid "
        "for them have faded."
    )
st.altair_chart(charts.ledger_over_time(ledger.daily(book, rule, now), span), width="stretch")

st.subheader("Posting calendar")
st.altair_chart(charts.posting_calendar(figured.calendar, span), width="stretch")

st.subheader("Per source")
by_source = figured.by_source.copy()
by_source["source"] = by_source["source"].map(lambda s: SOURCES.get(s, s))
st.altair_chart(charts.split_by(by_source, "source", "Source"), width="stretch")
balance_table(by_source, source="Source")
not_counted = len(frame) - len(live)
if not_counted:
    st.caption(f"{not_counted:,} posts not counted (kinds left out in Settings, or not labelled).")
per_channel(live)
if source in ("all", "reddit") and "reddit" in sources:
    reddit_section(some_posts(name, version, ("reddit",)), cfg)

st.subheader("Engagement by label")
medians = figured.engagement
if medians.empty:
    st.info(
        "These exports carry no likes, reposts, replies or impressions, so there is nothing "
        "to compare (missing counts are not zeros)."
    )
else:
    st.altair_chart(charts.engagement_by_label(medians[medians["source"] == engagement.ALL]))
    st.dataframe(
        medians.assign(
            source=medians["source"].map(lambda s: SOURCES.get(s, "All sources")),
            metric=medians["metric"].str.capitalize(),
        ),
        hide_index=True,
        column_config={
            "source": "Source",
            "label": "Label",
            "metric": "Count",
            "median": "Median",
            "posts": "Posts behind the median",
        },
    )

silent = [SOURCES.get(s, s) for s in engagement.sources_without(live)]
if silent and not medians.empty:
    st.caption(f"No engagement counts in the exports of: {', '.join(silent)}.")

giving_sections(name, live, cfg, source)

st.subheader("Reports")
db = store()  # taken here: the download callables run outside the page script


def every_post_csv() -> bytes:
    """Loaded when asked for: the page itself never holds every post's text."""
    every = db.posts(name)
    return posts_csv(every.assign(reasons=learning.explain(db, name, every)))


d1, d2 = st.columns(2)
d1.download_button(
    "Posts with labels and reasons (CSV)",
    every_post_csv,
    file_name=f"{name} posts.csv",
    mime="text/csv",
    on_click="ignore",
)
d2.download_button(
    "Report with charts and findings (HTML)",
    lambda: html_report.html_report(name, db.posts(name), cfg, now),
    file_name=f"{name} report.html",
    mime="text/html",
    on_click="ignore",
)
