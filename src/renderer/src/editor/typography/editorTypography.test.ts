import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { outline, testEditor } from '../test/testEditor';
import { $applyTypography } from './editorTypography';

const NB = '\u00A0';

describe('$applyTypography', () => {
  it('pairs quotes over a whole paragraph and keeps formatting and marks', () => {
    const editor = testEditor();
    editor.update(
      () => {
        const bold = $createTextNode('"Много се радваме').toggleFormat('bold');
        const plain = $createTextNode(' в Киргизстан", добави Путин - в Бишкек.');
        $getRoot().append($createParagraphNode().append(bold, plain));
        $wrapSelectionInMarkNode(bold.select(1, 6), false, 'm1');
      },
      { discrete: true },
    );
    editor.update(() => void $applyTypography('bg'), { discrete: true });
    expect(outline(editor)).toEqual([
      {
        paragraph: [
          '„',
          { 'mark:m1': ['Много'] },
          ' се радваме',
          ` в${NB}Киргизстан“, добави Путин${NB}– в${NB}Бишкек.`,
        ],
      },
    ]);
    editor.getEditorState().read(() => {
      const texts = $getRoot().getAllTextNodes();
      expect(texts.map((node) => node.hasFormat('bold'))).toEqual([true, true, true, false]);
    });
  });

  it('treats each paragraph and list item on its own, by the story’s language', () => {
    const editor = testEditor(['"Это важно" - сказал он.', 'И "ещё".']);
    editor.update(() => void $applyTypography('ru'), { discrete: true });
    expect(outline(editor)).toEqual([
      { paragraph: [`«Это важно»${NB}— сказал он.`] },
      { paragraph: [`И${NB}«ещё».`] },
    ]);
  });

  it('reports no change when the text is already set', () => {
    const editor = testEditor(['„Да“, каза той.']);
    let changed = -1;
    editor.update(() => void (changed = $applyTypography('bg')), { discrete: true });
    expect(changed).toBe(0);
  });
});
