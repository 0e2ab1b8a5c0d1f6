import NodeumAPI
import NodeumClient
import Synchronization

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
    private let claimed = Mutex(false)

    deinit { ahead?.cancel() }

    init(client: NodeumClient, operationID id: String, parameters: [String: APIValue], options: PaginationOptions) throws {
        guard let op = APICatalog.operation(id) else {
            throw NodeumClientError.invalidRequest("unknown operation '\(id)'\(NodeumLibrary.suggestion(for: id))")
        }
        if op.collectionKey != nil {
            source = .pages(try client.pages(id, parameters, options: options).makeAsyncIterator())
        } else {
            source = .once(client, id, parameters, key: op.itemsKey, maxItems: options.maxItems)
        }
    }

    /// Takes the stream for one fetch; false when another fetch holds it.
    func claim() -> Bool {
        claimed.withLock { held in
            if held { return false }
            held = true
            return true
        }
    }

    func unclaim() { claimed.withLock { $0 = false } }

    /// One page's items and the server's `count`.
    struct Items: Sendable {
        let items: [APIValue]
        let count: Int64?
    }

    /// The next page, nil at the end; starts fetching the one after it.
    func next() async throws -> Items? {
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
        return page
    }

    private func fetch() async throws -> Items? {
        switch source {
        case .done:
            return nil
        case .pages(var iterator):
            let page = try await iterator.next()
            source = page == nil ? .done : .pages(iterator)
            return page.map { Items(items: $0.items, count: $0.count) }
        case .once(let client, let id, let parameters, let key, let maxItems):
            source = .done
            let answer = try await client.call(id, parameters)
            let value = key.map { answer?[$0] } ?? answer
            guard case .array(var items)? = value else {
                throw NodeumClientError.invalidRequest("\(id) did not answer a list", operationID: id)
            }
            if let maxItems { items = Array(items.prefix(maxItems)) }
            return Items(items: items, count: Int64(items.count))
        }
    }
}
