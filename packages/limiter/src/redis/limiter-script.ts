// The Lua script of redisStore: every decision, settle, release, pause, alignment and replay runs
// as one atomic call of it, by SHA. Redis TIME is its clock.
export const limiterScript = `-- @minimax-kit/limiter's decisions on Redis: one call, one atomic step. Redis TIME is the clock.
-- KEYS[1] pauses (hash), KEYS[2] generation (string), KEYS[3] recovery marker (string), then per
-- dimension: window = log (zset) + amounts (hash, field _total); anchored / period = span (hash);
-- conn = leases (zset). ARGV[1] = operation, ARGV[2] = JSON payload. All keys share one hash tag.
local op = ARGV[1]
local p = cjson.decode(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local pid = p.pid
local dims = p.dims or {}

-- A fresh (restarted or flushed) Redis: start a new generation and a recovery period in which
-- only a share of each limit is given, while processes replay what they admitted.
-- A process that knew an earlier generation (p.known) tells a restart from a first use.
local generation = redis.call('GET', KEYS[2])
if not generation then
  generation = pid .. ':' .. now
  redis.call('SET', KEYS[2], generation)
  if p.known and p.recoverMs > 0 then redis.call('SET', KEYS[3], '1', 'PX', p.recoverMs) end
end
-- The generation outlives every window it guards (a week and a day), renewed by every call.
redis.call('PEXPIRE', KEYS[2], 691200000)
if p.recover and p.recoverMs > 0 then redis.call('SET', KEYS[3], '1', 'PX', p.recoverMs, 'NX') end
local share = 1
local recovering = redis.call('PTTL', KEYS[3])
if recovering > 0 then share = p.share end

-- Each dimension's keys, in order after the first three.
local keys = {}
local k = 4
for i, d in ipairs(dims) do
  if d.kind == 'window' then keys[i] = { KEYS[k], KEYS[k + 1] }; k = k + 2 else keys[i] = { KEYS[k] }; k = k + 1 end
end

local function reach(d) return d.windowMs + d.guardMs + math.max(d.bucketMs, 0) end

local function prune(d, ks)
  local old = redis.call('ZRANGEBYSCORE', ks[1], '-inf', now - reach(d))
  if #old > 0 then
    local gone = 0
    for _, member in ipairs(old) do gone = gone + (tonumber(redis.call('HGET', ks[2], member)) or 0) end
    for j = 1, #old, 1000 do redis.call('HDEL', ks[2], unpack(old, j, math.min(j + 999, #old))) end
    redis.call('ZREMRANGEBYSCORE', ks[1], '-inf', now - reach(d))
    redis.call('HINCRBY', ks[2], '_total', -gone)
  end
  return tonumber(redis.call('HGET', ks[2], '_total')) or 0
end

local function spanStart(d, ks)
  if d.kind == 'period' then return math.floor((now - d.alignMs) / d.periodMs) * d.periodMs + d.alignMs end
  local start = tonumber(redis.call('HGET', ks[1], 'start'))
  if start and now < start + d.windowMs + d.guardMs then return start end
  return now
end

local function spanUsed(d, ks, start)
  if tonumber(redis.call('HGET', ks[1], 'start')) ~= start then return 0 end
  return tonumber(redis.call('HGET', ks[1], 'used')) or 0
end

local function spanEnd(d, start)
  if d.kind == 'period' then return start + d.periodMs end
  return start + d.windowMs + d.guardMs
end

local function held(ks)
  redis.call('ZREMRANGEBYSCORE', ks[1], '-inf', now)
  return redis.call('ZCARD', ks[1])
end

-- Milliseconds until d could take its amount; 0 now; -1 never. While recovering, only a share of
-- the limit is given; what only the full limit could take waits for the recovery to end.
local function wait(d, ks)
  if d.amount <= 0 then return 0 end
  if d.amount > d.limit then return -1 end
  local limit = math.floor(d.limit * share)
  if d.amount > limit then return recovering end
  if d.kind == 'window' then
    local used = prune(d, ks)
    if used + d.amount <= limit then return 0 end
    local entries = redis.call('ZRANGE', ks[1], 0, -1, 'WITHSCORES')
    for j = 1, #entries, 2 do
      used = used - (tonumber(redis.call('HGET', ks[2], entries[j])) or 0)
      if used + d.amount <= limit then return tonumber(entries[j + 1]) + reach(d) - now end
    end
    return -1
  elseif d.kind == 'conn' then
    if held(ks) + 1 <= limit then return 0 end
    local first = redis.call('ZRANGE', ks[1], 0, 0, 'WITHSCORES')
    return tonumber(first[2]) - now
  else
    local start = spanStart(d, ks)
    if spanUsed(d, ks, start) + d.amount <= limit then return 0 end
    return spanEnd(d, start) - now
  end
end

local function addEntry(d, ks, member, time, amount)
  redis.call('ZADD', ks[1], 'NX', time, member)
  redis.call('HINCRBY', ks[2], member, amount)
  redis.call('HINCRBY', ks[2], '_total', amount)
  redis.call('PEXPIRE', ks[1], reach(d) + 1000)
  redis.call('PEXPIRE', ks[2], reach(d) + 1000)
end

local function addSpan(d, ks, start, amount)
  if tonumber(redis.call('HGET', ks[1], 'start')) ~= start then redis.call('DEL', ks[1]); redis.call('HSET', ks[1], 'start', start) end
  redis.call('HINCRBY', ks[1], 'used', amount)
  redis.call('HINCRBY', ks[1], 'p:' .. pid, amount)
  redis.call('PEXPIREAT', ks[1], spanEnd(d, start) + 1000)
end

local function member(d, lease, time)
  if d.settles then return lease end
  return pid .. ':' .. time
end

if op == 'acquire' then
  local blocked, longest = nil, 0
  for i, d in ipairs(dims) do
    local ms = wait(d, keys[i])
    local pausedUntil = tonumber(redis.call('HGET', KEYS[1], d.id)) or 0
    if ms == -1 then blocked, longest = d.id, -1; break end
    ms = math.max(ms, pausedUntil - now)
    if ms > longest then blocked, longest = d.id, ms end
  end
  if blocked then return { 0, longest, blocked, now, generation } end
  for i, d in ipairs(dims) do
    local ks = keys[i]
    if d.amount > 0 then
      if d.kind == 'window' then
        local time = now
        if d.bucketMs > 0 then time = math.floor(now / d.bucketMs) * d.bucketMs end
        addEntry(d, ks, member(d, p.lease, time), time, d.amount)
      elseif d.kind == 'conn' then
        redis.call('ZADD', ks[1], now + d.leaseMs, p.lease)
        redis.call('PEXPIRE', ks[1], d.leaseMs + 1000)
      else
        addSpan(d, ks, spanStart(d, ks), d.amount)
      end
    end
  end
  return { 1, 0, '', now, generation }
elseif op == 'settle' then
  local ks = keys[1]
  local old = tonumber(redis.call('HGET', ks[2], p.lease))
  if old then
    local amount = math.max(0, p.amount)
    redis.call('HSET', ks[2], p.lease, amount)
    redis.call('HINCRBY', ks[2], '_total', amount - old)
    if amount < old then redis.call('PUBLISH', p.channel, 'settle') end
  end
elseif op == 'release' then
  for i, d in ipairs(dims) do if d.kind == 'conn' then redis.call('ZREM', keys[i][1], p.lease) end end
  redis.call('PUBLISH', p.channel, 'release')
elseif op == 'renew' then
  for i, d in ipairs(dims) do
    if d.kind == 'conn' then
      redis.call('ZADD', keys[i][1], 'XX', now + p.ms, p.lease)
      redis.call('PEXPIRE', keys[i][1], p.ms + 1000)
    end
  end
elseif op == 'pause' then
  for _, id in ipairs(p.ids) do
    local until_ = math.max(tonumber(redis.call('HGET', KEYS[1], id)) or 0, now + p.ms)
    redis.call('HSET', KEYS[1], id, until_)
  end
  redis.call('PEXPIRE', KEYS[1], p.ms + 1000)
elseif op == 'align' then
  local d, ks = dims[1], keys[1]
  if d.kind == 'window' then
    redis.call('DEL', ks[1], ks[2])
    if p.used > 0 then addEntry(d, ks, 'server', math.min(now, now + p.freesIn - reach(d)), p.used) end
  elseif d.kind ~= 'conn' then
    local start = spanStart(d, ks)
    if d.kind == 'anchored' then start = now + p.freesIn - d.windowMs - d.guardMs end
    redis.call('DEL', ks[1])
    redis.call('HSET', ks[1], 'start', start, 'used', p.used)
    redis.call('PEXPIREAT', ks[1], spanEnd(d, start) + 1000)
  end
elseif op == 'merge' then
  -- Replays what this process admitted while Redis was away or before it restarted; idempotent.
  for i, d in ipairs(dims) do
    local ks = keys[i]
    local mine = p.entries[i]
    if d.kind == 'window' then
      for _, e in ipairs(mine) do
        if e[1] > now - reach(d) and redis.call('HSETNX', ks[2], e[3], e[2]) == 1 then
          redis.call('ZADD', ks[1], e[1], e[3])
          redis.call('HINCRBY', ks[2], '_total', e[2])
          redis.call('PEXPIRE', ks[1], reach(d) + 1000)
          redis.call('PEXPIRE', ks[2], reach(d) + 1000)
        end
      end
    elseif d.kind == 'conn' then
      for _, e in ipairs(mine) do
        if e[2] > now then redis.call('ZADD', ks[1], 'NX', e[2], e[1]); redis.call('PEXPIRE', ks[1], e[2] - now + 1000) end
      end
    elseif mine.start then
      if redis.call('EXISTS', ks[1]) == 0 then redis.call('HSET', ks[1], 'start', mine.start) end
      if tonumber(redis.call('HGET', ks[1], 'start')) == mine.start then
        local recorded = tonumber(redis.call('HGET', ks[1], 'p:' .. pid)) or 0
        if mine.used > recorded then
          redis.call('HINCRBY', ks[1], 'used', mine.used - recorded)
          redis.call('HSET', ks[1], 'p:' .. pid, mine.used)
        end
        redis.call('PEXPIREAT', ks[1], spanEnd(d, mine.start) + 1000)
      end
    end
  end
elseif op == 'read' then
  local out = {}
  for i, d in ipairs(dims) do
    local ks = keys[i]
    local used, freesAt = 0, -1
    if d.kind == 'window' then
      used = prune(d, ks)
      local first = redis.call('ZRANGE', ks[1], 0, 0, 'WITHSCORES')
      if first[2] then freesAt = tonumber(first[2]) + reach(d) end
    elseif d.kind == 'conn' then
      used = held(ks)
      local first = redis.call('ZRANGE', ks[1], 0, 0, 'WITHSCORES')
      if first[2] then freesAt = tonumber(first[2]) end
    else
      local start = spanStart(d, ks)
      used = spanUsed(d, ks, start)
      if used > 0 then freesAt = spanEnd(d, start) end
    end
    out[i] = { d.id, used, freesAt, tonumber(redis.call('HGET', KEYS[1], d.id)) or 0 }
  end
  return { cjson.encode(out), now, generation }
end
return { 1, 0, '', now, generation }
`;
