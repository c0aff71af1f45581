"""core.sources.dates: every export's timestamps as aware UTC, or None."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.sources.dates import from_format, from_unix, parse_iso


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-11-13T01:13:27Z", datetime(2022, 11, 13, 1, 13, 27, tzinfo=UTC)),
        ("2019-07-26T20:48:19.814Z", datetime(2019, 7, 26, 20, 48, 19, 814000, tzinfo=UTC)),
        ("2024-01-01T02:00:00+02:00", datetime(2024, 1, 1, tzinfo=UTC)),
        ("2024-01-01T00:00:00.123456789z", datetime(2024, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)),
        ("2024-01-01 00:00:00", datetime(2024, 1, 1, tzinfo=UTC)),  # naive: UTC
        (" 2024-01-01T00:00:00Z ", datetime(2024, 1, 1, tzinfo=UTC)),
        ("2024-13-01T00:00:00Z", None),
        ("0000-01-01T00:00:00Z", None),
        ("", None),
        (None, None),
        (12, None),
    ],
)
def test_parse_iso_lenient(value: object, expected: datetime | None) -> None:
    assert parse_iso(value) == expected


def test_strict_is_the_atproto_profile() -> None:
    assert parse_iso("1985-04-12T23:20:50.123Z", strict=True) is not None
    for bad in (
        "1985-04-12 23:20:50Z",
        "1985-04-12T23:20:50",
        "1985-04-12T23:20:50Z ",
        "1985-04-12T23:20:50.123-00:00",
        "1985-04-12T23:20:50.123z",
    ):
        assert parse_iso(bad, strict=True) is None, bad


def test_from_unix_and_from_format() -> None:
    assert from_unix(1325790129) == datetime(2012, 1, 5, 19, 2, 9, tzinfo=UTC)
    assert from_unix("1325790129") == datetime(2012, 1, 5, 19, 2, 9, tzinfo=UTC)
    assert from_unix(True) is None and from_unix("soon") is None and from_unix(1e20) is None
    assert from_format("08/02/2025 18:30", "%Y", "%m/%d/%Y %H:%M") == datetime(
        2025, 8, 2, 18, 30, tzinfo=UTC
    )
    assert from_format("2013-09-07 05:27:57 +0200", "%Y-%m-%d %H:%M:%S %z") == datetime(
        2013, 9, 7, 3, 27, 57, tzinfo=UTC
    )
    assert from_format("", "%Y") is None


LINKEDIN_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (" 2024-02-29 23:59:59 ", datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC)),
        ("2024-02-29 23:59", datetime(2024, 2, 29, 23, 59, tzinfo=UTC)),
        ("2024-02-29T07:08:09", datetime(2024, 2, 29, 7, 8, 9, tzinfo=UTC)),
        ("2024-2-9 7:08:09", datetime(2024, 2, 9, 7, 8, 9, tzinfo=UTC)),  # strptime reads it
        ("2024-02-09  07:08:09", datetime(2024, 2, 9, 7, 8, 9, tzinfo=UTC)),
        ("2023-02-29 10:00:00", None),
        ("2024-13-01 10:00:00", None),
        ("2024-01-01 24:00:00", None),
        ("2024-01-01 10:00:60", None),
        ("2024-01-01 10:00:00Z", None),
        ("2024-01-01t10:00:00", datetime(2024, 1, 1, 10, tzinfo=UTC)),  # strptime ignores case
    ],
)
def test_from_format_reads_exact_and_loose_writings_alike(
    value: str, expected: datetime | None
) -> None:
    assert from_format(value, *LINKEDIN_FORMATS) == expected
