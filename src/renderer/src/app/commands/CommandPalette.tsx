import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '@renderer/app/dialog/useModalDialog';
import { keysForDisplay } from '@renderer/editor/utils/shortcuts';
import { useCommandRegistry, type Command } from './CommandsContext';
import { filterCommands } from './filterCommands';
import './commands.css';

/**
 * Type to filter, arrows to choose, Enter to run. A combobox over a listbox (WAI-ARIA APG): focus
 * stays in the field and the active option is announced through aria-activedescendant.
 */
export function CommandPalette({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const registry = useCommandRegistry();
  const { ref, titleId, close, onCancel } = useModalDialog(onClose);
  const listId = useId();
  const commands = useSyncExternalStore(registry.subscribe, registry.list);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterCommands(commands, query), [commands, query]);
  const current = Math.min(active, shown.length - 1);

  const run = (command: Command | undefined): void => {
    if (!command) return;
    close();
    // After the dialog is gone, so that what the command opens gets the focus.
    requestAnimationFrame(() => command.run());
  };

  return (
    <dialog
      ref={ref}
      className="command-palette"
      data-testid="command-palette"
      aria-labelledby={titleId}
      onCancel={onCancel}
    >
      <h2 className="visually-hidden" id={titleId}>
        {t('commands.title')}
      </h2>
      <input
        className="input command-palette__input"
        data-testid="command-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
        aria-label={t('commands.inputLabel')}
        placeholder={t('commands.placeholder')}
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(shown.length, 1));
          else if (event.key === 'ArrowUp')
            setActive((current - 1 + shown.length) % Math.max(shown.length, 1));
          else if (event.key === 'Enter') run(shown[current]);
          else return;
          event.preventDefault();
        }}
      />
      <ul
        className="command-palette__list"
        id={listId}
        role="listbox"
        aria-label={t('commands.title')}
      >
        {shown.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className="command-palette__option"
            data-testid="command-option"
            onMouseMove={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span className="command-palette__group">{command.group}</span>
            <span className="command-palette__label">{command.label}</span>
            {command.shortcut && (
              <kbd className="command-palette__keys">{keysForDisplay(command.shortcut)}</kbd>
            )}
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="muted command-palette__empty" role="status">
          {t('commands.none', { query })}
        </p>
      )}
    </dialog>
  );
}
