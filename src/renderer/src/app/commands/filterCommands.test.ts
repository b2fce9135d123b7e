import { describe, expect, it } from 'vitest';
import type { Command } from './CommandsContext';
import { filterCommands } from './filterCommands';

const command = (label: string, group = 'Import'): Command => ({
  id: label,
  label,
  group,
  run: () => {},
});
const commands = [
  command('Import files…'),
  command('Import folder…'),
  command('Open edition board', 'Open'),
  command('Зареди примерното издание', 'Първи стъпки'),
  command('Ёжик в тумане', 'Open'),
  command('Open edition 2026-03-14 — Сутрешен бюлетин', 'Recent editions'),
  {
    ...command('Open edition 14.03.2026 г. — Вечерен бюлетин', 'Recent editions'),
    keywords: '2026-03-14',
  },
];

describe('filterCommands', () => {
  it('keeps everything for an empty query', () => {
    expect(filterCommands(commands, '  ')).toHaveLength(7);
  });

  it('matches word prefixes in any order, in the label or its group', () => {
    expect(filterCommands(commands, 'fol imp').map((c) => c.label)).toEqual(['Import folder…']);
    expect(filterCommands(commands, 'open').map((c) => c.label)).toEqual([
      'Open edition board',
      'Ёжик в тумане',
      'Open edition 2026-03-14 — Сутрешен бюлетин',
      'Open edition 14.03.2026 г. — Вечерен бюлетин',
    ]);
    expect(filterCommands(commands, '2026-03-14 сут')).toHaveLength(1);
    // By its keywords too: the date as scripts write it, beside the one the label shows.
    expect(filterCommands(commands, '2026-03-14').map((c) => c.label)).toEqual([
      'Open edition 2026-03-14 — Сутрешен бюлетин',
      'Open edition 14.03.2026 г. — Вечерен бюлетин',
    ]);
    expect(filterCommands(commands, '2026-03-15')).toEqual([]);
    expect(filterCommands(commands, 'board xyz')).toEqual([]);
  });

  it('folds case and ё/е in Cyrillic', () => {
    expect(filterCommands(commands, 'ПРИМЕР').map((c) => c.label)).toEqual([
      'Зареди примерното издание',
    ]);
    expect(filterCommands(commands, 'ежик').map((c) => c.label)).toEqual(['Ёжик в тумане']);
  });
});
