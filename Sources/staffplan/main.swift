import Foundation
import StaffPlanCLI

// The whole tool lives in StaffPlanCLI so tests can drive it in-process.
exit(StaffPlanTool().run(arguments: Array(CommandLine.arguments.dropFirst())))
