#!/usr/bin/env nodeum
-- Tapes per pool with their capacity and free space; warns about pools low on space.
--
--   nodeum [connection options] scripts/tape-capacity.lua [--threshold PERCENT] [--strict]
--
-- Pools are read concurrently. A pool whose free space is below the threshold (default 10 %)
-- gets a warning on stderr; with --strict the exit status is then 10.
local opts = require("nodeum.args").parse(arg, {
  program = "tape-capacity.lua",
  options = {
    {name = "threshold", value = "PERCENT", number = {min = 0, max = 100}, default = 10,
     message = "needs a percentage between 0 and 100", help = "warn below this share of free space (default 10)"},
    {name = "strict", help = "exit with status 10 when a pool is below the threshold"},
  },
})
local threshold, strict = opts.threshold, opts.strict

local TB = 1e12
local pools = nodeum.pools:list{}:collect()
local jobs = {}
for n, pool in ipairs(pools) do
  jobs[n] = function()
    local tapes, max, free = 0, 0, 0
    for t in nodeum.pools:at(pool.id).tapes:list{} do
      tapes = tapes + 1
      max = max + (t.max or 0)
      free = free + (t.free or 0)
    end
    return {pool = pool.name, tapes = tapes, max = max, free = free}
  end
end
local rows = nodeum.all(jobs)

local lines, low = {}, 0
for _, r in ipairs(rows) do
  if r.tapes > 0 then
    local pct = r.max > 0 and r.free * 100 / r.max or 0
    lines[#lines + 1] = {pool = r.pool, tapes = r.tapes, ["capacity TB"] = ("%.1f"):format(r.max / TB),
      ["free TB"] = ("%.1f"):format(r.free / TB), ["free %"] = ("%.1f%%"):format(pct)}
    if pct < threshold then
      low = low + 1
      io.stderr:write(("warning: pool %s has %.1f%% free (threshold %g%%)\n"):format(r.pool, pct, threshold))
    end
  end
end
print(require("nodeum.texttable").format(lines, {columns = {"pool", "tapes", "capacity TB", "free TB", "free %"},
  align = {["capacity TB"] = "right", ["free TB"] = "right", ["free %"] = "right"}}))
if strict and low > 0 then os.exit(10) end
