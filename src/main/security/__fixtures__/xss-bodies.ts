import { createHeadlessEditor } from '@lexical/headless';
import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../../shared/editor-nodes';
import type { LexicalStateJson } from '../../../shared/model';
import { bodyFromBlocks } from '../../lexical/body';

let editor: LexicalEditor | null = null;

/**
 * The body as the editor would save it after a fact-checker marked the payload as a quote: the
 * imported paragraphs, then one more whose text is the payload inside a MarkNode. NITF writes a
 * marked quote as `<q quote-source="speaker">`, so this is what puts the speaker into the XML.
 */
export function withMarkedQuote(
  body: LexicalStateJson,
  annotationId: string,
  text: string,
): LexicalStateJson {
  editor ??= createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const current = editor;
  current.setEditorState(current.parseEditorState(JSON.stringify(body)));
  current.update(
    () => {
      const paragraph = $createParagraphNode();
      paragraph.append($createMarkNode([annotationId]).append($createTextNode(text)));
      $getRoot().append(paragraph);
    },
    { discrete: true },
  );
  return current.getEditorState().toJSON() as unknown as LexicalStateJson;
}

/**
 * An edition intro holding the payload as text and, as a renderer bug or a hand-made request
 * could send, a link node whose URL is a script: the exporters must still drop the link.
 */
export function hostileIntro(text: string): LexicalStateJson {
  return bodyFromBlocks([
    {
      kind: 'paragraph',
      inlines: [{ text }, { text: ' intro link', href: 'javascript:alert("intro")' }],
    },
  ]).body;
}
