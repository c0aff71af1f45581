"""A workspace's settings, declared as data: each with its default and the help a person reads."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True)
class Target:
    key: str
    ratio: float  # give posts per ask post
    help: str

    @property
    def give_share(self) -> float:
        return self.ratio / (self.ratio + 1)

    @property
    def label(self) -> str:
        return f"{self.key} ({_ratio_text(self.ratio)} give : ask)"


def _ratio_text(ratio: float) -> str:
    return f"{ratio:g}:1"


TARGETS: dict[str, Target] = {
    t.key: t
    for t in (
        Target("80/20", 4.0, "Four in five posts give; one in five asks."),
        Target(
            "4-1-1",
            5.0,
            "Andrew Davis (Tippingpoint Labs) and Joe Pulizzi: for every self-serving post, "
            "four pieces written by others and one re-share of someone else's post. Five give "
            "posts per ask.",
        ),
        Target(
            "30/60/10",
            9.0,
            "Rallyverse (2014): 30% your own content, 60% curated from others, 10% promotion. "
            "Nine to one.",
        ),
        Target(
            "rule of thirds",
            2.0,
            "A third promotion, two thirds sharing and conversation.",
        ),
        Target(
            "jab-jab-jab-right-hook",
            3.0,
            "Gary Vaynerchuk's book gives no fixed count of jabs (value) before a right hook (an "
            "ask); 3:1 is its title's.",
        ),
        Target(
            "reddit 9:1",
            9.0,
            "Reddit's self-promotion guideline: for every self-promotional post, nine others, "
            "submissions or comments, that are not. Count your replies (Reddit comments) too.",
        ),
        Target("custom", 4.0, "Your own give : ask ratio."),
    )
}
DEFAULT_TARGET = "80/20"


@dataclass(frozen=True)
class Brand:
    """What is the author's own: decides whether a link is to their pricing page or to a peer."""

    name: str = ""
    domains: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    products: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Brand:
        data = data or {}

        def items(key: str) -> tuple[str, ...]:
            value = data.get(key) or ()
            if isinstance(value, str):
                value = value.replace("\n", ",").split(",")
            return tuple(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))

        return cls(
            name=str(data.get("name") or "").strip(),
            domains=items("domains"),
            handles=items("handles"),
            products=items("products"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    def names(self) -> tuple[str, ...]:
        """The brand's own names of three letters or more: its name as given, the name its posts
        use ("Acme Inc." posts as "Acme", "The Acme Company" as "Acme"), and its products."""
        found = [self.name, short_name(self.name), *self.products]
        return tuple(dict.fromkeys(n for n in found if len(n) >= 3))


# A company's legal form, which its registered name carries and its posts rarely do.
_LEGAL_FORM = re.compile(
    r"[\s,]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|sa|"
    r"s\.a|se|nv|n\.v|bv|b\.v|ab|oy|spa|s\.p\.a|srl|sas|pty|group|holdings?)\.?$",
    re.IGNORECASE,
)


def short_name(name: str) -> str:
    """The name without its legal forms and a leading "The": "The Acme Group, Inc." is "Acme"."""
    short = name.strip()
    while (trimmed := _LEGAL_FORM.sub("", short)) != short:
        short = trimmed
    if short.lower().startswith("the ") and len(short) > 4:
        short = short[4:]
    short = short.strip(" ,")
    return short if len(short) >= 3 and short.lower() != "the" else name.strip()


@dataclass(frozen=True)
class Settings:
    brand: Brand = field(
        default_factory=Brand,
        metadata={"help": "Your own name, domains, handles and products."},
    )
    target: str = field(
        default=DEFAULT_TARGET, metadata={"help": "The give : ask balance you aim for."}
    )
    custom_ratio: float = field(
        default=4.0, metadata={"help": "Give posts per ask, for the custom target."}
    )
    count_replies: bool = field(
        default=True, metadata={"help": "Count your replies to others in the balance."}
    )
    count_reposts: bool = field(
        default=False,
        metadata={"help": "Count reposts (retweets, boosts) in the balance."},
    )
    half_life_days: int = field(
        default=90, metadata={"help": "Days for unrenewed goodwill to fade by half."}
    )
    rolling_window: int = field(
        default=10,
        metadata={"help": "Posts in the rolling ratio a profile visitor sees."},
    )

    @property
    def ratio(self) -> float:
        if self.target == "custom":
            return max(float(self.custom_ratio), 0.1)
        return TARGETS.get(self.target, TARGETS[DEFAULT_TARGET]).ratio

    @property
    def target_text(self) -> str:
        name = self.target if self.target in TARGETS else DEFAULT_TARGET
        return f"{name} ({_ratio_text(self.ratio)})"

    def counted_kinds(self) -> set[str]:
        # "media" posts (a photo with no words) carry no give or ask to weigh.
        kinds = {"post", "quote", "article"}
        if self.count_replies:
            kinds.add("reply")
        if self.count_reposts:
            kinds.add("repost")
        return kinds

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["brand"] = self.brand.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Settings:
        """Settings from stored data: unknown keys ignored, missing or broken ones defaulted."""
        data = data or {}
        base = cls(brand=Brand.from_dict(data.get("brand")))
        updates: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "brand" or f.name not in data:
                continue
            default = getattr(base, f.name)
            if isinstance(default, bool) and not isinstance(data[f.name], bool):
                continue
            try:
                value = type(default)(data[f.name])
            except (TypeError, ValueError):
                continue
            updates[f.name] = value
        if updates.get("target") not in TARGETS:
            updates.pop("target", None)
        return replace(base, **updates)


def help_for(name: str) -> str:
    return next(f.metadata.get("help", "") for f in fields(Settings) if f.name == name)
