import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '@renderer/app/dialog/ModalDialog';
import {
  keysForDisplay,
  BUILT_IN_KEYS,
  SHORTCUTS,
  shortcutLabel,
} from '@renderer/editor/utils/shortcuts';
import { GLOBAL_SHORTCUTS } from './globalShortcuts';
import './commands.css';

type Row = [labelKey: string, keys: string];

/** Every shortcut in one sheet (F1 or ?), grouped where it works. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const groupId = useId();
  const groups: [string, Row[]][] = [
    [
      'everywhere',
      [
        ['palette', shortcutLabel(GLOBAL_SHORTCUTS.palette)],
        ['shortcuts', 'F1 / ?'],
        ['paste', shortcutLabel(BUILT_IN_KEYS.paste)],
      ],
    ],
    [
      'editor',
      [
        ['bold', shortcutLabel(BUILT_IN_KEYS.bold)],
        ['italic', shortcutLabel(BUILT_IN_KEYS.italic)],
        ['underline', shortcutLabel(BUILT_IN_KEYS.underline)],
        ['undo', shortcutLabel(BUILT_IN_KEYS.undo)],
        ['redo', shortcutLabel(BUILT_IN_KEYS.redo)],
        ['heading2', shortcutLabel(SHORTCUTS.heading2)],
        ['heading3', shortcutLabel(SHORTCUTS.heading3)],
        ['paragraph', shortcutLabel(SHORTCUTS.paragraph)],
        ['quote', shortcutLabel(SHORTCUTS.quote)],
        ['bulletList', shortcutLabel(SHORTCUTS.bulletList)],
        ['numberList', shortcutLabel(SHORTCUTS.numberList)],
        ['link', shortcutLabel(SHORTCUTS.link)],
        ['clearFormatting', shortcutLabel(SHORTCUTS.clearFormatting)],
        ['typography', shortcutLabel(SHORTCUTS.typography)],
        ['markAnnotation', shortcutLabel(SHORTCUTS.markAnnotation)],
      ],
    ],
    [
      'board',
      [
        ['addStory', 'Enter / A'],
        ['pickUp', 'Space'],
        ['move', '↑ ↓'],
        ['drop', 'Space'],
        ['cancelMove', 'Escape'],
        ['undoRemove', shortcutLabel(BUILT_IN_KEYS.undo)],
      ],
    ],
  ];
  return (
    <ModalDialog
      className="shortcuts-dialog"
      testId="shortcuts-dialog"
      title={t('shortcuts.title')}
      onClose={onClose}
    >
      <div className="shortcuts-dialog__groups">
        {groups.map(([group, rows]) => (
          <section key={group} aria-labelledby={`${groupId}-${group}`}>
            <h3 id={`${groupId}-${group}`}>{t(`shortcuts.groups.${group}`)}</h3>
            <dl className="shortcuts-dialog__list">
              {rows.map(([label, keys]) => (
                <div key={label} className="shortcuts-dialog__row">
                  <dt>{t(`shortcuts.actions.${label}`)}</dt>
                  <dd>
                    <kbd>{keysForDisplay(keys)}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </ModalDialog>
  );
}
