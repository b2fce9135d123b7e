import { describe, expect, it } from 'vitest';
import { $createLineBreakNode, $createTextNode, $getRoot, type ParagraphNode } from 'lexical';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { testEditor } from '../test/testEditor';
import { $textLayout } from '@shared/text-layout';
import { $rangeFromOffsets, segmentAt } from '@shared/text-offsets';

describe('text layout', () => {
  it('lays text out exactly as getTextContent (and main’s bodyText) does', () => {
    const editor = testEditor(['Първи абзац.']);
    editor.update(
      () => {
        const root = $getRoot();
        root
          .getFirstChildOrThrow<ParagraphNode>()
          .append($createLineBreakNode(), $createTextNode('нов ред').toggleFormat('bold'));
        root.append($createHeadingNode('h2').append($createTextNode('Заглавие')));
        root.append(
          $createListNode('bullet').append(
            $createListItemNode().append($createTextNode('едно')),
            $createListItemNode().append($createTextNode('две')),
          ),
        );
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const layout = $textLayout();
      expect(layout.text).toBe($getRoot().getTextContent());
      expect(layout.text).toBe('Първи абзац.\nнов ред\n\nЗаглавие\n\nедно\n\nдве');
      expect(
        layout.segments.map((segment) => layout.text.slice(segment.start, segment.end)),
      ).toEqual(['Първи абзац.', 'нов ред', 'Заглавие', 'едно', 'две']);
    });
  });

  it('maps offsets to text nodes: starts into the later node, ends into the earlier one', () => {
    const editor = testEditor(['абв', 'где']);
    editor.getEditorState().read(() => {
      const layout = $textLayout();
      // "абв\n\nгде": the gap is offsets 3–4.
      expect(segmentAt(layout, 3, 'start')?.segment.start).toBe(5);
      expect(segmentAt(layout, 3, 'end')).toMatchObject({ offset: 3, segment: { start: 0 } });
      expect(segmentAt(layout, 4, 'end')).toMatchObject({ offset: 3, segment: { start: 0 } });
      expect(segmentAt(layout, 5, 'start')).toMatchObject({ offset: 0, segment: { start: 5 } });
      expect(segmentAt(layout, 8, 'start')).toBeNull();
      expect(segmentAt(layout, 8, 'end')).toMatchObject({ offset: 3, segment: { start: 5 } });
    });
  });

  it('makes a range from offsets that a quote suggestion or an anchor gives', () => {
    const editor = testEditor(['Първи абзац.', '"Отношенията се развиват", каза Путин.']);
    editor.update(
      () => {
        const layout = $textLayout();
        const start = layout.text.indexOf('"Отношенията');
        const end = start + '"Отношенията се развиват"'.length;
        const range = $rangeFromOffsets(layout, start, end);
        expect(range?.getTextContent()).toBe('"Отношенията се развиват"');
        expect($rangeFromOffsets(layout, 3, 20)?.getTextContent()).toBe('ви абзац.\n"Отнош');
        const caret = $rangeFromOffsets(layout, layout.text.length, layout.text.length);
        expect(caret?.anchor.offset).toBe('"Отношенията се развиват", каза Путин.'.length);
      },
      { discrete: true },
    );
  });
});
