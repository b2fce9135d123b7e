import { describe, expect, it } from 'vitest';
import type { Digest, DigestItem } from '../../../shared/model';
import { humanDigest } from './digest';

function item(id: number, sectionId: number | null, position: number, headline: string) {
  return { id, storyId: 100 + id, sectionId, position, headline } as unknown as DigestItem;
}

describe('digest show, as text', () => {
  it('prints the lead and each section under its name, in the board’s order', () => {
    const digest = {
      id: 7,
      title: 'Сутрин',
      date: '2026-03-14',
      sections: [
        { id: 2, name: 'Свят', position: 1 },
        { id: 1, name: 'България', position: 0 },
      ],
      items: [
        item(1, null, 0, 'Водеща'),
        item(2, 1, 0, 'Пловдив'),
        item(3, 1, 1, 'София'),
        item(4, 2, 0, 'ЕС'),
      ],
    } as unknown as Digest;
    expect(humanDigest(digest)).toBe(
      [
        '#7 Сутрин (2026-03-14)',
        'Lead',
        '  1. #101 Водеща',
        'България',
        '  1. #102 Пловдив',
        '  2. #103 София',
        'Свят',
        '  1. #104 ЕС',
      ].join('\n'),
    );
  });

  it('names an empty section and an empty digest', () => {
    const digest = {
      id: 8,
      title: 'Вечер',
      date: '2026-03-15',
      sections: [{ id: 3, name: 'Култура', position: 0 }],
      items: [],
    } as unknown as Digest;
    expect(humanDigest(digest)).toBe(
      ['#8 Вечер (2026-03-15)', '  (no stories yet)', 'Култура', '  (no stories)'].join('\n'),
    );
  });
});
