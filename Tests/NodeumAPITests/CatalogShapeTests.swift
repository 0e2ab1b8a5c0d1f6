import NodeumAPI
import Testing

/// Whole-catalog facts: the counts the spec announces, and consistency between parts.
@Suite struct CatalogShapeTests {
    @Test func holdsEveryOperationPathAndDefinitionOfTheSpec() {
        #expect(APICatalog.operations.count == 210)
        #expect(APICatalog.definitions.count == 145)
        #expect(Set(APICatalog.operations.map(\.pathTemplate)).count == 137)
    }

    @Test func operationIDsAreTheOperationsIdsInOrder() {
        #expect(APICatalog.operationIDs == APICatalog.operations.map(\.id))
    }

    @Test func operationIdsAndDefinitionNamesAreUnique() {
        #expect(Set(APICatalog.operations.map(\.id)).count == APICatalog.operations.count)
        #expect(Set(APICatalog.definitions.map(\.name)).count == APICatalog.definitions.count)
    }

    @Test func methodAndPathIdentifyOneOperation() {
        let routes = APICatalog.operations.map { "\($0.method.rawValue) \($0.pathTemplate)" }
        #expect(Set(routes).count == routes.count)
    }

    @Test func keepsTheSpecsOrder() {
        #expect(APICatalog.operations.first?.id == "index_configurations")
        #expect(APICatalog.operations.last?.id == "download_reset_vars")
        #expect(APICatalog.definitions.first?.name == "attribute_error")
    }

    @Test func pathPlaceholdersAreExactlyThePathParameters() {
        for op in APICatalog.operations {
            let declared = op.parameters.filter { $0.location == .path }
            #expect(declared.map(\.name) == op.pathParameterNames, "\(op.id)")
            #expect(declared.allSatisfy { $0.required }, "\(op.id)")
        }
    }

    @Test func pathParametersComeBeforeQueryParameters() {
        for op in APICatalog.operations {
            let locations = op.parameters.map(\.location)
            let firstQuery = locations.firstIndex(of: .query) ?? locations.endIndex
            #expect(!locations[firstQuery...].contains(.path), "\(op.id)")
        }
    }

    @Test func parameterNamesAreUniqueWithinAnOperation() {
        for op in APICatalog.operations {
            #expect(Set(op.parameters.map(\.name)).count == op.parameters.count, "\(op.id)")
        }
    }

    @Test func everyReferencedDefinitionExists() {
        var referenced: [(owner: String, name: String)] = []
        for op in APICatalog.operations {
            if let name = op.body?.definition { referenced.append((op.id, name)) }
            referenced += op.responses.compactMap { r in r.definition.map { (op.id, $0) } }
        }
        for definition in APICatalog.definitions {
            referenced += definition.properties.compactMap { p in p.definition.map { (definition.name, $0) } }
            referenced += definition.allOf.map { (definition.name, $0) }
        }
        #expect(referenced.count > 300)
        for (owner, name) in referenced {
            #expect(APICatalog.definition(name) != nil, "\(owner) refers to missing \(name)")
        }
    }

    @Test func arrayParametersSayHowTheyAreJoined() {
        let arrays = APICatalog.operations.flatMap(\.parameters).filter { $0.type == .array }
        #expect(arrays.count == 45)
        #expect(arrays.allSatisfy { $0.arrayFormat == .pipes && $0.itemType == .string })
    }

    @Test func everyOperationButOneNamesItsScope() {
        let unscoped = APICatalog.operations.filter { $0.scope == nil }.map(\.id)
        #expect(unscoped == ["download_reset_vars"])
    }

    @Test func responsesWithoutDescriptionHaveAnEmptyOne() {
        let blank = APICatalog.operations.flatMap(\.responses).filter { $0.description.isEmpty }
        #expect(blank.count == 21)
    }

    @Test func everyOperationDocumentsASuccess() {
        for op in APICatalog.operations {
            #expect(!op.successStatuses.isEmpty, "\(op.id)")
        }
    }

    @Test func collectionKeysNameTheArrayOfTheListPage() throws {
        let lists = APICatalog.operations.filter(\.isList)
        #expect(lists.count == 53)
        for op in lists {
            #expect(op.method == .get, "\(op.id)")
            let page = try #require(op.responses.first { $0.status == 200 }?.definition)
            let definition = try #require(APICatalog.definition(page))
            let key = try #require(op.collectionKey)
            #expect(definition.property(named: "count")?.type == .integer, "\(op.id)")
            #expect(definition.property(named: key)?.type == .array, "\(op.id)")
        }
    }
}
