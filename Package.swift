// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenCore", targets: ["SitegenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        // Already in the graph through Hummingbird; named here because `serve` uses them directly.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // The system library cmark-gfm (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The only code that touches cmark-gfm's C API.
        .target(name: "SitegenMarkdown", dependencies: ["CCmarkGFM"]),
        // The pipeline: load -> validate -> view model -> templates -> Markdown -> HTML -> write.
        .target(
            name: "SitegenCore",
            dependencies: [
                "SitegenMarkdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `sitegen serve`: builds in memory, serves with Hummingbird, watches and live-reloads.
        .target(
            name: "SitegenServe",
            dependencies: [
                "SitegenCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Command-line commands, kept in a library so tests can run them without a process.
        .target(
            name: "SitegenCLI",
            dependencies: [
                "SitegenCore",
                "SitegenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sitegen", dependencies: ["SitegenCLI"]),
        .testTarget(name: "SitegenMarkdownTests", dependencies: ["SitegenMarkdown"]),
        .testTarget(name: "SitegenCoreTests", dependencies: ["SitegenCore", "SitegenMarkdown"], exclude: ["Golden"]),
        .testTarget(name: "SitegenCLITests", dependencies: ["SitegenCLI"]),
        .testTarget(
            name: "SitegenServeTests",
            dependencies: [
                "SitegenServe", "SitegenCore",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
