"""The one declaration of every tariffwire table.

Writers, DuckDB views, data-quality checks and docs/data-dictionary.md are all
derived from the declarations below; change a table here and nowhere else.
Bump a table's ``version`` when its columns change.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")
STATUSES = ("threatened", "proposed", "planned", "in_force", "paused", "reduced", "removed", "unknown")
SOURCES = ("body", "headline")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    doc: str
    accepted: tuple | None = None           # accepted values, checked in warehouse/checks
    references: str | None = None          # "table.column" this column points at


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    grain: str                              # "one row per ..."
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    version: int = 1
    replace_by: str = "article_id"          # column whose values a re-load replaces
    internal: bool = False

    @property
    def schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns],
            metadata={"tariffwire.table": self.name, "tariffwire.version": str(self.version)},
        )

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _c(name: str, type_: pa.DataType, nullable: bool, doc: str, **kw) -> Column:
    return Column(name, type_, nullable, doc, **kw)


_ARTICLE_ID = _c("article_id", pa.string(), False,
                 "Article version id: first 16 hex digits of SHA-256 over the file's path relative to the input "
                 "root, a NUL byte, and the file's content hash.", references="articles.article_id")
_SOURCE = _c("source", pa.string(), False,
             "Where the text came from: 'body' (the article) or 'headline' (a related headline).",
             accepted=SOURCES)
_HEADLINE_POS = _c("headline_position", pa.int32(), False,
                   "1-based position of the related headline the row comes from; 0 for the body.")
_CHAR_START = _c("char_start", pa.int32(), False,
                 "Offset (Python str index, inclusive) of the evidence in the body text, or in the headline text "
                 "for source 'headline'.")
_CHAR_END = _c("char_end", pa.int32(), False, "Offset (exclusive) matching char_start.")
_RULE = _c("rule_id", pa.string(), False, "Id of the extraction rule that produced the row.")

ARTICLES = Table(
    name="articles",
    doc="Articles loaded from the input folder, after decoding and splitting off the related headlines.",
    grain="one row per input file in its current version (a changed file replaces its row)",
    key=("article_id",),
    replace_by="file_path",
    columns=(
        _c("article_id", pa.string(), False, _ARTICLE_ID.doc),
        _c("file_name", pa.string(), False, "File name without folders, e.g. '000_549d31f8cc5d14c5.txt'."),
        _c("file_path", pa.string(), False, "Path relative to the input root, '/'-separated."),
        _c("seq_no", pa.int32(), True, "Sequence number from a 'NNN_<hex>.txt' file name; null otherwise."),
        _c("source_key", pa.string(), True, "Hex key from a 'NNN_<hex>.txt' file name; null otherwise."),
        _c("content_sha256", pa.string(), False, "SHA-256 of the raw file bytes (hex): the article version."),
        _c("size_bytes", pa.int64(), False, "Size of the raw file in bytes."),
        _c("file_mtime_ns", pa.int64(), False, "File modification time when read (ns since the epoch); with "
           "size_bytes it lets a nightly run skip unchanged files without reading them."),
        _c("encoding", pa.string(), False, "Encoding the bytes were decoded with.",
           accepted=("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1252", "latin-1")),
        _c("newline", pa.string(), False, "Line ends found in the raw file.",
           accepted=("lf", "crlf", "cr", "mixed", "none")),
        _c("layout", pa.string(), False, "How body and related headlines were told apart.",
           accepted=("seed_lines", "blank_paragraphs", "label", "body_only", "headlines_only")),
        _c("headline_label", pa.string(), True, "The label line before the headlines ('Related:'), if any."),
        _c("published_at", TS, True, "Publication time (UTC) from the sidecar manifest; null when unknown."),
        _c("published_at_source", pa.string(), False,
           "Where published_at came from: the sidecar file name ('manifest.jsonl', 'manifest.csv') or 'none'."),
        _c("url", pa.string(), True, "Article URL from the sidecar manifest."),
        _c("outlet", pa.string(), True, "Publisher from the sidecar manifest ('source' field)."),
        _c("body_text", pa.string(), False, "The article body as stored; every body offset points into it."),
        _c("body_chars", pa.int32(), False, "Length of body_text in characters."),
        _c("paragraph_count", pa.int32(), False, "Paragraphs in the body."),
        _c("sentence_count", pa.int32(), False, "Sentences in the body."),
        _c("headline_count", pa.int32(), False, "Related headlines split off the body."),
        _c("tariff_mention_count", pa.int32(), False, "Rows in tariff_mentions from the body."),
        _c("run_id", pa.string(), False, "Run that loaded this version.", references="runs.run_id"),
        _c("extractor_version", pa.string(), False, "Version of the transforms that produced the rows."),
        _c("loaded_at", TS, False, "When the run loaded this version (UTC)."),
    ),
)

RELATED_HEADLINES = Table(
    name="related_headlines",
    doc="Related headlines listed after the article (a page's sidebar), split off the body.",
    grain="one row per related headline per article",
    key=("article_id", "position"),
    columns=(
        _ARTICLE_ID,
        _c("position", pa.int32(), False, "1-based position in the list."),
        _c("headline", pa.string(), False, "Headline text, bullet and surrounding spaces removed."),
        _c("char_start", pa.int32(), False, "Offset of the headline in the decoded file text."),
        _c("char_end", pa.int32(), False, "Offset (exclusive) matching char_start."),
    ),
)

TARIFF_MENTIONS = Table(
    name="tariff_mentions",
    version=2,
    doc="Tariff facts stated in an article: a rate, who imposes it on whom and on what, status and timing. "
        "A sentence naming several products or targets gives one row each.",
    grain="one row per tariff fact (rate x imposer x target x product) per sentence per article",
    key=("article_id", "source", "headline_position", "mention_index"),
    columns=(
        _ARTICLE_ID, _SOURCE, _HEADLINE_POS,
        _c("mention_index", pa.int32(), False, "0-based order of the row within its text."),
        _c("rate_pct", pa.float64(), True, "Tariff rate in percent; the upper bound for a range or ceiling."),
        _c("rate_min_pct", pa.float64(), True, "Lower bound of a stated range ('between 10% and 25%')."),
        _c("rate_max_pct", pa.float64(), True, "Upper bound of a range or ceiling ('as high as 50%')."),
        _c("prior_rate_pct", pa.float64(), True, "Rate before a stated change ('to 30% from 145%' gives 145)."),
        _c("rate_kind", pa.string(), False, "Shape of the rate expression.",
           accepted=("single", "ceiling", "range", "change")),
        _c("is_additional", pa.bool_(), False, "True for 'an additional/a further/an extra N%'."),
        _c("imposer", pa.string(), True, "Country imposing the tariff: ISO 3166-1 alpha-2, 'EU', or a former "
           "country's ISO 3166-3 code."),
        _c("imposer_inferred", pa.bool_(), False, "True when the imposer was taken from the article's context."),
        _c("target", pa.string(), True, "Country whose goods are hit (same codes), or 'ALL' for every origin."),
        _c("target_inferred", pa.bool_(), False, "True when the target was taken from the article's context."),
        _c("product", pa.string(), True, "Canonical product key (see transforms/lexicon_products.py); "
           "null when the tariff covers goods in general."),
        _c("product_text", pa.string(), True, "Words the product was named with."),
        _c("hs_code", pa.string(), True, "Harmonized System chapter or heading: as written in the sentence, "
           "else mapped from the product words where unambiguous, else null."),
        _c("hs_code_inferred", pa.bool_(), False, "True when hs_code was mapped from the product words rather than "
           "written in the text (false when hs_code is null)."),
        _c("status", pa.string(), False, "Status read from the wording.", accepted=STATUSES),
        _c("status_cue", pa.string(), True, "Words the status was read from."),
        _c("effective_text", pa.string(), True, "Date expression for when the tariff takes effect ('July')."),
        _c("effective_date", pa.date32(), True, "effective_text resolved against published_at: first day of "
           "the period; null when unresolved."),
        _c("effective_grain", pa.string(), True, "Grain of effective_date.", accepted=("day", "month", "year")),
        _c("effective_date_inferred", pa.bool_(), False, "True when the date was stated in another sentence of "
           "the article (\"The tariffs take effect on April 9.\") rather than in the fact's own sentence."),
        _c("rate_text", pa.string(), False, "The rate expression as written ('as high as 50%')."),
        _c("sentence", pa.string(), False, "The sentence (or headline) stating the fact."),
        _c("sentence_index", pa.int32(), False, "0-based index of the sentence in its text."),
        _CHAR_START, _CHAR_END, _RULE,
    ),
)

PEOPLE = Table(
    name="people",
    doc="People named in an article, with the role and country stated for them. Surname-only mentions "
        "('Lutnick') are linked to the full name.",
    grain="one row per person per text (the body, or one related headline) per article",
    key=("article_id", "source", "headline_position", "name"),
    columns=(
        _ARTICLE_ID, _SOURCE, _HEADLINE_POS,
        _c("name", pa.string(), False, "Full name as first written."),
        _c("role", pa.string(), True, "Office or title as written, without country words ('Commerce Secretary')."),
        _c("country", pa.string(), True, "Country the person serves or represents (ISO alpha-2 or 'EU')."),
        _c("mention_count", pa.int32(), False, "Mentions of the person in the text, full name or surname."),
        _c("char_start", pa.int32(), False, "Offset of the first mention."),
        _c("char_end", pa.int32(), False, "Offset (exclusive) of the first mention."),
        _RULE,
    ),
)

ENTITY_MENTIONS = Table(
    name="entity_mentions",
    doc="Countries, cities, organizations, named events, dates and money amounts mentioned in an article.",
    grain="one row per entity mention per text per article",
    key=("article_id", "source", "headline_position", "entity_type", "char_start"),
    columns=(
        _ARTICLE_ID, _SOURCE, _HEADLINE_POS,
        _c("entity_type", pa.string(), False, "Kind of entity.",
           accepted=("country", "city", "organization", "event", "date", "money")),
        _c("text", pa.string(), False, "The words as written."),
        _c("normalized", pa.string(), True, "Normalised value: ISO country code (for countries and the country "
           "of a city), the organization or event name, ISO date (dates), currency code (money)."),
        _c("via", pa.string(), True, "How it was recognised: name, code, demonym, capital, city (places)."),
        _c("amount", pa.float64(), True, "Money amount in currency units (money only)."),
        _c("date_value", pa.date32(), True, "Resolved date, first day of its grain (dates only)."),
        _c("date_grain", pa.string(), True, "Grain of date_value.", accepted=("day", "month", "year")),
        _CHAR_START, _CHAR_END, _RULE,
    ),
)

QUOTES = Table(
    name="quotes",
    doc="Direct quotations in an article with the person they are attributed to.",
    grain="one row per quotation per article",
    key=("article_id", "quote_index"),
    columns=(
        _ARTICLE_ID,
        _c("quote_index", pa.int32(), False, "0-based order in the body."),
        _c("quote", pa.string(), False, "The quoted words, without quote marks."),
        _c("speaker", pa.string(), True, "Full name of the speaker when attributable."),
        _CHAR_START, _CHAR_END, _RULE,
    ),
)

QUARANTINE = Table(
    name="quarantine",
    doc="Input files that could not be loaded, with the reason. A file that loads later leaves quarantine.",
    grain="one row per input file that is currently not loadable",
    key=("file_path",),
    replace_by="file_path",
    columns=(
        _c("file_path", pa.string(), False, "Path relative to the input root, '/'-separated."),
        _c("content_sha256", pa.string(), True, "SHA-256 of the bytes read; null when they could not be read."),
        _c("size_bytes", pa.int64(), True, "Size of the file in bytes, when known."),
        _c("file_mtime_ns", pa.int64(), True, "File modification time when seen (ns since the epoch)."),
        _c("reason_code", pa.string(), False, "Why the file was not loaded.",
           accepted=("empty", "whitespace_only", "binary", "undecodable", "unreadable", "too_large",
                     "outside_root", "extract_error", "line_too_long", "too_many_headlines", "vanished",
                     "changed_while_reading", "not_regular_file")),
        _c("message", pa.string(), False, "What went wrong, in words."),
        _c("excerpt", pa.string(), True, "The first bytes of the file, escaped and bounded (200 characters)."),
        _c("run_id", pa.string(), False, "Run that quarantined the file.", references="runs.run_id"),
        _c("quarantined_at", TS, False, "When (UTC)."),
    ),
)

RUNS = Table(
    name="runs",
    doc="Pipeline runs: what each read, wrote and how long each stage took.",
    grain="one row per run",
    key=("run_id",),
    replace_by="run_id",
    columns=(
        _c("run_id", pa.string(), False, "Run id (UTC start time and a random suffix)."),
        _c("flow_run_id", pa.string(), True, "Prefect flow run id, when run under Prefect."),
        _c("started_at", TS, False, "Start (UTC)."),
        _c("finished_at", TS, False, "End (UTC)."),
        _c("status", pa.string(), False, "Outcome.", accepted=("succeeded", "failed")),
        _c("error", pa.string(), True, "Why the run failed."),
        _c("input_root", pa.string(), False, "Input folder read."),
        _c("extractor_version", pa.string(), False, "Version of the transforms."),
        _c("full_refresh", pa.bool_(), False, "Whether every file was re-extracted on request."),
        _c("files_seen", pa.int64(), False, "Input files listed."),
        _c("files_new", pa.int64(), False, "Files never loaded before."),
        _c("files_changed", pa.int64(), False, "Files whose size, time or content changed."),
        _c("files_reextracted", pa.int64(), False, "Unchanged files re-extracted (new extractor or refresh)."),
        _c("files_unchanged", pa.int64(), False, "Files skipped as already loaded."),
        _c("files_quarantined", pa.int64(), False, "Files of this run that went to quarantine."),
        _c("rows_written", pa.string(), False, "Rows written per table by this run, as JSON."),
        _c("stage_seconds", pa.string(), False, "Wall seconds per stage, as JSON."),
        _c("checks_failed", pa.int32(), False, "Data-quality checks that failed."),
    ),
)

TABLES: tuple[Table, ...] = (ARTICLES, RELATED_HEADLINES, TARIFF_MENTIONS, PEOPLE, ENTITY_MENTIONS, QUOTES,
                             QUARANTINE, RUNS)
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
