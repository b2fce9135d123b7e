import { LABELLED } from '../src/main/quotes/__fixtures__/labelled';
import { measureAccuracy } from '../src/main/quotes/accuracy';

/** Precision and recall of quote and speaker detection on the project's labelled paragraphs. */
export function quotesBenchmark(): Record<string, unknown> {
  const byLanguage = Object.fromEntries(
    (['bg', 'ru', 'en'] as const).map((language) => [
      language,
      measureAccuracy(LABELLED.filter((item) => item.language === language)),
    ]),
  );
  return { all: measureAccuracy(LABELLED), byLanguage };
}
