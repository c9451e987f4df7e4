/// An immutable array read without bounds checks, for the search's inner loops (indices are
/// computed by the cost model from sizes it checked when it was built).
final class FlatBuffer<Element>: @unchecked Sendable {
  private let pointer: UnsafeMutablePointer<Element>
  /// The number of elements.
  let count: Int

  init(_ array: [Element]) {
    count = array.count
    pointer = .allocate(capacity: max(1, array.count))
    array.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { pointer.initialize(from: base, count: source.count) }
    }
  }

  /// A buffer that takes over `count` initialized elements at `pointer` (allocated with
  /// `UnsafeMutablePointer.allocate`), which it deallocates: for tables written in place,
  /// without the copy of an array. Of a large allocation only the pages written become
  /// resident, so it may be made for a generous bound of the count.
  init(adopting pointer: UnsafeMutablePointer<Element>, count: Int) {
    self.pointer = pointer
    self.count = count
  }

  deinit {
    pointer.deinitialize(count: count)
    pointer.deallocate()
  }

  @inline(__always)
  subscript(index: Int) -> Element { pointer[index] }

  /// The first element's address, for loops that read many elements (valid while the buffer lives).
  var address: UnsafePointer<Element> { UnsafePointer(pointer) }
}
