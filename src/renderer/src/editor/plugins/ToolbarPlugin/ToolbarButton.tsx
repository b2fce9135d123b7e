import type { ReactNode } from 'react';
import { keysForDisplay } from '../../utils/shortcuts';

/**
 * A toolbar button that does not take focus from the editor on mouse down, so the selection the
 * command applies to stays where the editor left it. Keyboard users reach it with Tab as usual.
 */
export function ToolbarButton({
  label,
  pressed,
  disabled,
  shortcut,
  testId,
  wide,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  /** As aria-keyshortcuts writes it: "Control+Shift+T". */
  shortcut?: string;
  testId?: string;
  /** A button with a word on it rather than a glyph. */
  wide?: boolean;
  onClick: () => void;
  children: ReactNode;
}): React.JSX.Element {
  const classes = ['toolbar__button'];
  if (pressed) classes.push('toolbar__button--active');
  if (wide) classes.push('toolbar__button--wide');
  return (
    <button
      type="button"
      className={classes.join(' ')}
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${keysForDisplay(shortcut)})` : label}
      data-testid={testId}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
