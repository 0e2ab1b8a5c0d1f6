import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

extension NodeumClientError {
    /// True when the request provably never left: nothing could connect, so even a POST may be
    /// sent again.
    public var neverReachedServer: Bool { neverReached }
}

/// Turns the errors of AsyncHTTPClient, NIO and NIOSSL into `NodeumClientError` kinds with a
/// line a person can act on.
enum TransportErrors {
    static func classify(_ error: any Error, request: PreparedRequest, url: String, configuration: ClientConfiguration) -> NodeumClientError {
        if let e = error as? NodeumClientError { return e }
        let host = configuration.baseURL.host ?? "?"
        let port = configuration.baseURL.port ?? (configuration.baseURL.scheme == "https" ? 443 : 80)
        let target = "\(host):\(port)"
        let (kind, neverReached, what) = kindOf(error, target: target, timeout: configuration.requestTimeout)
        var hint = ""
        switch kind {
        case .refused: hint = " — is the server running, and the URL's port right?"
        case .dns: hint = " — check the host name in the URL"
        case .tls:
            hint = configuration.insecure ? "" : " — for a self-signed appliance pass its CA with --ca-cert FILE, or --insecure to skip verification"
        default: break
        }
        var e = NodeumClientError(
            kind: kind, description: "\(request.method.rawValue) \(url)\(NodeumClient.opSuffix(request)) failed: \(what)\(hint)",
            operationID: request.operationID, method: request.method.rawValue, url: url)
        e.neverReached = neverReached
        return e.redacting(configuration.secrets)
    }

    /// Kind, whether the request never left, and what happened in words.
    static func kindOf(_ error: any Error, target: String, timeout: Duration) -> (NodeumClientError.Kind, Bool, String) {
        if error is CancellationError { return (.cancelled, false, "cancelled") }
        if let e = error as? HTTPClientError {
            switch e {
            case .connectTimeout, .getConnectionFromPoolTimeout:
                return (.timeout, true, "could not connect to \(target) in time (connect timeout)")
            case .tlsHandshakeTimeout: return (.timeout, true, "TLS handshake with \(target) timed out")
            case .readTimeout, .deadlineExceeded, .writeTimeout:
                return (.timeout, false, "no complete answer from \(target) in time (timeout \(formatted(timeout)))")
            case .remoteConnectionClosed: return (.connectionReset, false, "the server closed the connection before answering in full")
            case .cancelled: return (.cancelled, false, "cancelled")
            case .httpProxyHandshakeTimeout: return (.timeout, true, "the proxy did not answer in time")
            case .proxyAuthenticationRequired: return (.transport, true, "the proxy requires authentication (407)")
            case .invalidProxyResponse: return (.transport, true, "the proxy refused the connection")
            default: return (.transport, false, e.shortDescription)
            }
        }
        if let e = error as? NIOConnectionError {
            if e.connectionErrors.isEmpty, e.dnsAError != nil || e.dnsAAAAError != nil {
                return (.dns, true, "cannot resolve host '\(e.host)'")
            }
            for failure in e.connectionErrors {
                let (kind, _, what) = kindOf(failure.error, target: target, timeout: timeout)
                if kind == .refused || kind == .timeout { return (kind, true, what) }
            }
            return (.transport, true, "cannot connect to \(target)")
        }
        if error is SocketAddressError { return (.dns, true, "cannot resolve the host of \(target)") }
        if let e = error as? IOError {
            switch e.errnoCode {
            case ECONNREFUSED: return (.refused, true, "connection to \(target) refused")
            case ECONNRESET, EPIPE: return (.connectionReset, false, "connection reset by \(target)")
            case ETIMEDOUT: return (.timeout, true, "connecting to \(target) timed out")
            case ENETUNREACH, EHOSTUNREACH: return (.transport, true, "\(target) is unreachable")
            default: return (.transport, false, "the connection to \(target) failed: \(String(cString: strerror(e.errnoCode)))")
            }
        }
        if let e = error as? ChannelError {
            switch e {
            case .connectTimeout: return (.timeout, true, "could not connect to \(target) in time (connect timeout)")
            case .ioOnClosedChannel, .eof, .alreadyClosed, .outputClosed, .inputClosed:
                return (.connectionReset, false, "the connection to \(target) was closed")
            default: return (.transport, false, "the connection to \(target) failed")
            }
        }
        if error is NIOSSLError || error is NIOSSLExtraError || error is BoringSSLError {
            return (.tls, true, "TLS handshake with \(target) failed (\(error))")
        }
        if let e = error as? HTTPParserError, e == .invalidEOFState {
            return (.connectionReset, false, "the connection to \(target) broke mid-answer")
        }
        let typeName = String(reflecting: type(of: error))
        if typeName.contains("HTTPParserError") || typeName.contains("NIOHTTPDecoderError") {
            return (.transport, false, "\(target) sent an answer that is not valid HTTP")
        }
        if typeName.contains("SSL") { return (.tls, true, "TLS failure with \(target) (\(error))") }
        return (.transport, false, "\(error)")
    }

    static func formatted(_ d: Duration) -> String {
        let s = seconds(d)
        return s == s.rounded() ? "\(Int(s)) s" : String(format: "%.1f s", s)
    }
}
