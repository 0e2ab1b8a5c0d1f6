import Foundation
import Hummingbird
import HummingbirdTLS
import NIOCore
import NIOSSL
import NodeumClient
import Synchronization
import Testing

/// TLS against a loopback server whose certificate a throw-away CA signed (made with openssl):
/// refused by default, trusted with the CA file, accepted with `insecure`.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
struct TLSTests {
    @Test func selfSignedApplianceNeedsItsCAOrInsecure() async throws {
        let dir = try Self.makeCertificates()
        try await Self.withTLSServer(cert: dir + "/server.pem", key: dir + "/server.key") { url in
            let strict = try TestSimulator.client(url, credentials: .basic(user: "u", password: "tls-pw")) { $0.retry = .none }
            let e = await TestSimulator.error { _ = try await strict.request(.get, "/echo/ok") }
            #expect(e?.kind == .tls)
            #expect(e?.description.contains("--ca-cert FILE") == true)
            #expect(!(e?.description.contains("tls-pw") ?? true))
            try await strict.shutdown()

            let trusting = try TestSimulator.client(url, credentials: nil) { $0.caCertificateFile = dir + "/ca.pem" }
            #expect(try await trusting.request(.get, "/echo/ok").value?["path"] == "/api/v2/echo/ok")
            try await trusting.shutdown()

            let insecure = try TestSimulator.client(url, credentials: nil) { $0.insecure = true }
            #expect(try await insecure.request(.get, "/echo/ok").status == 200)
            try await insecure.shutdown()

            let missing = try TestSimulator.client(url, credentials: nil) { $0.caCertificateFile = dir + "/nope.pem" }
            let m = await TestSimulator.error { _ = try await missing.request(.get, "/echo/ok") }
            #expect(m?.kind == .configuration)
            #expect(m?.description == "cannot read the CA certificate file '\(dir)/nope.pem'")
        }
    }

    /// A CA and a server certificate for 127.0.0.1 signed by it, in a new temporary folder.
    static func makeCertificates() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nodeum-tls-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let script = """
            set -e
            cd '\(dir)'
            openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj '/CN=nodeum test CA' \
              -addext basicConstraints=critical,CA:TRUE -addext keyUsage=keyCertSign,cRLSign 2>/dev/null
            openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj '/CN=127.0.0.1' 2>/dev/null
            printf 'subjectAltName=IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth\\n' > ext.cnf
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile ext.cnf 2>/dev/null
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CertificateError() }
        return dir
    }

    struct CertificateError: Error {}

    static func withTLSServer(cert: String, key: String, _ body: (URL) async throws -> Void) async throws {
        let router = Router()
        router.get("/api/v2/echo/**") { request, _ -> Response in
            OddServer.json(APIValue.object(["path": .string(request.uri.path)]).serialized())
        }
        let tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(cert).map { .certificate($0) }, privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem)))
        let port = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, server: try .tls(.http1(), tlsConfiguration: tls),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in port.continuation.yield(channel.localAddress?.port ?? 0) })
        let task = Task {
            defer { port.continuation.finish() }
            try await app.run()
        }
        var it = port.stream.makeAsyncIterator()
        guard let bound = await it.next() else {
            _ = try await task.value
            throw CertificateError()
        }
        do { try await body(URL(string: "https://127.0.0.1:\(bound)")!) } catch {
            task.cancel()
            _ = await task.result
            throw error
        }
        task.cancel()
        _ = await task.result
    }
}
