---@meta json
-- Annotations of the `json` module for lua-language-server; the module itself is written
-- in Swift (Sources/NodeumLua/JSONModule.swift). This file is not embedded or run.
--
-- Rules (those of the Swift bridge, Sources/Lua/LuaState+JSON.swift):
-- * decoding: objects become tables without their `null` members; arrays become sequences
--   marked as arrays (a `null` element is `json.null`, so positions are kept); integers
--   that fit 64 bits stay exact Lua integers, other numbers are floats; `null` at the top
--   is nil.
-- * encoding: nil and `json.null` are `null`; a table marked by `json.array` (or decoded
--   from an array) is an array, one marked by `json.object` an object; otherwise a table
--   whose keys are exactly 1..n (n >= 1) is an array and any other table, `{}` included,
--   an object whose integer keys are written as decimal strings. Refused: NaN and
--   infinities, strings that are not UTF-8, keys that are neither strings nor integers,
--   functions, userdata, threads, a table that contains itself, nesting deeper than 200.
-- * object keys are always written sorted by byte order: one table, one text.

---@class json
---@field null lightuserdata The `null` sentinel (the same value as `nodeum.null`).
local json = {}

---@class json.EncodeOptions
---@field pretty? boolean   one item per line, two spaces per level, `"key": value`
---@field indent? integer   spaces per level, 0 to 16; implies `pretty`
---@field sort_keys? true   accepted for familiarity: keys are always sorted

--- The JSON text of `value`, without a trailing newline. Errors name what cannot be
--- written (`json.encode: cannot convert a function to JSON`); an unknown option is an
--- error too.
---@param value any
---@param opts? json.EncodeOptions
---@return string
function json.encode(value, opts) end

--- The Lua value of a JSON text. Errors read
--- `json.decode: invalid JSON at byte N: <what>`, N counting from 1 as `string.sub` does;
--- text that is not UTF-8 is refused.
---@param text string
---@return any
function json.decode(text) end

--- Marks `t` (or a new table) as an array, so that `json.array({})` encodes as `[]`.
--- A table with a metatable of its own (other than the array or object mark) is refused.
---@generic T: table
---@param t? T
---@return T
function json.array(t) end

--- Marks `t` (or a new table) as an object, so that `json.object({1, 2})` encodes as
--- `{"1":1,"2":2}`. A table with a metatable of its own (other than the two marks) is refused.
---@generic T: table
---@param t? T
---@return T
function json.object(t) end

return json
