// Drives the Microsoft 365 Agents Playground (already running) in headless Debian Chromium as the demo reviewer:
// `my reviews`, Start, submit with a No and no comment (refused, input kept), then validly, and the summary.
// Usage: node drive.js PLAYGROUND_URL SCREENSHOT_FOLDER. Prints one JSON object of what it saw; exits 1 on a step
// that did not happen, naming the step. Every wait is on something visible, bounded by WAIT_MS; no fixed sleeps.
const { chromium } = require('playwright-core');
const path = require('path');

const [url, shots] = process.argv.slice(2);
const WAIT_MS = Number(process.env.PLAYGROUND_WAIT_MS || 120000); // generous: a loaded 2-core machine
const seen = { steps: [] };
let step = 'launch Chromium';

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], timeout: WAIT_MS });
  let page;
  try {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(WAIT_MS);
    const shot = async name => {
      await page.screenshot({ path: path.join(shots, name) });
      seen.steps.push(step);
    };

    step = 'open the Playground';
    await page.goto(url, { timeout: WAIT_MS });
    const compose = page.locator('[role=textbox][contenteditable=true]');
    await compose.click();
    seen.signedInAs = (await page.getByText('Jordan Patel', { exact: true }).first().textContent()).trim();

    step = 'say `my reviews`';
    await page.keyboard.type('my reviews');
    await page.keyboard.press('Enter');
    await page.getByText('Your reviews', { exact: true }).last().waitFor();
    await shot('1-my-reviews.png');

    step = 'start the first review';
    await page.getByRole('button', { name: 'Start', exact: true }).first().click();
    const submit = page.getByRole('button', { name: 'Submit review', exact: true }).last();
    await submit.waitFor();
    const questions = page.getByRole('radiogroup', { name: /^Answer to question \d+/ });
    seen.questions = await questions.count();
    await shot('2-survey.png');

    step = 'submit with a No and no comment';
    const answer = (n, choice) => page.getByRole('radiogroup', { name: new RegExp(`^Answer to question ${n}\\b`) })
      .getByRole('radio', { name: choice, exact: true });
    for (let n = 1; n <= seen.questions; n++) await answer(n, n === 1 ? 'No' : 'Yes').check();
    const strengths = page.getByRole('textbox', { name: /^Strengths you saw in this case/ });
    await strengths.fill('The court report walks through the family history.');
    await submit.click();
    const refusal = page.getByText('A No needs a comment with a specific example from the file.', { exact: true });
    await refusal.waitFor();
    seen.refusal = (await refusal.textContent()).trim();
    seen.keptStrengths = await strengths.inputValue();
    seen.keptNo = await answer(1, 'No').isChecked();
    seen.keptYes = await answer(2, 'Yes').isChecked();
    await refusal.scrollIntoViewIfNeeded();
    await shot('3-refused.png');

    step = 'submit validly';
    await page.getByRole('textbox', { name: /^Comment on question 1\b/ })
      .fill('Only two face-to-face contacts with the mother in the last 90 days.');
    await page.getByRole('button', { name: 'Submit review', exact: true }).last().click();
    const outcome = page.getByText(/^(Coaching conversation to schedule|No coaching needed)$/);
    await outcome.last().waitFor();
    seen.outcome = (await outcome.last().textContent()).trim();
    await outcome.last().scrollIntoViewIfNeeded();
    seen.surveyGone = (await page.getByRole('button', { name: 'Submit review', exact: true }).count()) === 0;
    await shot('4-summary.png');
    step = 'done';
  } finally {
    if (step !== 'done' && page) await page.screenshot({ path: path.join(shots, 'failed.png') }).catch(() => {});
    await browser.close();
  }
}

main().then(
  () => console.log(JSON.stringify(seen)),
  error => {
    console.log(JSON.stringify({ ...seen, failedStep: step, error: String(error.message || error).split('\n')[0] }));
    process.exit(1);
  });
