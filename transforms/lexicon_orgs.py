"""Reference data for organisations and named events in trade news.

ORGANIZATIONS was typed by hand from the bodies that recur in trade and tariff
coverage: multilateral institutions (their official English names and the
acronyms wire copy uses, from each body's own website), U.S., Japanese, Chinese
and EU trade and monetary authorities (USA.gov agency index, the Japanese and
Chinese ministries' English sites, europa.eu), carmakers, chipmakers, steelmakers,
banks, unions and exchanges that trade stories quote (Fortune Global 500 names
as news copy shortens them), and the wire services and newspapers cited as
sources. Each spelling is listed as written ("Commerce Department" and
"Department of Commerce" are both listed); ALIAS_GROUPS says which spellings
are one organisation, GOVERNMENT_BODIES which country a body's officials serve.

COMPANY_NOUNS ("power producer Nordvik Energi"), NEWS_NOUNS ("the Asahi
newspaper"), ORG_SUFFIXES ("... Association") and NOT_ORG_AFTER ("Treasury
note") are the words around a name that say what it is, from the same copy.

EVENTS lists named negotiating rounds, accords and recurring meetings from the
GATT/WTO history pages (wto.org "The GATT years") and news usage ("Liberation
Day" for the U.S. tariff announcement of April 2, 2025). Summits, bilateral talks
and numbered rounds are found by pattern, from EVENT_GROUPS, EVENT_NOUNS and
ORDINALS.
"""

