import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupKey } from './boardOrder';
import type { BoardActions, GroupChoice } from './boardActions';
import { menuItemFor } from '@renderer/lib/menuKeys';

/** "⋯" on a board row: move to another section, open the story, remove it from the edition. */
export function ItemMenu({
  itemId,
  storyId,
  headline,
  group,
  groups,
  actions,
}: {
  itemId: number;
  storyId: number;
  headline: string;
  group: GroupKey;
  groups: readonly GroupChoice[];
  actions: BoardActions;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const choose = (action: () => void): void => {
    setOpen(false);
    button.current?.focus();
    action();
  };

  return (
    <div
      className="item-menu"
      ref={root}
      onBlur={(event) => {
        // Tabbing out of the menu closes it, as a click elsewhere does.
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
        if (!open) return;
        const entries = [
          ...(root.current?.querySelectorAll<HTMLButtonElement>(
            '[role="menuitem"]:not(:disabled)',
          ) ?? []),
        ];
        const current = document.activeElement as HTMLButtonElement;
        const next = menuItemFor(entries, entries.includes(current) ? current : null, event.key);
        if (!next) return;
        event.preventDefault();
        next.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="icon-button"
        data-testid="item-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('edition.item.menu', { headline })}
        title={t('edition.item.menu', { headline })}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div className="item-menu__list" role="menu" id={menuId}>
          <p className="item-menu__heading" aria-hidden="true">
            {t('edition.item.moveToHeading')}
          </p>
          {groups.map((choice) => (
            <button
              key={choice.key}
              type="button"
              role="menuitem"
              className="item-menu__entry"
              data-testid="item-move-to"
              data-group={choice.key}
              disabled={choice.key === group}
              onClick={() => choose(() => actions.moveTo(itemId, choice.key))}
            >
              {t('edition.item.moveTo', { section: choice.label })}
            </button>
          ))}
          <hr className="item-menu__rule" />
          <button
            type="button"
            role="menuitem"
            className="item-menu__entry"
            data-testid="item-open"
            onClick={() => choose(() => actions.openStory(storyId))}
          >
            {t('edition.item.open')}
          </button>
          <button
            type="button"
            role="menuitem"
            className="item-menu__entry item-menu__entry--danger"
            data-testid="item-remove"
            onClick={() => choose(() => actions.remove(itemId))}
          >
            {t('edition.item.remove')}
          </button>
        </div>
      )}
    </div>
  );
}
