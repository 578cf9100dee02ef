"""Reference data for finding people: titles, the words that stop a name, and known leaders.

Titles were typed by hand from the way English-language wire copy (Reuters, AP,
Kyodo, Bloomberg trade coverage) introduces officials: a head noun ("minister",
"negotiator", "chief executive") optionally preceded by rank and portfolio
words ("top trade", "Chief Cabinet", "Commerce"). They are split into HEADS and
MODIFIERS so that combinations nobody listed ("economic revitalization
minister") still parse; every word is stored lower-case. DEPARTMENTS continue a
title after "of" ("Secretary of State", "head of research"); SURNAME_TITLES are
the heads news copy puts before a bare surname; US_TITLES are the U.S. cabinet
offices (USA.gov list of executive departments) and the titles of members of
Congress (AP Stylebook "Sen.", "Rep.") that imply the United States.

GOVERNMENT_HEADS are the heads of public offices (a minister, a premier, a
spokesman, a military rank): such a person serves a country even when the title
does not name it, so the country comes from the article ("Economy Minister
Yoshitaka Shindo" in a story about Japan). Some of them are jobs in companies
too, so TITLE_CASE_HEADS count only written in title case ("President Lai", not
"its president"), MILITARY_RANKS only capitalized, SPOKES_HEADS only near a
named government body, and never after an ORGANIZATION_OWNERS pronoun or a
possessive other than COUNTRY_NOUNS ("the company's"). NON_US_HEADS are offices
the U.S. federal government does not have (Wikipedia "Title of the head of
government", "Cabinet of the United States"), so a U.S. mention never supplies
their country; LOCAL_HEADS are city and state offices, the only ones a
capital's name stays in front of ("Tokyo Governor"; a "Beijing trade
negotiator" serves China); POSTED_HEADS are written with their posting before
the name ("ambassador in Washington, Kevin Rudd"). GOVERNMENT_NOUNS are the
nouns that name a public body ("Commerce Ministry", "the Commons");
NATIONAL_BODIES are bodies whose name does not say their country (seats of
government used as metonyms and national regulators, from each body's own
website); CENTRAL_BANKS come from the BIS list of member central banks.
LOCATIVE_WORDS make a place where something happens, not whose official someone
is ("exports to the United States"). SUBDIVISION_ALIASES are the spellings wire
copy uses for Canadian provinces that ISO 3166-2 writes otherwise;
US_STATE_ABBREVIATIONS are the AP Stylebook's, read only after a town.
QUALIFIER_OPENERS are capitalized words that open a run of capitals before a
title without belonging to it ("On Tuesday Japanese Prime Minister ...").
SURNAMES_LIKE_WORDS are Chinese and Korean family names spelled like English
function words (He, An), read as names only right after a title; NOT_INITIALS
are dotted abbreviations that are not a person's initials ("D.C.", unlike
"K.M. Subramanian").

NOT_NAME_WORDS are capitalized words that are never part of a person's name:
English function words, calendar words and the nouns of organisations, places
and events (including the last words of research firms' and associations'
names: "Pantheon Macroeconomics", "Home Furnishings Alliance"), typed by hand
and grown from false positives seen in wire copy. HONORIFICS introduce a name
without being a role ("Mr.", "Sheikh").

KNOWN_LEADERS lists heads of state or government of the G7, China, India,
Brazil, Mexico, South Korea, Australia, Russia and Taiwan, U.S. vice
presidents, presidents and trade commissioners of the European Commission, and
the trade, commerce and finance ministers these economies sent to trade talks,
1981-2026. It was typed by hand from Wikipedia's lists of office holders ("List
of presidents of the United States", "List of vice presidents of the United
States", "United States Trade Representative", "United States Secretary of
Commerce", "United States Secretary of the Treasury", "List of prime ministers
of Japan", "Paramount leader", "Premier of China", "Minister of Commerce
(China)", "European Commissioner for Trade", "President of the European
Commission", and the equivalent lists for the other countries), checked against
the names news copy uses. Names are written the way English wire copy writes
them, without diacritics; matching ignores diacritics, so "Maroš Šefčovič"
finds "Maros Sefcovic". The country is the one the person served (``EU`` for
Commission posts, ``SU`` for the Soviet Union). A short form is listed only
where it is safe alone: surnames that are also common words, first names or
other leaders' surnames ("May", "Howard", "Bush", "Li", "Kim", "Singh") have
none, so "Bush" never resolves without a full name earlier in the text.
"""

