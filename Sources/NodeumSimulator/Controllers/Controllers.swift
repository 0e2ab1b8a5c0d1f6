import NodeumAPI

/// The handler of every operation: the generic resource engine for plain CRUD, the specific
/// controllers for the rest (they take precedence).
enum Controllers {
    static func handlers() -> [String: OperationHandler] {
        var table: [String: OperationHandler] = [:]
        for op in APICatalog.operations {
            if let handler = ResourceController.handler(for: op) { table[op.id] = handler }
        }
        let specific: [[String: OperationHandler]] = [
            TaskActionController.handlers, FileController.handlers(), StorageController.handlers(),
            JobController.handlers, StatisticsController.handlers(), SystemController.handlers,
        ]
        for controller in specific { table.merge(controller) { _, new in new } }
        return table
    }
}
