import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigestItem } from '@shared/model';
import type { BoardActions } from './boardActions';
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
  const [value, setValue] = useState(effective);
  const [synced, setSynced] = useState(effective);
  const [focused, setFocused] = useState(false);
  const saver = useItemSaver(item.id, actions);
  // Main's answer (or another window) changed it: show that, unless it is being edited now.
  if (synced !== effective && !focused) {
    setSynced(effective);
    setValue(effective);
  }
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
        onFocus={() => setFocused(true)}
        onChange={(event) => {
          // A headline is one line: a pasted line break becomes a space.
          const text = event.target.value.replace(/\s*\n\s*/g, ' ');
          setValue(text);
          saver.change({ headlineOverride: overrideOf(text) });
        }}
        onBlur={() => {
          setFocused(false);
          if (!value.trim()) setValue(item.storyHeadline);
          saver.flush();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            saver.flush();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            saver.cancel();
            setValue(synced);
            // Typing saved on the way (autosave) is taken back too: Escape means "as it was".
            if (effective !== synced) {
              saver.change({ headlineOverride: overrideOf(synced) });
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