# Head nouns of a title: the last word of "top trade negotiator", "Prime Minister".
HEADS: frozenset[str] = frozenset("""
secretary minister president premier chancellor representative commissioner ambassador
negotiator envoy spokesperson spokesman spokeswoman governor chairman chairwoman chair
chairperson chief executive ceo cfo coo cto economist analyst strategist senator lawmaker
legislator congressman congresswoman judge justice director adviser advisor counselor
official leader head mayor king queen emperor prince officer founder professor diplomat
attorney-general attorney prosecutor secretary-general director-general president-elect
vice-president governor-general speaker boss czar tsar general captain lieutenant colonel
sergeant corporal admiral commander specialist scientist researcher engineer lawyer
consultant sen. rep. gov. gen. lt. col. sgt. capt. maj. spc. cpl. pfc. pvt. adm. mp
undersecretary under-secretary treasurer emir sultan pastor priest bishop archbishop cardinal
rabbi imam activist statistician statistician-general nutritionist owner mep msp mla broker trader dealer fundraiser
regulator superintendent
""".split())

# Endings that make any head a title still to be taken up: "Prime Minister-designate",
# "Chancellor-in-waiting", "Governor-elect".
HEAD_SUFFIXES: tuple[str, ...] = ("-designate", "-elect", "-in-waiting")

# Descriptions of a private person that a nationality may open: "Chinese billionaire Li Shufu".
NATIONALITY_NOUNS: frozenset[str] = frozenset("""
billionaire businessman businesswoman tycoon magnate industrialist entrepreneur
""".split())

# Heads that news copy puts before a bare surname ("President Lai", "Governor Ueda"),
# so a title and one unknown capitalized word still make a person. "Executive
# Order" and "Chief Justice" are why the other heads do not.
SURNAME_TITLES: frozenset[str] = frozenset("""
president premier chancellor minister secretary governor senator sen. rep. gov. gen. treasurer
representative ambassador commissioner chairman chairwoman judge mayor king queen emperor
prince negotiator envoy spokesperson spokesman spokeswoman
""".split())

# Rank and portfolio words that may precede a head: "top trade", "Chief Cabinet", "Commerce".
# Organisation words ("White House", "Commerce Ministry") are not modifiers: they
# say whose official it is, so they go to the qualifier, not the role.
MODIFIERS: frozenset[str] = frozenset("""
top chief senior deputy vice lead principal special acting interim former general
assistant associate executive managing prime first foreign finance financial trade
tariff commerce commercial treasury economic economy economics revitalization industry
industrial agriculture agricultural farm defense defence state cabinet home interior labor
energy transport transportation health education environment security homeland
national international global market markets research investment equity currency
monetary fiscal budget customs competition digital technology tech auto steel external
press parliamentary committee policy regional political data business innovation science
immigration infrastructure forests forestry fisheries resources tourism
conservative liberal labour democratic republican opposition party majority minority
staff master brig. single non-executive
""".split())

# Words after "of"/"for" that continue a title: "Secretary of State", "Minister of Finance".
DEPARTMENTS: frozenset[str] = frozenset("""
state commerce the treasury finance trade economy foreign affairs agriculture industry
defense defence energy labor labour international economic staff external relations
justice health markets research strategy operations communications policy innovation
science technology environment education transport infrastructure immigration employment
development planning resources tourism fisheries north south america americas asia europe
africa pacific latin interior transportation homeland security exchequer negotiations
industrial public
enterprise budget competition cooperation opposition monetary financial
water irrigation electricity power mines
""".split())

# Portfolio words beyond MODIFIERS and DEPARTMENTS that lists of a minister's
# portfolios use ("Energy, Green Technology and Water Minister", "Consumer and
# Commercial Relations Minister"), from cabinet lists of Commonwealth governments.
PORTFOLIO_WORDS: frozenset[str] = frozenset("""
water green consumer housing land lands mines mining natural public works local
government culture sport sports youth women social welfare communication communications
information broadcasting power petroleum gas mineral minerals
""".split())

# Rank words written before a title that stay part of the role ("former President").
RANKS: frozenset[str] = frozenset({"former", "acting", "interim", "incoming", "outgoing"})

# Titles that mean the United States when no other country is given.
US_TITLES: frozenset[str] = frozenset({
    "commerce secretary", "treasury secretary", "state secretary", "secretary of state",
    "secretary of commerce", "secretary of the treasury", "secretary of treasury",
    "trade representative", "trade rep",
    # Cabinet departments only Washington names this way (U.S. spelling: Britain has a
    # "Defence Secretary"; its energy, health and education secretaries share the name)
    "defense secretary", "secretary of defense", "agriculture secretary", "secretary of agriculture",
    "interior secretary", "secretary of the interior", "labor secretary", "secretary of labor",
    "transportation secretary", "secretary of transportation", "homeland security secretary",
    "secretary of homeland security",
    # Members of Congress: AP-style abbreviations, and the titles trade copy uses
    # for them (other countries' senators come with their country named)
    "sen.", "rep.", "senator", "congressman", "congresswoman",
    # The leaders of the two chambers of Congress as news copy titles them (Manila's
    # House has a Speaker too: its copy is a secretaries story, see SECRETARY_GOVERNMENTS)
    "house speaker", "speaker of the house", "house majority leader", "house minority leader",
    "senate majority leader", "senate minority leader",
})

