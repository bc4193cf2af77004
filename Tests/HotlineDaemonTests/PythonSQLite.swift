import Foundation

/// Reads and changes test databases with Python's sqlite3 module: independent of the code under test.
enum PythonSQLite {
    /// Runs a Python script with `sys.argv[1...]` = `arguments` and returns its standard output.
    @discardableResult
    static func run(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure("python3 failed: \(String(decoding: problem, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Executes `sql` (several statements) with `executescript`: wrap them in BEGIN/COMMIT for one transaction.
    static func execute(_ path: String, _ sql: String) throws {
        try run("import sqlite3,sys\ndb=sqlite3.connect(sys.argv[1])\ndb.executescript(sys.argv[2])\ndb.close()", [path, sql])
    }

    /// Every row of a query, each value as text (`NULL` → empty).
    static func rows(_ path: String, _ sql: String) throws -> [[String]] {
        let script = """
            import sqlite3,sys,json
            db=sqlite3.connect(sys.argv[1])
            print(json.dumps([["" if v is None else str(v) for v in row] for row in db.execute(sys.argv[2])]))
            db.close()
            """
        let output = try run(script, [path, sql])
        return (try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String]]) ?? []
    }

    /// Adds copies of call 1 (and of its current triage, made current for the copy) until the
    /// database holds `total` calls, in one transaction.
    static func multiplyFirstCall(_ path: String, to total: Int) throws {
        let script = """
            import sqlite3,sys
            db=sqlite3.connect(sys.argv[1])
            calls=[r[1] for r in db.execute("PRAGMA table_info(calls)") if r[1] not in ("id","external_id","triage_id")]
            triages=[r[1] for r in db.execute("PRAGMA table_info(triages)") if r[1] not in ("id","call_id")]
            c=",".join(calls); t=",".join(triages)
            (source,)=db.execute("SELECT triage_id FROM calls WHERE id=1").fetchone()
            with db:
                for _ in range(int(sys.argv[2]) - db.execute("SELECT count(*) FROM calls").fetchone()[0]):
                    call=db.execute(f"INSERT INTO calls ({c}) SELECT {c} FROM calls WHERE id=1").lastrowid
                    triage=db.execute(f"INSERT INTO triages (call_id,{t}) SELECT ?,{t} FROM triages WHERE id=?",(call,source)).lastrowid
                    db.execute("UPDATE calls SET triage_id=? WHERE id=?",(triage,call))
            db.close()
            """
        try run(script, [path, "\(total)"])
    }
}
