import NodeumAPI
import Testing

/// Definitions checked field by field against swagger-v2.yaml, read by hand.
@Suite struct DefinitionSampleTests {
    @Test func tapeIsReadOnlyWithATypeEnum() throws {
        let tape = try #require(APICatalog.definition("tape"))
        #expect(tape.properties.count == 25)
        #expect(tape.properties.allSatisfy { $0.readOnly })
        #expect(tape.required.isEmpty)
        #expect(tape.property(named: "id") == APIProperty(name: "id", type: .integer, readOnly: true))
        #expect(tape.property(named: "barcode")?.type == .string)
        #expect(tape.property(named: "locked")?.type == .boolean)
        let type = try #require(tape.property(named: "type"))
        #expect(type.enumValues.count == 16)
        #expect(type.enumValues.prefix(4) == ["unknown", "data", "cleaning", "diagnostic"])
        #expect(type.enumValues.last == "data_lto12")
    }

    @Test func taskMixesWritableAndReadOnlyFields() throws {
        let task = try #require(APICatalog.definition("task"))
        let writable = task.properties.filter { !$0.readOnly }.map(\.name)
        #expect(writable == [
            "name", "comment", "workflow_type", "workflow_action", "source_type", "destination_type",
            "priority", "conflict_resolution", "activate",
        ])
        #expect(task.property(named: "action")?.readOnly == true)
        #expect(task.property(named: "conflict_resolution")?.enumValues == ["rename", "overwrite", "ignore"])
        #expect(task.property(named: "status")?.enumValues.count == 10)
    }

    @Test func collectionPagesHoldCountAndAnArrayOfTheResource() throws {
        let page = try #require(APICatalog.definition("task_collection"))
        #expect(page.properties.map(\.name) == ["count", "tasks"])
        let tasks = try #require(page.property(named: "tasks"))
        #expect(tasks.type == .array)
        #expect(tasks.itemType == .object)
        #expect(tasks.definition == "task")
    }

    @Test func allOfMergesThePartsInOrder() throws {
        // tape_library = tape_library_device's fields, then its own.
        let library = try #require(APICatalog.definition("tape_library"))
        let device = try #require(APICatalog.definition("tape_library_device"))
        #expect(library.allOf == ["tape_library_device"])
        #expect(Array(library.properties.prefix(device.properties.count)) == device.properties)
        #expect(library.properties.dropFirst(device.properties.count).map(\.name) == [
            "id", "name", "comment", "libso", "status", "price",
        ])
    }

    @Test func allOfLetsALaterPartRedefineAProperty() throws {
        // task_metadata_definition narrows metadata_definition's `type` enum, in place.
        let base = try #require(APICatalog.definition("metadata_definition"))
        let task = try #require(APICatalog.definition("task_metadata_definition"))
        #expect(base.property(named: "type")?.enumValues.last == "multi_text")
        #expect(task.property(named: "type")?.enumValues == ["input_text", "text_area", "checkbox", "radio"])
        #expect(task.properties.prefix(base.properties.count).map(\.name) == base.properties.map(\.name))
    }

    @Test func errorKindsInheritTheRequiredErrorField() throws {
        let taken = try #require(APICatalog.definition("taken"))
        #expect(taken.allOf == ["attribute_error"])
        #expect(taken.description == "Attribute has already been taken")
        #expect(taken.required == ["error"])
        #expect(taken.properties.map(\.name) == ["error", "value"])
    }

    @Test func errorDetailsIsAMapOfAttributeErrorLists() throws {
        let error = try #require(APICatalog.definition("error"))
        let details = try #require(error.property(named: "details"))
        #expect(details.type == .object)
        #expect(details.mapValueType == .array)
        #expect(details.itemType == .object)
        #expect(details.definition == "attribute_error")
        #expect(error.property(named: "messages")?.itemType == .string)
    }

    @Test func sourceRangeHasExactlyTwoBounds() throws {
        let range = try #require(APICatalog.definition("task_source_up")?.property(named: "range"))
        #expect(range.type == .array && range.itemType == .integer)
        #expect(range.minItems == 2 && range.maxItems == 2)
    }

    @Test func untypedBucketValuesAreAny() throws {
        let bucket = try #require(APICatalog.definition("by_date_facet_bucket"))
        #expect(bucket.properties.first == APIProperty(name: "val", type: .any))
        #expect(bucket.property(named: "less_1_week")?.definition == "file_facet")
    }

    @Test func resetSectionsRequireAValueAndTakeDates() throws {
        let sections = try #require(APICatalog.definition("reset_sections"))
        #expect(sections.required == ["value"])
        #expect(sections.property(named: "after")?.format == "date-time")
    }
}
