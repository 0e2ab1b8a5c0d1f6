---@brief
--- `help(x)`: what `x` is. Loaded by the `nodeum` core on the first call of `help`, with the
--- core's Swift functions `S` and its classes.
local S, core = ...

return function(x)
  print(("help is not written yet (%s)"):format(type(x)))
end
