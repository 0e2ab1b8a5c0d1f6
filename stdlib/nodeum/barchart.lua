---@brief
--- Statistics answers (`nodeum.api.statistics_*`: facets of counts and sizes, nested, with
--- lists of buckets) as labelled horizontal bar charts that fit a width: the facet's own
--- numbers on a line, then for each group of sub-facets (named ones such as `less_1_mb`, or
--- a `buckets` list, labelled by `val`) one bar per sub-facet for its count and one for its
--- size, with the values beside them (sizes as `11.5 TiB`, counts grouped: `200,907`).
---
--- ```lua
--- local barchart = require "nodeum.barchart"
--- print(barchart.format(nodeum.api.statistics_by_size{}, {width = 80}))
--- --> count 531  files_count 531  file_size_sum 11.6 GiB  cost 0.06
--- -->              files_count                    file_size_sum
--- --> less_100_kb  ██                         32  ▏                           8.3 KiB
--- --> less_1_mb    ▍                           5  ▏                           1.8 MiB
--- --> less_10_mb   ██████▎                    99  █▏                        496.6 MiB
--- --> ...
--- ```
local units = require "nodeum.units"
local texttable = require "nodeum.texttable"

local M = {}

local type, pairs, ipairs, tostring, getmetatable, rawget, math_type, floor =
  type, pairs, ipairs, tostring, getmetatable, rawget, math.type, math.floor
local concat = table.concat
local width, clip = texttable.width, texttable.clip

---@class nodeum.barchart.Options
---@field width? integer  the line width to fit (default 80)
---@field paint? fun(style: string, text: string): string  decorates text with a style: "key" (headers), "number" (values), "bar", "note"
---@field path? string    how the value is reached (`_` in the REPL), for the hint naming a row's own breakdown

