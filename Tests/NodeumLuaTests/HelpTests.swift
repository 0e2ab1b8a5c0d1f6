import Lua
import NodeumClient
import NodeumSimulator
import Testing
@testable import NodeumLua

/// `help(x)` from Lua: the page each kind of value gets, exactly, and that help sends nothing
/// and makes no client.
@Suite(.serialized) struct HelpTests {
    /// What one run printed, and whether it made the default client.
    struct Printed: Sendable {
        let text: String
        let madeClient: Bool
    }

    /// Runs `code` as a scheduler task with `nodeum` and the stdlib installed and `print`
    /// collecting lines; `client` is the default client if the code asks for one.
    static func printed(_ code: String, client: NodeumClient? = nil) async throws -> Printed {
        try await LuaThread.run { () -> Printed in
            let state = LuaState()
            defer { state.close() }
            let library = NodeumLibrary {
                guard let client else { throw LuaError("this test has no client") }
                return client
            }
            try library.install(into: state)
            try EmbeddedStdlib.install(into: state)
            try state.load("""
                local printed = {}
                print = function(...)
                  local t = table.pack(...)
                  for i = 1, t.n do t[i] = tostring(t[i]) end
                  printed[#printed + 1] = table.concat(t, "\\t")
                end
                \(code)
                return table.concat(printed, "\\n")
                """, chunkName: "=test")
            let base = state.top - 1
            try state.callAsTask()
            let text = state.popValues(from: base).first?.text ?? ""
            return Printed(text: text, madeClient: library.clientIfMade != nil)
        }
    }

    static func help(_ expression: String) async throws -> String {
        let out = try await printed("help(\(expression))")
        #expect(!out.madeClient, "help(\(expression)) made a client")
        return out.text
    }

    @Test func anOperation() async throws {
        let page = """
            nodeum.api.show_tape: Displays a specific tape.

              GET /api/v2/tapes/{tape_id}
              scope    tapes / show
              answers  200 tape

            Parameters:
              tape_id  path  string  required  Numeric ID, or barcode of tape.

            From a handle:
              nodeum.tapes:get(tape_id)
              nodeum.tapes:at(tape_id):get()
            """
        #expect(try await Self.help("nodeum.api.show_tape") == page)
        #expect(try await Self.help("\"show_tape\"") == page)
    }

    @Test func aPaginatedListOperationSaysSoWithItsKeyAndHandle() async throws {
        let lines = try await Self.help("nodeum.api.index_tapes").split(separator: "\n").map(String.init)
        #expect(lines.contains("  list     paginated (limit, offset): the items under \"tapes\", the total under \"count\""))
        #expect(lines.contains("  sort_by            query  string[]  Sort results by attribute."))
        #expect(lines.contains("                                      a list, sent joined by |"))
        #expect(lines.suffix(2) == ["From a handle:", "  nodeum.tapes:list{...}"])
    }

    @Test func anOperationWithABodyListsItsWritableFields() async throws {
        let lines = try await Self.help("nodeum.api.create_task").split(separator: "\n").map(String.init)
        #expect(lines.contains("Body (params.body): task, required; its writable fields:"))
        #expect(lines.contains("  conflict_resolution  string   one of: rename, overwrite, ignore"))
        #expect(!lines.contains { $0.hasPrefix("  status ") }, "a read-only field is listed")
        #expect(lines.suffix(2) == ["From a handle:", "  nodeum.tasks:create(fields)"])
    }

    @Test func theOperationsByTag() async throws {
        let page = try await Self.help("nodeum.api")
        let lines = page.split(separator: "\n").map(String.init)
        #expect(lines.first == "nodeum.api: the 210 operations of the Nodeum API v2, by tag; call one as nodeum.api.<id>{params}.")
        #expect(lines.contains("  mounts             1   index_mounts"))
        #expect(lines.contains("  nas                5   index_nas, create_nas, show_nas, update_nas, destroy_nas"))
        // Another client's api table is recognised the same way.
        #expect(try await Self.help("nodeum.connect{url = 'http://127.0.0.1:9'}.api") == page)
    }

