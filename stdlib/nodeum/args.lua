---@brief
--- Command-line arguments for scripts: `--name VALUE`, `--name=VALUE`, flags, repeated
--- options, positional arguments and `--`; `--help` from the same description; a usage
--- error says what is wrong (with the closest option name) and exits with status 2.
---
--- ```lua
--- local args = require "nodeum.args"
--- local opts = args.parse(arg, {
---   program = "tape-capacity.lua",
---   options = {
---     {name = "threshold", value = "PCT", number = {min = 0, max = 100}, default = 10,
---      help = "warn below this free percentage"},
---     {name = "strict", help = "exit 10 when a pool is below the threshold"},
---   },
--- })
--- print(opts.threshold, opts.strict)   --> 10  false
--- ```
local M = {}

---@class nodeum.args.Option
---@field name string          the long name, without `--` (`dry-run` is read as `opts.dry_run`)
---@field value? string        the value's placeholder in the help (`DATE`); none: a flag (true/false)
---@field help? string         one line for `--help`
---@field default? any         the value when the option is absent (flags: false; repeated: {})
---@field many? boolean        may be given several times; the values as a list
---@field number? {min?: number, max?: number, integer?: boolean}  the value is a number in this range
---@field pattern? string      the value must match this Lua pattern
---@field message? string      what a bad value is told (`needs a date as YYYY-MM-DD`)

---@class nodeum.args.Spec
---@field program string                 the script's name in messages
---@field summary? string                a line under the usage line in `--help`
---@field options? nodeum.args.Option[]
---@field positional? {name: string, min?: integer, max?: integer, help?: string}  the other arguments

local function key(name) return (name:gsub("-", "_")) end

--- The usage text: the usage line, the summary, one line per option (and `--help`).
---@param spec nodeum.args.Spec
---@return string
function M.usage(spec)
  local line = {"usage: " .. spec.program}
  local rows = {}
  for _, o in ipairs(spec.options or {}) do
    local form = "--" .. o.name .. (o.value and " " .. o.value or "")
    line[#line + 1] = "[" .. form .. "]" .. (o.many and "..." or "")
    rows[#rows + 1] = {form, o.help or ""}
  end
  local p = spec.positional
  if p then
    local shown = p.name .. ((p.max == nil or p.max > 1) and "..." or "")
    line[#line + 1] = (p.min or 0) > 0 and shown or "[" .. shown .. "]"
    if p.help then rows[#rows + 1] = {p.name, p.help} end
  end
  rows[#rows + 1] = {"--help", "show this help"}
  local width = 0
  for _, r in ipairs(rows) do width = math.max(width, #r[1]) end
  local out = {table.concat(line, " ")}
  if spec.summary then out[#out + 1] = spec.summary end
  for _, r in ipairs(rows) do out[#out + 1] = ("  %-" .. width .. "s  %s"):format(r[1], r[2]) end
  return table.concat(out, "\n")
end

-- "Did you mean": the program's one rule (NodeumAPI's Suggestion, from Swift).
local suggest = require("nodeum._suggest").closest

local function closest(name, options)
  local names = {}
  for _, o in ipairs(options) do names[#names + 1] = o.name end
  return suggest(name, names)
end

local function convert(o, text)
  local bad = "--" .. o.name .. " " .. (o.message or ("needs " .. (o.number and "a number" or "a value")
    .. (o.value and " (" .. o.value .. ")" or "")))
  if o.pattern and not text:match(o.pattern) then return nil, bad end
  if o.number then
    local n = math.tointeger(text) or tonumber(text)
    if n == nil or n ~= n then return nil, bad end
    if o.number.integer and math.type(n) ~= "integer" then return nil, bad end
    if (o.number.min and n < o.number.min) or (o.number.max and n > o.number.max) then return nil, bad end
    return n
  end
  return text
end

--- Parses `argv` (the script's `arg`): the options by key (`dry-run` → `dry_run`), the
--- positional arguments as the list part. Nil and a message for a usage error; `"help"` as
--- the message when `--help` was asked for. Never exits (see `parse`).
---@param argv string[]
---@param spec nodeum.args.Spec
---@return table? opts
---@return string? message
function M.try_parse(argv, spec)
  if type(argv) ~= "table" then error("args.try_parse: argv must be a table", 2) end
  if type(spec) ~= "table" or type(spec.program) ~= "string" then
    error("args.try_parse: the spec needs a program name", 2)
  end
  local options, by_name = spec.options or {}, {}
  for _, o in ipairs(options) do by_name[o.name] = o end
  local opts = {}
  for _, o in ipairs(options) do
    local v = o.default
    if v == nil and not o.value then v = false end
    if o.many then v = {} end
    opts[key(o.name)] = v
  end
  local i, only_positional = 1, false
  while i <= #argv do
    local a = argv[i]
    if only_positional or a == "-" or a:sub(1, 1) ~= "-" then
      opts[#opts + 1] = a
    elseif a == "--" then
      only_positional = true
    elseif a == "--help" or a == "-h" then
      return nil, "help"
    else
      local name, inline = a:match("^%-%-([^=]+)=(.*)$")
      name = name or a:match("^%-%-(.+)$")
      local o = name and by_name[name]
      if not o then
        local hint = name and closest(name, options)
        return nil, ("unknown argument '%s'%s"):format(a, hint and " (did you mean --" .. hint .. "?)" or "")
      end
      if not o.value then
        if inline then return nil, "--" .. o.name .. " takes no value" end
        opts[key(o.name)] = true
      else
        local text = inline
        if text == nil then
          i = i + 1
          text = argv[i]
          if text == nil then return nil, "--" .. o.name .. " needs a value (" .. o.value .. ")" end
        end
        local v, err = convert(o, text)
        if v == nil then return nil, err end
        if o.many then
          local list = opts[key(o.name)]
          list[#list + 1] = v
        else
          opts[key(o.name)] = v
        end
      end
    end
    i = i + 1
  end
  local p, n = spec.positional, #opts
  if not p and n > 0 then return nil, ("unexpected argument '%s'"):format(opts[1]) end
  if p then
    if n < (p.min or 0) then return nil, "missing " .. p.name end
    if p.max and n > p.max then return nil, ("unexpected argument '%s'"):format(opts[p.max + 1]) end
  end
  return opts
end

--- Parses `argv` like `try_parse`; on `--help` prints the usage and exits 0, on a usage
--- error writes `<program>: <message>` and the usage on stderr and exits 2.
---@param argv string[]
---@param spec nodeum.args.Spec
---@return table opts
function M.parse(argv, spec)
  local opts, message = M.try_parse(argv, spec)
  if opts then return opts end
  if message == "help" then
    io.stdout:write(M.usage(spec), "\n")
    os.exit(0)
  end
  io.stderr:write(spec.program, ": ", message, "\n", M.usage(spec), "\n")
  os.exit(2)
end

return M
