#if canImport(Glibc)
  import Glibc
#endif

/// Settings of the C allocator for a process that builds large arrays, frees them and builds
/// others of similar size (the aligner's passes over a long pair of texts).
enum AllocatorTuning {
  /// Blocks from this size up are mapped from the system one by one (glibc's largest dynamic
  /// threshold, fixed from the start: blocks below it come from the heap and are reused).
  static let mappedBlockThreshold: Int32 = 32 << 20
  /// glibc's `mallopt` parameters (`<malloc.h>`, which the Glibc module does not export).
  private static let trimThresholdParameter: Int32 = -1  // M_TRIM_THRESHOLD
  private static let mmapThresholdParameter: Int32 = -3  // M_MMAP_THRESHOLD

  /// With glibc: allocations under `mappedBlockThreshold` come from the heap, and the heap's
  /// free top is kept rather than handed back to the system after every large free. Memory
  /// freed by one stage of an alignment then serves the next without the kernel zeroing fresh
  /// pages for it (at a million sentences a side, 1 to 2 s of CPU time out of 37, for 1% more
  /// peak memory). Elsewhere, or without `mallopt`, nothing.
  static func apply() {
    #if canImport(Glibc)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      _ = mallopt(mmapThresholdParameter, mappedBlockThreshold)
      _ = mallopt(trimThresholdParameter, Int32.max)
    #endif
  }
}
