import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium, driven by playwright-core; no browser is downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
  });
}

const thirdPartyRequests = new WeakMap<Page, string[]>();

/** Requests a page tried to make to any host but the local test server. */
export function blockedRequests(page: Page): string[] {
  return thirdPartyRequests.get(page) ?? [];
}

const consoleMessages = new WeakMap<Page, string[]>();

/** Errors the page logged to the console or threw, failed loads (a missing favicon) included. */
export function consoleErrors(page: Page): string[] {
  return consoleMessages.get(page) ?? [];
}

/** What the page's Content-Security-Policy blocked so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** One browser per test file (with `extraArgs` added to its command line); `page()` opens a fresh page on the served site. */
export function useSite(extraArgs: string[] = []): { page: (path: string) => Promise<Page>; baseUrl: () => string } {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl: () => inject('baseUrl'),
    page: async (path: string) => {
      const page = await browser.newPage();
      // No request may leave the machine: they are stopped and listed for the test to check.
      const blocked: string[] = [];
      thirdPartyRequests.set(page, blocked);
      const errors: string[] = [];
      consoleMessages.set(page, errors);
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => {
        blocked.push(route.request().url());
        return route.abort();
      });
      // Content-Security-Policy violations are collected from the start of the page.
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { __cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(`${inject('baseUrl')}${path}`);
      return page;
    },
  };
}
