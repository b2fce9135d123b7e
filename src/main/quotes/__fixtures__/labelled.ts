/**
 * The project's own labelled paragraphs for quote detection: each expected quote by its opening
 * words and its speaker (null where the copy does not say). Written for Edition; used by the
 * tests and by the accuracy benchmark.
 */
export interface LabelledText {
  language: 'bg' | 'ru' | 'en';
  text: string;
  /** `quoted`, where given: the quote's whole text, exactly (punctuation at its end included). */
  quotes: { opening: string; speaker: string | null; quoted?: string }[];
}

export const LABELLED: LabelledText[] = [
  {
    language: 'bg',
    text: `Министърът на финансите Петя Иванова представи проектобюджета в парламента.

„Дефицитът ще остане под три процента“, каза Иванова пред депутатите.

„Няма да вдигаме данъците“, добави тя. „Ще съкратим разходите за администрация.“

Според финансовия министър „реформата ще отнеме две години“.`,
    quotes: [
      { opening: 'Дефицитът ще остане', speaker: 'Петя Иванова' },
      { opening: 'Няма да вдигаме', speaker: 'Петя Иванова' },
      { opening: 'Ще съкратим разходите', speaker: 'Петя Иванова' },
      { opening: 'реформата ще отнеме', speaker: 'Петя Иванова' },
    ],
  },
  {
    language: 'bg',
    text: `Кметът на Пловдив Георги Петров откри новия мост над Марица.

"Мостът ще облекчи движението в центъра", заяви Петров. Той уточни, че ремонтът е завършил навреме.

"Благодаря на всички строители", отбеляза още кметът.

Опозицията в общинския съвет обаче е недоволна. "Проектът струва двойно повече от планираното", посочи общинският съветник Мария Стоянова.`,
    quotes: [
      { opening: 'Мостът ще облекчи', speaker: 'Георги Петров' },
      { opening: 'Благодаря на всички', speaker: 'Георги Петров' },
      { opening: 'Проектът струва двойно', speaker: 'Мария Стоянова' },
    ],
  },
  {
    language: 'bg',
    text: `Президентът Румен Радев се срещна с посланика на Германия.

Държавният глава подчерта: „Българската армия трябва да бъде модернизирана бързо.“

„Подкрепяме усилията на България“, каза германският посланик Томас Мюлер.`,
    quotes: [
      { opening: 'Българската армия трябва', speaker: 'Румен Радев' },
      { opening: 'Подкрепяме усилията', speaker: 'Томас Мюлер' },
    ],
  },
  {
    language: 'bg',
    text: `Синоптиците предупредиха за силен вятър в събота. „Очакваме пориви до 90 километра в час“, обясни дежурният синоптик Иван Колев.

Компанията нарече продукта си „най-добрия на пазара“ в рекламата.`,
    quotes: [
      { opening: 'Очакваме пориви', speaker: 'Иван Колев' },
      { opening: 'най-добрия на пазара', speaker: null },
    ],
  },
  {
    language: 'ru',
    text: `Пресс-секретарь Кремля Дмитрий Песков прокомментировал переговоры.

«Мы готовы к диалогу без предварительных условий», — заявил Песков журналистам.

По словам министра Сергея Лаврова, «ситуация остается крайне сложной».

«Это вопрос ближайших недель», — отметил он.`,
    quotes: [
      { opening: 'Мы готовы к диалогу', speaker: 'Дмитрий Песков' },
      { opening: 'ситуация остается крайне', speaker: 'Сергей Лавров' },
      { opening: 'Это вопрос ближайших', speaker: 'Сергей Лавров' },
    ],
  },
  {
    language: 'ru',
    text: `Глава Центробанка Эльвира Набиуллина выступила в Госдуме.

«Инфляция замедляется быстрее прогноза», — сказала Набиуллина. «Ключевая ставка может быть снижена уже в марте», — добавила она.`,
    quotes: [
      { opening: 'Инфляция замедляется', speaker: 'Эльвира Набиуллина' },
      { opening: 'Ключевая ставка может', speaker: 'Эльвира Набиуллина' },
    ],
  },
  {
    language: 'en',
    text: `Prime Minister Jane Roe defended the rail plan in parliament on Tuesday.

“Every pound is accounted for,” Roe told MPs. “We will publish the full figures next month.”

According to the opposition leader Tom Black, “the plan is years late and billions over budget”.

"We are not convinced," said the transport union.`,
    quotes: [
      { opening: 'Every pound is accounted', speaker: 'Jane Roe' },
      { opening: 'We will publish the full', speaker: 'Jane Roe' },
      { opening: 'the plan is years late', speaker: 'Tom Black' },
      { opening: 'We are not convinced', speaker: 'the transport union' },
    ],
  },
  {
    language: 'en',
    text: `The company said its new battery would reach shops in the spring.

"This changes what a phone can do," chief executive Ana Silva said at the launch. She added: "We built it in Europe."`,
    quotes: [
      { opening: 'This changes what', speaker: 'Ana Silva' },
      { opening: 'We built it in', speaker: 'Ana Silva' },
    ],
  },
  {
    language: 'en',
    text: `The defence minister toured the border on Monday.

"We will not retreat," the minister said. "Not one step," he added, "and not one village."`,
    quotes: [
      { opening: 'We will not retreat', speaker: 'the minister', quoted: 'We will not retreat' },
      { opening: 'Not one step', speaker: 'the minister', quoted: 'Not one step' },
      { opening: 'and not one village', speaker: 'the minister', quoted: 'and not one village.' },
    ],
  },
  {
    language: 'bg',
    text: `Парламентът прие бюджета на първо четене след 12-часов дебат.

„Няма да има предсрочни избори“, каза председателят на парламента Росен Желязков.

„Дефицитът ще бъде под три процента“, заяви министърът на финансите.

Председателят на бюджетната комисия Петър Петров заяви: „Ще приемем текстовете до петък.“`,
    quotes: [
      { opening: 'Няма да има предсрочни', speaker: 'Росен Желязков' },
      { opening: 'Дефицитът ще бъде', speaker: 'министърът на финансите' },
      { opening: 'Ще приемем текстовете', speaker: 'Петър Петров' },
    ],
  },
  {
    language: 'ru',
    text: `Госдума приняла закон о бюджете в первом чтении.

«Это бюджет развития», — заявил председатель Госдумы Вячеслав Володин.

«Дефицит останется в пределах прогноза», — сказал министр финансов России.`,
    quotes: [
      { opening: 'Это бюджет развития', speaker: 'Вячеслав Володин' },
      { opening: 'Дефицит останется', speaker: 'министр финансов России' },
    ],
  },
];
