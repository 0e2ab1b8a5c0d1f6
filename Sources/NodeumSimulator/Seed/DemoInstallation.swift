import GRDB

/// The `--seed demo` installation: tape libraries with drives and LTO tapes, pools, NAS and
/// shares, cloud connectors and buckets, containers, tasks with their nested resources and
/// an execution history, metadata definitions, mounts, tape statistics.
struct DemoInstallation {
    let now: Int64

    /// A pool that files are seeded into.
    struct PoolInfo {
        let id: Int64
        let name: String
        let tapeIDs: [Int64]
        let containerID: Int64?
    }

    private func date(daysAgo: Double) -> JSONValue { .string(ISODate.string(epochSeconds: now - Int64(daysAgo * 86400))) }

    @discardableResult
    private func add(_ db: Database, _ kind: String, _ pairs: [(String, JSONValue)], owner: Record.Owner? = nil) throws -> Record {
        try SQLiteRecordRepository.insert(db, kind: kind, owner: owner, body: JSONObject(pairs),
                                          stringID: kind == "task_executions")
    }

    /// A pool for `--seed empty --files N`, so the files have somewhere to live.
    static func catalogPool(_ db: Database) throws -> PoolInfo {
        let r = try SQLiteRecordRepository.insert(db, kind: "pools", owner: nil, body: JSONObject([
            ("name", "catalog"), ("comment", "files seeded with --files"), ("type", "primary"), ("content", "nas"),
        ]))
        return PoolInfo(id: r.id, name: "catalog", tapeIDs: [], containerID: nil)
    }

