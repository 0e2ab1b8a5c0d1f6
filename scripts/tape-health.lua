#!/usr/bin/env nodeum
-- Tapes that need attention: data tapes full, locked, write-protected or marked as needing a
-- check; cleaning cartridges locked or marked as needing a check.
--
--   nodeum [connection options] scripts/tape-health.lua [--full-below PERCENT] [--csv]
--
-- One line per tape: barcode, type, pool, location and its reasons. A data tape counts as full
-- when its free space is below PERCENT of its capacity (default 2). A cleaning cartridge (the
-- API's `cleaning` flag) holds no data: it is never full, and write protection does not matter
-- to it. Exit status 10 when any tape needs attention.
local opts = require("nodeum.args").parse(arg, {
  program = "tape-health.lua",
  options = {
    {name = "full-below", value = "PERCENT", number = {min = 0, max = 100}, default = 2,
     message = "needs a percentage between 0 and 100", help = "a data tape with less free space than this is full (default 2)"},
    {name = "csv", help = "write CSV instead of a text table"},
  },
})
local full_below, as_csv = opts.full_below, opts.csv

--- Why a tape needs attention, as a list of short reasons (empty when it does not).
local function reasons_of(t, cleaning)
  local reasons = {}
  if not cleaning and (t.max or 0) > 0 and (t.free or 0) * 100 / t.max < full_below then reasons[#reasons + 1] = "full" end
  if t.locked == true then reasons[#reasons + 1] = "locked" end
  if not cleaning and t.write_protect == true then reasons[#reasons + 1] = "write-protected" end
  if t.need_to_check == true then reasons[#reasons + 1] = "needs check" end
  return reasons
end

local rows, data_tapes, cleaning_tapes = {}, 0, 0
for t in nodeum.tapes:list{} do
  local cleaning = t.cleaning == true or t.type == "cleaning"
  if cleaning then cleaning_tapes = cleaning_tapes + 1 else data_tapes = data_tapes + 1 end
  local reasons = reasons_of(t, cleaning)
  if #reasons > 0 then
    rows[#rows + 1] = {barcode = t.barcode, type = cleaning and "cleaning" or type(t.type) == "string" and t.type or "data",
                       pool_id = t.pool_id, location = t.location, reasons = table.concat(reasons, ", ")}
  end
end

local columns = {"barcode", "type", "pool_id", "location", "reasons"}
if as_csv then
  local out = require("nodeum.csv").writer(io.stdout, columns)
  for _, r in ipairs(rows) do out:write(r) end
else
  print(require("nodeum.texttable").format(rows, {columns = columns}))
end
io.stderr:write(("%d tape(s) need attention, among %d data tape(s) and %d cleaning cartridge(s)\n")
  :format(#rows, data_tapes, cleaning_tapes))
os.exit(#rows > 0 and 10 or 0)
