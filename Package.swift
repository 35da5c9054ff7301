// swift-tools-version:6.0
// StaffPlan: workforce staffing and shift planning for customer-support teams.
// Dependencies point one way: StaffPlanCLI → Reports → Planning → Optimization, Queueing.
// C libraries come from Debian packages through system-library targets; the module maps
// name the libraries to link (no pkgConfig, which would pull in every transitive library).
import PackageDescription

let package = Package(
  name: "StaffPlan",
  products: [
    .executable(name: "staffplan", targets: ["staffplan"]),
    .executable(name: "staffplan-bench", targets: ["staffplan-bench"]),
  ],
  targets: [
    .systemLibrary(name: "CLapacke", path: "Sources/CLapacke"),
    .systemLibrary(name: "CCbc", path: "Sources/CCbc"),
    .systemLibrary(name: "CYaml", path: "Sources/CYaml"),

    .target(name: "Queueing", dependencies: ["CLapacke"]),
    .target(name: "Optimization", dependencies: ["CCbc"]),
    .target(name: "Planning", dependencies: ["Queueing", "Optimization", "CYaml"]),
    .target(name: "Reports", dependencies: ["Planning", "Queueing"]),
    .target(name: "StaffPlanCLI", dependencies: ["Reports", "Planning", "Queueing", "Optimization"]),
    .executableTarget(name: "staffplan", dependencies: ["StaffPlanCLI"]),
    .executableTarget(
      name: "staffplan-bench",
      dependencies: ["Queueing", "Optimization", "Planning", "StaffPlanCLI"]),

    .testTarget(name: "QueueingTests", dependencies: ["Queueing"]),
    .testTarget(name: "OptimizationTests", dependencies: ["Optimization"]),
    .testTarget(name: "PlanningTests", dependencies: ["Planning"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
    .testTarget(name: "StaffPlanCLITests", dependencies: ["StaffPlanCLI"]),
  ]
)
