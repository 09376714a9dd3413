-- One Teams-shaped activity per request with a unique activity id (thread number + counter), so every request is a
-- new turn and none is answered from the redelivery record. BODY_FILE holds the activity with __ID__ in its id.
local threads = {}
local counter = 0
local body_template = nil

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
  body_template = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BOT_TOKEN")
end

function request()
  counter = counter + 1
  local body = string.gsub(body_template, "__ID__", "load-" .. tid .. "-" .. counter .. "-" .. os.time())
  return wrk.format("POST", "/api/messages", nil, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, summary.requests))
end
