// The budget part of the limiter script (interpolated into it, after its helpers): money in integer
// sub-units, added with HINCRBY and never through a float. A budget's keys are a zset of
// "<until>:<process>" members scored by when they stop counting, and a hash of their amounts
// ("<member>"), of what of each is still reserved ("r:<member>"), and totals "_total", "_reserved".
export const budgetScript = `
local DAY = 86400000
-- Calendar months at an offset (Howard Hinnant's civil-date algorithms, in whole days).
local function daysFromCivil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local doy = math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1
  return era * 146097 + yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy - 719468
end
local function civilFromDays(z)
  z = z + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400
  if m <= 2 then y = y + 1 end
  return y, m
end
local function periodEnd(p)
  if p.months then
    local y, m = civilFromDays(math.floor((now - p.alignMs) / DAY))
    if m == 12 then y, m = y + 1, 1 else m = m + 1 end
    return daysFromCivil(y, m, 1) * DAY + p.alignMs
  end
  return math.floor((now - p.alignMs) / p.periodMs) * p.periodMs + p.alignMs + p.periodMs
end
-- When an amount reserved now stops counting: a window after its bucket, or its period's end.
local function budgetUntil(d)
  if d.period then return math.ceil(periodEnd(d.period)) end
  return math.ceil(math.floor(now / d.bucketMs) * d.bucketMs + d.bucketMs + d.windowMs + d.guardMs)
end
local function budgetMember(until_) return string.format('%d', until_) .. ':' .. pid end
local function sumOf(values)
  local sum = 0
  for _, v in ipairs(values) do sum = sum + (tonumber(v) or 0) end
  return sum
end
-- Drops what stopped counting; returns the total still counting.
local function budgetPrune(ks)
  local old = redis.call('ZRANGEBYSCORE', ks[1], '-inf', now)
  if #old > 0 then
    local reserved = {}
    for j, member in ipairs(old) do reserved[j] = 'r:' .. member end
    local gone = sumOf(redis.call('HMGET', ks[2], unpack(old)))
    local goneReserved = sumOf(redis.call('HMGET', ks[2], unpack(reserved)))
    redis.call('HDEL', ks[2], unpack(old))
    redis.call('HDEL', ks[2], unpack(reserved))
    redis.call('ZREMRANGEBYSCORE', ks[1], '-inf', now)
    if gone ~= 0 then redis.call('HINCRBY', ks[2], '_total', -gone) end
    if goneReserved ~= 0 then redis.call('HINCRBY', ks[2], '_reserved', -goneReserved) end
  end
  return tonumber(redis.call('HGET', ks[2], '_total')) or 0
end
-- Milliseconds until d's amount fits on top of what it holds; 0 now; -1 never.
local function budgetWait(d, ks, holds)
  if d.amount <= 0 or holds + d.amount <= d.limit then return 0 end
  if d.amount > d.limit then return -1 end
  local entries = redis.call('ZRANGE', ks[1], 0, -1, 'WITHSCORES')
  local members = {}
  for j = 1, #entries, 2 do members[#members + 1] = entries[j] end
  if #members == 0 then return -1 end
  local amounts = redis.call('HMGET', ks[2], unpack(members))
  for j = 1, #members do
    holds = holds - (tonumber(amounts[j]) or 0)
    if holds + d.amount <= d.limit then return tonumber(entries[2 * j]) - now end
  end
  return -1
end
-- Adds to this process's member of an until: amount counted, reserved (unsettled) part apart.
local function budgetAdd(ks, until_, amount, reserved)
  local member = budgetMember(until_)
  redis.call('HINCRBY', ks[2], member, amount)
  redis.call('HINCRBY', ks[2], '_total', amount)
  if reserved ~= 0 then
    redis.call('HINCRBY', ks[2], 'r:' .. member, reserved)
    redis.call('HINCRBY', ks[2], '_reserved', reserved)
  end
  if redis.call('ZADD', ks[1], 'NX', until_, member) == 1 then
    expireAt(ks[1], until_ + 1000)
    expireAt(ks[2], until_ + 1000)
  end
end
-- A lease's reservation becomes its cost, if its member still counts; true when that frees some.
local function budgetSettle(ks, member, reserved, cost)
  if not redis.call('ZSCORE', ks[1], member) then return false end
  if cost ~= reserved then
    redis.call('HINCRBY', ks[2], member, cost - reserved)
    redis.call('HINCRBY', ks[2], '_total', cost - reserved)
  end
  if reserved ~= 0 then
    redis.call('HINCRBY', ks[2], 'r:' .. member, -reserved)
    redis.call('HINCRBY', ks[2], '_reserved', -reserved)
  end
  return cost < reserved
end
-- Replays this process's budget entries ({ until, amount, reserved }): each member only grows to what it knows.
local function budgetMerge(ks, mine)
  for _, e in ipairs(mine) do
    if e[1] > now then
      local member = budgetMember(e[1])
      local known = redis.call('HMGET', ks[2], member, 'r:' .. member)
      local more = e[2] - (tonumber(known[1]) or 0)
      if more > 0 then budgetAdd(ks, e[1], more, math.max(0, math.min(more, e[3] - (tonumber(known[2]) or 0)))) end
    end
  end
  outlive(ks, 1000)
end
`;
