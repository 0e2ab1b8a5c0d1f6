import Foundation
import Lua
import NodeumAPI
import NodeumClient

/// The pages of one walk through a list, for a cursor: the client's `PageSequence` for
/// collection pages, or one call for the lists that answer a bare array (`index_mounts`,
/// device lists). While Lua works through a page, the next one is already being fetched (one
/// page ahead, so a sequential walk costs about what the transfers cost); `claim` keeps two
/// tasks from asking at once.
final class PageStream: Sendable {
    private enum Source {
        case pages(PageSequence.AsyncIterator)
        case once(NodeumClient, String, [String: APIValue], key: String?, maxItems: Int?)
        case done
    }

    // Touched only by the one fetch that holds the claim, or by the fetch ahead that it awaits.
    nonisolated(unsafe) private var source: Source
    /// The next page, requested as the previous one was handed over.
    nonisolated(unsafe) private var ahead: Task<Items?, any Error>?
    private let turn = Turn()
    /// Where the walk's position is saved (`checkpoint = FILE`), and what it walks.
    private let checkpoint: (path: String, record: WalkCheckpoint)?
    /// Where the walk stands once the page last handed over has been worked through.
    nonisolated(unsafe) private var handed: WalkPosition?

    deinit { ahead?.cancel() }

    /// `checkpoint`: a file that records the position after each page, resumed from when it
    /// exists (for the same operation, parameters and walk only), removed at the walk's end.
    init(
        client: NodeumClient, operationID id: String, parameters: [String: APIValue], options: PaginationOptions,
        checkpoint path: String? = nil
    ) throws {
        guard let op = APICatalog.operation(id) else {
            throw NodeumClientError.invalidRequest("unknown operation '\(id)'\(NodeumLibrary.suggestion(for: id))")
        }
        guard op.collectionKey != nil else {
            if path != nil {
                throw NodeumClientError.invalidRequest("\(id) answers its whole list at once: it has no walk to checkpoint", operationID: id)
            }
            source = .once(client, id, parameters, key: op.itemsKey, maxItems: options.maxItems)
            checkpoint = nil
            return
        }
        var sequence = try client.pages(id, parameters, options: options)
        if let path {
            var record = WalkCheckpoint(operationID: id, parameters: parameters, plan: sequence.plan, position: WalkPosition())
            if let saved = try WalkCheckpoint.load(from: path) {
                if let why = saved.mismatch(operationID: id, parameters: parameters, plan: sequence.plan) {
                    throw NodeumClientError.invalidRequest(
                        "cannot resume from the checkpoint \(path): \(why); remove it to start afresh", operationID: id)
                }
                var resumed = options
                resumed.resume = saved.position
                sequence = try client.pages(id, parameters, options: resumed)
                record.position = saved.position
            }
            checkpoint = (path, record)
        } else {
            checkpoint = nil
        }
        source = .pages(sequence.makeAsyncIterator())
    }

    /// Takes the stream for one fetch; false when another fetch holds it.
    func claim() -> Bool { turn.take() }

    func unclaim() { turn.give() }

    /// One page's items and the server's `count`.
    struct Items: Sendable {
        /// The items: as the server's bytes (a page), or values (a list answered whole).
        enum Content: Sendable {
            case page(PageText, [PageEntry])
            case values([APIValue])
        }
        let content: Content
        let count: Int64?
        var position: WalkPosition? = nil

        var itemCount: Int {
            switch content {
            case .page(_, let entries): entries.count
            case .values(let values): values.count
            }
        }

        /// Pushes the items onto L as an array: a page's straight from its bytes.
        func push(to L: OpaquePointer) throws {
            switch content {
            case .page(let text, let entries):
                let failure = text.bytes.withUnsafeBytes { bytes -> JSONDecodeFailure? in
                    do throws(JSONDecodeFailure) { try LuaState.pushJSONArray(L, text: bytes, ranges: entries.map(\.range)) } catch { return error }
                    return nil
                }
                if let failure { throw LuaError(failure.description) }
            case .values(let values):
                try APIValue.array(values).push(to: L)
            }
        }
    }

    /// The next page, nil at the end; starts fetching the one after it. Asking for it means the
    /// page before has been worked through: that is when the checkpoint moves past it.
    func next() async throws -> Items? {
        if let checkpoint, let handed {
            var record = checkpoint.record
            record.position = handed
            try record.save(to: checkpoint.path)
        }
        let page: Items?
        if let ahead {
            self.ahead = nil
            page = try await withTaskCancellationHandler { try await ahead.value } onCancel: { ahead.cancel() }
        } else {
            page = try await fetch()
        }
        if page != nil, case .pages = source {
            ahead = Task { [self] in
                let next = try await fetch()
                return next
            }
        }
        handed = page?.position
        if page == nil, let checkpoint { try? FileManager.default.removeItem(atPath: checkpoint.path) }
        return page
    }

    private func fetch() async throws -> Items? {
        switch source {
        case .done:
            return nil
        case .pages(var iterator):
            let page = try await iterator.next()
            source = page == nil ? .done : .pages(iterator)
            return page.map { Items(content: .page($0.text, $0.entries), count: $0.count, position: $0.position) }
        case .once(let client, let id, let parameters, let key, let maxItems):
            source = .done
            let answer = try await client.call(id, parameters)
            let value = key.map { answer?[$0] } ?? answer
            guard case .array(var items)? = value else {
                throw NodeumClientError.invalidRequest("\(id) did not answer a list", operationID: id)
            }
            if let maxItems { items = Array(items.prefix(maxItems)) }
            return Items(content: .values(items), count: Int64(items.count))
        }
    }
}
