"""core.sources.mailchimp: the campaign report CSV, one post per campaign from its subject, with
opens, clicks and unsubscribes; unsubscribes and recipients also kept per send day."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core import ingest
from core.sources.sniff import parse_upload
from core.store import Store

HEADER = ("Unique Id,Title,Subject,Send Date,Send Weekday,Total Recipients,Successful Deliveries,"
          "Total Bounces,Unique Opens,Open Rate,Total Opens,Unique Clicks,Click Rate,Total Clicks,"
          "Unsubscribes,Total Orders,Total Gross Sales,Total Revenue")  # fmt: skip
ROWS = [
    '8a1f2e,March news,"Five ways to brew better coffee at home","Mar 05, 2026 09:00 am",'
    "Thursday,1200,1190,10,540,45.38%,800,120,10.08%,150,3,0,$0.00,$0.00",
    '8a1f2f,Sale,"Spring sale: 20% off every bag, this week only","Mar 12, 2026 09:00 am",'
    "Thursday,1210,1200,10,400,33.33%,600,90,7.50%,110,14,12,$300.00,$300.00",
    '8a1f30,Draft,"Not sent yet",,,,,,,,,,,,,,,',
]


def report() -> bytes:
    return ("\ufeff" + "\n".join([HEADER, *ROWS]) + "\n").encode()


def test_campaigns_are_posts_of_their_subject_with_opens_clicks_and_unsubscribes() -> None:
    [result] = parse_upload("campaigns.csv", report())
    assert result.format == "Mailchimp"
    news, sale = result.posts
    assert (news.id, news.source, news.text) == (
        "mailchimp:8a1f2e", "mailchimp", "Five ways to brew better coffee at home")  # fmt: skip
    assert news.published_at == datetime(2026, 3, 5, 9, tzinfo=UTC)
    assert sale.engagement == {"opens": 400, "clicks": 90, "unsubscribes": 14}
    assert result.skipped == {"not sent (no send date)": 1}
    figures = {(m.day, m.measure): m.value for m in result.measures}
    assert figures == {
        (date(2026, 3, 5), "unsubscribes"): 3, (date(2026, 3, 12), "unsubscribes"): 14,
        (date(2026, 3, 5), "recipients"): 1200, (date(2026, 3, 12), "recipients"): 1210,
    }  # fmt: skip


def test_unsubscribes_reach_the_store_by_day_and_by_campaign(store: Store) -> None:
    store.create_workspace("News")
    report_ = ingest.import_bytes(store, "News", "campaigns.csv", report())
    assert report_.ok, report_.describe()
    frame = store.measures("News")
    unsubscribes = frame[frame["measure"] == "unsubscribes"]
    assert unsubscribes["value"].tolist() == [3.0, 14.0]
    assert set(unsubscribes["source"]) == {"mailchimp"}
    posts = store.posts("News")
    assert sorted(posts["unsubscribes"].tolist()) == [3, 14]
