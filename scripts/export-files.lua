#!/usr/bin/env nodeum
-- Exports the files of a folder to CSV: id, name, type, size, dates, owner.
--
--   nodeum [connection options] scripts/export-files.lua FOLDER_ID [--recursive] [--output FILE]
--
-- With --recursive the sub-folders are walked too, each level's folders listed concurrently;
-- each row then carries the folder's path. Streams: a folder of any size is written as read.
local usage = [[
usage: export-files.lua FOLDER_ID [--recursive] [--output FILE]
  FOLDER_ID      the id of a folder (nodeum.files:list{type = "folder"})
  --recursive    also export what the sub-folders hold
  --output FILE  write to FILE instead of stdout
  --help         show this help]]

local folder, recursive, output
local i = 1
while i <= #arg do
  local a = arg[i]
  if a == "--help" then print(usage) os.exit(0)
  elseif a == "--recursive" then recursive = true
  elseif a == "--output" then
    output = arg[i + 1]
    if not output then io.stderr:write("export-files.lua: --output needs a file\n", usage, "\n") os.exit(2) end
    i = i + 1
  elseif folder == nil and math.tointeger(tonumber(a)) then folder = math.tointeger(tonumber(a))
  else
    io.stderr:write("export-files.lua: unexpected argument '", a, "'\n", usage, "\n")
    os.exit(2)
  end
  i = i + 1
end
if not folder then io.stderr:write("export-files.lua: which folder?\n", usage, "\n") os.exit(2) end

local file = io.stdout
if output then file = assert(io.open(output, "w")) end
local columns = {"path", "id", "name", "type", "size", "modification_date", "uid", "gid"}
local out = require("nodeum.csv").writer(file, columns)

local root = nodeum.files:get(folder)
if root.type ~= "folder" then
  io.stderr:write(("export-files.lua: %d is a %s, not a folder\n"):format(folder, tostring(root.type)))
  os.exit(2)
end

local count = 0
local level = {{id = root.id, path = root.name}}
while #level > 0 do
  local found = {}
  local jobs = {}
  for n, dir in ipairs(level) do
    jobs[n] = function()
      local subfolders = {}
      for f in nodeum.files:at(dir.id).children:list{} do
        local row = {path = dir.path}
        for _, c in ipairs(columns) do if c ~= "path" then row[c] = f[c] end end
        out:write(row)
        count = count + 1
        if recursive and f.type == "folder" then subfolders[#subfolders + 1] = {id = f.id, path = dir.path .. "/" .. f.name} end
      end
      return subfolders
    end
  end
  for _, subs in ipairs(nodeum.all(jobs)) do
    for _, s in ipairs(subs) do found[#found + 1] = s end
  end
  level = found
end
if output then file:close() end
io.stderr:write(("%d file(s) exported\n"):format(count))
