#!/usr/bin/env nodeum
-- Task executions that failed since a date, newest first; optionally runs their tasks again.
--
--   nodeum [connection options] scripts/failed-executions.lua [--since YYYY-MM-DD] [--rerun]
--
-- Lists each failed execution (id, task, started, files done/to do) as an aligned table. With --rerun, each task
-- that failed is run once more (concurrently) and the job of each run is reported.
-- Exit status 0 when nothing failed, 10 when something did (after a rerun too).
local opts = require("nodeum.args").parse(arg, {
  program = "failed-executions.lua",
  options = {
    {name = "since", value = "YYYY-MM-DD", pattern = "^%d%d%d%d%-%d%d%-%d%d$", default = os.date("!%Y-%m-%d", os.time() - 7 * 86400),
     message = "needs a date as YYYY-MM-DD", help = "only executions started on or after this day (default: 7 days ago)"},
    {name = "rerun", help = "run the tasks of the failed executions again"},
  },
})
local since, rerun = opts.since, opts.rerun

local failed = nodeum.task_executions:list{status = "error", job_started = nodeum.op.ge(since .. "T00:00:00Z")}
  :collect()
-- Newest first; executions started in the same second by id, newest first (ids are decimal
-- strings beyond 2^53: the longer is the larger).
local function newer(a, b)
  if a.job_started ~= b.job_started then return a.job_started > b.job_started end
  local x, y = tostring(a.id), tostring(b.id)
  if #x ~= #y then return #x > #y end
  return x > y
end
table.sort(failed, newer)

local rows, tasks, order = {}, {}, {}
for n, e in ipairs(failed) do
  rows[n] = {execution = tostring(e.id), task = ("%s (%d)"):format(e.name, e.task_id), started = e.job_started,
    ["files done/to do"] = ("%d/%d"):format(e.processed_files or 0, e.to_process_files or 0)}
  if not tasks[e.task_id] then tasks[e.task_id] = e.name order[#order + 1] = e.task_id end
end
print(require("nodeum.texttable").format(rows, {columns = {"execution", "task", "started", "files done/to do"}, max_width = 60}))
io.stderr:write(("%d failed execution(s) of %d task(s) since %s\n"):format(#failed, #order, since))

if rerun and #order > 0 then
  local runs = {}
  for n, id in ipairs(order) do
    runs[n] = function()
      local ok, answer = pcall(function() return nodeum.tasks:at(id):run() end)
      return {id = id, ok = ok, answer = answer}
    end
  end
  for _, r in ipairs(nodeum.all(runs)) do
    if r.ok then
      print(("rerun: task %s (%d): job %s %s"):format(tasks[r.id], r.id, tostring(r.answer.job_id), tostring(r.answer.status)))
    else
      print(("rerun: task %s (%d) not started: %s"):format(tasks[r.id], r.id, tostring(r.answer)))
    end
  end
end
os.exit(#failed > 0 and 10 or 0)
