import type { ExportDigest, ExportSection } from '../digest-model';
import { digest, story } from './builders';
import { a, body, p, quote } from './lexical';

const HEADLINES = [
  'Кабинетът одобри нови мерки за подкрепа на малкия и средния бизнес в страната',
  'Столичната община обяви ремонт на три основни булеварда през лятото',
  'Учени от БАН откриха нов вид бръмбар в Родопите след десетгодишни проучвания',
  'Цените на жилищата в големите градове растат с двуцифрен темп за трета година',
  'Здравното министерство предлага промени в наредбата за спешната помощ',
];

const SUMMARY =
  'Предложението беше обсъдено на заседание в сряда и ще бъде внесено в парламента до края на месеца. ' +
  'Според експертите промените ще засегнат над 200 000 души, а финансирането ще дойде от европейските фондове. ' +
  'Опозицията настоява за обществено обсъждане.';

/** A digest of `count` realistic stories in sections of ten: the size and speed budget's input. */
export function largeDigest(count = 40): ExportDigest {
  const sections: ExportSection[] = [];
  for (let index = 0; index < count; index++) {
    const sectionIndex = Math.floor(index / 10);
    sections[sectionIndex] ??= {
      id: sectionIndex + 1,
      name: ['Политика', 'Икономика', 'Общество', 'Спорт', 'Култура'][sectionIndex % 5]!,
      items: [],
    };
    const id = 1000 + index;
    sections[sectionIndex].items.push(
      story(id, id, {
        headline: `${HEADLINES[index % HEADLINES.length]!} (${index + 1})`,
        summary: SUMMARY,
        byline: 'Мария Иванова',
        source: 'БТА',
        dateline: 'София',
        image:
          index % 2 === 0
            ? {
                kind: 'picture',
                uri: `https://www.24chasa.bg/images/story-${id}.jpg`,
                caption: 'Снимка: архив „24 часа“',
                mimeType: 'image/jpeg',
              }
            : null,
        link: `https://www.24chasa.bg/novini/article/${20260314000 + index}`,
        body: body(
          p(SUMMARY),
          p('Вторият абзац разказва подробности за решението и реакциите на засегнатите страни.'),
          quote('„Това е важна стъпка“, коментира министърът.'),
          p(
            'Третият абзац дава контекст и препратка към ',
            a('https://www.24chasa.bg/', 'предишни публикации'),
            '.',
          ),
        ),
      }),
    );
  }
  return digest(sections);
}
