---@brief
--- Cursors: lazy iterators over lists, after vim.iter, on the pages `S.pages` fetches.
--- Part of the `nodeum` core (loaded by `nodeum._core` with its Swift functions `S` and
--- shared helpers `U`), not through `require`.
local S, U = ...
local type, error, select, setmetatable, getmetatable, rawget, rawset, tostring, pairs, ipairs, next =
  type, error, select, setmetatable, getmetatable, rawget, rawset, tostring, pairs, ipairs, next
local concat, insert = table.concat, table.insert
local argerror, checktable, sorted_keys, copy = U.argerror, U.checktable, U.sorted_keys, U.copy


---@class nodeum.Cursor
local Cursor = {}
Cursor.__name = "nodeum.Cursor"

local cursor_options = {page_size = true, max_items = true, concurrency = true, walk = true, checkpoint = true, segments = true}
local walks = {auto = true, keyset = true, offset = true}

--- An iterator function over the cursor's values, fetching from the start.
local function iterate(c)
  local step = rawget(c, "_step")
  if step then return step(iterate(c._source)) end
  local nextpage = S.pages(c._slot, c._op.id, c._params, c._page_size, c._max_items, c._start, c._concurrency,
    c._walk, c._checkpoint, c._segments)
  local items, i, n = nil, 0, 0
  return function()
    while i >= n do
      items = nextpage()
      if items == nil then return nil end
      i, n = 0, #items
    end
    i = i + 1
    return items[i]
  end
end

local function derive(c, step, name)
  return setmetatable({_source = c, _step = step, _what = name}, Cursor)
end

local function is_base(c) return rawget(c, "_step") == nil end

local function clone(c)
  return setmetatable({
    _slot = c._slot, _op = c._op, _params = c._params, _page_size = c._page_size,
    _max_items = c._max_items, _start = c._start, _concurrency = c._concurrency, _what = c._what,
    _walk = c._walk, _checkpoint = c._checkpoint, _segments = c._segments,
  }, Cursor)
end

local function base_of(c)
  while not is_base(c) do c = c._source end
  return c
end

local function new_cursor(slot, op, filters, fname)
  checktable(filters, 1, fname, true)
  local params, opts = {}, {}
  for k, v in pairs(filters or {}) do
    if cursor_options[k] then opts[k] = v
    elseif k == "sort_by" and type(v) == "table" then params[k] = concat(v, "|")
    else params[k] = v end
  end
  if opts.walk ~= nil and not walks[opts.walk] then
    error(("%s: 'walk' must be \"auto\", \"keyset\" or \"offset\" (got %s)"):format(fname, tostring(opts.walk)), 3)
  end
  if opts.checkpoint ~= nil and (type(opts.checkpoint) ~= "string" or opts.checkpoint == "") then
    error(("%s: 'checkpoint' must be a file name (got %s)"):format(fname, tostring(opts.checkpoint)), 3)
  end
  local walk, checkpoint = opts.walk, opts.checkpoint
  opts.walk, opts.checkpoint = nil, nil
  for name in pairs(opts) do
    local v = opts[name]
    if math.type(v) ~= "integer" or v < (name == "max_items" and 0 or 1) then
      error(("%s: '%s' must be an integer >= %d (got %s)"):format(fname, name, name == "max_items" and 0 or 1, tostring(v)), 3)
    end
  end
  S.validate(op.id, params, op.paginated, walk or "auto", opts.segments, checkpoint ~= nil)
  return setmetatable({
    _slot = slot, _op = op, _params = params, _page_size = opts.page_size or S.default_page_size,
    _max_items = opts.max_items, _start = 0, _concurrency = opts.concurrency or 1, _what = op.id,
    _walk = walk or "auto", _checkpoint = checkpoint, _segments = opts.segments or 1,
  }, Cursor)
end

--- `for x in cursor do`: each loop starts a new walk (the control value is nil at its start).
Cursor.__call = function(self, _, control)
  if control == nil then rawset(self, "_active", iterate(self)) end
  local active = rawget(self, "_active")
  if active == nil then return nil end
  return active()
end

