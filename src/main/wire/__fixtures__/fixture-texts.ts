/**
 * The original text of every fixture that is stored in a legacy charset or generated with
 * control characters (see generate-fixtures.ts). Tests compare what the importers read back
 * with these strings, letter for letter. All stories are invented for the tests.
 */

export interface CharsetText {
  file: string;
  charset: string;
  headline: string;
  paragraphs: string[];
}

export const CHARSET_TEXTS: CharsetText[] = [
  {
    file: 'bg-windows-1251.txt',
    charset: 'windows-1251',
    headline: 'Общината пуска нови трамваи по линия 5',
    paragraphs: [
      'София ще получи двадесет нови нископодови трамвая до края на годината, съобщиха от столичната община. Първите три мотриси вече са в депото „Красна поляна“ и преминават технически изпитания.',
      'Според кмета новите возила ще намалят интервалите в пиковите часове с една трета. Жителите на кварталите по трасето очакват по-тихо и по-чисто пътуване, а транспортната комисия ще следи графика на доставките.',
      'Проектът се финансира с европейски средства и собствен принос на общината. Договорът предвижда гаранционна поддръжка за срок от десет години.',
    ],
  },
  {
    file: 'ru-koi8r.txt',
    charset: 'koi8-r',
    headline: 'В Петербурге открылась выставка северной живописи',
    paragraphs: [
      'В Русском музее в субботу открылась выставка, посвящённая художникам Русского Севера. Посетители увидят более двухсот работ, многие из которых впервые покидают запасники.',
      'Кураторы рассказали, что подготовка экспозиции заняла почти три года. Особое внимание уделено пейзажам Архангельской и Вологодской областей, а также деревянной архитектуре.',
      'Выставка продлится до конца лета. Вход для школьников и студентов будет бесплатным по средам.',
    ],
  },
  {
    file: 'el-iso-8859-7.txt',
    charset: 'iso-8859-7',
    headline: 'Νέα γραμμή μετρό στη Θεσσαλονίκη',
    paragraphs: [
      'Η νέα επέκταση του μετρό της Θεσσαλονίκης άνοιξε σήμερα για το επιβατικό κοινό, σύμφωνα με ανακοίνωση του υπουργείου Μεταφορών. Οι πρώτοι επιβάτες ταξίδεψαν από την Καλαμαριά προς το κέντρο της πόλης.',
      'Ο δήμαρχος δήλωσε ότι το έργο θα μειώσει την κυκλοφοριακή συμφόρηση και τους χρόνους μετακίνησης. Οι συρμοί θα κυκλοφορούν κάθε τέσσερα λεπτά τις ώρες αιχμής.',
    ],
  },
  {
    file: 'pl-iso-8859-2.txt',
    charset: 'iso-8859-2',
    headline: 'Wisła znów wylała w okolicach Krakowa',
    paragraphs: [
      'Po intensywnych opadach deszczu poziom Wisły przekroczył stan alarmowy w kilku gminach na południe od Krakowa. Strażacy przez całą noc układali worki z piaskiem wzdłuż wałów przeciwpowodziowych.',
      'Wojewoda zapowiedział, że poszkodowani mieszkańcy otrzymają zasiłki jeszcze w tym tygodniu. Synoptycy ostrzegają, że kolejne ulewy mogą nadejść już w piątek, a rzeki górskie będą szybko przybierać.',
    ],
  },
  {
    file: 'zh-gb2312.txt',
    charset: 'gb2312',
    headline: '上海举办国际图书博览会',
    paragraphs: [
      '第十届上海国际图书博览会今天在浦东开幕，来自三十多个国家和地区的出版机构参加了本次展会。主办方表示，展会期间将举办两百多场阅读和交流活动。',
      '许多读者一早就来到展馆排队，希望买到喜欢的新书。组织者说，今年的展览特别关注儿童读物和数字出版，并为青年作家提供了更多展示机会。',
    ],
  },
];

/** UTF-8 with CRLF, lone LF and stray control characters (BEL, VT, FF, ESC) mixed in. */
export const MIXED_CRLF = {
  file: 'mixed-crlf.txt',
  bytes:
    'Пожарът в Стара Загора е овладян\r\n\r\nОгнеборците работиха цяла нощ\u0007 край\nпромишлената зона.\r\n\r\nНяма пострадали\u000b хора,\u000c съобщиха\u001b от пожарната.\r\n',
  headline: 'Пожарът в Стара Загора е овладян',
  paragraphs: [
    'Огнеборците работиха цяла нощ край промишлената зона.',
    'Няма пострадали хора, съобщиха от пожарната.',
  ],
};

export const KOI8_FEED = {
  channel: 'Вечерние новости Поволжья',
  title: 'Волга вскрылась раньше обычного',
  fullText: [
    'Ледоход на Волге у Самары начался на десять дней раньше обычного.',
    'Синоптики объясняют это тёплой погодой последних недель. Речники готовят суда к навигации.',
  ],
  description: 'Ледоход начался на десять дней раньше.',
  category: 'Общество',
};

export const LYING_FEED = {
  channel: 'Вестник „Дунав“',
  title: 'Русе посреща първите круизни кораби',
  description:
    'Пристанището в Русе посрещна първите два круизни кораба за сезона. Туристите разгледаха центъра и Доходното здание.',
};

export const CP1251_ARTICLE = {
  title: 'Пловдив представя нова културна програма',
  site: 'Новини Пловдив',
  // Short lines: Prettier reads this file as UTF-8 and must find nothing to re-wrap.
  paragraphs: [
    'Общината представи програмата за лятото: над сто концерта и изложби.',
    'Античният театър ще бъде домакин на оперния фестивал.',
    'Капана ще събере уличните артисти и музиканти.',
  ],
};

export const ATTACHED_STORY = {
  file: 'bta-story.txt',
  headline: 'Варна отваря нов воден парк',
  paragraphs: [
    'Нов воден парк ще отвори врати във Варна в началото на юни, съобщиха от общината. Паркът ще разполага с двадесет басейна и пързалки за деца.',
    'Инвестицията е частна, а строителството продължи две години. Очаква се парковете да привлекат повече туристи през сезона.',
  ],
};

export const MAIL = {
  subject: 'Fwd: Нова линия на метрото отваря през май',
  fromName: 'БТА Деск',
  paragraphs: [
    'Третата линия на метрото ще бъде открита за пътници в средата на май, обяви транспортният министър.',
    'Влаковете ще се движат на всеки седем минути в пиковите часове.',
  ],
  cover: 'Колеги, материалът на БТА е в прикачения файл. Ембарго до 10:00.',
};

export const IPTC_MESSAGES = [
  {
    slugline: 'Verkehr/Brücken',
    headline: 'Marode Brücken: Länder fordern mehr Geld vom Bund',
    paragraphs: [
      'Berlin (dpa) - Die Verkehrsminister der Länder haben vom Bund deutlich mehr Geld für die Sanierung maroder Autobahnbrücken gefordert. Allein in Nordrhein-Westfalen müssten in den nächsten Jahren über 400 Brücken erneuert werden.',
      '«Wir können uns keine weiteren Sperrungen leisten», sagte die Vorsitzende der Verkehrsministerkonferenz am Freitag.',
    ],
  },
  {
    slugline: 'Börse/Frankfurt',
    headline: 'Dax schließt mit deutlichem Plus',
    paragraphs: [
      'Frankfurt/Main (dpa) - Gute Konjunkturdaten aus Übersee haben den deutschen Aktienmarkt am Freitag beflügelt. Der Leitindex Dax schloss 1,8 Prozent höher.',
    ],
  },
];
