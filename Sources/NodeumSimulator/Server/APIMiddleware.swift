import Hummingbird
import Logging
import NodeumAPI

/// Answers every request under `/api/v2`: matches the operation, authenticates, checks the
/// scope, decodes the body and calls the operation's handler. Anything it does not know is a
/// JSON 404; failures that are not API errors become JSON 500s.
struct APIMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: SimulatorState
    let matcher: OperationMatcher
    let handlers: [String: OperationHandler]
    /// Largest accepted body.
    let maxBodySize = 4 << 20

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await respond(request, context: context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch {
            context.logger.error("internal error: \(error)")
            return try APIError(.internalServerError, "internal error: \(error)").response(from: request, context: context)
        }
    }

    private func respond(_ request: Request, context: Context) async throws -> Response {
        let fullPath = request.uri.path
        let base = APICatalog.basePath
        guard fullPath == base || fullPath.hasPrefix(base + "/") else { throw APIError.notFound("path \(fullPath)") }
        let path = String(fullPath.dropFirst(base.count))
        let (operation, parameters): (APIOperation, [String: String])
        switch matcher.match(method: request.method.rawValue, path: path) {
        case .notFound: throw APIError.notFound("path \(fullPath)")
        case .methodNotAllowed(let allowed):
            throw APIError(.methodNotAllowed, "method \(request.method.rawValue) not allowed on \(fullPath)",
                           headers: [.allow: allowed.joined(separator: ", ")])
        case .found(let op, let params): (operation, parameters) = (op, params)
        }
        let principal = try await Authenticator(state: state).authenticate(request.headers[.authorization])
        try Authenticator.authorize(principal, operation)
        let body = try await decodeBody(request, operation)
        let call = APICall(
            operation: operation, pathParameters: parameters, query: QueryParameters(raw: request.uri.query),
            body: body, principal: principal)
        try checkQuery(call)
        guard let handler = handlers[operation.id] else {
            throw APIError(.internalServerError, "operation \(operation.id) has no handler")
        }
        return try await handler(call, state)
    }

    /// The JSON body of an operation that takes one; 415 for another content type, 400 for bad JSON.
    private func decodeBody(_ request: Request, _ operation: APIOperation) async throws -> JSONValue? {
        guard operation.body != nil else { return nil }
        var request = request
        let buffer = try await request.collectBody(upTo: maxBodySize)
        if buffer.readableBytes == 0 {
            if operation.body?.required == true {
                throw APIError.badRequest("missing request body", attribute: operation.body?.name, error: "blank")
            }
            return nil
        }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/json") else {
            throw APIError(.unsupportedMediaType, "Content-Type must be application/json, not '\(type)'")
        }
        guard let value = JSONValue.parse(buffer.readableBytesView) else {
            throw APIError.badRequest("malformed JSON body", attribute: operation.body?.name)
        }
        return value
    }

    /// Required query parameters and enum values; list operations check their own names.
    private func checkQuery(_ call: APICall) throws(APIError) {
        for parameter in call.operation.parameters where parameter.location == .query {
            let value = call.query[parameter.name]
            if parameter.required, value == nil || value == "" {
                throw APIError.badRequest("missing query parameter \(parameter.name)", attribute: parameter.name, error: "blank")
            }
            if let value, !parameter.enumValues.isEmpty, !parameter.enumValues.contains(value) {
                throw APIError.badRequest("invalid value for \(parameter.name): \(value)", attribute: parameter.name, value: value)
            }
        }
        if !call.operation.isList {
            for name in call.query.names where call.operation.parameter(named: name) == nil {
                throw APIError.badRequest("unknown query parameter \(name)", attribute: name, error: "unknown")
            }
        }
    }
}