--- The fields of the statistics' definitions in the spec's order (`help` and tests check it
--- against the API's catalog): a facet's numbers, then its named sub-facets, then its lists
--- of buckets. Fields not named here come after, sorted.
M.order = {
  "val", "action", "count", "files_count", "file_size_sum", "cost",
  "to_process_size_sum", "processed_size_sum", "to_process_files_sum", "processed_files_sum",
  "finalized_files_sum", "bandwidth_avg", "bandwidth_count", "tasks_count",
  "in_cache", "less_1_week", "less_1_month", "less_3_months", "less_6_months", "less_1_year",
  "less_2_years", "more_2_years",
  "less_100_kb", "less_1_mb", "less_10_mb", "less_100_mb", "less_1_gb", "less_10_gb",
  "less_100_gb", "more_100_gb",
  "on_primary_container", "on_primary_nas", "on_primary_public_cloud", "on_primary_object_cloud",
  "on_secondary_nas", "on_secondary_public_cloud", "on_secondary_object_cloud",
  "on_secondary_tape", "on_any_secondary", "on_no_secondary",
  "prim_name_s", "prim_cloud_connector_name_s", "prim_cloud_bucket_name_s", "prim_nas_name_s",
  "prim_nas_share_name_s", "prim_pool_name_s",
  "sec_tape_library_name_s", "sec_tape_barcode_s", "sec_cloud_connector_name_s",
  "sec_cloud_bucket_name_s", "sec_nas_name_s", "sec_nas_share_name_s", "sec_pool_name_s",
  "user_owner_id_l", "group_owner_id_l", "file_extension_s", "meta_key_s", "meta_value_t",
  "type", "status", "source", "destination",
  "container", "nas_share", "cloud_bucket", "tape", "pool",
  "nas_type_i", "cloud_connector_type_i", "tape_type_i", "tape_library_type_i", "pool_type_i",
  "pool_content_i", "buckets",
}
local rank = {}
for i, name in ipairs(M.order) do rank[name] = i end

--- The names in the spec's order, the others after them sorted.
local function ordered(names)
  table.sort(names, function(a, b)
    local ra, rb = rank[a], rank[b]
    if ra and rb then return ra < rb end
    if ra or rb then return ra ~= nil end
    return a < b
  end)
  return names
end

--- The measures a bar may show, the first a row has of each kind: how many, how big.
local COUNTS = {"files_count", "count", "tasks_count"}
local SIZES = {"file_size_sum", "processed_size_sum", "to_process_size_sum"}

--- Eighths of a block, for the end of a bar.
local PARTS = {"▏", "▎", "▍", "▌", "▋", "▊", "▉"}
local FULL = "█"

--- A table not shown by its own `__tostring` (a protected metatable is no reason to fail).
local function plain(v)
  if type(v) ~= "table" then return false end
  local mt = getmetatable(v)
  return type(mt) ~= "table" or rawget(mt, "__tostring") == nil
end

local is_facet

--- `{buckets = {facet, ...}}` and nothing else.
local function is_buckets(v, depth)
  if not plain(v) then return false end
  local list = rawget(v, "buckets")
  if type(list) ~= "table" or next(v, "buckets") ~= nil or next(v) ~= "buckets" then return false end
  for k, b in pairs(list) do
    if math_type(k) ~= "integer" or not is_facet(b, depth + 1) then return false end
  end
  return true
end

--- A table of string keys with a number `count`, whose tables are facets or bucket lists.
function is_facet(v, depth)
  if depth > 8 or not plain(v) or type(rawget(v, "count")) ~= "number" then return false end
  for k, x in pairs(v) do
    if type(k) ~= "string" then return false end
    if type(x) == "table" and not is_facet(x, depth + 1) and not is_buckets(x, depth) then return false end
  end
  return true
end

--- Whether `v` is a statistics answer to draw: a facet (a number `count`) holding at least
--- one sub-facet or list of buckets.
---@param v any
---@return boolean
function M.is_statistics(v)
  if not is_facet(v, 0) then return false end
  for _, x in pairs(v) do if type(x) == "table" then return true end end
  return false
end

--- The text of a facet's number: bytes as `11.5 TiB`, integers grouped, others as they are.
local function number_text(name, v)
  if type(v) == "number" then
    if units.is_bytes(name) then return units.bytes(v) or tostring(v) end
    return units.grouped(v)
  end
  return tostring(v)
end

--- A bucket's label: its `val`, or `(none)`.
local function label_of(bucket)
  local v = rawget(bucket, "val")
  if v == nil or type(v) == "userdata" then return "(none)" end
  local text = tostring(v)
  return text:find("%c") and (text:gsub("%c", "?")) or text
end

--- The first of `names` that some row holds as a number.
local function measure(rows, names)
  for _, name in ipairs(names) do
    for _, r in ipairs(rows) do
      if type(r.facet[name]) == "number" then return name end
    end
  end
end

--- A bar of `cells` characters for `v` out of `max`, in eighths, padded with spaces; a
--- value above zero gets at least an eighth.
local function bar(v, max, cells)
  local eighths = 0
  if type(v) == "number" and v > 0 and max > 0 then
    eighths = math.max(floor(v / max * cells * 8 + 0.5), 1)
  end
  local text = FULL:rep(eighths // 8) .. (PARTS[eighths % 8] or "")
  return text, (" "):rep(cells - (eighths + 7) // 8)
end

--- Lines holding `key value` pairs of the facet's numbers, as many per line as fit.
local function summary(facet, line_width, paint)
  local names = {}
  for k, v in pairs(facet) do
    if type(v) ~= "table" and k ~= "val" then names[#names + 1] = k end
  end
  local lines, line, used = {}, {}, 0
  for _, k in ipairs(ordered(names)) do
    local text = number_text(k, facet[k])
    local n = width(k) + 1 + width(text)
    if #line > 0 and used + 2 + n > line_width then
      lines[#lines + 1] = concat(line, "  ")
      line, used = {}, 0
    end
    line[#line + 1] = paint("key", k) .. " " .. paint(type(facet[k]) == "number" and "number" or "note", text)
    used = used + (#line > 1 and 2 or 0) + n
  end
  if #line > 0 then lines[#lines + 1] = concat(line, "  ") end
  return lines
end

--- A chart of the rows for the measures side by side: a header (the group's name, the
--- measures' names), then a bar line per row; false, with nothing written, when the bars of
--- several measures would be narrower than 8 characters.
local function chart(out, title, rows, measures, line_width, paint)
  local label_width = width(title)
  for _, r in ipairs(rows) do label_width = math.max(label_width, width(r.label)) end
  label_width = math.min(label_width, math.max(line_width // 3, 8))
  local texts, value_width, max = {}, {}, {}
  for m, name in ipairs(measures) do
    texts[m], value_width[m], max[m] = {}, 0, 0
    for i, r in ipairs(rows) do
      local v = r.facet[name]
      texts[m][i] = v == nil and "" or number_text(name, v)
      value_width[m] = math.max(value_width[m], width(texts[m][i]))
      if type(v) == "number" and v > max[m] then max[m] = v end
    end
  end
  local function bar_width()
    local fixed = label_width
    for m = 1, #measures do fixed = fixed + 3 + value_width[m] end
    return (line_width - fixed) // math.max(#measures, 1)
  end
  if #measures > 1 and bar_width() < 8 then return false end
  local cells = math.max(bar_width(), 1)
  title = clip(title, label_width)
  local header = {paint("key", title) .. (" "):rep(label_width - width(title))}
  for m, name in ipairs(measures) do
    local room = cells + 1 + value_width[m]
    local text = clip(name, room)
    header[#header + 1] = "  " .. paint("key", text) .. (m < #measures and (" "):rep(room - width(text)) or "")
  end
  out[#out + 1] = (concat(header):gsub("%s+$", ""))
  if #rows == 0 then out[#out + 1] = paint("note", "(no buckets)") end
  for i, r in ipairs(rows) do
    local label = clip(r.label, label_width)
    local parts = {label .. (" "):rep(label_width - width(label))}
    for m, name in ipairs(measures) do
      local filled, pad = bar(r.facet[name], max[m], cells)
      local text = texts[m][i]
      local style = type(r.facet[name]) == "number" and "number" or "note"
      parts[#parts + 1] = "  " .. paint("bar", filled) .. pad .. " " .. (" "):rep(value_width[m] - width(text)) .. paint(style, text)
    end
    out[#out + 1] = (concat(parts):gsub("%s+$", ""))
  end
  return true
end

--- One group of rows: a chart of their count and their size side by side, or one above the
--- other when the width is too narrow for both.
local function group(out, title, rows, line_width, paint)
  local measures = {}
  measures[#measures + 1] = measure(rows, COUNTS)
  measures[#measures + 1] = measure(rows, SIZES)
  if not chart(out, title, rows, measures, line_width, paint) then
    for _, m in ipairs(measures) do chart(out, title, rows, {m}, line_width, paint) end
  end
end

--- The first row holding sub-facets of its own, if any.
local function nested(rows)
  for i, r in ipairs(rows) do
    for _, x in pairs(r.facet) do if type(x) == "table" then return i, r end end
  end
end

--- The text of a statistics answer as bar charts fitting `opts.width` (lines joined by "\n",
--- no newline at the end). A value that is not one (see `is_statistics`) is an error.
---@param facet table
---@param opts? nodeum.barchart.Options
---@return string
function M.format(facet, opts)
  if not M.is_statistics(facet) then error("barchart.format() expects a statistics answer (a facet with sub-facets)", 2) end
  opts = opts or {}
  local line_width = math.max(opts.width or 80, 20)
  local paint = opts.paint or function(_, text) return text end
  local out = summary(facet, line_width, paint)
  local named, lists = {}, {}
  for k, x in pairs(facet) do
    if type(x) == "table" then
      if rawget(x, "buckets") ~= nil and rawget(x, "count") == nil then lists[#lists + 1] = k else named[#named + 1] = k end
    end
  end
  local hint
  if #named > 0 then
    local rows = {}
    for i, k in ipairs(ordered(named)) do rows[i] = {label = k, facet = facet[k]} end
    group(out, "", rows, line_width, paint)
    local _, r = nested(rows)
    if r and opts.path then hint = opts.path .. "." .. r.label end
  end
  for _, k in ipairs(ordered(lists)) do
    local rows = {}
    for i, b in ipairs(facet[k].buckets) do rows[i] = {label = label_of(b), facet = b} end
    group(out, k, rows, line_width, paint)
    local i = nested(rows)
    if not hint and i and opts.path then hint = ("%s.%s.buckets[%d]"):format(opts.path, k, i) end
  end
  if hint then out[#out + 1] = paint("note", "… breakdowns inside the rows, e.g. " .. hint) end
  return concat(out, "\n")
end

return M
