import { useEffect } from 'react';
import { $addUpdateTag, HISTORY_MERGE_TAG, TextNode } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';

/**
 * A keystroke merged into its run's history step: the editor's own changes are merged too
 * (opening, mark clean-ups) and go unsaved, unlike typing, which autosave and re-anchoring
 * take as any keystroke.
 */
export const TYPING_MERGED_TAG = 'edition-typing-merged';

/** Keystrokes this close together are one run of typing, undone together (Lexical's delay). */
const SAME_TYPING_MS = 1000;

/**
 * A run of typing undoes in one step, wherever it is typed. Lexical's history merges keystrokes
 * only while each is a plain insertion at a caret, so two runs fell apart into steps: typing
 * over a selection (the first character, which replaced the selection, was an entry of its own:
 * one Ctrl+Z after selecting "reckless" and typing "risky" left "r" in a fact-checker's marked
 * quote), and typing at the edge of an annotation's mark (each keystroke there keeps the mark
 * around the new letters, an entry each). A keystroke that follows another within
 * SAME_TYPING_MS, with nothing else done between, is merged into that run's entry.
 */
export function TypedReplacementPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    /** When the last keystroke of typing came; 0 once anything else was done. */
    let typedAt = 0;
    /** The update under way is a keystroke that continues the run. */
    let continuing = false;
    const onBeforeInput = (event: InputEvent): void => {
      const typing = event.inputType === 'insertText';
      const now = event.timeStamp || performance.now();
      continuing = typing && typedAt !== 0 && now - typedAt < SAME_TYPING_MS;
      typedAt = typing ? now : 0;
    };
    // Clicks and keys that move the caret end the run, as they end Lexical's own merging.
    const onCaretMoved = (): void => {
      typedAt = 0;
    };
    // So do shortcuts (an undo between two keystrokes must stay a step of its own).
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = event.ctrlKey || event.metaKey || event.altKey;
      if (shortcut || (event.key.length > 1 && event.key !== 'Shift' && event.key !== 'Dead'))
        typedAt = 0;
    };
    return mergeRegister(
      // Captured: Lexical makes the keystroke's update in its own beforeinput listener, and
      // this one must have spoken first.
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('beforeinput', onBeforeInput, true);
        previous?.removeEventListener('pointerdown', onCaretMoved, true);
        previous?.removeEventListener('keydown', onKeyDown, true);
        root?.addEventListener('beforeinput', onBeforeInput, true);
        root?.addEventListener('pointerdown', onCaretMoved, true);
        root?.addEventListener('keydown', onKeyDown, true);
      }),
      editor.registerNodeTransform(TextNode, () => {
        if (!continuing) return;
        $addUpdateTag(HISTORY_MERGE_TAG);
        $addUpdateTag(TYPING_MERGED_TAG);
      }),
      // Whatever the keystroke's update was, the flag is not left for a later one to take.
      editor.registerUpdateListener(({ dirtyLeaves }) => {
        if (dirtyLeaves.size > 0) continuing = false;
      }),
    );
  }, [editor]);
  return null;
}
