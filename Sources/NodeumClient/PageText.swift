import CJSON
import NIOCore

/// A page's answer as it came: its JSON bytes, shared by the page's items. The client reads
/// only what a walk needs from it (the `count`, each item's place and `id`) in one validating
/// pass (`nj_skim_page`, C); the items become values only where they are used: Lua builds its
/// tables straight from these bytes (`LuaState.pushJSONArray`), Swift parses `Page.items` on demand.
public final class PageText: Sendable {
    public let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The value of the JSON at `range` (bytes already checked by the skim).
    func value(at range: Range<Int>) -> APIValue {
        bytes.withUnsafeBytes { all in
            (try? APIValue.parse(UnsafeRawBufferPointer(rebasing: all[range]))) ?? .null
        }
    }
}

/// One item of a page: where its JSON sits in the page's text, and its `id` member.
public struct PageEntry: Sendable {
    public let range: Range<Int>
    /// The item's `id` (nil when it has none, or it is null, or the item is no object).
    public let id: APIValue?
}

/// What one pass over a page's bytes found.
struct SkimmedPage {
    let text: PageText
    let isObject: Bool
    /// The `count` member, and the collection member (nil when absent).
    let count: APIValue?
    let list: Member?
    let entries: [PageEntry]

    /// A member of the page, read as a value only when asked.
    struct Member {
        let text: PageText
        let range: Range<Int>
        let isArray: Bool
        var value: APIValue { text.value(at: range) }
    }

    /// Skims `body` as a page whose items are under `key`; the parse error when it is no JSON.
    static func skim(_ body: ByteBuffer, key: String) throws(JSONParseError) -> SkimmedPage {
        try skim(Array(body.readableBytesView), key: key)
    }

    /// Skims `bytes` as a page whose items are under `key`.
    static func skim(_ bytes: [UInt8], key: String) throws(JSONParseError) -> SkimmedPage {
        let text = PageText(bytes: bytes)
        var page = nj_page()
        var error = nj_error()
        let status = text.bytes.withUnsafeBufferPointer { bytes in
            key.utf8CString.withUnsafeBufferPointer { k in
                nj_skim_page(bytes.baseAddress, bytes.count, k.baseAddress, k.count - 1, Int32(JSONBytesParser.maxDepth), &page, &error)
            }
        }
        guard status == 0 else {
            throw JSONParseError(message: String(cString: nj_error_text(&error)), offset: error.offset)
        }
        defer { nj_page_free(&page) }
        var entries: [PageEntry] = []
        entries.reserveCapacity(page.item_count)
        for k in 0..<page.item_count {
            let item = page.items[k]
            var id: APIValue?
            if item.id_end > 0 {
                let value = text.value(at: item.id_start..<item.id_end)
                id = value == .null ? nil : value
            }
            entries.append(PageEntry(range: item.start..<item.end, id: id))
        }
        return SkimmedPage(
            text: text, isObject: page.is_object != 0,
            count: page.count_end > 0 ? text.value(at: page.count_start..<page.count_end) : nil,
            list: page.list_end > 0 ? Member(text: text, range: page.list_start..<page.list_end, isArray: page.list_is_array != 0) : nil,
            entries: entries)
    }
}
