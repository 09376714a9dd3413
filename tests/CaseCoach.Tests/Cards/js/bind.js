// Binds templates with the official adaptivecards-templating package (the reference the C# binder must equal).
// Usage: node bind.js < requests.json, where requests.json is [{ "template": {...}, "data": {...} }, ...].
// Prints one JSON array: per request either { "card": <expanded> } or { "error": "<message>" }.
"use strict";
const ACData = require("adaptivecards-templating");

function bind(template, data) {
  try {
    const expanded = new ACData.Template(template).expand({ $root: data });
    // undefined cannot travel in JSON; mark it so the C# side can tell it from null.
    return expanded === undefined ? { undefined: true } : { card: expanded };
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const requests = JSON.parse(input);
  process.stdout.write(JSON.stringify(requests.map((r) => bind(r.template, r.data))));
});
