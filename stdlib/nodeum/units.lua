---@brief
--- Numbers people read: a count of bytes as `11.5 TiB` (binary units of 1024, one decimal),
--- a count with its thousands grouped (`200,907`), and which of the API's fields hold bytes.
---
--- ```lua
--- local units = require "nodeum.units"
--- print(units.bytes(12688143867045))         --> 11.5 TiB
--- print(units.grouped(200907))               --> 200,907
--- print(units.is_bytes("file_size_sum"))     --> true
--- print(units.is_bytes("free", {barcode = "NDM001L9", free = 0}))  --> true
--- ```
local M = {}

local type, math_type, format, abs = type, math.type, string.format, math.abs

--- The integer fields of the API's definitions that count bytes. The spec gives them no
--- format or description, so their names decide: `size`, `*_size`, `*_size_sum`, `bytes_*`,
--- a container's `quota_on_cache` (the part of `quota_total_size` kept on cache: the spec's
--- error `quota_on_cache` says it "can't be above 100% (total)"), and a tape's `free` and `max`
--- (its room left and its capacity; the README's one-liners compare `free` with 1e12). A value
--- is `true`, or the name of another field the record must hold too: `free` and `max` are a
--- tape's only (with its `barcode`), not any table's. Not bytes: `mbytes_*` and `*_capacity` of
--- `tape_stat` (the drive's counters, in megabytes), `bandwidth*`, counts (`*_count`,
--- `*_files`), `cost`, ids.
---@type table<string, true|string>
M.byte_fields = {
  size = true,                          -- nodeum_file, import_file, on_tapes_file
  file_size_sum = true,                 -- cloud_bucket, nas_share, statistics' file facets
  only_on_cache_file_size_sum = true,   -- container
  quota_total_size = true,              -- container
  quota_on_cache = true,                -- container
  stat_total_size = true,               -- container
  stat_size_on_cache = true,            -- container
  processed_size = true,                -- task, task_execution
  to_process_size = true,               -- task, task_execution
  processed_size_sum = true,            -- statistics' task facets
  to_process_size_sum = true,           -- statistics' task facets
  use_file_processed_size = true,       -- tape_drive
  use_file_size_to_process = true,      -- tape_drive
  bytes_read_from_medium = true,        -- tape_stat
  bytes_written_to_medium = true,       -- tape_stat
  bytes_transferred_from_app_client = true, -- tape_stat
  bytes_transferred_to_app_client = true,   -- tape_stat
  free = "barcode",                     -- tape
  max = "barcode",                      -- tape
}

--- Whether the field `name` of `record` (when given) holds a count of bytes.
---@param name string
---@param record? table the record holding the field, for names that are bytes in some records only
---@return boolean
function M.is_bytes(name, record)
  local rule = M.byte_fields[name]
  if rule == true then return true end
  if rule == nil then return false end
  return type(record) == "table" and record[rule] ~= nil
end

local UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"}

--- A count of bytes as people read it: `512 B`, `1.5 KiB`, `11.5 TiB` (units of 1024, one
--- decimal), negative ones with a `-`; nil for what is not a finite number.
---@param n any
---@return string?
function M.bytes(n)
  if type(n) ~= "number" or n ~= n or n == math.huge or n == -math.huge then return nil end
  local sign = n < 0 and "-" or ""
  local a = abs(n + 0.0)  -- as a float: math.abs(math.mininteger) is negative
  if a < 1024 then
    if a == math.floor(a) then return format("%s%d B", sign, math.floor(a)) end
    return format("%s%.1f B", sign, a)
  end
  local unit = 0
  while a >= 1024 and unit < #UNITS do
    a = a / 1024
    unit = unit + 1
  end
  -- 1023.96 KiB would read "1024.0 KiB": that is 1.0 MiB.
  if format("%.1f", a) == "1024.0" and unit < #UNITS then
    a = a / 1024
    unit = unit + 1
  end
  return format("%s%.1f %s", sign, a, UNITS[unit])
end

--- An integer with its thousands grouped by commas (`-1,234,567`); other numbers as
--- `tostring` writes them; nil for what is not a number.
---@param n any
---@return string?
function M.grouped(n)
  if math_type(n) ~= "integer" then
    if type(n) == "number" then return tostring(n) end
    return nil
  end
  local digits = format("%d", n)
  local sign, rest = digits:match("^(%-?)(%d+)$")
  rest = rest:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return sign .. rest
end

--- The text people read for the value of a record's field: `11.5 TiB` for a number in a
--- field of bytes (see `is_bytes`), nil for any other (a string in a field of bytes stays
--- as it is). Fits `nodeum.texttable`'s `text` option.
---@param value any
---@param name string
---@param record? table
---@return string?
function M.field_text(value, name, record)
  if type(value) ~= "number" or not M.is_bytes(name, record) then return nil end
  return M.bytes(value)
end

return M
