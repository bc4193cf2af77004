import Foundation
import HotlineCore
import HotlineExport
import HotlineStore
import Hummingbird
import NIOPosix

/// `GET /v1/figures?from=&to=` or `?year=`: the published figures of past days, exactly as
/// `hotline export --stdout --format json` writes them (counts under small-cell suppression, no
/// personal data). For statisticians, who may read no record. Computed on the blocking thread pool,
/// never on an event loop; audited with the period.
struct FiguresHandler: Sendable {
    let store: CallStore
    let settings: ConfigurationHolder
    let audit: AuditLog

    func answer(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let parameters = request.uri.queryParameters
        try QueryString.refuseUnknown(parameters, allowed: ["from", "to", "year"])
        let from = parameters.get("from"), to = parameters.get("to"), year = parameters.get("year")
        for (name, value) in [("from", from), ("to", to)] {
            if let value, ExportDay(value) == nil || value.utf8.count != 10 {
                throw APIError(.badRequest, code: "invalid_field", "\(name) must be a date of the form YYYY-MM-DD.", field: name)
            }
        }
        if let year, year.utf8.count != 4 || !year.utf8.allSatisfy({ (48...57).contains($0) }) {
            throw APIError(.badRequest, code: "invalid_field", "year must be a year of the form YYYY.", field: "year")
        }
        let exportSettings: ExportSettings
        do { exportSettings = try ExportSettings(settings.current.export) } catch { throw APIError.storageUnavailable }
        let period: ExportPeriod
        do {
            switch try ExportRequest.parse(from: from, to: to, year: year, timeZone: exportSettings.timeZone) {
            case .period(let chosen): period = chosen
            case .pendingDays: throw APIError(.badRequest, code: "missing_field", "Give from (and to), or year.", field: "from")
            }
        } catch let error as APIError {
            throw error
        } catch let error as ExportError {
            throw Self.refusal(error)
        } catch {
            throw APIError.storageUnavailable
        }
        // No call is older than the service epoch: a period reaching before it (year 0001, say)
        // would only cost the daemon days of empty counting.
        let firstDay = ExportDay(containing: settings.current.intake.serviceEpoch, in: exportSettings.timeZone)
        guard period.firstDay >= firstDay else {
            throw APIError(.badRequest, code: "invalid_field", "The period begins before the hotline's first day (intake.service_epoch).",
                           field: year == nil ? "from" : "year")
        }
        let exporter = SummaryExporter(databasePath: store.path, settings: exportSettings)
        let body: String
        do {
            body = try await NIOThreadPool.singleton.runIfActive { try ExportFormat.json.render(exporter.summary(for: period)) }
        } catch {
            throw APIError.storageUnavailable
        }
        audit.record(.readFigures, context, detail: "period=\(period.fileStem)")
        return JSONResponse.make(body: ByteBuffer(string: body), status: .ok)
    }

    /// The export's own refusals, in words that repeat nothing the client sent.
    static func refusal(_ error: ExportError) -> APIError {
        switch error {
        case .notOver: APIError(.badRequest, code: "invalid_field", "Only days that are over can be counted (in export.time_zone).", field: "to")
        case .emptyRange: APIError(.badRequest, code: "invalid_field", "to is before from.", field: "to")
        case .conflictingOptions: APIError(.badRequest, code: "invalid_field", "Give from (and to), or year, not both; to needs from.", field: "year")
        case .malformedYear: APIError(.badRequest, code: "invalid_field", "year must be a year of the form YYYY.", field: "year")
        case .malformedDay: APIError(.badRequest, code: "invalid_field", "from and to must be dates of the form YYYY-MM-DD.", field: "from")
        default: APIError.storageUnavailable
        }
    }
}
