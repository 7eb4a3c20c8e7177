// The admission part of the limiter script (interpolated into it, after its helpers and the
// budget part): one admission over some of the call's dimensions, all or nothing, and a batch of
// them in queue order.
export const admitScript = `
-- Within one call a sliding window, a budget or a CONN limit is pruned once, and what the call
-- admits to it is written once (before its log is read for a wait, and at the end): a batch costs
-- each a few commands, not a few per admission. windowTotals / budgetTotals / connTotals: what it
-- holds, all processes; windowMine: this process's bucket; budgetAdds: { until, amount } this call
-- reserved; connAdds: { expiry, lease, ... } it admitted.
local windowTotals, windowMine, windowAdds = {}, {}, {}
local budgetTotals, budgetAdds = {}, {}
local connTotals, connAdds = {}, {}
local function flushWindow(i)
  local amount = windowAdds[i]
  if not amount then return end
  windowAdds[i] = nil
  local d, ks, time = dims[i], keys[i], bucketOf(dims[i])
  local member = time .. ':' .. pid
  windowMine[i] = windowMine[i] + amount
  -- Sums as integer strings: Lua writes numbers with 14 digits only.
  redis.call('HSET', ks[2], member, string.format('%d', windowMine[i]), '_total', string.format('%d', windowTotals[i]))
  if windowMine[i] == amount and redis.call('ZADD', ks[1], 'NX', time, member) == 1 then entered(d, ks, time) end
end
local function flushBudget(i)
  local add = budgetAdds[i]
  if not add then return end
  budgetAdds[i] = nil
  budgetAdd(keys[i], add[1], add[2], add[2])
end
local function flushConn(i)
  local adds = connAdds[i]
  if not adds then return end
  connAdds[i] = nil
  for j = 1, #adds, 1000 do redis.call('ZADD', keys[i][1], unpack(adds, j, math.min(j + 999, #adds))) end
  expireIn(keys[i][1], dims[i].leaseMs + 1000)
end
local function flushAdds()
  for i in pairs(windowAdds) do flushWindow(i) end
  for i in pairs(budgetAdds) do flushBudget(i) end
  for i in pairs(connAdds) do flushConn(i) end
end

-- One admission over dims idx (indexes into dims) of the given amounts, recorded for lease: every
-- one of them, or (refused) none. Returns the code (1 admitted, 0 refused), how long to wait, what
-- blocks, and what each dimension holds.
local function admit(lease, idx, amounts)
  local holds, blocked, longest = {}, nil, 0
  for j, i in ipairs(idx) do
    local d = dims[i]
    d.amount = amounts[j]
    if d.kind == 'window' then
      if not windowTotals[i] then windowTotals[i], windowMine[i] = prune(d, keys[i]) end
      holds[j] = windowTotals[i]
      if holds[j] + d.amount > d.limit then flushWindow(i) end
    elseif d.kind == 'budget' then
      if not budgetTotals[i] then budgetTotals[i] = budgetPrune(keys[i]) end
      holds[j] = budgetTotals[i]
      if holds[j] + d.amount > d.limit then flushBudget(i) end
    elseif d.kind == 'conn' then
      if not connTotals[i] then connTotals[i] = held(keys[i]) end
      holds[j] = connTotals[i]
      if holds[j] + d.amount > d.limit then flushConn(i) end
    else
      holds[j] = used(d, keys[i])
    end
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
        windowAdds[i] = (windowAdds[i] or 0) + d.amount
        windowTotals[i] = windowTotals[i] + d.amount
      elseif d.kind == 'conn' then
        local adds = connAdds[i] or {}
        adds[#adds + 1] = now + d.leaseMs
        adds[#adds + 1] = lease
        connAdds[i] = adds
        connTotals[i] = connTotals[i] + d.amount
      elseif d.kind == 'budget' then
        local until_, add = budgetUntil(d), budgetAdds[i]
        if add and add[1] ~= until_ then flushBudget(i); add = nil end
        if add then add[2] = add[2] + d.amount else budgetAdds[i] = { until_, d.amount } end
        budgetTotals[i] = budgetTotals[i] + d.amount
      else
        addSpan(d, ks, spanStart(d, ks), d.amount)
      end
      holds[j] = holds[j] + d.amount
    end
  end
  return 1, 0, '', holds
end

-- Claims ahead, for this process to admit on its own until the bucket of now ends, up to n more
-- admissions of amounts on the windows idx, just admitted once (so none is paused): at most half
-- of what each has free. A claim counts in this process's bucket as its admissions do; beside it,
-- the field "c:<member>" keeps what claims added, the most a give-back may take (settle's s.back).
-- Answers how many it claimed (0: none), written with the call's admissions.
local function claimAhead(idx, amounts, n)
  for j, i in ipairs(idx) do
    local d = dims[i]
    if d.kind ~= 'window' then return 0 end
    if amounts[j] > 0 then n = math.min(n, math.floor((d.limit - windowTotals[i]) / 2 / amounts[j])) end
  end
  if n < 1 then return 0 end
  for j, i in ipairs(idx) do
    local amount = n * amounts[j]
    if amount > 0 then
      windowAdds[i] = (windowAdds[i] or 0) + amount
      windowTotals[i] = windowTotals[i] + amount
      redis.call('HINCRBY', keys[i][2], 'c:' .. bucketOf(dims[i]) .. ':' .. pid, amount)
    end
  end
  return n
end

-- p.batch: { lease, idx, amounts } in queue order, FIFO per limit: once one is refused on a limit
-- (a budget aside), the later ones sharing any of its limits are not decided. Answers each: 1
-- admitted, 3 not decided, or { 0, wait, what blocks } refused; and, once for the batch, what
-- every process holds of each dimension after it (false where none was read), and whether all
-- were admitted.
local function admitMany(batch)
  local out, closed, seen, all = {}, {}, {}, true
  for i = 1, #dims do seen[i] = false end
  for n, r in ipairs(batch) do
    local skip = false
    for _, i in ipairs(r.idx) do if closed[i] then skip = true; break end end
    if skip then
      out[n], all = 3, false
    else
      local code, ms, blocked, holds = admit(r.lease, r.idx, r.amounts)
      -- Unread (a refusal stopped before it): full, unless another read it in this batch.
      for j, i in ipairs(r.idx) do
        if holds[j] then seen[i] = holds[j] elseif seen[i] == false then seen[i] = dims[i].limit end
      end
      if code == 1 then
        out[n] = 1
      else
        out[n], all = { code, ms, blocked }, false
        local onLimit = false
        for _, i in ipairs(r.idx) do if dims[i].id == blocked and dims[i].kind ~= 'budget' then onLimit = true end end
        if onLimit then for _, i in ipairs(r.idx) do if dims[i].kind ~= 'budget' then closed[i] = true end end end
      end
    end
  end
  return out, seen, all
end
`;
