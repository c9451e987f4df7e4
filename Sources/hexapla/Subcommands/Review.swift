import ArgumentParser
import Foundation
import HexaplaKit

extension HexaplaCommand {
  /// `hexapla review`: a full-screen terminal editor over an aligned TMX file.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Correct an aligned TMX file by hand in a full-screen terminal view.",
      discussion: """
        Shows the units side by side as inspect does (weak units marked '!' for a
        score below 0.5 and '~' for an unusual length ratio) and lets you merge a
        unit with the next (m), split it at sentence boundaries (s), move the first
        or last sentence of a language to the unit before or after (< >), unpair
        its languages (x) or accept it (a), with unlimited undo (u) and redo
        (Ctrl-R); '?' lists every key. w saves, q quits (asking when edits are
        unsaved).

        Saving writes the output atomically and never over the input unless
        --in-place is given. Units not edited are written byte for byte as read
        (for a UTF-8 file); edited and accepted units get x-reviewed (the --date)
        and x-score 1. The review starts at the first unit without x-reviewed, so
        a session is resumed by reviewing its output. Needs a terminal on standard
        input and output, at least 40 columns by 8 rows.

        Examples:
          hexapla review n01001.tmx                  # saves to n01001.reviewed.tmx
          hexapla review n01001.reviewed.tmx --in-place
        """)

    @Argument(
      help: ArgumentHelp("The TMX file to review.", valueName: "file"), completion: .file(extensions: ["tmx"]))
    var file: String

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp(
        "Where w saves (default: FILE with .reviewed before .tmx; written to a temporary file, then renamed into place).",
        valueName: "path"),
      completion: .file(extensions: ["tmx"]))
    var output: String?

    @Flag(help: "Save over the input file (still through a temporary file).")
    var inPlace = false

    @Flag(
      help: "Number the units' tuids 1, 2, 3... when saving (otherwise tuids are kept; new units get ID-1, ID-2...).")
    var renumber = false

    @Option(
      help: ArgumentHelp(
        "The x-reviewed value of edited units: YYYYMMDDThhmmssZ, YYYY-MM-DDThh:mm:ssZ or @SECONDS (default: SOURCE_DATE_EPOCH, else now).",
        valueName: "date"))
    var date: String?

    @OptionGroup var input: TMXInputOptions

    /// The path `w` writes.
    var outputPath: String {
      if inPlace { return file }
      if let output { return output }
      let stem = file.lowercased().hasSuffix(".tmx") ? String(file.dropLast(4)) : file
      return stem + ".reviewed.tmx"
    }

    func validate() throws {
      guard !ValidationPass.isSkipped else { return }
      try input.check()
      if let date {
        do { _ = try TMXDate.resolve(pinned: date) } catch { throw ValidationError("\(error)") }
      }
      if file == "-" { throw ValidationError("review needs a file (it reads it whole and may save over it); not '-'.") }
      if inPlace && output != nil { throw ValidationError("--in-place and -o cannot be combined.") }
      if let output, let same = AtomicFileWriter.wouldReplace(output, anyOf: [file]) {
        throw ValidationError("-o \(output) is the input file \(same): pass --in-place to save over it.")
      }
      if output == nil && !inPlace && FileManager.default.fileExists(atPath: outputPath) {
        throw ValidationError(
          "\(outputPath) exists (an earlier review?): resume it with 'hexapla review \(outputPath) --in-place', or pass -o."
        )
      }
    }

    func run() throws {
      let diagnostics = StandardError()
      guard RawTerminal.isAvailable else {
        diagnostics.note(
          "error: hexapla review is a full-screen view: standard input and output must be a terminal"
            + " (use 'hexapla inspect' or 'hexapla export' in pipes and scripts)")
        throw ExitCode.failure
      }
      let document = try ReviewDocument(path: file, maxSegmentBytes: input.maxSegmentBytes, onWarning: diagnostics.warn)
      var warnings: [String] = []
      var session = ReviewSession(
        editor: ReviewEditor(document: document, reviewDate: try TMXDate.resolve(pinned: date)), outputPath: outputPath,
        renumber: renumber, onWarning: { warnings.append($0) })
      let style = SideBySideStyle(colors: Terminal.usesColor(.auto), isolatesRightToLeft: true)
      do {
        let terminal = try RawTerminal()
        defer { terminal.restore() }
        var decoder = KeyDecoder()
        loop: while !session.isFinished {
          let (width, height) = terminal.size()
          let frame = ReviewScreen.render(session, width: width, height: height, style: style)
          session.top = frame.top
          session.pageUnits = frame.unitsShown
          terminal.draw(frame.lines)
          let keys: [ReviewKey]
          switch terminal.wait(milliseconds: decoder.isWaiting ? 50 : -1) {
          case .input(let bytes): keys = decoder.decode(bytes)
          case .timeout: keys = decoder.flush()
          case .resize: keys = []
          case .endOfInput: break loop
          }
          for key in keys where !session.isFinished { session.handle(key) }
        }
      }
      for warning in warnings { diagnostics.warn(warning) }
      if session.editor.isModified {
        diagnostics.note("quit without saving the last edits (\(session.outputPath) not updated)")
      } else if session.saves > 0 {
        diagnostics.note("saved \(session.outputPath)")
      }
    }
  }
}
