#!/usr/bin/env nodeum
-- Runs a task and follows the execution it starts until that ends; the exit status says how.
--
--   nodeum [connection options] scripts/run-task.lua TASK [--timeout SECONDS] [--interval SECONDS]
--
-- TASK is an id or a name. Progress goes to stderr, one line per change; the execution's last
-- state is printed on stdout. Exit status 0 when it ends done (or finished with warnings),
-- 10 when it ends otherwise (error, stopped), 11 on timeout.
local args = require "nodeum.args"
local spec = {
  program = "run-task.lua",
  options = {
    {name = "timeout", value = "SECONDS", number = {min = 0.001}, message = "needs a positive number of seconds",
     help = "give up waiting after this long (default 3600)"},
    {name = "interval", value = "SECONDS", number = {min = 0.001}, message = "needs a positive number of seconds",
     help = "between two looks at the execution (default 2)"},
  },
  positional = {name = "TASK", min = 1, max = 1, help = "an id or a name"},
}
local opts = args.parse(arg, spec)
local task, timeout, interval = opts[1], opts.timeout, opts.interval

local function newer(a, b)  -- execution ids are decimal strings beyond 2^53
  local x, y = tostring(a.id), tostring(b.id)
  if #x ~= #y then return #x > #y end
  return x > y
end

local record = nodeum.tasks:get(math.tointeger(tonumber(task)) or task)
local handle = nodeum.tasks:at(record.id)
local before = {}
for e in handle.task_executions:list{} do before[tostring(e.id)] = true end
handle:run()

-- The execution the run started: the first one not there before, once the run's job has made it.
local started
for _ = 1, 150 do
  for e in handle.task_executions:list{} do
    if not before[tostring(e.id)] and (started == nil or newer(started, e)) then started = e end
  end
  if started then break end
  nodeum.sleep(0.2)
end
if not started then
  io.stderr:write("run-task.lua: the run of ", record.name, " started no execution\n")
  os.exit(10)
end
io.stderr:write(("running %s (%d): execution %s\n"):format(record.name, record.id, tostring(started.id)))

local last
local ok, final = pcall(nodeum.wait_for_execution, started, {
  timeout = timeout, interval = interval or 2,
  progress = function(e)
    local line = ("%s %d/%d files"):format(tostring(e.status), e.processed_files or 0, e.to_process_files or 0)
    if line ~= last then io.stderr:write(line, "\n") last = line end
  end,
})
if not ok then
  io.stderr:write("run-task.lua: ", tostring(final), "\n")
  os.exit(11)
end
print(require("json").encode(final))
os.exit((final.status == "done" or final.status == "finished_with_warnings") and 0 or 10)
