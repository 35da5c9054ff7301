import Testing
@testable import StaffPlanCLI
