import Lua
import NodeumSimulator
import Testing
@testable import NodeumLua

/// `nodeum.<collection>` handles against the simulator: every verb where the API has it.
@Suite(.serialized) struct ResourceTests {
    @Test func everyCollectionListsAndGetsAndReachesItsChildren() async throws {
        // Walks every resource: list (count == #collect), get of the first item, then the
        // nested collections of that item, recursively; records what was visited.
        let out = try await LuaSession.with { s in
            try await s.run("""
                local visited, problems = {}, {}
                local function walk(handle, path)
                  local res = handle._res
                  if not res.list then return end
                  local c = handle:list{}
                  local items = c:collect()
                  visited[#visited + 1] = path
                  if res.list.paginated and c:count() ~= #items then
                    problems[#problems + 1] = path .. ": count " .. c:count() .. " vs " .. #items
                  end
                  local first = items[1]
                  if type(first) ~= "table" or first.id == nil then return end
                  if res.get then
                    local got = handle:get(first.id)
                    if got.id ~= first.id then problems[#problems + 1] = path .. ": get gave " .. tostring(got.id) end
                  end
                  for name in pairs(res.children) do
                    walk(handle:at(first.id)[name], path .. "/" .. tostring(first.id) .. "/" .. name)
                  end
                end
                for _, name in ipairs{"configurations", "task_metadata_definitions", "file_metadata_definitions",
                    "api_keys", "files", "mounts", "containers", "tape_libraries", "pools", "tape_drives", "tapes",
                    "tape_stats", "cloud_connectors", "cloud_buckets", "nas", "nas_shares", "tasks", "task_schedules",
                    "task_executions"} do
                  walk(nodeum[name], name)
                end
                table.sort(visited)
                return #visited, table.concat(problems, "; "), table.concat(visited, " ")
                """)
        }
        #expect(out[1] == "")
        #expect(Int(out[0])! >= 35, "\(out[2])")
        for path in ["tasks/1/task_executions", "tape_libraries/1/tapes", "pools/1/tapes", "containers/1/container_privileges",
                     "mounts", "nas/1/nas_shares", "tasks/1/task_sources"] {
            #expect(out[2].split(separator: " ").contains(Substring(path)), "\(path) not visited")
        }
    }

    @Test func createUpdateDeleteOnTopLevelAndNestedCollections() async throws {
        let out = try await LuaSession.with { s in
            try await s.run("""
                local pool = nodeum.pools:create{name = "lua pool", type = "active_archive", content = "tape"}
                local renamed = nodeum.pools:update(pool.id, {comment = "renamed"})
                local again = nodeum.pools:at(pool.id):get()
                local via_item = nodeum.pools:at(pool.id):update{comment = "again"}
                local task = nodeum.tasks:create{name = "lua task", workflow_type = "active_archive", workflow_action = "copy"}
                local sources = nodeum.tasks:at(task.id).task_metadata
                local src = sources:create{key = "site", value = "a"}
                local n_before = sources:list():count()
                local src2 = sources:update(src.id, {value = "b"})
                local deleted = sources:delete(src.id)
                local n_after = sources:list():count()
                local gone = nodeum.pools:delete(pool.id)
                local ok, e = pcall(nodeum.pools.get, nodeum.pools, pool.id)
                local item_deleted = nodeum.tasks:at(task.id):delete()
                return renamed.comment, again.comment, via_item.comment, n_before, src2.value, deleted, n_after,
                  gone, ok, e.status, e.operation, item_deleted
                """)
        }
        #expect(out == ["renamed", "renamed", "again", "1", "b", "true", "0", "true", "false", "404", "show_pool", "true"])
    }

    @Test func actionsByTheirNamesAndJobsWaitedFor() async throws {
        let out = try await LuaSession.with(SimulatorOptions(port: 0, taskDuration: 0.3)) { s in
            try await s.run("""
                local mount = nodeum.pools:at(1):mount_status()
                local by_id = nodeum.pools:at(1):mount_status_pool()
                local job = nodeum.tasks:at(1):run()
                local t = nodeum.tasks:create{name = "waited", workflow_type = "active_archive", workflow_action = "copy"}
                local done = nodeum.tasks:at(t.id):run{wait = true}
                local last = nodeum.tasks:at(t.id).task_executions:list{sort_by = "id:desc"}:first()
                local ended = nodeum.task_executions:at(last.id):wait{timeout = 30, interval = 0.05}
                local seen = {}
                local same = nodeum.wait_for_execution(last, {interval = 0.05, progress = function(e) seen[#seen + 1] = e.status end})
                local ok, e = pcall(nodeum.wait_for_execution, last, {interval = 0})
                local stats = nodeum.statistics:storage()
                return type(mount), type(by_id), job.job_id ~= nil, job.status, done.status .. " " .. tostring(done.id == last.id),
                  math.type(last.id) or type(last.id), ended.status, same.id == last.id, type(stats),
                  #seen >= 1 and seen[#seen], e
                """)
        }
        #expect(out[0] == "table" && out[1] == "table")
        #expect(out[2] == "true")
        #expect(["queued", "working"].contains(out[3]))
        // Waiting for a run is waiting for the execution it started: the newest, ended.
        #expect(out[4] == "done true")
        #expect(out[6] == "done")
        #expect(out[7] == "true")
        #expect(out[8] == "table")
        #expect(out[9] == "done")
        #expect(out[10].hasSuffix("wait_for_execution: 'interval' must be a positive number of seconds"))
    }

