import ArgumentParser
import Foundation
import HotlineClient

/// Writing to the terminal, and turning daemon answers into messages and exit codes.
enum CLIOutput {
    /// Prints `hotline: error: …` on stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("hotline: error: \(message)\n".utf8))
    }

    /// Prints a JSON body as it came, pretty-printed.
    static func printJSON(_ body: [UInt8]) {
        if let object = try? JSONSerialization.jsonObject(with: Data(body)),
            let pretty = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        {
            print(String(decoding: pretty, as: UTF8.self))
        } else {
            print(String(decoding: body, as: UTF8.self))
        }
    }

    /// Sends a request, mapping an unreachable, unresponsive or full daemon to exit code 69.
    static func exchange(_ client: UnixHTTPClient, _ body: (UnixHTTPClient) throws -> HTTPAnswer) throws -> HTTPAnswer {
        let answer: HTTPAnswer
        do {
            answer = try body(client)
        } catch let failure as HotlineClientError {
            error(failure.description)
            if case .connectionLost = failure {
                // Not sent again behind the operator's back: the daemon may have stored it.
                error("the daemon may have acted on the request before the connection broke; "
                    + "a call sent again with the same external_id is recognised as a retry")
            }
            throw CLIExitCode.unreachable
        }
        if answer.status == 503, (answer.json?["error"] as? [String: Any])?["code"] as? String == "server_busy" {
            let retry = answer.headers["retry-after"].map { "; retry after \($0) s" } ?? ""
            error("the daemon is serving as many connections as it allows\(retry)")
            throw CLIExitCode.unreachable
        }
        return answer
    }

    /// Reports a daemon error answer on stderr and returns the matching exit code.
    static func failure(for answer: HTTPAnswer) -> ExitCode {
        let detail = (answer.json?["error"] as? [String: Any]) ?? [:]
        let code = detail["code"] as? String ?? "error"
        let field = (detail["field"] as? String).map { " [\($0)]" } ?? ""
        let message = detail["message"] as? String ?? answer.text
        error("\(answer.status) \(code)\(field): \(message)")
        switch answer.status {
        case 404: return CLIExitCode.notFound
        case 403: return CLIExitCode.forbidden
        case 400, 409, 413, 415, 422: return CLIExitCode.rejected
        default: return CLIExitCode.unexpected
        }
    }
}