# Parts of a title that only Washington writes so, anywhere in the role: the U.S.
# departments' "Under Secretary for International Trade" (Britain writes
# "Under-Secretary of State", translations from Spanish "Undersecretary").
US_TITLE_PHRASES: tuple[str, ...] = ("under secretary",)

# Governments whose cabinet members are titled "Secretary" like Washington's
# (Wikipedia "Cabinet of the Philippines", "Cabinet of Mexico", "Principal Officials
# of Hong Kong"): in copy from there a bare "Defense Secretary" is theirs.
SECRETARY_GOVERNMENTS: frozenset[str] = frozenset({"PH", "MX", "HK"})

# Heads of public offices: whoever holds one serves a country, named or not.
GOVERNMENT_HEADS: frozenset[str] = frozenset("""
minister premier chancellor president vice-president president-elect secretary
commissioner ambassador negotiator envoy spokesperson spokesman spokeswoman governor
governor-general senator lawmaker legislator congressman congresswoman mayor king queen
emperor prince diplomat official leader speaker mp judge prosecutor attorney-general
director-general secretary-general czar tsar sen. rep. gov. gen. lt. col. sgt. capt.
maj. spc. cpl. pfc. pvt. adm. general captain lieutenant colonel sergeant corporal admiral
commander specialist
undersecretary under-secretary treasurer emir sultan statistician-general adviser advisor justice
mep msp mla regulator
""".split()) | {"attorney general", "director general", "secretary general", "governor general"}

# Heads companies and associations use too: an office only when written in title case
# ("President Lai", "Conservative leader"), a job when all lower-case ("its president").
TITLE_CASE_HEADS: frozenset[str] = frozenset("""
president vice-president president-elect secretary-general director-general secretary
commissioner leader official speaker adviser advisor justice
""".split()) | {"director general", "secretary general"}

# Heads written with their posting between title and name: "ambassador in Washington,".
POSTED_HEADS: frozenset[str] = frozenset({"ambassador", "envoy", "consul"})

# Owners before a title that make it an organisation's, not a government's.
ORGANIZATION_OWNERS: frozenset[str] = frozenset({"its", "their", "whose"})

# Possessive owners that are a government all the same: "the country's president".
COUNTRY_NOUNS: frozenset[str] = frozenset({"country", "nation", "government", "state", "province",
                                           "kingdom", "republic", "bloc", "union"})

# Spokesmen speak for companies as often as for governments: the text must name a
# government body near them before the article's country is theirs.
SPOKES_HEADS: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson"})

# Offices of a city or a state: a capital before them is the city ("Tokyo
# Governor"), not the country's government.
LOCAL_HEADS: frozenset[str] = frozenset({"governor", "gov.", "mayor", "premier"})

# Offices the U.S. federal government does not have.
NON_US_HEADS: frozenset[str] = frozenset({"minister", "premier", "chancellor", "mp", "mep", "msp", "mla"})

# Offices only a government has, whatever body the title names: the ministers above and a
# regulator ("MWSS chief regulator", "the country's top banking regulator").
PUBLIC_ONLY_HEADS: frozenset[str] = NON_US_HEADS | {"regulator"}

# Military ranks are titles only when capitalized ("Specialist Tyler Ames", not
# "a trade specialist").
MILITARY_RANKS: frozenset[str] = frozenset("""
general captain lieutenant colonel sergeant corporal admiral commander specialist
gen. lt. col. sgt. capt. maj. spc. cpl. pfc. pvt. adm.
""".split())

# Nouns that name a public body, in either case: "Commerce Ministry spokesman", "the Commons".
GOVERNMENT_NOUNS: frozenset[str] = frozenset("""
ministry department cabinet government embassy parliament bureau agency commons senate
congress assembly legislature court authority
""".split())

# Chambers of a legislature written without a government noun: "House Speaker",
# "Lower House leader" (the U.S., Philippine, Australian and Japanese lower houses).
CHAMBERS: frozenset[str] = frozenset({"House", "Lower House", "Upper House", "House of Representatives"})

# Words that make an organisation a political party, whose leader serves a country:
# "leader of the Bloc Québécois", "Labour Party chairman".
PARTY_NOUNS: frozenset[str] = frozenset({"party", "parti", "partido", "partei", "bloc"})

