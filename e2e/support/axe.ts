import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe on the whole page: no serious or critical violation. `state` names what is on screen in the failure. */
export async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  // Colours are measured at rest: wait until MUI's transitions (drawer, dialog, ripples) have ended, not a fixed pause.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(serious, state).toEqual([]);
}