    func build(_ db: Database, _ rng: inout SeededRandom) throws -> [PoolInfo] {
        // Pools first: the storage below is assigned to them.
        let poolSpecs: [(String, String, String)] = [
            ("archive-lto", "active_archive", "tape"), ("vault-offline", "offline_archive", "tape"),
            ("projects", "primary", "nas"), ("exchange", "data_exchange", "nas"), ("cloud-archive", "active_archive", "cloud"),
            ("scratch", "scratch", "tape"),
        ]
        var pools: [Record] = []
        for (name, type, content) in poolSpecs {
            pools.append(try add(db, "pools", [("name", .string(name)), ("comment", .string("\(type) pool on \(content)")),
                                                ("type", .string(type)), ("content", .string(content)), ("primary_id", .null)]))
        }
        try add(db, "primary_scans", [("pool_id", .int(pools[2].id)), ("enabled", true), ("operand", .double(6)), ("unit", "hours")])

        // Tape libraries, drives, tapes.
        let libraries: [(String, String, String, Int, Int)] = [
            ("scalar-i6000", "Quantum", "Scalar i6000", 4, 60), ("ts4500-dr", "IBM", "TS4500", 2, 30),
        ]
        var tapePools: [Int64: [Int64]] = [:]
        var barcodeSerial = 0
        for (li, (name, vendor, product, drives, tapes)) in libraries.enumerated() {
            let serial = "\(vendor.prefix(2).uppercased())\(String(100_000 + li * 7919))"
            let lib = try add(db, "tape_libraries", [
                ("serial", .string(serial)), ("protocol", "scsi"), ("vendor", .string(vendor)), ("product", .string(product)),
                ("firmware", .string("6.\(li + 2)")), ("device", .string("/dev/sch\(li)")), ("acs", 0),
                ("storage_slots", .int(Int64(tapes + 20))), ("storage_slots_address", 1000), ("io_slots", 10),
                ("io_slots_address", 10), ("name", .string(name)), ("comment", .string("\(vendor) \(product)")),
                ("libso", ""), ("status", "online"), ("price", "12.5"),
            ])
            for d in 0..<drives {
                let lto = 8 + d % 2
                try add(db, "tape_drives", [
                    ("serial", .string("\(serial)-D\(d)")), ("scsi_address", .int(Int64(d))), ("vendor", .string(vendor)),
                    ("product", .string("ULT3580-TD\(lto)")), ("firmware", "Q3F1"), ("device", .string("/dev/nst\(li * 10 + d)")),
                    ("sgdevice", .string("/dev/sg\(li * 10 + d + 2)")), ("tape_library_id", .int(lib.id)),
                    ("name", .string("\(name)-drive\(d + 1)")), ("comment", ""), ("libso", ""), ("acs", 0), ("lsm", 0),
                    ("panel", 0), ("transport", .int(Int64(d))), ("status", "online"), ("full", 0), ("mount_count", .int(Int64(rng.next() % 900))),
                    ("bandwidth", 0),
                ])
            }
            for t in 0..<tapes {
                barcodeSerial += 1
                let cleaning = t >= tapes - 2
                let lto = 7 + Int(rng.next() % 3)
                let barcode = cleaning ? String(format6("CLN", barcodeSerial)) + "L1" : String(format6("NDM", barcodeSerial)) + "L\(lto)"
                let pool: Record? = cleaning ? nil : li == 0 ? (t % 3 == 2 ? pools[5] : pools[0]) : pools[1]
                let max: Int64 = [7: 6_000_000_000_000, 8: 12_000_000_000_000, 9: 18_000_000_000_000][lto] ?? 12_000_000_000_000
                let free = cleaning ? 0 : Int64(rng.next() % UInt64(max))
                // Something for a health check to find in the second library: a data tape
                // locked, and its last cleaning cartridge to check.
                let locked = li == 1 && t == 5, toCheck = li == 1 && t == tapes - 1
                let tape = try add(db, "tapes", [
                    ("tape_library_id", .int(lib.id)), ("pool_id", pool.map { .int($0.id) } ?? .null), ("barcode", .string(barcode)),
                    ("location", .string("slot \(1000 + t)")), ("type", .string(cleaning ? "cleaning" : "data_lto\(lto)")),
                    ("locked", .bool(locked)), ("scratch", .bool(pool?.id == pools[5].id)), ("cleaning", .bool(cleaning)),
                    ("write_protect", false), ("mounted", .bool(t == 0)), ("ejected", false), ("known", true),
                    ("mount_count", .int(Int64(rng.next() % 300))), ("date_in", date(daysAgo: Double(400 - t))),
                    ("date_move", date(daysAgo: Double(t))), ("free", .int(free)), ("max", .int(max)),
                    ("last_size_update", date(daysAgo: 1)), ("last_maintenance", date(daysAgo: 30)), ("last_repack", .null),
                    ("repack_status", false), ("hash", .string(String(rng.next(), radix: 16))), ("force_import_type", false),
                    ("need_to_check", .bool(toCheck)),
                ])
                if let pool { tapePools[pool.id, default: []].append(tape.id) }
                try add(db, "tape_stats", [
                    ("log_time", date(daysAgo: 1)), ("barcode", .string(barcode)), ("mounts", .int(Int64(rng.next() % 300))),
                    ("datasets_written", .int(Int64(rng.next() % 100_000))), ("datasets_read", .int(Int64(rng.next() % 100_000))),
                    ("lifetime_mbytes_written", .int(Int64(rng.next() % 20_000_000))),
                    ("lifetime_mbytes_read", .int(Int64(rng.next() % 20_000_000))), ("total_native_capacity", .int(max / 1_000_000)),
                    ("total_used_native_capacity", .int((max - free) / 1_000_000)), ("write_protect", 0), ("worm", 0),
                ])
                if t == 0 {
                    try add(db, "mounts", [
                        ("major_minor", "0:60"), ("target", .string("/mnt/nodeum/tapes/\(barcode)")), ("source", .string("/dev/nst\(li * 10)")),
                        ("options", "rw"), ("type", "fuse"), ("tape_id", .int(tape.id)), ("tape_barcode", .string(barcode)),
                        ("tape_library_id", .int(lib.id)), ("tape_library_name", .string(name)), ("tape_library_serial", .string(serial)),
                    ])
                }
            }
        }

        // NAS and shares.
        let nasSpecs: [(String, String, String)] = [("nas-prod", "nas01.example.lan", "smb_v3"), ("nas-backup", "nas02.example.lan", "nfs_v4")]
        for (ni, (name, host, type)) in nasSpecs.enumerated() {
            let nas = try add(db, "nas", [("name", .string(name)), ("host", .string(host)), ("type", .string(type)),
                                          ("comment", .string("\(type) server")), ("price", "3.2")])
            for s in 0..<(ni == 0 ? 3 : 2) {
                let pool = ni == 0 ? (s == 2 ? pools[3] : pools[2]) : pools[3]
                let shareName = "\(name)-share\(s + 1)"
                let share = try add(db, "nas_shares", [
                    ("nas_id", .int(nas.id)), ("pool_id", .int(pool.id)), ("name", .string(shareName)), ("path", .string("/export/share\(s + 1)")),
                    ("options", ""), ("username", "nodeum"), ("password", "********"),
                    ("file_count", .int(Int64(rng.next() % 100_000))), ("file_size_sum", .int(Int64(rng.next() % 10_000_000_000_000))),
                ])
                try add(db, "mounts", [
                    ("major_minor", .string("0:\(70 + share.id)")), ("target", .string("/mnt/nodeum/nas/\(shareName)")),
                    ("source", .string("//\(host)/share\(s + 1)")), ("options", "rw,vers=3.0"), ("type", .string(type.hasPrefix("smb") ? "cifs" : "nfs")),
                    ("pool_id", .int(pool.id)), ("pool_name", pool.body["name"]!), ("nas_id", .int(nas.id)), ("nas_name", .string(name)),
                    ("nas_share_id", .int(share.id)), ("nas_share_name", .string(shareName)),
                ])
            }
        }

        // Cloud connectors and buckets.
        let clouds: [(String, String, String)] = [("aws-eu", "amazon_aws_s3", "https://s3.eu-west-1.amazonaws.com"),
                                                  ("ring-onprem", "scality_ring", "https://ring.example.lan")]
        for (ci, (name, provider, url)) in clouds.enumerated() {
            let connector = try add(db, "cloud_connectors", [
                ("name", .string(name)), ("url", .string(url)), ("url_proxy", ""), ("provider", .string(provider)),
                ("region", .string(ci == 0 ? "eu-west-1" : "default")), ("access_key", .string("AKIA\(String(rng.next() % 1_000_000_000))")),
                ("secret_key", "********"), ("options", ""),
            ])
            for b in 0..<(ci == 0 ? 3 : 2) {
                let bucketName = "\(name)-bucket-\(b + 1)"
                let bucket = try add(db, "cloud_buckets", [
                    ("cloud_connector_id", .int(connector.id)), ("pool_id", b == 0 ? .int(pools[4].id) : .null), ("name", .string(bucketName)),
                    ("file_count", .int(Int64(rng.next() % 500_000))), ("file_size_sum", .int(Int64(rng.next() % 50_000_000_000_000))),
                    ("location", .string(ci == 0 ? "eu-west-1" : "site-a")), ("price", "0.9"), ("options", ""),
                ])
                if b == 0 {
                    try add(db, "mounts", [
                        ("major_minor", .string("0:\(90 + bucket.id)")), ("target", .string("/mnt/nodeum/cloud/\(bucketName)")),
                        ("source", .string("s3fs#\(bucketName)")), ("options", "rw"), ("type", "fuse.s3fs"),
                        ("pool_id", .int(pools[4].id)), ("pool_name", pools[4].body["name"]!), ("cloud_connector_id", .int(connector.id)),
                        ("cloud_connector_name", .string(name)), ("cloud_bucket_id", .int(bucket.id)), ("cloud_bucket_name", .string(bucketName)),
                    ])
                }
            }
        }

        // Containers and their privileges.
        var containers: [Record] = []
        for (i, name) in ["studio", "lab-data", "finance-records"].enumerated() {
            let c = try add(db, "containers", [
                ("name", .string(name)), ("comment", .string("\(name) container")), ("quota_total_size", .int(Int64(i + 1) * 10_000_000_000_000)),
                ("quota_on_cache", .int(Int64(i + 1) * 1_000_000_000_000)), ("stat_total_files", 0), ("only_on_cache_file_count", 0),
                ("stat_total_size", 0), ("stat_size_on_cache", 0), ("only_on_cache_file_size_sum", 0),
                ("guest_right", .string(["none", "read", "read_write"][i])), ("last_update", date(daysAgo: Double(i))),
            ])
            containers.append(c)
            try add(db, "container_privileges", [("name", "nodeum"), ("privilege", "read_write"), ("type", "group")],
                    owner: Record.Owner(kind: "containers", id: c.id))
        }

        // Metadata definitions.
        for (key, name, type) in [("project", "Project", "input_text"), ("retention", "Retention", "radio"), ("notes", "Notes", "text_area")] {
            try add(db, "task_metadata_definitions", [("key", .string(key)), ("name", .string(name)), ("mandatory", .bool(key == "project")),
                                                      ("type", .string(type)), ("comment", ""), ("apply_active_archive", true),
                                                      ("apply_offline_archive", true), ("apply_data_exchange", false), ("apply_maintenance", false)])
        }
        for (key, name) in [("camera", "Camera"), ("customer", "Customer")] {
            try add(db, "file_metadata_definitions", [("key", .string(key)), ("name", .string(name)), ("mandatory", false),
                                                      ("type", "input_text"), ("comment", "")])
        }

        // The first user's own corner: a read-only API key for a monitoring script, a setting.
        // Its key comes from a generator of its own, so that the rest of the data stays as it was.
        let firstUser = Record.Owner(kind: "users", id: 1)
        var keyRNG = SeededRandom(seed: 0x6e6f_6465_756d)
        try add(db, "api_keys", [
            ("key", .string((0..<4).map { _ in String(keyRNG.next(), radix: 16) }.joined())), ("name", "dashboard"),
            ("api_key_scopes", .array([.object(JSONObject([("controller", "tapes"), ("action", "index")])),
                                       .object(JSONObject([("controller", "tape_drives"), ("action", "index")]))])),
        ], owner: firstUser)
        try add(db, "configurations", [("key", "ui.theme"), ("value", "dark")], owner: firstUser)

        try buildTasks(db, pools: pools, &rng)
        return pools.enumerated().map { i, p in
            PoolInfo(id: p.id, name: p.body["name"]?.stringValue ?? "pool", tapeIDs: tapePools[p.id] ?? [],
                     containerID: i < containers.count ? containers[i].id : nil)
        }
    }

