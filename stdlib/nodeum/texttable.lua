---@brief
--- Aligned text tables: one column per field, numbers right-aligned, text left-aligned,
--- widths measured in UTF-8 characters and capped (longer cells end with "…").
---
--- ```lua
--- local texttable = require "nodeum.texttable"
--- print(texttable.format({{id = 1, barcode = "L00001"}, {id = 12, barcode = "L00002"}},
---                        {columns = {"id", "barcode"}}))
--- --> id  barcode
--- -->  1  L00001
--- --> 12  L00002
--- ```
local M = {}

---@class nodeum.texttable.Options
---@field columns? string[]   the fields to show, in order (default: every field seen, sorted)
---@field max_width? integer  widest a column may be (default 40)
---@field header? boolean     print the header line (default true)
---@field align? table<string, "left"|"right">  a column's alignment, by field (default: numbers right, text left)
---@field paint? fun(text: string, value: any, header: boolean): string  decorates a cell's text (e.g. with colours) after it is measured and clipped; the padding stays outside
---@field text? fun(value: any, column: string, row: table): string?  the text of a cell (e.g. `11.5 TiB` for a number of bytes); nil for the usual one. A column of numbers stays right-aligned

--- The width of a text in characters (its bytes when it is not UTF-8).
---@param s string
---@return integer
function M.width(s) return utf8.len(s) or #s end
local width = M.width

local function cell(v)
  if v == nil then return "" end
  if type(v) == "table" then return "{...}" end
  return tostring(v)
end

--- The text cut to `max` characters, the last being "…" when cut.
---@param s string
---@param max integer
---@return string
function M.clip(s, max)
  if width(s) <= max then return s end
  if max < 1 then return "" end
  local cut = utf8.offset(s, max) or max
  return s:sub(1, cut - 1) .. "…"
end
local clip = M.clip

--- The text a row's value shows in a cell of the column `name`.
local function cell_text(row, name, max, text)
  local v = row[name]
  return clip(text and text(v, name, row) or cell(v), max)
end

--- The fields of the records, sorted, when no columns are given.
local function all_columns(rows)
  local seen, list = {}, {}
  for _, row in ipairs(rows) do
    for k in pairs(row) do
      if type(k) == "string" and not seen[k] then seen[k] = true; list[#list + 1] = k end
    end
  end
  table.sort(list)
  return list
end

--- The fields of the records in the order people read them: `id` and `name` first, then the
--- others in the order they first appear (each record's own sorted).
---@param records table[]
---@return string[]
function M.columns(records)
  local seen, rest = {}, {}
  for _, r in ipairs(records) do
    if type(r) == "table" then
      local keys = {}
      for k in pairs(r) do if type(k) == "string" and not seen[k] then keys[#keys + 1] = k end end
      table.sort(keys)
      for _, k in ipairs(keys) do
        seen[k] = true
        if k ~= "id" and k ~= "name" then rest[#rest + 1] = k end
      end
    end
  end
  local columns = {}
  if seen.id then columns[#columns + 1] = "id" end
  if seen.name then columns[#columns + 1] = "name" end
  for _, k in ipairs(rest) do columns[#columns + 1] = k end
  return columns
end

--- The columns, in order, that fit on lines of `width` characters as `format` lays them out;
--- a column that does not fit is left out and the next ones are still tried. The first
--- column is always kept.
---@param rows table[]
---@param columns string[]
---@param line_width integer
---@param opts? nodeum.texttable.Options
---@return string[]
function M.fit(rows, columns, line_width, opts)
  opts = opts or {}
  local max = opts.max_width or 40
  local chosen, used = {}, 0
  for _, name in ipairs(columns) do
    local w = opts.header == false and 0 or width(clip(name, max))
    for _, row in ipairs(rows) do
      local n = width(cell_text(row, name, max, opts.text))
      if n > w then w = n end
    end
    local need = #chosen == 0 and w or used + 2 + w
    if #chosen == 0 or need <= line_width then
      chosen[#chosen + 1] = name
      used = need
    end
  end
  return chosen
end

--- Formats records (tables keyed by field) as an aligned table, one line per record.
---@param rows table[]
---@param opts? nodeum.texttable.Options
---@return string
function M.format(rows, opts)
  if type(rows) ~= "table" then error("texttable.format() expects a list of records", 2) end
  opts = opts or {}
  local columns = opts.columns or all_columns(rows)
  local max = opts.max_width or 40
  local widths, numeric, cells = {}, {}, {}
  for c, name in ipairs(columns) do
    widths[c] = opts.header == false and 0 or width(name)
    numeric[c] = true
  end
  local align = opts.align or {}
  for r, row in ipairs(rows) do
    cells[r] = {}
    for c, name in ipairs(columns) do
      local v = row[name]
      if v ~= nil and type(v) ~= "number" then numeric[c] = false end
      local text = cell_text(row, name, max, opts.text)
      cells[r][c] = text
      if width(text) > widths[c] then widths[c] = width(text) end
    end
  end
  local paint = opts.paint
  local function line(values, row, header)
    local parts = {}
    for c, text in ipairs(values) do
      local pad = (" "):rep(widths[c] - width(text))
      if paint then text = paint(text, row and row[columns[c]], header) end
      local right = align[columns[c]] == "right" or (align[columns[c]] ~= "left" and numeric[c])
      parts[c] = right and (pad .. text) or (text .. pad)
    end
    return (table.concat(parts, "  "):gsub("%s+$", ""))
  end
  local out = {}
  if opts.header ~= false then
    local names = {}
    for c, name in ipairs(columns) do names[c] = clip(name, max) end
    out[1] = line(names, nil, true)
  end
  for r = 1, #rows do out[#out + 1] = line(cells[r], rows[r], false) end
  return table.concat(out, "\n")
end

return M
