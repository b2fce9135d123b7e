import { describe, expect, it } from 'vitest';
import { freeName } from './AddSectionForm';

describe('a new section’s default name', () => {
  it('is numbered past the sections already named so, whatever their case or spaces', () => {
    expect(freeName('Нова рубрика', ['Свят', 'Спорт'])).toBe('Нова рубрика');
    expect(freeName('Нова рубрика', ['Свят', ' нова рубрика '])).toBe('Нова рубрика 2');
    expect(freeName('Нова рубрика', ['Нова рубрика', 'Нова рубрика 2'])).toBe('Нова рубрика 3');
    expect(freeName('New section', ['New section', 'New section 3'])).toBe('New section 2');
  });
});
