"""Score a loaded warehouse against gold labels (tests/corpus/*/NNN_*.gold.json).

Facts are compared as sets per article (each distinct fact once, as the gold
files list them), then true/false positives and misses are summed over all
articles (micro-averaged precision, recall, F1). The gold format is described
in tests/corpus/README.md.
"""
from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pycountry

from transforms.lexicon_titles import SUBDIVISION_ALIASES
from transforms.people import is_town
from warehouse.duck import DB_NAME

# Tariff fact levels: each adds fields to the one before.
TARIFF_LEVELS: dict[str, tuple[str, ...]] = {
    "tariff rate": ("rate_pct",),
    # one field at a time beside the rate: which field the cumulative rows below lose on
    "tariff rate+imposer": ("rate_pct", "imposer"),
    "tariff rate+target": ("rate_pct", "target"),
    "tariff rate+product": ("rate_pct", "product"),
    "tariff rate+status": ("rate_pct", "status"),
    "tariff rate+imposer+target": ("rate_pct", "imposer", "target"),
    "tariff +product": ("rate_pct", "imposer", "target", "product"),
    "tariff +status (full fact)": ("rate_pct", "imposer", "target", "product", "status"),
    "tariff +bounds+prior": ("rate_pct", "imposer", "target", "product", "rate_min_pct", "rate_max_pct",
                             "prior_rate_pct"),
    "tariff +effective date": ("rate_pct", "imposer", "target", "product", "effective_date"),
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleDiff:
    file: str
    misses: dict[str, list] = field(default_factory=dict)
    false_hits: dict[str, list] = field(default_factory=dict)


@dataclass
class Evaluation:
    articles: int
    scores: dict[str, Score]
    negatives: int
    false_tariffs_on_negatives: int
    headline_split_exact: int
    diffs: list[ArticleDiff]

    def as_dict(self) -> dict:
        return {
            "articles": self.articles, "negatives": self.negatives,
            "false_tariffs_on_negatives": self.false_tariffs_on_negatives,
            "headline_split_exact": self.headline_split_exact,
            "scores": {k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                           "tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in self.scores.items()},
        }


def norm_text(s: str | None) -> str | None:
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u2018", "'")
    s = " ".join(s.split()).casefold()
    for prefix in ("the ",):
        if s.startswith(prefix):
            s = s[len(prefix):]
    return s.replace("u.s. ", "").strip(" .,'")


def same_role(gold_role: str | None, got_role: str | None, organizations: Iterable[str]) -> bool:
    """One title, written with or without the organisation before it.

    The labeling rule (tests/corpus/README.md) keeps an organisation written as part of a title ("White House
    economic adviser", "Nissan chief executive"); writers of the held-out specification split on it and
    often drop it. Both forms are the title as written, so they match when the extra words in front are one of
    the article's labeled organisations or the first words of one ("Commerce" of "Commerce Department").
    The same holds for a region or a city in front ("Quebec premier", "Oregon attorney general", "Windsor
    mayor"; settled in session 8): older labels keep it, newer ones drop it. Anything else (a deputy, a
    portfolio, "former") has to match exactly.
    """
    g, p = norm_text(gold_role), norm_text(got_role)
    if g == p:
        return True
    if not g or not p:
        return False
    longer, shorter = (g, p) if len(g) > len(p) else (p, g)
    if not longer.endswith(" " + shorter):
        return False
    front = longer[: -len(shorter) - 1].strip()
    return (any(o == front or o.startswith(front + " ") for o in map(norm_text, organizations))
            or _is_place(front.rstrip(".")))


# place names that are plain English words, never read as the place before a title ("Central" region, "Oral")
_PLAIN_WORDS = frozenset({"central", "north", "south", "east", "west", "bay", "bar", "oral"})


@functools.cache
def _region_names() -> frozenset[str]:
    """Folded names of the first-level regions of every country (ISO 3166-2, via pycountry), with and without
    diacritics."""
    names = {sub.name for sub in pycountry.subdivisions if sub.parent_code is None} | set(SUBDIVISION_ALIASES)
    folded = {norm_text(n) for n in names}
    return frozenset(folded | {unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in folded})


def _is_place(phrase: str) -> bool:
    """A region of any country, or a city of 100,000 people or more (people's own table, from GeoNames)."""
    return phrase not in _PLAIN_WORDS and (phrase in _region_names() or is_town(phrase))


def _norm_value(key: str, v):
    if v is None:
        return None
    if key.endswith("_pct"):
        return round(float(v), 3)
    if key == "effective_date":
        return str(v)[:10]
    return v


def _date_at_grain(d, grain: str | None) -> str | None:
    if d is None:
        return None
    s = str(d)[:10]
    return {"month": s[:7], "year": s[:4]}.get(grain or "day", s)


def _money_key(value: float, currency: str) -> tuple[str, float]:
    return currency, float(f"{float(value):.3g}")


# A tariff fact as both sources give it: the gold keys, then the grain and the sentence (gold: its evidence).
_FACT_COLUMNS = ("rate_pct", "rate_min_pct", "rate_max_pct", "prior_rate_pct", "imposer", "target", "product", "status",
                 "effective_date", "effective_grain", "sentence")


class _Predicted:
    """Everything the pipeline produced, grouped by file name."""

    def __init__(self, warehouse: Path):
        con = duckdb.connect(str(Path(warehouse) / DB_NAME), read_only=True)
        try:
            def rows(sql: str) -> list[tuple]:
                return con.execute(sql).fetchall()
            self.files = {f: a for a, f in rows("SELECT article_id, file_name FROM articles")}
            self.headlines = _group(rows("SELECT article_id, headline FROM related_headlines ORDER BY article_id, position"))
            self.tariffs = _group(rows(f"""
                SELECT article_id, {", ".join(_FACT_COLUMNS)}
                FROM tariff_mentions WHERE source = 'body' ORDER BY article_id, mention_index"""))
            self.people = _group(rows("""SELECT article_id, name, role, country FROM people
                                          WHERE source = 'body' ORDER BY article_id, char_start"""))
            self.entities = _group(rows("""SELECT article_id, entity_type, normalized, amount, text
                                            FROM entity_mentions WHERE source = 'body'"""))
            self.quarantined = {r[0] for r in rows("SELECT file_path FROM quarantine")}
        finally:
            con.close()


class _SecondLabels:
    """A second labeler's gold files, shaped like _Predicted, to measure how far two labelers agree."""

    def __init__(self, labels_dir: Path):
        self.files, self.headlines, self.tariffs, self.people, self.entities = {}, {}, {}, {}, {}
        for path in sorted(Path(labels_dir).rglob("*.gold.json")):
            g = json.loads(path.read_text())
            name = path.name.replace(".gold.json", ".txt")
            self.files[name] = name
            self.headlines[name] = [(h,) for h in g["headlines"]]
            self.tariffs[name] = [
                (*(t[k] for k in _FACT_COLUMNS[:-2]),
                 {10: "day", 7: "month", 4: "year"}.get(len(t["effective_date"] or "")), t["evidence"])
                for t in g["tariffs"]]
            self.people[name] = [(x["name"], x["role"], x["country"]) for x in g["people"]]
            self.entities[name] = ([("country", c, None, None) for c in g["countries"]]
                                   + [("organization", o, None, None) for o in g["organizations"]]
                                   + [("money", m["currency"], m["value"], None) for m in g["money"]])


def _group(rows: Iterable[tuple]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for r in rows:
        out.setdefault(r[0], []).append(r[1:])
    return out


def evaluate(gold_dir: Path, warehouse: Path | None = None, second_labels: Path | None = None) -> Evaluation:
    """Score the pipeline's output in `warehouse`, or with `second_labels` another labeler's gold files for the
    same texts (labeler agreement: the same measures over the files both labeled, gold_dir's labels taken as
    right)."""
    if (warehouse is None) == (second_labels is None):
        raise ValueError("give exactly one of warehouse and second_labels")
    pred = _Predicted(warehouse) if warehouse is not None else _SecondLabels(second_labels)
    scores: dict[str, Score] = {}
    diffs: list[ArticleDiff] = []
    negatives = false_on_negatives = headlines_exact = 0
    gold_files = sorted(Path(gold_dir).rglob("*.gold.json"))
    if second_labels is not None:  # the second labeler may have labeled a sample of the folder: score that
        gold_files = [p for p in gold_files if p.name.replace(".gold.json", ".txt") in pred.files]
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text())
        name = gold_path.name.replace(".gold.json", ".txt")
        aid = pred.files.get(name)
        diff = ArticleDiff(name)
        p_tariffs = pred.tariffs.get(aid, [])
        p_facts = [dict(zip(_FACT_COLUMNS, t)) for t in p_tariffs]
        for f in p_facts:
            f["effective_date"] = _date_at_grain(f["effective_date"], f.pop("effective_grain"))
        for level, keys in TARIFF_LEVELS.items():
            g = {tuple(_norm_value(k, t[k]) for k in keys) for t in gold["tariffs"]}
            p = {tuple(_norm_value(k, t[k]) for k in keys) for t in p_facts}
            _compare(scores, diff, level, g, p)
        if gold["negative"]:
            negatives += 1
            false_on_negatives += len(p_facts)
        g_people = gold["people"]
        p_people = pred.people.get(aid, [])
        _compare(scores, diff, "people name", {norm_text(x["name"]) for x in g_people},
                 {norm_text(x[0]) for x in p_people})
        g_roles = {(norm_text(x["name"]), norm_text(x["role"])) for x in g_people}
        p_roles = {(norm_text(x[0]), norm_text(x[1])) for x in p_people}
        _compare(scores, diff, "people name+role", g_roles,
                 {next((g for g in g_roles if g[0] == name and same_role(g[1], role, gold["organizations"])),
                       (name, role)) for name, role in p_roles})
        _compare(scores, diff, "people name+role, exact title", g_roles, p_roles)
        _compare(scores, diff, "people name+country", {(norm_text(x["name"]), x["country"]) for x in g_people},
                 {(norm_text(x[0]), x[2]) for x in p_people})
        ents = pred.entities.get(aid, [])
        _compare(scores, diff, "countries", set(gold["countries"]), {e[1] for e in ents if e[0] == "country"})
        _compare(scores, diff, "organizations", {norm_text(o) for o in gold["organizations"]},
                 {norm_text(e[1]) for e in ents if e[0] == "organization"})
        _compare(scores, diff, "money", {_money_key(m["value"], m["currency"]) for m in gold["money"]},
                 {_money_key(e[2], e[1]) for e in ents if e[0] == "money" and e[2] is not None})
        p_heads = [h[0] for h in pred.headlines.get(aid, [])]
        if aid is not None and p_heads == gold["headlines"]:
            headlines_exact += 1
        else:
            diff.misses["headline split"] = [f"expected {len(gold['headlines'])} headlines, got {len(p_heads)}"
                                             + ("" if aid else " (file not loaded)")]
        if diff.misses or diff.false_hits:
            diffs.append(diff)
    return Evaluation(len(gold_files), scores, negatives, false_on_negatives, headlines_exact, diffs)


def _compare(scores: dict[str, Score], diff: ArticleDiff, name: str, gold: set, pred: set) -> None:
    s = scores.setdefault(name, Score())
    s.tp += len(gold & pred)
    s.fp += len(pred - gold)
    s.fn += len(gold - pred)
    if gold - pred:
        diff.misses[name] = sorted(gold - pred, key=repr)
    if pred - gold:
        diff.false_hits[name] = sorted(pred - gold, key=repr)


def format_report(ev: Evaluation, details: bool = True, only: Callable[[str], bool] | None = None) -> str:
    lines = [f"{ev.articles} articles, {ev.negatives} hard negatives", "",
             f"{'fact / field':<30} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, s in ev.scores.items():
        lines.append(f"{name:<30} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}")
    lines.append(f"{'headline split exact':<30} {ev.headline_split_exact}/{ev.articles} files")
    lines.append(f"{'tariffs on hard negatives':<30} {ev.false_tariffs_on_negatives} (must be 0)")
    if details:
        for d in ev.diffs:
            keys = [k for k in sorted(set(d.misses) | set(d.false_hits)) if only is None or only(k)]
            if not keys:
                continue
            lines += ["", d.file]
            for k in keys:
                for item in d.misses.get(k, []):
                    lines.append(f"  miss  {k}: {item}")
                for item in d.false_hits.get(k, []):
                    lines.append(f"  false {k}: {item}")
    return "\n".join(lines)
