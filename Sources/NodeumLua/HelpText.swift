/// The pages `help(x)` prints: plain text, aligned, within 100 columns where the names allow,
/// the same every time. Each kind of page is built in its own extension
/// (`HelpText+Operations.swift`, `HelpText+Resources.swift`, ...); this file holds the layout.
enum HelpText {
    /// The width pages keep within: long descriptions are cut, lists wrapped.
    static let width = 100

    /// One line of an aligned table: its cells, and notes printed under its last cell.
    struct Row {
        var cells: [String]
        var notes: [String] = []

        init(_ cells: String..., notes: [String] = []) {
            self.cells = cells
            self.notes = notes
        }

        init(cells: [String], notes: [String] = []) {
            self.cells = cells
            self.notes = notes
        }
    }

    /// Rows as columns each as wide as its widest cell, two spaces apart, indented by
    /// `indent`. The last cell is cut to fit the width, or wrapped under itself when
    /// `wrapLast`; notes wrap under it (the first in its place when it is empty).
    static func table(_ rows: [Row], indent: Int = 2, wrapLast: Bool = false) -> [String] {
        let columns = rows.map(\.cells.count).max() ?? 0
        guard columns > 0 else { return [] }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.cells.enumerated() where i < columns - 1 {
                widths[i] = max(widths[i], cell.count)
            }
        }
        let start = indent + widths.dropLast().reduce(0) { $0 + $1 + 2 }
        let room = max(width - start, 24)
        let margin = String(repeating: " ", count: start)
        var lines: [String] = []
        for row in rows {
            var line = String(repeating: " ", count: indent)
            for (i, cell) in row.cells.enumerated() where i < columns - 1 {
                line += cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }
            line += String(repeating: " ", count: max(0, start - line.count))
            var notes = row.notes
            var last = row.cells.count == columns ? row.cells.last ?? "" : ""
            if last.isEmpty, !notes.isEmpty { last = notes.removeFirst() }
            if wrapLast || last != row.cells.last {
                let wrapped = wrap(last, indent: margin, width: start + room)
                lines.append((line + (wrapped.first ?? "").dropFirst(start)).trimmingTrailingSpaces)
                lines += wrapped.dropFirst()
            } else {
                lines.append((line + clip(last, room)).trimmingTrailingSpaces)
            }
            for note in notes { lines += wrap(note, indent: margin, width: start + room) }
        }
        return lines
    }

    /// `text` cut to `count` characters, ending with "…" when cut.
    static func clip(_ text: String, _ count: Int) -> String {
        guard text.count > count, count > 1 else { return text }
        return String(text.prefix(count - 1)).trimmingTrailingSpaces + "…"
    }

    /// The words of `text` in lines no wider than `width` (a longer word gets a line of its
    /// own), each starting with `indent`.
    static func wrap(_ text: String, indent: String, width: Int = HelpText.width) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.count > indent.count, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count || lines.isEmpty { lines.append(line.trimmingTrailingSpaces) }
        return lines
    }

    /// Items joined by ", " and wrapped between items, never inside one.
    static func list(_ items: [String], indent: String = "  ") -> [String] {
        var lines: [String] = []
        var line = indent
        for (i, item) in items.enumerated() {
            let text = item + (i < items.count - 1 ? "," : "")
            if line.count > indent.count, line.count + 1 + text.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + text
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }

    /// The first line of a description, without trailing spaces.
    static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            .trimmingTrailingSpaces
    }

    /// Pages are their lines joined; blank lines separate sections.
    static func page(_ sections: [[String]]) -> String {
        sections.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }
}

extension StringProtocol {
    /// The text without the spaces at its end.
    var trimmingTrailingSpaces: String {
        var s = String(self)
        while s.last == " " { s.removeLast() }
        return s
    }
}
