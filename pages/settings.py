"""Settings: workspaces, the brand's own context, the target and what counts."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from core import ingest, people
from core.errors import UserError
from core.settings import TARGETS, Brand, help_for
from core.store import Store
from ui.common import (
    delete_workspace,
    new_workspace_form,
    plain,
    rename_workspace,
    show_error,
    store,
    workspace,
)
from ui.entry import enter_through_app

enter_through_app()

s: Store = store()
name = workspace()
cfg = s.settings(name)

st.title("Settings")

st.subheader("You")
if people.from_environment():
    st.caption(f"Your labels, plans and settings changes are recorded as {people.current_user()}"
               f" (set by {people.USER_ENV}).")  # fmt: skip
else:
    with st.form("person"):
        person = st.text_input(
            "Your name",
            value=people.saved_name(),
            placeholder=people.current_user(),
            help="Kept on this computer and recorded with each label, planned post and settings "
            "change you make, so a team sees who did what.",
        )
        if st.form_submit_button("Save my name"):
            try:
                st.success(f"Saved: your changes are recorded as {people.save_name(person)}.")
            except UserError as exc:
                show_error(exc)

st.subheader("Workspace")
new_workspace_form("new_workspace")
with st.form("rename_workspace"):
    renamed = st.text_input("Rename this workspace", value=name)
    if st.form_submit_button("Rename"):
        try:
            rename_workspace(name, renamed)
        except UserError as exc:
            show_error(exc)
with st.expander("Delete this workspace"):
    st.write(f"Deleting **{plain(name)}** removes its posts and your labels for good.")
    confirm = st.text_input("Type the workspace name to confirm", key="delete_confirm")
    if st.button("Delete workspace", type="primary", disabled=confirm != name):
        delete_workspace(name)

changes = s.settings_changes(name)
if changes:
    when = pd.Timestamp(changes[0].at, unit="s", tz="UTC").strftime("%d %b %Y %H:%M UTC")
    st.caption(f"Settings last changed by {changes[0].by or 'someone'} on {when}.")

st.subheader("Your brand")
st.caption(
    "What is yours decides some labels: a link to your pricing page is an ask, a link to a "
    "peer's article is a give. One per line."
)
with st.form("brand"):
    brand_name = st.text_input("Name", value=cfg.brand.name)
    domains = st.text_area("Your domains", value="\n".join(cfg.brand.domains), help="e.g. acme.io")
    handles = st.text_area("Your handles", value="\n".join(cfg.brand.handles), help="e.g. @acme")
    products = st.text_area("Your products and offers", value="\n".join(cfg.brand.products))
    if st.form_submit_button("Save brand and relabel"):
        brand = Brand.from_dict(
            {"name": brand_name, "domains": domains, "handles": handles, "products": products}
        )
        s.save_settings(name, replace(cfg, brand=brand))
        with st.spinner("Relabelling every post…"):
            n = ingest.reclassify(s, name)
        st.success(f"Saved. {n:,} posts relabelled; your own labels are kept.")

st.subheader("Target and counting")
# The target sits outside the form so that the ratio field shows only for your own target.
keys = list(TARGETS)
target = st.selectbox(
    "Target", keys, index=keys.index(cfg.target), format_func=lambda k: TARGETS[k].label,
    help=help_for("target"), key=f"target:{name}",
)  # fmt: skip
custom = float(cfg.custom_ratio)
if target == "custom":
    custom = st.number_input(
        "Give posts per ask", min_value=0.5, max_value=50.0, value=float(cfg.custom_ratio),
        step=0.5, help=help_for("custom_ratio"), key=f"custom_ratio:{name}",
    )  # fmt: skip
with st.form("target"):
    replies = st.checkbox("Count replies", value=cfg.count_replies, help=help_for("count_replies"))
    reposts = st.checkbox("Count reposts", value=cfg.count_reposts, help=help_for("count_reposts"))
    if st.form_submit_button("Save"):
        updated = replace(
            cfg, target=target, custom_ratio=custom, count_replies=replies, count_reposts=reposts
        )
        s.save_settings(name, updated)
        st.success(f"Saved: target {updated.target_text}.")
