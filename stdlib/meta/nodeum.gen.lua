---@meta
-- The `nodeum` table for lua-language-server: add stdlib/meta to "workspace.library".
-- Generated from the API catalog by LuaMeta.render() (Sources/NodeumLua/LuaMeta.swift):
-- do not edit by hand; regenerate with tools/regenerate.sh

---@alias nodeum.Id integer|string an item's id (numeric, or a name where the API takes one)
---@alias nodeum.Scalar string|number|boolean a value, or a filter with an operator (">1000")

---The Nodeum API v2 from Lua: the global `nodeum` (also `require "nodeum"`), and what
---`nodeum.connect{...}` returns.
---@class nodeum.Client
---@field api nodeum.API the 210 operations by id
---@field op nodeum.Op filter operators
---@field null lightuserdata JSON null, in records and bodies
---@field configurations nodeum.ConfigurationsCollection /users/me/configurations
---@field task_metadata_definitions nodeum.TaskMetadataDefinitionsCollection /task_metadata_definitions
---@field file_metadata_definitions nodeum.FileMetadataDefinitionsCollection /file_metadata_definitions
---@field api_keys nodeum.ApiKeysCollection /users/me/api_keys
---@field users nodeum.UsersCollection /users
---@field groups nodeum.GroupsCollection /groups
---@field files nodeum.FilesCollection /files
---@field mounts nodeum.MountsCollection /mounts
---@field containers nodeum.ContainersCollection /containers
---@field tape_libraries nodeum.TapeLibrariesCollection /tape_libraries
---@field pools nodeum.PoolsCollection /pools
---@field tape_drives nodeum.TapeDrivesCollection /tape_drives
---@field tapes nodeum.TapesCollection /tapes
---@field tape_stats nodeum.TapeStatsCollection /tape_stats
---@field cloud_connectors nodeum.CloudConnectorsCollection /cloud_connectors
---@field cloud_buckets nodeum.CloudBucketsCollection /cloud_buckets
---@field nas nodeum.NasCollection /nas
---@field nas_shares nodeum.NasSharesCollection /nas_shares
---@field tasks nodeum.TasksCollection /tasks
---@field task_schedules nodeum.TaskSchedulesCollection /task_schedules
---@field task_executions nodeum.TaskExecutionsCollection /task_executions
---@field systems nodeum.SystemsCollection /systems
---@field statistics nodeum.StatisticsCollection /statistics
nodeum = {}

--- Any call: `path` relative to /api/v2; opts.query (a table of names), opts.body.
---@param method "GET"|"POST"|"PUT"|"PATCH"|"DELETE"
---@param path string relative to /api/v2
---@param opts? {query?: table<string, nodeum.Scalar|nodeum.Scalar[]>, body?: any}
---@return any
function nodeum.request(method, path, opts) end

--- Runs fn(...) as a task; returns its handle.
---@param fn function
---@param ... any
---@return nodeum.Task
function nodeum.spawn(fn, ...) end

--- Waits for tasks to end. One task: its results. Several: the first result of each, in
--- order. A failed task's error is raised once all have ended.
---@param ... nodeum.Task
---@return any ...
function nodeum.wait(...) end

--- Runs the functions as tasks and waits for all: a list of their first results, in order.
--- The first error is raised once every task has ended.
---@param fns function[]
---@return any[]
function nodeum.all(fns) end

--- Pauses the calling task while others run.
---@param seconds number
function nodeum.sleep(seconds) end

--- The most requests in flight at once; with n, sets it.
---@param n? integer
---@return integer
function nodeum.max_in_flight(n) end

--- Waits for a task execution (a record or an id) to end; returns its last state.
--- opts: `timeout` (seconds, default 3600), `interval` (seconds between polls, default 1),
--- `progress` (called with each state seen, the first one included).
---@param execution nodeum.api.TaskExecution|nodeum.Id
---@param opts? {timeout?: number, interval?: number, progress?: fun(execution: nodeum.api.TaskExecution)}
---@return nodeum.api.TaskExecution
function nodeum.wait_for_execution(execution, opts) end

--- Another client, with this same surface.
---@param opts {url?: string, user?: string, password?: string, token?: string, profile?: string, insecure?: boolean, ca_cert?: string, timeout?: number, sim?: boolean}
---@return nodeum.Client
function nodeum.connect(opts) end

--- Prints what `x` is: an operation, a collection or item handle, a cursor, a task, a
--- standard-library function or module; `help()` for an overview.
---@param x? any
function help(x) end

---Builds the API's filter syntax: `{size = nodeum.op.gt(1000)}` sends `size=>1000`.
---@class nodeum.Op
---@field ne fun(v: nodeum.Scalar): string "!=v": not equal
---@field gt fun(v: nodeum.Scalar): string ">v": greater than
---@field ge fun(v: nodeum.Scalar): string ">=v": greater than or equal
---@field lt fun(v: nodeum.Scalar): string "<v": less than
---@field le fun(v: nodeum.Scalar): string "<=v": less than or equal
---@field any fun(...: nodeum.Scalar|nodeum.Scalar[]): string "><a|b|...": one of the values (also any{a, b})
---@field none fun(...: nodeum.Scalar|nodeum.Scalar[]): string "!><a|b|...": none of the values
---@field like fun(v: nodeum.Scalar): string "~p": matches p: % any text, _ one character
---@field unlike fun(v: nodeum.Scalar): string "!~p": does not match p

