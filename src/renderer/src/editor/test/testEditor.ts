import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '@shared/editor-nodes';

/** A headless editor with the story's nodes and the given paragraphs (tests only). */
export function testEditor(paragraphs: string[] = []): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const root = $getRoot();
      for (const text of paragraphs)
        root.append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  return editor;
}

/** The body as nested [type, ids or text] pairs, for readable assertions. */
export function outline(editor: LexicalEditor): unknown {
  const simplify = (node: Record<string, unknown>): unknown => {
    if (node.type === 'text') return node.text;
    const children = (node.children as Record<string, unknown>[] | undefined) ?? [];
    const label = node.type === 'mark' ? `mark:${(node.ids as string[]).join('+')}` : node.type;
    return { [String(label)]: children.map(simplify) };
  };
  const json = editor.getEditorState().toJSON().root as unknown as Record<string, unknown>;
  return (json.children as Record<string, unknown>[]).map(simplify);
}
