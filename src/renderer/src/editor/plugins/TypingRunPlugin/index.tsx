import { useEffect } from 'react';
import type { HistoryState } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';

/** Keystrokes this close together are one run of typing, undone together (Lexical's delay). */
const SAME_TYPING_MS = 1000;

/**
 * A run of typing undoes in one step, wherever it is typed. Lexical's history merges keystrokes
 * only while each is a plain insertion at a caret, so a run typed over a selection fell apart:
 * the first character, which replaced the selection, was a step of its own (one Ctrl+Z after
 * selecting "reckless" and typing "risky" left "r" in a fact-checker's marked quote).
 *
 * The keystrokes' updates are left as they are (saved, re-anchored, as any); only the history
 * is mended afterwards: when the history has just kept the state after the run's previous
 * keystroke as a step of its own, that step is taken out again, so the run's one step goes back
 * to before it. Must be placed after HistoryPlugin, whose update listener goes first.
 */
export function TypingRunPlugin({ history }: { history: HistoryState }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    /** When the run's last keystroke was typed; 0 once anything else was done. */
    let typedAt = 0;
    /** The keystroke whose update comes next continues the run. */
    let continuing = false;
    /** A keystroke's update is due (its beforeinput came, its update not yet). */
    let keystroke = false;
    /** The history's steps after the last update. */
    let steps = history.undoStack.length;

    const onBeforeInput = (event: InputEvent): void => {
      const typing = event.inputType === 'insertText' && !event.isComposing;
      const now = event.timeStamp || performance.now();
      continuing = typing && typedAt !== 0 && now - typedAt < SAME_TYPING_MS;
      keystroke = typing;
      typedAt = typing ? now : 0;
    };
    // A click or a key that is not typing (a move, a shortcut, an undo) ends the run, as it
    // ends Lexical's own merging.
    const endRun = (): void => {
      typedAt = 0;
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = event.ctrlKey || event.metaKey || event.altKey;
      const named = event.key.length > 1 && event.key !== 'Shift' && event.key !== 'Dead';
      if (shortcut || named) endRun();
    };

    return mergeRegister(
      // Captured: Lexical makes the keystroke's update in its own beforeinput listener.
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('beforeinput', onBeforeInput, true);
        previous?.removeEventListener('pointerdown', endRun, true);
        previous?.removeEventListener('keydown', onKeyDown, true);
        root?.addEventListener('beforeinput', onBeforeInput, true);
        root?.addEventListener('pointerdown', endRun, true);
        root?.addEventListener('keydown', onKeyDown, true);
      }),
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        const changed = dirtyElements.size > 0 || dirtyLeaves.size > 0;
        if (changed && keystroke && continuing && history.undoStack.length === steps + 1)
          history.undoStack.pop();
        // Any other change (the app's own, a paste, an undo) ends the run.
        if (changed && !keystroke) endRun();
        if (changed) keystroke = continuing = false;
        steps = history.undoStack.length;
      }),
    );
  }, [editor, history]);
  return null;
}
