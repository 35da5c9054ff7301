/// Productivity of a new hire by month of tenure: 0 while onboarding, then a ramp to 1.
///
/// Month 1 is the hire's first month on payroll. Entries past the end of
/// `productivityByTenureMonth` are 1.0 (certified).
public struct RampCurve: Sendable, Equatable {
  /// Productivity (0…1) in tenure months 1, 2, …; certified (1.0) after the last entry.
  public var productivityByTenureMonth: [Double]

  public init(productivityByTenureMonth: [Double]) {
    self.productivityByTenureMonth = productivityByTenureMonth
  }

  /// The guide's training cycle (line 29) with 30-day months: [0, 0.5], then 1.
  public static let guide = RampCurve(productivityByTenureMonth: [0, 0.5])

  /// The curve of an onboarding at zero productivity and a linear ramp to certification.
  ///
  /// p(d) = 0 for d < onboarding, (d − onboarding) / (certified − onboarding) until
  /// certification, 1 after (a step at `onboarding` when both are equal). Entry k is the
  /// mean of p over days [(k − 1)·D, k·D] with D = `daysPerMonth`, from the integral
  /// F(x) = (x − on)² / (2·(cert − on)) on the ramp and (cert − on)/2 + (x − cert) after it.
  /// With the guide's 30 d and 60 d: month 1 = 0, month 2 = 0.5, month 3 on = 1.
  /// - Throws: `PlanInputError.invalidRamp` unless 0 ≤ onboarding ≤ certified and D > 0.
  public init(
    onboardingDays: Double, certifiedAfterDays: Double, daysPerMonth: Double = 30
  ) throws(PlanInputError) {
    guard onboardingDays.isFinite, certifiedAfterDays.isFinite, daysPerMonth.isFinite,
      onboardingDays >= 0, certifiedAfterDays >= onboardingDays, daysPerMonth > 0
    else {
      throw .invalidRamp(onboardingDays: onboardingDays, certifiedAfterDays: certifiedAfterDays)
    }
    let ramp = certifiedAfterDays - onboardingDays
    func integral(_ x: Double) -> Double {
      if x <= onboardingDays { return 0 }
      let onRamp = x - onboardingDays
      if x <= certifiedAfterDays { return onRamp * onRamp / (2 * ramp) }
      return ramp / 2 + (x - certifiedAfterDays)
    }
    var curve: [Double] = []
    var month = 1
    while Double(month - 1) * daysPerMonth < certifiedAfterDays {
      let end = Double(month) * daysPerMonth
      let start = end - daysPerMonth
      curve.append((integral(end) - integral(start)) / daysPerMonth)
      month += 1
    }
    while let last = curve.last, last >= 1 { curve.removeLast() }
    productivityByTenureMonth = curve
  }

  /// Productivity in tenure month `month` (1 = first month on payroll).
  public func productivity(tenureMonth month: Int) -> Double {
    guard month >= 1 else { return 0 }
    return month <= productivityByTenureMonth.count ? productivityByTenureMonth[month - 1] : 1
  }

  /// Months before a hire is certified: the curve's length.
  public var rampMonths: Int { productivityByTenureMonth.count }

  func validate() throws(PlanInputError) {
    guard productivityByTenureMonth.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= 1 }) else {
      throw .invalidRampCurve(productivityByTenureMonth)
    }
  }
}