ORGANIZATIONS: tuple[str, ...] = (
    # multilateral bodies
    "WTO", "World Trade Organization", "World Trade Organisation", "GATT",
    "General Agreement on Tariffs and Trade", "IMF", "International Monetary Fund",
    "World Bank", "OECD", "Organisation for Economic Co-operation and Development",
    "Organization for Economic Cooperation and Development", "United Nations", "UN", "U.N.",
    "UNCTAD", "G7", "G-7", "G20", "G-20", "G8", "G-8", "APEC", "Asia-Pacific Economic Cooperation",
    "ASEAN", "Association of Southeast Asian Nations", "NATO", "BRICS", "OPEC", "Mercosur",
    "African Union", "Bank for International Settlements",
    # European Union institutions
    "European Commission", "European Parliament", "European Council", "Council of the EU",
    "European Central Bank", "ECB",
    # United States
    "Commerce Department", "Department of Commerce", "U.S. Commerce Department",
    "Treasury", "Treasury Department", "Department of the Treasury", "U.S. Treasury",
    "State Department", "Department of State", "Agriculture Department",
    "Department of Agriculture", "USDA", "Labor Department", "Pentagon",
    "USTR", "Office of the U.S. Trade Representative",
    "Office of the United States Trade Representative",
    "Customs and Border Protection", "U.S. Customs and Border Protection", "CBP",
    "Court of International Trade", "U.S. Court of International Trade",
    "Court of Appeals for the Federal Circuit", "Supreme Court", "U.S. Supreme Court",
    "Federal Reserve", "Fed", "U.S. Federal Reserve", "Congress", "U.S. Congress", "Senate",
    "U.S. Senate", "House of Representatives", "White House",
    "International Trade Commission", "U.S. International Trade Commission", "USITC",
    "Bureau of Industry and Security", "Census Bureau", "Council of Economic Advisers",
    "National Economic Council", "Federal Register", "U.S. Chamber of Commerce",
    "National Association of Manufacturers",
    # Japan
    "Bank of Japan", "BOJ", "BoJ", "METI", "Ministry of Economy, Trade and Industry",
    "Ministry of Finance", "Finance Ministry", "Foreign Ministry", "Ministry of Foreign Affairs",
    "Cabinet Office", "Keidanren", "Japan Business Federation", "JETRO",
    "Japan External Trade Organization", "Liberal Democratic Party", "LDP",
    # China
    "Ministry of Commerce", "MOFCOM", "Commerce Ministry", "People's Bank of China", "PBOC",
    "State Council", "National Development and Reform Commission", "NDRC",
    "General Administration of Customs", "Communist Party",
    # other central banks
    "Bank of England", "Bank of Canada", "Bank of Korea", "Reserve Bank of India", "RBI", "Bundesbank",
    "Reserve Bank of Australia", "Swiss National Bank",
    # carmakers
    "Toyota", "Toyota Motor", "Honda", "Honda Motor", "Nissan", "Nissan Motor", "Mazda", "Subaru",
    "Mitsubishi Motors", "Suzuki Motor", "Hyundai", "Hyundai Motor", "Kia", "Ford",
    "Ford Motor", "General Motors", "GM", "Stellantis", "Chrysler", "Volkswagen", "BMW",
    "Mercedes-Benz", "Daimler", "Volvo", "Renault", "Tesla", "BYD", "Geely",
    # electronics and technology
    "Toshiba", "Hitachi", "NEC", "Fujitsu", "Texas Instruments", "Motorola", "IBM", "Cisco",
    "Whirlpool", "Siemens", "Bosch", "BASF", "Lenovo", "Xiaomi", "TikTok", "ByteDance", "SMIC",
    "Twitter", "Facebook", "Truth Social",
    "Apple", "Nvidia", "Microsoft", "Google", "Alphabet", "Amazon", "Meta", "Intel", "AMD",
    "Qualcomm", "Micron", "TSMC", "Taiwan Semiconductor Manufacturing", "Samsung",
    "Samsung Electronics", "SK Hynix", "Huawei", "ZTE", "Sony", "Panasonic", "Foxconn",
    "ASML", "Tokyo Electron",
    # aerospace, industry, steel, retail
    "Boeing", "Airbus", "Caterpillar", "Deere", "John Deere", "U.S. Steel", "United States Steel",
    "Nippon Steel", "Nucor", "Cleveland-Cliffs", "ArcelorMittal", "POSCO", "Alcoa", "Rio Tinto",
    "Walmart", "Costco", "Nike", "Shein", "Temu", "Alibaba", "Tencent", "Harley-Davidson",
    "Goodyear", "Embraer", "Petrobras", "Codelco", "Freeport-McMoRan", "Glencore", "BHP",
    "Nestle", "Nestlé", "Novartis", "Roche", "Richemont", "Swatch", "LVMH", "Porsche", "Audi",
    "Bethlehem Steel", "Mitsubishi", "Sumitomo", "Mitsui",
    # unions and exchanges
    "United Steelworkers", "United Auto Workers", "UAW", "AFL-CIO", "IG Metall",
    "London Metal Exchange", "LME", "Comex", "CME Group", "NYSE",
    # finance
    "Goldman Sachs", "Morgan Stanley", "JPMorgan", "JPMorgan Chase", "J.P. Morgan", "Citigroup",
    "Citi", "Bank of America", "Wells Fargo", "Barclays", "HSBC", "Nomura", "UBS",
    "Deutsche Bank", "BlackRock", "Moody's", "S&P Global", "Fitch", "Capital Economics",
    "Oxford Economics", "Eurasia Group", "Peterson Institute for International Economics",
    # news organisations
    "Reuters", "Bloomberg", "Associated Press", "AP", "AFP", "Agence France-Presse", "Asahi",
    "Asahi Shimbun", "Nikkei", "Nikkei Asia", "Kyodo", "Kyodo News", "Jiji Press", "Jiji", "NHK",
    "Yomiuri", "Yomiuri Shimbun", "Mainichi", "Xinhua", "Global Times", "People's Daily",
    "China Daily", "Yonhap", "CNBC", "CNN", "Fox News", "Financial Times",
    "Wall Street Journal", "New York Times", "Washington Post", "Politico", "Axios",
    "Japan Times",
)

