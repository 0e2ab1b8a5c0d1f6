---@brief
--- The output formats of the command line (`--json`, `--jsonl`, `--csv`, `--table`): how the
--- values a script or `-e` chunk returns are written on stdout. A cursor is walked as it is
--- written: `--jsonl` and `--csv` hold one page at a time whatever the list's size.
--- Loaded by the runner, not through `require`.
local json = require "json"
local csv = require "nodeum.csv"
local texttable = require "nodeum.texttable"
local units = require "nodeum.units"

local out = io.stdout

local function is_cursor(v)
  local mt = getmetatable(v)
  return mt ~= nil and rawget(mt, "__name") == "nodeum.Cursor"
end

--- The items of a value: a cursor's, a list's; nil for anything else.
local function items_of(v)
  if is_cursor(v) then return v:iter() end
  if type(v) == "table" and (rawget(v, 1) ~= nil or (getmetatable(v) or {}).__jsontype == "array") then
    local i = 0
    return function() i = i + 1 return v[i] end
  end
end

--- A value as JSON; a cursor as the array of its items.
local function encode(v, opts)
  if is_cursor(v) then v = v:collect() end
  if v == nil then return "null" end
  return json.encode(v, opts)
end

--- The fields of the records: `id` and `name` first (people look for them), then the others.
local columns_of = texttable.columns

--- Cells that are tables are written as JSON.
local function flat(record, columns)
  if type(record) ~= "table" then return {value = record} end
  local row = {}
  for _, c in ipairs(columns) do
    local v = record[c]
    if type(v) == "table" then v = json.encode(v) elseif v == json.null then v = nil end
    row[c] = v
  end
  return row
end

local writers = {}

function writers.json(v)
  out:write(encode(v, {pretty = true}), "\n")
end

function writers.jsonl(v)
  local next_item = items_of(v)
  if not next_item then
    out:write(encode(v), "\n")
    return
  end
  for item in next_item do
    out:write(json.encode(item), "\n")
    out:flush()
  end
end

--- Columns from the first 100 records; later records' other fields are left out.
local function head_and_rest(v)
  local next_item = items_of(v)
  if not next_item then
    if type(v) == "table" then return {v}, function() end end
    return {{value = v}}, function() end
  end
  local head = {}
  for item in next_item do
    head[#head + 1] = item
    if #head >= 100 then break end
  end
  return head, next_item
end

function writers.csv(v)
  local head, rest = head_and_rest(v)
  if #head == 0 then return end  -- an empty list: no rows, and no columns to name
  local columns = columns_of(head)
  if #columns == 0 then columns = {"value"} end
  local w = csv.writer(out, columns)
  for _, r in ipairs(head) do w:write(flat(r, columns)) end
  for r in rest do w:write(flat(r, columns)) end
end

function writers.table(v)
  local head, rest = head_and_rest(v)
  for r in rest do head[#head + 1] = r end
  if #head == 0 then
    io.stderr:write("nodeum: (no items)\n")
    return
  end
  local columns = columns_of(head)
  if #columns == 0 then columns = {"value"} end
  local rows = {}
  for i, r in ipairs(head) do rows[i] = flat(r, columns) end
  -- For people: bytes as `11.5 TiB` (--json, --jsonl and --csv keep the numbers).
  out:write(texttable.format(rows, {columns = columns, text = units.field_text}), "\n")
end

--- Writes each value in `format`.
return function(format, ...)
  local write = writers[format]
  for i = 1, select("#", ...) do write((select(i, ...))) end
  out:flush()
end
