import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file through a temporary file beside it that is renamed into place by `finish()`,
/// so an interrupted or failed run never leaves a truncated output. Output is buffered.
///
/// A writer that is dropped before `finish()` removes its temporary file. A path that is a
/// symbolic link is written through to the file it points to (the link stays); a path that
/// is a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to directly, since it
/// cannot be replaced.
public final class AtomicFileWriter: TextSink {
  /// The final path.
  public let path: String
  /// The temporary file renamed onto `targetPath`, or nil when writing directly to a device.
  private let temporaryPath: String?
  private let targetPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var finished = false
  /// This writer's entry in `TemporaryFileRegistry`.
  private var registrySlot: Int?
  private static let flushThreshold = 1 << 16

  /// Creates the temporary file.
  /// - Throws: `HexaplaError.outputNotWritable` when the directory is missing or not writable,
  ///   or `path` is a directory.
  public init(path: String) throws {
    self.path = path
    var info = stat()
    var mode: mode_t = 0o644
    var target = path
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        throw HexaplaError.outputNotWritable(path: path, reason: "it is a directory")
      case S_IFREG:
        mode = info.st_mode & 0o7777
        if let resolved = realpath(path, nil) {
          target = String(cString: resolved)
          free(resolved)
        }
      default:
        let fd = open(path, O_WRONLY)
        guard fd >= 0 else {
          throw HexaplaError.outputNotWritable(path: path, reason: String(cString: strerror(errno)))
        }
        self.descriptor = fd
        self.temporaryPath = nil
        self.targetPath = path
        return
      }
    }
    let url = URL(fileURLWithPath: target)
    let directory = url.deletingLastPathComponent().path
    var template = Array("\(directory)/.\(url.lastPathComponent).XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw HexaplaError.outputNotWritable(path: path, reason: String(cString: strerror(errno)))
    }
    fchmod(fd, mode)
    self.descriptor = fd
    self.targetPath = target
    self.temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    registrySlot = TemporaryFileRegistry.add(temporaryPath!)
    buffer.reserveCapacity(Self.flushThreshold * 2)
  }

  deinit {
    if !finished {
      close(descriptor)
      if let temporaryPath { unlink(temporaryPath) }
    }
    TemporaryFileRegistry.remove(registrySlot)
  }

  public func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  public func write(utf8 bytes: UnsafeBufferPointer<UInt8>) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Appends raw bytes.
  public func write(bytes: some Sequence<UInt8>) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  public func finish() throws {
    guard !finished else { return }
    try flush()
    finished = true
    let closed = close(descriptor)
    guard let temporaryPath else {
      if closed != 0 {
        throw HexaplaError.outputNotWritable(path: path, reason: String(cString: strerror(errno)))
      }
      return
    }
    guard closed == 0, rename(temporaryPath, targetPath) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      TemporaryFileRegistry.remove(registrySlot)
      registrySlot = nil
      throw HexaplaError.outputNotWritable(path: path, reason: reason)
    }
    TemporaryFileRegistry.remove(registrySlot)
    registrySlot = nil
  }

  /// Whether `discard()` takes back what was written: true unless the path is a device or a
  /// pipe, written to directly, or the file is already in place.
  public var isDiscardable: Bool { temporaryPath != nil && !finished }

  /// Gives up: removes the temporary file and leaves any existing file at `path` untouched.
  public func discard() {
    guard !finished else { return }
    finished = true
    close(descriptor)
    if let temporaryPath { unlink(temporaryPath) }
    TemporaryFileRegistry.remove(registrySlot)
    registrySlot = nil
  }

  /// Whether writing to `output` would replace one of `inputs` (the same file, by device and
  /// inode, through any path or link). Paths that do not exist, and `-`, never collide.
  public static func wouldReplace(_ output: String, anyOf inputs: [String]) -> String? {
    var target = stat()
    guard output != "-", stat(output, &target) == 0, target.st_mode & S_IFMT == S_IFREG else {
      return nil
    }
    for input in inputs where input != "-" {
      var info = stat()
      if stat(input, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino {
        return input
      }
    }
    return nil
  }

  public func flush() throws {
    if let error = FileDescriptorWriter.writeAll(buffer, to: descriptor) {
      throw HexaplaError.outputNotWritable(path: path, reason: String(cString: strerror(error)))
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
