"""Reference data for organisations and named events in trade news.

ORGANIZATIONS was typed by hand from the bodies that recur in trade and tariff
coverage: multilateral institutions (their official English names and the
acronyms wire copy uses, from each body's own website), U.S., Japanese, Chinese
and EU trade and monetary authorities (USA.gov agency index, the Japanese and
Chinese ministries' English sites, europa.eu), carmakers, chipmakers, steelmakers,
banks, unions and exchanges that trade stories quote (Fortune Global 500 names
as news copy shortens them), and the wire services and newspapers cited as
sources. A second batch widens the same categories to the rest of the G20 press:
legislatures and seats of government by their English names (each parliament's own
site), national statistical offices (UN Statistics Division directory), regulators,
central banks (BIS list of central banks), stock exchanges (World Federation of
Exchanges members), Fortune Global 500 and national-champion companies in the sectors
trade stories cover (banks, telecoms, pharmaceuticals, autos, steel and mining, solar,
forestry, food and drink, retail, airlines, technology), national broadcasters,
newspapers of record and pollsters, think tanks and industry associations that testify
in trade cases, and the political parties of the parliaments of the G20 democracies as
news copy names them ("Labour", "the Liberals", "Republican Party"; U.S. party members,
"Republicans", are people, not the party). A third batch adds classes the held-out-style
dev articles name (190+): groupings by their long names ("Group of 20"), the U.S. armed
services and their reserve components, the FSB's global systemically important banks
(2011-2024) and the Wall Street investment banks of the 1980s-2000s, the NRSRO rating
agencies, the OICA ranking of vehicle makers and the big motorcycle makers, Pharmaceutical
Executive's top 50 drugmakers, the worldsteel top steelmakers, the largest U.S. unions and
the national union centres and peak employers' bodies of the G20, flag carriers and the
largest container lines, and the gazettes that publish decrees ("Federal Register"). Each
spelling is listed as written ("Commerce Department" and
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
    "National Economic Council", "U.S. Chamber of Commerce",
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
    # legislatures, seats of government, government bodies
    "House of Commons", "House of Lords", "Bundestag", "Bundesrat", "Diet", "National Diet",
    "National People's Congress", "State Duma", "Duma", "Lok Sabha", "Rajya Sabha", "Knesset",
    "Federal Council", "Downing Street", "Kremlin", "Elysee", "Élysée", "National Guard",
    "Home Office", "Foreign Office", "HM Treasury", "HMRC", "Department of Finance Canada",
    "Finance Canada", "Global Affairs Canada", "Canada Border Services Agency", "CBSA",
    "Export Development Canada", "Elections Canada", "Ministry of External Affairs",
    "State Council Information Office", "Customs Tariff Commission of the State Council",
    "U.S. Customs", "US Customs and Border Protection", "Court of Justice of the European Union",
    # statistical offices
    "Statistics Canada", "Statistics South Africa", "Stats SA", "Statistics Korea", "Statistics Norway",
    "Statistics Sweden", "Statistics Netherlands", "Stats NZ", "Statistics New Zealand", "Eurostat",
    "Destatis", "Office for National Statistics", "ONS", "National Bureau of Statistics",
    "Bureau of Labor Statistics", "BLS", "Bureau of Economic Analysis", "INSEE", "Istat", "INEGI",
    "IBGE", "Australian Bureau of Statistics",
    # regulators
    "Ofgem", "Ofwat", "Ofcom", "Competition and Markets Authority", "Financial Conduct Authority",
    "Securities and Exchange Commission", "SEC", "Federal Trade Commission", "FTC",
    "Federal Communications Commission", "FCC", "Food and Drug Administration", "FDA",
    "Environmental Protection Agency", "EPA", "Federal Energy Regulatory Commission", "FERC",
    "Telecom Regulatory Authority of India", "TRAI", "SEBI", "Competition Bureau",
    "National Energy Regulator of South Africa", "NERSA",
    # central banks and their policy committees
    "Banxico", "Bank of Mexico", "Banco de Mexico", "Central Bank of Brazil", "Banco Central do Brasil",
    "Copom", "Riksbank", "Norges Bank", "Reserve Bank of New Zealand", "Bank of Thailand",
    "Bank Indonesia", "Bank Negara Malaysia", "Bank of Russia", "South African Reserve Bank", "SARB",
    "State Bank of Pakistan", "Monetary Policy Committee",
    # stock exchanges
    "ASX", "Australian Securities Exchange", "BSE", "Bombay Stock Exchange", "National Stock Exchange",
    "TSX", "Toronto Stock Exchange", "London Stock Exchange", "Tokyo Stock Exchange",
    "Shanghai Stock Exchange", "Shenzhen Stock Exchange", "Hong Kong Stock Exchange", "HKEX",
    "Stock Exchange of Thailand", "Singapore Exchange", "Deutsche Boerse", "Euronext", "Korea Exchange",
    "Baltic Exchange",
    # banks and brokers
    "Westpac", "ANZ", "NAB", "National Australia Bank", "Commonwealth Bank",
    "Commonwealth Bank of Australia", "Macquarie", "RBC", "Royal Bank of Canada", "TD Bank", "BMO",
    "Bank of Montreal", "BMO Capital Markets", "Scotiabank", "CIBC", "Jefferies", "Evercore", "Lazard",
    "Standard Chartered", "BNP Paribas", "Societe Generale", "Société Générale", "Credit Suisse",
    "Santander", "ING", "Commerzbank", "Mizuho", "MUFG", "SMBC", "ICBC", "Bank of China",
    "China Construction Bank", "Agricultural Bank of China", "Itaú Unibanco", "Itau Unibanco",
    "Bradesco", "Natixis", "Rabobank", "ABN Amro", "DBS", "OCBC", "Maybank", "HDFC Bank", "ICICI Bank",
    "State Bank of India",
    # telecoms and conglomerates
    "Reliance Industries", "Reliance", "Jio", "Reliance Jio", "Airtel", "Bharti Airtel", "Vodafone",
    "Vodafone Idea", "Tata", "Tata Sons", "Tata Motors", "Tata Steel", "Infosys", "Wipro",
    "Tata Consultancy Services", "Mahindra", "Adani", "Adani Group", "JSW Steel", "Maruti Suzuki",
    "Deutsche Telekom", "Telstra", "AT&T", "Verizon", "T-Mobile", "NTT", "SoftBank", "KDDI",
    # pharmaceuticals
    "Pfizer", "Eli Lilly", "Merck", "Johnson & Johnson", "AbbVie", "Bristol-Myers Squibb", "Amgen",
    "Gilead", "Moderna", "AstraZeneca", "GSK", "GlaxoSmithKline", "Sanofi", "Novo Nordisk", "Bayer",
    "Teva", "Takeda", "Sun Pharma", "Cipla", "PhRMA", "Pharmaceutical Research and Manufacturers of America",
    # autos, trucks, parts, tyres
    "JLR", "Jaguar Land Rover", "SAIC", "SAIC Motor", "Great Wall Motor", "Chery", "Nio", "XPeng",
    "Li Auto", "CATL", "Paccar", "Navistar", "Daimler Truck", "Volvo Cars", "Polestar", "Rivian",
    "Ferrari", "Magna", "Denso", "Aisin", "Cummins", "Bridgestone", "Michelin", "Pirelli",
    "Goodyear Tire & Rubber",
    # makers and brands named after their founders, which read as a person's name
    # (luxury carmakers of the OICA ranking's makes, the apparel and footwear brands
    # that testify in U.S. tariff cases)
    "Aston Martin", "Land Rover", "Range Rover", "Alfa Romeo", "Ralph Lauren", "Calvin Klein",
    "Tommy Hilfiger", "Louis Vuitton", "Hugo Boss", "Estee Lauder", "Michael Kors", "Kate Spade",
    "Steve Madden",
    # steel, aluminium, mining
    "Steel Dynamics", "BlueScope", "Algoma Steel", "Stelco", "Baowu", "China Baowu", "Hyundai Steel",
    "JFE", "Thyssenkrupp", "ThyssenKrupp", "Salzgitter", "Voestalpine", "Gerdau", "Vale",
    "Anglo American", "Rusal", "Norsk Hydro", "Century Aluminum", "Chalco", "Fortescue", "South32",
    "Teck Resources", "Antofagasta", "Southern Copper", "ArcelorMittal USA", "UK Steel", "Eurofer",
    # solar, energy, utilities
    "Trina Solar", "JinkoSolar", "Jinko Solar", "LONGi", "Canadian Solar", "First Solar", "SolarWorld",
    "Hanwha Q Cells", "Hanwha Qcells", "Qcells", "Suntech", "Solyndra", "Vestas", "Siemens Gamesa",
    "Eskom", "Saudi Aramco", "Aramco", "ExxonMobil", "Exxon Mobil", "Exxon", "Chevron", "Shell",
    "TotalEnergies", "PetroChina", "Sinopec", "CNOOC", "Gazprom", "Rosneft", "Pemex", "Equinor",
    "Enbridge", "TC Energy", "EDF", "Engie", "Iberdrola", "Enel", "RWE",
    # forestry
    "West Fraser", "Canfor", "Weyerhaeuser", "Resolute Forest Products", "Interfor",
    "Abitibi-Consolidated", "MacMillan Bloedel", "Tolko", "Domtar",
    # food, farming, drinks
    "Dole", "Chiquita", "Del Monte", "Fyffes", "Cargill", "ADM", "Archer-Daniels-Midland",
    "Archer Daniels Midland", "Bunge", "Louis Dreyfus", "Tyson Foods", "JBS", "Smithfield", "WH Group",
    "Unilever", "Danone", "Kraft Heinz", "Mondelez", "PepsiCo", "Coca-Cola", "Diageo", "Pernod Ricard",
    "Brown-Forman", "Treasury Wine Estates", "Constellation Brands", "AB InBev", "Anheuser-Busch InBev",
    "Heineken", "Carlsberg", "Suntory", "Campari", "Rémy Cointreau", "Moët Hennessy",
    # retail and consumer goods
    "Aeon", "Tesco", "Sainsbury's", "Carrefour", "Home Depot", "Best Buy", "IKEA", "Ikea", "Uniqlo",
    "Fast Retailing", "H&M", "Inditex", "Adidas", "Puma", "Lululemon", "Mattel", "Hasbro",
    "Procter & Gamble", "P&G", "3M", "Levi Strauss", "RH", "Wayfair", "La-Z-Boy", "Dubai Duty Free",
    # airlines, aerospace, industry
    "British Airways", "IAG", "International Airlines Group", "Lufthansa", "Air France-KLM",
    "Delta Air Lines", "United Airlines", "American Airlines", "Southwest Airlines", "Qantas",
    "Singapore Airlines", "Cathay Pacific", "Air Canada", "Ryanair", "Bombardier", "Spirit AeroSystems",
    "General Electric", "GE", "GE Aerospace", "Rolls-Royce", "Pratt & Whitney", "RTX", "Lockheed Martin",
    "Northrop Grumman", "Dubai Airports",
    # technology and platforms
    "LG", "LG Electronics", "SK Group", "Hanwha", "Lotte", "Hon Hai", "Pegatron", "Wistron", "MediaTek",
    "Broadcom", "Applied Materials", "Lam Research", "Dell", "HP", "Hewlett-Packard", "Oracle",
    "Netflix", "OpenAI", "Baidu", "JD.com", "PDD", "Pinduoduo", "Meituan", "DJI", "Hikvision", "BOE",
    "Infineon", "STMicroelectronics", "NXP", "Renesas", "GlobalFoundries", "Instagram", "YouTube",
    "WhatsApp", "LinkedIn", "Weibo", "WeChat",
    # broadcasters, newspapers, agencies, pollsters
    "BBC", "ITV", "Sky", "Sky News", "Channel 4", "CBC", "CBC News", "Radio-Canada", "CTV", "CTV News",
    "Global News", "The Globe and Mail", "Globe and Mail", "National Post", "Toronto Star", "ABC News",
    "NBC", "NBC News", "CBS", "CBS News", "NPR", "PBS", "MSNBC", "Fox Business", "Bloomberg News",
    "The Guardian", "The Times", "Daily Telegraph", "The Economist", "Le Monde", "Le Figaro",
    "Les Echos", "Handelsblatt", "Der Spiegel", "Frankfurter Allgemeine", "Süddeutsche Zeitung",
    "South China Morning Post", "Caixin", "CCTV", "CGTN", "Straits Times", "Times of India",
    "Hindustan Times", "Economic Times", "Press Trust of India", "PTI", "Australian Financial Review",
    "Sydney Morning Herald", "SBS", "Korea Herald", "Korea Times", "Chosun Ilbo", "JoongAng Ilbo",
    "Tass", "TASS", "RIA Novosti", "Interfax", "Al Jazeera", "SRF", "ZDF", "ARD", "RAI", "Folha",
    "O Globo", "Valor", "Clarín", "El Universal", "Bernama", "Antara", "New China Wire",
    "Nanos Research", "Ipsos", "YouGov", "Gallup", "Angus Reid", "Pew Research Center",
    "Morning Consult", "Datafolha",
    # think tanks, industry and civic associations
    "Yale Budget Lab", "Budget Lab at Yale", "Tax Foundation", "Brookings Institution", "Cato Institute",
    "Heritage Foundation", "American Enterprise Institute", "Council on Foreign Relations", "CSIS",
    "Center for Strategic and International Studies", "Bruegel", "Kiel Institute", "Ifo Institute",
    "Chatham House", "Rhodium Group", "Global Trade Research Initiative", "GTRI",
    "Federation of Indian Export Organisations", "FIEO", "Confederation of Indian Industry", "CII",
    "FICCI", "Business Roundtable", "National Retail Federation", "Consumer Technology Association",
    "American Farm Bureau Federation", "National Pork Producers Council", "U.S. Meat Export Federation",
    "Semiconductor Industry Association", "Scotch Whisky Association", "Distilled Spirits Council",
    "BusinessEurope", "BDI", "VDA", "VDMA", "DIHK", "Confederation of British Industry", "CBI",
    "Make UK", "British Chambers of Commerce", "Swissmem", "economiesuisse", "AmCham",
    "American Chamber of Commerce", "EU Chamber of Commerce in China", "Canadian Chamber of Commerce",
    "Business Council of Australia", "Australian Industry Group", "Minerals Council of Australia",
    "National Farmers' Federation", "Citizens Advice", "National Press Club",
    "Alliance for American Manufacturing", "Australian Grape & Wine",
    # political parties
    "Labour", "Labour Party", "Conservatives", "Conservative Party", "Tories", "Liberal Democrats",
    "Lib Dems", "SNP", "Scottish National Party", "Reform UK", "Greens", "Green Party", "Plaid Cymru",
    "DUP", "Sinn Fein", "Sinn Féin", "Liberals", "Liberal Party", "New Democratic Party", "NDP",
    "Bloc Québécois", "Bloc Quebecois", "Labor", "Labor Party", "Nationals", "Republican Party",
    "Democratic Party", "GOP", "Komeito", "Constitutional Democratic Party", "Bharatiya Janata Party",
    "BJP", "Indian National Congress", "CDU", "SPD", "AfD", "National Rally", "Workers' Party", "Morena",
    "ANC", "African National Congress", "Democratic Alliance", "People Power Party", "UKIP",
    "UK Independence Party", "Brexit Party", "Parti Québécois", "Parti Quebecois", "PQ",
    "Coalition Avenir Québec", "CAQ",
    # groupings by their long names, as 1980s-2020s wire copy writes them
    "Group of Five", "G5", "G-5", "Group of Seven", "Group of 7", "Group of Eight", "Group of 20",
    "Group of Twenty", "Group of 77", "G77", "G-77",
    # armed services (the U.S. Department of Defense's branches, China's PLA)
    "Army", "U.S. Army", "Army Reserve", "Army National Guard", "Navy Reserve", "Air Force Reserve",
    "Air National Guard", "Marine Corps Reserve", "Navy", "U.S. Navy", "Air Force", "U.S. Air Force", "Marine Corps",
    "U.S. Marine Corps", "Coast Guard", "U.S. Coast Guard", "Space Force", "People's Liberation Army", "PLA",
    # global systemically important banks (FSB G-SIB lists 2011-2024) not listed above
    "BNY Mellon", "Bank of New York Mellon", "State Street", "BPCE", "Groupe BPCE", "Crédit Agricole",
    "Credit Agricole", "Toronto-Dominion Bank", "Bank of Communications", "UniCredit", "BBVA", "Nordea",
    "Royal Bank of Scotland", "RBS", "Lloyds", "Lloyds Banking Group", "Dexia", "Sumitomo Mitsui",
    "Mitsubishi UFJ", "Intesa Sanpaolo",
    # the Wall Street investment banks of the 1980s-2000s ("bulge bracket"), by their names of the time
    "Lehman Brothers", "Merrill Lynch", "Bear Stearns", "Salomon Brothers", "Drexel Burnham Lambert",
    "First Boston", "Kidder Peabody", "Shearson Lehman", "Smith Barney", "Dean Witter", "PaineWebber",
    # steelmakers of the worldsteel "top steel-producing companies" lists, 1990s-2020s
    "Arcelor", "Corus", "Usinor", "British Steel", "Severstal", "Evraz", "NLMK", "Ansteel", "Shougang",
    "HBIS", "Shagang", "SAIL", "Steel Authority of India", "Dongkuk Steel", "China Steel", "Ternium",
    "Acerinox", "Outokumpu", "SSAB", "Kobe Steel", "Sumitomo Metal", "NKK", "Kawasaki Steel", "Hoogovens",
    # publications of record that publish decrees and rules ("published in the Federal Register")
    "Federal Register", "Official Gazette", "Official Journal", "Canada Gazette", "Gazette of India",
    # credit rating agencies (SEC-registered NRSROs)
    "Standard & Poor's", "S&P Global Ratings", "Moody's Investors Service", "Fitch Ratings", "DBRS",
    "DBRS Morningstar", "Kroll Bond Rating Agency",
    # motor vehicle makers (OICA world ranking of manufacturer groups) and the big motorcycle makers
    "Changan", "GAC", "Dongfeng", "FAW", "BAIC", "JAC", "Great Wall", "Brilliance", "Leapmotor", "Zeekr",
    "Isuzu", "Peugeot", "PSA", "Citroen", "Citroën", "Fiat", "Fiat Chrysler", "FCA", "Skoda",
    "Mahindra & Mahindra", "Suzuki", "Yamaha", "Yamaha Motor", "Kawasaki Heavy Industries", "Ducati",
    "Hero MotoCorp", "Bajaj Auto",
    # pharmaceutical and biotech makers (Pharmaceutical Executive's top 50 by revenue)
    "BioNTech", "Boehringer Ingelheim", "Daiichi Sankyo", "Astellas", "Chugai", "Otsuka", "Eisai",
    "Regeneron", "Biogen", "CSL", "Viatris", "Mylan", "Merck KGaA", "Grifols", "Lonza",
    "Samsung Biologics", "Celltrion", "Sinopharm", "Sinovac", "WuXi AppTec", "Dr. Reddy's",
    "Aurobindo Pharma", "Novavax",
    # unions: the largest U.S. unions (AFL-CIO affiliates and Change to Win) and the national trade
    # union centres of the G20 countries (ITUC affiliates), as copy names them
    "Teamsters", "International Brotherhood of Teamsters", "SEIU", "Service Employees International Union",
    "AFSCME", "UFCW", "United Food and Commercial Workers", "IBEW", "Communications Workers of America",
    "International Association of Machinists", "American Federation of Teachers",
    "National Education Association", "ILWU", "International Longshoremen's Association", "Unifor",
    "CUPE", "Canadian Labour Congress", "TUC", "Trades Union Congress", "GMB", "DGB", "Verdi", "ver.di",
    "CGT", "CFDT", "CGIL", "CISL", "CCOO", "Rengo", "KCTU", "FKTU", "ACTU",
    "Australian Council of Trade Unions", "Cosatu", "COSATU", "Congress of South African Trade Unions",
    "ACFTU", "All-China Federation of Trade Unions", "INTUC", "Zenroren",
    # peak business organisations of the G20 countries (International Organisation of Employers members)
    "Business Unity South Africa", "BUSA", "MEDEF", "Confindustria", "CEOE", "Coparmex",
    "Business Council of Canada", "Canadian Manufacturers & Exporters", "Federation of Korean Industries",
    "FKI", "Korea Enterprises Federation", "TÜSİAD", "TUSIAD", "BusinessNZ", "ASSOCHAM", "Assocham",
    # national flag carriers and the largest airlines (IATA members)
    "Garuda Indonesia", "Air India", "Thai Airways", "Malaysia Airlines", "Korean Air", "Asiana",
    "Asiana Airlines", "Japan Airlines", "JAL", "All Nippon Airways", "Air China", "China Eastern",
    "China Southern", "Etihad", "Qatar Airways", "Turkish Airlines", "Saudia", "EgyptAir",
    "Ethiopian Airlines", "South African Airways", "Kenya Airways", "LATAM", "Aeromexico", "Aeroméxico",
    "Avianca", "Aer Lingus", "Finnair", "Alitalia", "ITA Airways", "KLM", "Air France", "Aeroflot", "El Al",
    "Air New Zealand", "Philippine Airlines", "Vietnam Airlines", "Virgin Atlantic", "easyJet", "WestJet",
    "IndiGo", "JetBlue", "Alaska Airlines",
    # the largest container lines (Alphaliner top 10)
    "Maersk", "A.P. Moller-Maersk", "MSC", "Mediterranean Shipping Company", "CMA CGM", "COSCO", "Cosco",
    "Hapag-Lloyd", "Evergreen Marine", "HMM", "Yang Ming", "ZIM",
    # South African state bodies the regulator's own copy spells in lower case
    "Nersa",
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
    ("G7", "G-7", "Group of Seven", "Group of 7"), ("G20", "G-20", "Group of 20", "Group of Twenty"),
    ("G8", "G-8", "Group of Eight"), ("G5", "G-5", "Group of Five"), ("G77", "G-77", "Group of 77"),
    ("APEC", "Asia-Pacific Economic Cooperation"),
    ("ASEAN", "Association of Southeast Asian Nations"),
    ("ECB", "European Central Bank"),
    ("Fed", "Federal Reserve", "U.S. Federal Reserve"),
    ("USTR", "Office of the U.S. Trade Representative", "Office of the United States Trade Representative"),
    ("CBP", "Customs and Border Protection", "U.S. Customs and Border Protection", "US Customs and Border Protection"),
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
    ("LG", "LG Electronics"), ("Jio", "Reliance Jio"), ("Airtel", "Bharti Airtel"),
    ("JLR", "Jaguar Land Rover"), ("IAG", "International Airlines Group"), ("NAB", "National Australia Bank"),
    ("Commonwealth Bank", "Commonwealth Bank of Australia"), ("ASX", "Australian Securities Exchange"),
    ("BSE", "Bombay Stock Exchange"), ("TSX", "Toronto Stock Exchange"),
    ("SEC", "Securities and Exchange Commission"), ("FTC", "Federal Trade Commission"),
    ("FCC", "Federal Communications Commission"), ("FDA", "Food and Drug Administration"),
    ("EPA", "Environmental Protection Agency"), ("FERC", "Federal Energy Regulatory Commission"),
    ("TRAI", "Telecom Regulatory Authority of India"), ("NERSA", "Nersa", "National Energy Regulator of South Africa"),
    ("BLS", "Bureau of Labor Statistics"), ("ONS", "Office for National Statistics"),
    ("Stats SA", "Statistics South Africa"), ("Stats NZ", "Statistics New Zealand"),
    ("Banxico", "Bank of Mexico", "Banco de Mexico"), ("SARB", "South African Reserve Bank"),
    ("CBSA", "Canada Border Services Agency"), ("Finance Canada", "Department of Finance Canada"),
    ("CBC", "CBC News"), ("Globe and Mail", "The Globe and Mail"), ("Tass", "TASS"),
    ("SNP", "Scottish National Party"), ("NDP", "New Democratic Party"), ("Labour", "Labour Party"),
    ("Labor", "Labor Party"), ("Liberal Democrats", "Lib Dems"), ("Greens", "Green Party"),
    ("Bloc Québécois", "Bloc Quebecois"), ("BJP", "Bharatiya Janata Party"),
    ("ANC", "African National Congress"), ("GTRI", "Global Trade Research Initiative"),
    ("FIEO", "Federation of Indian Export Organisations"), ("CII", "Confederation of Indian Industry"),
    ("CBI", "Confederation of British Industry"),
    ("PhRMA", "Pharmaceutical Research and Manufacturers of America"), ("GE", "General Electric"),
    ("P&G", "Procter & Gamble"), ("ADM", "Archer-Daniels-Midland", "Archer Daniels Midland"),
    ("Aramco", "Saudi Aramco"), ("Exxon", "ExxonMobil", "Exxon Mobil"), ("JinkoSolar", "Jinko Solar"),
    ("SAIC", "SAIC Motor"), ("CSIS", "Center for Strategic and International Studies"),
    ("AmCham", "American Chamber of Commerce"), ("Yale Budget Lab", "Budget Lab at Yale"),
    ("Itaú Unibanco", "Itau Unibanco"), ("Société Générale", "Societe Generale"), ("Élysée", "Elysee"),
    ("Thyssenkrupp", "ThyssenKrupp"), ("Ikea", "IKEA"), ("Baowu", "China Baowu"),
    ("Hanwha Q Cells", "Hanwha Qcells", "Qcells"),
    ("Army", "U.S. Army"), ("Navy", "U.S. Navy"), ("Air Force", "U.S. Air Force"),
    ("Marine Corps", "U.S. Marine Corps"), ("Coast Guard", "U.S. Coast Guard"), ("PLA", "People's Liberation Army"),
    ("BNY Mellon", "Bank of New York Mellon"), ("BPCE", "Groupe BPCE"), ("Crédit Agricole", "Credit Agricole"),
    ("RBS", "Royal Bank of Scotland"), ("Lloyds", "Lloyds Banking Group"),
    ("Fiat Chrysler", "FCA"), ("Citroen", "Citroën"), ("Yamaha", "Yamaha Motor"),
    ("Teamsters", "International Brotherhood of Teamsters"), ("SEIU", "Service Employees International Union"),
    ("UFCW", "United Food and Commercial Workers"), ("TUC", "Trades Union Congress"), ("Verdi", "ver.di"),
    ("ACTU", "Australian Council of Trade Unions"), ("Cosatu", "COSATU", "Congress of South African Trade Unions"),
    ("ACFTU", "All-China Federation of Trade Unions"), ("BUSA", "Business Unity South Africa"),
    ("FKI", "Federation of Korean Industries"), ("TÜSİAD", "TUSIAD"), ("ASSOCHAM", "Assocham"),
    ("UKIP", "UK Independence Party"), ("PQ", "Parti Québécois", "Parti Quebecois"), ("SAIL", "Steel Authority of India"), ("Asiana", "Asiana Airlines"), ("JAL", "Japan Airlines"), ("Aeromexico", "Aeroméxico"),
    ("Maersk", "A.P. Moller-Maersk"), ("MSC", "Mediterranean Shipping Company"), ("COSCO", "Cosco"),
)

# A lexicon name followed by one of these is a market, not the organisation:
# "10-year Treasury note", "the Nikkei share average".
NOT_ORG_AFTER: tuple[str, ...] = (
    "note", "notes", "bill", "bills", "bond", "bonds", "yield", "yields", "securities",
    "index", "average", "share average", "stock average", "225", "futures", "composite", "Composite",
    "500", "500-stock", "One",   # "Standard & Poor's 500-stock index"; "Air Force One" is a plane
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
    "SCO", "Quad", "QUAD", "WTO", "OECD", "UN", "U.N.", "Group of Seven", "Group of 7", "Group of Eight",
    "Group of 20", "Group of Twenty", "Group of Five", "G5", "G-5",
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

# Last words of an organisation's name: "Japan Automobile Manufacturers Association",
# "Harbourside Capital". "Partnership" is left out: in trade news it ends the names of
# agreements ("Trans-Pacific Partnership").
ORG_SUFFIXES: tuple[str, ...] = (
    "Ministry", "Department", "Agency", "Commission", "Council", "Bank", "Corp", "Corporation",
    "Inc", "Co", "Ltd", "Group", "Association", "Federation", "Institute", "Bureau", "Authority",
    "Committee", "Holdings", "Motors", "Motor", "Steel", "Industries", "Coalition", "Alliance",
    "Society", "Foundation", "Company", "Trust", "Network", "Research", "Initiative", "Office",
    "Capital", "Management", "Associates", "Partners", "Advisors", "Advisers", "Investments",
    "Chamber of Commerce", "Organization", "Organisation", "Party", "Parliament", "Court",
    "Fund", "Exchange", "University", "Union",
    # company and sector words wire copy ends names with: "Wedbush Securities", "Scorpio Tankers",
    # "Advanced Micro Devices", "Lotte Duty Free", "Korea Customs Service", "American Trucking Associations"
    "Associations", "Securities", "Tankers", "Shipping", "Shipbrokers", "Airlines", "Airways", "Lines",
    "Devices", "Technology", "Technologies", "Pharmaceuticals", "Communications", "Brothers", "Hotels",
    "Duty Free", "Service", "Army",
)

# Nouns after a publication's name: "the Asahi newspaper", "Kyodo news agency".
NEWS_NOUNS: tuple[str, ...] = (
    "newspaper", "news agency", "daily", "broadcaster", "wire service", "news service",
    "business daily", "financial daily", "state news agency", "state broadcaster",
)

# Names the generic rules build that are descriptions or places, not organisations:
# "Central Bank President X" is a title, "the Oval Office" a room.
GENERIC_NAMES: frozenset[str] = frozenset({
    "Oval Office", "Box Office", "Central Bank", "Stock Exchange", "Development Bank",
})

# Regions a market report names like a company: "Shares in Europe fell".
MARKET_REGIONS: frozenset[str] = frozenset({
    "Europe", "Asia", "Asia-Pacific", "Africa", "Latin America", "North America", "South America",
    "Wall Street", "the Americas", "Americas", "Japan", "China", "Emerging Markets",
})

# Words after a company's name that name its unit for a region: "ArcelorMittal USA",
# "SolarWorld Industries America", "Toyota Motor North America".
REGIONAL_UNITS: tuple[str, ...] = (
    "USA", "America", "Americas", "North America", "Latin America", "Europe", "Asia", "Asia Pacific",
    "International",
)

# Nouns that, after "X, a ..." or "X, the ...", say X is a company: "V.O.S. Selections, a
# New York wine importer". A narrower list than COMPANY_NOUNS: "trader", "developer",
# "operator" describe people as often as firms.
APPOSITIVE_COMPANY_NOUNS: tuple[str, ...] = (
    "company", "firm", "group", "maker", "automaker", "carmaker", "planemaker", "chipmaker",
    "steelmaker", "drugmaker", "producer", "manufacturer", "retailer", "exporter", "importer", "insurer",
    "lender", "bank", "miner", "airline", "utility", "conglomerate", "startup", "supplier", "distributor",
    "shipper", "shipbuilder", "refiner", "brewer", "distiller", "winery", "wholesaler", "broker",
    "brokerage", "consultancy", "subsidiary", "unit", "giant", "association", "lobby", "union",
    "body", "federation", "confederation", "council", "chamber", "cooperative", "agency", "regulator",
    "watchdog", "organisation", "organization", "carrier",
)
