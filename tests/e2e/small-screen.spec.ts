import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './support';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const path of ['/', '/?region=RU-KRS', '/?deployment=deployment-prk-kursk-oblast', '/?claim=claim-2024-10-18-budanov-11000', '/?actor=kor']) {
  test(`no horizontal scroll at 360 px on ${path}`, async ({ page }) => {
    await page.goto(path);
    await waitForMapIdle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
