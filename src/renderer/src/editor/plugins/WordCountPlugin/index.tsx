import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $getRoot } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { textStats, type TextStats } from '../../stats/textStats';
import './word-count.css';

const COUNT_DELAY_MS = 300;

function sameStats(a: TextStats, b: TextStats): boolean {
  return a.words === b.words && a.characters === b.characters;
}

/** The status bar under the text: words, characters and reading time, as the text changes. */
export function WordCountPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t, i18n } = useTranslation();
  const [stats, setStats] = useState<TextStats>(() =>
    editor.getEditorState().read(() => textStats($getRoot().getTextContent())),
  );

  useEffect(() => {
    // Counting a long story costs milliseconds: count once typing pauses, not per keystroke.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const next = editor.getEditorState().read(() => textStats($getRoot().getTextContent()));
        setStats((previous) => (sameStats(previous, next) ? previous : next));
      }, COUNT_DELAY_MS);
    });
    return () => {
      unregister();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor]);

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
