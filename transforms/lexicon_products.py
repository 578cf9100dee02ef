"""Product groups named in tariff news, with canonical keys and HS codes.

Canonical keys are the vocabulary of ``tariff_mentions.product`` (lowercase,
plural where English uses one). HS codes are Harmonized System chapters (2
digits) or headings (4 digits) from the WCO HS 2022 nomenclature, given only
where the wording maps to one chapter or heading without doubt; everything
else leaves the code empty rather than guessing. Surface forms are the words
news copy uses, typed by hand from U.S. Section 232/301 proclamations and
EU/Canada/China retaliation lists.
"""

# canonical key -> (HS code or None, surface forms)
PRODUCTS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "autos": ("8703", ("autos", "auto", "automobiles", "automobile", "cars", "car", "passenger cars",
                       "passenger vehicles", "vehicles", "vehicle", "automotive", "motor vehicles",
                       "imported cars", "car imports", "auto imports")),
    "auto parts": ("8708", ("auto parts", "car parts", "automotive parts", "auto components",
                            "vehicle parts", "parts")),
    "steel": ("72", ("steel", "steel products", "steel imports")),
    "aluminum": ("76", ("aluminum", "aluminium", "aluminum products")),
    "copper": ("74", ("copper", "copper products", "semi-finished copper")),
    "lumber": ("4407", ("lumber", "softwood lumber", "softwood", "timber", "wood", "shakes and shingles",
                        "cedar shakes")),
    "furniture": ("94", ("furniture", "kitchen cabinets", "cabinets", "upholstered furniture")),
    "trucks": ("8704", ("trucks", "heavy trucks", "heavy-duty trucks", "lorries", "pickup trucks")),
    "pharmaceuticals": ("30", ("pharmaceuticals", "pharmaceutical products", "pharmaceutical exports",
                               "pharmaceutical imports", "drugs", "medicines",
                               "branded drugs", "patented drugs", "generic drugs")),
    "semiconductors": ("8542", ("semiconductors", "chips", "microchips", "semiconductor",
                                "computer chips", "chip")),
    "electronics": (None, ("electronics", "consumer electronics", "electronic goods", "televisions",
                           "TVs", "color televisions", "television sets", "color television sets",
                           "TV sets", "electronic products",
                           # HS 8519-8528 and 8518: sound and video apparatus named by kind
                           "compact disc players", "CD players", "video cassette recorders", "video recorders",
                           "videocassette recorders", "VCRs", "loudspeakers", "stereos", "radios",
                           # HS 8528 / 8524: monitors and flat panel display modules
                           "flat-panel screens", "flat-panel displays", "flat-panel televisions", "flat-screen TVs",
                           "flat-screen televisions", "LCD screens", "LCD panels", "LCD monitors",
                           "flat-panel display screens", "display screens", "liquid crystal displays",
                           "active-matrix liquid crystal displays", "LCDs",
                           # consumer electronics in the 2019 U.S. List 4 copy (HS 9504.50, sold as electronics)
                           "video game consoles", "game consoles", "gaming consoles")),
    "smartphones": ("8517", ("smartphones", "phones", "iPhones", "mobile phones", "cellphones", "cell phones",
                             "cellular phones", "handsets", "mobile handsets")),
    # HS 8471 covers every automatic data-processing machine, supercomputers and mainframes included
    "computers": ("8471", ("computers", "laptops", "personal computers", "PCs", "supercomputers",
                           "mainframe computers", "mainframes", "notebook computers", "desktop computers")),
    "solar panels": ("8541", ("solar panels", "solar cells", "solar modules", "solar")),
    "electric vehicles": ("8703", ("electric vehicles", "EVs", "electric cars", "EV", "battery electric vehicles",
                                   "BEVs", "BEV")),
    "batteries": ("8507", ("batteries", "lithium-ion batteries", "EV batteries")),
    "washing machines": ("8450", ("washing machines", "washers")),
    "motorcycles": ("8711", ("motorcycles", "motorbikes", "Harley-Davidson motorcycles")),
    "agricultural products": (None, ("agricultural products", "farm products", "farm goods",
                                     "agricultural goods", "agricultural imports", "food",
                                     "citrus", "citrus fruit", "fruit", "fruits", "vegetables", "apples",
                                     "potatoes", "barley", "wheat", "corn", "cotton", "sorghum", "tomatoes", "tomato",
                                     "olives", "olive oil", "orange juice", "fruit juice", "juice",
                                     "rice", "farm produce", "peas", "leeks", "shiitake", "mushrooms", "onions", "garlic", "grapes",
                                     "bananas", "oranges", "lemons", "peanut butter",
                                     # HS 10 cereals and 2303 brewing and distilling dregs
                                     "grain", "grains", "distillers grains", "distillers dried grains",
                                     "dried distillers grains", "DDGS")),
    "soybeans": ("1201", ("soybeans", "soya beans", "soybean")),
    "pork": ("0203", ("pork",)),
    "beef": ("0201", ("beef",)),
    "poultry": ("0207", ("poultry", "chicken")),
    "dairy": ("04", ("dairy", "dairy products", "milk", "butter", "milk powder", "skim milk powder")),
    "seafood": ("03", ("seafood", "fish", "lobster", "shrimp", "aquatic products")),
    "wine": ("2204", ("wine", "wines", "champagne")),
    "spirits": ("2208", ("spirits", "liquor", "cognac", "brandy", "rum", "vodka", "gin", "tequila")),
    "whiskey": ("2208", ("whiskey", "whisky", "bourbon", "Scotch", "Scotch whisky", "Tennessee whiskey",
                         "single malts", "single malt", "malt whisky", "single malt Scotch whisky")),
    "cheese": ("0406", ("cheese", "cheeses")),
    "canola": ("1205", ("canola", "canola oil", "rapeseed")),
    "textiles": (None, ("textiles", "fabrics")),
    "apparel": (None, ("apparel", "clothing", "garments", "jeans", "blue jeans", "suits", "Western-style suits")),
    "footwear": ("64", ("footwear", "shoes")),
    "machinery": ("84", ("machinery", "industrial machinery", "machine tools", "cranes", "tractors",
                         "ship-to-shore cranes", "capital goods", "excavators", "hydraulic excavators",
                         "bulldozers", "forklifts", "forklift trucks")),
    "chemicals": (None, ("chemicals",)),
    "oil": ("2709", ("oil", "crude oil", "crude")),
    "natural gas": ("2711", ("natural gas", "LNG", "liquefied natural gas")),
    "coal": ("2701", ("coal",)),
    "critical minerals": (None, ("critical minerals",)),
    "rare earths": ("2805", ("rare earths", "rare-earth magnets", "rare earth")),
    "ships": ("89", ("ships", "vessels", "ship")),
    "aircraft": ("88", ("aircraft", "airplanes", "planes", "jets", "airliners", "jetliners")),
    "tools": ("82", ("tools", "power tools", "hand tools")),
    "tires": ("4011", ("tires", "tyres", "tires and tubes", "passenger tires", "light truck tires")),
    "pasta": ("1902", ("pasta", "spaghetti", "macaroni")),
    "nuts": ("0802", ("nuts", "walnuts", "almonds", "pistachios", "hazelnuts", "tree nuts")),
    "toys": ("95", ("toys",)),
    "books": ("49", ("books", "periodicals", "magazines", "newspapers")),
    "buses": ("8702", ("buses", "coaches", "motor coaches")),
    "beer": ("2203", ("beer", "beers", "lager", "ale")),
    "air conditioners": ("8415", ("air conditioners", "air-conditioners", "air conditioning units")),
    "tobacco": ("24", ("tobacco", "leaf tobacco", "cigarettes")),
    "coffee": ("0901", ("coffee", "coffee beans")),
    # HS chapter 31; the key dev 442's labels use
    "fertilizers": ("31", ("fertilizers", "fertilisers", "fertilizer", "fertiliser", "nitrogen fertilizers",
                           "nitrogen fertilisers", "nitrogen-based fertilizers", "nitrogen-based fertilisers",
                           "potash", "urea")),
    # keys the spec's list lacks, from the dev labels (389, 383): HS 0204 meat of sheep, chapter 48 paper
    "lamb": ("0204", ("lamb", "lamb meat", "mutton", "sheep meat")),
    # HS 8469 typewriters (the key dev 490's labels use; 1980s EC anti-dumping cases)
    "typewriters": ("8469", ("typewriters", "electronic typewriters", "portable typewriters")),
    # HS 8712 (the key dev 566's labels use; EC anti-dumping duties on Chinese bicycles since 1993)
    "bicycles": ("8712", ("bicycles",)),
    # HS 8443 printing and copying machines (the key dev 580's labels use; the EC's 1987 duties on Japanese
    # plain paper photocopiers): the longer form keeps "paper" from reading as chapter 48
    "photocopiers": ("8443", ("photocopiers", "photocopier", "copiers", "photocopying machines",
                              "plain paper photocopiers", "plain-paper photocopiers", "plain paper copiers")),
    "paper": ("48", ("paper", "glossy paper", "coated paper", "uncoated paper", "coated free sheet paper",
                     "paper products", "newsprint", "paperboard")),
}

# Goods whose name says where they are made, so a tariff on them hits that origin ("the duty on
# imported bourbon"): protected designations, from the U.S. standards of identity for distilled
# spirits (27 CFR 5.22: bourbon, Tennessee whiskey), the Scotch Whisky Regulations 2009 and the
# EU register of geographical indications (Champagne, Cognac). Keys are lowercase surface forms.
ORIGIN_BOUND: dict[str, str] = {
    "bourbon": "US", "tennessee whiskey": "US", "harley-davidson motorcycles": "US",
    "scotch": "GB", "scotch whisky": "GB", "single malt scotch whisky": "GB",
    "champagne": "FR", "cognac": "FR",
}

# Wording that means "every kind of good": the tariff has no product.
ALL_GOODS: tuple[str, ...] = (
    "goods", "products", "imports", "exports", "shipments", "items", "merchandise", "everything",
)
