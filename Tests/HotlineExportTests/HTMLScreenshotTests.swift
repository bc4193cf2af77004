import Foundation
import HotlineCore
import Testing
@testable import HotlineExport

/// Renders the HTML summary in headless Chromium and checks the screenshot is not blank.
///
/// Needs the Debian packages `chromium` and `python3` (the PNG is decoded with Python's standard
/// `zlib`). The test installs nothing: without Chromium it fails, unless
/// `HOTLINE_SKIP_BROWSER_TESTS=1`. Set `HOTLINE_SCREENSHOT_DIR` to keep the HTML and PNG for a look.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["HOTLINE_SKIP_BROWSER_TESTS"] != "1"))
struct HTMLScreenshotTests {
    @Test(.timeLimit(.minutes(2)))
    func theHTMLSummaryRendersChartsInHeadlessChromium() async throws {
        let fixture = try ExportFixture()
        let channels: [CallChannel] = [.phone, .phone, .phone, .email, .web, .sms]
        let bands = ["high", "medium", "medium", "low", "none"]
        for index in 0..<60 {
            try await fixture.call(
                at: String(format: "2026-11-28T%02d:%02d:00.000Z", index / 6 + 6, index % 60), channel: channels[index % channels.count],
                language: index % 4 == 0 ? .english : .danish, role: index % 5 == 0 ? .professional : .thirdParty,
                subject: Subject(age: index % 7 == 0 ? 15 : 30, gender: index % 2 == 0 ? .female : .male, location: .init(region: "Hovedstaden")),
                sector: index % 3 == 0 ? .construction : .cleaning, band: bands[index % bands.count], presumed: index % 5 == 0,
                exploitation: index % 5 == 0 ? ["labour"] : [], flags: index % 7 == 0 ? ["minor"] : [],
                indicators: [.init(id: "D4.low_pay", dimension: "D4")], triageDelaySeconds: Double(index % 9))
        }
        let exporter = fixture.exporter()
        let summary = try exporter.summary(for: .day(ExportDay("2026-11-28")!))
        let html = try #require(try exporter.write(summary, formats: [.html]).first)
        let page = ExportFormat.html.render(summary)
        for forbidden in ["<script", "src=", "href=", "@import", "url(http"] {
            #expect(!page.contains(forbidden), "the page must load nothing: found \(forbidden)")
        }

        let browser = try #require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: FileManager.default.isExecutableFile),
            "install Debian's chromium package (apt-get install -y chromium), or set HOTLINE_SKIP_BROWSER_TESTS=1")
        let png = fixture.root + "/summary.png"
        let status = try run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(fixture.root)/chromium",
            "--screenshot=\(png)", "--window-size=1200,1600", "file://\(html)",
        ])
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: png))

        let measured = try runCapturing("/usr/bin/python3", ["-c", Self.pngStatistics, png])
        let numbers = measured.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 4, "python3 said: \(measured)")
        let (width, height, inked, barPixels) = (numbers[0], numbers[1], numbers[2], numbers[3])
        #expect(width == 1200 && height == 1600)
        #expect(inked > width * height / 50, "the page looks blank: \(inked) non-white pixels")
        #expect(barPixels > 2_000, "no chart bars visible: \(barPixels) bar-coloured pixels")

        if let keep = ProcessInfo.processInfo.environment["HOTLINE_SCREENSHOT_DIR"] {
            try? FileManager.default.removeItem(atPath: keep + "/summary.png")
            try? FileManager.default.removeItem(atPath: keep + "/summary.html")
            try FileManager.default.copyItem(atPath: png, toPath: keep + "/summary.png")
            try FileManager.default.copyItem(atPath: html, toPath: keep + "/summary.html")
            for format in [ExportFormat.json, .csv] {
                try Data(format.render(summary).utf8).write(to: URL(fileURLWithPath: keep + "/summary.\(format.fileExtension)"))
            }
        }
    }

    /// Prints "width height non-white-pixels bar-blue-pixels" for an 8-bit RGB or RGBA PNG.
    static let pngStatistics = """
        import sys, zlib, struct
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR':
                width, height, depth, colour = struct.unpack('>IIBB', body[:10])
            elif kind == b'IDAT':
                idat += body
            pos += 12 + length
        assert depth == 8 and colour in (2, 6), (depth, colour)
        bpp = 3 if colour == 2 else 4
        raw, stride = zlib.decompress(idat), width * bpp
        prev, inked, blue, i = bytearray(stride), 0, 0, 0
        for y in range(height):
            f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
                if f == 1: line[x] = (line[x] + a) & 255
                elif f == 2: line[x] = (line[x] + b) & 255
                elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
                elif f == 4:
                    p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            for x in range(0, stride, bpp):
                r, g, b2 = line[x], line[x + 1], line[x + 2]
                if r < 240 or g < 240 or b2 < 240: inked += 1
                if abs(r - 0x2f) < 12 and abs(g - 0x6d) < 12 and abs(b2 - 0xb0) < 12: blue += 1
            prev = line
        print(width, height, inked, blue)
        """

    private func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func runCapturing(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
