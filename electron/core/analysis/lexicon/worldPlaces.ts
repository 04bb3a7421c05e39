// A hand-written world gazetteer: places and peoples that news names every year, so that a name the
// mined lexicon never saw (it holds only what one month of 1996 Reuters news named) is still known.
// Single city words that are also common words or given names (Nice, Reading, Florence, Jackson)
// are left out on purpose: context decides those.

/** Countries and territories, by the names news uses. */
const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Byelorussia|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burma|Myanmar|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|
Chile|China|Colombia|Comoros|Congo|Costa Rica|Ivory Coast|Cote d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|
Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|
Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|
Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|
Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia|North Macedonia|Madagascar|Malawi|Malaysia|
Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Namibia|Nauru|
Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|Norway|Oman|Pakistan|Palau|Palestine|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|
Surinam|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|
Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|
United States|United States of America|America|USA|U.S.|U.S.A.|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|
Yugoslavia|Zaire|Zambia|Zimbabwe|Soviet Union|USSR|Czechoslovakia|Hong Kong|Macau|Macao|Puerto Rico|Greenland|Gibraltar|Bermuda|
Tibet|Chechnya|Kashmir|Kurdistan|Gaza|Gaza Strip|West Bank|Golan Heights|Nagorno-Karabakh|Abkhazia|Transdniestria|Crimea|Faroe Islands|
Falklands|Falkland Islands|Guam|Greater London|Scandinavia|Catalonia|Basque Country|Corsica|Sardinia|Sicily|Bavaria|Flanders|Wallonia|
Quebec|Ontario|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Tasmania|Queensland|
New South Wales|Western Australia|South Australia|Northern Territory|Siberia|Kosovo|Punjab|Bengal|West Bengal|Kerala|
Gujarat|Bihar|Assam|Tamil Nadu|Uttar Pradesh|Sindh|Baluchistan|Mindanao|Luzon|Java|Sumatra|Borneo|Bali|Sulawesi|Aceh|Irian Jaya|
Xinjiang|Guangdong|Fujian|Yunnan|Sichuan|Hubei|Hunan|Zhejiang|Jiangsu|Shandong|Hainan|Manchuria|Inner Mongolia|Okinawa|Hokkaido|Kyushu|
Dagestan|Ingushetia|Tatarstan|Bashkortostan|Kurdistan|Darfur|Transvaal|Natal|KwaZulu-Natal|Ogaden|Kivu|Katanga|Shaba|Cabinda`;

/** US states and their news abbreviations. */
const STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming|
Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|Mont.|Neb.|Nev.|
N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Va.|Vt.|Wash.|Wis.|Wyo.|D.C.|
Calif|Fla|Mich|Ariz|Colo|Conn|Mass|Minn|Okla|Tenn|Wis`;

