"""Settings page: workspaces (create, rename, switch, delete), the brand, the target."""

from __future__ import annotations

import pytest

from core import ingest
from core.demo import DEMO_WORKSPACE

WORKSPACE = "Test workspace"
CREATE = "FormSubmitter:new_workspace-Create and switch"
RENAME = "FormSubmitter:rename_workspace-Rename"
BRAND = "FormSubmitter:brand-Save brand and relabel"
TARGET = "FormSubmitter:target-Save"


def widget(at, label: str):
    """The one widget on the page with this label."""
    found = [w for w in at.main if getattr(w, "label", None) == label]
    assert len(found) == 1, (label, found)
    return found[0]


def submit(at, key: str):
    at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def current(at) -> str:
    return at.sidebar.selectbox(key="workspace").value


# --- workspaces ------------------------------------------------------------------------------
def test_a_new_workspace_is_created_and_becomes_current(app, seed, store):
    seed()
    at = app("settings")
    widget(at, "New workspace").input("Acme marketing")
    submit(at, CREATE)

    assert store.workspaces() == [WORKSPACE, "Acme marketing"]
    assert current(at) == "Acme marketing"
    assert widget(at, "Rename this workspace").value == "Acme marketing"
    at.switch_page("pages/posts.py").run()
    assert at.info[0].value.startswith("No posts yet")  # the new, empty workspace


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (WORKSPACE, f"A workspace named '{WORKSPACE}' already exists; pick another name."),
        ("   ", "A workspace needs a name."),
    ],
)
def test_a_workspace_name_that_cannot_be_used_changes_nothing(
    app, seed, store, alerts, name, message
):
    seed()
    seed("Other", files={})
    at = app("settings")
    widget(at, "New workspace").input(name)
    submit(at, CREATE)

    assert alerts(at)["error"] == [message]
    assert store.workspaces() == [WORKSPACE, "Other"]
    assert current(at) == WORKSPACE


def test_renaming_keeps_the_posts_and_stays_on_the_workspace(app, seed, store):
    seed()
    at = app("settings")
    widget(at, "Rename this workspace").input("Acme")
    submit(at, RENAME)

    assert store.workspaces() == ["Acme"]
    assert current(at) == "Acme"
    assert len(store.posts("Acme")) == 6
    at.switch_page("pages/posts.py").run()
    assert at.caption[0].value.startswith("6 of 6 posts shown")


def test_renaming_onto_another_workspace_is_refused(app, seed, store, alerts):
    seed()
    seed("Other", files={})
    at = app("settings")
    widget(at, "Rename this workspace").input("Other")
    submit(at, RENAME)

    assert alerts(at)["error"] == ["A workspace named 'Other' already exists; pick another name."]
    assert store.workspaces() == [WORKSPACE, "Other"]
    assert len(store.posts(WORKSPACE)) == 6 and store.posts("Other").empty
    assert current(at) == WORKSPACE


def test_switching_workspace_shows_its_settings(app, seed, store):
    seed()
    seed("Other", files={})
    cfg = store.settings("Other")
    store.save_settings("Other", type(cfg).from_dict({"brand": {"name": "Other Inc"}}))
    at = app("settings")
    assert widget(at, "Name").value == ""
    at.sidebar.selectbox(key="workspace").select("Other").run()
    assert not at.exception
    assert widget(at, "Name").value == "Other Inc"
    assert widget(at, "Rename this workspace").value == "Other"


def test_delete_waits_for_the_name_then_deletes(app, seed, store):
    seed()
    seed("Other", files={})
    at = app("settings")
    delete = widget(at, "Delete workspace")
    assert delete.disabled
    widget(at, "Type the workspace name to confirm").input("Test").run()
    assert widget(at, "Delete workspace").disabled
    assert store.workspaces() == [WORKSPACE, "Other"]

    widget(at, "Type the workspace name to confirm").input(WORKSPACE).run()
    delete = widget(at, "Delete workspace")
    assert not delete.disabled
    delete.click().run()
    assert not at.exception

    assert store.workspaces() == ["Other"]
    assert current(at) == "Other"
    assert widget(at, "Delete workspace").disabled  # the next one is not deleted by accident


def test_deleting_the_last_workspace_leaves_an_empty_one_not_the_demo(app, store):
    at = app("settings")  # first start: the demo
    assert store.workspaces() == [DEMO_WORKSPACE]
    widget(at, "Type the workspace name to confirm").input(DEMO_WORKSPACE).run()
    widget(at, "Delete workspace").click().run()
    assert not at.exception

    assert store.workspaces() == ["My workspace"]
    assert current(at) == "My workspace"
    at.switch_page("pages/posts.py").run()
    assert at.info[0].value.startswith("No posts yet")


