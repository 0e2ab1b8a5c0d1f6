---@brief
--- How the REPL on a terminal shows the values a line returns: scalars as `print` writes
--- them, a record as aligned `key  value` lines, a list of records (and a cursor's first page)
--- as a table whose columns fit the width, fields of bytes as `11.5 TiB`, a statistics
--- answer as a bar chart, other tables through `nodeum.pretty`; output
--- longer than the screen cut with a hint; ANSI colours when asked. Loaded by the REPL, not
--- through `require`; the chunk returns `show(opts, n, ...)`, which answers the text.
local pretty = require "nodeum.pretty"
local texttable = require "nodeum.texttable"
local units = require "nodeum.units"
local barchart = require "nodeum.barchart"

local type, tostring, pairs, ipairs, next, getmetatable, rawget, math_type =
  type, tostring, pairs, ipairs, next, getmetatable, rawget, math.type
local concat = table.concat

---@class nodeum.show.Options
---@field color? boolean  ANSI colours (16-colour palette)
---@field width? integer  the terminal's columns (default 80)
---@field height? integer the terminal's rows; nil: at most 60 lines

--- The hint after a cut: how to see everything.
local PRETTY_ALL = 'require("nodeum.pretty").print(_)'

local codes = {key = "1", number = "36", string = "32", literal = "35", note = "2", bar = "34"}

--- Paints text with a style of `codes` when colours are on; an empty text stays empty.
local function painter(color)
  if not color then return function(_, text) return text end end
  return function(style, text)
    if text == "" then return text end
    return "\27[" .. codes[style] .. "m" .. text .. "\27[0m"
  end
end

--- The style of a value: numbers, strings, and nil/booleans each their own; others none.
local function style_of(v)
  local t = type(v)
  if t == "number" then return "number" end
  if t == "string" then return "string" end
  if t == "nil" or t == "boolean" then return "literal" end
end

local width, clip = texttable.width, texttable.clip

local function is_cursor(v)
  local mt = getmetatable(v)
  return type(mt) == "table" and rawget(mt, "__name") == "nodeum.Cursor"
end

--- A table shown by its own `__tostring` (collection and item handles, errors).
local function has_tostring(v)
  local mt = getmetatable(v)
  return type(mt) == "table" and rawget(mt, "__tostring") ~= nil
end

--- A value shown on one line as lua's `tostring` writes it.
local function is_simple(v)
  return type(v) ~= "table" or (has_tostring(v) and not is_cursor(v))
end

--- A table whose keys are all strings (at least one) and whose values are mostly simple.
local function is_record(t)
  if type(t) ~= "table" or has_tostring(t) or next(t) == nil then return false end
  local simple, nested = 0, 0
  for k, v in pairs(t) do
    if type(k) ~= "string" then return false end
    if is_simple(v) then simple = simple + 1 else nested = nested + 1 end
  end
  return nested <= simple
end

--- A non-empty sequence (no other keys) of tables with string keys.
local function is_record_list(t)
  if type(t) ~= "table" or has_tostring(t) or rawget(t, 1) == nil then return false end
  local n = #t
  for k in pairs(t) do
    if math_type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  for i = 1, n do
    local r = t[i]
    if type(r) ~= "table" or has_tostring(r) or next(r) == nil then return false end
    for k in pairs(r) do if type(k) ~= "string" then return false end end
  end
  return true
end

--- An API list answer, `{count = N, <items> = {records}}` or `{<items> = {records}}`: its
--- items, or nil.
local function answer_items(t)
  if type(t) ~= "table" or has_tostring(t) then return nil end
  local count = rawget(t, "count")
  if count ~= nil and math_type(count) ~= "integer" then return nil end
  local items
  for k, v in pairs(t) do
    if k ~= "count" then
      if items ~= nil or not is_record_list(v) then return nil end
      items = v
    end
  end
  return items
end

--- The text of a value inside a record or a list of values: strings as they are (quoted
--- when they hold control characters), tables through `nodeum.pretty` on one line.
local function inline(v)
  if type(v) == "string" then
    if v:find("%c") then return pretty.quote(v) end
    return v
  end
  if type(v) == "table" and not has_tostring(v) then
    return (pretty.format(v, {width = math.huge}):gsub("\n%s*", " "))
  end
  return tostring(v)
end

--- The state of one `show`: options, painter, the lines written so far.
local function new_view(opts)
  local max_lines = opts.height and math.max(opts.height - 2, 5) or 60
  return {
    width = math.max(opts.width or 80, 20),
    max_lines = max_lines,
    paint = painter(opts.color),
    lines = {},
  }
end

--- Adds text (possibly several lines) to the view.
local function add(view, text)
  for line in (text .. "\n"):gmatch("(.-)\n") do view.lines[#view.lines + 1] = line end
end

--- Values that are all simple: one line, tab-separated, as `print` writes them.
local function show_simple(view, values, n)
  local parts = {}
  for i = 1, n do
    local v = values[i]
    local text = tostring(v)
    local style = style_of(v)
    if style and style ~= "string" then text = view.paint(style, text) end
    parts[i] = text
  end
  add(view, concat(parts, "\t"))
end

--- A record: `key  value` lines, keys aligned, `id` and `name` first.
local function show_record(view, t)
  local keys = texttable.columns({t})
  local key_width = 0
  for _, k in ipairs(keys) do key_width = math.max(key_width, width(k)) end
  local room = math.max(view.width - key_width - 2, 10)
  for _, k in ipairs(keys) do
    local v = t[k]
    local text = clip(units.field_text(v, k, t) or inline(v), room)
    local style = type(v) ~= "table" and style_of(v)
    local key = view.paint("key", k) .. (" "):rep(key_width - width(k))
    add(view, (key .. "  " .. (style and view.paint(style, text) or text)):gsub("%s+$", ""))
  end
end

--- A value as a table's cell: numbers, booleans and plain strings as they are.
local function cell(v)
  if v == nil or type(v) == "number" or type(v) == "boolean" then return v end
  return inline(v)
end

--- Records as a table with the scalar fields that fit the width, then `note` when given.
local function show_records(view, records, note)
  local scalar = {}
  for _, c in ipairs(texttable.columns(records)) do
    local ok = true
    for _, r in ipairs(records) do
      if type(r[c]) == "table" and not has_tostring(r[c]) then ok = false break end
    end
    if ok then scalar[#scalar + 1] = c end
  end
  if #scalar == 0 then
    add(view, pretty.format(records, {width = view.width}))
  else
    local rows = {}
    for i, r in ipairs(records) do
      local row = {}
      for _, c in ipairs(scalar) do row[c] = cell(r[c]) end
      rows[i] = row
    end
    local columns = texttable.fit(rows, scalar, view.width, {text = units.field_text})
    add(view, texttable.format(rows, {columns = columns, text = units.field_text, paint = function(text, v, header)
      if header then return view.paint("key", text) end
      local style = style_of(v)
      return style and view.paint(style, text) or text
    end}))
  end
  if note then add(view, view.paint("note", note)) end
end

--- How many rows of a list fit the screen with a header and a "more" line.
local function row_budget(view) return math.max(view.max_lines - 2, 1) end

--- A list of records kept in memory, as many rows as fit; `server_more` items not fetched.
local function show_list(view, records, first, server_more)
  local budget = row_budget(view)
  local shown = {}
  for i = 1, math.min(#records, budget) do shown[i] = records[i] end
  local here = #records - #shown
  local note
  if here > 0 and server_more > 0 then
    note = ("… %d more: %d fetched%s, %d on the server"):format(here + server_more, here,
      first and " (" .. PRETTY_ALL .. " for them)" or "", server_more)
  elseif here > 0 then
    note = ("… %d more%s"):format(here, first and " (" .. PRETTY_ALL .. " for all)" or "")
  elseif server_more > 0 then
    note = ("… %d more on the server, not fetched"):format(server_more)
  end
  show_records(view, shown, note)
end

--- A cursor: its first page only (see the cursor's `__preview`), as a table or one value a line.
local function show_cursor(view, c)
  local values, more = getmetatable(c).__preview(c, row_budget(view))
  local note
  if more == true then
    note = "… more (:collect() for all)"
  elseif more == nil then
    note = "… maybe more (:collect() for all)"
  elseif more > 0 then
    note = ("… %d more (:collect() for all)"):format(more)
  end
  if #values == 0 then
    add(view, view.paint("note", "(no items)"))
  elseif is_record_list(values) then
    show_records(view, values, note)
  else
    for _, v in ipairs(values) do
      local style = type(v) ~= "table" and style_of(v)
      local text = clip(type(v) == "string" and pretty.quote(v) or inline(v), view.width)
      add(view, style and view.paint(style, text) or text)
    end
    if note then add(view, view.paint("note", note)) end
  end
end

--- One value that is not simple, on lines of its own; `first` when it is the one in `_`.
local function show_value(view, v, first)
  if is_cursor(v) then return show_cursor(view, v) end
  local items = answer_items(v)
  if items then return show_list(view, items, first, math.max(0, (v.count or #items) - #items)) end
  if is_record_list(v) then return show_list(view, v, first, 0) end
  if barchart.is_statistics(v) then
    return add(view, barchart.format(v, {width = view.width, paint = view.paint, path = first and "_" or nil}))
  end
  if is_record(v) then return show_record(view, v) end
  add(view, pretty.format(v, {width = view.width}))
end

--- The view's lines as text, cut to the screen with a hint to see all.
local function render(view, hint)
  local lines = view.lines
  if #lines > view.max_lines then
    local keep = view.max_lines - 1
    local cut = {}
    for i = 1, keep do cut[i] = lines[i] end
    cut[keep + 1] = view.paint("note", ("… %d more lines%s"):format(#lines - keep, hint and " (" .. hint .. " for all)" or ""))
    lines = cut
  end
  return concat(lines, "\n") .. "\n"
end

--- The text showing the `n` values: all simple ones on one line as `print` writes them, else
--- each on lines of its own.
---@param opts nodeum.show.Options
---@param n integer
---@return string
return function(opts, n, ...)
  local view = new_view(opts or {})
  local values = {...}
  local all_simple = true
  for i = 1, n do if not is_simple(values[i]) then all_simple = false end end
  local hint
  if all_simple then
    show_simple(view, values, n)
    if n == 1 then hint = "print(_)" end
  else
    for i = 1, n do
      if is_simple(values[i]) then show_simple(view, {values[i]}, 1) else show_value(view, values[i], i == 1) end
    end
    if n == 1 then hint = PRETTY_ALL end
  end
  return render(view, hint)
end
