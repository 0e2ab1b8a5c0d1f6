import NodeumAPI
import NodeumClient
import Synchronization

/// The pages of one walk through a list, for a cursor: the client's `PageSequence` for
/// collection pages, or one call for the lists that answer a bare array (`index_mounts`,
/// device lists). One page is fetched at a time; `claim` keeps two tasks from asking at once.
final class PageStream: Sendable {
    private enum Source {
        case pages(PageSequence.AsyncIterator)
        case once(NodeumClient, String, [String: APIValue], key: String?, maxItems: Int?)
        case done
    }

    // Touched only by the one fetch that holds the claim.
    nonisolated(unsafe) private var source: Source
    private let claimed = Mutex(false)

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

    /// The next page, nil at the end.
    func next() async throws -> Items? {
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
