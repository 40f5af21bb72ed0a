/** Accessibility checks for browser journeys: axe with the WCAG 2.1 A and AA rules, zero violations allowed. */
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function assertNoAxeViolations(page: Page, label: string): Promise<void> {
  // Check what a person sees once it has settled: while a dialog fades in its colours are part transparent and
  // would fail contrast. Endless animations (spinners) are not waited for.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
    undefined,
    { timeout: 5_000 },
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
      );
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
  assert.equal(violations.length, 0, `${label}: ${violations.length} accessibility violation(s)\n${report}`);
}
