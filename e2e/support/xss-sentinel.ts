import type { Page } from '@playwright/test';

export interface SentinelCounts {
  /** Payload code that ran: dialogs opened or `__xss` set, in the app's own window. */
  fired: number;
  /** Content-Security-Policy refusals: attempts the policy blocked (events and console reports). */
  cspEvents: string[];
  cspConsole: string[];
  frames: number;
  framesFired: number;
}

/** The page's global scope as the sentinel uses it (this project's Node tsconfig has no DOM). */
interface SentinelScope {
  __xss: number;
  __cspViolations: string[];
  alert: (...args: unknown[]) => unknown;
  confirm: (...args: unknown[]) => unknown;
  prompt: (...args: unknown[]) => unknown;
  document: {
    addEventListener: (
      type: 'securitypolicyviolation',
      listener: (event: { effectiveDirective: string; blockedURI: string }) => void,
    ) => void;
  };
}

/**
 * A tripwire in every frame the page runs script in: dialogs are wrapped to count (and still
 * open, so the fixtures fail the test too), the corpus's `top.__xss = …` payloads overwrite
 * the 0, and CSP violation events are recorded as blocked attempts. Sandboxed previews run no
 * script at all, so their refusals are counted from the console, where Chromium reports them.
 */
export async function installSentinel(page: Page): Promise<() => Promise<SentinelCounts>> {
  const cspConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const scope = globalThis as unknown as SentinelScope;
    scope.__xss = 0;
    scope.__cspViolations = [];
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = scope[name].bind(scope);
      Object.defineProperty(scope, name, {
        value: (...args: unknown[]) => {
          scope.__xss += 1;
          return original(...args);
        },
      });
    }
    scope.document.addEventListener('securitypolicyviolation', (event) => {
      scope.__cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return async () => {
    const counts: SentinelCounts = {
      fired: 0,
      cspEvents: [],
      cspConsole,
      frames: 0,
      framesFired: 0,
    };
    for (const frame of page.frames()) {
      const seen = await frame
        .evaluate(() => {
          const scope = globalThis as unknown as Partial<SentinelScope>;
          return { fired: scope.__xss, csp: scope.__cspViolations };
        })
        .catch(() => null); // a sandboxed frame without script cannot be asked
      counts.frames += 1;
      if (!seen) continue;
      if (frame === page.mainFrame()) {
        if (seen.fired === undefined) throw new Error('the sentinel is not installed in the page');
        counts.fired = seen.fired;
      } else if (seen.fired !== undefined && seen.fired !== 0) counts.framesFired += 1;
      counts.cspEvents.push(...(seen.csp ?? []));
    }
    return counts;
  };
}
