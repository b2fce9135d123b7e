// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { call } from '@renderer/api/client';
import { CommandsContext, createCommandRegistry } from '@renderer/app/commands/CommandsContext';
import { announceSettingsSaved } from '@renderer/features/settings/authorName';
import { inLanguage, render } from '@renderer/test/render';
import { AuthorNameHint } from './AuthorNameHint';

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
const callMock = vi.mocked(call);

describe('the hint to sign one’s marks', () => {
  it('says marks go out unsigned, opens Settings, and goes once a name is saved', async () => {
    let authorName: string | null = null;
    callMock.mockImplementation((() => Promise.resolve({ authorName })) as unknown as typeof call);
    const registry = createCommandRegistry();
    const openSettings = vi.fn();
    registry.register({ id: 'open.settings', label: 'Settings', group: 'Open', run: openSettings });
    await inLanguage('bg');
    const host = await render(
      <CommandsContext.Provider value={registry}>
        <AuthorNameHint />
      </CommandsContext.Provider>,
    );
    const hint = host.querySelector('[data-testid="author-name-hint"]')!;
    expect(hint.textContent).toContain('подписани „неизвестен“');
    await act(async () => {
      host.querySelector<HTMLButtonElement>('[data-testid="author-name-set"]')!.click();
    });
    expect(openSettings).toHaveBeenCalledOnce();

    authorName = 'Мария Петрова';
    await act(async () => announceSettingsSaved());
    expect(host.querySelector('[data-testid="author-name-hint"]')).toBeNull();
  });
});
