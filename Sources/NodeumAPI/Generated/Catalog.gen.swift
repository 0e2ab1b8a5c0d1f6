// PLACEHOLDER until scripts/generate-api.py writes the real catalog.
extension APICatalog {
    static func generatedOperations() -> [APIOperation] { [] }
    static func generatedDefinitions() -> [APIDefinition] { [] }
}
