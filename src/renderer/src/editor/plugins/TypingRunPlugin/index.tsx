import { useEffect } from 'react';
import type { HistoryState } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { MODIFIER_KEYS, typedKeyOf } from '../../utils/typedKey';

/**
 * Keystrokes this close together are one run of typing, undone together: given to HistoryPlugin
 * as its delay too, so that the two never disagree about what a run is.
 */
export const TYPING_RUN_MS = 1000;

/**
 * A run of typing undoes in one step, wherever it is typed. Lexical's history merges keystrokes
 * only while each is a plain insertion at a caret, so a run typed over a selection fell apart:
 * the first character, which replaced the selection, was a step of its own (one Ctrl+Z after
 * selecting "reckless" and typing "risky" left "r" in a fact-checker's marked quote).
 *
 * The keystrokes' updates are left as they are (saved, re-anchored, as any); only the history
 * is mended afterwards: when the history has just kept the state after the run's previous
 * keystroke as a step of its own, that step is taken out again, so the run's one step goes back
 * to before it. Anything else ends the run: a key that does not type, a click anywhere, the
 * focus leaving the text, a change that is not a keystroke.
 * Must be placed after HistoryPlugin, whose update listener goes first.
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

    const endRun = (): void => {
      typedAt = 0;
      keystroke = continuing = false;
    };
    const onBeforeInput = (event: InputEvent): void => {
      const typing = event.inputType === 'insertText' && !event.isComposing;
      const now = event.timeStamp || performance.now();
      continuing = typing && typedAt !== 0 && now - typedAt < TYPING_RUN_MS;
      keystroke = typing;
      typedAt = typing ? now : 0;
    };
    // A key that does not type (a move, a shortcut, an undo) ends the run, as it ends
    // Lexical's own merging; modifiers and dead keys are part of typing the next character.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (MODIFIER_KEYS.has(event.key) || event.key === 'Dead') return;
      if (typedKeyOf(event)?.kind !== 'text') endRun();
    };

    return mergeRegister(
      // Captured: Lexical makes the keystroke's update in its own beforeinput listener.
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('beforeinput', onBeforeInput, true);
        previous?.removeEventListener('keydown', onKeyDown, true);
        previous?.removeEventListener('focusout', endRun);
        root?.addEventListener('beforeinput', onBeforeInput, true);
        root?.addEventListener('keydown', onKeyDown, true);
        // Leaving the text (to a side panel, which may then select a claim in it) ends it too.
        root?.addEventListener('focusout', endRun);
      }),
      // A click anywhere, in the text or beside it (a claim chosen in a side panel moves the
      // selection without a key).
      registerWindowPointerDown(endRun),
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        const changed = dirtyElements.size > 0 || dirtyLeaves.size > 0;
        if (changed && keystroke) {
          if (continuing && history.undoStack.length === steps + 1) history.undoStack.pop();
          keystroke = continuing = false;
        } else if (changed) endRun(); // the app's own change, a paste, an undo
        steps = history.undoStack.length;
      }),
    );
  }, [editor, history]);
  return null;
}

/** Calls `listener` at every pointerdown in the window, before anything else hears it. */
function registerWindowPointerDown(listener: () => void): () => void {
  window.addEventListener('pointerdown', listener, true);
  return () => window.removeEventListener('pointerdown', listener, true);
}
