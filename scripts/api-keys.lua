#!/usr/bin/env nodeum
-- API keys of the user you connect as, with what each may do; optionally deletes some.
--
--   nodeum [connection options] scripts/api-keys.lua [--writes] [--scope CONTROLLER] [--delete ID]...
--
-- One line per key: id, name, the key's first 8 characters, and its scopes grouped by
-- controller (`tapes: index show; tasks: update`), fetched concurrently. --writes lists only
-- keys that may change something (an action other than index/show), and then exits with 10
-- when there are some, for a periodic audit. --delete removes the given keys (concurrently)
-- and reports each; run it with nodeum's --dry-run first to see the calls.
--
-- The issue asked for "keys older than N days": the API records no date for a key (its
-- fields are id, key, name and scopes), so age cannot be reported; audit by scope instead.
local args = require "nodeum.args"
local opts = args.parse(arg, {
  program = "api-keys.lua",
  options = {
    {name = "writes", help = "only keys that may change something; exit 10 when there are some"},
    {name = "scope", value = "CONTROLLER", help = "only keys with a scope on this controller (tapes, tasks...)"},
    {name = "delete", value = "ID", many = true, number = {min = 1, integer = true},
     message = "needs a key id (a positive integer)", help = "delete this key (repeatable)"},
  },
})

local read_actions = {index = true, show = true}

if #opts.delete > 0 then
  local jobs = {}
  for n, id in ipairs(opts.delete) do
    jobs[n] = function()
      local ok, err = pcall(function() return nodeum.api_keys:delete(id) end)
      return {id = id, ok = ok, err = err}
    end
  end
  local failed = 0
  for _, r in ipairs(nodeum.all(jobs)) do
    if r.ok then
      print(("deleted key %d"):format(r.id))
    else
      failed = failed + 1
      io.stderr:write(("api-keys.lua: key %d not deleted: %s\n"):format(r.id, tostring(r.err)))
    end
  end
  os.exit(failed > 0 and 10 or 0)
end

-- The listing has no scopes: fetch each key, concurrently.
local keys = nodeum.api_keys:list{}:collect()
local fetches = {}
for n, k in ipairs(keys) do fetches[n] = function() return nodeum.api_keys:get(k.id) end end
local full = nodeum.all(fetches)

local rows, writers = {}, 0
for _, k in ipairs(full) do
  local by_controller, order, writes, has_scope = {}, {}, false, opts.scope == nil
  for _, s in ipairs(k.api_key_scopes or {}) do
    local c, a = tostring(s.controller), tostring(s.action)
    if not by_controller[c] then by_controller[c] = {} order[#order + 1] = c end
    table.insert(by_controller[c], a)
    if not read_actions[a] then writes = true end
    if c == opts.scope then has_scope = true end
  end
  table.sort(order)
  local parts = {}
  for _, c in ipairs(order) do
    table.sort(by_controller[c])
    parts[#parts + 1] = c .. ": " .. table.concat(by_controller[c], " ")
  end
  if writes then writers = writers + 1 end
  if has_scope and (writes or not opts.writes) then
    local key = tostring(k.key or "")
    rows[#rows + 1] = {id = k.id, name = k.name, key = key:sub(1, 8) .. (#key > 8 and "…" or ""),
      scopes = #parts > 0 and table.concat(parts, "; ") or "(no scopes)"}
  end
end
print(require("nodeum.texttable").format(rows, {columns = {"id", "name", "key", "scopes"}, max_width = 200}))
io.stderr:write(("%d key(s), %d of them may change something\n"):format(#full, writers))
os.exit(opts.writes and #rows > 0 and 10 or 0)
