package org.modesign.importer.mapping;

import java.util.List;

/**
 * The default location table's facts beside {@code countries.txt} (each country's continent after
 * the UN geoscheme: Mexico and the Caribbean in North America, Turkey and the Middle East in Asia,
 * Russia in Europe; its codes; its names in English, German, French, Spanish and Chinese as the JDK
 * writes them): other names a country goes by, and major cities of the countries where marketing
 * teams sit, in English, their own language and Chinese.
 */
final class LocationData {

    /** Other names of a country: code, then names separated by "|". */
    static final List<String> ALIASES = List.of(
            "US: USA|U.S.|U.S.A.|United States of America|America|美國|美利坚",
            "GB: UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|英格兰|英格蘭",
            "AE: UAE|Emirates|阿联酋|阿聯酋", "KR: Korea|South Korea|Republic of Korea|韩国|南韓|韓國",
            "CZ: Czech Republic|Tschechien", "NL: Holland|荷兰", "TR: Türkiye|Turkey", "RU: Russia|俄罗斯",
            "CN: PRC|Mainland China|China Mainland|中国大陆|中國大陸|大陆|大陸|内地|內地|中华人民共和国",
            "HK: Hong Kong SAR|HKSAR|中国香港|中國香港", "MO: Macao|Macau SAR|中国澳门", "TW: Taiwan ROC|台湾|臺灣|台灣",
            "VN: Viet Nam", "CI: Ivory Coast", "DE: Germany|德国|德國", "CH: Switzerland|瑞士", "SG: 新加坡",
            "MY: 马来西亚|馬來西亞", "IN: 印度", "JP: 日本", "AU: 澳洲|澳大利亚|澳大利亞", "NZ: 新西兰|紐西蘭");

