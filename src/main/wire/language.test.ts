import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language';

describe('guessLanguage', () => {
  it('tells Bulgarian from Russian by ъ against ы, э and ё', () => {
    expect(guessLanguage('Президентът заяви, че държавата ще плати.')).toBe('bg');
    expect(guessLanguage('Президент заявил, что это было объявлено ещё вчера.')).toBe('ru');
    expect(guessLanguage('ЭТО БЫЛО ВЧЕРА')).toBe('ru');
  });

  it('tells Ukrainian and Serbian by the letters only they use; a name among Bulgarian stays Bulgarian', () => {
    expect(
      guessLanguage('КИЇВ, 26 листопада (Укрінформ) - Президент України заявив про нові кроки.'),
    ).toBe('uk');
    expect(
      guessLanguage('БЕОГРАД, 26. новембра (Танјуг) - Председник Србије изјавио је да ће сутра.'),
    ).toBe('sr');
    expect(guessLanguage('Президентът на Украйна посети Київ, съобщиха от пресслужбата.')).toBe(
      'bg',
    );
  });

  it('reads Turkish as Turkish, not Czech', () => {
    expect(
      guessLanguage(
        'ANKARA, 26 Kasım (AA) - Cumhurbaşkanı bir açıklama yaptı ve bu konuda daha çok adım atılacağını söyledi.',
      ),
    ).toBe('tr');
  });

  it('says English for English with a Russian name in it, and nothing without letters', () => {
    expect(guessLanguage('The minister said on Tuesday that „Газпром“ would pay.')).toBe('en');
    expect(guessLanguage('2026-03-14 12:00 — 42 %')).toBeNull();
    expect(guessLanguage('')).toBeNull();
  });

  it('tells the common Latin-script languages apart by their small words, and does not call them all English', () => {
    expect(
      guessLanguage('The government said on Tuesday that the budget would be passed in May.'),
    ).toBe('en');
    expect(
      guessLanguage(
        'Die Regierung hat am Dienstag gesagt, dass der Haushalt nicht im Mai beschlossen wird.',
      ),
    ).toBe('de');
    expect(
      guessLanguage(
        'Le gouvernement a déclaré mardi que le budget des villes sera voté en mai et pas avant.',
      ),
    ).toBe('fr');
    expect(
      guessLanguage(
        'El gobierno dijo el martes que el presupuesto de la ciudad se votará en mayo y que no.',
      ),
    ).toBe('es');
    expect(
      guessLanguage(
        'Il governo ha detto martedì che il bilancio della città sarà votato a maggio e non prima.',
      ),
    ).toBe('it');
    expect(
      guessLanguage(
        'Rząd poinformował we wtorek, że budżet nie zostanie przyjęty w maju, ale jest na to szansa.',
      ),
    ).toBe('pl');
    expect(
      guessLanguage(
        'Vláda v úterý uvedla, že rozpočet se na to nebude schvalovat v květnu a je to tak.',
      ),
    ).toBe('cs');
    expect(guessLanguage("Il a dit qu'il ne viendra pas, mais elle est déjà là.")).toBe('fr');
    expect(
      guessLanguage(
        'Le président a annoncé jeudi que les négociations reprendront la semaine prochaine à Bruxelles, où les ministres se retrouveront.',
      ),
    ).toBe('fr');
    // A headline without any of the small words is too short to tell: unknown.
    expect(guessLanguage('Markets rally as Fed holds rates steady')).toBeNull();
    expect(guessLanguage('Il governo approva la manovra')).toBeNull();
    // Latin letters with diacritics in no language it knows: unknown, rather than English.
    expect(
      guessLanguage('O governo disse na terça-feira que o orçamento não será votado.'),
    ).toBeNull();
  });

  it('names Greek and Chinese by their script', () => {
    expect(guessLanguage('Η νέα επέκταση του μετρό της Θεσσαλονίκης άνοιξε σήμερα.')).toBe('el');
    expect(guessLanguage('中国经济在第一季度增长了百分之五。')).toBe('zh');
  });

  it('reads only the first 20,000 characters', () => {
    expect(guessLanguage(`${'Държавата ъ '.repeat(2000)}${'ы'.repeat(10_000)}`)).toBe('bg');
  });
});
