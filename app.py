"""Goodwill Ledger: the entry point. Page config, navigation and the workspace picker."""

import streamlit as st

from views.common import seed_demo_if_empty, workspace_picker

st.set_page_config(page_title="Goodwill Ledger", page_icon=":material/balance:", layout="wide")
seed_demo_if_empty()
workspace_picker()
st.navigation(
    [
        st.Page("views/balance.py", title="Balance", icon=":material/balance:", default=True),
        st.Page("views/plan.py", title="Plan", icon=":material/event_note:"),
        st.Page("views/posts.py", title="Posts", icon=":material/list_alt:"),
        st.Page("views/import.py", title="Import", icon=":material/upload_file:"),
        st.Page("views/settings.py", title="Settings", icon=":material/settings:"),
    ]
).run()
