"""`tariffwire inspect FILE`: how one file splits and what each rule extracted."""
from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from datetime import date
from pathlib import Path

from transforms.decode import Rejected
from transforms.document import TextFacts, analyze_document
from warehouse.inputs import sidecar_entry


def inspect_file(path: Path, published: str | None, as_json: bool = False) -> str:
    path = Path(path)
    data = path.read_bytes()
    pub = date.fromisoformat(published) if published else _sidecar_date(path)
    doc = analyze_document(data, pub)
    if as_json:
        return json.dumps(_jsonable(doc if not isinstance(doc, Rejected) else doc), indent=1, default=str)
    if isinstance(doc, Rejected):
        return f"{path}: not loadable: {doc.reason_code}: {doc.message}"
    s = doc.split
    out = [f"{path}", f"  encoding {doc.decoded.encoding}, line ends {doc.decoded.newline}, layout {s.layout}"
           + (f", label {s.label!r}" if s.label else ""), f"  published {pub or 'unknown'}",
           f"  body: {len(s.body_text)} chars, {len(s.paragraphs)} paragraphs, {len(doc.body.sentences)} sentences",
           f"  related headlines: {len(s.headlines)}"]
    for h in s.headlines:
        out.append(f"    {h.position:>3}. {h.text}")
    out.append("")
    out.append("BODY")
    out += _facts(doc.body)
    for h, facts in zip(s.headlines, doc.headlines):
        lines = _facts(facts)
        if lines:
            out.append(f"HEADLINE {h.position}: {h.text}")
            out += lines
    return "\n".join(out)


def _facts(f: TextFacts) -> list[str]:
    out = []
    for t in f.tariffs:
        rate = f"{t.rate_pct:g}%" if t.rate_pct is not None else "?"
        extras = []
        if t.rate_min_pct is not None:
            extras.append(f"min {t.rate_min_pct:g}")
        if t.rate_max_pct is not None:
            extras.append(f"max {t.rate_max_pct:g}")
        if t.prior_rate_pct is not None:
            extras.append(f"from {t.prior_rate_pct:g}")
        if t.is_additional:
            extras.append("additional")
        out.append(
            f"  tariff   {rate} {' '.join(extras)} imposer={t.imposer}{'*' if t.imposer_inferred else ''} "
            f"target={t.target}{'*' if t.target_inferred else ''} product={t.product} status={t.status}"
            f"({t.status_cue!r}) effective={t.effective_date or t.effective_text} [{t.effective_grain}]"
            f"  @{t.char_start}-{t.char_end} {t.text!r}  rule={t.rule_id}")
    for p in f.people:
        out.append(f"  person   {p.name} role={p.role} country={p.country} {'' if p.is_full_name else '(surname) '}"
                   f"@{p.char_start}-{p.char_end} {p.text!r} rule={p.rule_id}")
    for pl in f.places:
        out.append(f"  {pl.kind:<8} {pl.code} via {pl.via} @{pl.char_start}-{pl.char_end} {pl.text!r} rule={pl.rule_id}")
    for o in f.orgs:
        out.append(f"  {o.kind[:8]:<8} {o.name} @{o.char_start}-{o.char_end} rule={o.rule_id}")
    for d in f.dates:
        out.append(f"  date     {d.value} [{d.grain}] @{d.char_start}-{d.char_end} {d.text!r} rule={d.rule_id}")
    for m in f.money:
        out.append(f"  money    {m.value:,.2f} {m.currency} @{m.char_start}-{m.char_end} {m.text!r} rule={m.rule_id}")
    for q in f.quotes:
        out.append(f"  quote    {q.speaker}: {q.text[:70]!r} rule={q.rule_id}")
    if out:
        out.append("  (* = inferred from the article's context)" if any("*" in l for l in out) else "")
    return [l for l in out if l]


def _sidecar_date(path: Path) -> date | None:
    published = sidecar_entry(path.parent, path.name).get("published_at")
    return published.date() if published else None


def _jsonable(obj):
    if is_dataclass(obj):
        return {k: _jsonable(v) for k, v in asdict(obj).items()}
    return obj