def test_a_workspace_made_again_under_a_deleted_name_shows_its_own_posts(app, seed, store, make):
    seed()
    seed("Other", files={})
    at = app("posts")
    assert at.caption[0].value.startswith("6 of 6 posts shown")  # cached for this name
    at.switch_page("pages/settings.py").run()
    widget(at, "Type the workspace name to confirm").input(WORKSPACE).run()
    widget(at, "Delete workspace").click().run()

    store.create_workspace(WORKSPACE)  # the same name, and so the same data version as before
    one = make.rss([make.rss_item(3, "A single post in the new workspace.")])
    assert ingest.import_bytes(store, WORKSPACE, "one.xml", one).ok
    at.run()  # the picker lists it from the next run on
    at.sidebar.selectbox(key="workspace").select(WORKSPACE).run()
    at.switch_page("pages/posts.py").run()
    assert at.caption[0].value.startswith("1 of 1 posts shown")
    (text,) = at.data_editor[0].value["text"]
    assert text.endswith("A single post in the new workspace.")


# --- the brand -------------------------------------------------------------------------------
def test_saving_the_brand_relabels_every_post_but_yours(app, seed, store, make, alerts):
    seed(
        files={
            "blog.xml": make.rss(
                [
                    make.rss_item(
                        1,
                        "Five pour-over tips we learned this year. The Zephyr Kettle: "
                        "https://shop.zephyr.example/kettle",
                    ),
                    make.rss_item(2, "Our Zephyr Kettle review, pour-over tips we learned."),
                    make.rss_item(3, "Notes on water temperature for a better cup."),
                ]
            )
        }
    )
    kettle, mine = "feed:https://blog.example/1", "feed:https://blog.example/3"
    before = store.posts(WORKSPACE).set_index("id")
    assert before.at[kettle, "label"] == before.at[mine, "label"] == "give"
    store.set_label(WORKSPACE, mine, "ask")  # a correction the relabelling must not undo

    at = app("settings")
    widget(at, "Name").input("Zephyr")
    widget(at, "Your domains").input("zephyr.example\nshop.zephyr.example")
    widget(at, "Your handles").input("@zephyr")
    widget(at, "Your products and offers").input("Zephyr Kettle")
    submit(at, BRAND)

    assert alerts(at)["success"] == ["Saved. 3 posts relabelled; your own labels are kept."]
    brand = store.settings(WORKSPACE).brand
    assert brand.name == "Zephyr"
    assert brand.domains == ("zephyr.example", "shop.zephyr.example")
    assert brand.handles == ("@zephyr",) and brand.products == ("Zephyr Kettle",)
    after = store.posts(WORKSPACE).set_index("id")
    assert (after.at[kettle, "label"], after.at[kettle, "label_by"]) == ("ask", "model")
    assert (after.at[mine, "label"], after.at[mine, "label_by"]) == ("ask", "human")

    at.switch_page("pages/posts.py").run()
    table = at.data_editor[0].value.set_index("text")
    why = table.at[after.at[kettle, "text"], "reasons"]
    assert "links to your shop page" in why and "names your product Zephyr Kettle" in why
    at.switch_page("pages/settings.py").run()
    assert widget(at, "Your domains").value == "zephyr.example\nshop.zephyr.example"


# --- the target ------------------------------------------------------------------------------
def test_a_target_preset_is_saved_and_shown_on_the_balance_page(app, seed, store, alerts, unescape):
    seed()
    at = app("settings")
    widget(at, "Target").set_value("4-1-1")
    submit(at, TARGET)

    assert alerts(at)["success"] == ["Saved: target 4-1-1 (5:1)."]
    assert store.settings(WORKSPACE).target == "4-1-1"
    at.switch_page("pages/balance.py").run()
    assert unescape(at.caption[0].value) == f"Workspace: {WORKSPACE} · target 4-1-1 (5:1)"
    at.switch_page("pages/settings.py").run()
    assert widget(at, "Target").value == "4-1-1"


def test_a_custom_target_and_what_counts_are_saved(app, seed, store, alerts):
    seed()
    at = app("settings")
    assert not [w for w in at.number_input if w.label == "Give posts per ask"]  # a preset
    widget(at, "Target").set_value("custom").run()
    widget(at, "Give posts per ask").set_value(6.5)
    widget(at, "Count replies").uncheck()
    widget(at, "Count reposts").check()
    submit(at, TARGET)

    assert alerts(at)["success"] == ["Saved: target custom (6.5:1)."]
    cfg = store.settings(WORKSPACE)
    assert (cfg.target, cfg.custom_ratio, cfg.count_replies, cfg.count_reposts) == (
        "custom", 6.5, False, True
    )  # fmt: skip


# --- you -------------------------------------------------------------------------------------
def test_your_name_is_saved_once_and_recorded_with_your_changes(app, seed, store, monkeypatch):
    seed()
    at = app("settings")
    widget(at, "Your name").input("Ana Lima")
    submit(at, "FormSubmitter:person-Save my name")
    assert at.success[0].value == "Saved: your changes are recorded as Ana Lima."
    submit(at, TARGET)
    assert [c.by for c in store.settings_changes(WORKSPACE)] == ["Ana Lima"]
    at.run()
    assert any("Settings last changed by Ana Lima" in c.value for c in at.caption)
    monkeypatch.setenv("GOODWILL_USER", "ci-bot")
    at = app("settings")
    assert not [w for w in at.main if getattr(w, "label", None) == "Your name"]
    assert any("recorded as ci-bot (set by GOODWILL_USER)" in c.value for c in at.caption)