/** Capitals and large cities whose names are not common words or given names. */
const CITIES = `Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Vienna|Baku|Nassau|Manama|
Dhaka|Minsk|Brussels|Antwerp|Porto-Novo|Cotonou|Thimphu|La Paz|Sucre|Sarajevo|Gaborone|Brasilia|Rio de Janeiro|Sao Paulo|Sofia|
Ouagadougou|Rangoon|Yangon|Mandalay|Bujumbura|Phnom Penh|Yaounde|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Bangui|
N'Djamena|Ndjamena|Santiago|Beijing|Peking|Shanghai|Guangzhou|Canton|Shenzhen|Tianjin|Chongqing|Wuhan|Nanjing|Chengdu|Xian|Harbin|
Bogota|Medellin|Kinshasa|Brazzaville|San Jose|Abidjan|Yamoussoukro|Zagreb|Havana|Nicosia|Prague|Copenhagen|Santo Domingo|Quito|
Guayaquil|Cairo|Alexandria|San Salvador|Asmara|Tallinn|Addis Ababa|Suva|Helsinki|Paris|Marseille|Lyon|Toulouse|Strasbourg|Bordeaux|
Libreville|Banjul|Tbilisi|Berlin|Bonn|Hamburg|Munich|Frankfurt|Cologne|Stuttgart|Duesseldorf|Dusseldorf|Leipzig|Dresden|Hanover|
Accra|Athens|Thessaloniki|Guatemala City|Conakry|Bissau|Georgetown|Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|
Bombay|Mumbai|Calcutta|Kolkata|Madras|Chennai|Bangalore|Hyderabad|Karachi|Lahore|Islamabad|Rawalpindi|Peshawar|Jakarta|Surabaya|Tehran|
Baghdad|Basra|Mosul|Dublin|Belfast|Jerusalem|Tel Aviv|Haifa|Rome|Milan|Naples|Turin|Venice|Genoa|Palermo|Bologna|Tokyo|
Osaka|Kyoto|Yokohama|Kobe|Nagoya|Amman|Astana|Almaty|Alma-Ata|Nairobi|Mombasa|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|
Maseru|Monrovia|Tripoli|Benghazi|Vilnius|Skopje|Antananarivo|Lilongwe|Kuala Lumpur|Bamako|Valletta|Nouakchott|Mexico City|Guadalajara|
Monterrey|Tijuana|Chisinau|Ulan Bator|Ulaanbaatar|Podgorica|Rabat|Casablanca|Maputo|Windhoek|Kathmandu|Amsterdam|Rotterdam|The Hague|
Auckland|Managua|Niamey|Lagos|Abuja|Pyongyang|Seoul|Pusan|Busan|Oslo|Muscat|Islamabad|Panama City|Port Moresby|Asuncion|
Lima|Manila|Warsaw|Krakow|Gdansk|Lisbon|Oporto|Doha|Bucharest|Moscow|St Petersburg|St. Petersburg|Leningrad|Vladivostok|Novosibirsk|
Grozny|Volgograd|Kigali|Riyadh|Jeddah|Mecca|Medina|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Johannesburg|Pretoria|
Cape Town|Durban|Juba|Madrid|Barcelona|Seville|Bilbao|Colombo|Khartoum|Paramaribo|Stockholm|Gothenburg|Geneva|Zurich|Bern|
Berne|Basel|Lausanne|Damascus|Aleppo|Taipei|Dushanbe|Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|Izmir|Ashgabat|Ashkhabad|
Kampala|Kiev|Kyiv|Kharkiv|Odessa|Abu Dhabi|Dubai|London|Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Cardiff|Montevideo|
Tashkent|Samarkand|Caracas|Hanoi|Ho Chi Minh City|Saigon|Sanaa|Aden|Lusaka|Harare|Bulawayo|Washington D.C.|New York City|Los Angeles|
Chicago|Houston|Philadelphia|Phoenix|San Antonio|San Diego|Dallas|San Francisco|Seattle|Denver|Boston|Detroit|Atlanta|Miami|
Pittsburgh|Cincinnati|Cleveland|Baltimore|Minneapolis|St Louis|St. Louis|New Orleans|Las Vegas|Milwaukee|Kansas City|Oakland|
Sacramento|Tampa|Orlando|Honolulu|Anchorage|Nashville|Memphis|Indianapolis|Jacksonville|Louisville|Buffalo|Albuquerque|Tucson|
Salt Lake City|Omaha|Oklahoma City|Hartford|Newark|Brooklyn|Manhattan|Bronx|Queens|Harlem|Wall Street|
Silicon Valley|Hollywood|Beverly Hills|Palo Alto|Rochester|Syracuse|Hebron|Nablus|Ramallah|Jericho|Bethlehem|Gaza City|Tuzla|
Mostar|Srebrenica|Banja Luka|Dubrovnik|Vukovar|Knin|Osijek|Novi Sad|Nis|Thessaloniki|Salonika|Plovdiv|Varna|Cluj|
Timisoara|Constanta|Lodz|Poznan|Wroclaw|Szczecin|Katowice|Brno|Ostrava|Kosice|Debrecen|Szeged|Graz|Linz|Salzburg|Innsbruck|
Antwerp|Ghent|Liege|Charleroi|Rotterdam|Utrecht|Eindhoven|Groningen|Luxembourg City|Nantes|Lille|Rennes|Cannes|Monte Carlo|
Grenoble|Montpellier|Seville|Malaga|Zaragoza|Oviedo|La Coruna|Coruna|Porto|Verona|Trieste|Bari|Catania|Cagliari|Marseilles|
Hamburg|Bremen|Dortmund|Essen|Duisburg|Nuremberg|Mannheim|Karlsruhe|Freiburg|Heidelberg|Kiel|Rostock|Magdeburg|Erfurt|Potsdam|
Malmo|Uppsala|Bergen|Trondheim|Stavanger|Aarhus|Odense|Tampere|Turku|Murmansk|Arkhangelsk|Yekaterinburg|Chelyabinsk|Samara|Kazan|
Nizhny Novgorod|Omsk|Krasnoyarsk|Irkutsk|Khabarovsk|Rostov|Krasnodar|Sochi|Makhachkala|Nazran|Vladikavkaz|Kaliningrad|Smolensk|
Tula|Tver|Yaroslavl|Perm|Ufa|Saratov|Voronezh|Lviv|Lvov|Donetsk|Dnipropetrovsk|Zaporizhzhia|Sevastopol|Simferopol|Tiraspol|
Batumi|Sukhumi|Ganja|Stepanakert|Karaganda|Shymkent|Osh|Khujand|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Quetta|Multan|Faisalabad|
Hyderabad|Srinagar|Jammu|Amritsar|Chandigarh|Lucknow|Patna|Ahmedabad|Pune|Poona|Surat|Jaipur|Kanpur|Nagpur|Bhopal|Varanasi|
Chittagong|Sylhet|Kandy|Jaffna|Trincomalee|Kathmandu|Lhasa|Urumqi|Kashgar|Hangzhou|Suzhou|Xiamen|Fuzhou|Qingdao|Dalian|Shenyang|
Changchun|Kunming|Guiyang|Nanning|Lanzhou|Zhengzhou|Jinan|Hefei|Nanchang|Changsha|Taiyuan|Shijiazhuang|Hohhot|Kaohsiung|Taichung|
Macau|Kowloon|Incheon|Inchon|Daegu|Taegu|Kwangju|Gwangju|Kaesong|Sapporo|Fukuoka|Hiroshima|Nagasaki|Sendai|Kawasaki|Cebu|Davao|
Zamboanga|Medan|Bandung|Semarang|Yogyakarta|Denpasar|Dili|Penang|Johor Bahru|Phuket|Chiang Mai|Da Nang|Haiphong|Mandalay|
Tehran|Mashhad|Isfahan|Tabriz|Shiraz|Qom|Kirkuk|Arbil|Erbil|Sulaimaniya|Najaf|Karbala|Fallujah|Ramadi|Tikrit|Homs|Hama|Latakia|
Sidon|Tripoli|Zahle|Baalbek|Aqaba|Irbid|Zarqa|Eilat|Ashdod|Ashkelon|Beersheba|Nazareth|Jenin|Tulkarm|Qalqilya|Khan Younis|
Rafah|Port Said|Suez|Ismailia|Luxor|Aswan|Asyut|Sharm el-Sheikh|Omdurman|Port Sudan|Benghazi|Misrata|Sfax|Sousse|Oran|Constantine|
Annaba|Fez|Marrakesh|Marrakech|Tangier|Agadir|Kano|Ibadan|Kaduna|Port Harcourt|Enugu|Kumasi|Bamenda|Douala|Lubumbashi|Kisangani|
Goma|Bukavu|Pointe-Noire|Entebbe|Gulu|Kisumu|Eldoret|Arusha|Dodoma|Zanzibar|Mbabane|Maseru|Blantyre|Beira|Nampula|Bloemfontein|
Port Elizabeth|East London|Soweto|Pietermaritzburg|Kimberley|Hargeisa|Kismayu|Baidoa|Berbera|Mekele|Gondar|Massawa|Valparaiso|
Cordoba|Rosario|Mendoza|La Plata|Belo Horizonte|Porto Alegre|Recife|Fortaleza|Manaus|Belem|Curitiba|Cuzco|
Arequipa|Cochabamba|Maracaibo|Barranquilla|Cartagena|Cucuta|Guadalajara|Puebla|Acapulco|Cancun|
Ciudad Juarez|Juarez|Veracruz|Oaxaca|Chiapas|Michoacan|Morelia|San Pedro Sula|Port of Spain|Bridgetown|Castries|Havana|
Santiago de Cuba|Guantanamo|San Juan|Belmopan|Nuuk|Anchorage|Quebec City|Halifax|Saskatoon`;