# Multilateral bodies (the WTO's, IMF's and UN's lists of member-run organisations):
# their officials serve no country, whatever post the person held before ("WTO
# Director-General Pascal Lamy", once an EU commissioner).
INTERNATIONAL_BODIES: frozenset[str] = frozenset({
    "WTO", "World Trade Organization", "World Trade Organisation", "GATT", "IMF",
    "International Monetary Fund", "World Bank", "OECD", "UN", "U.N.", "United Nations", "UNCTAD",
    "NATO", "OPEC", "BIS", "Bank for International Settlements", "IEA", "International Energy Agency",
    "ILO", "WHO", "World Health Organization", "IAEA", "WIPO", "FAO",
})

# Bodies whose officials serve one country though the name does not say which.
NATIONAL_BODIES: dict[str, str] = {
    "Kremlin": "RU", "Zhongnanhai": "CN", "Blue House": "KR",
    "Bundestag": "DE", "Diet": "JP", "Duma": "RU", "Knesset": "IL", "Lok Sabha": "IN",
    "MITI": "JP", "MOTIE": "KR", "Ofgem": "GB", "Ofcom": "GB", "Ofwat": "GB", "HM Treasury": "GB",
    "Whitehall": "GB",
    "SEC": "US", "FTC": "US", "FCC": "US", "FDA": "US", "EPA": "US", "CFTC": "US",
    "NHTSA": "US", "FAA": "US", "Capitol Hill": "US", "BaFin": "DE",
    "Bundeskartellamt": "DE",
    "National Development and Reform Commission": "CN", "NDRC": "CN",
    "General Administration of Customs": "CN",
}

# Central banks as English news names them (BIS list of member central banks):
# a "Governor" in a story about one is its governor.
CENTRAL_BANKS: dict[str, str] = {
    "Federal Reserve": "US", "Federal Reserve Board": "US", "Fed": "US",
    "Bank of Japan": "JP", "BOJ": "JP", "BoJ": "JP",
    "Bank of England": "GB", "BoE": "GB", "BOE": "GB", "Bank of Canada": "CA",
    "European Central Bank": "EU", "ECB": "EU", "Bundesbank": "DE", "Banque de France": "FR",
    "Bank of Italy": "IT", "People's Bank of China": "CN", "PBOC": "CN", "Reserve Bank of India": "IN",
    "RBI": "IN", "Reserve Bank of Australia": "AU", "RBA": "AU", "Reserve Bank of New Zealand": "NZ",
    "RBNZ": "NZ", "Bank of Korea": "KR", "BOK": "KR", "Swiss National Bank": "CH", "SNB": "CH",
    "Bank of Mexico": "MX", "Banxico": "MX", "Banco de Mexico": "MX", "Central Bank of Brazil": "BR",
    "Banco Central do Brasil": "BR", "Bank of Russia": "RU", "Central Bank of Russia": "RU",
    "Riksbank": "SE", "Norges Bank": "NO", "Danmarks Nationalbank": "DK", "Bank of Thailand": "TH",
    "Bank Indonesia": "ID", "Bank Negara Malaysia": "MY", "Monetary Authority of Singapore": "SG",
    "South African Reserve Bank": "ZA", "Central Bank of Turkey": "TR", "Bank of Israel": "IL",
    "Hong Kong Monetary Authority": "HK", "Central Bank of Taiwan": "TW",
}

# Words before a place that make it where something happens ("exports to the United
# States", "deployed to Kuwait"), not whose official someone is.
LOCATIVE_WORDS: tuple[str, ...] = tuple(
    f" {word} {the}" for word in "in to from into at via near across inside outside".split()
    for the in ("", "the ")
)

# Province spellings ISO 3166-2 does not list.
SUBDIVISION_ALIASES: dict[str, str] = {"B.C.": "CA", "Québec": "CA", "P.E.I.": "CA"}

# AP Stylebook abbreviations of U.S. state names, written after a town ("Fort McCoy, Wis.");
# read only in that position, where no other word takes them.
US_STATE_ABBREVIATIONS: frozenset[str] = frozenset("""
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn.
Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt.
Va. Wash. W.Va. Wis. Wyo.
""".split())

# Capitalized words that may open a run of capitals without being part of the
# qualifier of a title: "The", "Meanwhile", "Tuesday".
QUALIFIER_OPENERS: frozenset[str] = frozenset("""
the a an and but or so yet if when while as at in on for with after before since by from
to of under over during between among about against through despite amid although though
because unless until meanwhile however moreover still also then this that these those its
his her their our separately earlier later previously additionally instead overall finally
initially currently recently notably indeed nevertheless according speaking asked newly
today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
""".split())

# Family names that are also English words wire copy capitalizes at a sentence
# start: after a title they are names ("spokesperson He Yadong", "Vice Minister An
# Duk-geun"), never elsewhere.
SURNAMES_LIKE_WORDS: frozenset[str] = frozenset({"he", "an"})

