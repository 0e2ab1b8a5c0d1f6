---@brief
--- Writing CSV (RFC 4180): fields quoted when they hold a comma, a quote or a line break,
--- quotes doubled, rows ended by CRLF. Integers are written exactly; nil is an empty field.
---
--- ```lua
--- local csv = require "nodeum.csv"
--- local out = csv.writer(io.stdout, {"id", "name"})
--- out:write({id = 1, name = "a, b"})   --> 1,"a, b"
--- ```
local M = {}

--- The text of one field.
---@param v any
---@return string
function M.field(v)
  local t = type(v)
  if v == nil then return "" end
  if t == "table" or t == "function" or t == "thread" then
    error("csv: cannot write a " .. t .. " as a field", 2)
  end
  local s = tostring(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

--- One row of fields as a line (with its CRLF).
---@param fields any[]
---@param n? integer  how many fields (default #fields; pass it when some are nil)
---@return string
function M.row(fields, n)
  if type(fields) ~= "table" then error("csv.row() expects a table of fields", 2) end
  local out = {}
  for i = 1, n or #fields do out[i] = M.field(fields[i]) end
  return table.concat(out, ",") .. "\r\n"
end

---@class nodeum.csv.Writer
---@field columns string[]
local Writer = {}
Writer.__index = Writer

--- Writes one record (a table keyed by column name) as a row.
---@param record table
function Writer:write(record)
  if type(record) ~= "table" then error("csv writer:write() expects a table", 2) end
  local fields = {}
  for i, name in ipairs(self.columns) do fields[i] = record[name] end
  self.file:write(M.row(fields, #self.columns))
  self.count = self.count + 1
end

--- A writer of records with these columns; writes the header row unless `header` is false.
---@param file file*|{write: function}
---@param columns string[]
---@param header? boolean
---@return nodeum.csv.Writer
function M.writer(file, columns, header)
  if type(columns) ~= "table" or #columns == 0 then error("csv.writer() expects a list of column names", 2) end
  local w = setmetatable({ file = file, columns = columns, count = 0 }, Writer)
  if header ~= false then file:write(M.row(columns)) end
  return w
end

return M