Cursor.__tostring = function(self)
  local b = base_of(self)
  local keys, parts = sorted_keys(b._params), {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(b._params[k]) end
  local chain = {}
  local c = self
  while not is_base(c) do insert(chain, 1, c._what) c = c._source end
  return ("nodeum.Cursor(%s%s)%s"):format(b._op.id, #parts > 0 and " " .. concat(parts, " ") or "",
    #chain > 0 and ":" .. concat(chain, ":") or "")
end

-- Cursor methods as handed out: each checks it was called with a colon (`c:map(f)`, not `c.map(f)`).
local checked = {}
-- Read raw by help(), which knows a method by its function.
Cursor.__checked = checked

Cursor.__index = function(self, key)
  if type(key) ~= "string" or key:sub(1, 1) == "_" then return nil end
  local m = checked[key]
  if m ~= nil then return m end
  local f = Cursor[key]
  if type(f) == "function" then
    m = function(c, ...)
      if getmetatable(c) ~= Cursor then error(("use cursor:%s(...) (a colon, not a dot)"):format(key), 2) end
      return f(c, ...)
    end
    checked[key] = m
    return m
  end
  if f ~= nil then return f end
  error(("cursor has no method '%s' (methods: %s)"):format(tostring(key), concat(S.cursor_methods, " ")), 2)
end

--- A fresh iterator function (what `for x in cursor:iter()` uses).
function Cursor:iter() return iterate(self) end

--- Values transformed by `fn`; a nil result drops the value (as vim.iter's map).
function Cursor:map(fn)
  if type(fn) ~= "function" then argerror(1, "map", "function expected, got " .. type(fn)) end
  return derive(self, function(src)
    local again
    local function after(first, ...)
      if first == Cursor then return nil end
      if first == nil then return again() end
      return first, ...
    end
    local function apply(...)
      if (...) == nil then return Cursor end
      return fn(...)
    end
    again = function() return after(apply(src())) end
    return again
  end, "map")
end

--- Values for which `pred` is true.
function Cursor:filter(pred)
  if type(pred) ~= "function" then argerror(1, "filter", "function expected, got " .. type(pred)) end
  return derive(self, function(src)
    local again
    local function check(...)
      if (...) == nil then return nil end
      if pred(...) then return ... end
      return again()
    end
    again = function() return check(src()) end
    return again
  end, "filter")
end

--- At most `n` values. On a list itself, fewer items are asked of the server.
function Cursor:take(n)
  if math.type(n) ~= "integer" or n < 0 then argerror(1, "take", "integer >= 0 expected") end
  if is_base(self) then
    local c = clone(self)
    c._max_items = c._max_items and math.min(c._max_items, n) or n
    return c
  end
  return derive(self, function(src)
    local taken = 0
    return function()
      if taken >= n then return nil end
      taken = taken + 1
      return src()
    end
  end, "take(" .. n .. ")")
end

--- All but the first `n` values. On a list itself, the walk starts `n` items further.
function Cursor:skip(n)
  if math.type(n) ~= "integer" or n < 0 then argerror(1, "skip", "integer >= 0 expected") end
  if is_base(self) then
    local c = clone(self)
    c._start = c._start + n
    if c._max_items then c._max_items = math.max(0, c._max_items - n) end
    return c
  end
  return derive(self, function(src)
    local skipped = false
    return function()
      if not skipped then
        skipped = true
        for _ = 1, n do if src() == nil then return nil end end
      end
      return src()
    end
  end, "skip(" .. n .. ")")
end

--- Pairs (i, value), i counting from 1.
function Cursor:enumerate()
  return derive(self, function(src)
    local i = 0
    local function number(...)
      if (...) == nil then return nil end
      i = i + 1
      return i, ...
    end
    return function() return number(src()) end
  end, "enumerate")
end

--- Calls `fn` with each value.
function Cursor:each(fn)
  if type(fn) ~= "function" then argerror(1, "each", "function expected, got " .. type(fn)) end
  local it = iterate(self)
  local function go(...)
    if (...) == nil then return false end
    fn(...)
    return true
  end
  while go(it()) do end
end

--- Every value in a list (several values per step become a list each).
function Cursor:collect()
  local out, n = {}, 0
  local it = iterate(self)
  local function add(...)
    if (...) == nil then return false end
    n = n + 1
    out[n] = select("#", ...) == 1 and (...) or {...}
    return true
  end
  while add(it()) do end
  return setmetatable(out, S.array_mt)  -- a list, even when empty (JSON `[]`)
end

--- The number of values. On a list itself, one request asks the server for the total.
function Cursor:count()
  if is_base(self) and self._op.paginated then
    local total = S.total(self._slot, self._op.id, self._params)
    if total ~= nil then
      total = math.max(0, total - self._start)
      if self._max_items then total = math.min(total, self._max_items) end
      return total
    end
  end
  local n, it = 0, iterate(self)
  while it() ~= nil do n = n + 1 end
  return n
end

--- The first value, or nil. On a list itself, only one item is asked for.
function Cursor:first()
  local c = is_base(self) and self:take(1) or self
  return iterate(c)()
end

--- Folds the values: acc = fn(acc, value...).
function Cursor:fold(acc, fn)
  if type(fn) ~= "function" then argerror(2, "fold", "function expected, got " .. type(fn)) end
  local it = iterate(self)
  local function step(...)
    if (...) == nil then return false end
    acc = fn(acc, ...)
    return true
  end
  while step(it()) do end
  return acc
end

--- True if `pred` holds for some value (stops at the first).
function Cursor:any(pred)
  if type(pred) ~= "function" then argerror(1, "any", "function expected, got " .. type(pred)) end
  local it = iterate(self)
  local function test(...)
    if (...) == nil then return false, false end
    if pred(...) then return false, true end
    return true
  end
  while true do
    local more, found = test(it())
    if not more then return found end
  end
end

--- True if `pred` holds for every value (stops at the first that fails).
function Cursor:all(pred)
  if type(pred) ~= "function" then argerror(1, "all", "function expected, got " .. type(pred)) end
  return not self:any(function(...) return not pred(...) end)
end

--- The first value for which `pred` holds, or nil.
function Cursor:find(pred)
  if type(pred) ~= "function" then argerror(1, "find", "function expected, got " .. type(pred)) end
  local it = iterate(self)
  local function test(...)
    if (...) == nil then return true end
    if pred(...) then return true, ... end
    return false
  end
  local function loop(stop, ...)
    if stop then return ... end
    return loop(test(it()))
  end
  return loop(test(it()))
end

--- An iterator over the pages of a list: each a list of items (and the server's count).
function Cursor:pages()
  if not is_base(self) then error("pages() works on a list's cursor, before map/filter/...", 2) end
  return S.pages(self._slot, self._op.id, self._params, self._page_size, self._max_items, self._start, self._concurrency,
    self._walk, self._checkpoint, self._segments)
end

--- For displays (the REPL): the cursor's first values, at most `n`, from the first `n + 1`
--- items of the list underneath (map/filter/... apply to those only), in one request; a
--- second, empty page is asked for when the list is shorter (a `count` equal to a page's
--- length may be the total or the page's own). Answers the values and what follows them:
--- how many more (0: none), `true` (some, how many not known) or nil (maybe some).
--- Reached through the metatable (`__preview`), not a method.
Cursor.__preview = function(self, n)
  local steps, base = {}, self
  while not is_base(base) do insert(steps, 1, base._step) base = base._source end
  local limit = base._max_items and math.min(base._max_items, n + 1) or n + 1
  local items, count, first = {}, nil, true
  if limit > 0 then
    for page, page_count in S.pages(base._slot, base._op.id, base._params, limit, limit, base._start, 1, base._walk) do
      if first then count, first = page_count, false end
      for i = 1, #page do items[#items + 1] = page[i] end
    end
  end
  -- What the list holds beyond the first `n` items.
  local shown = math.min(#items, n)
  local more
  if count ~= nil and count > #items then
    local total = math.max(0, count - base._start)
    if base._max_items then total = math.min(total, base._max_items) end
    more = math.max(0, total - shown)
  elseif #items <= n or #items == base._max_items then
    more = #items - shown
  else
    more = true
  end
  if #steps == 0 then
    local values = {}
    for i = 1, shown do values[i] = items[i] end
    return values, more
  end
  local i, exhausted = 0, false
  local it = function()
    i = i + 1
    if i > #items then exhausted = true return nil end
    return items[i]
  end
  for _, step in ipairs(steps) do it = step(it) end
  local values = {}
  local function add(...)
    if (...) == nil then return false end
    values[#values + 1] = select("#", ...) == 1 and (...) or {...}
    return true
  end
  while #values <= n and add(it()) do end
  if #values > n then
    values[#values] = nil
    return values, true
  end
  -- A step that stopped before the items ran out (a take) has nothing more to give.
  if not exhausted or more == 0 then return values, 0 end
  return values, nil
end

return {Cursor = Cursor, new_cursor = new_cursor, base_of = base_of, is_base = is_base}
