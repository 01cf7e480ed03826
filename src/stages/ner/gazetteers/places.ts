/**
 * Place names written for the tagger's gazetteer features (lists of names, not text from any
 * corpus). A hit is a hint the tagger weighs, never a decision: "Jordan" is a country and a name.
 */

/** Sovereign states and a few much-reported territories, in their usual English short forms. */
export const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Herzegovina|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|
Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|
Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|
Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|
Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|
Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia|North Macedonia|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|
Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|
New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|
Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tobago|Tunisia|Turkey|Turkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|
U.S.|US|USA|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Yugoslavia|Zaire|Zambia|Zimbabwe|Gaza|
Gaza Strip|West Bank|Hong Kong|Macau|Puerto Rico|Greenland|Chechnya|Crimea|Tibet|Kashmir|Kurdistan|Soviet Union|USSR|
Slovak Republic|Korea|Ulster`;

/** US states, Canadian provinces and regions that news names on their own. */
export const REGIONS = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta|
British Columbia|Manitoba|Saskatchewan|Nova Scotia|Siberia|Bavaria|Catalonia|Sicily|Sardinia|Corsica|Flanders|Wallonia|
Punjab|Bengal|Kerala|Xinjiang|Guangdong|Donbas|Donetsk|Luhansk|Kherson|Zaporizhzhia|Kharkiv|Darfur|Tigray|Amhara|Sinai|
Balkans|Caucasus|Middle East|Gulf|Persian Gulf|Europe|Asia|Africa|Latin America|South America|North America|Central America|
Caribbean|Pacific|Atlantic|Mediterranean|Baltic|Scandinavia|Arctic|Antarctica|Sahel|Horn of Africa|Red Sea|Black Sea|
Indian Ocean|South China Sea|Golan Heights|Nagorno-Karabakh|Transnistria|Abkhazia|Mindanao|Java|Sumatra|Borneo|Bali`;

/** Capitals and much-reported cities. */
export const CITIES = `London|Paris|Berlin|Madrid|Rome|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Vienna|Bern|Geneva|Zurich|Stockholm|Oslo|
Copenhagen|Helsinki|Reykjavik|Warsaw|Prague|Bratislava|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Ljubljana|Sarajevo|Skopje|
Tirana|Athens|Ankara|Istanbul|Nicosia|Valletta|Kiev|Kyiv|Minsk|Moscow|St Petersburg|Vilnius|Riga|Tallinn|Chisinau|Tbilisi|
Yerevan|Baku|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Riyadh|Jeddah|Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Aden|
Kuwait City|Manama|Cairo|Alexandria|Tripoli|Benghazi|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|
Kampala|Kigali|Kinshasa|Lagos|Abuja|Accra|Dakar|Bamako|Niamey|Luanda|Harare|Lusaka|Johannesburg|Pretoria|Cape Town|Maputo|
Kabul|Islamabad|Karachi|Lahore|New Delhi|Delhi|Mumbai|Bombay|Calcutta|Kolkata|Dhaka|Colombo|Kathmandu|Beijing|Shanghai|
Hong Kong|Taipei|Seoul|Pyongyang|Tokyo|Osaka|Manila|Jakarta|Kuala Lumpur|Bangkok|Hanoi|Ho Chi Minh City|Phnom Penh|Yangon|
Rangoon|Sydney|Melbourne|Canberra|Wellington|Auckland|Ottawa|Toronto|Montreal|Vancouver|Washington|New York|Los Angeles|
Chicago|Houston|Boston|Philadelphia|San Francisco|Miami|Atlanta|Dallas|Detroit|Seattle|Denver|Phoenix|New Orleans|Mexico City|
Havana|Caracas|Bogota|Lima|Quito|Santiago|Buenos Aires|Montevideo|Brasilia|Sao Paulo|Rio de Janeiro|La Paz|Asuncion|
Panama City|San Jose|Managua|Tegucigalpa|Guatemala City|San Salvador|Port-au-Prince|Kingston|Frankfurt|Munich|Hamburg|
Bonn|Cologne|Milan|Naples|Turin|Barcelona|Seville|Marseille|Lyon|Strasbourg|Manchester|Liverpool|Birmingham|Glasgow|Edinburgh|
Belfast|Cardiff|Rotterdam|Antwerp|Gdansk|Krakow|Odesa|Odessa|Mariupol|Lviv|Bakhmut|Aleppo|Homs|Idlib|Mosul|Basra|Kirkuk|
Erbil|Raqqa|Kandahar|Herat|Gaza City|Rafah|Khan Younis|Ramallah|Hebron|Haifa|Goma|Timbuktu|Mecca|Medina|Wuhan|Shenzhen|
Singapore|Davos|Luxembourg|Monaco|Strasbourg|Chernobyl|Grozny|Sevastopol|Srebrenica|Mostar|Pristina|Wall Street`;

/** Nationalities and other adjectives of place, which CoNLL-2003 tags MISC. */
export const DEMONYMS = `Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|
Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|Burundian|Cambodian|Cameroonian|Canadian|
Chadian|Chilean|Chinese|Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|Emirati|
English|Eritrean|Estonian|Ethiopian|European|Filipino|Finnish|French|Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|
Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|
Kazakh|Kenyan|Korean|Kosovar|Kurdish|Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Macedonian|Malagasy|
Malawian|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|Namibian|Nepali|Nepalese|
Nicaraguan|Nigerian|Nigerien|Norwegian|Pakistani|Palestinian|Panamanian|Paraguayan|Peruvian|Polish|Portuguese|Qatari|
Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serb|Serbian|Slovak|Slovenian|Slovene|Somali|Spanish|Sri Lankan|
Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|
Venezuelan|Vietnamese|Welsh|Yemeni|Yugoslav|Zambian|Zimbabwean|Arab|Arabic|Asian|African|Latin|Hispanic|Scandinavian|Baltic|
Balkan|Caucasian|Sikh|Hindu|Muslim|Moslem|Christian|Catholic|Protestant|Orthodox|Jewish|Jew|Sunni|Shi'ite|Shiite|Shia|
Buddhist|Islamic|Israelis|Palestinians|Americans|Germans|Russians|Serbs|Croats|Kurds|Arabs|Muslims|Moslems|Christians|
Catholics|Jews|Sunnis|Shiites|Chechen|Chechens|Tamil|Tamils|Pashtun|Uyghur|Uighur|Rohingya|Hutu|Tutsi|Kosovo Albanian|
Soviet|Western|Communist|Socialist|Republican|Democrat|Democratic|Conservative|Labour|Tory|Tories|Liberal|Eurasian|Nordic`;
