#!/usr/bin/env nodeum
-- Exports the files of a folder to CSV: id, name, type, size, dates, owner.
--
--   nodeum [connection options] scripts/export-files.lua FOLDER_ID [--recursive] [--output FILE]
--                                                         [--checkpoint FILE]
--
-- With --recursive the sub-folders are walked too, each level's folders listed concurrently;
-- each row then carries the folder's path. Streams: a folder of any size is written as read.
-- With --checkpoint (and --output), the walk's position is saved after each page: an export
-- stopped anyhow (Ctrl-C, kill -9, a lost connection) and started again with the same command
-- goes on where it was, appending to the output (at most the last page is written twice).
local args = require "nodeum.args"
local spec = {
  program = "export-files.lua",
  options = {
    {name = "recursive", help = "also export what the sub-folders hold"},
    {name = "output", value = "FILE", help = "write to FILE instead of stdout"},
    {name = "checkpoint", value = "FILE", help = "save the position in FILE after each page; resume from it (needs --output)"},
  },
  positional = {name = "FOLDER_ID", min = 1, max = 1, help = 'the id of a folder (nodeum.files:list{type = "folder"})'},
}
local opts = args.parse(arg, spec)
local folder, recursive, output, checkpoint = math.tointeger(tonumber(opts[1])), opts.recursive, opts.output, opts.checkpoint
if not folder then io.stderr:write("export-files.lua: FOLDER_ID must be a number, not '", opts[1], "'\n", args.usage(spec), "\n") os.exit(2) end
if checkpoint and (recursive or not output) then
  io.stderr:write("export-files.lua: --checkpoint needs --output and works without --recursive (one walk to resume)\n", args.usage(spec), "\n")
  os.exit(2)
end
-- A checkpoint left by an export that did not finish: go on, appending to its output.
local resuming = checkpoint and io.open(checkpoint, "r")
if resuming then resuming:close() end

-- The folder first: nothing is written (and no --output file made) for one that is not there.
local root = nodeum.files:get(folder)
if root.type ~= "folder" then
  io.stderr:write(("export-files.lua: %d is a %s, not a folder\n"):format(folder, tostring(root.type)))
  os.exit(2)
end

local file = io.stdout
if output then file = assert(io.open(output, resuming and "a" or "w")) end
local columns = {"path", "id", "name", "type", "size", "modification_date", "uid", "gid"}
local out = require("nodeum.csv").writer(file, columns, not resuming)
if resuming then io.stderr:write("export-files.lua: resuming from ", checkpoint, "\n") end

local count = 0
local level = {{id = root.id, path = root.name}}
while #level > 0 do
  local found = {}
  local jobs = {}
  for n, dir in ipairs(level) do
    jobs[n] = function()
      local subfolders = {}
      -- Page by page: with a checkpoint, a page's rows are on disk before the walk moves past it.
      for page in nodeum.files:at(dir.id).children:list{checkpoint = checkpoint}:pages() do
        for _, f in ipairs(page) do
          local row = {path = dir.path}
          for _, c in ipairs(columns) do if c ~= "path" then row[c] = f[c] end end
          out:write(row)
          count = count + 1
          if recursive and f.type == "folder" then subfolders[#subfolders + 1] = {id = f.id, path = dir.path .. "/" .. f.name} end
        end
        if checkpoint then file:flush() end
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
