// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { $getRoot, $insertNodes, $createParagraphNode } from 'lexical';
import { $generateNodesFromDOM } from '@lexical/html';
import { testEditor } from '../test/testEditor';
import { registerPasteCleanup } from './pasteCleanup';

/** Inserts HTML as Lexical's rich-text paste does: DOM → nodes → insert at the selection. */
function paste(html: string) {
  const editor = testEditor();
  registerPasteCleanup(editor);
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      $getRoot().append(paragraph);
      paragraph.select();
      const dom = new DOMParser().parseFromString(html, 'text/html');
      $insertNodes($generateNodesFromDOM(editor, dom));
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON().root.children as unknown as Record<string, unknown>[];
}

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<h1 style="text-align:center;font-family:'Times New Roman'">Заглавие от Word</h1>
<p class=MsoNormal style="margin-left:36pt;text-align:justify"><span style="font-size:14pt;font-family:Calibri;color:#C00000">Червен текст</span> и <b><span style="font-family:Arial">удебелен</span></b> и <code>код</code> и <mark>маркер</mark><o:p></o:p></p>
<h5>Малко</h5>
</body></html>`;

describe('paste cleanup', () => {
  it('keeps structure and bold, and drops Word’s fonts, colours, alignment and odd formats', () => {
    const blocks = paste(WORD_HTML);
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/font-family|color|font-size|Calibri|Times/);
    const headings = blocks.filter((block) => block.type === 'heading');
    expect(headings.map((block) => block.tag)).toEqual(['h2', 'h3']);
    for (const block of blocks) {
      expect(block.format ?? '').toBe('');
      expect(block.indent ?? 0).toBe(0);
    }
    const texts = blocks.flatMap(
      (block) => (block.children as Record<string, unknown>[] | undefined) ?? [],
    );
    const bold = texts.find((node) => node.text === 'удебелен');
    expect(bold?.format).toBe(1);
    for (const node of texts) {
      expect(node.style ?? '').toBe('');
      expect(((node.format as number | undefined) ?? 0) & ~(1 | 2 | 8)).toBe(0);
    }
  });

  it('keeps a pasted web link and drops script, phone and relative links, keeping their words', () => {
    const blocks = paste(
      `<p><a href="javascript:alert(1)">опасна</a> <a href="https://bta.bg/a">БТА</a> ` +
        `<a href="tel:+35929262">телефон</a> <a href="#_ftn1">[1]</a> <a href="mailto:a@b.bg">поща</a></p>`,
    );
    const inline = (blocks[0]!.children as Record<string, unknown>[]).map((node) =>
      node.type === 'link' ? `link(${String(node.url)})` : String(node.text),
    );
    expect(inline).toEqual([
      'опасна ',
      'link(https://bta.bg/a)',
      ' телефон [1] ',
      'link(mailto:a@b.bg)',
    ]);
  });

  it('makes Word’s bulleted and numbered paragraphs lists, without Word’s bullet and spaces', () => {
    const marker = (glyph: string) =>
      `<span style='mso-list:Ignore'>${glyph}<span style='font:7.0pt "Times New Roman"'>` +
      `&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>`;
    const blocks = paste(
      `<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>${marker('·')}Първа точка</p>` +
        `<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'>${marker('·')}Втора <b>точка</b></p>` +
        `<p class=MsoNormal>Обикновен абзац · с точка по средата.</p>` +
        `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'>${marker('1.')}Първо</p>` +
        `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'>${marker('2.')}Второ</p>`,
    );
    const shape = blocks.map((block) =>
      block.type === 'list'
        ? `${String(block.listType)}: ${(block.children as Record<string, unknown>[])
            .map((item) =>
              (item.children as Record<string, unknown>[]).map((node) => node.text).join(''),
            )
            .join(' | ')}`
        : `${String(block.type)}: ${(block.children as Record<string, unknown>[])
            .map((node) => node.text)
            .join('')}`,
    );
    expect(shape).toEqual([
      'bullet: Първа точка | Втора точка',
      'paragraph: Обикновен абзац · с точка по средата.',
      'number: Първо | Второ',
    ]);
  });
});
