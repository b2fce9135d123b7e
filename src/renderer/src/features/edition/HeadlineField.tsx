import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigestItem } from '@shared/model';
import type { BoardActions } from './boardActions';
import { useFollowedValue } from './useFollowedValue';
import { useItemSaver } from './useItemSaver';

/**
 * The headline the edition shows, edited in place: it reads as the row's headline and is a text
 * field. What differs from the story's own headline is saved as the digest's override; emptied
 * or put back as the story has it, the story's own is used again. Enter saves, Escape reverts.
 */
export function HeadlineField({
  item,
  actions,
}: {
  item: DigestItem;
  actions: BoardActions;
}): React.JSX.Element {
  const { t } = useTranslation();
  const hintId = useId();
  const effective = item.headlineOverride || item.storyHeadline;
  const saver = useItemSaver(item.id, actions);
  // Main's answer (or another window) changed it: shown, unless typing here is still to be saved
  // (waiting, on its way, or failed), which then wins — it is sent over it.
  const [value, setValue] = useFollowedValue(
    effective,
    saver.status !== 'saved',
    (shown, stored) => (shown.trim() || item.storyHeadline) === stored,
  );
  // What Escape puts back: the headline as it was when this round of typing began.
  const [before, setBefore] = useState<string | null>(null);
  const overrideOf = (text: string): string | null => {
    const trimmed = text.trim();
    return trimmed && trimmed !== item.storyHeadline ? trimmed : null;
  };

  return (
    <>
      <textarea
        className="board-item__headline board-item__headline-field"
        data-testid="item-headline-override"
        rows={1}
        value={value}
        maxLength={1000}
        spellCheck
        placeholder={item.storyHeadline || t('inbox.untitled')}
        aria-label={t('edition.item.headlineOverride')}
        aria-describedby={item.headlineOverride ? hintId : undefined}
        onChange={(event) => {
          // A headline is one line: a pasted line break becomes a space.
          const text = event.target.value.replace(/\s*\n\s*/g, ' ');
          if (before === null) setBefore(value);
          setValue(text);
          saver.change({ headlineOverride: overrideOf(text) });
        }}
        onBlur={() => {
          setBefore(null);
          if (!value.trim()) setValue(item.storyHeadline);
          saver.flush();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            saver.flush();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            if (before === null) return;
            saver.cancel();
            setValue(before);
            setBefore(null);
            // Typing saved on the way (autosave) is taken back too: Escape means "as it was".
            if (effective !== before) {
              saver.change({ headlineOverride: overrideOf(before) });
              saver.flush();
            }
          }
        }}
      />
      {item.headlineOverride && (
        <span className="visually-hidden" id={hintId}>
          {t('edition.item.storyHeadline', { headline: item.storyHeadline })}
        </span>
      )}
    </>
  );
}
