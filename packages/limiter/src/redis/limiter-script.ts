import { admitScript } from './admit-script.js';
import { budgetScript } from './budget-script.js';
import { limitHelpersScript } from './limit-helpers-script.js';
import { preludeScript } from './prelude-script.js';

// The Lua script of redisStore: every decision, settle, release, pause, alignment and replay runs
// as one atomic call of it, by SHA. Redis TIME is its clock.
export const limiterScript = `-- @minimax-kit/limiter's decisions on Redis: one call, one atomic step. Redis TIME is the clock.
-- KEYS[1] meta (hash: g generation, r recovering until, t last renewal, p:<id> paused until), then
-- per dimension: window = log (zset of "<bucket>:<process>" by bucket start) + amounts (hash, with
-- _total); anchored / period = span (hash); conn = leases (zset by expiry). ARGV[1] = operation,
-- ARGV[2] = JSON payload. Every key shares one hash tag.
${preludeScript}
${budgetScript}

${limitHelpersScript}
${admitScript}
if op == 'acquire' then
  -- p.through: a recovering process asks for Redis's decision on top of its own share.
  if recovering > 0 and not p.through then return { 2, recovering, 'recovering', now, generation } end
  local idx, amounts = {}, {}
  for i, d in ipairs(dims) do idx[i], amounts[i] = i, d.amount end
  local code, ms, blocked, holds = admit(p.lease, idx, amounts)
  local claimed = 0
  if code == 1 and p.claim then claimed = claimAhead(idx, amounts, p.claim) end
  flushAdds()
  return { code, ms, blocked, now, generation, holds, claimed }
elseif op == 'acquire-many' then
  if recovering > 0 then return { 2, recovering, 'recovering', now, generation } end
  local answers, seen, all = admitMany(p.batch)
  -- p.claim: { n, k }, a claim for the kth admission's draw, only when the batch was all admitted.
  local claimed = 0
  if p.claim and all then
    local r = p.batch[p.claim[2]]
    claimed = claimAhead(r.idx, r.amounts, p.claim[1])
  end
  flushAdds()
  return { 4, 0, '', now, generation, answers, seen, claimed }
elseif op == 'settle' then
  -- p.settles: { i, member, ... } each, what a lease really cost in dims[i] or that it ended: a
  -- window's bucket entry takes the difference from what was reserved (delta), a budget's member
  -- its cost, a CONN limit loses the lease (release), a claim ahead gives back what it left (back).
-- Waiters hear once of any room this makes.
  local freed = false
  for _, s in ipairs(p.settles) do
    local d, ks = dims[s.i], keys[s.i]
    if s.release then
      freed = redis.call('ZREM', ks[1], s.member) == 1 or freed
    elseif s.back then
      freed = giveBack(ks, s.member, s.back) or freed
    elseif d.kind == 'budget' then
      freed = budgetSettle(ks, s.member, s.reserved, s.cost) or freed
    elseif s.delta ~= 0 and redis.call('ZSCORE', ks[1], s.member) and not (s.delta < 0 and aligned(ks, s.member)) then
      redis.call('HINCRBY', ks[2], s.member, s.delta)
      redis.call('HINCRBY', ks[2], '_total', s.delta)
      freed = freed or s.delta < 0
    end
  end
  if freed then redis.call('PUBLISH', p.channel, 'settle') end
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
          redis.call('HDEL', ks[2], member, 'c:' .. member)
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
    -- Claims ahead of the bucket of now stay counted, used or not: the server's count cannot know
    -- what a process will still admit from them, and their give-backs find them. (Older ones can
    -- admit nothing more.) Negative settles of members recorded before now are refused from now on
    -- (_aligned): the server's count holds those leases, at what it saw of them.
    local claims, bucket = {}, bucketOf(d)
    for _, member in ipairs(redis.call('ZRANGEBYSCORE', ks[1], bucket, '+inf')) do
      local claimed = tonumber(redis.call('HGET', ks[2], 'c:' .. member))
      if claimed then claims[#claims + 1] = { member, claimed } end
    end
    redis.call('DEL', ks[1], ks[2])
    if p.used > 0 then addEntry(d, ks, 'server', math.min(now, now + p.freesIn - reach(d)), p.used) end
    for _, c in ipairs(claims) do
      addEntry(d, ks, c[1], bucket, c[2])
      redis.call('HSET', ks[2], 'c:' .. c[1], c[2])
    end
    redis.call('HSET', ks[2], '_aligned', now)
    outlive(ks, reach(d) + 1000)
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
      outlive(ks, reach(d) + 1000)
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
