import type { ReactNode } from 'react';

/**
 * A toolbar button that does not take focus from the editor on mouse down, so the selection the
 * command applies to stays where the editor left it. Keyboard users reach it with Tab as usual.
 */
export function ToolbarButton({
  label,
  pressed,
  disabled,
  shortcut,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  shortcut?: string;
  onClick: () => void;
  children: ReactNode;
}): React.JSX.Element {
  return (
    <button
      type="button"
      className={pressed ? 'toolbar__button toolbar__button--active' : 'toolbar__button'}
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
