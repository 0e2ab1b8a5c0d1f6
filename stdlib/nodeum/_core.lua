---@brief
--- The `nodeum` table, built on the Swift functions of `NodeumLibrary` (passed as `S`):
--- `nodeum.api.<operationId>`, `nodeum.request`, resources (`nodeum.tasks:list{}`),
--- cursors, filters (`nodeum.op`), tasks (`nodeum.spawn/wait/all/sleep`) and
--- `nodeum.connect`. Loaded once at start-up by the library, not through `require`.
local S = ...

local type, error, select, setmetatable, getmetatable, rawget, rawset, tostring, pairs, ipairs, next, pcall =
  type, error, select, setmetatable, getmetatable, rawget, rawset, tostring, pairs, ipairs, next, pcall
local concat, sort, insert = table.concat, table.sort, table.insert
local null = S.null

--- The statuses in which a task execution has ended.
local execution_ended = {
  done = true, error = true, stopped_by_system = true, stopped_by_user = true,
  finished_with_warnings = true, not_activated = true,
}

--- The surface of each client, by slot.
local surfaces = {}

local Error = S.Error
Error.__name = "nodeum.Error"
Error.__tostring = function(e) return rawget(e, "description") or "nodeum error" end

local function argerror(n, fname, msg, level)
  error(("bad argument #%d to '%s' (%s)"):format(n, fname, msg), (level or 2) + 1)
end

local function checktable(v, n, fname, optional)
  if v == nil and optional then return end
  if type(v) ~= "table" then argerror(n, fname, "table expected, got " .. (v == nil and "no value" or type(v)), 2) end
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  sort(keys)
  return keys
end

local function copy(t)
  local c = {}
  if t then for k, v in pairs(t) do c[k] = v end end
  return c
end

--------------------------------------------------------------------------------------------
-- Cursors: lazy iterators over lists, after vim.iter.

---@class nodeum.Cursor
local Cursor = {}
Cursor.__name = "nodeum.Cursor"

local cursor_options = {page_size = true, max_items = true, concurrency = true}

