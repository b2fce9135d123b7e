import type { ExportDigest, ExportSection } from '../digest-model';
import { annotation, digest, story } from './builders';
import { a, body, BOLD, h, list, mark, p, quote, t } from './lexical';

/**
 * Fixed digests for the exporter tests: a "24 часа" morning email with every problem the
 * pre-send checks look for (one per story, so a test can name the exact set of findings), a
 * digest made of hostile text (hostile.ts), and a generator of large realistic digests for the
 * size and speed budget (large.ts).
 */
export { annotation, FIXTURE_NOW, story } from './builders';
export { hostileDigest } from './hostile';
export { largeDigest } from './large';

/** The morning email: three sections, each story carrying one problem the checks must find. */
export function morningDigest(): ExportDigest {
  const budgetBody = body(
    p(
      'Народното събрание прие на първо четене бюджета за 2026 г. ',
      mark(['q-verified'], '„Това е бюджет на развитието“'),
      ', заяви финансовият министър.',
    ),
    p(
      'Според вносителите ',
      mark(['c-unverified'], 'дефицитът ще остане под 3% от БВП'),
      '. Опозицията твърди, че ',
      mark(['q-disputed'], '„заплатите в държавния сектор ще бъдат замразени“'),
      '.',
    ),
    quote('Бюджетът беше приет със 121 гласа „за“.'),
    p(
      'Пълният текст е публикуван на ',
      a('https://www.parliament.bg/bg/bills', 'сайта на парламента'),
      '.',
    ),
  );
  const politics: ExportSection = {
    id: 10,
    name: 'Политика',
    items: [
      story(101, 1001, {
        headline: 'Парламентът прие бюджета за 2026 г. на първо четене',
        summary:
          'Депутатите подкрепиха рамката след 12-часов дебат; второто четене е до края на месеца.',
        byline: 'Мария Иванова',
        image: {
          kind: 'picture',
          uri: 'https://www.24chasa.bg/images/parliament.jpg',
          caption: 'Пленарната зала по време на гласуването',
          mimeType: 'image/jpeg',
        },
        body: budgetBody,
        annotations: [
          annotation(101, 'quote', 'verified', '„Това е бюджет на развитието“', {
            id: 'q-verified',
            speaker: 'Финансовият министър',
          }),
          annotation(101, 'claim', 'unverified', 'дефицитът ще остане под 3% от БВП', {
            id: 'c-unverified',
          }),
          annotation(
            101,
            'quote',
            'disputed',
            '„заплатите в държавния сектор ще бъдат замразени“',
            { id: 'q-disputed', speaker: 'Опозицията' },
          ),
          annotation(101, 'note', 'unverified', 'Проверете броя гласове'),
        ],
      }),
      story(102, 1002, {
        headline: 'Президентът ще насрочи дата за изборите',
        summary: 'Указът се очаква в понеделник.',
        embargoUntil: '2026-03-14T10:00:00+02:00',
      }),
      story(103, 1003, {
        headline: 'Депутатите гласуват промени в Изборния кодекс',
        summary: 'Промените засягат TK секции в чужбина.',
        body: body(
          p('Машинното гласуване беше въведено в края на XX век в много европейски държави.'),
        ),
      }),
    ],
  };
  const economy: ExportSection = {
    id: 20,
    name: 'Икономика',
    items: [
      story(201, 2001, { headline: 'Инфлацията се забавя до 2,1%', pubStatus: 'canceled' }),
      story(202, 2002, {
        headline: 'НСИ: безработицата пада до рекордно ниски нива',
        link: 'javascript:alert(document.cookie)',
        body: body(
          p(
            'Данните са на ',
            a('https://www.nsi.bg/bg/content/labour', 'НСИ'),
            ' и на ',
            a('/novini/article/123', 'Агенцията по заетостта'),
            '.',
          ),
        ),
      }),
      story(203, 2003, {
        headline: 'Цените на горивата остават без промяна',
        summary: null,
        link: null,
        image: {
          kind: 'picture',
          uri: 'https://www.24chasa.bg/images/fuel.jpg',
          caption: null,
          mimeType: 'image/jpeg',
        },
        body: body(
          h(2, 'Какво казват търговците'),
          p('Търговците очакват ', t('стабилни', BOLD), ' цени през пролетта.'),
          list(false, ['бензин А95: 2,45 лв.'], ['дизел: 2,39 лв.']),
        ),
      }),
    ],
  };
  const sport: ExportSection = {
    id: 30,
    name: 'Спорт',
    items: [
      story(301, 3001, {
        headline: '„Левски“ спечели дербито с 2:1',
        byline: 'Петър Георгиев',
        annotations: [
          annotation(301, 'claim', 'false', 'отборът не е губил от 2019 г.'),
          annotation(301, 'quote', 'needs-source', '„Това е най-важната победа за сезона“', {
            speaker: 'Треньорът',
          }),
        ],
      }),
      story(302, 3002, {
        headline: 'Григор Димитров се класира за четвъртфинал',
        pubStatus: 'withheld',
      }),
    ],
  };
  return digest([politics, economy, sport]);
}

/** The codes checkDigest must report for morningDigest(), sorted. */
export const MORNING_FINDINGS = [
  'annotation-disputed',
  'annotation-false',
  'annotation-needs-source',
  'annotation-unverified',
  'canceled',
  'embargo',
  'image-alt-missing',
  'link-javascript',
  'link-relative',
  'placeholder',
  'withheld',
] as const;
