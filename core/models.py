"""Domain models shared by every stage: Article, Claim and the small types they use."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Category(StrEnum):
    TROOPS = "troops"
    CASUALTIES = "casualties"
    ARTILLERY = "artillery"
    ROCKET_LAUNCHERS = "rocket_launchers"
    MISSILES = "missiles"
    AMMUNITION = "ammunition"
    DRONES = "drones"
    VEHICLES = "vehicles"
    WORKERS = "workers"
    TECHNOLOGY_TRANSFER = "technology_transfer"
    OTHER = "other"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UP_TO = "up_to"
    FEWER_THAN = "fewer_than"


class Status(StrEnum):
    REPORTED = "reported"
    PLANNED = "planned"
    DENIED = "denied"


class ConflictKind(StrEnum):
    """Why two figures conflict (data; compose words it at render time)."""

    DISJOINT = "disjoint"  # the hedged ranges of two totals of one time cannot both hold


class Direction(StrEnum):
    NK_TO_RU = "nk_to_ru"
    RU_TO_NK = "ru_to_nk"


class Article(BaseModel):
    """One article, its text already cleaned of page noise."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    origin: str | None = Field(default=None, description="file path or URL the article was read from")
    unasserted: str = Field(
        default="",
        description="lines the cleaner dropped as not the page's own word (a claim a fact check rates false): read "
        "for what the page is about, never for its claims",
    )


class Claim(BaseModel):
    """One quantified (or explicitly unquantified) piece of military support asserted by an article.

    The first fields are the gold schema of the team's annotated corpus; `article`, `span` and
    `confidence` are provenance added by the engine.
    """

    model_config = ConfigDict(frozen=True)

    category: Category
    subtype: str
    direction: Direction
    value: int | None = None
    value_max: int | None = None
    qualifier: Qualifier | None = None
    unit: str | None = None
    status: Status = Status.REPORTED
    incremental: bool = False
    period: str | None = None
    source: str | None = None
    quote: str
    article: str
    span: tuple[int, int] = Field(description="character span of `quote` in the article's cleaned text")
    confidence: float = Field(ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _check_value_fields(self) -> Claim:
        if self.value is None and (self.qualifier is not None or self.value_max is not None):
            raise ValueError("a claim without a value takes no qualifier or value_max")
        if self.value_max is not None and self.value is not None and self.value_max < self.value:
            raise ValueError("value_max is below value")
        return self


# The fields of a claim in the team's gold schema, in its order (`nk-aid extract --format json`, the store's columns).
GOLD_FIELDS = (
    "category",
    "subtype",
    "direction",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "status",
    "incremental",
    "period",
    "source",
    "quote",
)


class Skip(BaseModel):
    """An input that produced no article, and why (one line)."""

    source: str
    reason: str


class HedgeCount(BaseModel):
    """One wording of a figure and how many reports (near-duplicates once) use it."""

    hedge: Qualifier | None
    reports: int


class Estimate(BaseModel):
    """One finding as a briefing shows it: the figure, who stands behind it, and the sentence that says it."""

    series: str = Field(description="what is counted, e.g. 'long-range artillery', 'killed'")
    category: Category
    subtype: str
    value: int | None
    value_max: int | None = None
    hedge: Qualifier | None = None
    unit: str | None = None
    status: Status
    incremental: bool
    direction: Direction
    reported_on: date | None = Field(description="when the figure was first reported (or of an earlier estimate)")
    as_of: date | None = Field(default=None, description="the date the quoted report's figure refers to")
    hedges: list[HedgeCount] = Field(default=[], description="every hedge the reports use, most used first")
    source: str | None = Field(description="the source of the quoted report, as the claim names it")
    origin: str | None = Field(default=None, description="the authority whose figure it is (source without person/via)")
    person: str | None = None
    via: str | None = Field(default=None, description="the outlet that relayed the authority")
    authorities: list[str] = Field(description="independent authorities that reported this figure")
    reports: int = Field(description="articles that reported it (echoes included)")
    outlets: int
    outlet_names: list[str] = Field(default=[], description="every outlet that published a report of it")
    quote: str
    figure_span: tuple[int, int] | None = Field(default=None, description="where `quote` states the figure")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    sample: bool = Field(default=False, description="the quoted report is bundled sample data, not a real article")
    first_ingested: datetime | None = None


class Series(BaseModel):
    """The estimates of one thing over time, oldest first; `headline` is the one to state."""

    name: str
    category: Category
    points: list[Estimate]
    headline: Estimate


class Conflict(BaseModel):
    """Two figures for the same thing and time that cannot both be right, even with their hedges."""

    series: str
    kind: ConflictKind = Field(
        default=ConflictKind.DISJOINT, description="why: 'disjoint' = hedged ranges of one time cannot meet"
    )
    days_apart: int | None = None
    a: Estimate
    b: Estimate


class ArticleLink(BaseModel):
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    sample: bool = False


class Briefing(BaseModel):
    """The current picture for a topic: platform-neutral, rendered by core.compose.render and the adapters."""

    topic: str
    categories: list[Category]
    generated_at: datetime
    since: date | None = None
    headlines: list[Estimate] = Field(description="reported totals: the latest figure from the best source, per series")
    additions: list[Estimate] = Field(description="figures reported as additions ('3,000 more'), never summed")
    planned: list[Estimate] = Field(description="expected, planned or possible deliveries")
    denied: list[Estimate] = []
    unquantified: list[Estimate] = Field(default=[], description="items reported without a figure")
    history: list[Series] = Field(description="series with more than one estimate, oldest first")
    conflicts: list[Conflict] = []
    new: list[Estimate] = Field(default=[], description="estimates first reported on or after `since`")
    sources: list[ArticleLink] = []