do
  ---A lazy walk over a list (`nodeum.tapes:list{}`): `for x in cursor do ... end`, or its methods.
  ---@class nodeum.Cursor<T>
  ---@operator call: T
  local Cursor = {}

  --- Values transformed by `fn`; a nil result drops the value (as vim.iter's map).
  ---@generic U
  ---@param fn fun(value: T): U
  ---@return nodeum.Cursor<U>
  function Cursor:map(fn) end

  --- Values for which `pred` is true.
  ---@param pred fun(value: T): any
  ---@return nodeum.Cursor<T>
  function Cursor:filter(pred) end

  --- At most `n` values. On a list itself, fewer items are asked of the server.
  ---@param n integer
  ---@return nodeum.Cursor<T>
  function Cursor:take(n) end

  --- All but the first `n` values. On a list itself, the walk starts `n` items further.
  ---@param n integer
  ---@return nodeum.Cursor<T>
  function Cursor:skip(n) end

  --- Pairs (i, value), i counting from 1.
  ---@return nodeum.Cursor<integer>
  function Cursor:enumerate() end

  --- Calls `fn` with each value.
  ---@param fn fun(value: T)
  function Cursor:each(fn) end

  --- Every value in a list (several values per step become a list each).
  ---@return T[]
  function Cursor:collect() end

  --- The number of values. On a list itself, one request asks the server for the total.
  ---@return integer
  function Cursor:count() end

  --- The first value, or nil. On a list itself, only one item is asked for.
  ---@return T?
  function Cursor:first() end

  --- Folds the values: acc = fn(acc, value...).
  ---@generic A
  ---@param acc A
  ---@param fn fun(acc: A, value: T): A
  ---@return A
  function Cursor:fold(acc, fn) end

  --- True if `pred` holds for some value (stops at the first).
  ---@param pred fun(value: T): any
  ---@return boolean
  function Cursor:any(pred) end

  --- True if `pred` holds for every value (stops at the first that fails).
  ---@param pred fun(value: T): any
  ---@return boolean
  function Cursor:all(pred) end

  --- The first value for which `pred` holds, or nil.
  ---@param pred fun(value: T): any
  ---@return T?
  function Cursor:find(pred) end

  --- An iterator over the pages of a list: each a list of items (and the server's count).
  ---@return fun(): T[]?, integer?
  function Cursor:pages() end

  --- A fresh iterator function (what `for x in cursor:iter()` uses).
  ---@return fun(): T?
  function Cursor:iter() end
end

---A task from `nodeum.spawn`: `nodeum.wait(task)` gives its results.
---@class nodeum.Task
---@field id integer

---An API failure, or a failure without an answer (`kind`); `tostring` reads as one line.
---@class nodeum.Error
---@field status? integer the HTTP status
---@field messages? string[] the server's messages
---@field details? table<string, table[]> the server's details, by attribute
---@field operation? string the operation id
---@field method? string
---@field url? string
---@field kind? string refused, timeout, tls, ... for a failure without an answer
---@field description string the one-line text

---The operations of the API by id: `nodeum.api.show_tape{tape_id = 1}`.
---@class nodeum.API
nodeum.api = {}

--- Lists all configurations of current user.
--- `GET /api/v2/users/me/configurations` (scope configurations / index)
---@param params? {limit?: integer|string, offset?: integer|string}
---@return nodeum.api.UserConfigurationCollection
function nodeum.api.index_configurations(params) end

--- Creates a new configuration value for current user.
--- `POST /api/v2/users/me/configurations` (scope configurations / create)
---@param params {body: nodeum.api.UserConfiguration}
---@return nodeum.api.UserConfiguration
function nodeum.api.create_configuration(params) end

--- Displays a specific configuration value.
--- `GET /api/v2/users/me/configurations/{configuration_id}` (scope configurations / show)
---@param params {configuration_id: nodeum.Id}
---@return nodeum.api.UserConfiguration
function nodeum.api.show_configuration(params) end

--- Updates a specific configuration value.
--- `PUT /api/v2/users/me/configurations/{configuration_id}` (scope configurations / update)
---@param params {configuration_id: nodeum.Id, body: nodeum.api.UserConfiguration}
---@return nodeum.api.UserConfiguration
function nodeum.api.update_configuration(params) end

--- Destroys a specific configuration value.
--- `DELETE /api/v2/users/me/configurations/{configuration_id}` (scope configurations / destroy)
---@param params {configuration_id: nodeum.Id}
---@return true
function nodeum.api.destroy_configuration(params) end

--- List task metadata definitions
--- `GET /api/v2/task_metadata_definitions` (scope task_metadata_definitions / index)
---@param params? {limit?: integer|string, offset?: integer|string}
---@return nodeum.api.TaskMetadataDefinitionCollection
function nodeum.api.index_task_metadata_definitions(params) end

--- Displays a specific task metadata definition.
--- `GET /api/v2/task_metadata_definitions/{metadata_definition_id}` (scope task_metadata_definitions / show)
---@param params {metadata_definition_id: nodeum.Id}
---@return nodeum.api.TaskMetadataDefinition
function nodeum.api.show_task_metadata_definition(params) end

--- List file metadata definitions
--- `GET /api/v2/file_metadata_definitions` (scope file_metadata_definitions / index)
---@param params? {limit?: integer|string, offset?: integer|string}
---@return nodeum.api.FileMetadataDefinitionCollection
function nodeum.api.index_file_metadata_definitions(params) end

--- Displays a specific task metadata definition.
--- `GET /api/v2/file_metadata_definitions/{metadata_definition_id}` (scope file_metadata_definitions / show)
---@param params {metadata_definition_id: nodeum.Id}
---@return nodeum.api.FileMetadataDefinition
function nodeum.api.show_file_metadata_definition(params) end

--- Lists all API keys of current user.
--- `GET /api/v2/users/me/api_keys` (scope api_keys / index)
---@param params? {limit?: integer|string, offset?: integer|string}
---@return nodeum.api.ApiKeyCollection
function nodeum.api.index_api_keys(params) end

--- Creates a new API Key for current user.
--- `POST /api/v2/users/me/api_keys` (scope api_keys / create)
---@param params {body: nodeum.api.ApiKeyFull}
---@return nodeum.api.ApiKeyFull
function nodeum.api.create_api_key(params) end

--- Displays a specific API Key with its scopes.
--- `GET /api/v2/users/me/api_keys/{api_key_id}` (scope api_keys / show)
---@param params {api_key_id: nodeum.Id}
---@return nodeum.api.ApiKeyFull
function nodeum.api.show_api_key(params) end

--- Updates a specific API Key.
--- `PUT /api/v2/users/me/api_keys/{api_key_id}` (scope api_keys / update)
---@param params {api_key_id: nodeum.Id, body: nodeum.api.ApiKeyFull}
---@return nodeum.api.ApiKeyFull
function nodeum.api.update_api_key(params) end

--- Destroys a specific API Key.
--- `DELETE /api/v2/users/me/api_keys/{api_key_id}` (scope api_keys / destroy)
---@param params {api_key_id: nodeum.Id}
---@return true
function nodeum.api.destroy_api_key(params) end

--- List all system users.
--- `GET /api/v2/users/-/systems` (scope users / systems)
---@param params? table
---@return nodeum.api.SystemUserCollection
function nodeum.api.index_system_users(params) end

--- List all system groups.
--- `GET /api/v2/groups/-/systems` (scope groups / systems)
---@param params? table
---@return nodeum.api.SystemGroupCollection
function nodeum.api.index_system_groups(params) end

--- Lists files on root.
--- `GET /api/v2/files` (scope files / index)
---@param params? {limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.index_files(params) end

--- Displays a specific file.
--- `GET /api/v2/files/{file_id}` (scope files / show)
---@param params {file_id: nodeum.Id}
---@return nodeum.api.NodeumFileWithPath
function nodeum.api.show_file(params) end

--- Lists files under a specific folder.
--- `GET /api/v2/files/{file_parent_id}/children` (scope files / index)
---@param params {file_parent_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.files_children(params) end

--- List all mounted storages.
--- `GET /api/v2/mounts` (scope mounts / index)
---@param params? table
---@return nodeum.api.MountCollection
function nodeum.api.index_mounts(params) end

--- Lists all containers.
--- `GET /api/v2/containers` (scope containers / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, comment?: nodeum.Scalar, quota_total_size?: nodeum.Scalar, quota_on_cache?: nodeum.Scalar, stat_total_files?: nodeum.Scalar, stat_total_size?: nodeum.Scalar, stat_size_on_cache?: nodeum.Scalar, guest_right?: nodeum.Scalar, last_update?: nodeum.Scalar}
---@return nodeum.api.ContainerCollection
function nodeum.api.index_containers(params) end

--- Creates a new container.
--- `POST /api/v2/containers` (scope containers / create)
---@param params {body: nodeum.api.Container}
---@return nodeum.api.Container
function nodeum.api.create_container(params) end

--- Displays a specific container.
--- `GET /api/v2/containers/{container_id}` (scope containers / show)
---@param params {container_id: nodeum.Id}
---@return nodeum.api.Container
function nodeum.api.show_container(params) end

--- Updates a specific container.
--- `PUT /api/v2/containers/{container_id}` (scope containers / update)
---@param params {container_id: nodeum.Id, body: nodeum.api.Container}
---@return nodeum.api.Container
function nodeum.api.update_container(params) end

--- Destroys a specific container.
--- `DELETE /api/v2/containers/{container_id}` (scope containers / destroy)
---@param params {container_id: nodeum.Id}
---@return true
function nodeum.api.destroy_container(params) end

--- Lists all privilege on the container.
--- `GET /api/v2/containers/{container_id}/container_privileges` (scope container_privileges / index)
---@param params {container_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, privilege?: nodeum.Scalar, type?: nodeum.Scalar}
---@return nodeum.api.ContainerPrivilegeCollection
function nodeum.api.index_container_privileges(params) end

--- Creates a new privilege on the container.
--- `POST /api/v2/containers/{container_id}/container_privileges` (scope container_privileges / create)
---@param params {container_id: nodeum.Id, body: nodeum.api.ContainerPrivilege}
---@return nodeum.api.ContainerPrivilege
function nodeum.api.create_container_privilege(params) end

--- Displays a specific privilege.
--- `GET /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}` (scope container_privileges / show)
---@param params {container_id: nodeum.Id, container_privilege_id: nodeum.Id}
---@return nodeum.api.ContainerPrivilege
function nodeum.api.show_container_privilege(params) end

--- Updates a specific privilege.
--- `PUT /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}` (scope container_privileges / update)
---@param params {container_id: nodeum.Id, container_privilege_id: nodeum.Id, body: nodeum.api.ContainerPrivilege}
---@return nodeum.api.ContainerPrivilege
function nodeum.api.update_container_privilege(params) end

--- Destroys a specific privilege.
--- `DELETE /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}` (scope container_privileges / destroy)
---@param params {container_id: nodeum.Id, container_privilege_id: nodeum.Id}
---@return true
function nodeum.api.destroy_container_privilege(params) end

--- Lists files on root.
--- `GET /api/v2/containers/{container_id}/files` (scope files / index)
---@param params {container_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.index_files_by_container(params) end

--- Displays a specific file.
--- `GET /api/v2/containers/{container_id}/files/{file_id}` (scope files / show)
---@param params {container_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.NodeumFileWithPath
function nodeum.api.show_file_by_container(params) end

--- Lists files under a specific folder.
--- `GET /api/v2/containers/{container_id}/files/{file_parent_id}/children` (scope files / index)
---@param params {container_id: nodeum.Id, file_parent_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.files_children_by_container(params) end

--- Lists all tape libraries.
--- `GET /api/v2/tape_libraries` (scope tape_libraries / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, serial?: nodeum.Scalar, comment?: nodeum.Scalar, protocol?: nodeum.Scalar, vendor?: nodeum.Scalar, product?: nodeum.Scalar, firmware?: nodeum.Scalar, device?: nodeum.Scalar, libso?: nodeum.Scalar, acs?: nodeum.Scalar, status?: nodeum.Scalar, storage_slots?: nodeum.Scalar, storage_slots_address?: nodeum.Scalar, io_slots?: nodeum.Scalar, io_slots_address?: nodeum.Scalar, price?: nodeum.Scalar}
---@return nodeum.api.TapeLibraryCollection
function nodeum.api.index_tape_libraries(params) end

--- Creates a new tape library.
--- `POST /api/v2/tape_libraries` (scope tape_libraries / create)
---@param params {body: nodeum.api.TapeLibrary}
---@return nodeum.api.TapeLibrary
function nodeum.api.create_tape_library(params) end

--- Lists tape libraries devices.
--- `GET /api/v2/tape_libraries/-/devices` (scope tape_libraries / devices)
---@param params {job_id: nodeum.Scalar}
---@return nodeum.api.TapeLibraryDeviceCollection|nodeum.api.ActiveJobStatus
function nodeum.api.index_tape_library_devices(params) end

--- Displays a specific tape library.
--- `GET /api/v2/tape_libraries/{tape_library_id}` (scope tape_libraries / show)
---@param params {tape_library_id: nodeum.Id}
---@return nodeum.api.TapeLibrary
function nodeum.api.show_tape_library(params) end

--- Updates a specific tape library.
--- `PUT /api/v2/tape_libraries/{tape_library_id}` (scope tape_libraries / update)
---@param params {tape_library_id: nodeum.Id, body: nodeum.api.TapeLibrary}
---@return nodeum.api.TapeLibrary
function nodeum.api.update_tape_library(params) end

--- Destroys a specific tape library.
--- `DELETE /api/v2/tape_libraries/{tape_library_id}` (scope tape_libraries / destroy)
---@param params {tape_library_id: nodeum.Id}
---@return true
function nodeum.api.destroy_tape_library(params) end

--- Lists all tape drives.
--- `GET /api/v2/tape_libraries/{tape_library_id}/tape_drives` (scope tape_drives / index)
---@param params {tape_library_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, serial?: nodeum.Scalar, comment?: nodeum.Scalar, scsi_address?: nodeum.Scalar, vendor?: nodeum.Scalar, product?: nodeum.Scalar, firmware?: nodeum.Scalar, device?: nodeum.Scalar, sgdevice?: nodeum.Scalar, libso?: nodeum.Scalar, acs?: nodeum.Scalar, lsm?: nodeum.Scalar, panel?: nodeum.Scalar, transport?: nodeum.Scalar, status?: nodeum.Scalar, full?: nodeum.Scalar, mount_count?: nodeum.Scalar, use_to?: nodeum.Scalar, use_by?: nodeum.Scalar, barcode?: nodeum.Scalar, task_id?: nodeum.Scalar, use_file_processed_size?: nodeum.Scalar, use_file_size_to_process?: nodeum.Scalar, use_file_name_processed?: nodeum.Scalar, bandwidth?: nodeum.Scalar}
---@return nodeum.api.TapeDriveCollection
function nodeum.api.index_tape_drives_by_tape_library(params) end

--- Creates a new tape drive.
--- `POST /api/v2/tape_libraries/{tape_library_id}/tape_drives` (scope tape_drives / create)
---@param params {tape_library_id: nodeum.Id, body: nodeum.api.TapeDrive}
---@return nodeum.api.TapeDrive
function nodeum.api.create_tape_drive_by_tape_library(params) end

--- Lists tape drives devices.
--- `GET /api/v2/tape_libraries/{tape_library_id}/tape_drives/-/devices` (scope tape_drives / devices)
---@param params {tape_library_id: nodeum.Id, job_id: nodeum.Scalar}
---@return nodeum.api.TapeDriveDeviceCollection|nodeum.api.ActiveJobStatus
function nodeum.api.index_tape_drive_devices(params) end

--- Displays a specific tape drive.
--- `GET /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}` (scope tape_drives / show)
---@param params {tape_library_id: nodeum.Id, tape_drive_id: nodeum.Id}
---@return nodeum.api.TapeDrive
function nodeum.api.show_tape_drive_by_tape_library(params) end

--- Updates a specific tape drive.
--- `PUT /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}` (scope tape_drives / update)
---@param params {tape_library_id: nodeum.Id, tape_drive_id: nodeum.Id, body: nodeum.api.TapeDrive}
---@return nodeum.api.TapeDrive
function nodeum.api.update_tape_drive_by_tape_library(params) end

--- Destroys a specific tape drive.
--- `DELETE /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}` (scope tape_drives / destroy)
---@param params {tape_library_id: nodeum.Id, tape_drive_id: nodeum.Id}
---@return true
function nodeum.api.destroy_tape_drive_by_tape_library(params) end

--- Lists all tapes.
--- `GET /api/v2/tape_libraries/{tape_library_id}/tapes` (scope tapes / index)
---@param params {tape_library_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, pool_id?: nodeum.Scalar, barcode?: nodeum.Scalar, location?: nodeum.Scalar, type?: nodeum.Scalar, locked?: nodeum.Scalar, scratch?: nodeum.Scalar, cleaning?: nodeum.Scalar, write_protect?: nodeum.Scalar, mounted?: nodeum.Scalar, ejected?: nodeum.Scalar, known?: nodeum.Scalar, mount_count?: nodeum.Scalar, date_in?: nodeum.Scalar, date_move?: nodeum.Scalar, free?: nodeum.Scalar, max?: nodeum.Scalar, last_size_update?: nodeum.Scalar, last_maintenance?: nodeum.Scalar, last_repack?: nodeum.Scalar, repack_status?: nodeum.Scalar, hash?: nodeum.Scalar, force_import_type?: nodeum.Scalar, need_to_check?: nodeum.Scalar}
---@return nodeum.api.TapeCollection
function nodeum.api.index_tapes_by_tape_library(params) end

--- Displays a specific tape.
--- `GET /api/v2/tape_libraries/{tape_library_id}/tapes/{tape_id}` (scope tapes / show)
---@param params {tape_library_id: nodeum.Id, tape_id: nodeum.Id}
---@return nodeum.api.Tape
function nodeum.api.show_tape_by_tape_library(params) end

--- Get mount status of Tape.
--- `GET /api/v2/tape_libraries/{tape_library_id}/tapes/{tape_id}/mount` (scope tapes / mount_status)
---@param params {tape_library_id: nodeum.Id, tape_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_tape_by_tape_library(params) end

--- Display statistic for a specific tape.
--- `GET /api/v2/tape_libraries/{tape_library_id}/tapes/{tape_id}/tape_stat` (scope tape_stats / show)
---@param params {tape_library_id: nodeum.Id, tape_id: nodeum.Id}
---@return nodeum.api.TapeStat
function nodeum.api.show_tape_stat_by_tape_library(params) end

--- Lists all pools.
--- `GET /api/v2/pools` (scope pools / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, comment?: nodeum.Scalar, type?: nodeum.Scalar, content?: nodeum.Scalar, primary_id?: nodeum.Scalar}
---@return nodeum.api.PoolCollection
function nodeum.api.index_pools(params) end

--- Creates a new pool.
--- `POST /api/v2/pools` (scope pools / create)
---@param params {body: nodeum.api.PoolUp}
---@return nodeum.api.Pool
function nodeum.api.create_pool(params) end

--- Displays a specific pool.
--- `GET /api/v2/pools/{pool_id}` (scope pools / show)
---@param params {pool_id: nodeum.Id}
---@return nodeum.api.Pool
function nodeum.api.show_pool(params) end

--- Updates a specific pool.
--- `PUT /api/v2/pools/{pool_id}` (scope pools / update)
---@param params {pool_id: nodeum.Id, body: nodeum.api.PoolUp}
---@return nodeum.api.Pool
function nodeum.api.update_pool(params) end

--- Destroys a specific tape pool.
--- `DELETE /api/v2/pools/{pool_id}` (scope pools / destroy)
---@param params {pool_id: nodeum.Id}
---@return true
function nodeum.api.destroy_pool(params) end

--- Displays the primary pool scan status.
--- `GET /api/v2/pools/{pool_id}/primary_scan` (scope primary_scans / show)
---@param params {pool_id: nodeum.Id}
---@return nodeum.api.PrimaryScan
function nodeum.api.show_primary_scan(params) end

--- Set a new primary pool scan option.
--- `POST /api/v2/pools/{pool_id}/primary_scan` (scope primary_scans / create)
---@param params {pool_id: nodeum.Id, body: nodeum.api.PrimaryScan}
---@return nodeum.api.PrimaryScan
function nodeum.api.create_primary_scan(params) end

--- Updates the existing primary pool scan option.
--- `PUT /api/v2/pools/{pool_id}/primary_scan` (scope primary_scans / update)
---@param params {pool_id: nodeum.Id, body: nodeum.api.PrimaryScan}
---@return nodeum.api.PrimaryScan
function nodeum.api.update_primary_scan(params) end

--- Disable the primary pool scan.
--- `DELETE /api/v2/pools/{pool_id}/primary_scan` (scope primary_scans / destroy)
---@param params {pool_id: nodeum.Id}
---@return true
function nodeum.api.destroy_primary_scan(params) end

--- Synchronize a primary after a scan (for internal use only).
--- `POST /api/v2/pools/{pool_id}/sync` (scope pools / sync_primary)
---@param params {pool_id: nodeum.Id, tx: integer|string}
---@return true
function nodeum.api.sync_primary_pool(params) end

--- Get mount status of Pool.
--- `GET /api/v2/pools/{pool_id}/mount` (scope pools / mount_status)
---@param params {pool_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_pool(params) end

--- Mount Pool.
--- `PUT /api/v2/pools/{pool_id}/mount` (scope pools / mount)
---@param params {pool_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_pool(params) end

--- Unmount Pool.
--- `DELETE /api/v2/pools/{pool_id}/mount` (scope pools / unmount)
---@param params {pool_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.unmount_pool(params) end

--- Lists files on root.
--- `GET /api/v2/pools/{pool_id}/files` (scope files / index)
---@param params {pool_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.index_files_by_pool(params) end

--- Displays a specific file.
--- `GET /api/v2/pools/{pool_id}/files/{file_id}` (scope files / show)
---@param params {pool_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.NodeumFileWithPath
function nodeum.api.show_file_by_pool(params) end

--- Displays tapes containing specific file, related to the specific pool.
--- `GET /api/v2/pools/{pool_id}/files/{file_id}/tapes` (scope files / tapes)
---@param params {pool_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.TapeCollection
function nodeum.api.index_tapes_by_file_by_pool(params) end

--- Lists files under a specific folder.
--- `GET /api/v2/pools/{pool_id}/files/{file_parent_id}/children` (scope files / index)
---@param params {pool_id: nodeum.Id, file_parent_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.files_children_by_pool(params) end

--- Lists files on root of tape of pools, specific for Data Exchange.
--- `GET /api/v2/pools/{pool_id}/import_files` (scope import_files / index)
---@param params {pool_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.ImportFileCollection
function nodeum.api.index_import_files_by_pool(params) end

--- Displays a specific file on tape of pools, specific for Data Exchange.
--- `GET /api/v2/pools/{pool_id}/import_files/{file_id}` (scope import_files / show)
---@param params {pool_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.ImportFileWithPath
function nodeum.api.show_import_file_by_pool(params) end

--- Lists files under a specific folder on tape of pools, specific for Data Exchange.
--- `GET /api/v2/pools/{pool_id}/import_files/{file_parent_id}/children` (scope import_files / index)
---@param params {pool_id: nodeum.Id, file_parent_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.ImportFileCollection
function nodeum.api.import_files_children_by_pool(params) end

--- Lists files on root of tape of pools, specific for Active and Offline.
--- `GET /api/v2/pools/{pool_id}/on_tapes_files` (scope on_tapes_files / index)
---@param params {pool_id: nodeum.Id, limit?: integer|string, offset?: integer|string, name?: nodeum.Scalar, type?: nodeum.Scalar, size?: nodeum.Scalar}
---@return nodeum.api.OnTapesFileCollection
function nodeum.api.index_on_tapes_files_by_pool(params) end

--- Displays a specific file on tape of pools, specific for Active and Offline.
--- `GET /api/v2/pools/{pool_id}/on_tapes_files/{file_id}` (scope on_tapes_files / show)
---@param params {pool_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.OnTapesFile
function nodeum.api.show_on_tape_file_by_pool(params) end

--- Lists files under a specific folder on tape of pools, specific for Active and Offline.
--- `GET /api/v2/pools/{pool_id}/on_tapes_files/{file_parent_id}/children` (scope on_tapes_files / index)
---@param params {pool_id: nodeum.Id, file_parent_id: nodeum.Id, limit?: integer|string, offset?: integer|string, name?: nodeum.Scalar, type?: nodeum.Scalar, size?: nodeum.Scalar}
---@return nodeum.api.OnTapesFileCollection
function nodeum.api.on_tapes_files_children_by_pool(params) end

--- Lists all tapes.
--- `GET /api/v2/pools/{pool_id}/tapes` (scope tapes / index)
---@param params {pool_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, tape_library_id?: nodeum.Scalar, barcode?: nodeum.Scalar, location?: nodeum.Scalar, type?: nodeum.Scalar, locked?: nodeum.Scalar, scratch?: nodeum.Scalar, cleaning?: nodeum.Scalar, write_protect?: nodeum.Scalar, mounted?: nodeum.Scalar, ejected?: nodeum.Scalar, known?: nodeum.Scalar, mount_count?: nodeum.Scalar, date_in?: nodeum.Scalar, date_move?: nodeum.Scalar, free?: nodeum.Scalar, max?: nodeum.Scalar, last_size_update?: nodeum.Scalar, last_maintenance?: nodeum.Scalar, last_repack?: nodeum.Scalar, repack_status?: nodeum.Scalar, hash?: nodeum.Scalar, force_import_type?: nodeum.Scalar, need_to_check?: nodeum.Scalar}
---@return nodeum.api.TapeCollection
function nodeum.api.index_tapes_by_pool(params) end

--- Displays a specific tape.
--- `GET /api/v2/pools/{pool_id}/tapes/{tape_id}` (scope tapes / show)
---@param params {pool_id: nodeum.Id, tape_id: nodeum.Id}
---@return nodeum.api.Tape
function nodeum.api.show_tape_by_pool(params) end

--- Get mount status of Tape.
--- `GET /api/v2/pools/{pool_id}/tapes/{tape_id}/mount` (scope tapes / mount_status)
---@param params {pool_id: nodeum.Id, tape_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_tape_by_pool(params) end

--- Display statistic for a specific tape.
--- `GET /api/v2/pools/{pool_id}/tapes/{tape_id}/tape_stat` (scope tape_stats / show)
---@param params {pool_id: nodeum.Id, tape_id: nodeum.Id}
---@return nodeum.api.TapeStat
function nodeum.api.show_tape_stat_by_pool(params) end

--- Lists all tape drives.
--- `GET /api/v2/tape_drives` (scope tape_drives / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, tape_library_id?: nodeum.Scalar, name?: nodeum.Scalar, serial?: nodeum.Scalar, comment?: nodeum.Scalar, scsi_address?: nodeum.Scalar, vendor?: nodeum.Scalar, product?: nodeum.Scalar, firmware?: nodeum.Scalar, device?: nodeum.Scalar, sgdevice?: nodeum.Scalar, libso?: nodeum.Scalar, acs?: nodeum.Scalar, lsm?: nodeum.Scalar, panel?: nodeum.Scalar, transport?: nodeum.Scalar, status?: nodeum.Scalar, full?: nodeum.Scalar, mount_count?: nodeum.Scalar, use_to?: nodeum.Scalar, use_by?: nodeum.Scalar, barcode?: nodeum.Scalar, task_id?: nodeum.Scalar, use_file_processed_size?: nodeum.Scalar, use_file_size_to_process?: nodeum.Scalar, use_file_name_processed?: nodeum.Scalar, bandwidth?: nodeum.Scalar}
---@return nodeum.api.TapeDriveCollection
function nodeum.api.index_tape_drives(params) end

--- Displays a specific tape drive.
--- `GET /api/v2/tape_drives/{tape_drive_id}` (scope tape_drives / show)
---@param params {tape_drive_id: nodeum.Id}
---@return nodeum.api.TapeDrive
function nodeum.api.show_tape_drive(params) end

--- Updates a specific tape drive.
--- `PUT /api/v2/tape_drives/{tape_drive_id}` (scope tape_drives / update)
---@param params {tape_drive_id: nodeum.Id, body: nodeum.api.TapeDrive}
---@return nodeum.api.TapeDrive
function nodeum.api.update_tape_drive(params) end

--- Destroys a specific tape drive.
--- `DELETE /api/v2/tape_drives/{tape_drive_id}` (scope tape_drives / destroy)
---@param params {tape_drive_id: nodeum.Id}
---@return true
function nodeum.api.destroy_tape_drive(params) end

--- Lists all tapes.
--- `GET /api/v2/tapes` (scope tapes / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, tape_library_id?: nodeum.Scalar, pool_id?: nodeum.Scalar, barcode?: nodeum.Scalar, location?: nodeum.Scalar, type?: nodeum.Scalar, locked?: nodeum.Scalar, scratch?: nodeum.Scalar, cleaning?: nodeum.Scalar, write_protect?: nodeum.Scalar, mounted?: nodeum.Scalar, ejected?: nodeum.Scalar, known?: nodeum.Scalar, mount_count?: nodeum.Scalar, date_in?: nodeum.Scalar, date_move?: nodeum.Scalar, free?: nodeum.Scalar, max?: nodeum.Scalar, last_size_update?: nodeum.Scalar, last_maintenance?: nodeum.Scalar, last_repack?: nodeum.Scalar, repack_status?: nodeum.Scalar, hash?: nodeum.Scalar, force_import_type?: nodeum.Scalar, need_to_check?: nodeum.Scalar}
---@return nodeum.api.TapeCollection
function nodeum.api.index_tapes(params) end

--- Displays a specific tape.
--- `GET /api/v2/tapes/{tape_id}` (scope tapes / show)
---@param params {tape_id: nodeum.Id}
---@return nodeum.api.Tape
function nodeum.api.show_tape(params) end

--- Get mount status of Tape.
--- `GET /api/v2/tapes/{tape_id}/mount` (scope tapes / mount_status)
---@param params {tape_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_tape(params) end

--- Display statistic for a specific tape.
--- `GET /api/v2/tapes/{tape_id}/tape_stat` (scope tape_stats / show)
---@param params {tape_id: nodeum.Id}
---@return nodeum.api.TapeStat
function nodeum.api.show_tape_stat(params) end

--- List all tape statistics.
--- `GET /api/v2/tape_stats` (scope tape_stats / index)
---@param params? {limit?: integer|string, offset?: integer|string}
---@return nodeum.api.TapeStatCollection
function nodeum.api.index_tape_stats(params) end

--- Lists all cloud connectors.
--- `GET /api/v2/cloud_connectors` (scope cloud_connectors / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, url?: nodeum.Scalar, url_proxy?: nodeum.Scalar, provider?: nodeum.Scalar, region?: nodeum.Scalar, access_key?: nodeum.Scalar}
---@return nodeum.api.CloudConnectorCollection
function nodeum.api.index_cloud_connectors(params) end

--- Creates a new cloud connector.
--- `POST /api/v2/cloud_connectors` (scope cloud_connectors / create)
---@param params {body: nodeum.api.CloudConnector}
---@return nodeum.api.CloudConnector
function nodeum.api.create_cloud_connector(params) end

--- Check result of cloud connector test job.
--- `GET /api/v2/cloud_connectors/-/test` (scope cloud_connectors / test)
---@param params {job_id: nodeum.Scalar}
---@return nodeum.api.CloudBucketSimpleCollection|nodeum.api.ActiveJobStatus
function nodeum.api.test_result_cloud_connector(params) end

--- Test an unsaved cloud connector.
--- `PUT /api/v2/cloud_connectors/-/test` (scope cloud_connectors / test)
---@param params {body: nodeum.api.CloudConnector}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.test_cloud_connector(params) end

--- Displays a specific cloud connector.
--- `GET /api/v2/cloud_connectors/{cloud_connector_id}` (scope cloud_connectors / show)
---@param params {cloud_connector_id: nodeum.Id}
---@return nodeum.api.CloudConnector
function nodeum.api.show_cloud_connector(params) end

--- Updates a specific cloud connector.
--- `PUT /api/v2/cloud_connectors/{cloud_connector_id}` (scope cloud_connectors / update)
---@param params {cloud_connector_id: nodeum.Id, body: nodeum.api.CloudConnector}
---@return nodeum.api.CloudConnector
function nodeum.api.update_cloud_connector(params) end

--- Destroys a specific cloud connector.
--- `DELETE /api/v2/cloud_connectors/{cloud_connector_id}` (scope cloud_connectors / destroy)
---@param params {cloud_connector_id: nodeum.Id}
---@return true
function nodeum.api.destroy_cloud_connector(params) end

--- Lists all cloud buckets.
--- `GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets` (scope cloud_buckets / index)
---@param params {cloud_connector_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, pool_id?: nodeum.Scalar, name?: nodeum.Scalar, location?: nodeum.Scalar, price?: nodeum.Scalar}
---@return nodeum.api.CloudBucketCollection
function nodeum.api.index_cloud_buckets_by_cloud_connector(params) end

--- Check result of cloud connector sync job.
--- `GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/-/sync` (scope cloud_buckets / sync)
---@param params {cloud_connector_id: nodeum.Id, job_id: nodeum.Scalar}
---@return nodeum.api.CloudBucketSimpleCollection|nodeum.api.ActiveJobStatus
function nodeum.api.sync_result_cloud_buckets(params) end

--- Synchronize internal cloud buckets with their remote equivalent.
--- `PUT /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/-/sync` (scope cloud_buckets / sync)
---@param params {cloud_connector_id: nodeum.Id}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.sync_cloud_buckets(params) end

--- Displays a specific cloud bucket.
--- `GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/{cloud_bucket_id}` (scope cloud_buckets / show)
---@param params {cloud_connector_id: nodeum.Id, cloud_bucket_id: nodeum.Id}
---@return nodeum.api.CloudBucket
function nodeum.api.show_cloud_bucket_by_cloud_connector(params) end

--- Updates a specific cloud bucket.
--- `PUT /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/{cloud_bucket_id}` (scope cloud_buckets / update)
---@param params {cloud_connector_id: nodeum.Id, cloud_bucket_id: nodeum.Id, body: nodeum.api.CloudBucket}
---@return nodeum.api.CloudBucket
function nodeum.api.update_cloud_bucket_by_cloud_connector(params) end

--- Get mount status of Cloud bucket.
--- `GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/{cloud_bucket_id}/mount` (scope cloud_buckets / mount_status)
---@param params {cloud_connector_id: nodeum.Id, cloud_bucket_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_cloud_bucket_by_cloud_connector(params) end

--- Lists all cloud buckets from pool.
--- `GET /api/v2/pools/{pool_id}/cloud_buckets` (scope cloud_buckets / index)
---@param params {pool_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, cloud_connector_id?: nodeum.Scalar, name?: nodeum.Scalar, location?: nodeum.Scalar, price?: nodeum.Scalar}
---@return nodeum.api.CloudBucketCollection
function nodeum.api.index_cloud_buckets_by_pool(params) end

--- Displays a specific cloud bucket.
--- `GET /api/v2/pools/{pool_id}/cloud_buckets/{cloud_bucket_id}` (scope cloud_buckets / show)
---@param params {pool_id: nodeum.Id, cloud_bucket_id: nodeum.Id}
---@return nodeum.api.CloudBucket
function nodeum.api.show_cloud_bucket_by_pool(params) end

--- Updates a specific cloud bucket.
--- `PUT /api/v2/pools/{pool_id}/cloud_buckets/{cloud_bucket_id}` (scope cloud_buckets / update)
---@param params {pool_id: nodeum.Id, cloud_bucket_id: nodeum.Id, body: nodeum.api.CloudBucket}
---@return nodeum.api.CloudBucket
function nodeum.api.update_cloud_bucket_by_pool(params) end

--- Get mount status of Cloud bucket.
--- `GET /api/v2/pools/{pool_id}/cloud_buckets/{cloud_bucket_id}/mount` (scope cloud_buckets / mount_status)
---@param params {pool_id: nodeum.Id, cloud_bucket_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_cloud_bucket_by_pool(params) end

--- Lists all cloud buckets.
--- `GET /api/v2/cloud_buckets` (scope cloud_buckets / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, cloud_connector_id?: nodeum.Scalar, pool_id?: nodeum.Scalar, name?: nodeum.Scalar, location?: nodeum.Scalar, price?: nodeum.Scalar}
---@return nodeum.api.CloudBucketCollection
function nodeum.api.index_cloud_buckets(params) end

--- Displays a specific cloud bucket.
--- `GET /api/v2/cloud_buckets/{cloud_bucket_id}` (scope cloud_buckets / show)
---@param params {cloud_bucket_id: nodeum.Id}
---@return nodeum.api.CloudBucket
function nodeum.api.show_cloud_bucket(params) end

--- Updates a specific cloud bucket.
--- `PUT /api/v2/cloud_buckets/{cloud_bucket_id}` (scope cloud_buckets / update)
---@param params {cloud_bucket_id: nodeum.Id, body: nodeum.api.CloudBucket}
---@return nodeum.api.CloudBucket
function nodeum.api.update_cloud_bucket(params) end

--- Get mount status of Cloud bucket.
--- `GET /api/v2/cloud_buckets/{cloud_bucket_id}/mount` (scope cloud_buckets / mount_status)
---@param params {cloud_bucket_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_cloud_bucket(params) end

--- Lists all NAS.
--- `GET /api/v2/nas` (scope nas / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, comment?: nodeum.Scalar, host?: nodeum.Scalar, type?: nodeum.Scalar, price?: nodeum.Scalar}
---@return nodeum.api.NasCollection
function nodeum.api.index_nas(params) end

--- Creates a new NAS.
--- `POST /api/v2/nas` (scope nas / create)
---@param params {body: nodeum.api.Nas}
---@return nodeum.api.Nas
function nodeum.api.create_nas(params) end

--- Displays a specific NAS.
--- `GET /api/v2/nas/{nas_id}` (scope nas / show)
---@param params {nas_id: nodeum.Id}
---@return nodeum.api.Nas
function nodeum.api.show_nas(params) end

--- Updates a specific NAS.
--- `PUT /api/v2/nas/{nas_id}` (scope nas / update)
---@param params {nas_id: nodeum.Id, body: nodeum.api.Nas}
---@return nodeum.api.Nas
function nodeum.api.update_nas(params) end

--- Destroys a specific NAS.
--- `DELETE /api/v2/nas/{nas_id}` (scope nas / destroy)
---@param params {nas_id: nodeum.Id}
---@return true
function nodeum.api.destroy_nas(params) end

--- Lists all NAS shares.
--- `GET /api/v2/nas/{nas_id}/nas_shares` (scope nas_shares / index)
---@param params {nas_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, path?: nodeum.Scalar, options?: nodeum.Scalar, username?: nodeum.Scalar, pool_id?: nodeum.Scalar}
---@return nodeum.api.NasShareCollection
function nodeum.api.index_nas_shares_by_nas(params) end

--- Creates a new NAS share.
--- `POST /api/v2/nas/{nas_id}/nas_shares` (scope nas_shares / create)
---@param params {nas_id: nodeum.Id, body: nodeum.api.NasShare}
---@return nodeum.api.NasShare
function nodeum.api.create_nas_share_by_nas(params) end

--- Check result of a NAS Share test job.
--- `GET /api/v2/nas/{nas_id}/nas_shares/-/test` (scope nas_shares / test)
---@param params {nas_id: nodeum.Id, job_id: nodeum.Scalar}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.test_result_nas_share(params) end

--- Test an unsaved NAS Share.
--- `PUT /api/v2/nas/{nas_id}/nas_shares/-/test` (scope nas_shares / test)
---@param params {nas_id: nodeum.Id, body: nodeum.api.NasShare}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.test_nas_share(params) end

--- Displays a specific NAS share.
--- `GET /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}` (scope nas_shares / show)
---@param params {nas_id: nodeum.Id, nas_share_id: nodeum.Id}
---@return nodeum.api.NasShare
function nodeum.api.show_nas_share_by_nas(params) end

--- Updates a specific NAS share.
--- `PUT /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}` (scope nas_shares / update)
---@param params {nas_id: nodeum.Id, nas_share_id: nodeum.Id, body: nodeum.api.NasShare}
---@return nodeum.api.NasShare
function nodeum.api.update_nas_share_by_nas(params) end

--- Destroys a specific NAS share.
--- `DELETE /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}` (scope nas_shares / destroy)
---@param params {nas_id: nodeum.Id, nas_share_id: nodeum.Id}
---@return true
function nodeum.api.destroy_nas_share_by_nas(params) end

--- Get mount status of NAS Share.
--- `GET /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}/mount` (scope nas_shares / mount_status)
---@param params {nas_id: nodeum.Id, nas_share_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_nas_share_by_nas(params) end

--- Lists all NAS shares.
--- `GET /api/v2/nas_shares` (scope nas_shares / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, path?: nodeum.Scalar, options?: nodeum.Scalar, username?: nodeum.Scalar, nas_id?: nodeum.Scalar, pool_id?: nodeum.Scalar}
---@return nodeum.api.NasShareCollection
function nodeum.api.index_nas_shares(params) end

--- Displays a specific NAS share.
--- `GET /api/v2/nas_shares/{nas_share_id}` (scope nas_shares / show)
---@param params {nas_share_id: nodeum.Id}
---@return nodeum.api.NasShare
function nodeum.api.show_nas_share(params) end

--- Updates a specific NAS share.
--- `PUT /api/v2/nas_shares/{nas_share_id}` (scope nas_shares / update)
---@param params {nas_share_id: nodeum.Id, body: nodeum.api.NasShare}
---@return nodeum.api.NasShare
function nodeum.api.update_nas_share(params) end

--- Destroys a specific NAS share.
--- `DELETE /api/v2/nas_shares/{nas_share_id}` (scope nas_shares / destroy)
---@param params {nas_share_id: nodeum.Id}
---@return true
function nodeum.api.destroy_nas_share(params) end

--- Get mount status of NAS Share.
--- `GET /api/v2/nas_shares/{nas_share_id}/mount` (scope nas_shares / mount_status)
---@param params {nas_share_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_nas_share(params) end

--- Lists all NAS shares from pool.
--- `GET /api/v2/pools/{pool_id}/nas_shares` (scope nas_shares / index)
---@param params {pool_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, path?: nodeum.Scalar, options?: nodeum.Scalar, username?: nodeum.Scalar, nas_id?: nodeum.Scalar}
---@return nodeum.api.NasShareCollection
function nodeum.api.index_nas_shares_by_pool(params) end

--- Displays a specific NAS share.
--- `GET /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}` (scope nas_shares / show)
---@param params {pool_id: nodeum.Id, nas_share_id: nodeum.Id}
---@return nodeum.api.NasShare
function nodeum.api.show_nas_share_by_pool(params) end

--- Updates a specific NAS share.
--- `PUT /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}` (scope nas_shares / update)
---@param params {pool_id: nodeum.Id, nas_share_id: nodeum.Id, body: nodeum.api.NasShare}
---@return nodeum.api.NasShare
function nodeum.api.update_nas_share_by_pool(params) end

--- Destroys a specific NAS share.
--- `DELETE /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}` (scope nas_shares / destroy)
---@param params {pool_id: nodeum.Id, nas_share_id: nodeum.Id}
---@return true
function nodeum.api.destroy_nas_share_by_pool(params) end

--- Get mount status of NAS Share.
--- `GET /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}/mount` (scope nas_shares / mount_status)
---@param params {pool_id: nodeum.Id, nas_share_id: nodeum.Id}
---@return nodeum.api.MountStatus
function nodeum.api.mount_status_nas_share_by_pool(params) end

--- Lists all tasks.
--- `GET /api/v2/tasks` (scope tasks / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, comment?: nodeum.Scalar, workflow_type?: nodeum.Scalar, workflow_action?: nodeum.Scalar, source_type?: nodeum.Scalar, destination_type?: nodeum.Scalar, priority?: nodeum.Scalar, conflict_resolution?: nodeum.Scalar, action?: nodeum.Scalar, activate?: nodeum.Scalar, creation_date?: nodeum.Scalar, creation_username?: nodeum.Scalar, modification_date?: nodeum.Scalar, modification_username?: nodeum.Scalar, job_started?: nodeum.Scalar, job_finished?: nodeum.Scalar, status?: nodeum.Scalar, processed_size?: nodeum.Scalar, to_process_size?: nodeum.Scalar, source_pool_id?: nodeum.Scalar, source_pool_name?: nodeum.Scalar, source_tape_id?: nodeum.Scalar, source_tape_barcode?: nodeum.Scalar, destination_pool_id?: nodeum.Scalar, destination_pool_name?: nodeum.Scalar, destination_tape_id?: nodeum.Scalar, destination_tape_barcode?: nodeum.Scalar}
---@return nodeum.api.TaskCollection
function nodeum.api.index_tasks(params) end

--- Creates a new task.
--- `POST /api/v2/tasks` (scope tasks / create)
---@param params {body: nodeum.api.Task}
---@return nodeum.api.Task
function nodeum.api.create_task(params) end

--- Displays a specific task.
--- `GET /api/v2/tasks/{task_id}` (scope tasks / show)
---@param params {task_id: nodeum.Id}
---@return nodeum.api.Task
function nodeum.api.show_task(params) end

--- Updates a specific task.
--- `PUT /api/v2/tasks/{task_id}` (scope tasks / update)
---@param params {task_id: nodeum.Id, body: nodeum.api.Task}
---@return nodeum.api.Task
function nodeum.api.update_task(params) end

--- Destroys a specific task.
--- `DELETE /api/v2/tasks/{task_id}` (scope tasks / destroy)
---@param params {task_id: nodeum.Id}
---@return true
function nodeum.api.destroy_task(params) end

--- Check result of a task run request.
--- `GET /api/v2/tasks/{task_id}/action/run` (scope tasks / action)
---@param params {task_id: nodeum.Id, job_id: nodeum.Scalar}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.run_task_result(params) end

--- Run a task.
--- `PUT /api/v2/tasks/{task_id}/action/run` (scope tasks / action)
---@param params {task_id: nodeum.Id}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.run_task(params) end

--- Check result of a task pause request.
--- `GET /api/v2/tasks/{task_id}/action/pause` (scope tasks / action)
---@param params {task_id: nodeum.Id, job_id: nodeum.Scalar}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.pause_task_result(params) end

--- Pause a task.
--- `PUT /api/v2/tasks/{task_id}/action/pause` (scope tasks / action)
---@param params {task_id: nodeum.Id}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.pause_task(params) end

--- Check result of a task stop request.
--- `GET /api/v2/tasks/{task_id}/action/stop` (scope tasks / action)
---@param params {task_id: nodeum.Id, job_id: nodeum.Scalar}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.stop_task_result(params) end

--- Stop a task.
--- `PUT /api/v2/tasks/{task_id}/action/stop` (scope tasks / action)
---@param params {task_id: nodeum.Id}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.stop_task(params) end

--- Check result of a task resume request.
--- `GET /api/v2/tasks/{task_id}/action/resume` (scope tasks / action)
---@param params {task_id: nodeum.Id, job_id: nodeum.Scalar}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.resume_task_result(params) end

--- Resume a task.
--- `PUT /api/v2/tasks/{task_id}/action/resume` (scope tasks / action)
---@param params {task_id: nodeum.Id}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.resume_task(params) end

--- Lists files on root.
--- `GET /api/v2/tasks/{task_id}/files` (scope files / index)
---@param params {task_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.index_files_by_task(params) end

--- Displays a specific file.
--- `GET /api/v2/tasks/{task_id}/files/{file_id}` (scope files / show)
---@param params {task_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.NodeumFileWithPath
function nodeum.api.show_file_by_task(params) end

--- Displays tapes containing specific file, related to the specific task.
--- `GET /api/v2/tasks/{task_id}/files/{file_id}/tapes` (scope files / tapes)
---@param params {task_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.TapeCollection
function nodeum.api.index_tapes_by_file_by_task(params) end

--- Lists files under a specific folder.
--- `GET /api/v2/tasks/{task_id}/files/{file_parent_id}/children` (scope files / index)
---@param params {task_id: nodeum.Id, file_parent_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.files_children_by_task(params) end

--- Lists all task sources.
--- `GET /api/v2/tasks/{task_id}/task_sources` (scope task_sources / index)
---@param params {task_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, file_id?: nodeum.Scalar, import_file_id?: nodeum.Scalar, tape_id?: nodeum.Scalar, pool_id?: nodeum.Scalar}
---@return nodeum.api.TaskSourceCollection
function nodeum.api.index_task_sources(params) end

--- Creates a new task source.
--- `POST /api/v2/tasks/{task_id}/task_sources` (scope task_sources / create)
---@param params {task_id: nodeum.Id, body: nodeum.api.TaskSourceUp}
---@return nodeum.api.TaskSourceDown
function nodeum.api.create_task_source(params) end

--- Displays a specific task source.
--- `GET /api/v2/tasks/{task_id}/task_sources/{task_source_id}` (scope task_sources / show)
---@param params {task_id: nodeum.Id, task_source_id: nodeum.Id}
---@return nodeum.api.TaskSourceDown
function nodeum.api.show_task_source(params) end

--- Updates a specific task source.
--- `PUT /api/v2/tasks/{task_id}/task_sources/{task_source_id}` (scope task_sources / update)
---@param params {task_id: nodeum.Id, task_source_id: nodeum.Id, body: nodeum.api.TaskSourceUp}
---@return nodeum.api.TaskSourceDown
function nodeum.api.update_task_source(params) end

--- Destroys a specific task source.
--- `DELETE /api/v2/tasks/{task_id}/task_sources/{task_source_id}` (scope task_sources / destroy)
---@param params {task_id: nodeum.Id, task_source_id: nodeum.Id}
---@return true
function nodeum.api.destroy_task_source(params) end

--- Lists all task destinations.
--- `GET /api/v2/tasks/{task_id}/task_destinations` (scope task_destinations / index)
---@param params {task_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, folder_id?: nodeum.Scalar, tape_id?: nodeum.Scalar, pool_id?: nodeum.Scalar}
---@return nodeum.api.TaskDestinationCollection
function nodeum.api.index_task_destinations(params) end

--- Creates a new task destination.
--- `POST /api/v2/tasks/{task_id}/task_destinations` (scope task_destinations / create)
---@param params {task_id: nodeum.Id, body: nodeum.api.TaskDestinationUp}
---@return nodeum.api.TaskDestinationDown
function nodeum.api.create_task_destination(params) end

--- Displays a specific task destination.
--- `GET /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}` (scope task_destinations / show)
---@param params {task_id: nodeum.Id, task_destination_id: nodeum.Id}
---@return nodeum.api.TaskDestinationDown
function nodeum.api.show_task_destination(params) end

--- Updates a specific task destination.
--- `PUT /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}` (scope task_destinations / update)
---@param params {task_id: nodeum.Id, task_destination_id: nodeum.Id, body: nodeum.api.TaskDestinationUp}
---@return nodeum.api.TaskDestinationDown
function nodeum.api.update_task_destination(params) end

--- Destroys a specific task destination.
--- `DELETE /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}` (scope task_destinations / destroy)
---@param params {task_id: nodeum.Id, task_destination_id: nodeum.Id}
---@return true
function nodeum.api.destroy_task_destination(params) end

--- Lists all task schedules.
--- `GET /api/v2/task_schedules` (scope task_schedules / index)
---@param params? {with_next?: boolean|string, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, rrule?: nodeum.Scalar, done?: nodeum.Scalar, task_id?: nodeum.Scalar}
---@return nodeum.api.TaskScheduleCollection
function nodeum.api.index_task_schedules(params) end

--- Displays the task schedule.
--- `GET /api/v2/tasks/{task_id}/task_schedule` (scope task_schedules / show)
---@param params {task_id: nodeum.Id}
---@return nodeum.api.TaskSchedule
function nodeum.api.show_task_schedule(params) end

--- Creates a new task schedule. Only one should be created.
--- `POST /api/v2/tasks/{task_id}/task_schedule` (scope task_schedules / create)
---@param params {task_id: nodeum.Id, body: nodeum.api.TaskSchedule}
---@return nodeum.api.TaskSchedule
function nodeum.api.create_task_schedule(params) end

--- Updates the existing task schedule.
--- `PUT /api/v2/tasks/{task_id}/task_schedule` (scope task_schedules / update)
---@param params {task_id: nodeum.Id, body: nodeum.api.TaskSchedule}
---@return nodeum.api.TaskSchedule
function nodeum.api.update_task_schedule(params) end

--- Destroys the task schedule.
--- `DELETE /api/v2/tasks/{task_id}/task_schedule` (scope task_schedules / destroy)
---@param params {task_id: nodeum.Id}
---@return true
function nodeum.api.destroy_task_schedule(params) end

--- Lists all task options.
--- `GET /api/v2/tasks/{task_id}/task_options` (scope task_options / index)
---@param params {task_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, type?: nodeum.Scalar, value?: nodeum.Scalar}
---@return nodeum.api.TaskOptionCollection
function nodeum.api.index_task_options(params) end

--- Creates a new task option.
--- `POST /api/v2/tasks/{task_id}/task_options` (scope task_options / create)
---@param params {task_id: nodeum.Id, body: nodeum.api.TaskOption}
---@return nodeum.api.TaskOption
function nodeum.api.create_task_option(params) end

--- Displays a specific task option.
--- `GET /api/v2/tasks/{task_id}/task_options/{task_option_id}` (scope task_options / show)
---@param params {task_id: nodeum.Id, task_option_id: nodeum.Id}
---@return nodeum.api.TaskOption
function nodeum.api.show_task_option(params) end

--- Updates a specific task option.
--- `PUT /api/v2/tasks/{task_id}/task_options/{task_option_id}` (scope task_options / update)
---@param params {task_id: nodeum.Id, task_option_id: nodeum.Id, body: nodeum.api.TaskOption}
---@return nodeum.api.TaskOption
function nodeum.api.update_task_option(params) end

--- Destroys a specific task option.
--- `DELETE /api/v2/tasks/{task_id}/task_options/{task_option_id}` (scope task_options / destroy)
---@param params {task_id: nodeum.Id, task_option_id: nodeum.Id}
---@return true
function nodeum.api.destroy_task_option(params) end

--- Lists all task callbacks.
--- `GET /api/v2/tasks/{task_id}/task_callbacks` (scope task_callbacks / index)
---@param params {task_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, type?: nodeum.Scalar, script?: nodeum.Scalar}
---@return nodeum.api.TaskCallbackCollection
function nodeum.api.index_task_callbacks(params) end

--- Creates a new task callback.
--- `POST /api/v2/tasks/{task_id}/task_callbacks` (scope task_callbacks / create)
---@param params {task_id: nodeum.Id, body: nodeum.api.TaskCallback}
---@return nodeum.api.TaskCallback
function nodeum.api.create_task_callback(params) end

--- Displays a specific task callback.
--- `GET /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}` (scope task_callbacks / show)
---@param params {task_id: nodeum.Id, task_callback_id: nodeum.Id}
---@return nodeum.api.TaskCallback
function nodeum.api.show_task_callback(params) end

--- Updates a specific task callback.
--- `PUT /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}` (scope task_callbacks / update)
---@param params {task_id: nodeum.Id, task_callback_id: nodeum.Id, body: nodeum.api.TaskCallback}
---@return nodeum.api.TaskCallback
function nodeum.api.update_task_callback(params) end

--- Destroys a specific task callback.
--- `DELETE /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}` (scope task_callbacks / destroy)
---@param params {task_id: nodeum.Id, task_callback_id: nodeum.Id}
---@return true
function nodeum.api.destroy_task_callback(params) end

--- Lists all task metadata.
--- `GET /api/v2/tasks/{task_id}/task_metadata` (scope task_metadata / index)
---@param params {task_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, key?: nodeum.Scalar, value?: nodeum.Scalar}
---@return nodeum.api.TaskMetadatumCollection
function nodeum.api.index_task_metadata(params) end

--- Creates a new task metadatum.
--- `POST /api/v2/tasks/{task_id}/task_metadata` (scope task_metadata / create)
---@param params {task_id: nodeum.Id, body: nodeum.api.TaskMetadatum}
---@return nodeum.api.TaskMetadatum
function nodeum.api.create_task_metadatum(params) end

--- Displays a specific task metadatum.
--- `GET /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}` (scope task_metadata / show)
---@param params {task_id: nodeum.Id, task_metadatum_id: nodeum.Id}
---@return nodeum.api.TaskMetadatum
function nodeum.api.show_task_metadatum(params) end

--- Updates a specific task metadatum.
--- `PUT /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}` (scope task_metadata / update)
---@param params {task_id: nodeum.Id, task_metadatum_id: nodeum.Id, body: nodeum.api.TaskMetadatum}
---@return nodeum.api.TaskMetadatum
function nodeum.api.update_task_metadatum(params) end

--- Destroys a specific task metadatum.
--- `DELETE /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}` (scope task_metadata / destroy)
---@param params {task_id: nodeum.Id, task_metadatum_id: nodeum.Id}
---@return true
function nodeum.api.destroy_task_metadatum(params) end

--- Lists all task executions.
--- `GET /api/v2/tasks/{task_id}/task_executions` (scope task_executions / index)
---@param params {task_id: nodeum.Id, limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, id?: nodeum.Scalar, name?: nodeum.Scalar, workflow_type?: nodeum.Scalar, workflow_action?: nodeum.Scalar, source_type?: nodeum.Scalar, destination_type?: nodeum.Scalar, status?: nodeum.Scalar, log_time?: nodeum.Scalar, job_started?: nodeum.Scalar, job_finished?: nodeum.Scalar, to_process_size?: nodeum.Scalar, processed_size?: nodeum.Scalar, to_process_files?: nodeum.Scalar, processed_files?: nodeum.Scalar, finalized_files?: nodeum.Scalar, estimation_time?: nodeum.Scalar, bandwidth?: nodeum.Scalar}
---@return nodeum.api.TaskExecutionCollection
function nodeum.api.index_task_executions_by_task(params) end

--- Displays a specific task execution.
--- `GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}` (scope task_executions / show)
---@param params {task_id: nodeum.Id, task_execution_id: nodeum.Id}
---@return nodeum.api.TaskExecution
function nodeum.api.show_task_execution_by_task(params) end

--- Lists files on root.
--- `GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files` (scope files / index)
---@param params {task_id: nodeum.Id, task_execution_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.index_files_by_task_execution_by_task(params) end

--- Displays a specific file.
--- `GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_id}` (scope files / show)
---@param params {task_id: nodeum.Id, task_execution_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.NodeumFileWithPath
function nodeum.api.show_file_by_task_execution_by_task(params) end

--- Displays tapes containing specific file, related to the specific task.
--- `GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_id}/tapes` (scope files / tapes)
---@param params {task_id: nodeum.Id, task_execution_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.TapeCollection
function nodeum.api.index_tapes_by_file_by_task_execution_by_task(params) end

--- Lists files under a specific folder.
--- `GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_parent_id}/children` (scope files / index)
---@param params {task_id: nodeum.Id, task_execution_id: nodeum.Id, file_parent_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.files_children_by_task_execution_by_task(params) end

--- Lists all task executions.
--- `GET /api/v2/task_executions` (scope task_executions / index)
---@param params? {limit?: integer|string, offset?: integer|string, sort_by?: string[]|string, complete_list?: boolean|string, id?: nodeum.Scalar, task_id?: nodeum.Scalar, name?: nodeum.Scalar, workflow_type?: nodeum.Scalar, workflow_action?: nodeum.Scalar, source_type?: nodeum.Scalar, destination_type?: nodeum.Scalar, status?: nodeum.Scalar, log_time?: nodeum.Scalar, job_started?: nodeum.Scalar, job_finished?: nodeum.Scalar, creation_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, to_process_size?: nodeum.Scalar, processed_size?: nodeum.Scalar, to_process_files?: nodeum.Scalar, processed_files?: nodeum.Scalar, finalized_files?: nodeum.Scalar, estimation_time?: nodeum.Scalar, bandwidth?: nodeum.Scalar}
---@return nodeum.api.TaskExecutionCollection
function nodeum.api.index_task_executions(params) end

--- Displays a specific task execution.
--- `GET /api/v2/task_executions/{task_execution_id}` (scope task_executions / show)
---@param params {task_execution_id: nodeum.Id}
---@return nodeum.api.TaskExecution
function nodeum.api.show_task_execution(params) end

--- Lists files on root.
--- `GET /api/v2/task_executions/{task_execution_id}/files` (scope files / index)
---@param params {task_execution_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.index_files_by_task_execution(params) end

--- Displays a specific file.
--- `GET /api/v2/task_executions/{task_execution_id}/files/{file_id}` (scope files / show)
---@param params {task_execution_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.NodeumFileWithPath
function nodeum.api.show_file_by_task_execution(params) end

--- Displays tapes containing specific file, related to the specific task.
--- `GET /api/v2/task_executions/{task_execution_id}/files/{file_id}/tapes` (scope files / tapes)
---@param params {task_execution_id: nodeum.Id, file_id: nodeum.Id}
---@return nodeum.api.TapeCollection
function nodeum.api.index_tapes_by_file_by_task_execution(params) end

--- Lists files under a specific folder.
--- `GET /api/v2/task_executions/{task_execution_id}/files/{file_parent_id}/children` (scope files / index)
---@param params {task_execution_id: nodeum.Id, file_parent_id: nodeum.Id, limit?: integer|string, offset?: integer|string, file_id?: nodeum.Scalar, name?: nodeum.Scalar, type?: nodeum.Scalar, permission?: nodeum.Scalar, size?: nodeum.Scalar, change_date?: nodeum.Scalar, modification_date?: nodeum.Scalar, access_date?: nodeum.Scalar, gid?: nodeum.Scalar, uid?: nodeum.Scalar}
---@return nodeum.api.NodeumFileCollection
function nodeum.api.files_children_by_task_execution(params) end

--- Check result of a download traces job.
--- `GET /api/v2/systems/download_traces` (scope systems / download_traces)
---@param params {job_id: nodeum.Scalar}
---@return string|nodeum.api.ActiveJobStatus
function nodeum.api.result_download_traces(params) end

--- Trigger a download traces request.
--- `PUT /api/v2/systems/download_traces` (scope systems / download_traces)
---@param params {type: "interface"|"core"|"data_mining"|"fuse"|"library_manager"|"manager"|"watchdog"|"system"|"all"|string}
---@return nodeum.api.ActiveJobStatus
function nodeum.api.trigger_download_traces(params) end

--- Get statistics about files, grouped by date
--- `GET /api/v2/statistics/by_date` (scope statistics / by_date)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string}
---@return nodeum.api.ByDateFacet
function nodeum.api.statistics_by_date(params) end

--- Get statistics about files, grouped by primary storages
--- `GET /api/v2/statistics/by_primary_name` (scope statistics / by_primary_name)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.ByPrimaryFacet
function nodeum.api.statistics_by_primary_name(params) end

--- Get statistics about files, grouped by primary storage
--- `GET /api/v2/statistics/by_primary_storage` (scope statistics / by_primary_storage)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.ByPrimaryStorageFacet
function nodeum.api.statistics_by_primary_storage(params) end

--- Get statistics about files, grouped by primary Cloud
--- `GET /api/v2/statistics/by_primary_cloud` (scope statistics / by_primary_cloud)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.ByPrimaryCloudFacet
function nodeum.api.statistics_by_primary_cloud(params) end

--- Get statistics about files, grouped by primary NAS
--- `GET /api/v2/statistics/by_primary_nas` (scope statistics / by_primary_nas)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.ByPrimaryNasFacet
function nodeum.api.statistics_by_primary_nas(params) end

--- Get statistics about files, grouped by secondary storage
--- `GET /api/v2/statistics/by_secondary_storage` (scope statistics / by_secondary_storage)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.BySecondaryStorageFacet
function nodeum.api.statistics_by_secondary_storage(params) end

--- Get statistics about files, grouped by secondary Tape
--- `GET /api/v2/statistics/by_secondary_tape` (scope statistics / by_secondary_tape)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.BySecondaryTapeFacet
function nodeum.api.statistics_by_secondary_tape(params) end

--- Get statistics about files, grouped by secondary Cloud
--- `GET /api/v2/statistics/by_secondary_cloud` (scope statistics / by_secondary_cloud)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.BySecondaryCloudFacet
function nodeum.api.statistics_by_secondary_cloud(params) end

--- Get statistics about files, grouped by secondary NAS
--- `GET /api/v2/statistics/by_secondary_nas` (scope statistics / by_secondary_nas)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.BySecondaryNasFacet
function nodeum.api.statistics_by_secondary_nas(params) end

--- Get statistics about files, grouped by owner (user)
--- `GET /api/v2/statistics/by_user_owner` (scope statistics / by_user_owner)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.ByUserOwnerFacet
function nodeum.api.statistics_by_user_owner(params) end

--- Get statistics about files, grouped by owner (group)
--- `GET /api/v2/statistics/by_group_owner` (scope statistics / by_group_owner)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.ByGroupOwnerFacet
function nodeum.api.statistics_by_group_owner(params) end

--- Get statistics about files, grouped by file extension
--- `GET /api/v2/statistics/by_file_extension` (scope statistics / by_file_extension)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.ByFileExtensionFacet
function nodeum.api.statistics_by_file_extension(params) end

--- Get statistics about files, grouped by size
--- `GET /api/v2/statistics/by_size` (scope statistics / by_size)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string}
---@return nodeum.api.BySizeFacet
function nodeum.api.statistics_by_size(params) end

--- Get statistics about files, grouped by metadata
--- `GET /api/v2/statistics/by_metadata` (scope statistics / by_metadata)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
---@return nodeum.api.ByMetadataFacet
function nodeum.api.statistics_by_metadata(params) end

--- Get statistics about tasks executions, grouped by workflow
--- `GET /api/v2/statistics/task_by_workflow` (scope statistics / task_by_workflow)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string}
---@return nodeum.api.ByTaskWorkflowFacet
function nodeum.api.statistics_task_by_workflow(params) end

--- Get statistics about tasks executions, grouped by status
--- `GET /api/v2/statistics/task_by_status` (scope statistics / task_by_status)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string}
---@return nodeum.api.ByTaskStatusFacet
function nodeum.api.statistics_task_by_status(params) end

--- Get statistics about tasks executions, grouped by source and destination
--- `GET /api/v2/statistics/task_by_storage` (scope statistics / task_by_storage)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string}
---@return nodeum.api.ByTaskStorageFacet
function nodeum.api.statistics_task_by_storage(params) end

--- Get statistics about tasks executions, grouped by metadata
--- `GET /api/v2/statistics/task_by_metadata` (scope statistics / task_by_metadata)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string, sort?: "count"|"tasks_count"|"to_process_size_sum"|"processed_size_sum"|"to_process_files_sum"|"processed_files_sum"|"finalized_files_sum"|"bandwidth_avg"|"bandwidth_count"|string, limit?: integer|string}
---@return nodeum.api.ByTaskMetadataFacet
function nodeum.api.statistics_task_by_metadata(params) end

--- Get statistics about storages, grouped by types
--- `GET /api/v2/statistics/storage` (scope statistics / storages)
---@param params? {q?: nodeum.Scalar, fq?: string[]|string}
---@return nodeum.api.StorageFacet
function nodeum.api.statistics_storage(params) end

--- Creates a YAML file with selected tables and downloads it
--- `POST /api/v2/systems/reset/generate_vars`
---@param params {body: nodeum.api.Reset}
---@return string
function nodeum.api.download_reset_vars(params) end

---What every list takes besides its filters (the cursor's own options are never sent).
---@class nodeum.ListOptions
---@field page_size? integer items asked per request (default 1000)
---@field max_items? integer the most items the cursor gives
---@field concurrency? integer pages fetched at once (default 1)
---@field walk? "auto"|"keyset"|"offset" how the list is walked (default auto: by key where exact)
---@field segments? integer keyset streams over disjoint id ranges, walked at once (default 1)
---@field checkpoint? string a file keeping the walk's position after each page; resumed from
---@field sort_by? string|string[] "field:asc|field:desc", or a list of them

---The filters of `index_configurations` (GET /api/v2/users/me/configurations).
---@class nodeum.IndexConfigurationsFilters: nodeum.ListOptions

---The filters of `index_task_metadata_definitions` (GET /api/v2/task_metadata_definitions).
---@class nodeum.IndexTaskMetadataDefinitionsFilters: nodeum.ListOptions

---The filters of `index_file_metadata_definitions` (GET /api/v2/file_metadata_definitions).
---@class nodeum.IndexFileMetadataDefinitionsFilters: nodeum.ListOptions

---The filters of `index_api_keys` (GET /api/v2/users/me/api_keys).
---@class nodeum.IndexApiKeysFilters: nodeum.ListOptions

---The filters of `index_files` (GET /api/v2/files).
---@class nodeum.IndexFilesFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `files_children` (GET /api/v2/files/{file_parent_id}/children).
---@class nodeum.FilesChildrenFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_mounts` (GET /api/v2/mounts).
---@class nodeum.IndexMountsFilters: nodeum.ListOptions

---The filters of `index_containers` (GET /api/v2/containers).
---@class nodeum.IndexContainersFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field comment? nodeum.Scalar Filter on comment
---@field quota_total_size? nodeum.Scalar Filter on quota total size
---@field quota_on_cache? nodeum.Scalar Filter on quota on cache
---@field stat_total_files? nodeum.Scalar Filter on stat total files
---@field stat_total_size? nodeum.Scalar Filter on stat total size
---@field stat_size_on_cache? nodeum.Scalar Filter on stat size on cache
---@field guest_right? nodeum.Scalar Filter on guest right
---@field last_update? nodeum.Scalar Filter on last update

---The filters of `index_container_privileges` (GET /api/v2/containers/{container_id}/container_privileges).
---@class nodeum.IndexContainerPrivilegesFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field privilege? nodeum.Scalar Filter on privilege
---@field type? nodeum.Scalar Filter on type

---The filters of `index_files_by_container` (GET /api/v2/containers/{container_id}/files).
---@class nodeum.IndexFilesByContainerFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `files_children_by_container` (GET /api/v2/containers/{container_id}/files/{file_parent_id}/children).
---@class nodeum.FilesChildrenByContainerFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_tape_libraries` (GET /api/v2/tape_libraries).
---@class nodeum.IndexTapeLibrariesFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field serial? nodeum.Scalar Filter on serial
---@field comment? nodeum.Scalar Filter on comment
---@field protocol? nodeum.Scalar Filter on protocol
---@field vendor? nodeum.Scalar Filter on vendor
---@field product? nodeum.Scalar Filter on product
---@field firmware? nodeum.Scalar Filter on firmware
---@field device? nodeum.Scalar Filter on device
---@field libso? nodeum.Scalar Filter on libso
---@field acs? nodeum.Scalar Filter on acs
---@field status? nodeum.Scalar Filter on status
---@field storage_slots? nodeum.Scalar Filter on storage slots
---@field storage_slots_address? nodeum.Scalar Filter on storage slots address
---@field io_slots? nodeum.Scalar Filter on io slots
---@field io_slots_address? nodeum.Scalar Filter on io slots address
---@field price? nodeum.Scalar Filter on price

---The filters of `index_tape_drives_by_tape_library` (GET /api/v2/tape_libraries/{tape_library_id}/tape_drives).
---@class nodeum.IndexTapeDrivesByTapeLibraryFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field serial? nodeum.Scalar Filter on serial
---@field comment? nodeum.Scalar Filter on comment
---@field scsi_address? nodeum.Scalar Filter on scsi address
---@field vendor? nodeum.Scalar Filter on vendor
---@field product? nodeum.Scalar Filter on product
---@field firmware? nodeum.Scalar Filter on firmware
---@field device? nodeum.Scalar Filter on device
---@field sgdevice? nodeum.Scalar Filter on sgdevice
---@field libso? nodeum.Scalar Filter on libso
---@field acs? nodeum.Scalar Filter on acs
---@field lsm? nodeum.Scalar Filter on lsm
---@field panel? nodeum.Scalar Filter on panel
---@field transport? nodeum.Scalar Filter on transport
---@field status? nodeum.Scalar Filter on status
---@field full? nodeum.Scalar Filter on full
---@field mount_count? nodeum.Scalar Filter on mount count
---@field use_to? nodeum.Scalar Filter on use to
---@field use_by? nodeum.Scalar Filter on use by
---@field barcode? nodeum.Scalar Filter on barcode
---@field task_id? nodeum.Scalar Filter on task id
---@field use_file_processed_size? nodeum.Scalar Filter on use file processed size
---@field use_file_size_to_process? nodeum.Scalar Filter on use file size to process
---@field use_file_name_processed? nodeum.Scalar Filter on use file name processed
---@field bandwidth? nodeum.Scalar Filter on bandwidth

---The filters of `index_tapes_by_tape_library` (GET /api/v2/tape_libraries/{tape_library_id}/tapes).
---@class nodeum.IndexTapesByTapeLibraryFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field pool_id? nodeum.Scalar Filter on a pool id
---@field barcode? nodeum.Scalar Filter on barcode
---@field location? nodeum.Scalar Filter on location
---@field type? nodeum.Scalar Filter on type
---@field locked? nodeum.Scalar Filter on locked
---@field scratch? nodeum.Scalar Filter on scratch
---@field cleaning? nodeum.Scalar Filter on cleaning
---@field write_protect? nodeum.Scalar Filter on write protect
---@field mounted? nodeum.Scalar Filter on mounted
---@field ejected? nodeum.Scalar Filter on ejected
---@field known? nodeum.Scalar Filter on known
---@field mount_count? nodeum.Scalar Filter on mount count
---@field date_in? nodeum.Scalar Filter on date in
---@field date_move? nodeum.Scalar Filter on date move
---@field free? nodeum.Scalar Filter on free
---@field max? nodeum.Scalar Filter on max
---@field last_size_update? nodeum.Scalar Filter on last size update
---@field last_maintenance? nodeum.Scalar Filter on last maintenance
---@field last_repack? nodeum.Scalar Filter on last repack
---@field repack_status? nodeum.Scalar Filter on repack status
---@field hash? nodeum.Scalar Filter on hash
---@field force_import_type? nodeum.Scalar Filter on force import type
---@field need_to_check? nodeum.Scalar Filter on need to check

---The filters of `index_pools` (GET /api/v2/pools).
---@class nodeum.IndexPoolsFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field comment? nodeum.Scalar Filter on comment
---@field type? nodeum.Scalar Filter on type
---@field content? nodeum.Scalar Filter on content
---@field primary_id? nodeum.Scalar Filter on primary id

---The filters of `index_files_by_pool` (GET /api/v2/pools/{pool_id}/files).
---@class nodeum.IndexFilesByPoolFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_tapes_by_file_by_pool` (GET /api/v2/pools/{pool_id}/files/{file_id}/tapes).
---@class nodeum.IndexTapesByFileByPoolFilters: nodeum.ListOptions

---The filters of `files_children_by_pool` (GET /api/v2/pools/{pool_id}/files/{file_parent_id}/children).
---@class nodeum.FilesChildrenByPoolFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_import_files_by_pool` (GET /api/v2/pools/{pool_id}/import_files).
---@class nodeum.IndexImportFilesByPoolFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `import_files_children_by_pool` (GET /api/v2/pools/{pool_id}/import_files/{file_parent_id}/children).
---@class nodeum.ImportFilesChildrenByPoolFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_on_tapes_files_by_pool` (GET /api/v2/pools/{pool_id}/on_tapes_files).
---@class nodeum.IndexOnTapesFilesByPoolFilters: nodeum.ListOptions
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field size? nodeum.Scalar Filter on size

---The filters of `on_tapes_files_children_by_pool` (GET /api/v2/pools/{pool_id}/on_tapes_files/{file_parent_id}/children).
---@class nodeum.OnTapesFilesChildrenByPoolFilters: nodeum.ListOptions
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field size? nodeum.Scalar Filter on size

---The filters of `index_tapes_by_pool` (GET /api/v2/pools/{pool_id}/tapes).
---@class nodeum.IndexTapesByPoolFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field tape_library_id? nodeum.Scalar Filter on tape library id
---@field barcode? nodeum.Scalar Filter on barcode
---@field location? nodeum.Scalar Filter on location
---@field type? nodeum.Scalar Filter on type
---@field locked? nodeum.Scalar Filter on locked
---@field scratch? nodeum.Scalar Filter on scratch
---@field cleaning? nodeum.Scalar Filter on cleaning
---@field write_protect? nodeum.Scalar Filter on write protect
---@field mounted? nodeum.Scalar Filter on mounted
---@field ejected? nodeum.Scalar Filter on ejected
---@field known? nodeum.Scalar Filter on known
---@field mount_count? nodeum.Scalar Filter on mount count
---@field date_in? nodeum.Scalar Filter on date in
---@field date_move? nodeum.Scalar Filter on date move
---@field free? nodeum.Scalar Filter on free
---@field max? nodeum.Scalar Filter on max
---@field last_size_update? nodeum.Scalar Filter on last size update
---@field last_maintenance? nodeum.Scalar Filter on last maintenance
---@field last_repack? nodeum.Scalar Filter on last repack
---@field repack_status? nodeum.Scalar Filter on repack status
---@field hash? nodeum.Scalar Filter on hash
---@field force_import_type? nodeum.Scalar Filter on force import type
---@field need_to_check? nodeum.Scalar Filter on need to check

---The filters of `index_cloud_buckets_by_pool` (GET /api/v2/pools/{pool_id}/cloud_buckets).
---@class nodeum.IndexCloudBucketsByPoolFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field cloud_connector_id? nodeum.Scalar Filter on cloud connector id
---@field name? nodeum.Scalar Filter on name
---@field location? nodeum.Scalar Filter on location
---@field price? nodeum.Scalar Filter on price

---The filters of `index_nas_shares_by_pool` (GET /api/v2/pools/{pool_id}/nas_shares).
---@class nodeum.IndexNasSharesByPoolFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field path? nodeum.Scalar Filter on path
---@field options? nodeum.Scalar Filter on options
---@field username? nodeum.Scalar Filter on username
---@field nas_id? nodeum.Scalar Filter on NAS id

---The filters of `index_tape_drives` (GET /api/v2/tape_drives).
---@class nodeum.IndexTapeDrivesFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field tape_library_id? nodeum.Scalar Filter on tape library id
---@field name? nodeum.Scalar Filter on name
---@field serial? nodeum.Scalar Filter on serial
---@field comment? nodeum.Scalar Filter on comment
---@field scsi_address? nodeum.Scalar Filter on scsi address
---@field vendor? nodeum.Scalar Filter on vendor
---@field product? nodeum.Scalar Filter on product
---@field firmware? nodeum.Scalar Filter on firmware
---@field device? nodeum.Scalar Filter on device
---@field sgdevice? nodeum.Scalar Filter on sgdevice
---@field libso? nodeum.Scalar Filter on libso
---@field acs? nodeum.Scalar Filter on acs
---@field lsm? nodeum.Scalar Filter on lsm
---@field panel? nodeum.Scalar Filter on panel
---@field transport? nodeum.Scalar Filter on transport
---@field status? nodeum.Scalar Filter on status
---@field full? nodeum.Scalar Filter on full
---@field mount_count? nodeum.Scalar Filter on mount count
---@field use_to? nodeum.Scalar Filter on use to
---@field use_by? nodeum.Scalar Filter on use by
---@field barcode? nodeum.Scalar Filter on barcode
---@field task_id? nodeum.Scalar Filter on task id
---@field use_file_processed_size? nodeum.Scalar Filter on use file processed size
---@field use_file_size_to_process? nodeum.Scalar Filter on use file size to process
---@field use_file_name_processed? nodeum.Scalar Filter on use file name processed
---@field bandwidth? nodeum.Scalar Filter on bandwidth

---The filters of `index_tapes` (GET /api/v2/tapes).
---@class nodeum.IndexTapesFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field tape_library_id? nodeum.Scalar Filter on tape library id
---@field pool_id? nodeum.Scalar Filter on a pool id
---@field barcode? nodeum.Scalar Filter on barcode
---@field location? nodeum.Scalar Filter on location
---@field type? nodeum.Scalar Filter on type
---@field locked? nodeum.Scalar Filter on locked
---@field scratch? nodeum.Scalar Filter on scratch
---@field cleaning? nodeum.Scalar Filter on cleaning
---@field write_protect? nodeum.Scalar Filter on write protect
---@field mounted? nodeum.Scalar Filter on mounted
---@field ejected? nodeum.Scalar Filter on ejected
---@field known? nodeum.Scalar Filter on known
---@field mount_count? nodeum.Scalar Filter on mount count
---@field date_in? nodeum.Scalar Filter on date in
---@field date_move? nodeum.Scalar Filter on date move
---@field free? nodeum.Scalar Filter on free
---@field max? nodeum.Scalar Filter on max
---@field last_size_update? nodeum.Scalar Filter on last size update
---@field last_maintenance? nodeum.Scalar Filter on last maintenance
---@field last_repack? nodeum.Scalar Filter on last repack
---@field repack_status? nodeum.Scalar Filter on repack status
---@field hash? nodeum.Scalar Filter on hash
---@field force_import_type? nodeum.Scalar Filter on force import type
---@field need_to_check? nodeum.Scalar Filter on need to check

---The filters of `index_tape_stats` (GET /api/v2/tape_stats).
---@class nodeum.IndexTapeStatsFilters: nodeum.ListOptions

---The filters of `index_cloud_connectors` (GET /api/v2/cloud_connectors).
---@class nodeum.IndexCloudConnectorsFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field url? nodeum.Scalar Filter on url
---@field url_proxy? nodeum.Scalar Filter on url proxy
---@field provider? nodeum.Scalar Filter on provider
---@field region? nodeum.Scalar Filter on region
---@field access_key? nodeum.Scalar Filter on access key

---The filters of `index_cloud_buckets_by_cloud_connector` (GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets).
---@class nodeum.IndexCloudBucketsByCloudConnectorFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field pool_id? nodeum.Scalar Filter on a pool id
---@field name? nodeum.Scalar Filter on name
---@field location? nodeum.Scalar Filter on location
---@field price? nodeum.Scalar Filter on price

---The filters of `index_cloud_buckets` (GET /api/v2/cloud_buckets).
---@class nodeum.IndexCloudBucketsFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field cloud_connector_id? nodeum.Scalar Filter on cloud connector id
---@field pool_id? nodeum.Scalar Filter on a pool id
---@field name? nodeum.Scalar Filter on name
---@field location? nodeum.Scalar Filter on location
---@field price? nodeum.Scalar Filter on price

---The filters of `index_nas` (GET /api/v2/nas).
---@class nodeum.IndexNasFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field comment? nodeum.Scalar Filter on comment
---@field host? nodeum.Scalar Filter on host
---@field type? nodeum.Scalar Filter on type
---@field price? nodeum.Scalar Filter on price

---The filters of `index_nas_shares_by_nas` (GET /api/v2/nas/{nas_id}/nas_shares).
---@class nodeum.IndexNasSharesByNasFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field path? nodeum.Scalar Filter on path
---@field options? nodeum.Scalar Filter on options
---@field username? nodeum.Scalar Filter on username
---@field pool_id? nodeum.Scalar Filter on a pool id

---The filters of `index_nas_shares` (GET /api/v2/nas_shares).
---@class nodeum.IndexNasSharesFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field path? nodeum.Scalar Filter on path
---@field options? nodeum.Scalar Filter on options
---@field username? nodeum.Scalar Filter on username
---@field nas_id? nodeum.Scalar Filter on NAS id
---@field pool_id? nodeum.Scalar Filter on a pool id

---The filters of `index_tasks` (GET /api/v2/tasks).
---@class nodeum.IndexTasksFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field comment? nodeum.Scalar Filter on comment
---@field workflow_type? nodeum.Scalar Filter on task workflow type
---@field workflow_action? nodeum.Scalar Filter on task workflow action
---@field source_type? nodeum.Scalar Filter on task source type
---@field destination_type? nodeum.Scalar Filter on task destination type
---@field priority? nodeum.Scalar Filter on priority
---@field conflict_resolution? nodeum.Scalar Filter on conflict resolution
---@field action? nodeum.Scalar Filter on action
---@field activate? nodeum.Scalar Filter on activate
---@field creation_date? nodeum.Scalar Filter on creation date
---@field creation_username? nodeum.Scalar Filter on creation username
---@field modification_date? nodeum.Scalar Filter on modification date
---@field modification_username? nodeum.Scalar Filter on modification username
---@field job_started? nodeum.Scalar Filter on job started
---@field job_finished? nodeum.Scalar Filter on job finished
---@field status? nodeum.Scalar Filter on status
---@field processed_size? nodeum.Scalar Filter on processed size
---@field to_process_size? nodeum.Scalar Filter on to process size
---@field source_pool_id? nodeum.Scalar Filter on task source pool id
---@field source_pool_name? nodeum.Scalar Filter on task source pool name
---@field source_tape_id? nodeum.Scalar Filter on task source tape id
---@field source_tape_barcode? nodeum.Scalar Filter on task source tape barcode
---@field destination_pool_id? nodeum.Scalar Filter on task destination pool id
---@field destination_pool_name? nodeum.Scalar Filter on task destination pool name
---@field destination_tape_id? nodeum.Scalar Filter on task destination tape id
---@field destination_tape_barcode? nodeum.Scalar Filter on task destination tape barcode

---The filters of `index_files_by_task` (GET /api/v2/tasks/{task_id}/files).
---@class nodeum.IndexFilesByTaskFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_tapes_by_file_by_task` (GET /api/v2/tasks/{task_id}/files/{file_id}/tapes).
---@class nodeum.IndexTapesByFileByTaskFilters: nodeum.ListOptions

---The filters of `files_children_by_task` (GET /api/v2/tasks/{task_id}/files/{file_parent_id}/children).
---@class nodeum.FilesChildrenByTaskFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_task_sources` (GET /api/v2/tasks/{task_id}/task_sources).
---@class nodeum.IndexTaskSourcesFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field file_id? nodeum.Scalar Filter on file id
---@field import_file_id? nodeum.Scalar Filter on import file id
---@field tape_id? nodeum.Scalar Filter on tape id
---@field pool_id? nodeum.Scalar Filter on a pool id

---The filters of `index_task_destinations` (GET /api/v2/tasks/{task_id}/task_destinations).
---@class nodeum.IndexTaskDestinationsFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field folder_id? nodeum.Scalar Filter on folder id
---@field tape_id? nodeum.Scalar Filter on tape id
---@field pool_id? nodeum.Scalar Filter on a pool id

---The filters of `index_task_options` (GET /api/v2/tasks/{task_id}/task_options).
---@class nodeum.IndexTaskOptionsFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field type? nodeum.Scalar Filter on type
---@field value? nodeum.Scalar Filter on value

---The filters of `index_task_callbacks` (GET /api/v2/tasks/{task_id}/task_callbacks).
---@class nodeum.IndexTaskCallbacksFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field type? nodeum.Scalar Filter on type
---@field script? nodeum.Scalar Filter on task callback script

---The filters of `index_task_metadata` (GET /api/v2/tasks/{task_id}/task_metadata).
---@class nodeum.IndexTaskMetadataFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field key? nodeum.Scalar Filter on key
---@field value? nodeum.Scalar Filter on value

---The filters of `index_task_executions_by_task` (GET /api/v2/tasks/{task_id}/task_executions).
---@class nodeum.IndexTaskExecutionsByTaskFilters: nodeum.ListOptions
---@field id? nodeum.Scalar Filter on id
---@field name? nodeum.Scalar Filter on name
---@field workflow_type? nodeum.Scalar Filter on task workflow type
---@field workflow_action? nodeum.Scalar Filter on task workflow action
---@field source_type? nodeum.Scalar Filter on task source type
---@field destination_type? nodeum.Scalar Filter on task destination type
---@field status? nodeum.Scalar Filter on status
---@field log_time? nodeum.Scalar Filter on log time
---@field job_started? nodeum.Scalar Filter on job started
---@field job_finished? nodeum.Scalar Filter on job finished
---@field to_process_size? nodeum.Scalar Filter on to process size
---@field processed_size? nodeum.Scalar Filter on processed size
---@field to_process_files? nodeum.Scalar Filter on to process files
---@field processed_files? nodeum.Scalar Filter on processed files
---@field finalized_files? nodeum.Scalar Filter on finalized files
---@field estimation_time? nodeum.Scalar Filter on estimation time
---@field bandwidth? nodeum.Scalar Filter on bandwidth

---The filters of `index_files_by_task_execution_by_task` (GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files).
---@class nodeum.IndexFilesByTaskExecutionByTaskFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_tapes_by_file_by_task_execution_by_task` (GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_id}/tapes).
---@class nodeum.IndexTapesByFileByTaskExecutionByTaskFilters: nodeum.ListOptions

---The filters of `files_children_by_task_execution_by_task` (GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_parent_id}/children).
---@class nodeum.FilesChildrenByTaskExecutionByTaskFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_task_schedules` (GET /api/v2/task_schedules).
---@class nodeum.IndexTaskSchedulesFilters: nodeum.ListOptions
---@field with_next? boolean|string Display the next scheduled date, and information about missing executions.
---@field id? nodeum.Scalar Filter on id
---@field rrule? nodeum.Scalar Filter on RRule of schedule
---@field done? nodeum.Scalar Filter on done schedule
---@field task_id? nodeum.Scalar Filter on task id

---The filters of `index_task_executions` (GET /api/v2/task_executions).
---@class nodeum.IndexTaskExecutionsFilters: nodeum.ListOptions
---@field complete_list? boolean|string If `false`, only includes the last correct execution of a task.
---@field id? nodeum.Scalar Filter on id
---@field task_id? nodeum.Scalar Filter on task id
---@field name? nodeum.Scalar Filter on name
---@field workflow_type? nodeum.Scalar Filter on task workflow type
---@field workflow_action? nodeum.Scalar Filter on task workflow action
---@field source_type? nodeum.Scalar Filter on task source type
---@field destination_type? nodeum.Scalar Filter on task destination type
---@field status? nodeum.Scalar Filter on status
---@field log_time? nodeum.Scalar Filter on log time
---@field job_started? nodeum.Scalar Filter on job started
---@field job_finished? nodeum.Scalar Filter on job finished
---@field creation_date? nodeum.Scalar Filter on creation date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field to_process_size? nodeum.Scalar Filter on to process size
---@field processed_size? nodeum.Scalar Filter on processed size
---@field to_process_files? nodeum.Scalar Filter on to process files
---@field processed_files? nodeum.Scalar Filter on processed files
---@field finalized_files? nodeum.Scalar Filter on finalized files
---@field estimation_time? nodeum.Scalar Filter on estimation time
---@field bandwidth? nodeum.Scalar Filter on bandwidth

---The filters of `index_files_by_task_execution` (GET /api/v2/task_executions/{task_execution_id}/files).
---@class nodeum.IndexFilesByTaskExecutionFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

---The filters of `index_tapes_by_file_by_task_execution` (GET /api/v2/task_executions/{task_execution_id}/files/{file_id}/tapes).
---@class nodeum.IndexTapesByFileByTaskExecutionFilters: nodeum.ListOptions

---The filters of `files_children_by_task_execution` (GET /api/v2/task_executions/{task_execution_id}/files/{file_parent_id}/children).
---@class nodeum.FilesChildrenByTaskExecutionFilters: nodeum.ListOptions
---@field file_id? nodeum.Scalar Filter on file id
---@field name? nodeum.Scalar Filter on name
---@field type? nodeum.Scalar Filter on type
---@field permission? nodeum.Scalar Filter on permission
---@field size? nodeum.Scalar Filter on size
---@field change_date? nodeum.Scalar Filter on change date
---@field modification_date? nodeum.Scalar Filter on modification date
---@field access_date? nodeum.Scalar Filter on access date
---@field gid? nodeum.Scalar Filter on gid
---@field uid? nodeum.Scalar Filter on uid

do
  ---The collection /users/me/configurations: `nodeum.configurations`.
  ---@class nodeum.ConfigurationsCollection
  local C = {}

  --- Lists all configurations of current user.
  --- `index_configurations`: GET /api/v2/users/me/configurations
  ---@param filters? nodeum.IndexConfigurationsFilters
  ---@return nodeum.Cursor<nodeum.api.UserConfiguration>
  function C:list(filters) end

  --- Displays a specific configuration value.
  --- `show_configuration`: GET /api/v2/users/me/configurations/{configuration_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.UserConfiguration
  function C:get(id) end

  --- Creates a new configuration value for current user.
  --- `create_configuration`: POST /api/v2/users/me/configurations
  ---@param fields nodeum.api.UserConfiguration
  ---@return nodeum.api.UserConfiguration
  function C:create(fields) end

  --- Updates a specific configuration value.
  --- `update_configuration`: PUT /api/v2/users/me/configurations/{configuration_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.UserConfiguration
  ---@return nodeum.api.UserConfiguration
  function C:update(id, fields) end

  --- Destroys a specific configuration value.
  --- `destroy_configuration`: DELETE /api/v2/users/me/configurations/{configuration_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one configuration, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.ConfigurationsItem
  function C:at(id) end
end

do
  ---One configuration: `nodeum.configurations:at(id)`.
  ---@class nodeum.ConfigurationsItem
  local I = {}

  --- Displays a specific configuration value.
  --- `show_configuration`: GET /api/v2/users/me/configurations/{configuration_id}
  ---@return nodeum.api.UserConfiguration
  function I:get() end

  --- Updates a specific configuration value.
  --- `update_configuration`: PUT /api/v2/users/me/configurations/{configuration_id}
  ---@param fields nodeum.api.UserConfiguration
  ---@return nodeum.api.UserConfiguration
  function I:update(fields) end

  --- Destroys a specific configuration value.
  --- `destroy_configuration`: DELETE /api/v2/users/me/configurations/{configuration_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /task_metadata_definitions: `nodeum.task_metadata_definitions`.
  ---@class nodeum.TaskMetadataDefinitionsCollection
  local C = {}

  --- List task metadata definitions
  --- `index_task_metadata_definitions`: GET /api/v2/task_metadata_definitions
  ---@param filters? nodeum.IndexTaskMetadataDefinitionsFilters
  ---@return nodeum.Cursor<nodeum.api.TaskMetadataDefinition>
  function C:list(filters) end

  --- Displays a specific task metadata definition.
  --- `show_task_metadata_definition`: GET /api/v2/task_metadata_definitions/{metadata_definition_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TaskMetadataDefinition
  function C:get(id) end

  --- A handle on one metadata_definition, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TaskMetadataDefinitionsItem
  function C:at(id) end
end

do
  ---One metadata_definition: `nodeum.task_metadata_definitions:at(id)`.
  ---@class nodeum.TaskMetadataDefinitionsItem
  local I = {}

  --- Displays a specific task metadata definition.
  --- `show_task_metadata_definition`: GET /api/v2/task_metadata_definitions/{metadata_definition_id}
  ---@return nodeum.api.TaskMetadataDefinition
  function I:get() end
end

do
  ---The collection /file_metadata_definitions: `nodeum.file_metadata_definitions`.
  ---@class nodeum.FileMetadataDefinitionsCollection
  local C = {}

  --- List file metadata definitions
  --- `index_file_metadata_definitions`: GET /api/v2/file_metadata_definitions
  ---@param filters? nodeum.IndexFileMetadataDefinitionsFilters
  ---@return nodeum.Cursor<nodeum.api.FileMetadataDefinition>
  function C:list(filters) end

  --- Displays a specific task metadata definition.
  --- `show_file_metadata_definition`: GET /api/v2/file_metadata_definitions/{metadata_definition_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.FileMetadataDefinition
  function C:get(id) end

  --- A handle on one metadata_definition, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.FileMetadataDefinitionsItem
  function C:at(id) end
end

do
  ---One metadata_definition: `nodeum.file_metadata_definitions:at(id)`.
  ---@class nodeum.FileMetadataDefinitionsItem
  local I = {}

  --- Displays a specific task metadata definition.
  --- `show_file_metadata_definition`: GET /api/v2/file_metadata_definitions/{metadata_definition_id}
  ---@return nodeum.api.FileMetadataDefinition
  function I:get() end
end

do
  ---The collection /users/me/api_keys: `nodeum.api_keys`.
  ---@class nodeum.ApiKeysCollection
  local C = {}

  --- Lists all API keys of current user.
  --- `index_api_keys`: GET /api/v2/users/me/api_keys
  ---@param filters? nodeum.IndexApiKeysFilters
  ---@return nodeum.Cursor<nodeum.api.ApiKey>
  function C:list(filters) end

  --- Displays a specific API Key with its scopes.
  --- `show_api_key`: GET /api/v2/users/me/api_keys/{api_key_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.ApiKeyFull
  function C:get(id) end

  --- Creates a new API Key for current user.
  --- `create_api_key`: POST /api/v2/users/me/api_keys
  ---@param fields nodeum.api.ApiKeyFull
  ---@return nodeum.api.ApiKeyFull
  function C:create(fields) end

  --- Updates a specific API Key.
  --- `update_api_key`: PUT /api/v2/users/me/api_keys/{api_key_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.ApiKeyFull
  ---@return nodeum.api.ApiKeyFull
  function C:update(id, fields) end

  --- Destroys a specific API Key.
  --- `destroy_api_key`: DELETE /api/v2/users/me/api_keys/{api_key_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one api_key, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.ApiKeysItem
  function C:at(id) end
end

do
  ---One api_key: `nodeum.api_keys:at(id)`.
  ---@class nodeum.ApiKeysItem
  local I = {}

  --- Displays a specific API Key with its scopes.
  --- `show_api_key`: GET /api/v2/users/me/api_keys/{api_key_id}
  ---@return nodeum.api.ApiKeyFull
  function I:get() end

  --- Updates a specific API Key.
  --- `update_api_key`: PUT /api/v2/users/me/api_keys/{api_key_id}
  ---@param fields nodeum.api.ApiKeyFull
  ---@return nodeum.api.ApiKeyFull
  function I:update(fields) end

  --- Destroys a specific API Key.
  --- `destroy_api_key`: DELETE /api/v2/users/me/api_keys/{api_key_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /users: `nodeum.users`.
  ---@class nodeum.UsersCollection
  local C = {}

  --- List all system users.
  --- `index_system_users`: GET /api/v2/users/-/systems
  ---@return nodeum.api.SystemUserCollection
  function C:systems() end
end

do
  ---The collection /groups: `nodeum.groups`.
  ---@class nodeum.GroupsCollection
  local C = {}

  --- List all system groups.
  --- `index_system_groups`: GET /api/v2/groups/-/systems
  ---@return nodeum.api.SystemGroupCollection
  function C:systems() end
end

do
  ---The collection /files: `nodeum.files`.
  ---@class nodeum.FilesCollection
  local C = {}

  --- Lists files on root.
  --- `index_files`: GET /api/v2/files
  ---@param filters? nodeum.IndexFilesFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end

  --- Displays a specific file.
  --- `show_file`: GET /api/v2/files/{file_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NodeumFileWithPath
  function C:get(id) end

  --- A handle on one file, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.FilesItem
  function C:at(id) end
end

do
  ---One file: `nodeum.files:at(id)`.
  ---@class nodeum.FilesItem
  ---@field children nodeum.FilesChildrenCollection /files/{file_parent_id}/children
  local I = {}

  --- Displays a specific file.
  --- `show_file`: GET /api/v2/files/{file_id}
  ---@return nodeum.api.NodeumFileWithPath
  function I:get() end
end

do
  ---The collection /files/{file_parent_id}/children: `nodeum.files:at(id).children`.
  ---@class nodeum.FilesChildrenCollection
  local C = {}

  --- Lists files under a specific folder.
  --- `files_children`: GET /api/v2/files/{file_parent_id}/children
  ---@param filters? nodeum.FilesChildrenFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end
end

do
  ---The collection /mounts: `nodeum.mounts`.
  ---@class nodeum.MountsCollection
  local C = {}

  --- List all mounted storages.
  --- `index_mounts`: GET /api/v2/mounts
  ---@param filters? nodeum.IndexMountsFilters
  ---@return nodeum.Cursor<nodeum.api.MountInfo>
  function C:list(filters) end
end

do
  ---The collection /containers: `nodeum.containers`.
  ---@class nodeum.ContainersCollection
  local C = {}

  --- Lists all containers.
  --- `index_containers`: GET /api/v2/containers
  ---@param filters? nodeum.IndexContainersFilters
  ---@return nodeum.Cursor<nodeum.api.Container>
  function C:list(filters) end

  --- Displays a specific container.
  --- `show_container`: GET /api/v2/containers/{container_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.Container
  function C:get(id) end

  --- Creates a new container.
  --- `create_container`: POST /api/v2/containers
  ---@param fields nodeum.api.Container
  ---@return nodeum.api.Container
  function C:create(fields) end

  --- Updates a specific container.
  --- `update_container`: PUT /api/v2/containers/{container_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.Container
  ---@return nodeum.api.Container
  function C:update(id, fields) end

  --- Destroys a specific container.
  --- `destroy_container`: DELETE /api/v2/containers/{container_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one container, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.ContainersItem
  function C:at(id) end
end

do
  ---One container: `nodeum.containers:at(id)`.
  ---@class nodeum.ContainersItem
  ---@field container_privileges nodeum.ContainersContainerPrivilegesCollection /containers/{container_id}/container_privileges
  ---@field files nodeum.ContainersFilesCollection /containers/{container_id}/files
  local I = {}

  --- Displays a specific container.
  --- `show_container`: GET /api/v2/containers/{container_id}
  ---@return nodeum.api.Container
  function I:get() end

  --- Updates a specific container.
  --- `update_container`: PUT /api/v2/containers/{container_id}
  ---@param fields nodeum.api.Container
  ---@return nodeum.api.Container
  function I:update(fields) end

  --- Destroys a specific container.
  --- `destroy_container`: DELETE /api/v2/containers/{container_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /containers/{container_id}/container_privileges: `nodeum.containers:at(id).container_privileges`.
  ---@class nodeum.ContainersContainerPrivilegesCollection
  local C = {}

  --- Lists all privilege on the container.
  --- `index_container_privileges`: GET /api/v2/containers/{container_id}/container_privileges
  ---@param filters? nodeum.IndexContainerPrivilegesFilters
  ---@return nodeum.Cursor<nodeum.api.ContainerPrivilege>
  function C:list(filters) end

  --- Displays a specific privilege.
  --- `show_container_privilege`: GET /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.ContainerPrivilege
  function C:get(id) end

  --- Creates a new privilege on the container.
  --- `create_container_privilege`: POST /api/v2/containers/{container_id}/container_privileges
  ---@param fields nodeum.api.ContainerPrivilege
  ---@return nodeum.api.ContainerPrivilege
  function C:create(fields) end

  --- Updates a specific privilege.
  --- `update_container_privilege`: PUT /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.ContainerPrivilege
  ---@return nodeum.api.ContainerPrivilege
  function C:update(id, fields) end

  --- Destroys a specific privilege.
  --- `destroy_container_privilege`: DELETE /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one container_privilege, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.ContainersContainerPrivilegesItem
  function C:at(id) end
end

do
  ---One container_privilege: `nodeum.containers:at(id).container_privileges:at(id)`.
  ---@class nodeum.ContainersContainerPrivilegesItem
  local I = {}

  --- Displays a specific privilege.
  --- `show_container_privilege`: GET /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}
  ---@return nodeum.api.ContainerPrivilege
  function I:get() end

  --- Updates a specific privilege.
  --- `update_container_privilege`: PUT /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}
  ---@param fields nodeum.api.ContainerPrivilege
  ---@return nodeum.api.ContainerPrivilege
  function I:update(fields) end

  --- Destroys a specific privilege.
  --- `destroy_container_privilege`: DELETE /api/v2/containers/{container_id}/container_privileges/{container_privilege_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /containers/{container_id}/files: `nodeum.containers:at(id).files`.
  ---@class nodeum.ContainersFilesCollection
  local C = {}

  --- Lists files on root.
  --- `index_files_by_container`: GET /api/v2/containers/{container_id}/files
  ---@param filters? nodeum.IndexFilesByContainerFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end

  --- Displays a specific file.
  --- `show_file_by_container`: GET /api/v2/containers/{container_id}/files/{file_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NodeumFileWithPath
  function C:get(id) end

  --- A handle on one file, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.ContainersFilesItem
  function C:at(id) end
end

do
  ---One file: `nodeum.containers:at(id).files:at(id)`.
  ---@class nodeum.ContainersFilesItem
  ---@field children nodeum.ContainersFilesChildrenCollection /containers/{container_id}/files/{file_parent_id}/children
  local I = {}

  --- Displays a specific file.
  --- `show_file_by_container`: GET /api/v2/containers/{container_id}/files/{file_id}
  ---@return nodeum.api.NodeumFileWithPath
  function I:get() end
end

do
  ---The collection /containers/{container_id}/files/{file_parent_id}/children: `nodeum.containers:at(id).files:at(id).children`.
  ---@class nodeum.ContainersFilesChildrenCollection
  local C = {}

  --- Lists files under a specific folder.
  --- `files_children_by_container`: GET /api/v2/containers/{container_id}/files/{file_parent_id}/children
  ---@param filters? nodeum.FilesChildrenByContainerFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end
end

do
  ---The collection /tape_libraries: `nodeum.tape_libraries`.
  ---@class nodeum.TapeLibrariesCollection
  local C = {}

  --- Lists all tape libraries.
  --- `index_tape_libraries`: GET /api/v2/tape_libraries
  ---@param filters? nodeum.IndexTapeLibrariesFilters
  ---@return nodeum.Cursor<nodeum.api.TapeLibrary>
  function C:list(filters) end

  --- Displays a specific tape library.
  --- `show_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TapeLibrary
  function C:get(id) end

  --- Creates a new tape library.
  --- `create_tape_library`: POST /api/v2/tape_libraries
  ---@param fields nodeum.api.TapeLibrary
  ---@return nodeum.api.TapeLibrary
  function C:create(fields) end

  --- Updates a specific tape library.
  --- `update_tape_library`: PUT /api/v2/tape_libraries/{tape_library_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.TapeLibrary
  ---@return nodeum.api.TapeLibrary
  function C:update(id, fields) end

  --- Destroys a specific tape library.
  --- `destroy_tape_library`: DELETE /api/v2/tape_libraries/{tape_library_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one tape_library, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TapeLibrariesItem
  function C:at(id) end

  --- Lists tape libraries devices.
  --- `index_tape_library_devices`: GET /api/v2/tape_libraries/-/devices
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.TapeLibraryDeviceCollection|nodeum.api.ActiveJobStatus
  function C:devices(params) end
end

do
  ---One tape_library: `nodeum.tape_libraries:at(id)`.
  ---@class nodeum.TapeLibrariesItem
  ---@field tape_drives nodeum.TapeLibrariesTapeDrivesCollection /tape_libraries/{tape_library_id}/tape_drives
  ---@field tapes nodeum.TapeLibrariesTapesCollection /tape_libraries/{tape_library_id}/tapes
  local I = {}

  --- Displays a specific tape library.
  --- `show_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}
  ---@return nodeum.api.TapeLibrary
  function I:get() end

  --- Updates a specific tape library.
  --- `update_tape_library`: PUT /api/v2/tape_libraries/{tape_library_id}
  ---@param fields nodeum.api.TapeLibrary
  ---@return nodeum.api.TapeLibrary
  function I:update(fields) end

  --- Destroys a specific tape library.
  --- `destroy_tape_library`: DELETE /api/v2/tape_libraries/{tape_library_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /tape_libraries/{tape_library_id}/tape_drives: `nodeum.tape_libraries:at(id).tape_drives`.
  ---@class nodeum.TapeLibrariesTapeDrivesCollection
  local C = {}

  --- Lists all tape drives.
  --- `index_tape_drives_by_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}/tape_drives
  ---@param filters? nodeum.IndexTapeDrivesByTapeLibraryFilters
  ---@return nodeum.Cursor<nodeum.api.TapeDrive>
  function C:list(filters) end

  --- Displays a specific tape drive.
  --- `show_tape_drive_by_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TapeDrive
  function C:get(id) end

  --- Creates a new tape drive.
  --- `create_tape_drive_by_tape_library`: POST /api/v2/tape_libraries/{tape_library_id}/tape_drives
  ---@param fields nodeum.api.TapeDrive
  ---@return nodeum.api.TapeDrive
  function C:create(fields) end

  --- Updates a specific tape drive.
  --- `update_tape_drive_by_tape_library`: PUT /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.TapeDrive
  ---@return nodeum.api.TapeDrive
  function C:update(id, fields) end

  --- Destroys a specific tape drive.
  --- `destroy_tape_drive_by_tape_library`: DELETE /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one tape_drive, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TapeLibrariesTapeDrivesItem
  function C:at(id) end

  --- Lists tape drives devices.
  --- `index_tape_drive_devices`: GET /api/v2/tape_libraries/{tape_library_id}/tape_drives/-/devices
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.TapeDriveDeviceCollection|nodeum.api.ActiveJobStatus
  function C:devices(params) end
end

do
  ---One tape_drive: `nodeum.tape_libraries:at(id).tape_drives:at(id)`.
  ---@class nodeum.TapeLibrariesTapeDrivesItem
  local I = {}

  --- Displays a specific tape drive.
  --- `show_tape_drive_by_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}
  ---@return nodeum.api.TapeDrive
  function I:get() end

  --- Updates a specific tape drive.
  --- `update_tape_drive_by_tape_library`: PUT /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}
  ---@param fields nodeum.api.TapeDrive
  ---@return nodeum.api.TapeDrive
  function I:update(fields) end

  --- Destroys a specific tape drive.
  --- `destroy_tape_drive_by_tape_library`: DELETE /api/v2/tape_libraries/{tape_library_id}/tape_drives/{tape_drive_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /tape_libraries/{tape_library_id}/tapes: `nodeum.tape_libraries:at(id).tapes`.
  ---@class nodeum.TapeLibrariesTapesCollection
  local C = {}

  --- Lists all tapes.
  --- `index_tapes_by_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}/tapes
  ---@param filters? nodeum.IndexTapesByTapeLibraryFilters
  ---@return nodeum.Cursor<nodeum.api.Tape>
  function C:list(filters) end

  --- Displays a specific tape.
  --- `show_tape_by_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}/tapes/{tape_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.Tape
  function C:get(id) end

  --- A handle on one tape, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TapeLibrariesTapesItem
  function C:at(id) end
end

do
  ---One tape: `nodeum.tape_libraries:at(id).tapes:at(id)`.
  ---@class nodeum.TapeLibrariesTapesItem
  local I = {}

  --- Displays a specific tape.
  --- `show_tape_by_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}/tapes/{tape_id}
  ---@return nodeum.api.Tape
  function I:get() end

  --- Get mount status of Tape.
  --- `mount_status_tape_by_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}/tapes/{tape_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end

  --- Display statistic for a specific tape.
  --- `show_tape_stat_by_tape_library`: GET /api/v2/tape_libraries/{tape_library_id}/tapes/{tape_id}/tape_stat
  ---@return nodeum.api.TapeStat
  function I:show_stat() end
end

do
  ---The collection /pools: `nodeum.pools`.
  ---@class nodeum.PoolsCollection
  local C = {}

  --- Lists all pools.
  --- `index_pools`: GET /api/v2/pools
  ---@param filters? nodeum.IndexPoolsFilters
  ---@return nodeum.Cursor<nodeum.api.Pool>
  function C:list(filters) end

  --- Displays a specific pool.
  --- `show_pool`: GET /api/v2/pools/{pool_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.Pool
  function C:get(id) end

  --- Creates a new pool.
  --- `create_pool`: POST /api/v2/pools
  ---@param fields nodeum.api.PoolUp
  ---@return nodeum.api.Pool
  function C:create(fields) end

  --- Updates a specific pool.
  --- `update_pool`: PUT /api/v2/pools/{pool_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.PoolUp
  ---@return nodeum.api.Pool
  function C:update(id, fields) end

  --- Destroys a specific tape pool.
  --- `destroy_pool`: DELETE /api/v2/pools/{pool_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one pool, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.PoolsItem
  function C:at(id) end
end

do
  ---One pool: `nodeum.pools:at(id)`.
  ---@class nodeum.PoolsItem
  ---@field files nodeum.PoolsFilesCollection /pools/{pool_id}/files
  ---@field import_files nodeum.PoolsImportFilesCollection /pools/{pool_id}/import_files
  ---@field on_tapes_files nodeum.PoolsOnTapesFilesCollection /pools/{pool_id}/on_tapes_files
  ---@field tapes nodeum.PoolsTapesCollection /pools/{pool_id}/tapes
  ---@field cloud_buckets nodeum.PoolsCloudBucketsCollection /pools/{pool_id}/cloud_buckets
  ---@field nas_shares nodeum.PoolsNasSharesCollection /pools/{pool_id}/nas_shares
  local I = {}

  --- Displays a specific pool.
  --- `show_pool`: GET /api/v2/pools/{pool_id}
  ---@return nodeum.api.Pool
  function I:get() end

  --- Updates a specific pool.
  --- `update_pool`: PUT /api/v2/pools/{pool_id}
  ---@param fields nodeum.api.PoolUp
  ---@return nodeum.api.Pool
  function I:update(fields) end

  --- Destroys a specific tape pool.
  --- `destroy_pool`: DELETE /api/v2/pools/{pool_id}
  ---@return true
  function I:delete() end

  --- Displays the primary pool scan status.
  --- `show_primary_scan`: GET /api/v2/pools/{pool_id}/primary_scan
  ---@return nodeum.api.PrimaryScan
  function I:show_primary_scan() end

  --- Set a new primary pool scan option.
  --- `create_primary_scan`: POST /api/v2/pools/{pool_id}/primary_scan
  ---@param params {body: nodeum.api.PrimaryScan}
  ---@return nodeum.api.PrimaryScan
  function I:create_primary_scan(params) end

  --- Updates the existing primary pool scan option.
  --- `update_primary_scan`: PUT /api/v2/pools/{pool_id}/primary_scan
  ---@param params {body: nodeum.api.PrimaryScan}
  ---@return nodeum.api.PrimaryScan
  function I:update_primary_scan(params) end

  --- Disable the primary pool scan.
  --- `destroy_primary_scan`: DELETE /api/v2/pools/{pool_id}/primary_scan
  ---@return true
  function I:destroy_primary_scan() end

  --- Synchronize a primary after a scan (for internal use only).
  --- `sync_primary_pool`: POST /api/v2/pools/{pool_id}/sync
  ---@param params {tx: integer|string}
  ---@return true
  function I:sync_primary(params) end

  --- Get mount status of Pool.
  --- `mount_status_pool`: GET /api/v2/pools/{pool_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end

  --- Mount Pool.
  --- `mount_pool`: PUT /api/v2/pools/{pool_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount() end

  --- Unmount Pool.
  --- `unmount_pool`: DELETE /api/v2/pools/{pool_id}/mount
  ---@return nodeum.api.MountStatus
  function I:unmount() end
end

do
  ---The collection /pools/{pool_id}/files: `nodeum.pools:at(id).files`.
  ---@class nodeum.PoolsFilesCollection
  local C = {}

  --- Lists files on root.
  --- `index_files_by_pool`: GET /api/v2/pools/{pool_id}/files
  ---@param filters? nodeum.IndexFilesByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end

  --- Displays a specific file.
  --- `show_file_by_pool`: GET /api/v2/pools/{pool_id}/files/{file_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NodeumFileWithPath
  function C:get(id) end

  --- A handle on one file, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.PoolsFilesItem
  function C:at(id) end
end

do
  ---One file: `nodeum.pools:at(id).files:at(id)`.
  ---@class nodeum.PoolsFilesItem
  ---@field tapes nodeum.PoolsFilesTapesCollection /pools/{pool_id}/files/{file_id}/tapes
  ---@field children nodeum.PoolsFilesChildrenCollection /pools/{pool_id}/files/{file_parent_id}/children
  local I = {}

  --- Displays a specific file.
  --- `show_file_by_pool`: GET /api/v2/pools/{pool_id}/files/{file_id}
  ---@return nodeum.api.NodeumFileWithPath
  function I:get() end
end

do
  ---The collection /pools/{pool_id}/files/{file_id}/tapes: `nodeum.pools:at(id).files:at(id).tapes`.
  ---@class nodeum.PoolsFilesTapesCollection
  local C = {}

  --- Displays tapes containing specific file, related to the specific pool.
  --- `index_tapes_by_file_by_pool`: GET /api/v2/pools/{pool_id}/files/{file_id}/tapes
  ---@param filters? nodeum.IndexTapesByFileByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.Tape>
  function C:list(filters) end
end

do
  ---The collection /pools/{pool_id}/files/{file_parent_id}/children: `nodeum.pools:at(id).files:at(id).children`.
  ---@class nodeum.PoolsFilesChildrenCollection
  local C = {}

  --- Lists files under a specific folder.
  --- `files_children_by_pool`: GET /api/v2/pools/{pool_id}/files/{file_parent_id}/children
  ---@param filters? nodeum.FilesChildrenByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end
end

do
  ---The collection /pools/{pool_id}/import_files: `nodeum.pools:at(id).import_files`.
  ---@class nodeum.PoolsImportFilesCollection
  local C = {}

  --- Lists files on root of tape of pools, specific for Data Exchange.
  --- `index_import_files_by_pool`: GET /api/v2/pools/{pool_id}/import_files
  ---@param filters? nodeum.IndexImportFilesByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.ImportFile>
  function C:list(filters) end

  --- Displays a specific file on tape of pools, specific for Data Exchange.
  --- `show_import_file_by_pool`: GET /api/v2/pools/{pool_id}/import_files/{file_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.ImportFileWithPath
  function C:get(id) end

  --- A handle on one file, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.PoolsImportFilesItem
  function C:at(id) end
end

do
  ---One file: `nodeum.pools:at(id).import_files:at(id)`.
  ---@class nodeum.PoolsImportFilesItem
  ---@field children nodeum.PoolsImportFilesChildrenCollection /pools/{pool_id}/import_files/{file_parent_id}/children
  local I = {}

  --- Displays a specific file on tape of pools, specific for Data Exchange.
  --- `show_import_file_by_pool`: GET /api/v2/pools/{pool_id}/import_files/{file_id}
  ---@return nodeum.api.ImportFileWithPath
  function I:get() end
end

do
  ---The collection /pools/{pool_id}/import_files/{file_parent_id}/children: `nodeum.pools:at(id).import_files:at(id).children`.
  ---@class nodeum.PoolsImportFilesChildrenCollection
  local C = {}

  --- Lists files under a specific folder on tape of pools, specific for Data Exchange.
  --- `import_files_children_by_pool`: GET /api/v2/pools/{pool_id}/import_files/{file_parent_id}/children
  ---@param filters? nodeum.ImportFilesChildrenByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.ImportFile>
  function C:list(filters) end
end

do
  ---The collection /pools/{pool_id}/on_tapes_files: `nodeum.pools:at(id).on_tapes_files`.
  ---@class nodeum.PoolsOnTapesFilesCollection
  local C = {}

  --- Lists files on root of tape of pools, specific for Active and Offline.
  --- `index_on_tapes_files_by_pool`: GET /api/v2/pools/{pool_id}/on_tapes_files
  ---@param filters? nodeum.IndexOnTapesFilesByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.OnTapesFile>
  function C:list(filters) end

  --- Displays a specific file on tape of pools, specific for Active and Offline.
  --- `show_on_tape_file_by_pool`: GET /api/v2/pools/{pool_id}/on_tapes_files/{file_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.OnTapesFile
  function C:get(id) end

  --- A handle on one file, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.PoolsOnTapesFilesItem
  function C:at(id) end
end

do
  ---One file: `nodeum.pools:at(id).on_tapes_files:at(id)`.
  ---@class nodeum.PoolsOnTapesFilesItem
  ---@field children nodeum.PoolsOnTapesFilesChildrenCollection /pools/{pool_id}/on_tapes_files/{file_parent_id}/children
  local I = {}

  --- Displays a specific file on tape of pools, specific for Active and Offline.
  --- `show_on_tape_file_by_pool`: GET /api/v2/pools/{pool_id}/on_tapes_files/{file_id}
  ---@return nodeum.api.OnTapesFile
  function I:get() end
end

do
  ---The collection /pools/{pool_id}/on_tapes_files/{file_parent_id}/children: `nodeum.pools:at(id).on_tapes_files:at(id).children`.
  ---@class nodeum.PoolsOnTapesFilesChildrenCollection
  local C = {}

  --- Lists files under a specific folder on tape of pools, specific for Active and Offline.
  --- `on_tapes_files_children_by_pool`: GET /api/v2/pools/{pool_id}/on_tapes_files/{file_parent_id}/children
  ---@param filters? nodeum.OnTapesFilesChildrenByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.OnTapesFile>
  function C:list(filters) end
end

do
  ---The collection /pools/{pool_id}/tapes: `nodeum.pools:at(id).tapes`.
  ---@class nodeum.PoolsTapesCollection
  local C = {}

  --- Lists all tapes.
  --- `index_tapes_by_pool`: GET /api/v2/pools/{pool_id}/tapes
  ---@param filters? nodeum.IndexTapesByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.Tape>
  function C:list(filters) end

  --- Displays a specific tape.
  --- `show_tape_by_pool`: GET /api/v2/pools/{pool_id}/tapes/{tape_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.Tape
  function C:get(id) end

  --- A handle on one tape, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.PoolsTapesItem
  function C:at(id) end
end

do
  ---One tape: `nodeum.pools:at(id).tapes:at(id)`.
  ---@class nodeum.PoolsTapesItem
  local I = {}

  --- Displays a specific tape.
  --- `show_tape_by_pool`: GET /api/v2/pools/{pool_id}/tapes/{tape_id}
  ---@return nodeum.api.Tape
  function I:get() end

  --- Get mount status of Tape.
  --- `mount_status_tape_by_pool`: GET /api/v2/pools/{pool_id}/tapes/{tape_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end

  --- Display statistic for a specific tape.
  --- `show_tape_stat_by_pool`: GET /api/v2/pools/{pool_id}/tapes/{tape_id}/tape_stat
  ---@return nodeum.api.TapeStat
  function I:show_stat() end
end

do
  ---The collection /pools/{pool_id}/cloud_buckets: `nodeum.pools:at(id).cloud_buckets`.
  ---@class nodeum.PoolsCloudBucketsCollection
  local C = {}

  --- Lists all cloud buckets from pool.
  --- `index_cloud_buckets_by_pool`: GET /api/v2/pools/{pool_id}/cloud_buckets
  ---@param filters? nodeum.IndexCloudBucketsByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.CloudBucket>
  function C:list(filters) end

  --- Displays a specific cloud bucket.
  --- `show_cloud_bucket_by_pool`: GET /api/v2/pools/{pool_id}/cloud_buckets/{cloud_bucket_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.CloudBucket
  function C:get(id) end

  --- Updates a specific cloud bucket.
  --- `update_cloud_bucket_by_pool`: PUT /api/v2/pools/{pool_id}/cloud_buckets/{cloud_bucket_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.CloudBucket
  ---@return nodeum.api.CloudBucket
  function C:update(id, fields) end

  --- A handle on one cloud_bucket, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.PoolsCloudBucketsItem
  function C:at(id) end
end

do
  ---One cloud_bucket: `nodeum.pools:at(id).cloud_buckets:at(id)`.
  ---@class nodeum.PoolsCloudBucketsItem
  local I = {}

  --- Displays a specific cloud bucket.
  --- `show_cloud_bucket_by_pool`: GET /api/v2/pools/{pool_id}/cloud_buckets/{cloud_bucket_id}
  ---@return nodeum.api.CloudBucket
  function I:get() end

  --- Updates a specific cloud bucket.
  --- `update_cloud_bucket_by_pool`: PUT /api/v2/pools/{pool_id}/cloud_buckets/{cloud_bucket_id}
  ---@param fields nodeum.api.CloudBucket
  ---@return nodeum.api.CloudBucket
  function I:update(fields) end

  --- Get mount status of Cloud bucket.
  --- `mount_status_cloud_bucket_by_pool`: GET /api/v2/pools/{pool_id}/cloud_buckets/{cloud_bucket_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end
end

do
  ---The collection /pools/{pool_id}/nas_shares: `nodeum.pools:at(id).nas_shares`.
  ---@class nodeum.PoolsNasSharesCollection
  local C = {}

  --- Lists all NAS shares from pool.
  --- `index_nas_shares_by_pool`: GET /api/v2/pools/{pool_id}/nas_shares
  ---@param filters? nodeum.IndexNasSharesByPoolFilters
  ---@return nodeum.Cursor<nodeum.api.NasShare>
  function C:list(filters) end

  --- Displays a specific NAS share.
  --- `show_nas_share_by_pool`: GET /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NasShare
  function C:get(id) end

  --- Updates a specific NAS share.
  --- `update_nas_share_by_pool`: PUT /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.NasShare
  ---@return nodeum.api.NasShare
  function C:update(id, fields) end

  --- Destroys a specific NAS share.
  --- `destroy_nas_share_by_pool`: DELETE /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one nas_share, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.PoolsNasSharesItem
  function C:at(id) end
end

do
  ---One nas_share: `nodeum.pools:at(id).nas_shares:at(id)`.
  ---@class nodeum.PoolsNasSharesItem
  local I = {}

  --- Displays a specific NAS share.
  --- `show_nas_share_by_pool`: GET /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}
  ---@return nodeum.api.NasShare
  function I:get() end

  --- Updates a specific NAS share.
  --- `update_nas_share_by_pool`: PUT /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}
  ---@param fields nodeum.api.NasShare
  ---@return nodeum.api.NasShare
  function I:update(fields) end

  --- Destroys a specific NAS share.
  --- `destroy_nas_share_by_pool`: DELETE /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}
  ---@return true
  function I:delete() end

  --- Get mount status of NAS Share.
  --- `mount_status_nas_share_by_pool`: GET /api/v2/pools/{pool_id}/nas_shares/{nas_share_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end
end

do
  ---The collection /tape_drives: `nodeum.tape_drives`.
  ---@class nodeum.TapeDrivesCollection
  local C = {}

  --- Lists all tape drives.
  --- `index_tape_drives`: GET /api/v2/tape_drives
  ---@param filters? nodeum.IndexTapeDrivesFilters
  ---@return nodeum.Cursor<nodeum.api.TapeDrive>
  function C:list(filters) end

  --- Displays a specific tape drive.
  --- `show_tape_drive`: GET /api/v2/tape_drives/{tape_drive_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TapeDrive
  function C:get(id) end

  --- Updates a specific tape drive.
  --- `update_tape_drive`: PUT /api/v2/tape_drives/{tape_drive_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.TapeDrive
  ---@return nodeum.api.TapeDrive
  function C:update(id, fields) end

  --- Destroys a specific tape drive.
  --- `destroy_tape_drive`: DELETE /api/v2/tape_drives/{tape_drive_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one tape_drive, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TapeDrivesItem
  function C:at(id) end
end

do
  ---One tape_drive: `nodeum.tape_drives:at(id)`.
  ---@class nodeum.TapeDrivesItem
  local I = {}

  --- Displays a specific tape drive.
  --- `show_tape_drive`: GET /api/v2/tape_drives/{tape_drive_id}
  ---@return nodeum.api.TapeDrive
  function I:get() end

  --- Updates a specific tape drive.
  --- `update_tape_drive`: PUT /api/v2/tape_drives/{tape_drive_id}
  ---@param fields nodeum.api.TapeDrive
  ---@return nodeum.api.TapeDrive
  function I:update(fields) end

  --- Destroys a specific tape drive.
  --- `destroy_tape_drive`: DELETE /api/v2/tape_drives/{tape_drive_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /tapes: `nodeum.tapes`.
  ---@class nodeum.TapesCollection
  local C = {}

  --- Lists all tapes.
  --- `index_tapes`: GET /api/v2/tapes
  ---@param filters? nodeum.IndexTapesFilters
  ---@return nodeum.Cursor<nodeum.api.Tape>
  function C:list(filters) end

  --- Displays a specific tape.
  --- `show_tape`: GET /api/v2/tapes/{tape_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.Tape
  function C:get(id) end

  --- A handle on one tape, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TapesItem
  function C:at(id) end
end

do
  ---One tape: `nodeum.tapes:at(id)`.
  ---@class nodeum.TapesItem
  local I = {}

  --- Displays a specific tape.
  --- `show_tape`: GET /api/v2/tapes/{tape_id}
  ---@return nodeum.api.Tape
  function I:get() end

  --- Get mount status of Tape.
  --- `mount_status_tape`: GET /api/v2/tapes/{tape_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end

  --- Display statistic for a specific tape.
  --- `show_tape_stat`: GET /api/v2/tapes/{tape_id}/tape_stat
  ---@return nodeum.api.TapeStat
  function I:show_stat() end
end

do
  ---The collection /tape_stats: `nodeum.tape_stats`.
  ---@class nodeum.TapeStatsCollection
  local C = {}

  --- List all tape statistics.
  --- `index_tape_stats`: GET /api/v2/tape_stats
  ---@param filters? nodeum.IndexTapeStatsFilters
  ---@return nodeum.Cursor<nodeum.api.TapeStat>
  function C:list(filters) end
end

do
  ---The collection /cloud_connectors: `nodeum.cloud_connectors`.
  ---@class nodeum.CloudConnectorsCollection
  local C = {}

  --- Lists all cloud connectors.
  --- `index_cloud_connectors`: GET /api/v2/cloud_connectors
  ---@param filters? nodeum.IndexCloudConnectorsFilters
  ---@return nodeum.Cursor<nodeum.api.CloudConnector>
  function C:list(filters) end

  --- Displays a specific cloud connector.
  --- `show_cloud_connector`: GET /api/v2/cloud_connectors/{cloud_connector_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.CloudConnector
  function C:get(id) end

  --- Creates a new cloud connector.
  --- `create_cloud_connector`: POST /api/v2/cloud_connectors
  ---@param fields nodeum.api.CloudConnector
  ---@return nodeum.api.CloudConnector
  function C:create(fields) end

  --- Updates a specific cloud connector.
  --- `update_cloud_connector`: PUT /api/v2/cloud_connectors/{cloud_connector_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.CloudConnector
  ---@return nodeum.api.CloudConnector
  function C:update(id, fields) end

  --- Destroys a specific cloud connector.
  --- `destroy_cloud_connector`: DELETE /api/v2/cloud_connectors/{cloud_connector_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one cloud_connector, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.CloudConnectorsItem
  function C:at(id) end

  --- Check result of cloud connector test job.
  --- `test_result_cloud_connector`: GET /api/v2/cloud_connectors/-/test
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.CloudBucketSimpleCollection|nodeum.api.ActiveJobStatus
  function C:test_result(params) end

  --- Test an unsaved cloud connector.
  --- `test_cloud_connector`: PUT /api/v2/cloud_connectors/-/test
  ---@param params {body: nodeum.api.CloudConnector}
  ---@return nodeum.api.ActiveJobStatus
  function C:test(params) end
end

do
  ---One cloud_connector: `nodeum.cloud_connectors:at(id)`.
  ---@class nodeum.CloudConnectorsItem
  ---@field cloud_buckets nodeum.CloudConnectorsCloudBucketsCollection /cloud_connectors/{cloud_connector_id}/cloud_buckets
  local I = {}

  --- Displays a specific cloud connector.
  --- `show_cloud_connector`: GET /api/v2/cloud_connectors/{cloud_connector_id}
  ---@return nodeum.api.CloudConnector
  function I:get() end

  --- Updates a specific cloud connector.
  --- `update_cloud_connector`: PUT /api/v2/cloud_connectors/{cloud_connector_id}
  ---@param fields nodeum.api.CloudConnector
  ---@return nodeum.api.CloudConnector
  function I:update(fields) end

  --- Destroys a specific cloud connector.
  --- `destroy_cloud_connector`: DELETE /api/v2/cloud_connectors/{cloud_connector_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /cloud_connectors/{cloud_connector_id}/cloud_buckets: `nodeum.cloud_connectors:at(id).cloud_buckets`.
  ---@class nodeum.CloudConnectorsCloudBucketsCollection
  local C = {}

  --- Lists all cloud buckets.
  --- `index_cloud_buckets_by_cloud_connector`: GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets
  ---@param filters? nodeum.IndexCloudBucketsByCloudConnectorFilters
  ---@return nodeum.Cursor<nodeum.api.CloudBucket>
  function C:list(filters) end

  --- Displays a specific cloud bucket.
  --- `show_cloud_bucket_by_cloud_connector`: GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/{cloud_bucket_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.CloudBucket
  function C:get(id) end

  --- Updates a specific cloud bucket.
  --- `update_cloud_bucket_by_cloud_connector`: PUT /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/{cloud_bucket_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.CloudBucket
  ---@return nodeum.api.CloudBucket
  function C:update(id, fields) end

  --- A handle on one cloud_bucket, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.CloudConnectorsCloudBucketsItem
  function C:at(id) end

  --- Check result of cloud connector sync job.
  --- `sync_result_cloud_buckets`: GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/-/sync
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.CloudBucketSimpleCollection|nodeum.api.ActiveJobStatus
  function C:sync_result(params) end

  --- Synchronize internal cloud buckets with their remote equivalent.
  --- `sync_cloud_buckets`: PUT /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/-/sync
  ---@return nodeum.api.ActiveJobStatus
  function C:sync() end
end

do
  ---One cloud_bucket: `nodeum.cloud_connectors:at(id).cloud_buckets:at(id)`.
  ---@class nodeum.CloudConnectorsCloudBucketsItem
  local I = {}

  --- Displays a specific cloud bucket.
  --- `show_cloud_bucket_by_cloud_connector`: GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/{cloud_bucket_id}
  ---@return nodeum.api.CloudBucket
  function I:get() end

  --- Updates a specific cloud bucket.
  --- `update_cloud_bucket_by_cloud_connector`: PUT /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/{cloud_bucket_id}
  ---@param fields nodeum.api.CloudBucket
  ---@return nodeum.api.CloudBucket
  function I:update(fields) end

  --- Get mount status of Cloud bucket.
  --- `mount_status_cloud_bucket_by_cloud_connector`: GET /api/v2/cloud_connectors/{cloud_connector_id}/cloud_buckets/{cloud_bucket_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end
end

do
  ---The collection /cloud_buckets: `nodeum.cloud_buckets`.
  ---@class nodeum.CloudBucketsCollection
  local C = {}

  --- Lists all cloud buckets.
  --- `index_cloud_buckets`: GET /api/v2/cloud_buckets
  ---@param filters? nodeum.IndexCloudBucketsFilters
  ---@return nodeum.Cursor<nodeum.api.CloudBucket>
  function C:list(filters) end

  --- Displays a specific cloud bucket.
  --- `show_cloud_bucket`: GET /api/v2/cloud_buckets/{cloud_bucket_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.CloudBucket
  function C:get(id) end

  --- Updates a specific cloud bucket.
  --- `update_cloud_bucket`: PUT /api/v2/cloud_buckets/{cloud_bucket_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.CloudBucket
  ---@return nodeum.api.CloudBucket
  function C:update(id, fields) end

  --- A handle on one cloud_bucket, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.CloudBucketsItem
  function C:at(id) end
end

do
  ---One cloud_bucket: `nodeum.cloud_buckets:at(id)`.
  ---@class nodeum.CloudBucketsItem
  local I = {}

  --- Displays a specific cloud bucket.
  --- `show_cloud_bucket`: GET /api/v2/cloud_buckets/{cloud_bucket_id}
  ---@return nodeum.api.CloudBucket
  function I:get() end

  --- Updates a specific cloud bucket.
  --- `update_cloud_bucket`: PUT /api/v2/cloud_buckets/{cloud_bucket_id}
  ---@param fields nodeum.api.CloudBucket
  ---@return nodeum.api.CloudBucket
  function I:update(fields) end

  --- Get mount status of Cloud bucket.
  --- `mount_status_cloud_bucket`: GET /api/v2/cloud_buckets/{cloud_bucket_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end
end

do
  ---The collection /nas: `nodeum.nas`.
  ---@class nodeum.NasCollection
  local C = {}

  --- Lists all NAS.
  --- `index_nas`: GET /api/v2/nas
  ---@param filters? nodeum.IndexNasFilters
  ---@return nodeum.Cursor<nodeum.api.Nas>
  function C:list(filters) end

  --- Displays a specific NAS.
  --- `show_nas`: GET /api/v2/nas/{nas_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.Nas
  function C:get(id) end

  --- Creates a new NAS.
  --- `create_nas`: POST /api/v2/nas
  ---@param fields nodeum.api.Nas
  ---@return nodeum.api.Nas
  function C:create(fields) end

  --- Updates a specific NAS.
  --- `update_nas`: PUT /api/v2/nas/{nas_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.Nas
  ---@return nodeum.api.Nas
  function C:update(id, fields) end

  --- Destroys a specific NAS.
  --- `destroy_nas`: DELETE /api/v2/nas/{nas_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one nas, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.NasItem
  function C:at(id) end
end

do
  ---One nas: `nodeum.nas:at(id)`.
  ---@class nodeum.NasItem
  ---@field nas_shares nodeum.NasNasSharesCollection /nas/{nas_id}/nas_shares
  local I = {}

  --- Displays a specific NAS.
  --- `show_nas`: GET /api/v2/nas/{nas_id}
  ---@return nodeum.api.Nas
  function I:get() end

  --- Updates a specific NAS.
  --- `update_nas`: PUT /api/v2/nas/{nas_id}
  ---@param fields nodeum.api.Nas
  ---@return nodeum.api.Nas
  function I:update(fields) end

  --- Destroys a specific NAS.
  --- `destroy_nas`: DELETE /api/v2/nas/{nas_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /nas/{nas_id}/nas_shares: `nodeum.nas:at(id).nas_shares`.
  ---@class nodeum.NasNasSharesCollection
  local C = {}

  --- Lists all NAS shares.
  --- `index_nas_shares_by_nas`: GET /api/v2/nas/{nas_id}/nas_shares
  ---@param filters? nodeum.IndexNasSharesByNasFilters
  ---@return nodeum.Cursor<nodeum.api.NasShare>
  function C:list(filters) end

  --- Displays a specific NAS share.
  --- `show_nas_share_by_nas`: GET /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NasShare
  function C:get(id) end

  --- Creates a new NAS share.
  --- `create_nas_share_by_nas`: POST /api/v2/nas/{nas_id}/nas_shares
  ---@param fields nodeum.api.NasShare
  ---@return nodeum.api.NasShare
  function C:create(fields) end

  --- Updates a specific NAS share.
  --- `update_nas_share_by_nas`: PUT /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.NasShare
  ---@return nodeum.api.NasShare
  function C:update(id, fields) end

  --- Destroys a specific NAS share.
  --- `destroy_nas_share_by_nas`: DELETE /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one nas_share, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.NasNasSharesItem
  function C:at(id) end

  --- Check result of a NAS Share test job.
  --- `test_result_nas_share`: GET /api/v2/nas/{nas_id}/nas_shares/-/test
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.ActiveJobStatus
  function C:test_result(params) end

  --- Test an unsaved NAS Share.
  --- `test_nas_share`: PUT /api/v2/nas/{nas_id}/nas_shares/-/test
  ---@param params {body: nodeum.api.NasShare}
  ---@return nodeum.api.ActiveJobStatus
  function C:test(params) end
end

do
  ---One nas_share: `nodeum.nas:at(id).nas_shares:at(id)`.
  ---@class nodeum.NasNasSharesItem
  local I = {}

  --- Displays a specific NAS share.
  --- `show_nas_share_by_nas`: GET /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}
  ---@return nodeum.api.NasShare
  function I:get() end

  --- Updates a specific NAS share.
  --- `update_nas_share_by_nas`: PUT /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}
  ---@param fields nodeum.api.NasShare
  ---@return nodeum.api.NasShare
  function I:update(fields) end

  --- Destroys a specific NAS share.
  --- `destroy_nas_share_by_nas`: DELETE /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}
  ---@return true
  function I:delete() end

  --- Get mount status of NAS Share.
  --- `mount_status_nas_share_by_nas`: GET /api/v2/nas/{nas_id}/nas_shares/{nas_share_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end
end

do
  ---The collection /nas_shares: `nodeum.nas_shares`.
  ---@class nodeum.NasSharesCollection
  local C = {}

  --- Lists all NAS shares.
  --- `index_nas_shares`: GET /api/v2/nas_shares
  ---@param filters? nodeum.IndexNasSharesFilters
  ---@return nodeum.Cursor<nodeum.api.NasShare>
  function C:list(filters) end

  --- Displays a specific NAS share.
  --- `show_nas_share`: GET /api/v2/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NasShare
  function C:get(id) end

  --- Updates a specific NAS share.
  --- `update_nas_share`: PUT /api/v2/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.NasShare
  ---@return nodeum.api.NasShare
  function C:update(id, fields) end

  --- Destroys a specific NAS share.
  --- `destroy_nas_share`: DELETE /api/v2/nas_shares/{nas_share_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one nas_share, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.NasSharesItem
  function C:at(id) end
end

do
  ---One nas_share: `nodeum.nas_shares:at(id)`.
  ---@class nodeum.NasSharesItem
  local I = {}

  --- Displays a specific NAS share.
  --- `show_nas_share`: GET /api/v2/nas_shares/{nas_share_id}
  ---@return nodeum.api.NasShare
  function I:get() end

  --- Updates a specific NAS share.
  --- `update_nas_share`: PUT /api/v2/nas_shares/{nas_share_id}
  ---@param fields nodeum.api.NasShare
  ---@return nodeum.api.NasShare
  function I:update(fields) end

  --- Destroys a specific NAS share.
  --- `destroy_nas_share`: DELETE /api/v2/nas_shares/{nas_share_id}
  ---@return true
  function I:delete() end

  --- Get mount status of NAS Share.
  --- `mount_status_nas_share`: GET /api/v2/nas_shares/{nas_share_id}/mount
  ---@return nodeum.api.MountStatus
  function I:mount_status() end
end

do
  ---The collection /tasks: `nodeum.tasks`.
  ---@class nodeum.TasksCollection
  local C = {}

  --- Lists all tasks.
  --- `index_tasks`: GET /api/v2/tasks
  ---@param filters? nodeum.IndexTasksFilters
  ---@return nodeum.Cursor<nodeum.api.Task>
  function C:list(filters) end

  --- Displays a specific task.
  --- `show_task`: GET /api/v2/tasks/{task_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.Task
  function C:get(id) end

  --- Creates a new task.
  --- `create_task`: POST /api/v2/tasks
  ---@param fields nodeum.api.Task
  ---@return nodeum.api.Task
  function C:create(fields) end

  --- Updates a specific task.
  --- `update_task`: PUT /api/v2/tasks/{task_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.Task
  ---@return nodeum.api.Task
  function C:update(id, fields) end

  --- Destroys a specific task.
  --- `destroy_task`: DELETE /api/v2/tasks/{task_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one task, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksItem
  function C:at(id) end
end

do
  ---One task: `nodeum.tasks:at(id)`.
  ---@class nodeum.TasksItem
  ---@field files nodeum.TasksFilesCollection /tasks/{task_id}/files
  ---@field task_sources nodeum.TasksTaskSourcesCollection /tasks/{task_id}/task_sources
  ---@field task_destinations nodeum.TasksTaskDestinationsCollection /tasks/{task_id}/task_destinations
  ---@field task_options nodeum.TasksTaskOptionsCollection /tasks/{task_id}/task_options
  ---@field task_callbacks nodeum.TasksTaskCallbacksCollection /tasks/{task_id}/task_callbacks
  ---@field task_metadata nodeum.TasksTaskMetadataCollection /tasks/{task_id}/task_metadata
  ---@field task_executions nodeum.TasksTaskExecutionsCollection /tasks/{task_id}/task_executions
  local I = {}

  --- Displays a specific task.
  --- `show_task`: GET /api/v2/tasks/{task_id}
  ---@return nodeum.api.Task
  function I:get() end

  --- Updates a specific task.
  --- `update_task`: PUT /api/v2/tasks/{task_id}
  ---@param fields nodeum.api.Task
  ---@return nodeum.api.Task
  function I:update(fields) end

  --- Destroys a specific task.
  --- `destroy_task`: DELETE /api/v2/tasks/{task_id}
  ---@return true
  function I:delete() end

  --- Check result of a task run request.
  --- `run_task_result`: GET /api/v2/tasks/{task_id}/action/run
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.ActiveJobStatus
  function I:run_result(params) end

  --- Run a task.
  --- `run_task`: PUT /api/v2/tasks/{task_id}/action/run
  ---@param params? {wait?: boolean, timeout?: number}
  ---@return nodeum.api.ActiveJobStatus
  function I:run(params) end

  --- Check result of a task pause request.
  --- `pause_task_result`: GET /api/v2/tasks/{task_id}/action/pause
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.ActiveJobStatus
  function I:pause_result(params) end

  --- Pause a task.
  --- `pause_task`: PUT /api/v2/tasks/{task_id}/action/pause
  ---@param params? {wait?: boolean, timeout?: number}
  ---@return nodeum.api.ActiveJobStatus
  function I:pause(params) end

  --- Check result of a task stop request.
  --- `stop_task_result`: GET /api/v2/tasks/{task_id}/action/stop
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.ActiveJobStatus
  function I:stop_result(params) end

  --- Stop a task.
  --- `stop_task`: PUT /api/v2/tasks/{task_id}/action/stop
  ---@param params? {wait?: boolean, timeout?: number}
  ---@return nodeum.api.ActiveJobStatus
  function I:stop(params) end

  --- Check result of a task resume request.
  --- `resume_task_result`: GET /api/v2/tasks/{task_id}/action/resume
  ---@param params {job_id: nodeum.Scalar}
  ---@return nodeum.api.ActiveJobStatus
  function I:resume_result(params) end

  --- Resume a task.
  --- `resume_task`: PUT /api/v2/tasks/{task_id}/action/resume
  ---@param params? {wait?: boolean, timeout?: number}
  ---@return nodeum.api.ActiveJobStatus
  function I:resume(params) end

  --- Displays the task schedule.
  --- `show_task_schedule`: GET /api/v2/tasks/{task_id}/task_schedule
  ---@return nodeum.api.TaskSchedule
  function I:show_schedule() end

  --- Creates a new task schedule. Only one should be created.
  --- `create_task_schedule`: POST /api/v2/tasks/{task_id}/task_schedule
  ---@param params {body: nodeum.api.TaskSchedule}
  ---@return nodeum.api.TaskSchedule
  function I:create_schedule(params) end

  --- Updates the existing task schedule.
  --- `update_task_schedule`: PUT /api/v2/tasks/{task_id}/task_schedule
  ---@param params {body: nodeum.api.TaskSchedule}
  ---@return nodeum.api.TaskSchedule
  function I:update_schedule(params) end

  --- Destroys the task schedule.
  --- `destroy_task_schedule`: DELETE /api/v2/tasks/{task_id}/task_schedule
  ---@return true
  function I:destroy_schedule() end
end

do
  ---The collection /tasks/{task_id}/files: `nodeum.tasks:at(id).files`.
  ---@class nodeum.TasksFilesCollection
  local C = {}

  --- Lists files on root.
  --- `index_files_by_task`: GET /api/v2/tasks/{task_id}/files
  ---@param filters? nodeum.IndexFilesByTaskFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end

  --- Displays a specific file.
  --- `show_file_by_task`: GET /api/v2/tasks/{task_id}/files/{file_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NodeumFileWithPath
  function C:get(id) end

  --- A handle on one file, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksFilesItem
  function C:at(id) end
end

do
  ---One file: `nodeum.tasks:at(id).files:at(id)`.
  ---@class nodeum.TasksFilesItem
  ---@field tapes nodeum.TasksFilesTapesCollection /tasks/{task_id}/files/{file_id}/tapes
  ---@field children nodeum.TasksFilesChildrenCollection /tasks/{task_id}/files/{file_parent_id}/children
  local I = {}

  --- Displays a specific file.
  --- `show_file_by_task`: GET /api/v2/tasks/{task_id}/files/{file_id}
  ---@return nodeum.api.NodeumFileWithPath
  function I:get() end
end

do
  ---The collection /tasks/{task_id}/files/{file_id}/tapes: `nodeum.tasks:at(id).files:at(id).tapes`.
  ---@class nodeum.TasksFilesTapesCollection
  local C = {}

  --- Displays tapes containing specific file, related to the specific task.
  --- `index_tapes_by_file_by_task`: GET /api/v2/tasks/{task_id}/files/{file_id}/tapes
  ---@param filters? nodeum.IndexTapesByFileByTaskFilters
  ---@return nodeum.Cursor<nodeum.api.Tape>
  function C:list(filters) end
end

do
  ---The collection /tasks/{task_id}/files/{file_parent_id}/children: `nodeum.tasks:at(id).files:at(id).children`.
  ---@class nodeum.TasksFilesChildrenCollection
  local C = {}

  --- Lists files under a specific folder.
  --- `files_children_by_task`: GET /api/v2/tasks/{task_id}/files/{file_parent_id}/children
  ---@param filters? nodeum.FilesChildrenByTaskFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end
end

do
  ---The collection /tasks/{task_id}/task_sources: `nodeum.tasks:at(id).task_sources`.
  ---@class nodeum.TasksTaskSourcesCollection
  local C = {}

  --- Lists all task sources.
  --- `index_task_sources`: GET /api/v2/tasks/{task_id}/task_sources
  ---@param filters? nodeum.IndexTaskSourcesFilters
  ---@return nodeum.Cursor<nodeum.api.TaskSourceDown>
  function C:list(filters) end

  --- Displays a specific task source.
  --- `show_task_source`: GET /api/v2/tasks/{task_id}/task_sources/{task_source_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TaskSourceDown
  function C:get(id) end

  --- Creates a new task source.
  --- `create_task_source`: POST /api/v2/tasks/{task_id}/task_sources
  ---@param fields nodeum.api.TaskSourceUp
  ---@return nodeum.api.TaskSourceDown
  function C:create(fields) end

  --- Updates a specific task source.
  --- `update_task_source`: PUT /api/v2/tasks/{task_id}/task_sources/{task_source_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.TaskSourceUp
  ---@return nodeum.api.TaskSourceDown
  function C:update(id, fields) end

  --- Destroys a specific task source.
  --- `destroy_task_source`: DELETE /api/v2/tasks/{task_id}/task_sources/{task_source_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one task_source, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksTaskSourcesItem
  function C:at(id) end
end

do
  ---One task_source: `nodeum.tasks:at(id).task_sources:at(id)`.
  ---@class nodeum.TasksTaskSourcesItem
  local I = {}

  --- Displays a specific task source.
  --- `show_task_source`: GET /api/v2/tasks/{task_id}/task_sources/{task_source_id}
  ---@return nodeum.api.TaskSourceDown
  function I:get() end

  --- Updates a specific task source.
  --- `update_task_source`: PUT /api/v2/tasks/{task_id}/task_sources/{task_source_id}
  ---@param fields nodeum.api.TaskSourceUp
  ---@return nodeum.api.TaskSourceDown
  function I:update(fields) end

  --- Destroys a specific task source.
  --- `destroy_task_source`: DELETE /api/v2/tasks/{task_id}/task_sources/{task_source_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /tasks/{task_id}/task_destinations: `nodeum.tasks:at(id).task_destinations`.
  ---@class nodeum.TasksTaskDestinationsCollection
  local C = {}

  --- Lists all task destinations.
  --- `index_task_destinations`: GET /api/v2/tasks/{task_id}/task_destinations
  ---@param filters? nodeum.IndexTaskDestinationsFilters
  ---@return nodeum.Cursor<nodeum.api.TaskDestinationDown>
  function C:list(filters) end

  --- Displays a specific task destination.
  --- `show_task_destination`: GET /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TaskDestinationDown
  function C:get(id) end

  --- Creates a new task destination.
  --- `create_task_destination`: POST /api/v2/tasks/{task_id}/task_destinations
  ---@param fields nodeum.api.TaskDestinationUp
  ---@return nodeum.api.TaskDestinationDown
  function C:create(fields) end

  --- Updates a specific task destination.
  --- `update_task_destination`: PUT /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.TaskDestinationUp
  ---@return nodeum.api.TaskDestinationDown
  function C:update(id, fields) end

  --- Destroys a specific task destination.
  --- `destroy_task_destination`: DELETE /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one task_destination, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksTaskDestinationsItem
  function C:at(id) end
end

do
  ---One task_destination: `nodeum.tasks:at(id).task_destinations:at(id)`.
  ---@class nodeum.TasksTaskDestinationsItem
  local I = {}

  --- Displays a specific task destination.
  --- `show_task_destination`: GET /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}
  ---@return nodeum.api.TaskDestinationDown
  function I:get() end

  --- Updates a specific task destination.
  --- `update_task_destination`: PUT /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}
  ---@param fields nodeum.api.TaskDestinationUp
  ---@return nodeum.api.TaskDestinationDown
  function I:update(fields) end

  --- Destroys a specific task destination.
  --- `destroy_task_destination`: DELETE /api/v2/tasks/{task_id}/task_destinations/{task_destination_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /tasks/{task_id}/task_options: `nodeum.tasks:at(id).task_options`.
  ---@class nodeum.TasksTaskOptionsCollection
  local C = {}

  --- Lists all task options.
  --- `index_task_options`: GET /api/v2/tasks/{task_id}/task_options
  ---@param filters? nodeum.IndexTaskOptionsFilters
  ---@return nodeum.Cursor<nodeum.api.TaskOption>
  function C:list(filters) end

  --- Displays a specific task option.
  --- `show_task_option`: GET /api/v2/tasks/{task_id}/task_options/{task_option_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TaskOption
  function C:get(id) end

  --- Creates a new task option.
  --- `create_task_option`: POST /api/v2/tasks/{task_id}/task_options
  ---@param fields nodeum.api.TaskOption
  ---@return nodeum.api.TaskOption
  function C:create(fields) end

  --- Updates a specific task option.
  --- `update_task_option`: PUT /api/v2/tasks/{task_id}/task_options/{task_option_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.TaskOption
  ---@return nodeum.api.TaskOption
  function C:update(id, fields) end

  --- Destroys a specific task option.
  --- `destroy_task_option`: DELETE /api/v2/tasks/{task_id}/task_options/{task_option_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one task_option, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksTaskOptionsItem
  function C:at(id) end
end

do
  ---One task_option: `nodeum.tasks:at(id).task_options:at(id)`.
  ---@class nodeum.TasksTaskOptionsItem
  local I = {}

  --- Displays a specific task option.
  --- `show_task_option`: GET /api/v2/tasks/{task_id}/task_options/{task_option_id}
  ---@return nodeum.api.TaskOption
  function I:get() end

  --- Updates a specific task option.
  --- `update_task_option`: PUT /api/v2/tasks/{task_id}/task_options/{task_option_id}
  ---@param fields nodeum.api.TaskOption
  ---@return nodeum.api.TaskOption
  function I:update(fields) end

  --- Destroys a specific task option.
  --- `destroy_task_option`: DELETE /api/v2/tasks/{task_id}/task_options/{task_option_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /tasks/{task_id}/task_callbacks: `nodeum.tasks:at(id).task_callbacks`.
  ---@class nodeum.TasksTaskCallbacksCollection
  local C = {}

  --- Lists all task callbacks.
  --- `index_task_callbacks`: GET /api/v2/tasks/{task_id}/task_callbacks
  ---@param filters? nodeum.IndexTaskCallbacksFilters
  ---@return nodeum.Cursor<nodeum.api.TaskCallback>
  function C:list(filters) end

  --- Displays a specific task callback.
  --- `show_task_callback`: GET /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TaskCallback
  function C:get(id) end

  --- Creates a new task callback.
  --- `create_task_callback`: POST /api/v2/tasks/{task_id}/task_callbacks
  ---@param fields nodeum.api.TaskCallback
  ---@return nodeum.api.TaskCallback
  function C:create(fields) end

  --- Updates a specific task callback.
  --- `update_task_callback`: PUT /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.TaskCallback
  ---@return nodeum.api.TaskCallback
  function C:update(id, fields) end

  --- Destroys a specific task callback.
  --- `destroy_task_callback`: DELETE /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one task_callback, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksTaskCallbacksItem
  function C:at(id) end
end

do
  ---One task_callback: `nodeum.tasks:at(id).task_callbacks:at(id)`.
  ---@class nodeum.TasksTaskCallbacksItem
  local I = {}

  --- Displays a specific task callback.
  --- `show_task_callback`: GET /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}
  ---@return nodeum.api.TaskCallback
  function I:get() end

  --- Updates a specific task callback.
  --- `update_task_callback`: PUT /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}
  ---@param fields nodeum.api.TaskCallback
  ---@return nodeum.api.TaskCallback
  function I:update(fields) end

  --- Destroys a specific task callback.
  --- `destroy_task_callback`: DELETE /api/v2/tasks/{task_id}/task_callbacks/{task_callback_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /tasks/{task_id}/task_metadata: `nodeum.tasks:at(id).task_metadata`.
  ---@class nodeum.TasksTaskMetadataCollection
  local C = {}

  --- Lists all task metadata.
  --- `index_task_metadata`: GET /api/v2/tasks/{task_id}/task_metadata
  ---@param filters? nodeum.IndexTaskMetadataFilters
  ---@return nodeum.Cursor<nodeum.api.TaskMetadatum>
  function C:list(filters) end

  --- Displays a specific task metadatum.
  --- `show_task_metadatum`: GET /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TaskMetadatum
  function C:get(id) end

  --- Creates a new task metadatum.
  --- `create_task_metadatum`: POST /api/v2/tasks/{task_id}/task_metadata
  ---@param fields nodeum.api.TaskMetadatum
  ---@return nodeum.api.TaskMetadatum
  function C:create(fields) end

  --- Updates a specific task metadatum.
  --- `update_task_metadatum`: PUT /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}
  ---@param id nodeum.Id
  ---@param fields nodeum.api.TaskMetadatum
  ---@return nodeum.api.TaskMetadatum
  function C:update(id, fields) end

  --- Destroys a specific task metadatum.
  --- `destroy_task_metadatum`: DELETE /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}
  ---@param id nodeum.Id
  ---@return true
  function C:delete(id) end

  --- A handle on one task_metadatum, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksTaskMetadataItem
  function C:at(id) end
end

do
  ---One task_metadatum: `nodeum.tasks:at(id).task_metadata:at(id)`.
  ---@class nodeum.TasksTaskMetadataItem
  local I = {}

  --- Displays a specific task metadatum.
  --- `show_task_metadatum`: GET /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}
  ---@return nodeum.api.TaskMetadatum
  function I:get() end

  --- Updates a specific task metadatum.
  --- `update_task_metadatum`: PUT /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}
  ---@param fields nodeum.api.TaskMetadatum
  ---@return nodeum.api.TaskMetadatum
  function I:update(fields) end

  --- Destroys a specific task metadatum.
  --- `destroy_task_metadatum`: DELETE /api/v2/tasks/{task_id}/task_metadata/{task_metadatum_id}
  ---@return true
  function I:delete() end
end

do
  ---The collection /tasks/{task_id}/task_executions: `nodeum.tasks:at(id).task_executions`.
  ---@class nodeum.TasksTaskExecutionsCollection
  local C = {}

  --- Lists all task executions.
  --- `index_task_executions_by_task`: GET /api/v2/tasks/{task_id}/task_executions
  ---@param filters? nodeum.IndexTaskExecutionsByTaskFilters
  ---@return nodeum.Cursor<nodeum.api.TaskExecution>
  function C:list(filters) end

  --- Displays a specific task execution.
  --- `show_task_execution_by_task`: GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TaskExecution
  function C:get(id) end

  --- A handle on one task_execution, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksTaskExecutionsItem
  function C:at(id) end
end

do
  ---One task_execution: `nodeum.tasks:at(id).task_executions:at(id)`.
  ---@class nodeum.TasksTaskExecutionsItem
  ---@field files nodeum.TasksTaskExecutionsFilesCollection /tasks/{task_id}/task_executions/{task_execution_id}/files
  local I = {}

  --- Displays a specific task execution.
  --- `show_task_execution_by_task`: GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}
  ---@return nodeum.api.TaskExecution
  function I:get() end

  --- Waits for the execution to end; its last state.
  ---@param opts? {timeout?: number, interval?: number, progress?: fun(execution: nodeum.api.TaskExecution)}
  ---@return nodeum.api.TaskExecution
  function I:wait(opts) end
end

do
  ---The collection /tasks/{task_id}/task_executions/{task_execution_id}/files: `nodeum.tasks:at(id).task_executions:at(id).files`.
  ---@class nodeum.TasksTaskExecutionsFilesCollection
  local C = {}

  --- Lists files on root.
  --- `index_files_by_task_execution_by_task`: GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files
  ---@param filters? nodeum.IndexFilesByTaskExecutionByTaskFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end

  --- Displays a specific file.
  --- `show_file_by_task_execution_by_task`: GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NodeumFileWithPath
  function C:get(id) end

  --- A handle on one file, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TasksTaskExecutionsFilesItem
  function C:at(id) end
end

do
  ---One file: `nodeum.tasks:at(id).task_executions:at(id).files:at(id)`.
  ---@class nodeum.TasksTaskExecutionsFilesItem
  ---@field tapes nodeum.TasksTaskExecutionsFilesTapesCollection /tasks/{task_id}/task_executions/{task_execution_id}/files/{file_id}/tapes
  ---@field children nodeum.TasksTaskExecutionsFilesChildrenCollection /tasks/{task_id}/task_executions/{task_execution_id}/files/{file_parent_id}/children
  local I = {}

  --- Displays a specific file.
  --- `show_file_by_task_execution_by_task`: GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_id}
  ---@return nodeum.api.NodeumFileWithPath
  function I:get() end
end

do
  ---The collection /tasks/{task_id}/task_executions/{task_execution_id}/files/{file_id}/tapes: `nodeum.tasks:at(id).task_executions:at(id).files:at(id).tapes`.
  ---@class nodeum.TasksTaskExecutionsFilesTapesCollection
  local C = {}

  --- Displays tapes containing specific file, related to the specific task.
  --- `index_tapes_by_file_by_task_execution_by_task`: GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_id}/tapes
  ---@param filters? nodeum.IndexTapesByFileByTaskExecutionByTaskFilters
  ---@return nodeum.Cursor<nodeum.api.Tape>
  function C:list(filters) end
end

do
  ---The collection /tasks/{task_id}/task_executions/{task_execution_id}/files/{file_parent_id}/children: `nodeum.tasks:at(id).task_executions:at(id).files:at(id).children`.
  ---@class nodeum.TasksTaskExecutionsFilesChildrenCollection
  local C = {}

  --- Lists files under a specific folder.
  --- `files_children_by_task_execution_by_task`: GET /api/v2/tasks/{task_id}/task_executions/{task_execution_id}/files/{file_parent_id}/children
  ---@param filters? nodeum.FilesChildrenByTaskExecutionByTaskFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end
end

do
  ---The collection /task_schedules: `nodeum.task_schedules`.
  ---@class nodeum.TaskSchedulesCollection
  local C = {}

  --- Lists all task schedules.
  --- `index_task_schedules`: GET /api/v2/task_schedules
  ---@param filters? nodeum.IndexTaskSchedulesFilters
  ---@return nodeum.Cursor<nodeum.api.TaskSchedule>
  function C:list(filters) end
end

do
  ---The collection /task_executions: `nodeum.task_executions`.
  ---@class nodeum.TaskExecutionsCollection
  local C = {}

  --- Lists all task executions.
  --- `index_task_executions`: GET /api/v2/task_executions
  ---@param filters? nodeum.IndexTaskExecutionsFilters
  ---@return nodeum.Cursor<nodeum.api.TaskExecution>
  function C:list(filters) end

  --- Displays a specific task execution.
  --- `show_task_execution`: GET /api/v2/task_executions/{task_execution_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.TaskExecution
  function C:get(id) end

  --- A handle on one task_execution, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TaskExecutionsItem
  function C:at(id) end
end

do
  ---One task_execution: `nodeum.task_executions:at(id)`.
  ---@class nodeum.TaskExecutionsItem
  ---@field files nodeum.TaskExecutionsFilesCollection /task_executions/{task_execution_id}/files
  local I = {}

  --- Displays a specific task execution.
  --- `show_task_execution`: GET /api/v2/task_executions/{task_execution_id}
  ---@return nodeum.api.TaskExecution
  function I:get() end

  --- Waits for the execution to end; its last state.
  ---@param opts? {timeout?: number, interval?: number, progress?: fun(execution: nodeum.api.TaskExecution)}
  ---@return nodeum.api.TaskExecution
  function I:wait(opts) end
end

do
  ---The collection /task_executions/{task_execution_id}/files: `nodeum.task_executions:at(id).files`.
  ---@class nodeum.TaskExecutionsFilesCollection
  local C = {}

  --- Lists files on root.
  --- `index_files_by_task_execution`: GET /api/v2/task_executions/{task_execution_id}/files
  ---@param filters? nodeum.IndexFilesByTaskExecutionFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end

  --- Displays a specific file.
  --- `show_file_by_task_execution`: GET /api/v2/task_executions/{task_execution_id}/files/{file_id}
  ---@param id nodeum.Id
  ---@return nodeum.api.NodeumFileWithPath
  function C:get(id) end

  --- A handle on one file, for its actions and nested collections.
  ---@param id nodeum.Id
  ---@return nodeum.TaskExecutionsFilesItem
  function C:at(id) end
end

do
  ---One file: `nodeum.task_executions:at(id).files:at(id)`.
  ---@class nodeum.TaskExecutionsFilesItem
  ---@field tapes nodeum.TaskExecutionsFilesTapesCollection /task_executions/{task_execution_id}/files/{file_id}/tapes
  ---@field children nodeum.TaskExecutionsFilesChildrenCollection /task_executions/{task_execution_id}/files/{file_parent_id}/children
  local I = {}

  --- Displays a specific file.
  --- `show_file_by_task_execution`: GET /api/v2/task_executions/{task_execution_id}/files/{file_id}
  ---@return nodeum.api.NodeumFileWithPath
  function I:get() end
end

do
  ---The collection /task_executions/{task_execution_id}/files/{file_id}/tapes: `nodeum.task_executions:at(id).files:at(id).tapes`.
  ---@class nodeum.TaskExecutionsFilesTapesCollection
  local C = {}

  --- Displays tapes containing specific file, related to the specific task.
  --- `index_tapes_by_file_by_task_execution`: GET /api/v2/task_executions/{task_execution_id}/files/{file_id}/tapes
  ---@param filters? nodeum.IndexTapesByFileByTaskExecutionFilters
  ---@return nodeum.Cursor<nodeum.api.Tape>
  function C:list(filters) end
end

do
  ---The collection /task_executions/{task_execution_id}/files/{file_parent_id}/children: `nodeum.task_executions:at(id).files:at(id).children`.
  ---@class nodeum.TaskExecutionsFilesChildrenCollection
  local C = {}

  --- Lists files under a specific folder.
  --- `files_children_by_task_execution`: GET /api/v2/task_executions/{task_execution_id}/files/{file_parent_id}/children
  ---@param filters? nodeum.FilesChildrenByTaskExecutionFilters
  ---@return nodeum.Cursor<nodeum.api.NodeumFile>
  function C:list(filters) end
end

do
  ---The collection /systems: `nodeum.systems`.
  ---@class nodeum.SystemsCollection
  local C = {}

  --- Check result of a download traces job.
  --- `result_download_traces`: GET /api/v2/systems/download_traces
  ---@param params {job_id: nodeum.Scalar}
  ---@return string|nodeum.api.ActiveJobStatus
  function C:result_download_traces(params) end

  --- Trigger a download traces request.
  --- `trigger_download_traces`: PUT /api/v2/systems/download_traces
  ---@param params {type: "interface"|"core"|"data_mining"|"fuse"|"library_manager"|"manager"|"watchdog"|"system"|"all"|string}
  ---@return nodeum.api.ActiveJobStatus
  function C:trigger_download_traces(params) end

  --- Creates a YAML file with selected tables and downloads it
  --- `download_reset_vars`: POST /api/v2/systems/reset/generate_vars
  ---@param params {body: nodeum.api.Reset}
  ---@return string
  function C:download_reset_vars(params) end
end

do
  ---The collection /statistics: `nodeum.statistics`.
  ---@class nodeum.StatisticsCollection
  local C = {}

  --- Get statistics about files, grouped by date
  --- `statistics_by_date`: GET /api/v2/statistics/by_date
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string}
  ---@return nodeum.api.ByDateFacet
  function C:by_date(params) end

  --- Get statistics about files, grouped by primary storages
  --- `statistics_by_primary_name`: GET /api/v2/statistics/by_primary_name
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.ByPrimaryFacet
  function C:by_primary_name(params) end

  --- Get statistics about files, grouped by primary storage
  --- `statistics_by_primary_storage`: GET /api/v2/statistics/by_primary_storage
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.ByPrimaryStorageFacet
  function C:by_primary_storage(params) end

  --- Get statistics about files, grouped by primary Cloud
  --- `statistics_by_primary_cloud`: GET /api/v2/statistics/by_primary_cloud
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.ByPrimaryCloudFacet
  function C:by_primary_cloud(params) end

  --- Get statistics about files, grouped by primary NAS
  --- `statistics_by_primary_nas`: GET /api/v2/statistics/by_primary_nas
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.ByPrimaryNasFacet
  function C:by_primary_nas(params) end

  --- Get statistics about files, grouped by secondary storage
  --- `statistics_by_secondary_storage`: GET /api/v2/statistics/by_secondary_storage
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.BySecondaryStorageFacet
  function C:by_secondary_storage(params) end

  --- Get statistics about files, grouped by secondary Tape
  --- `statistics_by_secondary_tape`: GET /api/v2/statistics/by_secondary_tape
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.BySecondaryTapeFacet
  function C:by_secondary_tape(params) end

  --- Get statistics about files, grouped by secondary Cloud
  --- `statistics_by_secondary_cloud`: GET /api/v2/statistics/by_secondary_cloud
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.BySecondaryCloudFacet
  function C:by_secondary_cloud(params) end

  --- Get statistics about files, grouped by secondary NAS
  --- `statistics_by_secondary_nas`: GET /api/v2/statistics/by_secondary_nas
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.BySecondaryNasFacet
  function C:by_secondary_nas(params) end

  --- Get statistics about files, grouped by owner (user)
  --- `statistics_by_user_owner`: GET /api/v2/statistics/by_user_owner
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.ByUserOwnerFacet
  function C:by_user_owner(params) end

  --- Get statistics about files, grouped by owner (group)
  --- `statistics_by_group_owner`: GET /api/v2/statistics/by_group_owner
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.ByGroupOwnerFacet
  function C:by_group_owner(params) end

  --- Get statistics about files, grouped by file extension
  --- `statistics_by_file_extension`: GET /api/v2/statistics/by_file_extension
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.ByFileExtensionFacet
  function C:by_file_extension(params) end

  --- Get statistics about files, grouped by size
  --- `statistics_by_size`: GET /api/v2/statistics/by_size
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string}
  ---@return nodeum.api.BySizeFacet
  function C:by_size(params) end

  --- Get statistics about files, grouped by metadata
  --- `statistics_by_metadata`: GET /api/v2/statistics/by_metadata
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, date_attr?: "file_change_dt"|"file_modification_dt"|"file_access_dt"|string, sort?: "count"|"files_count"|"file_size_sum"|"cost"|string, limit?: integer|string}
  ---@return nodeum.api.ByMetadataFacet
  function C:by_metadata(params) end

  --- Get statistics about tasks executions, grouped by workflow
  --- `statistics_task_by_workflow`: GET /api/v2/statistics/task_by_workflow
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string}
  ---@return nodeum.api.ByTaskWorkflowFacet
  function C:task_by_workflow(params) end

  --- Get statistics about tasks executions, grouped by status
  --- `statistics_task_by_status`: GET /api/v2/statistics/task_by_status
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string}
  ---@return nodeum.api.ByTaskStatusFacet
  function C:task_by_status(params) end

  --- Get statistics about tasks executions, grouped by source and destination
  --- `statistics_task_by_storage`: GET /api/v2/statistics/task_by_storage
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string}
  ---@return nodeum.api.ByTaskStorageFacet
  function C:task_by_storage(params) end

  --- Get statistics about tasks executions, grouped by metadata
  --- `statistics_task_by_metadata`: GET /api/v2/statistics/task_by_metadata
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string, sort?: "count"|"tasks_count"|"to_process_size_sum"|"processed_size_sum"|"to_process_files_sum"|"processed_files_sum"|"finalized_files_sum"|"bandwidth_avg"|"bandwidth_count"|string, limit?: integer|string}
  ---@return nodeum.api.ByTaskMetadataFacet
  function C:task_by_metadata(params) end

  --- Get statistics about storages, grouped by types
  --- `statistics_storage`: GET /api/v2/statistics/storage
  ---@param params? {q?: nodeum.Scalar, fq?: string[]|string}
  ---@return nodeum.api.StorageFacet
  function C:storage(params) end
end

---@class nodeum.api.AttributeError
---@field error string

---Attribute can't be blank
---@class nodeum.api.Blank
---@field error string

---Attribute can't be updated
---@class nodeum.api.Frozen
---@field error string

---Attribute has already been taken
---@class nodeum.api.Taken
---@field error string
---@field value? string Value received

---Attribute is invalid
---@class nodeum.api.Invalid
---@field error string
---@field value? string Value received

---Attribute is too short (minimum is %{count} characters)
---@class nodeum.api.TooShort
---@field error string
---@field count? integer Expected minimum length

---Attribute is too long (maximum is %{count} characters)
---@class nodeum.api.TooLong
---@field error string
---@field count? integer Expected maximum length

---Attribute must be greater than %{count}
---@class nodeum.api.GreaterThan
---@field error string
---@field value? integer Value received
---@field count? integer Expected maximum value

---Attribute must be greater than or equal to %{count}
---@class nodeum.api.GreaterThanOrEqualTo
---@field error string
---@field value? integer Value received
---@field count? integer Expected maximum value

---Attribute must be less than %{count}
---@class nodeum.api.LessThan
---@field error string
---@field value? integer Value received
---@field count? integer Expected minimum value

---Attribute must be less than or equal to %{count}
---@class nodeum.api.LessThanOrEqualTo
---@field error string
---@field value? integer Value received
---@field count? integer Expected minimum value

---Must have less than %{count} occurrences (currently have %{value})
---@class nodeum.api.OccurrenceLessThan
---@field error string
---@field count? integer Expected maximum number of occurrences
---@field value? integer Current number of occurrences

---Must have at most or less than %{count} occurrences (currently have %{value})
---@class nodeum.api.OccurrenceLessThanOrEqualTo
---@field error string
---@field count? integer Expected maximum number of occurrences
---@field value? integer Current number of occurrences

---Quota on cache can't be above 100% (total)
---@class nodeum.api.QuotaOnCache
---@field error string

---@class nodeum.api.Error
---@field details? table<string, nodeum.api.AttributeError[]> Parsable objects describing the errors. The key is the invalid attribute name.
---@field messages? string[] English description of the errors.

---@class nodeum.api.MountStatus
---@field mounted? boolean (read-only)
---@field message? string (read-only)
---@field status? nodeum.api.MountInfo

---@class nodeum.api.MountNotification
---@field action? "added"|"removed"|"modified"
---@field info? nodeum.api.MountInfo

---@class nodeum.api.ActiveJobStatus
---@field job_id? string (read-only)
---@field status? "queued"|"working"|"completed"|"failed" (read-only)
---@field progress? integer (read-only)
---@field total? integer (read-only)

---@class nodeum.api.ApiKey
---@field id? integer (read-only)
---@field key? string (read-only)
---@field name? string

---@class nodeum.api.ApiKeyFull
---@field id? integer (read-only)
---@field key? string (read-only)
---@field name? string
---@field api_key_scopes? nodeum.api.ApiKeyScope[]

---@class nodeum.api.ApiKeyScope
---@field controller? string
---@field action? string

---@class nodeum.api.ApiKeyCollection
---@field api_keys? nodeum.api.ApiKey[]
---@field count? integer

---@class nodeum.api.NodeumFile
---@field id? integer (read-only)
---@field name? string (read-only)
---@field parent? integer (read-only)
---@field primary_id? integer (read-only)
---@field type? "file"|"folder" (read-only)
---@field permission? integer (read-only)
---@field size? integer (read-only)
---@field change_date? string (read-only)
---@field modification_date? string (read-only)
---@field access_date? string (read-only)
---@field uid? integer (read-only)
---@field gid? integer (read-only)

---@class nodeum.api.NodeumFileWithPath
---@field id? integer (read-only)
---@field name? string (read-only)
---@field parent? integer (read-only)
---@field primary_id? integer (read-only)
---@field type? "file"|"folder" (read-only)
---@field permission? integer (read-only)
---@field size? integer (read-only)
---@field change_date? string (read-only)
---@field modification_date? string (read-only)
---@field access_date? string (read-only)
---@field uid? integer (read-only)
---@field gid? integer (read-only)
---@field file_path? string (read-only)

---@class nodeum.api.ImportFile
---@field id? integer (read-only)
---@field name? string (read-only)
---@field parent? integer (read-only)
---@field primary_id? integer (read-only)
---@field type? "file"|"folder" (read-only)
---@field permission? integer (read-only)
---@field size? integer (read-only)
---@field change_date? string (read-only)
---@field modification_date? string (read-only)
---@field access_date? string (read-only)
---@field uid? integer (read-only)
---@field gid? integer (read-only)

---@class nodeum.api.ImportFileWithPath
---@field id? integer (read-only)
---@field name? string (read-only)
---@field parent? integer (read-only)
---@field primary_id? integer (read-only)
---@field type? "file"|"folder" (read-only)
---@field permission? integer (read-only)
---@field size? integer (read-only)
---@field change_date? string (read-only)
---@field modification_date? string (read-only)
---@field access_date? string (read-only)
---@field uid? integer (read-only)
---@field gid? integer (read-only)
---@field file_path? string (read-only)

---@class nodeum.api.OnTapesFile
---@field id? integer (read-only)
---@field name? string (read-only)
---@field type? "file"|"folder" (read-only)
---@field size? integer (read-only)
---@field barcodes? string[] (read-only)

---@class nodeum.api.Container
---@field id? integer (read-only)
---@field name? string
---@field comment? string
---@field quota_total_size? integer
---@field quota_on_cache? integer
---@field stat_total_files? integer (read-only)
---@field only_on_cache_file_count? integer (read-only)
---@field stat_total_size? integer (read-only)
---@field stat_size_on_cache? integer (read-only)
---@field only_on_cache_file_size_sum? integer (read-only)
---@field guest_right? "none"|"read"|"read_write"
---@field last_update? string (read-only)

---@class nodeum.api.ContainerPrivilege
---@field id? integer (read-only)
---@field name? string
---@field privilege? "none"|"read"|"read_write"
---@field type? "user"|"group"

---@class nodeum.api.TapeLibraryDevice
---@field serial? string (read-only)
---@field protocol? "scsi"|"acsls" (read-only)
---@field vendor? string (read-only)
---@field product? string (read-only)
---@field firmware? string (read-only)
---@field device? string (read-only)
---@field acs? integer (read-only)
---@field storage_slots? integer (read-only)
---@field storage_slots_address? integer (read-only)
---@field io_slots? integer (read-only)
---@field io_slots_address? integer (read-only)

---@class nodeum.api.TapeLibraryDeviceCollection
---@field tape_libraries? nodeum.api.TapeLibraryDevice[]

---@class nodeum.api.TapeLibrary
---@field serial? string (read-only)
---@field protocol? "scsi"|"acsls" (read-only)
---@field vendor? string (read-only)
---@field product? string (read-only)
---@field firmware? string (read-only)
---@field device? string (read-only)
---@field acs? integer (read-only)
---@field storage_slots? integer (read-only)
---@field storage_slots_address? integer (read-only)
---@field io_slots? integer (read-only)
---@field io_slots_address? integer (read-only)
---@field id? integer (read-only)
---@field name? string
---@field comment? string
---@field libso? string
---@field status? "offline"|"online" (read-only)
---@field price? string

---@class nodeum.api.TapeDriveDevice
---@field serial? string (read-only)
---@field scsi_address? integer (read-only)
---@field vendor? string (read-only)
---@field product? string (read-only)
---@field firmware? string (read-only)
---@field device? string (read-only) When saved, device may be prefixed by *n* (eg. `/dev/nst5`)
---@field sgdevice? string (read-only)

---@class nodeum.api.TapeDriveDeviceCollection
---@field tape_drives? nodeum.api.TapeDriveDevice[]

---@class nodeum.api.TapeDrive
---@field serial? string (read-only)
---@field scsi_address? integer (read-only)
---@field vendor? string (read-only)
---@field product? string (read-only)
---@field firmware? string (read-only)
---@field device? string (read-only) When saved, device may be prefixed by *n* (eg. `/dev/nst5`)
---@field sgdevice? string (read-only)
---@field id? integer (read-only)
---@field tape_library_id? integer (read-only)
---@field name? string
---@field comment? string
---@field libso? string
---@field acs? integer
---@field lsm? integer
---@field panel? integer
---@field transport? integer
---@field status? "offline"|"online" (read-only)
---@field full? integer (read-only)
---@field mount_count? integer (read-only)
---@field use_to? string (read-only)
---@field use_by? string (read-only)
---@field barcode? string (read-only)
---@field task_id? integer (read-only)
---@field use_file_processed_size? integer (read-only)
---@field use_file_size_to_process? integer (read-only)
---@field use_file_name_processed? string (read-only)
---@field bandwidth? integer (read-only)

---@class nodeum.api.Tape
---@field id? integer (read-only)
---@field tape_library_id? integer (read-only)
---@field pool_id? integer (read-only)
---@field barcode? string (read-only)
---@field location? string (read-only)
---@field type? "unknown"|"data"|"cleaning"|"diagnostic"|"data_lto1"|"data_lto2"|"data_lto3"|"data_lto4"|"data_lto5"|"data_lto6"|"data_lto7"|"data_lto8"|"data_lto9"|"data_lto10"|"data_lto11"|"data_lto12" (read-only)
---@field locked? boolean (read-only)
---@field scratch? boolean (read-only)
---@field cleaning? boolean (read-only)
---@field write_protect? boolean (read-only)
---@field mounted? boolean (read-only)
---@field ejected? boolean (read-only)
---@field known? boolean (read-only)
---@field mount_count? integer (read-only)
---@field date_in? string (read-only)
---@field date_move? string (read-only)
---@field free? integer (read-only)
---@field max? integer (read-only)
---@field last_size_update? string (read-only)
---@field last_maintenance? string (read-only)
---@field last_repack? string (read-only)
---@field repack_status? boolean (read-only)
---@field hash? string (read-only)
---@field force_import_type? boolean (read-only)
---@field need_to_check? boolean (read-only)

---@class nodeum.api.TapeStat
---@field log_time? string (read-only)
---@field barcode? string (read-only)
---@field mounts? integer (read-only)
---@field datasets_written? integer (read-only)
---@field datasets_read? integer (read-only)
---@field recovered_write_data_errors? integer (read-only)
---@field unrecovered_write_data_errors? integer (read-only)
---@field write_servo_errors? integer (read-only)
---@field unrecovered_write_servo_errors? integer (read-only)
---@field recovered_read_errors? integer (read-only)
---@field unrecovered_read_errors? integer (read-only)
---@field last_mount_unrecovered_write_errors? integer (read-only)
---@field last_mount_unrecovered_read_errors? integer (read-only)
---@field last_mount_mbytes_written? integer (read-only)
---@field last_mount_mbytes_read? integer (read-only)
---@field lifetime_mbytes_written? integer (read-only)
---@field lifetime_mbytes_read? integer (read-only)
---@field last_load_write_compression_ratio? integer (read-only)
---@field last_load_read_compression_ratio? integer (read-only)
---@field medium_mount_time? integer (read-only)
---@field medium_ready_time? integer (read-only)
---@field total_native_capacity? integer (read-only)
---@field total_used_native_capacity? integer (read-only)
---@field write_protect? integer (read-only)
---@field worm? integer (read-only)
---@field beginning_of_medium_passes? integer (read-only)
---@field middle_of_tape_passes? integer (read-only)
---@field read_compression_ratio? integer (read-only)
---@field write_compression_ratio? integer (read-only)
---@field mbytes_transferred_to_app_client? integer (read-only)
---@field bytes_transferred_to_app_client? integer (read-only)
---@field mbytes_read_from_medium? integer (read-only)
---@field bytes_read_from_medium? integer (read-only)
---@field mbytes_transferred_from_app_client? integer (read-only)
---@field bytes_transferred_from_app_client? integer (read-only)
---@field mbytes_written_to_medium? integer (read-only)
---@field bytes_written_to_medium? integer (read-only)
---@field data_compression_enabled? integer (read-only)
---@field write_retries? integer (read-only)
---@field write_perms? integer (read-only)
---@field suspended_writes? integer (read-only)
---@field fatal_suspended_writes? integer (read-only)
---@field read_retries? integer (read-only)
---@field read_perms? integer (read-only)
---@field suspended_reads? integer (read-only)
---@field fatal_suspended_reads? integer (read-only)
---@field partition_0_remaining_capacity? integer (read-only)
---@field partition_1_remaining_capacity? integer (read-only)
---@field partition_0_maximum_capacity? integer (read-only)
---@field partition_1_maximum_capacity? integer (read-only)

---@class nodeum.api.Pool
---@field id? integer (read-only)
---@field name? string
---@field comment? string
---@field type? "active_archive"|"offline_archive"|"data_exchange"|"scratch"|"data_enrichment"|"primary"
---@field content? "tape"|"cloud"|"nas"
---@field primary_id? integer (read-only)

---@class nodeum.api.PoolUp
---@field id? integer (read-only)
---@field name? string
---@field comment? string
---@field type? "active_archive"|"offline_archive"|"data_exchange"|"scratch"|"data_enrichment"|"primary"
---@field content? "tape"|"cloud"|"nas"
---@field primary_id? integer (read-only)
---@field tape_ids? integer[]
---@field nas_share_ids? integer[]
---@field cloud_bucket_ids? integer[]

---@class nodeum.api.PrimaryScan
---@field id? integer (read-only)
---@field pool_id? integer
---@field enabled? boolean
---@field operand? number
---@field unit? "minutes"|"hours"|"days"|"weeks"|"months"|"years"

---@class nodeum.api.CloudConnector
---@field id? integer (read-only)
---@field name? string
---@field url? string
---@field url_proxy? string
---@field provider? "generic_s3"|"amazon_aws_s3"|"cloudian_hyperstore"|"scality_ring"|"dell_emc_ecs"|"azure"|"google_cloud_storage"|"openstack_swift"
---@field region? string
---@field access_key? string
---@field secret_key? string
---@field options? string S3FS mounting options, separated by comma

---@class nodeum.api.CloudBucket
---@field id? integer (read-only)
---@field cloud_connector_id? integer (read-only)
---@field pool_id? integer (read-only)
---@field name? string (read-only)
---@field file_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field location? string (read-only)
---@field price? string
---@field options? string S3FS mounting options, separated by comma

---@class nodeum.api.Nas
---@field id? integer (read-only)
---@field name? string
---@field host? string
---@field type? "smb_v1"|"smb_v2_1"|"smb_v3"|"nfs_v3"|"nfs_v4"|"storenext_v5"
---@field comment? string
---@field price? string

---@class nodeum.api.NasShare
---@field id? integer (read-only)
---@field nas_id? integer (read-only)
---@field pool_id? integer (read-only)
---@field name? string
---@field path? string
---@field options? string
---@field username? string
---@field password? string
---@field file_count? integer (read-only)
---@field file_size_sum? integer (read-only)

---@class nodeum.api.Task
---@field id? integer (read-only)
---@field name? string
---@field comment? string
---@field workflow_type? "active_archive"|"offline_archive"|"data_exchange"|"data_migration"|"maintenance"|"data_enrichment"
---@field workflow_action? "copy"|"move"|"scan"|"rehydratation"|"format"|"check_consistency"|"duplication"|"cache_cleaning"|"ejection"|"get_index"|"full_backup"|"incremental_backup"
---@field source_type? "container"|"primary_nas"|"secondary_nas"|"primary_cloud"|"secondary_cloud"|"secondary_tape"
---@field destination_type? "container"|"primary_nas"|"secondary_nas"|"primary_cloud"|"secondary_cloud"|"secondary_tape"
---@field priority? integer
---@field conflict_resolution? "rename"|"overwrite"|"ignore"
---@field action? "noop"|"run"|"pause"|"stop"|"resume" (read-only)
---@field activate? boolean
---@field creation_date? string (read-only)
---@field modification_date? string (read-only)
---@field creation_username? string (read-only)
---@field modification_username? string (read-only)
---@field status? "not_activated"|"done"|"in_progress"|"error"|"paused"|"stopped_by_system"|"in_queue"|"finished_with_warnings"|"calculating"|"stopped_by_user" (read-only)
---@field job_started? string (read-only)
---@field job_finished? string (read-only)
---@field processed_size? integer (read-only)
---@field to_process_size? integer (read-only)

---@class nodeum.api.TaskSourceUp
---@field file_id? integer
---@field file_path? string
---@field range? integer[]
---@field import_file_id? integer
---@field import_file_path? string
---@field tape_id? integer
---@field tape_barcode? string
---@field pool_id? integer
---@field pool_name? string

---@class nodeum.api.TaskSourceDown
---@field id? integer (read-only)
---@field file? nodeum.api.NodeumFile
---@field range? integer[]
---@field container? nodeum.api.Container
---@field import_file? nodeum.api.ImportFile
---@field tape? nodeum.api.Tape
---@field pool? nodeum.api.Pool

---@class nodeum.api.TaskDestinationUp
---@field folder_id? integer
---@field folder_path? string
---@field tape_id? integer
---@field tape_barcode? string
---@field pool_id? integer
---@field pool_name? string

---@class nodeum.api.TaskDestinationDown
---@field id? integer (read-only)
---@field folder? nodeum.api.NodeumFile
---@field container? nodeum.api.Container
---@field tape? nodeum.api.Tape
---@field pool? nodeum.api.Pool

---@class nodeum.api.TaskSchedule
---@field id? integer (read-only)
---@field task_id? integer
---@field rrule? string
---@field done? boolean
---@field next? string (read-only)
---@field missed_count? integer (read-only)
---@field skipped_count? integer (read-only)
---@field missed_last? string (read-only)
---@field missed_first? string (read-only)

---@class nodeum.api.TaskOption
---@field id? integer (read-only)
---@field type? "file_checksum"|"reset_file_date"|"reset_folder_date"|"rename_to"|"execution_task_id"|"selected_drive"|"parallel_processing"|"task_id"|"full_report"|"processing_order"|"rehydration_usage_threshold"|"rehydration_deleted_files_threshold"|"learning_type"|"learning_threshold"|"tape_to_scratch"|"eject_tape_after"|"barcodes"|"overwrite"|"task_template"
---@field value? string

---@class nodeum.api.TaskCallback
---@field id? integer (read-only)
---@field type? "filter"
---@field script? string

---@class nodeum.api.TaskMetadatum
---@field id? integer (read-only)
---@field key? string
---@field value? string

---@class nodeum.api.TaskExecution
---@field id? string
---@field task_id? integer
---@field name? string
---@field workflow_type? "active_archive"|"offline_archive"|"data_exchange"|"data_migration"|"maintenance"|"data_enrichment"
---@field workflow_action? "copy"|"move"|"scan"|"rehydratation"|"format"|"check_consistency"|"duplication"|"cache_cleaning"|"ejection"|"get_index"|"full_backup"|"incremental_backup"
---@field source_type? "container"|"primary_nas"|"secondary_nas"|"primary_cloud"|"secondary_cloud"|"secondary_tape"
---@field destination_type? "container"|"primary_nas"|"secondary_nas"|"primary_cloud"|"secondary_cloud"|"secondary_tape"
---@field status? "not_activated"|"done"|"in_progress"|"error"|"paused"|"stopped_by_system"|"in_queue"|"finished_with_warnings"|"calculating"|"stopped_by_user"
---@field log_time? string
---@field job_started? string
---@field job_finished? string
---@field to_process_size? integer
---@field processed_size? integer
---@field to_process_files? integer
---@field processed_files? integer
---@field finalized_files? integer
---@field estimation_time? integer
---@field bandwidth? integer

---@class nodeum.api.NodeumFileCollection
---@field count? integer (read-only)
---@field files? nodeum.api.NodeumFile[] (read-only)

---@class nodeum.api.ImportFileCollection
---@field count? integer (read-only)
---@field import_files? nodeum.api.ImportFile[] (read-only)

---@class nodeum.api.OnTapesFileCollection
---@field count? integer (read-only)
---@field on_tapes_files? nodeum.api.OnTapesFile[] (read-only)

---@class nodeum.api.MountCollection
---@field mounts? nodeum.api.MountInfo[] (read-only)

---@class nodeum.api.ContainerCollection
---@field count? integer (read-only)
---@field containers? nodeum.api.Container[] (read-only)

---@class nodeum.api.ContainerPrivilegeCollection
---@field count? integer (read-only)
---@field container_privileges? nodeum.api.ContainerPrivilege[] (read-only)

---@class nodeum.api.TapeLibraryCollection
---@field count? integer (read-only)
---@field tape_libraries? nodeum.api.TapeLibrary[] (read-only)

---@class nodeum.api.TapeDriveCollection
---@field count? integer (read-only)
---@field tape_drives? nodeum.api.TapeDrive[] (read-only)

---@class nodeum.api.TapeCollection
---@field count? integer (read-only)
---@field tapes? nodeum.api.Tape[] (read-only)

---@class nodeum.api.TapeStatCollection
---@field count? integer (read-only)
---@field tape_stats? nodeum.api.TapeStat[] (read-only)

---@class nodeum.api.PoolCollection
---@field count? integer (read-only)
---@field pools? nodeum.api.Pool[] (read-only)

---@class nodeum.api.CloudConnectorCollection
---@field count? integer (read-only)
---@field cloud_connectors? nodeum.api.CloudConnector[] (read-only)

---@class nodeum.api.CloudBucketCollection
---@field count? integer (read-only)
---@field cloud_buckets? nodeum.api.CloudBucket[] (read-only)

---@class nodeum.api.CloudBucketSimpleCollection
---@field cloud_buckets? nodeum.api.CloudBucket[] (read-only)

---@class nodeum.api.NasCollection
---@field count? integer (read-only)
---@field nas? nodeum.api.Nas[] (read-only)

---@class nodeum.api.NasShareCollection
---@field count? integer (read-only)
---@field nas_shares? nodeum.api.NasShare[] (read-only)

---@class nodeum.api.TaskCollection
---@field count? integer (read-only)
---@field tasks? nodeum.api.Task[] (read-only)

---@class nodeum.api.TaskSourceCollection
---@field count? integer (read-only)
---@field task_sources? nodeum.api.TaskSourceDown[] (read-only)

---@class nodeum.api.TaskDestinationCollection
---@field count? integer (read-only)
---@field task_destinations? nodeum.api.TaskDestinationDown[] (read-only)

---@class nodeum.api.TaskScheduleCollection
---@field count? integer (read-only)
---@field task_schedules? nodeum.api.TaskSchedule[] (read-only)

---@class nodeum.api.TaskOptionCollection
---@field count? integer (read-only)
---@field task_options? nodeum.api.TaskOption[] (read-only)

---@class nodeum.api.TaskCallbackCollection
---@field count? integer (read-only)
---@field task_callbacks? nodeum.api.TaskCallback[] (read-only)

---@class nodeum.api.TaskMetadatumCollection
---@field count? integer (read-only)
---@field task_metadata? nodeum.api.TaskMetadatum[] (read-only)

---@class nodeum.api.TaskExecutionCollection
---@field count? integer (read-only)
---@field task_executions? nodeum.api.TaskExecution[] (read-only)

---@class nodeum.api.Reset
---@field sections? nodeum.api.ResetSections[] sections selected for reset

---@class nodeum.api.UserConfigurationCollection
---@field configurations? nodeum.api.UserConfiguration[]
---@field count? integer

---@class nodeum.api.UserConfiguration
---@field id? integer (read-only)
---@field key? string
---@field value? string

---@class nodeum.api.TaskMetadataDefinitionCollection
---@field count? integer (read-only)
---@field task_metadata_definitions? nodeum.api.TaskMetadataDefinition[] (read-only)

---@class nodeum.api.TaskMetadataDefinition
---@field id? integer (read-only)
---@field key? string
---@field name? string
---@field mandatory? boolean
---@field type? "input_text"|"text_area"|"checkbox"|"radio"
---@field comment? string
---@field apply_active_archive? boolean
---@field apply_offline_archive? boolean
---@field apply_data_exchange? boolean
---@field apply_maintenance? boolean

---@class nodeum.api.MetadataDefinition
---@field id? integer (read-only)
---@field key? string
---@field name? string
---@field mandatory? boolean
---@field type? "input_text"|"text_area"|"checkbox"|"radio"|"multi_text"
---@field comment? string

---@class nodeum.api.FileMetadataDefinitionCollection
---@field count? integer (read-only)
---@field file_metadata_definitions? nodeum.api.FileMetadataDefinition[] (read-only)

---@class nodeum.api.FileMetadataDefinition
---@field id? integer (read-only)
---@field key? string
---@field name? string
---@field mandatory? boolean
---@field type? "input_text"|"text_area"|"checkbox"|"radio"|"multi_text"
---@field comment? string

---@class nodeum.api.SystemUserCollection
---@field count? integer (read-only)
---@field users? nodeum.api.SystemUser[] (read-only)

---@class nodeum.api.SystemUser
---@field name? string (read-only)
---@field uid? integer (read-only)
---@field gid? integer (read-only)
---@field info? string (read-only)

---@class nodeum.api.SystemGroupCollection
---@field count? integer (read-only)
---@field groups? nodeum.api.SystemGroup[] (read-only)

---@class nodeum.api.SystemGroup
---@field name? string (read-only)
---@field gid? integer (read-only)
---@field users? string[] (read-only)

---@class nodeum.api.ByDateFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field in_cache? nodeum.api.FileFacet
---@field less_1_week? nodeum.api.FileFacet
---@field less_1_month? nodeum.api.FileFacet
---@field less_3_months? nodeum.api.FileFacet
---@field less_6_months? nodeum.api.FileFacet
---@field less_1_year? nodeum.api.FileFacet
---@field less_2_years? nodeum.api.FileFacet
---@field more_2_years? nodeum.api.FileFacet

---@class nodeum.api.FileFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)

---@class nodeum.api.DefaultFacet
---@field count? integer (read-only)

---@class nodeum.api.DateToFileFacets
---@field in_cache? nodeum.api.FileFacet
---@field less_1_week? nodeum.api.FileFacet
---@field less_1_month? nodeum.api.FileFacet
---@field less_3_months? nodeum.api.FileFacet
---@field less_6_months? nodeum.api.FileFacet
---@field less_1_year? nodeum.api.FileFacet
---@field less_2_years? nodeum.api.FileFacet
---@field more_2_years? nodeum.api.FileFacet

---@class nodeum.api.ByPrimaryFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field prim_name_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.ByDateFacetBuckets
---@field buckets? nodeum.api.ByDateFacetBucket[]

---@class nodeum.api.ByDateFacetBucket
---@field val? any
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field in_cache? nodeum.api.FileFacet
---@field less_1_week? nodeum.api.FileFacet
---@field less_1_month? nodeum.api.FileFacet
---@field less_3_months? nodeum.api.FileFacet
---@field less_6_months? nodeum.api.FileFacet
---@field less_1_year? nodeum.api.FileFacet
---@field less_2_years? nodeum.api.FileFacet
---@field more_2_years? nodeum.api.FileFacet

---@class nodeum.api.ByPrimaryStorageFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field on_primary_container? nodeum.api.ByPrimaryTypeFacet
---@field on_primary_nas? nodeum.api.ByPrimaryTypeFacet
---@field on_primary_public_cloud? nodeum.api.ByPrimaryTypeFacet
---@field on_primary_object_cloud? nodeum.api.ByPrimaryTypeFacet

---@class nodeum.api.TypeToPrimaryFacets
---@field on_primary_container? nodeum.api.ByPrimaryTypeFacet
---@field on_primary_nas? nodeum.api.ByPrimaryTypeFacet
---@field on_primary_public_cloud? nodeum.api.ByPrimaryTypeFacet
---@field on_primary_object_cloud? nodeum.api.ByPrimaryTypeFacet

---@class nodeum.api.ByPrimaryTypeFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field in_cache? nodeum.api.FileFacet
---@field less_1_week? nodeum.api.FileFacet
---@field less_1_month? nodeum.api.FileFacet
---@field less_3_months? nodeum.api.FileFacet
---@field less_6_months? nodeum.api.FileFacet
---@field less_1_year? nodeum.api.FileFacet
---@field less_2_years? nodeum.api.FileFacet
---@field more_2_years? nodeum.api.FileFacet
---@field prim_name_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.ByPrimaryCloudFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field prim_cloud_connector_name_s? nodeum.api.ByDateFacetBuckets
---@field prim_cloud_bucket_name_s? nodeum.api.ByDateFacetBuckets
---@field prim_pool_name_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.ByPrimaryNasFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field prim_nas_name_s? nodeum.api.ByDateFacetBuckets
---@field prim_nas_share_name_s? nodeum.api.ByDateFacetBuckets
---@field prim_pool_name_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.BySecondaryStorageFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field on_secondary_nas? nodeum.api.BySecondaryTypeFacet
---@field on_secondary_public_cloud? nodeum.api.BySecondaryTypeFacet
---@field on_secondary_object_cloud? nodeum.api.BySecondaryTypeFacet
---@field on_secondary_tape? nodeum.api.BySecondaryTypeFacet
---@field on_any_secondary? nodeum.api.BySecondaryTypeFacet
---@field on_no_secondary? nodeum.api.BySecondaryTypeFacet

---@class nodeum.api.TypeToSecondaryFacets
---@field on_secondary_nas? nodeum.api.BySecondaryTypeFacet
---@field on_secondary_public_cloud? nodeum.api.BySecondaryTypeFacet
---@field on_secondary_object_cloud? nodeum.api.BySecondaryTypeFacet
---@field on_secondary_tape? nodeum.api.BySecondaryTypeFacet
---@field on_any_secondary? nodeum.api.BySecondaryTypeFacet
---@field on_no_secondary? nodeum.api.BySecondaryTypeFacet

---@class nodeum.api.BySecondaryTypeFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field in_cache? nodeum.api.FileFacet
---@field less_1_week? nodeum.api.FileFacet
---@field less_1_month? nodeum.api.FileFacet
---@field less_3_months? nodeum.api.FileFacet
---@field less_6_months? nodeum.api.FileFacet
---@field less_1_year? nodeum.api.FileFacet
---@field less_2_years? nodeum.api.FileFacet
---@field more_2_years? nodeum.api.FileFacet
---@field sec_pool_name_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.BySecondaryTapeFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field sec_tape_library_name_s? nodeum.api.ByDateFacetBuckets
---@field sec_tape_barcode_s? nodeum.api.ByDateFacetBuckets
---@field sec_pool_name_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.BySecondaryCloudFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field sec_cloud_connector_name_s? nodeum.api.ByDateFacetBuckets
---@field sec_cloud_bucket_name_s? nodeum.api.ByDateFacetBuckets
---@field sec_pool_name_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.BySecondaryNasFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field sec_nas_name_s? nodeum.api.ByDateFacetBuckets
---@field sec_nas_share_name_s? nodeum.api.ByDateFacetBuckets
---@field sec_pool_name_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.ByUserOwnerFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field user_owner_id_l? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.ByGroupOwnerFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field group_owner_id_l? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.ByFileExtensionFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field file_extension_s? nodeum.api.ByDateFacetBuckets

---@class nodeum.api.BySizeFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field less_100_kb? nodeum.api.ByDateFacet
---@field less_1_mb? nodeum.api.ByDateFacet
---@field less_10_mb? nodeum.api.ByDateFacet
---@field less_100_mb? nodeum.api.ByDateFacet
---@field less_1_gb? nodeum.api.ByDateFacet
---@field less_10_gb? nodeum.api.ByDateFacet
---@field less_100_gb? nodeum.api.ByDateFacet
---@field more_100_gb? nodeum.api.ByDateFacet

---@class nodeum.api.SizeToDateFacets
---@field less_100_kb? nodeum.api.ByDateFacet
---@field less_1_mb? nodeum.api.ByDateFacet
---@field less_10_mb? nodeum.api.ByDateFacet
---@field less_100_mb? nodeum.api.ByDateFacet
---@field less_1_gb? nodeum.api.ByDateFacet
---@field less_10_gb? nodeum.api.ByDateFacet
---@field less_100_gb? nodeum.api.ByDateFacet
---@field more_100_gb? nodeum.api.ByDateFacet

---@class nodeum.api.ByMetadataFacet
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field in_cache? nodeum.api.FileFacet
---@field less_1_week? nodeum.api.FileFacet
---@field less_1_month? nodeum.api.FileFacet
---@field less_3_months? nodeum.api.FileFacet
---@field less_6_months? nodeum.api.FileFacet
---@field less_1_year? nodeum.api.FileFacet
---@field less_2_years? nodeum.api.FileFacet
---@field more_2_years? nodeum.api.FileFacet
---@field meta_key_s? nodeum.api.ByMetadataKeyBuckets

---@class nodeum.api.ByMetadataKeyBuckets
---@field buckets? nodeum.api.ByMetadataKeyBucket[]

---@class nodeum.api.ByMetadataKeyBucket
---@field val? string
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field in_cache? nodeum.api.FileFacet
---@field less_1_week? nodeum.api.FileFacet
---@field less_1_month? nodeum.api.FileFacet
---@field less_3_months? nodeum.api.FileFacet
---@field less_6_months? nodeum.api.FileFacet
---@field less_1_year? nodeum.api.FileFacet
---@field less_2_years? nodeum.api.FileFacet
---@field more_2_years? nodeum.api.FileFacet
---@field meta_value_t? nodeum.api.ByMetadataValueBuckets

---@class nodeum.api.ByMetadataBucket
---@field val? string
---@field count? integer (read-only)
---@field files_count? integer (read-only)
---@field file_size_sum? integer (read-only)
---@field cost? number (read-only)
---@field in_cache? nodeum.api.FileFacet
---@field less_1_week? nodeum.api.FileFacet
---@field less_1_month? nodeum.api.FileFacet
---@field less_3_months? nodeum.api.FileFacet
---@field less_6_months? nodeum.api.FileFacet
---@field less_1_year? nodeum.api.FileFacet
---@field less_2_years? nodeum.api.FileFacet
---@field more_2_years? nodeum.api.FileFacet

---@class nodeum.api.ByMetadataValueBuckets
---@field buckets? nodeum.api.ByMetadataBucket[]

---@class nodeum.api.ByTaskWorkflowFacet
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)
---@field type? nodeum.api.TaskByWorkflowBuckets

---@class nodeum.api.TaskFacet
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)

---@class nodeum.api.TaskByWorkflowBuckets
---@field buckets? nodeum.api.TaskByWorkflowBucket[]

---@class nodeum.api.TaskByWorkflowBucket
---@field val? any
---@field action? nodeum.api.TaskFacetBuckets
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)

---@class nodeum.api.TaskFacetBuckets
---@field buckets? nodeum.api.TaskFacetBucket[]

---@class nodeum.api.TaskFacetBucket
---@field val? any
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)

---@class nodeum.api.ByTaskStatusFacet
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)
---@field status? nodeum.api.TaskFacetBuckets

---@class nodeum.api.ByTaskStorageFacet
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)
---@field source? nodeum.api.TaskFacetBuckets
---@field destination? nodeum.api.TaskFacetBuckets

---@class nodeum.api.ByTaskMetadataFacet
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)
---@field meta_key_s? nodeum.api.TaskFacetMetadataKeyBuckets

---@class nodeum.api.TaskFacetMetadataKeyBuckets
---@field buckets? nodeum.api.TaskFacetMetadataKeyBucket[]

---@class nodeum.api.TaskFacetMetadataKeyBucket
---@field val? string
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)
---@field meta_value_t? nodeum.api.TaskFacetMetadataValueBuckets

---@class nodeum.api.TaskFacetMetadataBucket
---@field val? string
---@field count? integer (read-only)
---@field to_process_size_sum? integer (read-only)
---@field processed_size_sum? integer (read-only)
---@field to_process_files_sum? integer (read-only)
---@field processed_files_sum? integer (read-only)
---@field finalized_files_sum? integer (read-only)
---@field bandwidth_avg? integer (read-only)
---@field bandwidth_count? integer (read-only)
---@field tasks_count? integer (read-only)

---@class nodeum.api.TaskFacetMetadataValueBuckets
---@field buckets? nodeum.api.TaskFacetMetadataBucket[]

---@class nodeum.api.StorageFacet
---@field count? integer (read-only)
---@field container? nodeum.api.DefaultFacet
---@field nas_share? nodeum.api.StorageNasShareFacets
---@field cloud_bucket? nodeum.api.StorageCloudBucketFacets
---@field tape? nodeum.api.StorageTapeFacets
---@field pool? nodeum.api.StoragePoolFacets

---@class nodeum.api.StorageByTypeFacets
---@field container? nodeum.api.DefaultFacet
---@field nas_share? nodeum.api.StorageNasShareFacets
---@field cloud_bucket? nodeum.api.StorageCloudBucketFacets
---@field tape? nodeum.api.StorageTapeFacets
---@field pool? nodeum.api.StoragePoolFacets

---@class nodeum.api.StorageNasShareFacets
---@field count? integer (read-only)
---@field nas_type_i? nodeum.api.ByTypeFacetBuckets
---@field pool_type_i? nodeum.api.ByTypeFacetBuckets

---@class nodeum.api.StorageNasShareByTypeFacets
---@field nas_type_i? nodeum.api.ByTypeFacetBuckets
---@field pool_type_i? nodeum.api.ByTypeFacetBuckets

---@class nodeum.api.ByTypeFacetBuckets
---@field buckets? nodeum.api.ByTypeFacetBucket[]

---@class nodeum.api.ByTypeFacetBucket
---@field val? any
---@field count? integer (read-only)

---@class nodeum.api.StorageCloudBucketFacets
---@field count? integer (read-only)
---@field cloud_connector_type_i? nodeum.api.ByTypeFacetBuckets
---@field pool_type_i? nodeum.api.ByTypeFacetBuckets

---@class nodeum.api.StorageCloudBucketByTypeFacets
---@field cloud_connector_type_i? nodeum.api.ByTypeFacetBuckets
---@field pool_type_i? nodeum.api.ByTypeFacetBuckets

---@class nodeum.api.StorageTapeFacets
---@field count? integer (read-only)
---@field tape_type_i? nodeum.api.ByTypeFacetBuckets
---@field tape_library_type_i? nodeum.api.ByTypeFacetBuckets
---@field pool_type_i? nodeum.api.ByTypeFacetBuckets

---@class nodeum.api.StorageTapeByTypeFacets
---@field tape_type_i? nodeum.api.ByTypeFacetBuckets
---@field tape_library_type_i? nodeum.api.ByTypeFacetBuckets
---@field pool_type_i? nodeum.api.ByTypeFacetBuckets

---@class nodeum.api.StoragePoolFacets
---@field count? integer (read-only)
---@field pool_type_i? nodeum.api.ByTypeFacetBuckets
---@field pool_content_i? nodeum.api.ByTypeFacetBuckets

---@class nodeum.api.StoragePoolByTypeFacets
---@field pool_type_i? nodeum.api.ByTypeFacetBuckets
---@field pool_content_i? nodeum.api.ByTypeFacetBuckets

---@class nodeum.api.MountInfo
---@field id? integer
---@field major_minor? string
---@field target? string
---@field source? string
---@field options? string
---@field type? "cifs"|"nfs"|"fuse.s3fs"|"fuse.core_fuse"|"fuse"
---@field pool_id? integer
---@field pool_name? string
---@field nas_id? integer
---@field nas_name? string
---@field nas_share_id? integer
---@field nas_share_name? string
---@field cloud_connector_id? integer
---@field cloud_connector_name? string
---@field cloud_bucket_id? integer
---@field cloud_bucket_name? string
---@field tape_id? integer
---@field tape_barcode? string
---@field tape_library_id? integer
---@field tape_library_name? string
---@field tape_library_serial? string

---@class nodeum.api.ResetSections
---@field value "full"|"nas_config"|"nas_storage"|"nas_pools"|"tapes_libs"|"tapes_drives"|"tapes_pools"|"clouds_config"|"clouds_storage"|"clouds_pools"|"tasks"|"history"|"templates"|"containers"|"catalog"|"web_users"|"logs"|"audits"|"statistics"|"traces"
---@field after? string after date-time criteria for history reset
---@field before? string before date-time criteria for history reset
