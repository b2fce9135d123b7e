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
];

describe('filterCommands', () => {
  it('keeps everything for an empty query', () => {
    expect(filterCommands(commands, '  ')).toHaveLength(6);
  });

  it('matches word prefixes in any order, in the label or its group', () => {
    expect(filterCommands(commands, 'fol imp').map((c) => c.label)).toEqual(['Import folder…']);
    expect(filterCommands(commands, 'open').map((c) => c.label)).toEqual([
      'Open edition board',
      'Ёжик в тумане',
      'Open edition 2026-03-14 — Сутрешен бюлетин',
    ]);
    expect(filterCommands(commands, '2026-03-14 сут')).toHaveLength(1);
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