    private func buildTasks(_ db: Database, pools: [Record], _ rng: inout SeededRandom) throws {
        let specs: [(String, String, String, String, String, Record, Record)] = [
            ("nightly-archive", "active_archive", "copy", "primary_nas", "secondary_tape", pools[2], pools[0]),
            ("offline-vault", "offline_archive", "move", "primary_nas", "secondary_tape", pools[3], pools[1]),
            ("exchange-sync", "data_exchange", "copy", "primary_nas", "secondary_nas", pools[2], pools[3]),
            ("cloud-tiering", "active_archive", "move", "primary_nas", "secondary_cloud", pools[3], pools[4]),
            ("tape-scan", "maintenance", "scan", "secondary_tape", "secondary_tape", pools[0], pools[0]),
            ("weekly-full-backup", "data_migration", "full_backup", "primary_nas", "secondary_tape", pools[2], pools[0]),
            ("rehydrate-projects", "active_archive", "rehydratation", "secondary_tape", "primary_nas", pools[0], pools[2]),
            ("failing-migration", "data_migration", "copy", "primary_nas", "secondary_cloud", pools[3], pools[4]),
        ]
        for (i, (name, workflow, action, src, dst, srcPool, dstPool)) in specs.enumerated() {
            let statuses = ["done", "done", "error", "done", "finished_with_warnings", "done", "done", "error"]
            let task = try add(db, "tasks", [
                ("name", .string(name)), ("comment", .string("\(workflow) \(action)")), ("workflow_type", .string(workflow)),
                ("workflow_action", .string(action)), ("source_type", .string(src)), ("destination_type", .string(dst)),
                ("priority", .int(Int64(i % 3 + 1))), ("conflict_resolution", "rename"), ("action", "noop"), ("activate", true),
                ("creation_date", date(daysAgo: 200 - Double(i))), ("modification_date", date(daysAgo: 10 + Double(i))),
                ("creation_username", "admin"), ("modification_username", "admin"), ("status", .string(statuses[i])),
                ("job_started", date(daysAgo: 1 + Double(i) / 10)), ("job_finished", date(daysAgo: 1 + Double(i) / 10 - 0.02)),
                ("processed_size", .int(Int64(rng.next() % 1_000_000_000_000))), ("to_process_size", 0),
            ])
            let owner = Record.Owner(kind: "tasks", id: task.id)
            try add(db, "task_sources", [("pool", .object(srcPool.body))], owner: owner)
            try add(db, "task_destinations", [("pool", .object(dstPool.body))], owner: owner)
            try add(db, "task_options", [("type", "file_checksum"), ("value", "md5")], owner: owner)
            try add(db, "task_options", [("type", "full_report"), ("value", "true")], owner: owner)
            try add(db, "task_metadata", [("key", "project"), ("value", .string("P-\(1000 + i)"))], owner: owner)
            if i % 2 == 0 {
                try add(db, "task_callbacks", [("type", "filter"), ("script", "return file.size > 0")], owner: owner)
            }
            // Some tasks run only on demand: no schedule.
            if i % 4 != 3 { try add(db, "task_schedules", [
                ("task_id", .int(task.id)), ("rrule", .string(i % 2 == 0 ? "FREQ=DAILY;BYHOUR=2" : "FREQ=WEEKLY;BYDAY=SU")),
                ("done", false), ("next", date(daysAgo: -1)), ("missed_count", 0), ("skipped_count", 0),
            ]) }
            // History: an execution a day, newest last.
            let runs = 5 + Int(rng.next() % 10)
            for r in 0..<runs {
                let daysAgo = Double(runs - r)
                let files = Int64(100 + rng.next() % 5000)
                let size = files * Int64(1_000_000 + rng.next() % 20_000_000)
                let failed = (name.contains("fail") && r % 2 == 1) || rng.chance(0.08)
                let status = r == runs - 1 ? statuses[i] : failed ? "error" : "done"
                let done = status == "error" ? files * 6 / 10 : files
                try add(db, "task_executions", [
                    ("task_id", .int(task.id)), ("name", .string(name)), ("workflow_type", .string(workflow)),
                    ("workflow_action", .string(action)), ("source_type", .string(src)), ("destination_type", .string(dst)),
                    ("status", .string(status)), ("log_time", date(daysAgo: daysAgo)), ("job_started", date(daysAgo: daysAgo)),
                    ("job_finished", date(daysAgo: daysAgo - 0.05)), ("to_process_size", .int(size)),
                    ("processed_size", .int(size * done / files)), ("to_process_files", .int(files)), ("processed_files", .int(done)),
                    ("finalized_files", .int(done)), ("estimation_time", 0), ("bandwidth", .int(size / 4320)),
                ])
            }
        }
    }