    /** Major cities: the country's code, then names separated by "|". */
    static final List<String> CITIES = List.of(
            "US: New York|New York City|NYC|San Francisco|SF|Los Angeles|LA|Chicago|Boston|Seattle|Austin|Atlanta"
                    + "|Denver|Dallas|Houston|Miami|Washington|Washington DC|Philadelphia|San Diego|San Jose"
                    + "|Palo Alto|Mountain View|Menlo Park|Redmond|Phoenix|Minneapolis|Detroit|Portland|Raleigh"
                    + "|Nashville|Salt Lake City|Pittsburgh|Charlotte|Columbus|Indianapolis|St. Louis|Kansas City"
                    + "|纽约|紐約|旧金山|舊金山|洛杉矶|洛杉磯|芝加哥|波士顿|波士頓|西雅图|西雅圖|硅谷|矽谷",
            "CA: Toronto|Vancouver|Montreal|Montréal|Ottawa|Calgary|Edmonton|Waterloo|多伦多|多倫多|温哥华|溫哥華",
            "MX: Mexico City|Ciudad de México|CDMX|Guadalajara|Monterrey", "BR: São Paulo|Rio de Janeiro|圣保罗|聖保羅",
            "AR: Buenos Aires", "CL: Santiago", "CO: Bogotá|Medellín", "PE: Lima",
            "GB: London|Manchester|Edinburgh|Birmingham|Glasgow|Bristol|Leeds|Cambridge|Oxford|Belfast|Reading"
                    + "|伦敦|倫敦",
            "DE: Berlin|Munich|München|Hamburg|Frankfurt|Frankfurt am Main|Cologne|Köln|Düsseldorf|Stuttgart"
                    + "|Leipzig|Dresden|Hannover|Nuremberg|Nürnberg|Bremen|Essen|Dortmund|Bonn|Mannheim|Karlsruhe"
                    + "|Walldorf|Heidelberg|柏林|慕尼黑|法兰克福|法蘭克福|汉堡|漢堡",
            "FR: Paris|Lyon|Marseille|Toulouse|Nice|Nantes|Bordeaux|Lille|Strasbourg|Montpellier|巴黎",
            "ES: Madrid|Barcelona|Valencia|Sevilla|Seville|Bilbao|Málaga|Zaragoza|马德里|馬德里|巴塞罗那|巴塞隆納",
            "IT: Milan|Milano|Rome|Roma|Turin|Torino|Florence|Firenze|Naples|Napoli|Bologna|米兰|米蘭|罗马|羅馬",
            "NL: Amsterdam|Rotterdam|The Hague|Den Haag|Utrecht|Eindhoven|阿姆斯特丹",
            "BE: Brussels|Bruxelles|Brussel|Antwerp|Antwerpen|Ghent|Gent|布鲁塞尔",
            "CH: Zurich|Zürich|Geneva|Genève|Genf|Basel|Bern|Lausanne|Zug|苏黎世|蘇黎世|日内瓦|日內瓦",
            "AT: Vienna|Wien|Graz|Salzburg|Linz|Innsbruck|维也纳|維也納", "IE: Dublin|Cork|Galway|Limerick|都柏林",
            "SE: Stockholm|Gothenburg|Göteborg|Malmö", "DK: Copenhagen|København|Aarhus", "NO: Oslo|Bergen",
            "FI: Helsinki|Espoo", "PL: Warsaw|Warszawa|Kraków|Krakau|Wrocław|Gdańsk|Poznań", "CZ: Prague|Praha|Prag|Brno",
            "PT: Lisbon|Lisboa|Porto", "GR: Athens", "HU: Budapest", "RO: Bucharest|București|Cluj-Napoca",
            "RU: Moscow|Moskau|Saint Petersburg|St. Petersburg|莫斯科", "TR: Istanbul|İstanbul|Ankara",
            "UA: Kyiv|Kiev|Lviv", "EE: Tallinn", "LT: Vilnius", "LV: Riga",
            "CN: Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu|Wuhan|Nanjing|Xi'an|Xian|Suzhou|Tianjin"
                    + "|Chongqing|Xiamen|Qingdao|Dalian|Changsha|Zhengzhou|Hefei|Ningbo|Jinan|Shenyang|北京|上海|深圳"
                    + "|广州|廣州|杭州|成都|武汉|武漢|南京|西安|苏州|蘇州|天津|重庆|重慶|厦门|廈門|青岛|青島|大连|大連"
                    + "|长沙|長沙|郑州|鄭州|合肥|宁波|寧波|济南|濟南|沈阳|瀋陽|东莞|東莞|佛山|无锡|無錫|珠海|昆明|福州",
            "HK: Kowloon|九龙|九龍", "TW: Taipei|Kaohsiung|Taichung|Hsinchu|Taoyuan|台北|臺北|高雄|台中|臺中|新竹|桃园|桃園",
            "JP: Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Fukuoka|东京|東京|大阪", "KR: Seoul|Busan|首尔|首爾",
            "IN: Bangalore|Bengaluru|Mumbai|Delhi|New Delhi|Hyderabad|Chennai|Pune|Gurgaon|Gurugram|Noida|Kolkata"
                    + "|班加罗尔|孟买",
            "AU: Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|悉尼|雪梨|墨尔本|墨爾本",
            "NZ: Auckland|Wellington|奥克兰|奧克蘭", "AE: Dubai|Abu Dhabi|迪拜|杜拜", "IL: Tel Aviv|Jerusalem",
            "SA: Riyadh|Jeddah", "QA: Doha", "EG: Cairo", "ZA: Johannesburg|Cape Town|Durban", "NG: Lagos",
            "KE: Nairobi", "MA: Casablanca", "TH: Bangkok|曼谷", "MY: Kuala Lumpur|吉隆坡", "ID: Jakarta|雅加达",
            "PH: Manila|Makati|马尼拉", "VN: Ho Chi Minh City|Saigon|Hanoi|胡志明市|河内");

    /** Region names that hold a continent in many designs, tried when the design has no region of its name. */
    static final List<String> GROUPINGS = List.of(
            "Europe: EMEA|Europa|EU", "Africa: EMEA|MEA|Middle East & Africa",
            "Asia: APAC|Asia Pacific|Asia-Pacific|AP|Asia/Pacific|亚太|亞太", "Oceania: APAC|Asia Pacific|ANZ|亚太|亞太",
            "North America: AMER|Americas|NA|NORAM|北美", "South America: LATAM|Latin America|AMER|Americas|拉美");

    /** Words that are no place: "Berlin Office", "HQ - Munich", "Remote (US)", "上海办公室". */
    static final List<String> NOISE = List.of("office", "hq", "headquarters", "head office", "remote", "campus",
            "büro", "bureau", "siège", "oficina", "sede central", "办公室", "辦公室", "总部", "總部", "分公司", "办事处",
            "辦事處");

    private LocationData() {
    }
}