# Honorifics: they introduce a name but are not a role.
HONORIFICS: frozenset[str] = frozenset({"mr.", "mrs.", "ms.", "dr.", "prof.", "mr", "mrs", "ms", "dr",
                                        "sheikh", "sir", "dame", "datuk", "datin", "tun"})
# Second words of Malaysian honorifics (Malaysian federal honours list: "Datuk Seri",
# "Tan Sri"): honorifics only after one, since "Sri" also opens names ("Sri Mulyani").
HONORIFIC_SECONDS: frozenset[str] = frozenset({"Seri", "Sri"})

# Dotted abbreviations that are not a person's initials.
NOT_INITIALS: frozenset[str] = frozenset({"D.C.", "A.M.", "P.M.", "B.C.", "N.Y.", "L.A.", "S.A.",
                                          "N.V.", "A.G.", "S.p.A."})

# Lower-case words allowed inside a name ("Ursula von der Leyen", "Lula da Silva").
PARTICLES: frozenset[str] = frozenset("""
von van der den de da das dos du di del della la le bin ibn al
""".split())

# Capitalized words that are never part of a person's name: sentence openers,
# pronouns, calendar words, and the nouns of organisations, places and events.
NOT_NAME_WORDS: frozenset[str] = frozenset("""
the a an and but or nor so yet if when while where whether as at in on for with without
after before since by from to of under over during between among about against through
despite amid although though because unless until meanwhile however moreover still also
then this that these those it its he she they we i you his her their our my your us them
there here what which who whom whose why how both all any some many most much more few
several each every no not yes only even just such other another one two three four five
first second third last next new according speaking asked responding separately earlier
later previously additionally instead overall finally initially currently recently
notably specifically similarly likewise indeed nevertheless nonetheless otherwise
furthermore consequently accordingly ultimately officials analysts experts sources
economists investors traders executives lawmakers leaders
valley lake bay coast peninsula region delta basin mountains
today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
jr. sr. jr sr st. co. corp. inc. ltd. st
summit round accord agreement act treaty deal plan initiative program programme policy
day week street avenue road boulevard square park house hall tower building center centre
market markets stocks stock exchange index fund party administration government
parliament congress senate court council commission committee office bureau agency
department ministry bank reserve corp corporation co inc ltd llc plc group holdings motor
motors steel airlines airways association federation institute university college school
foundation forum conference union organization organisation authority board service news
times post journal daily press network capital partners securities global international
national federal central royal republic kingdom states province prefecture county city
island islands river sea ocean gulf strait canal port airport war crisis wall oval
pacific atlantic asian african western eastern northern southern north south east west
middle europe asia africa latin democrat democrats republican republicans democratic gop
communist liberal conservative labour christmas easter olympics expo internet ai covid
brexit tariff tariffs trade economy yen dollar euro yuan won rupee peso order orders
branch law rule rules report statement data
macroeconomics analytics consulting consultants advisors associates strategies insights
alliance coalition society partnership industries trust chamber
associations federations councils unions institutes organizations organisations
league club team relations farms
bridge tunnel highway movement campaign
""".split())

