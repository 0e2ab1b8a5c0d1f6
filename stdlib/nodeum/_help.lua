---@brief
--- `help(x)`: what `x` is. Loaded by the `nodeum` core on the first call of `help`, with the
--- core's Swift functions `S` and its classes. This half recognises `x`; the pages are made
--- in Swift (`HelpFunctions`, `HelpText`) from the catalog and the stdlib's doc comments.
--- Nothing here sends a request or makes a client.
local S, core = ...

local type, getmetatable, rawget, rawequal, pairs, ipairs, tostring, pcall, select =
  type, getmetatable, rawget, rawequal, pairs, ipairs, tostring, pcall, select
local concat, sort, insert = table.concat, table.sort, table.insert

local Cursor, Collection, Item, Task, Error = core.Cursor, core.Collection, core.Item, core.Task, core.Error
local nodeum, op, api_ids = core.nodeum, core.op, core.api_ids

local cursor_methods = S.cursor_methods -- defined once, in Swift (HelpText.cursorMethods)
local surface_functions = {"request", "wait_for_execution", "connect", "spawn", "wait", "all", "sleep", "max_in_flight"}
local error_fields = {"status", "kind", "operation", "method", "url", "messages", "details"}

--- `tostring(x)`, or its type when its `__tostring` fails.
local function text_of(x)
  local ok, s = pcall(tostring, x)
  if ok and type(s) == "string" then return s end
  return type(x)
end

local escapes = {['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t"}
local function quote(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return escapes[c] or ("\\%03d"):format(c:byte()) end) .. '"'
end

--- A value on one line as typed in Lua: strings quoted, tables with their keys sorted.
local function literal(v, depth)
  depth = depth or 0
  if type(v) == "string" then return quote(v) end
  if type(v) ~= "table" then return text_of(v) end
  if depth >= 3 then return "{...}" end
  local parts, n, keys = {}, #v, {}
  for i = 1, n do parts[i] = literal(v[i], depth + 1) end
  for k in pairs(v) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(keys) do parts[#parts + 1] = tostring(k) .. " = " .. literal(v[k], depth + 1) end
  return "{" .. concat(parts, ", ") .. "}"
end

--- The page of a cursor: the list it walks (operation, parameters, options) and its steps.
local function cursor_page(c)
  local base = core.base_of(c)
  local steps, step = {}, c
  while not core.is_base(step) do
    insert(steps, 1, tostring(rawget(step, "_what")))
    step = rawget(step, "_source")
  end
  local params = {}
  for k, v in pairs(rawget(base, "_params")) do params[#params + 1] = tostring(k) .. " = " .. literal(v) end
  sort(params)
  local op = rawget(base, "_op").id
  return S.help_cursor(text_of(c), op, params, steps, rawget(base, "_page_size"),
    rawget(base, "_max_items"), rawget(base, "_start"), rawget(base, "_concurrency"),
    S.walk_plan(op, rawget(base, "_params"), rawget(base, "_walk")), rawget(base, "_checkpoint"))
end

--- The page of an error table: its fields, then what they mean.
local function error_page(e)
  local lines, rows, seen, width = {"nodeum.Error: " .. text_of(e), ""}, {}, {}, 0
  for _, k in ipairs(error_fields) do
    if rawget(e, k) ~= nil then rows[#rows + 1] = k; seen[k] = true end
  end
  local extra = {}
  for k in pairs(e) do
    if not seen[k] and k ~= "description" then extra[#extra + 1] = tostring(k) end
  end
  sort(extra)
  for _, k in ipairs(extra) do rows[#rows + 1] = k end
  for _, k in ipairs(rows) do width = math.max(width, #k) end
  for _, k in ipairs(rows) do
    local v = rawget(e, k)
    lines[#lines + 1] = "  " .. k .. (" "):rep(width - #k + 2) .. (type(v) == "table" and literal(v) or text_of(v))
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "A nodeum.Error: an API failure (status, the server's messages and details, operation, method,"
  lines[#lines + 1] = "url), or a failure without an answer (kind: refused, timeout, tls, ...). Catch it with pcall:"
  lines[#lines + 1] = "  local ok, e = pcall(nodeum.pools.get, nodeum.pools, 999)"
  lines[#lines + 1] = "  if not ok then print(e.status, e.messages[1]) end"
  return concat(lines, "\n")
end

--- True for the `nodeum` table of `nodeum.connect{...}` as for the global one.
local function is_surface(t)
  return rawequal(rawget(t, "op"), op) and type(rawget(t, "api")) == "table"
end

--- True for a `nodeum.api` table.
local function is_api(t)
  local id = S.operations[1]
  return id ~= nil and api_ids[rawget(t, id)] == id
end

--- The loaded stdlib modules that have docs, as (name, table) pairs.
local function loaded_modules()
  local found = {}
  local loaded = type(package) == "table" and type(package.loaded) == "table" and package.loaded or {}
  for _, name in ipairs(S.help_modules()) do
    local m = rawget(loaded, name)
    if type(m) == "table" then found[#found + 1] = {name, m} end
  end
  return found
end

local function function_page(f)
  local id = api_ids[f]
  if id then return S.help_operation(id) end
  if rawequal(f, rawget(_G, "help")) then return S.help_doc("nodeum._core", "_G.help", "") end
  for _, name in ipairs(surface_functions) do
    if rawequal(rawget(nodeum, name), f) then return S.help_surface_function(name) end
  end
  for name, g in pairs(op) do
    if rawequal(g, f) then return S.help_operator(name) end
  end
  for _, name in ipairs(cursor_methods) do
    if rawequal(rawget(Cursor, name), f) or rawequal(rawget(Cursor, "__checked")[name], f) then return S.help_doc("nodeum._cursor", "Cursor:" .. name, "cursor:") end
  end
  for _, module in ipairs(loaded_modules()) do
    for k, g in pairs(module[2]) do
      if rawequal(g, f) and type(k) == "string" then
        local page = S.help_doc(module[1], k)
        if page then return page end
      end
    end
  end
end

local function table_page(t)
  local mt = getmetatable(t)
  if rawequal(mt, Collection) then return S.help_collection(rawget(t, "_res").path, rawget(t, "_ids")) end
  if rawequal(mt, Item) then return S.help_item(rawget(t, "_res").path, rawget(t, "_ids")) end
  if rawequal(mt, Cursor) then return cursor_page(t) end
  if rawequal(mt, Task) then return S.help_task(text_of(t)) end
  if rawequal(mt, Error) then return error_page(t) end
  if rawequal(t, nodeum) or is_surface(t) then return S.help_surface() end
  if rawequal(t, op) then return S.help_operators() end
  if is_api(t) then return S.help_api() end
  for _, module in ipairs(loaded_modules()) do
    if rawequal(module[2], t) then return S.help_module(module[1]) end
  end
end

--- The page for the arguments of `help`.
local function page(...)
  if select("#", ...) == 0 then return S.help_surface() end
  local x = ...
  local t = type(x)
  local found
  if t == "string" then
    return S.help_named(x) or S.help_unknown(x)
  elseif t == "function" then
    found = function_page(x)
  elseif t == "table" then
    found = table_page(x)
  elseif rawequal(x, nodeum.null) then
    found = S.help_null()
  end
  return found or S.help_value(t, text_of(x))
end

--- Prints what `x` is; `help()` for an overview. Returns nothing.
return function(...)
  print(page(...))
end
