/**
 * Organisation names written for the tagger's gazetteer features: international bodies, agencies,
 * ministries' usual short names, parties, armed groups, news outlets, platforms and firms that
 * news names often. Hints for the tagger, never decisions.
 */

export const ORGANISATIONS = `United Nations|UN|U.N.|UNICEF|UNESCO|UNHCR|WHO|World Health Organization|World Bank|IMF|
International Monetary Fund|WTO|World Trade Organization|NATO|EU|European Union|European Commission|European Parliament|
European Central Bank|ECB|OPEC|OECD|G7|G20|ASEAN|African Union|Arab League|Council of Europe|OSCE|Interpol|Europol|
Red Cross|Red Crescent|ICRC|Amnesty International|Human Rights Watch|Greenpeace|Doctors Without Borders|MSF|Oxfam|
International Criminal Court|ICC|International Court of Justice|Security Council|General Assembly|IAEA|FIFA|UEFA|IOC|
International Olympic Committee|Federal Reserve|Fed|Bundesbank|Bank of England|Bank of Japan|Supreme Court|Congress|Senate|
House of Representatives|White House|Pentagon|Kremlin|Downing Street|Parliament|Bundestag|Knesset|Duma|State Department|
Justice Department|Department of Justice|Treasury|Home Office|Foreign Office|Ministry of Defence|Ministry of Defense|
Defense Ministry|Foreign Ministry|Interior Ministry|Health Ministry|Finance Ministry|FBI|CIA|NSA|DHS|EPA|FDA|CDC|SEC|FTC|
FCC|IRS|DEA|ATF|NASA|FEMA|ICE|TSA|NIH|Secret Service|Homeland Security|National Guard|MI5|MI6|GCHQ|Mossad|Shin Bet|KGB|FSB|
GRU|SBU|Scotland Yard|Metropolitan Police|Gendarmerie|Hamas|Hezbollah|Fatah|PLO|Taliban|Al Qaeda|al-Qaeda|Islamic State|
ISIS|ISIL|Daesh|Boko Haram|al-Shabab|Houthis|Wagner|Wagner Group|IRA|ETA|PKK|YPG|Kurdistan Workers Party|Hayat Tahrir al-Sham|
HTS|Rapid Support Forces|RSF|Islamic Jihad|Democratic Party|Republican Party|GOP|Labour Party|Conservative Party|Tory Party|
Liberal Democrats|Social Democrats|SPD|CDU|CSU|AfD|Greens|Green Party|National Front|National Rally|ANC|BJP|Congress Party|
Likud|Communist Party|Kuomintang|Sinn Fein|Reuters|Associated Press|AP|AFP|Agence France-Presse|BBC|CNN|Fox News|NBC|CBS|ABC|
NPR|PBS|MSNBC|Al Jazeera|Bloomberg|New York Times|Washington Post|Wall Street Journal|Financial Times|The Guardian|Guardian|
Times|Le Monde|Der Spiegel|Politico|Axios|Xinhua|Tass|Interfax|RIA|Kyodo|Yonhap|Google|Alphabet|Apple|Microsoft|Amazon|
Meta|Facebook|Instagram|WhatsApp|Twitter|TikTok|ByteDance|YouTube|Telegram|Reddit|Snapchat|LinkedIn|Netflix|Tesla|SpaceX|
OpenAI|Nvidia|Intel|IBM|Samsung|Huawei|Sony|Toyota|Volkswagen|BMW|Boeing|Airbus|Exxon|Chevron|Shell|BP|Gazprom|Rosneft|
Aramco|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|UBS|General Motors|Ford|Chrysler|
Pfizer|Moderna|AstraZeneca|Johnson & Johnson|Walmart|Uber|Airbnb|PayPal|Visa|Mastercard|Nasdaq|Dow Jones|Wall Street|
Nikkei|Stock Exchange|New York Stock Exchange|NYSE|Standard & Poor's|Moody's|Fitch|Lloyd's|Hapag-Lloyd|Microsoft|Siemens|
Nestle|Unilever|Renault|Peugeot|Fiat|Daimler|Volvo|Ericsson|Nokia|Philips|Alcatel|Olivetti|Telecom|Airways|Airlines|
Aeroflot|Lufthansa|Qantas|Ryanair|Interfax|Supreme Council|Politburo|Pentagon|Army|Navy|Air Force|Marines|Coast Guard|
Bank|Group|Corp|Inc|Ltd|Plc|AG|SA|NV|Co|Holdings|University|College|Institute|Foundation|Association|Federation|Union|
Council|Committee|Commission|Agency|Ministry|Department|Authority|Party|Club|FC|United|City|Rovers|Athletic|Wanderers`;

/** Title words that come before a person's name: evidence that the next words are a PERSON. */
export const PERSON_TITLES = `Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sen|Senator|Rep|Representative|Gov|Governor|President|
Prime Minister|Premier|Chancellor|King|Queen|Prince|Princess|Pope|Sheikh|Ayatollah|Rabbi|Bishop|Archbishop|Cardinal|Father|
Reverend|Rev|Gen|General|Col|Colonel|Lt|Lieutenant|Maj|Major|Capt|Captain|Sgt|Sergeant|Adm|Admiral|Commander|Judge|Justice|
Minister|Secretary|Ambassador|Mayor|Chairman|Chairwoman|Chair|Director|Spokesman|Spokeswoman|spokesman|spokeswoman|Coach|
coach|Deputy|deputy|Vice|Chief|chief|Lord|Lady|Sir|Dame|Emir|Sultan|Crown Prince|Speaker|Leader|leader|striker|
midfielder|defender|goalkeeper|captain|champion|seed|minister|president|secretary|governor|senator|mayor|general|
analyst|economist|trader|dealer|official|officials|director|chairman|lawyer|attorney|prosecutor|judge|told|said|says`;
