#!/usr/bin/env nodeum
-- A summary of the system's storage: pools, tapes, NAS shares, cloud buckets and containers,
-- counted by type, from one statistics call.
--
--   nodeum [connection options] scripts/storage-summary.lua [--json]
local opts = require("nodeum.args").parse(arg, {
  program = "storage-summary.lua",
  options = {{name = "json", help = "print the statistics answer as JSON instead"}},
})
local as_json = opts.json

local stats = nodeum.statistics:storage()
if as_json then
  print(require("json").encode(stats, {pretty = true}))
  os.exit(0)
end

--- "a 2, b 1" from facet buckets, largest first.
local function breakdown(facet)
  local buckets = facet and facet.buckets or {}
  local parts = {}
  for _, b in ipairs(buckets) do
    if b.val ~= nil and b.val ~= nodeum.null then parts[#parts + 1] = ("%s %d"):format(tostring(b.val), b.count) end
  end
  return table.concat(parts, ", ")
end

local rows = {
  {"pools", stats.pool, "pool_type_i"},
  {"tapes", stats.tape, "tape_type_i"},
  {"nas shares", stats.nas_share, "nas_type_i"},
  {"cloud buckets", stats.cloud_bucket, "cloud_connector_type_i"},
  {"containers", stats.container, nil},
}
for _, r in ipairs(rows) do
  local entry = r[2] or {}
  local line = ("%-14s %6d  %s"):format(r[1], entry.count or 0, r[3] and breakdown(entry[r[3]]) or "")
  print((line:gsub("%s+$", "")))
end
