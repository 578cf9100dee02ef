"""Turn analysed documents into table rows (dicts keyed by the declared columns).

The mapping from transform records to storage rows lives here, next to the
writer, so transforms stay free of storage concerns and schemas of logic.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from transforms.decode import Rejected
from transforms.filenames import parse_file_name

if TYPE_CHECKING:  # the extractors are imported where they run (worker processes), not by the planner
    from transforms.document import Document, TextFacts

EXCERPT_CHARS = 200


@dataclass(frozen=True)
class FileInfo:
    """What the flow knows about an input file before reading it."""
    file_path: str              # relative to the input root, '/'-separated
    size_bytes: int
    mtime_ns: int
    published_at: datetime | None = None
    published_at_source: str = "none"
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class RunContext:
    run_id: str
    extractor_version: str
    loaded_at: datetime


def article_id(file_path: str, content_sha256: str) -> str:
    return hashlib.sha256(f"{file_path}\0{content_sha256}".encode()).hexdigest()[:16]


def document_rows(info: FileInfo, sha256: str, doc: Document, ctx: RunContext) -> dict[str, list[dict]]:
    aid = article_id(info.file_path, sha256)
    name = info.file_path.rsplit("/", 1)[-1]
    seq_no, source_key = parse_file_name(name)
    split = doc.split
    rows: dict[str, list[dict]] = {"related_headlines": [], "tariff_mentions": [], "people": [],
                                   "entity_mentions": [], "quotes": []}
    body_tariffs = _text_rows(rows, aid, "body", 0, split.body_text, doc.body)
    for h, facts in zip(split.headlines, doc.headlines):
        rows["related_headlines"].append({"article_id": aid, "position": h.position, "headline": h.text,
                                          "char_start": h.char_start, "char_end": h.char_end})
        _text_rows(rows, aid, "headline", h.position, h.text, facts)
    for i, q in enumerate(doc.body.quotes):
        rows["quotes"].append({"article_id": aid, "quote_index": i, "quote": q.text, "speaker": q.speaker,
                               "char_start": q.char_start, "char_end": q.char_end, "rule_id": q.rule_id})
    rows["articles"] = [{
        "article_id": aid, "file_name": name, "file_path": info.file_path, "seq_no": seq_no,
        "source_key": source_key, "content_sha256": sha256, "size_bytes": info.size_bytes,
        "file_mtime_ns": info.mtime_ns, "encoding": doc.decoded.encoding, "newline": doc.decoded.newline,
        "layout": split.layout, "headline_label": split.label, "published_at": info.published_at,
        "published_at_source": info.published_at_source, "url": info.url, "outlet": info.outlet,
        "body_text": split.body_text, "body_chars": len(split.body_text),
        "paragraph_count": len(split.paragraphs), "sentence_count": len(doc.body.sentences),
        "headline_count": len(split.headlines), "tariff_mention_count": body_tariffs,
        "run_id": ctx.run_id, "extractor_version": ctx.extractor_version, "loaded_at": ctx.loaded_at,
    }]
    return rows


def _text_rows(rows: dict[str, list[dict]], aid: str, source: str, position: int, text: str,
               facts: TextFacts) -> int:
    from transforms.people import summarize_people  # imported here: the planner process never extracts

    key = {"article_id": aid, "source": source, "headline_position": position}
    sentences = {s.index: s.text for s in facts.sentences}
    for i, t in enumerate(facts.tariffs):
        rows["tariff_mentions"].append({
            **key, "mention_index": i, "rate_pct": t.rate_pct, "rate_min_pct": t.rate_min_pct,
            "rate_max_pct": t.rate_max_pct, "prior_rate_pct": t.prior_rate_pct, "rate_kind": t.rate_kind,
            "is_additional": t.is_additional, "imposer": t.imposer, "imposer_inferred": t.imposer_inferred,
            "target": t.target, "target_inferred": t.target_inferred, "product": t.product,
            "product_text": t.product_text, "hs_code": t.hs_code, "hs_code_inferred": t.hs_code_inferred,
            "status": t.status,
            "status_cue": t.status_cue, "effective_text": t.effective_text,
            "effective_date": t.effective_date, "effective_grain": t.effective_grain,
            "effective_date_inferred": t.effective_inferred,
            "rate_text": t.text, "sentence": sentences.get(t.sentence_index, text[t.sentence_start:t.sentence_end]),
            "sentence_index": t.sentence_index, "char_start": t.char_start, "char_end": t.char_end,
            "rule_id": t.rule_id,
        })
    first = {}
    for m in facts.people:
        first.setdefault(m.name, m)
    for name, role, country, count in summarize_people(facts.people):
        m = first[name]
        rows["people"].append({**key, "name": name, "role": role, "country": country, "mention_count": count,
                               "char_start": m.char_start, "char_end": m.char_end, "rule_id": m.rule_id})
    entities = rows["entity_mentions"]
    seen: set[tuple[str, int]] = set()

    def add(entity_type: str, m, normalized, via=None, amount=None, date_value=None, grain=None) -> None:
        if (entity_type, m.char_start) in seen:  # the key; two rules on one span keep the first
            return
        seen.add((entity_type, m.char_start))
        entities.append({**key, "entity_type": entity_type, "text": m.text, "normalized": normalized,
                         "via": via, "amount": amount, "date_value": date_value, "date_grain": grain,
                         "char_start": m.char_start, "char_end": m.char_end, "rule_id": m.rule_id})

    for p in facts.places:
        add(p.kind, p, p.code, via=p.via)
    for o in facts.orgs:
        add(o.kind, o, o.name)
    for d in facts.dates:
        add("date", d, d.value.isoformat() if d.value else None, date_value=d.value, grain=d.grain)
    for mo in facts.money:
        add("money", mo, mo.currency, amount=mo.value)
    return len(facts.tariffs)


def quarantine_row(info: FileInfo, sha256: str | None, rejected: Rejected, raw_head: bytes | None,
                   ctx: RunContext) -> dict:
    return {
        "file_path": info.file_path, "content_sha256": sha256, "size_bytes": info.size_bytes,
        "file_mtime_ns": info.mtime_ns, "reason_code": rejected.reason_code, "message": rejected.message,
        "excerpt": excerpt(raw_head) if raw_head is not None else None, "run_id": ctx.run_id,
        "quarantined_at": ctx.loaded_at,
    }


def excerpt(raw: bytes) -> str:
    """A bounded, escaped view of a file's first bytes: safe to show anywhere."""
    text = raw[:EXCERPT_CHARS].decode("utf-8", errors="backslashreplace")
    return text.encode("unicode_escape").decode("ascii")[:EXCERPT_CHARS]