/** Regions, seas and other geographic names. */
const REGIONS = `Africa|Asia|Europe|North America|South America|Latin America|Central America|Middle East|Near East|Far East|Central Asia|
South Asia|Southeast Asia|South-East Asia|East Asia|Asia-Pacific|Pacific|Atlantic|Indian Ocean|Antarctica|Antarctic|
Caribbean|Mediterranean|Balkans|Caucasus|North Caucasus|Baltic|Baltics|Gulf|Persian Gulf|Horn of Africa|Sahara|Sahel|Maghreb|
Western Europe|Eastern Europe|Central Europe|Northern Europe|Southern Europe|West Africa|East Africa|Southern Africa|North Africa|
Central Africa|Great Lakes|Scandinavia|Siberia|Midwest|Mid-West|East Coast|West Coast|Gulf Coast|New England|Deep South|
Black Sea|Caspian|Caspian Sea|Red Sea|Dead Sea|North Sea|Baltic Sea|Aegean|Adriatic|South China Sea|East China Sea|Sea of Japan|
Yellow Sea|Persian Gulf|Gulf of Mexico|Panama Canal|Suez Canal|Strait of Hormuz|Taiwan Strait|English Channel|Bosphorus|Danube|
Rhine|Nile|Euphrates|Tigris|Amazon|Yangtze|Mekong|Ganges|Indus|Volga|Jordan River|Himalayas|Alps|Andes|Urals|Pyrenees|Rockies|
Pamirs|Hindu Kush|Golan|Sinai|Negev|Kurdistan|Ruhr|Saar|Silesia|Transylvania|Moldavia|Bessarabia|Dalmatia|Istria|Slavonia|
Krajina|Anatolia|Punjab|Kashmir|Ladakh|Tibet|Mongolia|Indochina|Patagonia|Amazonia|Yucatan|Lapland|Karelia|Chukotka|Kamchatka|
Sakhalin|Kuril Islands|Kurils|Spratly Islands|Spratlys|Paracel Islands|West Bank|East Jerusalem|Holy Land|Arabian Peninsula|
Korean Peninsula|Iberian Peninsula|Crimean Peninsula|Lake Victoria|Lake Geneva|Downing Street|Whitehall|Westminster|Capitol Hill|
Kremlin|Champs Elysees|Tiananmen Square|Red Square`;

