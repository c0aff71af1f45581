"""Import: upload exports and feeds, or add a feed URL; each file reported on its own. A sheet
refused for its columns gets a form to map them; a large archive, the files to upload instead."""

import streamlit as st

from core import ingest
from core.ingest import FileReport
from core.sources import guide
from ui import mapping
from ui.common import plain, say, store, workspace
from ui.entry import enter_through_app

name = workspace()
st.title("Import")
st.caption(
    f"Into workspace **{plain(name)}**. Importing the same file again adds nothing; a newer export "
    "updates posts in place. Your own labels are never overwritten."
)

enter_through_app()


def show(report: FileReport) -> None:
    # Names and messages quote the file (member names, column names): shown as plain text.
    if not report.ok:
        st.error(plain(report.describe()), icon="🚫")
        return
    for summary in report.summaries:
        shown = "" if summary.names_format else f" ({plain(summary.format)})"
        text = f"**{plain(summary.name)}**{shown}: {plain(summary.describe())}"
        (st.success if summary.imported or summary.updated else st.info)(text)
        for note in summary.notes:
            st.caption(plain(note))


reports_key = f"last_reports:{name}"  # another workspace's reports are not shown here
unmapped_key = f"unmapped:{name}"  # sheets refused for their columns, waiting for a mapping
with st.form("upload", clear_on_submit=True):
    files = st.file_uploader(
        "Blog feeds and exports",
        accept_multiple_files=True,
        help="Upload exports as the platform gave them (the zip is fine) or the posts file "
        "inside: blog feeds (RSS/Atom, WordPress .xml, Substack/Medium zips, Ghost .json), X "
        "(archive zip, tweets.js, tweets.csv, analytics CSV), LinkedIn (zip or Shares.csv), "
        "Facebook/Instagram/Threads (the JSON download), Mastodon (archive or outbox.json), "
        "Bluesky (repo.car), or any CSV/Excel sheet with a date and a text column (Buffer, "
        "Hootsuite, Sprout Social, Later and Publer post exports too).",
    )
    submitted = st.form_submit_button("Import files", type="primary")
if submitted and files:
    uploads = [(upload.name, upload.getvalue()) for upload in files]
    with st.status(f"Importing {len(files)} file(s)…", expanded=True) as status:
        reports = ingest.import_uploads(store(), name, uploads, say)
        failed = sum(not r.ok for r in reports)
        status.update(
            label=f"Imported {len(reports) - failed} of {len(reports)} file(s)",
            state="error" if failed == len(reports) else "complete",
            expanded=False,
        )
    st.session_state[reports_key] = reports
    st.session_state[unmapped_key] = mapping.unmapped(reports, uploads)
elif submitted:
    st.warning("Choose one or more files first.")

with st.expander("Archive too large to upload?"):
    st.markdown(guide.intro(int(st.get_option("server.maxUploadSize"))))
    for needed in guide.NEEDED:
        files_text = ", ".join(f"`{f}`" for f in needed.files)
        st.markdown(f"**{needed.platform}**: {files_text}. {needed.note}".rstrip())
    st.markdown(guide.cli_intro())
    st.code(guide.cli_command(name), language="bash")

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
    st.session_state[unmapped_key] = []

for report in st.session_state.get(reports_key, []):
    show(report)
mapping.forms(name, reports_key, unmapped_key)

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
