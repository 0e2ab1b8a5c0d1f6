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

--- The statuses in which a task execution has ended: the client's (defined once, in Swift).

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
  if type(v) ~= "table" then argerror(n, fname, "table expected, got " .. (v == nil and "no value" or type(v)), 3) end
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

local U = {argerror = argerror, checktable = checktable, sorted_keys = sorted_keys, copy = copy}
local cursors = S.load_internal("nodeum._cursor")(S, U)
local Cursor, base_of, is_base = cursors.Cursor, cursors.base_of, cursors.is_base
local resources = S.load_internal("nodeum._resources")(S, U, cursors.new_cursor, surfaces)
local collection, Collection, Item = resources.collection, resources.Collection, resources.Item
--- The classes of the surface's values, by name (read raw by Tab completion).
local classes = {Cursor = Cursor, Collection = Collection, Item = Item}

--------------------------------------------------------------------------------------------
-- Filters.

local op = {}
local function operand(v, fname)
  local t = type(v)
  -- 1e9 is sent as 1000000000, not Lua's 1000000000.0, which servers refuse for integers.
  if t == "number" then return tostring(math.tointeger(v) or v) end
  if t == "string" or t == "boolean" then return tostring(v) end
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
    -- The client's one wait loop (ExecutionWatch): a look per step, `interval` apart.
    local last
    for state in S.watch_execution(slot, id, timeout, interval) do
      last = state
      if progress then
        progress(state)
      else
        S.progress(("execution %s: %s, %d/%d files"):format(tostring(id), tostring(state.status),
          state.processed_files or 0, state.to_process_files or 0))
      end
    end
    S.progress()
    return last
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
    -- Marks a surface for Tab completion, which reads it raw (never through __index) and
    -- finds the handle classes here.
    __nodeum_classes = classes,
    __index = function(_, name)
      if type(name) ~= "string" then return nil end
      resources = resources or S.resources()
      local res = resources[name]
      if res then
        local handle = collection(slot, res, {})
        rawset(nodeum, name, handle)
        return handle
      end
      local names = sorted_keys(resources)
      local near = S.closest(name, names)
      local hint = #near > 0 and (" did you mean '%s'?"):format(concat(near, "', '")) or ""
      error(("nodeum has no field '%s';%s collections: %s"):format(name, hint, concat(names, ", ")), 2)
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
