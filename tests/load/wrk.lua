-- One Teams-shaped activity per request with a unique activity id (thread number + counter), so every request is a
-- new turn and none is answered from the redelivery record. BODY_FILE holds one or more activities (separated by a
-- line "----8<----", sent in turn) with __ID__ in the id and __CONV__ in the conversation id; CONVERSATIONS says over
-- how many conversations the requests spread (Teams never runs two turns of one 1:1 chat at once; people do).
-- __ANSWER__ alternates "Yes" / "No", so every draft save changes the row.
-- SEATS ("person:review,person:review,...", as many as connections) gives each connection its own person, chat and
-- review (__PERSON__, __REVIEW__): wrk's request() does not say which connection it fills, so each thread keeps its
-- share of the seats free until a request takes one, and the answer (which names its review) gives it back; a person
-- therefore never has two turns in flight, as one person clicking does. WRK_THREADS says how the seats are shared.
-- An invoke answers HTTP 200 with its own status in the body, so the body is read too: 5xx counts both. SUCCESS_MARK,
-- if set, must be in a 200 answer (a save that did not save is counted as refused).
local threads = {}
local counter = 0
local bodies = {}
local conversations = 1
local free, inflight, byReview = {}, {}, {}
local successMark = nil

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
  local mark = os.getenv("SUCCESS_MARK")
  if mark and mark ~= "" then successMark = mark end
  local seats, count = os.getenv("SEATS") or "", tonumber(os.getenv("WRK_THREADS") or "1")
  local i = 0
  for person, review in string.gmatch(seats, "([^:,]+):([^:,]+)") do
    if i % count == tid - 1 then
      local seat = { person = person, review = review, flip = false }
      table.insert(free, seat)
      byReview[review] = seat
    end
    i = i + 1
  end
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BOT_TOKEN")
  errors5xx, conflicts, refused, unmatched = 0, 0, 0, 0
end

-- A free seat, or (a connection dropped, so its answer never came) the one in flight longest.
local function take()
  local seat = table.remove(free, 1) or table.remove(inflight, 1)
  table.insert(inflight, seat)
  return seat
end

-- The seat the answer names, or (an answer that names none, or the floor's fixed answer) the one in flight longest.
local function release(body)
  local at = body and string.find(body, '"reviewId":"', 1, true) -- a plain search: cheaper than a pattern over 20 KB
  local review = at and string.sub(body, at + 12, at + 43)
  for i, seat in ipairs(inflight) do
    if seat.review == review then
      table.insert(free, table.remove(inflight, i))
      return
    end
  end
  unmatched = unmatched + 1
  if #inflight > 0 then table.insert(free, table.remove(inflight, 1)) end
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  body = string.gsub(body, "__ID__", "load-" .. tid .. "-" .. counter .. "-" .. os.time())
  local flip = counter % 2 == 0
  if #free + #inflight > 0 then
    local seat = take()
    seat.flip = not seat.flip
    flip = seat.flip
    body = string.gsub(string.gsub(body, "__PERSON__", seat.person), "__REVIEW__", seat.review)
    body = string.gsub(body, "__CONV__", "0")
  else
    body = string.gsub(body, "__CONV__", tostring((counter + tid * 7) % conversations))
  end
  body = string.gsub(body, "__ANSWER__", flip and "Yes" or "No")
  return wrk.format("POST", "/api/messages", nil, body)
end

function response(status, headers, body)
  if #free + #inflight > 0 then release(body) end
  local inner = body and tonumber(string.match(body, '^{"statusCode":(%d%d%d)')) or nil
  local code = (status ~= 200 or inner == nil) and status or inner
  if code >= 500 then errors5xx = errors5xx + 1
  elseif code == 409 then conflicts = conflicts + 1
  elseif code >= 400 then refused = refused + 1
  elseif successMark and not (body and string.find(body, successMark, 1, true)) then refused = refused + 1 end
end

function done(summary, latency, requests)
  local e5, c409, r4, um = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    e5 = e5 + thread:get("errors5xx")
    c409 = c409 + thread:get("conflicts")
    r4 = r4 + thread:get("refused")
    um = um + thread:get("unmatched")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d %d %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, summary.requests, e5, c409, r4, um))
end
