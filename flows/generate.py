"""`tariffwire generate`: a deterministic corpus of realistic input files for benchmarks and load tests.

The same ``--n`` and ``--seed`` give byte-identical files on any machine (each file
draws from its own ``random.Random(f"{seed}-{i}")``), so every figure measured on
a generated corpus can be reproduced. Articles mix tariff news (from templates
with countries, products, rates, people and dates) with non-tariff news full of
percentages; files vary in layout, encoding and line ends the way scraped pages do.
Files are written 1,000 to a folder, each folder with its ``manifest.jsonl``.
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

_COUNTRIES = [  # (name, adjective, capital, leader title and name)
    ("the United States", "U.S.", "Washington", "U.S. Trade Representative Jamieson Greer"),
    ("China", "Chinese", "Beijing", "Chinese Commerce Minister Wang Wentao"),
    ("Japan", "Japanese", "Tokyo", "Japan's top trade negotiator Ryosei Akazawa"),
    ("the European Union", "EU", "Brussels", "EU trade commissioner Maros Sefcovic"),
    ("Canada", "Canadian", "Ottawa", "Canadian Prime Minister Mark Carney"),
    ("Mexico", "Mexican", "Mexico City", "Mexican President Claudia Sheinbaum"),
    ("India", "Indian", "New Delhi", "Indian Commerce Minister Piyush Goyal"),
    ("Brazil", "Brazilian", "Brasilia", "Brazilian President Luiz Inacio Lula da Silva"),
    ("South Korea", "South Korean", "Seoul", "South Korean Trade Minister Yeo Han-koo"),
    ("Switzerland", "Swiss", "Bern", "Swiss President Karin Keller-Sutter"),
    ("Vietnam", "Vietnamese", "Hanoi", "Vietnamese Deputy Prime Minister Ho Duc Phoc"),
    ("Britain", "British", "London", "British Business Secretary Peter Kyle"),
]
_PRODUCTS = ["steel", "aluminum", "autos", "auto parts", "lumber", "furniture", "semiconductors", "copper",
             "pharmaceuticals", "solar panels", "soybeans", "pork", "whiskey", "motorcycles", "heavy trucks",
             "electric vehicles", "smartphones", "wine", "dairy products", "machinery"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_TARIFF_TEMPLATES = [
    "{imp} will impose a {rate} tariff on {tadj} {prod} from {month} {day}, officials said.",
    "{IMP} said on {weekday} it would slap tariffs of {rate} on imports of {prod} from {tname}.",
    "Current {iadj} tariffs on {tadj} {prod} and {prod2} stand at {rate}, according to trade data.",
    "The {iadj} government threatened a {rate} levy on {tadj} goods if talks fail by {month}.",
    "{imp} cut its duties on {tadj} {prod} to {rate} from {rate2}, easing tensions.",
    "Under the deal, {tadj} goods will face a {rate} {iadj} tariff, down from the {rate2} threatened earlier.",
    "{IMP} doubled tariffs on {prod} imports to {rate}, a move that rattled {tadj} exporters.",
    "A further {rate} tariff on {tadj} {prod} is expected to take effect in {month}.",
    "Beijing responded with retaliatory duties of between {rate2} and {rate} on {prod} and {prod2} from {tname}.",
    "The {rate} tariff on {tadj} {prod} was paused for 90 days while negotiators meet in {cap}.",
    "{IMP} lifted its {rate} duty on {tadj} {prod}, a spokesperson said.",
    "WASHINGTON, {month} {day} (Reuters) - {IMP} raised tariffs on {tadj} {prod} to {rate_pct} pct from {rate2_pct} pct.",
    "Exporters warned that {iadj} duties as high as {rate} on {prod} could cost 300 mln dlrs a year.",
]
_NEUTRAL_SENTENCES = [
    "{person} held a phone call with counterparts on {weekday} to discuss the dispute.",
    "Talks in {cap} ended without an agreement, but both sides said progress had been made.",
    "Economists said the measures could shave {small} from growth next year.",
    "Shares of exporters fell {small} in {cap} trading after the announcement.",
    "Industry groups urged both governments to return to the negotiating table.",
    "\u201cWe want an agreement as soon as possible,\u201d {person} told reporters.",
    "The dispute has weighed on {prod} prices, which rose {small} last month.",
    "Officials are expected to meet again before the {summit}.",
    "The central bank held its policy rate at {small}, citing uncertainty over trade.",
    "Analysts at a major bank estimated the cost at ${money} billion.",
]
_NEGATIVE_SENTENCES = [
    "Inflation rose to {small} in {month}, the statistics office said.",
    "The benchmark index gained {small} to close at a record high.",
    "The company agreed to buy a {stake} stake in its rival for ${money} billion.",
    "Unemployment fell to {small}, the lowest since {year}.",
    "A poll showed {stake} of voters back the government's plan.",
    "The carmaker will cut {small} of its workforce as demand slows.",
    "Electricity tariffs will rise {small} from {month}, the regulator said.",
    "Tanker rates firmed to 95 pct of tariff on the Gulf route, brokers said.",
    "Economist Sarah Levy said growth would slow to {small} next year.",
    "GDP expanded {small} in the second quarter from a year earlier.",
]
_HEADLINES = [
    "Markets Slide as Tech Stocks Sink and Yields Rise", "Oil Prices Firm on Output Report",
    "{adj} Exporters Brace for New Tariffs", "Central Bank Holds Rates Steady Amid Trade Uncertainty",
    "Election Turmoil Deepens in Tight Presidential Race", "Gold Slips as Dollar Strengthens",
    "{adj} Officials Signal Progress in Trade Talks", "Storm Disrupts Shipping in the Pacific",
    "Tech Giant Unveils New Chip Plant in {cap}", "Court Rules on Landmark Trade Case",
    "{adj} Automakers Weigh Price Increases", "Retail Sales Beat Expectations in {month}",
    "Trump Threatens {rate} Tariff on {adj} Goods", "Stocks Rally as Inflation Cools to {small}",
    "Summit in {cap} Ends Without Deal", "Farmers Warn of Losses From Retaliatory Duties",
]
_LABELS = ["Related:", "Related coverage:", "Read more:", "More from Reuters:", "Related Stories", "See also:"]
_BULLETS = ["", "• ", "- ", "* "]


def _fill(template: str, rng: random.Random) -> str:
    imp, tgt = rng.sample(_COUNTRIES, 2)
    rate = rng.choice([10, 15, 20, 24, 25, 30, 34, 35, 39, 50, 100, 145, 27.5, 2.5])
    rate2 = rng.choice([5, 10, 15, 20, 25])
    fmt = lambda r: f"{r:g}{rng.choice(['%', '%', ' percent', ' per cent'])}"  # noqa: E731
    prod, prod2 = rng.sample(_PRODUCTS, 2)
    values = {
        "imp": imp[0], "IMP": imp[0][0].upper() + imp[0][1:], "iadj": imp[1], "tname": tgt[0], "tadj": tgt[1],
        "cap": rng.choice(_COUNTRIES)[2], "person": rng.choice(_COUNTRIES)[3], "prod": prod, "prod2": prod2,
        "rate": fmt(rate), "rate2": fmt(rate2), "rate_pct": f"{rate:g}", "rate2_pct": f"{rate2:g}",
        "month": rng.choice(_MONTHS), "day": rng.randint(1, 28),
        "weekday": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        "small": f"{rng.uniform(0.1, 9.9):.1f}%", "stake": f"{rng.randint(5, 60)}%", "money": rng.randint(1, 300),
        "year": rng.randint(1985, 2024), "summit": rng.choice(["G7 summit", "G20 summit", "APEC summit"]),
        "adj": tgt[1],
    }
    return template.format(**values)


def make_article(i: int, seed: int) -> tuple[str, bytes, dict]:
    """File name, bytes and manifest entry of article ``i``: a pure function of (i, seed)."""
    rng = random.Random(f"{seed}-{i}")
    tariff_story = rng.random() < 0.6
    paragraphs = []
    for _ in range(rng.randint(5, 9)):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            if tariff_story and rng.random() < 0.45:
                sentences.append(_fill(rng.choice(_TARIFF_TEMPLATES), rng))
            elif not tariff_story and rng.random() < 0.6:
                sentences.append(_fill(rng.choice(_NEGATIVE_SENTENCES), rng))
            else:
                sentences.append(_fill(rng.choice(_NEUTRAL_SENTENCES), rng))
        paragraphs.append(" ".join(sentences))
    headlines = [_fill(rng.choice(_HEADLINES), rng) for _ in range(rng.randint(8, 17))]
    layout = rng.choices(["seed", "blank", "label", "body_only"], weights=[50, 20, 20, 10])[0]
    if layout == "seed":
        text = "\n".join(paragraphs) + "\n\n\n" + "\n".join(headlines) + "\n\n"
    elif layout == "blank":
        text = "\n\n".join(paragraphs) + "\n\n\n" + "\n".join(headlines) + "\n"
    elif layout == "label":
        bullet = rng.choice(_BULLETS)
        text = "\n\n".join(paragraphs) + f"\n\n{rng.choice(_LABELS)}\n" + "\n".join(bullet + h for h in headlines) + "\n"
    else:
        text = "\n".join(paragraphs) + "\n"
    newline = rng.choices(["\n", "\r\n", "\r"], weights=[80, 15, 5])[0]
    text = text.replace("\n", newline)
    encoding = rng.choices(["utf-8", "utf-8-sig", "cp1252", "utf-16"], weights=[85, 5, 8, 2])[0]
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    name = f"{i:06d}_{rng.getrandbits(64):016x}.txt"
    published = date(2018, 1, 1) + timedelta(days=rng.randint(0, 365 * 8))
    return name, data, {"file": name, "published_at": published.isoformat(), "source": "generated",
                        "url": f"https://example.com/generated/{i}"}


def generate(out: Path, n: int, seed: int, start: int = 0) -> tuple[int, int]:
    """Write articles ``start`` .. ``start + n - 1`` under ``out``; returns (files, bytes)."""
    out = Path(out)
    total = 0
    manifests: dict[Path, list[str]] = {}
    for i in range(start, start + n):
        folder = out / f"{i // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        name, data, entry = make_article(i, seed)
        (folder / name).write_bytes(data)
        manifests.setdefault(folder, []).append(json.dumps(entry))
        total += len(data)
    for folder, lines in manifests.items():
        with open(folder / "manifest.jsonl", "a", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return n, total
