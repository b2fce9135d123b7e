/**
 * Story bodies with annotation marks, written as text: each paragraph a string, `[[id|text]]`
 * marking `text` with annotation `id`. Built through Lexical's headless editor, so the JSON is
 * what the app's editor writes. For tests, the e2e suite and the benchmarks.
 */
import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { LexicalStateJson } from '../../shared/model';
import { newEditor } from '../lexical/body';

const MARK = /^\[\[([^|]+)\|(.+)\]\]$/;

export function markedBody(paragraphs: readonly string[]): LexicalStateJson {
  const editor = newEditor();
  editor.update(
    () => {
      for (const source of paragraphs) {
        const paragraph = $createParagraphNode();
        for (const part of source.split(/(\[\[[^\]]+\]\])/)) {
          const mark = MARK.exec(part);
          if (mark) paragraph.append($createMarkNode([mark[1]!]).append($createTextNode(mark[2]!)));
          else if (part) paragraph.append($createTextNode(part));
        }
        $getRoot().append(paragraph);
      }
    },
    { discrete: true },
  );
  // Lexical types the root's `type` as any string; the API's contract narrows it to 'root'.
  return editor.getEditorState().toJSON() as unknown as LexicalStateJson;
}
