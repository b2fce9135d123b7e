// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { RevisionSummary, Story } from '@shared/model';
import { call } from '@renderer/api/client';
import { ErrorsContext } from '@renderer/app/errors/ErrorsContext';
import type { StorySaver } from '@renderer/features/editor/storySaver';
import { inLanguage, render } from '@renderer/test/render';
import { RevisionsPanel } from './RevisionsPanel';

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
const callMock = vi.mocked(call);

const revision = (number: number, reason: RevisionSummary['reason']): RevisionSummary => ({
  number,
  headline: 'Новина',
  author: 'Мария',
  reason,
  wireVersion: null,
  createdAt: '2026-03-14T08:00:00Z',
  restoredFrom: null,
});

async function panelWith(revisions: RevisionSummary[]): Promise<HTMLElement> {
  callMock.mockImplementation(((name: string) =>
    name === 'stories.revisions'
      ? Promise.resolve(revisions)
      : Promise.reject(new Error(`unexpected ${name}`))) as unknown as typeof call);
  await inLanguage('en');
  return render(
    <ErrorsContext.Provider value={{ report: () => undefined, setAlertHost: () => undefined }}>
      <RevisionsPanel
        story={{ id: 1 } as Story}
        saver={{} as StorySaver}
        savedVersion={1}
        visible
        onRestored={() => undefined}
      />
    </ErrorsContext.Provider>,
  );
}

describe('the revisions list', () => {
  it('says why numbers are missing where saves were folded together, and only there', async () => {
    const folded = await panelWith([
      revision(7, 'edit'),
      revision(4, 'edit'),
      revision(1, 'import'),
    ]);
    expect(folded.querySelector('[data-testid="revisions-folded"]')?.textContent).toBe(
      'While a story stays open, its saves within 5 minutes are kept as one revision (so some numbers are skipped); opening it again starts a new one.',
    );
    const unbroken = await panelWith([revision(2, 'edit'), revision(1, 'import')]);
    expect(unbroken.querySelector('[data-testid="revisions-folded"]')).toBeNull();
  });

  it('names the revision a restore took back', async () => {
    const host = await panelWith([
      { ...revision(3, 'restore'), restoredFrom: 1 },
      revision(2, 'edit'),
      revision(1, 'import'),
    ]);
    const rows = [...host.querySelectorAll('[data-testid="revision-item"]')];
    expect(rows[0]!.textContent).toContain('restored from #1');
  });
});
