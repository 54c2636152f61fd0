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
        // Command-line commands, kept in a library so tests can run them without a process.
        .target(
            name: "SitegenCLI",
            dependencies: [
                "SitegenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sitegen", dependencies: ["SitegenCLI"]),
        .testTarget(name: "SitegenMarkdownTests", dependencies: ["SitegenMarkdown"]),
        .testTarget(name: "SitegenCoreTests", dependencies: ["SitegenCore", "SitegenMarkdown"], exclude: ["Golden"]),
        .testTarget(name: "SitegenCLITests", dependencies: ["SitegenCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
