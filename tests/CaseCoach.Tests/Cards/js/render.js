// Renders bound cards in the official adaptivecards renderer inside headless Debian Chromium (never a downloaded
// browser), as Teams' client would. Usage: node render.js < requests.json, requests = { outputDir, cards: [{ name, card }] }.
// For each card prints: parse/validation events, the PNG path, and for every Action.Execute clicked after filling
// every input: its verb and data (inputs included), exactly what the bot would receive.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const CHROMIUM = "/usr/bin/chromium";

async function main(request) {
  fs.mkdirSync(request.outputDir, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "casecoach-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
    viewport: { width: 520, height: 800 },
  });
  try {
    const page = await context.newPage();
    await page.setContent("<!doctype html><html><body style='margin:0;background:#fff;font-family:DejaVu Sans,sans-serif'><div id='host' style='width:500px;padding:10px'></div></body></html>");
    await page.addStyleTag({ path: require.resolve("adaptivecards/dist/adaptivecards.css") });
    await page.addScriptTag({ path: require.resolve("adaptivecards/dist/adaptivecards.min.js") });
    const results = [];
    for (const item of request.cards) results.push(await renderOne(page, item, request.outputDir));
    return results;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function renderOne(page, item, outputDir) {
  const parsed = await page.evaluate((payload) => {
    const AC = window.AdaptiveCards;
    const host = document.getElementById("host");
    host.innerHTML = "";
    const card = new AC.AdaptiveCard();
    // Parse for the version the card declares, as a host of that version would: a property or value newer than
    // the declared version (style "heading" is 1.5) is then an event, so declared version and features agree.
    const context = new AC.SerializationContext(AC.Version.parse(payload.version, new AC.SerializationContext()));
    card.parse(payload, context);
    const events = [];
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      events.push({ phase: "parse", event: AC.ValidationEvent[e.event], message: e.message });
    }
    for (const e of card.validateProperties().validationEvents) {
      events.push({ phase: "validation", event: AC.ValidationEvent[e.event], message: e.message });
    }
    window.__captured = [];
    card.onExecuteAction = (action) => {
      window.__captured.push({ verb: action.verb, data: JSON.parse(JSON.stringify(action.data ?? null)) });
    };
    const rendered = card.render();
    host.appendChild(rendered);
    window.__card = card;
    const inputs = card.getAllInputs().map((input) => {
      const element = input.renderedElement;
      element.setAttribute("data-test-input", input.id);
      return { id: input.id, type: input.getJsonTypeName(), valueOn: input.valueOn ?? "true", isMultiSelect: input.isMultiSelect === true };
    });
    // getAllActions lists an ActionSet's actions once per level, hence the Set.
    const executes = [...new Set(card.getAllActions())].filter((a) => a.getJsonTypeName() === "Action.Execute").map((action, i) => {
      action.renderedElement.setAttribute("data-test-execute", String(i));
      return { index: i, verb: action.verb };
    });
    return { events, inputs, executes };
  }, item.card);

  const screenshot = path.join(outputDir, item.name + ".png");
  await page.locator("#host").screenshot({ path: screenshot });

  const filled = {};
  for (const input of parsed.inputs) filled[input.id] = await fill(page, input);

  const executions = [];
  for (const action of parsed.executes) {
    await page.evaluate(() => { window.__captured = []; });
    await page.locator(`[data-test-execute="${action.index}"]`).click({ timeout: 5000 });
    const captured = await page.evaluate(() => window.__captured);
    executions.push({ clickedVerb: action.verb, received: captured });
  }
  return { name: item.name, events: parsed.events, screenshot, filled, executions };
}

// Types into each input the way a person would; returns the value the card should now report.
async function fill(page, input) {
  const root = page.locator(`[data-test-input="${input.id}"]`);
  if (input.type === "Input.Toggle") {
    const box = (await root.evaluate((e) => e.matches("input"))) ? root : root.locator("input[type=checkbox]").first();
    await box.check();
    return input.valueOn;
  }
  if (input.type === "Input.ChoiceSet" && (await root.locator("select").count()) > 0) {
    // A compact choice set renders as a drop-down: pick its last option.
    const select = root.locator("select").first();
    const value = await select.locator("option").last().getAttribute("value");
    await select.selectOption(value);
    return value;
  }
  if (input.type === "Input.ChoiceSet" && input.isMultiSelect) {
    // An expanded multi-select renders check boxes: tick them all; the card reports the values joined by commas.
    const boxes = root.locator("input[type=checkbox]");
    const values = [];
    for (let i = 0; i < (await boxes.count()); i++) {
      await boxes.nth(i).check();
      values.push(await boxes.nth(i).getAttribute("value"));
    }
    return values.join(",");
  }
  if (input.type === "Input.ChoiceSet") {
    const radios = root.locator("input[type=radio]");
    const last = (await radios.count()) - 1;
    await radios.nth(last).check();
    return await radios.nth(last).getAttribute("value");
  }
  if (input.type === "Input.Toggle") {
    await root.locator("input[type=checkbox]").check();
    return "true"; // the toggles' valueOn
  }
  const field = (await root.evaluate((e) => e.matches("input,textarea"))) ? root : root.locator("input,textarea").first();
  const value = input.type === "Input.Date" ? "2026-12-10" : `Typed into ${input.id} <&> "quoted"`;
  await field.fill(value);
  return value;
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  main(JSON.parse(input)).then(
    (results) => process.stdout.write(JSON.stringify(results)),
    (error) => { process.stderr.write(String(error && error.stack ? error.stack : error)); process.exit(1); });
});