    @Test func waitingForAnExecutionPastItsTimeoutIsATimeoutError() async throws {
        let out = try await LuaSession.with(SimulatorOptions(port: 0, taskDuration: 30)) { s in
            try await s.run("""
                local t = nodeum.tasks:create{name = "slow", workflow_type = "active_archive", workflow_action = "copy"}
                nodeum.tasks:at(t.id):run()
                local e
                for _ = 1, 100 do
                  e = nodeum.tasks:at(t.id).task_executions:list{}:first()
                  if e then break end
                  nodeum.sleep(0.05)
                end
                local looks = 0
                local ok, err = pcall(nodeum.wait_for_execution, e, {timeout = 0.25, interval = 0.1,
                  progress = function(state) looks = looks + 1 end})
                local text = tostring(err):gsub(tostring(e.id), "ID")
                return tostring(ok), tostring(err.kind), text, tostring(looks)
                """)
        }
        try #require(out.count == 4, "\(out)")
        #expect(out[0] == "false")
        #expect(out[1] == "timeout")
        #expect(out[2].hasPrefix("task execution ID did not end within 0.25 s (status "))
        // Looks at 0, 0.1 and 0.2 s; the one at 0.3 s would be past the timeout.
        #expect(out[3] == "3")
    }

    @Test func unknownNamesListWhatExists() async throws {
        let out = try await LuaSession.with { s in
            try await s.run("""
                local function msg(f) local ok, e = pcall(f) return ok and "no error" or e end
                return msg(function() return nodeum.tapez end),
                  msg(function() return nodeum.tapes:frobnicate() end),
                  msg(function() return nodeum.tapes:create{} end),
                  msg(function() return nodeum.tasks:at(1):launch() end),
                  msg(function() return nodeum.tasks:get() end),
                  msg(function() return nodeum.tasks:get(1.5) end),
                  msg(function() return nodeum.tasks:list(5) end),
                  msg(function() return nodeum.tasks:list():frob() end)
                """)
        }
        #expect(out[0].hasSuffix("nodeum has no field 'tapez'; did you mean 'tapes'? collections: api_keys, cloud_buckets, cloud_connectors, configurations, containers, file_metadata_definitions, files, groups, mounts, nas, nas_shares, pools, statistics, systems, tape_drives, tape_libraries, tape_stats, tapes, task_executions, task_metadata_definitions, task_schedules, tasks, users"))
        #expect(out[1].hasSuffix("tapes has no method 'frobnicate' (it has: list, get, at)"))
        #expect(out[2].hasSuffix("tapes has no method 'create' (it has: list, get, at)"))
        #expect(out[3].hasSuffix("tasks item has no field 'launch' (it has: get, update, delete, run_result, run, pause_result, pause, stop_result, stop, resume_result, resume, show_schedule, create_schedule, update_schedule, destroy_schedule, files, task_callbacks, task_destinations, task_executions, task_metadata, task_options, task_sources)"))
        #expect(out[4].hasSuffix("bad argument #1 to 'get' (id expected (integer or string), got no value)"))
        #expect(out[5].hasSuffix("bad argument #1 to 'get' (id must be an integer, got 1.5)"))
        #expect(out[6].hasSuffix("bad argument #1 to 'list' (table expected, got number)"))
        #expect(out[7].hasSuffix("cursor has no method 'frob' (methods: map filter take skip enumerate each collect count first fold any all find pages iter)"))
    }

    @Test func oddNamesAndIdsGoThroughThePath() async throws {
        let out = try await LuaSession.with { s in
            try await s.run("""
                local t = nodeum.tasks:create{name = "a/b c%?#", workflow_type = "active_archive", workflow_action = "copy"}
                local by_name = nodeum.tasks:get("a/b c%?#")
                local found = nodeum.tasks:list{name = "a/b c%?#"}:first()
                local execs = nodeum.task_executions:list{}:first()
                local exec = nodeum.task_executions:get(execs.id)
                return by_name.id == t.id, found.id == t.id, type(exec.id), exec.id == execs.id, #exec.id >= 16
                """)
        }
        #expect(out == ["true", "true", "string", "true", "true"])
    }
}
