import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigestItem } from '@shared/model';
import type { BoardActions, ItemPatch } from './boardActions';

type Status = 'saved' | 'pending' | 'saving' | 'error';

const SAVE_DELAY_MS = 700;

/**
 * The digest's own headline and summary for a story (the story itself is not changed), and what
 * the edition shows with it. Text is saved a moment after typing stops and when leaving a field;
 * an emptied override means "use the story's own again".
 */
export function ItemOverrides({
  item,
  actions,
}: {
  item: DigestItem;
  actions: BoardActions;
}): React.JSX.Element {
  const { t } = useTranslation();
  const headlineId = useId();
  const summaryId = useId();
  const [headline, setHeadline] = useState(item.headlineOverride ?? '');
  const [summary, setSummary] = useState(item.summaryOverride ?? '');
  const [status, setStatus] = useState<Status>('saved');
  const pending = useRef<ItemPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const itemId = item.id;

  const flush = useRef<() => void>(() => undefined);
  useEffect(() => {
    flush.current = () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const patch = pending.current;
      if (Object.keys(patch).length === 0) return;
      pending.current = {};
      setStatus('saving');
      void actions.update(itemId, patch).then((ok) => {
        if (!ok) {
          pending.current = { ...patch, ...pending.current };
          setStatus('error');
        } else if (Object.keys(pending.current).length === 0) setStatus('saved');
      });
    };
  }, [actions, itemId]);
  // Closing the editor (or the board) saves what was typed.
  useEffect(() => () => flush.current(), []);

  const change = (patch: ItemPatch): void => {
    Object.assign(pending.current, patch);
    setStatus('pending');
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => flush.current(), SAVE_DELAY_MS);
  };
  const toggle = (patch: ItemPatch): void => {
    Object.assign(pending.current, patch);
    flush.current();
  };

  return (
    <div className="item-overrides" role="group" aria-label={t('edition.item.overridesLabel')}>
      <div className="field">
        <label htmlFor={headlineId}>{t('edition.item.headlineOverride')}</label>
        <input
          id={headlineId}
          className="input"
          data-testid="item-headline-override"
          value={headline}
          placeholder={item.storyHeadline}
          maxLength={1000}
          onChange={(event) => {
            setHeadline(event.target.value);
            change({ headlineOverride: event.target.value.trim() || null });
          }}
          onBlur={() => flush.current()}
        />
      </div>
      <div className="field">
        <label htmlFor={summaryId}>{t('edition.item.summaryOverride')}</label>
        <textarea
          id={summaryId}
          className="input textarea"
          data-testid="item-summary-override"
          rows={3}
          value={summary}
          placeholder={item.excerpt}
          maxLength={5000}
          onChange={(event) => {
            setSummary(event.target.value);
            change({ summaryOverride: event.target.value.trim() || null });
          }}
          onBlur={() => flush.current()}
        />
      </div>
      <fieldset className="item-overrides__show">
        <legend>{t('edition.item.show')}</legend>
        <label>
          <input
            type="checkbox"
            data-testid="item-show-byline"
            checked={item.showByline}
            onChange={(event) => toggle({ showByline: event.target.checked })}
          />
          {t('edition.item.showByline')}
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="item-show-source"
            checked={item.showSource}
            onChange={(event) => toggle({ showSource: event.target.checked })}
          />
          {t('edition.item.showSource')}
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="item-show-image"
            checked={item.showImage}
            onChange={(event) => toggle({ showImage: event.target.checked })}
          />
          {t('edition.item.showImage')}
        </label>
      </fieldset>
      <p className="item-overrides__status muted" role="status" data-testid="item-save-status">
        {t(`edition.item.status.${status}`)}
      </p>
    </div>
  );
}