    @Test func aCollection() async throws {
        #expect(try await Self.help("nodeum.tapes") == """
            nodeum.tapes: the collection /tapes

              list{...}  index_tapes  Lists all tapes.
              get(id)    show_tape    Displays a specific tape.
              at(id)                  a handle on one tape: get, 2 actions
              The API has no create, update or delete for tapes.

            Actions, nodeum.tapes:at(id):<action>(...):
              mount_status()  mount_status_tape  Get mount status of Tape.
              show_stat()     show_tape_stat     Display statistic for a specific tape.

            Filters, nodeum.tapes:list{name = value, ...}:
              id string, tape_library_id string, pool_id string, barcode string, location string, type string,
              locked string, scratch string, cleaning string, write_protect string, mounted string,
              ejected string, known string, mount_count string, date_in string, date_move string, free string,
              max string, last_size_update string, last_maintenance string, last_repack string,
              repack_status string, hash string, force_import_type string, need_to_check string
              Also page_size, max_items and concurrency (the cursor's own, never sent), and sort_by
              ("field:desc|other" or a list of them). Operators: help(nodeum.op); every parameter:
              help(nodeum.api.index_tapes).

            Example:
              for tape in nodeum.tapes:list{} do print(tape.id) end
            """)
        #expect(try await Self.help("'tapes'") == (try await Self.help("nodeum.tapes")))
    }

    @Test func aNestedCollectionShowsItsIdsInPathAndExpression() async throws {
        let lines = try await Self.help("nodeum.tasks:at(7).task_executions").split(separator: "\n").map(String.init)
        #expect(lines.first == "nodeum.tasks:at(7).task_executions: the collection /tasks/7/task_executions")
        #expect(lines.contains("  list{...}  index_task_executions_by_task  Lists all task executions."))
        #expect(lines.contains("Nested collections, nodeum.tasks:at(7).task_executions:at(id).<name>:"))
        #expect(lines.last == "  for task_execution in nodeum.tasks:at(7).task_executions:list{} do print(task_execution.id) end")
        let quoted = try await Self.help("nodeum.tape_libraries:at('lib \"A\"').tapes")
        #expect(quoted.hasPrefix("nodeum.tape_libraries:at(\"lib \\\"A\\\"\").tapes: the collection /tape_libraries/lib \"A\"/tapes\n"))
    }

    @Test func anItem() async throws {
        #expect(try await Self.help("nodeum.tasks:at(7)") == """
            nodeum.tasks:at(7): one task, /tasks/7

              get()           show_task     Displays a specific task.
              update(fields)  update_task   Updates a specific task.
              delete()        destroy_task  Destroys a specific task.

            Actions, nodeum.tasks:at(7):<action>(...):
              run_result{...}       run_task_result        Check result of a task run request.
              run()                 run_task               Run a task.
              pause_result{...}     pause_task_result      Check result of a task pause request.
              pause()               pause_task             Pause a task.
              stop_result{...}      stop_task_result       Check result of a task stop request.
              stop()                stop_task              Stop a task.
              resume_result{...}    resume_task_result     Check result of a task resume request.
              resume()              resume_task            Resume a task.
              show_schedule()       show_task_schedule     Displays the task schedule.
              create_schedule{...}  create_task_schedule   Creates a new task schedule. Only one should be crea…
              update_schedule{...}  update_task_schedule   Updates the existing task schedule.
              destroy_schedule()    destroy_task_schedule  Destroys the task schedule.
              run, pause, stop or resume answer a job: with {wait = true} (and timeout = seconds) the call waits
              for its result. run{wait = true} waits for the job, then for the task execution the run started,
              to its end, and returns that execution.

            Nested collections, nodeum.tasks:at(7).<name>:
              files              list get                       /tasks/{task_id}/files
              task_sources       list get create update delete  /tasks/{task_id}/task_sources
              task_destinations  list get create update delete  /tasks/{task_id}/task_destinations
              task_options       list get create update delete  /tasks/{task_id}/task_options
              task_callbacks     list get create update delete  /tasks/{task_id}/task_callbacks
              task_metadata      list get create update delete  /tasks/{task_id}/task_metadata
              task_executions    list get                       /tasks/{task_id}/task_executions

            Example:
              nodeum.tasks:at(7):run()
            """)
        let execution = try await Self.help("nodeum.tasks:at(7).task_executions:at(3)").split(separator: "\n").map(String.init)
        #expect(execution.first == "nodeum.tasks:at(7).task_executions:at(3): one task_execution, /tasks/7/task_executions/3")
        #expect(execution.contains("  wait{timeout = s}                               waits for the execution to end; its last state"))
    }

    @Test func aCursor() async throws {
        let page = try await Self.help("nodeum.tasks:list{}")
        #expect(page.hasPrefix("""
            nodeum.Cursor(index_tasks)
              A lazy walk over a list: nothing is fetched until it is walked.
              walks    index_tasks (GET /api/v2/tasks): Lists all tasks.
              params   none
              how      by key: id above the last one seen, sorted by id (exact at any depth; ids checked to
                       increase)
              options  page_size 1000, concurrency 1

            Methods (map, filter, take, skip and enumerate give a new cursor; the others walk this one):
              map(fn)        Values transformed by `fn`; a nil result drops the value (as vim.iter's map).
              filter(pred)   Values for which `pred` is true.
            """))
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Methods") })
        let names = lines[(start + 1)...].prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.hasPrefix("  `") }
            .map { String($0.dropFirst(2).prefix { $0 != "(" }) }
        #expect(names == HelpText.cursorMethods)
        #expect(page.contains("\n  pages()        An iterator over the pages of a list: each a list of items (and the server's\n                 count).\n"))
        let derived = try await Self.help("nodeum.tasks:list{status = nodeum.op.ne('done'), max_items = 9, page_size = 5}:skip(2):map(print):take(3)")
        #expect(derived.hasPrefix("""
            nodeum.Cursor(index_tasks status=!=done):map:take(3)
              A lazy walk over a list: nothing is fetched until it is walked.
              walks    index_tasks (GET /api/v2/tasks): Lists all tasks.
              params   status = "!=done"
              how      by key: id above the last one seen, sorted by id (exact at any depth; ids checked to
                       increase)
              options  page_size 5, concurrency 1, max_items 7, skips the first 2
              steps    map, take(3)

            """))
    }

    @Test func theOperators() async throws {
        #expect(try await Self.help("nodeum.op") == """
            nodeum.op: builds the API's filter syntax; the values are numbers, strings or booleans.
              ne(v)            "!=v"         not equal
              gt(v)            ">v"          greater than
              ge(v)            ">=v"         greater than or equal
              lt(v)            "<v"          less than
              le(v)            "<=v"         less than or equal
              any(a, b, ...)   "><a|b|..."   one of the values (also any{a, b})
              none(a, b, ...)  "!><a|b|..."  none of the values
              like(p)          "~p"          matches p: % any text, _ one character
              unlike(p)        "!~p"         does not match p

            A plain value filters on equality: {status = "active"}.
            A string passes as it is written: {size = ">1000"}.
            sort_by takes "field:asc|field:desc", or a list of them.

            Example:
              nodeum.files:list{size = nodeum.op.gt(1000), name = nodeum.op.like("%.mov")}
            """)
        #expect(try await Self.help("nodeum.op.gt") == "nodeum.op.gt(v) → \">v\": greater than.\n\nhelp(nodeum.op) for all the operators.")
    }

    @Test func anUnknownNameGetsTheClosestNames() async throws {
        #expect(try await Self.help("\"index_tape\"") == """
            help: no operation, collection or tag is named "index_tape".
            Did you mean index_tapes, index_tape_stats or index_tape_drives?

            help(nodeum.api) lists the operations by tag; help(nodeum) lists the collections.
            """)
        #expect(try await Self.help("\"\"") == """
            help: no operation, collection or tag is named "".

            help(nodeum.api) lists the operations by tag; help(nodeum) lists the collections.
            """)
    }

    @Test func aTagListsItsOperations() async throws {
        #expect(try await Self.help("'metadata'") == """
            Operations tagged metadata (4); help(nodeum.api.<id>) describes one:

              index_task_metadata_definitions  GET  List task metadata definitions
              show_task_metadata_definition    GET  Displays a specific task metadata definition.
              index_file_metadata_definitions  GET  List file metadata definitions
              show_file_metadata_definition    GET  Displays a specific task metadata definition.
            """)
    }

    @Test func stdlibFunctionsAndModulesFromTheirDocComments() async throws {
        #expect(try await Self.help("require('nodeum.csv').row") == """
            nodeum.csv.row(fields, n)
              One row of fields as a line (with its CRLF).

              fields   any[]
              n?       integer  how many fields (default #fields; pass it when some are nil)
              returns  string
            """)
        let pretty = try await Self.help("require 'nodeum.pretty'").split(separator: "\n").map(String.init)
        #expect(pretty.prefix(3) == [
            "nodeum.pretty (require \"nodeum.pretty\")",
            "  Pretty-printing of Lua values: tables with their keys sorted, nested tables indented,",
            "  depth, width and length limits, and cycles shown as references instead of recursed into.",
        ])
        #expect(pretty.contains("  format(value, opts)  Formats a value as readable text."))
        #expect(pretty.contains("  max_items?  integer  entries shown per table (default 200), then `... N more`"))
        let format = try await Self.help("require('nodeum.pretty').format").split(separator: "\n").map(String.init)
        #expect(format.prefix(2) == ["nodeum.pretty.format(value, opts)", "  Formats a value as readable text."])
        #expect(format.contains("  opts?    nodeum.pretty.Options"))
        #expect(format.contains("nodeum.pretty.Options (a table with these fields):"))
        #expect(try await Self.help("nodeum.tapes:list{}.take") == """
            cursor:take(n)
              At most `n` values. On a list itself, fewer items are asked of the server.
            """)
    }

    @Test func otherValuesGetTheirTypeAndAHint() async throws {
        let hint = """
            help() gives the overview; help(x) describes an operation (nodeum.api.<id> or its id as a string), a
            collection or item handle, a cursor, a task, an error, or a stdlib module or function.
            """
        #expect(try await Self.help("42") == "42: a number.\n\n" + hint)
        #expect(try await Self.help("nil") == "nil.\n\n" + hint)
        #expect(try await Self.help("true") == "true: a boolean.\n\n" + hint)
        // A value whose __tostring fails is still described.
        #expect(try await Self.help("setmetatable({}, {__tostring = function() error('no') end})") == "a table.\n\n" + hint)
        #expect(try await Self.help("nodeum.null").hasPrefix("nodeum.null: JSON null."))
    }

    @Test func theTableItselfAndItsFunctions() async throws {
        let overview = try await Self.help("")
        #expect(overview.hasPrefix("nodeum: the Nodeum API v2 from Lua; help(x) describes any of these (help(nodeum.tapes), ...).\n"))
        #expect(overview.contains("\nCollections, nodeum.<name>:\n  configurations, task_metadata_definitions,"))
        #expect(try await Self.help("nodeum") == overview)
        #expect(try await Self.help("require 'nodeum'") == overview)
        #expect(try await Self.help("nodeum.spawn") == """
            nodeum.spawn(fn, ...)
              Runs fn(...) as a task; returns its handle.

            help(nodeum) for the whole table.
            """)
        #expect(try await Self.help("help").hasPrefix("help(...)\n  Prints what `x` is:"))
    }

    @Test func aTaskAndAnError() async throws {
        let task = try await Self.help("nodeum.spawn(function() end)")
        #expect(task.hasPrefix("nodeum.Task(") && task.contains("): a task from nodeum.spawn(fn, ...)"))
        let error = try await Self.printed("""
            local e = setmetatable({status = 404, operation = "show_pool", method = "GET",
              messages = {"pool 9 not found"}, details = {base = {{error = "not_found"}}},
              description = "404 Not Found (show_pool)", extra = 1}, debug.getregistry()["nodeum.Error"])
            help(e)
            """)
        #expect(error.text.hasPrefix("""
            nodeum.Error: 404 Not Found (show_pool)

              status     404
              operation  show_pool
              method     GET
              messages   {"pool 9 not found"}
              details    {base = {{error = "not_found"}}}
              extra      1

            A nodeum.Error:
            """))
        #expect(!error.madeClient)
    }

    @Test func helpSendsNoRequestAndMakesNoClient() async throws {
        try await LuaSession.with { s in
            let before = s.simulator.requestCount
            let out = try await Self.printed("""
                help() help(nodeum) help(nodeum.api) help(nodeum.api.index_tasks) help("run_task") help("tasks")
                help(nodeum.tasks) help(nodeum.tasks:at(1)) help(nodeum.tasks:at(1).task_executions)
                help(nodeum.tasks:list{status = "done"}:map(print)) help(nodeum.op) help(nodeum.spawn(function() end))
                help(require "nodeum.csv") help(42)
                """, client: s.client)
            #expect(!out.madeClient)
            #expect(s.simulator.requestCount == before)
            #expect(out.text.split(separator: "\n").count > 200)
            // The same client then works: help did not get in its way.
            let listed = try await Self.printed("print(nodeum.tasks:list{}:count() > 0)", client: s.client)
            #expect(listed.text == "true" && listed.madeClient)
            #expect(s.simulator.requestCount > before)
        }
    }

    @Test func errorsAreTheCallersNotHelps() async throws {
        // A misspelt operation fails where it is looked up, with the api's own suggestion.
        let misspelt = try await Self.printed("local ok, e = pcall(function() help(nodeum.api.show_tap) end) print(e)")
        #expect(misspelt.text.contains("no operation 'show_tap' in nodeum.api (did you mean 'show_tape'"))
        // The Swift half refuses bad arguments as the auxiliary library words them.
        let bad = try await Self.printed("""
            local ok, e = pcall(help, setmetatable({_res = {path = "/nowhere"}, _ids = {}}, getmetatable(nodeum.tapes)))
            print(ok, e)
            local ok2, e2 = pcall(help, setmetatable({_res = {path = "/tapes"}, _ids = {{}}}, getmetatable(nodeum.tapes)))
            print(ok2, e2)
            """)
        let lines = bad.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "nodeum.Collection(/nowhere): a table.")
        #expect(lines.contains("true\tnil"))
        #expect(lines.last?.hasPrefix("false\t") == true && lines.last?.contains("ids must be integers or strings") == true)
    }
}