    /// Gives each execution the first files of its task's source pool, and their folders.
    static func linkExecutionFiles(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO execution_files(execution_id, file_id)
            SELECT e.id, f.id FROM records e
            JOIN records s ON s.kind = 'task_sources' AND s.owner_kind = 'tasks' AND s.owner_id = json_extract(e.body, '$.task_id')
            JOIN files f ON f.id IN (SELECT id FROM files WHERE pool_id = json_extract(s.body, '$.pool.id') AND type = 'file' AND space = 0
                                     ORDER BY id LIMIT 50)
            WHERE e.kind = 'task_executions'
            """)
        // What an execution wrote to a tape pool is on that pool's tapes.
        let written = try Row.fetchAll(db, sql: """
            SELECT DISTINCT x.file_id, json_extract(d.body, '$.pool.id') AS pool_id FROM execution_files x
            JOIN records e ON e.kind = 'task_executions' AND e.id = x.execution_id
            JOIN records d ON d.kind = 'task_destinations' AND d.owner_kind = 'tasks' AND d.owner_id = json_extract(e.body, '$.task_id')
            WHERE json_extract(d.body, '$.pool.content') = 'tape'
            """)
        var tapesOfPool: [Int64: [Int64]] = [:]
        for row in written {
            let pool: Int64 = row["pool_id"], file: Int64 = row["file_id"]
            if tapesOfPool[pool] == nil {
                tapesOfPool[pool] = try Int64.fetchAll(db, sql: "SELECT id FROM records WHERE kind = 'tapes' AND json_extract(body, '$.pool_id') = ?",
                                                       arguments: [pool])
            }
            guard let tapes = tapesOfPool[pool], !tapes.isEmpty else { continue }
            try db.execute(sql: "INSERT OR IGNORE INTO file_tapes(file_id, tape_id) VALUES (?, ?)", arguments: [file, tapes[Int(file % Int64(tapes.count))]])
        }
        try TaskEngine.linkFolders(db)
    }
}

/// `NDM` + 3 digits, zero-padded (LTO barcodes are 6 characters plus the generation).
private func format6(_ prefix: String, _ n: Int) -> String {
    let digits = String(n % 1000)
    return prefix + String(repeating: "0", count: 3 - digits.count) + digits
}
