import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onmessage: ((event: { data: string }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  close(): void {
    this.closed = true;
  }
}

describe('pushes from main in browser mode', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.stubGlobal('window', {});
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('share one connection among all listeners of the page, closed when the last one leaves', async () => {
    const { listenToMain } = await import('./events');
    const heard: string[] = [];
    const stopA = listenToMain((message) => heard.push(`a:${message.name}`));
    const stopB = listenToMain((message) => heard.push(`b:${message.name}`));
    const stopC = listenToMain(() => {});
    expect(FakeEventSource.opened).toHaveLength(1);
    const source = FakeEventSource.opened[0]!;
    source.onmessage?.({ data: JSON.stringify({ name: 'stories.changed', payload: {} }) });
    source.onmessage?.({ data: 'not json' });
    expect(heard).toEqual(['a:stories.changed', 'b:stories.changed']);
    stopA();
    stopB();
    expect(source.closed).toBe(false);
    stopC();
    expect(source.closed).toBe(true);
    listenToMain(() => {});
    expect(FakeEventSource.opened).toHaveLength(2);
  });
});
