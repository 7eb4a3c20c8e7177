// The limiter script's helpers for every kind of limit (interpolated into it, after the budget
// part): what a sliding window, a span, a period or CONN leases hold now, how long until one can
// take an amount, and how an admission is added to it. Buckets and spans are on Redis TIME (`now`).
export const limitHelpersScript = `
-- A window's entries are buckets: each counts until its bucket's end leaves the window.
local function reach(d) return d.windowMs + d.guardMs + d.bucketMs end
local function bucketOf(d) return math.floor(now / d.bucketMs) * d.bucketMs end

-- Beside each bucket's amount a window's hash keeps _total, their sum, and _oldest, a time no later
-- than its oldest bucket: while _oldest is inside the window nothing has left it, and its log is not
-- read. Answers the total and what this process's bucket of now holds.
local function prune(d, ks)
  local known = redis.call('HMGET', ks[2], '_total', '_oldest', bucketOf(d) .. ':' .. pid)
  local total, mine = tonumber(known[1]) or 0, tonumber(known[3]) or 0
  if (tonumber(known[2]) or 0) > now - reach(d) then return total, mine end
  local old = redis.call('ZRANGEBYSCORE', ks[1], '-inf', now - reach(d))
  local gone = 0
  for j = 1, #old, 1000 do
    local chunk = { unpack(old, j, math.min(j + 999, #old)) }
    for _, amount in ipairs(redis.call('HMGET', ks[2], unpack(chunk))) do gone = gone + (tonumber(amount) or 0) end
    -- with what claims ahead added to them, never given back by a process that ended
    for n = 1, #chunk do chunk[#chunk + 1] = 'c:' .. chunk[n] end
    redis.call('HDEL', ks[2], unpack(chunk))
  end
  if #old > 0 then redis.call('ZREMRANGEBYSCORE', ks[1], '-inf', now - reach(d)) end
  if gone ~= 0 then total = redis.call('HINCRBY', ks[2], '_total', -gone) end -- Lua's -0 is no integer to Redis
  -- Only a hash that still counts something keeps _oldest (a field alone would outlive its window).
  local first = redis.call('ZRANGE', ks[1], 0, 0, 'WITHSCORES')
  if first[2] and known[1] then redis.call('HSET', ks[2], '_oldest', first[2]) else redis.call('HDEL', ks[2], '_oldest') end
  return total, mine
end

local function spanStart(d, ks)
  if d.kind == 'period' then return math.floor((now - d.alignMs) / d.periodMs) * d.periodMs + d.alignMs end
  local start = tonumber(redis.call('HGET', ks[1], 'start'))
  if start and now < start + d.windowMs + d.guardMs then return start end
  return now
end

local function spanUsed(ks, start)
  local span = redis.call('HMGET', ks[1], 'start', 'used')
  if tonumber(span[1]) ~= start then return 0 end
  return tonumber(span[2]) or 0
end

local function spanEnd(d, start)
  if d.kind == 'period' then return start + d.periodMs end
  return start + d.windowMs + d.guardMs
end

local function held(ks)
  redis.call('ZREMRANGEBYSCORE', ks[1], '-inf', now)
  return redis.call('ZCARD', ks[1])
end

-- What d holds now, all processes together.
local function used(d, ks)
  if d.kind == 'window' then return prune(d, ks) end
  if d.kind == 'budget' then return budgetPrune(ks) end
  if d.kind == 'conn' then return held(ks) end
  return spanUsed(ks, spanStart(d, ks))
end

-- Milliseconds until d could take its amount on top of what it holds; 0 now; -1 never.
local function wait(d, ks, holds)
  if d.kind == 'budget' then return budgetWait(d, ks, holds) end
  if d.amount <= 0 or holds + d.amount <= d.limit then return 0 end
  if d.amount > d.limit then return -1 end
  if d.kind == 'window' then
    local entries = redis.call('ZRANGE', ks[1], 0, -1, 'WITHSCORES')
    local members = {}
    for j = 1, #entries, 2 do members[#members + 1] = entries[j] end
    -- A total without its log (a key lost to eviction): wait until the total's own key has lapsed.
    if #members == 0 then return reach(d) + 1000 end
    local amounts = redis.call('HMGET', ks[2], unpack(members))
    for j = 1, #members do
      holds = holds - (tonumber(amounts[j]) or 0)
      if holds + d.amount <= d.limit then return tonumber(entries[2 * j]) + reach(d) - now end
    end
    return -1
  elseif d.kind == 'conn' then
    local first = redis.call('ZRANGE', ks[1], 0, 0, 'WITHSCORES')
    return tonumber(first[2]) - now
  end
  return spanEnd(d, spanStart(d, ks)) - now
end

-- A bucket new to a window: its keys live to cover it, and _oldest stays no later than it.
local function entered(d, ks, time)
  expireAt(ks[1], time + reach(d) + 1000)
  expireAt(ks[2], time + reach(d) + 1000)
  local oldest = tonumber(redis.call('HGET', ks[2], '_oldest'))
  if oldest and time < oldest then redis.call('HSET', ks[2], '_oldest', time) end
end

-- Adds to this process's entry of a bucket.
local function addEntry(d, ks, member, time, amount)
  redis.call('HINCRBY', ks[2], member, amount)
  redis.call('HINCRBY', ks[2], '_total', amount)
  if redis.call('ZADD', ks[1], 'NX', time, member) == 1 then entered(d, ks, time) end
end

-- Takes back up to amount of what claims ahead added to a bucket's member (not more than they
-- added, nor than it holds): false when there was nothing to take, as after an alignment.
local function giveBack(ks, member, amount)
  local held = redis.call('HMGET', ks[2], member, 'c:' .. member)
  local back = math.min(amount, tonumber(held[1]) or 0, tonumber(held[2]) or 0)
  if back <= 0 then return false end
  redis.call('HINCRBY', ks[2], member, -back)
  redis.call('HINCRBY', ks[2], '_total', -back)
  if redis.call('HINCRBY', ks[2], 'c:' .. member, -back) <= 0 then redis.call('HDEL', ks[2], 'c:' .. member) end
  return true
end

-- Whether a bucket's member dates from before the window's last alignment (at or before it).
local function aligned(ks, member)
  local at, time = tonumber(redis.call('HGET', ks[2], '_aligned')), tonumber(string.match(member, '^(%d+):'))
  return at ~= nil and time ~= nil and time <= at
end

local function addSpan(d, ks, start, amount)
  if tonumber(redis.call('HGET', ks[1], 'start')) ~= start then
    redis.call('DEL', ks[1])
    redis.call('HSET', ks[1], 'start', start)
    expireAt(ks[1], spanEnd(d, start) + 1000)
  end
  redis.call('HINCRBY', ks[1], 'used', amount)
  redis.call('HINCRBY', ks[1], 'p:' .. pid, amount)
end

`;
