import Foundation

/// Writes a set of files into one directory so that each appears whole or not at all.
///
/// Every file is first written to a hidden temporary file beside it (`O_EXCL`, mode 0640) and
/// `fsync`ed; only when all are safely on disk are they renamed over their final names, and the
/// directory is `fsync`ed so the renames survive a power cut. On any failure the temporary files
/// are removed and no final file is touched.
struct AtomicFileWriter {
    let directory: String
    /// `write(2)`; replaceable so tests can simulate a full disk.
    var writeBytes: (Int32, UnsafeRawPointer, Int) -> Int = { descriptor, bytes, count in
        Foundation.write(descriptor, bytes, count)
    }

    init(directory: String) {
        self.directory = directory
    }

    /// Checks that the directory exists and is a directory.
    func checkDirectory() throws(ExportError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .missingDirectory(directory)
        }
        guard isDirectory.boolValue else { throw .notADirectory(directory) }
    }

    /// Writes `files` (name → contents) and returns their final paths, in the order given.
    func write(_ files: [(name: String, contents: Data)]) throws(ExportError) -> [String] {
        try checkDirectory()
        var temporaries: [String] = []
        do throws(ExportError) {
            for file in files {
                let temporary = path(".\(file.name).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))")
                temporaries.append(temporary)
                try writeSynced(file.contents, to: temporary)
            }
            for (temporary, file) in zip(temporaries, files) {
                guard rename(temporary, path(file.name)) == 0 else {
                    throw .writeFailed(path: path(file.name), reason: Self.reason(errno))
                }
            }
        } catch {
            for temporary in temporaries { unlink(temporary) }
            throw error
        }
        try syncDirectory()
        return files.map { path($0.name) }
    }

    private func path(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }

    private func writeSynced(_ data: Data, to path: String) throws(ExportError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw .writeFailed(path: path, reason: Self.reason(errno)) }
        var failure: Int32? = nil
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw .writeFailed(path: path, reason: Self.reason(failure)) }
    }

    private func syncDirectory() throws(ExportError) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .writeFailed(path: directory, reason: Self.reason(errno)) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .writeFailed(path: directory, reason: Self.reason(errno)) }
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
