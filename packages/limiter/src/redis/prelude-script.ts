// The start of the limiter script (interpolated into it first): the call's operation, payload and
// clock, the API key's generation (how a process tells that Redis lost its data), and each
// dimension's keys. Everything after it reads these.
export const preludeScript = `local op = ARGV[1]
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
-- After a replay, which may add entries older than some it holds: both keys live as long as the
-- newest entry (its score) needs, never less.
local function outlive(ks, pad)
  local newest = redis.call('ZRANGE', ks[1], -1, -1, 'WITHSCORES')[2]
  if newest then expireAt(ks[1], newest + pad); expireAt(ks[2], newest + pad) end
end

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
end`;
