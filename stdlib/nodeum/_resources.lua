---@brief
--- Resources: collection handles (`nodeum.tasks`) and item handles (`nodeum.tasks:at(7)`),
--- whose calls fill path parameters from the handle's ids. Part of the `nodeum` core (loaded
--- by `nodeum._core` with `S`, the helpers `U`, `new_cursor`, and the surfaces by slot).
local S, U, new_cursor, surfaces = ...
local type, error, select, setmetatable, getmetatable, rawget, rawset, tostring, pairs, ipairs, next =
  type, error, select, setmetatable, getmetatable, rawget, rawset, tostring, pairs, ipairs, next
local concat, insert = table.concat, table.insert
local argerror, checktable, sorted_keys, copy = U.argerror, U.checktable, U.sorted_keys, U.copy

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
  -- Waiting for a run is waiting for the task execution it starts, not only for its job.
  if wait and op.id == "run_task" then return S.run_task_wait(slot, p, timeout) end
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
  if t ~= "number" and t ~= "string" then argerror(1, fname, "id expected (integer or string), got " .. (id == nil and "no value" or t), 3) end
  if t == "number" and math.type(id) ~= "integer" then argerror(1, fname, "id must be an integer, got " .. tostring(id), 3) end
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

-- A dot where a colon belongs (`nodeum.tapes.list{}`) calls a method without its handle: each
-- method a handle hands out checks its first argument, and says how to call it instead.

--- `nodeum.tasks:at(task_id).task_sources` for the path `/tasks/{task_id}/task_sources`.
local function handle_text(res)
  local text = "nodeum"
  for segment in res.path:gmatch("[^/]+") do
    local name = segment:match("^{(.*)}$")
    text = name and (text .. ":at(" .. name .. ")") or (text .. "." .. segment)
  end
  return text
end

local call_forms = {list = "list{...}", get = "get(id)", create = "create{...}", update = "update(id, {...})",
  delete = "delete(id)", at = "at(id)"}

--- `f`, checking that it is called on a handle of class `mt` (`nodeum.tapes:list{...}`).
local checked_by_res = {[Collection] = setmetatable({}, {__mode = "k"}), [Item] = setmetatable({}, {__mode = "k"})}

local function colon_checked(res, mt, key, f, on_item)
  local cache = checked_by_res[mt][res]
  if not cache then
    cache = {}
    checked_by_res[mt][res] = cache
  end
  local g = cache[key]
  if g then return g end
  g = function(self, ...)
    if getmetatable(self) ~= mt then
      local form = (not on_item and call_forms[key]) or (key .. (on_item and "(...)" or "{...}"))
      local receiver = handle_text(res) .. (on_item and ":at(id)" or "")
      error(("use %s:%s (a colon, not a dot)"):format(receiver, form), 2)
    end
    return f(self, ...)
  end
  cache[key] = g
  return g
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
  local res = rawget(self, "_res")
  if f then
    local needs = {list = "list", get = "get", create = "create", update = "update", delete = "delete"}
    if not needs[key] or res[needs[key]] then return colon_checked(res, Collection, key, f) end
  end
  if type(key) ~= "string" then return nil end
  if key:sub(1, 1) == "_" then return nil end
  local op = find_method(self._res.methods, key)
  if op then
    return colon_checked(res, Collection, key, function(h, params) return invoke(h._slot, op, h._ids, params, key) end)
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
  if f and res[key] then return colon_checked(res, Item, key, f, true) end
  local child = res.children[key]
  if child then return collection(self._slot, child, self._ids) end
  local op = find_method(res.item_methods, key)
  if op then
    return colon_checked(res, Item, key, function(h, params) return invoke(h._slot, op, h._ids, params, key) end, true)
  end
  if key == "wait" and res.name == "task_executions" then
    return colon_checked(res, Item, key, function(h, opts) return surfaces[h._slot].wait_for_execution(h._ids[#h._ids], opts) end, true)
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

return {collection = collection, Collection = Collection, Item = Item}
