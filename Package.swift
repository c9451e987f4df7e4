// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Hexapla",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "HexaplaKit", targets: ["HexaplaKit"]),
    .executable(name: "hexapla", targets: ["hexapla"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The only code that sees ICU: an opaque shim whose header has plain C types.
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    .target(name: "HexaplaKit", dependencies: ["CICU"]),
    .executableTarget(
      name: "hexapla",
      dependencies: [
        "HexaplaKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Benchmarks: run with Tools/bench.sh; not part of any product.
    .executableTarget(
      name: "hexapla-benchmarks", dependencies: ["HexaplaKit"], path: "Benchmarks/HexaplaBenchmarks"),
    .testTarget(name: "HexaplaKitTests", dependencies: ["HexaplaKit"], exclude: ["Evaluation/Fixtures"]),
    .testTarget(name: "HexaplaCLITests", dependencies: ["hexapla"], exclude: ["Fixtures"]),
  ]
)
