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
    // zlib for dictzip (.dict.dz) dictionaries: an opaque shim, <zlib.h> only in its .c file.
    .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
    // libxml2's HTML parser behind an opaque shim (plain C types only; libxml2's headers pull
    // in ICU's). CLibXML2 only carries pkg-config's flags for libxml-2.0 to it.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .target(name: "CHTML", dependencies: ["CLibXML2"], linkerSettings: [.linkedLibrary("xml2")]),
    .target(name: "HexaplaKit", dependencies: ["CICU", "CZlib", "CHTML"]),
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
    // Fuzz targets: run with Tools/fuzz.sh TARGET SECONDS; not part of any product.
    .executableTarget(name: "hexapla-fuzz", dependencies: ["HexaplaKit"], path: "Fuzz/HexaplaFuzz"),
    // Fixtures both test targets read (Tests/TestResources/Resources), in one place.
    .target(name: "TestResources", path: "Tests/TestResources", exclude: ["Resources"]),
    .testTarget(
      name: "HexaplaKitTests", dependencies: ["HexaplaKit", "TestResources"], exclude: ["Evaluation/Fixtures", "Review/Fixtures"]),
    .testTarget(name: "HexaplaCLITests", dependencies: ["hexapla", "TestResources"], exclude: ["Fixtures"]),
  ]
)
