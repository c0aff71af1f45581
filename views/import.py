"""Import: upload exports and feeds, or add a feed URL; each file reported on its own."""

import streamlit as st

from core import ingest
from core.ingest import FileReport
from views.common import plain, say, store, workspace

name = workspace()
st.title("Import")
st.caption(
    f"Into workspace **{plain(name)}**. Importing the same file again adds nothing; a newer export "
    "updates posts in place. Your own labels are never overwritten."
)


def show(report: FileReport) -> None:
    # Names and messages quote the file (member names, column names): shown as plain text.
    if not report.ok:
        st.error(plain(report.describe()), icon="🚫")
        return
    for summary in report.summaries:
        text = f"**{plain(summary.name)}** ({plain(summary.format)}): {plain(summary.describe())}"
        (st.success if summary.imported or summary.updated else st.info)(text)
        for note in summary.notes:
            st.caption(plain(note))


reports_key = f"last_reports:{name}"  # another workspace's reports are not shown here
with st.form("upload", clear_on_submit=True):
    files = st.file_uploader(
        "Blog feeds and exports",
        accept_multiple_files=True,
        help="Upload exports as the platform gave them (the zip is fine) or the posts file "
        "inside: blog feeds (RSS/Atom, WordPress .xml, Substack/Medium zips, Ghost .json), X "
        "(archive zip, tweets.js, tweets.csv, analytics CSV), LinkedIn (zip or Shares.csv), "
        "Facebook/Instagram/Threads (the JSON download), Mastodon (archive or outbox.json), "
        "Bluesky (repo.car), or any CSV/Excel sheet with a date and a text column.",
    )
    submitted = st.form_submit_button("Import files", type="primary")
if submitted and files:
    reports = []
    with st.status(f"Importing {len(files)} file(s)…", expanded=True) as status:
        for upload in files:
            reports.append(ingest.import_bytes(store(), name, upload.name, upload.getvalue(), say))
        failed = sum(not r.ok for r in reports)
        status.update(
            label=f"Imported {len(files) - failed} of {len(files)} file(s)",
            state="error" if failed == len(files) else "complete",
            expanded=False,
        )
    st.session_state[reports_key] = reports
elif submitted:
    st.warning("Choose one or more files first.")

with st.form("feed_url"):
    url = st.text_input("Add a feed URL", placeholder="https://yourblog.example/feed")
    fetch = st.form_submit_button("Fetch and import")
if fetch:
    with st.status(f"Fetching {plain(url)}…", expanded=True) as status:
        report = ingest.import_url(store(), name, url, say)
        status.update(
            label="Done" if report.ok else "Refused", state="complete" if report.ok else "error"
        )
    st.session_state[reports_key] = [report]

for report in st.session_state.get(reports_key, []):
    show(report)

history = store().imports(name)
if not history.empty:
    st.subheader("Imported so far")
    st.dataframe(
        history[["at", "name", "format"]],
        hide_index=True,
        column_config={
            "at": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD HH:mm"),
            "name": "File",
            "format": "Format",
        },  # fmt: skip
    )
