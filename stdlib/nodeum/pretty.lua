---@brief
--- Pretty-printing of Lua values: tables with their keys sorted, nested tables indented,
--- depth, width and length limits, and cycles shown as references instead of recursed into.
---
--- ```lua
--- local pretty = require "nodeum.pretty"
--- print(pretty.format({barcode = "L00001", pools = {"archive", "vault"}}))
--- --> { barcode = "L00001", pools = { "archive", "vault" } }
--- ```
local M = {}

---@class nodeum.pretty.Options
---@field depth? integer      levels to descend (default 6); deeper tables print as `{...}`
---@field width? integer      line width before a table is spread over lines (default 80)
---@field indent? string      one level of indentation (default two spaces)
---@field max_items? integer  entries shown per table (default 200), then `... N more`

local defaults = { depth = 6, width = 80, indent = "  ", max_items = 200 }

local keywords = {}
for word in ([[and break do else elseif end false for function goto if in local nil not or
  repeat return then true until while]]):gmatch("%a+") do keywords[word] = true end

local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }

--- Quotes a string the way a reader would type it back.
---@param s string
---@return string
function M.quote(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\%03d", c:byte())
  end) .. '"'
end

--- Orders keys: integers first (ascending), then strings, then the rest by their text.
local function key_less(a, b)
  local ta, tb = math.type(a) == "integer", math.type(b) == "integer"
  if ta ~= tb then return ta end
  if ta then return a < b end
  local sa, sb = type(a) == "string", type(b) == "string"
  if sa ~= sb then return sa end
  if sa then return a < b end
  return tostring(a) < tostring(b)
end

local function format_scalar(v)
  if type(v) == "string" then return M.quote(v) end
  if math.type(v) == "float" and v == math.floor(v) and v == v and math.abs(v) < 2^63 then
    return string.format("%.1f", v)
  end
  return tostring(v)
end

local function format_key(k)
  if type(k) == "string" and k:match("^[%a_][%w_]*$") and not keywords[k] then return k end
  return "[" .. format_scalar(k) .. "]"
end

local format_value

--- The entries of t as {key text or nil for sequence items, value text} pairs.
local function entries(t, opts, level, path)
  local keys, n = {}, #t
  for k in next, t do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  table.sort(keys, key_less)
  local out, shown, total = {}, 0, n + #keys
  for i = 1, n do
    if shown >= opts.max_items then break end
    shown = shown + 1
    out[shown] = { nil, format_value(t[i], opts, level + 1, path) }
  end
  for _, k in ipairs(keys) do
    if shown >= opts.max_items then break end
    shown = shown + 1
    out[shown] = { format_key(k), format_value(t[k], opts, level + 1, path) }
  end
  return out, total - shown
end

function format_value(v, opts, level, path)
  if type(v) ~= "table" then return format_scalar(v) end
  local mt = getmetatable(v)
  if type(mt) == "table" and rawget(mt, "__tostring") and not rawget(mt, "__jsontype") then return tostring(v) end
  if path[v] then return "<cycle: " .. tostring(v) .. ">" end
  if next(v) == nil then return "{}" end
  if level >= opts.depth then return "{...}" end
  path[v] = true
  local items, more = entries(v, opts, level, path)
  path[v] = nil
  local parts = {}
  for i, item in ipairs(items) do parts[i] = item[1] and (item[1] .. " = " .. item[2]) or item[2] end
  if more > 0 then parts[#parts + 1] = "... " .. more .. " more" end
  local line = "{ " .. table.concat(parts, ", ") .. " }"
  local margin = #opts.indent * level
  if #line + margin <= opts.width and not line:find("\n", 1, true) then return line end
  local inner = opts.indent:rep(level + 1)
  return "{\n" .. inner .. table.concat(parts, ",\n" .. inner) .. ",\n" .. opts.indent:rep(level) .. "}"
end

--- Formats a value as readable text.
---@param value any
---@param opts? nodeum.pretty.Options
---@return string
function M.format(value, opts)
  if opts ~= nil and type(opts) ~= "table" then error("pretty.format() expects an options table", 2) end
  local o = {}
  for k, v in pairs(defaults) do o[k] = (opts and opts[k] ~= nil) and opts[k] or v end
  if math.type(o.depth) ~= "integer" or o.depth < 0 then error("pretty.format(): depth must be a non-negative integer", 2) end
  return format_value(value, o, 0, {})
end

--- Prints each value, formatted, on its own line.
---@param ... any
function M.print(...)
  for i = 1, select("#", ...) do print(M.format((select(i, ...)))) end
end

return M
