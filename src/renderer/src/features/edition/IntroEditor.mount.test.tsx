// @vitest-environment happy-dom
import { act, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { ParagraphNode } from 'lexical';
import { afterEach, expect, it, vi } from 'vitest';
import { IntroEditor } from './IntroEditor';
import { introFromText } from './text';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

vi.mock('@renderer/app/errors/ErrorsContext', () => ({ useReportError: () => () => undefined }));
vi.mock('./IntroToolbar', () => ({ IntroToolbar: () => null }));

let container: HTMLElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
  vi.restoreAllMocks();
});

it('reads the stored intro once as it opens, not once to check it and again to show it', async () => {
  const intro = introFromText('Добро утро.\n\nДнес в броя.');
  const paragraphs = intro!.root.children.length;
  const read = vi.spyOn(ParagraphNode.prototype, 'updateFromJSON');
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <IntroEditor
        intro={intro}
        fallback={null}
        unsaved={false}
        focusRef={createRef()}
        labelId="label"
        hintId="hint"
        toolbarLabel="Tools"
        onChange={() => undefined}
      />,
    ),
  );
  expect(paragraphs).toBeGreaterThan(0);
  expect(read).toHaveBeenCalledTimes(paragraphs);
  await act(async () => root.unmount());
});
