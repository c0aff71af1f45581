"""Balance: the give : ask ratio against the target, week by week and per source."""

import streamlit as st

from core import charts, metrics
from core.post import SOURCES
from pages.common import posts, settings, workspace

name = workspace()
cfg = settings(name)
frame = posts(name)
live = metrics.counted(frame, cfg)
total = metrics.balance(live)

st.title("Balance")
st.caption(f"Workspace: {name} · target {cfg.target_text}")
if total.posts == 0:
    st.info("No labelled posts yet. Import a blog feed or an export on the Import page.")
    st.stop()

col1, col2, col3 = st.columns(3)
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

period = st.segmented_control("Per", ["week", "month"], default="week") or "week"
periods = metrics.by_period(live, period, cfg.ratio)
st.altair_chart(
    charts.give_share_over_time(periods, cfg.ratio / (cfg.ratio + 1), period),
    width="stretch",
)
active = periods[periods["posts"] > 0]
on = int(active["on_target"].sum()) if not active.empty else 0
st.caption(f"{on} of {len(active)} {period}s with posts were on target.")

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