# Government bodies whose officials serve one country: "White House spokesman" is
# a U.S. official. Places already resolve through places.py and are not repeated.
GOVERNMENT_BODIES: dict[str, str] = {
    "White House": "US", "Fed": "US", "Federal Reserve": "US", "U.S. Federal Reserve": "US",
    "Pentagon": "US", "Congress": "US", "USTR": "US", "Commerce Department": "US",
    "State Department": "US", "Treasury Department": "US", "Downing Street": "GB",
    "Bank of England": "GB", "Bundesbank": "DE", "Elysee": "FR", "Élysée": "FR", "BOJ": "JP",
    "BoJ": "JP", "METI": "JP", "Keidanren": "JP", "MOFCOM": "CN", "PBOC": "CN",
    "People's Bank of China": "CN", "State Council": "CN", "ECB": "EU",
    "European Central Bank": "EU", "European Commission": "EU", "RBI": "IN",
}

# Spellings of one organisation. A text that uses several gets the shortest one
# it uses as the name of every mention ("Bank of Japan ... the BOJ" -> "BOJ").
ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("WTO", "World Trade Organization", "World Trade Organisation"),
    ("GATT", "General Agreement on Tariffs and Trade"),
    ("IMF", "International Monetary Fund"),
    ("OECD", "Organisation for Economic Co-operation and Development",
     "Organization for Economic Cooperation and Development"),
    ("UN", "U.N.", "United Nations"),
    ("G7", "G-7"), ("G20", "G-20"), ("G8", "G-8"),
    ("APEC", "Asia-Pacific Economic Cooperation"),
    ("ASEAN", "Association of Southeast Asian Nations"),
    ("ECB", "European Central Bank"),
    ("Fed", "Federal Reserve", "U.S. Federal Reserve"),
    ("USTR", "Office of the U.S. Trade Representative", "Office of the United States Trade Representative"),
    ("CBP", "Customs and Border Protection", "U.S. Customs and Border Protection"),
    ("Commerce Department", "Department of Commerce", "U.S. Commerce Department"),
    ("Treasury", "Treasury Department", "Department of the Treasury", "U.S. Treasury"),
    ("State Department", "Department of State"),
    ("USDA", "Agriculture Department", "Department of Agriculture"),
    ("Supreme Court", "U.S. Supreme Court"),
    ("Court of International Trade", "U.S. Court of International Trade"),
    ("Congress", "U.S. Congress"), ("Senate", "U.S. Senate"),
    ("USITC", "International Trade Commission", "U.S. International Trade Commission"),
    ("BOJ", "BoJ", "Bank of Japan"),
    ("METI", "Ministry of Economy, Trade and Industry"),
    ("MOFCOM", "Ministry of Commerce", "Commerce Ministry"),
    ("PBOC", "People's Bank of China"),
    ("RBI", "Reserve Bank of India"),
    ("LDP", "Liberal Democratic Party"),
    ("NDRC", "National Development and Reform Commission"),
    ("JETRO", "Japan External Trade Organization"),
    ("Keidanren", "Japan Business Federation"),
    ("Toyota", "Toyota Motor"), ("Honda", "Honda Motor"), ("Nissan", "Nissan Motor"),
    ("Hyundai", "Hyundai Motor"), ("Ford", "Ford Motor"), ("GM", "General Motors"),
    ("U.S. Steel", "United States Steel"), ("JPMorgan", "JPMorgan Chase", "J.P. Morgan"),
    ("Citi", "Citigroup"), ("Samsung", "Samsung Electronics"),
    ("TSMC", "Taiwan Semiconductor Manufacturing"), ("Asahi", "Asahi Shimbun"),
    ("Kyodo", "Kyodo News"), ("Jiji", "Jiji Press"), ("Yomiuri", "Yomiuri Shimbun"),
    ("AFP", "Agence France-Presse"), ("AP", "Associated Press"), ("UAW", "United Auto Workers"),
    ("LME", "London Metal Exchange"), ("Nestle", "Nestlé"),
)

