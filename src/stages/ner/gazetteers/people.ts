/**
 * Given names written for the tagger's gazetteer features (common in English-language news
 * about many countries), and calendar words, which are never names in CoNLL-2003.
 */

export const GIVEN_NAMES = `John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|
Anthony|Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|
Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Frank|Patrick|Raymond|
Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Nathan|Henry|Douglas|Zachary|Peter|Kyle|Walter|Ethan|Jeremy|Harold|Keith|Christian|
Roger|Noah|Gerald|Carl|Terry|Sean|Austin|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|Billy|Bruce|Albert|Willie|Gabriel|
Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|Elijah|Louis|Bobby|Philip|Johnny|Bill|Bob|Jim|Tom|Mike|Dave|
Steve|Tony|Chris|Nick|Ben|Sam|Joe|Dan|Tim|Ian|Neil|Colin|Graham|Nigel|Simon|Martin|Hugh|Gordon|Tony|Boris|Vladimir|Dmitry|
Sergei|Sergey|Alexei|Alexander|Mikhail|Igor|Yuri|Viktor|Volodymyr|Oleksandr|Andriy|Petro|Nikolai|Ivan|Jean|Pierre|Jacques|
Francois|Emmanuel|Nicolas|Michel|Alain|Marine|Angela|Olaf|Helmut|Gerhard|Friedrich|Hans|Klaus|Wolfgang|Jurgen|Karl|Heinz|
Giuseppe|Giorgia|Silvio|Matteo|Mario|Romano|Pedro|Carlos|Luis|Miguel|Jorge|Antonio|Manuel|Francisco|Javier|Fernando|
Luiz|Inacio|Jair|Andres|Gustavo|Nicolas|Hugo|Evo|Fidel|Raul|Xi|Li|Wang|Zhang|Liu|Chen|Shinzo|Fumio|Yoshihide|Kim|Moon|Park|
Narendra|Rahul|Imran|Nawaz|Benazir|Recep|Tayyip|Bashar|Hosni|Abdel|Mohammed|Muhammad|Mohamed|Ahmed|Ahmad|Ali|Hassan|Hussein|
Omar|Khalid|Abdullah|Salman|Yasser|Mahmoud|Benjamin|Yitzhak|Ariel|Ehud|Shimon|Naftali|Yair|Nelson|Jacob|Cyril|Thabo|Robert|
Paul|Abiy|Uhuru|William|Yoweri|Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|
Margaret|Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|
Cynthia|Kathleen|Amy|Shirley|Angela|Helen|Anna|Brenda|Pamela|Nicole|Emma|Samantha|Katherine|Christine|Debra|Rachel|
Catherine|Carolyn|Janet|Ruth|Maria|Heather|Diane|Virginia|Julie|Joyce|Victoria|Olivia|Kelly|Christina|Lauren|Joan|Evelyn|
Judith|Megan|Cheryl|Andrea|Hannah|Martha|Jacqueline|Frances|Gloria|Ann|Anne|Teresa|Kathryn|Sara|Janice|Jean|Alice|Madison|
Doris|Abigail|Julia|Judy|Grace|Denise|Amber|Marilyn|Beverly|Danielle|Theresa|Sophia|Marie|Diana|Brittany|Natalie|Isabella|
Charlotte|Rose|Alexis|Kayla|Hillary|Kamala|Nancy|Condoleezza|Madeleine|Theresa|Ursula|Christine|Jacinda|Sanna|Ana|Sofia|
Elena|Natalia|Olga|Tatiana|Yulia|Svetlana|Irina|Ingrid|Greta|Annalena|Giorgia|Indira|Sonia|Benazir|Aung|San|Suu|Kyi|
Fatima|Aisha|Leila|Nadia|Yasmin|Mariam|Zainab|Priya|Lina|Chloe|Lucy|Jane|Kate|Sue|Liz|Meg|Pat|Jo|Ann|Eva|Ilse|Monica|Steffi|
Martina|Arantxa|Venus|Serena|Pete|Andre|Goran|Boris|Stefan|Thomas|Yevgeny|Marcelo|Gustavo|Carlos|Rafael|Roger|Novak|Andy`;

/** Months and weekdays: capitalised but never entities in CoNLL-2003 (and not in presstrail). */
export const CALENDAR = `January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|
Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`;
