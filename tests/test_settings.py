"""core.settings: a workspace's settings declared as data, with defaults, help and safe loading."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from core.settings import TARGETS, Brand, Settings, help_for, short_name


def test_defaults() -> None:
    s = Settings()
    assert s.target == "80/20" and s.ratio == 4.0
    assert s.target_text == "80/20 (4:1)"
    assert s.counted_kinds() == {"post", "quote", "article", "reply"}


@pytest.mark.parametrize(
    ("target", "ratio"),
    [
        ("80/20", 4.0),
        ("4-1-1", 5.0),
        ("30/60/10", 9.0),
        ("rule of thirds", 2.0),
        ("jab-jab-jab-right-hook", 3.0),
        ("reddit 9:1", 9.0),
    ],
)
def test_named_targets(target: str, ratio: float) -> None:
    assert Settings(target=target).ratio == ratio
    assert TARGETS[target].give_share == pytest.approx(ratio / (ratio + 1))
    assert f"{ratio:g}:1 give : ask" in TARGETS[target].label


def test_custom_target_uses_its_own_ratio_with_a_floor() -> None:
    assert Settings(target="custom", custom_ratio=6.5).ratio == 6.5
    assert Settings(target="custom", custom_ratio=6.5).target_text == "custom (6.5:1)"
    assert Settings(target="custom", custom_ratio=0).ratio == 0.1


def test_replies_and_reposts_settings_change_what_counts() -> None:
    assert "reply" not in Settings(count_replies=False).counted_kinds()
    assert "repost" in Settings(count_reposts=True).counted_kinds()


def test_round_trip_through_json() -> None:
    s = Settings(
        brand=Brand(name="Acme", domains=("acme.io", "acme.dev"), handles=("@acme",)),
        target="custom",
        custom_ratio=3.5,
        count_replies=False,
        count_reposts=True,
        half_life_days=30,
        rolling_window=20,
    )
    assert Settings.from_dict(json.loads(json.dumps(s.to_dict()))) == s


def test_loading_ignores_unknown_keys_and_defaults_broken_values() -> None:
    s = Settings.from_dict(
        {
            "target": "no such target",
            "custom_ratio": "6",
            "count_replies": "yes",  # not a bool: ignored, not truthy
            "half_life_days": "ninety",
            "rolling_window": 12.0,
            "from_a_future_version": True,
        }
    )
    assert s.target == "80/20"
    assert s.custom_ratio == 6.0
    assert s.count_replies is True
    assert s.half_life_days == 90
    assert s.rolling_window == 12
    assert Settings.from_dict(None) == Settings() == Settings.from_dict({})


def test_brand_from_text_boxes_and_lists() -> None:
    brand = Brand.from_dict(
        {
            "name": " Acme ",
            "domains": "acme.io, acme.dev\nacme.io\n",
            "handles": ["@acme", " ", "@acme"],
        }
    )
    assert brand == Brand(name="Acme", domains=("acme.io", "acme.dev"), handles=("@acme",))
    assert Brand.from_dict(None) == Brand()
    assert brand.to_dict() == {
        "name": "Acme",
        "domains": ["acme.io", "acme.dev"],
        "handles": ["@acme"],
        "products": [],
    }


def test_every_setting_has_help() -> None:
    for f in fields(Settings):
        assert help_for(f.name), f.name


def test_presets_are_described_as_their_authors_wrote_them() -> None:
    assert "one re-share of someone else's post" in TARGETS["4-1-1"].help
    assert "own give" not in TARGETS["4-1-1"].help
    assert "Rallyverse (2014)" in TARGETS["30/60/10"].help and "Hootsuite" not in (
        TARGETS["30/60/10"].help
    )
    assert "no fixed count" in TARGETS["jab-jab-jab-right-hook"].help
    assert "nine others, submissions or comments" in TARGETS["reddit 9:1"].help


@pytest.mark.parametrize(
    ("given", "short"),
    [
        ("Pfizer Inc.", "Pfizer"),
        ("The Coca-Cola Company", "Coca-Cola"),
        ("Nike, Inc.", "Nike"),
        ("The Acme Group, Inc.", "Acme"),
        ("Siemens AG", "Siemens"),
        ("Acme", "Acme"),
        ("GE Company", "GE Company"),  # two letters are too few to be a name
        ("The Co", "The Co"),
    ],
)
def test_the_name_a_company_posts_under(given: str, short: str) -> None:
    assert short_name(given) == short


def test_a_brands_names_are_its_name_its_short_name_and_its_products() -> None:
    brand = Brand(name="Pfizer Inc.", products=("Advil", "Pfizer Inc.", "Rx"))
    assert brand.names() == ("Pfizer Inc.", "Pfizer", "Advil")
