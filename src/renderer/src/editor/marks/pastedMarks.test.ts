import { describe, expect, it } from 'vitest';
import { $getRoot, $isTextNode, type LexicalEditor, type ParagraphNode } from 'lexical';
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import {
  $generateJSONFromSelectedNodes,
  $generateNodesFromSerializedNodes,
  $insertGeneratedNodes,
} from '@lexical/clipboard';
import { outline, testEditor } from '../test/testEditor';
import { registerPastedMarks } from './pastedMarks';

function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

function $paragraphText(index: number) {
  const node = $getRoot().getChildAtIndex<ParagraphNode>(index)!.getFirstDescendant();
  if (!$isTextNode(node)) throw new Error('no text');
  return node;
}

/** A story whose first paragraph has "каза Путин" marked as annotation `a`. */
function markedStory(ownIds: string[] = ['a']): LexicalEditor {
  const editor = testEditor(['„Добре е“, каза Путин вчера.', 'Втори абзац.']);
  registerPastedMarks(editor, (id) => ownIds.includes(id));
  update(editor, () => {
    const selection = $paragraphText(0).select(11, 21);
    $wrapSelectionInMarkNode(selection, false, 'a');
  });
  return editor;
}

/** Copies [start, end) of the first paragraph as the clipboard would carry it. */
function copyFirstParagraph(editor: LexicalEditor, start: number, end: number) {
  let nodes: ReturnType<typeof $generateJSONFromSelectedNodes>['nodes'] = [];
  update(editor, () => {
    const paragraph = $getRoot().getFirstChildOrThrow<ParagraphNode>();
    const selection = paragraph.select(0, 0);
    const texts = paragraph.getAllTextNodes();
    let at = 0;
    for (const text of texts) {
      const size = text.getTextContentSize();
      if (start >= at && start <= at + size)
        selection.anchor.set(text.getKey(), start - at, 'text');
      if (end >= at && end <= at + size) selection.focus.set(text.getKey(), end - at, 'text');
      at += size;
    }
    nodes = $generateJSONFromSelectedNodes(editor, selection).nodes;
  });
  return nodes;
}

function pasteAtEndOfSecondParagraph(
  editor: LexicalEditor,
  copied: ReturnType<typeof copyFirstParagraph>,
): void {
  update(editor, () => {
    const target = $paragraphText(1);
    const selection = target.select(target.getTextContentSize(), target.getTextContentSize());
    $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(copied), selection);
  });
}

describe('pasted annotation marks', () => {
  it('pastes a copy of marked text unmarked, so one annotation never holds two places', () => {
    const editor = markedStory();
    pasteAtEndOfSecondParagraph(editor, copyFirstParagraph(editor, 11, 21));
    expect(outline(editor)).toEqual([
      { paragraph: ['„Добре е“, ', { 'mark:a': ['каза Путин'] }, ' вчера.'] },
      { paragraph: ['Втори абзац.каза Путин'] },
    ]);
  });

  it('keeps the mark when the text is moved: cut, then pasted', () => {
    const editor = markedStory();
    const copied = copyFirstParagraph(editor, 11, 21);
    update(editor, () => {
      const paragraph = $getRoot().getFirstChildOrThrow<ParagraphNode>();
      paragraph.getChildAtIndex(1)!.remove(); // the mark, as a cut takes it
    });
    pasteAtEndOfSecondParagraph(editor, copied);
    expect(outline(editor)).toEqual([
      { paragraph: ['„Добре е“,  вчера.'] },
      { paragraph: ['Втори абзац.', { 'mark:a': ['каза Путин'] }] },
    ]);
  });

  it('keeps the mark when the paste replaces the text that held it (a copy pasted back)', () => {
    const editor = markedStory();
    const copied = copyFirstParagraph(editor, 4, 25);
    update(editor, () => {
      const paragraph = $getRoot().getFirstChildOrThrow<ParagraphNode>();
      const [first, , last] = paragraph.getAllTextNodes();
      const selection = first!.select(4, 4);
      selection.focus.set(last!.getKey(), 4, 'text');
      $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(copied), selection);
    });
    expect(outline(editor)).toEqual([
      { paragraph: ['„Добре е“, ', { 'mark:a': ['каза Путин'] }, ' вчера.'] },
      { paragraph: ['Втори абзац.'] },
    ]);
  });

  it('drops marks of annotations the story does not have (pasted from another story)', () => {
    const editor = markedStory();
    const copied = copyFirstParagraph(editor, 4, 25);
    const other = testEditor(['Друга история.', 'Край.']);
    registerPastedMarks(other, () => false);
    pasteAtEndOfSecondParagraph(other, copied);
    expect(outline(other)).toEqual([
      { paragraph: ['Друга история.'] },
      { paragraph: [`Край.${'„Добре е“, каза Путин вчера.'.slice(4, 25)}`] },
    ]);
  });

  it('takes off only the copied id where a pasted mark holds several', () => {
    const editor = markedStory(['a', 'b']);
    update(editor, () => {
      // "Путин" is inside both `a` and `b`, which is not anchored anywhere (it was cut).
      const mark = $getRoot().getFirstChildOrThrow<ParagraphNode>().getChildAtIndex(1)!;
      (mark as unknown as { addID: (id: string) => void }).addID('b');
    });
    const copied = copyFirstParagraph(editor, 11, 21);
    update(editor, () => {
      const mark = $getRoot().getFirstChildOrThrow<ParagraphNode>().getChildAtIndex(1)!;
      (mark as unknown as { deleteID: (id: string) => void }).deleteID('b');
    });
    pasteAtEndOfSecondParagraph(editor, copied);
    expect(outline(editor)).toEqual([
      { paragraph: ['„Добре е“, ', { 'mark:a': ['каза Путин'] }, ' вчера.'] },
      { paragraph: ['Втори абзац.', { 'mark:b': ['каза Путин'] }] },
    ]);
  });
});
