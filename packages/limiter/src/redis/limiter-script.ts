import { budgetScript } from './budget-script.js';

// The Lua script of redisStore: every decision, settle, release, pause, alignment and replay runs
// as one atomic call of it, by SHA. Redis TIME is its clock.
export const limiterScript = `-- @minimax-kit/limiter's decisions on Redis: one call, one atomic step. Redis TIME is the clock.
-- KEYS[1] meta (hash: g generation, r recovering until, t last renewal, p:<id> paused until), then
-- per dimension: window = log (zset of "<bucket>:<process>" by bucket start) + amounts (hash, with
-- _total); anchored / period = span (hash); conn = leases (zset by expiry). ARGV[1] = operation,
-- ARGV[2] = JSON payload. Every key shares one hash tag.
local op = ARGV[1]
local p = cjson.decode(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local pid = p.pid
local dims = p.dims or {}
local META = KEYS[1]
local WEEK_AND_DAY = 691200000

-- Windows may last fractions of a millisecond (scaled time); expiries are whole and never early.
local function expireIn(key, ms) redis.call('PEXPIRE', key, math.ceil(ms)) end
local function expireAt(key, at) redis.call('PEXPIREAT', key, math.ceil(at)) end

-- A Redis that lost its data (restarted empty, or flushed) shows as a generation that a process did
-- not know. Then every process decides on its own share for a while (recovering), writing what it
-- admits through, until Redis has heard from all of them again.
local fields = { 'g', 'r', 't' }
for i, d in ipairs(dims) do fields[3 + i] = 'p:' .. d.id end
local meta = redis.call('HMGET', META, unpack(fields))
local generation = meta[1]
local recoveringUntil = tonumber(meta[2]) or 0
if not generation then
  generation = pid .. ':' .. now
  redis.call('HSET', META, 'g', generation)
  if p.known and p.recoverMs > 0 then recoveringUntil = now + p.recoverMs; redis.call('HSET', META, 'r', recoveringUntil) end
end
if p.recover and p.recoverMs > 0 and recoveringUntil < now then
  recoveringUntil = now + p.recoverMs
  redis.call('HSET', META, 'r', recoveringUntil)
end
-- The generation outlives every window it guards (a week and a day), renewed once a day.
if (tonumber(meta[3]) or 0) < now - 86400000 then
  redis.call('HSET', META, 't', now)
  expireIn(META, WEEK_AND_DAY)
end
local recovering = math.max(0, recoveringUntil - now)

-- Each dimension's keys, in order after the first.
local keys = {}
local k = 2
for i, d in ipairs(dims) do
  if d.kind == 'window' or d.kind == 'budget' then keys[i] = { KEYS[k], KEYS[k + 1] }; k = k + 2 else keys[i] = { KEYS[k] }; k = k + 1 end
end
${budgetScript}

-- A window's entries are buckets: each counts until its bucket's end leaves the window.
local function reach(d) return d.windowMs + d.guardMs + d.bucketMs end
local function bucketOf(d) return math.floor(now / d.bucketMs) * d.bucketMs end

local function prune(d, ks)
  local old = redis.call('ZRANGEBYSCORE', ks[1], '-inf', now - reach(d))
  if #old == 0 then return tonumber(redis.call('HGET', ks[2], '_total')) or 0 end
  local gone = 0
  for j = 1, #old, 1000 do
    local chunk = { unpack(old, j, math.min(j + 999, #old)) }
    for _, amount in ipairs(redis.call('HMGET', ks[2], unpack(chunk))) do gone = gone + (tonumber(amount) or 0) end
    redis.call('HDEL', ks[2], unpack(chunk))
  end
  redis.call('ZREMRANGEBYSCORE', ks[1], '-inf', now - reach(d))
  if gone == 0 then return tonumber(redis.call('HGET', ks[2], '_total')) or 0 end -- Lua's -0 is no integer to Redis
  return redis.call('HINCRBY', ks[2], '_total', -gone)
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

-- Adds to this process's entry of a bucket; a new entry extends the keys' lives to cover it.
local function addEntry(d, ks, member, time, amount)
  redis.call('HINCRBY', ks[2], member, amount)
  redis.call('HINCRBY', ks[2], '_total', amount)
  if redis.call('ZADD', ks[1], 'NX', time, member) == 1 then
    expireAt(ks[1], time + reach(d) + 1000)
    expireAt(ks[2], time + reach(d) + 1000)
  end
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

-- One admission over dims idx (indexes into dims) of the given amounts, recorded for lease: every
-- one of them, or (refused) none. Returns the code (1 admitted, 0 refused), how long to wait, what
-- blocks, and what each dimension holds.
local function admit(lease, idx, amounts)
  local holds, blocked, longest = {}, nil, 0
  for j, i in ipairs(idx) do
    local d = dims[i]
    d.amount = amounts[j]
    holds[j] = used(d, keys[i])
    local ms = wait(d, keys[i], holds[j])
    if ms == -1 then blocked, longest = d.id, -1; break end
    ms = math.max(ms, (tonumber(meta[3 + i]) or 0) - now)
    -- A budget that refuses rather than waits is named whatever else blocks.
    if d.kind == 'budget' and d.rejects and ms > 0 then blocked, longest = d.id, ms; break end
    if ms > longest then blocked, longest = d.id, ms end
  end
  if blocked then return 0, longest, blocked, holds end
  for j, i in ipairs(idx) do
    local d, ks = dims[i], keys[i]
    if d.amount > 0 then
      if d.kind == 'window' then
        addEntry(d, ks, bucketOf(d) .. ':' .. pid, bucketOf(d), d.amount)
      elseif d.kind == 'conn' then
        redis.call('ZADD', ks[1], now + d.leaseMs, lease)
        expireIn(ks[1], d.leaseMs + 1000)
      elseif d.kind == 'budget' then
        budgetAdd(ks, budgetUntil(d), d.amount, d.amount)
      else
        addSpan(d, ks, spanStart(d, ks), d.amount)
      end
      holds[j] = holds[j] + d.amount
    end
  end
  return 1, 0, '', holds
end

if op == 'acquire' then
  -- p.through: a recovering process asks for Redis's decision on top of its own share.
  if recovering > 0 and not p.through then return { 2, recovering, 'recovering', now, generation } end
  local idx, amounts = {}, {}
  for i, d in ipairs(dims) do idx[i], amounts[i] = i, d.amount end
  local code, ms, blocked, holds = admit(p.lease, idx, amounts)
  return { code, ms, blocked, now, generation, holds }
elseif op == 'acquire-many' then
  -- p.batch: { lease, idx, amounts } in queue order, FIFO per limit: once one is refused on a limit
  -- (a budget aside), the later ones sharing any of its limits are not decided (code 3).
  if recovering > 0 then return { 2, recovering, 'recovering', now, generation } end
  local out, closed = {}, {}
  for n, r in ipairs(p.batch) do
    local skip = false
    for _, i in ipairs(r.idx) do if closed[i] then skip = true; break end end
    if skip then
      out[n] = { 3, 0, '' }
    else
      local code, ms, blocked, holds = admit(r.lease, r.idx, r.amounts)
      out[n] = { code, ms, blocked, holds }
      if code == 0 then
        local onLimit = false
        for _, i in ipairs(r.idx) do if dims[i].id == blocked and dims[i].kind ~= 'budget' then onLimit = true end end
        if onLimit then for _, i in ipairs(r.idx) do if dims[i].kind ~= 'budget' then closed[i] = true end end end
      end
    end
  end
  return { 4, 0, '', now, generation, out }
elseif op == 'settle' then
  -- The lease's bucket entry takes the difference between actual and reserved use.
  local ks = keys[1]
  if dims[1].kind == 'budget' then
    budgetSettle(ks, p.member, p.reserved, p.cost)
  elseif redis.call('ZSCORE', ks[1], p.member) and p.delta ~= 0 then
    redis.call('HINCRBY', ks[2], p.member, p.delta)
    redis.call('HINCRBY', ks[2], '_total', p.delta)
    if p.delta < 0 then redis.call('PUBLISH', p.channel, 'settle') end
  end
elseif op == 'release' then
  for i, d in ipairs(dims) do if d.kind == 'conn' then redis.call('ZREM', keys[i][1], p.lease) end end
  redis.call('PUBLISH', p.channel, 'release')
elseif op == 'renew' then
  for i, d in ipairs(dims) do
    if d.kind == 'conn' then
      redis.call('ZADD', keys[i][1], 'XX', now + p.ms, p.lease)
      expireIn(keys[i][1], p.ms + 1000)
    end
  end
elseif op == 'restamp' then
  -- Moves what a lease added to each window (p.moves[i] = { bucket it was added to, amount }) to
  -- now's bucket, so it leaves the window a window after now.
  for i, d in ipairs(dims) do
    local m, ks = p.moves[i], keys[i]
    local member, to = m[1] .. ':' .. pid, bucketOf(d)
    if d.kind == 'window' and to > m[1] and m[2] > 0 and redis.call('ZSCORE', ks[1], member) then
      local amount = math.min(m[2], tonumber(redis.call('HGET', ks[2], member)) or 0)
      if amount > 0 then
        redis.call('HINCRBY', ks[2], '_total', -amount)
        if redis.call('HINCRBY', ks[2], member, -amount) <= 0 then
          redis.call('ZREM', ks[1], member)
          redis.call('HDEL', ks[2], member)
        end
        addEntry(d, ks, to .. ':' .. pid, to, amount)
      end
    end
  end
elseif op == 'pause' then
  for _, id in ipairs(p.ids) do
    local until_ = math.max(tonumber(redis.call('HGET', META, 'p:' .. id)) or 0, now + p.ms)
    redis.call('HSET', META, 'p:' .. id, until_)
  end
elseif op == 'align' then
  local d, ks = dims[1], keys[1]
  if d.kind == 'window' then
    redis.call('DEL', ks[1], ks[2])
    if p.used > 0 then addEntry(d, ks, 'server', math.min(now, now + p.freesIn - reach(d)), p.used) end
  elseif d.kind == 'anchored' or d.kind == 'period' then
    local start = spanStart(d, ks)
    if d.kind == 'anchored' then start = now + p.freesIn - d.windowMs - d.guardMs end
    redis.call('DEL', ks[1])
    redis.call('HSET', ks[1], 'start', start, 'used', p.used)
    expireAt(ks[1], spanEnd(d, start) + 1000)
  end
elseif op == 'merge' then
  -- Replays what this process admitted while Redis was away or before it restarted: its own
  -- entries only ever grow to what it knows, so replaying twice changes nothing.
  for i, d in ipairs(dims) do
    local ks = keys[i]
    local mine = p.entries[i]
    if d.kind == 'window' then
      for _, e in ipairs(mine) do
        local member = e[1] .. ':' .. pid
        local known = tonumber(redis.call('HGET', ks[2], member)) or 0
        if e[1] > now - reach(d) and e[2] > known then addEntry(d, ks, member, e[1], e[2] - known) end
      end
    elseif d.kind == 'conn' then
      for _, e in ipairs(mine) do
        if e[2] > now then redis.call('ZADD', ks[1], 'NX', e[2], e[1]); expireIn(ks[1], e[2] - now + 1000) end
      end
    elseif d.kind == 'budget' then
      budgetMerge(ks, mine)
    elseif mine.start then
      if redis.call('EXISTS', ks[1]) == 0 then
        redis.call('HSET', ks[1], 'start', mine.start)
        expireAt(ks[1], spanEnd(d, mine.start) + 1000)
      end
      if tonumber(redis.call('HGET', ks[1], 'start')) == mine.start then
        local recorded = tonumber(redis.call('HGET', ks[1], 'p:' .. pid)) or 0
        if mine.used > recorded then addSpan(d, ks, mine.start, mine.used - recorded) end
      end
    end
  end
elseif op == 'read' then
  local out = {}
  for i, d in ipairs(dims) do
    local ks = keys[i]
    local holds, freesAt = used(d, ks), -1
    if d.kind == 'budget' then
      -- Sub-units as integer strings: cjson writes numbers with 14 digits only.
      local first = redis.call('ZRANGE', ks[1], 0, 0, 'WITHSCORES')
      local reserved = tonumber(redis.call('HGET', ks[2], '_reserved')) or 0
      holds = string.format('%d', holds) .. '/' .. string.format('%d', reserved)
      if first[2] then freesAt = tonumber(first[2]) end
    elseif d.kind == 'window' or d.kind == 'conn' then
      local first = redis.call('ZRANGE', ks[1], 0, 0, 'WITHSCORES')
      if first[2] then freesAt = tonumber(first[2]) + (d.kind == 'window' and reach(d) or 0) end
    elseif holds > 0 then
      freesAt = spanEnd(d, spanStart(d, ks))
    end
    out[i] = { d.id, holds, freesAt, tonumber(meta[3 + i]) or 0 }
  end
  return { cjson.encode(out), now, generation }
end
return { 1, 0, '', now, generation }
`;
