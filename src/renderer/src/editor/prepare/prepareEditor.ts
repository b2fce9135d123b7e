import {
  createEditor,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createAutoLinkNode, $createLinkNode } from '@lexical/link';
import { $createMarkNode } from '@lexical/mark';
import { EDITOR_NODES } from '@shared/editor-nodes';
import { editorTheme } from '../theme/editorTheme';

const PARAGRAPHS = 16;

type OnError = (error: Error) => void;

/** Nobody waits for this editor: what goes wrong in it is for the console, not for the user. */
const warn: OnError = (error) => console.warn('Preparing the editor failed', error);

function newEditor(onError: OnError): LexicalEditor {
  return createEditor({
    namespace: 'edition-prepare',
    nodes: EDITOR_NODES,
    theme: editorTheme,
    onError,
  });
}

/** A small story with every kind of node a body holds, as the editor saves it. */
export function sampleBody(onError: OnError = warn): string {
  const editor = newEditor(onError);
  editor.update(
    () => {
      const root = $getRoot();
      root.append($createHeadingNode('h2').append($createTextNode('Заглавие')));
      for (let p = 0; p < PARAGRAPHS; p += 1) {
        const mark = $createMarkNode([`prepare-${p}`]).append($createTextNode('„цитат“'));
        const link = $createLinkNode('https://example.org/').append($createTextNode('връзка'));
        root.append(
          $createParagraphNode().append(
            $createTextNode('Министърът каза '),
            mark,
            $createTextNode(', добави той. ').toggleFormat('bold'),
            link,
          ),
        );
      }
      root.append(
        $createQuoteNode().append($createTextNode('Цитат')),
        $createListNode('bullet').append($createListItemNode().append($createTextNode('точка'))),
        $createParagraphNode().append(
          $createAutoLinkNode('https://example.org/').append($createTextNode('example.org')),
        ),
      );
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}

/** The preparation's steps, and what lets go of its editor whenever it stops. */
export interface EditorPreparation {
  steps: (() => void)[];
  dispose: () => void;
}

/**
 * Opens a small story in an editor nobody sees, once, while the app is idle: the first story an
 * editor opens in the morning then does not pay for the editor's first run (Lexical's node
 * classes read for the first time, its parsing and DOM-building code not yet compiled). In
 * steps, each short enough for an idle moment: a keystroke or click that comes meanwhile is
 * not held up by the whole of it. The last step marks `edition:editor-prepared` in the page's
 * performance timeline (the editor benchmark reads it).
 */
export function editorPreparation(onError: OnError = warn): EditorPreparation {
  let body = '';
  let editor: LexicalEditor | null = null;
  let state: EditorState | null = null;
  const dispose = (): void => {
    editor?.setRootElement(null);
    editor = null;
  };
  const steps = [
    () => {
      body = sampleBody(onError);
    },
    () => {
      editor = newEditor(onError);
      state = editor.parseEditorState(body);
    },
    () => {
      const root = document.createElement('div');
      root.contentEditable = 'true';
      editor?.setRootElement(root);
      if (state) editor?.setEditorState(state);
    },
    () => {
      editor?.read(() => $getRoot().getTextContent());
      dispose();
      performance.mark('edition:editor-prepared');
    },
  ];
  return { steps, dispose };
}
