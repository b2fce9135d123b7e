// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  $getRoot,
  $isTextNode,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
  type ParagraphNode,
  type TextNode,
} from 'lexical';
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { registerRichText } from '@lexical/rich-text';
import { outline, testEditor } from '../test/testEditor';
import { registerMarkEdgeTyping } from './markEdgeTyping';

const TEXT = 'The minister said the deficit would fall to 3.1 percent of output this year.';
const CLAIM = 'the deficit would fall to 3.1 percent of output';

/** The story's outline with `claim` as the marked text. */
function claimParagraph(claim: string): unknown {
  return [{ paragraph: ['The minister said ', { 'mark:claim': [claim] }, ' this year.'] }];
}

function claimStory(): LexicalEditor {
  const editor = testEditor([TEXT]);
  registerRichText(editor);
  registerMarkEdgeTyping(editor);
  editor.update(
    () => {
      const start = TEXT.indexOf(CLAIM);
      const selection = $text().select(start, start + CLAIM.length);
      $wrapSelectionInMarkNode(selection, false, 'claim');
    },
    { discrete: true },
  );
  return editor;
}

function $text(index = 0): TextNode {
  const node = $getRoot().getFirstChildOrThrow<ParagraphNode>().getAllTextNodes()[index];
  if (!$isTextNode(node)) throw new Error('no text');
  return node;
}

/** Selects `words` inside the mark's text (the paragraph's second text node) and types. */
function retype(editor: LexicalEditor, words: string, typed: string, backward = false): void {
  editor.update(
    () => {
      const marked = $text(1);
      const at = marked.getTextContent().indexOf(words);
      if (backward) marked.select(at + words.length, at);
      else marked.select(at, at + words.length);
    },
    { discrete: true },
  );
  editor.update(() => void editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, typed), {
    discrete: true,
  });
}

/** From "minister" before the mark to "the" inside it: a selection reaching outside the mark. */
function selectReachingOutside(editor: LexicalEditor): void {
  editor.update(
    () => {
      const selection = $text(0).select(4, 4);
      selection.focus.set($text(1).getKey(), 3, 'text');
    },
    { discrete: true },
  );
}

/** "x" typed or pasted over that selection, as Lexical does it: before the mark. */
const X_OVER_THE_MARKS_START = [
  {
    paragraph: [
      'The x',
      { 'mark:claim': [' deficit would fall to 3.1 percent of output'] },
      ' this year.',
    ],
  },
];

describe('typing over the edge words of a mark', () => {
  it('keeps a retyped first word inside the annotation', () => {
    const editor = claimStory();
    retype(editor, 'the deficit', 'the budget deficit');
    expect(outline(editor)).toEqual(
      claimParagraph('the budget deficit would fall to 3.1 percent of output'),
    );
  });

  it('keeps a retyped last word inside the annotation, selected backwards too', () => {
    const editor = claimStory();
    retype(editor, 'output', 'GDP', true);
    expect(outline(editor)).toEqual(claimParagraph('the deficit would fall to 3.1 percent of GDP'));
  });

  it('keeps typing key by key inside the mark after the replacement', () => {
    const editor = claimStory();
    retype(editor, 'output', 'G');
    for (const key of ['D', 'P'])
      editor.update(() => void editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, key), {
        discrete: true,
      });
    expect(outline(editor)).toEqual(claimParagraph('the deficit would fall to 3.1 percent of GDP'));
  });

  it('keeps typing in the mark where the window reads the caret as after the mark', () => {
    const editor = claimStory();
    retype(editor, 'output', 'G');
    // Chromium's caret at the end of the mark's text comes back as the start of the next text.
    editor.update(() => void $text(2).select(0, 0), { discrete: true });
    editor.update(() => void editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'DP'), {
      discrete: true,
    });
    expect(outline(editor)).toEqual(claimParagraph('the deficit would fall to 3.1 percent of GDP'));
  });

  it('leaves typing at the edge of a mark nobody retyped outside it', () => {
    const editor = claimStory();
    editor.update(
      () => {
        const marked = $text(1);
        marked.select(marked.getTextContentSize(), marked.getTextContentSize());
      },
      { discrete: true },
    );
    editor.update(() => void editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, '!'), {
      discrete: true,
    });
    expect(outline(editor)).toEqual([
      {
        paragraph: ['The minister said ', { 'mark:claim': [CLAIM] }, '! this year.'],
      },
    ]);
  });

  it('keeps retyped words inside the mark when they span two formats', () => {
    const editor = claimStory();
    editor.update(
      () => {
        // "the deficit" with "deficit" in italics: two text nodes at the mark's start.
        const [, italic] = $text(1).splitText(4, 11);
        italic!.toggleFormat('italic');
      },
      { discrete: true },
    );
    editor.update(
      () => {
        const selection = $text(1).select(0, 0);
        selection.focus.set($text(2).getKey(), 7, 'text');
      },
      { discrete: true },
    );
    editor.update(
      () => void editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'the budget gap'),
      { discrete: true },
    );
    const [paragraph] = outline(editor) as { paragraph: unknown[] }[];
    expect(paragraph!.paragraph[0]).toBe('The minister said ');
    expect(JSON.stringify(paragraph!.paragraph[1])).toContain('the budget gap');
  });

  it('leaves a selection reaching outside the mark to Lexical', () => {
    const editor = claimStory();
    selectReachingOutside(editor);
    editor.update(() => void editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'x'), {
      discrete: true,
    });
    expect(outline(editor)).toEqual(X_OVER_THE_MARKS_START);
  });
});

/** A paste of `text` (plain, or with `html` too) as the window sends it to the editor. */
function paste(editor: LexicalEditor, text: string, html?: string): void {
  const data: Record<string, string> = { 'text/plain': text, ...(html && { 'text/html': html }) };
  const event = {
    clipboardData: { types: Object.keys(data), getData: (type: string) => data[type] ?? '' },
    preventDefault: () => {},
  } as unknown as ClipboardEvent;
  editor.update(() => void editor.dispatchCommand(PASTE_COMMAND, event), { discrete: true });
}

function select(editor: LexicalEditor, words: string): void {
  editor.update(
    () => {
      const marked = $text(1);
      const at = marked.getTextContent().indexOf(words);
      marked.select(at, at + words.length);
    },
    { discrete: true },
  );
}

describe('pasting over the edge words of a mark', () => {
  it('keeps a pasted first or last word inside the annotation, plain or from a web page', () => {
    const editor = claimStory();
    select(editor, 'the deficit');
    paste(editor, 'the budget gap');
    select(editor, 'output');
    paste(editor, 'GDP', '<meta charset="utf-8"><span style="color:red">GDP</span>');
    expect(outline(editor)).toEqual(
      claimParagraph('the budget gap would fall to 3.1 percent of GDP'),
    );
  });

  it('leaves a paste of paragraphs, or over words reaching outside the mark, to Lexical', () => {
    const editor = claimStory();
    selectReachingOutside(editor);
    paste(editor, 'x');
    expect(outline(editor)).toEqual(X_OVER_THE_MARKS_START);
    // Lines: Lexical's paste makes paragraphs of them (the mark's own handling would not).
    const lines = claimStory();
    select(lines, 'output');
    paste(lines, 'GDP\nand more');
    expect(outline(lines)).toHaveLength(2);
  });
});
