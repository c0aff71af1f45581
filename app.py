"""Goodwill Ledger: the entry point. Page config, navigation and the workspace picker."""

import streamlit as st

from pages.common import seed_demo_if_empty, workspace_picker

st.set_page_config(page_title="Goodwill Ledger", page_icon="⚖️", layout="wide")
seed_demo_if_empty()
workspace_picker()
st.navigation(
    [
        st.Page("pages/balance.py", title="Balance", icon="⚖️", default=True),
        st.Page("pages/posts.py", title="Posts", icon="📝"),
        st.Page("pages/import.py", title="Import", icon="📥"),
        st.Page("pages/settings.py", title="Settings", icon="⚙️"),
    ]
).run()
