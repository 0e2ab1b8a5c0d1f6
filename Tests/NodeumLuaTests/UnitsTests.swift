import Lua
import NodeumAPI
import Testing
@testable import NodeumLua

/// `nodeum.units` (bytes as `11.5 TiB`, grouped counts, which fields hold bytes) and the
/// facts `nodeum.barchart` keeps about the spec, checked against the API's catalog.
struct UnitsTests {
    /// Runs `code` with the stdlib installed; its results as text.
    func run(_ code: String) throws -> [String] {
        let state = LuaState()
        defer { state.close() }
        try EmbeddedStdlib.install(into: state)
        return try state.run(code).map { $0.text ?? "\($0)" }
    }

    @Test func bytesReadInBinaryUnitsWithOneDecimal() throws {
        let cases: [(String, String)] = [
            ("0", "0 B"), ("1", "1 B"), ("1023", "1023 B"), ("1024", "1.0 KiB"), ("1536", "1.5 KiB"),
            ("1048575", "1.0 MiB"), ("1048576", "1.0 MiB"), ("12688143867045", "11.5 TiB"),
            ("-1", "-1 B"), ("-1536", "-1.5 KiB"), ("0.5", "0.5 B"), ("-0.0", "0 B"),
            ("math.maxinteger", "8.0 EiB"), ("math.mininteger", "-8.0 EiB"), ("2^63", "8.0 EiB"),
            ("2^80", "1.0 YiB"), ("2^90", "1024.0 YiB"),
            ("'12688143867045'", "nil"), ("1/0", "nil"), ("0/0", "nil"), ("nil", "nil"),
        ]
        for (value, expected) in cases {
            let out = try run("return tostring(require('nodeum.units').bytes(\(value)))")
            #expect(out == [expected], "bytes(\(value))")
        }
    }

    @Test func countsAreGroupedByThousands() throws {
        let out = try run("""
            local g = require("nodeum.units").grouped
            return g(0), g(999), g(1000), g(-1234567), g(math.maxinteger), g(math.mininteger), g(2.5), tostring(g('7'))
            """)
        #expect(out == ["0", "999", "1,000", "-1,234,567", "9,223,372,036,854,775,807", "-9,223,372,036,854,775,808", "2.5", "nil"])
    }

    @Test func aFieldOfBytesIsOneOnlyWhereTheRecordIsOfItsKind() throws {
        let out = try run("""
            local u = require "nodeum.units"
            return tostring(u.is_bytes("size")), tostring(u.is_bytes("free")), tostring(u.is_bytes("free", {free = 1})),
              tostring(u.is_bytes("max", {barcode = "L1"})), tostring(u.is_bytes("mount_count")),
              tostring(u.is_bytes("lifetime_mbytes_read")), tostring(u.field_text("x", "size")),
              u.field_text(2048, "size"), tostring(u.field_text(2048, "count"))
            """)
        #expect(out == ["true", "false", "false", "true", "false", "false", "nil", "2.0 KiB", "nil"])
    }

    /// Every field `nodeum.units` reads as bytes is an integer field of the spec, and every
    /// integer field named like a size or a number of bytes is read as bytes, except the
    /// drive counters in megabytes.
    @Test func theFieldsOfBytesAreTheSpecsIntegerFieldsOfBytes() throws {
        let out = try run("""
            local names = {}
            for name, rule in pairs(require("nodeum.units").byte_fields) do
              names[#names + 1] = name .. "=" .. tostring(rule)
            end
            table.sort(names)
            return table.concat(names, " ")
            """)
        var rules: [String: String] = [:]
        for pair in (out.first ?? "").split(separator: " ") {
            let parts = pair.split(separator: "=")
            rules[String(parts[0])] = String(parts[1])
        }
        var integers: [String: [APIDefinition]] = [:]
        for definition in APICatalog.definitions {
            for property in definition.properties where property.type == .integer {
                integers[property.name, default: []].append(definition)
            }
        }
        for (name, rule) in rules {
            let holders = integers[name] ?? []
            #expect(!holders.isEmpty, "\(name) is no integer field of the spec")
            if rule != "true" {
                for definition in holders {
                    #expect(definition.property(named: rule) != nil, "\(definition.name) holds \(name) but not \(rule)")
                }
            }
        }
        let sizeLike = integers.keys.filter { name in
            (name.contains("size") || name.contains("bytes")) && !name.contains("mbytes")
        }
        #expect(Set(sizeLike).isSubset(of: Set(rules.keys)), "size-like fields not read as bytes: \(Set(sizeLike).subtracting(rules.keys).sorted())")
    }

    /// The definitions a statistics operation answers, and those they hold, recursively.
    static func statisticsDefinitions() -> [APIDefinition] {
        var seen: Set<String> = []
        var queue = APICatalog.operations.filter { $0.pathTemplate.hasPrefix("/statistics/") }
            .compactMap { $0.responses.first { $0.status == 200 }?.definition }
        var found: [APIDefinition] = []
        while let name = queue.popLast() {
            guard seen.insert(name).inserted, let definition = APICatalog.definition(name) else { continue }
            found.append(definition)
            queue += definition.properties.compactMap(\.definition)
        }
        return found
    }

    @Test func theChartsOrderIsTheSpecs() throws {
        let order = try run("return table.concat(require('nodeum.barchart').order, ' ')").first?.split(separator: " ").map(String.init) ?? []
        let definitions = Self.statisticsDefinitions()
        #expect(definitions.count > 40)
        for definition in definitions {
            let ranks = definition.properties.map { order.firstIndex(of: $0.name) }
            #expect(!ranks.contains(nil), "\(definition.name): \(definition.properties.map(\.name).filter { !order.contains($0) })")
            let known = ranks.compactMap { $0 }
            #expect(known == known.sorted(), "\(definition.name): \(definition.properties.map(\.name))")
        }
    }
}
