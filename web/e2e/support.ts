import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

/** The demo tenant's roles, least first. */
export const ROLES = ['VIEWER', 'OPERATOR', 'MANAGER', 'ADMIN'] as const;
export type DemoRole = (typeof ROLES)[number];

/**
 * The demo tenant's development-only accounts (auth-service README, "Profiles and development
 * bootstrap"): `<role>@highland-harbour.example` with `demo-<role>-2026`. None has a second
 * factor; SENTIA_E2E_EMAIL/SENTIA_E2E_PASSWORD replace the manager's.
 */
export function account(role: DemoRole): { email: string; password: string } {
  const name = role.toLowerCase();
  if (role === 'MANAGER' && process.env.SENTIA_E2E_EMAIL !== undefined) {
    return {
      email: process.env.SENTIA_E2E_EMAIL,
      password: process.env.SENTIA_E2E_PASSWORD ?? '',
    };
  }
  return { email: `${name}@highland-harbour.example`, password: `demo-${name}-2026` };
}

/**
 * Opens `path` without a session, signs in on auth-service's page and waits for the app's
 * shell. An account that has been given a second factor since (the demo creates none, and
 * devstack documents no TOTP secret to compute a code from) skips the test, saying why.
 */
export async function signIn(page: Page, role: DemoRole, path = '/'): Promise<void> {
  const { email, password } = account(role);
  let answer = await page.goto(path);
  // A busy session store answers 503 with Retry-After ("try again shortly"): a person tries
  // again, and so does this test, a few times.
  for (let attempt = 1; attempt < 5 && answer?.status() === 503; attempt += 1) {
    const retryAfter = Number((await answer.headerValue('retry-after')) ?? '1');
    await page.waitForTimeout(1000 * Math.min(5, Number.isFinite(retryAfter) ? retryAfter : 1));
    answer = await page.goto(path);
  }
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const shell = page.getByRole('navigation', { name: 'Main' });
  const secondFactor = page.getByLabel('Code', { exact: true });
  await expect(shell.or(secondFactor)).toBeVisible();
  test.skip(
    await secondFactor.isVisible(),
    `${email} asks for a second factor, and devstack documents no TOTP secret to compute its code from`,
  );
}

/** A new browser context (its own cookies) signed in as `role` on `path`. */
export async function signedIn(browser: Browser, role: DemoRole, path = '/'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, path);
  return page;
}

/** Waits until the page shows no skeleton or loading region any more. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('main [aria-busy="true"], main .loading-region')).toHaveCount(0, {
    timeout: 20_000,
  });
}

/**
 * axe-core with the WCAG 2.1 A and AA rules: no serious or critical violation. React Aria's live
 * announcer (`[data-live-announcer]`, outside the app's root) is left out: it holds a screen
 * reader's transient announcements, e.g. a `role="img"` labelled by a table row that a decision
 * has just removed, which axe then reports as an image without a name.
 */
export async function expectNoSeriousViolations(page: Page, where = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-live-announcer]')
    .analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map(
      (violation) =>
        `${where}: ${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    ),
  ).toEqual([]);
}

/** The session's CSRF token, as the app echoes it in X-XSRF-TOKEN. */
export async function csrfToken(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return decodeURIComponent(cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '');
}
