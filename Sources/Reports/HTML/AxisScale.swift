import Foundation

/// A linear axis range with "nice" tick values: steps of 1, 2 or 5 times a power of ten
/// (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990), the range widened outward
/// to whole steps. `0…87` with five intervals asked for gives `0, 20, 40, 60, 80, 100`.
public struct AxisScale: Sendable, Equatable {
  /// The first tick (at or below the data).
  public let lower: Double
  /// The last tick (at or above the data).
  public let upper: Double
  /// The distance between ticks.
  public let step: Double
  /// Tick values from `lower` to `upper`, computed as integer multiples of the step so that
  /// `0.1 × 3` prints as `0.3`.
  public let ticks: [Double]
  /// Decimals needed to print every tick exactly (0 for steps ≥ 1).
  public let decimals: Int

  /// The nice scale covering `low…high` with about `intervals` steps.
  ///
  /// Non-finite bounds are treated as 0; reversed bounds are swapped; an empty range `v…v`
  /// becomes `0…1` when v = 0 and otherwise is widened to include 0 (or by 10% of |v| when
  /// `includingZero` is false). `minimumStep` 1 keeps counts of people on whole numbers.
  public static func nice(
    covering low: Double, _ high: Double, intervals: Int = 5, includingZero: Bool = true,
    minimumStep: Double = 0
  ) -> AxisScale {
    // Clamped so tick multiples stay far inside Int.
    var low = low.isFinite ? min(max(low, -1e15), 1e15) : 0
    var high = high.isFinite ? min(max(high, -1e15), 1e15) : 0
    if low > high { swap(&low, &high) }
    if includingZero {
      low = min(low, 0)
      high = max(high, 0)
    }
    if low == high {
      if low == 0 {
        high = 1
      } else {
        let pad = abs(low) * 0.1
        low -= pad
        high += pad
      }
    }
    let raw = (high - low) / Double(max(1, intervals))
    var exponent = Int(floor(log10(max(raw, minimumStep))))
    let fraction = max(raw, minimumStep) / pow(10, Double(exponent))
    var digit: Int
    switch fraction {
    case ...1.0000001: digit = 1
    case ...2.0000001: digit = 2
    case ...5.0000001: digit = 5
    default:
      digit = 1
      exponent += 1
    }
    func value(_ multiple: Int) -> Double {
      exponent >= 0
        ? Double(multiple * digit) * pow(10, Double(exponent))
        : Double(multiple * digit) / pow(10, Double(-exponent))
    }
    let step = value(1)
    // A small tolerance keeps 0.3 / 0.1 = 2.9999999999999996 on tick 3.
    let first = Int(floor(low / step + 1e-9))
    let last = max(first + 1, Int(ceil(high / step - 1e-9)))
    let ticks = (first...last).map(value)
    return AxisScale(
      lower: value(first), upper: value(last), step: step, ticks: ticks,
      decimals: max(0, -exponent))
  }

  /// A scale with fixed bounds and caller-chosen tick values (for day axes and the like).
  public init(lower: Double, upper: Double, ticks: [Double], decimals: Int = 0) {
    self.lower = lower
    self.upper = upper > lower ? upper : lower + 1
    self.step = ticks.count > 1 ? ticks[1] - ticks[0] : self.upper - lower
    self.ticks = ticks
    self.decimals = decimals
  }

  private init(lower: Double, upper: Double, step: Double, ticks: [Double], decimals: Int) {
    self.lower = lower
    self.upper = upper
    self.step = step
    self.ticks = ticks
    self.decimals = decimals
  }

  /// The position of `value` on a pixel range where `lower` maps to `start` and `upper` to
  /// `end` (end may be smaller than start, as for a y axis).
  public func position(_ value: Double, from start: Double, to end: Double) -> Double {
    start + (value - lower) / (upper - lower) * (end - start)
  }

  /// A tick value as text with thousands separators and this scale's decimals.
  public func label(_ value: Double) -> String {
    HTMLText.grouped(value, decimals: decimals)
  }
}
