#!/usr/bin/env nodeum
-- Tapes that need attention: full, locked, write-protected, or marked as needing a check.
--
--   nodeum [connection options] scripts/tape-health.lua [--full-below PERCENT] [--csv]
--
-- One line per tape with its reasons. A tape counts as full when its free space is below
-- PERCENT of its capacity (default 2). Exit status 10 when any tape needs attention.
local opts = require("nodeum.args").parse(arg, {
  program = "tape-health.lua",
  options = {
    {name = "full-below", value = "PERCENT", number = {min = 0, max = 100}, default = 2,
     message = "needs a percentage between 0 and 100", help = "a tape with less free space than this is full (default 2)"},
    {name = "csv", help = "write CSV instead of a text table"},
  },
})
local full_below, as_csv = opts.full_below, opts.csv

local rows = {}
for t in nodeum.tapes:list{} do
  local reasons = {}
  if (t.max or 0) > 0 and (t.free or 0) * 100 / t.max < full_below then reasons[#reasons + 1] = "full" end
  if t.locked then reasons[#reasons + 1] = "locked" end
  if t.write_protect then reasons[#reasons + 1] = "write-protected" end
  if t.need_to_check then reasons[#reasons + 1] = "needs check" end
  if #reasons > 0 then
    rows[#rows + 1] = {barcode = t.barcode, pool_id = t.pool_id, location = t.location, reasons = table.concat(reasons, ", ")}
  end
end

if as_csv then
  local out = require("nodeum.csv").writer(io.stdout, {"barcode", "pool_id", "location", "reasons"})
  for _, r in ipairs(rows) do out:write(r) end
else
  print(require("nodeum.texttable").format(rows, {columns = {"barcode", "pool_id", "location", "reasons"}}))
end
io.stderr:write(("%d tape(s) need attention\n"):format(#rows))
os.exit(#rows > 0 and 10 or 0)
