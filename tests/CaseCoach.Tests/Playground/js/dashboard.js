// Opens the reports dashboard (the bot already running on embedded defaults, `demo generate` done) in headless
// Debian Chromium as each person given, signing in with Development's /dev/sign-in?as=AADOBJECTID, and reads what
// each sees: the scope sentence, the quarterly report's units and review count, whether the interrater page opens;
// as `quality`, it also clicks a heat-map cell and reads the list of the reviews behind it.
// Usage: node dashboard.js BOT_URL SCREENSHOT_FOLDER QUARTER NAME=AADOBJECTID... Prints one JSON object of what it
// saw; exits 1 on a step that did not happen, naming the step. Every wait is on something visible, bounded by WAIT_MS.
const { chromium } = require('playwright-core');
const path = require('path');

const [url, shots, quarter, ...people] = process.argv.slice(2);
const WAIT_MS = Number(process.env.DASHBOARD_WAIT_MS || 60000);
const seen = {};
let step = 'launch Chromium';

async function look(browser, name, aad) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const saw = {};
  try {
    step = `${name}: sign in`;
    await page.goto(new URL(`/dev/sign-in?as=${encodeURIComponent(aad)}`, url).toString());
    await page.getByRole('heading', { level: 1 }).waitFor();
    saw.heading = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
    saw.scope = (await page.locator('main p, body > p').first().textContent()).replace(/\s+/g, ' ').trim();
    saw.interraterLinks = await page.getByRole('link', { name: 'Calibration and second reviews' }).count();
    await page.screenshot({ path: path.join(shots, `${name}-1-overview.png`), fullPage: true });

    step = `${name}: quarterly report ${quarter}`;
    await page.goto(new URL(`/reports/quarterly?jurisdiction=riverside&quarter=${quarter}`, url).toString());
    await page.getByRole('heading', { level: 1 }).waitFor();
    const heat = page.locator('h2:has-text("Heat map") + p + table');
    saw.units = (await heat.count()) ? (await heat.locator('tr').first().locator('th').allTextContents()).slice(1).map(t => t.trim()) : [];
    const count = await page.getByText(/\d+ completed reviews;/).first().textContent().catch(() => '');
    saw.reviews = Number((count.match(/(\d+) completed reviews/) || [0, 0])[1]);
    saw.reviewers = await page.locator('details table tr').count() - 1;
    await page.screenshot({ path: path.join(shots, `${name}-2-quarterly.png`), fullPage: true });
    if (name === 'quality') {
      // Every figure links to the reviews behind it: click the first heat-map cell, read the list it opens.
      step = `${name}: the reviews behind a heat-map cell`;
      const cell = page.locator('td.heat a').first();
      saw.heatCell = (await cell.textContent()).trim();
      await cell.click();
      await page.getByRole('heading', { level: 1, name: /Reviews behind a figure/ }).waitFor();
      saw.listCount = (await page.locator('p.count').textContent()).trim();
      saw.listAnswers = (await page.locator('p.answers').textContent()).trim();
      saw.listRows = await page.locator('table.reviews tr').count() - 1;
      await page.screenshot({ path: path.join(shots, `${name}-5-reviews.png`), fullPage: true });
    }

    step = `${name}: fidelity ${quarter}`;
    await page.goto(new URL(`/reports/fidelity?jurisdiction=riverside&quarter=${quarter}`, url).toString());
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: path.join(shots, `${name}-3-fidelity.png`), fullPage: true });

    step = `${name}: interrater ${quarter}`;
    const interrater = await page.goto(new URL(`/reports/interrater?jurisdiction=riverside&quarter=${quarter}`, url).toString());
    saw.interraterStatus = interrater.status();
    if (saw.interraterStatus === 200) await page.screenshot({ path: path.join(shots, `${name}-4-interrater.png`), fullPage: true });
  } finally {
    await context.close();
  }
  return saw;
}

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], timeout: WAIT_MS });
  try {
    for (const person of people) {
      const [name, aad] = person.split('=');
      seen[name] = await look(browser, name, aad);
    }
    step = 'done';
  } finally {
    await browser.close();
  }
}

main().then(
  () => console.log(JSON.stringify(seen)),
  error => {
    console.log(JSON.stringify({ ...seen, failedStep: step, error: String(error.message || error).split('\n')[0] }));
    process.exit(1);
  });