# A lexicon name followed by one of these is a market, not the organisation:
# "10-year Treasury note", "the Nikkei share average".
NOT_ORG_AFTER: tuple[str, ...] = (
    "note", "notes", "bill", "bills", "bond", "bonds", "yield", "yields", "securities",
    "index", "average", "share average", "stock average", "225", "futures",
)

# Nouns that introduce a company by its trade: "power producer Nordvik Energi".
COMPANY_NOUNS: tuple[str, ...] = (
    "company", "firm", "group", "maker", "automaker", "carmaker", "planemaker", "chipmaker",
    "steelmaker", "drugmaker", "producer", "developer", "manufacturer", "retailer", "exporter",
    "importer", "insurer", "lender", "brokerage", "miner", "operator", "carrier", "airline",
    "utility", "conglomerate", "giant", "startup", "supplier", "distributor", "shipper",
    "shipbuilder", "broadcaster", "regulator", "watchdog", "union", "consultancy", "think tank",
    "lobby", "trader", "refiner", "bank", "association", "body",
)

EVENTS: tuple[str, ...] = (
    "Davos", "World Economic Forum", "Uruguay Round", "Doha Round", "Tokyo Round",
    "Kennedy Round", "Dillon Round", "Plaza Accord", "Louvre Accord", "Bretton Woods",
    "Liberation Day", "Summit of the Americas", "Boao Forum", "Boao Forum for Asia",
    "China International Import Expo", "Canton Fair", "Shangri-La Dialogue",
    "Munich Security Conference", "Jackson Hole", "Belt and Road Forum",
    "Strategic Economic Dialogue", "Strategic and Economic Dialogue",
)

# Groupings whose meetings are named after them: "G7 summit", "APEC meeting".
EVENT_GROUPS: tuple[str, ...] = (
    "G7", "G-7", "G8", "G-8", "G20", "G-20", "APEC", "ASEAN", "NATO", "BRICS", "EU", "OPEC",
    "SCO", "Quad", "QUAD", "WTO", "OECD", "UN", "U.N.",
)

# Nouns that make a grouping or a pair of countries into an event.
EVENT_NOUNS: tuple[str, ...] = (
    "summit", "summits", "meeting", "meetings", "talks", "negotiations", "dialogue",
    "ministerial", "ministerial conference", "ministerial meeting", "conference", "forum",
)

# Words between the grouping and the noun: "G7 leaders' summit", "G20 finance ministers meeting".
EVENT_MIDDLES: tuple[str, ...] = (
    "leaders'", "leaders", "finance ministers'", "finance ministers", "trade ministers'",
    "trade ministers", "foreign ministers'", "foreign ministers", "trade", "economic",
)

ORDINALS: tuple[str, ...] = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)

# Last words of an organisation's name: "Japan Automobile Manufacturers Association".
# "Office" is left out ("Oval Office"); "Office of X" is found by the x-of-y rule.
ORG_SUFFIXES: tuple[str, ...] = (
    "Ministry", "Department", "Agency", "Commission", "Council", "Bank", "Corp", "Corporation",
    "Inc", "Co", "Ltd", "Group", "Association", "Federation", "Institute", "Bureau", "Authority",
    "Committee", "Holdings", "Motors", "Motor", "Steel", "Industries", "Coalition", "Alliance",
    "Society", "Foundation", "Company", "Trust", "Network", "Partnership", "Research",
    "Chamber of Commerce", "Organization", "Organisation", "Party", "Parliament", "Court",
    "Fund", "Exchange", "University", "Union",
)

# Nouns after a publication's name: "the Asahi newspaper", "Kyodo news agency".
NEWS_NOUNS: tuple[str, ...] = (
    "newspaper", "news agency", "daily", "broadcaster", "wire service", "news service",
    "business daily", "financial daily", "state news agency", "state broadcaster",
)
