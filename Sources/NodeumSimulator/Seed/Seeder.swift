import GRDB

/// Fills a fresh database: nothing for `--seed empty`, a plausible installation for `demo`,
/// and `--files N` more files in the catalog. Everything derives from `--random-seed`.
struct Seeder {
    let state: SimulatorState

    func seed() async throws {
        let options = state.options
        let now = Int64(state.now())
        try await state.writer.write { db in
            var rng = SeededRandom(seed: options.randomSeed)
            var pools: [DemoInstallation.PoolInfo] = []
            if options.seed == .demo {
                pools = try DemoInstallation(now: now).build(db, &rng)
            }
            let fileCount = options.files + (options.seed == .demo ? 500 : 0)
            if fileCount > 0 {
                if pools.isEmpty { pools = [try DemoInstallation.catalogPool(db)] }
                try FileTreeSeeder(now: now).seed(db, count: fileCount, pools: pools, &rng)
            }
            if options.seed == .demo { try DemoInstallation.linkExecutionFiles(db) }
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('seeded', ?)", arguments: [options.seed.rawValue])
        }
        state.files.invalidate()
    }
}
