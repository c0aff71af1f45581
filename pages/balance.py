"""Balance: the give : ask ratio against the target, week by week and per source."""

import pandas as pd
import streamlit as st

from core.balance import consistency, engagement, findings, ledger, metrics
from core.classify import learning
from core.post import SOURCES
from core.reports import charts, html_report
from core.reports.export import posts_csv
from ui.common import posts, settings, store, workspace
from ui.entry import enter_through_app
from ui.giving import giving_sections

enter_through_app()

name = workspace()
cfg = settings(name)
frame = posts(name)
now = pd.Timestamp.now(tz="UTC")
counted = metrics.counted(frame, cfg)

st.title("Balance")
st.caption(f"Workspace: {name} · target {cfg.target_text}")
if counted.empty:
    st.info("No labelled posts yet. Import a blog feed or an export on the Import page.")
    st.stop()

sources = sorted(counted["source"].unique())
source = st.selectbox(
    "Sources",
    ["all", *sources],
    disabled=len(sources) < 2,
    format_func=lambda s: "All sources together" if s == "all" else SOURCES.get(s, s),
)
live = counted if source == "all" else counted[counted["source"] == source]
total = metrics.balance(live)
figures = consistency.consistency(live, cfg)

col1, col2, col3, col4 = st.columns(4)
col1.metric("Give : ask", "no asks" if total.ratio is None else f"{total.ratio:.1f} : 1",
            help=f"{total.give:,} give posts and {total.ask:,} asks")  # fmt: skip
col1.caption(total.text())
col2.metric(
    "Give share", f"{total.give_share:.0%}", help=f"{total.give:,} of {total.posts:,} posts"
)
col2.caption(f"target {cfg.target_text}: {cfg.ratio / (cfg.ratio + 1):.0%} give")
col3.metric("On target", "yes" if total.meets(cfg.ratio) else "no")
if total.meets(cfg.ratio):
    room = metrics.asks_affordable(total, cfg.ratio)
    col3.caption(f"room for {room} more ask{'s' if room != 1 else ''}")
else:
    owed = metrics.gives_needed(total, cfg.ratio)
    col3.caption(f"{owed} more give post{'s' if owed != 1 else ''} would bring it back to target")
seen = figures.recent
col4.metric(
    f"Last {seen.posts} posts",
    f"{seen.give} : {seen.ask}",
    help="What a follower scrolling your profile sees: give : ask among the latest posts.",
)
col4.caption("on target" if seen.meets(cfg.ratio) else "below target")

st.subheader("Findings")
st.markdown("\n".join(f"- {line}" for line in findings.findings(live, cfg, now)))

period = st.segmented_control("Per", ["week", "month"], default="week") or "week"
periods = metrics.by_period(live, period, cfg.ratio)
st.altair_chart(
    charts.give_share_over_time(periods, cfg.ratio / (cfg.ratio + 1), period),
    width="stretch",
)
on, active = consistency.on_target_rate(periods)
st.caption(f"{on} of {active} {period}s with posts were on target.")

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
since = figures.posts_since_last_ask
c3.caption("no asks yet" if since is None else f"{since} posts since the last ask")
c4.metric("Posts per week", f"{figures.posts_per_week:.1f}")
c4.caption(
    f"spread ± {figures.posts_per_week_spread:.1f}; "
    f"{len(figures.ask_heavy_weeks)} weeks mostly asks"
)
window = cfg.rolling_window
st.altair_chart(
    charts.rolling_share(consistency.rolling(live, window), cfg.ratio / (cfg.ratio + 1), window),
    width="stretch",
)

st.subheader("The goodwill ledger")
rule = ledger.Rule.of(cfg)
book = ledger.entries(live, rule)
today = ledger.balance_at(book, now, rule)
st.caption(
    f"Each give post deposits 1 and each ask withdraws {rule.ratio:g}, so a feed exactly on "
    f"target stays flat. Goodwill you do not renew fades: the balance halves every "
    f"{cfg.half_life_days} days."
)
advice = ledger.advice(today, rule, live, now)
(st.success if today >= rule.ratio else st.warning)(f"Balance today {today:.1f}. {advice}")
st.altair_chart(charts.ledger_over_time(ledger.daily(book, rule, now)), width="stretch")

st.subheader("Posting calendar")
st.altair_chart(charts.posting_calendar(consistency.calendar(live)), width="stretch")

st.subheader("Per source")
by_source = metrics.by_group(live, "source")
by_source["source"] = by_source["source"].map(lambda s: SOURCES.get(s, s))
st.altair_chart(charts.split_by(by_source, "source", "Source"), width="stretch")
st.dataframe(
    by_source.assign(
        ratio=by_source["ratio"].map(lambda r: "no asks" if r != r else f"{r:.1f} : 1"),
        give_share=by_source["give_share"].map(lambda v: f"{v:.0%}"),
    ),
    hide_index=True,
    column_config={
        "source": "Source",
        "give": "Give",
        "ask": "Ask",
        "posts": "Posts",
        "give_share": "Give share",
        "ratio": "Give : ask",
    },  # fmt: skip
)
not_counted = len(frame) - len(live)
if not_counted:
    st.caption(f"{not_counted:,} posts not counted (kinds left out in Settings, or not labelled).")

st.subheader("Engagement by label")
medians = engagement.medians(live)
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

of_source = frame if source == "all" else frame[frame["source"] == source]
giving_sections(name, live, of_source, cfg, source)

st.subheader("Reports")
db = store()  # taken here: the download callables run outside the page script
d1, d2 = st.columns(2)
d1.download_button(
    "Posts with labels and reasons (CSV)",
    lambda: posts_csv(frame.assign(reasons=learning.explain(db, name, frame))),
    file_name=f"{name} posts.csv",
    mime="text/csv",
    on_click="ignore",
)
d2.download_button(
    "Report with charts and findings (HTML)",
    lambda: html_report.html_report(name, frame, cfg, now),
    file_name=f"{name} report.html",
    mime="text/html",
    on_click="ignore",
)