/** Peoples, nationality and religion words: "misc" names, never people, organisations or places. */
const PEOPLES = `Afghan|Albanian|Algerian|American|Americans|Angolan|Arab|Arabs|Argentine|Argentinian|Armenian|Armenians|Australian|
Australians|Austrian|Azeri|Azerbaijani|Bangladeshi|Belarussian|Belgian|Beninese|Bolivian|Bosnian|Bosnians|Brazilian|Brazilians|
British|Briton|Britons|Bulgarian|Burmese|Burundian|Cambodian|Cameroonian|Canadian|Canadians|Chadian|Chechen|Chechens|Chilean|Chinese|
Colombian|Congolese|Croat|Croats|Croatian|Cuban|Cubans|Cypriot|Czech|Czechs|Danish|Dane|Danes|Dutch|Dutchman|Ecuadorean|Egyptian|
Egyptians|English|Englishman|Eritrean|Estonian|Ethiopian|European|Europeans|Filipino|Finnish|Finn|Finns|French|Frenchman|Gabonese|
Georgian|German|Germans|Ghanaian|Greek|Greeks|Guatemalan|Guinean|Haitian|Honduran|Hungarian|Hungarians|Icelandic|Indian|Indians|
Indonesian|Iranian|Iranians|Iraqi|Iraqis|Irish|Irishman|Israeli|Israelis|Italian|Italians|Ivorian|Jamaican|Japanese|Jordanian|
Kazakh|Kenyan|Korean|Koreans|Kosovar|Kurd|Kurds|Kurdish|Kuwaiti|Kyrgyz|Laotian|Latvian|Lebanese|Liberian|Libyan|Libyans|
Lithuanian|Macedonian|Malagasy|Malawian|Malaysian|Malian|Maltese|Mauritanian|Mexican|Mexicans|Moldovan|Mongolian|Montenegrin|
Moroccan|Mozambican|Namibian|Nepali|Nepalese|New Zealander|Nicaraguan|Nigerian|Nigerians|Nigerien|Norwegian|Omani|Pakistani|
Pakistanis|Palestinian|Palestinians|Panamanian|Paraguayan|Persian|Peruvian|Philippine|Pole|Poles|Polish|Portuguese|Qatari|Romanian|
Romanians|Russian|Russians|Rwandan|Rwandese|Salvadorean|Saudi|Saudis|Scot|Scots|Scottish|Senegalese|Serb|Serbs|Serbian|Sierra Leonean|
Singaporean|Slovak|Slovaks|Slovenian|Slovene|Somali|Somalis|South African|South Africans|Soviet|Spaniard|Spaniards|Spanish|
Sri Lankan|Sudanese|Surinamese|Swede|Swedes|Swedish|Swiss|Syrian|Syrians|Taiwanese|Tajik|Tajiks|Tamil|Tamils|Tanzanian|Thai|
Tibetan|Togolese|Tunisian|Turk|Turks|Turkish|Turkmen|Ugandan|Ukrainian|Ukrainians|Uruguayan|Uzbek|Uzbeks|Venezuelan|Vietnamese|
Welsh|Welshman|Yemeni|Yugoslav|Zairean|Zambian|Zimbabwean|Hutu|Hutus|Tutsi|Tutsis|Pashtun|Pashtuns|Uighur|Uighurs|Basque|Basques|
Catalan|Flemish|Walloon|Bavarian|Sicilian|Corsican|Cossack|Tatar|Tatars|Afrikaner|Afrikaners|Zulu|Zulus|Xhosa|Berber|Bedouin|
Asian|Asians|African|Africans|Latin American|Caribbean|Scandinavian|Balkan|Baltic|Caucasian|Nordic|Arabic|Hebrew|Persian|Slav|Slavs|
Moslem|Moslems|Muslim|Muslims|Islamic|Christians|Catholic|Catholics|Protestant|Protestants|Jew|Jews|Jewish|
Hindu|Hindus|Sikh|Sikhs|Buddhist|Buddhists|Shi'ite|Shiite|Shiites|Sunni|Sunnis|Anglican|Anglicans|
Texan|Texans|Californian|Floridian|New Yorker|Londoner|Muscovite|Parisian|Quebecer|Quebecois|Ontarian`;

const entries = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

/** Every name above with its code: L place, M misc. */
export function worldNames(): [string, 'L' | 'M'][] {
  const out: [string, 'L' | 'M'][] = [];
  for (const n of [...entries(COUNTRIES), ...entries(STATES), ...entries(CITIES), ...entries(REGIONS)]) out.push([n, 'L']);
  for (const n of entries(PEOPLES)) out.push([n, 'M']);
  return out;
}

/** Nationality or people words, for splitting "German Foreign Ministry" into "German" and the ministry. */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set(entries(PEOPLES));

/** Countries and territories that act as states ("the country is seeking to"). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(entries(COUNTRIES));
