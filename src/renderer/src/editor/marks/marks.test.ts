import { describe, expect, it } from 'vitest';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type ParagraphNode,
  type TextNode,
} from 'lexical';
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { outline, testEditor } from '../test/testEditor';
import { registerMarkNesting } from './nesting';
import {
  $anchoredIds,
  $removeMarkId,
  $selectMarked,
  $selectionAnchor,
  $wrapOffsetsInMark,
} from './marks';

function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

/** The history sets the editor state from inside the command: it lands a microtask later. */
async function undoOrRedo(
  editor: LexicalEditor,
  command: typeof UNDO_COMMAND | typeof REDO_COMMAND,
): Promise<void> {
  editor.dispatchCommand(command, undefined);
  await Promise.resolve();
}

function $firstText(): TextNode {
  const paragraph = $getRoot().getFirstChildOrThrow<ParagraphNode>();
  const node = paragraph.getFirstDescendant();
  if (!$isTextNode(node)) throw new Error('no text');
  return node;
}

/** Selects [start, end) of the first paragraph's first text node and wraps it in a mark. */
function markWords(editor: LexicalEditor, start: number, end: number, id: string): void {
  update(editor, () => {
    const selection = $firstText().select(start, end);
    $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
  });
}

describe('annotation marks', () => {
  it('lists the anchored annotations in the order the text holds them, nested ones included', () => {
    const editor = testEditor(['Путин каза, че е доволен.', 'Второ изречение тук.']);
    registerMarkNesting(editor);
    markWords(editor, 12, 24, 'later');
    markWords(editor, 0, 10, 'first');
    // Nested inside "first": its own mark within the outer one.
    markWords(editor, 6, 10, 'inner');
    update(editor, () => {
      const second = $getRoot().getLastChildOrThrow<ParagraphNode>().getFirstDescendant();
      if (!$isTextNode(second)) throw new Error('no text');
      const selection = second.select(0, 5);
      $wrapSelectionInMarkNode(selection, selection.isBackward(), 'second-paragraph');
    });
    editor.getEditorState().read(() => {
      expect([...$anchoredIds()]).toEqual(['first', 'inner', 'later', 'second-paragraph']);
    });
  });

  it('wraps a selection in a mark with the id', () => {
    const editor = testEditor(['Путин каза, че е доволен.']);
    markWords(editor, 6, 10, 'a1');
    expect(outline(editor)).toEqual([
      { paragraph: ['Путин ', { 'mark:a1': ['каза'] }, ', че е доволен.'] },
    ]);
  });

  it('keeps the id while typing inside the mark, and does not grow it when typing after', () => {
    const editor = testEditor(['Путин каза, че е доволен.']);
    registerRichText(editor);
    markWords(editor, 6, 10, 'a1');
    update(editor, () => {
      const marked = $getRoot().getAllTextNodes()[1]!;
      marked.select(2, 2).insertText('XX');
    });
    update(editor, () => {
      const marked = $getRoot().getAllTextNodes()[1]!;
      marked.select(marked.getTextContentSize(), marked.getTextContentSize()).insertText('!');
    });
    expect(outline(editor)).toEqual([
      { paragraph: ['Путин ', { 'mark:a1': ['каXXза'] }, '!, че е доволен.'] },
    ]);
  });

  it('keeps both halves marked with the same id when the paragraph is split inside the mark', () => {
    const editor = testEditor(['Путин каза, че е доволен.']);
    registerRichText(editor);
    markWords(editor, 0, 10, 'a1');
    update(editor, () => {
      const selection = $getRoot().getAllTextNodes()[0]!.select(3, 3);
      selection.insertParagraph();
    });
    expect(outline(editor)).toEqual([
      { paragraph: [{ 'mark:a1': ['Пут'] }] },
      { paragraph: [{ 'mark:a1': ['ин каза'] }, ', че е доволен.'] },
    ]);
    // Both halves count as the same annotation's text, its span running over the break.
    update(editor, () => {
      expect([...$anchoredIds()]).toEqual(['a1']);
      $selectMarked('a1');
      expect($getSelection()?.getTextContent()).toBe('Пут\nин каза');
    });
  });

  it('merges paragraphs without losing the mark', () => {
    const editor = testEditor(['Първи.', 'Втори абзац.']);
    registerRichText(editor);
    update(editor, () => {
      const second = $getRoot().getAllTextNodes()[1]!;
      $wrapSelectionInMarkNode(second.select(0, 5), false, 'a1');
    });
    update(editor, () => {
      const marked = $getRoot().getAllTextNodes()[1]!;
      const selection = marked.select(0, 0);
      selection.deleteCharacter(true);
    });
    expect(outline(editor)).toEqual([
      { paragraph: ['Първи.', { 'mark:a1': ['Втори'] }, ' абзац.'] },
    ]);
  });

  it('is undone and redone with the history', async () => {
    const editor = testEditor(['Путин каза, че е доволен.']);
    registerRichText(editor);
    registerHistory(editor, createEmptyHistoryState(), 0);
    // The caret arriving is what the history starts from, as when the user clicks in.
    update(editor, () => void $firstText().select(0, 0));
    markWords(editor, 6, 10, 'a1');
    update(editor, () => $firstText().select(0, 0).insertText('>'));
    await undoOrRedo(editor, UNDO_COMMAND);
    expect(outline(editor)).toEqual([
      { paragraph: ['Путин ', { 'mark:a1': ['каза'] }, ', че е доволен.'] },
    ]);
    await undoOrRedo(editor, UNDO_COMMAND);
    expect(outline(editor)).toEqual([{ paragraph: ['Путин каза, че е доволен.'] }]);
    await undoOrRedo(editor, REDO_COMMAND);
    expect(outline(editor)).toEqual([
      { paragraph: ['Путин ', { 'mark:a1': ['каза'] }, ', че е доволен.'] },
    ]);
  });

  it('flattens overlapping marks into one mark per piece, holding every id', () => {
    const editor = testEditor(['Путин каза, че е доволен.']);
    registerMarkNesting(editor);
    markWords(editor, 0, 10, 'a1');
    update(editor, () => {
      expect($wrapOffsetsInMark(6, 14, 'b2')).toBe(true);
    });
    expect(outline(editor)).toEqual([
      {
        paragraph: [
          { 'mark:a1': ['Путин '] },
          { 'mark:b2+a1': ['каза'] },
          { 'mark:b2': [', че'] },
          ' е доволен.',
        ],
      },
    ]);
  });

  it('takes one id off overlapping marks, and unwraps marks left with none', () => {
    const editor = testEditor(['Путин каза, че е доволен.']);
    registerMarkNesting(editor);
    markWords(editor, 0, 10, 'a1');
    update(editor, () => void $wrapOffsetsInMark(6, 14, 'b2'));
    update(editor, () => $removeMarkId('a1'));
    expect(outline(editor)).toEqual([
      { paragraph: ['Путин ', { 'mark:b2': ['каза'] }, { 'mark:b2': [', че'] }, ' е доволен.'] },
    ]);
    editor.getEditorState().read(() => expect($firstText().getTextContent()).toBe('Путин '));
  });

  it('wraps plain-text offsets across formatted nodes and paragraphs', () => {
    const editor = testEditor(['Първи абзац.']);
    update(editor, () => {
      const paragraph = $getRoot().getFirstChildOrThrow<ParagraphNode>();
      paragraph.append($createTextNode(' Удебелено').toggleFormat('bold'));
    });
    update(editor, () => {
      // "абзац. Удеб" runs from the plain node into the bold one.
      expect($wrapOffsetsInMark(6, 17, 'q')).toBe(true);
    });
    editor.getEditorState().read(() => {
      const texts = $getRoot().getAllTextNodes();
      expect(texts.map((node) => [node.getTextContent(), node.hasFormat('bold')])).toEqual([
        ['Първи ', false],
        ['абзац.', false],
        [' Удеб', true],
        ['елено', true],
      ]);
      const mark = texts[1]!.getParent();
      expect($isElementNode(mark) && mark.getType()).toBe('mark');
      expect(texts[2]!.getParent()?.is(mark)).toBe(true);
    });
  });

  it('keeps the caret where it was when an offset range is wrapped', () => {
    const editor = testEditor(['Путин каза, че е доволен.']);
    update(editor, () => {
      $firstText().select(20, 20);
      $wrapOffsetsInMark(0, 5, 'a1');
    });
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no selection');
      expect(selection.anchor.getNode().getTextContent()).toBe(' каза, че е доволен.');
      expect(selection.anchor.offset).toBe(15);
    });
  });

  it('gives the selected text with up to 32 characters either side', () => {
    const editor = testEditor(['Първи абзац.', 'Путин каза, че е доволен.']);
    editor.getEditorState().read(() => undefined);
    update(editor, () => {
      $getRoot().getAllTextNodes()[1]!.select(6, 10);
      expect($selectionAnchor()).toEqual({
        quote: 'каза',
        prefix: 'Първи абзац.\n\nПутин ',
        suffix: ', че е доволен.',
      });
    });
  });
});
