#!/usr/bin/env nodeum
-- Mount status of every NAS share and cloud bucket, asked concurrently.
--
--   nodeum [connection options] scripts/mount-status.lua [--unmounted]
--
-- One line per share or bucket: kind, name, pool, mounted or not, mount point. With
-- --unmounted only those that are not mounted are listed. Exit status 10 when any is not.
local opts = require("nodeum.args").parse(arg, {
  program = "mount-status.lua",
  options = {{name = "unmounted", help = "list only what is not mounted"}},
})
local only_unmounted = opts.unmounted

local targets = {}
for s in nodeum.nas_shares:list{} do targets[#targets + 1] = {kind = "nas share", record = s, handle = nodeum.nas_shares:at(s.id)} end
for b in nodeum.cloud_buckets:list{} do targets[#targets + 1] = {kind = "cloud bucket", record = b, handle = nodeum.cloud_buckets:at(b.id)} end

local jobs = {}
for i, t in ipairs(targets) do
  jobs[i] = function()
    local ok, answer = pcall(t.handle.mount_status, t.handle)
    return ok and answer or {mounted = false, message = tostring(answer)}
  end
end
local answers = nodeum.all(jobs)

local rows, unmounted = {}, 0
for i, t in ipairs(targets) do
  local a = answers[i]
  local mounted = a.mounted == true
  if not mounted then unmounted = unmounted + 1 end
  if not (only_unmounted and mounted) then
    local status = type(a.status) == "table" and a.status or {}
    rows[#rows + 1] = {kind = t.kind, name = t.record.name, pool = tostring(t.record.pool_id or "-"),
      mounted = mounted and "yes" or "no", ["mount point"] = status.target or a.message or ""}
  end
end
print(require("nodeum.texttable").format(rows, {columns = {"kind", "name", "pool", "mounted", "mount point"}, max_width = 200}))
io.stderr:write(("%d of %d not mounted\n"):format(unmounted, #targets))
os.exit(unmounted > 0 and 10 or 0)
