import Testing
@testable import Queueing