--- An iterator function over the cursor's values, fetching from the start.
local function iterate(c)
  local step = rawget(c, "_step")
  if step then return step(iterate(c._source)) end
  local nextpage = S.pages(c._slot, c._op.id, c._params, c._page_size, c._max_items, c._start, c._concurrency)
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
  for name in pairs(opts) do
    local v = opts[name]
    if math.type(v) ~= "integer" or v < (name == "max_items" and 0 or 1) then
      error(("%s: '%s' must be an integer >= %d (got %s)"):format(fname, name, name == "max_items" and 0 or 1, tostring(v)), 3)
    end
  end
  S.validate(op.id, params, op.paginated)
  return setmetatable({
    _slot = slot, _op = op, _params = params, _page_size = opts.page_size or 1000,
    _max_items = opts.max_items, _start = 0, _concurrency = opts.concurrency or 1, _what = op.id,
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

Cursor.__index = function(self, key)
  if type(key) ~= "string" or key:sub(1, 1) == "_" then return nil end
  local m = Cursor[key]
  if m ~= nil then return m end
  error(("cursor has no method '%s' (methods: %s)"):format(tostring(key),
    "map filter take skip enumerate each collect count first fold any all find pages iter"), 2)
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
  return S.pages(self._slot, self._op.id, self._params, self._page_size, self._max_items, self._start, self._concurrency)
end

--------------------------------------------------------------------------------------------
-- Operations with path parameters filled from a handle's ids.

local function fill(op, ids, params, fname)
  local p = copy(params)
  local names = op.path_params
  for i = 1, #names do
    if ids[i] == nil then error(fname .. ": missing " .. names[i], 3) end
    p[names[i]] = ids[i]
  end
  return p
end

local function action_options(params)
  local wait, timeout = params.wait, params.timeout
  params.wait, params.timeout = nil, nil
  if wait ~= nil and type(wait) ~= "boolean" then error("'wait' must be a boolean", 3) end
  if timeout ~= nil and (type(timeout) ~= "number" or timeout <= 0) then error("'timeout' must be a positive number of seconds", 3) end
  return wait, timeout
end

local function invoke(slot, op, ids, params, fname)
  checktable(params, 1, fname, true)
  if op.list then return new_cursor(slot, op, fill(op, ids, params, fname), fname) end
  local p = fill(op, ids, params, fname)
  local wait, timeout = action_options(p)
  local answer = S.call(slot, op.id, p)
  if wait and type(answer) == "table" and answer.job_id ~= nil then
    return S.wait_job(slot, op.id, p, answer, timeout)
  end
  return answer
end

--------------------------------------------------------------------------------------------
-- Resources: collection handles (`nodeum.tasks`) and item handles (`nodeum.tasks:at(7)`).

---@class nodeum.Collection
local Collection = {__name = "nodeum.Collection"}
---@class nodeum.Item
local Item = {__name = "nodeum.Item"}

local function collection(slot, res, ids)
  return setmetatable({_slot = slot, _res = res, _ids = ids}, Collection)
end

local function item(slot, res, ids)
  return setmetatable({_slot = slot, _res = res, _ids = ids}, Item)
end

local function method_names(list)
  local names = {}
  for _, m in ipairs(list) do names[#names + 1] = m[1] end
  return names
end

local function find_method(list, key)
  for _, m in ipairs(list) do
    if m[1] == key or m[2].id == key then return m[2] end
  end
end

local function id_arg(id, fname)
  local t = type(id)
  if t ~= "number" and t ~= "string" then argerror(1, fname, "id expected (integer or string), got " .. (id == nil and "no value" or t), 2) end
  if t == "number" and math.type(id) ~= "integer" then argerror(1, fname, "id must be an integer, got " .. tostring(id), 2) end
  return id
end

local function with(ids, id)
  local c = copy(ids)
  c[#c + 1] = id
  return c
end

--- Calls `op` with the path filled from `ids` and `fields` as the body.
local function send_body(slot, op, ids, fields, fname)
  local p = fill(op, ids, {}, fname)
  p.body = fields
  return S.call(slot, op.id, p)
end

local collection_methods = {}

--- A cursor over the collection; `filters` are the API's (`{status = "active"}`) plus
--- `page_size`, `max_items`, `concurrency`, and `sort_by` (a string or a list).
function collection_methods.list(self, filters)
  local op = self._res.list
  if not op then error(self._res.name .. " cannot be listed", 2) end
  return invoke(self._slot, op, self._ids, filters, "list")
end

function collection_methods.get(self, id, params)
  local op = self._res.get
  if not op then error(self._res.name .. " has no get", 2) end
  return invoke(self._slot, op, with(self._ids, id_arg(id, "get")), params, "get")
end

function collection_methods.create(self, fields)
  local op = self._res.create
  if not op then error(self._res.name .. " cannot be created through the API", 2) end
  checktable(fields, 1, "create")
  return send_body(self._slot, op, self._ids, fields, "create")
end

function collection_methods.update(self, id, fields)
  local op = self._res.update
  if not op then error(self._res.name .. " cannot be updated through the API", 2) end
  id_arg(id, "update")
  checktable(fields, 2, "update")
  return send_body(self._slot, op, with(self._ids, id), fields, "update")
end

function collection_methods.delete(self, id)
  local op = self._res.delete
  if not op then error(self._res.name .. " cannot be deleted through the API", 2) end
  return S.call(self._slot, op.id, fill(op, with(self._ids, id_arg(id, "delete")), {}, "delete"))
end

--- A handle on one item, for its nested collections and actions.
function collection_methods.at(self, id)
  if not self._res.get and #self._res.item_methods == 0 and next(self._res.children) == nil then
    error(self._res.name .. " has no items to reach", 2)
  end
  return item(self._slot, self._res, with(self._ids, id_arg(id, "at")))
end

Collection.__index = function(self, key)
  local f = collection_methods[key]
  if f then
    local res = rawget(self, "_res")
    local needs = {list = "list", get = "get", create = "create", update = "update", delete = "delete"}
    if not needs[key] or res[needs[key]] then return f end
  end
  if type(key) ~= "string" then return nil end
  if key:sub(1, 1) == "_" then return nil end
  local op = find_method(self._res.methods, key)
  if op then
    return function(h, params) return invoke(h._slot, op, h._ids, params, key) end
  end
  local have = {}
  for _, k in ipairs({"list", "get", "create", "update", "delete"}) do
    if self._res[k] then have[#have + 1] = k end
  end
  have[#have + 1] = "at"
  for _, n in ipairs(method_names(self._res.methods)) do have[#have + 1] = n end
  error(("%s has no method '%s' (it has: %s)"):format(self._res.name, key, concat(have, ", ")), 2)
end

Collection.__tostring = function(self)
  local path = self._res.path
  local i = 0
  path = path:gsub("{[^}]*}", function() i = i + 1 return tostring(self._ids[i]) end)
  return "nodeum.Collection(" .. path .. ")"
end

local item_methods = {}

function item_methods.get(self, params)
  local op = self._res.get
  if not op then error("this item has no get", 2) end
  return invoke(self._slot, op, self._ids, params, "get")
end

function item_methods.update(self, fields)
  local op = self._res.update
  if not op then error(self._res.name .. " cannot be updated through the API", 2) end
  checktable(fields, 1, "update")
  return send_body(self._slot, op, self._ids, fields, "update")
end

function item_methods.delete(self)
  local op = self._res.delete
  if not op then error(self._res.name .. " cannot be deleted through the API", 2) end
  return S.call(self._slot, op.id, fill(op, self._ids, {}, "delete"))
end

Item.__index = function(self, key)
  if type(key) ~= "string" or key:sub(1, 1) == "_" then return nil end
  local res = rawget(self, "_res")
  local f = item_methods[key]
  if f and res[key] then return f end
  local child = res.children[key]
  if child then return collection(self._slot, child, self._ids) end
  local op = find_method(res.item_methods, key)
  if op then
    return function(h, params) return invoke(h._slot, op, h._ids, params, key) end
  end
  if key == "wait" and res.name == "task_executions" then
    return function(h, opts) return surfaces[h._slot].wait_for_execution(h._ids[#h._ids], opts) end
  end
  local have = {}
  for _, k in ipairs({"get", "update", "delete"}) do
    if res[k] then have[#have + 1] = k end
  end
  for _, n in ipairs(method_names(res.item_methods)) do have[#have + 1] = n end
  for _, n in ipairs(sorted_keys(res.children)) do have[#have + 1] = n end
  if res.name == "task_executions" then have[#have + 1] = "wait" end
  error(("%s item has no field '%s' (it has: %s)"):format(res.name, key, concat(have, ", ")), 2)
end

Item.__tostring = function(self)
  local path = self._res.path .. "/{}"
  local i = 0
  path = path:gsub("{[^}]*}", function() i = i + 1 return tostring(self._ids[i]) end)
  return "nodeum.Item(" .. path .. ")"
end

--------------------------------------------------------------------------------------------
-- Filters.

local op = {}
local function operand(v, fname)
  local t = type(v)
  if t == "number" or t == "string" or t == "boolean" then return tostring(v) end
  error(("nodeum.op.%s: a number, string or boolean expected, got %s"):format(fname, t), 3)
end
for name, prefix in pairs({ne = "!=", gt = ">", ge = ">=", lt = "<", le = "<=", like = "~", unlike = "!~"}) do
  op[name] = function(v) return prefix .. operand(v, name) end
end
local function list_operand(prefix, fname, ...)
  local values = select("#", ...) == 1 and type(...) == "table" and (...) or {...}
  if #values == 0 then error("nodeum.op." .. fname .. ": at least one value expected", 3) end
  local parts = {}
  for i, v in ipairs(values) do parts[i] = operand(v, fname) end
  return prefix .. concat(parts, "|")
end
function op.any(...) return list_operand("><", "any", ...) end
function op.none(...) return list_operand("!><", "none", ...) end

--------------------------------------------------------------------------------------------
-- The surface of one client.

local tasks_mt = {__name = "nodeum.Task"}
tasks_mt.__index = tasks_mt
tasks_mt.__gc = function(t) S.forget(t.id) end
tasks_mt.__tostring = function(t) return ("nodeum.Task(%d, %s)"):format(t.id, S.finished(t.id) and "ended" or "running") end

local function task_ids(fname, ...)
  local ids = {}
  for i = 1, select("#", ...) do
    local t = select(i, ...)
    if getmetatable(t) ~= tasks_mt then argerror(i, fname, "task expected (from nodeum.spawn), got " .. type(t), 2) end
    ids[i] = t.id
  end
  return ids
end

-- help: the operation id of each `nodeum.api.<id>` function, of every surface (read by nodeum._help).
local api_ids = setmetatable({}, {__mode = "k"})

local function surface(slot)
  local nodeum = {null = null, op = op}
  surfaces[slot] = nodeum

  local api = {}
  for _, id in ipairs(S.operations) do
    api[id] = function(params)
      if params ~= nil and type(params) ~= "table" then
        error(("bad argument #1 to '%s' (table expected, got %s)"):format(id, type(params)), 2)
      end
      return S.call(slot, id, params)
    end
    api_ids[api[id]] = id -- help
  end
  nodeum.api = setmetatable(api, {__index = function(_, name)
    error(("no operation '%s' in nodeum.api%s"):format(tostring(name), S.suggest(tostring(name))), 2)
  end})

  --- Any call: `path` relative to /api/v2; opts.query (a table of names), opts.body.
  function nodeum.request(method, path, opts)
    if type(method) ~= "string" then argerror(1, "request", "string expected, got " .. type(method)) end
    if type(path) ~= "string" then argerror(2, "request", "string expected, got " .. type(path)) end
    checktable(opts, 3, "request", true)
    return S.request(slot, method, path, opts and opts.query, opts and opts.body)
  end

  --- Waits for a task execution (a record or an id) to end; returns its last state.
  --- opts: `timeout` (seconds, default 3600), `interval` (seconds between polls, default 1),
  --- `progress` (called with each state seen, the first one included).
  function nodeum.wait_for_execution(execution, opts)
    local id = type(execution) == "table" and execution.id or execution
    if type(id) ~= "number" and type(id) ~= "string" then
      argerror(1, "wait_for_execution", "task execution or id expected, got " .. type(execution))
    end
    checktable(opts, 2, "wait_for_execution", true)
    opts = opts or {}
    local timeout, interval, progress = opts.timeout or 3600, opts.interval or 1, opts.progress
    if type(timeout) ~= "number" or timeout <= 0 then error("wait_for_execution: 'timeout' must be a positive number of seconds", 2) end
    if type(interval) ~= "number" or interval <= 0 then error("wait_for_execution: 'interval' must be a positive number of seconds", 2) end
    if progress ~= nil and type(progress) ~= "function" then error("wait_for_execution: 'progress' must be a function", 2) end
    local waited = 0
    while true do
      local state = S.call(slot, "show_task_execution", {task_execution_id = id})
      if progress then
        progress(state)
      else
        S.progress(("execution %s: %s, %d/%d files"):format(tostring(id), tostring(state.status),
          state.processed_files or 0, state.to_process_files or 0))
      end
      if execution_ended[state.status] then
        S.progress()
        return state
      end
      if waited + interval > timeout then
        S.progress()
        error(("task execution %s did not end within %g s (status %s)"):format(tostring(id), timeout, tostring(state.status)), 2)
      end
      S.sleep(interval)
      waited = waited + interval
    end
  end

  function nodeum.connect(opts)
    checktable(opts, 1, "connect")
    return surface(S.connect(opts))
  end

  --- Runs fn(...) as a task; returns its handle.
  function nodeum.spawn(fn, ...)
    if type(fn) ~= "function" then argerror(1, "spawn", "function expected, got " .. type(fn)) end
    return setmetatable({id = S.spawn(fn, ...)}, tasks_mt)
  end

  --- Waits for tasks to end. One task: its results. Several: the first result of each, in
  --- order. A failed task's error is raised once all have ended.
  function nodeum.wait(...)
    local ids = task_ids("wait", ...)
    if #ids == 0 then return end
    S.join(table.unpack(ids))
    if #ids == 1 then return S.outcome(ids[1]) end
    local results, failure = {}, nil
    for i, id in ipairs(ids) do
      local ok, value = pcall(S.outcome, id)
      if ok then results[i] = value elseif failure == nil then failure = value end
    end
    if failure ~= nil then error(failure, 0) end
    return table.unpack(results, 1, #ids)
  end

  --- Runs the functions as tasks and waits for all: a list of their first results, in order.
  --- The first error is raised once every task has ended.
  function nodeum.all(fns)
    checktable(fns, 1, "all")
    local ids = {}
    for i, fn in ipairs(fns) do
      if type(fn) ~= "function" then error(("nodeum.all: element %d is a %s, not a function"):format(i, type(fn)), 2) end
    end
    for i, fn in ipairs(fns) do ids[i] = S.spawn(fn) end
    if #ids == 0 then return {} end
    S.join(table.unpack(ids))
    local results, failure = {}, nil
    for i, id in ipairs(ids) do
      local ok, value = pcall(S.outcome, id)
      S.forget(id)
      if ok then results[i] = value elseif failure == nil then failure = value end
    end
    if failure ~= nil then error(failure, 0) end
    return results
  end

  nodeum.sleep = S.sleep
  nodeum.max_in_flight = S.max_in_flight

  local resources
  return setmetatable(nodeum, {
    __index = function(_, name)
      if type(name) ~= "string" then return nil end
      resources = resources or S.resources()
      local res = resources[name]
      if res then
        local handle = collection(slot, res, {})
        rawset(nodeum, name, handle)
        return handle
      end
      error(("nodeum has no field '%s' (collections: %s)"):format(name, concat(sorted_keys(resources), ", ")), 2)
    end,
  })
end

local nodeum = surface(0)
package.loaded.nodeum = nodeum
_G.nodeum = nodeum

--------------------------------------------------------------------------------------------
-- help(x): loaded on first use from the embedded `nodeum._help`.

local help_impl
--- Prints what `x` is: an operation, a collection or item handle, a cursor, a task, a
--- standard-library function or module; `help()` for an overview.
function _G.help(...)
  if not help_impl then
    help_impl = S.load_internal("nodeum._help")(S, {
      Cursor = Cursor, Collection = Collection, Item = Item, Task = tasks_mt, Error = Error,
      nodeum = nodeum, op = op, base_of = base_of, is_base = is_base, api_ids = api_ids,
    })
  end
  return help_impl(...)
end
