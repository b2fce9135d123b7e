import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $getRoot, type EditorState } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { textStats, type TextStats } from '../../stats/textStats';
import './word-count.css';

const COUNT_DELAY_MS = 300;
const FIRST_COUNT_WITHIN_MS = 500;

function sameStats(a: TextStats, b: TextStats): boolean {
  return a.words === b.words && a.characters === b.characters;
}

/** The status bar under the text: words, characters and reading time, as the text changes. */
export function WordCountPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t, i18n } = useTranslation();
  // Null until first counted: a 10,000-word story costs ~10 ms to count, which the opening of
  // the story should not wait for; the count follows once the text is on screen.
  const [stats, setStats] = useState<TextStats | null>(null);

  useEffect(() => {
    // The state last counted: as a story opens, plugins registering node transforms mark its
    // nodes dirty, which schedules a count of the very state the first count reads.
    let counted: EditorState | null = null;
    const count = (): void => {
      const state = editor.getEditorState();
      if (state === counted) return;
      counted = state;
      const next = state.read(() => textStats($getRoot().getTextContent()));
      setStats((previous) => (previous && sameStats(previous, next) ? previous : next));
    };
    const first = requestIdleCallback(count, { timeout: FIRST_COUNT_WITHIN_MS });
    // Counting a long story costs milliseconds: count once typing pauses, not per keystroke.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        count();
      }, COUNT_DELAY_MS);
    });
    return () => {
      cancelIdleCallback(first);
      unregister();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor]);

  if (stats === null)
    return (
      <div className="word-count" data-testid="word-count" aria-live="off">
        <span aria-hidden="true">…</span>
      </div>
    );

  const number = (value: number): string => value.toLocaleString(i18n.language);
  return (
    <div className="word-count" data-testid="word-count" aria-live="off">
      <span data-testid="word-count-words">
        {t('stats.words', { count: stats.words, formatted: number(stats.words) })}
      </span>
      <span aria-hidden="true">·</span>
      <span>
        {t('stats.characters', { count: stats.characters, formatted: number(stats.characters) })}
      </span>
      <span aria-hidden="true">·</span>
      <span>
        {stats.readingMinutes === 0
          ? t('stats.noReading')
          : t('stats.reading', { count: stats.readingMinutes })}
      </span>
    </div>
  );
}
