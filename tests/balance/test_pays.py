"""Does giving pay? Medians, ratios and the seeded bootstrap interval, on frames checked by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.balance import pays
from tests.frames import posts_frame


def frame(give: list[int | None], ask: list[int | None], source: str = "x") -> pd.DataFrame:
    day = pd.Timestamp("2026-01-01 09:00")
    rows = [{"at": day + pd.Timedelta(days=i), "label": "give", "likes": v, "source": source}
            for i, v in enumerate(give)]  # fmt: skip
    rows += [{"at": day + pd.Timedelta(days=i, hours=1), "label": "ask", "likes": v,
              "source": source} for i, v in enumerate(ask)]  # fmt: skip
    return posts_frame(rows)


def only(found: list[pays.Pay], platform: str = pays.ALL, measure: str = "likes") -> pays.Pay:
    [hit] = [p for p in found if p.platform == platform and p.measure == measure]
    return hit


def test_a_three_post_fixture_gives_the_interval_worked_out_by_hand() -> None:
    # Gives [2, 2, 2]: every resample's median is 2. Asks [1, 3, 3]: a resample's median is 1
    # when two or three of its three draws are the 1, P = 3·(1/3)²·(2/3) + (1/3)³ = 7/27 ≈ 26%,
    # else 3. So the ratio is 2 (26%) or 2/3 (74%): its 5th percentile is 2/3, its 95th is 2.
    found = only(pays.pays(frame([2, 2, 2], [1, 3, 3])))
    assert (found.give_median, found.ask_median) == (2, 3)
    assert found.ratio == pytest.approx(2 / 3)
    assert found.low == pytest.approx(2 / 3)
    assert found.high == pytest.approx(2)
    assert (found.n_give, found.n_ask) == (3, 3)


def test_constant_counts_give_an_interval_of_one_point() -> None:
    found = only(pays.pays(frame([10] * 12, [5] * 12)))
    assert (found.ratio, found.low, found.high) == (2, 2, 2)
    assert found.enough and found.clear == "more"


def test_the_interval_is_the_same_every_run_and_holds_the_ratio() -> None:
    rng = np.random.default_rng(7)
    posts = frame(list(rng.integers(0, 50, 40)), list(rng.integers(0, 30, 25)))
    first, second = only(pays.pays(posts)), only(pays.pays(posts))
    assert first == second  # seeded
    assert first.low <= first.ratio <= first.high
    other = only(pays.pays(posts, seed=99))
    assert other.ratio == first.ratio  # the seed moves the interval only
    assert first.n_give == 40 and first.n_ask == 25


def test_missing_counts_are_left_out_not_read_as_zero() -> None:
    found = only(pays.pays(frame([4, 4, None, None], [2, 2, None])))
    assert (found.n_give, found.n_ask) == (2, 2)
    assert found.give_median == 4 and found.ratio == 2


def test_each_platform_gets_its_own_figure() -> None:
    posts = frame([10, 10, 10], [5, 5, 5], "x")
    posts = pd.concat([posts, frame([3, 3], [3, 3], "bluesky")], ignore_index=True)
    found = pays.pays(posts)
    assert only(found, "x").ratio == 2
    assert only(found, "bluesky").ratio == 1
    assert only(found).n_give == 5 and only(found).give_median == 10


def test_one_platform_repeats_the_all_figure_exactly() -> None:
    posts = frame([1, 5, 9, 2], [1, 2, 3, 4], "x")
    posts = pd.concat([posts, frame([None], [None], "feed")], ignore_index=True)  # no counts
    found = pays.pays(posts)
    every, x = only(found), only(found, "x")
    assert (x.ratio, x.low, x.high) == (every.ratio, every.low, every.high)


def test_a_zero_ask_median_leaves_the_ratio_unbounded() -> None:
    found = only(pays.pays(frame([4, 4, 4], [0, 0, 0])))
    assert found.ratio is None and found.high is None
    assert pays.ratio_of(0, 0) == 1


def test_a_side_with_one_post_gives_no_figure() -> None:
    assert pays.pays(frame([4, 4, 4], [1])) == []


def test_the_verdict_says_too_few_posts_below_ten_a_side() -> None:
    sentence = pays.verdict(pays.pays(frame([10] * 12, [5] * 4)))
    assert sentence.startswith("Too few posts to tell")
    assert "12 give and 4 ask posts" in sentence


def test_the_verdict_names_a_clear_difference_and_what_it_cannot_show() -> None:
    sentence = pays.verdict(pays.pays(frame([10] * 12, [5] * 12)))
    assert "your give posts earn more likes than your asks" in sentence
    assert "not an experiment" in sentence


def test_the_verdict_says_chance_when_every_interval_holds_one() -> None:
    values = [1, 9, 2, 8, 3, 7, 4, 6, 5, 5, 1, 9]
    sentence = pays.verdict(pays.pays(frame(values, list(reversed(values)))))
    assert "every 90% interval includes 1" in sentence


def test_no_counts_at_all_is_said_plainly() -> None:
    assert "cannot be measured" in pays.verdict([])


def test_records_have_the_report_fields() -> None:
    records = pays.records(pays.pays(frame([2, 2, 2], [1, 3, 3])))
    [record] = [r for r in records if r["platform"] == pays.ALL]
    assert list(record) == [
        "measure", "platform", "give_median", "ask_median", "ratio", "low", "high", "n_give",
        "n_ask",
    ]  # fmt: skip
    assert record["ratio"] == 0.6667 and record["high"] == 2.0


def test_references_cite_both_studies() -> None:
    cited = " ".join(r.cite for r in pays.REFERENCES)
    assert "Management Science" in cited and "2018" in cited
    assert "CSCW 2010" in cited
    findings = " ".join(r.finding for r in pays.REFERENCES)
    assert "106,316" in findings and "782" in findings
    assert "112" in findings and "42" in findings


def test_a_count_of_people_lost_reads_the_other_way(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"at": f"2026-01-{i + 1:02d} 09:00", "label": lab, "source": "x"}
            for i, lab in enumerate(["give"] * 12 + ["ask"] * 12)]  # fmt: skip
    posts = posts_frame(rows)
    posts["unsubscribes"] = pd.array([1] * 12 + [4] * 12, dtype="Int64")
    posts["likes"] = pd.array([10] * 12 + [10] * 12, dtype="Int64")
    # a newsletter's unsubscribes per campaign, whichever import brings them
    monkeypatch.setattr(pays.engagement, "available", lambda frame: ["likes", "unsubscribes"])
    sentence = pays.verdict(pays.pays(posts))
    assert "your asks lose more people (unsubscribes) than your give posts" in sentence
    assert "in likes the difference is within chance" in sentence


def test_past_max_side_the_interval_comes_from_a_sample_and_still_holds_the_ratio(
    monkeypatch,
) -> None:
    rng = np.random.default_rng(3)
    posts = frame(list(rng.integers(0, 50, 400)), list(rng.integers(0, 30, 300)))
    whole = only(pays.pays(posts))
    monkeypatch.setattr(pays, "MAX_SIDE", 100)
    sampled = only(pays.pays(posts))
    assert sampled == only(pays.pays(posts))  # seeded, sample and all
    assert (sampled.give_median, sampled.ask_median, sampled.n_give) == (
        whole.give_median,
        whole.ask_median,
        400,
    )  # fmt: skip: the medians and counts are of every post
    assert sampled.low <= sampled.ratio <= sampled.high
    assert sampled.high - sampled.low >= whole.high - whole.low  # a sample's is not narrower
