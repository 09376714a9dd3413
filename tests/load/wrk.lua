-- One Teams-shaped activity per request with a unique activity id (thread number + counter), so every request is a
-- new turn and none is answered from the redelivery record. BODY_FILE holds one or more activities (separated by a
-- line "----8<----", sent in turn) with __ID__ in the id and __CONV__ in the conversation id; CONVERSATIONS says over
-- how many conversations the requests spread (Teams never runs two turns of one 1:1 chat at once; people do).
-- An invoke answers HTTP 200 with its own status in the body, so the body is read too: 5xx counts both.
local threads = {}
local counter = 0
local bodies = {}
local conversations = 1

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
  local all = f:read("*a")
  f:close()
  for body in string.gmatch(all .. "\n----8<----\n", "(.-)\n%-%-%-%-8<%-%-%-%-\n") do
    table.insert(bodies, body)
  end
  conversations = tonumber(os.getenv("CONVERSATIONS") or "1")
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BOT_TOKEN")
  errors5xx, conflicts, refused = 0, 0, 0
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  body = string.gsub(body, "__ID__", "load-" .. tid .. "-" .. counter .. "-" .. os.time())
  body = string.gsub(body, "__CONV__", tostring((counter + tid * 7) % conversations))
  return wrk.format("POST", "/api/messages", nil, body)
end

function response(status, headers, body)
  local inner = body and tonumber(string.match(body, '^{"statusCode":(%d%d%d)')) or nil
  local code = (status ~= 200 or inner == nil) and status or inner
  if code >= 500 then errors5xx = errors5xx + 1
  elseif code == 409 then conflicts = conflicts + 1
  elseif code >= 400 then refused = refused + 1 end
end

function done(summary, latency, requests)
  local e5, c409, r4 = 0, 0, 0
  for _, thread in ipairs(threads) do
    e5 = e5 + thread:get("errors5xx")
    c409 = c409 + thread:get("conflicts")
    r4 = r4 + thread:get("refused")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, summary.requests, e5, c409, r4))
end
