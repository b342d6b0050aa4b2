import { expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';

const site = useBuiltSite();

it('follows a rotation-table source link to the highlighted sentence on the article page', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/khoi/dong-bang-song-hong/`);
	const link = page.getByRole('table', { name: /Luân phiên Khối trưởng/ }).getByRole('row', { name: /^2021/ }).getByRole('link', { name: /nguồn 1/ }).first();
	await link.click();
	await page.waitForURL(/\/bai-viet\/2020-dong-bang-song-hong-tong-ket\/#c-/);
	const target = page.locator('.cite:target');
	await expect(target.textContent()).resolves.toContain('Khối trưởng');
	const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).toBe('rgb(255, 240, 168)');
	await page.close();
});
