import HotlineStore

/// Opening the database file beside the running daemon (`retriage`, `retention run`): a database
/// at another schema version is refused with its reason, any other failure named, both exit 74.
enum DirectStoreOpening {
    static func open<Store>(_ path: String, with open: (String) throws -> Store) throws -> Store {
        do {
            return try open(path)
        } catch let refusal as RetriageStoreError {
            CLIOutput.error(refusal.description)
            throw CLIExitCode.ioError
        } catch {
            CLIOutput.error("cannot open \(path): \(error)")
            throw CLIExitCode.ioError
        }
    }
}