# (name as wire copy writes it, country served, short forms safe to use alone)
KNOWN_LEADERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # United States: presidents
    ("Ronald Reagan", "US", ("Reagan",)),
    ("George H. W. Bush", "US", ()),
    ("Bill Clinton", "US", ("Clinton",)),
    ("George W. Bush", "US", ()),
    ("Barack Obama", "US", ("Obama",)),
    ("Donald Trump", "US", ("Trump",)),
    ("Joe Biden", "US", ("Biden",)),
    # United States: trade representatives
    ("Bill Brock", "US", ()),
    ("Clayton Yeutter", "US", ("Yeutter",)),
    ("Carla Hills", "US", ()),
    ("Mickey Kantor", "US", ("Kantor",)),
    ("Charlene Barshefsky", "US", ("Barshefsky",)),
    ("Robert Zoellick", "US", ("Zoellick",)),
    ("Rob Portman", "US", ("Portman",)),
    ("Susan Schwab", "US", ()),
    ("Ron Kirk", "US", ()),
    ("Michael Froman", "US", ("Froman",)),
    ("Robert Lighthizer", "US", ("Lighthizer",)),
    ("Katherine Tai", "US", ("Tai",)),
    ("Jamieson Greer", "US", ("Greer",)),
    ("Peter Navarro", "US", ("Navarro",)),
    # United States: vice presidents (Bush and Biden are listed as presidents)
    ("Walter Mondale", "US", ("Mondale",)),
    ("Dan Quayle", "US", ("Quayle",)),
    ("Al Gore", "US", ()),
    ("Dick Cheney", "US", ("Cheney",)),
    ("Mike Pence", "US", ("Pence",)),
    ("Kamala Harris", "US", ()),
    ("JD Vance", "US", ("Vance",)),
    # United States: commerce secretaries
    ("Malcolm Baldrige", "US", ("Baldrige",)),
    ("William Verity", "US", ()),
    ("Robert Mosbacher", "US", ("Mosbacher",)),
    ("Barbara Franklin", "US", ()),
    ("Ron Brown", "US", ()),
    ("William Daley", "US", ()),
    ("Norman Mineta", "US", ("Mineta",)),
    ("Donald Evans", "US", ()),
    ("Carlos Gutierrez", "US", ()),
    ("Gary Locke", "US", ()),
    ("John Bryson", "US", ()),
    ("Penny Pritzker", "US", ()),
    ("Wilbur Ross", "US", ()),
    ("Gina Raimondo", "US", ("Raimondo",)),
    ("Howard Lutnick", "US", ("Lutnick",)),
    # United States: treasury secretaries
    ("Donald Regan", "US", ()),
    ("James Baker", "US", ()),
    ("Nicholas Brady", "US", ()),
    ("Lloyd Bentsen", "US", ("Bentsen",)),
    ("Robert Rubin", "US", ("Rubin",)),
    ("Lawrence Summers", "US", ()),
    ("Paul O'Neill", "US", ()),
    ("John Snow", "US", ()),
    ("Henry Paulson", "US", ("Paulson",)),
    ("Timothy Geithner", "US", ("Geithner",)),
    ("Jack Lew", "US", ()),
    ("Steven Mnuchin", "US", ("Mnuchin",)),
    ("Janet Yellen", "US", ("Yellen",)),
    ("Scott Bessent", "US", ("Bessent",)),
    # Japan: prime ministers
    ("Zenko Suzuki", "JP", ()),
    ("Yasuhiro Nakasone", "JP", ("Nakasone",)),
    ("Noboru Takeshita", "JP", ("Takeshita",)),
    ("Sosuke Uno", "JP", ()),
    ("Toshiki Kaifu", "JP", ("Kaifu",)),
    ("Kiichi Miyazawa", "JP", ("Miyazawa",)),
    ("Morihiro Hosokawa", "JP", ("Hosokawa",)),
    ("Tsutomu Hata", "JP", ()),
    ("Tomiichi Murayama", "JP", ("Murayama",)),
    ("Ryutaro Hashimoto", "JP", ("Hashimoto",)),
    ("Keizo Obuchi", "JP", ("Obuchi",)),
    ("Yoshiro Mori", "JP", ()),
    ("Junichiro Koizumi", "JP", ("Koizumi",)),
    ("Shinzo Abe", "JP", ("Abe",)),
    ("Yasuo Fukuda", "JP", ("Fukuda",)),
    ("Taro Aso", "JP", ("Aso",)),
    ("Yukio Hatoyama", "JP", ("Hatoyama",)),
    ("Naoto Kan", "JP", ()),
    ("Yoshihiko Noda", "JP", ()),
    ("Yoshihide Suga", "JP", ("Suga",)),
    ("Fumio Kishida", "JP", ("Kishida",)),
    ("Shigeru Ishiba", "JP", ("Ishiba",)),
    ("Sanae Takaichi", "JP", ("Takaichi",)),
    # Japan: trade, economy and finance ministers
    ("Ryosei Akazawa", "JP", ("Akazawa",)),
    ("Toshimitsu Motegi", "JP", ("Motegi",)),
    ("Akira Amari", "JP", ("Amari",)),
    ("Yoji Muto", "JP", ("Muto",)),
    ("Yasutoshi Nishimura", "JP", ("Nishimura",)),
    ("Hiroshige Seko", "JP", ("Seko",)),
    ("Katsunobu Kato", "JP", ()),
    ("Yoshimasa Hayashi", "JP", ()),
    # China: leaders and premiers
    ("Deng Xiaoping", "CN", ("Deng",)),
    ("Zhao Ziyang", "CN", ()),
    ("Li Xiannian", "CN", ()),
    ("Yang Shangkun", "CN", ()),
    ("Jiang Zemin", "CN", ()),
    ("Hu Jintao", "CN", ()),
    ("Xi Jinping", "CN", ("Xi",)),
    ("Li Peng", "CN", ()),
    ("Zhu Rongji", "CN", ("Zhu",)),
    ("Wen Jiabao", "CN", ("Wen",)),
    ("Li Keqiang", "CN", ()),
    ("Li Qiang", "CN", ()),
    # China: trade negotiators, commerce ministers and vice premiers for trade
    ("Wu Yi", "CN", ()),
    ("Shi Guangsheng", "CN", ()),
    ("Long Yongtu", "CN", ()),
    ("Bo Xilai", "CN", ()),
    ("Chen Deming", "CN", ()),
    ("Wang Qishan", "CN", ()),
    ("Wang Yang", "CN", ()),
    ("Gao Hucheng", "CN", ()),
    ("Zhong Shan", "CN", ()),
    ("Liu He", "CN", ()),
    ("He Lifeng", "CN", ()),
    ("Wang Wentao", "CN", ()),
    ("Li Chenggang", "CN", ()),
    # Canada
    ("Pierre Trudeau", "CA", ()),
    ("John Turner", "CA", ()),
    ("Brian Mulroney", "CA", ("Mulroney",)),
    ("Kim Campbell", "CA", ()),
    ("Jean Chretien", "CA", ("Chretien",)),
    ("Paul Martin", "CA", ()),
    ("Stephen Harper", "CA", ()),
    ("Justin Trudeau", "CA", ("Trudeau",)),
    ("Mark Carney", "CA", ("Carney",)),
    ("Chrystia Freeland", "CA", ("Freeland",)),
    ("Dominic LeBlanc", "CA", ("LeBlanc",)),
    ("Mary Ng", "CA", ()),
    # Mexico
    ("Miguel de la Madrid", "MX", ()),
    ("Carlos Salinas de Gortari", "MX", ()),
    ("Ernesto Zedillo", "MX", ("Zedillo",)),
    ("Vicente Fox", "MX", ()),
    ("Felipe Calderon", "MX", ("Calderon",)),
    ("Enrique Pena Nieto", "MX", ("Pena Nieto",)),
    ("Andres Manuel Lopez Obrador", "MX", ("Lopez Obrador", "AMLO")),
    ("Claudia Sheinbaum", "MX", ("Sheinbaum",)),
    ("Marcelo Ebrard", "MX", ("Ebrard",)),
    ("Ildefonso Guajardo", "MX", ("Guajardo",)),
    # India
    ("Indira Gandhi", "IN", ()),
    ("Rajiv Gandhi", "IN", ()),
    ("V. P. Singh", "IN", ()),
    ("P. V. Narasimha Rao", "IN", ()),
    ("Atal Bihari Vajpayee", "IN", ("Vajpayee",)),
    ("Manmohan Singh", "IN", ()),
    ("Narendra Modi", "IN", ("Modi",)),
    ("Piyush Goyal", "IN", ("Goyal",)),
    ("Nirmala Sitharaman", "IN", ("Sitharaman",)),
    # Brazil
    ("Jose Sarney", "BR", ("Sarney",)),
    ("Fernando Collor", "BR", ("Collor",)),
    ("Itamar Franco", "BR", ()),
    ("Fernando Henrique Cardoso", "BR", ("Cardoso",)),
    ("Luiz Inacio Lula da Silva", "BR", ("Lula", "Lula da Silva")),
    ("Dilma Rousseff", "BR", ("Rousseff",)),
    ("Michel Temer", "BR", ("Temer",)),
    ("Jair Bolsonaro", "BR", ("Bolsonaro",)),
    ("Geraldo Alckmin", "BR", ("Alckmin",)),
    # European Union: Commission presidents and trade commissioners
    ("Gaston Thorn", "EU", ()),
    ("Jacques Delors", "EU", ("Delors",)),
    ("Jacques Santer", "EU", ("Santer",)),
    ("Jose Manuel Barroso", "EU", ("Barroso",)),
    ("Jean-Claude Juncker", "EU", ("Juncker",)),
    ("Ursula von der Leyen", "EU", ("von der Leyen",)),
    ("Willy De Clercq", "EU", ("De Clercq",)),
    ("Frans Andriessen", "EU", ("Andriessen",)),
    ("Leon Brittan", "EU", ("Brittan",)),
    ("Pascal Lamy", "EU", ("Lamy",)),
    ("Peter Mandelson", "EU", ("Mandelson",)),
    ("Catherine Ashton", "EU", ()),
    ("Karel De Gucht", "EU", ("De Gucht",)),
    ("Cecilia Malmstrom", "EU", ("Malmstrom",)),
    ("Phil Hogan", "EU", ()),
    ("Valdis Dombrovskis", "EU", ("Dombrovskis",)),
    ("Maros Sefcovic", "EU", ("Sefcovic",)),
    # United Kingdom
    ("Margaret Thatcher", "GB", ("Thatcher",)),
    ("John Major", "GB", ()),
    ("Tony Blair", "GB", ("Blair",)),
    ("Gordon Brown", "GB", ()),
    ("David Cameron", "GB", ("Cameron",)),
    ("Theresa May", "GB", ()),
    ("Boris Johnson", "GB", ()),
    ("Liz Truss", "GB", ()),
    ("Rishi Sunak", "GB", ("Sunak",)),
    ("Keir Starmer", "GB", ("Starmer",)),
    ("Kemi Badenoch", "GB", ("Badenoch",)),
    ("Jonathan Reynolds", "GB", ()),
    # Germany
    ("Helmut Schmidt", "DE", ()),
    ("Helmut Kohl", "DE", ("Kohl",)),
    ("Gerhard Schroeder", "DE", ("Schroeder",)),
    ("Angela Merkel", "DE", ("Merkel",)),
    ("Olaf Scholz", "DE", ("Scholz",)),
    ("Friedrich Merz", "DE", ("Merz",)),
    # France
    ("Francois Mitterrand", "FR", ("Mitterrand",)),
    ("Jacques Chirac", "FR", ("Chirac",)),
    ("Nicolas Sarkozy", "FR", ("Sarkozy",)),
    ("Francois Hollande", "FR", ("Hollande",)),
    ("Emmanuel Macron", "FR", ("Macron",)),
    # Italy
    ("Romano Prodi", "IT", ("Prodi",)),
    ("Silvio Berlusconi", "IT", ("Berlusconi",)),
    ("Mario Monti", "IT", ()),
    ("Matteo Renzi", "IT", ("Renzi",)),
    ("Giuseppe Conte", "IT", ()),
    ("Mario Draghi", "IT", ("Draghi",)),
    ("Giorgia Meloni", "IT", ("Meloni",)),
    # South Korea: one-syllable family names are shared by too many people to stand alone
    ("Chun Doo-hwan", "KR", ()),
    ("Roh Tae-woo", "KR", ()),
    ("Kim Young-sam", "KR", ()),
    ("Kim Dae-jung", "KR", ()),
    ("Roh Moo-hyun", "KR", ()),
    ("Lee Myung-bak", "KR", ()),
    ("Park Geun-hye", "KR", ()),
    ("Moon Jae-in", "KR", ()),
    ("Yoon Suk Yeol", "KR", ()),
    ("Lee Jae-myung", "KR", ()),
    ("Yeo Han-koo", "KR", ()),
    ("Ahn Duk-geun", "KR", ()),
    # Australia
    ("Malcolm Fraser", "AU", ()),
    ("Bob Hawke", "AU", ("Hawke",)),
    ("Paul Keating", "AU", ("Keating",)),
    ("John Howard", "AU", ()),
    ("Kevin Rudd", "AU", ("Rudd",)),
    ("Julia Gillard", "AU", ("Gillard",)),
    ("Tony Abbott", "AU", ()),
    ("Malcolm Turnbull", "AU", ("Turnbull",)),
    ("Scott Morrison", "AU", ()),
    ("Anthony Albanese", "AU", ("Albanese",)),
    # Soviet Union and Russia
    ("Mikhail Gorbachev", "SU", ("Gorbachev",)),
    ("Boris Yeltsin", "RU", ("Yeltsin",)),
    ("Vladimir Putin", "RU", ("Putin",)),
    ("Dmitry Medvedev", "RU", ("Medvedev",)),
    # Taiwan
    ("Lee Teng-hui", "TW", ()),
    ("Chen Shui-bian", "TW", ()),
    # Vietnam: party general secretaries and prime ministers (family name first)
    ("Nguyen Phu Trong", "VN", ()),
    ("To Lam", "VN", ()),
    ("Pham Minh Chinh", "VN", ()),
    # Israel: prime ministers
    ("Yitzhak Shamir", "IL", ("Shamir",)),
    ("Shimon Peres", "IL", ("Peres",)),
    ("Yitzhak Rabin", "IL", ("Rabin",)),
    ("Ehud Olmert", "IL", ("Olmert",)),
    ("Benjamin Netanyahu", "IL", ("Netanyahu",)),
    # Turkey
    ("Recep Tayyip Erdogan", "TR", ("Erdogan",)),
    ("Ma Ying-jeou", "TW", ()),
    ("Tsai Ing-wen", "TW", ("Tsai",)),
    ("Lai Ching-te", "TW", ()),
)

# Other full spellings wire copy uses for a known leader.
LEADER_ALIASES: dict[str, str] = {
    "Donald J. Trump": "Donald Trump",
    "George Bush": "George H. W. Bush",
    "George H.W. Bush": "George H. W. Bush",
    "J.D. Vance": "JD Vance",
    "Joseph Biden": "Joe Biden",
    "Joseph R. Biden": "Joe Biden",
    "William Clinton": "Bill Clinton",
    "Larry Summers": "Lawrence Summers",
    "Hank Paulson": "Henry Paulson",
    "Tim Geithner": "Timothy Geithner",
    "Steve Mnuchin": "Steven Mnuchin",
    "Jim Baker": "James Baker",
    "Bob Lighthizer": "Robert Lighthizer",
    "Mike Froman": "Michael Froman",
    "Luiz Inacio Lula": "Luiz Inacio Lula da Silva",
    "Jose Manuel Durao Barroso": "Jose Manuel Barroso",
    "Gerhard Schroder": "Gerhard Schroeder",
}
